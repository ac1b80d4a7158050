package node

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// Expelling a convict (PROTOCOL.md, "Verified work"): when a quorum of
// re-checkers convicts a member of faulty work, the job core tells every
// other member to drop it (job.TrainDrop). The member drops it from its
// ring with allreduce.Group.Expel: the ring's failure path made
// deliberate. The convict is dropped from the next view the ring agrees,
// at the operation every survivor then runs without it (or redoes, if one
// was in progress), so the survivors' parameters stay bit-identical
// whichever of them learns of the conviction first; the convict, asking
// to rejoin, is excluded and its training ends. The ring then calls the
// award's next standby in (callin.go), or the survivors finish alone.
//
// Garbage needs proof in the ring (mesh/allreduce/membership): the
// expulsion carries the conviction (the attestation and the quorum's
// signatures), which the ring's coordinator checks (checkConviction)
// before it drops the convict. An expulsion without it would be one
// member's word, and would drop the expeller too.

// expeller is what a member's ring offers to drop a convict
// (*allreduce.Group).
type expeller interface {
	Expel(p peer.ID, why string, evidence []byte) bool
}

// convict is a member to drop from the ring and the conviction that shows
// it.
type convict struct {
	addr       auction.Address
	conviction *job.Conviction
}

// expelWhy is the reason a convict is dropped for, in the ring's fault.
const expelWhy = "convicted of faulty work"

// expel drops c from jr's ring, now if the ring is open, else as soon as
// it opens (setRing). Called on the job loop.
func (n *Node) expel(jr *jobRun, c auction.Address, cv *job.Conviction) {
	jr.mu.Lock()
	jr.expelled = append(jr.expelled, convict{addr: c, conviction: cv})
	ring := jr.ring
	jr.mu.Unlock()
	if ring == nil {
		n.log.Warn("job: a convict will be dropped from the ring once it opens", "job", jr.id.Short(), "member", c.Short())
		return
	}
	n.spawnJob(jr, "expel", func() { n.expelFrom(jr, ring, convict{addr: c, conviction: cv}) })
}

// setRing records jr's open ring (nil once training ends) and drops from
// it the convicts already known.
func (n *Node) setRing(jr *jobRun, ring expeller) {
	jr.mu.Lock()
	jr.ring = ring
	convicts := append([]convict(nil), jr.expelled...)
	jr.mu.Unlock()
	if ring == nil {
		return
	}
	for _, c := range convicts {
		n.expelFrom(jr, ring, c)
	}
}

// expelFrom drops c from ring.
func (n *Node) expelFrom(jr *jobRun, ring expeller, c convict) {
	id, ok := n.peerOf(c.addr)
	if !ok {
		n.log.Warn("job: cannot drop a convict from the ring: no peer ID known", "job", jr.id.Short(), "member", c.addr.Short())
		return
	}
	var ev []byte
	if c.conviction != nil {
		ev, _ = json.Marshal(c.conviction)
	}
	if ring.Expel(id, expelWhy, ev) {
		n.log.Warn("job: dropping a convict from the ring", "job", jr.id.Short(), "member", c.addr.Short())
	}
}

// errNoConviction: an expulsion's evidence is not a conviction of the
// member it expels.
var errNoConviction = errors.New("node: not a conviction")

// checkConviction is the ring's allreduce.Params.Convicted: ev (Expel's
// evidence) must be a conviction of p in job jr, as the job core convicts
// (job.Machine's onAttestation): an attestation of a wrong result or
// tampering (faults 2 and 4) against p's address, signed by at least the
// job's quorum of distinct award members or its poster, none of them the
// accused. Anyone can check it with the award alone.
func (n *Node) checkConviction(jr *jobRun, p peer.ID, ev []byte) error {
	var c job.Conviction
	if err := json.Unmarshal(ev, &c); err != nil {
		return fmt.Errorf("%w: %v", errNoConviction, err)
	}
	a := c.Attestation
	aw := jr.awardMsg()
	switch {
	case aw == nil:
		return fmt.Errorf("%w: no award yet", errNoConviction)
	case a.JobID != jr.id:
		return fmt.Errorf("%w: of job %s", errNoConviction, a.JobID.Short())
	case a.Fault != protocol.FaultWrongResult && a.Fault != protocol.FaultTampered:
		return fmt.Errorf("%w: of fault %d", errNoConviction, a.Fault)
	case aw.IndexOf(a.Accused) < 0:
		return fmt.Errorf("%w: of %s, not of the award", errNoConviction, a.Accused.Short())
	case len(c.Signers) != len(c.Sigs):
		return fmt.Errorf("%w: %d signers, %d signatures", errNoConviction, len(c.Signers), len(c.Sigs))
	}
	if id, ok := n.peerOf(a.Accused); !ok || id != p {
		return fmt.Errorf("%w: of %s, not of %s", errNoConviction, a.Accused.Short(), p)
	}
	bps := uint16(job.DefaultQuorumBps)
	if n.cp != nil && n.cp.QuorumBps != 0 {
		bps = n.cp.QuorumBps
	}
	quorum := max(job.QuorumOf(uint32(len(aw.Winners)), bps), 1)
	dom := n.cfg.Auction.Domain
	seen := map[protocol.Address]bool{}
	for i, s := range c.Signers {
		if seen[s] || s == a.Accused || (s != aw.Poster && aw.IndexOf(s) < 0) {
			return fmt.Errorf("%w: signer %s", errNoConviction, s.Short())
		}
		seen[s] = true
		got, err := chain.Recover(dom, a, c.Sigs[i][:])
		if err != nil || got != common.Address(s) {
			return fmt.Errorf("%w: %s's signature", errNoConviction, s.Short())
		}
	}
	if len(seen) < quorum {
		return fmt.Errorf("%w: %d signers, the quorum is %d", errNoConviction, len(seen), quorum)
	}
	return nil
}

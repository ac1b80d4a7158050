package node

import (
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
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

// expeller is what a member's ring offers to drop a convict
// (*allreduce.Group).
type expeller interface {
	Expel(p peer.ID, why string) bool
}

// expelWhy is the reason a convict is dropped for, in the ring's fault.
const expelWhy = "convicted of faulty work"

// expel drops convict from jr's ring, now if the ring is open, else as
// soon as it opens (setRing). Called on the job loop.
func (n *Node) expel(jr *jobRun, convict auction.Address) {
	jr.mu.Lock()
	jr.expelled = append(jr.expelled, convict)
	ring := jr.ring
	jr.mu.Unlock()
	if ring == nil {
		n.log.Warn("job: a convict will be dropped from the ring once it opens", "job", jr.id.Short(), "member", convict.Short())
		return
	}
	n.spawnJob(jr, "expel", func() { n.expelFrom(jr, ring, convict) })
}

// setRing records jr's open ring (nil once training ends) and drops from
// it the convicts already known.
func (n *Node) setRing(jr *jobRun, ring expeller) {
	jr.mu.Lock()
	jr.ring = ring
	convicts := append([]auction.Address(nil), jr.expelled...)
	jr.mu.Unlock()
	if ring == nil {
		return
	}
	for _, c := range convicts {
		n.expelFrom(jr, ring, c)
	}
}

// expelFrom drops convict from ring.
func (n *Node) expelFrom(jr *jobRun, ring expeller, convict auction.Address) {
	id, ok := n.peerOf(convict)
	if !ok {
		n.log.Warn("job: cannot drop a convict from the ring: no peer ID known", "job", jr.id.Short(), "member", convict.Short())
		return
	}
	if ring.Expel(id, expelWhy) {
		n.log.Warn("job: dropping a convict from the ring", "job", jr.id.Short(), "member", convict.Short())
	}
}

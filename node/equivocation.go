package node

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/protocol"
)

// Equivocation on-chain (PROTOCOL.md, "Equivocation on-chain"): a member
// whose signed transcript of an all-reduce states another segment for a
// hop than the hop statement it sent its successor signed two
// contradicting statements (transcript.Equivocation). The ring drops it at
// once (every member decides alike from the gathered records); each
// member that holds the records also files the two statements as fault-4
// evidence in its equivocation form (protocol.WorkEvidence.IsEquivocation)
// through the job core (job.Found), which publishes it with the member's
// attestation. The others re-check it (the two signatures under the
// accused's key, the statements' context this job's operation: no
// recomputation) and attest, and on a quorum the poster slashes the
// member with slashFault, fault 4, as it does a tamperer.

// errNotEquivocation: evidence in the equivocation form that does not show
// the accused signing two contradicting statements of this job.
var errNotEquivocation = errors.New("node: not an equivocation")

// equivocated is a training ring's allreduce.Params.Equivocated: it files
// the evidence against signer, found in operation op, during the step
// after the last one trained (step, kept by the train observer).
func (n *Node) equivocated(jr *jobRun, step *atomic.Uint64) func(peer.ID, uint64, transcript.Equivocation) {
	return func(signer peer.ID, op uint64, eq transcript.Equivocation) {
		accused, err := statementSigner(eq.Pred)
		if err != nil {
			n.log.Warn("job: equivocation evidence without a signer", "job", jr.id.Short(), "err", err)
			return
		}
		s := max(step.Load()+1, 1)
		if jr.job != nil {
			s = min(s, jr.job.Steps)
		}
		e := &protocol.WorkEvidence{JobID: jr.id, Accused: accused, Step: s, Fault: protocol.FaultTampered,
			LeafIndex: op, HopOut: eq.Pred.Encode(), HopIn: eq.Succ.Encode(), Verifier: n.auc.self}
		sig, err := chain.Sign(n.key, n.cfg.Auction.Domain, e.Statement())
		if err != nil {
			n.log.Warn("job: cannot sign equivocation evidence", "job", jr.id.Short(), "err", err)
			return
		}
		e.Sig = [protocol.SignatureLen]byte(sig)
		n.log.Warn("job: a ring member equivocated; filing the evidence", "job", jr.id.Short(), "member", accused.Short(), "peer", signer, "op", op, "step", s)
		n.postJob(func() { n.stepRun(jr, job.Found{Evidence: e}) })
	}
}

// checkEquivocation re-checks evidence in the equivocation form: HopOut
// and HopIn are statements of one all-reduce of job jr's training ring
// (operation LeafIndex), HopOut signed by the accused, and the accused's
// hop statement carried in HopIn contradicts HopOut (both signatures the
// accused's: transcript.Equivocation.Check). members are the award's.
func checkEquivocation(e *protocol.WorkEvidence, members []auction.Address) error {
	if !e.IsEquivocation() {
		return fmt.Errorf("%w: not the equivocation form", errNotEquivocation)
	}
	var eq transcript.Equivocation
	var err error
	if eq.Pred, err = transcript.DecodeStatement(e.HopOut); err != nil {
		return fmt.Errorf("%w: %v", errNotEquivocation, err)
	}
	if eq.Succ, err = transcript.DecodeStatement(e.HopIn); err != nil {
		return fmt.Errorf("%w: %v", errNotEquivocation, err)
	}
	if eq.Pred.Context != allreduce.OpContext(allreduce.GroupID(e.JobID), e.LeafIndex) {
		return fmt.Errorf("%w: statements of another all-reduce than operation %d of job %s", errNotEquivocation, e.LeafIndex, e.JobID.Short())
	}
	found := false
	for _, m := range members {
		found = found || m == e.Accused
	}
	if !found {
		return fmt.Errorf("%w: against %s, not of the award", errNotEquivocation, e.Accused.Short())
	}
	verify := func(msg, sig []byte) error { return verifyBy(e.Accused, msg, sig) }
	if _, err := eq.Check(verify); err != nil {
		return fmt.Errorf("%w: %v", errNotEquivocation, err)
	}
	return nil
}

// verifyBy checks that sig is a's signature of msg in the nodes' witness
// scheme (nodeWitness: recoverable secp256k1 over sha256(msg)).
func verifyBy(a protocol.Address, msg, sig []byte) error {
	got, err := identity.Recover(sha256.Sum256(msg), sig)
	if err != nil {
		return err
	}
	if protocol.Address(got) != a {
		return fmt.Errorf("node: signed by %s, not %s", protocol.Address(got).Short(), a.Short())
	}
	return nil
}

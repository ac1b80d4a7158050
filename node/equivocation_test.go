package node

import (
	"crypto/sha256"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestCheckEquivocation: fault-4 evidence in the equivocation form
// re-checks with the accused's key alone: its signed transcript of an
// operation of this job states another segment for a hop than the hop
// statement its successor carries. Named against another member, bound
// to another operation or job, made of statements that agree, or against
// a member outside the award, it is refused.
func TestCheckEquivocation(t *testing.T) {
	a, b := identity.FromSeed([]byte("equivocator")), identity.FromSeed([]byte("successor"))
	jobID := protocol.Hash{7}
	const op = 5
	ctx := allreduce.OpContext(allreduce.GroupID(jobID), op)
	sign := func(k *identity.Key, msg []byte) []byte {
		sig, err := k.SignHash(sha256.Sum256(msg))
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	// A ring of two: a (rank 0) sends b segment X at hop 0 and Y at hop 1.
	x, y := transcript.Hash{1}, transcript.Hash{2}
	honestA := transcript.Transcript{Ranks: 2, Rank: 0, Len: 4, Hops: []transcript.Hop{{Sent: x}, {Sent: y}}}
	succ := transcript.Transcript{Ranks: 2, Rank: 1, Len: 4, Hops: []transcript.Hop{{Recv: x}, {Recv: y}}}
	hopStatement := sign(a, honestA.SentBytes(ctx)) // what b received with the segments
	bStatement := transcript.Statement{Context: ctx, Transcript: succ, Input: hopStatement}
	bStatement.Sig = sign(b, transcript.StatementBytes(ctx, succ, hopStatement))
	statementOf := func(tr transcript.Transcript) transcript.Statement {
		s := transcript.Statement{Context: ctx, Transcript: tr}
		s.Sig = sign(a, transcript.StatementBytes(ctx, tr, nil))
		return s
	}
	lied := honestA
	lied.Hops = []transcript.Hop{{Sent: x}, {Sent: transcript.Hash{9}}} // its record: another segment at hop 1
	accused, other := protocol.Address(a.Address()), protocol.Address(b.Address())
	members := []auction.Address{accused, other}
	good := protocol.WorkEvidence{JobID: jobID, Accused: accused, Step: 6, Fault: protocol.FaultTampered, LeafIndex: op,
		HopOut: statementOf(lied).Encode(), HopIn: bStatement.Encode(), Verifier: other}
	if err := checkEquivocation(&good, members); err != nil {
		t.Fatalf("an equivocation: %v", err)
	}
	for _, c := range []struct {
		name string
		edit func(e *protocol.WorkEvidence)
	}{
		{"named against its successor", func(e *protocol.WorkEvidence) { e.Accused = other }},
		{"another operation", func(e *protocol.WorkEvidence) { e.LeafIndex = op + 1 }},
		{"another job", func(e *protocol.WorkEvidence) { e.JobID = protocol.Hash{8} }},
		{"statements that agree", func(e *protocol.WorkEvidence) { e.HopOut = statementOf(honestA).Encode() }},
		{"outside the award", func(e *protocol.WorkEvidence) { members = members[1:] }},
		{"not the equivocation form", func(e *protocol.WorkEvidence) { e.Leaf = []byte{1} }},
	} {
		e := good
		members = []auction.Address{accused, other}
		c.edit(&e)
		if err := checkEquivocation(&e, members); !errors.Is(err, errNotEquivocation) {
			t.Errorf("%s: %v; want errNotEquivocation", c.name, err)
		}
	}
}

//go:build cheat

package node

import (
	"slices"
	"sync"

	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/train"
)

// cheatRing makes this member tamper with the sums it forwards in g (a
// build with the test-only tag cheat): a test's withTamperForward, or
// train.EnvCheat's tamper mode.
func (n *Node) cheatRing(jr *jobRun, g *allreduce.Group) {
	fn := n.tamperFwd
	if fn == nil {
		fn = train.CheatForward()
	}
	if fn != nil {
		n.log.Warn("job: this member tampers with the all-reduce (a test build)", "job", jr.id.Short())
		allreduce.SetTamperForward(g, fn)
	}
	if n.equivocate != nil {
		n.log.Warn("job: this member equivocates in the all-reduce (a test build)", "job", jr.id.Short())
		allreduce.SetEquivocate(g, n.equivocate)
	}
	if n.falseSilence != nil {
		n.log.Warn("job: this member lies about silence in the all-reduce (a test build)", "job", jr.id.Short())
		allreduce.SetFalseSilence(g, n.falseSilence)
	}
}

// withTamperForward makes this node tamper with the partial sums it
// forwards in its training rings (allreduce.SetTamperForward), in the
// package's own cheat-tagged tests.
func withTamperForward(fn func(op uint64, off int, seg []float32)) Option {
	return func(n *Node) { n.tamperFwd = fn }
}

// withEquivocate makes this node equivocate in its training rings: in each
// operation fn picks, its signed transcript states another segment for a
// hop than its hop statement (allreduce.SetEquivocate), in the package's
// own cheat-tagged tests.
func withEquivocate(fn func(op uint64) bool) Option {
	return func(n *Node) { n.equivocate = fn }
}

// withFalseSilence makes this node claim falsely, before each ring
// operation fn picks, that its predecessor sent it nothing
// (allreduce.SetFalseSilence), in the package's own cheat-tagged tests.
func withFalseSilence(fn func(op uint64) bool) Option {
	return func(n *Node) { n.falseSilence = fn }
}

// withSecondStatement makes this node a lazy member that hides it behind
// a second statement of each ring operation from from on (the hole
// PROTOCOL.md's Sample bullet names: a member that knows its draw before
// it commits): in the ring it sends zeros for its contribution to the
// segment it forwards at hop 1 (what it sends there is then exactly what
// it received), and after the operation it signs a second statement of
// it, whose hop 1 states the segment its honest contribution gives
// (received plus contribution, as the engine adds), keeps the
// operation's statements with that one under hopsKey of it, and names
// it in its leaf. The hops check alone finds that statement consistent
// with its contribution; its successor's statement, which the ring
// holds, carries its hop statement of the zeros. In the package's own
// cheat-tagged tests.
func withSecondStatement(from uint64) Option {
	return func(n *Node) {
		var mu sync.Mutex
		honest := map[uint64][]float32{} // by operation: its slice at hop 1
		n.tamperFwd = func(op uint64, off int, seg []float32) {
			if op < from {
				return
			}
			mu.Lock()
			if _, ok := honest[op]; !ok {
				honest[op] = slices.Clone(seg)
			}
			mu.Unlock()
			clear(seg)
		}
		n.secondStatement = func(rec allreduce.OpRecord) (allreduce.OpRecord, bool) {
			mu.Lock()
			own, ok := honest[rec.Op]
			delete(honest, rec.Op)
			mu.Unlock()
			t := rec.Transcripts[rec.Rank]
			if !ok || len(t.Hops) < 2 {
				return rec, false
			}
			b, held := n.audit.Get(t.Hops[1].Sent) // the zeros' sum: what it received
			got, err := paramsFrom(b)
			if !held || err != nil || len(got) != len(own) {
				return rec, false
			}
			for i, v := range own {
				got[i] += v
			}
			t.Hops = slices.Clone(t.Hops)
			t.Hops[1].Sent = transcript.Floats(got)
			sig, err := nodeWitness{n.key}.Sign(transcript.StatementBytes(rec.Context, t, rec.Inputs[rec.Rank]))
			if err != nil {
				return rec, false
			}
			rec.Transcripts, rec.Sigs = slices.Clone(rec.Transcripts), slices.Clone(rec.Sigs)
			rec.Transcripts[rec.Rank], rec.Sigs[rec.Rank] = t, sig
			return rec, true
		}
	}
}

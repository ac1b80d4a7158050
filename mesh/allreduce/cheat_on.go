//go:build cheat

package allreduce

import (
	"fmt"
	"slices"

	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// SetTamperForward makes g's member tamper with what it forwards (only in
// a build with the test-only tag cheat; issue 16's fault 4): before each
// operation, fn may alter the member's input to the segment it forwards
// at hop 1 (the segment starting at element off), so that the partial
// sum it sends on is not its input plus its contribution while its
// signed transcript states, consistently, what it sent. The ring
// completes; only an audit of its hops (verify.CheckStepHops) names it.
// Set it before the first operation.
func SetTamperForward(g *Group, fn func(op uint64, off int, seg []float32)) { g.tamperFwd = fn }

// SetEquivocate makes g's member equivocate (only in a build with the
// test-only tag cheat): in each operation for which fn returns true, it
// sends its segments and signs its hop statement over them as an honest
// member does, then states in its signed transcript another segment for
// its last hop. Its successor's records then hold two signatures of it
// that contradict (transcript.Equivocation): every member drops it, and
// Params.Equivocated gets the evidence. Set it before the first operation.
func SetEquivocate(g *Group, fn func(op uint64) bool) {
	g.hooks.alterTranscript = func(op uint64, t *transcript.Transcript) {
		if fn(op) && len(t.Hops) > 0 {
			t.Hops[len(t.Hops)-1].Sent[0] ^= 0x80
		}
	}
}

// SetFalseSilence makes g's member lie about silence (only in a build
// with the test-only tag cheat; issue 16): before each operation for
// which fn returns true, once per operation, it claims that its
// predecessor in the current ring sent it nothing (an accusation of
// missing chunks, which leaves no evidence) and breaks the ring, though
// every chunk arrived. membership's silence rule makes that a dispute:
// the predecessor keeps its seat, and the liar is dropped at its second
// lie. Set it before the first operation.
func SetFalseSilence(g *Group, fn func(op uint64) bool) {
	lied := map[uint64]bool{}
	g.hooks.beforeOp = func(op uint64) {
		if lied[op] || !fn(op) {
			return
		}
		lied[op] = true
		g.mu.Lock()
		v, epoch := g.m.View(), g.m.Epoch()
		g.mu.Unlock()
		k := slices.Index(v.Members, g.self)
		if k < 0 || len(v.Members) < 2 {
			return
		}
		pred := v.Members[(k-1+len(v.Members))%len(v.Members)]
		g.log.Warn("all-reduce: claiming falsely that the predecessor sent nothing (a test build)", "op", op, "pred", pred)
		g.accuse(pred, FaultMissed, fmt.Sprintf("sent no chunk (op %d; a lie, cheat build)", op))
		g.markBroken(epoch)
	}
}

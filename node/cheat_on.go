//go:build cheat

package node

import (
	"github.com/trainmesh/trainmesh/mesh/allreduce"
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

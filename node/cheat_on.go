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
}

// withTamperForward makes this node tamper with the partial sums it
// forwards in its training rings (allreduce.SetTamperForward), in the
// package's own cheat-tagged tests.
func withTamperForward(fn func(op uint64, off int, seg []float32)) Option {
	return func(n *Node) { n.tamperFwd = fn }
}

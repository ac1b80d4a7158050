//go:build cheat

package allreduce

// SetTamperForward makes g's member tamper with what it forwards (only in
// a build with the test-only tag cheat; issue 16's fault 4): before each
// operation, fn may alter the member's input to the segment it forwards
// at hop 1 (the segment starting at element off), so that the partial
// sum it sends on is not its input plus its contribution while its
// signed transcript states, consistently, what it sent. The ring
// completes; only an audit of its hops (verify.CheckStepHops) names it.
// Set it before the first operation.
func SetTamperForward(g *Group, fn func(op uint64, off int, seg []float32)) { g.tamperFwd = fn }

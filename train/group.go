package train

import (
	"context"
	"fmt"
	"sync"
)

// LocalGroup is the in-memory twin of a group's all-reducer: n members in
// one process (goroutines), each calling AllReduce on its own handle. A
// round completes when every live member has contributed; the sum is
// taken in member order (member 0's buffer, plus member 1's, …), so every
// member gets the same bits. Dropping a member mid-round completes the
// round among the survivors without its contribution, as the ring
// all-reducer redoes a failed round.
//
// What it does not model: time on the wire. Its "communication" cost is
// the copy and the wait for the slowest member.
type LocalGroup struct {
	mu      sync.Mutex
	live    []bool            // mu guards the following
	contrib map[int][]float32 // buffers of the current round, by member
	cur     *round            // the current round
	dropped []chan struct{}   // closed when member i is dropped
	// onJoin, set by tests before use, sees how many buffers the current
	// round holds after each arrival (under mu).
	onJoin func(waiting int)
}

// round is one all-reduce; its members keep a pointer to it, so a later
// round cannot overwrite the sum they have yet to copy.
type round struct {
	done  chan struct{} // closed when complete
	sum   []float32
	count int // members in the sum
}

// NewLocalGroup returns a group of n live members.
func NewLocalGroup(n int) *LocalGroup {
	g := &LocalGroup{live: make([]bool, n), contrib: map[int][]float32{}, cur: &round{done: make(chan struct{})}, dropped: make([]chan struct{}, n)}
	for i := range g.live {
		g.live[i] = true
		g.dropped[i] = make(chan struct{})
	}
	return g
}

// Member returns member i's handle.
func (g *LocalGroup) Member(i int) AllReducer { return localMember{g, i} }

// Live counts the live members.
func (g *LocalGroup) Live() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	n := 0
	for _, l := range g.live {
		if l {
			n++
		}
	}
	return n
}

// Drop removes member i, as the ring does with a member that stops
// answering: a round waiting for it completes among the others, and its
// own calls return ErrDropped.
func (g *LocalGroup) Drop(i int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.dropLocked(i)
}

func (g *LocalGroup) dropLocked(i int) {
	if !g.live[i] {
		return
	}
	g.live[i] = false
	close(g.dropped[i])
	delete(g.contrib, i)
	g.maybeCompleteLocked()
}

// maybeCompleteLocked completes the round when every live member has
// contributed.
func (g *LocalGroup) maybeCompleteLocked() {
	if len(g.contrib) == 0 {
		return
	}
	for i, l := range g.live {
		if _, ok := g.contrib[i]; l && !ok {
			return
		}
	}
	var sum []float32
	for i := range g.live { // member order: the same sum for everyone
		c, ok := g.contrib[i]
		if !ok {
			continue
		}
		if sum == nil {
			sum = append([]float32(nil), c...)
			continue
		}
		for j, v := range c {
			sum[j] += v
		}
	}
	g.cur.sum, g.cur.count = sum, len(g.contrib)
	g.contrib = map[int][]float32{}
	close(g.cur.done)
	g.cur = &round{done: make(chan struct{})}
}

type localMember struct {
	g *LocalGroup
	i int
}

// Leave implements Leaver: the member is dropped.
func (m localMember) Leave() { m.g.Drop(m.i) }

// AllReduce implements AllReducer. A member whose ctx ends while it waits
// leaves the group (the others go on without it).
func (m localMember) AllReduce(ctx context.Context, buf []float32) (int, error) {
	g := m.g
	g.mu.Lock()
	if !g.live[m.i] {
		g.mu.Unlock()
		return 0, ErrDropped
	}
	if err := ctx.Err(); err != nil {
		g.dropLocked(m.i)
		g.mu.Unlock()
		return 0, err
	}
	for _, c := range g.contrib {
		if len(c) != len(buf) {
			g.mu.Unlock()
			return 0, fmt.Errorf("%w: %d and %d elements", ErrMismatch, len(c), len(buf))
		}
	}
	g.contrib[m.i] = buf
	if g.onJoin != nil {
		g.onJoin(len(g.contrib))
	}
	r, dropped := g.cur, g.dropped[m.i]
	g.maybeCompleteLocked()
	g.mu.Unlock()

	select {
	case <-r.done:
	case <-dropped:
		return 0, ErrDropped
	case <-ctx.Done():
		g.mu.Lock()
		select {
		case <-r.done: // completed meanwhile: take the result
		default:
			g.dropLocked(m.i)
			g.mu.Unlock()
			return 0, ctx.Err()
		}
		g.mu.Unlock()
	}
	copy(buf, r.sum)
	return r.count, nil
}

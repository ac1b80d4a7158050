package train

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
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
	// ring, when set (NewLocalRing), sums as the ring all-reduce does and
	// records each round's transcripts.
	ring *localRing
}

// localRing is a LocalGroup's ring mode: the rounds' records.
type localRing struct {
	alter func(op, rank, hop int, seg []float32)
	ops   []RingOp                      // by op, from 0
	segs  map[transcript.Hash][]float32 // every sent segment, by hash
	by    map[transcript.Hash]int       // op by a member's transcript hash
	last  map[int]transcript.Hash       // member's last transcript hash
}

// RingOp is one all-reduce of a LocalRing: its members (by rank, as
// group indices) and each one's transcript and signed-to-be records.
type RingOp struct {
	Members     []int
	Transcripts []transcript.Transcript
	Records     [][]transcript.Record
}

// NewLocalRing is NewLocalGroup summing as mesh/allreduce's ring does
// (each segment from its first rank round the ring, one addition per
// hop: transcript.Run) and keeping every round's per-hop transcripts and
// sent segments, for verifiers' tests (verify.Blame). The live members,
// in index order, are the ring's ranks. alter, when not nil, lets a test
// change what rank sends at hop of all-reduce op (from 0): a tamperer.
// Unlike the ring it compares no checksums: a member altering the
// all-gather leaves members with different sums.
func NewLocalRing(n int, alter func(op, rank, hop int, seg []float32)) *LocalGroup {
	g := NewLocalGroup(n)
	g.ring = &localRing{alter: alter, segs: map[transcript.Hash][]float32{}, by: map[transcript.Hash]int{}, last: map[int]transcript.Hash{}}
	return g
}

// RingOpOf returns the all-reduce whose transcript of one member hashes
// to h (a leaf's Transcript), and its number.
func (g *LocalGroup) RingOpOf(h [32]byte) (RingOp, int, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.ring == nil {
		return RingOp{}, 0, false
	}
	op, ok := g.ring.by[h]
	if !ok {
		return RingOp{}, 0, false
	}
	return g.ring.ops[op], op, true
}

// Segment returns a segment a member sent, by its hash.
func (g *LocalGroup) Segment(h transcript.Hash) ([]float32, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.ring == nil {
		return nil, false
	}
	s, ok := g.ring.segs[h]
	return s, ok
}

// RingContext is the context a LocalRing's records of op carry.
func RingContext(op int) [32]byte {
	var c [32]byte
	binary.BigEndian.PutUint64(c[24:], uint64(op))
	return c
}

// round is one all-reduce; its members keep a pointer to it, so a later
// round cannot overwrite the sum they have yet to copy.
type round struct {
	done  chan struct{} // closed when complete
	sum   []float32
	count int // members in the sum
	// sums, in ring mode, are each member's result (a tamperer can make
	// them differ).
	sums map[int][]float32
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
	if g.ring != nil {
		g.completeRingLocked()
		return
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

// completeRingLocked completes the round as the ring all-reduce does.
func (g *LocalGroup) completeRingLocked() {
	rg := g.ring
	op := len(rg.ops)
	var members []int
	var bufs [][]float32
	for i, l := range g.live {
		if c, ok := g.contrib[i]; ok && l {
			members = append(members, i)
			bufs = append(bufs, append([]float32(nil), c...))
		}
	}
	var alter func(rank, hop int, seg []float32)
	if rg.alter != nil {
		alter = func(rank, hop int, seg []float32) { rg.alter(op, rank, hop, seg) }
	}
	ts, err := transcript.Run(bufs, alter, func(h transcript.Hash, s []float32) { rg.segs[h] = s })
	if err != nil {
		panic(fmt.Sprintf("train: local ring: %v", err)) // the buffers were checked to have one length
	}
	rec := RingOp{Members: members, Transcripts: ts}
	g.cur.sums = map[int][]float32{}
	for r, i := range members {
		recs, err := ts[r].Records(RingContext(op))
		if err != nil {
			panic(fmt.Sprintf("train: local ring: %v", err))
		}
		rec.Records = append(rec.Records, recs)
		h := ts[r].Hash()
		rg.by[h], rg.last[i] = op, h
		g.cur.sums[i] = bufs[r]
	}
	rg.ops = append(rg.ops, rec)
	g.cur.count = len(members)
	g.contrib = map[int][]float32{}
	close(g.cur.done)
	g.cur = &round{done: make(chan struct{})}
}

// LastTranscript implements Transcriber: the hash of this member's
// transcript of its last all-reduce (ring mode; zero otherwise).
func (m localMember) LastTranscript() [32]byte {
	m.g.mu.Lock()
	defer m.g.mu.Unlock()
	if m.g.ring == nil {
		return [32]byte{}
	}
	return m.g.ring.last[m.i]
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
	if r.sums != nil {
		copy(buf, r.sums[m.i])
	} else {
		copy(buf, r.sum)
	}
	return r.count, nil
}

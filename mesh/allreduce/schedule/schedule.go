// Package schedule is the pure core of trainmesh's ring all-reduce: which
// slice of the tensor each rank sends, receives and reduces at each step of
// the reduce-scatter and the all-gather, for any ring size, tensor length and
// chunk size. It does no I/O, reads no clock, starts no goroutine and uses no
// randomness, so the network engine (mesh/allreduce) and the discrete-event
// simulation drive the very same schedule. It must not import libp2p, net or
// anything that does (cmd/trainmesh/arch_test.go enforces it).
//
// # The algorithm
//
// The bandwidth-optimal ring all-reduce of Patarasuk and Yuan ("Bandwidth
// optimal all-reduce algorithms for clusters of workstations", JPDC 2009),
// as NCCL runs it: the tensor is cut into N contiguous segments, one per
// rank. In N-1 reduce-scatter steps, rank r sends segment (r-k) mod N to
// rank r+1 at step k and adds what it receives from rank r-1 into its copy
// of segment (r-k-1) mod N; after them rank r holds the complete sum of
// segment (r+1) mod N, which it owns. In N-1 all-gather steps the owned sums
// travel once more around the ring and overwrite every other copy. Every
// rank sends and receives 2(N-1)/N of the tensor, which is optimal.
//
// To pipeline, each segment is cut into R chunks of at most ChunkElemsMax
// elements; round j moves chunk j of every segment through all 2(N-1)
// steps, and rounds follow each other on a link (Lanes spreads them over
// several streams), so that sending, receiving and summing overlap.
//
// # Bit-identical results
//
// Each element's sum is computed exactly once, by the owner of its segment,
// in one fixed order: starting from rank s (for segment s) and adding the
// ranks s+1, s+2, …, s+N-1 (mod N), one addition per hop. The all-gather
// only copies that value (or the owner's rounded value, with compression).
// Floating-point addition is not associative, but with the order fixed by
// the ring, every member ends with the very same bits, whatever the timing.
// The engine checks it with a checksum that all members compare.
package schedule

import (
	"errors"
	"fmt"
)

// Errors returned by this package.
var (
	// ErrLayout reports a ring size, tensor length or chunk size out of range.
	ErrLayout = errors.New("schedule: bad layout")
)

// RanksMax bounds the ring size. A ring of more than a few hundred members
// is latency-bound (each round takes 2(N-1) hops); groups that large should
// use a hierarchy of rings, which this package does not do.
const RanksMax = 1024

// Layout is how a tensor of Len elements is cut for a ring of Ranks members.
// Build it with NewLayout; the zero value is not valid.
type Layout struct {
	ranks, length, chunkElemsMax int
	// Derived: segment base length and remainder, chunks per segment.
	segBase, segRem, chunks int
}

// NewLayout cuts a tensor of length elements (at least 1) over ranks ring
// members (1 to RanksMax), in chunks of at most chunkElemsMax elements (at
// least 1).
func NewLayout(ranks, length, chunkElemsMax int) (Layout, error) {
	switch {
	case ranks < 1 || ranks > RanksMax:
		return Layout{}, fmt.Errorf("%w: %d ranks, want 1 to %d", ErrLayout, ranks, RanksMax)
	case length < 1:
		return Layout{}, fmt.Errorf("%w: tensor of %d elements, want at least 1", ErrLayout, length)
	case chunkElemsMax < 1:
		return Layout{}, fmt.Errorf("%w: chunks of %d elements, want at least 1", ErrLayout, chunkElemsMax)
	}
	l := Layout{ranks: ranks, length: length, chunkElemsMax: chunkElemsMax}
	l.segBase, l.segRem = length/ranks, length%ranks
	longest := l.segBase
	if l.segRem > 0 {
		longest++
	}
	l.chunks = max(1, (longest+chunkElemsMax-1)/chunkElemsMax)
	return l, nil
}

// Ranks is the ring size N.
func (l Layout) Ranks() int { return l.ranks }

// Len is the tensor length in elements.
func (l Layout) Len() int { return l.length }

// ChunkElemsMax is the largest chunk, in elements.
func (l Layout) ChunkElemsMax() int { return l.chunkElemsMax }

// Rounds is R, the number of chunks per segment: round j moves chunk j of
// every segment. Every segment has the same number of chunks; when a
// segment is shorter than R elements some of its chunks are empty.
func (l Layout) Rounds() int { return l.chunks }

// Steps is the number of steps of one round: N-1 of reduce-scatter, then
// N-1 of all-gather (0 for a ring of one).
func (l Layout) Steps() int { return 2 * (l.ranks - 1) }

// Segment returns the element range [lo, hi) of segment s. Segments are
// contiguous and as even as possible: the first Len mod N are one longer.
func (l Layout) Segment(s int) (lo, hi int) {
	l.checkSegment(s)
	return split(0, l.segBase, l.segRem, s)
}

// Chunk returns the element range [lo, hi) of chunk j of segment s: the
// segment cut into Rounds() parts as evenly as possible (empty when the
// segment has fewer elements than rounds). No chunk exceeds ChunkElemsMax.
func (l Layout) Chunk(s, j int) (lo, hi int) {
	if j < 0 || j >= l.chunks {
		panic(fmt.Sprintf("schedule: chunk %d of %d", j, l.chunks))
	}
	slo, shi := l.Segment(s)
	n := shi - slo
	return split(slo, n/l.chunks, n%l.chunks, j)
}

// split returns part i of a range starting at origin cut into parts of
// base elements, the first rem of which are one longer.
func split(origin, base, rem, i int) (lo, hi int) {
	lo = origin + i*base + min(i, rem)
	hi = lo + base
	if i < rem {
		hi++
	}
	return lo, hi
}

// Owner is the rank that completes the sum of segment s and sends it first
// in the all-gather: rank r owns segment r+1 (mod N).
func (l Layout) Owner(s int) int {
	l.checkSegment(s)
	return (s - 1 + l.ranks) % l.ranks
}

// Phase is one half of a round.
type Phase uint8

// The two phases of a round.
const (
	ReduceScatter Phase = 1
	AllGather     Phase = 2
)

func (p Phase) String() string {
	switch p {
	case ReduceScatter:
		return "reduce-scatter"
	case AllGather:
		return "all-gather"
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// Step is what one rank does at one step of a round, for the chunk of the
// round in the segments it names. At every step a rank sends one chunk to
// its successor and receives one from its predecessor.
type Step struct {
	Index int
	Phase Phase
	// Send is the segment whose chunk the rank sends to rank+1.
	Send int
	// Recv is the segment whose chunk the rank receives from rank-1.
	Recv int
	// Reduce reports whether the received chunk is added into the rank's
	// copy (reduce-scatter) rather than copied over it (all-gather).
	Reduce bool
	// Final reports whether the received chunk, once reduced, completes the
	// sum (the last reduce-scatter step: the rank owns Recv).
	Final bool
	// Forward reports whether what the rank holds for Recv after this step
	// is what it sends at the next step (all steps but the last).
	Forward bool
}

// Step returns what rank does at step k (0 ≤ k < Steps()) of every round.
// The Send of step k+1 is the Recv of step k: what a rank receives and
// reduces is what it passes on next.
func (l Layout) Step(rank, k int) Step {
	n := l.ranks
	if rank < 0 || rank >= n {
		panic(fmt.Sprintf("schedule: rank %d of %d", rank, n))
	}
	if k < 0 || k >= l.Steps() {
		panic(fmt.Sprintf("schedule: step %d of %d", k, l.Steps()))
	}
	mod := func(x int) int { return ((x % n) + n) % n }
	st := Step{Index: k, Forward: k < l.Steps()-1}
	if k < n-1 {
		st.Phase = ReduceScatter
		st.Send = mod(rank - k)
		st.Recv = mod(rank - k - 1)
		st.Reduce = true
		st.Final = k == n-2
		return st
	}
	m := k - (n - 1)
	st.Phase = AllGather
	st.Send = mod(rank + 1 - m)
	st.Recv = mod(rank - m)
	return st
}

// Lane returns the lane (stream) that carries round j when rounds are
// spread over lanes streams per link: round j on lane j mod lanes, so that
// every lane carries rounds in increasing order.
func Lane(j, lanes int) int { return j % lanes }

// LaneRounds returns how many rounds lane carries out of rounds.
func LaneRounds(lane, lanes, rounds int) int {
	if lane >= rounds {
		return 0
	}
	return (rounds-lane-1)/lanes + 1
}

// Transfer is one chunk crossing one link: in round Round at step Step, rank
// From sends chunk Round of segment Segment (elements [Lo, Hi)) to rank To.
// The simulation turns transfers into timed events.
type Transfer struct {
	Round, Step int
	From, To    int
	Segment     int
	Lo, Hi      int
	// After is the step of the same round whose reception at From must
	// complete before this transfer can start (-1 for step 0, which sends
	// the rank's own data and waits for nothing).
	After int
}

// Transfers calls fn for every transfer of one all-reduce in the order a
// link carries them (round by round, step by step), stopping early if fn
// returns false. Transfer (j, k) from rank r depends on transfer (j, k-1)
// from rank r-1 having arrived.
func (l Layout) Transfers(fn func(Transfer) bool) {
	for j := 0; j < l.chunks; j++ {
		for k := 0; k < l.Steps(); k++ {
			for r := 0; r < l.ranks; r++ {
				st := l.Step(r, k)
				lo, hi := l.Chunk(st.Send, j)
				if !fn(Transfer{Round: j, Step: k, From: r, To: (r + 1) % l.ranks, Segment: st.Send, Lo: lo, Hi: hi, After: k - 1}) {
					return
				}
			}
		}
	}
}

// BusBytes is the number of bytes each rank sends (and receives) in one
// all-reduce of elemBytes-byte elements: 2(N-1)/N of the tensor, the
// numerator of nccl-tests' bus bandwidth.
func (l Layout) BusBytes(elemBytes int) int64 {
	var total int64
	for s := 0; s < l.ranks; s++ {
		lo, hi := l.Segment(s)
		total += int64(hi - lo)
	}
	// Each rank sends every segment but one in each phase; summed over the
	// ring that is 2(N-1) segments' worth per rank on average.
	return total * int64(elemBytes) * int64(l.Steps()) / int64(l.ranks)
}

func (l Layout) checkSegment(s int) {
	if s < 0 || s >= l.ranks {
		panic(fmt.Sprintf("schedule: segment %d of %d", s, l.ranks))
	}
}

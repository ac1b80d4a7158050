package codec

// Outer-gradient compression for DiLoCo (issue 20, item 4): what a member
// sends of its parameter change after H local steps, and what it keeps.
//
// # The scheme: an agreed support and agreed scales, in two all-reduces
//
// Each member holds e = Δ + r, its outer gradient Δ plus the residual r of
// what it did not send before (error feedback: Karimireddy et al. 2019;
// SparseLoCo). The values are cut into blocks of OuterBlock. An outer
// step takes two all-reduces over the ring, both plain sums:
//
//  1. Statistics, OuterBlock times smaller than e: per block, the sum of
//     squares of e (top-k) and the largest |e| (low-bit). Every member gets
//     the same summed bits (the ring's fixed order), so every member
//     derives the same Plan from them: the ⌈TopK·blocks⌉ blocks of largest
//     summed energy (ties to the lower index), and for each a scale σ, the
//     members' mean largest |e| over Q (Q = 2^(Bits−1)−1).
//  2. Values, of the chosen blocks only: float32 (top-k alone) or the
//     integers q = clamp(round(e/σ), −Q, Q).
//
// Each member keeps r' = e − s, where s is what it sent (q·σ, or e on a
// chosen block of a float32 scheme, 0 elsewhere): the residual carries the
// dropped mass, s + r' = e exactly except where q was clamped (Sterbenz:
// e lies within [s/2, 2s] whenever |e − s| ≤ σ/2 and |s| ≥ σ), and there
// within float32's rounding of e − s.
//
// Why this is exact and deterministic where summing members' own top-k
// sparse vectors over a ring is not: the support is common, so the second
// all-reduce is a dense sum of equal-length vectors in the ring's fixed
// order, as any all-reduce. With quantization the values are small
// integers, whose float32 sums are exact in any order (|Σq| ≤ 127·members
// < 2²⁴): the group's sum of what members sent is exactly Σq·σ, rounded
// once. Every member ends with the same bits, and a verifier that holds a
// member's state (its residual included) and the group's statistics
// recomputes what it sent exactly.
//
// Cost on the wire, against float32 DiLoCo: the statistics are 1/OuterBlock
// of e per kind (0.78% for top-k and as much for scales), the values TopK of
// e, in float32 or as integers that the Ints chunk codec packs into as few
// bits as their partial sums need.

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// OuterBlock is the number of consecutive values that share a top-k
// decision and a quantization scale.
const OuterBlock = 128

// Outer is how the members of a DiLoCo group compress their outer
// gradients. The zero value sends them whole (no compression).
type Outer struct {
	// TopK is the share of blocks sent each outer step, in (0, 1]; 0
	// sends every block (as 1 does, without the energy statistics).
	TopK float64
	// Bits quantizes the values sent to integers in [−Q, Q], Q =
	// 2^(Bits−1)−1: 2 (ternary), 4 or 8; 0 sends float32.
	Bits int
}

// ParseOuter parses a compression setting: "none" (or ""), "topk:F" with
// 0 < F ≤ 1, "int2", "int4", "int8", or a top-k and a width joined by
// "+" ("topk:0.01+int4").
func ParseOuter(s string) (Outer, error) {
	var o Outer
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || s == "none" {
		return o, nil
	}
	for _, part := range strings.Split(s, "+") {
		switch {
		case strings.HasPrefix(part, "topk:") && o.TopK == 0:
			f, err := strconv.ParseFloat(strings.TrimPrefix(part, "topk:"), 64)
			if err != nil || !(f > 0 && f <= 1) {
				return Outer{}, fmt.Errorf("%w: outer compression %q: top-k share %q, want a number in (0, 1]", ErrKind, s, strings.TrimPrefix(part, "topk:"))
			}
			o.TopK = f
		case (part == "int2" || part == "int4" || part == "int8") && o.Bits == 0:
			o.Bits = int(part[3] - '0')
		default:
			return Outer{}, fmt.Errorf("%w: outer compression %q: want none, topk:F, int2, int4, int8 or topk:F+intN", ErrKind, s)
		}
	}
	return o, o.Validate()
}

// Validate reports whether o is a scheme this package implements.
func (o Outer) Validate() error {
	switch {
	case !(o.TopK >= 0 && o.TopK <= 1):
		return fmt.Errorf("%w: top-k share %v, want (0, 1]", ErrKind, o.TopK)
	case o.Bits != 0 && o.Bits != 2 && o.Bits != 4 && o.Bits != 8:
		return fmt.Errorf("%w: %d-bit values, want 2, 4 or 8", ErrKind, o.Bits)
	}
	return nil
}

// On reports whether o compresses at all.
func (o Outer) On() bool { return o.TopK > 0 || o.Bits > 0 }

func (o Outer) String() string {
	var parts []string
	if o.TopK > 0 {
		parts = append(parts, "topk:"+strconv.FormatFloat(o.TopK, 'g', -1, 64))
	}
	if o.Bits > 0 {
		parts = append(parts, fmt.Sprintf("int%d", o.Bits))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

// Q is the largest integer a value is quantized to (0 without
// quantization).
func (o Outer) Q() int {
	if o.Bits == 0 {
		return 0
	}
	return 1<<(o.Bits-1) - 1
}

// Blocks is the number of blocks of n values (the last may be short).
func Blocks(n int) int { return (n + OuterBlock - 1) / OuterBlock }

// StatsLen is the length of the first all-reduce's statistics for n
// values: a block's energy (top-k), then a block's largest |value|
// (quantization).
func (o Outer) StatsLen(n int) int {
	l := 0
	if o.TopK > 0 {
		l += Blocks(n)
	}
	if o.Bits > 0 {
		l += Blocks(n)
	}
	return l
}

// Stats writes e's block statistics into dst (StatsLen(len(e)) long).
// Each is computed in index order in float32 with explicit conversions,
// so its bits do not depend on the CPU.
func (o Outer) Stats(dst, e []float32) {
	nb := Blocks(len(e))
	if len(dst) != o.StatsLen(len(e)) {
		panic(fmt.Sprintf("codec: %d statistics for %d values", len(dst), len(e)))
	}
	at := 0
	if o.TopK > 0 {
		for b := 0; b < nb; b++ {
			var s float32
			for _, v := range e[b*OuterBlock : min((b+1)*OuterBlock, len(e))] {
				s += float32(v * v)
			}
			dst[at+b] = s
		}
		at += nb
	}
	if o.Bits > 0 {
		for b := 0; b < nb; b++ {
			var m float32
			for _, v := range e[b*OuterBlock : min((b+1)*OuterBlock, len(e))] {
				m = max(m, abs32(v))
			}
			dst[at+b] = m
		}
	}
}

// Plan is what every member derives from the group's summed statistics:
// the blocks sent, in increasing order, and each one's scale.
type Plan struct {
	// N is the number of values.
	N int
	// Blocks are the chosen blocks' indices, increasing.
	Blocks []int
	// Scales are the chosen blocks' σ (quantization only).
	Scales []float32
	// Len is the number of values the second all-reduce carries.
	Len int
}

// Plan derives the plan for n values from sum, the group's summed
// statistics, summed over members members. It is a function of its
// arguments' bits alone: every member that got the same sum gets the same
// plan.
func (o Outer) Plan(n int, sum []float32, members int) Plan {
	nb := Blocks(n)
	if len(sum) != o.StatsLen(n) || members < 1 {
		panic(fmt.Sprintf("codec: plan from %d statistics over %d members for %d values", len(sum), members, n))
	}
	p := Plan{N: n}
	at := 0
	if o.TopK > 0 {
		k := min(nb, max(1, int(math.Ceil(o.TopK*float64(nb)))))
		energy := sum[:nb]
		order := make([]int, nb)
		for i := range order {
			order[i] = i
		}
		// A total order: larger energy first (cmp.Compare orders NaN
		// below every number), then the lower index.
		slices.SortFunc(order, func(a, b int) int {
			if c := cmp.Compare(energy[b], energy[a]); c != 0 {
				return c
			}
			return a - b
		})
		p.Blocks = order[:k]
		slices.Sort(p.Blocks)
		at += nb
	} else {
		p.Blocks = make([]int, nb)
		for i := range p.Blocks {
			p.Blocks[i] = i
		}
	}
	if o.Bits > 0 {
		q := float32(o.Q())
		inv := float32(members)
		p.Scales = make([]float32, len(p.Blocks))
		for i, b := range p.Blocks {
			s := float32(float32(sum[at+b]/inv) / q)
			if !(s > 0 && s <= math.MaxFloat32) {
				s = 0 // nothing (or nothing finite) to send: all of it stays
			}
			p.Scales[i] = s
		}
	}
	for _, b := range p.Blocks {
		p.Len += min(OuterBlock, n-b*OuterBlock)
	}
	return p
}

// Compress writes into dst (p.Len values) what this member sends of e
// under plan p, and into res (len(e)) what it keeps: e minus what it
// sent. dst holds float32 values, or the integers q (as float32) under
// quantization. res may be e itself.
func (o Outer) Compress(dst, res, e []float32, p Plan) {
	if len(dst) != p.Len || len(e) != p.N || len(res) != p.N {
		panic(fmt.Sprintf("codec: compress %d values into %d (+%d residual) under a plan of %d into %d", len(e), len(dst), len(res), p.N, p.Len))
	}
	if len(e) > 0 && &res[0] != &e[0] {
		copy(res, e)
	}
	at := 0
	q := float32(o.Q())
	for i, b := range p.Blocks {
		lo, hi := b*OuterBlock, min((b+1)*OuterBlock, p.N)
		out := dst[at : at+hi-lo]
		at += hi - lo
		if o.Bits == 0 {
			copy(out, res[lo:hi])
			clear(res[lo:hi])
			continue
		}
		s := p.Scales[i]
		for j, v := range res[lo:hi] {
			var x float32
			if s > 0 {
				// float64 of a float32 quotient: the rounding is of the
				// quotient's bits, the same everywhere. NaN sends 0.
				if r := math.RoundToEven(float64(v / s)); r == r {
					x = float32(max(-float64(q), min(float64(q), r)))
				}
			}
			out[j] = x
			res[lo+j] = v - float32(x*s)
		}
	}
}

// Expand writes into out (p.N values) the group's sum of what its members
// sent, from sum, the second all-reduce's result: on the chosen blocks the
// summed values (times σ under quantization), elsewhere 0.
func (o Outer) Expand(out, sum []float32, p Plan) {
	if len(out) != p.N || len(sum) != p.Len {
		panic(fmt.Sprintf("codec: expand %d values into %d under a plan of %d from %d", len(sum), len(out), p.Len, p.N))
	}
	clear(out)
	at := 0
	for i, b := range p.Blocks {
		lo, hi := b*OuterBlock, min((b+1)*OuterBlock, p.N)
		in := sum[at : at+hi-lo]
		at += hi - lo
		if o.Bits == 0 {
			copy(out[lo:hi], in)
			continue
		}
		s := p.Scales[i]
		for j, v := range in {
			out[lo+j] = float32(v * s)
		}
	}
}

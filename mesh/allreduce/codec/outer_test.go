package codec

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

func TestParseOuter(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Outer
		str  string
	}{
		{"", Outer{}, "none"},
		{"none", Outer{}, "none"},
		{"topk:0.01", Outer{TopK: 0.01}, "topk:0.01"},
		{"TopK:1", Outer{TopK: 1}, "topk:1"},
		{"int4", Outer{Bits: 4}, "int4"},
		{"int2", Outer{Bits: 2}, "int2"},
		{"int8", Outer{Bits: 8}, "int8"},
		{"topk:0.05+int4", Outer{TopK: 0.05, Bits: 4}, "topk:0.05+int4"},
		{"int2+topk:0.25", Outer{TopK: 0.25, Bits: 2}, "topk:0.25+int2"},
	} {
		got, err := ParseOuter(c.in)
		if err != nil || got != c.want || got.String() != c.str {
			t.Errorf("ParseOuter(%q) = %+v (%q), %v; want %+v (%q)", c.in, got, got.String(), err, c.want, c.str)
		}
		if back, err := ParseOuter(got.String()); err != nil || back != got {
			t.Errorf("%q does not parse back: %+v, %v", got.String(), back, err)
		}
	}
	for _, bad := range []string{"topk", "topk:0", "topk:1.5", "topk:-0.1", "topk:nan", "int3", "int16", "fp16", "int4+int2", "topk:0.1+topk:0.2", "topk:0.1+", "int8,topk:0.1"} {
		if o, err := ParseOuter(bad); !errors.Is(err, ErrKind) {
			t.Errorf("ParseOuter(%q) = %+v, %v; want ErrKind", bad, o, err)
		}
	}
}

// outerCase draws member i's e: a mix of scales (so blocks differ in
// energy), zeros, and a few outliers (which quantization clamps).
func outerCase(rng *rand.Rand, n int) []float32 {
	e := make([]float32, n)
	for b := 0; b < Blocks(n); b++ {
		scale := math.Ldexp(1, rng.IntN(30)-20)
		for j := b * OuterBlock; j < min(n, (b+1)*OuterBlock); j++ {
			switch r := rng.IntN(50); {
			case r == 0:
				e[j] = 0
			case r == 1:
				e[j] = float32(rng.NormFloat64() * scale * 40)
			default:
				e[j] = float32(rng.NormFloat64() * scale)
			}
		}
	}
	return e
}

var outerSchemes = []Outer{{TopK: 0.01}, {TopK: 0.3}, {TopK: 1}, {Bits: 2}, {Bits: 4}, {Bits: 8}, {TopK: 0.1, Bits: 4}, {TopK: 0.5, Bits: 2}}

// groupCompress runs the scheme for members as a group would: statistics
// summed in member order (as the ring's fixed order does), one plan,
// every member's values and residual, and the values summed in member
// order.
func groupCompress(o Outer, es [][]float32) (p Plan, sent, res [][]float32, sum []float32) {
	n := len(es[0])
	stats := make([]float32, o.StatsLen(n))
	for _, e := range es {
		s := make([]float32, o.StatsLen(n))
		o.Stats(s, e)
		for j := range s {
			stats[j] += s[j]
		}
	}
	p = o.Plan(n, stats, len(es))
	sum = make([]float32, p.Len)
	for _, e := range es {
		v := make([]float32, p.Len)
		r := make([]float32, n)
		o.Compress(v, r, e, p)
		sent, res = append(sent, v), append(res, r)
		for j := range v {
			sum[j] += v[j]
		}
	}
	return p, sent, res, sum
}

// expandOne is what member i's sent values are worth, element by
// element (0 off the plan's blocks), in float64.
func expandOne(o Outer, p Plan, v []float32) []float64 {
	out := make([]float64, p.N)
	at := 0
	for i, b := range p.Blocks {
		for j := b * OuterBlock; j < min(p.N, (b+1)*OuterBlock); j++ {
			if o.Bits == 0 {
				out[j] = float64(v[at])
			} else {
				out[j] = float64(float32(v[at] * p.Scales[i]))
			}
			at++
		}
	}
	return out
}

// TestOuterErrorFeedback (property): for every member and element, what
// it sent plus what it kept is its e: exactly, except where quantization
// clamped the value, and there within float32's rounding of e − sent.
// Off the plan's blocks the residual is e itself. Quantized values are
// integers in [−Q, Q]; an unclamped element errs by at most σ/2.
func TestOuterErrorFeedback(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 4))
	const u = 0x1p-24
	for iter := 0; iter < 200; iter++ {
		o := outerSchemes[iter%len(outerSchemes)]
		n := 1 + rng.IntN(20*OuterBlock)
		members := 1 + rng.IntN(6)
		es := make([][]float32, members)
		for i := range es {
			es[i] = outerCase(rng, n)
		}
		p, sent, res, _ := groupCompress(o, es)
		chosen := make([]int, Blocks(n)) // 1 + index in p.Blocks, or 0
		for i, b := range p.Blocks {
			chosen[b] = i + 1
		}
		q := float64(o.Q())
		for i, e := range es {
			s := expandOne(o, p, sent[i])
			at := 0
			for b := 0; b < Blocks(n); b++ {
				for j := b * OuterBlock; j < min(n, (b+1)*OuterBlock); j++ {
					ej, rj := float64(e[j]), float64(res[i][j])
					if chosen[b] == 0 {
						if rj != ej || s[j] != 0 {
							t.Fatalf("%v member %d element %d (block not sent): residual %v, sent %v; want e=%v, 0", o, i, j, rj, s[j], ej)
						}
						continue
					}
					v := float64(sent[i][at])
					at++
					if o.Bits == 0 {
						if v != ej || rj != 0 {
							t.Fatalf("%v member %d element %d: sent %v, residual %v; want e=%v, 0", o, i, j, v, rj, ej)
						}
						continue
					}
					sigma := float64(p.Scales[chosen[b]-1])
					if v != math.Trunc(v) || math.Abs(v) > q {
						t.Fatalf("%v member %d element %d: sent %v, want an integer in [-%v, %v]", o, i, j, v, q, q)
					}
					clamped := math.Abs(v) == q && math.Abs(ej) > (q+0.5)*sigma
					gap := math.Abs(s[j] + rj - ej)
					switch {
					case !clamped && gap != 0:
						t.Fatalf("%v member %d element %d: sent %v + residual %v = %v, e %v", o, i, j, s[j], rj, s[j]+rj, ej)
					case clamped && gap > u*math.Abs(ej-s[j]):
						t.Fatalf("%v member %d element %d (clamped): sent + residual misses e by %v, bound %v", o, i, j, gap, u*math.Abs(ej-s[j]))
					case !clamped && sigma > 0 && math.Abs(rj) > sigma/2*(1+0x1p-20):
						t.Fatalf("%v member %d element %d: residual %v beyond σ/2 = %v", o, i, j, rj, sigma/2)
					}
				}
			}
		}
	}
}

// TestOuterGroupSum: the expanded sum of the second all-reduce is the
// float64 sum of what the members sent within its bound (quantized: the
// integer sum is exact, one rounding of Σq·σ against each member's
// rounding of q·σ; float32: recursive summation), so the group's outer
// gradient misses Σe by the members' residuals alone. Top-k chooses the
// blocks of largest summed energy.
func TestOuterGroupSum(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 5))
	const u = 0x1p-24
	for iter := 0; iter < 200; iter++ {
		o := outerSchemes[iter%len(outerSchemes)]
		n := 1 + rng.IntN(20*OuterBlock)
		members := 1 + rng.IntN(6)
		es := make([][]float32, members)
		for i := range es {
			es[i] = outerCase(rng, n)
		}
		p, sent, res, sum := groupCompress(o, es)
		out := make([]float32, n)
		o.Expand(out, sum, p)
		ref := make([]float64, n)  // Σ what members sent
		abs := make([]float64, n)  // Σ |what members sent|
		full := make([]float64, n) // Σ e
		kept := make([]float64, n) // Σ residuals
		for i := range es {
			for j, v := range expandOne(o, p, sent[i]) {
				ref[j] += v
				abs[j] += math.Abs(v)
				full[j] += float64(es[i][j])
				kept[j] += float64(res[i][j])
			}
		}
		for j := range out {
			var bound float64
			if o.Bits == 0 {
				bound = float64(members-1) * u / (1 - float64(members-1)*u) * abs[j]
			} else {
				bound = u*math.Abs(float64(out[j])) + u*abs[j]
			}
			if d := math.Abs(float64(out[j]) - ref[j]); d > bound {
				t.Fatalf("%v, %d members, element %d: expanded %v, Σsent %v: off by %v, bound %v", o, members, j, out[j], ref[j], d, bound)
			}
			// What the group misses of Σe is what the members kept,
			// within the roundings above and of each residual.
			if d := math.Abs(float64(out[j]) + kept[j] - full[j]); d > 2*bound+4*u*(abs[j]+math.Abs(full[j])) {
				t.Fatalf("%v, %d members, element %d: expanded + kept %v, Σe %v", o, members, j, float64(out[j])+kept[j], full[j])
			}
		}
		if o.TopK > 0 {
			energy := make([]float64, Blocks(n))
			stats := make([]float32, o.StatsLen(n))
			for _, e := range es {
				o.Stats(stats, e)
				for b := range energy {
					energy[b] += float64(stats[b])
				}
			}
			in := map[int]bool{}
			low := math.Inf(1)
			for _, b := range p.Blocks {
				in[b] = true
				low = min(low, energy[b])
			}
			for b := range energy {
				// float32 sums of squares against float64's: allow their
				// rounding.
				if !in[b] && energy[b] > low*(1+1e-5) {
					t.Fatalf("%v: block %d (energy %v) left out, block of energy %v sent", o, b, energy[b], low)
				}
			}
			if want := min(Blocks(n), max(1, int(math.Ceil(o.TopK*float64(Blocks(n)))))); len(p.Blocks) != want {
				t.Fatalf("%v: %d blocks of %d sent, want %d", o, len(p.Blocks), Blocks(n), want)
			}
		}
	}
}

// TestOuterPlanDeterministic: ties and NaN energies still give one plan,
// the lower index first, whatever the input's order of discovery.
func TestOuterPlanDeterministic(t *testing.T) {
	o := Outer{TopK: 0.5}
	n := 6 * OuterBlock
	nan := float32(math.NaN())
	sum := []float32{1, 3, 3, nan, 3, 2}
	p := o.Plan(n, sum, 2)
	if want := []int{1, 2, 4}; len(p.Blocks) != 3 || p.Blocks[0] != want[0] || p.Blocks[1] != want[1] || p.Blocks[2] != want[2] {
		t.Fatalf("blocks %v, want %v", p.Blocks, want)
	}
	for i := 0; i < 50; i++ {
		if q := o.Plan(n, sum, 2); q.Len != p.Len || q.Blocks[0] != 1 || q.Blocks[2] != 4 {
			t.Fatalf("plan %d: %+v, first %+v", i, q, p)
		}
	}
	// Zero or non-finite statistics give scale 0: nothing sent, all kept.
	o = Outer{Bits: 4}
	p = o.Plan(2*OuterBlock, []float32{0, float32(math.Inf(1))}, 3)
	if p.Scales[0] != 0 || p.Scales[1] != 0 {
		t.Fatalf("scales %v, want 0, 0", p.Scales)
	}
}

package gpu

import (
	"fmt"
	"math"
	"testing"
)

func TestGemm(t *testing.T) {
	type gemmCase struct {
		ta, tb      bool
		m, n, k     int
		alpha, beta float32
		pad         int // extra elements per row (leading dimension > width)
		batch       int
	}
	var cases []gemmCase
	for _, ta := range []bool{false, true} {
		for _, tb := range []bool{false, true} {
			cases = append(cases,
				gemmCase{ta: ta, tb: tb, m: 1, n: 1, k: 1, alpha: 1},
				gemmCase{ta: ta, tb: tb, m: 7, n: 5, k: 3, alpha: 0.5, beta: 1.5},
				gemmCase{ta: ta, tb: tb, m: 33, n: 17, k: 65, alpha: 1, pad: 3},
				// 130×130 is 9 gonum blocks: its parallel path.
				gemmCase{ta: ta, tb: tb, m: 130, n: 130, k: 40, alpha: 1, beta: -1},
				gemmCase{ta: ta, tb: tb, m: 9, n: 6, k: 11, alpha: 2, beta: 0.25, pad: 2, batch: 3},
			)
		}
	}
	forEachBackend(t, func(t *testing.T, b Backend) {
		for i, c := range cases {
			name := fmt.Sprintf("%d/tA=%v,tB=%v,%dx%dx%d,b=%d", i, c.ta, c.tb, c.m, c.n, c.k, c.batch)
			t.Run(name, func(t *testing.T) {
				r := newRand(uint64(i))
				batch := max(c.batch, 1)
				ra, ca := c.m, c.k
				if c.ta {
					ra, ca = c.k, c.m
				}
				rb, cb := c.k, c.n
				if c.tb {
					rb, cb = c.n, c.k
				}
				lda, ldb, ldc := ca+c.pad, cb+c.pad, c.n+c.pad
				sa, sb, sc := ra*lda+1, rb*ldb+2, c.m*ldc+3 // strides with gaps
				// Views at odd offsets, so that no operand starts aligned.
				a := randVec(r, 1+batch*sa, 1)
				bm := randVec(r, 3+batch*sb, 1)
				cm := randVec(r, 2+batch*sc, 1)
				if c.beta == 0 {
					for j := range cm {
						cm[j] = float32(math.NaN()) // beta == 0 must not read C
					}
				}
				A, B, C := up(t, b, a), up(t, b, bm), up(t, b, cm)
				g := GEMM{TransA: c.ta, TransB: c.tb, M: c.m, N: c.n, K: c.k, Alpha: c.alpha, Beta: c.beta,
					A: A.View(1, batch*sa), B: B.View(3, batch*sb), C: C.View(2, batch*sc),
					LDA: lda, LDB: ldb, LDC: ldc, StrideA: sa, StrideB: sb, StrideC: sc, Batch: c.batch}
				must(t, b.Gemm(g))
				got := down(t, b, C)
				want := f64(cm)
				for bi := 0; bi < batch; bi++ {
					ao, bo, co := 1+bi*sa, 3+bi*sb, 2+bi*sc
					res := refGemm(c.ta, c.tb, c.m, c.n, c.k, float64(c.alpha), f64(a[ao:]), lda, f64(bm[bo:]), ldb,
						float64(c.beta), want[co:co+(c.m-1)*ldc+c.n], ldc)
					copy(want[co:], res)
				}
				// Compare only C's elements; the padding must be untouched.
				var gotC []float32
				var wantC []float64
				for j := range got {
					if math.IsNaN(want[j]) {
						if !math.IsNaN(float64(got[j])) {
							t.Fatalf("element %d outside C was written: %v", j, got[j])
						}
						continue
					}
					gotC = append(gotC, got[j])
					wantC = append(wantC, want[j])
				}
				checkClose(t, "C", gotC, wantC)
			})
		}
	})
}

func TestElementwise(t *testing.T) {
	const n = 1000
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(1)
		xv, yv := randVec(r, n, 3), randVec(r, n, 3)
		x, y, z := up(t, b, xv), up(t, b, yv), alloc(t, b, n)
		x64, y64 := f64(xv), f64(yv)
		ref := func(f func(i int) float64) []float64 {
			o := make([]float64, n)
			for i := range o {
				o[i] = f(i)
			}
			return o
		}
		tests := []struct {
			name string
			op   func() error
			out  *Buffer
			want []float64
		}{
			{"Add", func() error { return b.Add(z, x, y) }, z, ref(func(i int) float64 { return x64[i] + y64[i] })},
			{"Mul", func() error { return b.Mul(z, x, y) }, z, ref(func(i int) float64 { return x64[i] * y64[i] })},
			{"Fill", func() error { return b.Fill(z, -2.5) }, z, ref(func(int) float64 { return -2.5 })},
			{"Scale", func() error { must(t, b.Copy(z, x)); return b.Scale(z, 0.3) }, z, ref(func(i int) float64 { return 0.3 * x64[i] })},
			{"Axpy", func() error { must(t, b.Copy(z, y)); return b.Axpy(z, -1.7, x) }, z, ref(func(i int) float64 { return -1.7*x64[i] + y64[i] })},
			{"Add/in-place", func() error { must(t, b.Copy(z, x)); return b.Add(z, z, y) }, z, ref(func(i int) float64 { return x64[i] + y64[i] })},
			{"ReLU", func() error { return b.ReLU(z, x) }, z, ref(func(i int) float64 { return max(x64[i], 0) })},
			{"ReLUBackward", func() error { return b.ReLUBackward(z, y, x) }, z, ref(func(i int) float64 {
				if x64[i] > 0 {
					return y64[i]
				}
				return 0
			})},
			{"GELU", func() error { return b.GELU(z, x) }, z, ref(func(i int) float64 { return refGELU(x64[i]) })},
			// The gradient check: GELU' by central differences of the
			// float64 reference.
			{"GELUBackward", func() error { return b.GELUBackward(z, y, x) }, z, ref(func(i int) float64 {
				return y64[i] * numGrad(func(v []float64) float64 { return refGELU(v[0]) }, []float64{x64[i]})[0]
			})},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				must(t, tc.op())
				checkClose(t, tc.name, down(t, b, tc.out), tc.want)
			})
		}
	})
}

func TestBiasAndColSum(t *testing.T) {
	const rows, cols = 37, 23
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(2)
		xv, bv := randVec(r, rows*cols, 2), randVec(r, cols, 2)
		x, bias, sum := up(t, b, xv), up(t, b, bv), alloc(t, b, cols)
		want := make([]float64, rows*cols)
		colWant := make([]float64, cols)
		for i := range want {
			want[i] = float64(xv[i]) + float64(bv[i%cols])
			colWant[i%cols] += want[i]
		}
		must(t, b.AddBias(x, bias, rows, cols))
		checkClose(t, "AddBias", down(t, b, x), want)
		// ColSum is AddBias's gradient: d/dbias Σ dy·(x + bias) = Σ_r dy.
		must(t, b.ColSum(sum, x, rows, cols))
		checkClose(t, "ColSum", down(t, b, sum), colWant)
	})
}

func TestSoftmax(t *testing.T) {
	const t0, rows = 6, 18 // three stacked 6×6 attention blocks
	for _, causal := range []bool{false, true} {
		t.Run(fmt.Sprintf("causal=%v", causal), func(t *testing.T) {
			forEachBackend(t, func(t *testing.T, b Backend) {
				r := newRand(3)
				xv, dyv := randVec(r, rows*t0, 4), randVec(r, rows*t0, 1)
				x, y, dy, dx := up(t, b, xv), alloc(t, b, rows*t0), up(t, b, dyv), alloc(t, b, rows*t0)
				must(t, b.Softmax(y, x, rows, t0, causal))
				checkClose(t, "Softmax", down(t, b, y), refSoftmax(f64(xv), rows, t0, causal))
				must(t, b.SoftmaxBackward(dx, dy, y, rows, t0))
				// Gradient check of L = Σ dy·softmax(x). Masked entries
				// have zero gradient on both sides.
				want := numGrad(func(v []float64) float64 { return dot(f64(dyv), refSoftmax(v, rows, t0, causal)) }, f64(xv))
				checkClose(t, "SoftmaxBackward", down(t, b, dx), want)
			})
		})
	}
}

func TestCrossEntropy(t *testing.T) {
	const rows, cols = 12, 10
	labels := []int32{0, 9, 3, -1, 5, 5, 2, 8, 1, 7, -1, 4}
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(4)
		xv := randVec(r, rows*cols, 3)
		x, lab, loss, dx := up(t, b, xv), upInt(t, b, labels), alloc(t, b, rows), alloc(t, b, rows*cols)
		must(t, b.CrossEntropy(loss, x, lab, rows, cols))
		checkClose(t, "CrossEntropy", down(t, b, loss), refCrossEntropy(f64(xv), labels, rows, cols))
		const scale = 1.0 / 10 // mean over the 10 labelled rows
		must(t, b.CrossEntropyBackward(dx, x, lab, rows, cols, scale))
		want := numGrad(func(v []float64) float64 {
			var s float64
			for _, l := range refCrossEntropy(v, labels, rows, cols) {
				s += l
			}
			return s * scale
		}, f64(xv))
		checkClose(t, "CrossEntropyBackward", down(t, b, dx), want)
	})
}

func TestLayerNorm(t *testing.T) {
	const rows, cols, eps = 9, 32, 1e-5
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(5)
		xv, gv, bv, dyv := randVec(r, rows*cols, 2), randVec(r, cols, 1.5), randVec(r, cols, 1), randVec(r, rows*cols, 1)
		for i := range xv {
			xv[i] += 0.7 // a mean away from 0
		}
		x, gamma, beta, dy := up(t, b, xv), up(t, b, gv), up(t, b, bv), up(t, b, dyv)
		y, mean, rstd := alloc(t, b, rows*cols), alloc(t, b, rows), alloc(t, b, rows)
		dx, dg, db := alloc(t, b, rows*cols), alloc(t, b, cols), alloc(t, b, cols)
		must(t, b.LayerNorm(y, mean, rstd, x, gamma, beta, rows, cols, eps))
		wy, wm, wr := refLayerNorm(f64(xv), f64(gv), f64(bv), rows, cols, eps)
		checkClose(t, "y", down(t, b, y), wy)
		checkClose(t, "mean", down(t, b, mean), wm)
		checkClose(t, "rstd", down(t, b, rstd), wr)

		must(t, b.LayerNormBackward(dx, dg, db, dy, x, mean, rstd, gamma, rows, cols))
		loss := func(xs, gs, bs []float64) float64 {
			yy, _, _ := refLayerNorm(xs, gs, bs, rows, cols, eps)
			return dot(f64(dyv), yy)
		}
		x64, g64, b64 := f64(xv), f64(gv), f64(bv)
		checkClose(t, "dx", down(t, b, dx), numGrad(func(v []float64) float64 { return loss(v, g64, b64) }, x64))
		checkClose(t, "dgamma", down(t, b, dg), numGrad(func(v []float64) float64 { return loss(x64, v, b64) }, g64))
		checkClose(t, "dbeta", down(t, b, db), numGrad(func(v []float64) float64 { return loss(x64, g64, v) }, b64))
	})
}

func TestEmbedding(t *testing.T) {
	const vocab, dim = 11, 8
	ids := []int32{3, 0, 10, 3, 7, 3, 0} // repeats add up in the gradient
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(6)
		tv, dov := randVec(r, vocab*dim, 1), randVec(r, len(ids)*dim, 1)
		table, idb, out := up(t, b, tv), upInt(t, b, ids), alloc(t, b, len(ids)*dim)
		dout, dtable := up(t, b, dov), alloc(t, b, vocab*dim)
		must(t, b.Fill(dtable, 42)) // must be overwritten, not added to
		must(t, b.Embedding(out, table, idb, dim))
		want := make([]float64, len(ids)*dim)
		for i, id := range ids {
			for d := 0; d < dim; d++ {
				want[i*dim+d] = float64(tv[int(id)*dim+d])
			}
		}
		checkClose(t, "Embedding", down(t, b, out), want)
		must(t, b.EmbeddingBackward(dtable, dout, idb, dim))
		gwant := numGrad(func(tab []float64) float64 {
			var s float64
			for i, id := range ids {
				for d := 0; d < dim; d++ {
					s += float64(dov[i*dim+d]) * tab[int(id)*dim+d]
				}
			}
			return s
		}, f64(tv))
		checkClose(t, "EmbeddingBackward", down(t, b, dtable), gwant)
	})
}

func TestOptimizers(t *testing.T) {
	const n, steps = 257, 4
	forEachBackend(t, func(t *testing.T, b Backend) {
		t.Run("AdamW", func(t *testing.T) {
			r := newRand(7)
			pv := randVec(r, n, 1)
			p, g, m, v := up(t, b, pv), alloc(t, b, n), alloc(t, b, n), alloc(t, b, n)
			p64, m64, v64 := f64(pv), make([]float64, n), make([]float64, n)
			h := DefaultAdamW(1e-2)
			for s := 1; s <= steps; s++ {
				gv := randVec(r, n, 0.5)
				must(t, b.Upload(g, gv))
				must(t, b.AdamW(p, g, m, v, h, s))
				refAdamW(p64, f64(gv), m64, v64, h, s)
			}
			checkClose(t, "p", down(t, b, p), p64)
			checkClose(t, "m", down(t, b, m), m64)
			checkClose(t, "v", down(t, b, v), v64)
		})
		t.Run("SGD", func(t *testing.T) {
			r := newRand(8)
			pv := randVec(r, n, 1)
			p, g, v := up(t, b, pv), alloc(t, b, n), alloc(t, b, n)
			p64, v64 := f64(pv), make([]float64, n)
			h := SGDParams{LR: 0.05, Momentum: 0.9, WeightDecay: 1e-3}
			for s := 1; s <= steps; s++ {
				gv := randVec(r, n, 0.5)
				must(t, b.Upload(g, gv))
				must(t, b.SGD(p, g, v, h))
				refSGD(p64, f64(gv), v64, h)
			}
			checkClose(t, "p", down(t, b, p), p64)
			checkClose(t, "v", down(t, b, v), v64)
		})
	})
}

// TestAttentionLayout runs the multi-head attention recipe of GEMM's doc
// against a float64 reference, one head at a time.
func TestAttentionLayout(t *testing.T) {
	const T, H, D = 5, 3, 4
	const C = H * D
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(13)
		qv, kv, vv := randVec(r, T*C, 1), randVec(r, T*C, 1), randVec(r, T*C, 1)
		q, k, v := up(t, b, qv), up(t, b, kv), up(t, b, vv)
		s, p, o := alloc(t, b, H*T*T), alloc(t, b, H*T*T), alloc(t, b, T*C)
		scale := float32(1 / math.Sqrt(D))
		must(t, b.Gemm(GEMM{TransB: true, M: T, N: T, K: D, Alpha: scale, Batch: H,
			A: q, LDA: C, StrideA: D, B: k, LDB: C, StrideB: D, C: s, StrideC: T * T}))
		must(t, b.Softmax(p, s, H*T, T, true))
		must(t, b.Gemm(GEMM{M: T, N: D, K: T, Alpha: 1, Batch: H,
			A: p, StrideA: T * T, B: v, LDB: C, StrideB: D, C: o, LDC: C, StrideC: D}))

		want := make([]float64, T*C)
		for h := 0; h < H; h++ {
			for i := 0; i < T; i++ {
				sc := make([]float64, i+1) // causal: keys 0..i
				var sum float64
				for j := range sc {
					var d float64
					for x := 0; x < D; x++ {
						d += float64(qv[i*C+h*D+x]) * float64(kv[j*C+h*D+x])
					}
					sc[j] = math.Exp(d * float64(scale))
					sum += sc[j]
				}
				for x := 0; x < D; x++ {
					var acc float64
					for j := range sc {
						acc += sc[j] / sum * float64(vv[j*C+h*D+x])
					}
					want[i*C+h*D+x] = acc
				}
			}
		}
		checkClose(t, "attention", down(t, b, o), want)
	})
}

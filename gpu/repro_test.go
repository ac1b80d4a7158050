package gpu

import (
	"fmt"
	"math"
	"testing"
)

// Reproducible mode's promise: every op gives the CPU backend's very bits
// on every backend in that mode (the CUDA kernels on the emulator here,
// on a GPU under scripts/gpu-check.sh). These tests compare bit for bit,
// not within a tolerance.

// sameBits reports whether a and b hold the same float32 bits, counting
// any two NaNs as equal: a GPU writes the canonical NaN 0x7fffffff where
// amd64 writes 0xffc00000, and a NaN in training is a failure either way.
func sameBits(a, b []float32) (int, bool) {
	if len(a) != len(b) {
		return -1, false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) && !(a[i] != a[i] && b[i] != b[i]) {
			return i, false
		}
	}
	return 0, true
}

// checkSameBits fails t at the first output of got whose bits differ
// from want's.
func checkSameBits(t *testing.T, want, got map[string][]float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d outputs, want %d", len(got), len(want))
	}
	for name, w := range want {
		if i, ok := sameBits(w, got[name]); !ok {
			if i < 0 {
				t.Errorf("%s: %d values, want %d", name, len(got[name]), len(w))
				continue
			}
			t.Errorf("%s[%d]: %v (%#08x), CPU %v (%#08x)", name, i, got[name][i], math.Float32bits(got[name][i]), w[i], math.Float32bits(w[i]))
		}
	}
}

// forEachRepro runs f on every backend in reproducible mode but the CPU
// backend itself.
func forEachRepro(t *testing.T, f func(t *testing.T, b Backend)) {
	forEachBackend(t, func(t *testing.T, b Backend) {
		if !b.Deterministic() {
			t.Skip("fast mode: not reproducible")
		}
		if cudaOf(b) == nil {
			t.Skip("the CPU backend is the reference")
		}
		f(t, b)
	})
}

// TestReproPipelineMatchesCPUBits: every op of a transformer block's step
// (pipeline) gives the CPU's bits.
func TestReproPipelineMatchesCPUBits(t *testing.T) {
	cpu := openCPU(t, true)
	defer cpu.Close()
	want := pipeline(t, cpu, 0)
	forEachRepro(t, func(t *testing.T, b Backend) {
		checkSameBits(t, want, pipeline(t, b, 0))
		checkSameBits(t, want, pipeline(t, b, 3))
	})
}

// gemmCases are the GEMM shapes and scalars of TestReproGemmMatchesCPUBits:
// edges that are not multiples of the kernel's 4×4 tile, every transpose,
// padded leading dimensions, strided batches, and the Alpha/Beta special
// cases (Alpha 0 and K 0 only scale C; Beta 0 never reads C).
var gemmCases = []struct {
	name           string
	ta, tb         bool
	m, n, k, batch int
	pad            int // added to every leading dimension
	alpha, beta    float32
}{
	{name: "square", m: 16, n: 16, k: 16, alpha: 1},
	{name: "ragged", m: 13, n: 7, k: 29, alpha: 1},
	{name: "transA", ta: true, m: 9, n: 11, k: 17, alpha: 1},
	{name: "transB", tb: true, m: 9, n: 11, k: 17, alpha: 1},
	{name: "transAB", ta: true, tb: true, m: 5, n: 6, k: 33, alpha: 1},
	{name: "alpha", m: 10, n: 10, k: 10, alpha: 0.125},
	{name: "alpha-beta", m: 7, n: 9, k: 12, alpha: -1.5, beta: 0.75},
	{name: "beta1", m: 6, n: 6, k: 40, alpha: 1, beta: 1},
	{name: "alpha0", m: 5, n: 7, k: 3, alpha: 0, beta: 0.5},
	{name: "alpha0-beta0", m: 5, n: 7, k: 3, alpha: 0, beta: 0},
	{name: "k0", m: 4, n: 5, k: 0, alpha: 1, beta: 2},
	{name: "vector", m: 1, n: 1, k: 257, alpha: 1},
	{name: "padded", tb: true, m: 11, n: 10, k: 9, pad: 3, alpha: 1, beta: 0.5},
	{name: "batched", m: 8, n: 8, k: 4, batch: 3, alpha: 0.5},
	{name: "batched-trans", ta: true, tb: true, m: 3, n: 5, k: 7, batch: 4, pad: 1, alpha: 1, beta: -1},
}

// gemmRun runs one gemmCase on b with inputs from seed, C starting as a
// mix of values and NaNs (NaNs only where Beta is 0, which must not read
// them), and returns C.
func gemmRun(t *testing.T, b Backend, c int) []float32 {
	t.Helper()
	g := gemmCases[c]
	batch := max(g.batch, 1)
	ra, ca := g.m, g.k
	if g.ta {
		ra, ca = g.k, g.m
	}
	rb, cb := g.k, g.n
	if g.tb {
		rb, cb = g.n, g.k
	}
	lda, ldb, ldc := max(ca, 1)+g.pad, max(cb, 1)+g.pad, g.n+g.pad
	r := newRand(uint64(100 + c))
	A := up(t, b, randVec(r, max(batch*ra*lda, 1), 1))
	B := up(t, b, randVec(r, max(batch*rb*ldb, 1), 1))
	cv := randVec(r, batch*g.m*ldc, 1)
	if g.beta == 0 {
		for i := range cv {
			if i%3 == 0 {
				cv[i] = float32(math.NaN())
			}
		}
	}
	C := up(t, b, cv)
	must(t, b.Gemm(GEMM{TransA: g.ta, TransB: g.tb, M: g.m, N: g.n, K: g.k, Alpha: g.alpha, Beta: g.beta,
		A: A, B: B, C: C, LDA: lda, LDB: ldb, LDC: ldc, Batch: g.batch,
		StrideA: ra * lda, StrideB: rb * ldb, StrideC: g.m * ldc}))
	return down(t, b, C)
}

// TestReproGemmMatchesCPUBits: reproducible GEMM sums each element in the
// CPU's order, rounding every product, for every shape and scalar case.
func TestReproGemmMatchesCPUBits(t *testing.T) {
	cpu := openCPU(t, true)
	defer cpu.Close()
	want := map[string][]float32{}
	for i, g := range gemmCases {
		want[g.name] = gemmRun(t, cpu, i)
	}
	forEachRepro(t, func(t *testing.T, b Backend) {
		got := map[string][]float32{}
		for i, g := range gemmCases {
			got[g.name] = gemmRun(t, b, i)
		}
		checkSameBits(t, want, got)
	})
}

// mathInputs are values that reach every branch of the ported exp, log
// and tanh (detmath's): zeros of both signs, the tiny arguments where
// exp returns 1+x, tanh's series/exp boundary at |u| = 0.625 and its
// saturation, exp's underflow to 0 and to subnormals (whose ldexp takes
// the denormal path), infinities; then a dense sweep.
func mathInputs() []float32 {
	v := []float32{0, float32(math.Copysign(0, -1)), 1e-30, -1e-30, 3e-9, -3e-9, 1e-4, -1e-4,
		0.3, 0.5, 0.62, 0.625, 0.63, 0.7, 1, 2, 3, 4, 5, 9, 10, 20, 40, 44, 45, 80, 87, 88, 89, 100,
		-0.5, -0.62, -0.625, -0.63, -1, -2, -5, -9, -20, -44, -45, -80, -87, -88, -89, -100, -103, -104,
		-110, -150, -700, -745, -746, 700, 710,
		float32(math.Inf(1)), float32(math.Inf(-1)), math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32}
	r := newRand(77)
	for i := 0; i < 1500; i++ {
		v = append(v, float32((2*r.Float64()-1)*12))
	}
	for i := 0; i < 300; i++ {
		v = append(v, float32(-r.Float64()*104))
	}
	return v
}

// mathOps runs the ops built on exp, log and tanh over mathInputs.
func mathOps(t *testing.T, b Backend) map[string][]float32 {
	t.Helper()
	xv := mathInputs()
	n := len(xv)
	x := up(t, b, xv)
	dy := up(t, b, randVec(newRand(5), n, 2))
	res := map[string][]float32{}
	run := func(name string, size int, op func(z *Buffer) error) {
		z := alloc(t, b, size)
		must(t, op(z))
		res[name] = down(t, b, z)
	}
	run("gelu", n, func(z *Buffer) error { return b.GELU(z, x) })
	run("gelu-bwd", n, func(z *Buffer) error { return b.GELUBackward(z, dy, x) })
	// Rows of 8: the finite rows exercise exp over a wide range (and
	// log of the sums); rows with infinities give NaNs on both sides.
	rows := n / 8
	run("softmax", rows*8, func(z *Buffer) error { return b.Softmax(z, x.View(0, rows*8), rows, 8, false) })
	run("softmax-causal", rows*8, func(z *Buffer) error { return b.Softmax(z, x.View(0, rows*8), rows, 8, true) })
	labels := make([]int32, rows)
	for i := range labels {
		labels[i] = int32(i % 9) // 8 is out of range: ErrIndex, row zeroed
		if i%13 == 0 {
			labels[i] = -1
		}
	}
	for i := range labels {
		if labels[i] == 8 {
			labels[i] = 7
		}
	}
	lab := upInt(t, b, labels)
	run("xent", rows, func(z *Buffer) error { return b.CrossEntropy(z, x.View(0, rows*8), lab, rows, 8) })
	run("xent-bwd", rows*8, func(z *Buffer) error {
		return b.CrossEntropyBackward(z, x.View(0, rows*8), lab, rows, 8, 0.25)
	})
	// Layer norm over rows of 24 with a wide spread of values.
	lrows := n / 24
	gamma, beta := up(t, b, randVec(newRand(6), 24, 1)), up(t, b, randVec(newRand(7), 24, 1))
	finite := make([]float32, lrows*24)
	for i := range finite {
		finite[i] = xv[i]
		if math.IsInf(float64(finite[i]), 0) || math.Abs(float64(finite[i])) > 1e6 {
			finite[i] = 1
		}
	}
	fx := up(t, b, finite)
	mean, rstd := alloc(t, b, lrows), alloc(t, b, lrows)
	run("layernorm", lrows*24, func(z *Buffer) error { return b.LayerNorm(z, mean, rstd, fx, gamma, beta, lrows, 24, 1e-5) })
	res["ln-rstd"] = down(t, b, rstd)
	dg, db := alloc(t, b, 24), alloc(t, b, 24)
	run("ln-bwd", lrows*24, func(z *Buffer) error {
		return b.LayerNormBackward(z, dg, db, dy.View(0, lrows*24), fx, mean, rstd, gamma, lrows, 24)
	})
	res["ln-dgamma"], res["ln-dbeta"] = down(t, b, dg), down(t, b, db)
	return res
}

// TestReproMathMatchesCPUBits: GELU, softmax, cross-entropy and layer norm,
// whose kernels carry ports of detmath's exp, log and tanh, give the CPU's
// bits over inputs that reach every branch of those functions.
func TestReproMathMatchesCPUBits(t *testing.T) {
	cpu := openCPU(t, true)
	defer cpu.Close()
	want := mathOps(t, cpu)
	forEachRepro(t, func(t *testing.T, b Backend) {
		checkSameBits(t, want, mathOps(t, b))
	})
}

// TestReproElementwiseMatchesCPUBits runs the element-wise ops at sizes
// that are not multiples of a block, each twice on the result of the
// last (so an error compounds), and compares the bits.
func TestReproElementwiseMatchesCPUBits(t *testing.T) {
	run := func(t *testing.T, b Backend) map[string][]float32 {
		res := map[string][]float32{}
		for _, n := range []int{1, 255, 257, 1031} {
			r := newRand(uint64(n))
			x, y := up(t, b, randVec(r, n, 3)), up(t, b, randVec(r, n, 3))
			z := alloc(t, b, n)
			for i := 0; i < 2; i++ {
				must(t, b.Add(z, x, y))
				must(t, b.Mul(x, z, y))
				must(t, b.Axpy(y, -0.3, x))
				must(t, b.Scale(y, 1.7))
			}
			res[fmt.Sprint("chain", n)] = down(t, b, y)
		}
		return res
	}
	cpu := openCPU(t, true)
	defer cpu.Close()
	want := run(t, cpu)
	forEachRepro(t, func(t *testing.T, b Backend) { checkSameBits(t, want, run(t, b)) })
}

// TestHostGEMM: the challenge GEMM on every backend gives the CPU
// reference's bits on integer matrices (exact in fp32, whatever the
// order), keeps its buffers between calls of one size, and reports a
// failure as NaNs plus Err rather than a wrong answer.
func TestHostGEMM(t *testing.T) {
	const n = 24
	a, bm, want := make([]float32, n*n), make([]float32, n*n), make([]float32, n*n)
	for i := range a {
		a[i], bm[i] = float32(i%17-8), float32(i%11-5)
	}
	for i := 0; i < n; i++ {
		for l := 0; l < n; l++ {
			for j := 0; j < n; j++ {
				want[i*n+j] += a[i*n+l] * bm[l*n+j]
			}
		}
	}
	forEachBackend(t, func(t *testing.T, b Backend) {
		h := &HostGEMM{B: b}
		c := make([]float32, n*n)
		for range 2 {
			h.Sgemm(n, a, bm, c)
			if h.Err != nil {
				t.Fatal(h.Err)
			}
			if i, ok := sameBits(want, c); !ok {
				t.Fatalf("c[%d] = %v, want %v", i, c[i], want[i])
			}
		}
		if u := b.Live(); u.Buffers != 3 {
			t.Errorf("%d live buffers after two calls, want 3 (kept)", u.Buffers)
		}
		must(t, h.Release())
		if u := b.Live(); u.Buffers != 0 {
			t.Errorf("%d live buffers after Release", u.Buffers)
		}
	})
	closed := openCPU(t, true)
	must(t, closed.Close())
	h := &HostGEMM{B: closed}
	c := make([]float32, n*n)
	h.Sgemm(n, a, bm, c)
	if h.Err == nil || !math.IsNaN(float64(c[0])) {
		t.Errorf("on a closed backend: Err %v, c[0] %v; want an error and NaNs", h.Err, c[0])
	}
}

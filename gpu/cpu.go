package gpu

import (
	"fmt"
	"math"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/trainmesh/trainmesh/gpu/detmath"
)

// OpenCPU returns the CPU backend: pure Go; in deterministic mode every
// op, GEMM included, is a plain loop with a fixed order (GEMM in the fast
// mode is gonum's Sgemm). It is also the in-memory twin that tests of code
// using a Backend run on.
func OpenCPU(p Params) (Backend, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return newEngine(&cpuOps{deterministic: p.Deterministic}, p.Deterministic), nil
}

// cpuOps implements ops in host memory.
//
// Deterministic mode gives the same bits on every machine Go targets
// (amd64 and arm64 are tested: train's TestSameBitsOnArm64), which a group
// mixing them needs and which a verifier recomputing a member's step on
// another machine needs. Three things break that, and are avoided:
//
//   - Fused multiply-add. Go may fuse a*b+c into one FMA instruction (one
//     rounding instead of two) on arm64 but does not on amd64. Every
//     product that is added is written float32(a*b): the spec forbids
//     fusion across an explicit conversion.
//   - Architecture-specific kernels. gonum's Sgemm runs SSE assembly on
//     amd64 and fusable Go on arm64, and its dot kernel's order depends on
//     buffer alignment. Deterministic GEMM is detGemm below: fixed-order
//     Go loops.
//   - The math package: math.Exp is assembly on amd64 and arm64, math.Log
//     on amd64 only. Exp, Log and Tanh come from gpu/detmath.
type cpuOps struct {
	deterministic bool
	// packA and packB hold a GEMM's operands repacked for detGemm (A as
	// M×K rows, B as N×K rows). They grow to the largest operands seen
	// and are kept, so a training loop does not allocate per step; they
	// never exceed the largest buffers the caller allocated.
	packA, packB []float32
}

func (c *cpuOps) name() string { return "cpu" }

func (c *cpuOps) alloc(b *Buffer) error {
	switch b.dtype {
	case Float32:
		b.f = make([]float32, b.n)
	case Int32:
		b.i = make([]int32, b.n)
	default:
		return fmt.Errorf("%w: dtype %v", ErrShape, b.dtype)
	}
	return nil
}

func (c *cpuOps) free(b *Buffer) error {
	b.f, b.i = nil, nil
	return nil
}

func (c *cpuOps) upload(dst *Buffer, src []float32) error    { copy(dst.f, src); return nil }
func (c *cpuOps) uploadInt32(dst *Buffer, src []int32) error { copy(dst.i, src); return nil }
func (c *cpuOps) download(dst []float32, src *Buffer) error  { copy(dst, src.f); return nil }
func (c *cpuOps) sync() error                                { return nil }
func (c *cpuOps) close() error                               { c.packA, c.packB = nil, nil; return nil }

func (c *cpuOps) copy(dst, src *Buffer) error {
	if src.dtype == Int32 {
		copy(dst.i, src.i)
	} else {
		copy(dst.f, src.f)
	}
	return nil
}

func (c *cpuOps) fill(dst *Buffer, v float32) error {
	for i := range dst.f {
		dst.f[i] = v
	}
	return nil
}

func trans(t bool) blas.Transpose {
	if t {
		return blas.Trans
	}
	return blas.NoTrans
}

func (c *cpuOps) gemm(g *GEMM, s gemmShape) error {
	impl := gonum.Implementation{}
	a, b, cm := g.A.f, g.B.f, g.C.f
	for i := 0; i < s.batch; i++ {
		ai, bi, ci := a[i*s.sa:], b[i*s.sb:], cm[i*s.sc:]
		switch {
		case g.K == 0 || g.Alpha == 0:
			// gonum returns early for beta == 1 and scales otherwise;
			// spell it out so beta == 0 clears C even holding NaNs.
			scaleMatrix(ci, g.M, g.N, s.ldc, g.Beta)
		case c.deterministic:
			c.detGemm(g, ai, s.lda, bi, s.ldb, ci, s.ldc)
		default:
			c.sgemm(impl, g.TransA, g.TransB, g, ai, s.lda, bi, s.ldb, ci, s.ldc)
		}
	}
	return nil
}

// detGemm computes one matrix of a deterministic GEMM. Each element of C
// is
//
//	s = ((p₀ + p₁) + p₂) + … + p_{K−1},  p_k = float32(a_ik·b_kj)
//	c = float32(Alpha·s) + float32(Beta·c)   (the Alpha term is s when
//	                                          Alpha is 1; no Beta term
//	                                          when Beta is 0, so NaNs in
//	                                          C do not propagate)
//
// every operation rounded to float32, in this order, whatever the shape,
// the blocking or the number of goroutines: the blocking below only
// decides which elements are computed together, never the order of an
// element's sum. The operands are first packed as rows along k (A as M×K,
// B as N×K), so each element is a dot product of two contiguous rows, and
// a 2×4 tile of C keeps its 8 sums in registers while it walks k.
func (c *cpuOps) detGemm(g *GEMM, a []float32, lda int, b []float32, ldb int, cm []float32, ldc int) {
	m, n, k := g.M, g.N, g.K
	c.packA = packRows(c.packA, a, lda, m, k, g.TransA)
	c.packB = packRows(c.packB, b, ldb, n, k, !g.TransB)
	pa, pb := c.packA[:m*k], c.packB[:n*k]
	rows := func(i0, i1 int) {
		// Column blocks of B small enough to stay in cache while every
		// row tile of this range passes over them.
		jb := max(4, (32<<10)/(4*max(k, 1))&^3)
		for j0 := 0; j0 < n; j0 += jb {
			j1 := min(j0+jb, n)
			for i := i0; i < i1; i += 2 {
				if i+2 <= i1 {
					detTile2(g, pa, pb, cm, ldc, i, j0, j1, k)
				} else {
					for ii := i; ii < i1; ii++ {
						for j := j0; j < j1; j++ {
							detStore(g, cm, ii*ldc+j, detDot(pa[ii*k:(ii+1)*k], pb[j*k:(j+1)*k]))
						}
					}
				}
			}
		}
	}
	// Split rows over goroutines for large products; each element is
	// still computed by one goroutine in the order above.
	const flopsPerWorker = 1 << 21
	workers := min(runtime.GOMAXPROCS(0), (m+1)/2, max(1, 2*m*n*k/flopsPerWorker))
	if workers <= 1 {
		rows(0, m)
		return
	}
	per := ((m+workers-1)/workers + 1) &^ 1
	var wg sync.WaitGroup
	for i0 := 0; i0 < m; i0 += per {
		wg.Add(1)
		go func(i0 int) {
			defer wg.Done()
			rows(i0, min(i0+per, m))
		}(i0)
	}
	wg.Wait()
}

// packRows copies the rows×k matrix that x (leading dimension ld) holds,
// transposed (x stored k×rows) when trans is set, into dst as rows
// contiguous rows of k, growing dst when it is too short.
func packRows(dst, x []float32, ld, rows, k int, trans bool) []float32 {
	if cap(dst) < rows*k {
		dst = make([]float32, rows*k)
	}
	dst = dst[:rows*k]
	if !trans {
		for i := 0; i < rows; i++ {
			copy(dst[i*k:(i+1)*k], x[i*ld:i*ld+k])
		}
		return dst
	}
	for l := 0; l < k; l++ {
		for i, v := range x[l*ld : l*ld+rows] {
			dst[i*k+l] = v
		}
	}
	return dst
}

// detDot sums float32(x[l]·y[l]) for l in order (see detGemm).
func detDot(x, y []float32) float32 {
	y = y[:len(x)]
	var s float32
	for l, v := range x {
		s += float32(v * y[l])
	}
	return s
}

// detStore writes one element's sum s to cm[at] as detGemm says.
func detStore(g *GEMM, cm []float32, at int, s float32) {
	r := s
	if g.Alpha != 1 {
		r = float32(g.Alpha * s)
	}
	if g.Beta != 0 {
		r += float32(g.Beta * cm[at])
	}
	cm[at] = r
}

// detTile2 computes rows i and i+1 of C for columns j0..j1, four columns
// at a time: 8 sums, each over l in order, as detDot would. Two rows by
// four columns fit amd64's 15 vector registers with the operands (a 4×4
// tile spills and ran at half the speed).
func detTile2(g *GEMM, pa, pb, cm []float32, ldc, i, j0, j1, k int) {
	a0, a1 := pa[i*k:(i+1)*k], pa[(i+1)*k:(i+2)*k]
	j := j0
	for ; j+4 <= j1; j += 4 {
		b0, b1, b2, b3 := pb[j*k:(j+1)*k], pb[(j+1)*k:(j+2)*k], pb[(j+2)*k:(j+3)*k], pb[(j+3)*k:(j+4)*k]
		// Cut every row to a0's length so the compiler drops the bounds
		// checks in the loop.
		a1 := a1[:len(a0)]
		b0, b1, b2, b3 = b0[:len(a0)], b1[:len(a0)], b2[:len(a0)], b3[:len(a0)]
		var s00, s01, s02, s03, s10, s11, s12, s13 float32
		for l, x0 := range a0 {
			x1 := a1[l]
			y0, y1, y2, y3 := b0[l], b1[l], b2[l], b3[l]
			s00 += float32(x0 * y0)
			s10 += float32(x1 * y0)
			s01 += float32(x0 * y1)
			s11 += float32(x1 * y1)
			s02 += float32(x0 * y2)
			s12 += float32(x1 * y2)
			s03 += float32(x0 * y3)
			s13 += float32(x1 * y3)
		}
		r0, r1 := i*ldc+j, (i+1)*ldc+j
		detStore(g, cm, r0, s00)
		detStore(g, cm, r0+1, s01)
		detStore(g, cm, r0+2, s02)
		detStore(g, cm, r0+3, s03)
		detStore(g, cm, r1, s10)
		detStore(g, cm, r1+1, s11)
		detStore(g, cm, r1+2, s12)
		detStore(g, cm, r1+3, s13)
	}
	for ; j < j1; j++ {
		bj := pb[j*k : (j+1)*k]
		detStore(g, cm, i*ldc+j, detDot(a0, bj))
		detStore(g, cm, (i+1)*ldc+j, detDot(a1, bj))
	}
}

// sgemm calls gonum with slices cut to what the shape spans, since gonum
// checks lengths against the leading dimensions.
func (c *cpuOps) sgemm(impl gonum.Implementation, ta, tb bool, g *GEMM, a []float32, lda int, b []float32, ldb int, cm []float32, ldc int) {
	if g.Beta == 0 {
		// gonum multiplies C by beta, and 0·NaN is NaN: clear instead.
		scaleMatrix(cm, g.M, g.N, ldc, 0)
	}
	beta := g.Beta
	if beta == 0 {
		beta = 1 // C is zero now; add to it
	}
	ra, ca := g.M, g.K
	if ta {
		ra, ca = g.K, g.M
	}
	rb, cb := g.K, g.N
	if tb {
		rb, cb = g.N, g.K
	}
	impl.Sgemm(trans(ta), trans(tb), g.M, g.N, g.K, g.Alpha,
		a[:(ra-1)*lda+ca], lda, b[:(rb-1)*ldb+cb], ldb, beta, cm[:(g.M-1)*ldc+g.N], ldc)
}

// scaleMatrix sets the m×n matrix c (leading dimension ld) to beta·c; beta
// == 0 writes zeros without reading c.
func scaleMatrix(c []float32, m, n, ld int, beta float32) {
	for i := 0; i < m; i++ {
		row := c[i*ld : i*ld+n]
		for j := range row {
			if beta == 0 {
				row[j] = 0
			} else {
				row[j] *= beta
			}
		}
	}
}

// The element-wise ops below do exactly what the CUDA kernels do, in the
// same order. The float32(...) conversions round a product before it is
// added, which stops the Go compiler from fusing them into an FMA on
// arm64 (the spec allows fusion across an addition, not across an explicit
// conversion): that keeps these bit-identical to the kernels' f_* ops.

func (c *cpuOps) add(z, x, y *Buffer) error {
	zs, xs, ys := z.f, x.f[:len(z.f)], y.f[:len(z.f)]
	for i := range zs {
		zs[i] = xs[i] + ys[i]
	}
	return nil
}

func (c *cpuOps) mul(z, x, y *Buffer) error {
	zs, xs, ys := z.f, x.f[:len(z.f)], y.f[:len(z.f)]
	for i := range zs {
		zs[i] = xs[i] * ys[i]
	}
	return nil
}

func (c *cpuOps) scale(x *Buffer, alpha float32) error {
	for i := range x.f {
		x.f[i] *= alpha
	}
	return nil
}

func (c *cpuOps) axpy(y *Buffer, alpha float32, x *Buffer) error {
	ys, xs := y.f, x.f[:len(y.f)]
	for i := range ys {
		ys[i] = float32(alpha*xs[i]) + ys[i]
	}
	return nil
}

func (c *cpuOps) addBias(x, bias *Buffer, rows, cols int) error {
	for r := 0; r < rows; r++ {
		row := x.f[r*cols : (r+1)*cols]
		for j, b := range bias.f {
			row[j] += b
		}
	}
	return nil
}

func (c *cpuOps) colSum(dst, src *Buffer, rows, cols int) error {
	d := dst.f
	for j := range d {
		d[j] = 0
	}
	// Row by row for cache locality; each column still adds in row order,
	// as the kernel's one-thread-per-column loop does.
	for r := 0; r < rows; r++ {
		row := src.f[r*cols : (r+1)*cols]
		for j, v := range row {
			d[j] += v
		}
	}
	return nil
}

func (c *cpuOps) relu(y, x *Buffer) error {
	xs := x.f[:len(y.f)]
	for i, v := range xs {
		if v > 0 {
			y.f[i] = v
		} else {
			y.f[i] = 0
		}
	}
	return nil
}

func (c *cpuOps) reluBackward(dx, dy, x *Buffer) error {
	xs, dys := x.f[:len(dx.f)], dy.f[:len(dx.f)]
	for i, v := range xs {
		if v > 0 {
			dx.f[i] = dys[i]
		} else {
			dx.f[i] = 0
		}
	}
	return nil
}

// GELU's tanh form; computed in float64 and rounded once, with detmath's
// Tanh and every product that is added rounded (see cpuOps).
const (
	geluK0 = 0.7978845608028654 // √(2/π)
	geluK1 = 0.044715
)

func geluF64(x float64) float64 {
	return 0.5 * x * (1 + detmath.Tanh(geluK0*(x+float64(geluK1*x*x*x))))
}

func geluGradF64(x float64) float64 {
	t := detmath.Tanh(geluK0 * (x + float64(geluK1*x*x*x)))
	return float64(0.5*(1+t)) + float64(0.5*x*(1-float64(t*t))*geluK0*(1+float64(3*geluK1*x*x)))
}

func (c *cpuOps) gelu(y, x *Buffer) error {
	xs := x.f[:len(y.f)]
	for i, v := range xs {
		y.f[i] = float32(geluF64(float64(v)))
	}
	return nil
}

func (c *cpuOps) geluBackward(dx, dy, x *Buffer) error {
	xs, dys := x.f[:len(dx.f)], dy.f[:len(dx.f)]
	for i, v := range xs {
		dx.f[i] = float32(float64(dys[i]) * geluGradF64(float64(v)))
	}
	return nil
}

func expf(x float32) float32 { return float32(detmath.Exp(float64(x))) }

func (c *cpuOps) softmax(y, x *Buffer, rows, cols int, causal bool) error {
	for r := 0; r < rows; r++ {
		xr, yr := x.f[r*cols:(r+1)*cols], y.f[r*cols:(r+1)*cols]
		lim := cols
		if causal {
			lim = r%cols + 1
		}
		m := xr[0]
		for _, v := range xr[1:lim] {
			m = max(m, v)
		}
		var s float32
		for j := 0; j < lim; j++ {
			e := expf(xr[j] - m)
			yr[j] = e
			s += e
		}
		for j := 0; j < lim; j++ {
			yr[j] /= s
		}
		for j := lim; j < cols; j++ {
			yr[j] = 0
		}
	}
	return nil
}

func (c *cpuOps) softmaxBackward(dx, dy, y *Buffer, rows, cols int) error {
	for r := 0; r < rows; r++ {
		dyr, yr, dxr := dy.f[r*cols:(r+1)*cols], y.f[r*cols:(r+1)*cols], dx.f[r*cols:(r+1)*cols]
		var d float32
		for j, v := range dyr {
			d += float32(v * yr[j])
		}
		for j := range dxr {
			dxr[j] = yr[j] * (dyr[j] - d)
		}
	}
	return nil
}

// rowLogSumExp returns max(x) and log Σ exp(x − max).
func rowLogSumExp(xr []float32) (m, lse float32) {
	m = xr[0]
	for _, v := range xr[1:] {
		m = max(m, v)
	}
	var s float32
	for _, v := range xr {
		s += expf(v - m)
	}
	return m, float32(detmath.Log(float64(s)))
}

func (c *cpuOps) crossEntropy(loss, logits, labels *Buffer, rows, cols int) error {
	var bad error
	for r := 0; r < rows; r++ {
		lab := int(labels.i[r])
		switch {
		case lab < 0:
			loss.f[r] = 0
		case lab >= cols:
			loss.f[r] = 0
			bad = fmt.Errorf("CrossEntropy: %w: label %d in row %d ≥ %d classes", ErrIndex, lab, r, cols)
		default:
			xr := logits.f[r*cols : (r+1)*cols]
			m, lse := rowLogSumExp(xr)
			loss.f[r] = lse + m - xr[lab]
		}
	}
	return bad
}

func (c *cpuOps) crossEntropyBackward(dlogits, logits, labels *Buffer, rows, cols int, scale float32) error {
	var bad error
	for r := 0; r < rows; r++ {
		lab := int(labels.i[r])
		xr, dr := logits.f[r*cols:(r+1)*cols], dlogits.f[r*cols:(r+1)*cols]
		if lab < 0 || lab >= cols {
			if lab >= cols {
				bad = fmt.Errorf("CrossEntropyBackward: %w: label %d in row %d ≥ %d classes", ErrIndex, lab, r, cols)
			}
			clear(dr)
			continue
		}
		m := xr[0]
		for _, v := range xr[1:] {
			m = max(m, v)
		}
		var s float32
		for j, v := range xr {
			e := expf(v - m)
			dr[j] = e
			s += e
		}
		for j := range dr {
			p := dr[j] / s
			if j == lab {
				p -= 1
			}
			dr[j] = scale * p
		}
	}
	return bad
}

func (c *cpuOps) layerNorm(y, mean, rstd, x, gamma, beta *Buffer, rows, cols int, eps float32) error {
	n := float32(cols)
	for r := 0; r < rows; r++ {
		xr, yr := x.f[r*cols:(r+1)*cols], y.f[r*cols:(r+1)*cols]
		var s float32
		for _, v := range xr {
			s += v
		}
		mu := s / n
		var vs float32
		for _, v := range xr {
			d := v - mu
			vs += float32(d * d)
		}
		rs := 1 / float32(math.Sqrt(float64(vs/n+eps)))
		mean.f[r], rstd.f[r] = mu, rs
		for j, v := range xr {
			yr[j] = float32(float32((v-mu)*rs)*gamma.f[j]) + beta.f[j]
		}
	}
	return nil
}

func (c *cpuOps) layerNormBackward(dx, dgamma, dbeta, dy, x, mean, rstd, gamma *Buffer, rows, cols int) error {
	// Parameter gradients first: dx may share dy's memory.
	clear(dgamma.f)
	clear(dbeta.f)
	for r := 0; r < rows; r++ {
		xr, dyr := x.f[r*cols:(r+1)*cols], dy.f[r*cols:(r+1)*cols]
		mu, rs := mean.f[r], rstd.f[r]
		for j, d := range dyr {
			xh := float32((xr[j] - mu) * rs)
			dgamma.f[j] += float32(d * xh)
			dbeta.f[j] += d
		}
	}
	n := float32(cols)
	for r := 0; r < rows; r++ {
		xr, dyr, dxr := x.f[r*cols:(r+1)*cols], dy.f[r*cols:(r+1)*cols], dx.f[r*cols:(r+1)*cols]
		mu, rs := mean.f[r], rstd.f[r]
		var sg, sgx float32
		for j, d := range dyr {
			// Rounded, since the spec lets a compiler fuse a product
			// into a later statement's sum.
			g := float32(d * gamma.f[j])
			xh := float32((xr[j] - mu) * rs)
			sg += g
			sgx += float32(g * xh)
		}
		mg, mgx := sg/n, sgx/n
		for j, d := range dyr {
			g := float32(d * gamma.f[j])
			xh := float32((xr[j] - mu) * rs)
			dxr[j] = rs * (g - mg - float32(xh*mgx))
		}
	}
	return nil
}

// rmsNorm follows layerNorm's order of operations without the mean: a
// float32 sum of rounded squares in index order, one correctly rounded √.
func (c *cpuOps) rmsNorm(y, rstd, x, gamma *Buffer, rows, cols int, eps float32) error {
	n := float32(cols)
	for r := 0; r < rows; r++ {
		xr, yr := x.f[r*cols:(r+1)*cols], y.f[r*cols:(r+1)*cols]
		var ss float32
		for _, v := range xr {
			ss += float32(v * v)
		}
		rs := 1 / float32(math.Sqrt(float64(ss/n+eps)))
		rstd.f[r] = rs
		for j, v := range xr {
			yr[j] = float32(v*rs) * gamma.f[j]
		}
	}
	return nil
}

// rmsNormBackward: with x̂ = x·rstd and g = dy·gamma,
// dx = rstd·(g − x̂·mean(g·x̂)), dgamma = Σ_rows dy·x̂.
func (c *cpuOps) rmsNormBackward(dx, dgamma, dy, x, rstd, gamma *Buffer, rows, cols int) error {
	// Parameter gradient first: dx may share dy's memory.
	clear(dgamma.f)
	for r := 0; r < rows; r++ {
		xr, dyr := x.f[r*cols:(r+1)*cols], dy.f[r*cols:(r+1)*cols]
		rs := rstd.f[r]
		for j, d := range dyr {
			dgamma.f[j] += float32(d * float32(xr[j]*rs))
		}
	}
	n := float32(cols)
	for r := 0; r < rows; r++ {
		xr, dyr, dxr := x.f[r*cols:(r+1)*cols], dy.f[r*cols:(r+1)*cols], dx.f[r*cols:(r+1)*cols]
		rs := rstd.f[r]
		var sgx float32
		for j, d := range dyr {
			g := float32(d * gamma.f[j])
			sgx += float32(g * float32(xr[j]*rs))
		}
		mgx := sgx / n
		for j, d := range dyr {
			g := float32(d * gamma.f[j])
			xh := float32(xr[j] * rs)
			dxr[j] = rs * (g - float32(xh*mgx))
		}
	}
	return nil
}

// siluF64 is x·σ(x) = x/(1+e^(−x)) in float64 with detmath's exp, so
// every machine rounds it to the same float32.
func siluF64(x float64) float64 { return x / (1 + detmath.Exp(-x)) }

// siluGradF64 is σ(x)·(1 + x·(1 − σ(x))), each product rounded.
func siluGradF64(x float64) float64 {
	s := 1 / (1 + detmath.Exp(-x))
	return float64(s * (1 + float64(x*(1-s))))
}

func (c *cpuOps) silu(y, x *Buffer) error {
	xs := x.f[:len(y.f)]
	for i, v := range xs {
		y.f[i] = float32(siluF64(float64(v)))
	}
	return nil
}

func (c *cpuOps) siluBackward(dx, dy, x *Buffer) error {
	xs, dys := x.f[:len(dx.f)], dy.f[:len(dx.f)]
	for i, v := range xs {
		dx.f[i] = float32(float64(dys[i]) * siluGradF64(float64(v)))
	}
	return nil
}

func (c *cpuOps) embedding(out, table, ids *Buffer, n, dim, vocab int) error {
	var bad error
	for i, id := range ids.i[:n] {
		row := out.f[i*dim : (i+1)*dim]
		if id < 0 || int(id) >= vocab {
			bad = fmt.Errorf("Embedding: %w: id %d at %d, vocabulary %d", ErrIndex, id, i, vocab)
			clear(row)
			continue
		}
		copy(row, table.f[int(id)*dim:(int(id)+1)*dim])
	}
	return bad
}

func (c *cpuOps) embeddingBackward(dtable, dout, ids *Buffer, n, dim, vocab int) error {
	clear(dtable.f)
	var bad error
	for i, id := range ids.i[:n] {
		if id < 0 || int(id) >= vocab {
			bad = fmt.Errorf("EmbeddingBackward: %w: id %d at %d, vocabulary %d", ErrIndex, id, i, vocab)
			continue
		}
		dst := dtable.f[int(id)*dim : (int(id)+1)*dim]
		for j, v := range dout.f[i*dim : (i+1)*dim] {
			dst[j] += v
		}
	}
	return bad
}

func (c *cpuOps) sgd(p, g, v *Buffer, h SGDParams) error {
	ps, gs, vs := p.f, g.f[:len(p.f)], v.f[:len(p.f)]
	for i := range ps {
		gi := gs[i] + float32(h.WeightDecay*ps[i])
		vi := float32(h.Momentum*vs[i]) + gi
		vs[i] = vi
		ps[i] = ps[i] - float32(h.LR*vi)
	}
	return nil
}

func (c *cpuOps) adamw(p, g, m, v *Buffer, s adamwScalars) error {
	ps, gs, ms, vs := p.f, g.f[:len(p.f)], m.f[:len(p.f)], v.f[:len(p.f)]
	for i := range ps {
		gi := gs[i]
		pi := float32(ps[i] * s.decay)
		mi := ms[i] + float32(s.w1*(gi-ms[i]))
		vi := float32(vs[i]*s.beta2) + float32(float32(s.w2*gi)*gi)
		den := float32(float32(math.Sqrt(float64(vi)))/s.bc2s) + s.eps
		ms[i], vs[i] = mi, vi
		ps[i] = pi - float32(s.step*float32(mi/den))
	}
	return nil
}

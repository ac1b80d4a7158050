package gpu

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// OpenCPU returns the CPU backend: pure Go, gonum's Sgemm for GEMM, every
// other op a plain loop in the same order as the CUDA kernels. It is also
// the in-memory twin that tests of code using a Backend run on.
func OpenCPU(p Params) (Backend, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return newEngine(&cpuOps{deterministic: p.Deterministic}, p.Deterministic), nil
}

// cpuOps implements ops in host memory.
//
// Reproducibility of gonum's Sgemm (v0.17.0, read from its source): it
// splits C into 64×64 blocks, each computed by one goroutine that walks k
// in order, so the result does not depend on GOMAXPROCS or scheduling; for
// A·B, Aᵀ·B and Aᵀ·Bᵀ each element is a sequence of axpy updates, whose
// rounding does not depend on memory alignment either. A·Bᵀ is different:
// it is a dot product, and gonum's SSE dot kernel peels elements until y
// is 16-byte aligned, so the summation order (and the last bits) depend on
// where the buffers happen to sit in memory. In deterministic mode cpuOps
// therefore transposes B into a scratch buffer and computes A·(Bᵀ) as an
// A·B product; otherwise it calls the dot path, which is faster for small
// inner dimensions.
type cpuOps struct {
	deterministic bool
	// scratch holds the transposed B of an A·Bᵀ product in deterministic
	// mode. It grows to the largest such B seen and is kept, so a training
	// loop does not allocate per step; it never exceeds the largest B
	// buffer the caller allocated.
	scratch []float32
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
func (c *cpuOps) close() error                               { c.scratch = nil; return nil }

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
		case !g.TransA && g.TransB && c.deterministic:
			// A·Bᵀ as A·(Bᵀ) with Bᵀ packed K×N: see cpuOps.
			bt := c.transposed(bi, g.N, g.K, s.ldb)
			c.sgemm(impl, false, false, g, ai, s.lda, bt, g.N, ci, s.ldc)
		default:
			c.sgemm(impl, g.TransA, g.TransB, g, ai, s.lda, bi, s.ldb, ci, s.ldc)
		}
	}
	return nil
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

// transposed returns the rows×cols matrix b (leading dimension ld)
// transposed into c.scratch, packed cols×rows.
func (c *cpuOps) transposed(b []float32, rows, cols, ld int) []float32 {
	n := rows * cols
	if cap(c.scratch) < n {
		c.scratch = make([]float32, n)
	}
	t := c.scratch[:n]
	for i := 0; i < rows; i++ {
		row := b[i*ld : i*ld+cols]
		for j, v := range row {
			t[j*rows+i] = v
		}
	}
	return t
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

// GELU's tanh form; computed in float64 and rounded once.
const (
	geluK0 = 0.7978845608028654 // √(2/π)
	geluK1 = 0.044715
)

func geluF64(x float64) float64 {
	return 0.5 * x * (1 + math.Tanh(geluK0*(x+geluK1*x*x*x)))
}

func geluGradF64(x float64) float64 {
	t := math.Tanh(geluK0 * (x + geluK1*x*x*x))
	return 0.5*(1+t) + 0.5*x*(1-t*t)*geluK0*(1+3*geluK1*x*x)
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

func expf(x float32) float32 { return float32(math.Exp(float64(x))) }

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
	return m, float32(math.Log(float64(s)))
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
			yr[j] = float32((v-mu)*rs)*gamma.f[j] + beta.f[j]
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
			xh := (xr[j] - mu) * rs
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
			g := d * gamma.f[j]
			xh := (xr[j] - mu) * rs
			sg += g
			sgx += float32(g * xh)
		}
		mg, mgx := sg/n, sgx/n
		for j, d := range dyr {
			g := d * gamma.f[j]
			xh := (xr[j] - mu) * rs
			dxr[j] = rs * (g - mg - float32(xh*mgx))
		}
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
		pi := ps[i] * s.decay
		mi := ms[i] + float32(s.w1*(gi-ms[i]))
		vi := float32(vs[i]*s.beta2) + float32(float32(s.w2*gi)*gi)
		den := float32(float32(math.Sqrt(float64(vi)))/s.bc2s) + s.eps
		ms[i], vs[i] = mi, vi
		ps[i] = pi - float32(s.step*float32(mi/den))
	}
	return nil
}

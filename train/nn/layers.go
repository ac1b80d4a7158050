package nn

import (
	"math"

	"github.com/trainmesh/trainmesh/gpu"
)

// param is one tensor's weights and gradient: views into the flat buffers.
type param struct{ w, g *gpu.Buffer }

// rows returns the first n·cols elements of a buffer sized for maxRows.
func rowsOf(b *gpu.Buffer, n, cols int) *gpu.Buffer { return b.View(0, n*cols) }

// linear is y = x·W + b with W stored in×out; without a bias tensor
// (b.w nil, as in Llama) it is y = x·W.
type linear struct {
	in, out int
	w, b    param
	y, dx   *gpu.Buffer // maxRows×out, maxRows×in
	x       *gpu.Buffer // the last forward's input, for the backward
}

func newLinear(o *ops, in, out, maxRows int, w, b param) *linear {
	return &linear{in: in, out: out, w: w, b: b, y: o.alloc(maxRows * out), dx: o.alloc(maxRows * in)}
}

func (l *linear) forward(o *ops, x *gpu.Buffer, rows int) *gpu.Buffer {
	l.x = x
	y := rowsOf(l.y, rows, l.out)
	o.matmul(y, x, l.w.w, false, false, rows, l.out, l.in)
	if l.b.w != nil {
		o.do("bias", func() error { return o.b.AddBias(y, l.b.w, rows, l.out) })
	}
	return y
}

// backward sets the gradients of W and b from dy and returns dx, unless
// needDx is false (the first layer of a model, whose input is data).
func (l *linear) backward(o *ops, dy *gpu.Buffer, rows int, needDx bool) *gpu.Buffer {
	o.matmul(l.w.g, l.x, dy, true, false, l.in, l.out, rows)
	if l.b.w != nil {
		o.do("bias grad", func() error { return o.b.ColSum(l.b.g, dy, rows, l.out) })
	}
	if !needDx {
		return nil
	}
	dx := rowsOf(l.dx, rows, l.in)
	o.matmul(dx, dy, l.w.w, false, true, rows, l.in, l.out)
	return dx
}

// activation is ReLU or GELU, element-wise.
type activation struct {
	gelu  bool
	width int
	y, dx *gpu.Buffer
	x     *gpu.Buffer
}

func newActivation(o *ops, gelu bool, width, maxRows int) *activation {
	return &activation{gelu: gelu, width: width, y: o.alloc(maxRows * width), dx: o.alloc(maxRows * width)}
}

func (a *activation) forward(o *ops, x *gpu.Buffer, rows int) *gpu.Buffer {
	a.x = x
	y := rowsOf(a.y, rows, a.width)
	if a.gelu {
		o.do("gelu", func() error { return o.b.GELU(y, x) })
	} else {
		o.do("relu", func() error { return o.b.ReLU(y, x) })
	}
	return y
}

func (a *activation) backward(o *ops, dy *gpu.Buffer, rows int) *gpu.Buffer {
	dx := rowsOf(a.dx, rows, a.width)
	if a.gelu {
		o.do("gelu backward", func() error { return o.b.GELUBackward(dx, dy, a.x) })
	} else {
		o.do("relu backward", func() error { return o.b.ReLUBackward(dx, dy, a.x) })
	}
	return dx
}

// layerNormEps is GPT-2's (and PyTorch's default) 1e-5.
const layerNormEps = 1e-5

type layerNorm struct {
	width           int
	g, b            param
	y, dx           *gpu.Buffer // maxRows×width
	mean, rstd      *gpu.Buffer // maxRows
	x               *gpu.Buffer
	meanRows, rRows *gpu.Buffer
}

func newLayerNorm(o *ops, width, maxRows int, g, b param) *layerNorm {
	return &layerNorm{width: width, g: g, b: b, y: o.alloc(maxRows * width), dx: o.alloc(maxRows * width),
		mean: o.alloc(maxRows), rstd: o.alloc(maxRows)}
}

func (l *layerNorm) forward(o *ops, x *gpu.Buffer, rows int) *gpu.Buffer {
	l.x = x
	y := rowsOf(l.y, rows, l.width)
	l.meanRows, l.rRows = l.mean.View(0, rows), l.rstd.View(0, rows)
	o.do("layernorm", func() error {
		return o.b.LayerNorm(y, l.meanRows, l.rRows, x, l.g.w, l.b.w, rows, l.width, layerNormEps)
	})
	return y
}

func (l *layerNorm) backward(o *ops, dy *gpu.Buffer, rows int) *gpu.Buffer {
	dx := rowsOf(l.dx, rows, l.width)
	o.do("layernorm backward", func() error {
		return o.b.LayerNormBackward(dx, l.g.g, l.b.g, dy, l.x, l.meanRows, l.rRows, l.g.w, rows, l.width)
	})
	return dx
}

// attention is causal multi-head self-attention over a fused QKV input:
// each row of qkv (seqs·T rows) is [Q | K | V], each C = H·D wide, the H
// heads side by side. It has no parameters (the QKV and output projections
// are linear layers around it) and uses the strided batched-GEMM layout of
// gpu.GEMM's documentation, one call per sequence for all heads.
type attention struct {
	t, c, heads, d int
	alpha          float32     // 1/√D
	p              *gpu.Buffer // softmax probabilities, maxSeqs·H·T·T
	s              *gpu.Buffer // scores, then their gradient
	dp             *gpu.Buffer // gradient of p
	y, dqkv        *gpu.Buffer // maxSeqs·T×C, maxSeqs·T×3C
	qkv            *gpu.Buffer
}

func newAttention(o *ops, t, c, heads, maxSeqs int) *attention {
	d := c / heads
	blocks := maxSeqs * heads * t * t
	return &attention{t: t, c: c, heads: heads, d: d, alpha: float32(1 / math.Sqrt(float64(d))),
		p: o.alloc(blocks), s: o.alloc(blocks), dp: o.alloc(blocks),
		y: o.alloc(maxSeqs * t * c), dqkv: o.alloc(maxSeqs * t * 3 * c)}
}

// part returns the view of Q (which 0), K (1) or V (2) of sequence seq in
// a T×3C buffer: from the first row's part to the end of the sequence.
func (a *attention) part(buf *gpu.Buffer, seq, which int) *gpu.Buffer {
	off := seq*a.t*3*a.c + which*a.c
	return buf.View(off, a.t*3*a.c-which*a.c)
}

// block returns sequence seq's H stacked T×T blocks.
func (a *attention) block(buf *gpu.Buffer, seq int) *gpu.Buffer {
	n := a.heads * a.t * a.t
	return buf.View(seq*n, n)
}

func (a *attention) forward(o *ops, qkv *gpu.Buffer, seqs int) *gpu.Buffer {
	a.qkv = qkv
	t, c, h, d := a.t, a.c, a.heads, a.d
	ld := 3 * c
	for s := 0; s < seqs; s++ {
		// S = Q·Kᵀ/√D per head.
		o.gemm(gpu.GEMM{TransB: true, M: t, N: t, K: d, Alpha: a.alpha, Batch: h,
			A: a.part(qkv, s, 0), LDA: ld, StrideA: d,
			B: a.part(qkv, s, 1), LDB: ld, StrideB: d,
			C: a.block(a.s, s), StrideC: t * t})
	}
	rows := seqs * h * t
	p, sc := a.p.View(0, rows*t), a.s.View(0, rows*t)
	o.do("softmax", func() error { return o.b.Softmax(p, sc, rows, t, true) })
	y := rowsOf(a.y, seqs*t, c)
	for s := 0; s < seqs; s++ {
		// O = P·V per head, written into the heads' columns of y.
		o.gemm(gpu.GEMM{M: t, N: d, K: t, Alpha: 1, Batch: h,
			A: a.block(a.p, s), StrideA: t * t,
			B: a.part(qkv, s, 2), LDB: ld, StrideB: d,
			C: y.View(s*t*c, t*c), LDC: c, StrideC: d})
	}
	return y
}

func (a *attention) backward(o *ops, dy *gpu.Buffer, seqs int) *gpu.Buffer {
	t, c, h, d := a.t, a.c, a.heads, a.d
	ld := 3 * c
	dqkv := rowsOf(a.dqkv, seqs*t, 3*c)
	for s := 0; s < seqs; s++ {
		dys := dy.View(s*t*c, t*c)
		// dP = dO·Vᵀ
		o.gemm(gpu.GEMM{TransB: true, M: t, N: t, K: d, Alpha: 1, Batch: h,
			A: dys, LDA: c, StrideA: d,
			B: a.part(a.qkv, s, 2), LDB: ld, StrideB: d,
			C: a.block(a.dp, s), StrideC: t * t})
		// dV = Pᵀ·dO
		o.gemm(gpu.GEMM{TransA: true, M: t, N: d, K: t, Alpha: 1, Batch: h,
			A: a.block(a.p, s), StrideA: t * t,
			B: dys, LDB: c, StrideB: d,
			C: a.part(dqkv, s, 2), LDC: ld, StrideC: d})
	}
	rows := seqs * h * t
	ds, dp, p := a.s.View(0, rows*t), a.dp.View(0, rows*t), a.p.View(0, rows*t)
	// Masked entries have p = 0, so their gradient is 0 as well.
	o.do("softmax backward", func() error { return o.b.SoftmaxBackward(ds, dp, p, rows, t) })
	for s := 0; s < seqs; s++ {
		// dQ = dS·K/√D, dK = dSᵀ·Q/√D
		o.gemm(gpu.GEMM{M: t, N: d, K: t, Alpha: a.alpha, Batch: h,
			A: a.block(a.s, s), StrideA: t * t,
			B: a.part(a.qkv, s, 1), LDB: ld, StrideB: d,
			C: a.part(dqkv, s, 0), LDC: ld, StrideC: d})
		o.gemm(gpu.GEMM{TransA: true, M: t, N: d, K: t, Alpha: a.alpha, Batch: h,
			A: a.block(a.s, s), StrideA: t * t,
			B: a.part(a.qkv, s, 0), LDB: ld, StrideB: d,
			C: a.part(dqkv, s, 1), LDC: ld, StrideC: d})
	}
	return dqkv
}

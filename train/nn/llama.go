package nn

import (
	"fmt"
	"math"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/gpu/detmath"
)

// LlamaSpec is a Llama-style decoder-only language model: token
// embeddings, pre-norm blocks of RMSNorm → causal self-attention with
// rotary position embeddings (RoPE, the Hugging Face "rotate half"
// convention) and optional grouped-query attention → RMSNorm → SwiGLU MLP,
// a final RMSNorm and a linear head without bias, optionally tied to the
// token embeddings. No linear layer has a bias.
type LlamaSpec struct {
	Vocab   int `json:"vocab"`   // token ids are in [0, Vocab)
	Context int `json:"context"` // sequence length T
	Dim     int `json:"dim"`     // model width C = Heads·D, D even
	Heads   int `json:"heads"`   // query heads H
	// KVHeads is the number of key/value heads, dividing Heads: grouped-
	// query attention when fewer than Heads. 0 means Heads.
	KVHeads int `json:"kv_heads,omitempty"`
	Layers  int `json:"layers"` // blocks
	// Hidden is the SwiGLU width F; 0 means Llama's rule, 8·Dim/3 rounded
	// up to a multiple of 16.
	Hidden int `json:"hidden,omitempty"`
	// RopeTheta is RoPE's base; 0 means 10000.
	RopeTheta int `json:"rope_theta,omitempty"`
	// NormEps is RMSNorm's epsilon; 0 means 1e-5.
	NormEps float64 `json:"norm_eps,omitempty"`
	// TiedEmbeddings makes the head the transpose of the token embedding
	// table (no lm_head tensor).
	TiedEmbeddings bool `json:"tied_embeddings,omitempty"`
}

// NewLlama returns the spec of a Llama-style language model.
func NewLlama(l LlamaSpec) Spec { return Spec{Kind: KindLlama, Llama: &l} }

func (l LlamaSpec) kvHeads() int {
	if l.KVHeads == 0 {
		return l.Heads
	}
	return l.KVHeads
}

func (l LlamaSpec) hidden() int {
	if l.Hidden != 0 {
		return l.Hidden
	}
	return (8*l.Dim/3 + 15) / 16 * 16
}

func (l LlamaSpec) theta() float64 {
	if l.RopeTheta == 0 {
		return 10000
	}
	return float64(l.RopeTheta)
}

func (l LlamaSpec) eps() float32 {
	if l.NormEps == 0 {
		return 1e-5
	}
	return float32(l.NormEps)
}

func (l LlamaSpec) headDim() int { return l.Dim / l.Heads }

func (l *LlamaSpec) validate(width func(string, int, int) error) error {
	if err := width("vocab", l.Vocab, 2); err != nil {
		return err
	}
	if l.Context < 1 || l.Context > contextMax {
		return fmt.Errorf("%w: context %d, want 1 to %d", ErrSpec, l.Context, contextMax)
	}
	if err := width("dim", l.Dim, 2); err != nil {
		return err
	}
	if l.Heads < 1 || l.Dim%l.Heads != 0 || (l.Dim/l.Heads)%2 != 0 {
		return fmt.Errorf("%w: %d heads must divide dim %d into even head widths (RoPE rotates pairs)", ErrSpec, l.Heads, l.Dim)
	}
	if l.KVHeads < 0 || (l.KVHeads > 0 && l.Heads%l.KVHeads != 0) {
		return fmt.Errorf("%w: %d kv heads do not divide %d heads", ErrSpec, l.KVHeads, l.Heads)
	}
	if l.Layers < 1 || l.Layers > layersMax {
		return fmt.Errorf("%w: %d layers, want 1 to %d", ErrSpec, l.Layers, layersMax)
	}
	if l.Hidden != 0 {
		if err := width("hidden", l.Hidden, 1); err != nil {
			return err
		}
	}
	if l.RopeTheta < 0 || l.RopeTheta == 1 || l.RopeTheta > 1e9 {
		return fmt.Errorf("%w: rope theta %d, want 0 (10000) or 2 to 1e9", ErrSpec, l.RopeTheta)
	}
	if !(l.NormEps >= 0 && l.NormEps <= 0.1) {
		return fmt.Errorf("%w: norm eps %g, want 0 (1e-5) to 0.1", ErrSpec, l.NormEps)
	}
	return nil
}

// layout: GPT-2's initialisation as the transformer's (uniform with the
// standard deviation of N(0, 0.02), residual projections scaled by
// 1/√(2·layers)); RMSNorm gains start at one and are not decayed.
func (l *LlamaSpec) layout(b *layoutBuilder) {
	c, f := l.Dim, l.hidden()
	kv := l.kvHeads() * l.headDim()
	std := 0.02 * math.Sqrt(3)
	resid := float32(std / math.Sqrt(2*float64(l.Layers)))
	b.add("tok.emb", l.Vocab*c, InitUniform, float32(std), true)
	for i := 0; i < l.Layers; i++ {
		p := fmt.Sprintf("layer%d.", i)
		b.add(p+"attn_norm.g", c, InitOnes, 0, false)
		b.add(p+"q.w", c*c, InitUniform, float32(std), true)
		b.add(p+"k.w", c*kv, InitUniform, float32(std), true)
		b.add(p+"v.w", c*kv, InitUniform, float32(std), true)
		b.add(p+"o.w", c*c, InitUniform, resid, true)
		b.add(p+"mlp_norm.g", c, InitOnes, 0, false)
		b.add(p+"gate.w", c*f, InitUniform, float32(std), true)
		b.add(p+"up.w", c*f, InitUniform, float32(std), true)
		b.add(p+"down.w", f*c, InitUniform, resid, true)
	}
	b.add("norm.g", c, InitOnes, 0, false)
	if !l.TiedEmbeddings {
		b.add("head.w", c*l.Vocab, InitUniform, float32(std), true)
	}
}

// llama is the network of kind "llama".
type llama struct {
	s                      *LlamaSpec
	tokens, labels         *gpu.Buffer // int32, maxSeqs·T
	tokensRows, labelsRows *gpu.Buffer
	emb                    param
	x                      *gpu.Buffer // maxSeqs·T×C, the embeddings
	layers                 []*llamaLayer
	norm                   *rmsNorm
	head                   *linear // nil when tied
	// Tied head: logits (maxSeqs·T×V), its input's gradient, and the
	// embedding's scatter-add gradient before it joins the head's.
	logits, dxHead, dEmb *gpu.Buffer
	xHead                *gpu.Buffer
	loss, dl             *gpu.Buffer
}

type llamaLayer struct {
	c, t              int
	attnNorm, mlpNorm *rmsNorm
	q, k, v, o        *linear
	ropeQ, ropeK      *rotary
	attn              *gqa
	gate, up, down    *linear
	act, prod         *gpu.Buffer // maxSeqs·T×F: SiLU(gate), SiLU(gate)·up
	dAct, dUp, dGate  *gpu.Buffer // maxSeqs·T×F
	gatePre, upOut    *gpu.Buffer // the last forward's gate and up outputs
	h, out            *gpu.Buffer // maxSeqs·T×C
	dm, dh, da, dx    *gpu.Buffer // maxSeqs·T×C
}

func newLlama(o *ops, s *LlamaSpec, maxSeqs int, ps map[string]param) *llama {
	t, c, f, d := s.Context, s.Dim, s.hidden(), s.headDim()
	kvh := s.kvHeads()
	rows := maxSeqs * t
	n := &llama{s: s,
		tokens: o.allocInt32(rows), labels: o.allocInt32(rows),
		emb: ps["tok.emb"], x: o.alloc(rows * c),
		loss: o.alloc(rows), dl: o.alloc(rows * s.Vocab),
	}
	tabQ := newRopeTables(o, s, s.Heads, rows)
	tabK := tabQ
	if kvh != s.Heads {
		tabK = newRopeTables(o, s, kvh, rows)
	}
	for i := 0; i < s.Layers; i++ {
		p := fmt.Sprintf("layer%d.", i)
		none := param{}
		n.layers = append(n.layers, &llamaLayer{c: c, t: t,
			attnNorm: newRMSNorm(o, c, rows, s.eps(), ps[p+"attn_norm.g"]),
			q:        newLinear(o, c, c, rows, ps[p+"q.w"], none),
			k:        newLinear(o, c, kvh*d, rows, ps[p+"k.w"], none),
			v:        newLinear(o, c, kvh*d, rows, ps[p+"v.w"], none),
			ropeQ:    newRotary(o, tabQ, rows),
			ropeK:    newRotary(o, tabK, rows),
			attn:     newGQA(o, t, s.Heads, kvh, d, maxSeqs),
			o:        newLinear(o, c, c, rows, ps[p+"o.w"], none),
			mlpNorm:  newRMSNorm(o, c, rows, s.eps(), ps[p+"mlp_norm.g"]),
			gate:     newLinear(o, c, f, rows, ps[p+"gate.w"], none),
			up:       newLinear(o, c, f, rows, ps[p+"up.w"], none),
			down:     newLinear(o, f, c, rows, ps[p+"down.w"], none),
			act:      o.alloc(rows * f), prod: o.alloc(rows * f),
			dAct: o.alloc(rows * f), dUp: o.alloc(rows * f), dGate: o.alloc(rows * f),
			h: o.alloc(rows * c), out: o.alloc(rows * c),
			dm: o.alloc(rows * c), dh: o.alloc(rows * c), da: o.alloc(rows * c), dx: o.alloc(rows * c),
		})
	}
	n.norm = newRMSNorm(o, c, rows, s.eps(), ps["norm.g"])
	if s.TiedEmbeddings {
		n.logits, n.dxHead, n.dEmb = o.alloc(rows*s.Vocab), o.alloc(rows*c), o.alloc(s.Vocab*c)
	} else {
		n.head = newLinear(o, c, s.Vocab, rows, ps["head.w"], param{})
	}
	return n
}

func (n *llama) lossBuffers() (*gpu.Buffer, *gpu.Buffer) { return n.loss, n.dl }

func (n *llama) upload(o *ops, b Batch) error {
	var err error
	n.tokensRows, n.labelsRows, err = uploadTokens(o, b, n.s.Context, n.s.Vocab, n.tokens, n.labels)
	return err
}

func (n *llama) forward(o *ops, seqs int) (*gpu.Buffer, *gpu.Buffer, int, int) {
	c, rows, v := n.s.Dim, seqs*n.s.Context, n.s.Vocab
	x := rowsOf(n.x, rows, c)
	o.do("embedding", func() error { return o.b.Embedding(x, n.emb.w, n.tokensRows, c) })
	for _, l := range n.layers {
		x = l.forward(o, x, seqs)
	}
	x = n.norm.forward(o, x, rows)
	if n.head != nil {
		return n.head.forward(o, x, rows), n.labelsRows, rows, v
	}
	n.xHead = x
	logits := rowsOf(n.logits, rows, v)
	o.matmul(logits, x, n.emb.w, false, true, rows, v, c) // x·Eᵀ
	return logits, n.labelsRows, rows, v
}

func (n *llama) backward(o *ops, d *gpu.Buffer, seqs int) {
	c, rows, v := n.s.Dim, seqs*n.s.Context, n.s.Vocab
	if n.head != nil {
		d = n.head.backward(o, d, rows, true)
	} else {
		// dE = dlogitsᵀ·x now; the embedding's own gradient is added at
		// the end, in a fixed order.
		o.matmul(n.emb.g, d, n.xHead, true, false, v, c, rows)
		dx := rowsOf(n.dxHead, rows, c)
		o.matmul(dx, d, n.emb.w, false, false, rows, c, v)
		d = dx
	}
	d = n.norm.backward(o, d, rows)
	for i := len(n.layers) - 1; i >= 0; i-- {
		d = n.layers[i].backward(o, d, seqs)
	}
	if n.head != nil {
		o.do("embedding backward", func() error { return o.b.EmbeddingBackward(n.emb.g, d, n.tokensRows, c) })
		return
	}
	o.do("embedding backward", func() error { return o.b.EmbeddingBackward(n.dEmb, d, n.tokensRows, c) })
	o.do("tied gradient", func() error { return o.b.Add(n.emb.g, n.emb.g, n.dEmb) })
}

// forward computes h = x + o(attn(rope(q(a)), rope(k(a)), v(a))) with
// a = attn_norm(x), and out = h + down(SiLU(gate(m))·up(m)) with
// m = mlp_norm(h).
func (l *llamaLayer) forward(o *ops, x *gpu.Buffer, seqs int) *gpu.Buffer {
	rows := seqs * l.t
	a := l.attnNorm.forward(o, x, rows)
	q := l.ropeQ.forward(o, l.q.forward(o, a, rows), rows)
	k := l.ropeK.forward(o, l.k.forward(o, a, rows), rows)
	v := l.v.forward(o, a, rows)
	y := l.attn.forward(o, q, k, v, seqs)
	y = l.o.forward(o, y, rows)
	h := rowsOf(l.h, rows, l.c)
	o.do("residual", func() error { return o.b.Add(h, x, y) })

	m := l.mlpNorm.forward(o, h, rows)
	f := l.gate.out
	l.gatePre = l.gate.forward(o, m, rows)
	l.upOut = l.up.forward(o, m, rows)
	act, prod := rowsOf(l.act, rows, f), rowsOf(l.prod, rows, f)
	o.do("silu", func() error { return o.b.SiLU(act, l.gatePre) })
	o.do("swiglu", func() error { return o.b.Mul(prod, act, l.upOut) })
	y = l.down.forward(o, prod, rows)
	out := rowsOf(l.out, rows, l.c)
	o.do("residual", func() error { return o.b.Add(out, h, y) })
	return out
}

func (l *llamaLayer) backward(o *ops, dout *gpu.Buffer, seqs int) *gpu.Buffer {
	rows, c, f := seqs*l.t, l.c, l.gate.out
	dp := l.down.backward(o, dout, rows, true)
	act := rowsOf(l.act, rows, f)
	dAct, dUp, dGate := rowsOf(l.dAct, rows, f), rowsOf(l.dUp, rows, f), rowsOf(l.dGate, rows, f)
	o.do("swiglu backward", func() error { return o.b.Mul(dUp, dp, act) })
	o.do("swiglu backward", func() error { return o.b.Mul(dAct, dp, l.upOut) })
	o.do("silu backward", func() error { return o.b.SiLUBackward(dGate, dAct, l.gatePre) })
	dm := rowsOf(l.dm, rows, c)
	dg := l.gate.backward(o, dGate, rows, true)
	du := l.up.backward(o, dUp, rows, true)
	o.do("add", func() error { return o.b.Add(dm, dg, du) })
	d := l.mlpNorm.backward(o, dm, rows)
	dh := rowsOf(l.dh, rows, c)
	o.do("residual", func() error { return o.b.Add(dh, dout, d) })

	d = l.o.backward(o, dh, rows, true)
	dq, dk, dv := l.attn.backward(o, d, seqs)
	dq = l.ropeQ.backward(o, dq, rows)
	dk = l.ropeK.backward(o, dk, rows)
	da := rowsOf(l.da, rows, c)
	d = l.q.backward(o, dq, rows, true)
	o.do("add", func() error { return o.b.Copy(da, d) })
	d = l.k.backward(o, dk, rows, true)
	o.do("add", func() error { return o.b.Add(da, da, d) })
	d = l.v.backward(o, dv, rows, true)
	o.do("add", func() error { return o.b.Add(da, da, d) })
	d = l.attnNorm.backward(o, da, rows)
	dx := rowsOf(l.dx, rows, c)
	o.do("residual", func() error { return o.b.Add(dx, dh, d) })
	return dx
}

// rmsNorm is y = x·rstd·g per row.
type rmsNorm struct {
	width    int
	eps      float32
	g        param
	y, dx    *gpu.Buffer // maxRows×width
	rstd     *gpu.Buffer // maxRows
	x, rRows *gpu.Buffer
}

func newRMSNorm(o *ops, width, maxRows int, eps float32, g param) *rmsNorm {
	return &rmsNorm{width: width, eps: eps, g: g, y: o.alloc(maxRows * width), dx: o.alloc(maxRows * width), rstd: o.alloc(maxRows)}
}

func (l *rmsNorm) forward(o *ops, x *gpu.Buffer, rows int) *gpu.Buffer {
	l.x = x
	y := rowsOf(l.y, rows, l.width)
	l.rRows = l.rstd.View(0, rows)
	o.do("rmsnorm", func() error { return o.b.RMSNorm(y, l.rRows, x, l.g.w, rows, l.width, l.eps) })
	return y
}

func (l *rmsNorm) backward(o *ops, dy *gpu.Buffer, rows int) *gpu.Buffer {
	dx := rowsOf(l.dx, rows, l.width)
	o.do("rmsnorm backward", func() error {
		return o.b.RMSNormBackward(dx, l.g.g, dy, l.x, l.rRows, l.g.w, rows, l.width)
	})
	return dx
}

// ropeTables hold RoPE's cos and sin for every row of a batch of rows of
// heads·D (row r is position r mod T), and the D×D matrix R with
// x·R = rotate_half(x) = [−x₂, x₁] for each head's halves x₁, x₂.
//
// The tables are computed on the host in float64 with gpu/detmath's exp,
// log and cos, every product rounded (no fused multiply-add), then rounded
// once to float32: the same bits on every machine. RoPE itself is then
// y = x·cos + (x·R)·sin with the backend's Mul, Add and GEMM; the GEMM
// with R is exact (one ±1 product per element, the rest zeros) in
// reproducible mode. In fast mode on a GPU, cuBLAS with TF32 would round
// x to TF32 in that GEMM: a benchmark-only precision loss.
type ropeTables struct {
	heads, d, width int
	cos, sin, r     *gpu.Buffer
}

func newRopeTables(o *ops, s *LlamaSpec, heads, rows int) *ropeTables {
	d, t := s.headDim(), s.Context
	w := heads * d
	tab := &ropeTables{heads: heads, d: d, width: w, cos: o.alloc(rows * w), sin: o.alloc(rows * w), r: o.alloc(d * d)}
	if o.err != nil {
		return tab
	}
	cosT, sinT := ropeCosSin(t, d, s.theta())
	cs, ss := make([]float32, rows*w), make([]float32, rows*w)
	for r := 0; r < rows; r++ {
		pos := r % t
		for h := 0; h < heads; h++ {
			copy(cs[r*w+h*d:], cosT[pos*d:(pos+1)*d])
			copy(ss[r*w+h*d:], sinT[pos*d:(pos+1)*d])
		}
	}
	rm := make([]float32, d*d)
	half := d / 2
	for j := 0; j < half; j++ {
		rm[(j+half)*d+j] = -1 // out[j] = −x[j+D/2]
		rm[j*d+j+half] = 1    // out[j+D/2] = x[j]
	}
	o.do("upload", func() error { return o.b.Upload(tab.cos, cs) })
	o.do("upload", func() error { return o.b.Upload(tab.sin, ss) })
	o.do("upload", func() error { return o.b.Upload(tab.r, rm) })
	return tab
}

// ropeCosSin returns cos and sin of positions 0…t−1 (t×d each), in the
// Hugging Face layout: angle(p, j) = p·θ^(−2(j mod d/2)/d).
func ropeCosSin(t, d int, theta float64) (cs, ss []float32) {
	half := d / 2
	lt := detmath.Log(theta)
	inv := make([]float64, half)
	for i := range inv {
		inv[i] = detmath.Exp(-float64(float64(2*i) / float64(d) * lt))
	}
	cs, ss = make([]float32, t*d), make([]float32, t*d)
	for p := 0; p < t; p++ {
		for j := 0; j < d; j++ {
			a := float64(float64(p) * inv[j%half])
			cs[p*d+j] = float32(detmath.Cos(a))
			ss[p*d+j] = float32(detmath.Cos(float64(math.Pi/2 - a)))
		}
	}
	return cs, ss
}

// rotary applies RoPE to a rows×(heads·D) buffer.
type rotary struct {
	tab        *ropeTables
	y, tmp, dx *gpu.Buffer
}

func newRotary(o *ops, tab *ropeTables, maxRows int) *rotary {
	n := maxRows * tab.width
	return &rotary{tab: tab, y: o.alloc(n), tmp: o.alloc(n), dx: o.alloc(n)}
}

func (r *rotary) forward(o *ops, x *gpu.Buffer, rows int) *gpu.Buffer {
	tb := r.tab
	n := rows * tb.width
	y, tmp, cs, sn := r.y.View(0, n), r.tmp.View(0, n), tb.cos.View(0, n), tb.sin.View(0, n)
	o.do("rope", func() error { return o.b.Mul(y, x, cs) })
	o.matmul(tmp, x, tb.r, false, false, rows*tb.heads, tb.d, tb.d)
	o.do("rope", func() error { return o.b.Mul(tmp, tmp, sn) })
	o.do("rope", func() error { return o.b.Add(y, y, tmp) })
	return y
}

// backward: dx = dy·cos + (dy·sin)·Rᵀ.
func (r *rotary) backward(o *ops, dy *gpu.Buffer, rows int) *gpu.Buffer {
	tb := r.tab
	n := rows * tb.width
	dx, tmp, cs, sn := r.dx.View(0, n), r.tmp.View(0, n), tb.cos.View(0, n), tb.sin.View(0, n)
	o.do("rope backward", func() error { return o.b.Mul(tmp, dy, sn) })
	o.matmul(dx, tmp, tb.r, false, true, rows*tb.heads, tb.d, tb.d)
	o.do("rope backward", func() error { return o.b.Mul(tmp, dy, cs) })
	o.do("rope backward", func() error { return o.b.Add(dx, dx, tmp) })
	return dx
}

// gqa is causal self-attention with H query heads sharing KV key/value
// heads in groups of G = H/KV (query head h reads kv head h/G), on
// separate Q (T×H·D), K and V (T×KV·D) buffers per sequence. As attention,
// it uses the strided batched GEMMs of gpu.GEMM: per sequence, one call
// per position i in a group, batching the KV heads (query heads i, G+i,
// 2G+i, … against kv heads 0, 1, 2, …). The scores S hold H stacked T×T
// blocks per sequence, head h at block h. The key and value gradients sum
// the G query heads of a group in order i = 0…G−1 (Beta = 1 after the
// first), a fixed order.
type gqa struct {
	t, heads, kv, d, g int
	alpha              float32
	p, s, dp           *gpu.Buffer // maxSeqs·H·T·T
	y, dq              *gpu.Buffer // maxSeqs·T×H·D
	dk, dv             *gpu.Buffer // maxSeqs·T×KV·D
	q, k, v            *gpu.Buffer
}

func newGQA(o *ops, t, heads, kv, d, maxSeqs int) *gqa {
	blocks := maxSeqs * heads * t * t
	return &gqa{t: t, heads: heads, kv: kv, d: d, g: heads / kv, alpha: float32(1 / math.Sqrt(float64(d))),
		p: o.alloc(blocks), s: o.alloc(blocks), dp: o.alloc(blocks),
		y: o.alloc(maxSeqs * t * heads * d), dq: o.alloc(maxSeqs * t * heads * d),
		dk: o.alloc(maxSeqs * t * kv * d), dv: o.alloc(maxSeqs * t * kv * d)}
}

// qh returns, of a T×H·D buffer, sequence seq from query head i onwards.
func (a *gqa) qh(buf *gpu.Buffer, seq, i int) *gpu.Buffer {
	w := a.heads * a.d
	return buf.View(seq*a.t*w+i*a.d, a.t*w-i*a.d)
}

// kvs returns sequence seq of a T×KV·D buffer.
func (a *gqa) kvs(buf *gpu.Buffer, seq int) *gpu.Buffer {
	w := a.kv * a.d
	return buf.View(seq*a.t*w, a.t*w)
}

// blocks returns sequence seq's score blocks from query head i onwards.
func (a *gqa) blocks(buf *gpu.Buffer, seq, i int) *gpu.Buffer {
	n := a.heads * a.t * a.t
	return buf.View(seq*n+i*a.t*a.t, n-i*a.t*a.t)
}

func (a *gqa) forward(o *ops, q, k, v *gpu.Buffer, seqs int) *gpu.Buffer {
	a.q, a.k, a.v = q, k, v
	t, d, g := a.t, a.d, a.g
	qw, kw, tt := a.heads*d, a.kv*d, t*t
	for s := 0; s < seqs; s++ {
		for i := 0; i < g; i++ {
			// S = Q·Kᵀ/√D
			o.gemm(gpu.GEMM{TransB: true, M: t, N: t, K: d, Alpha: a.alpha, Batch: a.kv,
				A: a.qh(q, s, i), LDA: qw, StrideA: g * d,
				B: a.kvs(k, s), LDB: kw, StrideB: d,
				C: a.blocks(a.s, s, i), StrideC: g * tt})
		}
	}
	rows := seqs * a.heads * t
	p, sc := a.p.View(0, rows*t), a.s.View(0, rows*t)
	o.do("softmax", func() error { return o.b.Softmax(p, sc, rows, t, true) })
	y := rowsOf(a.y, seqs*t, qw)
	for s := 0; s < seqs; s++ {
		for i := 0; i < g; i++ {
			// O = P·V
			o.gemm(gpu.GEMM{M: t, N: d, K: t, Alpha: 1, Batch: a.kv,
				A: a.blocks(a.p, s, i), StrideA: g * tt,
				B: a.kvs(v, s), LDB: kw, StrideB: d,
				C: a.qh(y, s, i), LDC: qw, StrideC: g * d})
		}
	}
	return y
}

func (a *gqa) backward(o *ops, dy *gpu.Buffer, seqs int) (dq, dk, dv *gpu.Buffer) {
	t, d, g := a.t, a.d, a.g
	qw, kw, tt := a.heads*d, a.kv*d, t*t
	dq, dk, dv = rowsOf(a.dq, seqs*t, qw), rowsOf(a.dk, seqs*t, kw), rowsOf(a.dv, seqs*t, kw)
	for s := 0; s < seqs; s++ {
		for i := 0; i < g; i++ {
			// dP = dO·Vᵀ
			o.gemm(gpu.GEMM{TransB: true, M: t, N: t, K: d, Alpha: 1, Batch: a.kv,
				A: a.qh(dy, s, i), LDA: qw, StrideA: g * d,
				B: a.kvs(a.v, s), LDB: kw, StrideB: d,
				C: a.blocks(a.dp, s, i), StrideC: g * tt})
			// dV += Pᵀ·dO
			o.gemm(gpu.GEMM{TransA: true, M: t, N: d, K: t, Alpha: 1, Beta: beta(i), Batch: a.kv,
				A: a.blocks(a.p, s, i), StrideA: g * tt,
				B: a.qh(dy, s, i), LDB: qw, StrideB: g * d,
				C: a.kvs(dv, s), LDC: kw, StrideC: d})
		}
	}
	rows := seqs * a.heads * t
	ds, dp, p := a.s.View(0, rows*t), a.dp.View(0, rows*t), a.p.View(0, rows*t)
	o.do("softmax backward", func() error { return o.b.SoftmaxBackward(ds, dp, p, rows, t) })
	for s := 0; s < seqs; s++ {
		for i := 0; i < g; i++ {
			// dQ = dS·K/√D
			o.gemm(gpu.GEMM{M: t, N: d, K: t, Alpha: a.alpha, Batch: a.kv,
				A: a.blocks(a.s, s, i), StrideA: g * tt,
				B: a.kvs(a.k, s), LDB: kw, StrideB: d,
				C: a.qh(dq, s, i), LDC: qw, StrideC: g * d})
			// dK += dSᵀ·Q/√D
			o.gemm(gpu.GEMM{TransA: true, M: t, N: d, K: t, Alpha: a.alpha, Beta: beta(i), Batch: a.kv,
				A: a.blocks(a.s, s, i), StrideA: g * tt,
				B: a.qh(a.q, s, i), LDB: qw, StrideB: g * d,
				C: a.kvs(dk, s), LDC: kw, StrideC: d})
		}
	}
	return dq, dk, dv
}

// beta is 0 for the first query head of a group (overwrite) and 1 after
// (accumulate).
func beta(i int) float32 {
	if i == 0 {
		return 0
	}
	return 1
}

package nn

import (
	"fmt"

	"github.com/trainmesh/trainmesh/gpu"
)

// transformer is a GPT-2-style decoder: token and position embeddings,
// pre-norm blocks, final layer norm, linear head over the vocabulary.
type transformer struct {
	s                      *TransformerSpec
	tokens, pos, labels    *gpu.Buffer // int32, maxSeqs·T
	tok, posEmb            param
	xTok, xPos, x          *gpu.Buffer // maxSeqs·T×C
	blocks                 []*block
	lnf                    *layerNorm
	head                   *linear
	loss, dl               *gpu.Buffer
	tokensRows, labelsRows *gpu.Buffer
}

type block struct {
	c, t                int
	ln1, ln2            *layerNorm
	qkv, proj, fc1, fc2 *linear
	attn                *attention
	gelu                *activation
	h, out, dh, dx      *gpu.Buffer // maxSeqs·T×C
}

func newTransformer(o *ops, s *TransformerSpec, maxSeqs int, ps map[string]param) *transformer {
	t, c, f := s.Context, s.Dim, s.mlpWidth()
	rows := maxSeqs * t
	n := &transformer{s: s,
		tokens: o.allocInt32(rows), pos: o.allocInt32(rows), labels: o.allocInt32(rows),
		tok: ps["tok.emb"], posEmb: ps["pos.emb"],
		xTok: o.alloc(rows * c), xPos: o.alloc(rows * c), x: o.alloc(rows * c),
		loss: o.alloc(rows), dl: o.alloc(rows * s.Vocab),
	}
	for l := 0; l < s.Layers; l++ {
		p := fmt.Sprintf("block%d.", l)
		n.blocks = append(n.blocks, &block{c: c, t: t,
			ln1:  newLayerNorm(o, c, rows, ps[p+"ln1.g"], ps[p+"ln1.b"]),
			qkv:  newLinear(o, c, 3*c, rows, ps[p+"qkv.w"], ps[p+"qkv.b"]),
			attn: newAttention(o, t, c, s.Heads, maxSeqs),
			proj: newLinear(o, c, c, rows, ps[p+"proj.w"], ps[p+"proj.b"]),
			ln2:  newLayerNorm(o, c, rows, ps[p+"ln2.g"], ps[p+"ln2.b"]),
			fc1:  newLinear(o, c, f, rows, ps[p+"fc1.w"], ps[p+"fc1.b"]),
			gelu: newActivation(o, true, f, rows),
			fc2:  newLinear(o, f, c, rows, ps[p+"fc2.w"], ps[p+"fc2.b"]),
			h:    o.alloc(rows * c), out: o.alloc(rows * c), dh: o.alloc(rows * c), dx: o.alloc(rows * c),
		})
	}
	n.lnf = newLayerNorm(o, c, rows, ps["lnf.g"], ps["lnf.b"])
	n.head = newLinear(o, c, s.Vocab, rows, ps["head.w"], ps["head.b"])
	if o.err == nil {
		ids := make([]int32, rows)
		for i := range ids {
			ids[i] = int32(i % t)
		}
		o.do("upload", func() error { return o.b.UploadInt32(n.pos, ids) })
	}
	return n
}

func (n *transformer) lossBuffers() (*gpu.Buffer, *gpu.Buffer) { return n.loss, n.dl }

func (n *transformer) upload(o *ops, b Batch) error {
	var err error
	n.tokensRows, n.labelsRows, err = uploadTokens(o, b, n.s.Context, n.s.Vocab, n.tokens, n.labels)
	return err
}

// uploadTokens checks a language model's batch (b.Rows sequences of
// context tokens and next-token labels, all within the vocabulary) and
// uploads it into the first rows of tokens and labels, returning those
// views. Both language models (transformer, llama) take their batches so.
func uploadTokens(o *ops, b Batch, context, vocab int, tokens, labels *gpu.Buffer) (*gpu.Buffer, *gpu.Buffer, error) {
	rows := b.Rows * context
	if len(b.Tokens) != rows || len(b.Labels) != rows {
		return nil, nil, fmt.Errorf("%w: %d sequences of %d need %d tokens and labels, got %d and %d",
			ErrBatch, b.Rows, context, rows, len(b.Tokens), len(b.Labels))
	}
	for i, id := range b.Tokens {
		if id < 0 || int(id) >= vocab || int(b.Labels[i]) >= vocab {
			return nil, nil, fmt.Errorf("%w: token %d or target %d outside the vocabulary of %d", ErrBatch, id, b.Labels[i], vocab)
		}
	}
	tokensRows, labelsRows := tokens.View(0, rows), labels.View(0, rows)
	o.do("upload", func() error { return o.b.UploadInt32(tokensRows, b.Tokens) })
	o.do("upload", func() error { return o.b.UploadInt32(labelsRows, b.Labels) })
	return tokensRows, labelsRows, o.err
}

func (n *transformer) forward(o *ops, seqs int) (*gpu.Buffer, *gpu.Buffer, int, int) {
	c, rows := n.s.Dim, seqs*n.s.Context
	xt, xp, x := rowsOf(n.xTok, rows, c), rowsOf(n.xPos, rows, c), rowsOf(n.x, rows, c)
	o.do("embedding", func() error { return o.b.Embedding(xt, n.tok.w, n.tokensRows, c) })
	o.do("embedding", func() error { return o.b.Embedding(xp, n.posEmb.w, n.pos.View(0, rows), c) })
	o.do("add", func() error { return o.b.Add(x, xt, xp) })
	for _, b := range n.blocks {
		x = b.forward(o, x, seqs)
	}
	x = n.lnf.forward(o, x, rows)
	return n.head.forward(o, x, rows), n.labelsRows, rows, n.s.Vocab
}

func (n *transformer) backward(o *ops, d *gpu.Buffer, seqs int) {
	c, rows := n.s.Dim, seqs*n.s.Context
	d = n.head.backward(o, d, rows, true)
	d = n.lnf.backward(o, d, rows)
	for i := len(n.blocks) - 1; i >= 0; i-- {
		d = n.blocks[i].backward(o, d, seqs)
	}
	o.do("embedding backward", func() error { return o.b.EmbeddingBackward(n.tok.g, d, n.tokensRows, c) })
	o.do("embedding backward", func() error { return o.b.EmbeddingBackward(n.posEmb.g, d, n.pos.View(0, rows), c) })
}

// forward computes h = x + proj(attn(qkv(ln1(x)))), out = h +
// fc2(gelu(fc1(ln2(h)))).
func (b *block) forward(o *ops, x *gpu.Buffer, seqs int) *gpu.Buffer {
	rows := seqs * b.t
	a := b.ln1.forward(o, x, rows)
	a = b.qkv.forward(o, a, rows)
	a = b.attn.forward(o, a, seqs)
	a = b.proj.forward(o, a, rows)
	h := rowsOf(b.h, rows, b.c)
	o.do("residual", func() error { return o.b.Add(h, x, a) })
	m := b.ln2.forward(o, h, rows)
	m = b.fc1.forward(o, m, rows)
	m = b.gelu.forward(o, m, rows)
	m = b.fc2.forward(o, m, rows)
	out := rowsOf(b.out, rows, b.c)
	o.do("residual", func() error { return o.b.Add(out, h, m) })
	return out
}

func (b *block) backward(o *ops, dout *gpu.Buffer, seqs int) *gpu.Buffer {
	rows := seqs * b.t
	d := b.fc2.backward(o, dout, rows, true)
	d = b.gelu.backward(o, d, rows)
	d = b.fc1.backward(o, d, rows, true)
	d = b.ln2.backward(o, d, rows)
	dh := rowsOf(b.dh, rows, b.c)
	o.do("residual", func() error { return o.b.Add(dh, dout, d) })
	d = b.proj.backward(o, dh, rows, true)
	d = b.attn.backward(o, d, seqs)
	d = b.qkv.backward(o, d, rows, true)
	d = b.ln1.backward(o, d, rows)
	dx := rowsOf(b.dx, rows, b.c)
	o.do("residual", func() error { return o.b.Add(dx, dh, d) })
	return dx
}

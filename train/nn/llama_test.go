package nn

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainmesh/trainmesh/gpu"
)

// TestLlamaLayerGradients checks the Llama-specific layers (RMSNorm, RoPE,
// grouped-query attention, a whole block with GQA) against finite
// differences, as TestLayerGradients does the others.
func TestLlamaLayerGradients(t *testing.T) {
	const rows, seqs, T = 6, 2, 5
	spec := &LlamaSpec{Vocab: 7, Context: T, Dim: 8, Heads: 4, KVHeads: 2, Layers: 1, Hidden: 12}
	cases := []layerCase{
		{name: "rmsnorm", inputN: rows * 8,
			params: func(lb *layoutBuilder) { lb.add("g", 8, InitUniform, 1.5, false) },
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(rows * 8)
				l := newRMSNorm(o, 8, rows, 1e-5, ps["g"])
				return x, func() *gpu.Buffer { return l.forward(o, x, rows) },
					func(dy *gpu.Buffer) *gpu.Buffer { return l.backward(o, dy, rows) }
			}},
		{name: "rope", inputN: seqs * T * 8,
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(seqs * T * 8)
				r := newRotary(o, newRopeTables(o, spec, 4, seqs*T), seqs*T)
				return x, func() *gpu.Buffer { return r.forward(o, x, seqs*T) },
					func(dy *gpu.Buffer) *gpu.Buffer { return r.backward(o, dy, seqs*T) }
			}},
		{name: "gqa", inputN: seqs * T * (8 + 4 + 4),
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				// One input holding Q (T×4·2), K and V (T×2·2 each) for
				// both sequences, so the harness checks all three.
				nq, nk := seqs*T*8, seqs*T*4
				x, dx := o.alloc(nq+2*nk), o.alloc(nq+2*nk)
				a := newGQA(o, T, 4, 2, 2, seqs)
				return x, func() *gpu.Buffer {
						return a.forward(o, x.View(0, nq), x.View(nq, nk), x.View(nq+nk, nk), seqs)
					}, func(dy *gpu.Buffer) *gpu.Buffer {
						dq, dk, dv := a.backward(o, dy, seqs)
						o.do("copy", func() error { return o.b.Copy(dx.View(0, nq), dq) })
						o.do("copy", func() error { return o.b.Copy(dx.View(nq, nk), dk) })
						o.do("copy", func() error { return o.b.Copy(dx.View(nq+nk, nk), dv) })
						return dx
					}
			}},
		{name: "llama-block-gqa", inputN: seqs * T * 8,
			params: func(lb *layoutBuilder) {
				var all layoutBuilder
				spec.layout(&all)
				for _, p := range all.ps {
					if len(p.Name) > 7 && p.Name[:7] == "layer0." {
						lb.add(p.Name, p.Len, InitUniform, 1, true)
					}
				}
			},
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(seqs * T * 8)
				n := newLlama(o, spec, seqs, ps)
				l := n.layers[0]
				return x, func() *gpu.Buffer { return l.forward(o, x, seqs) },
					func(dy *gpu.Buffer) *gpu.Buffer { return l.backward(o, dy, seqs) }
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkLayer(t, tc) })
	}
}

// TestLlamaModelGradients checks whole Llama models, the cross-entropy
// included: multi-head with an untied head, and grouped-query with tied
// embeddings (whose gradient sums the head's and the embedding's).
func TestLlamaModelGradients(t *testing.T) {
	for _, tc := range []struct {
		name string
		spec LlamaSpec
	}{
		{"mha-untied", LlamaSpec{Vocab: 7, Context: 4, Dim: 8, Heads: 2, Layers: 2, Hidden: 12}},
		{"gqa-tied", LlamaSpec{Vocab: 7, Context: 4, Dim: 8, Heads: 4, KVHeads: 2, Layers: 2, Hidden: 12, TiedEmbeddings: true, RopeTheta: 100}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			be := cpu(t)
			m, err := New(be, NewLlama(tc.spec), 4)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			// As the transformer: the ±0.035 init is too small for float32
			// differences; start 10 times larger.
			l := m.Layout()
			p := InitParams(l, 3)
			for _, pi := range l.Params {
				if pi.Init == InitUniform {
					for i := pi.Offset; i < pi.Offset+pi.Len; i++ {
						p[i] *= 10
					}
				}
			}
			if err := m.SetParams(p); err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(5, 6))
			toks, labels := make([]int32, 12), make([]int32, 12)
			for i := range toks {
				toks[i], labels[i] = int32(rng.IntN(7)), int32(rng.IntN(7))
			}
			labels[5] = -1
			batch := Batch{Rows: 3, Tokens: toks, Labels: labels}
			if _, err := m.LossAndGrad(batch); err != nil {
				t.Fatal(err)
			}
			loss := func() float64 {
				met, err := m.Evaluate(batch)
				if err != nil {
					t.Fatal(err)
				}
				return met.Loss()
			}
			for _, pi := range l.Params {
				checkTensorEps(t, be, tensor{name: pi.Name,
					w: m.Params().View(pi.Offset, pi.Len), g: m.Grads().View(pi.Offset, pi.Len)}, loss, rng, 1e-2)
			}
		})
	}
}

// TestRopeTables: the deterministic tables agree with math's cos and sin
// (to float32), and row p of the rotation is the Hugging Face one.
func TestRopeTables(t *testing.T) {
	const T, D, theta = 64, 16, 10000.0
	cs, ss := ropeCosSin(T, D, theta)
	for p := 0; p < T; p++ {
		for j := 0; j < D; j++ {
			a := float64(p) * math.Pow(theta, -float64(2*(j%(D/2)))/D)
			if d := math.Abs(float64(cs[p*D+j]) - math.Cos(a)); d > 1e-6 {
				t.Fatalf("cos(%d,%d) off by %g", p, j, d)
			}
			if d := math.Abs(float64(ss[p*D+j]) - math.Sin(a)); d > 1e-6 {
				t.Fatalf("sin(%d,%d) off by %g", p, j, d)
			}
		}
	}
}

func TestLlamaSpec(t *testing.T) {
	good := LlamaSpec{Vocab: 64, Context: 32, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2}
	if err := NewLlama(good).Validate(); err != nil {
		t.Fatal(err)
	}
	if got := good.hidden(); got != 96 { // 8·32/3 = 85 → 96
		t.Errorf("default hidden %d, want 96", got)
	}
	for _, tc := range []struct {
		name string
		edit func(*LlamaSpec)
	}{
		{"odd head width", func(l *LlamaSpec) { l.Dim, l.Heads = 12, 4 }},
		{"kv heads do not divide", func(l *LlamaSpec) { l.KVHeads = 3 }},
		{"negative kv heads", func(l *LlamaSpec) { l.KVHeads = -1 }},
		{"theta 1", func(l *LlamaSpec) { l.RopeTheta = 1 }},
		{"eps", func(l *LlamaSpec) { l.NormEps = 1 }},
		{"no layers", func(l *LlamaSpec) { l.Layers = 0 }},
		{"vocab 1", func(l *LlamaSpec) { l.Vocab = 1 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := good
			tc.edit(&l)
			if err := NewLlama(l).Validate(); !errors.Is(err, ErrSpec) {
				t.Fatalf("Validate() = %v, want ErrSpec", err)
			}
		})
	}
	both := NewLlama(good)
	both.Transformer = &TransformerSpec{Vocab: 2, Context: 1, Dim: 1, Heads: 1, Layers: 1}
	if err := both.Validate(); !errors.Is(err, ErrSpec) {
		t.Fatalf("two sections: %v, want ErrSpec", err)
	}
	// Round trip through the wire format.
	s, err := DecodeSpec(NewLlama(good).Encode())
	if err != nil || s.Hash() != NewLlama(good).Hash() {
		t.Fatalf("DecodeSpec: %v", err)
	}
	tied := good
	tied.TiedEmbeddings = true
	lt, _ := NewLlama(tied).Layout()
	lu, _ := NewLlama(good).Layout()
	if lt.Len() >= lu.Len() {
		t.Errorf("tied layout %d elements, untied %d", lt.Len(), lu.Len())
	}
}

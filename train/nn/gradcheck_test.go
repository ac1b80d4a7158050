package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainmesh/trainmesh/gpu"
)

func cpu(t testing.TB) gpu.Backend {
	t.Helper()
	b, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// tensor is something the loss depends on: a parameter or a layer input,
// with the buffer holding its gradient after the backward pass.
type tensor struct {
	name string
	w, g *gpu.Buffer
	// awayFromZero keeps perturbed values clear of ReLU's kink.
	awayFromZero bool
}

// layerCase builds one layer: fwd runs the forward pass and returns its
// output; bwd runs the backward pass given dy and returns dx (nil if the
// input is not differentiable) after setting the parameter gradients.
type layerCase struct {
	name    string
	params  func(lb *layoutBuilder)
	build   func(o *ops, ps map[string]param) (x *gpu.Buffer, fwd func() *gpu.Buffer, bwd func(dy *gpu.Buffer) *gpu.Buffer)
	inputN  int
	relu    bool
	noInput bool
}

func fillUniform(rng *rand.Rand, n int, a float64) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = float32((2*rng.Float64() - 1) * a)
	}
	return out
}

// TestLayerGradients checks every layer's backward pass against central
// finite differences of L = Σ y·R for a fixed random R: dL/dy = R, so the
// analytic gradients are what backward(R) returns.
func TestLayerGradients(t *testing.T) {
	const rows, seqs, T, C, H = 6, 2, 5, 8, 2
	cases := []layerCase{
		{name: "linear", inputN: rows * 5,
			params: func(lb *layoutBuilder) {
				lb.add("w", 5*7, InitUniform, 0.5, true)
				lb.add("b", 7, InitUniform, 0.5, false)
			},
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(rows * 5)
				l := newLinear(o, 5, 7, rows, ps["w"], ps["b"])
				return x, func() *gpu.Buffer { return l.forward(o, x, rows) },
					func(dy *gpu.Buffer) *gpu.Buffer { return l.backward(o, dy, rows, true) }
			}},
		{name: "relu", inputN: rows * 9, relu: true,
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(rows * 9)
				a := newActivation(o, false, 9, rows)
				return x, func() *gpu.Buffer { return a.forward(o, x, rows) },
					func(dy *gpu.Buffer) *gpu.Buffer { return a.backward(o, dy, rows) }
			}},
		{name: "gelu", inputN: rows * 9,
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(rows * 9)
				a := newActivation(o, true, 9, rows)
				return x, func() *gpu.Buffer { return a.forward(o, x, rows) },
					func(dy *gpu.Buffer) *gpu.Buffer { return a.backward(o, dy, rows) }
			}},
		{name: "layernorm", inputN: rows * 8,
			params: func(lb *layoutBuilder) {
				lb.add("g", 8, InitUniform, 1.5, false)
				lb.add("b", 8, InitUniform, 0.5, false)
			},
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(rows * 8)
				l := newLayerNorm(o, 8, rows, ps["g"], ps["b"])
				return x, func() *gpu.Buffer { return l.forward(o, x, rows) },
					func(dy *gpu.Buffer) *gpu.Buffer { return l.backward(o, dy, rows) }
			}},
		{name: "attention", inputN: seqs * T * 3 * C,
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(seqs * T * 3 * C)
				a := newAttention(o, T, C, H, seqs)
				return x, func() *gpu.Buffer { return a.forward(o, x, seqs) },
					func(dy *gpu.Buffer) *gpu.Buffer { return a.backward(o, dy, seqs) }
			}},
		{name: "embedding", noInput: true,
			params: func(lb *layoutBuilder) { lb.add("table", 11*4, InitUniform, 1, true) },
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				ids := o.allocInt32(rows)
				o.do("upload", func() error { return o.b.UploadInt32(ids, []int32{3, 0, 10, 3, 7, 3}) })
				out := o.alloc(rows * 4)
				tab := ps["table"]
				return nil, func() *gpu.Buffer {
						o.do("emb", func() error { return o.b.Embedding(out, tab.w, ids, 4) })
						return out
					}, func(dy *gpu.Buffer) *gpu.Buffer {
						o.do("emb back", func() error { return o.b.EmbeddingBackward(tab.g, dy, ids, 4) })
						return nil
					}
			}},
		{name: "transformer-block", inputN: seqs * T * C,
			params: func(lb *layoutBuilder) {
				for _, p := range []struct {
					n string
					l int
				}{{"ln1.g", C}, {"ln1.b", C}, {"qkv.w", C * 3 * C}, {"qkv.b", 3 * C}, {"proj.w", C * C}, {"proj.b", C},
					{"ln2.g", C}, {"ln2.b", C}, {"fc1.w", C * 2 * C}, {"fc1.b", 2 * C}, {"fc2.w", 2 * C * C}, {"fc2.b", C}} {
					lb.add(p.n, p.l, InitUniform, 0.5, true)
				}
			},
			build: func(o *ops, ps map[string]param) (*gpu.Buffer, func() *gpu.Buffer, func(*gpu.Buffer) *gpu.Buffer) {
				x := o.alloc(seqs * T * C)
				r := seqs * T
				b := &block{c: C, t: T,
					ln1: newLayerNorm(o, C, r, ps["ln1.g"], ps["ln1.b"]), qkv: newLinear(o, C, 3*C, r, ps["qkv.w"], ps["qkv.b"]),
					attn: newAttention(o, T, C, H, seqs), proj: newLinear(o, C, C, r, ps["proj.w"], ps["proj.b"]),
					ln2: newLayerNorm(o, C, r, ps["ln2.g"], ps["ln2.b"]), fc1: newLinear(o, C, 2*C, r, ps["fc1.w"], ps["fc1.b"]),
					gelu: newActivation(o, true, 2*C, r), fc2: newLinear(o, 2*C, C, r, ps["fc2.w"], ps["fc2.b"]),
					h: o.alloc(r * C), out: o.alloc(r * C), dh: o.alloc(r * C), dx: o.alloc(r * C)}
				return x, func() *gpu.Buffer { return b.forward(o, x, seqs) },
					func(dy *gpu.Buffer) *gpu.Buffer { return b.backward(o, dy, seqs) }
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkLayer(t, tc) })
	}
}

// checkLayer runs one layerCase: forward, backward with dL/dy = R, then
// finite differences on every parameter and the input.
func checkLayer(t *testing.T, tc layerCase) {
	be := cpu(t)
	o := &ops{b: be}
	rng := rand.New(rand.NewPCG(1, 2))
	var lb layoutBuilder
	if tc.params != nil {
		tc.params(&lb)
	}
	l := lb.finish()
	ps := map[string]param{}
	var tensors []tensor
	if l.Len() > 0 {
		P, G := o.alloc(l.Len()), o.alloc(l.Len())
		o.do("upload", func() error { return be.Upload(P, InitParams(l, 7)) })
		for _, p := range l.Params {
			ps[p.Name] = param{w: P.View(p.Offset, p.Len), g: G.View(p.Offset, p.Len)}
			tensors = append(tensors, tensor{name: p.Name, w: ps[p.Name].w, g: ps[p.Name].g})
		}
	}
	x, fwd, bwd := tc.build(o, ps)
	if o.err != nil {
		t.Fatal(o.err)
	}
	if x != nil {
		xs := fillUniform(rng, tc.inputN, 1.5)
		if tc.relu {
			for i, v := range xs {
				if math.Abs(float64(v)) < 0.1 {
					xs[i] = 0.1 + v
				}
			}
		}
		if err := be.Upload(x, xs); err != nil {
			t.Fatal(err)
		}
	}
	y := fwd()
	if o.err != nil {
		t.Fatal(o.err)
	}
	r := fillUniform(rng, y.Len(), 1)
	dy, _ := be.Alloc(y.Len())
	if err := be.Upload(dy, r); err != nil {
		t.Fatal(err)
	}
	dx := bwd(dy)
	if o.err != nil {
		t.Fatal(o.err)
	}
	if x != nil {
		tensors = append(tensors, tensor{name: "input", w: x, g: dx, awayFromZero: tc.relu})
	}
	loss := func() float64 {
		y := fwd()
		if o.err != nil {
			t.Fatal(o.err)
		}
		ys := make([]float32, y.Len())
		if err := be.Download(ys, y); err != nil {
			t.Fatal(err)
		}
		s := 0.0
		for i, v := range ys {
			s += float64(v) * float64(r[i])
		}
		return s
	}
	for _, ts := range tensors {
		checkTensor(t, be, ts, loss, rng)
	}
}

// checkTensor compares the analytic gradient of ts with central
// differences at up to 16 random coordinates.
func checkTensor(t *testing.T, be gpu.Backend, ts tensor, loss func() float64, rng *rand.Rand) {
	t.Helper()
	checkTensorEps(t, be, ts, loss, rng, 3e-3)
}

// checkTensorEps is checkTensor with step eps: a larger step for models
// whose float32 forward pass rounds more than the difference it measures.
func checkTensorEps(t *testing.T, be gpu.Backend, ts tensor, loss func() float64, rng *rand.Rand, eps float32) {
	t.Helper()
	w := make([]float32, ts.w.Len())
	g := make([]float32, ts.g.Len())
	if err := be.Download(w, ts.w); err != nil {
		t.Fatal(err)
	}
	if err := be.Download(g, ts.g); err != nil {
		t.Fatal(err)
	}
	scale := 0.0
	for _, v := range g {
		scale = math.Max(scale, math.Abs(float64(v)))
	}
	if scale == 0 {
		t.Fatalf("%s: gradient is all zero", ts.name)
	}
	idx := rng.Perm(len(w))
	if len(idx) > 16 {
		idx = idx[:16]
	}
	worst := 0.0
	for _, i := range idx {
		orig := w[i]
		set := func(v float32) {
			w[i] = v
			if err := be.Upload(ts.w, w); err != nil {
				t.Fatal(err)
			}
		}
		set(orig + eps)
		lp := loss()
		set(orig - eps)
		lm := loss()
		set(orig)
		num := (lp - lm) / (2 * float64(eps))
		ana := float64(g[i])
		err := math.Abs(num-ana) / (math.Max(math.Abs(num), math.Abs(ana)) + 1e-2*scale)
		worst = math.Max(worst, err)
		if err > 2e-2 {
			t.Errorf("%s[%d]: analytic %.6g, finite differences %.6g (relative error %.3g)", ts.name, i, ana, num, err)
		}
	}
	t.Logf("%s: %d coordinates, worst relative error %.2g", ts.name, len(idx), worst)
}

// TestModelGradients checks the full models (loss and backward through
// every layer, the cross-entropy included) against finite differences of
// the mean loss.
func TestModelGradients(t *testing.T) {
	tiny := NewTransformer(TransformerSpec{Vocab: 7, Context: 4, Dim: 8, Heads: 2, Layers: 2})
	cases := []struct {
		name  string
		spec  Spec
		batch func(rng *rand.Rand) Batch
	}{
		{"mlp", NewMLP(5, []int{7, 6}, 3), func(rng *rand.Rand) Batch {
			return Batch{Rows: 4, X: fillUniform(rng, 20, 2), Labels: []int32{0, 2, 1, 2}}
		}},
		{"transformer", tiny, func(rng *rand.Rand) Batch {
			toks := make([]int32, 3*4)
			labels := make([]int32, 3*4)
			for i := range toks {
				toks[i] = int32(rng.IntN(7))
				labels[i] = int32(rng.IntN(7))
			}
			labels[5] = -1 // an ignored position
			return Batch{Rows: 3, Tokens: toks, Labels: labels}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			be := cpu(t)
			m, err := New(be, tc.spec, 4)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			// The transformer's GPT-2 init (±0.035) gives gradients too
			// small to check in float32: start it 10 times larger.
			l := m.Layout()
			p := InitParams(l, 3)
			rng := rand.New(rand.NewPCG(5, 6))
			for _, pi := range l.Params {
				if pi.Init == InitUniform && tc.spec.Kind == KindTransformer {
					for i := pi.Offset; i < pi.Offset+pi.Len; i++ {
						p[i] *= 10
					}
				}
			}
			if err := m.SetParams(p); err != nil {
				t.Fatal(err)
			}
			batch := tc.batch(rng)
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
				checkTensor(t, be, tensor{name: pi.Name,
					w: m.Params().View(pi.Offset, pi.Len), g: m.Grads().View(pi.Offset, pi.Len)}, loss, rng)
			}
		})
	}
}

func TestSpecValidate(t *testing.T) {
	good := NewTransformer(TransformerSpec{Vocab: 64, Context: 32, Dim: 32, Heads: 4, Layers: 2})
	cases := []struct {
		name string
		spec Spec
		ok   bool
	}{
		{"mlp", NewMLP(64, []int{128}, 10), true},
		{"mlp no hidden", NewMLP(4, nil, 2), true},
		{"transformer", good, true},
		{"unknown kind", Spec{Kind: "cnn"}, false},
		{"mlp without section", Spec{Kind: KindMLP}, false},
		{"one class", NewMLP(4, nil, 1), false},
		{"zero width", NewMLP(4, []int{0}, 2), false},
		{"huge", NewMLP(widthMax, []int{widthMax, widthMax}, 2), false},
		{"heads do not divide", NewTransformer(TransformerSpec{Vocab: 64, Context: 32, Dim: 30, Heads: 4, Layers: 2}), false},
		{"both sections", Spec{Kind: KindMLP, MLP: &MLPSpec{Inputs: 2, Classes: 2}, Transformer: good.Transformer}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.spec.Validate()
			if (err == nil) != tc.ok {
				t.Fatalf("Validate() = %v; want ok=%v", err, tc.ok)
			}
			if tc.ok {
				back, err := DecodeSpec(tc.spec.Encode())
				if err != nil || back.Hash() != tc.spec.Hash() {
					t.Fatalf("DecodeSpec(Encode()) = %v, %v; want the same spec", back, err)
				}
			}
		})
	}
}

func TestInitDeterministic(t *testing.T) {
	s := NewTransformer(TransformerSpec{Vocab: 16, Context: 8, Dim: 8, Heads: 2, Layers: 1})
	l, err := s.Layout()
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := InitParams(l, 1), InitParams(l, 1), InitParams(l, 2)
	same, diff := true, false
	for i := range a {
		same = same && a[i] == b[i]
		diff = diff || a[i] != c[i]
	}
	if !same || !diff {
		t.Fatalf("same seed same params: %v; other seed other params: %v", same, diff)
	}
	// Pinned: the first values of one tensor, so that a change to the
	// generator (which would split a group running mixed versions) fails.
	p := l.Params[0]
	if got, want := fmt.Sprint(a[p.Offset:p.Offset+3]), "[0.034189478 -0.0079274895 0.026178988]"; got != want {
		t.Fatalf("%s starts %s; want %s (the generator changed: members on different versions would start apart)", p.Name, got, want)
	}
	for _, pi := range l.Params {
		for i := pi.Offset + pi.Len; i < (pi.Offset+pi.Len+paramAlign-1)/paramAlign*paramAlign; i++ {
			if a[i] != 0 {
				t.Fatalf("padding after %s is %v, want 0", pi.Name, a[i])
			}
		}
	}
}

func FuzzDecodeSpec(f *testing.F) {
	f.Add(NewMLP(64, []int{128}, 10).Encode())
	f.Add(NewTransformer(TransformerSpec{Vocab: 64, Context: 32, Dim: 32, Heads: 4, Layers: 2}).Encode())
	f.Add([]byte(`{"kind":"mlp","mlp":{"inputs":1,"hidden":[1],"classes":2},"x":1}`))
	f.Add([]byte(`{"kind":"transformer","transformer":{"vocab":2,"context":1,"dim":1,"heads":1,"layers":1}} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeSpec(data)
		if err != nil {
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("decoded spec does not validate: %v", err)
		}
		back, err := DecodeSpec(s.Encode())
		if err != nil || back.Hash() != s.Hash() {
			t.Fatalf("re-decode: %v", err)
		}
	})
}

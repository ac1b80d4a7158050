// Package nn owns trainmesh's models: a model definition format (Spec),
// the parameter layout that every member of a group shares, deterministic
// initialisation from a seed, and the layers of an MLP classifier, a small
// GPT-2-style transformer language model and a Llama-style one (RMSNorm,
// rotary positions, SwiGLU, grouped-query attention), forward and
// backward, running every op on a gpu.Backend.
//
// nn does no I/O and starts no goroutine: it turns a batch into a loss and
// gradients. It imports only gpu and the standard library.
package nn

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"golang.org/x/crypto/sha3"
)

// Errors of package nn.
var (
	// ErrSpec: a model definition that is malformed or out of range.
	ErrSpec = errors.New("nn: invalid model spec")
	// ErrBatch: a batch that does not fit the model (wrong shape, too many
	// rows, a label or token outside its range).
	ErrBatch = errors.New("nn: batch does not fit the model")
)

// Model kinds.
const (
	KindMLP         = "mlp"
	KindTransformer = "transformer"
	KindLlama       = "llama"
)

// Bounds on a spec, so that a job announcement cannot make a member
// allocate without limit. They are far above what trainmesh's CPU and
// single-GPU members train today.
const (
	specBytesMax   = 64 << 10 // a spec is a few hundred bytes of JSON
	widthMax       = 1 << 16  // any layer width or vocabulary
	layersMax      = 64       // hidden layers or transformer blocks
	contextMax     = 4096     // transformer context length, tokens
	paramsCountMax = 1 << 30  // 4 GiB of fp32 parameters
)

// Spec defines a model. It is what a job names (by its hash, Spec.Hash) and
// what every member builds, so that all members hold the same parameter
// layout. It is JSON on the wire and in files.
type Spec struct {
	// Kind is "mlp" or "transformer".
	Kind string `json:"kind"`
	// MLP is set for kind "mlp".
	MLP *MLPSpec `json:"mlp,omitempty"`
	// Transformer is set for kind "transformer".
	Transformer *TransformerSpec `json:"transformer,omitempty"`
	// Llama is set for kind "llama".
	Llama *LlamaSpec `json:"llama,omitempty"`
}

// MLPSpec is a classifier: Inputs features, ReLU hidden layers, Classes
// logits, softmax cross-entropy loss.
type MLPSpec struct {
	Inputs  int   `json:"inputs"`  // features per example, ≥ 1
	Hidden  []int `json:"hidden"`  // widths of the hidden layers, each ≥ 1
	Classes int   `json:"classes"` // ≥ 2
}

// TransformerSpec is a decoder-only language model (GPT-2 layout: pre-norm
// blocks of causal multi-head attention and a GELU MLP, learned positional
// embeddings, final layer norm, untied output head).
type TransformerSpec struct {
	Vocab   int `json:"vocab"`   // token ids are in [0, Vocab)
	Context int `json:"context"` // sequence length T
	Dim     int `json:"dim"`     // model width C, a multiple of Heads
	Heads   int `json:"heads"`   // attention heads H
	Layers  int `json:"layers"`  // blocks
	// MLPRatio is the hidden width of each block's MLP over Dim; 0 means 4.
	MLPRatio int `json:"mlp_ratio,omitempty"`
}

// NewMLP returns the spec of an MLP classifier.
func NewMLP(inputs int, hidden []int, classes int) Spec {
	return Spec{Kind: KindMLP, MLP: &MLPSpec{Inputs: inputs, Hidden: append([]int(nil), hidden...), Classes: classes}}
}

// NewTransformer returns the spec of a transformer language model.
func NewTransformer(t TransformerSpec) Spec {
	return Spec{Kind: KindTransformer, Transformer: &t}
}

// Validate reports the first problem with s.
func (s Spec) Validate() error {
	width := func(what string, v, lo int) error {
		if v < lo || v > widthMax {
			return fmt.Errorf("%w: %s %d, want %d to %d", ErrSpec, what, v, lo, widthMax)
		}
		return nil
	}
	switch s.Kind {
	case KindMLP:
		m := s.MLP
		if m == nil || s.Transformer != nil || s.Llama != nil {
			return fmt.Errorf("%w: kind mlp needs the mlp section and no other", ErrSpec)
		}
		if err := width("inputs", m.Inputs, 1); err != nil {
			return err
		}
		if err := width("classes", m.Classes, 2); err != nil {
			return err
		}
		if len(m.Hidden) > layersMax {
			return fmt.Errorf("%w: %d hidden layers, want at most %d", ErrSpec, len(m.Hidden), layersMax)
		}
		for _, h := range m.Hidden {
			if err := width("hidden width", h, 1); err != nil {
				return err
			}
		}
	case KindTransformer:
		t := s.Transformer
		if t == nil || s.MLP != nil || s.Llama != nil {
			return fmt.Errorf("%w: kind transformer needs the transformer section and no other", ErrSpec)
		}
		if err := width("vocab", t.Vocab, 2); err != nil {
			return err
		}
		if t.Context < 1 || t.Context > contextMax {
			return fmt.Errorf("%w: context %d, want 1 to %d", ErrSpec, t.Context, contextMax)
		}
		if err := width("dim", t.Dim, 1); err != nil {
			return err
		}
		if t.Heads < 1 || t.Dim%t.Heads != 0 {
			return fmt.Errorf("%w: %d heads do not divide dim %d", ErrSpec, t.Heads, t.Dim)
		}
		if t.Layers < 1 || t.Layers > layersMax {
			return fmt.Errorf("%w: %d layers, want 1 to %d", ErrSpec, t.Layers, layersMax)
		}
		if t.MLPRatio < 0 || t.MLPRatio > 16 {
			return fmt.Errorf("%w: mlp ratio %d, want 0 (4) to 16", ErrSpec, t.MLPRatio)
		}
	case KindLlama:
		if s.Llama == nil || s.MLP != nil || s.Transformer != nil {
			return fmt.Errorf("%w: kind llama needs the llama section and no other", ErrSpec)
		}
		if err := s.Llama.validate(width); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: kind %q, want %q, %q or %q", ErrSpec, s.Kind, KindMLP, KindTransformer, KindLlama)
	}
	if n := s.layout().total; n > paramsCountMax {
		return fmt.Errorf("%w: %d parameters, want at most %d", ErrSpec, n, paramsCountMax)
	}
	return nil
}

// LM reports the vocabulary and context length of a language model (kind
// "transformer" or "llama"); ok is false for other kinds.
func (s Spec) LM() (vocab, context int, ok bool) {
	switch {
	case s.Kind == KindTransformer && s.Transformer != nil:
		return s.Transformer.Vocab, s.Transformer.Context, true
	case s.Kind == KindLlama && s.Llama != nil:
		return s.Llama.Vocab, s.Llama.Context, true
	}
	return 0, 0, false
}

// Encode returns the canonical JSON of s: the bytes Hash covers.
func (s Spec) Encode() []byte {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // plain structs of ints and strings always marshal
	}
	return b
}

// Hash is keccak256 of the canonical encoding: the modelHash a job
// announcement names.
func (s Spec) Hash() [32]byte {
	var h [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write(s.Encode())
	k.Sum(h[:0])
	return h
}

// DecodeSpec parses and validates a spec received from a peer or a file.
// Unknown fields are errors, so a typo does not silently build another
// model.
func DecodeSpec(data []byte) (Spec, error) {
	var s Spec
	if len(data) > specBytesMax {
		return s, fmt.Errorf("%w: %d bytes, want at most %d", ErrSpec, len(data), specBytesMax)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return Spec{}, fmt.Errorf("%w: %v", ErrSpec, err)
	}
	if dec.More() {
		return Spec{}, fmt.Errorf("%w: trailing data", ErrSpec)
	}
	if err := s.Validate(); err != nil {
		return Spec{}, err
	}
	return s, nil
}

func (t TransformerSpec) mlpWidth() int {
	r := t.MLPRatio
	if r == 0 {
		r = 4
	}
	return r * t.Dim
}

// Init says how a parameter tensor starts. Every kind draws from a seeded
// PCG stream per tensor and uses only exact integer-to-float conversion
// and float32 multiplication (no exp/log, whose last bits may differ
// between architectures), so every machine starts from the same bits.
type Init uint8

const (
	// InitZeros: all zero (biases, layer-norm shifts).
	InitZeros Init = iota
	// InitOnes: all one (layer-norm gains).
	InitOnes
	// InitUniform: U(−a, a) with a = Scale (the tensor's own bound).
	InitUniform
)

// ParamInfo describes one parameter tensor in the flat layout.
type ParamInfo struct {
	Name   string
	Offset int // in float32 elements from the start of the flat buffer
	Len    int // elements
	Init   Init
	Scale  float32 // InitUniform's bound a
	// Decay reports whether weight decay applies (matrices and
	// embeddings); biases and layer-norm parameters are not decayed.
	Decay bool
}

// Layout is where each parameter tensor lives in the flat buffer that a
// model's parameters (and, with the same layout, its gradients and
// optimizer state) occupy. Tensors with weight decay come first, then the
// rest, each group in definition order; every tensor starts at a multiple
// of paramAlign elements and padding stays zero. The parameter hash that
// group members sign covers this buffer byte for byte.
type Layout struct {
	Params []ParamInfo
	// DecayLen is the number of elements, padding included, of the leading
	// region whose tensors have weight decay.
	DecayLen int
	// total is the length of the flat buffer.
	total int
}

// Len returns the length of the flat buffer in float32 elements.
func (l Layout) Len() int { return l.total }

// paramAlign aligns each tensor to 64 elements (256 bytes), which keeps
// GPU loads of every tensor coalesced and aligned for cuBLAS.
const paramAlign = 64

func alignUp(n int) int { return (n + paramAlign - 1) / paramAlign * paramAlign }

// layoutBuilder collects tensors in definition order.
type layoutBuilder struct{ ps []ParamInfo }

func (b *layoutBuilder) add(name string, n int, init Init, scale float32, decay bool) {
	b.ps = append(b.ps, ParamInfo{Name: name, Len: n, Init: init, Scale: scale, Decay: decay})
}

func (b *layoutBuilder) finish() Layout {
	var l Layout
	off := 0
	for _, decay := range []bool{true, false} {
		for _, p := range b.ps {
			if p.Decay != decay {
				continue
			}
			p.Offset = off
			off += alignUp(p.Len)
			l.Params = append(l.Params, p)
		}
		if decay {
			l.DecayLen = off
		}
	}
	l.total = off
	return l
}

// uniformBound returns √(1/fanIn)·k, PyTorch's nn.Linear default bound
// with k = 1, computed in float64 with only √ (correctly rounded
// everywhere) and converted once.
func uniformBound(fanIn int, k float64) float32 {
	return float32(k / math.Sqrt(float64(fanIn)))
}

// layout returns the parameter layout of s; s must be valid.
func (s Spec) layout() Layout {
	var b layoutBuilder
	switch s.Kind {
	case KindMLP:
		m := s.MLP
		in := m.Inputs
		widths := append(append([]int(nil), m.Hidden...), m.Classes)
		for i, out := range widths {
			// Kaiming-uniform for ReLU layers: U(±√(6/fanIn)).
			b.add(fmt.Sprintf("fc%d.w", i), in*out, InitUniform, uniformBound(in, math.Sqrt(6)), true)
			b.add(fmt.Sprintf("fc%d.b", i), out, InitZeros, 0, false)
			in = out
		}
	case KindTransformer:
		t := s.Transformer
		c, f := t.Dim, t.mlpWidth()
		// GPT-2's initialisation, N(0, 0.02) replaced by the uniform
		// distribution of the same standard deviation (0.02·√3 bound);
		// residual projections scaled by 1/√(2·layers).
		std := 0.02 * math.Sqrt(3)
		resid := float32(std / math.Sqrt(2*float64(t.Layers)))
		b.add("tok.emb", t.Vocab*c, InitUniform, float32(std), true)
		b.add("pos.emb", t.Context*c, InitUniform, float32(std), true)
		for l := 0; l < t.Layers; l++ {
			p := fmt.Sprintf("block%d.", l)
			b.add(p+"ln1.g", c, InitOnes, 0, false)
			b.add(p+"ln1.b", c, InitZeros, 0, false)
			b.add(p+"qkv.w", c*3*c, InitUniform, float32(std), true)
			b.add(p+"qkv.b", 3*c, InitZeros, 0, false)
			b.add(p+"proj.w", c*c, InitUniform, resid, true)
			b.add(p+"proj.b", c, InitZeros, 0, false)
			b.add(p+"ln2.g", c, InitOnes, 0, false)
			b.add(p+"ln2.b", c, InitZeros, 0, false)
			b.add(p+"fc1.w", c*f, InitUniform, float32(std), true)
			b.add(p+"fc1.b", f, InitZeros, 0, false)
			b.add(p+"fc2.w", f*c, InitUniform, resid, true)
			b.add(p+"fc2.b", c, InitZeros, 0, false)
		}
		b.add("lnf.g", c, InitOnes, 0, false)
		b.add("lnf.b", c, InitZeros, 0, false)
		b.add("head.w", c*t.Vocab, InitUniform, float32(std), true)
		b.add("head.b", t.Vocab, InitZeros, 0, false)
	case KindLlama:
		s.Llama.layout(&b)
	}
	return b.finish()
}

// Layout returns the parameter layout of a valid spec.
func (s Spec) Layout() (Layout, error) {
	if err := s.Validate(); err != nil {
		return Layout{}, err
	}
	return s.layout(), nil
}

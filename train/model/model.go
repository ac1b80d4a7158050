// Package model turns trainmesh's models into files other tools load and
// back: safetensors with tensor names in the Hugging Face layout of each
// architecture, and the provenance a trained model carries (the job, its
// recipe and data, the final step and the group's signed parameter hash).
//
// nn keeps a model's parameters in one flat buffer (nn.Layout): tensors
// with weight decay first, each aligned to 64 elements, linear weights
// stored in×out. A file keeps named tensors without padding, in the shape
// and orientation the architecture's Hugging Face (or PyTorch) module
// expects. Tensors maps one to the other and Params maps back, bit for bit:
// Params(Tensors(p)) == p, padding zero, so the parameter hash
// (train.ParamsHash, keccak256 of the flat buffer's float32 bytes, what
// group members sign) can be recomputed from a file.
//
// Each architecture (nn.Spec.Kind) has an entry in the table archs: the
// function that names its tensors. A new architecture adds one entry here
// and one in scripts/torch_check.py.
//
// The package is pure: bytes and slices in and out, no I/O.
package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"golang.org/x/crypto/sha3"

	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// Errors of package model.
var (
	// ErrArch: no name mapping for the spec's kind.
	ErrArch = errors.New("model: no tensor names for this architecture")
	// ErrTensors: a file's tensors do not fit the model (a tensor missing,
	// extra, of the wrong shape or dtype).
	ErrTensors = errors.New("model: tensors do not fit the model")
)

// Mapping names one parameter tensor of nn's layout in a file.
type Mapping struct {
	// Param is the tensor's name in nn.Layout ("block0.qkv.w").
	Param string
	// Name is its name in the file ("transformer.h.0.attn.c_attn.weight").
	Name string
	// Shape is its shape in the file.
	Shape []int
	// Transpose: the file holds the transpose of nn's row-major matrix.
	// nn stores a linear weight in×out; PyTorch's nn.Linear stores it
	// out×in (Shape), so Shape[1]×Shape[0] is nn's.
	Transpose bool
}

// Arch returns the mappings of every parameter tensor of a valid spec of
// its kind, in the order the file stores them.
type Arch func(s nn.Spec) []Mapping

// archs is the table of architectures: nn.Spec.Kind → tensor names.
var archs = map[string]Arch{
	nn.KindMLP:         mlpNames,
	nn.KindTransformer: gpt2Names,
	nn.KindLlama:       llamaNames,
}

// Kinds lists the architectures that have tensor names.
func Kinds() []string {
	ks := make([]string, 0, len(archs))
	for k := range archs {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// mlpNames names an MLP's layers as PyTorch's nn.Linear does (weight
// out×in, bias), fc0 … fcN: there is no Hugging Face architecture for a
// plain classifier, so a torch.nn.Sequential of Linear and ReLU, or any
// module with these names, loads it.
func mlpNames(s nn.Spec) []Mapping {
	m := s.MLP
	var out []Mapping
	in := m.Inputs
	for i, w := range append(slices.Clone(m.Hidden), m.Classes) {
		out = append(out,
			Mapping{Param: fmt.Sprintf("fc%d.w", i), Name: fmt.Sprintf("fc%d.weight", i), Shape: []int{w, in}, Transpose: true},
			Mapping{Param: fmt.Sprintf("fc%d.b", i), Name: fmt.Sprintf("fc%d.bias", i), Shape: []int{w}})
		in = w
	}
	return out
}

// gpt2Names names the char transformer's tensors as Hugging Face's
// GPT2LMHeadModel does. GPT-2's Conv1D weights are stored in×out like
// nn's, so only the head (an nn.Linear there) is transposed. GPT-2 ties
// its head to the token embedding and has no head bias; trainmesh's head
// is untied and has one, so the file carries lm_head.weight and
// lm_head.bias of its own (a GPT2LMHeadModel loads them with
// tie_word_embeddings false and a bias added to lm_head). The attention's
// fused c_attn is [Q | K | V], heads side by side, as nn's qkv is; the
// MLP's GELU is the tanh form (GPT-2's "gelu_new").
func gpt2Names(s nn.Spec) []Mapping {
	t := s.Transformer
	c, v := t.Dim, t.Vocab
	f := t.MLPRatio
	if f == 0 {
		f = 4
	}
	f *= c
	out := []Mapping{
		{Param: "tok.emb", Name: "transformer.wte.weight", Shape: []int{v, c}},
		{Param: "pos.emb", Name: "transformer.wpe.weight", Shape: []int{t.Context, c}},
	}
	for l := 0; l < t.Layers; l++ {
		p, h := fmt.Sprintf("block%d.", l), fmt.Sprintf("transformer.h.%d.", l)
		out = append(out,
			Mapping{Param: p + "ln1.g", Name: h + "ln_1.weight", Shape: []int{c}},
			Mapping{Param: p + "ln1.b", Name: h + "ln_1.bias", Shape: []int{c}},
			Mapping{Param: p + "qkv.w", Name: h + "attn.c_attn.weight", Shape: []int{c, 3 * c}},
			Mapping{Param: p + "qkv.b", Name: h + "attn.c_attn.bias", Shape: []int{3 * c}},
			Mapping{Param: p + "proj.w", Name: h + "attn.c_proj.weight", Shape: []int{c, c}},
			Mapping{Param: p + "proj.b", Name: h + "attn.c_proj.bias", Shape: []int{c}},
			Mapping{Param: p + "ln2.g", Name: h + "ln_2.weight", Shape: []int{c}},
			Mapping{Param: p + "ln2.b", Name: h + "ln_2.bias", Shape: []int{c}},
			Mapping{Param: p + "fc1.w", Name: h + "mlp.c_fc.weight", Shape: []int{c, f}},
			Mapping{Param: p + "fc1.b", Name: h + "mlp.c_fc.bias", Shape: []int{f}},
			Mapping{Param: p + "fc2.w", Name: h + "mlp.c_proj.weight", Shape: []int{f, c}},
			Mapping{Param: p + "fc2.b", Name: h + "mlp.c_proj.bias", Shape: []int{c}},
		)
	}
	return append(out,
		Mapping{Param: "lnf.g", Name: "transformer.ln_f.weight", Shape: []int{c}},
		Mapping{Param: "lnf.b", Name: "transformer.ln_f.bias", Shape: []int{c}},
		Mapping{Param: "head.w", Name: "lm_head.weight", Shape: []int{v, c}, Transpose: true},
		Mapping{Param: "head.b", Name: "lm_head.bias", Shape: []int{v}},
	)
}

// llamaNames names a llama's tensors as Hugging Face's LlamaForCausalLM
// does. Every linear layer is an nn.Linear there (out×in), so all are
// transposed; q_proj's output is the query heads side by side, k_proj's
// and v_proj's the key/value heads (num_key_value_heads), as nn's are, and
// RoPE rotates each head's halves (rotate_half), as nn's does. With tied
// embeddings the file has no lm_head.weight (tie_word_embeddings true).
func llamaNames(s nn.Spec) []Mapping {
	l := s.Llama
	c, v := l.Dim, l.Vocab
	kvh := l.KVHeads
	if kvh == 0 {
		kvh = l.Heads
	}
	kv := kvh * (c / l.Heads)
	f := l.Hidden
	if f == 0 {
		f = (8*c/3 + 15) / 16 * 16
	}
	out := []Mapping{{Param: "tok.emb", Name: "model.embed_tokens.weight", Shape: []int{v, c}}}
	for i := 0; i < l.Layers; i++ {
		p, h := fmt.Sprintf("layer%d.", i), fmt.Sprintf("model.layers.%d.", i)
		out = append(out,
			Mapping{Param: p + "attn_norm.g", Name: h + "input_layernorm.weight", Shape: []int{c}},
			Mapping{Param: p + "q.w", Name: h + "self_attn.q_proj.weight", Shape: []int{c, c}, Transpose: true},
			Mapping{Param: p + "k.w", Name: h + "self_attn.k_proj.weight", Shape: []int{kv, c}, Transpose: true},
			Mapping{Param: p + "v.w", Name: h + "self_attn.v_proj.weight", Shape: []int{kv, c}, Transpose: true},
			Mapping{Param: p + "o.w", Name: h + "self_attn.o_proj.weight", Shape: []int{c, c}, Transpose: true},
			Mapping{Param: p + "mlp_norm.g", Name: h + "post_attention_layernorm.weight", Shape: []int{c}},
			Mapping{Param: p + "gate.w", Name: h + "mlp.gate_proj.weight", Shape: []int{f, c}, Transpose: true},
			Mapping{Param: p + "up.w", Name: h + "mlp.up_proj.weight", Shape: []int{f, c}, Transpose: true},
			Mapping{Param: p + "down.w", Name: h + "mlp.down_proj.weight", Shape: []int{c, f}, Transpose: true},
		)
	}
	out = append(out, Mapping{Param: "norm.g", Name: "model.norm.weight", Shape: []int{c}})
	if !l.TiedEmbeddings {
		out = append(out, Mapping{Param: "head.w", Name: "lm_head.weight", Shape: []int{v, c}, Transpose: true})
	}
	return out
}

// Names returns the mappings of spec s's tensors, checked against its
// layout: every parameter named once, each shape holding its tensor.
func Names(s nn.Spec) ([]Mapping, nn.Layout, error) {
	layout, err := s.Layout()
	if err != nil {
		return nil, nn.Layout{}, err
	}
	arch, ok := archs[s.Kind]
	if !ok {
		return nil, nn.Layout{}, fmt.Errorf("%w: kind %q (known: %v)", ErrArch, s.Kind, Kinds())
	}
	ms := arch(s)
	byName := map[string]nn.ParamInfo{}
	for _, p := range layout.Params {
		byName[p.Name] = p
	}
	if len(ms) != len(layout.Params) {
		return nil, nn.Layout{}, fmt.Errorf("%w: kind %q names %d tensors, its layout has %d", ErrArch, s.Kind, len(ms), len(layout.Params))
	}
	seen := map[string]bool{}
	for _, m := range ms {
		p, ok := byName[m.Param]
		if !ok || seen[m.Param] || seen["file:"+m.Name] {
			return nil, nn.Layout{}, fmt.Errorf("%w: kind %q maps %s → %s twice or to no parameter", ErrArch, s.Kind, m.Param, m.Name)
		}
		seen[m.Param], seen["file:"+m.Name] = true, true
		n := 1
		for _, d := range m.Shape {
			n *= d
		}
		if n != p.Len || (m.Transpose && len(m.Shape) != 2) {
			return nil, nn.Layout{}, fmt.Errorf("%w: kind %q gives %s the shape %v, it has %d elements", ErrArch, s.Kind, m.Name, m.Shape, p.Len)
		}
	}
	return ms, layout, nil
}

// paramOffsets returns each mapped tensor's place in the flat buffer.
func paramOffsets(l nn.Layout) map[string]nn.ParamInfo {
	out := make(map[string]nn.ParamInfo, len(l.Params))
	for _, p := range l.Params {
		out[p.Name] = p
	}
	return out
}

// Tensors returns the named float32 tensors of params, a flat buffer in
// s's layout.
func Tensors(s nn.Spec, params []float32) ([]safetensors.Tensor, error) {
	ms, layout, err := Names(s)
	if err != nil {
		return nil, err
	}
	if len(params) != layout.Len() {
		return nil, fmt.Errorf("%w: %d parameters, the layout holds %d", ErrTensors, len(params), layout.Len())
	}
	at := paramOffsets(layout)
	out := make([]safetensors.Tensor, 0, len(ms))
	for _, m := range ms {
		p := at[m.Param]
		src := params[p.Offset : p.Offset+p.Len]
		if m.Transpose {
			src = transpose(src, m.Shape[1], m.Shape[0])
		}
		out = append(out, safetensors.F32(m.Name, m.Shape, src))
	}
	return out, nil
}

// Params returns the flat buffer in s's layout that the file's tensors
// hold, padding zero. Every tensor of the model must be there with its
// shape, and no other. F32 tensors are taken bit for bit; F16, BF16 and
// F64 (a base model saved in another precision) are converted.
func Params(s nn.Spec, f *safetensors.File) ([]float32, error) {
	ms, layout, err := Names(s)
	if err != nil {
		return nil, err
	}
	if len(f.Tensors) != len(ms) {
		return nil, fmt.Errorf("%w: the file has %d tensors, a %s model of this spec has %d", ErrTensors, len(f.Tensors), s.Kind, len(ms))
	}
	at := paramOffsets(layout)
	out := make([]float32, layout.Len())
	for _, m := range ms {
		t, ok := f.Tensor(m.Name)
		if !ok {
			return nil, fmt.Errorf("%w: tensor %s missing", ErrTensors, m.Name)
		}
		if !slices.Equal(t.Shape, m.Shape) {
			return nil, fmt.Errorf("%w: tensor %s has shape %v, want %v", ErrTensors, m.Name, t.Shape, m.Shape)
		}
		v, err := t.Float32s()
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrTensors, err)
		}
		if m.Transpose {
			v = transpose(v, m.Shape[0], m.Shape[1])
		}
		p := at[m.Param]
		copy(out[p.Offset:p.Offset+p.Len], v)
	}
	return out, nil
}

// transpose returns the transpose of a rows×cols row-major matrix.
func transpose(a []float32, rows, cols int) []float32 {
	out := make([]float32, len(a))
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			out[c*rows+r] = a[r*cols+c]
		}
	}
	return out
}

// ParamsHash is keccak256 of the flat buffer's float32 little-endian
// bytes: train.ParamsHash, the hash StepReceipts sign (repeated here so
// that this package, which train's shells use, does not import train).
func ParamsHash(params []float32) [32]byte {
	k := sha3.NewLegacyKeccak256()
	buf := make([]byte, 4*len(params))
	for i, v := range params {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(v))
	}
	k.Write(buf)
	var h [32]byte
	k.Sum(h[:0])
	return h
}

// FileHash is keccak256 of a file's bytes: how a job names a base model
// (Recipe.BaseModel) or a tokenizer, and the key under which a poster
// serves it, whole or in pieces (dataset.FileKey, dataset.FetchFile).
func FileHash(data []byte) [32]byte { return dataset.FileKey(data) }

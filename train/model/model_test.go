package model

import (
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

var specs = map[string]nn.Spec{
	"mlp":               nn.NewMLP(5, []int{7, 3}, 4),
	"mlp-linear":        nn.NewMLP(3, nil, 2),
	"transformer":       nn.NewTransformer(nn.TransformerSpec{Vocab: 11, Context: 6, Dim: 8, Heads: 2, Layers: 2}),
	"transformer-ratio": nn.NewTransformer(nn.TransformerSpec{Vocab: 5, Context: 3, Dim: 4, Heads: 1, Layers: 1, MLPRatio: 2}),
	"llama":             nn.NewLlama(nn.LlamaSpec{Vocab: 11, Context: 6, Dim: 8, Heads: 2, Layers: 2}),
	"llama-gqa-tied":    nn.NewLlama(nn.LlamaSpec{Vocab: 9, Context: 4, Dim: 8, Heads: 4, KVHeads: 2, Layers: 1, Hidden: 12, TiedEmbeddings: true}),
}

// randomParams fills every tensor with random bits (NaNs, infinities and
// negative zeros included: a round trip must keep bits, not values) and
// leaves the padding zero, as nn does.
func randomParams(t *testing.T, s nn.Spec, seed uint64) []float32 {
	t.Helper()
	l, err := s.Layout()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	p := make([]float32, l.Len())
	for _, pi := range l.Params {
		for i := pi.Offset; i < pi.Offset+pi.Len; i++ {
			p[i] = math.Float32frombits(rng.Uint32())
		}
	}
	return p
}

func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// TestRoundTripBitExact: flat → named tensors → file → flat gives the same
// bits, and the same parameter hash as the receipts sign.
func TestRoundTripBitExact(t *testing.T) {
	for name, s := range specs {
		t.Run(name, func(t *testing.T) {
			p := randomParams(t, s, 7)
			prov := Provenance{Spec: s, Job: [32]byte{1}, RecipeHash: [32]byte{2}, DatasetRoot: [32]byte{3}, FinalStep: 40,
				Receipts: [][]byte{{0xde, 0xad}, {0xbe, 0xef}}, Announce: []byte{1, 2}, Award: []byte{3}, Vocab: []byte("abc"),
				Domain: protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{0xaa, 19: 0xbb}}}
			data, err := Encode(p, prov)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if !sameBits(m.Params, p) {
				t.Fatal("parameters changed in the round trip")
			}
			if m.Prov.ParamsHash != train.ParamsHash(p) {
				t.Errorf("recorded hash %x, train.ParamsHash %x", m.Prov.ParamsHash, train.ParamsHash(p))
			}
			if m.Prov.Job != prov.Job || m.Prov.FinalStep != 40 || m.Prov.DatasetRoot != prov.DatasetRoot || len(m.Prov.Receipts) != 2 || m.Prov.Receipts[1][0] != 0xbe ||
				m.Prov.Domain != prov.Domain || !bytes.Equal(m.Prov.Award, prov.Award) || !bytes.Equal(m.Prov.Announce, prov.Announce) || string(m.Prov.Vocab) != "abc" {
				t.Errorf("provenance %+v, wrote %+v", m.Prov, prov)
			}
			if m.Spec.Hash() != s.Hash() {
				t.Error("spec changed")
			}
			again, err := Encode(m.Params, m.Prov)
			if err != nil || !bytes.Equal(again, data) {
				t.Errorf("re-encoding changed the file (%v)", err)
			}
		})
	}
}

func TestParamsHashIsTrains(t *testing.T) {
	for _, n := range []int{0, 1, 1023, 1024, 1025, 5000} {
		p := make([]float32, n)
		for i := range p {
			p[i] = float32(i) * 0.25
		}
		if ParamsHash(p) != train.ParamsHash(p) {
			t.Errorf("%d parameters: hashes differ", n)
		}
	}
}

// TestLayoutOrientation pins where nn's elements land in the file: a
// linear weight stored in×out by nn is out×in in PyTorch's convention,
// GPT-2's Conv1D weights keep nn's orientation.
func TestLayoutOrientation(t *testing.T) {
	s := specs["transformer"]
	l, _ := s.Layout()
	p := randomParams(t, s, 3)
	ts, err := Tensors(s, p)
	if err != nil {
		t.Fatal(err)
	}
	get := func(name string) safetensors.Tensor {
		for _, x := range ts {
			if x.Name == name {
				return x
			}
		}
		t.Fatalf("no tensor %s", name)
		return safetensors.Tensor{}
	}
	off := func(param string) int {
		for _, pi := range l.Params {
			if pi.Name == param {
				return pi.Offset
			}
		}
		t.Fatalf("no param %s", param)
		return 0
	}
	c, v := 8, 11
	head, _ := get("lm_head.weight").Float32s()
	for i := 0; i < c; i++ {
		for o := 0; o < v; o++ {
			if math.Float32bits(head[o*c+i]) != math.Float32bits(p[off("head.w")+i*v+o]) {
				t.Fatalf("lm_head.weight[%d][%d] is not nn's head.w[%d][%d]", o, i, i, o)
			}
		}
	}
	qkv, _ := get("transformer.h.1.attn.c_attn.weight").Float32s()
	if !sameBits(qkv, p[off("block1.qkv.w"):off("block1.qkv.w")+c*3*c]) {
		t.Error("c_attn.weight is not nn's qkv.w as stored")
	}
	if sh := get("transformer.h.1.mlp.c_fc.weight").Shape; !slices.Equal(sh, []int{8, 32}) {
		t.Errorf("c_fc.weight shape %v", sh)
	}

	m := specs["mlp"]
	ml, _ := m.Layout()
	mp := randomParams(t, m, 4)
	mts, _ := Tensors(m, mp)
	var names []string
	for _, x := range mts {
		names = append(names, x.Name)
	}
	if want := []string{"fc0.weight", "fc0.bias", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"}; !slices.Equal(names, want) {
		t.Errorf("MLP names %v, want %v", names, want)
	}
	w0, _ := mts[0].Float32s()
	if !slices.Equal(mts[0].Shape, []int{7, 5}) {
		t.Errorf("fc0.weight shape %v, want [7 5]", mts[0].Shape)
	}
	if math.Float32bits(w0[2*5+3]) != math.Float32bits(mp[ml.Params[0].Offset+3*7+2]) {
		t.Error("fc0.weight[2][3] is not nn's fc0.w[3][2]")
	}
}

func TestNamesCoverEveryKind(t *testing.T) {
	for name, s := range specs {
		ms, l, err := Names(s)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(ms) != len(l.Params) {
			t.Errorf("%s: %d names for %d tensors", name, len(ms), len(l.Params))
		}
	}
	bad := nn.Spec{Kind: "mlp"}
	if _, _, err := Names(bad); err == nil {
		t.Error("an invalid spec has names")
	}
}

// TestDecodeRefusesTampering: any change to a tensor, the spec or the
// recorded hash makes the file fail to decode, with ErrProvenance.
func TestDecodeRefusesTampering(t *testing.T) {
	s := specs["transformer"]
	p := randomParams(t, s, 9)
	recipe := []byte(`{"model":` + string(s.Encode()) + `,"steps":5}`)
	prov := Provenance{Spec: s, Job: [32]byte{1}, FinalStep: 5, Recipe: recipe, RecipeHash: FileHash(recipe)}
	data, err := Encode(p, prov)
	if _, err := Decode(data); err != nil {
		t.Fatal(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	f, err := safetensors.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	rewrite := func(edit func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string)) []byte {
		ts := make([]safetensors.Tensor, len(f.Tensors))
		for i, x := range f.Tensors {
			x.Data = slices.Clone(x.Data)
			ts[i] = x
		}
		md := map[string]string{}
		for k, v := range f.Metadata {
			md[k] = v
		}
		ts, md = edit(ts, md)
		out, err := safetensors.Marshal(ts, md)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, c := range []struct {
		name string
		want error
		edit func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string)
	}{
		{"one bit of a weight", ErrProvenance, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			ts[5].Data[2] ^= 1
			return ts, md
		}},
		{"recorded hash", ErrProvenance, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			md[KeyParamsHash] = hexOf([32]byte{9})
			return ts, md
		}},
		{"spec swapped for one of the same size", ErrProvenance, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			other := *s.Transformer
			other.Heads = 4
			md[KeySpec] = string(nn.NewTransformer(other).Encode())
			return ts, md
		}},
		{"recipe changed", ErrProvenance, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			md[KeyRecipe] = strings.Replace(md[KeyRecipe], `"steps":5`, `"steps":6`, 1)
			return ts, md
		}},
		{"no spec", ErrProvenance, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			delete(md, KeySpec)
			return ts, md
		}},
		{"final step without a job", ErrProvenance, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			delete(md, KeyJob)
			return ts, md
		}},
		{"tensor missing", ErrTensors, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			return ts[1:], md
		}},
		{"tensor renamed", ErrTensors, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			ts[0].Name = "transformer.wte.weights"
			return ts, md
		}},
		{"tensor reshaped", ErrTensors, func(ts []safetensors.Tensor, md map[string]string) ([]safetensors.Tensor, map[string]string) {
			ts[0].Shape = []int{ts[0].Shape[1], ts[0].Shape[0]}
			return ts, md
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Decode(rewrite(c.edit)); !errors.Is(err, c.want) {
				t.Errorf("Decode: %v, want %v", err, c.want)
			}
		})
	}
}

// TestParamsConvertsHalf: a base model saved in bfloat16 loads, rounded
// to its values.
func TestParamsConvertsHalf(t *testing.T) {
	s := specs["mlp-linear"]
	p := randomParams(t, s, 2)
	for i := range p {
		p[i] = float32(i%5) - 2 // exact in bfloat16
	}
	l, _ := s.Layout()
	for _, pi := range l.Params { // padding stays zero
		for i := pi.Offset + pi.Len; i < len(p) && i < pi.Offset+((pi.Len+63)/64)*64; i++ {
			p[i] = 0
		}
	}
	ts, err := Tensors(s, p)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range ts {
		v, _ := x.Float32s()
		b := make([]byte, 2*len(v))
		for j, f := range v {
			u := math.Float32bits(f) >> 16
			b[2*j], b[2*j+1] = byte(u), byte(u>>8)
		}
		ts[i] = safetensors.Tensor{Name: x.Name, DType: "BF16", Shape: x.Shape, Data: b}
	}
	data, _ := safetensors.Marshal(ts, nil)
	f, err := safetensors.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Params(s, f)
	if err != nil {
		t.Fatal(err)
	}
	if !sameBits(got, p) {
		t.Error("a bfloat16 file did not load to its values")
	}
}

// FuzzDecode: a model file from anywhere decodes or is refused, never
// panics; what decodes re-encodes to the same parameters.
func FuzzDecode(f *testing.F) {
	for _, s := range []nn.Spec{specs["mlp-linear"], specs["transformer-ratio"]} {
		l, _ := s.Layout()
		data, err := Encode(nn.InitParams(l, 1), Provenance{Spec: s, Job: [32]byte{4}, FinalStep: 2, Receipts: [][]byte{{1}}})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		data, err = Encode(nn.InitParams(l, 1), Provenance{Spec: s, Job: [32]byte{4}, FinalStep: 2, Receipts: [][]byte{{1}}, RingOrder: []int{2, 0, 3, 1}, RingHops: []byte{7, 8}})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	if tok, err := bpe.Train([]byte("ab ab abc abc"), 258); err == nil { // a BPE model with its tokenizer
		s := nn.NewLlama(nn.LlamaSpec{Vocab: tok.Len(), Context: 2, Dim: 4, Heads: 1, Layers: 1})
		l, _ := s.Layout()
		if data, err := Encode(nn.InitParams(l, 1), Provenance{Spec: s, Tokenizer: tok.MarshalHF()}); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		again, err := Encode(m.Params, m.Prov)
		if err != nil {
			t.Fatalf("a decoded model does not re-encode: %v", err)
		}
		back, err := Decode(again)
		if err != nil || !sameBits(back.Params, m.Params) {
			t.Fatalf("round trip failed: %v", err)
		}
	})
}

// TestRingOrderInFile: a job's ring order and its hop statements round
// trip through a file, and a file whose order is not an order of the
// ring, or that has one without the other, is refused.
func TestRingOrderInFile(t *testing.T) {
	s := specs["mlp-linear"]
	p := randomParams(t, s, 3)
	base := Provenance{Spec: s, Job: [32]byte{1}, FinalStep: 5, Receipts: [][]byte{{1}}}
	for _, c := range []struct {
		name  string
		order string // KeyRingOrder; "-" leaves it out
		hops  string // KeyRingHops; "-" leaves it out
		want  []int  // nil: refused with ErrProvenance
		noJob bool
	}{
		{"order of four", "2,0,3,1", "0a0b", []int{2, 0, 3, 1}, false},
		{"award order of two", "0,1", "0a", []int{0, 1}, false},
		{"neither", "-", "-", []int{}, false},
		{"order without hops", "2,0,3,1", "-", nil, false},
		{"hops without order", "-", "0a0b", nil, false},
		{"empty hops", "1,0", "", nil, false},
		{"hops not hex", "1,0", "zz", nil, false},
		{"an index twice", "0,0,1", "0a", nil, false},
		{"an index out of range", "0,1,3", "0a", nil, false},
		{"negative", "0,-1", "0a", nil, false},
		{"one member", "0", "0a", nil, false},
		{"not numbers", "a,b", "0a", nil, false},
		{"spaces", "0, 1", "0a", nil, false},
		{"without a job", "1,0", "0a", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			prov := base
			if c.noJob {
				prov = Provenance{Spec: s}
			}
			data, err := Encode(p, prov)
			if err != nil {
				t.Fatal(err)
			}
			f, err := safetensors.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if c.order != "-" {
				f.Metadata[KeyRingOrder] = c.order
			}
			if c.hops != "-" {
				f.Metadata[KeyRingHops] = c.hops
			}
			data, err = safetensors.Marshal(f.Tensors, f.Metadata)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(data)
			if c.want == nil {
				if !errors.Is(err, ErrProvenance) {
					t.Fatalf("Decode: %v, want ErrProvenance", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(m.Prov.RingOrder, c.want) && !(len(c.want) == 0 && m.Prov.RingOrder == nil) {
				t.Errorf("ring order %v, want %v", m.Prov.RingOrder, c.want)
			}
			if len(m.Extra) != 0 {
				t.Errorf("extra metadata %v: the ring keys are the provenance's", m.Extra)
			}
			again, err := Encode(m.Params, m.Prov)
			if err != nil {
				t.Fatal(err)
			}
			back, err := Decode(again)
			if err != nil || !slices.Equal(back.Prov.RingOrder, m.Prov.RingOrder) || !bytes.Equal(back.Prov.RingHops, m.Prov.RingHops) {
				t.Errorf("re-encoded: %v, order %v hops %x; want %v %x", err, back.Prov.RingOrder, back.Prov.RingHops, m.Prov.RingOrder, m.Prov.RingHops)
			}
		})
	}
}

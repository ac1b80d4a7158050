package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/train/nn"
)

// hfLlamaConfig is the part of Hugging Face's LlamaConfig that decides
// LlamaForCausalLM's parameter names and shapes.
type hfLlamaConfig struct {
	VocabSize         int  `json:"vocab_size"`
	HiddenSize        int  `json:"hidden_size"`
	IntermediateSize  int  `json:"intermediate_size"`
	NumHiddenLayers   int  `json:"num_hidden_layers"`
	NumAttentionHeads int  `json:"num_attention_heads"`
	NumKeyValueHeads  int  `json:"num_key_value_heads"`
	TieWordEmbeddings bool `json:"tie_word_embeddings"`
}

// hfLlamaStateDict is the tensors (name → shape) of a Hugging Face
// LlamaForCausalLM with config c as save_pretrained writes them, written
// down from the module tree of
// src/transformers/models/llama/modeling_llama.py in huggingface/transformers
// at commit 002272831fba584eb30dca9729c1be456836960a, not from trainmesh's
// table:
//
//	LlamaForCausalLM: self.model = LlamaModel(config)
//	                  self.lm_head = nn.Linear(hidden_size, vocab_size, bias=False)
//	                  _tied_weights_keys = ["lm_head.weight"] (not saved when tied)
//	LlamaModel:       self.embed_tokens = nn.Embedding(vocab_size, hidden_size, padding_idx)
//	                  self.layers = nn.ModuleList(LlamaDecoderLayer × num_hidden_layers)
//	                  self.norm = LlamaRMSNorm(hidden_size)  (weight: ones(hidden_size))
//	                  causal_mask: register_buffer(persistent=False), not saved
//	LlamaDecoderLayer: self_attn, mlp, input_layernorm, post_attention_layernorm (LlamaRMSNorm)
//	LlamaAttention:   head_dim = hidden_size // num_heads
//	                  q_proj = nn.Linear(hidden_size, num_heads*head_dim, bias=config.attention_bias)
//	                  k_proj, v_proj = nn.Linear(hidden_size, num_key_value_heads*head_dim, bias=…)
//	                  o_proj = nn.Linear(hidden_size, hidden_size, bias=…)
//	                  rotary_emb: inv_freq and the cos/sin caches persistent=False, not saved
//	LlamaMLP:         gate_proj, up_proj = nn.Linear(hidden_size, intermediate_size, bias=False)
//	                  down_proj = nn.Linear(intermediate_size, hidden_size, bias=False)
//
// nn.Linear(in, out).weight is out×in and nn.Embedding(n, d).weight n×d.
// attention_bias is false (LlamaConfig's default; trainmesh's llama has no
// biases).
func hfLlamaStateDict(c hfLlamaConfig) map[string][]int {
	headDim := c.HiddenSize / c.NumAttentionHeads
	sd := map[string][]int{
		"model.embed_tokens.weight": {c.VocabSize, c.HiddenSize},
		"model.norm.weight":         {c.HiddenSize},
	}
	for i := range c.NumHiddenLayers {
		p := fmt.Sprintf("model.layers.%d.", i)
		sd[p+"self_attn.q_proj.weight"] = []int{c.NumAttentionHeads * headDim, c.HiddenSize}
		sd[p+"self_attn.k_proj.weight"] = []int{c.NumKeyValueHeads * headDim, c.HiddenSize}
		sd[p+"self_attn.v_proj.weight"] = []int{c.NumKeyValueHeads * headDim, c.HiddenSize}
		sd[p+"self_attn.o_proj.weight"] = []int{c.HiddenSize, c.HiddenSize}
		sd[p+"mlp.gate_proj.weight"] = []int{c.IntermediateSize, c.HiddenSize}
		sd[p+"mlp.up_proj.weight"] = []int{c.IntermediateSize, c.HiddenSize}
		sd[p+"mlp.down_proj.weight"] = []int{c.HiddenSize, c.IntermediateSize}
		sd[p+"input_layernorm.weight"] = []int{c.HiddenSize}
		sd[p+"post_attention_layernorm.weight"] = []int{c.HiddenSize}
	}
	if !c.TieWordEmbeddings {
		sd["lm_head.weight"] = []int{c.VocabSize, c.HiddenSize}
	}
	return sd
}

// TestLlamaNamesAreHuggingFaces: a llama's file holds exactly the tensors,
// names and shapes, that Hugging Face's LlamaForCausalLM saves for the
// config.json HFConfig writes for its spec (`trainmesh model hf`), every
// one float32: the demo's llama, grouped-query and tied variants, and
// random specs. (transformers itself is not installable here: this pins
// the names against its modeling code instead; the numbers are checked
// by scripts/torch-check.sh's reimplementation.)
func TestLlamaNamesAreHuggingFaces(t *testing.T) {
	specs := []nn.LlamaSpec{
		{Vocab: 384, Context: 16, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2}, // the demo's (node/demo)
		{Vocab: 11, Context: 6, Dim: 8, Heads: 2, Layers: 1},
		{Vocab: 9, Context: 4, Dim: 16, Heads: 4, KVHeads: 1, Layers: 3, Hidden: 24, TiedEmbeddings: true},
	}
	rng := rand.New(rand.NewPCG(19, 4))
	for range 20 {
		heads := 1 << rng.IntN(4)
		kv := heads >> rng.IntN(3)
		specs = append(specs, nn.LlamaSpec{Vocab: 2 + rng.IntN(300), Context: 1 + rng.IntN(32), Dim: heads * 2 * (1 + rng.IntN(8)), Heads: heads, KVHeads: max(kv, 1),
			Layers: 1 + rng.IntN(4), Hidden: rng.IntN(3) * 8, TiedEmbeddings: rng.IntN(2) == 0})
	}
	for _, ls := range specs {
		s := nn.NewLlama(ls)
		if err := s.Validate(); err != nil {
			t.Fatalf("%+v: %v", ls, err)
		}
		js, err := HFConfig(s)
		if err != nil {
			t.Fatalf("%+v: %v", ls, err)
		}
		var cfg hfLlamaConfig
		if err := json.Unmarshal(js, &cfg); err != nil {
			t.Fatal(err)
		}
		want := hfLlamaStateDict(cfg)
		ts, err := Tensors(s, randomParams(t, s, 3))
		if err != nil {
			t.Fatalf("%+v: %v", ls, err)
		}
		got := map[string][]int{}
		for _, x := range ts {
			if x.DType != "F32" {
				t.Errorf("%+v: %s is %s, want F32", ls, x.Name, x.DType)
			}
			got[x.Name] = x.Shape
		}
		for _, name := range slices.Sorted(maps.Keys(want)) {
			if sh, ok := got[name]; !ok {
				t.Errorf("%+v: the file lacks LlamaForCausalLM's %s %v", ls, name, want[name])
			} else if !slices.Equal(sh, want[name]) {
				t.Errorf("%+v: %s is %v, LlamaForCausalLM's is %v", ls, name, sh, want[name])
			}
		}
		for _, name := range slices.Sorted(maps.Keys(got)) {
			if _, ok := want[name]; !ok {
				t.Errorf("%+v: the file has %s, which LlamaForCausalLM does not", ls, name)
			}
		}
	}
}

// TestHFConfig: the config.json of a llama spec writes out what nn's zero
// values mean (key/value heads = heads, the SwiGLU width rule, RoPE base
// 10000, RMSNorm epsilon 1e-5) and the spec's own values otherwise; other
// kinds have none.
func TestHFConfig(t *testing.T) {
	type cfg struct {
		Arch     []string `json:"architectures"`
		Type     string   `json:"model_type"`
		Vocab    int      `json:"vocab_size"`
		Hidden   int      `json:"hidden_size"`
		FFN      int      `json:"intermediate_size"`
		Layers   int      `json:"num_hidden_layers"`
		Heads    int      `json:"num_attention_heads"`
		KV       int      `json:"num_key_value_heads"`
		HeadDim  int      `json:"head_dim"`
		Act      string   `json:"hidden_act"`
		MaxPos   int      `json:"max_position_embeddings"`
		Eps      float64  `json:"rms_norm_eps"`
		Theta    float64  `json:"rope_theta"`
		Tied     bool     `json:"tie_word_embeddings"`
		AttnBias bool     `json:"attention_bias"`
		MLPBias  bool     `json:"mlp_bias"`
		TP       int      `json:"pretraining_tp"`
	}
	tests := []struct {
		spec nn.LlamaSpec
		want cfg
	}{
		{nn.LlamaSpec{Vocab: 384, Context: 16, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2}, // the demo's
			cfg{[]string{"LlamaForCausalLM"}, "llama", 384, 32, 96, 2, 4, 2, 8, "silu", 16, 1e-5, 10000, false, false, false, 1}},
		{nn.LlamaSpec{Vocab: 9, Context: 4, Dim: 16, Heads: 4, Layers: 3, Hidden: 24, RopeTheta: 500, NormEps: 1e-6, TiedEmbeddings: true},
			cfg{[]string{"LlamaForCausalLM"}, "llama", 9, 16, 24, 3, 4, 4, 4, "silu", 4, 1e-6, 500, true, false, false, 1}},
	}
	for _, tt := range tests {
		js, err := HFConfig(nn.NewLlama(tt.spec))
		if err != nil {
			t.Fatal(err)
		}
		var got cfg
		if err := json.Unmarshal(js, &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%+v:\n got %+v\nwant %+v", tt.spec, got, tt.want)
		}
	}
	for name, s := range specs {
		if s.Kind == nn.KindLlama {
			continue
		}
		if _, err := HFConfig(s); !errors.Is(err, ErrArch) {
			t.Errorf("%s: %v, want ErrArch", name, err)
		}
	}
	if _, err := HFConfig(nn.NewLlama(nn.LlamaSpec{Vocab: 9})); err == nil {
		t.Error("an invalid llama spec has a config")
	}
}

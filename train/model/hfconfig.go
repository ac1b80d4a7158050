package model

import (
	"encoding/json"
	"fmt"

	"github.com/trainmesh/trainmesh/train/nn"
)

// HFConfig is the Hugging Face config.json of a spec whose file loads as
// a transformers model: a llama's LlamaConfig (model_type "llama",
// architectures LlamaForCausalLM), with every field that decides the
// computation written out rather than left to transformers' defaults
// (rms_norm_eps and rope_theta among them, whose defaults differ across
// its versions). A model directory of this config.json, the model file as
// model.safetensors and its tokenizer.json is what from_pretrained reads.
// Other kinds have no stock transformers class that computes what nn
// computes (the char transformer's head has a bias GPT2LMHeadModel lacks):
// ErrArch.
func HFConfig(s nn.Spec) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if s.Kind != nn.KindLlama {
		return nil, fmt.Errorf("%w: no Hugging Face config for kind %q (llama only)", ErrArch, s.Kind)
	}
	l := s.Llama
	// nn.LlamaSpec's zero values and what they mean (train/nn/llama.go);
	// scripts/torch_check.py builds its model from this config, so a
	// mismatch fails TestDemoModelInTorch.
	kv, ffn, theta, eps := l.KVHeads, l.Hidden, l.RopeTheta, l.NormEps
	if kv == 0 {
		kv = l.Heads
	}
	if ffn == 0 {
		ffn = (8*l.Dim/3 + 15) / 16 * 16
	}
	if theta == 0 {
		theta = 10000
	}
	if eps == 0 {
		eps = 1e-5
	}
	cfg := struct {
		Architectures         []string  `json:"architectures"`
		ModelType             string    `json:"model_type"`
		VocabSize             int       `json:"vocab_size"`
		HiddenSize            int       `json:"hidden_size"`
		IntermediateSize      int       `json:"intermediate_size"`
		NumHiddenLayers       int       `json:"num_hidden_layers"`
		NumAttentionHeads     int       `json:"num_attention_heads"`
		NumKeyValueHeads      int       `json:"num_key_value_heads"`
		HeadDim               int       `json:"head_dim"`
		HiddenAct             string    `json:"hidden_act"`
		MaxPositionEmbeddings int       `json:"max_position_embeddings"`
		RMSNormEps            float64   `json:"rms_norm_eps"`
		RopeTheta             float64   `json:"rope_theta"`
		RopeScaling           *struct{} `json:"rope_scaling"`
		TieWordEmbeddings     bool      `json:"tie_word_embeddings"`
		AttentionBias         bool      `json:"attention_bias"`
		MLPBias               bool      `json:"mlp_bias"`
		PretrainingTP         int       `json:"pretraining_tp"`
		TorchDtype            string    `json:"torch_dtype"`
	}{
		Architectures: []string{"LlamaForCausalLM"}, ModelType: "llama",
		VocabSize: l.Vocab, HiddenSize: l.Dim, IntermediateSize: ffn, NumHiddenLayers: l.Layers,
		NumAttentionHeads: l.Heads, NumKeyValueHeads: kv, HeadDim: l.Dim / l.Heads, HiddenAct: "silu",
		// Positions beyond the trained context are RoPE's to compute;
		// the model has seen only these.
		MaxPositionEmbeddings: l.Context,
		RMSNormEps:            eps, RopeTheta: float64(theta), TieWordEmbeddings: l.TiedEmbeddings,
		PretrainingTP: 1, TorchDtype: "float32",
	}
	return json.MarshalIndent(cfg, "", "  ")
}

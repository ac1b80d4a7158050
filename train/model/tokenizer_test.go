package model

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// bpeModel returns a small llama over a BPE trained on text, with a
// job's recipe naming the tokenizer by hash, as a poster writes it.
func bpeModel(t *testing.T, vocab int) (nn.Spec, []float32, Provenance, *bpe.Tokenizer) {
	t.Helper()
	text := []byte(strings.Repeat("the light of the sun is compounded of rays differently refrangible; ", 20))
	tok, err := bpe.Train(text, vocab)
	if err != nil {
		t.Fatal(err)
	}
	s := nn.NewLlama(nn.LlamaSpec{Vocab: tok.Len(), Context: 4, Dim: 8, Heads: 2, Layers: 1})
	l, _ := s.Layout()
	th := tok.Hash()
	recipe := []byte(`{"model":` + string(s.Encode()) + `,"steps":3,"tokenizer":"0x` + hex.EncodeToString(th[:]) + `"}`)
	prov := Provenance{Spec: s, Job: [32]byte{7}, FinalStep: 3, Recipe: recipe, RecipeHash: FileHash(recipe), Tokenizer: tok.MarshalHF()}
	return s, nn.InitParams(l, 3), prov, tok
}

// TestTokenizerInFile: a BPE model's file carries its canonical
// tokenizer.json, which decodes to the same tokenizer, and a file whose
// tokenizer is not the recipe's, not canonical, not the model's width or
// not valid is refused.
func TestTokenizerInFile(t *testing.T) {
	_, params, prov, tok := bpeModel(t, 260)
	data, err := Encode(params, prov)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.Tokenizer == nil || m.Tokenizer.Hash() != tok.Hash() || string(m.Prov.Tokenizer) != string(tok.MarshalHF()) {
		t.Fatal("the decoded file's tokenizer is not the one written")
	}
	text := []byte("the sun's rays")
	if back, err := m.Tokenizer.Decode(m.Tokenizer.Encode(text)); err != nil || string(back) != string(text) {
		t.Fatalf("round trip through the file's tokenizer: %q, %v", back, err)
	}
	if _, ok := m.Extra[KeyTokenizer]; ok {
		t.Error("the tokenizer is also kept as uninterpreted metadata")
	}

	other, err := bpe.Train([]byte(strings.Repeat("an other text entirely, with other pairs ", 20)), 260)
	if err != nil {
		t.Fatal(err)
	}
	small, err := bpe.Train([]byte("abab abab"), 257)
	if err != nil {
		t.Fatal(err)
	}
	f, err := safetensors.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		edit func(md map[string]string)
	}{
		{"another tokenizer of the same width", func(md map[string]string) { md[KeyTokenizer] = string(other.MarshalHF()) }},
		{"not canonical (reindented)", func(md map[string]string) { md[KeyTokenizer] = " " + md[KeyTokenizer] }},
		{"not a tokenizer", func(md map[string]string) { md[KeyTokenizer] = `{"model":{}}` }},
		{"recipe names none", func(md map[string]string) {
			md[KeyRecipe] = strings.Replace(md[KeyRecipe], `,"tokenizer":`, `,"tokenizer_":`, 1)
			md[KeyRecipeHash] = hexOf(FileHash([]byte(md[KeyRecipe])))
		}},
		{"narrower than the model", func(md map[string]string) {
			md[KeyTokenizer] = string(small.MarshalHF())
			delete(md, KeyRecipe) // only the width is wrong
		}},
		{"with a character vocabulary too", func(md map[string]string) { md[KeyVocab] = "6162" }},
	} {
		t.Run(c.name, func(t *testing.T) {
			md := map[string]string{}
			for k, v := range f.Metadata {
				md[k] = v
			}
			c.edit(md)
			out, err := safetensors.Marshal(f.Tensors, md)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Decode(out); !errors.Is(err, ErrProvenance) {
				t.Errorf("Decode: %v, want ErrProvenance", err)
			}
		})
	}

	// A model without a tokenizer for a non-LM refuses one.
	mlp := specs["mlp-linear"]
	l, _ := mlp.Layout()
	if data, err := Encode(nn.InitParams(l, 1), Provenance{Spec: mlp, Tokenizer: tok.MarshalHF()}); err != nil {
		t.Fatal(err)
	} else if _, err := Decode(data); !errors.Is(err, ErrProvenance) {
		t.Errorf("an MLP with a tokenizer: %v, want ErrProvenance", err)
	}
}

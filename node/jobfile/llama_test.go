package jobfile

import (
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

const llamaJob = `
group-size = 2
budget = "1000"

[model]
kind = "llama"
context = 32
dim = 32
heads = 4
kv-heads = 2
layers = 2

[data]
builtin = "opticks"
bpe-vocab = 384

[train]
steps = 40
receipt-every = 20
`

// TestLoadLlamaBPE: a llama job on Opticks tokenized by a BPE trained from
// the job file gets a token dataset whose manifest and recipe name the
// same tokenizer, a model of the tokenizer's vocabulary, and the same
// hashes every time it is loaded (the tokenizer is deterministic).
func TestLoadLlamaBPE(t *testing.T) {
	dir := t.TempDir()
	req, err := Load(write(t, dir, "llama.toml", llamaJob))
	if err != nil {
		t.Fatal(err)
	}
	man, r := req.Dataset.Manifest, req.Recipe
	if man.Kind != dataset.KindTokens || man.VocabSize() != 384 || [32]byte(r.Tokenizer) != [32]byte(man.Tokenizer) {
		t.Fatalf("manifest kind %d, vocabulary %d; recipe tokenizer %v", man.Kind, man.VocabSize(), r.Tokenizer)
	}
	if r.Model.Kind != nn.KindLlama || r.Model.Llama.Vocab != 384 || r.Model.Llama.KVHeads != 2 {
		t.Fatalf("model %+v", r.Model.Llama)
	}
	again, err := Load(write(t, dir, "llama2.toml", llamaJob))
	if err != nil {
		t.Fatal(err)
	}
	if again.Recipe.Hash() != r.Hash() || again.Dataset.Root() != req.Dataset.Root() {
		t.Fatal("loading the same job file twice gives another recipe or dataset")
	}

	// The same job with the tokenizer as a tokenizer.json file.
	text := opticksBytes(t)
	tok, err := bpe.Train(text[:len(text)-len(text)/10], 384)
	if err != nil {
		t.Fatal(err)
	}
	write(t, dir, "tokenizer.json", string(tok.MarshalHF()))
	fromFile, err := Load(write(t, dir, "llama3.toml", strings.Replace(llamaJob, "bpe-vocab = 384", `tokenizer = "tokenizer.json"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if fromFile.Recipe.Tokenizer != r.Tokenizer {
		t.Fatal("the tokenizer file names another tokenizer than the one the job trained")
	}
	for _, bad := range []struct{ edit, want string }{
		{strings.Replace(llamaJob, "bpe-vocab = 384", "bpe-vocab = 384\ntokenizer = \"tokenizer.json\"", 1), "not both"},
		{strings.Replace(llamaJob, "bpe-vocab = 384", "bpe-vocab = 100", 1), "bpe-vocab"},
		{strings.Replace(llamaJob, "kv-heads = 2", "kv-heads = 3", 1), "kv heads"},
		{strings.Replace(llamaJob, `builtin = "opticks"`, `builtin = "digits"`, 1), "llama"},
	} {
		if _, err := Load(write(t, dir, "bad.toml", bad.edit)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: err = %v, want it to mention %q", bad.want, err, bad.want)
		}
	}
}

func opticksBytes(t *testing.T) []byte {
	t.Helper()
	tx, err := corpus.Opticks()
	if err != nil {
		t.Fatal(err)
	}
	raw := make([]byte, len(tx.Tokens))
	for i, id := range tx.Tokens {
		raw[i] = tx.Vocab[id]
	}
	return raw
}

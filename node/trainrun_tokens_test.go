package node

import (
	"context"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// TestFetchShardTokens: a member fetches its shard of a BPE-tokenized
// Opticks (a token dataset) for a llama recipe that names the dataset's
// tokenizer, and its batches train the model; a recipe naming another
// tokenizer, or none, or a model of too small a vocabulary, is refused.
func TestFetchShardTokens(t *testing.T) {
	ds, err := train.OpticksBPE(320)
	if err != nil {
		t.Fatal(err)
	}
	store := dataset.NewMemStore()
	if err := store.AddDataset(ds, nil); err != nil {
		t.Fatal(err)
	}
	net := dataset.MemFetcher{"poster": store}
	man := ds.Manifest
	recipe := func(vocab int, tok auction.Hash) *Recipe {
		r := testRecipe()
		r.Model = nn.NewLlama(nn.LlamaSpec{Vocab: vocab, Context: 16, Dim: 16, Heads: 2, KVHeads: 1, Layers: 1})
		r.DatasetRoot, r.Tokenizer, r.BatchSize = auction.Hash(ds.Root()), tok, 4
		return r
	}
	r := recipe(320, auction.Hash(man.Tokenizer))
	s, err := fetchShard(context.Background(), net, []string{"poster"}, r, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if s.records < 1000 {
		t.Fatalf("%d tokens in member 1's shard", s.records)
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	m, err := nn.New(be, r.Model, 4)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := m.Init(1); err != nil {
		t.Fatal(err)
	}
	var b nn.Batch
	s.sampler.Batch(0, 4, &b)
	met, err := m.LossAndGrad(b)
	if err != nil || met.Count != 4*16 {
		t.Fatalf("a batch of the shard: %v, %d positions", err, met.Count)
	}
	for _, bad := range []struct {
		name string
		r    *Recipe
	}{
		{"another tokenizer", recipe(320, auction.Hash{9})},
		{"no tokenizer", recipe(320, auction.Hash{})},
		{"vocabulary too small", recipe(300, auction.Hash(man.Tokenizer))},
	} {
		if _, err := fetchShard(context.Background(), net, []string{"poster"}, bad.r, 0, 2); !errors.Is(err, ErrRecipe) {
			t.Errorf("%s: %v, want ErrRecipe", bad.name, err)
		}
	}
}

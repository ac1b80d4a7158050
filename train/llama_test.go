package train

import (
	"testing"

	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/nn"
)

// TestLlamaLMBeatsUnigram: the Llama-style model (grouped-query attention,
// 4 query heads on 2 key/value heads) trained by a group of 2 on Newton's
// Opticks ends with bit-identical parameters in both members and a
// held-out loss below the unigram entropy, in the char transformer's
// budget (TestCharLMBeatsUnigram). With tied embeddings the same model
// sits on the unigram plateau for longer (3.15 nats at 80 steps, 2.38 at
// 300): tying is supported, not used here.
func TestLlamaLMBeatsUnigram(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a Llama-style model for a few seconds")
	}
	ds, err := corpus.OpticksDataset()
	if err != nil {
		t.Fatal(err)
	}
	text, _ := corpus.Opticks()
	h := text.UnigramEntropy()
	spec := nn.NewLlama(nn.LlamaSpec{Vocab: len(ds.Manifest.Vocab), Context: 32, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2})
	res := mustRun(t, newGroup(t, groupSetup{spec: spec, ds: ds, members: 2, params: func(int) Params {
		p := DefaultParams()
		p.Steps, p.BatchSize, p.HashEvery = 80, 8, 40
		p.Optimizer = AdamW(6e-3)
		p.Schedule = Schedule{Kind: ScheduleCosine, WarmupSteps: 5, MinFactor: 0.1}
		return p
	}}))
	loss := res[0].Eval.Loss()
	t.Logf("unigram entropy %.3f nats; held-out loss after %d steps %.3f", h, res[0].Steps, loss)
	if loss > h-0.4 {
		t.Fatalf("held-out loss %.3f, want below %.3f (unigram entropy %.3f − 0.4)", loss, h-0.4, h)
	}
	if res[1].Hash != res[0].Hash {
		t.Fatal("members differ")
	}
}

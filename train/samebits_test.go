package train

import (
	"encoding/hex"
	"testing"

	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/internal/archtest"
	"github.com/trainmesh/trainmesh/train/nn"
)

// archRuns is what TestSameBitsOnArm64 compares across architectures: the
// parameter hash after 100 steps of the digits MLP in a group of two (the
// issue's case), and after 2 steps of a small char-LM (every transformer
// op: LayerNorm, GELU, causal softmax, embeddings).
func archRuns(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	mlp := mustRun(t, newGroup(t, groupSetup{spec: digitsSpec, ds: digits(t), members: 2, params: func(int) Params {
		p := digitsParams(2)
		p.Steps = 100
		return p
	}}))
	out["digits-mlp-100"] = hex.EncodeToString(mlp[0].Hash[:])
	ds, err := corpus.OpticksDataset()
	if err != nil {
		t.Fatal(err)
	}
	spec := nn.NewTransformer(nn.TransformerSpec{Vocab: len(ds.Manifest.Vocab), Context: 16, Dim: 32, Heads: 4, Layers: 1})
	lm := mustRun(t, newGroup(t, groupSetup{spec: spec, ds: ds, members: 2, params: func(int) Params {
		p := DefaultParams()
		p.Steps, p.BatchSize, p.HashEvery = 2, 4, 1
		return p
	}}))
	out["char-lm-2"] = hex.EncodeToString(lm[0].Hash[:])
	return out
}

// TestSameBitsOnArm64 is issue 16's "same bits on every machine": it
// compares the parameter hashes with those of this package's tests run as
// arm64 code under qemu-user (archtest). Go fuses
// a*b+c into one FMA on arm64 and not on amd64, and an assembly kernel
// may sum in another order, so this fails the day a fusable expression
// or an architecture-specific kernel enters the deterministic path.
func TestSameBitsOnArm64(t *testing.T) {
	want, got, ok := archtest.Compare(t, archRuns)
	if !ok {
		return
	}
	for name, w := range want {
		t.Logf("%s: amd64 %s, arm64 %s", name, w[:16], got[name][:min(16, len(got[name]))])
		if got[name] != w {
			t.Errorf("%s: arm64 parameter hash %s, amd64 %s", name, got[name], w)
		}
	}
}

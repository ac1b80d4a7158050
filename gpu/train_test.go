package gpu_test

import (
	"context"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// TestMixedGroupTrainsSameBits is reproducible mode's promise end to end:
// a group whose member 0 trains on the CPU backend and member 1 on a CUDA
// backend (the kernel emulator running kernels.cu here; the GPU under
// scripts/gpu-check.sh) trains 100 steps of each model with the members
// comparing parameter hashes every 10 steps, which fails the run at the
// first differing bit (train.ErrDiverged), and ends on the hash a CPU-only
// group reaches.
func TestMixedGroupTrainsSameBits(t *testing.T) {
	cases := gpu.ReproCases(t)
	if len(cases) == 0 {
		t.Skip("no CUDA backend in reproducible mode here (built without cgo, no GPU)")
	}
	digits, err := corpus.DigitsDataset(0)
	if err != nil {
		t.Fatal(err)
	}
	opticks, err := corpus.OpticksDataset()
	if err != nil {
		t.Fatal(err)
	}
	lm := nn.NewTransformer(nn.TransformerSpec{Vocab: len(opticks.Manifest.Vocab), Context: 16, Dim: 32, Heads: 4, Layers: 2})
	models := []struct {
		name  string
		spec  nn.Spec
		ds    *dataset.Dataset
		batch int
	}{
		{"digits-mlp", nn.NewMLP(64, []int{256}, 10), digits, 64},
		{"char-lm", lm, opticks, 4},
	}
	cpu := func(t *testing.T) gpu.Backend {
		b, err := gpu.OpenCPU(gpu.DefaultParams())
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, m := range models {
		t.Run(m.name, func(t *testing.T) {
			steps := 100
			if testing.Short() {
				steps = 20
			}
			want := trainGroup(t, m.spec, m.ds, m.batch, steps, cpu, cpu)
			t.Logf("cpu+cpu: %d steps to %s", steps, hex.EncodeToString(want[:8]))
			for _, c := range cases {
				t.Run(c.Name, func(t *testing.T) {
					got := trainGroup(t, m.spec, m.ds, m.batch, steps, cpu, c.Open)
					if got != want {
						t.Errorf("cpu+%s ends on %x, cpu+cpu on %x", c.Name, got[:8], want[:8])
					}
				})
			}
		})
	}
}

// trainGroup trains a group of two members, each on its own backend, for
// steps steps and returns their (agreed) parameter hash.
func trainGroup(t *testing.T, spec nn.Spec, ds *dataset.Dataset, batch, steps int, open ...func(*testing.T) gpu.Backend) [32]byte {
	t.Helper()
	ctx := context.Background()
	store := dataset.NewMemStore()
	if err := store.AddDataset(ds, nil); err != nil {
		t.Fatal(err)
	}
	net := dataset.MemFetcher{"poster": store}
	man, _, err := dataset.FetchManifest(ctx, net, []string{"poster"}, ds.Root())
	if err != nil {
		t.Fatal(err)
	}
	group := train.NewLocalGroup(len(open))
	var members []*train.Member
	for i, o := range open {
		p := train.DefaultParams()
		p.Member, p.Seed, p.Steps, p.BatchSize, p.HashEvery = i, 42, steps, batch, 10
		p.Optimizer = train.AdamW(2e-3)
		chunks, _, err := dataset.FetchChunks(ctx, net, []string{"poster"}, man, man.Indices(dataset.SplitTrain, i, len(open)), i)
		if err != nil {
			t.Fatal(err)
		}
		var sampler train.Sampler
		if man.Kind == dataset.KindTabular {
			shard, err := dataset.DecodeTabular(man, chunks)
			if err != nil {
				t.Fatal(err)
			}
			sampler = train.NewTabularSampler(shard, train.MemberSeed(p.Seed, i))
		} else {
			shard, err := dataset.DecodeText(man, chunks)
			if err != nil {
				t.Fatal(err)
			}
			sampler = &train.TextSampler{Tokens: shard.Tokens, Context: spec.Transformer.Context, Seed: train.MemberSeed(p.Seed, i)}
		}
		be := o(t)
		t.Cleanup(func() { be.Close() })
		model, err := nn.New(be, spec, batch)
		if err != nil {
			t.Fatal(err)
		}
		m, err := train.NewMember(model, group.Member(i), sampler, p)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(m.Close)
		members = append(members, m)
	}
	res, errs := train.RunGroup(ctx, members)
	for i, err := range errs {
		if errors.Is(err, train.ErrDiverged) {
			t.Fatalf("member %d (%s): %v", i, members[i].Model().Backend().Name(), err)
		}
		if err != nil {
			t.Fatalf("member %d: %v", i, err)
		}
	}
	if res[0].Hash != res[1].Hash {
		t.Fatalf("members end on %x and %x", res[0].Hash[:8], res[1].Hash[:8])
	}
	return res[0].Hash
}

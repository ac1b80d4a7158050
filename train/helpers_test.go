package train

import (
	"context"
	"testing"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

var digitsSpec = nn.NewMLP(64, []int{256}, 10)

// digitsParams are the settings the digits tests share: a global batch
// of 128 (split over the members), AdamW, cosine schedule.
func digitsParams(members int) Params {
	p := DefaultParams()
	p.Steps = 600
	p.BatchSize = 128 / members
	p.Optimizer = AdamW(2e-3)
	p.Schedule = Schedule{Kind: ScheduleCosine, WarmupSteps: 10, MinFactor: 0.05}
	p.Seed = 42
	p.HashEvery = 50
	return p
}

type groupSetup struct {
	spec    nn.Spec
	ds      *dataset.Dataset
	members int
	params  func(member int) Params
	opts    func(member int) []Option
	group   *LocalGroup
	// wrap, when set, wraps each member's all-reducer.
	wrap func(member int, ar AllReducer) AllReducer
}

// newGroup builds one Member per member, each with its own CPU backend,
// its shard fetched and verified from an in-memory holder, the held-out
// set, and a handle on one LocalGroup.
func newGroup(t testing.TB, s groupSetup) []*Member {
	t.Helper()
	ctx := context.Background()
	store := dataset.NewMemStore()
	if err := store.AddDataset(s.ds, nil); err != nil {
		t.Fatal(err)
	}
	net := dataset.MemFetcher{"poster": store}
	man, _, err := dataset.FetchManifest(ctx, net, []string{"poster"}, s.ds.Root())
	if err != nil {
		t.Fatal(err)
	}
	testChunks, _, err := dataset.FetchChunks(ctx, net, []string{"poster"}, man, man.Indices(dataset.SplitTest, 0, 1), 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.group == nil {
		s.group = NewLocalGroup(s.members)
	}
	var ms []*Member
	for i := 0; i < s.members; i++ {
		p := s.params(i)
		p.Member = i
		chunks, _, err := dataset.FetchChunks(ctx, net, []string{"poster"}, man, man.Indices(dataset.SplitTrain, i, s.members), i)
		if err != nil {
			t.Fatal(err)
		}
		be, err := gpu.OpenCPU(gpu.DefaultParams())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { be.Close() })
		var sampler Sampler
		var eval any
		rows := p.BatchSize
		if man.Kind == dataset.KindTabular {
			shard, err := dataset.DecodeTabular(man, chunks)
			if err != nil {
				t.Fatal(err)
			}
			sampler = NewTabularSampler(shard, MemberSeed(p.Seed, i))
			if eval, err = dataset.DecodeTabular(man, testChunks); err != nil {
				t.Fatal(err)
			}
			rows = max(rows, 128)
		} else {
			shard, err := dataset.DecodeText(man, chunks)
			if err != nil {
				t.Fatal(err)
			}
			_, context, _ := s.spec.LM()
			sampler = &TextSampler{Tokens: shard.Tokens, Context: context, Seed: MemberSeed(p.Seed, i)}
			if eval, err = dataset.DecodeText(man, testChunks); err != nil {
				t.Fatal(err)
			}
		}
		model, err := nn.New(be, s.spec, rows)
		if err != nil {
			t.Fatal(err)
		}
		opts := []Option{WithEval(eval)}
		if s.opts != nil {
			opts = append(opts, s.opts(i)...)
		}
		ar := s.group.Member(i)
		if s.wrap != nil {
			ar = s.wrap(i, ar)
		}
		m, err := NewMember(model, ar, sampler, p, opts...)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(m.Close)
		ms = append(ms, m)
	}
	return ms
}

func digits(t testing.TB) *dataset.Dataset {
	t.Helper()
	ds, err := corpus.DigitsDataset(0)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

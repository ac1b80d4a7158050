package verify

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

var spec = nn.NewMLP(64, []int{32}, 10)

const (
	members = 3
	steps   = 24
	period  = 8 // HashEvery: three receipt periods
)

func params() train.Params {
	p := train.DefaultParams()
	p.Steps, p.BatchSize, p.HashEvery, p.Seed = steps, 16, period, 7
	p.Optimizer = train.AdamW(3e-3)
	return p
}

// shards returns each member's sampler over its shard of the digits.
func shards(t testing.TB) []train.Sampler {
	t.Helper()
	ds, err := corpus.DigitsDataset(0)
	if err != nil {
		t.Fatal(err)
	}
	var out []train.Sampler
	for i := 0; i < members; i++ {
		var chunks [][]byte
		for _, c := range ds.Manifest.Indices(dataset.SplitTrain, i, members) {
			chunks = append(chunks, ds.Chunks[c])
		}
		shard, err := dataset.DecodeTabular(ds.Manifest, chunks)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, train.NewTabularSampler(shard, train.MemberSeed(params().Seed, i)))
	}
	return out
}

func cpu(t testing.TB) gpu.Backend {
	t.Helper()
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { be.Close() })
	return be
}

// run is a finished group: every member's periods, the group's states at
// period starts (member 0's), and the sums.
type run struct {
	periods [members][]commit.Period
	starts  map[uint64]*checkpoint.State
	sums    *sumStore
	samp    []train.Sampler
	hashes  [members][32]byte
	// states are the states the members committed to, by hash, as
	// members keep them for verifiers (train.WithStates).
	mu     sync.Mutex
	states map[commit.Hash]*checkpoint.State
	p      train.Params
}

func (r *run) state(h commit.Hash) *checkpoint.State {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.states[h]
}

// train runs the group, member cheat (if ≥ 0) altering its contribution
// with tamper at the steps in at.
func trainGroup(t *testing.T, cheat int, at map[int]bool, tamper func(rng *rand.Rand, c []float32)) *run {
	t.Helper()
	return trainGroupWith(t, params(), cheat, at, tamper)
}

// trainGroupWith is trainGroup with the job's training parameters p.
func trainGroupWith(t *testing.T, tp train.Params, cheat int, at map[int]bool, tamper func(rng *rand.Rand, c []float32)) *run {
	t.Helper()
	r := &run{starts: map[uint64]*checkpoint.State{}, sums: newSumStore(), samp: shards(t), states: map[commit.Hash]*checkpoint.State{}, p: tp}
	group := train.NewLocalGroup(members)
	ms := make([]*train.Member, members)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range ms {
		model, err := nn.New(cpu(t), spec, params().BatchSize)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { model.Close() })
		p := tp
		p.Member = i
		opts := []train.Option{train.WithStates(func(h commit.Hash, s *checkpoint.State) {
			r.mu.Lock()
			r.states[h] = s
			r.mu.Unlock()
		}), train.WithObserver(func(e train.Event) {
			if e.Kind != train.EventCommitment {
				return
			}
			r.periods[i] = append(r.periods[i], e.Period)
			if i == 0 {
				s, err := ms[0].State()
				if err != nil {
					t.Error(err)
				}
				r.starts[e.Period.Step] = s
			}
		})}
		if i == cheat {
			opts = append(opts, train.WithTamper(func(step int, c []float32) {
				if at[step] {
					tamper(rng, c)
				}
			}))
		}
		if ms[i], err = train.NewMember(model, sumRecorder{AllReducer: group.Member(i), store: r.sums}, r.samp[i], p, opts...); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(ms[i].Close)
	}
	s0, err := ms[0].State()
	if err != nil {
		t.Fatal(err)
	}
	r.starts[0] = s0
	res, errs := train.RunGroup(context.Background(), ms)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("member %d: %v", i, err)
		}
		r.hashes[i] = res[i].Hash
	}
	return r
}

// check verifies member's contribution at step against its commitment.
func (r *run) check(t *testing.T, be gpu.Backend, member int, step uint64) (Verdict, error) {
	t.Helper()
	for _, per := range r.periods[member] {
		if step > per.Step {
			continue
		}
		start := per.Step - uint64(len(per.Leaves))
		p := params()
		p.Member = member
		return Check(context.Background(), be, Task{
			Spec: spec, Params: p, Start: r.starts[start], Sampler: r.samp[member], Period: per, Step: step,
			Sums: r.sums.get,
		})
	}
	t.Fatalf("member %d committed no period with step %d", member, step)
	return Verdict{}, nil
}

// TestCommitments: every member closes a period at each receipt, with
// one leaf per step; the members' Reduced hashes and group sizes agree
// (they received the same sum), their contributions and roots differ
// (their shards do).
func TestCommitments(t *testing.T) {
	r := trainGroup(t, -1, nil, nil)
	for i := range members {
		if len(r.periods[i]) != steps/period {
			t.Fatalf("member %d: %d periods, want %d", i, len(r.periods[i]), steps/period)
		}
		for j, per := range r.periods[i] {
			if len(per.Leaves) != period || per.Step != uint64((j+1)*period) || per.Root != commit.Root(per.Leaves) {
				t.Errorf("member %d period %d: %d leaves to step %d, root %s", i, j, len(per.Leaves), per.Step, per.Root.Short())
			}
			for k, l := range per.Leaves {
				o := r.periods[0][j].Leaves[k]
				if l.Step != uint64(j*period+k+1) || l.Reduced != o.Reduced || l.Members != members {
					t.Errorf("member %d step %d: leaf %+v; member 0's %+v", i, l.Step, l, o)
				}
				if i != 0 && l.Contribution == o.Contribution {
					t.Errorf("member %d step %d: the same contribution as member 0", i, l.Step)
				}
			}
		}
	}
}

// TestHonestVerifies: an honest member's commitment verifies at every
// step (the recomputation gives its very bits: the same hash), and the
// leaf's inclusion proof holds against its root.
func TestHonestVerifies(t *testing.T) {
	r := trainGroup(t, -1, nil, nil)
	be := cpu(t)
	for step := uint64(1); step <= steps; step++ {
		member := int(step) % members
		v, err := r.check(t, be, member, step)
		if err != nil {
			t.Fatalf("member %d step %d: %v", member, step, err)
		}
		if !v.Honest || v.Recomputed != v.Leaf.Contribution {
			t.Errorf("member %d step %d: recomputed %s, committed %s", member, step, v.Recomputed.Short(), v.Leaf.Contribution.Short())
		}
	}
}

// TestCheatersCaught: a member that contributes zeros (lazy), a scaled,
// sign-flipped or random gradient (poisoners) at some steps, committing to
// what it sends, is found wrong at exactly those steps and right at the
// others; honest members of the same group stay right everywhere.
func TestCheatersCaught(t *testing.T) {
	cheats := map[int]bool{3: true, 8: true, 9: true, 20: true}
	kinds := []struct {
		name   string
		tamper func(rng *rand.Rand, c []float32)
	}{
		{"lazy zeros", func(_ *rand.Rand, c []float32) { clear(c[:len(c)-2]) }},
		{"scaled ×10", func(_ *rand.Rand, c []float32) {
			for i := range c[:len(c)-2] {
				c[i] *= 10
			}
		}},
		{"sign-flipped", func(_ *rand.Rand, c []float32) {
			for i := range c[:len(c)-2] {
				c[i] = -c[i]
			}
		}},
		{"random", func(rng *rand.Rand, c []float32) {
			for i := range c[:len(c)-2] {
				c[i] = float32(rng.NormFloat64()) * 0.01
			}
		}},
	}
	be := cpu(t)
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			const cheater = 1
			r := trainGroup(t, cheater, cheats, k.tamper)
			for step := uint64(1); step <= steps; step++ {
				v, err := r.check(t, be, cheater, step)
				if err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
				if v.Honest == cheats[int(step)] {
					t.Errorf("step %d: honest = %v; cheated = %v", step, v.Honest, cheats[int(step)])
				}
			}
			for _, step := range []uint64{3, 9, 21} {
				if v, err := r.check(t, be, 2, step); err != nil || !v.Honest {
					t.Errorf("honest member 2, step %d: honest = %v, %v", step, v.Honest, err)
				}
			}
		})
	}
}

// TestBadInputs: a verifier given a sum that is not the committed one, a
// step outside the period, or a leaf not in the root learns that it
// cannot decide; it never blames the member for it.
func TestBadInputs(t *testing.T) {
	r := trainGroup(t, -1, nil, nil)
	be := cpu(t)
	per := r.periods[0][1]
	p := params()
	base := Task{Spec: spec, Params: p, Start: r.starts[period], Sampler: r.samp[0], Period: per, Step: period + 4,
		Sums: r.sums.get}
	wrongSum := base
	wrongSum.Sums = func(h commit.Hash) ([]float32, bool) {
		s, _ := r.sums.get(h)
		s = append([]float32(nil), s...)
		s[0] += 1
		return s, true
	}
	outside := base
	outside.Step = 3
	forged := base
	forged.Period.Leaves = append([]commit.Leaf(nil), per.Leaves...)
	forged.Period.Leaves[0].Contribution[0] ^= 1
	diloco := base
	diloco.Params.LocalSteps = 4
	tests := []struct {
		name string
		task Task
		want error
	}{
		{"sum not the committed one", wrongSum, ErrSum},
		{"step outside the period", outside, ErrTask},
		{"leaf not under the root", forged, commit.ErrProof},
		{"local steps", diloco, ErrUnsupported},
	}
	for _, tt := range tests {
		if _, err := Check(context.Background(), be, tt.task); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v; want %v", tt.name, err, tt.want)
		}
	}
}

// TestMeasure runs the benchmark at toy sizes: every check of the honest
// group passes, and the figures are consistent.
func TestMeasure(t *testing.T) {
	p := DefaultBenchParams()
	p.Members, p.Steps, p.HashEvery, p.Batch, p.Checks = 2, 6, 3, 8, 4
	r, err := Measure(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("member step %v, check %v, ratio %.2f, cost %.3f", r.MemberStep, r.Verify, r.Ratio, r.Cost)
	if r.Honest != p.Checks || r.Ratio <= 0 || r.MemberStep <= 0 || r.Floats == 0 || len(r.Detect) == 0 {
		t.Errorf("result %+v", r)
	}
	if got := DetectProbability(0.05, 100); math.Abs(got-0.99408) > 1e-4 {
		t.Errorf("DetectProbability(0.05, 100) = %.5f; want 0.99408", got)
	}
}

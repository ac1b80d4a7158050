package verify

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/nn"
)

// stepTask is the one-step check of member's leaf at step, with the state
// fetched by the leaf's hash from what the members kept.
func (r *run) stepTask(t *testing.T, member int, step uint64) StepTask {
	t.Helper()
	for _, per := range r.periods[member] {
		if step > per.Step {
			continue
		}
		leaf, i, proof, err := LeafProof(per, step)
		if err != nil {
			t.Fatal(err)
		}
		p := r.p
		p.Member = member
		return StepTask{Spec: spec, Params: p, Sampler: r.samp[member], State: r.state(leaf.State),
			Leaf: leaf, Root: per.Root, Index: i, Count: len(per.Leaves), Proof: proof}
	}
	t.Fatalf("member %d committed no period with step %d", member, step)
	return StepTask{}
}

// TestStepVerifies: every member's every leaf verifies in one step from
// the state it commits to; in the synchronous mode all members commit to
// the same state at a step (it is the group's), which StateAt rebuilds
// from the period's start and the committed sums.
func TestStepVerifies(t *testing.T) {
	r := trainGroup(t, -1, nil, nil)
	be := cpu(t)
	for step := uint64(1); step <= steps; step++ {
		for member := range members {
			task := r.stepTask(t, member, step)
			if member > 0 && task.Leaf.State != r.stepTask(t, 0, step).Leaf.State {
				t.Errorf("step %d: member %d committed to another state than member 0", step, member)
			}
			if member != int(step)%members {
				continue // one recomputation per step keeps the test short
			}
			v, err := CheckStep(context.Background(), be, task)
			if err != nil {
				t.Fatalf("member %d step %d: %v", member, step, err)
			}
			if !v.Honest {
				t.Errorf("member %d step %d: recomputed %s, committed %s", member, step, v.Recomputed.Short(), v.Leaf.Contribution.Short())
			}
		}
	}
	per := r.periods[0][1]
	for _, step := range []uint64{period + 1, period + 5, 2 * period} {
		s, err := StateAt(be, spec, params(), r.starts[period], per.Leaves, r.sums.get, step)
		if err != nil {
			t.Fatalf("StateAt(%d): %v", step, err)
		}
		leaf, _, _, _ := LeafProof(per, step)
		if h, _ := checkpoint.Hash(s); h != leaf.State {
			t.Errorf("StateAt(%d) hashes to %x, the leaf commits to %s", step, h[:4], leaf.State.Short())
		}
	}
}

// TestStepCatchesCheaters: a member that contributes zeros or a scaled
// gradient at some steps (committing to what it sends, and to the honest
// state) is found wrong at exactly those steps by the one-step check.
func TestStepCatchesCheaters(t *testing.T) {
	cheats := map[int]bool{1: true, 8: true, 9: true, 20: true}
	kinds := []struct {
		name   string
		tamper func(rng *rand.Rand, c []float32)
	}{
		{"lazy zeros", func(_ *rand.Rand, c []float32) { clear(c[:len(c)-2]) }},
		{"scaled ×3", func(_ *rand.Rand, c []float32) {
			for i := range c[:len(c)-2] {
				c[i] *= 3
			}
		}},
	}
	be := cpu(t)
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			const cheater = 2
			r := trainGroup(t, cheater, cheats, k.tamper)
			for step := uint64(1); step <= steps; step++ {
				v, err := CheckStep(context.Background(), be, r.stepTask(t, cheater, step))
				if err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
				if v.Honest == cheats[int(step)] {
					t.Errorf("step %d: honest = %v; cheated = %v", step, v.Honest, cheats[int(step)])
				}
			}
			if v, err := CheckStep(context.Background(), be, r.stepTask(t, 0, 9)); err != nil || !v.Honest {
				t.Errorf("honest member 0 at step 9: honest = %v, %v", v.Honest, err)
			}
		})
	}
}

// TestStepBadInputs: a state that is not the committed one (another
// step's, or altered), or a leaf not under the root, means the check
// cannot be made, never that the member cheated.
func TestStepBadInputs(t *testing.T) {
	r := trainGroup(t, -1, nil, nil)
	be := cpu(t)
	base := r.stepTask(t, 1, 12)
	otherStep := base
	otherStep.State = r.state(r.stepTask(t, 1, 11).Leaf.State)
	altered := base
	altered.State = &checkpoint.State{JobID: base.State.JobID, ModelHash: base.State.ModelHash, Step: base.State.Step, Meta: base.State.Meta}
	for _, tn := range base.State.Tensors {
		altered.State.Tensors = append(altered.State.Tensors, checkpoint.Tensor{Name: tn.Name, Data: append([]float32(nil), tn.Data...)})
	}
	altered.State.Tensors[0].Data[0]++
	// A state that hashes as committed but is not before the leaf's
	// step: the leaf claims another step.
	wrongStep := base
	wrongStep.Leaf.Step++
	wrongStep.Root = commit.Root([]commit.Leaf{wrongStep.Leaf})
	wrongStep.Index, wrongStep.Count, wrongStep.Proof = 0, 1, nil
	forged := base
	forged.Leaf.Contribution[0] ^= 1
	none := base
	none.State = nil
	tests := []struct {
		name string
		task StepTask
		want error
	}{
		{"another step's state", otherStep, ErrState},
		{"altered state", altered, ErrState},
		{"state not before the leaf's step", wrongStep, ErrState},
		{"leaf not under the root", forged, commit.ErrProof},
		{"no state", none, ErrState},
	}
	for _, tt := range tests {
		if v, err := CheckStep(context.Background(), be, tt.task); !errors.Is(err, tt.want) || v.Honest {
			t.Errorf("%s: honest %v, %v; want %v", tt.name, v.Honest, err, tt.want)
		}
	}
}

// TestStepDiLoCo: in the local-steps mode the contribution is the outer
// delta after H local steps; each member commits to its own state at the
// start of them (its inner optimizer's moments are its own), and the
// one-step check recomputes the H steps from it: honest leaves verify, a
// member that sends a zero delta is caught.
func TestStepDiLoCo(t *testing.T) {
	tp := params()
	tp.LocalSteps, tp.HashEvery = 4, 8
	cheats := map[int]bool{8: true, 20: true}
	const cheater = 1
	r := trainGroupWith(t, tp, cheater, cheats, func(_ *rand.Rand, c []float32) { clear(c[:len(c)-2]) })
	be := cpu(t)
	for member := range members {
		var n int
		for _, per := range r.periods[member] {
			for _, l := range per.Leaves {
				n++
				if l.Step%4 != 0 {
					t.Errorf("member %d: leaf at step %d, want outer steps only", member, l.Step)
				}
				v, err := CheckStep(context.Background(), be, r.stepTask(t, member, l.Step))
				if err != nil {
					t.Fatalf("member %d step %d: %v", member, l.Step, err)
				}
				if want := !(member == cheater && cheats[int(l.Step)]); v.Honest != want {
					t.Errorf("member %d step %d: honest = %v, want %v", member, l.Step, v.Honest, want)
				}
			}
		}
		if n != steps/4 {
			t.Errorf("member %d: %d leaves, want %d", member, n, steps/4)
		}
	}
	if _, err := StateAt(be, spec, tp, r.starts[0], nil, r.sums.get, 4); !errors.Is(err, ErrUnsupported) {
		t.Errorf("StateAt in local-steps mode: %v, want ErrUnsupported", err)
	}
}

// TestStepDiLoCoOverlapped: with the outer all-reduce overlapped with
// the next round (train.Params.Overlap; the last round of each receipt
// period synchronous), a member commits at the start of each round to a
// state whose parameters are where that round starts (the group's
// parameters plus its own progress of the round before, the outer
// gradient of which is still in flight): the one-step check recomputes
// the round's outer gradient from it alone. Honest leaves verify, in the
// overlapped rounds and the synchronous ones; a member that sends a zero
// delta is caught at exactly those steps.
func TestStepDiLoCoOverlapped(t *testing.T) {
	tp := params()
	tp.LocalSteps, tp.HashEvery, tp.Overlap = 4, 8, true
	tp.OuterLR, tp.OuterMomentum = 0.9, 0.7
	cheats := map[int]bool{4: true, 16: true}
	const cheater = 2
	r := trainGroupWith(t, tp, cheater, cheats, func(_ *rand.Rand, c []float32) { clear(c[:len(c)-2]) })
	be := cpu(t)
	for member := range members {
		var n int
		for _, per := range r.periods[member] {
			for _, l := range per.Leaves {
				n++
				if l.Step%4 != 0 || l.Step > per.Step {
					t.Errorf("member %d: leaf at step %d in the period ending at %d, want outer steps of the period only", member, l.Step, per.Step)
				}
				v, err := CheckStep(context.Background(), be, r.stepTask(t, member, l.Step))
				if err != nil {
					t.Fatalf("member %d step %d: %v", member, l.Step, err)
				}
				if want := !(member == cheater && cheats[int(l.Step)]); v.Honest != want {
					t.Errorf("member %d step %d: honest = %v, want %v", member, l.Step, v.Honest, want)
				}
			}
		}
		if n != steps/4 {
			t.Errorf("member %d: %d leaves, want %d", member, n, steps/4)
		}
	}
}

// pairRecorder keeps, for one member, every sum it got back in order, so
// that a compressed outer step's committed sum (its statistics' sum then
// its values', concatenated: commit.Leaf.Reduced) can be found by hash.
type pairRecorder struct {
	train.AllReducer
	mu  *sync.Mutex
	seq *[][]float32
}

func (r pairRecorder) AllReduce(ctx context.Context, buf []float32) (int, error) {
	k, err := r.AllReducer.AllReduce(ctx, buf)
	if err == nil {
		r.mu.Lock()
		*r.seq = append(*r.seq, append([]float32(nil), buf...))
		r.mu.Unlock()
	}
	return k, err
}

// TestStepDiLoCoCompressed: with compressed outer gradients (top-k blocks
// of int4 values, error feedback) a member's leaf commits to both
// all-reduces; the one-step check recomputes them from the member's state
// (its residual included) and the group's committed sum: honest leaves
// verify, a member that zeroes what it sends is caught at exactly those
// steps, and without the sum the check cannot be made.
func TestStepDiLoCoCompressed(t *testing.T) {
	tp := params()
	tp.LocalSteps, tp.HashEvery = 4, 8
	tp.Compression = codec.Outer{TopK: 0.5, Bits: 4}
	cheats := map[int]bool{8: true, 20: true}
	const cheater = 1
	group := train.NewLocalGroup(members)
	var mu sync.Mutex
	seqs := make([][][]float32, members)
	states := map[commit.Hash]*checkpoint.State{}
	periods := make([][]commit.Period, members)
	samp := shards(t)
	ms := make([]*train.Member, members)
	for i := range ms {
		model, err := nn.New(cpu(t), spec, tp.BatchSize)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { model.Close() })
		p := tp
		p.Member = i
		opts := []train.Option{train.WithStates(func(h commit.Hash, s *checkpoint.State) {
			mu.Lock()
			states[h] = s
			mu.Unlock()
		}), train.WithObserver(func(e train.Event) {
			if e.Kind == train.EventCommitment {
				periods[i] = append(periods[i], e.Period)
			}
		})}
		if i == cheater {
			opts = append(opts, train.WithTamper(func(step int, c []float32) {
				if cheats[step] {
					clear(c)
				}
			}))
		}
		if ms[i], err = train.NewMember(model, pairRecorder{AllReducer: group.Member(i), mu: &mu, seq: &seqs[i]}, samp[i], p, opts...); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(ms[i].Close)
	}
	res, errs := train.RunGroup(context.Background(), ms)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("member %d: %v", i, err)
		}
		if res[i].Hash != res[0].Hash {
			t.Fatalf("member %d ends at %x, member 0 at %x", i, res[i].Hash[:4], res[0].Hash[:4])
		}
	}
	sums := map[commit.Hash][]float32{}
	for _, seq := range seqs {
		for j := 0; j+1 < len(seq); j++ {
			s := append(append([]float32(nil), seq[j]...), seq[j+1]...)
			sums[commit.Floats(s)] = s
		}
	}
	be := cpu(t)
	checked := 0
	for member := range members {
		for _, per := range periods[member] {
			for _, l := range per.Leaves {
				leaf, idx, proof, err := LeafProof(per, l.Step)
				if err != nil {
					t.Fatal(err)
				}
				p := tp
				p.Member = member
				task := StepTask{Spec: spec, Params: p, Sampler: samp[member], State: states[leaf.State],
					Leaf: leaf, Root: per.Root, Index: idx, Count: len(per.Leaves), Proof: proof, Sum: sums[leaf.Reduced]}
				if task.Sum == nil {
					t.Fatalf("member %d step %d: no recorded sum hashes to the leaf's %s", member, l.Step, leaf.Reduced.Short())
				}
				v, err := CheckStep(context.Background(), be, task)
				if err != nil {
					t.Fatalf("member %d step %d: %v", member, l.Step, err)
				}
				if want := !(member == cheater && cheats[int(l.Step)]); v.Honest != want {
					t.Errorf("member %d step %d: honest = %v, want %v", member, l.Step, v.Honest, want)
				}
				checked++
				if member == 0 && l.Step == 4 {
					task.Sum = nil
					if _, err := CheckStep(context.Background(), be, task); !errors.Is(err, ErrSum) {
						t.Errorf("no sum: %v, want ErrSum", err)
					}
				}
			}
		}
	}
	if checked != members*steps/4 {
		t.Errorf("%d leaves checked, want %d", checked, members*steps/4)
	}
}

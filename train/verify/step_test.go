package verify

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
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

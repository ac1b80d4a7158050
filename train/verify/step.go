package verify

import (
	"context"
	"errors"
	"fmt"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/nn"
)

// ErrState: the state given for a one-step check is not the one the leaf
// commits to (another hash), or not the state before the leaf's step. The
// check cannot be made from it; this says nothing about the member.
var ErrState = errors.New("verify: state is not the committed one")

// StepTask is a one-step recomputation (issue 16, D2): member
// Params.Member's contribution at Leaf.Step, from the state before the
// step that the leaf commits to (Leaf.State), fetched by that hash from
// any member. Nothing before the step is replayed: the check costs one
// member step (in the local-steps mode, the H local steps that end at
// the leaf's all-reduce), whatever the receipt period.
type StepTask struct {
	// Spec is the job's model.
	Spec nn.Spec
	// Params are the job's training parameters with Member set to the
	// member being checked.
	Params train.Params
	// Sampler draws the member's batches (its shard, its seed).
	Sampler train.Sampler
	// State is the member's state before the step, whose checkpoint
	// hash must be Leaf.State.
	State *checkpoint.State
	// Leaf is the member's committed leaf: leaf Index of the Count
	// leaves of the period whose root (signed in the member's receipt) is
	// Root, with its inclusion Proof.
	Leaf         commit.Leaf
	Root         commit.Hash
	Index, Count int
	Proof        []commit.Hash
	// Sum is the group's sum the leaf commits to (Leaf.Reduced), needed
	// only with compressed DiLoCo (train.Params.Compression): what a
	// member sends there depends on the group's block statistics, the
	// sum's first part. Any member of the group holds it.
	Sum []float32
}

// LeafProof finds the leaf of step in a period and builds its proof: the
// leaf-side fields of a StepTask, as a member serving them fills them.
func LeafProof(per commit.Period, step uint64) (leaf commit.Leaf, index int, proof []commit.Hash, err error) {
	for i, l := range per.Leaves {
		if l.Step == step {
			proof, err := commit.Proof(per.Leaves, i)
			return l, i, proof, err
		}
	}
	return commit.Leaf{}, 0, nil, fmt.Errorf("%w: no leaf at step %d in the period ending at step %d", ErrTask, step, per.Step)
}

// CheckStep checks the leaf against its root, the state against the
// leaf, recomputes the step on be (a deterministic backend) and compares
// the contribution with the leaf. Honest is false exactly when the member
// committed to a contribution other than the one its committed state and
// its batch give. An error means the check could not be made (ErrTask,
// ErrState, ErrReplay, ErrUnsupported).
func CheckStep(ctx context.Context, be gpu.Backend, t StepTask) (Verdict, error) {
	v, _, err := checkStep(ctx, be, t)
	return v, err
}

// checkStep is CheckStep returning the recomputed contribution too.
func checkStep(ctx context.Context, be gpu.Backend, t StepTask) (Verdict, []float32, error) {
	v := Verdict{Leaf: t.Leaf, Index: t.Index}
	if err := commit.Verify(t.Root, t.Leaf, t.Index, t.Count, t.Proof); err != nil {
		return v, nil, fmt.Errorf("%w: %w", ErrTask, err)
	}
	if t.State == nil {
		return v, nil, fmt.Errorf("%w: no state", ErrState)
	}
	h, err := checkpoint.Hash(t.State)
	if err != nil {
		return v, nil, fmt.Errorf("%w: %w", ErrState, err)
	}
	if h != t.Leaf.State {
		return v, nil, fmt.Errorf("%w: state %x, the leaf commits to %s", ErrState, h[:4], t.Leaf.State.Short())
	}
	var sum []float32
	if t.Params.Compression.On() {
		if t.Sum == nil || commit.Floats(t.Sum) != t.Leaf.Reduced {
			return v, nil, fmt.Errorf("%w: compressed DiLoCo (%v) is recomputed from the group's sum %s", ErrSum, t.Params.Compression, t.Leaf.Reduced.Short())
		}
		sum = t.Sum
	}
	got, step, err := recomputeStep(ctx, be, t.Spec, t.Params, t.Sampler, t.State, sum)
	if err != nil {
		return v, nil, err
	}
	if step != t.Leaf.Step {
		return v, nil, fmt.Errorf("%w: the state's next all-reduce is at step %d, the leaf's step is %d", ErrState, step, t.Leaf.Step)
	}
	v.Recomputed = commit.Floats(got)
	v.Honest = v.Recomputed == t.Leaf.Contribution
	return v, got, nil
}

// RecomputeStep returns what member p.Member passes to the all-reduce
// next when it starts from state s: its gradient and loss statistics at
// step s.Step+1, or in the local-steps mode its parameter change after
// the local steps up to the next outer step, and the step of that
// all-reduce. It hashes nothing and compares nothing; CheckStep does.
// With compressed DiLoCo it needs the group's sum (StepTask.Sum) and
// fails without it.
func RecomputeStep(ctx context.Context, be gpu.Backend, spec nn.Spec, p train.Params, sampler train.Sampler, s *checkpoint.State) ([]float32, uint64, error) {
	return recomputeStep(ctx, be, spec, p, sampler, s, nil)
}

// recomputeStep is RecomputeStep given the group's committed sum (nil
// when the run does not compress).
func recomputeStep(ctx context.Context, be gpu.Backend, spec nn.Spec, p train.Params, sampler train.Sampler, s *checkpoint.State, sum []float32) ([]float32, uint64, error) {
	if s == nil || s.Step >= uint64(p.Steps) {
		return nil, 0, fmt.Errorf("%w: no step after the state", ErrState)
	}
	if p.LocalSteps > 1 && s.Step%uint64(p.LocalSteps) != 0 {
		// Local steps in the middle of a run: a member commits to the
		// state at the start of each run of H local steps only.
		return nil, 0, fmt.Errorf("%w: state at step %d, not at the start of %d local steps", ErrState, s.Step, p.LocalSteps)
	}
	p.HashEvery, p.CheckpointEvery, p.CheckpointDir, p.EvalEvery = 0, 0, "", 0
	model, err := nn.New(be, spec, p.BatchSize)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %w", ErrReplay, err)
	}
	defer model.Close()
	var got []float32
	var at uint64
	var m *train.Member
	m, err = train.NewMember(model, nil, sampler, p, train.WithStart(s), train.WithGroupSum(sum),
		train.WithCapture(func(c []float32) { got, at = c, uint64(m.Step()+1) }))
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %w", ErrReplay, err)
	}
	defer m.Close()
	_, err = m.Run(ctx)
	switch {
	case got != nil:
		return got, at, nil
	case err == nil:
		return nil, 0, fmt.Errorf("%w: the run ended without an all-reduce", ErrReplay)
	default:
		return nil, 0, fmt.Errorf("%w: %w", ErrReplay, err)
	}
}

// StateAt returns the group's state before step (after step−1) in the
// synchronous mode, replayed from start (a checkpoint at or before it)
// with the group's sums committed by leaves (each leaf's Reduced, fetched
// through sums and checked): how a member that keeps only its period's
// starting checkpoint serves the state a verifier asks for by hash. The
// cost is the optimizer updates of the replayed steps, no gradient.
func StateAt(be gpu.Backend, spec nn.Spec, p train.Params, start *checkpoint.State, leaves []commit.Leaf, sums func(commit.Hash) ([]float32, bool), step uint64) (*checkpoint.State, error) {
	if p.LocalSteps > 1 {
		return nil, fmt.Errorf("%w: local steps (DiLoCo) H=%d: each member's inner state is its own; it keeps its states (train.WithStates)", ErrUnsupported, p.LocalSteps)
	}
	if start == nil || start.Step >= step {
		return nil, fmt.Errorf("%w: no start state before step %d", ErrTask, step)
	}
	p.HashEvery, p.CheckpointEvery, p.CheckpointDir, p.EvalEvery = 0, 0, "", 0
	model, err := nn.New(be, spec, p.BatchSize)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrReplay, err)
	}
	defer model.Close()
	m, err := train.NewMember(model, nil, nil, p, train.WithStart(start))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrReplay, err)
	}
	defer m.Close()
	for _, l := range leaves {
		if l.Step <= start.Step {
			continue
		}
		if l.Step >= step {
			break
		}
		if l.Step != uint64(m.Step())+1 {
			return nil, fmt.Errorf("%w: no leaf for step %d", ErrTask, m.Step()+1)
		}
		sum, ok := sums(l.Reduced)
		if !ok || commit.Floats(sum) != l.Reduced {
			return nil, fmt.Errorf("%w: step %d, sum %s", ErrSum, l.Step, l.Reduced.Short())
		}
		if err := m.Replay(sum, int(l.Members)); err != nil {
			return nil, fmt.Errorf("%w: step %d: %w", ErrReplay, l.Step, err)
		}
	}
	if uint64(m.Step())+1 != step {
		return nil, fmt.Errorf("%w: the leaves reach step %d, not %d", ErrTask, m.Step(), step-1)
	}
	return m.State()
}

// Package verify recomputes a training member's contribution at a step,
// exactly, and checks it against the member's commitment (issue 16,
// "Verified work"; the commitment is package commit's).
//
// Training is deterministic and its bits do not depend on the machine
// (gpu's deterministic CPU backend, checked on amd64 and arm64), and its
// inputs are content-addressed, so anyone holding them gets the member's
// very bits. Three checks:
//
//   - CheckStep (step.go), the normal one: the member's leaf commits to
//     the hash of its whole state before the step; a verifier fetches
//     that state by hash, restores it and runs the member's own loop for
//     the step (in the local-steps mode, its H local steps), and compares
//     the contribution's hash with the leaf. One member step per check.
//     StateAt rebuilds a state from a period's starting checkpoint for a
//     member that did not keep it.
//   - Check, the fallback: from the group's state at the start of the
//     receipt period, it replays the period's earlier steps with the
//     group's sums the member committed to (train.Member.Replay:
//     optimizer updates only), then runs the step. Synchronous mode only.
//   - Blame (blame.go): on a dispute over a step's all-reduce, it
//     recomputes every member's contribution and names the member whose
//     transcript shows an output that is not its input plus its
//     contribution in the ring's summation order
//     (mesh/allreduce/transcript).
//
// verify is pure in the sense the cores are: no clock, no network, no
// goroutine; the compute backend is given. It does not choose which
// steps to check, nor what happens to a member caught (the job core's
// and the protocol's concerns). Measure (measure.go, `trainmesh bench
// verify`) is the exception: it reads the clock.
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

// Errors of package verify: each says why a step could not be checked.
// A member found to have contributed something else is not an error but
// a Verdict.
var (
	// ErrUnsupported: the run cannot be recomputed by this package yet
	// (local-steps mode: each member's optimizer state is its own).
	ErrUnsupported = errors.New("verify: not recomputable")
	// ErrTask: the task is inconsistent (no leaf at the step, a start
	// state after the step, leaves out of order).
	ErrTask = errors.New("verify: invalid task")
	// ErrSum: a sum needed for the replay is missing, or does not hash
	// to the Reduced hash the member committed to.
	ErrSum = errors.New("verify: group sum missing or not the committed one")
	// ErrReplay: the replay stopped for another reason (a model that
	// fails to build, a state that does not fit it).
	ErrReplay = errors.New("verify: replay failed")
)

// Task is one recomputation: member Params.Member's contribution at Step.
type Task struct {
	// Spec is the job's model.
	Spec nn.Spec
	// Params are the job's training parameters with Member set to the
	// member being checked (its index seeds nothing else: the Sampler
	// carries its shard and seed).
	Params train.Params
	// Start is the group's state at the period's start: after step
	// Start.Step, which precedes every leaf of Period.
	Start *checkpoint.State
	// Sampler draws the member's batches (its shard, its seed:
	// train.MemberSeed(seed, member)).
	Sampler train.Sampler
	// Period is the member's commitment: its leaves since Start.Step, in
	// step order, and their root.
	Period commit.Period
	// Sums returns the group's sum with the given hash (the Reduced hash
	// of a leaf before Step), as members and followers keep them.
	Sums func(commit.Hash) ([]float32, bool)
	// Step is the step to recompute, one of Period's leaves.
	Step uint64
}

// Verdict is a check's outcome.
type Verdict struct {
	// Leaf is the member's committed leaf at the step, Index its place in
	// the period.
	Leaf  commit.Leaf
	Index int
	// Recomputed is the hash of the recomputed contribution.
	Recomputed commit.Hash
	// Honest reports whether the member contributed exactly what the
	// recomputation gives.
	Honest bool
}

// Check recomputes the task's step on be (a deterministic backend) and
// compares it with the member's committed leaf, after checking that the
// leaf is in the period's root. Honest is false exactly when the member
// committed to a contribution other than the one its inputs give.
func Check(ctx context.Context, be gpu.Backend, t Task) (Verdict, error) {
	i, err := t.leafIndex()
	if err != nil {
		return Verdict{}, err
	}
	v := Verdict{Leaf: t.Period.Leaves[i], Index: i}
	// The proof is built from the leaves and checked against the root
	// the member signed: a verifier holding only one leaf and its proof
	// runs the same commit.Verify.
	proof, err := commit.Proof(t.Period.Leaves, i)
	if err != nil {
		return v, err
	}
	if err := commit.Verify(t.Period.Root, v.Leaf, i, len(t.Period.Leaves), proof); err != nil {
		return v, fmt.Errorf("%w: %w", ErrTask, err)
	}
	got, err := Recompute(ctx, be, t)
	if err != nil {
		return v, err
	}
	v.Recomputed = commit.Floats(got)
	v.Honest = v.Recomputed == v.Leaf.Contribution
	return v, nil
}

// leafIndex finds Step among the period's leaves and checks their order.
func (t Task) leafIndex() (int, error) {
	if t.Start == nil {
		return 0, fmt.Errorf("%w: no start state", ErrTask)
	}
	at := -1
	prev := t.Start.Step
	for i, l := range t.Period.Leaves {
		if l.Step <= prev {
			return 0, fmt.Errorf("%w: leaf %d at step %d after step %d", ErrTask, i, l.Step, prev)
		}
		prev = l.Step
		if l.Step == t.Step {
			at = i
		}
	}
	if at < 0 {
		return 0, fmt.Errorf("%w: no leaf at step %d", ErrTask, t.Step)
	}
	return at, nil
}

// Recompute returns the buffer member Params.Member should have passed to
// the all-reduce at Step: its gradient and loss statistics at the
// parameters the group held then. It builds the model on be, restores
// Start, and runs train.Member's own loop from there, handing back at
// each earlier step of the period the group's sum that the member
// committed to having received (so the replay follows the group as it
// was, whatever the other members contributed). It does not check the
// leaf itself; Check does.
func Recompute(ctx context.Context, be gpu.Backend, t Task) ([]float32, error) {
	if t.Params.LocalSteps > 1 {
		return nil, fmt.Errorf("%w: local steps (DiLoCo) H=%d", ErrUnsupported, t.Params.LocalSteps)
	}
	i, err := t.leafIndex()
	if err != nil {
		return nil, err
	}
	if t.Step != t.Start.Step+uint64(i)+1 {
		// In the synchronous mode every step has an all-reduce, so the
		// period's leaves are its steps one by one.
		return nil, fmt.Errorf("%w: the leaves skip steps before step %d", ErrTask, t.Step)
	}
	p := t.Params
	// The replay signs nothing, compares no hashes, evaluates and saves
	// nothing: only the steps themselves.
	p.HashEvery, p.CheckpointEvery, p.CheckpointDir, p.EvalEvery = 0, 0, "", 0
	model, err := nn.New(be, t.Spec, p.BatchSize)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrReplay, err)
	}
	defer model.Close()
	var got []float32
	m, err := train.NewMember(model, nil, t.Sampler, p, train.WithStart(t.Start),
		train.WithCapture(func(c []float32) { got = c }))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrReplay, err)
	}
	defer m.Close()
	// The steps before: the group's sums, as the member received them,
	// applied by the member's own update (no gradient is computed).
	for _, l := range t.Period.Leaves[:i] {
		sum, ok := t.Sums(l.Reduced)
		if !ok || commit.Floats(sum) != l.Reduced {
			return nil, fmt.Errorf("%w: step %d, sum %s", ErrSum, l.Step, l.Reduced.Short())
		}
		if err := m.Replay(sum, int(l.Members)); err != nil {
			return nil, fmt.Errorf("%w: step %d: %w", ErrReplay, l.Step, err)
		}
	}
	// The step itself: the member's loop, up to its all-reduce.
	_, err = m.Run(ctx)
	switch {
	case got != nil:
		return got, nil
	case err == nil:
		return nil, fmt.Errorf("%w: the run ended before step %d", ErrReplay, t.Step)
	default:
		return nil, fmt.Errorf("%w: %w", ErrReplay, err)
	}
}

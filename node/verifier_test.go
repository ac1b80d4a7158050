package node

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/commit"
)

// TestRecompute: two winners train a digits job of 20 steps in receipt
// periods of 10; the second contributes zeros from step 13 on. The poster,
// which trains nothing, recomputes steps of both from what the members
// serve by hash (their period commitments, the state at step 10, the
// group's sums) and the data it holds: the honest member's steps and the
// lazy member's steps before 13 check; its step 15 does not.
func TestRecompute(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var mu sync.Mutex
	roots := map[int]map[uint64]commit.Hash{} // member (award order) → period end → root
	n := newJobNet(t, ctx, jobNetOptions{providers: 2, opts: func(i int) []Option {
		if i == 0 {
			return nil
		}
		var opts []Option
		opts = append(opts, WithTrainObserver(func(_ auction.Hash, e train.Event) {
			if e.Kind == train.EventCommitment {
				mu.Lock()
				if roots[e.Member] == nil {
					roots[e.Member] = map[uint64]commit.Hash{}
				}
				roots[e.Member][uint64(e.Step)] = e.Period.Root
				mu.Unlock()
			}
		}))
		if i == 2 {
			opts = append(opts, withTamper(func(step int, c []float32) {
				if step >= 13 {
					clear(c)
				}
			}))
		}
		return opts
	}})
	const steps, k = 20, 2
	poster := n.nodes[0]
	out, err := poster.PostAndTrain(ctx, digitsJob(t, k, steps, k*steps*1000))
	if err != nil {
		t.Fatal(err)
	}
	a := &audited{job: out.Job.JobID, recipe: out.run.rec.Recipe, award: out.Award, poster: poster.host.ID()}
	lazy := auction.Address(n.nodes[2].Key().Address())
	for i, w := range out.Award.Winners {
		for _, step := range []uint64{5, 12, 15, 20} {
			end := uint64(10)
			if step > 10 {
				end = 20
			}
			task := auditTask{member: w, step: step, root: roots[i][end]}
			res, err := poster.recompute(ctx, a, task)
			if err != nil {
				t.Fatalf("recompute %s step %d: %v", w.Short(), step, err)
			}
			want := w != lazy || step < 13
			if res.verdict.Honest != want || res.verdict.Leaf.Step != step {
				t.Errorf("%s step %d: honest %v (leaf of step %d); want %v", w.Short(), step, res.verdict.Honest, res.verdict.Leaf.Step, want)
			}
			if err := commit.Verify(roots[i][end], res.verdict.Leaf, res.verdict.Index, res.count, res.proof); err != nil {
				t.Errorf("%s step %d: proof: %v", w.Short(), step, err)
			}
		}
	}
}

package verify

import (
	"context"
	"fmt"
	"testing"

	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/internal/archtest"
)

// archFigures are what TestRecomputeOnArm64 compares across
// architectures: every member's every leaf (the hash of each contribution
// sum, state before the step), and the hashes of recomputations of a
// sample of steps, by replay and in one step.
type archFigures struct {
	Leaves     [members][]commit.Leaf
	Recomputed map[string]commit.Hash
}

func archRun(t *testing.T) archFigures {
	t.Helper()
	r := trainGroup(t, -1, nil, nil)
	f := archFigures{Recomputed: map[string]commit.Hash{}}
	for i := range members {
		for _, per := range r.periods[i] {
			f.Leaves[i] = append(f.Leaves[i], per.Leaves...)
		}
	}
	be := cpu(t)
	for _, c := range []struct {
		member int
		step   uint64
	}{{0, 1}, {1, 8}, {2, 13}, {0, 24}} {
		v, err := r.check(t, be, c.member, c.step)
		if err != nil || !v.Honest {
			t.Fatalf("member %d step %d: honest %v, %v", c.member, c.step, v.Honest, err)
		}
		f.Recomputed[fmt.Sprintf("member %d step %d", c.member, c.step)] = v.Recomputed
		// The one-step check, from the state the leaf commits to (its
		// hash, in the leaf, is compared above too).
		v, err = CheckStep(context.Background(), be, r.stepTask(t, c.member, c.step))
		if err != nil || !v.Honest {
			t.Fatalf("one step, member %d step %d: honest %v, %v", c.member, c.step, v.Honest, err)
		}
		f.Recomputed[fmt.Sprintf("one step, member %d step %d", c.member, c.step)] = v.Recomputed
	}
	return f
}

// TestRecomputeOnArm64: a group's commitments and a verifier's
// recomputations give the same hashes on arm64 (this package's tests
// cross-compiled and run under qemu-aarch64-static) as on amd64, so a
// verifier on one architecture checks a member on the other. It skips,
// saying why, without qemu-user-static (scripts/test.sh installs it).
func TestRecomputeOnArm64(t *testing.T) {
	want, got, ok := archtest.Compare(t, archRun)
	if !ok {
		return
	}
	n := 0
	for i := range members {
		if len(got.Leaves[i]) != len(want.Leaves[i]) {
			t.Fatalf("member %d: %d leaves on arm64, %d on amd64", i, len(got.Leaves[i]), len(want.Leaves[i]))
		}
		for k, l := range want.Leaves[i] {
			if got.Leaves[i][k] != l {
				t.Errorf("member %d step %d: arm64 leaf %+v, amd64 %+v", i, l.Step, got.Leaves[i][k], l)
			}
			n++
		}
	}
	for k, h := range want.Recomputed {
		if got.Recomputed[k] != h {
			t.Errorf("recomputation %s: arm64 %s, amd64 %s", k, got.Recomputed[k].Short(), h.Short())
		}
	}
	t.Logf("%d leaves and %d recomputations agree between amd64 and emulated arm64", n, len(want.Recomputed))
}

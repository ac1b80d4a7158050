package train

import (
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/train/commit"
)

// TestCommitmentsLocalSteps: in the local-steps mode (DiLoCo) a member
// commits at each outer step only, so a receipt period of 10 steps with
// H = 5 holds the leaves of steps 5 and 10; both members received the
// same sums, and their deltas differ.
func TestCommitmentsLocalSteps(t *testing.T) {
	var periods [2][]commit.Period
	var stepLeaves [2]int
	ms := newGroup(t, groupSetup{spec: digitsSpec, ds: digits(t), members: 2,
		params: func(int) Params {
			p := digitsParams(2)
			p.Steps, p.LocalSteps, p.HashEvery = 20, 5, 10
			return p
		},
		opts: func(i int) []Option {
			return []Option{WithObserver(func(e Event) {
				switch {
				case e.Kind == EventCommitment:
					periods[i] = append(periods[i], e.Period)
				case e.Kind == EventStep && e.Leaf != (commit.Leaf{}):
					stepLeaves[i]++
				}
			})}
		}})
	mustRun(t, ms)
	for i := range periods {
		if len(periods[i]) != 2 || stepLeaves[i] != 4 {
			t.Fatalf("member %d: %d periods, %d steps with a leaf; want 2 and 4", i, len(periods[i]), stepLeaves[i])
		}
		for j, per := range periods[i] {
			if len(per.Leaves) != 2 || per.Leaves[0].Step != uint64(10*j+5) || per.Leaves[1].Step != uint64(10*j+10) || per.Root != commit.Root(per.Leaves) {
				t.Errorf("member %d period %d: %+v", i, j, per)
			}
			for k, l := range per.Leaves {
				o := periods[0][j].Leaves[k]
				if l.Reduced != o.Reduced || (i == 1 && l.Contribution == o.Contribution) {
					t.Errorf("member %d step %d: leaf %+v; member 0's %+v", i, l.Step, l, o)
				}
			}
		}
	}
}

// TestReplayRefuses: Replay applies a synchronous step's sum; it refuses
// the local-steps mode, a sum of another length, no members, and a run
// that is over.
func TestReplayRefuses(t *testing.T) {
	setup := func(steps, local int) *Member {
		return newGroup(t, groupSetup{spec: digitsSpec, ds: digits(t), members: 1, params: func(int) Params {
			p := digitsParams(1)
			p.Steps, p.LocalSteps, p.HashEvery = steps, local, 0
			return p
		}})[0]
	}
	n := ReduceLen(setup(1, 1).Model().Layout())
	done := setup(1, 1)
	if err := done.Replay(make([]float32, n), 1); err != nil {
		t.Fatalf("first replay: %v", err)
	}
	tests := []struct {
		name    string
		m       *Member
		sum     []float32
		members int
	}{
		{"local steps", setup(4, 2), make([]float32, n), 1},
		{"short sum", setup(4, 1), make([]float32, n-1), 1},
		{"no members", setup(4, 1), make([]float32, n), 0},
		{"run over", done, make([]float32, n), 1},
	}
	for _, tt := range tests {
		if err := tt.m.Replay(tt.sum, tt.members); !errors.Is(err, ErrParams) {
			t.Errorf("%s: Replay = %v; want ErrParams", tt.name, err)
		}
	}
}

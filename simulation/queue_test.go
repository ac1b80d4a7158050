package simulation

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestQueueOrder: whatever the order of pushes, events pop in (time,
// sequence) order, so events at one microsecond fire in the order they
// were scheduled.
func TestQueueOrder(t *testing.T) {
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 1))
		var q queue
		var want []event
		for i := range 2000 {
			e := event{at: rng.Int64N(50), seq: uint64(i + 1)}
			want = append(want, e)
			q.push(e)
			if rng.IntN(4) == 0 && q.len() > 0 {
				got := q.pop()
				slices.SortFunc(want, func(a, b event) int {
					if a.before(&b) {
						return -1
					}
					return 1
				})
				if got != want[0] {
					t.Fatalf("seed %d: popped %+v; want %+v", seed, got, want[0])
				}
				want = want[1:]
			}
		}
		slices.SortFunc(want, func(a, b event) int {
			if a.before(&b) {
				return -1
			}
			return 1
		})
		for _, w := range want {
			if got := q.pop(); got != w {
				t.Fatalf("seed %d: popped %+v; want %+v", seed, got, w)
			}
		}
		if q.len() != 0 {
			t.Fatalf("seed %d: %d events left", seed, q.len())
		}
	}
}

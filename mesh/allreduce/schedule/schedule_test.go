package schedule

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// contribution is a property-test element: how many times each rank's
// input has been added in, and which element it came from. Counting per
// rank (rather than summing powers of two) makes "rank 0 twice, rank 1
// never" visible.
type contribution struct {
	count [16]uint8 // the tests go up to N = 16
	elem  int
}

func addContributions(dst, src []contribution) {
	for i := range dst {
		if dst[i].elem != src[i].elem {
			panic(fmt.Sprintf("element %d reduced with element %d", dst[i].elem, src[i].elem))
		}
		for r := range dst[i].count {
			dst[i].count[r] += src[i].count[r]
		}
	}
}

// TestEveryContributionOnce runs the schedule over the full matrix the
// issue asks for (N = 2..16, lengths not divisible by N, down to one
// element, several chunk sizes) and checks that every rank ends with every
// element holding every rank's contribution exactly once.
func TestEveryContributionOnce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 1; n <= 16; n++ {
		lengths := []int{1, n - 1, n, n + 1, 2*n + 3, 97, 1000 + rng.IntN(1000)}
		for _, length := range lengths {
			if length < 1 {
				continue
			}
			for _, chunk := range []int{1, 3, 64, 1 << 20} {
				t.Run(fmt.Sprintf("n=%d/len=%d/chunk=%d", n, length, chunk), func(t *testing.T) {
					l, err := NewLayout(n, length, chunk)
					if err != nil {
						t.Fatal(err)
					}
					bufs := make([][]contribution, n)
					for r := range bufs {
						bufs[r] = make([]contribution, length)
						for i := range bufs[r] {
							bufs[r][i].elem = i
							bufs[r][i].count[r] = 1
						}
					}
					Execute(l, bufs, addContributions)
					for r := range bufs {
						for i, c := range bufs[r] {
							if c.elem != i {
								t.Fatalf("rank %d element %d holds element %d", r, i, c.elem)
							}
							for q := 0; q < n; q++ {
								if c.count[q] != 1 {
									t.Fatalf("rank %d element %d: rank %d contributed %d times, want once", r, i, q, c.count[q])
								}
							}
						}
					}
				})
			}
		}
	}
}

// TestLayoutCoversTensor checks that segments tile the tensor in order and
// chunks tile their segment, none longer than the chunk bound.
func TestLayoutCoversTensor(t *testing.T) {
	for _, tc := range []struct{ n, length, chunk int }{
		{1, 1, 1}, {2, 1, 1}, {16, 1, 4}, {3, 10, 2}, {16, 1000003, 65536}, {7, 64 << 20 >> 2, 1 << 18},
	} {
		t.Run(fmt.Sprintf("n=%d/len=%d/chunk=%d", tc.n, tc.length, tc.chunk), func(t *testing.T) {
			l, err := NewLayout(tc.n, tc.length, tc.chunk)
			if err != nil {
				t.Fatal(err)
			}
			next := 0
			for s := 0; s < tc.n; s++ {
				lo, hi := l.Segment(s)
				if lo != next || hi < lo {
					t.Fatalf("segment %d = [%d,%d), want to start at %d", s, lo, hi, next)
				}
				cnext := lo
				for j := 0; j < l.Rounds(); j++ {
					clo, chi := l.Chunk(s, j)
					if clo != cnext || chi < clo || chi-clo > tc.chunk {
						t.Fatalf("chunk (%d,%d) = [%d,%d), want start %d and at most %d elements", s, j, clo, chi, cnext, tc.chunk)
					}
					cnext = chi
				}
				if cnext != hi {
					t.Fatalf("chunks of segment %d end at %d, want %d", s, cnext, hi)
				}
				next = hi
			}
			if next != tc.length {
				t.Fatalf("segments end at %d, want %d", next, tc.length)
			}
		})
	}
}

// TestStepChain checks the invariants the engine relies on: what a rank
// receives at step k it sends at step k+1; the last reduce-scatter step
// completes the segment the rank owns, which it sends first in the
// all-gather; and a rank's successor receives exactly what it sends.
func TestStepChain(t *testing.T) {
	for n := 2; n <= 16; n++ {
		l, _ := NewLayout(n, 10*n, 3)
		for r := 0; r < n; r++ {
			succ := (r + 1) % n
			for k := 0; k < l.Steps(); k++ {
				st := l.Step(r, k)
				if got := l.Step(succ, k).Recv; got != st.Send {
					t.Fatalf("n=%d step %d: rank %d sends segment %d, rank %d receives %d", n, k, r, st.Send, succ, got)
				}
				if st.Forward != (k < l.Steps()-1) {
					t.Fatalf("n=%d rank %d step %d: Forward = %v", n, r, k, st.Forward)
				}
				if st.Forward && l.Step(r, k+1).Send != st.Recv {
					t.Fatalf("n=%d rank %d step %d: receives %d but sends %d next", n, r, k, st.Recv, l.Step(r, k+1).Send)
				}
				if st.Final && l.Owner(st.Recv) != r {
					t.Fatalf("n=%d rank %d completes segment %d owned by %d", n, r, st.Recv, l.Owner(st.Recv))
				}
			}
		}
	}
}

func TestTransfersDependencies(t *testing.T) {
	l, _ := NewLayout(4, 103, 5)
	arrived := map[[3]int]bool{} // (round, step, to)
	count := 0
	l.Transfers(func(tr Transfer) bool {
		count++
		if tr.After >= 0 && !arrived[[3]int{tr.Round, tr.After, tr.From}] {
			t.Fatalf("transfer %+v listed before what it depends on", tr)
		}
		arrived[[3]int{tr.Round, tr.Step, tr.To}] = true
		return true
	})
	if want := l.Rounds() * l.Steps() * 4; count != want {
		t.Fatalf("%d transfers, want %d", count, want)
	}
}

func TestBusBytes(t *testing.T) {
	for _, tc := range []struct {
		n, length int
		want      int64
	}{
		{1, 100, 0}, {2, 100, 400}, {4, 1 << 20, 6 << 20}, {8, 16 << 20, 112 << 20},
	} {
		l, _ := NewLayout(tc.n, tc.length, 1024)
		if got := l.BusBytes(4); got != tc.want {
			t.Errorf("BusBytes(n=%d, len=%d) = %d; want %d", tc.n, tc.length, got, tc.want)
		}
	}
}

func TestLaneRounds(t *testing.T) {
	for rounds := 0; rounds < 10; rounds++ {
		for lanes := 1; lanes < 5; lanes++ {
			total := 0
			for lane := 0; lane < lanes; lane++ {
				want := 0
				for j := 0; j < rounds; j++ {
					if Lane(j, lanes) == lane {
						want++
					}
				}
				if got := LaneRounds(lane, lanes, rounds); got != want {
					t.Fatalf("LaneRounds(%d, %d, %d) = %d; want %d", lane, lanes, rounds, got, want)
				}
				total += want
			}
			if total != rounds {
				t.Fatalf("lanes carry %d rounds, want %d", total, rounds)
			}
		}
	}
}

func TestNewLayoutRejects(t *testing.T) {
	for _, tc := range []struct{ n, length, chunk int }{
		{0, 1, 1}, {RanksMax + 1, 1, 1}, {2, 0, 1}, {2, 1, 0},
	} {
		if _, err := NewLayout(tc.n, tc.length, tc.chunk); err == nil {
			t.Errorf("NewLayout(%d, %d, %d) accepted", tc.n, tc.length, tc.chunk)
		}
	}
}

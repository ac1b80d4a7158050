package train

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"
)

// TestLocalGroupSum: the sum is the fixed member-order sum, the same bits
// for every member, even for values whose float32 sum depends on order.
func TestLocalGroupSum(t *testing.T) {
	const n, size = 5, 1000
	rng := rand.New(rand.NewPCG(1, 2))
	bufs := make([][]float32, n)
	want := make([]float32, size)
	for i := range bufs {
		bufs[i] = make([]float32, size)
		for j := range bufs[i] {
			bufs[i][j] = float32(rng.NormFloat64() * float64(int(1)<<(rng.IntN(20))))
		}
	}
	copy(want, bufs[0])
	for i := 1; i < n; i++ {
		for j := range want {
			want[j] += bufs[i][j]
		}
	}
	g := NewLocalGroup(n)
	counts := make([]int, n)
	errs := make([]error, n)
	done := make(chan int, n)
	for i := range bufs {
		go func() {
			counts[i], errs[i] = g.Member(i).AllReduce(context.Background(), bufs[i])
			done <- i
		}()
	}
	for range bufs {
		<-done
	}
	for i := range bufs {
		if errs[i] != nil || counts[i] != n {
			t.Fatalf("member %d: %d, %v", i, counts[i], errs[i])
		}
		for j := range want {
			if bufs[i][j] != want[j] {
				t.Fatalf("member %d element %d: %v, want %v", i, j, bufs[i][j], want[j])
			}
		}
	}
}

// TestLocalGroupDropMidRound: three of four members wait in a round; the
// fourth is dropped; the round completes among the three with their sum.
// A member whose context has ended leaves the group the same way.
func TestLocalGroupDropMidRound(t *testing.T) {
	for _, how := range []string{"drop", "cancel"} {
		t.Run(how, func(t *testing.T) {
			g := NewLocalGroup(4)
			three := make(chan struct{})
			g.onJoin = func(n int) {
				if n == 3 {
					close(three)
				}
			}
			type out struct {
				i, k int
				err  error
				buf  []float32
			}
			outs := make(chan out, 4)
			for i := 0; i < 3; i++ {
				go func() {
					buf := []float32{float32(i + 1)}
					k, err := g.Member(i).AllReduce(context.Background(), buf)
					outs <- out{i, k, err, buf}
				}()
			}
			<-three // members 0, 1 and 2 wait in the round
			if how == "drop" {
				g.Drop(3)
			} else {
				// Member 3's context ends before it joins: it leaves.
				ctx, cancel := context.WithCancel(context.Background())
				cancel()
				if _, err := g.Member(3).AllReduce(ctx, []float32{100}); !errors.Is(err, context.Canceled) {
					t.Fatalf("cancelled member: %v", err)
				}
			}
			got := 0
			for o := range outs {
				if o.err != nil || o.k != 3 || o.buf[0] != 6 {
					t.Fatalf("member %d: %d members, sum %v, %v; want 3, 6", o.i, o.k, o.buf[0], o.err)
				}
				if got++; got == 3 {
					break
				}
			}
			if _, err := g.Member(3).AllReduce(context.Background(), []float32{1}); !errors.Is(err, ErrDropped) {
				t.Fatalf("dropped member's next call: %v, want ErrDropped", err)
			}
			if g.Live() != 3 {
				t.Fatalf("%d live, want 3", g.Live())
			}
		})
	}
}

func TestLocalGroupMismatch(t *testing.T) {
	g := NewLocalGroup(2)
	type out struct {
		i   int
		err error
	}
	outs := make(chan out, 2)
	for i, n := range []int{3, 4} {
		go func() {
			_, err := g.Member(i).AllReduce(context.Background(), make([]float32, n))
			outs <- out{i, err}
		}()
	}
	// Whichever arrives second is refused; the first then waits for a
	// partner that will not come, until it is dropped.
	first := <-outs
	if !errors.Is(first.err, ErrMismatch) {
		t.Fatalf("member %d: %v, want ErrMismatch", first.i, first.err)
	}
	g.Drop(1 - first.i)
	if second := <-outs; !errors.Is(second.err, ErrDropped) {
		t.Fatalf("waiting member %d: %v, want ErrDropped", second.i, second.err)
	}
}

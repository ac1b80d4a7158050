package node

import (
	"context"
	"log/slog"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/clock"
)

// The waits of a job's shell (how long a poster follows training, when a
// member closes its ring) run here in a synctest bubble: the node's clock is
// the real one, whose time inside the bubble moves only when every goroutine
// waits, so each wait is measured exactly and no test waits in wall time.

const waitSteps = 100

// waitFixture is a node with only what the waits read, and a job of two
// winners whose receipts the test files.
type waitFixture struct {
	n  *Node
	jr *jobRun
	f  *bookFixture
}

func newWaitFixture(t *testing.T) *waitFixture {
	f := newBookFixture(t, 2)
	cfg := DefaultJobsConfig()
	cfg.StallTimeout, cfg.FinishGrace, cfg.ChunkTimeout = time.Minute, 10*time.Second, 20*time.Second
	n := &Node{cfg: Config{Jobs: cfg}, clk: clock.Real(), log: slog.New(slog.DiscardHandler)}
	jr := &jobRun{id: f.award.JobID, role: RolePoster, awarded: make(chan struct{}), received: make(chan struct{}, 1)}
	jr.setAward(auction.Signed{Msg: f.award}, waitSteps)
	return &waitFixture{n: n, jr: jr, f: f}
}

// file files member's receipt for step as the training topic's reader does.
func (w *waitFixture) file(t *testing.T, member int, step uint64) {
	w.jr.mu.Lock()
	_, _, err := w.jr.book.Add(w.f.receipt(t, member, step, byte(step)).toJob())
	w.jr.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	select {
	case w.jr.received <- struct{}{}:
	default:
	}
}

// TestFollowTraining: the poster follows training until every winner has
// receipted the last step, FinishGrace after the first did, or
// StallTimeout without a receipt; every receipt restarts the stall.
func TestFollowTraining(t *testing.T) {
	type receipt struct {
		after  time.Duration // since the previous one
		member int
		step   uint64
	}
	tests := []struct {
		name     string
		receipts []receipt
		want     time.Duration // how long the poster followed
	}{
		{"no receipt: stalls", nil, time.Minute},
		{"both finish", []receipt{{time.Second, 0, waitSteps}, {2 * time.Second, 1, waitSteps}}, 3 * time.Second},
		{"one finishes: grace for the other", []receipt{{time.Second, 0, waitSteps}, {2 * time.Second, 1, 50}}, 11 * time.Second},
		{"receipts restart the stall", []receipt{{50 * time.Second, 0, 10}, {50 * time.Second, 1, 10}}, 100*time.Second + time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				w := newWaitFixture(t)
				start := time.Now()
				var took atomic.Int64
				done := make(chan struct{})
				go func() {
					w.n.followTraining(context.Background(), w.jr, nil)
					took.Store(int64(time.Since(start)))
					close(done)
				}()
				for _, r := range tt.receipts {
					time.Sleep(r.after)
					w.file(t, r.member, r.step)
					synctest.Wait()
				}
				<-done
				if got := time.Duration(took.Load()); got != tt.want {
					t.Errorf("followed training for %v; want %v", got, tt.want)
				}
			})
		})
	}
}

// TestMemberClosesRing: a member keeps its ring open until every formed
// member has receipted the last step, ChunkTimeout at most, or until the
// job is cancelled.
func TestMemberClosesRing(t *testing.T) {
	tests := []struct {
		name     string
		finish   []int // members that receipt the last step, a second apart
		formed   int
		cancelAt time.Duration // 0: never
		want     time.Duration
	}{
		{"every member done", []int{0, 1}, 2, 0, 2 * time.Second},
		{"one left the ring", []int{0}, 2, 0, 20 * time.Second},
		{"the other left before forming", []int{0}, 1, 0, time.Second},
		{"cancelled", nil, 2, 5 * time.Second, 5 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				w := newWaitFixture(t)
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				if tt.cancelAt > 0 {
					time.AfterFunc(tt.cancelAt, cancel)
				}
				start := time.Now()
				closed := make(chan time.Duration, 1)
				go w.n.closeWhenDone(ctx, w.jr, closerFunc(func() { closed <- time.Since(start) }), tt.formed)
				for _, m := range tt.finish {
					time.Sleep(time.Second)
					w.file(t, m, waitSteps)
					synctest.Wait()
				}
				if got := <-closed; got != tt.want {
					t.Errorf("ring closed after %v; want %v", got, tt.want)
				}
			})
		})
	}
}

type closerFunc func()

func (f closerFunc) Close() { f() }

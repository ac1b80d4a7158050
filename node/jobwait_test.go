package node

import (
	"context"
	"log/slog"
	"testing"
	"testing/synctest"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/job"
)

// The waits of a job's shell run here in a synctest bubble: the node's
// clock is the real one, whose time inside the bubble moves only when every
// goroutine waits, so each wait is measured exactly and no test waits in
// wall time. (How long a poster follows training is the job core's rule:
// job.TestPosterFollows.)

const waitSteps = 100

// waitFixture is a node with only its job loop, and a member's run of a
// job of two winners whose receipts the test files.
type waitFixture struct {
	n  *Node
	jr *jobRun
	f  *bookFixture
}

// newWaitFixture starts the fixture's job loop; the caller stops it, and
// waits for it, with stop before the bubble ends (the loop journals the run
// on its way out, into the test's temporary folder).
func newWaitFixture(t *testing.T) *waitFixture { return newWaitFixtureOf(t, 2) }

// newWaitFixtureOf is newWaitFixture with k winners.
func newWaitFixtureOf(t *testing.T, k int) *waitFixture {
	f := newBookFixture(t, k)
	cfg := DefaultJobsConfig()
	cfg.StallTimeout, cfg.FinishGrace, cfg.ChunkTimeout = time.Minute, 10*time.Second, 20*time.Second
	jl, err := newJournal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	self := f.award.Winners[0]
	n := &Node{cfg: Config{Jobs: cfg}, clk: clock.Real(), log: slog.New(slog.DiscardHandler), journal: jl, jobs: map[auction.Hash]*jobRun{},
		jobWork: make(chan func(), jobWorkLen), goes: newGroup(), auc: &auctioneer{self: self}}
	n.runCtx, n.stopRuns = context.WithCancel(context.Background())
	n.goes.Go(stageJobs, "job loop", func() { n.runJobs(n.runCtx) })
	ann := &auction.JobAnnounce{JobID: f.award.JobID, Poster: f.award.Poster, GroupSize: uint32(k), Steps: waitSteps}
	jr := newRun(f.award.JobID, RoleMember, auction.Signed{Msg: ann}, ann, "", n.runCtx)
	jr.rec = &JobRecord{Job: jr.id, Role: RoleMember, Stage: StageAwarded}
	jr.setAward(auction.Signed{Msg: f.award})
	if err := n.addRun(jr); err != nil {
		t.Fatal(err)
	}
	m, err := job.New(0, cfg.jobParams(), job.Config{Role: job.RoleMember, Self: self, Job: ann, Award: f.award})
	if err != nil {
		t.Fatal(err)
	}
	m.Ready() // the award's effects (training) are not this fixture's
	m.Advance()
	if err := n.inJobLoop(context.Background(), func() { jr.m = m }); err != nil {
		t.Fatal(err)
	}
	return &waitFixture{n: n, jr: jr, f: f}
}

// stop stops the fixture's job loop and waits until it has returned.
func (w *waitFixture) stop() {
	w.n.stopRuns()
	w.n.goes.close(stageJobs)
}

// file files member's receipt for step as the training topic's reader does.
func (w *waitFixture) file(t *testing.T, member int, step uint64) {
	r := w.f.receipt(t, member, step, byte(step))
	if !w.n.postJob(func() { w.n.stepRun(w.jr, job.PeerReceipt{Receipt: *r}) }) {
		t.Fatal("the job loop has stopped")
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
				defer w.stop()
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

// TestSignedHashTakesTheOthers: a called-in standby checks the parameter
// hash every other member of its ring receipted for the step it joins
// at; a member that died before receipting it never will, so after half
// of StartTimeout the hash the others signed, all agreeing, is taken.
func TestSignedHashTakesTheOthers(t *testing.T) {
	tests := []struct {
		name    string
		hashes  map[int]byte // member: the hash byte of its receipt
		want    byte         // 0: an error
		waitFor time.Duration
	}{
		{"every other member", map[int]byte{1: 10, 2: 10}, 10, 0},
		{"one never receipts", map[int]byte{1: 10}, 10, DefaultJobsConfig().StartTimeout / 2},
		{"none receipts", nil, 0, DefaultJobsConfig().StartTimeout / 2},
		{"they differ", map[int]byte{1: 10, 2: 11}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				w := newWaitFixtureOf(t, 3)
				defer w.stop()
				var ring []peer.ID
				for _, k := range w.f.keys {
					ring = append(ring, k.PeerID())
				}
				for m, h := range tt.hashes {
					r := w.f.receipt(t, m, 10, h)
					if !w.n.postJob(func() { w.n.stepRun(w.jr, job.PeerReceipt{Receipt: *r}) }) {
						t.Fatal("the job loop has stopped")
					}
				}
				synctest.Wait()
				start := time.Now()
				h, err := w.n.signedHash(w.jr, ring, 10)
				if took := time.Since(start); took != tt.waitFor {
					t.Errorf("signedHash took %v; want %v", took, tt.waitFor)
				}
				switch {
				case tt.want == 0 && err == nil:
					t.Fatalf("signedHash = %s, nil; want an error", h.Short())
				case tt.want != 0 && (err != nil || h != auction.Hash{tt.want}):
					t.Fatalf("signedHash = %s, %v; want %x", h.Short(), err, tt.want)
				}
			})
		})
	}
}

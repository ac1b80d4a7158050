package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// steps records what happened, in order, from any goroutine.
type steps struct {
	mu   sync.Mutex // mu guards list
	list []string
}

func (s *steps) add(step string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.list = append(s.list, step)
}

func (s *steps) all() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.list)
}

// TestShutdownStages: Run stops the node in stages: intake first (every
// intake goroutine joined while the jobs still run), then the jobs
// (cancelled, and joined), then the store (still open while the jobs
// stop), then the host. Once stopped, the node starts no job goroutine
// and a caller's job call finds its context cancelled.
func TestShutdownStages(t *testing.T) {
	n := newTestNode(t, "shutdown-stages", nil)
	var got steps
	peer := score.Address(identity.FromSeed([]byte("someone")).Address())
	var hookErrs []string
	n.onShutdown = func(step string) {
		got.add(step)
		switch step {
		case "intake stopped":
			if r := n.goes.runningIn(stageIntake); len(r) > 0 {
				hookErrs = append(hookErrs, fmt.Sprintf("intake stopped with %v still running", r))
			}
			if r := n.goes.runningIn(stageJobs); r["test job"] != 1 {
				hookErrs = append(hookErrs, fmt.Sprintf("the job was not running when intake stopped: %v", r))
			}
		case "jobs stopped":
			if r := n.goes.runningIn(stageJobs); len(r) > 0 {
				hookErrs = append(hookErrs, fmt.Sprintf("jobs stopped with %v still running", r))
			}
			if _, err := n.rep.store.Record(score.Observation{Peer: peer, Kind: score.KindPresence, AtMs: 1}); err != nil {
				hookErrs = append(hookErrs, fmt.Sprintf("the store is closed once the jobs have stopped: %v", err))
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.Run(ctx) }()

	started := make(chan struct{})
	if !n.goes.Go(stageJobs, "test job", func() {
		close(started)
		<-n.runCtx.Done()
		got.add("job cancelled")
		n.Observe(score.Observation{Peer: peer, Kind: score.KindPresence, Note: "recorded by a stopping job"})
		got.add("job recorded")
	}) {
		t.Fatal("a running node refused a job goroutine")
	}
	<-started
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run = %v", err)
	}
	want := []string{"intake stopped", "job cancelled", "job recorded", "jobs stopped", "store closed", "host closed"}
	if s := got.all(); !slices.Equal(s, want) {
		t.Errorf("shutdown went %q; want %q", s, want)
	}
	for _, e := range hookErrs {
		t.Error(e)
	}
	if e := n.recordErrors.Load(); e != 0 {
		t.Errorf("%d observations failed to record during shutdown", e)
	}
	for s := range stagesN {
		if r := n.goes.runningIn(s); len(r) > 0 {
			t.Errorf("after Run: %v still running in stage %v", r, s)
		}
	}
	if n.goes.Go(stageJobs, "late job", func() { t.Error("a stopped node ran a job goroutine") }) {
		t.Error("a stopped node accepted a job goroutine")
	}
	callCtx, stop := n.withRun(context.Background())
	defer stop()
	if callCtx.Err() == nil {
		t.Error("a job call on a stopped node has a live context")
	}
}

// TestJobRecordDuringShutdown: a poster stops (its Run's context ends)
// while its job trains. PostAndTrain, cancelled, records what it saw of
// the winner (a fault: it stopped short of the last step) on its way out;
// that record lands in the node's store, which Run closes only once the
// job has returned. (Before staged shutdown, Run closed the store first and
// the record failed.)
func TestJobRecordDuringShutdown(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	log := slog.New(slog.DiscardHandler)
	if os.Getenv("JOB_DEBUG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	var nodes [2]*Node
	var events [2]*jobEvents
	var boot []string
	for i := range nodes {
		cfg := DefaultConfig(filepath.Join(t.TempDir(), fmt.Sprint(i)))
		cfg.Mesh = mesh.LocalParams()
		cfg.Mesh.Bootstrap = boot
		cfg.PresenceInterval = time.Second
		cfg.Auction = testAuctionConfig()
		if raceEnabled {
			cfg.Auction.Params.ClockGraceMs = 1000
			cfg.Auction.Params.CommitWindowMinMs, cfg.Auction.Params.RevealWindowMinMs = 2000, 2000
		}
		if i == 1 {
			cfg.Auction.Provider = ProviderConfig{Enabled: true, VRAMBytes: 24 << 30, PriceFloor: big.NewInt(100), Throughput: 50, MaxOpenBids: 1}
		}
		cfg.Jobs.CheckpointEvery = 0
		events[i] = &jobEvents{}
		nd, err := New(ctx, cfg, identity.FromSeed(fmt.Appendf(nil, "%s/%d", t.Name(), i)), log, WithJobObserver(events[i].Add))
		if err != nil {
			t.Fatal(err)
		}
		nodes[i] = nd
		if i == 0 {
			boot = nd.Host().FullAddrs()
		}
	}
	// stops[i] stops node i (once) and returns what its Run returned.
	var stops [2]func() error
	for i, nd := range nodes {
		rctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- nd.Run(rctx) }()
		stops[i] = sync.OnceValue(func() error { cancel(); return <-done })
	}
	defer func() {
		for _, stop := range stops {
			stop()
		}
	}()

	poster := nodes[0]
	// Many steps: the poster stops long before the winner is done.
	req := digitsJob(t, 1, 20_000, 20_000*1000)
	type result struct {
		out *JobOutcome
		err error
	}
	posted := make(chan result, 1)
	go func() {
		out, err := poster.PostAndTrain(ctx, req)
		posted <- result{out, err}
	}()
	if _, err := events[0].Wait(ctx, nil, func(ev JobEvent) bool { return ev.Kind == JobReceipt }); err != nil {
		t.Fatal("the poster filed no receipt")
	}
	if err := stops[0](); err != nil {
		t.Fatalf("the poster's Run = %v", err)
	}
	// Run has returned: the job call must have returned before it.
	var r result
	select {
	case r = <-posted:
	default:
		t.Error("the poster's Run returned while its PostAndTrain was still running")
		r = <-posted
	}
	if !errors.Is(r.err, context.Canceled) || r.out == nil || r.out.Award == nil {
		t.Fatalf("PostAndTrain = %+v, %v; want the award and context.Canceled", r.out, r.err)
	}
	if e := poster.recordErrors.Load(); e != 0 {
		t.Errorf("%d observations failed to record while the poster stopped", e)
	}
	s, err := store.OpenCopy(filepath.Join(poster.DataDir(), store.DirName), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	winner := score.Address(r.out.Award.Winners[0])
	entries, err := s.Observations(store.Filter{Peer: &winner, Kind: score.KindFaultReported})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Obs.Job != r.out.Job.JobID {
		t.Errorf("the poster's store holds %d fault reports of the winner for the job; want the one recorded on the way out", len(entries))
	}
}

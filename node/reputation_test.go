package node

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// TestAppScore: gossipsub's application score follows reputation: 0 for a
// newcomer, positive for a good record, negative for a bad one.
func TestAppScore(t *testing.T) {
	cfg := DefaultConfig(t.TempDir())
	rep, err := openReputation(context.Background(), cfg, identity.FromSeed([]byte("self")), nil, clock.Real())
	if err != nil {
		t.Fatal(err)
	}
	defer rep.store.Close()
	good, bad, stranger := identity.FromSeed([]byte("good")), identity.FromSeed([]byte("bad")), identity.FromSeed([]byte("stranger"))
	now := uint64(time.Now().UnixMilli())
	if _, err := rep.store.RecordBatch([]score.Observation{
		{Peer: score.Address(good.Address()), Kind: score.KindAwardDelivered, AtMs: now},
		{Peer: score.Address(bad.Address()), Kind: score.KindSlashed, AtMs: now},
	}); err != nil {
		t.Fatal(err)
	}
	app := rep.appScore()
	tests := []struct {
		name string
		key  *identity.Key
		ok   func(float64) bool
	}{
		{"good record", good, func(s float64) bool { return s > 0 && s <= 1 }},
		{"slashed", bad, func(s float64) bool { return s < 0 && s >= -1 }},
		{"stranger", stranger, func(s float64) bool { return s == 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 2 { // the second call hits the address cache
				if s := app(tt.key.PeerID()); !tt.ok(s) {
					t.Errorf("app score %v", s)
				}
			}
		})
	}
}

// TestReputationStoreExclusive: a second node on the same data dir is told
// what is wrong instead of corrupting the store, after trying again
// storeOpenTries times, storeOpenWait apart on the node's clock (a mock
// here: the test does not wait the three seconds of retries).
func TestReputationStoreExclusive(t *testing.T) {
	cfg := DefaultConfig(t.TempDir())
	key := identity.FromSeed([]byte("self"))
	rep, err := openReputation(context.Background(), cfg, key, nil, clock.Real())
	if err != nil {
		t.Fatal(err)
	}
	defer rep.store.Close()
	clk := clock.NewMock()
	start := clk.Now()
	done := make(chan error, 1)
	go func() {
		_, err := openReputation(context.Background(), cfg, key, nil, clk)
		done <- err
	}()
	for {
		select {
		case err := <-done:
			if !errors.Is(err, store.ErrLocked) {
				t.Errorf("second open = %v; want ErrLocked", err)
			}
			if waited, want := clk.Since(start), (storeOpenTries-1)*storeOpenWait; waited < want {
				t.Errorf("gave up after %v on the clock; want %d tries %v apart (%v)", waited, storeOpenTries, storeOpenWait, want)
			}
			return
		default:
			clk.Add(storeOpenWait) // fires the retry's timer once it waits
		}
	}
}

// TestReputationOpenStopsWithContext: a node told to stop while the store
// is locked stops waiting for it.
func TestReputationOpenStopsWithContext(t *testing.T) {
	cfg := DefaultConfig(t.TempDir())
	key := identity.FromSeed([]byte("self"))
	rep, err := openReputation(context.Background(), cfg, key, nil, clock.Real())
	if err != nil {
		t.Fatal(err)
	}
	defer rep.store.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// The mock never moves: only the context can end the wait.
	if _, err := openReputation(ctx, cfg, key, nil, clock.NewMock()); !errors.Is(err, context.Canceled) {
		t.Errorf("open under a cancelled context = %v; want context.Canceled", err)
	}
}

func TestReputationConfigValidate(t *testing.T) {
	for _, c := range []ReputationConfig{
		{SnapshotInterval: time.Millisecond, Retention: time.Hour},
		{SnapshotInterval: time.Second, Retention: time.Second},
		{SnapshotInterval: time.Second, Retention: time.Hour, DashAddr: "0.0.0.0:80"},
	} {
		if err := c.Validate(); err == nil {
			t.Errorf("Validate(%+v) = nil; want an error", c)
		}
	}
	c := DefaultReputationConfig()
	c.DashAddr = "127.0.0.1:0"
	if err := c.Validate(); err != nil {
		t.Errorf("Validate(%+v) = %v", c, err)
	}
}

// TestQualityTableFromThroughputEvidence: the quality table a node's
// announcement commits to ranks a peer by the throughput its store says the
// peer delivered, and marks down one whose claim overstated that.
func TestQualityTableFromThroughputEvidence(t *testing.T) {
	cfg := DefaultConfig(t.TempDir())
	rep, err := openReputation(context.Background(), cfg, identity.FromSeed([]byte("self")), nil, clock.Real())
	if err != nil {
		t.Fatal(err)
	}
	defer rep.store.Close()
	truthful, overstater := identity.FromSeed([]byte("truthful")), identity.FromSeed([]byte("overstater"))
	now := uint64(time.Now().UnixMilli())
	if _, err := rep.store.RecordBatch([]score.Observation{
		{Peer: score.Address(truthful.Address()), Kind: score.KindThroughput, AtMs: now, ClaimedMFLOPs: 100_000, DeliveredMFLOPs: 95_000},
		{Peer: score.Address(overstater.Address()), Kind: score.KindThroughput, AtMs: now, ClaimedMFLOPs: 300_000, DeliveredMFLOPs: 95_000},
	}); err != nil {
		t.Fatal(err)
	}
	view := repView{rep.store}
	p := auction.DefaultParams()
	job := &auction.JobAnnounce{MinThroughput: 50, GroupSize: 1}
	job.Table = p.BuildTable(job, view.known(), view, view.delivered)
	qt, ok1 := job.Table.Lookup(auction.Address(truthful.Address()))
	qo, ok2 := job.Table.Lookup(auction.Address(overstater.Address()))
	if !ok1 || !ok2 || uint64(qo) >= p.NewcomerQuality(job) || uint64(qt) <= p.NewcomerQuality(job) {
		t.Errorf("table %v: truthful %d, overstater %d (newcomer %d); want the truthful peer above the newcomer and the overstater below it", job.Table, qt, qo, p.NewcomerQuality(job))
	}
	// Each entry carries the measurement, which decides eligibility: for
	// a job needing 200 GFLOP/s the overstater's claim of 300 does not
	// make it eligible, its 95 measured do not.
	if e, ok := job.Table.Entry(auction.Address(overstater.Address())); !ok || e.MFLOPs != 95_000 {
		t.Fatalf("overstater's entry %+v, %v; want its measured 95,000 MFLOP/s", e, ok)
	}
	job.MinThroughput = 200
	r := &auction.BidReveal{Bidder: auction.Address(overstater.Address()), Throughput: 300, PricePerStep: big.NewInt(1)}
	if err := p.Eligible(job, r, r.Attestation, big.NewInt(1)); !errors.Is(err, auction.ErrIneligible) {
		t.Errorf("an overstater measured at 95 GFLOP/s, claiming 300, for a job needing 200: %v; want ErrIneligible", err)
	}
}

// TestRecorderWritesWhatWasQueued: observations the node's loop queues
// (observeLater) are all in the store once the recorder stops, whether it
// took them while running or drains them as it stops, in batches of at
// most store.BatchMax; an invalid observation is counted, not queued, and
// so is one that finds the queue full.
func TestRecorderWritesWhatWasQueued(t *testing.T) {
	peer := score.Address(identity.FromSeed([]byte("someone")).Address())
	tests := []struct {
		name            string
		running, queued int // queued while the recorder runs, then before it stops
		invalid         int
		full            bool
	}{
		{"none", 0, 0, 0, false},
		{"while running", 300, 0, 0, false},
		{"drained at stop", 0, store.BatchMax*2 + 3, 0, false},
		{"both", 10, 20, 0, false},
		{"invalid ones counted", 5, 0, 2, false},
		{"full queue counted", 0, laterLen, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newTestNode(t, "recorder", nil)
			t.Cleanup(func() { n.rep.store.Close() })
			ctx, stop := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { defer close(done); n.rep.record(ctx, n) }()
			for range tt.running {
				n.observeLater(score.Observation{Peer: peer, Kind: score.KindPresence})
			}
			for range tt.invalid {
				n.observeLater(score.Observation{Kind: score.KindPresence}) // no peer
			}
			if tt.full {
				// The recorder is stopped first, so that the queue fills.
				stop()
				<-done
				for range tt.queued + 1 {
					n.observeLater(score.Observation{Peer: peer, Kind: score.KindPresence})
				}
				done = make(chan struct{})
				go func() { defer close(done); n.rep.record(ctx, n) }()
			} else {
				for range tt.queued {
					n.observeLater(score.Observation{Peer: peer, Kind: score.KindPresence})
				}
				stop()
			}
			<-done
			want := uint64(tt.running + tt.queued)
			if got := n.rep.store.Seq(); got != want {
				t.Errorf("the store holds %d observations; want %d", got, want)
			}
			wantErrs := uint64(tt.invalid)
			if tt.full {
				wantErrs++
			}
			if got := n.recordErrors.Load(); got != wantErrs {
				t.Errorf("%d record errors; want %d", got, wantErrs)
			}
		})
	}
}

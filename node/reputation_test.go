package node

import (
	"context"
	"errors"
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
		{Peer: score.Address(truthful.Address()), Kind: score.KindThroughput, AtMs: now, Claimed: 100, Delivered: 95},
		{Peer: score.Address(overstater.Address()), Kind: score.KindThroughput, AtMs: now, Claimed: 300, Delivered: 95},
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
}

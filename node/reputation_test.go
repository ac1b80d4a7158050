package node

import (
	"errors"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// TestAppScore: gossipsub's application score follows reputation: 0 for a
// newcomer, positive for a good record, negative for a bad one.
func TestAppScore(t *testing.T) {
	cfg := DefaultConfig(t.TempDir())
	rep, err := openReputation(cfg, identity.FromSeed([]byte("self")), nil)
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
// what is wrong instead of corrupting the store.
func TestReputationStoreExclusive(t *testing.T) {
	cfg := DefaultConfig(t.TempDir())
	key := identity.FromSeed([]byte("self"))
	rep, err := openReputation(cfg, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rep.store.Close()
	if _, err := openReputation(cfg, key, nil); !errors.Is(err, store.ErrLocked) {
		t.Errorf("second open = %v; want ErrLocked", err)
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

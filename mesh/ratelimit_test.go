package mesh

import (
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/clock"
)

func TestPeerLimiter(t *testing.T) {
	l := NewPeerLimiter(10, 5, 2)
	now := time.Unix(1000, 0)
	flood, quiet := peer.ID("flood"), peer.ID("quiet")
	allowed := 0
	for range 100 {
		if l.AllowAt(flood, now) {
			allowed++
		}
	}
	if allowed != 5 {
		t.Errorf("flooding peer got %d of 100 messages through at once; want the burst, 5", allowed)
	}
	if !l.AllowAt(quiet, now) {
		t.Error("a quiet peer is limited by another's flood")
	}
	if !l.AllowAt(flood, now.Add(150*time.Millisecond)) {
		t.Error("bucket did not refill at 10/s")
	}
	// A third peer overflows the table of 2: idle peers are forgotten, and
	// the table stays bounded.
	l.AllowAt(peer.ID("third"), now.Add(time.Hour))
	if len(l.peers) > 2 {
		t.Errorf("limiter tracks %d peers; max 2", len(l.peers))
	}
}

// TestPeerLimiterReadsItsClock: Allow reads the injected clock, so a mock
// that stands still refills nothing and one moved on refills the bucket.
func TestPeerLimiterReadsItsClock(t *testing.T) {
	clk := clock.NewMock()
	clk.Set(time.Unix(1000, 0))
	l := NewPeerLimiter(10, 1, 4).WithClock(clk)
	p := peer.ID("p")
	if !l.Allow(p) {
		t.Fatal("first message refused")
	}
	if l.Allow(p) {
		t.Fatal("second message at the same mock instant allowed; the burst is 1")
	}
	clk.Add(100 * time.Millisecond)
	if !l.Allow(p) {
		t.Fatal("after 100 ms on the mock clock at 10/s, the bucket did not refill")
	}
}

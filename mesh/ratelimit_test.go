package mesh

import (
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
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

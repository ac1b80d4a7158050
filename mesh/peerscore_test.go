package mesh

import (
	"math"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
)

// TestAppScoreReachesGossipsub: with Params.AppScore set, gossipsub asks it
// about the peers it scores, and the hosts still gossip.
func TestAppScoreReachesGossipsub(t *testing.T) {
	ctx := testCtx(t)
	asked := make(chan peer.ID, 64)
	a := newLocalHost(t, "score-a", func(p *Params) {
		p.AppScore = func(id peer.ID) float64 {
			select {
			case asked <- id:
			default:
			}
			return 0.5
		}
	})
	b := newLocalHost(t, "score-b", func(p *Params) { p.Bootstrap = a.FullAddrs() })
	ta, err := a.Join("score-test", nil)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := b.Join("score-test", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.WaitMesh(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := tb.Publish(ctx, []byte("hello")); err != nil {
		t.Fatal(err)
	}
	if m, err := ta.Next(ctx); err != nil || string(m.Data) != "hello" {
		t.Fatalf("Next = %v, %v", m, err)
	}
	for {
		select {
		case id := <-asked:
			if id == b.ID() {
				return
			}
		case <-ctx.Done():
			t.Fatal("gossipsub never asked AppScore about the connected peer")
		}
	}
}

func TestPeerScoreOptions(t *testing.T) {
	if opts := peerScoreOptions(LocalParams()); len(opts) != 0 {
		t.Errorf("options without AppScore: %d; want none", len(opts))
	}
	p := LocalParams()
	p.AppScore = func(peer.ID) float64 { return math.NaN() }
	if opts := peerScoreOptions(p); len(opts) != 1 {
		t.Errorf("options with AppScore: %d; want 1", len(opts))
	}
}

package demo

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/reputation/store"
)

// TestDemoRecordsObservations: the demo's nodes find each other, record
// what they saw of each other in their reputation stores (presence, bids,
// deliveries, settlements), and the demo tells how to open the dashboard
// on the stores it kept.
func TestDemoRecordsObservations(t *testing.T) {
	if testing.Short() {
		t.Skip("starts nodes")
	}
	p := testParams()
	p.Nodes = 3
	p.Timeout = max(p.Timeout, 30*time.Second)
	p.DataDir = t.TempDir()
	var out bytes.Buffer
	sum, err := Run(context.Background(), p, &out, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	for i, n := range sum.Nodes {
		// Every other node, and (for its own bids) itself.
		if n.Observations < uint64(p.Nodes-1) || n.PeersScored < p.Nodes-1 || n.PeersScored > p.Nodes {
			t.Errorf("node %d recorded %d observations of %d peers; want at least %d of %d or %d", i, n.Observations, n.PeersScored, p.Nodes-1, p.Nodes-1, p.Nodes)
		}
		dir, err := store.ResolveStore(n.DataDir)
		if err != nil {
			t.Fatal(err)
		}
		c, err := store.OpenCopy(dir, store.DefaultOptions())
		if err != nil {
			t.Fatalf("node %d's store: %v", i, err)
		}
		if c.Seq() != n.Observations {
			t.Errorf("node %d's store holds %d observations; the demo reported %d", i, c.Seq(), n.Observations)
		}
		c.Close()
	}
	if !strings.Contains(out.String(), "trainmesh dash --store "+sum.Nodes[0].DataDir) {
		t.Errorf("the demo does not tell how to open the dashboard:\n%s", out.String())
	}
}

// testParams are the demo's defaults with an auction window that also fits
// a race-detector build on a loaded machine.
func testParams() Params {
	p := DefaultParams()
	if raceEnabled {
		p.AuctionWindow = 8 * time.Second
		p.Timeout = 3 * time.Minute
	}
	return p
}

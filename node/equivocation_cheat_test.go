//go:build cheat

package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
)

// TestEquivocatorSlashed (build tag cheat): three providers bid for two
// seats; the cheapest trains honestly but, from ring operation 5, states
// in its signed transcript another segment for its last hop than the hop
// statement it sent its successor signed. Every ring member holding the
// records sees the two contradicting signatures: the ring drops it, the
// standby is called in, and the honest winner files the two statements as
// fault-4 evidence (equivocation form, job.Found); the poster and the
// standby re-check the signatures and attest, the equivocator is
// convicted of tampering and slashed on-chain (slashFault, fault 4); the
// honest winner is credited in full and never named, and nobody else is
// slashed.
func TestEquivocatorSlashed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, floor: []int64{100, 200, 300}, opts: func(i int) []Option {
		if i != 1 {
			return nil
		}
		return []Option{withEquivocate(func(op uint64) bool { return op >= 5 })}
	}})
	if _, err := n.clients[1].Stake(ctx, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	const steps, k = 20, 2
	req := digitsJob(t, k, steps, k*steps*1000)
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	job := out.Job.JobID
	liar := auction.Address(n.nodes[1].Key().Address())
	li := out.Award.IndexOf(liar)
	if li < 0 || li >= k || len(out.Award.Standbys) != 1 {
		t.Fatalf("award %v; want node 1 a winner and one standby", out.Award)
	}
	if slashed := n.events[0].wait(ctx, t, job, JobSlashed); slashed.Peer != liar {
		t.Errorf("slashed %s; want the equivocator %s", slashed.Peer.Short(), liar.Short())
	}
	conv, err := n.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == job && ev.Kind == JobEvidence && strings.Contains(ev.Text, "convicted")
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(conv.Text, liar.Short()) || !strings.Contains(conv.Text, "tampered all-reduce") {
		t.Errorf("conviction %q; want the equivocator convicted of a tampered all-reduce (fault 4)", conv.Text)
	}
	if c := out.Credits[li]; c != 0 {
		t.Errorf("the equivocator credited %d steps; want 0", c)
	}
	honest := out.Award.Winners[1-li]
	if c := out.Credits[1-li]; c < steps {
		t.Errorf("the honest winner credited %d steps; want at least %d", c, steps)
	}
	for _, ev := range n.events[0].All(func(ev JobEvent) bool { return ev.Job == job && (ev.Kind == JobEvidence || ev.Kind == JobSlashed) }) {
		t.Logf("poster: %s %s %s", ev.Kind, ev.Peer.Short(), ev.Text)
		if ev.Kind == JobSlashed && ev.Peer != liar {
			t.Errorf("slashed %s, not the equivocator", ev.Peer.Short())
		}
		for _, h := range []auction.Address{honest, out.Award.Standbys[0]} {
			if strings.Contains(ev.Text, h.Short()) && strings.Contains(ev.Text, "convicted") {
				t.Errorf("an honest member named: %s", ev.Text)
			}
		}
	}
}

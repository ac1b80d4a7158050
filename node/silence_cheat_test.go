//go:build cheat

package node

import (
	"context"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
)

// TestFalseSilenceLiarDropped (build tag cheat): three providers bid for
// two seats; the cheapest trains honestly but, before ring operations 4
// and 8, claims that its neighbour sent it nothing (a lie: every chunk
// arrived). The first claim is a silence dispute (membership's silence
// rule): both keep their seats and the operation is redone. The second
// is the same dispute again in a ring of two, which no order can settle:
// the liar, who made the claim, is dropped, the standby is called in, and
// the honest winner trains to the end and is credited in full. Nobody is
// convicted or slashed (silence has honest causes).
func TestFalseSilenceLiarDropped(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var lies atomic.Int32 // the liar reached operation 8 only if the first lie dropped nobody
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, floor: []int64{100, 200, 300}, opts: func(i int) []Option {
		if i != 1 {
			return nil
		}
		return []Option{withFalseSilence(func(op uint64) bool {
			lie := op == 4 || op == 8
			if lie {
				lies.Add(1)
			}
			return lie
		})}
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
	liar := auction.Address(n.nodes[1].Key().Address())
	li := out.Award.IndexOf(liar)
	if li < 0 || li >= k || len(out.Award.Standbys) != 1 {
		t.Fatalf("award %v; want node 1 a winner and one standby", out.Award)
	}
	if l := lies.Load(); l != 2 {
		t.Errorf("the liar lied %d times; want 2 (kept after the first)", l)
	}
	honest := 1 - li
	t.Logf("credits %v (winners %v, standby %v)", out.Credits, out.Award.Winners, out.Award.Standbys)
	if c := out.Credits[honest]; c < steps {
		t.Errorf("the honest winner credited %d steps; want %d", c, steps)
	}
	if c := out.Credits[li]; c >= steps {
		t.Errorf("the liar credited %d steps; want fewer than %d (dropped at its second lie)", c, steps)
	}
	if c := out.Credits[k]; c == 0 {
		t.Errorf("the standby credited nothing; want it called into the liar's seat")
	}
	for _, ev := range n.events[0].All(func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && (ev.Kind == JobEvidence || ev.Kind == JobSlashed)
	}) {
		if ev.Kind == JobSlashed || strings.Contains(ev.Text, "convicted") {
			t.Errorf("poster: %s %s %s; want nobody convicted or slashed", ev.Kind, ev.Peer.Short(), ev.Text)
		}
	}
}

// TestFalseSilenceRingReordered (build tag cheat): four winners, one of
// which claims falsely, once, before ring operation 4, that its
// predecessor sent it nothing. The dispute keeps both (membership's
// silence rule): the operation is redone in a ring that keeps the pair
// apart, and the job runs to its end in that order. Every step of every
// member is audited (audit rate 100%) against the hop statements of the
// reordered ring: all pass, nobody is convicted or slashed, and all four
// are credited in full.
func TestFalseSilenceRingReordered(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const liarNode = 2
	var lies atomic.Int32
	n := newJobNet(t, ctx, jobNetOptions{providers: 4, floor: []int64{100, 200, 300, 400}, opts: func(i int) []Option {
		if i != liarNode {
			return nil
		}
		return []Option{withFalseSilence(func(op uint64) bool {
			if op == 4 {
				lies.Add(1)
				return true
			}
			return false
		})}
	}})
	const steps, k = 20, 4
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.AuditBps = 10_000
	req.CommitWindow, req.RevealWindow = 5*time.Second, 5*time.Second
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Award.Winners) != k {
		t.Fatalf("award %v; want %d winners", out.Award, k)
	}
	if l := lies.Load(); l != 1 {
		t.Fatalf("the liar lied %d times; want 1", l)
	}
	for i, c := range out.Credits[:k] {
		if c < steps {
			t.Errorf("winner %s credited %d steps; want %d", out.Award.Winners[i].Short(), c, steps)
		}
	}
	// Each winner's predecessor in award order audits it (no standby),
	// every step, before and after the reorder.
	for i, w := range out.Award.Winners {
		v := n.index(out.Award.Winners[(i-1+k)%k])
		for s := uint64(1); s <= steps; s++ {
			ev, err := n.events[v].Wait(ctx, nil, func(ev JobEvent) bool {
				return ev.Job == out.Job.JobID && ev.Kind == JobAudit && ev.Peer == w && ev.Step == s && strings.HasPrefix(ev.Text, "verified ")
			})
			if err != nil {
				t.Fatalf("winner %s not audited at step %d: %v", w.Short(), s, err)
			}
			if ev.Err != nil || !strings.HasSuffix(ev.Text, ": ok") {
				t.Errorf("an audit of winner %s: %s (%v)", w.Short(), ev.Text, ev.Err)
			}
		}
	}
	for _, ev := range n.events[0].All(func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && (ev.Kind == JobEvidence || ev.Kind == JobSlashed)
	}) {
		if ev.Kind == JobSlashed || strings.Contains(ev.Text, "convicted") {
			t.Errorf("poster: %s %s %s; want nobody convicted or slashed", ev.Kind, ev.Peer.Short(), ev.Text)
		}
	}
}

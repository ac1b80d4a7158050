package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
)

// overlappedJob is a digits job for a group of k in DiLoCo with H local
// steps, the outer all-reduce overlapped with the next round
// (Recipe.Overlap), a receipt every two outer steps (so the first round
// of each period is overlapped and the second, the period's last,
// synchronous) and every pair audited. Outer LR 0.9 and momentum 0.7,
// as README advises with overlap.
func overlappedJob(t *testing.T, k uint32, steps, h int) JobRequest {
	req := digitsJob(t, k, steps, int64(k)*int64(steps)*1000)
	req.Recipe.LocalSteps, req.Recipe.HashEvery, req.Recipe.Overlap = h, 2*h, true
	momentum := float32(0.7)
	req.Recipe.OuterLR, req.Recipe.OuterMomentum = 0.9, &momentum
	req.Recipe.AuditBps = 10_000
	req.CommitWindow, req.RevealWindow = bidWindows()
	return req
}

// TestOverlappedDiLoCoJob: three providers train a digits job in
// overlapped DiLoCo (H = 5, receipts every 10 steps) over the node's
// ring. All three sign the collected model's parameter hash at the last
// step, and every audit of every member's outer steps, overlapped rounds
// (5, 15) and synchronous ones (10, 20) alike, recomputes the member's
// outer gradient from the state its leaf commits to and finds it honest,
// hops included.
func TestOverlappedDiLoCoJob(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const steps, h, k = 20, 5, 3
	n := newJobNet(t, ctx, jobNetOptions{providers: k})
	out, err := n.nodes[0].PostAndTrain(ctx, overlappedJob(t, k, steps, h))
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Award.Winners) != k {
		t.Fatalf("award %v; want %d winners", out.Award, k)
	}
	audits := waitAudits(ctx, t, n, out, steps, h)
	for _, ev := range audits {
		if ev.Step%h != 0 || ev.Err != nil || !strings.HasSuffix(ev.Text, "ok") {
			t.Errorf("an audit of an honest member: step %d: %s (%v)", ev.Step, ev.Text, ev.Err)
		}
	}
	for i := range n.nodes {
		if ev, ok := n.events[i].Find(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobEvidence }); ok {
			t.Errorf("node %d: evidence against an honest group: %s", i, ev.Text)
		}
	}
	for i, h := range finalParams(t, n, out, steps) {
		if h != out.ModelHash || h == (auction.Hash{}) {
			t.Errorf("winner %d signed parameters %s at step %d; want the model's %s", i, h.Short(), steps, out.ModelHash.Short())
		}
	}
	for i, c := range out.Credits {
		if c < steps {
			t.Errorf("winner %d credited %d; want at least its %d steps", i, c, steps)
		}
	}
}

// TestOverlappedLazyConvicted: in an overlapped DiLoCo job a member
// sends zeros instead of its outer gradient in the overlapped rounds
// (steps 5 and 15), committing to them; its verifier recomputes the
// round from the member's committed state and publishes evidence, the
// others re-check it, and the member is convicted and slashed for a wrong
// result; the honest winners are credited every step.
func TestOverlappedLazyConvicted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const steps, h, k = 20, 5, 3
	lazyAt := map[int]bool{5: true, 15: true}
	n := newJobNet(t, ctx, jobNetOptions{providers: k, opts: func(i int) []Option {
		if i != 1 {
			return nil
		}
		return []Option{withTamper(func(step int, c []float32) {
			if lazyAt[step] {
				clear(c)
			}
		})}
	}})
	if _, err := n.clients[1].Stake(ctx, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	out, err := n.nodes[0].PostAndTrain(ctx, overlappedJob(t, k, steps, h))
	if err != nil {
		t.Fatal(err)
	}
	lazy := n.address(1)
	if li := out.Award.IndexOf(lazy); li < 0 || li >= k {
		t.Fatalf("award %v; want node 1 a winner", out.Award)
	}
	if slashed := n.events[0].wait(ctx, t, out.Job.JobID, JobSlashed); slashed.Peer != lazy {
		t.Errorf("slashed %s; want the lazy member %s", slashed.Peer.Short(), lazy.Short())
	}
	conv, err := n.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobEvidence && strings.Contains(ev.Text, "convicted")
	})
	if err != nil {
		t.Fatalf("no conviction: %v", err)
	}
	if conv.Peer != lazy || !lazyAt[int(conv.Step)] {
		t.Errorf("convicted %s at step %d; want the lazy member at step 5 or 15", conv.Peer.Short(), conv.Step)
	}
	for i, w := range out.Award.Winners {
		if w != lazy && out.Credits[i] < steps {
			t.Errorf("honest winner %s credited %d; want at least %d", w.Short(), out.Credits[i], steps)
		}
	}
}

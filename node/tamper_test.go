//go:build cheat

package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
)

// TestTamperConvicted (build tag cheat): three providers bid for two
// seats; the cheapest contributes its honest gradient but, from ring
// operation 5, adds 1 to one element of the partial sum it forwards, and
// signs the hop as it sent it, so the ring completes and every member's
// checksum agrees. The standby's audits check each sampled step's hops
// against the recomputed contribution and the predecessor's signed
// segments: it names the tamperer and publishes fault-4 evidence with the
// two signed statements; the others re-check it and attest; the tamperer
// is convicted of tampering and slashed, the honest winner is credited
// in full and never named.
func TestTamperConvicted(t *testing.T) {
	convictedOfTampering(t, withTamperForward(train.TamperForward(5)))
}

// TestSecondStatementConvicted (build tag cheat): three providers bid
// for two seats; the cheapest, from ring operation 5, sends zeros for its
// contribution to the segment it forwards at hop 1 and then signs a
// second statement of the operation that states the segment its honest
// contribution gives there, keeps it for verifiers and names it in its
// leaf (withSecondStatement: what a member that knows its draw before it
// commits does for its drawn steps; here for every step, all of them
// audited). That statement passes the hops check alone; the standby's
// audit checks it against the successor's statement in the blob, which
// carries the member's hop statement of the zeros, and files the two as
// fault-4 evidence in its equivocation form: the others re-check the
// signatures and attest, the member is convicted of tampering and
// slashed, and the honest winner is credited in full and never named.
func TestSecondStatementConvicted(t *testing.T) {
	convictedOfTampering(t, withSecondStatement(5))
}

// convictedOfTampering runs a job of 20 steps, every pair audited, for
// two seats among three providers, the cheapest (node 1) cheating with
// cheat, and checks that it is convicted of a tampered all-reduce (fault
// 4), slashed and credited nothing, while the honest winner is credited
// in full and never named.
func convictedOfTampering(t *testing.T, cheat Option) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, floor: []int64{100, 200, 300}, opts: func(i int) []Option {
		if i != 1 {
			return nil
		}
		return []Option{cheat}
	}})
	if _, err := n.clients[1].Stake(ctx, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	const steps, k = 20, 2
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.AuditBps = 10_000
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	cheater := auction.Address(n.nodes[1].Key().Address())
	li := out.Award.IndexOf(cheater)
	if li < 0 || li >= k || len(out.Award.Standbys) != 1 {
		t.Fatalf("award %v; want node 1 a winner and one standby", out.Award)
	}
	if slashed := n.events[0].wait(ctx, t, out.Job.JobID, JobSlashed); slashed.Peer != cheater {
		t.Errorf("slashed %s; want the cheating member %s", slashed.Peer.Short(), cheater.Short())
	}
	conv, err := n.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobEvidence && strings.Contains(ev.Text, "convicted")
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(conv.Text, cheater.Short()) || !strings.Contains(conv.Text, "tampered all-reduce") {
		t.Errorf("conviction %q; want the cheating member convicted of a tampered all-reduce (fault 4)", conv.Text)
	}
	if c := out.Credits[li]; c != 0 {
		t.Errorf("the cheating member credited %d steps; want 0", c)
	}
	if c := out.Credits[1-li]; c != steps {
		t.Errorf("the honest winner credited %d steps; want %d", c, steps)
	}
	honest := out.Award.Winners[1-li]
	for _, ev := range n.events[0].All(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobEvidence }) {
		t.Logf("poster: %s %s", ev.Peer.Short(), ev.Text)
		if strings.Contains(ev.Text, honest.Short()) && strings.Contains(ev.Text, "convicted") {
			t.Errorf("the honest winner named: %s", ev.Text)
		}
	}
}

// TestTamperStatsConvicted (build tag cheat): in a compressed DiLoCo job
// (H = 5, int4, a receipt every outer step: ring operations 0, 3, 6, 9
// are the outer steps' statistics all-reduces, each followed by its
// values' and a hash comparison), the cheapest provider adds 1 to the
// block statistics it forwards in operation 6, step 15's statistics, and
// signs the hop as it sent it. The leaf names only the values' transcript;
// the standby's audit of step 15 checks the statistics' hops too
// (verify.CheckCompressedHops, the member's signed statements of the
// operation before), names it and publishes fault-4 evidence carrying
// the statistics' statements, which the re-checkers link to the leaf and
// confirm: it is convicted of tampering and slashed; the honest winner
// is never named.
func TestTamperStatsConvicted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const steps, h, k, statsOp, step = 20, 5, 2, 6, 15
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, floor: []int64{100, 200, 300}, opts: func(i int) []Option {
		if i != 1 {
			return nil
		}
		return []Option{withTamperForward(func(op uint64, off int, seg []float32) {
			if op == statsOp && len(seg) > 0 {
				seg[0]++
			}
		})}
	}})
	if _, err := n.clients[1].Stake(ctx, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	out, err := n.nodes[0].PostAndTrain(ctx, compressedJob(t, k, steps, h))
	if err != nil {
		t.Fatal(err)
	}
	tamperer := auction.Address(n.nodes[1].Key().Address())
	li := out.Award.IndexOf(tamperer)
	if li < 0 || li >= k || len(out.Award.Standbys) != 1 {
		t.Fatalf("award %v; want node 1 a winner and one standby", out.Award)
	}
	conv, err := n.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobEvidence && strings.Contains(ev.Text, "convicted")
	})
	if err != nil {
		t.Fatal(err)
	}
	if conv.Peer != tamperer || conv.Step != step || !strings.Contains(conv.Text, "tampered all-reduce") {
		t.Errorf("conviction %q of %s at step %d; want the tamperer at step %d, a tampered all-reduce (fault 4)", conv.Text, conv.Peer.Short(), conv.Step, step)
	}
	if slashed := n.events[0].wait(ctx, t, out.Job.JobID, JobSlashed); slashed.Peer != tamperer {
		t.Errorf("slashed %s; want the tamperer %s", slashed.Peer.Short(), tamperer.Short())
	}
	honest := out.Award.Winners[1-li]
	for _, ev := range n.events[0].All(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobEvidence }) {
		if ev.Peer == honest {
			t.Errorf("the honest winner named: %s", ev.Text)
		}
	}
}

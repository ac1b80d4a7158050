package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/job"
)

// compressedJob is a digits job for a group of k in DiLoCo with H local
// steps and int4 outer gradients (codec.Outer), a receipt at every outer
// step and every pair audited: each receipt period holds one leaf, the
// outer step's, and only outer steps are sampled (job.Leaves: the local
// steps have no leaf of their own; the outer step's audit checks them).
func compressedJob(t *testing.T, k uint32, steps, h int) JobRequest {
	req := digitsJob(t, k, steps, int64(k)*int64(steps)*1000)
	req.Recipe.LocalSteps, req.Recipe.HashEvery, req.Recipe.Compression = h, h, "int4"
	req.Recipe.AuditBps = 10_000
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	return req
}

// finalParams returns each winner's parameter hash in its receipt for
// the last step, from the poster's journal (zero where it has none).
func finalParams(t *testing.T, n *jobNet, out *JobOutcome, steps int) []auction.Hash {
	t.Helper()
	rec, err := readRecord(n.nodes[0].journal.path(out.Job.JobID))
	if err != nil {
		t.Fatal(err)
	}
	hashes := make([]auction.Hash, len(out.Award.Winners))
	for _, b := range rec.Receipts {
		rc, err := job.DecodeReceipt(b)
		if err != nil {
			t.Fatal(err)
		}
		if i := out.Award.IndexOf(rc.Member); i >= 0 && i < len(hashes) && rc.Step == uint64(steps) {
			hashes[i] = rc.ParamsHash
		}
	}
	return hashes
}

// waitAudits waits until the verifiers among nodes have audited every
// winner at every outer step (a multiple of h through steps) and returns
// their audits. Each verifier's own events are read, not the poster's:
// the poster stops following the job's topic once every winner receipted
// the last step, and a loaded verifier may publish after that.
func waitAudits(ctx context.Context, t *testing.T, n *jobNet, out *JobOutcome, steps, h int) []JobEvent {
	t.Helper()
	own := func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobAudit && strings.HasPrefix(ev.Text, "verified ")
	}
	var audits []JobEvent
	seen := map[auction.Address]map[uint64]bool{}
	for _, w := range out.Award.Winners {
		// A winner's verifier is its predecessor in the ring (no
		// standbys): one node audits it at every outer step.
		i := n.index(out.Award.Winners[(out.Award.IndexOf(w)+len(out.Award.Winners)-1)%len(out.Award.Winners)])
		seen[w] = map[uint64]bool{}
		for s := h; s <= steps; s += h {
			ev, err := n.events[i].Wait(ctx, nil, func(ev JobEvent) bool { return own(ev) && ev.Peer == w && ev.Step == uint64(s) })
			if err != nil {
				t.Fatalf("node %d did not audit %s at step %d (%v); audits so far %v", i, w.Short(), s, err, seen)
			}
			seen[w][ev.Step] = true
			audits = append(audits, ev)
		}
		audits = append(audits, n.events[i].All(func(ev JobEvent) bool { return own(ev) && ev.Peer == w && ev.Step%uint64(h) != 0 })...)
	}
	return audits
}

// TestCompressedDiLoCoJob: three providers train a digits job in
// DiLoCo (H = 5) with int4 outer gradients over the node's ring (packed
// integers, codec.Ints), receipts at every outer step, every pair
// audited. All three finish with one parameter hash, and every audit of
// every member's outer steps recomputes the compressed contribution
// from the group's sum, fetched by the hash the member's leaf commits to,
// and finds it honest, hops included.
func TestCompressedDiLoCoJob(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const steps, h, k = 20, 5, 3
	n := newJobNet(t, ctx, jobNetOptions{providers: k})
	out, err := n.nodes[0].PostAndTrain(ctx, compressedJob(t, k, steps, h))
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
	// Bit-identical: every winner signed the collected model's hash at
	// the last step.
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
	if !out.HasEval {
		t.Error("no model collected")
	}
	t.Logf("%d audits of compressed outer steps, all ok; members' hash %s", len(audits), out.ModelHash.Short())
}

// TestCompressedLazyConvicted: in the same compressed job with receipts
// every two outer steps (two leaves a period), one member sends zeros
// instead of its int4 values at the first outer step of each period
// (steps 5 and 15), committing to them. Its verifier recomputes the step
// from its committed state and the group's sum and publishes evidence
// (a leaf that is not its period's last: protocol.WorkEvidence.Check
// places it by its proof, not one leaf a step); the re-checkers confirm
// it with the same recomputation and the member is slashed for a wrong
// result; its credit ends before the step it was convicted at, and the
// honest members are credited every step.
func TestCompressedLazyConvicted(t *testing.T) {
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
	stake := big.NewInt(1_000_000)
	if _, err := n.clients[1].Stake(ctx, stake); err != nil {
		t.Fatal(err)
	}
	poster := n.nodes[0]
	req := compressedJob(t, k, steps, h)
	req.Recipe.HashEvery = 2 * h
	out, err := poster.PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	lazy := n.address(1)
	li := out.Award.IndexOf(lazy)
	if li < 0 || li >= k {
		t.Fatalf("award %v; want node 1 a winner", out.Award)
	}
	slashed := n.events[0].wait(ctx, t, out.Job.JobID, JobSlashed)
	if slashed.Peer != lazy {
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
	if _, err := poster.Settle(ctx, out); err != nil {
		t.Fatal(err)
	}
	// Capped in the settlement, or lowered by challengeFault when the
	// poster settled before the conviction.
	limit := new(big.Int).Mul(out.Award.PriceOf(li), big.NewInt(int64(conv.Step-1)))
	for {
		cr, err := n.clients[0].Credit(ctx, common.Hash(out.Job.JobID), n.nodes[1].Key().Address())
		if err == nil && cr.Amount.Cmp(limit) <= 0 {
			t.Logf("convicted at step %d; the convict's credit %v (cap %v)", conv.Step, cr.Amount, limit)
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the convict's credit stayed above %v: %v, %v", limit, cr, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

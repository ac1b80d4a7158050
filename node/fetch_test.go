package node

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestLateVerifierFetches: a standby that follows the job only once the
// winner has trained every step (its receipts were gossiped before the
// standby joined the training topic, and members re-send only their
// latest) fetches the first period's receipt from the group, draws that
// period's audits and makes them, and the poster settles once every audit
// its sample drew is in, not at its audit grace (issue 16: the standby
// never drew those audits, and the poster waited the grace, 30 s by
// default as here, then settled them unpaid).
func TestLateVerifierFetches(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const steps = 20
	lastIn := make(chan struct{}) // closed once the poster holds the winner's last receipt
	n := newJobNet(t, ctx, jobNetOptions{providers: 2, floor: []int64{100, 200}, jobs: func(c *JobsConfig) {
		c.FinishGrace = 30 * time.Second
	}, opts: func(i int) []Option {
		if i != 2 {
			return nil
		}
		return []Option{withLateStandby(func(ctx context.Context, _ auction.Hash) {
			select {
			case <-lastIn:
			case <-ctx.Done():
			}
		})}
	}})
	go func() {
		if _, err := n.events[0].Wait(ctx, nil, func(ev JobEvent) bool { return ev.Kind == JobReceipt && ev.Step == steps }); err == nil {
			close(lastIn)
		}
	}()
	req := digitsJob(t, 1, steps, steps*1000)
	req.Recipe.AuditBps = 10_000 // every step drawn: the first period's are all awaited
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	late := auction.Address(n.nodes[2].Key().Address())
	if len(out.Award.Standbys) != 1 || out.Award.Standbys[0] != late {
		t.Fatalf("award %v; want node 2 its standby", out.Award)
	}
	trained := n.events[0].wait(ctx, t, out.Job.JobID, JobTrained)
	if !strings.Contains(trained.Text, "every audit drawn is in") {
		t.Errorf("the poster's training ended %q; want every audit drawn in", trained.Text)
	}
	var audited []uint64
	for _, ev := range n.events[0].All(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobAudit }) {
		audited = append(audited, ev.Step)
	}
	slices.Sort(audited)
	if len(audited) != steps || audited[0] != 1 || audited[steps-1] != steps {
		t.Errorf("the poster filed audits of steps %v; want each of 1..%d", audited, steps)
	}
	if si := out.Award.IndexOf(late); si >= len(out.AuditCredits) || out.AuditCredits[si] != steps {
		t.Errorf("the standby's audits paid: %v; want %d", out.AuditCredits, steps)
	}
}

// TestFetchedReceipts: of a fetch answer, the receipts asked and signed by
// their member go in; a member's second, different receipt of a slot goes
// in with the first, as its equivocation; a copy, a receipt not asked and
// a forged one are refused.
func TestFetchedReceipts(t *testing.T) {
	key, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{0xee}}
	id := auction.Hash{9}
	receipt := func(step uint64, params byte) job.Receipt {
		sr := protocol.StepReceipt{JobID: id, Member: protocol.Address(key.Address()), Step: step, ParamsHash: protocol.Hash{params}}
		sig, err := chain.Sign(key, dom, sr)
		if err != nil {
			t.Fatal(err)
		}
		return job.Receipt{StepReceipt: sr, Sig: [protocol.SignatureLen]byte(sig)}
	}
	a, b, other := receipt(5, 1), receipt(5, 2), receipt(10, 1)
	forged := receipt(15, 1)
	forged.Sig[3] ^= 1
	f := &job.Fetch{Receipts: []job.Pair{{Member: a.Member, Step: 5}, {Member: a.Member, Step: 15}, {Member: a.Member, Step: 20}}}
	var refused []uint64
	ins := fetchedReceipts(id, dom, f, []job.Receipt{a, a, b, other, forged}, func(r job.Receipt) { refused = append(refused, r.Step) })
	want := []job.Input{job.PeerEquivocation{Evidence: job.Evidence{Member: a.Member, Step: 5, First: a, Second: b}}}
	if !slices.Equal(ins, want) {
		t.Errorf("inputs %+v; want %+v", ins, want)
	}
	if !slices.Equal(refused, []uint64{5, 10, 15}) {
		t.Errorf("refused the receipts for steps %v; want 5 (a copy), 10 (not asked), 15 (forged)", refused)
	}
	if len(f.Receipts) != 2 {
		t.Errorf("%d receipts still wanted; want 2 (steps 15 and 20)", len(f.Receipts))
	}
}

package node

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
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

package node

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
)

// TestConvictExpelled: a lazy member of a group of three is convicted
// while the group trains; the two honest members drop it from their ring
// (job.TrainDrop, Group.Expel), the ring calls the award's standby in,
// which fetches the training state every survivor committed to after the
// join step (by hash, checked), takes over the convict's shard and trains
// to the end with them: all three finish with bit-identical parameters.
// The convict's training ends there, it is slashed and credited nothing;
// the honest members are credited every step, the standby at least the
// steps from the receipt period it joined in (job.Book.Base). Every pair
// is audited (rate 100%): the standby's steps from its join on are
// recomputed on the convict's shard and pass (verifier.go, callin.go's
// standbyShards).
//
// "lazy standby": the standby contributes zeros once called in; its audits
// fail, it is convicted and dropped in turn, and the two honest winners
// finish alone (the quorum of a group of three is two).
//
// To make each conviction land mid-training, without sleeping, every
// member holds its training at step hold (and, with a lazy standby, at
// step holdStandby) until the honest members have seen the conviction
// (the verifiers and re-checkers go on meanwhile).
func TestConvictExpelled(t *testing.T) {
	for _, c := range []struct {
		name        string
		lazyStandby bool
	}{
		{name: "honest standby"},
		{name: "lazy standby", lazyStandby: true},
	} {
		t.Run(c.name, func(t *testing.T) { testConvictExpelled(t, c.lazyStandby) })
	}
}

func testConvictExpelled(t *testing.T, lazyStandby bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const lazyFrom, hold, holdStandby, steps, k, period = 3, 30, 45, 50, 3, 10
	// The lazy winner is the first in ring order (award order: by price),
	// the place from which a convict could coordinate the view that
	// expels it (issue 16's membership race: two views of one epoch ended
	// both honest members' training with "the ring runs operation 33,
	// this member is at 32"; membership's testdata/expel and callin-op),
	// and the dearest provider is the award's standby.
	const lazyNode, standbyNode = 1, 4
	honestNodes := []int{2, 3}
	var (
		net      *jobNet
		mu       sync.Mutex
		final    = map[int][32]byte{} // node → its parameter hash at the last step
		lastStep = map[int]int{}      // node → the last step it trained
		members  = map[int]int{}      // node → members in its last all-reduce
	)
	convicted := func(i int, who auction.Address) {
		if _, err := net.events[i].Wait(ctx, nil, func(ev JobEvent) bool {
			return ev.Kind == JobEvidence && strings.Contains(ev.Text, "convicted") && ev.Peer == who
		}); err != nil {
			t.Errorf("node %d saw no conviction of %s: %v", i, who.Short(), err)
		}
	}
	observe := func(i int) func(auction.Hash, train.Event) {
		return func(_ auction.Hash, e train.Event) {
			switch e.Kind {
			case train.EventStep:
				mu.Lock()
				lastStep[i], members[i] = e.Step, e.Members
				mu.Unlock()
				if e.Step == hold {
					for _, h := range honestNodes {
						convicted(h, net.address(lazyNode))
					}
				}
				if lazyStandby && e.Step == holdStandby && i != standbyNode {
					for _, h := range honestNodes {
						convicted(h, net.address(standbyNode))
					}
				}
			case train.EventHash:
				if e.Step == steps {
					mu.Lock()
					final[i] = e.Hash
					mu.Unlock()
				}
			}
		}
	}
	net = newJobNet(t, ctx, jobNetOptions{providers: 4, floor: []int64{100, 200, 300, 400}, opts: func(i int) []Option {
		opts := []Option{WithTrainObserver(observe(i))}
		switch {
		case i == lazyNode:
			opts = append(opts, withTamper(func(step int, c []float32) {
				if step >= lazyFrom {
					clear(c)
				}
			}))
		case i == standbyNode && lazyStandby:
			opts = append(opts, withTamper(func(_ int, c []float32) { clear(c) }))
		}
		return opts
	}, jobs: func(c *JobsConfig) {
		// A loaded machine can stall a process for seconds: an honest
		// member must not be dropped for that.
		c.ChunkTimeout = 10 * time.Second
	}})
	for _, i := range []int{lazyNode, standbyNode} {
		if _, err := net.clients[i].Stake(ctx, big.NewInt(1_000_000)); err != nil {
			t.Fatal(err)
		}
	}
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.AuditBps = 10_000
	// Windows wide enough for every provider to bid on a loaded machine:
	// the test needs the standby.
	req.CommitWindow, req.RevealWindow = 8*time.Second, 8*time.Second
	out, err := net.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	job := out.Job.JobID
	lazy := net.address(lazyNode)
	li := out.Award.IndexOf(lazy)
	if li != 0 {
		t.Fatalf("award %v; want node %d first among the winners (first in ring order)", out.Award, lazyNode)
	}
	if slashed := net.events[0].wait(ctx, t, job, JobSlashed); slashed.Peer != lazy {
		t.Errorf("slashed %s; want the lazy member %s", slashed.Peer.Short(), lazy.Short())
	}
	if len(out.Award.Standbys) != 1 || out.Award.Standbys[0] != net.address(standbyNode) {
		t.Fatalf("award standbys %v; want node %d alone", out.Award.Standbys, standbyNode)
	}
	sb := out.Award.Standbys[0]
	join, err := net.events[standbyNode].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == job && ev.Kind == JobFetched && strings.Contains(ev.Text, "called in")
	})
	if err != nil {
		t.Fatalf("the standby was not called in: %v", err)
	}
	first, ok := net.events[0].Find(func(ev JobEvent) bool {
		return ev.Job == job && ev.Kind == JobReceipt && ev.Peer == sb
	})
	if !ok {
		t.Fatal("the poster filed no receipt of the standby")
	}
	// Its first receipt closes the period it joined in; it is credited
	// from that period's start (the core's rule), and its audits may add
	// to that up to the job's steps.
	if want := (join.Step/period + 1) * period; first.Step != want {
		t.Errorf("the standby's first receipt is of step %d; joined after step %d, want %d", first.Step, join.Step, want)
	}
	// Credits hold audit pay besides trained steps: the part paid from
	// the verification bound is journaled (AuditPay); audits paid from the
	// room unearned steps leave never lift a credit above the job's steps.
	rec, err := readRecord(net.nodes[0].journal.path(job))
	if err != nil {
		t.Fatal(err)
	}
	work := func(i int) uint64 {
		if i < len(rec.AuditPay) {
			return out.Credits[i] - rec.AuditPay[i]
		}
		return out.Credits[i]
	}
	var honest []int
	for i, w := range out.Award.Winners {
		switch {
		case w == lazy:
			if out.Credits[i] != 0 {
				t.Errorf("the convict is credited %d steps; want 0", out.Credits[i])
			}
		case work(i) != steps:
			t.Errorf("honest winner %s credited %d steps for its work; want %d", w.Short(), work(i), steps)
		default:
			honest = append(honest, net.index(w))
		}
	}
	if len(honest) != 2 {
		t.Fatalf("honest winners %v; want two", honest)
	}
	mu.Lock()
	defer mu.Unlock()
	if s := lastStep[lazyNode]; s >= steps {
		t.Errorf("the convict trained to step %d; want it dropped before the end (%d)", s, steps)
	}
	a, b, si := honest[0], honest[1], standbyNode
	fa, fb, fs := final[a], final[b], final[si]
	if fa == ([32]byte{}) || fa != fb {
		t.Errorf("the honest winners' final parameter hashes: %x, %x; want equal", fa[:6], fb[:6])
	}
	if !out.HasEval {
		t.Error("no model collected from the survivors")
	}
	audits := func(ok bool) func(JobEvent) bool {
		verdict := "ok"
		if !ok {
			verdict = "failed"
		}
		return func(ev JobEvent) bool {
			return ev.Job == job && ev.Kind == JobAudit && ev.Peer == sb && strings.HasSuffix(ev.Text, ": "+verdict)
		}
	}
	if lazyStandby {
		// Caught by its audits, convicted, slashed and paid nothing;
		// the survivors drop it and finish alone.
		if _, err := net.events[0].Wait(ctx, nil, func(ev JobEvent) bool { return ev.Job == job && ev.Kind == JobSlashed && ev.Peer == sb }); err != nil {
			t.Errorf("the lazy standby was not slashed: %v", err)
		}
		if c := out.Credits[len(out.Award.Winners)]; c != 0 {
			t.Errorf("the lazy standby is credited %d; want 0", c)
		}
		if s := lastStep[si]; s >= steps {
			t.Errorf("the lazy standby trained to step %d; want it dropped before the end (%d)", s, steps)
		}
		if members[a] != 2 || members[b] != 2 {
			t.Errorf("members in the last all-reduce: %d, %d; want 2", members[a], members[b])
		}
		if bad := net.events[0].All(audits(false)); len(bad) == 0 {
			t.Error("the poster filed no failed audit of the lazy standby")
		}
		t.Logf("convict trained to step %d; standby called in after step %d, lazy, trained to step %d, convicted; finishers' hash %x",
			lastStep[lazyNode], join.Step, lastStep[si], fa[:6])
		return
	}
	trained := uint64(steps) - (first.Step - period)
	if c := work(len(out.Award.Winners)); c < trained || c > steps {
		t.Errorf("the standby is credited %d for its work; want %d (from step %d) to %d", c, trained, first.Step-period+1, steps)
	}
	if fa != fs {
		t.Errorf("the finishers' final parameter hashes: %x, standby %x; want equal", fa[:6], fs[:6])
	}
	if members[a] != 3 || members[b] != 3 || members[si] != 3 {
		t.Errorf("members in the last all-reduce: %d, %d, standby %d; want 3", members[a], members[b], members[si])
	}
	// Every step the standby trained is audited (rate 100%), on the
	// convict's shard, and passes; no audit of it fails.
	for s := join.Step + 1; s <= steps; s++ {
		want := fmt.Sprintf("verified %s at step %d: ok", sb.Short(), s)
		if _, err := waitAny(ctx, net.events, func(ev JobEvent) bool {
			return ev.Job == job && ev.Kind == JobAudit && ev.Peer == sb && strings.HasSuffix(ev.Text, want)
		}); err != nil {
			t.Errorf("no verifier passed the standby's step %d: %v", s, err)
			break
		}
	}
	for i := range net.events {
		if bad := net.events[i].All(audits(false)); len(bad) > 0 {
			t.Errorf("node %d: a failed audit of the honest standby: %s", i, bad[0].Text)
		}
		if ev, ok := net.events[i].Find(func(ev JobEvent) bool { return ev.Job == job && ev.Kind == JobEvidence && ev.Peer == sb }); ok {
			t.Errorf("node %d: evidence against the honest standby: %s", i, ev.Text)
		}
	}
	t.Logf("convict trained to step %d of %d; standby called in after step %d, first receipt %d, credited %d, %d steps audited ok; finishers' hash %x",
		lastStep[lazyNode], steps, join.Step, first.Step, work(len(out.Award.Winners)), steps-int(join.Step), fa[:6])
}

// waitAny waits until an event of any of lists matches.
func waitAny(ctx context.Context, lists []*jobEvents, match func(JobEvent) bool) (JobEvent, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type found struct {
		ev  JobEvent
		err error
	}
	ch := make(chan found, len(lists))
	for _, l := range lists {
		go func() {
			ev, err := l.Wait(ctx, nil, match)
			ch <- found{ev, err}
		}()
	}
	var last error
	for range lists {
		f := <-ch
		if f.err == nil {
			return f.ev, nil
		}
		last = f.err
	}
	return JobEvent{}, last
}

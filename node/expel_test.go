package node

import (
	"context"
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
// steps from the receipt period it joined in (job.Book.Base). To make the conviction land mid-training, without sleeping, every
// member holds its training at step hold until the honest members have
// seen the conviction (the verifiers and re-checkers go on meanwhile).
func TestConvictExpelled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const lazyFrom, hold, steps, k, period = 3, 30, 50, 3, 10
	var (
		net      *jobNet
		mu       sync.Mutex
		final    = map[int][32]byte{} // node → its parameter hash at the last step
		lastStep = map[int]int{}      // node → the last step it trained
		members  = map[int]int{}      // node → members in its last all-reduce
	)
	convicted := func(i int) {
		if _, err := net.events[i].Wait(ctx, nil, func(ev JobEvent) bool {
			return ev.Kind == JobEvidence && strings.Contains(ev.Text, "convicted")
		}); err != nil {
			t.Errorf("node %d saw no conviction: %v", i, err)
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
					convicted(2)
					convicted(3)
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
		if i == 1 {
			opts = append(opts, withTamper(func(step int, c []float32) {
				if step >= lazyFrom {
					clear(c)
				}
			}))
		}
		return opts
	}})
	if _, err := net.clients[1].Stake(ctx, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.AuditBps = 10_000
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	out, err := net.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	lazy := auction.Address(net.nodes[1].Key().Address())
	li := out.Award.IndexOf(lazy)
	if li < 0 || li >= k {
		t.Fatalf("award %v; want node 1 among the winners", out.Award)
	}
	if slashed := net.events[0].wait(ctx, t, out.Job.JobID, JobSlashed); slashed.Peer != lazy {
		t.Errorf("slashed %s; want the lazy member %s", slashed.Peer.Short(), lazy.Short())
	}
	mu.Lock()
	defer mu.Unlock()
	if len(out.Award.Standbys) != 1 {
		t.Fatalf("award standbys %v; want one", out.Award.Standbys)
	}
	sb := out.Award.Standbys[0]
	si := net.index(sb)
	join, err := net.events[si].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobFetched && strings.Contains(ev.Text, "called in")
	})
	if err != nil {
		t.Fatalf("the standby was not called in: %v", err)
	}
	first, ok := net.events[0].Find(func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobReceipt && ev.Peer == sb
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
	rec, err := readRecord(net.nodes[0].journal.path(out.Job.JobID))
	if err != nil {
		t.Fatal(err)
	}
	work := func(i int) uint64 {
		if i < len(rec.AuditPay) {
			return out.Credits[i] - rec.AuditPay[i]
		}
		return out.Credits[i]
	}
	trained := uint64(steps) - (first.Step - period)
	if c := work(len(out.Award.Winners)); c < trained || c > steps {
		t.Errorf("the standby is credited %d for its work; want %d (from step %d) to %d", c, trained, first.Step-period+1, steps)
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
	if s := lastStep[1]; s >= steps {
		t.Errorf("the convict trained to step %d; want it dropped before the end (%d)", s, steps)
	}
	a, b := honest[0], honest[1]
	fa, fb, fs := final[a], final[b], final[si]
	if fa == ([32]byte{}) || fa != fb || fa != fs {
		t.Errorf("the finishers' final parameter hashes: %x, %x, standby %x; want equal", fa[:6], fb[:6], fs[:6])
	}
	if members[a] != 3 || members[b] != 3 || members[si] != 3 {
		t.Errorf("members in the last all-reduce: %d, %d, standby %d; want 3", members[a], members[b], members[si])
	}
	if !out.HasEval {
		t.Error("no model collected from the survivors")
	}
	t.Logf("convict trained to step %d of %d; standby called in after step %d, first receipt %d, credited %d; finishers' hash %x",
		lastStep[1], steps, join.Step, first.Step, work(len(out.Award.Winners)), fa[:6])
}

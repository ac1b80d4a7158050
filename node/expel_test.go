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
// (job.TrainDrop, Group.Expel) and finish the job on their own, with
// bit-identical parameters; the convict's training ends there, it is
// slashed and credited nothing; the honest members are credited every
// step. To make the conviction land mid-training, without sleeping, every
// member holds its training at step hold until the honest members have
// seen the conviction (the verifiers and re-checkers go on meanwhile).
func TestConvictExpelled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const lazyFrom, hold, steps, k = 3, 30, 50, 3
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
	var honest []int
	for i, w := range out.Award.Winners {
		switch {
		case w == lazy:
			if out.Credits[i] != 0 {
				t.Errorf("the convict is credited %d steps; want 0", out.Credits[i])
			}
		case out.Credits[i] != steps:
			t.Errorf("honest winner %s credited %d steps; want %d", w.Short(), out.Credits[i], steps)
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
	fa, fb := final[a], final[b]
	if fa == ([32]byte{}) || fa != fb {
		t.Errorf("the survivors' final parameter hashes: %x, %x; want equal", fa[:6], fb[:6])
	}
	if members[a] != 2 || members[b] != 2 {
		t.Errorf("members in the survivors' last all-reduce: %d, %d; want 2", members[a], members[b])
	}
	if !out.HasEval {
		t.Error("no model collected from the survivors")
	}
	t.Logf("convict trained to step %d of %d; survivors' hash %x", lastStep[1], steps, fa[:6])
}

package node

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
)

// TestStandbyJoins: a winner of a group of three dies at a chosen point
// of the ring's schedule and the award's standby is called in there
// (callin.go, joinAt):
//
//   - "at a hash check": the ring re-forms without the dead member at the
//     all-reduce of step 30 and plans the standby in from the next
//     operation, the parameter-hash comparison closing the receipt period
//     at step 30. The standby takes part in it with the hash the
//     survivors signed for step 30, then fetches the state after step 30
//     and trains from step 31 (before, it gave up there and the ring
//     dropped it after StartTimeout).
//   - "DiLoCo": 5 local steps per outer step; the ring re-forms at the
//     outer all-reduce of step 25 and plans the standby in from the next,
//     step 30's: it fetches the join state at the outer boundary after
//     step 25 (the outer state every survivor names, with a fresh inner
//     optimizer: joinStateOf), does local steps 26–30 and contributes its
//     delta there.
//
// Either way the standby and the two survivors finish with bit-identical
// parameters, the standby's audited steps pass (every pair is sampled),
// and it is credited from the receipt period it joined in. To place the
// death without sleeping, the survivors hold their training at step hold
// until the dead member's node has stopped; the victim, past hold, waits
// in the next all-reduce for them.
func TestStandbyJoins(t *testing.T) {
	for _, c := range []struct {
		name      string
		local     int
		hold      int    // survivors wait here, after the step
		from      uint64 // the standby's state: after this step
		hashFirst bool   // it joins at a hash comparison
		firstRcpt uint64 // its first receipt
	}{
		{name: "at a hash check", local: 1, hold: 29, from: 30, hashFirst: true, firstRcpt: 40},
		{name: "DiLoCo", local: 5, hold: 24, from: 25, firstRcpt: 30},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			const steps, k, victim, standbyNode = 50, 3, 1, 4
			var (
				net      *jobNet
				mu       sync.Mutex
				final    = map[int][32]byte{}
				members  = map[int]int{}
				held     = make(chan int, 2)
				released = make(chan struct{})
			)
			observe := func(i int) func(auction.Hash, train.Event) {
				return func(_ auction.Hash, e train.Event) {
					switch e.Kind {
					case train.EventStep:
						mu.Lock()
						members[i] = e.Members
						mu.Unlock()
						if e.Step == c.hold && i != victim && i != standbyNode {
							held <- i
							select {
							case <-released:
							case <-ctx.Done():
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
			net = newJobNet(t, ctx, jobNetOptions{providers: 4, floor: []int64{100, 200, 300, 400},
				opts: func(i int) []Option { return []Option{WithTrainObserver(observe(i))} },
				jobs: func(c *JobsConfig) { c.ChunkTimeout = 10 * time.Second }})
			go func() {
				// Both survivors at hold: the victim is past it, in the
				// next all-reduce; stop its node, then let them go on.
				for range 2 {
					select {
					case <-held:
					case <-ctx.Done():
						return
					}
				}
				net.stop(victim)
				close(released)
			}()
			req := digitsJob(t, k, steps, k*steps*1000)
			req.Recipe.LocalSteps = c.local
			req.Recipe.AuditBps = 10_000
			// Windows wide enough for every provider to bid on a loaded
			// machine: the test needs the standby.
			req.CommitWindow, req.RevealWindow = 8*time.Second, 8*time.Second
			out, err := net.nodes[0].PostAndTrain(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			job := out.Job.JobID
			if out.Award.IndexOf(net.address(victim)) >= k || len(out.Award.Standbys) != 1 || out.Award.Standbys[0] != net.address(standbyNode) {
				t.Fatalf("award %v; want nodes 1-3 winning, node %d the standby", out.Award, standbyNode)
			}
			sb := out.Award.Standbys[0]
			join, ok := net.events[standbyNode].Find(func(ev JobEvent) bool {
				return ev.Job == job && ev.Kind == JobFetched && strings.Contains(ev.Text, "called in")
			})
			if !ok {
				t.Fatal("the standby was not called in")
			}
			if join.Step != c.from || strings.Contains(join.Text, "parameter-hash check") != c.hashFirst {
				t.Errorf("the standby joined: %q; want after step %d, at a hash check %v", join.Text, c.from, c.hashFirst)
			}
			first, ok := net.events[0].Find(func(ev JobEvent) bool {
				return ev.Job == job && ev.Kind == JobReceipt && ev.Peer == sb
			})
			if !ok || first.Step != c.firstRcpt {
				t.Errorf("the standby's first receipt: step %d (%v); want %d", first.Step, ok, c.firstRcpt)
			}
			mu.Lock()
			defer mu.Unlock()
			var finishers []int
			for i, w := range out.Award.Winners {
				if j := net.index(w); j != victim {
					finishers = append(finishers, j)
				} else if out.Credits[i] >= steps {
					t.Errorf("the dead member is credited %d steps; want fewer than %d", out.Credits[i], steps)
				}
			}
			finishers = append(finishers, standbyNode)
			want := final[finishers[0]]
			for _, i := range finishers {
				if got := final[i]; got == ([32]byte{}) || got != want || members[i] != 3 {
					t.Errorf("node %d: final parameter hash %x, %d members at the end; want %x, 3", i, got[:6], members[i], want[:6])
				}
			}
			rec, err := readRecord(net.nodes[0].journal.path(job))
			if err != nil {
				t.Fatal(err)
			}
			si := len(out.Award.Winners)
			work := out.Credits[si]
			if si < len(rec.AuditPay) {
				work -= rec.AuditPay[si]
			}
			if lo := uint64(steps) - (c.firstRcpt - 10); work < lo || work > steps {
				t.Errorf("the standby is credited %d for its work; want %d to %d", work, lo, steps)
			}
			// Its audited steps pass; none fails.
			if _, err := waitAny(ctx, net.events, func(ev JobEvent) bool {
				return ev.Job == job && ev.Kind == JobAudit && ev.Peer == sb && strings.HasSuffix(ev.Text, ": ok")
			}); err != nil {
				t.Errorf("no audit of the standby passed: %v", err)
			}
			for i := range net.events {
				if ev, ok := net.events[i].Find(func(ev JobEvent) bool {
					return ev.Job == job && (ev.Kind == JobEvidence || ev.Kind == JobAudit && strings.HasSuffix(ev.Text, ": failed")) && ev.Peer == sb
				}); ok {
					t.Errorf("node %d: %s", i, ev.Text)
				}
			}
			t.Logf("standby joined after step %d (%s), first receipt %d, credited %d; finishers' hash %x", join.Step, c.name, first.Step, work, want[:6])
		})
	}
}

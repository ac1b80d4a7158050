package node

import (
	"context"
	"fmt"
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
//   - "compressed DiLoCo": the same with int4 outer gradients, whose
//     outer step is two ring operations (statistics, then values). The
//     ring re-forms at step 25's statistics and plans the standby in
//     from the next join point (Recipe.joinPoint), step 30's statistics,
//     not step 25's values, whose statistics it never saw; it starts from
//     the join state with a zero error-feedback residual (joinStateOf),
//     which its first leaf commits to, and its audits recompute from it.
//   - "overlapped DiLoCo": 5 local steps, each round's outer all-reduce
//     applied a round late, but the last round of a receipt period (10
//     steps) synchronous. Lost in step 25's outer all-reduce (in flight
//     while the members compute the next round), the standby is planned
//     in from the next join point, where nothing is in flight: not step
//     30's all-reduce (it would start from the state after step 25,
//     whose round's sum the others apply a round late) but the hash
//     comparison after step 30, the period's end; it trains from the
//     state after step 30.
//
// Either way the standby and the two survivors finish with bit-identical
// parameters, the standby's audited steps pass (every pair is sampled),
// no audit finds a survivor wrong, and it is credited from the receipt
// period it joined in. To place the
// death without sleeping, the survivors hold their training at step hold
// until the dead member's node has stopped; the victim, past hold, waits
// in the next all-reduce for them.
func TestStandbyJoins(t *testing.T) {
	for _, c := range []struct {
		name      string
		local     int
		compress  string // Recipe.Compression
		overlap   bool   // Recipe.Overlap
		hold      int    // survivors wait here, after the step
		from      uint64 // the standby's state: after this step
		hashFirst bool   // it joins at a hash comparison
		firstRcpt uint64 // its first receipt
	}{
		{name: "at a hash check", local: 1, hold: 29, from: 30, hashFirst: true, firstRcpt: 40},
		{name: "DiLoCo", local: 5, hold: 24, from: 25, firstRcpt: 30},
		{name: "compressed DiLoCo", local: 5, compress: "int4", hold: 24, from: 25, firstRcpt: 30},
		{name: "overlapped DiLoCo", local: 5, overlap: true, hold: 24, from: 30, hashFirst: true, firstRcpt: 40},
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
			req.Recipe.LocalSteps, req.Recipe.Compression, req.Recipe.Overlap = c.local, c.compress, c.overlap
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
			// Nor is any member that trained on found wrong: the
			// standby, the survivors.
			for i := range net.events {
				if ev, ok := net.events[i].Find(func(ev JobEvent) bool {
					return ev.Job == job && (ev.Kind == JobEvidence || ev.Kind == JobAudit && strings.HasSuffix(ev.Text, ": failed")) && ev.Peer != net.address(victim)
				}); ok {
					t.Errorf("node %d: %s", i, ev.Text)
				}
			}
			t.Logf("standby joined after step %d (%s), first receipt %d, credited %d; finishers' hash %x", join.Step, c.name, first.Step, work, want[:6])
		})
	}
}

// TestTwoStandbysInTurn: a group of three with two standbys loses its
// second winner after step 14, then its first after step 34; the ring
// calls the standbys in one after the other. Each takes the seat of the
// winner that left (job.CallInShard): the first standby winner 1's
// shard, the second winner 0's, where the old rule (the k-th standby of
// the ring takes the k-th winner missing from it) gave the second one
// winner 1's shard, which the first standby was training. Each states
// its seat in a signed statement that reaches the poster (job.SeatStatement).
// Verifiers check each standby on exactly that shard (job.StandbyShards): every
// pair is audited, and each audit of either standby passes. The three
// finishers end bit-identical. Deaths are placed as in TestStandbyJoins:
// the survivors hold at the step until the victim's node has stopped.
func TestTwoStandbysInTurn(t *testing.T) {
	twoStandbys(t, []standbyDeath{{14, 2}, {34, 1}})
}

// TestTwoSeatsInOnePeriod: as TestTwoStandbysInTurn, but the second
// winner leaves after step 12 and the first after step 17, in one receipt
// period (steps 11-20), so both standbys' first receipt is step 20 and
// the receipts cannot say which took which seat. The first standby
// states its seat when called in; the second waits for that statement
// (job.SeatsAwaited) and takes the other seat (the receipts' rule alone
// gave it the first one's: both would have trained winner 1's shard), and
// verifiers check each on exactly the seat it stated: every audit of
// either passes.
func TestTwoSeatsInOnePeriod(t *testing.T) {
	twoStandbys(t, []standbyDeath{{12, 2}, {17, 1}})
}

// standbyDeath: the survivors wait after step hold until node victim
// has stopped.
type standbyDeath struct{ hold, victim int }

func twoStandbys(t *testing.T, deaths []standbyDeath) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const steps, k = 50, 3
	const s1, s2 = 4, 5 // the standbys' nodes, in award order
	var (
		net   *jobNet
		mu    sync.Mutex
		final = map[int][32]byte{}
		held  = [2]chan int{make(chan int, 2), make(chan int, 2)}
		rel   = [2]chan struct{}{make(chan struct{}), make(chan struct{})}
	)
	observe := func(i int) func(auction.Hash, train.Event) {
		return func(_ auction.Hash, e train.Event) {
			switch e.Kind {
			case train.EventStep:
				for d, dd := range deaths {
					if e.Step == dd.hold && i != dd.victim {
						held[d] <- i
						select {
						case <-rel[d]:
						case <-ctx.Done():
						}
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
	net = newJobNet(t, ctx, jobNetOptions{providers: 5, floor: []int64{100, 200, 300, 400, 500},
		opts: func(i int) []Option { return []Option{WithTrainObserver(observe(i))} },
		jobs: func(c *JobsConfig) { c.ChunkTimeout = 10 * time.Second }})
	go func() {
		for d, dd := range deaths {
			for range 2 {
				select {
				case <-held[d]:
				case <-ctx.Done():
					return
				}
			}
			net.stop(dd.victim)
			close(rel[d])
		}
	}()
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.AuditBps = 10_000
	req.CommitWindow, req.RevealWindow = 8*time.Second, 8*time.Second
	out, err := net.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	job := out.Job.JobID
	if len(out.Award.Standbys) != 2 || out.Award.Standbys[0] != net.address(s1) || out.Award.Standbys[1] != net.address(s2) ||
		out.Award.IndexOf(net.address(1)) != 0 || out.Award.IndexOf(net.address(2)) != 1 {
		t.Fatalf("award %v; want nodes 1-3 winning in order, nodes 4 and 5 the standbys", out.Award)
	}
	for _, c := range []struct {
		node  int
		shard int
	}{{s1, 1}, {s2, 0}} {
		ev, ok := net.events[c.node].Find(func(ev JobEvent) bool {
			return ev.Job == job && ev.Kind == JobFetched && strings.Contains(ev.Text, "called in")
		})
		if !ok {
			t.Fatalf("node %d was not called in", c.node)
		}
		if want := fmt.Sprintf("for winner %d's shard", c.shard); !strings.Contains(ev.Text, want) {
			t.Errorf("node %d: %q; want %q", c.node, ev.Text, want)
		}
	}
	// Each standby stated its seat in a signed statement that reached the
	// poster (job.SeatStatement): the seat the event above names.
	for _, c := range []struct{ node, shard int }{{s1, 1}, {s2, 0}} {
		a := net.address(c.node)
		if _, err := waitAny(ctx, net.events[:1], func(ev JobEvent) bool {
			return ev.Job == job && ev.Kind == JobSeat && ev.Peer == a && strings.Contains(ev.Text, fmt.Sprintf("took seat %d after", c.shard))
		}); err != nil {
			t.Errorf("the poster filed no seat statement of node %d for seat %d: %v", c.node, c.shard, err)
		}
	}
	mu.Lock()
	want := final[3]
	for _, i := range []int{3, s1, s2} {
		if got := final[i]; got == ([32]byte{}) || got != want {
			t.Errorf("node %d: final parameter hash %x; want %x", i, got[:6], want[:6])
		}
	}
	mu.Unlock()
	// Both standbys' last steps are audited and pass; no audit of either
	// fails, and no evidence names them.
	for _, sb := range []int{s1, s2} {
		a := net.address(sb)
		if _, err := waitAny(ctx, net.events, func(ev JobEvent) bool {
			return ev.Job == job && ev.Kind == JobAudit && ev.Peer == a && ev.Step == steps && strings.HasSuffix(ev.Text, ": ok")
		}); err != nil {
			t.Errorf("no audit of node %d's step %d passed: %v", sb, steps, err)
		}
	}
	audits := 0
	for i := range net.events {
		for _, ev := range net.events[i].All(func(ev JobEvent) bool {
			return ev.Job == job && (ev.Kind == JobAudit || ev.Kind == JobEvidence) && (ev.Peer == net.address(s1) || ev.Peer == net.address(s2))
		}) {
			if ev.Kind == JobEvidence || !strings.HasSuffix(ev.Text, ": ok") {
				t.Errorf("node %d: %s", i, ev.Text)
			}
			audits++
		}
	}
	t.Logf("%d audit events of the two standbys, all ok; finishers' hash %x", audits, want[:6])
}

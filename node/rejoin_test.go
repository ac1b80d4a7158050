package node

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/train"
)

// TestRingInOrder: a journaled ring order puts the winners in it; award
// order when none; anything that is not an order of the winners is
// refused.
func TestRingInOrder(t *testing.T) {
	w := []peer.ID{"a", "b", "c", "d"}
	for _, c := range []struct {
		order []int
		want  []peer.ID // nil: refused
	}{
		{nil, w},
		{[]int{0, 2, 3, 1}, []peer.ID{"a", "c", "d", "b"}},
		{[]int{0, 1, 2, 3}, w},
		{[]int{0, 2, 3}, nil},
		{[]int{0, 2, 2, 1}, nil},
		{[]int{0, 2, 4, 1}, nil},
		{[]int{0, -1, 2, 1}, nil},
	} {
		got, err := ringInOrder(w, c.order)
		if c.want == nil {
			if err == nil {
				t.Errorf("order %v: %v, want refused", c.order, got)
			}
			continue
		}
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("order %v: %v (%v), want %v", c.order, got, err, c.want)
		}
	}
}

// TestMemberRestartRejoins: four winners train a digits job in a ring
// ordered from measured round trips (two emulated continents). Once every
// winner has receipted step 20, one winner's node stops and starts again
// from its data dir, while the others wait (they hold before step 22
// until it has asked to be let back in, so that it rejoins mid-training
// whatever the load). Restarted,
// the member finds the job in its journal, asks the ring to call it back
// into its seat, is called in at the next view, fetches the group's state
// by hash and trains to the end: every winner, the restarted one
// included, receipts the last step with one parameter hash, the
// collected model's; the poster credits it the steps it trained, less
// its gap (job.Book.Gaps), from the statement it signed when called back.
//
// It lost the rejoin in 3 of about 22 runs at load 20-25 while a
// request that reached the coordinator of a view being agreed after it
// decided went unheard (membership golden script rejoin-late).
//
// The same with DiLoCo's compressed outer gradients (5 local steps, int4):
// the restarted member is called back in at a join point as a standby is
// (an outer step's statistics, never its values, or a hash comparison),
// from the join state with its error-feedback residual zeroed.
//
// And with DiLoCo's outer all-reduce overlapped with the next round (5
// local steps): the restarted member is called back in only at a receipt
// period's hash comparison (after step 30), where no outer gradient is in
// flight. Planned in there as the ring redid step 25's overlapped
// all-reduce without it, it answered a member that asked it (first in
// ring order) to coordinate with its planned view, and the ring stopped,
// "diverged" (3 of 64 runs before a joiner stopped coordinating;
// membership golden scripts rejoin-first, rejoin-planned-overlap).
func TestMemberRestartRejoins(t *testing.T) { runRejoinCases(t, false) }

// TestRejoinWithheldStatement is TestMemberRestartRejoins with a restarted
// winner that signs no seat statement when called back in (it would be
// credited its gap): the other members witness its rejoin (rejoin
// witnesses, job.Book.Gaps), and the poster credits it the steps it
// trained, less the gap they witness. In compressed DiLoCo it is witnessed
// at the statistics all-reduce it rejoins at, from the ring of the values
// all-reduce before (Recipe.roundLastOp); in overlapped DiLoCo at the
// hash comparison closing a receipt period, from the ring of the
// period's last, synchronous round.
func TestRejoinWithheldStatement(t *testing.T) { runRejoinCases(t, true) }

// rejoinCases are the jobs the rejoin tests run.
var rejoinCases = []struct {
	name     string
	steps    int
	local    int
	compress string
	restarts int // 0: once
	overlap  bool
}{
	{name: "data-parallel", steps: 40, local: 1},
	// Restarted again once every winner receipted step 40: two gaps,
	// neither credited (job.Book.Gaps; before, only the later was known).
	// It found a node stopped after it rejoined journaled as trained
	// (node rejoin, 1 run in 12; fixed), and, at its first rejoin, the
	// ring that redid an operation without the member planned in after
	// it (1 run in 24; membership golden script rejoin-redo); 18 of 18
	// runs since, 3 at once.
	{name: "data-parallel, restarted twice", steps: 60, local: 1, restarts: 2},
	// 80 steps: a DiLoCo ring joins members at fewer operations (outer
	// steps' statistics), and runs 5 steps between them in a few
	// milliseconds; a rejoin request that reached the ring's first member
	// after its last join point was never granted (40 steps: the ring
	// finished without it, 1 run in 12).
	{name: "compressed DiLoCo", steps: 80, local: 5, compress: "int4"},
	// Called back in at a receipt period's end only (after step 30).
	{name: "overlapped DiLoCo", steps: 80, local: 5, overlap: true},
}

func runRejoinCases(t *testing.T, withhold bool) {
	for _, c := range rejoinCases {
		t.Run(c.name, func(t *testing.T) {
			testMemberRestartRejoins(t, withhold, c.steps, c.local, c.compress, c.overlap, max(c.restarts, 1))
		})
	}
}

// withWithheldSeat makes a restarted winner of this node sign no seat
// statement when its ring calls it back in.
func withWithheldSeat() Option { return func(n *Node) { n.withholdSeat = true } }

func testMemberRestartRejoins(t *testing.T, withhold bool, steps, local int, compress string, overlap bool, restarts int) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const k, hold, hold2 = 4, 21, 41
	// lasts are the victim's last receipts before each restart: the
	// steps after which the others hold until it has asked back in.
	lasts := []uint64{20, 40}[:restarts]
	release, release2, dying2 := make(chan struct{}), make(chan struct{}), make(chan struct{})
	if restarts < 2 {
		close(release2)
	}
	dying := make([]chan struct{}, k+1)
	for i := range dying {
		dying[i] = make(chan struct{})
	}
	net := newJobNet(t, ctx, jobNetOptions{providers: k, jobs: func(c *JobsConfig) { allFinishJobs(c); c.Rejoin = true }, opts: func(i int) []Option {
		return []Option{withRingRTT(continents), WithTrainObserver(func(_ auction.Hash, e train.Event) {
			if e.Kind == train.EventStep && e.Step == hold {
				select {
				case <-release:
				case <-dying[i]:
				case <-ctx.Done():
				}
			}
			// The second restart's hold: the victim restarted has no
			// observer, and waits in the ring for the others.
			if e.Kind == train.EventStep && e.Step == hold2 {
				select {
				case <-release2:
				case <-dying[i]:
				case <-ctx.Done():
				}
			}
		})}
	}})
	req := digitsJob(t, k, steps, int64(k)*int64(steps)*1000)
	req.Recipe.RingOrder = RingMeasured
	req.Recipe.LocalSteps, req.Recipe.Compression, req.Recipe.Overlap = local, compress, overlap
	req.CommitWindow, req.RevealWindow = bidWindows()
	victim := make(chan int, 1)
	go func() {
		closeRelease := sync.OnceFunc(func() { close(release) })
		defer closeRelease()
		// Every winner receipted step 20 (the poster holds the four
		// receipts): the victim is the first of them not the poster.
		var at20 []auction.Address
		_, err := net.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
			if ev.Kind == JobReceipt && ev.Step == 20 && !slices.Contains(at20, ev.Peer) {
				at20 = append(at20, ev.Peer)
			}
			return len(at20) == k
		})
		if err != nil {
			return
		}
		v := -1
		for i := 1; i < len(net.nodes); i++ {
			if net.address(i) == at20[0] {
				v = i
			}
		}
		if v < 0 {
			return
		}
		close(dying[v])
		net.stop(v)
		var opts []Option
		if withhold {
			opts = append(opts, withWithheldSeat())
		}
		// Restarted twice, it holds before step 41 as the others do,
		// until its node stops again (as before step 21): stopped while
		// it waited in step 42's all-reduce instead, the ring it asked
		// back into named no state after step 42 in 1 run of about 10.
		first := slices.Clone(opts)
		if restarts >= 2 {
			first = append(first, WithTrainObserver(func(_ auction.Hash, e train.Event) {
				if e.Kind == train.EventStep && e.Step == hold2 {
					select {
					case <-dying2:
					case <-ctx.Done():
					}
				}
			}))
		}
		net.restart(ctx, v, first...)
		victim <- v
		// The others go on once the restarted member has asked to be let
		// back in: however long its restart takes under load, the group
		// is still training then.
		_, _ = net.events[v].Wait(ctx, nil, func(ev JobEvent) bool {
			return ev.Kind == JobFormed && strings.HasPrefix(ev.Text, "restarted mid-training:")
		})
		if restarts < 2 {
			return
		}
		closeRelease()
		// Again once every winner, the rejoined victim included,
		// receipted step 40 (the others hold before step 41).
		var at40 []auction.Address
		if _, err := net.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
			if ev.Kind == JobReceipt && ev.Step == lasts[1] && !slices.Contains(at40, ev.Peer) {
				at40 = append(at40, ev.Peer)
			}
			return len(at40) == k
		}); err != nil {
			return
		}
		defer close(release2)
		close(dying2)
		net.stop(v)
		net.restart(ctx, v, opts...)
		// Its second request (a node stopped after it rejoined says it
		// is "not back in the ring": the requests alone are counted).
		seen := 0
		_, _ = net.events[v].Wait(ctx, nil, func(ev JobEvent) bool {
			if ev.Kind == JobFormed && strings.HasPrefix(ev.Text, "restarted mid-training: asked the ring") {
				seen++
			}
			return seen == 2
		})
	}()
	out, err := net.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	select {
	case v = <-victim:
	case <-ctx.Done():
		t.Fatal("no winner restarted")
	}
	if len(out.Award.Winners) != k {
		t.Fatalf("award %v; want %d winners", out.Award, k)
	}
	who := net.address(v)
	if _, err := net.events[v].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobFormed && strings.HasPrefix(ev.Text, "restarted mid-training: asked the ring")
	}); err != nil {
		t.Fatal("the restarted member never asked its ring to let it back in")
	}
	joined, err := net.events[v].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobFetched && strings.HasPrefix(ev.Text, "called in after step")
	})
	if err != nil {
		t.Fatal("the restarted member was never called back in")
	}
	t.Logf("restarted winner %s: %s", who.Short(), joined.Text)
	// It stated where it trains again (its seat statement): the poster
	// credits it the steps it trained, those from its last receipt before
	// the restart (step 20; 40 for the second) to that step not included
	// (none where the ring had not finished the step after without it).
	// Withheld, the others witness where it trains again: the poster
	// takes the gap from a quorum of them (job.WitnessQuorum).
	froms := make([]uint64, len(lasts)) // each restart's rejoin, as the poster holds it
	gapOf := func(f uint64) int {       // which restart a rejoin after step f ends
		for g := len(lasts) - 1; g >= 0; g-- {
			if f >= lasts[g] {
				return g
			}
		}
		return -1
	}
	if withhold {
		// The match sees each event once, in order: it counts the
		// distinct witnesses of each rejoin until a quorum of each.
		witnessed := make([][]uint64, len(lasts))
		by := make([][]auction.Address, len(lasts))
		quorate := func() bool {
			for g := range lasts {
				if len(by[g]) < job.WitnessQuorum(k) {
					return false
				}
			}
			return true
		}
		if _, err := net.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
			if ev.Job != out.Job.JobID || ev.Kind != JobSeat ||
				!strings.Contains(ev.Text, fmt.Sprintf("witnesses that %s rejoined its seat", who.Short())) {
				return false
			}
			var f uint64
			if _, err := fmt.Sscanf(ev.Text[strings.Index(ev.Text, "rejoined its seat"):], "rejoined its seat %d after step %d", new(uint64), &f); err != nil {
				t.Errorf("the poster's witness event %q: %v", ev.Text, err)
				return false
			}
			if g := gapOf(f); g >= 0 && !slices.Contains(by[g], ev.Peer) && len(by[g]) < job.WitnessQuorum(k) {
				by[g], witnessed[g] = append(by[g], ev.Peer), append(witnessed[g], f)
			}
			return quorate()
		}); err != nil {
			t.Fatalf("the poster filed witnesses of the restarted winner's rejoins by %v; want %d of each of %d", by, job.WitnessQuorum(k), len(lasts))
		}
		for g := range lasts {
			froms[g] = slices.Min(witnessed[g])
		}
		if ev, ok := net.events[0].Find(func(ev JobEvent) bool {
			return ev.Job == out.Job.JobID && ev.Kind == JobSeat && ev.Peer == who
		}); ok {
			t.Fatalf("the restarted winner stated its seat though it withholds it: %s", ev.Text)
		}
	} else {
		found := 0
		if _, err := net.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
			if ev.Job != out.Job.JobID || ev.Kind != JobSeat || ev.Peer != who {
				return false
			}
			var f uint64
			if _, err := fmt.Sscanf(ev.Text[strings.Index(ev.Text, "rejoined its seat"):], "rejoined its seat %d after step %d", new(uint64), &f); err != nil {
				t.Errorf("the poster's seat event %q (%v)", ev.Text, err)
				return false
			}
			if g := gapOf(f); g >= 0 && froms[g] == 0 {
				froms[g] = f
				found++
			}
			return found == len(lasts)
		}); err != nil {
			t.Fatalf("the poster filed the restarted winner's statements of rejoins after steps %v; want one after each of %v", froms, lasts)
		}
	}
	t.Logf("the poster's gaps of the restarted winner: from steps %v to %v", lasts, froms)
	wi := slices.Index(out.Award.Winners, who)
	want := uint64(steps)
	for g := range lasts {
		want -= froms[g] - lasts[g]
	}
	if got := out.Credits[wi] - out.AuditCredits[wi]; got != want {
		t.Errorf("the restarted winner is credited %d training steps; want %d (%d less its gaps from steps %v to %v)", got, want, steps, lasts, froms)
	}
	for i := range out.Award.Winners {
		if i != wi && out.Credits[i]-out.AuditCredits[i] != uint64(steps) {
			t.Errorf("winner %d is credited %d training steps; want %d", i, out.Credits[i]-out.AuditCredits[i], steps)
		}
	}
	for i, h := range finalParams(t, net, out, steps) {
		if h != out.ModelHash || h == (auction.Hash{}) {
			t.Errorf("winner %d (restarted: %v) signed parameters %s at step %d; want the model's %s", i, out.Award.Winners[i] == who, h.Short(), steps, out.ModelHash.Short())
		}
	}
	// The restarted member carried out the audits every peer's sample
	// assigned it in the periods it trained in before its restart (its
	// journal kept the group's receipts, and the others re-sent theirs for
	// the period it stopped in when it stated where it rejoined); before,
	// it sampled that period at its end from its own receipts alone and
	// the audits drawn never came (the poster waited its audit grace).
	// Its audits of its successor in the ring (whose hops are checked
	// against the segments it sent it, kept in its memory only and lost
	// with the restart) find that input unavailable: it declines them, and
	// so does any verifier of the successor's steps before the restart;
	// the poster, holding the decline, does not wait its audit grace for
	// them (it did in about 1 run in 3 before declines).
	drawn := drawnFor(t, net, out, req.Recipe, 20, who)
	t.Logf("the sample drew %d audits by the restarted member through step 20: %v", len(drawn), drawn)
	succ := successorOf(t, net, out, who)
	for _, p := range drawn {
		want := fmt.Sprintf("%s verified %s at step %d", who.Short(), p.Member.Short(), p.Step)
		if _, ok := net.events[0].Find(func(ev JobEvent) bool {
			return ev.Job == out.Job.JobID && ev.Kind == JobAudit && strings.HasPrefix(ev.Text, want)
		}); ok {
			continue
		}
		declined := fmt.Sprintf("%s declined its audit of %s at step %d", who.Short(), p.Member.Short(), p.Step)
		if ev, ok := net.events[0].Find(func(ev JobEvent) bool {
			return ev.Job == out.Job.JobID && ev.Kind == JobDeclined && strings.HasPrefix(ev.Text, declined)
		}); ok && p.Member == succ {
			t.Logf("poster: %s", ev.Text)
			continue
		}
		t.Errorf("the poster never had the restarted member's audit of %s at step %d, which the sample drew (its successor: %v), nor its decline", p.Member.Short(), p.Step, p.Member == succ)
	}
	done, err := net.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobTrained && strings.HasPrefix(ev.Text, "training over")
	})
	if err != nil {
		t.Fatal("the poster's training never ended")
	}
	// It may still wait its grace for other audits: in 1 run of 14, the
	// poster and the members drew the first period's sample differently
	// (each refused the others' audits of it), not this test's concern.
	t.Logf("poster: %s", done.Text)
	for i := range net.nodes {
		if ev, ok := net.events[i].Find(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobEvidence }); ok {
			t.Errorf("node %d: evidence against an honest group: %s", i, ev.Text)
		}
	}
	// The ring it rejoined is the measured one: its journal kept the
	// order, which the others journaled too.
	recV, err := readRecord(net.nodes[v].journal.path(out.Job.JobID))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range out.Award.Winners {
		if rec, err := readRecord(net.nodes[net.index(w)].journal.path(out.Job.JobID)); err != nil || !slices.Equal(rec.RingOrder, recV.RingOrder) {
			t.Errorf("winner %s journaled ring order %v (%v); the restarted member %v", w.Short(), rec.RingOrder, err, recV.RingOrder)
		}
	}
}

// drawnFor returns the pairs of the receipt periods ending at or before
// through that every peer's sample assigns to verifier, drawn from the
// poster's journaled receipts as the job core draws them (job.PeriodSeeds,
// job.Audited, job.VerifierOf): each period's seeds from the winners'
// receipts for its end (a winner's from the others'), its pairs the other
// winners' steps in it.
func drawnFor(t *testing.T, net *jobNet, out *JobOutcome, r *Recipe, through uint64, verifier auction.Address) []job.Pair {
	t.Helper()
	rec, err := readRecord(net.nodes[0].journal.path(out.Job.JobID))
	if err != nil {
		t.Fatal(err)
	}
	core, err := rec.core(net.nodes[0].cfg.Auction.Domain)
	if err != nil {
		t.Fatal(err)
	}
	var pairs []job.Pair
	lv := r.leaves()
	start := uint64(1)
	for end := uint64(1); end <= through; end++ {
		var ring []job.Address
		var rs []job.Receipt
		for _, w := range out.Award.Winners {
			for _, rc := range core.Receipts {
				if rc.Member == w && rc.Step == end {
					ring, rs = append(ring, w), append(rs, rc)
				}
			}
		}
		if len(rs) == 0 {
			continue
		}
		if len(rs) != len(out.Award.Winners) {
			t.Fatalf("the poster holds %d winners' receipts for step %d; want %d", len(rs), end, len(out.Award.Winners))
		}
		seeds, err := job.PeriodSeeds(out.Job.JobID, end, rs)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range ring {
			seed := seeds.Of(w)
			for s := start; s <= end; s++ {
				if v, ok := job.VerifierOf(seed, w, s, out.Award.Standbys, ring); w != verifier && ok && v == verifier && lv.Has(s) && job.Audited(seed, w, s, r.auditRate()) {
					pairs = append(pairs, job.Pair{Member: w, Step: s})
				}
			}
		}
		start = end + 1
	}
	return pairs
}

// successorOf returns w's successor in the training ring's order, as w
// journaled it (award order when none was measured).
func successorOf(t *testing.T, net *jobNet, out *JobOutcome, w auction.Address) auction.Address {
	t.Helper()
	rec, err := readRecord(net.nodes[net.index(w)].journal.path(out.Job.JobID))
	if err != nil {
		t.Fatal(err)
	}
	order := rec.RingOrder
	if len(order) == 0 {
		for i := range out.Award.Winners {
			order = append(order, i)
		}
	}
	pos := slices.Index(order, out.Award.IndexOf(w))
	if pos < 0 {
		t.Fatalf("winner %s is not in the journaled ring order %v", w.Short(), order)
	}
	return out.Award.Winners[order[(pos+1)%len(order)]]
}

package node

import (
	"context"
	"errors"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/model"
)

// crossing is the round trip the test adds between the two "continents"
// of TestMeasuredRingOrder: far above loopback's, even under load. An
// ocean's 80 ms was not: at load 30 on two cores the least of 5 loopback
// pings averaged about 130 ms, and the rule rightly kept award order
// (417.0 ms against a tour of 375.7 ms, under its 10% margin). With 1 s
// the tour wins unless loopback's noise reaches seconds.
const crossing = time.Second

// continents gives a ring on loopback two continents: the award's even
// indices on one, the odd on the other, crossing added to each round trip
// between them (withRingRTT). Award order crosses at every hop.
func continents(self peer.ID, members []peer.ID, row []time.Duration) []time.Duration {
	out := slices.Clone(row)
	s := slices.Index(members, self)
	for j := range out {
		if j != s && j%2 != s%2 {
			out[j] += crossing
		}
	}
	return out
}

// bidWindows are the auction windows of this file's jobs: four or five
// providers bidding on a loaded machine. Each runs and times the GEMM
// challenge before it bids; at load 25–30 on two cores that took longer
// than a 3 s commit window ("declining: the commit deadline passed
// before it could bid", 0 valid bids), and under the race detector a 3 s
// window once left one valid bid.
func bidWindows() (commit, reveal time.Duration) {
	if raceEnabled {
		return 8 * time.Second, 8 * time.Second
	}
	return 8 * time.Second, 4 * time.Second
}

// loadedJobs are the job deadlines of this file's rings, for a machine
// at load 30: a chunk deadline of 3 s (newJobNet's) dropped an honest
// member starved of CPU for as long ("sent no chunk for 5.357s"), which
// then never receipted the last step; and one winner learned of the
// award 27 s after the first, past a 20 s StartTimeout, so the others
// stopped waiting for it in the round-trip ring and kept award order.
// A real node's are 20 s and 2 minutes (DefaultConfig); on the pass path
// neither deadline costs time.
func loadedJobs(c *JobsConfig) {
	c.ChunkTimeout, c.StartTimeout = 10*time.Second, time.Minute
}

// allFinishJobs are loadedJobs for a job every winner finishes: at load
// 30 a winner's last receipt also came more than newJobNet's 3 s finish
// grace after the first winner's, and the poster finished without it
// ("winner 3 signed parameters 0x000000000000 at step 12"). A real
// node's grace is 30 s; it costs no time where every winner receipts the
// last step (the poster finishes then), so not in TestMeasuredRingOrder,
// but would in a job a winner leaves.
func allFinishJobs(c *JobsConfig) {
	loadedJobs(c)
	c.FinishGrace = 30 * time.Second
}

// TestMeasuredRingOrder: four providers train a digits job whose recipe
// asks for a measured ring order, their round trips those of two
// continents interleaved in award order. They agree on one order that
// crosses between the continents twice instead of four times, journal
// it, and run their training ring in it (the signed hop statements of an
// all-reduce name its members in that order, not in award order). Every
// winner ends with the collected model's parameter hash, and every step
// of every winner is audited and found honest. The poster reads the order
// back from the members' signed hop statements and journals it.
func TestMeasuredRingOrder(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const k, steps = 4, 12
	var (
		mu   sync.Mutex
		net  *jobNet
		hops = map[int][]byte{} // node → the hop statements of its first all-reduce
	)
	observe := func(i int) Option {
		return WithTrainObserver(func(_ auction.Hash, e train.Event) {
			if e.Kind != train.EventStep || e.Leaf.Transcript == (commit.Hash{}) {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if _, ok := hops[i]; !ok {
				hops[i], _ = net.nodes[i].audit.Get(hopsKey(e.Leaf.Transcript))
			}
		})
	}
	net = newJobNet(t, ctx, jobNetOptions{providers: k, jobs: allFinishJobs, opts: func(i int) []Option {
		return []Option{withRingRTT(continents), observe(i)}
	}})
	req := digitsJob(t, k, steps, int64(k)*steps*1000)
	req.Recipe.HashEvery, req.Recipe.AuditBps, req.Recipe.RingOrder = 4, 10_000, RingMeasured
	req.CommitWindow, req.RevealWindow = bidWindows()
	out, err := net.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Award.Winners) != k {
		t.Fatalf("award %v; want %d winners", out.Award, k)
	}
	// One order, journaled by every winner: two crossings.
	var order []int
	for i, w := range out.Award.Winners {
		rec, err := readRecord(net.nodes[net.index(w)].journal.path(out.Job.JobID))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			order = rec.RingOrder
		}
		if !slices.Equal(rec.RingOrder, order) {
			t.Fatalf("winner %d journaled ring order %v, winner 0 %v", i, rec.RingOrder, order)
		}
	}
	crossings := 0
	for i, j := range order {
		if order[(i+1)%len(order)]%2 != j%2 {
			crossings++
		}
	}
	if len(order) != k || order[0] != 0 || crossings != 2 {
		for i := range net.nodes {
			if ev, ok := net.events[i].Find(func(ev JobEvent) bool {
				return ev.Job == out.Job.JobID && ev.Kind == JobFormed && strings.Contains(ev.Text, "ring")
			}); ok {
				t.Logf("node %d: %s", i, ev.Text)
			}
		}
		t.Fatalf("ring order %v (%d crossings); want a tour from winner 0 crossing twice", order, crossings)
	}
	// The poster, which measured nothing, read the same order back from
	// the members' signed hop statements, and journaled it.
	if !slices.Equal(out.RingOrder, order) {
		t.Errorf("the poster learned ring order %v; the members ran %v", out.RingOrder, order)
	}
	if rec, err := readRecord(net.nodes[0].journal.path(out.Job.JobID)); err != nil || !slices.Equal(rec.RingOrder, order) {
		t.Errorf("the poster journaled ring order %v (%v); want %v", rec.RingOrder, err, order)
	}
	// The model file's provenance carries the order with the statements
	// that show it, and VerifyModel checks one against the other; a file
	// that claims another order is refused. Each winner journaled the
	// statements too (a model exported from its checkpoint carries them).
	checkRingProvenance(t, out, order)
	for i, w := range out.Award.Winners {
		rec, err := readRecord(net.nodes[net.index(w)].journal.path(out.Job.JobID))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := RingProvenance(rec, net.nodes[net.index(w)].cfg.Auction.Domain); !slices.Equal(got, order) {
			t.Errorf("winner %d's journaled hop statements give ring order %v; want %v", i, got, order)
		}
	}
	// The training ring ran in it: each all-reduce's statements, by
	// rank, are signed by the winners in ring order.
	mu.Lock()
	got := maps.Clone(hops)
	mu.Unlock()
	if len(got) == 0 {
		t.Fatal("no winner kept the hop statements of an all-reduce")
	}
	for i, b := range got {
		h, err := decodeHops(b)
		if err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
		for r, s := range h.Statements {
			signer, err := statementSigner(s)
			if err != nil || auction.Address(signer) != out.Award.Winners[order[r]] {
				t.Errorf("node %d: rank %d signed by %s (%v); want winner %d, %s", i, r, signer, err, order[r], out.Award.Winners[order[r]].Short())
			}
		}
	}
	for i, h := range finalParams(t, net, out, steps) {
		if h != out.ModelHash || h == (auction.Hash{}) {
			t.Errorf("winner %d signed parameters %s at step %d; want the model's %s", i, h.Short(), steps, out.ModelHash.Short())
		}
	}
	for _, ev := range waitAudits(ctx, t, net, out, steps, 1) {
		if ev.Err != nil || !strings.HasSuffix(ev.Text, "ok") {
			t.Errorf("an audit of an honest member: step %d: %s (%v)", ev.Step, ev.Text, ev.Err)
		}
	}
	for i := range net.nodes {
		if ev, ok := net.events[i].Find(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobEvidence }); ok {
			t.Errorf("node %d: evidence against an honest group: %s", i, ev.Text)
		}
	}
}

// TestMeasuredRingOrderCalledIn: a standby takes part in measuring the
// round trips, so that it holds the ordered ring's spec: when a winner of
// the ordered ring dies, the ring calls the standby in, and it trains on
// in that order with the survivors, all of them ending with the collected
// model's parameter hash.
func TestMeasuredRingOrderCalledIn(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const k, steps = 4, 40
	net := newJobNet(t, ctx, jobNetOptions{providers: k + 1, jobs: loadedJobs, opts: func(int) []Option { return []Option{withRingRTT(continents)} }})
	req := digitsJob(t, k, steps, int64(k+1)*steps*1000)
	req.Recipe.RingOrder = RingMeasured
	req.CommitWindow, req.RevealWindow = bidWindows()
	var victim int
	killed := make(chan struct{})
	go func() {
		// Once the poster holds a winner's receipt of step 10, that
		// winner dies.
		defer close(killed)
		for {
			for i := 1; i < len(net.nodes); i++ {
				self := auction.Address(net.nodes[i].Key().Address())
				if _, ok := net.events[0].Find(func(ev JobEvent) bool {
					return ev.Kind == JobReceipt && ev.Step == 10 && ev.Peer == self
				}); ok {
					victim = i
					net.stop(i)
					return
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	out, err := net.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	<-killed
	if len(out.Award.Winners) != k || len(out.Award.Standbys) != 1 {
		t.Fatalf("award %v; want %d winners and a standby", out.Award, k)
	}
	sb := out.Award.Standbys[0]
	ordered := net.events[net.index(sb)].wait(ctx, t, out.Job.JobID, JobFormed)
	if !strings.HasPrefix(ordered.Text, "ring ordered from measured round trips") {
		t.Fatalf("the standby: %s", ordered.Text)
	}
	last := func(a auction.Address) (JobEvent, bool) {
		return net.events[0].Find(func(ev JobEvent) bool {
			return ev.Job == out.Job.JobID && ev.Kind == JobReceipt && ev.Peer == a && ev.Step == steps
		})
	}
	if _, ok := last(sb); !ok {
		t.Fatalf("the standby never receipted step %d: it was not called into the ordered ring", steps)
	}
	for _, a := range append(slices.Clone(out.Award.Winners), sb) {
		if net.index(a) == victim {
			continue
		}
		if _, ok := last(a); !ok {
			t.Errorf("%s never receipted step %d", a.Short(), steps)
		}
	}
	for i := range net.nodes {
		if ev, ok := net.events[i].Find(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobEvidence }); ok {
			t.Errorf("node %d: evidence against an honest group: %s", i, ev.Text)
		}
	}
	if !out.HasEval || out.ModelHash == (auction.Hash{}) {
		t.Fatal("no model collected from the survivors and the standby")
	}
	// Bit-identical: the survivors and the standby signed the model's
	// parameter hash at the last step.
	rec, err := readRecord(net.nodes[0].journal.path(out.Job.JobID))
	if err != nil {
		t.Fatal(err)
	}
	signed := map[auction.Address]auction.Hash{}
	for _, b := range rec.Receipts {
		rc, err := job.DecodeReceipt(b)
		if err != nil {
			t.Fatal(err)
		}
		if rc.Step == steps {
			signed[rc.Member] = rc.ParamsHash
		}
	}
	if len(signed) != k {
		t.Errorf("%d members receipted step %d; want %d (the survivors and the standby)", len(signed), steps, k)
	}
	for a, h := range signed {
		if h != out.ModelHash {
			t.Errorf("%s signed parameters %s at step %d; want the model's %s", a.Short(), h.Short(), steps, out.ModelHash.Short())
		}
	}
}

// TestHopsOrder: a poster reads the ring order from one all-reduce's
// signed hop statements only where they are its job's training ring at
// one operation, signed rank by rank by every winner once.
func TestHopsOrder(t *testing.T) {
	keys := make([]*identity.Key, 4)
	aw := &auction.Award{}
	for i := range keys {
		k, err := identity.Generate()
		if err != nil {
			t.Fatal(err)
		}
		keys[i], aw.Winners = k, append(aw.Winners, auction.Address(k.Address()))
	}
	stranger, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	job := auction.Hash{1}
	ring := func(order ...int) []*identity.Key {
		out := make([]*identity.Key, len(order))
		for i, j := range order {
			out[i] = keys[j]
		}
		return out
	}
	tour := signedRing(t, job, 3, ring(0, 2, 3, 1))
	mixed := tour
	mixed.Statements = slices.Clone(tour.Statements)
	mixed.Statements[2] = signedRing(t, job, 4, ring(0, 2, 3, 1)).Statements[2]
	for name, c := range map[string]struct {
		blob []byte
		want []int // nil: refused
	}{
		"the tour":                    {encodeHops(tour), []int{0, 2, 3, 1}},
		"award order":                 {encodeHops(signedRing(t, job, 9, keys)), []int{0, 1, 2, 3}},
		"another job's ring":          {encodeHops(signedRing(t, auction.Hash{2}, 3, ring(0, 2, 3, 1))), nil},
		"a rank of another operation": {encodeHops(mixed), nil},
		"a winner missing":            {encodeHops(signedRing(t, job, 3, ring(0, 2, 3))), nil},
		"a winner twice":              {encodeHops(signedRing(t, job, 3, ring(0, 2, 2, 1))), nil},
		"signed by one not a winner":  {encodeHops(signedRing(t, job, 3, append(ring(0, 2, 3), stranger))), nil},
		"cut":                         {encodeHops(tour)[:40], nil},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := hopsOrder(c.blob, job, aw)
			if c.want == nil {
				if err == nil {
					t.Fatalf("order %v; want refused", got)
				}
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("order %v (%v); want %v", got, err, c.want)
			}
		})
	}
}

// checkRingProvenance checks that the poster's model file of out records
// ring order order, that VerifyModel checks it against the file's signed
// hop statements, and that a copy claiming another order, or one with an
// order and no statements, is refused.
func checkRingProvenance(t *testing.T, out *JobOutcome, order []int) {
	t.Helper()
	data, err := os.ReadFile(out.ModelFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := VerifyModel(data)
	if err != nil {
		t.Fatalf("VerifyModel: %v", err)
	}
	if !slices.Equal(c.RingOrder, order) || !slices.Equal(c.Model.Prov.RingOrder, order) {
		t.Fatalf("the model file records ring order %v (checked: %v); want %v", c.Model.Prov.RingOrder, c.RingOrder, order)
	}
	prov := c.Model.Prov
	prov.RingOrder = slices.Clone(order)
	prov.RingOrder[0], prov.RingOrder[1] = prov.RingOrder[1], prov.RingOrder[0]
	other, err := model.Encode(c.Model.Params, prov)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyModel(other); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("a file claiming ring order %v: %v, want ErrModelProvenance", prov.RingOrder, err)
	}
	prov.RingOrder = order
	h, err := decodeHops(prov.RingHops)
	if err != nil {
		t.Fatal(err)
	}
	last := &h.Statements[len(h.Statements)-1]
	last.Sig = slices.Clone(last.Sig)
	last.Sig[5] ^= 1 // recovers to another address, or none
	prov.RingHops = encodeHops(h)
	if _, err := VerifyModel(mustEncode(t, c.Model.Params, prov)); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("a file whose hop statements were altered: %v, want ErrModelProvenance", err)
	}
}

func mustEncode(t *testing.T, params []float32, prov model.Provenance) []byte {
	t.Helper()
	b, err := model.Encode(params, prov)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

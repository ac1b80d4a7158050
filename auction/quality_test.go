package auction

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"slices"
	"testing"
)

// TestFollowersClearWithThePostersTable: the poster commits to a table
// built from its own reputation view; followers whose private views differ
// (each would build another table, and clear otherwise with it) all clear
// with the committed one and compute the poster's award exactly.
func TestFollowersClearWithThePostersTable(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	r := newRand(t, 17)
	differ, followers := 0, 0
	for c := range 30 {
		n := 4 + r.IntN(8)
		view := func() MapReputation {
			v := MapReputation{Default: 0.5, Scores: map[Address]float64{}}
			for i := 1; i <= n; i++ {
				if r.IntN(3) > 0 {
					v.Scores[addr(i)] = r.Float64()
				}
			}
			return v
		}
		posterView := view()
		job := tableJob(p, testJob(uint32(1+r.IntN(3)), 10_000_000), posterView)
		expect := expectOf(t, p, job)
		var msgs []Signed
		var reveals []*BidReveal
		for i := 1; i <= n; i++ {
			b := makeBid(job, expect, addr(i), int64(50+r.IntN(400)), uint64(10+r.IntN(30)))
			msgs = append(msgs, b.commit, b.reveal)
			reveals = append(reveals, b.reveal.Msg.(*BidReveal))
		}
		pm := newMachine(t, p, job, poster)
		for _, s := range msgs {
			pm.Step(tCommitDL+50, s)
		}
		pm.Tick(tClear)
		award := pm.Result().Award
		if award == nil {
			continue
		}
		for f := range 5 {
			followers++
			// What this follower's own view would have cleared to.
			own := p.Clear(tableJob(p, job, view()), reveals, expect)
			if !EqualAwards(own.Award, award) {
				differ++
			}
			m := newMachine(t, p, job, addr(100+f))
			for _, i := range r.Perm(len(msgs)) {
				m.Step(tCommitDL+50, msgs[i])
			}
			m.Tick(tClear)
			m.Step(tClear+10, signed(award))
			aw := eventsOf(drain(m), EventAward)
			if len(aw) != 1 || !aw[0].Matches || aw[0].Deviation != nil {
				t.Fatalf("case %d follower %d: award events %+v; want one that matches the poster's %+v", c, f, aw, award)
			}
		}
	}
	if differ == 0 {
		t.Fatal("no follower's own view would have cleared differently: the test shows nothing")
	}
	t.Logf("%d of %d followers' own views would have cleared differently; all computed the poster's award", differ, followers)
}

// TestDeviatingAwardIsEvidence: an award that is not the clearing of the
// committed table and the valid reveals is reported with the evidence,
// which anyone can check; the honest award is not evidence of anything.
func TestDeviatingAwardIsEvidence(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	job := tableJob(p, testJob(2, 1_000_000), MapReputation{Scores: map[Address]float64{addr(1): 1, addr(2): 0.2, addr(3): 0.9}})
	expect := expectOf(t, p, job)
	bids := []bid{makeBid(job, expect, addr(1), 300, 20), makeBid(job, expect, addr(2), 100, 20), makeBid(job, expect, addr(3), 200, 20), makeBid(job, expect, addr(4), 400, 20)}
	run := func(a *Award) []Event {
		m := newMachine(t, p, job, addr(50))
		for _, b := range bids {
			m.Step(tCommit, b.commit)
		}
		for _, b := range bids {
			m.Step(tReveal, b.reveal)
		}
		m.Tick(tClear)
		m.Step(tClear+10, signed(a))
		return eventsOf(drain(m), EventAward)
	}
	var reveals []*BidReveal
	for _, b := range bids {
		reveals = append(reveals, b.reveal.Msg.(*BidReveal))
	}
	honest := p.Clear(job, reveals, expect).Award
	if ev := run(honest); len(ev) != 1 || !ev[0].Matches || ev[0].Deviation != nil {
		t.Fatalf("honest award: %+v", ev)
	}
	// The poster's own reputation view would rank addr(2) last; it signs
	// that instead of the committed table's clearing, and pays more.
	bent := *honest
	bent.Winners = slices.Clone(honest.Winners)
	bent.Winners[0], bent.Winners[1] = bent.Winners[1], bent.Winners[0]
	dear := *honest
	dear.Prices = slices.Clone(honest.Prices)
	dear.Prices[0] = new(big.Int).Add(dear.Prices[0], big.NewInt(1))
	for name, a := range map[string]*Award{"reordered winners": &bent, "a price above the threshold": &dear} {
		ev := run(a)
		if len(ev) != 1 || ev[0].Matches || ev[0].Deviation == nil {
			t.Fatalf("%s: events %+v; want a mismatch with evidence", name, ev)
		}
		if err := p.CheckAwardEvidence(testDomain, ev[0].Deviation); err != nil {
			t.Errorf("%s: the evidence does not hold: %v", name, err)
		}
		if n := len(ev[0].Deviation.Reveals); n != len(bids) {
			t.Errorf("%s: evidence carries %d reveals; want %d", name, n, len(bids))
		}
	}
	// A follower that missed a member's reveal clears differently but
	// holds no proof: the poster may well have seen it.
	m := newMachine(t, p, job, addr(51))
	for _, b := range bids {
		m.Step(tCommit, b.commit)
	}
	for _, b := range bids[:3] {
		m.Step(tReveal, b.reveal)
	}
	m.Tick(tClear)
	m.Step(tClear+10, signed(honest))
	if ev := eventsOf(drain(m), EventAward); len(ev) != 1 || ev[0].Matches || ev[0].Deviation != nil {
		t.Errorf("follower that missed a reveal: %+v; want a mismatch without evidence", ev)
	}
	ok := &AwardEvidence{Announce: signed(job), Award: signed(honest)}
	for _, b := range bids {
		ok.Reveals = append(ok.Reveals, b.reveal)
	}
	if err := p.CheckAwardEvidence(testDomain, ok); !errors.Is(err, ErrNoDeviation) {
		t.Errorf("the honest award as evidence: %v; want ErrNoDeviation", err)
	}
	// A table other than the committed one does not pass as the job's.
	forged := *job
	forged.Table = slices.Clone(job.Table)
	forged.Table[0].PPM = 1
	bad := &AwardEvidence{Announce: signed(&forged), Award: signed(&bent), Reveals: ok.Reveals}
	if err := p.CheckAwardEvidence(testDomain, bad); !errors.Is(err, ErrBadAnnounce) {
		t.Errorf("evidence with a table that is not the committed one: %v; want ErrBadAnnounce", err)
	}
	twice := &AwardEvidence{Announce: signed(job), Award: signed(&bent), Reveals: append(slices.Clone(ok.Reveals), ok.Reveals[0])}
	if err := p.CheckAwardEvidence(testDomain, twice); !errors.Is(err, ErrMalformed) {
		t.Errorf("evidence with a bidder's reveal twice: %v; want ErrMalformed", err)
	}
}

// TestThroughputClaimNeverRaisesQuality: what a bid claims of its
// throughput never enters quality; only the poster's evidence does. A
// provider that overstates it is ranked and paid exactly as one that does
// not, and one whose delivered throughput the poster recorded low ranks
// below an equal bid that delivered more.
func TestThroughputClaimNeverRaisesQuality(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	base := testJob(1, 1_000_000)
	// The poster measured addr(1) delivering the minimum, addr(2) twice it.
	delivered := map[Address]ThroughputEvidence{addr(1): {MFLOPs: 10_000}, addr(2): {MFLOPs: 20_000}}
	job := *base
	job.Table = p.BuildTable(&job, []Address{addr(1), addr(2)}, MapReputation{Default: 0.5}, func(a Address) (ThroughputEvidence, bool) { t, ok := delivered[a]; return t, ok })
	job.QualityRoot = job.Table.Root()
	expect := expectOf(t, p, &job)
	clear := func(claim1 uint64) *Result {
		reveals := []*BidReveal{
			makeBid(&job, expect, addr(1), 100, claim1).reveal.Msg.(*BidReveal),
			makeBid(&job, expect, addr(2), 120, 20).reveal.Msg.(*BidReveal),
			makeBid(&job, expect, addr(3), 500, 20).reveal.Msg.(*BidReveal),
		}
		return p.Clear(&job, reveals, expect)
	}
	honest, overstated := clear(10), clear(1<<40)
	if !EqualAwards(honest.Award, overstated.Award) {
		t.Fatalf("claiming more throughput changed the award: %+v -> %+v", honest.Award, overstated.Award)
	}
	for _, r := range overstated.Ranked {
		if r.QualityPPM != p.QualityOf(&job, r.Reveal.Bidder) {
			t.Errorf("%v ranked at quality %d; the table says %d", r.Reveal.Bidder, r.QualityPPM, p.QualityOf(&job, r.Reveal.Bidder))
		}
	}
	// 100 / q(min) ranks after 120 / q(2 × min): the faster deliverer wins.
	if w := honest.Award.Winners[0]; w != addr(2) {
		t.Errorf("winner %v; want addr(2), which delivered twice the throughput", w)
	}
	if q1, q2 := p.QualityOf(&job, addr(1)), p.QualityOf(&job, addr(2)); q1 >= q2 || q1 != p.NewcomerQuality(&job) {
		t.Errorf("qualities %d, %d; want the minimum deliverer at the newcomer's %d, below the faster one", q1, q2, p.NewcomerQuality(&job))
	}
}

// TestOverstatingNeverPays: a provider whose last bid overstated the
// throughput it then delivered, beyond the tolerance, ends worse off in the
// next auction than its honest twin (same cost, reputation and delivered
// throughput, a truthful claim): searched over random markets, every ask
// the overstater could make earns at most what the twin earns asking its
// cost, and its quality in the poster's table is strictly lower.
func TestOverstatingNeverPays(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	r := newRand(t, 20261207)
	cases := 150
	if testing.Short() {
		cases = 30
	}
	var tried, strictly int
	for c := range cases {
		md := randomModel(t, &p, r)
		capPrice := PriceCap(md.job)
		for i := range md.costs {
			// claim: beyond the tolerance and the claim's rounding
			// (ClaimRoundingMFLOPs), up to 5× what it delivered.
			over := md.tps[i]*(100+p.OverstateTolerancePct)/100 + 2 + uint64(r.IntN(int(4*md.tps[i])))
			utility := func(claim uint64, bids []int64) int64 {
				ev := map[Address]ThroughputEvidence{}
				var peers []Address
				reveals := md.reveals(bids)
				for j := range md.costs {
					a := addr(j + 1)
					peers = append(peers, a)
					ev[a] = ThroughputEvidence{MFLOPs: 1000 * md.tps[j], ClaimedMFLOPs: 1000 * md.tps[j]}
				}
				ev[addr(i+1)] = ThroughputEvidence{MFLOPs: 1000 * md.tps[i], ClaimedMFLOPs: 1000 * claim}
				reveals[i].Throughput = claim
				job := *md.job
				job.Table = p.BuildTable(&job, peers, md.rep(), func(a Address) (ThroughputEvidence, bool) { e, ok := ev[a]; return e, ok })
				job.QualityRoot = job.Table.Root()
				res := p.Clear(&job, reveals, md.expect)
				if res.Award == nil {
					return 0
				}
				w := slices.Index(res.Award.Winners, addr(i+1))
				if w < 0 {
					return 0
				}
				return res.Award.Prices[w].Int64() - md.costs[i]
			}
			truth := slices.Clone(md.costs)
			twin := utility(md.tps[i], truth)
			best := int64(math.MinInt64)
			for b := int64(0); b <= capPrice.Int64()+2; b++ {
				bids := slices.Clone(truth)
				bids[i] = b
				if u := utility(over, bids); u > best {
					best = u
				}
			}
			if best > twin {
				t.Fatalf("case %d (%s): bidder %d (cost %d, delivered %d) claiming %d earns %d at best; its truthful twin earns %d",
					c, describe(md), i, md.costs[i], md.tps[i], over, best, twin)
			}
			rep := md.rep().Score(addr(i + 1))
			if qo, qt := p.DeliveredQuality(md.job, rep, ThroughputEvidence{MFLOPs: 1000 * md.tps[i], ClaimedMFLOPs: 1000 * over}), p.DeliveredQuality(md.job, rep, ThroughputEvidence{MFLOPs: 1000 * md.tps[i], ClaimedMFLOPs: 1000 * md.tps[i]}); qo >= qt {
				t.Fatalf("case %d: overstater's quality %d not below its twin's %d", c, qo, qt)
			}
			tried++
			if best < twin {
				strictly++
			}
		}
	}
	if strictly == 0 {
		t.Fatal("no case where overstating cost the bidder anything: the search is not exercising the rule")
	}
	t.Logf("%d overstaters tried every ask; %d ended strictly worse off than their truthful twins, the rest no better", tried, strictly)
}

// TestEligibilityFromMeasurement: a bidder the committed table measured is
// eligible by its measured rate within the tolerance (MeasuredEnough),
// whatever its bid claims; an unmeasured bidder by its claim, as before.
// The job's minimum is 10 GFLOP/s and the tolerance 25%, so the least
// measured rate that is eligible is 8,000 MFLOP/s.
func TestEligibilityFromMeasurement(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	job := *testJob(1, 1_000_000)
	if job.MinThroughput != 10 || p.OverstateTolerancePct != 25 {
		t.Fatalf("fixture changed: minimum %d, tolerance %d", job.MinThroughput, p.OverstateTolerancePct)
	}
	tests := []struct {
		name     string
		measured uint64 // MFLOP/s in the table; 0: not measured
		claim    uint64 // GFLOP/s in the bid
		eligible bool
	}{
		{"unmeasured, claims the minimum", 0, 10, true},
		{"unmeasured, claims below", 0, 9, false},
		{"unmeasured, overstates", 0, 1 << 40, true}, // only a measurement can tell
		{"measured well above, claims below", 40_000, 1, true},
		{"measured at the tolerance's edge", 8_000, 10, true},
		{"measured just below the edge", 7_999, 10, false},
		{"overstater measured below the minimum", 2_500, 40, false},
		{"overstater measured below, claiming huge", 1, 1 << 40, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := job
			if tt.measured > 0 {
				j.Table = QualityTable{{Peer: addr(1), PPM: uint32(p.NewcomerQuality(&job)), MFLOPs: tt.measured}}
			}
			j.QualityRoot = j.Table.Root()
			expect := expectOf(t, p, &j)
			r := makeBid(&j, expect, addr(1), 100, tt.claim).reveal.Msg.(*BidReveal)
			err := p.Eligible(&j, r, expect, PriceCap(&j))
			if (err == nil) != tt.eligible || (err != nil && !errors.Is(err, ErrIneligible)) {
				t.Errorf("Eligible = %v; want eligible %v", err, tt.eligible)
			}
			if got := p.MeasuredEnough(&j, tt.measured); tt.measured > 0 && got != tt.eligible {
				t.Errorf("MeasuredEnough(%d) = %v", tt.measured, got)
			}
		})
	}
}

// TestMeasuredOverstaterNotEligible: the poster measured an overstater
// deliver a quarter of the job's minimum while its bid claims four times
// the minimum, and the cheapest bid. Its table entry (built from the
// poster's evidence) carries the measurement, so clearing rejects it and
// awards the seat to a slower-priced truthful bidder; an award naming it
// anyway is provable poster misbehaviour (CheckAwardEvidence).
func TestMeasuredOverstaterNotEligible(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	job := *testJob(1, 1_000_000)
	over, truthful := addr(1), addr(2)
	ev := map[Address]ThroughputEvidence{
		over:     {MFLOPs: 2_500, ClaimedMFLOPs: 40_000},
		truthful: {MFLOPs: 12_000, ClaimedMFLOPs: 12_000},
	}
	job.Table = p.BuildTable(&job, []Address{over, truthful}, MapReputation{Default: 0.5}, func(a Address) (ThroughputEvidence, bool) { e, ok := ev[a]; return e, ok })
	job.QualityRoot = job.Table.Root()
	if e, ok := job.Table.Entry(over); !ok || e.MFLOPs != 2_500 {
		t.Fatalf("the overstater's entry %+v, %v; want its measurement", e, ok)
	}
	expect := expectOf(t, p, &job)
	bids := []bid{
		makeBid(&job, expect, over, 50, 40),
		makeBid(&job, expect, truthful, 300, 12),
		makeBid(&job, expect, addr(3), 400, 10), // unmeasured: by its claim
	}
	var reveals []*BidReveal
	for _, b := range bids {
		reveals = append(reveals, b.reveal.Msg.(*BidReveal))
	}
	res := p.Clear(&job, reveals, expect)
	if res.Award == nil || len(res.Award.Winners) != 1 || res.Award.Winners[0] != truthful {
		t.Fatalf("award %+v; want the truthful bidder to win", res.Award)
	}
	if len(res.Rejected) != 1 || res.Rejected[0].Bidder != over || !errors.Is(res.Rejected[0].Err, ErrIneligible) {
		t.Fatalf("rejected %+v; want the measured overstater alone, ineligible", res.Rejected)
	}
	t.Logf("rejected: %v", res.Rejected[0].Err)
	// A poster that awards the overstater anyway is caught, by the
	// measurement alone: in a table that gives it the best quality, the
	// award to it is the clearing when its entry is unmeasured (its claim
	// makes it eligible), and provable misbehaviour when the entry
	// carries its measurement.
	check := func(mflops uint64) error {
		j := job
		j.Table = QualityTable{{Peer: over, PPM: 1_000_000, MFLOPs: mflops}, {Peer: truthful, PPM: 500_000, MFLOPs: 12_000}}
		slices.SortFunc(j.Table, func(a, b QualityEntry) int { return bytesCompare(a.Peer, b.Peer) })
		j.QualityRoot = j.Table.Root()
		ex := expectOf(t, p, &j)
		var signedReveals []Signed
		var rs []*BidReveal
		for _, b := range []bid{makeBid(&j, ex, over, 50, 40), makeBid(&j, ex, truthful, 300, 12), makeBid(&j, ex, addr(3), 400, 10)} {
			signedReveals = append(signedReveals, b.reveal)
			rs = append(rs, b.reveal.Msg.(*BidReveal))
		}
		// The award clearing would make were over eligible: its
		// clearing under the unmeasured table.
		u := j
		u.Table = QualityTable{{Peer: over, PPM: 1_000_000}, {Peer: truthful, PPM: 500_000, MFLOPs: 12_000}}
		slices.SortFunc(u.Table, func(a, b QualityEntry) int { return bytesCompare(a.Peer, b.Peer) })
		u.QualityRoot = u.Table.Root()
		cheat := p.Clear(&u, rs, ex).Award
		if cheat == nil || cheat.Winners[0] != over {
			t.Fatalf("unmeasured, the overstater would not win: %+v", cheat)
		}
		a := *cheat
		a.JobID, a.Poster = j.JobID, j.Poster
		return p.CheckAwardEvidence(testDomain, &AwardEvidence{Announce: signed(&j), Reveals: signedReveals, Award: signed(&a)})
	}
	if err := check(0); !errors.Is(err, ErrNoDeviation) {
		t.Errorf("unmeasured: CheckAwardEvidence = %v; want ErrNoDeviation (its claim makes it eligible)", err)
	}
	if err := check(2_500); err != nil {
		t.Errorf("measured at 2,500 MFLOP/s: CheckAwardEvidence = %v; want proof (nil)", err)
	}
}

func bytesCompare(a, b Address) int { return bytes.Compare(a[:], b[:]) }

package auction

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"
	"testing"
)

func TestClearPriceRules(t *testing.T) {
	p := testParams()
	job := testJob(2, 1_000_000) // cap 5000
	expect := expectOf(t, p, job)
	full := MapReputation{Default: 1}
	rv := func(i int, price int64, tp uint64) *BidReveal {
		return makeBid(job, expect, addr(i), price, tp).reveal.Msg.(*BidReveal)
	}
	tieWinner := addr(1)
	if bytes.Compare(TieHash(job.JobID, addr(2)).Bytes(), TieHash(job.JobID, addr(1)).Bytes()) < 0 {
		tieWinner = addr(2)
	}
	// at is price, or one less where bidder i asking exactly price would
	// tie bidder n's adjusted bid and lose on the tie hash.
	at := func(i int, price int64, n int) int64 {
		if bytes.Compare(TieHash(job.JobID, addr(i)).Bytes(), TieHash(job.JobID, addr(n)).Bytes()) > 0 {
			return price - 1
		}
		return price
	}
	tests := []struct {
		name    string
		reveals []*BidReveal
		rep     Reputation
		winners []Address
		prices  []int64 // each winner's, ring order; nil: no award
	}{
		{"fewer bids than seats", []*BidReveal{rv(1, 10, 20)}, full, nil, nil},
		{"exactly K bids pay the cap", []*BidReveal{rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, []int64{5000, 5000}},
		{"K+1-th bid sets the price at full quality", []*BidReveal{rv(3, 70, 20), rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, []int64{at(1, 70, 3), at(2, 70, 3)}},
		// The loser's 4000 at quality 0.75 is 5333 adjusted: above the cap.
		{"the cap binds", []*BidReveal{rv(3, 4000, 10), rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, []int64{5000, 5000}},
		{"bids above the cap are out", []*BidReveal{rv(3, 5001, 20), rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, []int64{5000, 5000}},
		// Half the reputation floor: q = 0.75; 60/0.75 = 80 ranks after 70
		// and sets both full-quality winners' thresholds at 80.
		{"reputation adjusts rank and threshold", []*BidReveal{rv(1, 60, 20), rv(2, 50, 20), rv(3, 70, 20)},
			MapReputation{Scores: map[Address]float64{addr(1): 0.5}, Default: 1}, []Address{addr(2), addr(3)}, []int64{at(2, 80, 1), at(3, 80, 1)}},
		// Throughput at the minimum (10 of reference 20): q = 0.75 likewise.
		{"throughput adjusts rank and threshold", []*BidReveal{rv(1, 60, 10), rv(2, 50, 20), rv(3, 70, 20)}, full, []Address{addr(2), addr(3)}, []int64{at(2, 80, 1), at(3, 80, 1)}},
		// A winner of quality 0.75 is paid 0.75 × 70, not 70: the most it
		// could have asked and still ranked before the loser.
		{"each winner is paid its own threshold", []*BidReveal{rv(1, 30, 10), rv(2, 50, 20), rv(3, 70, 20)}, full, []Address{addr(1), addr(2)}, []int64{52, at(2, 70, 3)}},
		{"ties break by hash", []*BidReveal{rv(1, 10, 20), rv(2, 10, 20), rv(3, 10, 20)}, full, nil, []int64{10, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := p.Clear(withTable(&p, job, tt.reveals, tt.rep), tt.reveals, expect)
			if tt.prices == nil {
				if res.Award != nil {
					t.Fatalf("award %+v; want none", res.Award)
				}
				return
			}
			if res.Award == nil {
				t.Fatalf("no award: %s", res.Why)
			}
			if len(res.Award.Prices) != len(res.Award.Members()) {
				t.Fatalf("%d prices for %d members", len(res.Award.Prices), len(res.Award.Members()))
			}
			var got []int64
			for _, pr := range res.Award.Prices[:len(res.Award.Winners)] {
				got = append(got, pr.Int64())
			}
			if !slices.Equal(got, tt.prices) {
				t.Errorf("prices %v; want %v", got, tt.prices)
			}
			if tt.winners != nil && !slices.Equal(res.Award.Winners, tt.winners) {
				t.Errorf("winners %v; want %v", res.Award.Winners, tt.winners)
			}
			if tt.name == "ties break by hash" && res.Award.Winners[0] != tieWinner && res.Award.Winners[0] != addr(3) {
				t.Errorf("first winner %v does not have the lowest tie hash", res.Award.Winners[0])
			}
			// Every member's price is its search-found threshold for its
			// place, capped; a winner's is at least its ask.
			for i := range res.Award.Members() {
				place := len(res.Award.Winners)
				if i >= place {
					place = i + 1
				}
				th := Threshold(res.Ranked, place, i, PriceCap(job))
				if th == nil || th.Cmp(res.Award.Prices[i]) != 0 {
					t.Errorf("member %d: price %v; search-found threshold %v", i, res.Award.Prices[i], th)
				}
				if res.Ranked[i].Reveal.PricePerStep.Cmp(res.Award.Prices[i]) > 0 {
					t.Errorf("member %d asked %v, is paid %v", i, res.Ranked[i].Reveal.PricePerStep, res.Award.Prices[i])
				}
			}
		})
	}
}

func TestEligibility(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	base := makeBid(job, expect, addr(1), 10, 20).reveal.Msg.(*BidReveal)
	tests := []struct {
		name string
		edit func(*BidReveal)
	}{
		{"too little VRAM", func(r *BidReveal) { r.VRAMBytes = job.MinVRAMBytes - 1 }},
		{"too slow", func(r *BidReveal) { r.Throughput = job.MinThroughput - 1 }},
		{"wrong attestation", func(r *BidReveal) { r.Attestation[0] ^= 1 }},
		{"above cap", func(r *BidReveal) { r.PricePerStep = new(big.Int).Add(PriceCap(job), big.NewInt(1)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := *base
			tt.edit(&r)
			res := p.Clear(job, []*BidReveal{&r}, expect)
			if res.Award != nil || len(res.Rejected) != 1 {
				t.Errorf("ineligible bid: award %+v, rejected %+v", res.Award, res.Rejected)
			}
		})
	}
}

func TestQualityBounds(t *testing.T) {
	p := DefaultParams()
	job := testJob(1, 1)
	lo := p.RepFloorPPM * p.ThroughputFloorPPM / ppm
	for _, rep := range []float64{-1, 0, 0.3, 0.5, 1, 2} {
		for _, tp := range []uint64{0, 5, 10, 20, 1 << 62, ^uint64(0)} {
			q := p.Quality(job, rep, tp)
			if q < lo || q > ppm {
				t.Errorf("Quality(rep %v, tp %d) = %d; want %d to %d", rep, tp, q, lo, ppm)
			}
		}
	}
	huge := testJob(1, 1)
	huge.MinThroughput = ^uint64(0)
	if q := p.Quality(huge, 1, ^uint64(0)); q < lo || q > ppm {
		t.Errorf("Quality with a huge minimum = %d", q)
	}
	if p.Quality(job, 0.9, 20) <= p.Quality(job, 0.8, 20) || p.Quality(job, 1, 20) <= p.Quality(job, 1, 10) {
		t.Error("quality does not grow with reputation and throughput")
	}
}

// model is a small auction for the property tests: bidders with true costs
// and fixed qualities (reputation and throughput are measured, not bid).
type model struct {
	job    *JobAnnounce
	expect Hash
	costs  []int64
	reps   []float64
	tps    []uint64
}

func (md *model) reveals(bids []int64) []*BidReveal {
	out := make([]*BidReveal, len(bids))
	for i, b := range bids {
		out[i] = makeBid(md.job, md.expect, addr(i+1), b, md.tps[i]).reveal.Msg.(*BidReveal)
	}
	return out
}

func (md *model) rep() Reputation {
	r := MapReputation{Scores: map[Address]float64{}}
	for i, s := range md.reps {
		r.Scores[addr(i+1)] = s
	}
	return r
}

// utility of bidder i when everyone bids bids: its price − its cost per
// step if it wins, else 0 (an uncalled standby earns nothing).
func (md *model) utility(p *Params, bids []int64, i int) (int64, *Result) {
	// The poster measured each bidder's throughput (md.tps) before the
	// auction: the table does not depend on the bids.
	reveals := md.reveals(bids)
	res := p.Clear(withTable(p, md.job, reveals, md.rep()), reveals, md.expect)
	if res.Award == nil {
		return 0, res
	}
	w := slices.Index(res.Award.Winners, addr(i+1))
	if w < 0 {
		return 0, res
	}
	return res.Award.Prices[w].Int64() - md.costs[i], res
}

func randomModel(t *testing.T, p *Params, r interface {
	IntN(int) int
	Float64() float64
}) *model {
	n := 2 + r.IntN(4)
	k := 1 + r.IntN(n)
	steps := uint64(1 + r.IntN(3))
	capPrice := int64(20 + r.IntN(60))
	job := testJob(uint32(k), capPrice*int64(k)*int64(steps)+int64(r.IntN(k*int(steps))))
	job.Steps = steps
	md := &model{job: job, expect: expectOf(t, *p, job)}
	repLevels := []float64{0, 0.25, 0.5, 0.9, 1}
	tpLevels := []uint64{10, 13, 20, 40}
	for range n {
		md.costs = append(md.costs, int64(1+r.IntN(int(capPrice))))
		md.reps = append(md.reps, repLevels[r.IntN(len(repLevels))])
		md.tps = append(md.tps, tpLevels[r.IntN(len(tpLevels))])
	}
	return md
}

// TestNoBidderGainsByMisreporting checks, by search on small random
// auctions, that no bidder, winner or loser, gains by asking anything but
// its true cost: every bidder tries every ask from 0 to a little past the
// cap (the whole grid of prices that can matter), everyone else truthful.
// Truthful winners never lose money, no winner is paid above its
// search-found threshold, and the prices never exceed the budget.
func TestNoBidderGainsByMisreporting(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	r := newRand(t, 20261206)
	cases := 150
	if testing.Short() {
		cases = 30
	}
	var winnersTried, losersTried int
	for c := range cases {
		md := randomModel(t, &p, r)
		truth := slices.Clone(md.costs)
		_, res := md.utility(&p, truth, 0)
		if res.Award == nil {
			continue
		}
		capPrice := PriceCap(md.job)
		k := len(res.Award.Winners)
		for w, price := range res.Award.Prices[:k] {
			if price.Cmp(capPrice) > 0 {
				t.Fatalf("case %d: winner %d paid %v above the cap %v", c, w, price, capPrice)
			}
			if th := Threshold(res.Ranked, k, w, capPrice); th == nil || price.Cmp(th) > 0 {
				t.Fatalf("case %d: winner %d paid %v above its threshold %v", c, w, price, th)
			}
		}
		for i := range md.costs {
			honest, _ := md.utility(&p, truth, i)
			if honest < 0 {
				t.Fatalf("case %d: truthful bidder %d pays to win: utility %d", c, i, honest)
			}
			if slices.Contains(res.Award.Winners, addr(i+1)) {
				winnersTried++
			} else {
				losersTried++
			}
			for b := int64(0); b <= capPrice.Int64()+2; b++ {
				bids := slices.Clone(truth)
				bids[i] = b
				if u, _ := md.utility(&p, bids, i); u > honest {
					t.Fatalf("case %d (%s): bidder %d with cost %d gains by bidding %d: utility %d > %d\ncosts %v reps %v tps %v K %d cap %v",
						c, describe(md), i, md.costs[i], b, u, honest, md.costs, md.reps, md.tps, md.job.GroupSize, capPrice)
				}
			}
		}
	}
	if winnersTried == 0 || losersTried == 0 {
		t.Fatalf("the search tried %d winners and %d losers; want both", winnersTried, losersTried)
	}
	t.Logf("%d winners and %d losers tried every ask", winnersTried, losersTried)
}

func describe(md *model) string {
	return fmt.Sprintf("%d bidders, K=%d, steps=%d, budget %v", len(md.costs), md.job.GroupSize, md.job.Steps, md.job.Budget)
}

// TestPriceNeverExceedsBudget checks the budget bound on larger random
// auctions, prices and bidder counts included.
func TestPriceNeverExceedsBudget(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	r := newRand(t, 7)
	for c := range 200 {
		n := 1 + r.IntN(30)
		k := 1 + r.IntN(8)
		job := testJob(uint32(k), int64(1+r.IntN(1_000_000)))
		job.Steps = uint64(1 + r.IntN(50))
		if PriceCap(job).Sign() == 0 {
			continue
		}
		expect := expectOf(t, p, job)
		var reveals []*BidReveal
		rep := MapReputation{Scores: map[Address]float64{}}
		for i := range n {
			reveals = append(reveals, makeBid(job, expect, addr(i+1), int64(r.IntN(100_000)), uint64(10+r.IntN(30))).reveal.Msg.(*BidReveal))
			rep.Scores[addr(i+1)] = r.Float64()
		}
		res := p.Clear(withTable(&p, job, reveals, rep), reveals, expect)
		if res.Award == nil {
			continue
		}
		// At most K members train a step, each at most the dearest price.
		dearest := slices.MaxFunc(res.Award.Prices, func(a, b *big.Int) int { return a.Cmp(b) })
		spent := new(big.Int).Mul(dearest, big.NewInt(int64(k)*int64(job.Steps)))
		if spent.Cmp(job.Budget) > 0 {
			t.Fatalf("case %d: %v × %d × %d > budget %v", c, dearest, k, job.Steps, job.Budget)
		}
		for i := range res.Award.Members() {
			if ask := res.Ranked[i].Reveal.PricePerStep; ask.Cmp(res.Award.Prices[i]) > 0 {
				t.Fatalf("case %d: member %d asked %v, is paid %v", c, i, ask, res.Award.Prices[i])
			}
		}
	}
}

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
	tests := []struct {
		name    string
		reveals []*BidReveal
		rep     Reputation
		winners []Address
		price   int64 // -1: no award
	}{
		{"fewer bids than seats", []*BidReveal{rv(1, 10, 20)}, full, nil, -1},
		{"exactly K bids pay the cap", []*BidReveal{rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, 5000},
		{"K+1-th bid sets the price", []*BidReveal{rv(3, 70, 20), rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, 70},
		{"the cap binds", []*BidReveal{rv(3, 5000, 20), rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, 5000},
		{"bids above the cap are out", []*BidReveal{rv(3, 5001, 20), rv(1, 10, 20), rv(2, 30, 20)}, full, []Address{addr(1), addr(2)}, 5000},
		// Half the reputation floor: q = 0.75; 60/0.75 = 80 ranks after 70.
		{"reputation adjusts rank and price", []*BidReveal{rv(1, 60, 20), rv(2, 50, 20), rv(3, 70, 20)},
			MapReputation{Scores: map[Address]float64{addr(1): 0.5}, Default: 1}, []Address{addr(2), addr(3)}, 80},
		// Throughput at the minimum (10 of reference 20): q = 0.75 likewise.
		{"throughput adjusts rank and price", []*BidReveal{rv(1, 60, 10), rv(2, 50, 20), rv(3, 70, 20)}, full, []Address{addr(2), addr(3)}, 80},
		{"ties break by hash", []*BidReveal{rv(1, 10, 20), rv(2, 10, 20), rv(3, 10, 20)}, full, nil, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := p.Clear(job, tt.reveals, expect, tt.rep)
			if tt.price < 0 {
				if res.Award != nil {
					t.Fatalf("award %+v; want none", res.Award)
				}
				return
			}
			if res.Award == nil {
				t.Fatalf("no award: %s", res.Why)
			}
			if got := res.Award.PricePerStep.Int64(); got != tt.price {
				t.Errorf("price %d; want %d", got, tt.price)
			}
			if tt.winners != nil && !slices.Equal(res.Award.Winners, tt.winners) {
				t.Errorf("winners %v; want %v", res.Award.Winners, tt.winners)
			}
			if tt.name == "ties break by hash" && res.Award.Winners[0] != tieWinner && res.Award.Winners[0] != addr(3) {
				t.Errorf("first winner %v does not have the lowest tie hash", res.Award.Winners[0])
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
			res := p.Clear(job, []*BidReveal{&r}, expect, MapReputation{Default: 1})
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

// utility of bidder i when everyone bids bids: price − cost if it wins.
func (md *model) utility(p *Params, bids []int64, i int) (int64, *Result) {
	res := p.Clear(md.job, md.reveals(bids), md.expect, md.rep())
	if res.Award == nil || !slices.Contains(res.Award.Winners, addr(i+1)) {
		return 0, res
	}
	return res.Award.PricePerStep.Int64() - md.costs[i], res
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

// TestWinnerCannotGain checks, by exhaustive search over a winner's
// possible bids on small random auctions, that no winner gains by bidding
// anything but its true cost, that truthful winners never lose money, and
// that the uniform price never exceeds the budget.
func TestWinnerCannotGain(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	r := newRand(t, 20261125)
	cases := 150
	if testing.Short() {
		cases = 30
	}
	for c := range cases {
		md := randomModel(t, &p, r)
		truth := slices.Clone(md.costs)
		_, res := md.utility(&p, truth, 0)
		if res.Award == nil {
			continue
		}
		price := res.Award.PricePerStep
		spent := new(big.Int).Mul(price, big.NewInt(int64(md.job.GroupSize)*int64(md.job.Steps)))
		if spent.Cmp(md.job.Budget) > 0 {
			t.Fatalf("case %d: price %v × %d × %d exceeds the budget %v", c, price, md.job.GroupSize, md.job.Steps, md.job.Budget)
		}
		capPrice := PriceCap(md.job).Int64()
		for _, w := range res.Award.Winners {
			i := int(w[2]) - 1
			honest, _ := md.utility(&p, truth, i)
			if honest < 0 {
				t.Fatalf("case %d: truthful winner %d pays to win: utility %d", c, i, honest)
			}
			for b := int64(0); b <= capPrice+2; b++ {
				bids := slices.Clone(truth)
				bids[i] = b
				if u, _ := md.utility(&p, bids, i); u > honest {
					t.Fatalf("case %d (%s): winner %d with cost %d gains by bidding %d: utility %d > %d\ncosts %v reps %v tps %v K %d cap %d",
						c, describe(md), i, md.costs[i], b, u, honest, md.costs, md.reps, md.tps, md.job.GroupSize, capPrice)
				}
			}
		}
	}
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
		res := p.Clear(job, reveals, expect, rep)
		if res.Award == nil {
			continue
		}
		spent := new(big.Int).Mul(res.Award.PricePerStep, big.NewInt(int64(k)*int64(job.Steps)))
		if spent.Cmp(job.Budget) > 0 {
			t.Fatalf("case %d: %v × %d × %d > budget %v", c, res.Award.PricePerStep, k, job.Steps, job.Budget)
		}
		for _, w := range res.Ranked[:k] {
			if w.Reveal.PricePerStep.Cmp(res.Award.PricePerStep) > 0 {
				t.Fatalf("case %d: winner asked %v, is paid %v", c, w.Reveal.PricePerStep, res.Award.PricePerStep)
			}
		}
	}
}

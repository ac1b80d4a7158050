package auction

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"slices"
)

// ppm is one in parts per million, the fixed-point unit of quality factors.
// Quality is integer arithmetic so that every peer, on any CPU, ranks bids
// identically: float64 enters only once, when a reputation score is rounded
// to ppm.
const ppm = 1_000_000

// Quality returns a bid's quality factor q in parts per million, in
// [RepFloorPPM·ThroughputFloorPPM/1e6, 1e6], for reputation rep and
// throughput mflops (MFLOP/s):
//
//	q   = repQ · tpQ / 1e6
//	repQ = RepFloor + (1e6 − RepFloor) · rep          rep: reputation in [0, 1]
//	tpQ  = TpFloor  + (1e6 − TpFloor)  · min(t, ref)/ref
//	ref  = ThroughputRefMultiple · max(job's minimum throughput, 1) GFLOP/s
//
// A bid's adjusted price is pricePerStep / q: a peer with a poor record or a
// slow GPU must ask less to rank as well as a trusted, fast one. q never
// exceeds 1 (see Clear for why that matters) and never reaches 0.
func (p *Params) Quality(job *JobAnnounce, rep float64, mflops uint64) uint64 {
	return p.quality(job, rep, new(big.Int).SetUint64(mflops))
}

// quality is Quality with the throughput in MFLOP/s as a big integer
// (a job's minimum in MFLOP/s can exceed uint64).
func (p *Params) quality(job *JobAnnounce, rep float64, mflops *big.Int) uint64 {
	if math.IsNaN(rep) || rep < 0 {
		rep = 0
	}
	if rep > 1 {
		rep = 1
	}
	repPPM := uint64(math.Round(rep * ppm))
	repQ := p.RepFloorPPM + (ppm-p.RepFloorPPM)*repPPM/ppm
	// The reference can exceed uint64 (a huge minimum times the multiple),
	// so the ratio is taken in big integers; clearing calls this once per
	// bid, off the hot path.
	ref := new(big.Int).Mul(new(big.Int).SetUint64(p.ThroughputRefMultiple), minMFLOPs(job))
	t := new(big.Int).Set(mflops)
	if t.Cmp(ref) > 0 {
		t.Set(ref)
	}
	t.Mul(t, new(big.Int).SetUint64(ppm-p.ThroughputFloorPPM))
	tpQ := p.ThroughputFloorPPM + t.Quo(t, ref).Uint64()
	return repQ * tpQ / ppm
}

// Ranked is a valid bid with what clearing made of it.
type Ranked struct {
	Reveal *BidReveal
	// QualityPPM is the bid's quality factor (Quality).
	QualityPPM uint64
	// Tie is TieHash(job, bidder).
	Tie Hash
}

// adjustedLess reports whether a ranks before b: lower adjusted price
// price/q first, compared exactly as priceA·qB < priceB·qA, then lower tie
// hash.
func adjustedLess(a, b *Ranked) int {
	l := new(big.Int).Mul(a.Reveal.PricePerStep, new(big.Int).SetUint64(b.QualityPPM))
	r := new(big.Int).Mul(b.Reveal.PricePerStep, new(big.Int).SetUint64(a.QualityPPM))
	if c := l.Cmp(r); c != 0 {
		return c
	}
	return bytes.Compare(a.Tie[:], b.Tie[:])
}

// Rejected is a reveal clearing did not rank, with the reason.
type Rejected struct {
	Bidder Address
	Err    error
}

// Result is the outcome of clearing one job.
type Result struct {
	// Award is the award the poster must sign; nil if fewer than K valid
	// bids arrived.
	Award *Award
	// Ranked are the valid bids, best first: winners, then standbys, then
	// the rest.
	Ranked []Ranked
	// Rejected are the reveals that did not qualify, in bidder order.
	Rejected []Rejected
	// Why explains a missing award.
	Why string
}

// minMFLOPs is the job's minimum throughput in MFLOP/s, at least 1 GFLOP/s.
func minMFLOPs(job *JobAnnounce) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(max(job.MinThroughput, 1)), big.NewInt(1000))
}

// MeasuredEnough reports whether a peer measured delivering mflops MFLOP/s
// meets job's minimum throughput within the quality rule's tolerance
// (OverstateTolerancePct): mflops × (100 + tol) ≥ minimum × 1000 × 100.
// The tolerance is the one a claim gets against a measurement, for the
// same reason: the measurement is a lower bound that reads low under load.
func (p *Params) MeasuredEnough(job *JobAnnounce, mflops uint64) bool {
	l := new(big.Int).Mul(new(big.Int).SetUint64(mflops), new(big.Int).SetUint64(100+p.OverstateTolerancePct))
	r := new(big.Int).Mul(new(big.Int).SetUint64(job.MinThroughput), big.NewInt(1000*100))
	return l.Cmp(r) >= 0
}

// Eligible reports why r cannot take part in job's auction, or nil. expect
// is the job's challenge answer (attest.Answer seeded by the announcement's
// digest) and cap its PriceCap. A bidder the job's committed table gives a
// measured throughput (QualityEntry.MFLOPs) is eligible by that
// measurement (MeasuredEnough), whatever its bid claims; any other by its
// bid's claim. Both are in the announcement and the reveal, so every
// follower decides alike.
func (p *Params) Eligible(job *JobAnnounce, r *BidReveal, expect Hash, cap *big.Int) error {
	e, measured := job.Table.Entry(r.Bidder)
	measured = measured && e.MFLOPs > 0
	switch {
	case r.JobID != job.JobID:
		return ErrWrongJob
	case r.Bidder == job.Poster:
		return ErrPosterBid
	case r.VRAMBytes < job.MinVRAMBytes:
		return fmt.Errorf("%w: %d bytes of VRAM, job needs %d", ErrIneligible, r.VRAMBytes, job.MinVRAMBytes)
	case measured && !p.MeasuredEnough(job, e.MFLOPs):
		return fmt.Errorf("%w: measured at %d MFLOP/s (claims %d GFLOP/s), job needs %d GFLOP/s", ErrIneligible, e.MFLOPs, r.Throughput, job.MinThroughput)
	case !measured && r.Throughput < job.MinThroughput:
		return fmt.Errorf("%w: %d GFLOP/s, job needs %d", ErrIneligible, r.Throughput, job.MinThroughput)
	case r.Attestation != expect:
		return fmt.Errorf("%w: wrong answer to the GEMM challenge", ErrIneligible)
	case r.PricePerStep.Cmp(cap) > 0:
		return fmt.Errorf("%w: price %v per step above the budget cap %v", ErrIneligible, r.PricePerStep, cap)
	}
	return nil
}

// Clear runs the clearing rule on the revealed bids of one job. reveals
// must already be matched to their commits and free of equivocators (the
// Machine does that); their order does not matter.
//
// The rule (DESIGN.md, "Auction"; PROTOCOL.md, "Clearing"):
//
//  1. Bids that fail Eligible are rejected (a bidder the committed table
//     measured, by its measured throughput; any other, by its claim).
//  2. The rest are ranked by adjusted price pricePerStep/q, q the bidder's
//     quality in the job's committed table (QualityOf: the poster's
//     evidence of its reputation and delivered throughput, or the
//     newcomer's), then by TieHash. The first K win, in that order (the ring order); the next
//     StandbysMax are standbys.
//  3. Each member is paid its critical value, capped by the budget cap:
//     the most it could have asked, everything else unchanged, and still
//     held its place. Member i at rank r is paid
//     min(cap, ⌊q_i · price_n / q_n⌋) (one less where that ask would tie n
//     and lose the tie; CriticalPrice), where n is the bid that decides i's
//     place: for a winner the first loser (rank K), for a standby the bid
//     ranked right after it (rank r+1). With no such bid, i is paid cap
//     (the announcement has no reserve field, so the budget is the reserve:
//     a poster wanting a lower reserve announces a lower budget). With fewer
//     than K bids there is no award.
//
// Why no bidder, winner or loser, gains by misreporting its price (the
// property TestNoBidderGainsByMisreporting checks by search; the argument is
// Myerson's): with q fixed by the committed table before any bid (never by
// what a bid claims), whether a bidder wins is monotone in its
// price, and a winner's payment is the threshold
// t_i = min(cap, ⌊q_i·price_n/q_n⌋) set by the others' bids alone, since the
// first loser among the others is the same bid whatever i asks as long as i
// wins. So:
//
//   - a truthful winner has cost/q_i <= price_n/q_n, hence cost <= t_i
//     (integers; cost <= cap or it would be ineligible) and utility
//     t_i − cost >= 0; any other winning ask pays the same t_i, and a losing
//     ask pays 0 <= t_i − cost;
//   - a truthful loser has cost/q_i >= price_m/q_m for the K-th best of the
//     others' bids m; an ask that wins makes m the first loser, so it is paid
//     ⌊q_i·price_m/q_m⌋ <= cost (or cap <= cost): utility <= 0, no better
//     than losing.
//
// The old rule paid every winner the (K+1)-th adjusted bid, which exceeds
// each winner's own threshold by the factor 1/q_i, let a low-quality loser
// profit by underbidding, and paid posters' money above every ask. Under
// this rule no member is paid above its threshold, and a winner with full
// quality is paid exactly the first loser's price.
//
// Standbys: a standby is paid only for the steps it trains once called in,
// which depends on other members dropping, so no price set at the award is
// its critical value for every such future. Paying a standby the most it
// could have asked and kept its place in the call order keeps it paid at
// least its ask (never a loss if called) and makes a lower ask only buy an
// earlier place; the search test treats an uncalled standby as a loser
// (utility 0).
//
// Budget: every price is at most cap = ⌊budget / (K·steps)⌋ and at most K
// members train at any step, so the credits never exceed the budget; the
// contract checks each price against the same cap.
func (p *Params) Clear(job *JobAnnounce, reveals []*BidReveal, expect Hash) *Result {
	res := &Result{}
	cap := PriceCap(job)
	for _, r := range reveals {
		if err := p.Eligible(job, r, expect, cap); err != nil {
			res.Rejected = append(res.Rejected, Rejected{Bidder: r.Bidder, Err: err})
			continue
		}
		res.Ranked = append(res.Ranked, Ranked{
			Reveal:     r,
			QualityPPM: p.QualityOf(job, r.Bidder),
			Tie:        TieHash(job.JobID, r.Bidder),
		})
	}
	slices.SortFunc(res.Rejected, func(a, b Rejected) int { return bytes.Compare(a.Bidder[:], b.Bidder[:]) })
	slices.SortFunc(res.Ranked, func(a, b Ranked) int { return adjustedLess(&a, &b) })

	k := int(job.GroupSize)
	if len(res.Ranked) < k {
		res.Why = fmt.Sprintf("%d valid bids for %d seats", len(res.Ranked), k)
		return res
	}
	a := &Award{JobID: job.JobID, Poster: job.Poster, Winners: []Address{}, Standbys: []Address{}, Prices: []*big.Int{}}
	for i, r := range res.Ranked {
		switch {
		case i < k:
			a.Winners = append(a.Winners, r.Reveal.Bidder)
		case i < k+p.StandbysMax:
			a.Standbys = append(a.Standbys, r.Reveal.Bidder)
		default:
			continue
		}
		// The bid that decides i's place: the first loser for a winner,
		// the next bid for a standby.
		next := k
		if i >= k {
			next = i + 1
		}
		a.Prices = append(a.Prices, CriticalPrice(&res.Ranked[i], res.Ranked[next:], cap))
	}
	res.Award = a
	return res
}

// CriticalPrice returns the most r could ask and still rank before the
// first bid n of after, capped at cap (cap if after is empty): ⌊q_r ·
// price_n / q_n⌋, less one when that ask would tie n exactly and n's tie
// hash wins the tie (Clear).
func CriticalPrice(r *Ranked, after []Ranked, cap *big.Int) *big.Int {
	if len(after) == 0 {
		return new(big.Int).Set(cap)
	}
	n := &after[0]
	num := new(big.Int).Mul(n.Reveal.PricePerStep, new(big.Int).SetUint64(r.QualityPPM))
	t, rem := new(big.Int).QuoRem(num, new(big.Int).SetUint64(n.QualityPPM), new(big.Int))
	if rem.Sign() == 0 && bytes.Compare(r.Tie[:], n.Tie[:]) > 0 {
		t.Sub(t, big.NewInt(1))
	}
	if t.Cmp(cap) > 0 {
		t.Set(cap)
	}
	return t
}

// EqualAwards reports whether two awards name the same winners and standbys
// in the same order at the same prices for the same job and poster.
func EqualAwards(a, b *Award) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.JobID == b.JobID && a.Poster == b.Poster && slices.Equal(a.Winners, b.Winners) &&
		slices.Equal(a.Standbys, b.Standbys) &&
		slices.EqualFunc(a.Prices, b.Prices, func(x, y *big.Int) bool { return x != nil && y != nil && x.Cmp(y) == 0 })
}

// Threshold returns the most ranked[i] could have asked, every other bid
// unchanged, and still ranked among the first k, found by bisection over
// re-rankings (never above cap; nil if it does not rank there even asking
// 0). It does not use CriticalPrice's formula, so the demo and the tests
// use it to check the award's prices against an independent reckoning.
func Threshold(ranked []Ranked, k, i int, cap *big.Int) *big.Int {
	wins := func(ask *big.Int) bool {
		me := ranked[i]
		r := *me.Reveal
		r.PricePerStep = ask
		me.Reveal = &r
		before := 0
		for j := range ranked {
			if j != i && adjustedLess(&ranked[j], &me) < 0 {
				before++
			}
		}
		return before < k
	}
	lo, hi := new(big.Int), new(big.Int).Set(cap)
	if !wins(lo) {
		return nil
	}
	// Invariant: wins(lo); the answer is in [lo, hi].
	one := big.NewInt(1)
	for lo.Cmp(hi) < 0 {
		mid := new(big.Int).Add(lo, hi)
		mid.Add(mid, one).Rsh(mid, 1)
		if wins(mid) {
			lo = mid
		} else {
			hi = mid.Sub(mid, one)
		}
	}
	return lo
}

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
// [RepFloorPPM·ThroughputFloorPPM/1e6, 1e6]:
//
//	q   = repQ · tpQ / 1e6
//	repQ = RepFloor + (1e6 − RepFloor) · rep          rep: reputation in [0, 1]
//	tpQ  = TpFloor  + (1e6 − TpFloor)  · min(t, ref)/ref
//	ref  = ThroughputRefMultiple · max(job's minimum throughput, 1) GFLOP/s
//
// A bid's adjusted price is pricePerStep / q: a peer with a poor record or a
// slow GPU must ask less to rank as well as a trusted, fast one. q never
// exceeds 1 (see Clear for why that matters) and never reaches 0.
func (p *Params) Quality(job *JobAnnounce, rep float64, throughput uint64) uint64 {
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
	ref := new(big.Int).Mul(new(big.Int).SetUint64(p.ThroughputRefMultiple), new(big.Int).SetUint64(max(job.MinThroughput, 1)))
	t := new(big.Int).SetUint64(throughput)
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

// Eligible reports why r cannot take part in job's auction, or nil. expect
// is the job's challenge answer (attest.Answer seeded by the announcement's
// digest) and cap its PriceCap.
func Eligible(job *JobAnnounce, r *BidReveal, expect Hash, cap *big.Int) error {
	switch {
	case r.JobID != job.JobID:
		return ErrWrongJob
	case r.Bidder == job.Poster:
		return ErrPosterBid
	case r.VRAMBytes < job.MinVRAMBytes:
		return fmt.Errorf("%w: %d bytes of VRAM, job needs %d", ErrIneligible, r.VRAMBytes, job.MinVRAMBytes)
	case r.Throughput < job.MinThroughput:
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
// The rule (DESIGN.md, "Auction"):
//
//  1. Bids that fail Eligible are rejected.
//  2. The rest are ranked by adjusted price pricePerStep/q (Quality), then
//     by TieHash. The first K win, in that order (the ring order); the next
//     StandbysMax are standbys.
//  3. Every winner is paid the same price per step P:
//     with more than K bids, P = min(cap, ⌊price_{K+1} / q_{K+1}⌋), the
//     (K+1)-th adjusted bid; with exactly K, P = cap (the announcement has
//     no reserve field, so the budget is the reserve: a poster wanting a
//     lower reserve announces a lower budget); with fewer, no award.
//
// Why a winner cannot gain by misreporting its cost (the property
// TestWinnerCannotGain checks by search): a winner's P is set by the first
// loser's bid and the cap, not by its own bid, so changing its bid while
// still winning changes nothing; bidding so high that it loses gives it 0,
// while truthful winning gives P − cost >= 0, because a truthful winner has
// cost/q <= the (K+1)-th adjusted bid and q <= 1, so cost <= P (and cost <=
// cap, or it would be ineligible). Standbys are paid P too, if called in.
//
// What this rule does not give (and no single uniform price can, once
// bids are weighted by quality): a losing bidder with q < 1 may profit by
// underbidding into the winners, since P is computed in adjusted units that
// exceed its own threshold. Its gain is bounded by (1/q − 1)·cost and is
// zero for peers with full reputation and throughput at the reference.
//
// P·K·steps never exceeds the budget, since P <= cap.
func (p *Params) Clear(job *JobAnnounce, reveals []*BidReveal, expect Hash, rep Reputation) *Result {
	res := &Result{}
	cap := PriceCap(job)
	for _, r := range reveals {
		if err := Eligible(job, r, expect, cap); err != nil {
			res.Rejected = append(res.Rejected, Rejected{Bidder: r.Bidder, Err: err})
			continue
		}
		res.Ranked = append(res.Ranked, Ranked{
			Reveal:     r,
			QualityPPM: p.Quality(job, rep.Score(r.Bidder), r.Throughput),
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
	price := new(big.Int).Set(cap)
	if len(res.Ranked) > k {
		next := res.Ranked[k]
		adj := new(big.Int).Mul(next.Reveal.PricePerStep, big.NewInt(ppm))
		adj.Quo(adj, new(big.Int).SetUint64(next.QualityPPM))
		if adj.Cmp(price) < 0 {
			price = adj
		}
	}
	a := &Award{JobID: job.JobID, Poster: job.Poster, PricePerStep: price, Winners: []Address{}, Standbys: []Address{}}
	for i, r := range res.Ranked {
		switch {
		case i < k:
			a.Winners = append(a.Winners, r.Reveal.Bidder)
		case i < k+p.StandbysMax:
			a.Standbys = append(a.Standbys, r.Reveal.Bidder)
		}
	}
	res.Award = a
	return res
}

// EqualAwards reports whether two awards name the same winners and standbys
// in the same order at the same price for the same job and poster.
func EqualAwards(a, b *Award) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.JobID == b.JobID && a.Poster == b.Poster && slices.Equal(a.Winners, b.Winners) &&
		slices.Equal(a.Standbys, b.Standbys) && a.PricePerStep.Cmp(b.PricePerStep) == 0
}

package score

import (
	"fmt"
	"math"
)

// Params are the scoring rules. Evidence weights are in "observations": a
// weight of 1 moves a newcomer's score as much as one plain good (or bad)
// experience does under the default prior.
type Params struct {
	// HalfLifeMs is how long evidence takes to lose half its weight,
	// milliseconds (at least one minute). A week by default: behaviour in
	// the last few weeks matters, last year's does not.
	HalfLifeMs uint64
	// PriorPos and PriorNeg are the Beta prior α and β (each > 0): a peer
	// never seen scores PriorPos/(PriorPos+PriorNeg). The default 1/1 gives
	// newcomers 0.5, halfway: no worse than a peer with a mixed record, and
	// below any peer with a good one.
	PriorPos, PriorNeg float64

	// Evidence per observation (each ≥ 0). Positive kinds add to r,
	// negative ones to s.
	BidHonoured    float64 // positive
	RevealMissing  float64 // negative: wasted a slot in the auction
	AwardDelivered float64 // positive: the work trainmesh exists for
	StepOnTime     float64 // positive, per step receipt within target
	StepLate       float64 // negative, per step receipt after target
	FaultReported  float64 // negative
	ParamsMismatch float64 // negative: wrong results poison a whole group
	SettlementPaid float64 // positive: the chain accepted the job
	Slashed        float64 // negative: verified misbehaviour on chain
	// OmittedBid is negative: a poster's award left out a bid a follower
	// held that would have decided it. Gossip can keep a bid from an
	// honest poster, so it weighs less than a missed reveal (which only
	// the bidder can cause): a poster loses reputation by omitting often.
	OmittedBid float64

	// StepLatencyTargetMs splits on-time from late step receipts, ms.
	StepLatencyTargetMs uint32

	// VouchDiscount, in [0, 1), caps what a reporter passes on: at most this
	// fraction of the positive evidence this node has directly seen of the
	// reporter, split over everything it reports. Below 1, a peer can never
	// lend more trust than it has earned itself.
	VouchDiscount float64
	// VouchersPerPeerMax bounds how many reporters' opinions are kept about
	// one peer (memory and score-query time). When full, a reporter with
	// more direct positive evidence replaces the one with the least.
	VouchersPerPeerMax int

	// Trusted are pre-trusted peers (operator-configured, e.g. one's own
	// other nodes): their reports count in full, without the discount or the
	// budget. Leave empty unless the operator really trusts them.
	Trusted []Address
}

// DefaultParams returns the rules trainmesh nodes use.
func DefaultParams() Params {
	return Params{
		HalfLifeMs:          7 * 24 * 3600 * 1000,
		PriorPos:            1,
		PriorNeg:            1,
		BidHonoured:         1,
		RevealMissing:       2,
		AwardDelivered:      3,
		StepOnTime:          0.05,
		StepLate:            0.25,
		FaultReported:       3,
		ParamsMismatch:      10,
		SettlementPaid:      1,
		Slashed:             20,
		OmittedBid:          1,
		StepLatencyTargetMs: 2000,
		VouchDiscount:       0.5,
		VouchersPerPeerMax:  64,
	}
}

// Validate reports the first problem with p.
func (p *Params) Validate() error {
	if p.HalfLifeMs < 60_000 {
		return fmt.Errorf("%w: half-life %d ms: want at least 60000 (a minute)", ErrBadParams, p.HalfLifeMs)
	}
	if !(p.PriorPos > 0) || !(p.PriorNeg > 0) || math.IsInf(p.PriorPos, 0) || math.IsInf(p.PriorNeg, 0) {
		return fmt.Errorf("%w: prior %v/%v: want both positive and finite", ErrBadParams, p.PriorPos, p.PriorNeg)
	}
	for name, w := range map[string]float64{
		"bid-honoured": p.BidHonoured, "reveal-missing": p.RevealMissing, "award-delivered": p.AwardDelivered,
		"step-on-time": p.StepOnTime, "step-late": p.StepLate, "fault-reported": p.FaultReported,
		"params-mismatch": p.ParamsMismatch, "settlement-paid": p.SettlementPaid, "slashed": p.Slashed,
		"omitted-bid": p.OmittedBid,
	} {
		if !(w >= 0) || math.IsInf(w, 0) {
			return fmt.Errorf("%w: weight %s = %v: want finite and >= 0", ErrBadParams, name, w)
		}
	}
	if !(p.VouchDiscount >= 0 && p.VouchDiscount < 1) {
		return fmt.Errorf("%w: vouch discount %v: want 0 <= d < 1", ErrBadParams, p.VouchDiscount)
	}
	if p.VouchersPerPeerMax < 1 || p.VouchersPerPeerMax > 4096 {
		return fmt.Errorf("%w: vouchers per peer %d: want 1 to 4096", ErrBadParams, p.VouchersPerPeerMax)
	}
	return nil
}

// Prior returns a newcomer's score.
func (p Params) Prior() float64 { return p.PriorPos / (p.PriorPos + p.PriorNeg) }

// Effect returns the evidence one observation gives: pos adds to r, neg to
// s. Presence gives none.
func (p *Params) Effect(o *Observation) (pos, neg float64) {
	switch o.Kind {
	case KindBidHonoured:
		return p.BidHonoured, 0
	case KindRevealMissing:
		return 0, p.RevealMissing
	case KindAwardDelivered:
		return p.AwardDelivered, 0
	case KindStepLatency:
		if o.LatencyMs <= p.StepLatencyTargetMs {
			return p.StepOnTime, 0
		}
		return 0, p.StepLate
	case KindFaultReported:
		return 0, p.FaultReported
	case KindParamsMismatch:
		return 0, p.ParamsMismatch
	case KindSettlementPaid:
		return p.SettlementPaid, 0
	case KindSlashed:
		return 0, p.Slashed
	case KindVouch:
		return o.Pos, o.Neg
	case KindThroughput:
		// No evidence either way, even for a claim above the delivery:
		// a timed challenge bounds the rate from below, and reads low
		// for an honest peer measured while its machine, the link or
		// the measurer was busy. An overstatement costs the peer in the
		// quality table (auction.Params.DeliveredQuality), which follows
		// its best measurement and so recovers; counted here it would
		// lower its score for a week and, through the gossip score
		// (node's appScore), cut it off the measurer's mesh in the
		// middle of the jobs they share.
		return 0, 0
	case KindOmittedBid:
		return 0, p.OmittedBid
	}
	return 0, 0
}

// Evidence is decayed positive and negative evidence as of AtMs.
type Evidence struct {
	Pos  float64 `json:"pos"`
	Neg  float64 `json:"neg"`
	AtMs uint64  `json:"at_ms"`
}

// decayFactor is the weight left after dtMs.
func (p *Params) decayFactor(dtMs uint64) float64 {
	return math.Exp2(-float64(dtMs) / float64(p.HalfLifeMs))
}

// At returns e decayed to nowMs. Evidence is never grown: a now before
// e.AtMs (a clock step back) returns e as it is.
func (p *Params) At(e Evidence, nowMs uint64) Evidence {
	if nowMs <= e.AtMs {
		return e
	}
	f := p.decayFactor(nowMs - e.AtMs)
	return Evidence{Pos: e.Pos * f, Neg: e.Neg * f, AtMs: nowMs}
}

// Add returns e plus (pos, neg) observed at atMs. An observation older than
// e.AtMs (out of order) is decayed to e.AtMs before it is added, so the
// result is the same sum of decayed weights either way.
func (p *Params) Add(e Evidence, pos, neg float64, atMs uint64) Evidence {
	if atMs >= e.AtMs {
		e = p.At(e, atMs)
		e.Pos += pos
		e.Neg += neg
		return e
	}
	f := p.decayFactor(e.AtMs - atMs)
	e.Pos += pos * f
	e.Neg += neg * f
	return e
}

// Mean is the Beta posterior mean of evidence e under the prior.
func (p *Params) Mean(e Evidence) float64 {
	return (e.Pos + p.PriorPos) / (e.Pos + e.Neg + p.PriorPos + p.PriorNeg)
}

// Trust is how far a reporter's direct record lifts it above the prior,
// scaled to [0, 1]: 0 for a newcomer or a peer with a poor record, towards 1
// for a peer with a long good one. It discounts what the reporter says.
func (p *Params) Trust(direct Evidence) float64 {
	m := p.Prior()
	t := (p.Mean(direct) - m) / (1 - m)
	if t < 0 {
		return 0
	}
	return t
}

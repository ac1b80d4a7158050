package auction

import (
	"bytes"
	"cmp"
	"fmt"
	"math/big"
	"slices"

	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/protocol"
)

// QualityTable and QualityEntry are protocol's: the table a poster commits
// to in its announcement and every follower clears with.
type (
	QualityTable = protocol.QualityTable
	QualityEntry = protocol.QualityEntry
)

// NewcomerQuality is the quality factor, in ppm, of a bidder absent from a
// job's quality table: the newcomer reputation with throughput at the job's
// minimum. A bid's throughput claim never enters quality (the GEMM
// challenge proves the answer, not the speed), so a provider gains nothing
// by overstating it.
func (p *Params) NewcomerQuality(job *JobAnnounce) uint64 {
	return p.quality(job, p.NewcomerRep, minMFLOPs(job))
}

// QualityOf is bidder's quality factor in job's clearing: its entry in the
// job's committed table, or NewcomerQuality. It reads nothing but the
// announcement, so every follower gets the same.
func (p *Params) QualityOf(job *JobAnnounce, bidder Address) uint64 {
	if q, ok := job.Table.Lookup(bidder); ok {
		return uint64(q)
	}
	return p.NewcomerQuality(job)
}

// ThroughputEvidence is a poster's evidence of a peer's throughput: the
// most it measured the peer deliver, MFLOP/s (a node: its timed challenge
// at a bid; the simulation: GPU time in a job the peer won; recorded in
// its store), and what the peer's bid claimed at the latest measurement,
// MFLOP/s (0: unknown).
type ThroughputEvidence struct {
	MFLOPs        uint64
	ClaimedMFLOPs uint64
}

// ClaimRoundingMFLOPs is half of a bid's unit: a bid claims whole GFLOP/s,
// rounded to the nearest, so a truthful claim may lie this much above the
// rate it rounds. Overstated forgives it, so that a CPU delivering 1.6
// GFLOP/s and claiming 2 is not marked down for the bid's unit.
const ClaimRoundingMFLOPs = 500

// Overstated reports whether d's claim, less ClaimRoundingMFLOPs, exceeds
// what was delivered by more than tolPct percent.
func (d ThroughputEvidence) Overstated(tolPct uint64) bool {
	if d.ClaimedMFLOPs <= ClaimRoundingMFLOPs {
		return false
	}
	c := new(big.Int).Mul(new(big.Int).SetUint64(d.ClaimedMFLOPs-ClaimRoundingMFLOPs), big.NewInt(100))
	g := new(big.Int).Mul(new(big.Int).SetUint64(d.MFLOPs), new(big.Int).SetUint64(100+tolPct))
	return c.Cmp(g) > 0
}

// Delivered gives a poster's evidence of a peer's delivered throughput,
// and false for a peer it has none of.
type Delivered func(peer Address) (ThroughputEvidence, bool)

// DeliveredQuality is the quality factor of a peer with reputation rep and
// throughput evidence d, under the poster's rules: the throughput factor
// from what it delivered, never what it claimed; and if its latest claim
// overstated that beyond OverstateTolerancePct, the factor scaled by
// delivered/claimed, so that a peer that overstates ranks below, and is
// paid less than (its critical value scales with q), an otherwise equal
// peer that claims the truth (TestOverstatingNeverPays).
func (p *Params) DeliveredQuality(job *JobAnnounce, rep float64, d ThroughputEvidence) uint64 {
	q := p.Quality(job, rep, d.MFLOPs)
	if d.ClaimedMFLOPs > 0 && d.Overstated(p.OverstateTolerancePct) {
		x := new(big.Int).Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(d.MFLOPs))
		q = max(1, x.Quo(x, new(big.Int).SetUint64(d.ClaimedMFLOPs)).Uint64())
	}
	return q
}

// BuildTable is the quality table a poster commits to for job, from what it
// knows of peers: each peer's reputation from rep, and its throughput from
// delivered, or the job's minimum where it has no evidence (never what a
// bid claims), marked down where its claim overstated what it delivered
// (DeliveredQuality). A measured peer's entry carries its measured rate,
// which decides its eligibility (Eligible). Peers neither measured nor of
// a quality other than the newcomer's are left out (a bidder absent from
// the table gets just that); beyond MaxQualityEntries
// the table keeps the peers whose quality differs most from it, ties by
// address, so that the table is a function of the poster's view alone.
func (p *Params) BuildTable(job *JobAnnounce, peers []Address, rep Reputation, delivered Delivered) QualityTable {
	newcomer := p.NewcomerQuality(job)
	var t QualityTable
	seen := map[Address]bool{}
	for _, a := range peers {
		if seen[a] || a == job.Poster {
			continue
		}
		seen[a] = true
		var q, measured uint64
		if d, ok := evidence(delivered, a); ok {
			q, measured = p.DeliveredQuality(job, rep.Score(a), d), d.MFLOPs
		} else {
			q = p.quality(job, rep.Score(a), minMFLOPs(job))
		}
		if (q == newcomer && measured == 0) || q == 0 {
			continue
		}
		t = append(t, QualityEntry{Peer: a, PPM: uint32(q), MFLOPs: measured})
	}
	dist := func(e QualityEntry) uint64 {
		if uint64(e.PPM) > newcomer {
			return uint64(e.PPM) - newcomer
		}
		return newcomer - uint64(e.PPM)
	}
	if len(t) > protocol.MaxQualityEntries {
		slices.SortFunc(t, func(a, b QualityEntry) int {
			if c := cmp.Compare(dist(b), dist(a)); c != 0 {
				return c
			}
			return bytes.Compare(a.Peer[:], b.Peer[:])
		})
		t = t[:protocol.MaxQualityEntries]
	}
	slices.SortFunc(t, func(a, b QualityEntry) int { return bytes.Compare(a.Peer[:], b.Peer[:]) })
	return t
}

// evidence is delivered(a) where the poster has a measurement of a.
func evidence(delivered Delivered, a Address) (ThroughputEvidence, bool) {
	if delivered == nil {
		return ThroughputEvidence{}, false
	}
	d, ok := delivered(a)
	return d, ok && d.MFLOPs > 0
}

// AwardEvidence shows a poster's award deviating from the clearing rule:
// the signed announcement (with the quality table it commits to), the
// signed reveals a follower cleared with, and the poster's signed award.
// Every input to clearing is in it, so anyone can check it
// (Params.CheckAwardEvidence).
type AwardEvidence struct {
	Announce Signed
	Reveals  []Signed
	Award    Signed
}

// CheckAwardEvidence returns nil if ev proves that its award is not the
// clearing of its announcement's committed table and any set of valid
// reveals the poster may have seen, ErrNoDeviation if it does not, or why
// ev is malformed. Signatures are the caller's to check (auction/wire's
// Codec.Verify): the core verifies none.
func (p *Params) CheckAwardEvidence(dom Domain, ev *AwardEvidence) error {
	job, ok := ev.Announce.Msg.(*JobAnnounce)
	if !ok {
		return fmt.Errorf("%w: evidence without an announcement", ErrMalformed)
	}
	if err := p.validateStatic(job); err != nil {
		return err
	}
	a, ok := ev.Award.Msg.(*Award)
	if !ok || a.JobID != job.JobID || a.Poster != job.Poster {
		return fmt.Errorf("%w: evidence without the job's award", ErrMalformed)
	}
	expect, err := attest.Answer(attest.CPU{}, dom.Digest(job), p.ChallengeN)
	if err != nil {
		return err
	}
	reveals := make([]*BidReveal, 0, len(ev.Reveals))
	seen := map[Address]bool{}
	for _, s := range ev.Reveals {
		r, ok := s.Msg.(*BidReveal)
		if !ok || r.JobID != job.JobID || seen[r.Bidder] {
			return fmt.Errorf("%w: evidence reveals: not one reveal per bidder for the job", ErrMalformed)
		}
		seen[r.Bidder] = true
		reveals = append(reveals, r)
	}
	return p.deviation(job, expect, reveals, a)
}

// deviation returns nil if award a cannot be the clearing of job's table
// and any set S of valid reveals with a's members' reveals ⊆ S ⊆ reveals,
// and ErrNoDeviation if it may be. Gossip can keep a reveal from the
// poster that a follower saw, so a different clearing of the follower's
// reveals alone proves nothing; what every such S fixes does:
//
//   - each member's reveal is present and eligible (else, if it is
//     missing, nothing is proven: the follower may have missed it);
//   - the members in award order are ranked as clearing ranks them
//     (winners, then standbys, each in rank order);
//   - each member's price lies between its ask and its critical value
//     against the next member in rank order (a standby, which is in S and
//     ranks at or after the bid that sets the price), and under the cap.
func (p *Params) deviation(job *JobAnnounce, expect Hash, reveals []*BidReveal, a *Award) error {
	byBidder := map[Address]*BidReveal{}
	for _, r := range reveals {
		byBidder[r.Bidder] = r
	}
	members := a.Members()
	if len(a.Prices) != len(members) {
		return nil
	}
	cap := PriceCap(job)
	ranked := make([]Ranked, len(members))
	for i, m := range members {
		r, ok := byBidder[m]
		if !ok {
			return fmt.Errorf("%w: no reveal of member %v", ErrNoDeviation, m)
		}
		if p.Eligible(job, r, expect, cap) != nil {
			return nil // the award names a bid that cannot take part
		}
		ranked[i] = Ranked{Reveal: r, QualityPPM: p.QualityOf(job, m), Tie: TieHash(job.JobID, m)}
	}
	for i := 1; i < len(ranked); i++ {
		if adjustedLess(&ranked[i-1], &ranked[i]) >= 0 {
			return nil // members out of clearing's order
		}
	}
	k := len(a.Winners)
	for i := range ranked {
		price := a.Prices[i]
		if price == nil || price.Cmp(ranked[i].Reveal.PricePerStep) < 0 || price.Cmp(cap) > 0 {
			return nil
		}
		// The bid that sets i's price ranks at or before the next member
		// after i's place (the first standby for a winner).
		next := i + 1
		if i < k {
			next = k
		}
		if next < len(ranked) && price.Cmp(CriticalPrice(&ranked[i], ranked[next:], cap)) > 0 {
			return nil
		}
	}
	return fmt.Errorf("%w: the award is the clearing of its members' reveals and others the poster may not have seen", ErrNoDeviation)
}

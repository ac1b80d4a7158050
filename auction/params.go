package auction

import (
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/protocol"
)

// Params are the auction's rules on one peer. Every honest peer must run
// with the same clearing fields (RepFloorPPM, ThroughputFloorPPM,
// ThroughputRefMultiple, NewcomerRep, StandbysMax, ChallengeN) to compute the same award;
// the rest are local bounds.
type Params struct {
	// GroupSizeMax bounds K, and so an award's size (1 to 256).
	GroupSizeMax uint32
	// StandbysMax is how many runners-up an award records after the winners
	// (0 to GroupSizeMax).
	StandbysMax int
	// BiddersMax bounds the bidders one job tracks (memory; 1 to 65536). A
	// job that draws more keeps the first ones; later ones get ErrFull.
	BiddersMax int
	// ClockGraceMs is how long after a deadline a receiver still accepts a
	// message, absorbing gossip delay and clock skew (0 to 60 000 ms).
	ClockGraceMs uint64
	// CommitWindowMinMs and RevealWindowMinMs are the shortest commit and
	// reveal windows an announcement may set, in ms (at least 2·ClockGraceMs
	// each, so that a window is never all grace).
	CommitWindowMinMs, RevealWindowMinMs uint64
	// WindowMaxMs bounds each window and how far ahead of now a commit
	// deadline may be (so a job cannot pin memory for days).
	WindowMaxMs uint64
	// RepFloorPPM is the quality factor, in parts per million, of a peer
	// with reputation 0 (one with reputation 1 gets 1e6); see Quality.
	RepFloorPPM uint64
	// ThroughputFloorPPM is the throughput factor of a bid at zero
	// throughput; one at ThroughputRefMultiple × the job's minimum (or
	// more) gets 1e6.
	ThroughputFloorPPM uint64
	// ThroughputRefMultiple sets the reference throughput at this multiple
	// of the job's minimum (1 GFLOP/s if the job sets none), 1 to 1000.
	ThroughputRefMultiple uint64
	// NewcomerRep is the reputation, in [0, 1], a bidder absent from the
	// poster's quality table is ranked with (reputation/score's prior for a
	// peer never seen, 0.5). Its throughput counts at the job's minimum: a
	// claim in a bid never raises quality (NewcomerQuality).
	NewcomerRep float64
	// ChallengeN is the size of the GEMM challenge bids answer
	// (attest.NMin to attest.NMax).
	ChallengeN int
	// OverstateTolerancePct is how far, in percent, a bid's throughput
	// claim may exceed what the poster measured the bidder deliver before
	// the poster's quality table marks it down (BuildTable; 0 to 10000). A
	// poster's own rule: followers read the table, not this.
	OverstateTolerancePct uint64
}

// DefaultParams are the rules of a real node.
func DefaultParams() Params {
	return Params{
		GroupSizeMax:          64,
		StandbysMax:           4,
		BiddersMax:            1024,
		ClockGraceMs:          1000,
		CommitWindowMinMs:     2000,
		RevealWindowMinMs:     2000,
		WindowMaxMs:           24 * 3600 * 1000,
		RepFloorPPM:           500_000,
		ThroughputFloorPPM:    500_000,
		ThroughputRefMultiple: 2,
		NewcomerRep:           0.5,
		ChallengeN:            attest.DefaultN,
		OverstateTolerancePct: 25,
	}
}

// Validate reports the first problem with p.
func (p *Params) Validate() error {
	switch {
	case p.GroupSizeMax < 1 || p.GroupSizeMax > 256:
		return fmt.Errorf("%w: group size max %d: want 1 to 256", ErrBadParams, p.GroupSizeMax)
	case p.StandbysMax < 0 || p.StandbysMax > int(p.GroupSizeMax):
		return fmt.Errorf("%w: standbys max %d: want 0 to %d", ErrBadParams, p.StandbysMax, p.GroupSizeMax)
	case p.BiddersMax < 1 || p.BiddersMax > 1<<16:
		return fmt.Errorf("%w: bidders max %d: want 1 to 65536", ErrBadParams, p.BiddersMax)
	case p.ClockGraceMs > 60_000:
		return fmt.Errorf("%w: clock grace %d ms: want at most 60000", ErrBadParams, p.ClockGraceMs)
	case p.CommitWindowMinMs < 2*p.ClockGraceMs || p.RevealWindowMinMs < 2*p.ClockGraceMs:
		return fmt.Errorf("%w: windows of at least %d/%d ms: want at least twice the clock grace (%d ms)", ErrBadParams, p.CommitWindowMinMs, p.RevealWindowMinMs, p.ClockGraceMs)
	case p.WindowMaxMs < p.CommitWindowMinMs || p.WindowMaxMs < p.RevealWindowMinMs:
		return fmt.Errorf("%w: window max %d ms below a window minimum", ErrBadParams, p.WindowMaxMs)
	case p.RepFloorPPM < 1 || p.RepFloorPPM > ppm:
		return fmt.Errorf("%w: reputation floor %d ppm: want 1 to 1000000", ErrBadParams, p.RepFloorPPM)
	case p.ThroughputFloorPPM < 1 || p.ThroughputFloorPPM > ppm:
		return fmt.Errorf("%w: throughput floor %d ppm: want 1 to 1000000", ErrBadParams, p.ThroughputFloorPPM)
	case p.ThroughputRefMultiple < 1 || p.ThroughputRefMultiple > 1000:
		return fmt.Errorf("%w: throughput reference multiple %d: want 1 to 1000", ErrBadParams, p.ThroughputRefMultiple)
	case math.IsNaN(p.NewcomerRep) || p.NewcomerRep < 0 || p.NewcomerRep > 1:
		return fmt.Errorf("%w: newcomer reputation %v: want 0 to 1", ErrBadParams, p.NewcomerRep)
	case p.ChallengeN < attest.NMin || p.ChallengeN > attest.NMax:
		return fmt.Errorf("%w: challenge size %d: want %d to %d", ErrBadParams, p.ChallengeN, attest.NMin, attest.NMax)
	case p.OverstateTolerancePct > 10_000:
		return fmt.Errorf("%w: overstatement tolerance %d%%: want 0 to 10000", ErrBadParams, p.OverstateTolerancePct)
	}
	return nil
}

// ValidateAnnounce checks an announcement against the protocol and p at
// nowMs: the job ID derivation, sizes, a reveal window within p's bounds,
// and a commit deadline neither past (ErrLate) nor too far ahead. Every
// peer applies it before following or relaying a job.
func (p *Params) ValidateAnnounce(a *JobAnnounce, nowMs uint64) error {
	if err := p.validateStatic(a); err != nil {
		return err
	}
	return p.validateTiming(a, nowMs)
}

// validateStatic is ValidateAnnounce without the clock.
func (p *Params) validateStatic(a *JobAnnounce) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadAnnounce, fmt.Sprintf(format, args...))
	}
	switch {
	case a.JobID != protocol.JobIDOf(a.Poster, a.Nonce):
		return bad("job ID is not keccak256(abi.encode(poster, nonce))")
	case a.GroupSize < 1 || a.GroupSize > p.GroupSizeMax:
		return bad("group size %d: want 1 to %d", a.GroupSize, p.GroupSizeMax)
	case a.Steps < 1:
		return bad("zero steps")
	case a.Budget == nil || a.Budget.Sign() <= 0 || !protocol.FitsUint256(a.Budget):
		return bad("budget must be a positive uint256")
	case PriceCap(a).Sign() == 0:
		return bad("budget %v is less than one base unit per member per step (%d × %d)", a.Budget, a.GroupSize, a.Steps)
	case a.RevealDeadlineMs < a.CommitDeadlineMs || a.RevealDeadlineMs-a.CommitDeadlineMs < p.RevealWindowMinMs:
		return bad("reveal window %d ms: want at least %d", int64(a.RevealDeadlineMs)-int64(a.CommitDeadlineMs), p.RevealWindowMinMs)
	case a.RevealDeadlineMs-a.CommitDeadlineMs > p.WindowMaxMs:
		return bad("reveal window %d ms: want at most %d", a.RevealDeadlineMs-a.CommitDeadlineMs, p.WindowMaxMs)
	case a.RevealDeadlineMs > math.MaxUint64-p.WindowMaxMs:
		return bad("deadline out of range")
	}
	if err := a.Table.Check(); err != nil {
		return bad("quality table: %v", err)
	}
	if a.Table.Root() != a.QualityRoot {
		return bad("the quality table does not hash to the announcement's quality root")
	}
	if err := a.Evaluation.Validate(); err != nil {
		return bad("evaluation terms: %v", err)
	}
	return nil
}

// validateTiming checks an announcement's commit deadline against nowMs:
// not past, and not more than WindowMaxMs ahead.
func (p *Params) validateTiming(a *JobAnnounce, nowMs uint64) error {
	switch {
	case a.CommitDeadlineMs > nowMs+p.WindowMaxMs:
		return fmt.Errorf("%w: commit deadline more than %d ms ahead", ErrBadAnnounce, p.WindowMaxMs)
	case a.CommitDeadlineMs <= nowMs:
		return fmt.Errorf("%w: commit deadline passed %d ms ago", ErrLate, nowMs-a.CommitDeadlineMs)
	}
	return nil
}

// PriceCap is the most a member can be paid per step under the job's
// budget: budget / (groupSize × steps), rounded down (PROTOCOL.md).
func PriceCap(a *JobAnnounce) *big.Int {
	d := new(big.Int).Mul(big.NewInt(int64(a.GroupSize)), new(big.Int).SetUint64(a.Steps))
	if d.Sign() == 0 {
		return new(big.Int)
	}
	return d.Quo(a.Budget, d)
}

// Reputation gives a peer's reputation in [0, 1]; a peer never seen gets
// the newcomer prior. Implemented by the reputation package (a score view);
// MapReputation is the in-memory twin.
type Reputation interface {
	Score(addr Address) float64
}

// MapReputation is an in-memory Reputation: the map's score, or Default
// for a peer not in it.
type MapReputation struct {
	Scores  map[Address]float64
	Default float64
}

// Score implements Reputation.
func (r MapReputation) Score(a Address) float64 {
	if s, ok := r.Scores[a]; ok {
		return s
	}
	return r.Default
}

// NewJob builds a poster's announcement: it derives the job ID from poster
// and nonce, commits to a.Table (QualityRoot; BuildTable makes one) and
// checks the result against p at nowMs, including that the
// commit window (nowMs to commitDeadlineMs) is at least CommitWindowMinMs.
func (p *Params) NewJob(a JobAnnounce, nowMs uint64) (*JobAnnounce, error) {
	a.JobID = protocol.JobIDOf(a.Poster, a.Nonce)
	a.Table = slices.Clone(a.Table)
	a.QualityRoot = a.Table.Root()
	if a.Budget != nil {
		a.Budget = new(big.Int).Set(a.Budget)
	}
	if err := p.ValidateAnnounce(&a, nowMs); err != nil {
		return nil, err
	}
	if a.CommitDeadlineMs-nowMs < p.CommitWindowMinMs {
		return nil, fmt.Errorf("%w: commit window %d ms: want at least %d", ErrBadAnnounce, a.CommitDeadlineMs-nowMs, p.CommitWindowMinMs)
	}
	return &a, nil
}

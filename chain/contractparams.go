package chain

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain/bindings"
)

// ContractParams are the settlement contract's governed parameters; only the
// governance address changes them (Client.SetParams). Validate applies the
// contract's own bounds, so a bad change fails before it is sent.
type ContractParams struct {
	// Treasury receives protocol fees and the non-reporter share of slashes.
	Treasury common.Address
	// FeeBps is the protocol fee on payouts in basis points, 0 to 1000;
	// snapshotted per job at deposit.
	FeeBps uint16
	// EquivocationSlashBps is the share of a provider's stake slashed for
	// equivocation, 1 to 10000.
	EquivocationSlashBps uint16
	// FaultSlashBps is the share of the stake slashed for a quorum-attested
	// fault other than missed steps (a proven wrong result, tampering), 1 to
	// 10000. Missed steps forfeit the bond instead (BondBps).
	FaultSlashBps uint16
	// ReporterRewardBps is the reporter's share of a slash, 0 to 10000.
	ReporterRewardBps uint16
	// BondBps is what a member forfeits for missed steps (fault 1: offline
	// mid-job), as a share of its value in the job (its price per step x
	// the job's steps), taken from its stake: 0 to 10000. It bounds what
	// going offline costs beyond the pay for the steps not done.
	BondBps uint16
	// QuorumBps is the share of a job's group size whose signatures make a
	// quorum, rounded up: 5001 to 10000.
	QuorumBps uint16
	// ChallengeWindow runs from a settlement until its payouts can be
	// released. 1s to 365 days, whole seconds.
	ChallengeWindow time.Duration
	// ClaimWindow runs from a job's settle deadline; within it winners of
	// an unsettled job claim, after it the poster is refunded. 1s to 365
	// days.
	ClaimWindow time.Duration
	// UnbondingDelay runs from unbond to withdrawStake; stake stays
	// slashable meanwhile. At least ChallengeWindow, at most 365 days.
	UnbondingDelay time.Duration
}

// DefaultContractParams suit a public L2: 1% fee; half the stake for
// equivocation, a tenth for a proven wrong result or tampering, a bond of
// a tenth of the job's value for missed steps; half of each slash to the
// reporter; a two-thirds quorum; a one-day challenge window, a week to
// claim, two weeks to unbond.
func DefaultContractParams(treasury common.Address) ContractParams {
	return ContractParams{
		Treasury:             treasury,
		FeeBps:               100,
		EquivocationSlashBps: 5000,
		FaultSlashBps:        1000,
		ReporterRewardBps:    5000,
		BondBps:              1000,
		QuorumBps:            6666, // two thirds, rounded up: 2 of 3, 3 of 4, 4 of 6
		ChallengeWindow:      24 * time.Hour,
		ClaimWindow:          7 * 24 * time.Hour,
		UnbondingDelay:       14 * 24 * time.Hour,
	}
}

const maxWindow = 365 * 24 * time.Hour

// Validate reports the first value the contract would reject.
func (p *ContractParams) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: contract params: %s", ErrBadParams, fmt.Sprintf(format, a...))
	}
	window := func(name string, d time.Duration) error {
		if d < time.Second || d > maxWindow || d%time.Second != 0 {
			return bad("%s %v: want whole seconds from 1s to 365 days", name, d)
		}
		return nil
	}
	switch {
	case p.Treasury == (common.Address{}):
		return bad("treasury is the zero address")
	case p.FeeBps > 1000:
		return bad("fee %d bps: at most 1000", p.FeeBps)
	case p.EquivocationSlashBps == 0 || p.EquivocationSlashBps > 10000:
		return bad("equivocation slash %d bps: want 1 to 10000", p.EquivocationSlashBps)
	case p.FaultSlashBps == 0 || p.FaultSlashBps > 10000:
		return bad("fault slash %d bps: want 1 to 10000", p.FaultSlashBps)
	case p.ReporterRewardBps > 10000:
		return bad("reporter reward %d bps: at most 10000", p.ReporterRewardBps)
	case p.BondBps > 10000:
		return bad("missed-steps bond %d bps: at most 10000", p.BondBps)
	case p.QuorumBps <= 5000 || p.QuorumBps > 10000:
		return bad("quorum %d bps: want 5001 to 10000", p.QuorumBps)
	}
	for _, w := range []struct {
		name string
		d    time.Duration
	}{{"challenge window", p.ChallengeWindow}, {"claim window", p.ClaimWindow}, {"unbonding delay", p.UnbondingDelay}} {
		if err := window(w.name, w.d); err != nil {
			return err
		}
	}
	if p.UnbondingDelay < p.ChallengeWindow {
		return bad("unbonding delay %v is shorter than the challenge window %v", p.UnbondingDelay, p.ChallengeWindow)
	}
	return nil
}

func (p ContractParams) binding() bindings.SettlementParams {
	return bindings.SettlementParams{
		Treasury:             p.Treasury,
		FeeBps:               p.FeeBps,
		EquivocationSlashBps: p.EquivocationSlashBps,
		FaultSlashBps:        p.FaultSlashBps,
		ReporterRewardBps:    p.ReporterRewardBps,
		BondBps:              p.BondBps,
		QuorumBps:            p.QuorumBps,
		ChallengeWindow:      uint32(p.ChallengeWindow / time.Second),
		ClaimWindow:          uint32(p.ClaimWindow / time.Second),
		UnbondingDelay:       uint32(p.UnbondingDelay / time.Second),
	}
}

func contractParamsFrom(o bindings.ParamsOutput) ContractParams {
	return ContractParams{
		Treasury:             o.Treasury,
		FeeBps:               o.FeeBps,
		EquivocationSlashBps: o.EquivocationSlashBps,
		FaultSlashBps:        o.FaultSlashBps,
		ReporterRewardBps:    o.ReporterRewardBps,
		BondBps:              o.BondBps,
		QuorumBps:            o.QuorumBps,
		ChallengeWindow:      time.Duration(o.ChallengeWindow) * time.Second,
		ClaimWindow:          time.Duration(o.ClaimWindow) * time.Second,
		UnbondingDelay:       time.Duration(o.UnbondingDelay) * time.Second,
	}
}

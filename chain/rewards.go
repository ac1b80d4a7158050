package chain

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Stakers earn the protocol's fees (Settlement.sol, FeePool): each fee
// joins a stream that drips to the active stake over one unbonding delay,
// through a reward-per-share accumulator; a staker's share is checkpointed
// when its active stake changes and pulled with ClaimRewards into its
// withdrawable balance. Unbonding stake earns nothing; what drips while no
// stake is active goes to the treasury.

// RewardScale is the fixed-point scale of FeePool.PerShare (the contract's
// REWARD_SCALE).
var RewardScale = new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)

// FeePool is the stakers' fee stream and accumulator as the contract holds
// it. Streaming + Owed are tokens the contract holds for stakers: the
// invariant's share of them.
type FeePool struct {
	// Earning is the sum of active stakes: what the fees drip to.
	Earning *big.Int
	// Last is when the stream last dripped; End when it runs dry.
	Last, End time.Time
	// Streaming is fees not dripped yet.
	Streaming *big.Int
	// Owed is what has dripped to stakers and is not claimed yet: their
	// rewards plus the rounding dust (each checkpoint rounds down).
	Owed *big.Int
	// PerShare is the fees dripped per unit of active stake, times
	// RewardScale.
	PerShare *big.Int
}

// DripsAt is what the stream would have dripped by t (the contract's
// _dripAmount): linearly from Last to End.
func (p FeePool) DripsAt(t time.Time) *big.Int {
	if p.Streaming.Sign() == 0 || !t.After(p.Last) {
		return new(big.Int)
	}
	if !t.Before(p.End) {
		return new(big.Int).Set(p.Streaming)
	}
	d := new(big.Int).Mul(p.Streaming, big.NewInt(t.Unix()-p.Last.Unix()))
	return d.Div(d, big.NewInt(p.End.Unix()-p.Last.Unix()))
}

// FeePool reads the stakers' fee stream.
func (c *Client) FeePool(ctx context.Context) (FeePool, error) {
	out, err := c.call(ctx, "feePool", c.settlement, c.sc.PackFeePool())
	if err != nil {
		return FeePool{}, err
	}
	o, err := c.sc.UnpackFeePool(out)
	if err != nil {
		return FeePool{}, err
	}
	return FeePool{Earning: o.Earning, Last: time.Unix(o.Last.Int64(), 0), End: time.Unix(o.End.Int64(), 0),
		Streaming: o.Streaming, Owed: o.Owed, PerShare: o.PerShare}, nil
}

// RewardsOf is the fees staker would be credited if it claimed now (at the
// latest block's time).
func (c *Client) RewardsOf(ctx context.Context, staker common.Address) (*big.Int, error) {
	out, err := c.call(ctx, "rewardsOf", c.settlement, c.sc.PackRewardsOf(staker))
	if err != nil {
		return nil, err
	}
	return c.sc.UnpackRewardsOf(out)
}

// ClaimRewards credits the client's withdrawable balance with the fees its
// stake has earned (Withdraw pays it out). It reverts with
// NothingToWithdraw when there are none.
func (c *Client) ClaimRewards(ctx context.Context) (*Tx, error) {
	return c.transactPacked(ctx, "claimRewards")(c.sc.TryPackClaimRewards())
}

// Claimed is the amount a ClaimRewards transaction credited, from its
// RewardsClaimed event (nil if it has none).
func (c *Client) Claimed(tx *Tx) *big.Int {
	for _, l := range tx.Receipt.Logs {
		if l.Address != c.settlement {
			continue
		}
		if ev, err := c.sc.UnpackRewardsClaimedEvent(l); err == nil {
			return ev.Amount
		}
	}
	return nil
}

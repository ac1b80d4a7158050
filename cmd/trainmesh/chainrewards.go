package main

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
)

type chainRewardsCmd struct {
	dataDirFlag
	passwordFlags
	Chain   chainFlags `embed:""`
	Address string     `help:"Show this address instead of the node's (not with --claim)." placeholder:"ADDRESS"`
	Claim   bool       `help:"Claim the fees the node's stake has earned into its withdrawable balance (then: trainmesh chain withdraw)."`
}

// Run shows a staker's share of the protocol's fees: what it can claim now,
// the share of the active stake it holds, and the fee stream still to drip;
// with --claim it claims them first.
func (c *chainRewardsCmd) Run(env *runEnv) error {
	if c.Claim && c.Address != "" {
		return fmt.Errorf("--claim claims the node's own rewards: drop --address")
	}
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	who := cl.Address()
	if c.Address != "" {
		if !common.IsHexAddress(c.Address) {
			return fmt.Errorf("--address %q is not an address", c.Address)
		}
		who = common.HexToAddress(c.Address)
	}
	dec, err := cl.TokenDecimals(env.ctx)
	if err != nil {
		return err
	}
	f := func(v *big.Int) string { return chain.FormatAmount(v, dec) }
	if c.Claim {
		rewards, err := cl.RewardsOf(env.ctx, who)
		if err != nil {
			return err
		}
		if rewards.Sign() == 0 {
			fmt.Fprintln(env.stdout, "no rewards to claim")
		} else {
			tx, err := cl.ClaimRewards(env.ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.stdout, "claimed       %s (withdraw it with: trainmesh chain withdraw)\n", f(cl.Claimed(tx)))
		}
	}
	st, err := cl.StakeOf(env.ctx, who)
	if err != nil {
		return err
	}
	rewards, err := cl.RewardsOf(env.ctx, who)
	if err != nil {
		return err
	}
	pool, err := cl.FeePool(env.ctx)
	if err != nil {
		return err
	}
	bal, err := cl.Balance(env.ctx, who)
	if err != nil {
		return err
	}
	share := "no stake is active: fees go to the treasury"
	if pool.Earning.Sign() > 0 {
		share = fmt.Sprintf("%.2f%% of the %s active", percent(st.Active, pool.Earning), f(pool.Earning))
	}
	fmt.Fprintf(env.stdout, "account       %s\nstake         %s active (%s), %s unbonding (earns nothing)\nrewards       %s claimable\nwithdrawable  %s\n",
		who, f(st.Active), share, f(st.Unbonding), f(rewards), f(bal))
	head, err := cl.Backend().HeaderByNumber(env.ctx, nil)
	if err != nil {
		return err
	}
	now := time.Unix(int64(head.Time), 0)
	if left := new(big.Int).Sub(pool.Streaming, pool.DripsAt(now)); left.Sign() > 0 {
		fmt.Fprintf(env.stdout, "fee stream    %s still to drip to active stake, until %s\n", f(left), pool.End.UTC().Format(time.RFC3339))
	} else {
		fmt.Fprintln(env.stdout, "fee stream    dry (new fees drip over one unbonding delay)")
	}
	return nil
}

// percent is 100 × a / b.
func percent(a, b *big.Int) float64 {
	r, _ := new(big.Rat).SetFrac(new(big.Int).Mul(a, big.NewInt(100)), b).Float64()
	return r
}

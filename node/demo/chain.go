package demo

import (
	"context"
	"fmt"
	"io"
	"maps"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
)

// demoChain is the demo's embedded chain and every node's client on it.
type demoChain struct {
	emb     *chain.Embedded
	out     io.Writer
	cp      chain.ContractParams
	clients []*chain.Client
	// stakes are the nodes that stake (node index → amount): they earn
	// the jobs' protocol fees.
	stakes map[int]*big.Int

	mu  sync.Mutex // mu guards all
	all []*chain.Tx
}

// startChain starts an embedded chain with the contracts deployed and every
// node funded (gas coin and a million test dollars each).
func startChain(ctx context.Context, keys []*identity.Key, out io.Writer) (*demoChain, error) {
	fund := make([]common.Address, len(keys))
	for i, k := range keys {
		fund[i] = k.Address()
	}
	// A block a second keeps chain time with the wall clock, so that
	// deadlines pass for the contract when they pass for the nodes.
	emb, err := chain.StartEmbedded(ctx, chain.EmbeddedParams{Fund: fund, BlockInterval: time.Second})
	if err != nil {
		return nil, fmt.Errorf("demo: start the embedded chain: %w", err)
	}
	d := &demoChain{emb: emb, out: out}
	cp, err := emb.Deployer().ContractParams(ctx)
	if err != nil {
		emb.Close()
		return nil, err
	}
	d.cp = cp
	if err := d.stake(ctx, keys); err != nil {
		emb.Close()
		return nil, err
	}
	a := emb.Addresses()
	fmt.Fprintf(out, "chain: embedded EVM chain %d in this process\n  settlement contract %s\n  stablecoin (test token, 6 decimals) %s\n  fee %.2f%%, challenge window %v\n  governed by the token holders: timelock %s, governor %s, %s TMG split among the deployer and the %d nodes\n  every node funded with gas and 1,000,000 test dollars\n",
		chain.EmbeddedChainID, a.Settlement, a.Token, float64(cp.FeeBps)/100, cp.ChallengeWindow,
		a.Gov.Timelock, a.Gov.Governor, chain.FormatAmount(chain.DevnetGovSupply, chain.GovTokenDecimals), len(keys))
	for _, i := range slices.Sorted(maps.Keys(d.stakes)) {
		fmt.Fprintf(out, "  node %d stakes %s test dollars: stakers earn the protocol fee, pro rata to stake, as it drips over the %v unbonding delay\n", i, chain.FormatAmount(d.stakes[i], 6), cp.UnbondingDelay)
	}
	fmt.Fprintln(out)
	return d, nil
}

// demoStakes are what nodes 1 and 2 stake (1,000 and 3,000 test dollars):
// they earn a quarter and three quarters of what the fees drip.
var demoStakes = []*big.Int{big.NewInt(1_000_000_000), big.NewInt(3_000_000_000)}

// stake has nodes 1 and 2 stake before the jobs (before their balances
// are read as TokensBefore, so the money check is not moved by it).
func (d *demoChain) stake(ctx context.Context, keys []*identity.Key) error {
	d.stakes = map[int]*big.Int{}
	for k, amount := range demoStakes {
		i := k + 1
		if i >= len(keys) {
			break
		}
		c, err := d.emb.NewClient(ctx, keys[i])
		if err != nil {
			return err
		}
		_, err = c.Stake(ctx, amount)
		c.Close()
		if err != nil {
			return fmt.Errorf("demo: node %d stakes: %w", i, err)
		}
		d.stakes[i] = amount
	}
	return nil
}

func (d *demoChain) close() { d.emb.Close() }

// domain is the EIP-712 domain every node signs auction messages and
// receipts under: this chain and its settlement contract.
func (d *demoChain) domain() auction.Domain {
	return auction.Domain{ChainID: chain.EmbeddedChainID, VerifyingContract: auction.Address(d.emb.Addresses().Settlement)}
}

// client returns node i's settlement client; its transactions are printed
// and kept.
func (d *demoChain) client(ctx context.Context, key *identity.Key, i int) (*chain.Client, error) {
	c, err := d.emb.NewClient(ctx, key)
	if err != nil {
		return nil, err
	}
	c.OnTx(func(tx *chain.Tx) {
		d.mu.Lock()
		d.all = append(d.all, tx)
		d.mu.Unlock()
		fmt.Fprintf(d.out, "  tx       node %d %s\n", i, tx)
	})
	d.clients = append(d.clients, c)
	return c, nil
}

func (d *demoChain) txs() []*chain.Tx {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]*chain.Tx(nil), d.all...)
}

// reportMoney reads every node's token balance back from the chain and
// checks it against what the jobs say moved: each winner gained exactly its
// pay (price × credited steps, less the fee), the poster lost exactly what
// it paid out.
func reportMoney(ctx context.Context, out io.Writer, d *demoChain, keys []*identity.Key, sum *Summary) error {
	fmt.Fprintf(out, "\nmoney, read back from the chain (test dollars; 1 = 1,000,000 base units):\n")
	want := make([]*big.Int, len(keys))
	for i := range want {
		want[i] = new(big.Int).Set(sum.Nodes[i].TokensBefore)
	}
	fees := new(big.Int) // the protocol fee on every payout
	for _, j := range sum.Jobs {
		// Winners then standbys, as the award and Credits list them; a
		// standby is paid for its audits at its own price.
		members := slices.Concat(j.Winners, j.Standbys)
		prices := slices.Concat(j.Prices, j.StandbyPrices)
		for i, w := range members {
			if i >= len(j.Credits) || j.Credits[i] == 0 {
				continue
			}
			gross := new(big.Int).Mul(prices[i], new(big.Int).SetUint64(j.Credits[i]))
			fee := new(big.Int).Div(new(big.Int).Mul(gross, big.NewInt(int64(d.cp.FeeBps))), big.NewInt(10_000))
			fees.Add(fees, fee)
			net := new(big.Int).Sub(gross, fee)
			if e := j.Evaluation; e != nil && e.Outcome == chain.EvalFailed {
				// The conditional share of a member's training entry
				// went to the poster.
				back := new(big.Int).Div(new(big.Int).Mul(net, big.NewInt(int64(e.Terms.ConditionalBps))), big.NewInt(10_000))
				e.Withheld.Add(e.Withheld, back)
				want[0].Add(want[0], back)
				net.Sub(net, back)
			}
			if j.Paid[w] == nil || j.Paid[w].Cmp(net) != 0 {
				return fmt.Errorf("demo: node %d withdrew %v for the %s job; its %d credited steps and audits at %v less the fee make %v", w, j.Paid[w], j.Name, j.Credits[i], prices[i], net)
			}
			want[w].Add(want[w], net)
			want[0].Sub(want[0], gross)
		}
	}
	for _, j := range sum.Jobs {
		// The evaluators' fees came from the poster (escrowed at open;
		// what no agreeing evaluator took waits in the poster's balance
		// in the evaluations contract, counted below).
		if e := j.Evaluation; e != nil {
			for i, fee := range e.Fees {
				want[i].Add(want[i], fee)
				want[0].Sub(want[0], fee)
			}
		}
	}
	for i, k := range keys {
		after, err := d.clients[i].TokenBalance(ctx, k.Address())
		if err != nil {
			return err
		}
		have := after
		if i == 0 {
			// What the poster is owed but has not withdrawn: a withheld
			// share released after its last withdrawal, unspent fees.
			owed, err := posterOwed(ctx, d, k.Address())
			if err != nil {
				return err
			}
			have = new(big.Int).Add(after, owed)
		}
		sum.Nodes[i].TokensAfter = after
		delta := new(big.Int).Sub(after, sum.Nodes[i].TokensBefore)
		sign := ""
		if delta.Sign() > 0 {
			sign = "+"
		}
		fmt.Fprintf(out, "  node %d  %s  (%s%s)\n", i, chain.FormatAmount(after, 6), sign, chain.FormatAmount(delta, 6))
		if have.Cmp(want[i]) != 0 {
			return fmt.Errorf("demo: node %d holds %v tokens on-chain (with what it is owed); the jobs' payouts say %v", i, have, want[i])
		}
	}
	fmt.Fprintf(out, "  every balance matches the payouts to the unit; the protocol fee went to the stakers\n")
	if err := reportRewards(ctx, out, d, sum, fees); err != nil {
		return err
	}
	return reportGovernance(ctx, out, d, sum)
}

// posterOwed is what the poster's balances in the settlement and
// evaluations contracts hold.
func posterOwed(ctx context.Context, d *demoChain, a common.Address) (*big.Int, error) {
	s, err := d.clients[0].Balance(ctx, a)
	if err != nil {
		return nil, err
	}
	e, err := d.clients[0].EvaluationBalance(ctx, a)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Add(s, e), nil
}

// reportGovernance reads back from the chain who governs the settlement
// contract (issue 21 item 5): its governance address must be the token
// holders' timelock, whose proposals the governor makes.
func reportGovernance(ctx context.Context, out io.Writer, d *demoChain, sum *Summary) error {
	c := d.clients[0]
	a := d.emb.Addresses()
	gov, err := c.Governance(ctx)
	if err != nil {
		return err
	}
	if gov != a.Gov.Timelock {
		return fmt.Errorf("demo: the settlement contract is governed by %s, not the token holders' timelock %s", gov, a.Gov.Timelock)
	}
	g, err := chain.NewGov(ctx, c, a.Gov.Governor)
	if err != nil {
		return err
	}
	st, err := g.Settings(ctx)
	if err != nil {
		return err
	}
	sum.Governance = gov
	fmt.Fprintf(out, "  governance, read back from the chain: the settlement contract's parameters (fee %.2f%%, windows, slashing) change only through its governance, the timelock %s, which executes what the governor %s passes: %s TMG holders vote (quorum %d%%, %v voting period, %v timelock delay; trainmesh chain gov)\n",
		float64(d.cp.FeeBps)/100, gov, a.Gov.Governor, chain.FormatAmount(st.Supply, chain.GovTokenDecimals), st.QuorumPercent, st.VotingPeriod, st.TimelockDelay)
	return nil
}

// reportRewards prints the stakers' fee rewards and checks them against
// the jobs' fees to the unit: the fees are what dripped to the stakers
// (their rewards and the rounding dust), what is still to drip, and what
// the treasury was paid (nothing while a stake is active), and each
// staker's rewards are its share of the stake.
func reportRewards(ctx context.Context, out io.Writer, d *demoChain, sum *Summary, fees *big.Int) error {
	if len(d.stakes) == 0 {
		return nil
	}
	c := d.clients[0]
	pool, err := c.FeePool(ctx)
	if err != nil {
		return err
	}
	treasury, err := c.Balance(ctx, d.cp.Treasury)
	if err != nil {
		return err
	}
	var line []string
	var first, firstStake *big.Int
	for _, i := range slices.Sorted(maps.Keys(d.stakes)) {
		r, err := c.RewardsOf(ctx, sum.Nodes[i].addr())
		if err != nil {
			return err
		}
		sum.Nodes[i].Staked, sum.Nodes[i].Rewards = d.stakes[i], r
		line = append(line, fmt.Sprintf("node %d (%s staked) %s", i, chain.FormatAmount(d.stakes[i], 6), chain.FormatAmount(r, 6)))
		if first == nil {
			first, firstStake = r, d.stakes[i]
			continue
		}
		// Both staked before the first fee and never changed: rewards in
		// the ratio of the stakes, but for each one's rounding.
		lhs, rhs := new(big.Int).Mul(r, firstStake), new(big.Int).Mul(first, d.stakes[i])
		if diff := new(big.Int).Sub(lhs, rhs); new(big.Int).Abs(diff).Cmp(new(big.Int).Add(firstStake, d.stakes[i])) > 0 {
			return fmt.Errorf("demo: node %d earned %v on a stake of %v, the first staker %v on %v: not pro rata", i, r, d.stakes[i], first, firstStake)
		}
	}
	head, err := c.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	left := new(big.Int).Sub(pool.Streaming, pool.DripsAt(time.Unix(int64(head.Time), 0)))
	fmt.Fprintf(out, "  stakers' fee rewards, claimable (trainmesh chain rewards --claim): %s; %s more still to drip to them until %s\n",
		strings.Join(line, ", "), chain.FormatAmount(left, 6), pool.End.UTC().Format(time.TimeOnly))
	if got := new(big.Int).Add(pool.Streaming, new(big.Int).Add(pool.Owed, treasury)); got.Cmp(fees) != 0 {
		return fmt.Errorf("demo: the jobs paid %v in fees; the stakers' stream holds %v, has dripped %v, the treasury %v", fees, pool.Streaming, pool.Owed, treasury)
	}
	fmt.Fprintf(out, "  the jobs' fees (%s) = dripped to stakers + still dripping + treasury (%s), to the unit\n", chain.FormatAmount(fees, 6), chain.FormatAmount(treasury, 6))
	return nil
}

func (n NodeSummary) addr() common.Address { return common.HexToAddress(n.Address) }

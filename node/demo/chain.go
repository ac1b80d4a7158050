package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"slices"
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
	a := emb.Addresses()
	fmt.Fprintf(out, "chain: embedded EVM chain %d in this process\n  settlement contract %s\n  stablecoin (test token, 6 decimals) %s\n  fee %.2f%%, challenge window %v\n  governed by the token holders: timelock %s, governor %s, %s TMG split among the deployer and the %d nodes\n  every node funded with gas and 1,000,000 test dollars\n\n",
		chain.EmbeddedChainID, a.Settlement, a.Token, float64(cp.FeeBps)/100, cp.ChallengeWindow,
		a.Gov.Timelock, a.Gov.Governor, chain.FormatAmount(chain.DevnetGovSupply, chain.GovTokenDecimals), len(keys))
	return d, nil
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
			net := new(big.Int).Sub(gross, new(big.Int).Div(new(big.Int).Mul(gross, big.NewInt(int64(d.cp.FeeBps))), big.NewInt(10_000)))
			if j.Paid[w] == nil || j.Paid[w].Cmp(net) != 0 {
				return fmt.Errorf("demo: node %d withdrew %v for the %s job; its %d credited steps and audits at %v less the fee make %v", w, j.Paid[w], j.Name, j.Credits[i], prices[i], net)
			}
			want[w].Add(want[w], net)
			want[0].Sub(want[0], gross)
		}
	}
	for i, k := range keys {
		after, err := d.clients[i].TokenBalance(ctx, k.Address())
		if err != nil {
			return err
		}
		sum.Nodes[i].TokensAfter = after
		delta := new(big.Int).Sub(after, sum.Nodes[i].TokensBefore)
		sign := ""
		if delta.Sign() > 0 {
			sign = "+"
		}
		fmt.Fprintf(out, "  node %d  %s  (%s%s)\n", i, chain.FormatAmount(after, 6), sign, chain.FormatAmount(delta, 6))
		if after.Cmp(want[i]) != 0 {
			return fmt.Errorf("demo: node %d holds %v tokens on-chain; the jobs' payouts say %v", i, after, want[i])
		}
	}
	fmt.Fprintf(out, "  every balance matches the payouts to the unit; the protocol fee went to the treasury\n")
	return nil
}

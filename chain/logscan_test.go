package chain

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// scanBackend records the block ranges of the log scans a client asks for.
type scanBackend struct {
	Backend
	mu   sync.Mutex
	from []*big.Int
}

func (b *scanBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.mu.Lock()
	b.from = append(b.from, q.FromBlock)
	b.mu.Unlock()
	return b.Backend.FilterLogs(ctx, q)
}

// TestLogScanFromDeployBlock: the client rebuilds payout tables from the
// contract's events scanning from the block the contract was deployed in
// (its deployBlock), not from block 0, and the tables it builds so are
// whole (release proves against them).
func TestLogScanFromDeployBlock(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		id := e.deposit(1, 2, 10, tokens(20), time.Hour)
		settled := e.tx(e.poster.Settle(e.ctx, []Payout{{Award: e.award(id, tokens(1), w[:2]), Steps: []uint64{10, 7}}}))
		rb := &scanBackend{Backend: n.backend}
		params := n.params
		params.Settlement = e.addrs.Settlement
		c, err := NewClient(e.ctx, rb, e.key(w[1]), params)
		if err != nil {
			t.Fatal(err)
		}
		deployed := c.DeployBlock()
		if deployed == 0 || deployed > settled.Block {
			t.Fatalf("deploy block %d; want a block after genesis, at most the settlement's %d", deployed, settled.Block)
		}
		e.advance(e.cp.ChallengeWindow)
		e.tx(c.Release(e.ctx, w[1].Address(), id))
		wantEq(t, "w1 balance", e.balance(w[1]), sub(tokens(7), fee(tokens(7), e.cp.FeeBps)))
		rb.mu.Lock()
		defer rb.mu.Unlock()
		if len(rb.from) == 0 {
			t.Fatal("no log scan")
		}
		for _, f := range rb.from {
			if f == nil || f.Uint64() != deployed {
				t.Fatalf("log scan from block %v; want the deploy block %d", f, deployed)
			}
		}
	})
}

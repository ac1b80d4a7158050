package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestChallengesInOneBlock: two challenges of one job's table sent by two
// challengers and sealed in one block (the embedded chain holds its blocks
// until both wait in the pool) both prove against the same root; the first
// replaces it, so the second reverts BadProof on-chain. The client reads
// the table again after that block and resends: both corrections land.
func TestChallengesInOneBlock(t *testing.T) {
	n := simNet(t)
	e := newEnv(t, n)
	w := e.workers
	price := tokens(1)
	id := e.deposit(1, 4, 10, tokens(40), time.Hour) // quorum of 4 at 2/3: 3
	a := e.award(id, price, w[:4])
	// Entries 0 and 1 are siblings: a correction of one changes the
	// other's proof.
	e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{4, 3, 10, 10}}}))
	params := common.HexToHash("0xaa")
	proof := e.stepProof(a, 10, params, w[0], w[1], w[2])

	n.embedded.HoldBlocks(true)
	type result struct {
		tx  *Tx
		err error
	}
	done := make(chan result, 2)
	go func() {
		tx, err := e.reporter.ChallengeSteps(e.ctx, a, w[0].Address(), proof)
		done <- result{tx, err}
	}()
	go func() {
		tx, err := e.outsider.ChallengeSteps(e.ctx, a, w[1].Address(), proof)
		done <- result{tx, err}
	}()
	// Both sent: estimated against the same head, so both are valid there.
	for n.embedded.Pending() < 2 {
		select {
		case r := <-done:
			t.Fatalf("a challenge returned while blocks were held: %v, %v", r.tx, r.err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	n.embedded.HoldBlocks(false)
	var blocks []uint64
	for range 2 {
		r := <-done
		if r.err != nil {
			t.Fatalf("challenge: %v", r.err)
		}
		blocks = append(blocks, r.tx.Block)
	}
	wantEq(t, "w0 credit", e.credit(id, w[0]), mul(price, 10))
	wantEq(t, "w1 credit", e.credit(id, w[1]), mul(price, 10))
	// The race happened: the two first attempts were sealed together, so
	// the one that lost was sent again and landed in a later block.
	first := min(blocks[0], blocks[1])
	blk, err := n.embedded.client.BlockByNumber(e.ctx, new(big.Int).SetUint64(first))
	if err != nil {
		t.Fatal(err)
	}
	if len(blk.Transactions()) != 2 || blocks[0] == blocks[1] {
		t.Fatalf("block %d holds %d transactions, the challenges landed in blocks %v; want both first attempts in one block and the resent one later", first, len(blk.Transactions()), blocks)
	}
}

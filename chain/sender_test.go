package chain

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// scriptedChain is an in-memory receiptSource whose chain changes only when
// the waiter reads it, so a reorg lands at the same point of every run.
type scriptedChain struct {
	reads   int
	onRead  func(c *scriptedChain, read int)
	head    uint64
	headers map[uint64]common.Hash // canonical block hash per height
	rcpt    *types.Receipt         // nil: not mined (or reorged out)
}

func (c *scriptedChain) BlockNumber(context.Context) (uint64, error) { return c.head, nil }

func (c *scriptedChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	h, ok := c.headers[n.Uint64()]
	if !ok {
		return nil, ethereum.NotFound
	}
	// Extra makes the header's hash; only equality matters here.
	return &types.Header{Number: n, Extra: h[:]}, nil
}

func (c *scriptedChain) hashAt(n uint64) common.Hash {
	h, _ := c.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	return h.Hash()
}

func (c *scriptedChain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	c.reads++
	c.onRead(c, c.reads)
	if c.rcpt == nil {
		return nil, ethereum.NotFound
	}
	return c.rcpt, nil
}

// TestWaitReceiptReorg: a receipt whose block is reorged out before it is
// deep enough is dropped, and the one from the block that re-mined the
// transaction is returned once that block is deep enough.
func TestWaitReceiptReorg(t *testing.T) {
	c := &scriptedChain{head: 4, headers: map[uint64]common.Hash{4: {4}}}
	c.onRead = func(c *scriptedChain, read int) {
		switch read {
		case 2: // mined in block 5 (hash 5a)
			c.head, c.headers[5] = 5, common.Hash{0x5a}
			c.rcpt = &types.Receipt{BlockNumber: big.NewInt(5), BlockHash: c.hashAt(5), Status: 1}
		case 3: // one block on top: 2 of 3 confirmations
			c.head, c.headers[6] = 6, common.Hash{0x6a}
		case 4: // reorg: blocks 5 and 6 replaced; the tx is back in the pool
			c.headers[5], c.headers[6] = common.Hash{0x5b}, common.Hash{0x6b}
			c.rcpt = nil
		case 5: // re-mined in block 7
			c.head, c.headers[7] = 7, common.Hash{0x7b}
			c.rcpt = &types.Receipt{BlockNumber: big.NewInt(7), BlockHash: c.hashAt(7), Status: 1}
		case 7:
			c.head, c.headers[8], c.headers[9] = 9, common.Hash{0x8b}, common.Hash{0x9b}
		}
	}
	r, err := waitReceipt(context.Background(), c, common.Hash{1}, 3, time.Minute, time.Microsecond)
	if err != nil {
		t.Fatal(err)
	}
	if r.BlockNumber.Uint64() != 7 || r.BlockHash != c.hashAt(7) {
		t.Fatalf("receipt from block %v %x; want block 7 %x", r.BlockNumber, r.BlockHash, c.hashAt(7))
	}
	if c.reads < 7 {
		t.Fatalf("returned after %d reads, before block 7 had 3 confirmations", c.reads)
	}
}

// TestWaitReceiptStaleReceipt: a node still serving the receipt of a block
// that is no longer canonical does not fool the waiter.
func TestWaitReceiptStaleReceipt(t *testing.T) {
	c := &scriptedChain{head: 9, headers: map[uint64]common.Hash{5: {0x5b}}}
	c.onRead = func(c *scriptedChain, read int) {
		if read == 1 {
			c.rcpt = &types.Receipt{BlockNumber: big.NewInt(5), BlockHash: common.Hash{0xde, 0xad}, Status: 1}
		}
		if read == 5 {
			c.rcpt = &types.Receipt{BlockNumber: big.NewInt(5), BlockHash: c.hashAt(5), Status: 1}
		}
	}
	r, err := waitReceipt(context.Background(), c, common.Hash{1}, 1, time.Minute, time.Microsecond)
	if err != nil || r.BlockHash != c.hashAt(5) || c.reads != 5 {
		t.Fatalf("waitReceipt = %v, %v after %d reads; want the canonical receipt at read 5", r, err, c.reads)
	}
}

// TestWaitReceiptTimeout: a transaction never mined ends in
// ErrReceiptTimeout, and a cancelled context in its own error.
func TestWaitReceiptTimeout(t *testing.T) {
	c := &scriptedChain{head: 1, headers: map[uint64]common.Hash{}, onRead: func(*scriptedChain, int) {}}
	_, err := waitReceipt(context.Background(), c, common.Hash{1}, 1, 20*time.Millisecond, time.Millisecond)
	if !errors.Is(err, ErrReceiptTimeout) {
		t.Fatalf("err = %v; want ErrReceiptTimeout", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = waitReceipt(ctx, c, common.Hash{1}, 1, time.Minute, time.Millisecond)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v; want context.Canceled", err)
	}
}

// TestReorgOnSimulatedChain replays a real reorg on the embedded chain: the
// block that held a transaction is replaced by a longer side chain that
// mines it again, and the waiter returns the receipt of the new block.
func TestReorgOnSimulatedChain(t *testing.T) {
	e := newEnv(t, simNet(t))
	emb := e.net.embedded
	parent, err := e.net.backend.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := e.tx(e.workers[0].TransferToken(e.ctx, e.workers[1].Address(), tokens(1)))
	oldBlock := tx.Receipt.BlockHash
	if err := emb.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	// The pool takes the dropped transaction back and the miner seals it on
	// the side chain; seal until that chain is the longer one.
	head := func() uint64 {
		n, err := e.net.backend.BlockNumber(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for range 8 {
		emb.Commit()
	}
	if head() <= tx.Block {
		t.Fatalf("head %d did not pass the old block %d", head(), tx.Block)
	}
	r, err := waitReceipt(e.ctx, e.net.backend, tx.Hash, 3, 10*time.Second, time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if r.BlockHash == oldBlock {
		t.Fatal("the receipt still names the reorged-out block")
	}
	canon, err := e.net.backend.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil || canon.Hash() != r.BlockHash {
		t.Fatalf("receipt block %x is not canonical (%v)", r.BlockHash, err)
	}
	wantEq(t, "transfer applied once", e.tokenBalance(e.workers[1].Address()), add(tokens(1_000_000), tokens(1)))
}

// TestGasCap: a transaction estimated above the cap is refused before it is
// sent, and the account's nonce is untouched.
func TestGasCap(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		p := n.params
		p.Settlement = e.addrs.Settlement
		p.GasLimitMax = 40_000
		c, err := NewClient(e.ctx, n.backend, e.key(e.poster), p)
		if err != nil {
			t.Fatal(err)
		}
		before, _ := n.backend.PendingNonceAt(e.ctx, c.Address())
		_, _, err = c.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: 1, Steps: 1, Budget: tokens(1), SettleDeadline: e.now().Add(time.Hour)})
		if !errors.Is(err, ErrGasCap) {
			t.Fatalf("err = %v; want ErrGasCap", err)
		}
		if after, _ := n.backend.PendingNonceAt(e.ctx, c.Address()); after != before {
			t.Fatalf("nonce moved from %d to %d", before, after)
		}
		p.GasLimitMax = n.params.GasLimitMax
		p.MaxFeePerGasWei = big.NewInt(1)
		c, _ = NewClient(e.ctx, n.backend, e.key(e.poster), p)
		if _, err := c.TransferToken(e.ctx, e.outsider.Address(), big.NewInt(1)); !errors.Is(err, ErrFeeCap) {
			t.Fatalf("err = %v; want ErrFeeCap", err)
		}
	})
}

// TestConcurrentNonces: many goroutines sending from one client get
// consecutive nonces, and a second process using the same key makes the
// client resynchronise rather than fail.
func TestConcurrentNonces(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		c := e.workers[0]
		start, err := n.backend.PendingNonceAt(e.ctx, c.Address())
		if err != nil {
			t.Fatal(err)
		}
		const senders = 12
		var wg sync.WaitGroup
		errs := make(chan error, senders)
		for range senders {
			wg.Go(func() {
				_, err := c.TransferToken(e.ctx, e.outsider.Address(), big.NewInt(1))
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if end, _ := n.backend.PendingNonceAt(e.ctx, c.Address()); end != start+senders {
			t.Fatalf("nonce %d after %d sends from %d", end, senders, start)
		}
		// Another client of the same key moves the nonce behind c's back.
		twin, err := NewClient(e.ctx, n.backend, e.key(c), c.p)
		if err != nil {
			t.Fatal(err)
		}
		e.tx(twin.TransferToken(e.ctx, e.outsider.Address(), big.NewInt(1)))
		e.tx(c.TransferToken(e.ctx, e.outsider.Address(), big.NewInt(1)))
	})
}

// TestMinedRevert: a transaction that passed its estimate but reverted once
// mined reports the contract's reason, found by replaying it.
func TestMinedRevert(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		c := e.outsider
		// Sent with a fixed gas limit and no estimate, as if the state had
		// changed between estimate and inclusion.
		to := c.settlement
		msg := ethereum.CallMsg{From: c.Address(), To: &to, Data: c.sc.PackWithdraw(big.NewInt(1)), Value: new(big.Int)}
		tx, err := c.send.sendAndWait(e.ctx, "withdraw", msg, 100_000)
		wantRevert(t, err, "InsufficientBalance")
		if tx == nil || tx.Receipt.Status != types.ReceiptStatusFailed {
			t.Fatalf("tx = %+v; want a mined, failed transaction", tx)
		}
	})
}

// TestMinedOutOfGas: a transaction mined with too little gas (the state
// changed after its estimate: a slot it writes went from zero to non-zero)
// reports ErrOutOfGas, not a revert without a reason.
func TestMinedOutOfGas(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		c := e.workers[0]
		data, err := c.tc.TryPackTransfer(e.outsider.Address(), big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		token := c.token
		msg := ethereum.CallMsg{From: c.Address(), To: &token, Data: data, Value: new(big.Int)}
		est, err := n.backend.EstimateGas(e.ctx, msg)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := c.send.sendAndWait(e.ctx, "transfer", msg, est-2_000)
		if !errors.Is(err, ErrOutOfGas) || tx == nil {
			t.Fatalf("a transfer mined with %d of its %d gas: %v; want ErrOutOfGas", est-2_000, est, err)
		}
	})
}

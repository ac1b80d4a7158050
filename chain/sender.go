package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/trainmesh/trainmesh/identity"
)

// Backend is what the client needs of a node. go-ethereum's *ethclient.Client
// (any JSON-RPC endpoint) and the simulated backend's client both satisfy it.
type Backend interface {
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// receiptSource is the part of a Backend that waiting for a receipt reads;
// tests script it to replay reorgs.
type receiptSource interface {
	ethereum.BlockNumberReader
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Tx is a mined, confirmed transaction.
type Tx struct {
	// Method is the contract method (or "deploy Settlement", "transfer").
	Method  string
	Hash    common.Hash
	Block   uint64
	GasUsed uint64
	// EffectiveGasPriceWei is what each unit of gas cost.
	EffectiveGasPriceWei *big.Int
	Receipt              *types.Receipt
}

// FeeWei is what the transaction cost its sender in the chain's native coin.
func (t *Tx) FeeWei() *big.Int {
	if t.EffectiveGasPriceWei == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(t.EffectiveGasPriceWei, new(big.Int).SetUint64(t.GasUsed))
}

// sender signs and sends one account's transactions: it hands out nonces,
// caps gas, and waits for confirmed receipts.
type sender struct {
	b       Backend
	key     *identity.Key
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	p       Params
	decode  func(method string, data []byte) error // revert data -> *RevertError

	// mu guards the following. It is held from nonce assignment until the
	// node accepted the transaction, so nonces enter the pool in order.
	mu         sync.Mutex
	nonce      uint64
	nonceKnown bool
	onTx       func(*Tx)
}

func newSender(b Backend, key *identity.Key, chainID *big.Int, p Params, decode func(string, []byte) error) *sender {
	return &sender{
		b: b, key: key, from: key.Address(), chainID: chainID,
		signer: types.LatestSignerForChainID(chainID), p: p, decode: decode,
	}
}

// transact estimates, signs, sends and waits for a call of `to` (nil:
// contract creation) with data.
func (s *sender) transact(ctx context.Context, method string, to *common.Address, data []byte, value *big.Int) (*Tx, error) {
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: s.from, To: to, Data: data, Value: value}
	est, err := s.b.EstimateGas(ctx, msg)
	if err != nil {
		return nil, s.callError(method, err)
	}
	if est > s.p.GasLimitMax {
		return nil, fmt.Errorf("%w: %s needs about %d gas, cap %d", ErrGasCap, method, est, s.p.GasLimitMax)
	}
	limit := min(est+est*s.p.GasMarginPercent/100+freshSlotGas, s.p.GasLimitMax)
	return s.sendAndWait(ctx, method, msg, limit)
}

// freshSlotGas is headroom for one storage slot that goes from zero to
// non-zero between the estimate and the block (SSTORE 20,000 plus a cold
// access 2,100): a poster's refund estimated while its balance slot held
// tokens costs 37k, but 54k if a withdrawal empties the slot first, more
// than a percentage margin of a small call adds.
const freshSlotGas = 22_100

// sendAndWait sends msg with a gas limit and waits for its confirmed receipt.
// A transaction that was mined but failed is replayed as a call on its block
// to learn why.
func (s *sender) sendAndWait(ctx context.Context, method string, msg ethereum.CallMsg, limit uint64) (*Tx, error) {
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := s.send(ctx, &types.DynamicFeeTx{
		ChainID: s.chainID, GasTipCap: tip, GasFeeCap: feeCap, Gas: limit, To: msg.To, Value: msg.Value, Data: msg.Data,
	})
	if err != nil {
		return nil, fmt.Errorf("chain: send %s: %w", method, err)
	}
	rcpt, err := waitReceipt(ctx, s.b, tx.Hash(), s.p.Confirmations, s.p.ReceiptTimeout, s.p.PollInterval)
	if err != nil {
		return nil, fmt.Errorf("chain: %s (tx %s): %w", method, tx.Hash(), err)
	}
	out := &Tx{
		Method: method, Hash: tx.Hash(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed,
		EffectiveGasPriceWei: rcpt.EffectiveGasPrice, Receipt: rcpt,
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		// The estimate passed but the transaction failed once mined: the
		// state changed in between. Replay it on the block it failed in.
		_, cerr := s.b.CallContract(ctx, msg, rcpt.BlockNumber)
		if cerr == nil {
			if rcpt.GasUsed >= limit {
				return out, fmt.Errorf("%w: %s used its whole limit of %d gas (tx %s)", ErrOutOfGas, method, limit, tx.Hash())
			}
			return out, &RevertError{Method: method}
		}
		return out, s.callError(method, cerr)
	}
	s.mu.Lock()
	hook := s.onTx
	s.mu.Unlock()
	if hook != nil {
		hook(out)
	}
	return out, nil
}

// send assigns a nonce, signs and hands the transaction to the node. If the
// node's nonce moved (another process used the key), it resynchronises once.
func (s *sender) send(ctx context.Context, inner *types.DynamicFeeTx) (*types.Transaction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.nonceKnown {
			n, err := s.b.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, fmt.Errorf("nonce of %s: %w", s.from, err)
			}
			s.nonce, s.nonceKnown = n, true
		}
		inner.Nonce = s.nonce
		tx, err := types.SignNewTx(s.key.ECDSA(), s.signer, inner)
		if err != nil {
			return nil, err
		}
		err = s.b.SendTransaction(ctx, tx)
		if err == nil {
			s.nonce++
			return tx, nil
		}
		if attempt == 0 && isNonceError(err) {
			s.nonceKnown = false
			continue
		}
		// A node's transaction pool catches up with a new head on a
		// goroutine of its own: an account funded in the block just mined
		// can be refused as penniless for a moment (geth --dev does it).
		// The estimate that came before passed against the head, so wait
		// for the pool a few times before believing it.
		if attempt < poolLagRetries && strings.Contains(err.Error(), "insufficient funds") {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(poolLagWait):
			}
			continue
		}
		// Whatever happened, ask the node next time rather than guess.
		s.nonceKnown = false
		return nil, err
	}
}

// poolLagRetries and poolLagWait bound the wait for a pool that lags the
// head (see send): a second at most.
const (
	poolLagRetries = 5
	poolLagWait    = 200 * time.Millisecond
)

func isNonceError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"nonce too low", "nonce too high", "already known", "replacement transaction underpriced"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// fees returns an EIP-1559 tip and fee cap: the node's suggested tip, and
// twice the latest base fee on top, which survives six full blocks of
// base-fee growth.
func (s *sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = s.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: suggest gas tip: %w", err)
	}
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: latest header: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if capWei := s.p.MaxFeePerGasWei; capWei != nil && capWei.Sign() > 0 && feeCap.Cmp(capWei) > 0 {
		if tip.Cmp(capWei) > 0 || base.Cmp(capWei) > 0 {
			return nil, nil, fmt.Errorf("%w: base fee %v + tip %v wei, cap %v", ErrFeeCap, base, tip, capWei)
		}
		feeCap = new(big.Int).Set(capWei)
	}
	return tip, feeCap, nil
}

// callError turns an error of eth_call or eth_estimateGas into a
// *RevertError when it carries revert data.
func (s *sender) callError(method string, err error) error {
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) {
		if hexData, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(hexData); derr == nil {
				return s.decode(method, data)
			}
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{Method: method}
	}
	return fmt.Errorf("chain: %s: %w", method, err)
}

// waitReceipt polls for the receipt of hash until `confirmations` blocks,
// counting its own, are on the chain and the receipt's block is still the
// canonical one at its height, or until timeout. A reorg that drops the
// transaction's block sends it back to waiting: the transaction is usually
// mined again in another block, and that receipt is the one returned.
func waitReceipt(ctx context.Context, src receiptSource, hash common.Hash, confirmations uint64, timeout, poll time.Duration) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	ticker := time.NewTicker(poll)
	defer ticker.Stop()
	var last error // the last transient error, reported on timeout
	for {
		rcpt, err := src.TransactionReceipt(ctx, hash)
		switch {
		case err == nil && rcpt != nil:
			ok, cerr := confirmed(ctx, src, rcpt, confirmations)
			if cerr == nil && ok {
				return rcpt, nil
			}
			last = cerr
		case err != nil && !errors.Is(err, ethereum.NotFound):
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil && ctx.Err() == context.DeadlineExceeded {
				return nil, fmt.Errorf("%w (%v; last error: %v)", ErrReceiptTimeout, timeout, last)
			}
			if ctx.Err() == context.DeadlineExceeded {
				return nil, fmt.Errorf("%w (%v)", ErrReceiptTimeout, timeout)
			}
			return nil, ctx.Err()
		case <-ticker.C:
		}
	}
}

// confirmed reports whether rcpt's block is canonical and buried under
// enough blocks.
func confirmed(ctx context.Context, src receiptSource, rcpt *types.Receipt, confirmations uint64) (bool, error) {
	head, err := src.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	block := rcpt.BlockNumber.Uint64()
	if head < block || head-block+1 < confirmations {
		return false, nil
	}
	hdr, err := src.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil {
		return false, err
	}
	return hdr.Hash() == rcpt.BlockHash, nil
}

package chain

import (
	"fmt"
	"math/big"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Params configures a Client. Every field has a default (DefaultParams) and is
// checked by Validate.
type Params struct {
	// RPCURL is the chain's JSON-RPC endpoint (http, https, ws or wss). Empty
	// selects the embedded chain: go-ethereum's simulated backend in this
	// process, started with the contracts deployed (see Dial).
	RPCURL string
	// ChainID is the chain the client expects; Dial fails with ErrWrongChain
	// if the endpoint serves another. 0 accepts any.
	ChainID uint64
	// Settlement is the address of the settlement contract. Dial requires
	// it with RPCURL; the embedded chain deploys its own.
	Settlement common.Address
	// Confirmations is how many blocks, counting the one that holds a
	// transaction, must be on the canonical chain before its receipt counts:
	// 1 accepts a receipt as soon as it is mined. Deeper settings survive
	// reorgs of that depth. 1 to 1024. The embedded chain never reorgs and
	// always uses 1.
	Confirmations uint64
	// ReceiptTimeout bounds the wait for a confirmed receipt, from sending.
	// (0, 1h].
	ReceiptTimeout time.Duration
	// PollInterval is how often the client asks the node for a receipt and
	// the chain head while it waits. (0, ReceiptTimeout].
	PollInterval time.Duration
	// GasLimitMax caps the gas limit of any transaction; a transaction whose
	// estimate exceeds it fails with ErrGasCap before it is sent. 21,000 to
	// 1,000,000,000 gas.
	GasLimitMax uint64
	// GasMarginPercent is headroom added to a gas estimate (state can change
	// between estimate and inclusion), before the cap applies. 0 to 100.
	GasMarginPercent uint64
	// MaxFeePerGasWei caps the fee per gas the client offers (base fee x 2 +
	// tip); nil or 0 means no cap. A transaction that would need more fails
	// with ErrFeeCap before it is sent.
	MaxFeePerGasWei *big.Int
}

// DefaultParams: the embedded chain; against an endpoint, 3 confirmations, a
// 2-minute receipt timeout polled every second, a 15M gas cap with 25%
// headroom.
func DefaultParams() Params {
	return Params{
		Confirmations:    3,
		ReceiptTimeout:   2 * time.Minute,
		PollInterval:     time.Second,
		GasLimitMax:      15_000_000,
		GasMarginPercent: 25,
	}
}

// Validate reports the first problem with p.
func (p *Params) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadParams, fmt.Sprintf(format, a...))
	}
	if p.RPCURL != "" {
		u, err := url.Parse(p.RPCURL)
		if err != nil {
			return bad("rpc url %q: %v", p.RPCURL, err)
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
		default:
			return bad("rpc url %q: want an http(s):// or ws(s):// URL", p.RPCURL)
		}
	}
	if p.Confirmations < 1 || p.Confirmations > 1024 {
		return bad("confirmations %d: want 1 to 1024", p.Confirmations)
	}
	if p.ReceiptTimeout <= 0 || p.ReceiptTimeout > time.Hour {
		return bad("receipt timeout %v: want more than 0 and at most 1h", p.ReceiptTimeout)
	}
	if p.PollInterval <= 0 || p.PollInterval > p.ReceiptTimeout {
		return bad("poll interval %v: want more than 0 and at most the receipt timeout", p.PollInterval)
	}
	if p.GasLimitMax < 21_000 || p.GasLimitMax > 1_000_000_000 {
		return bad("gas limit cap %d: want 21000 to 1e9", p.GasLimitMax)
	}
	if p.GasMarginPercent > 100 {
		return bad("gas margin %d%%: want 0 to 100", p.GasMarginPercent)
	}
	if p.MaxFeePerGasWei != nil && p.MaxFeePerGasWei.Sign() < 0 {
		return bad("max fee per gas is negative")
	}
	return nil
}

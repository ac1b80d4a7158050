package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/protocol"
)

// Settler is what a node needs of the settlement layer (PROTOCOL.md names it
// chain.Settler): escrow a job it posts, pin an award it won, settle or
// claim, challenge, report misbehaviour, and collect. *Client implements it
// on either backend; the embedded chain is cheap enough that tests of other
// packages use the real thing rather than a twin.
type Settler interface {
	Address() common.Address
	Domain() protocol.Domain
	Deposit(ctx context.Context, spec JobSpec) (common.Hash, *Tx, error)
	RegisterAward(ctx context.Context, award protocol.Award, posterSig []byte) (*Tx, error)
	Settle(ctx context.Context, payouts []Payout) (*Tx, error)
	Claim(ctx context.Context, award protocol.Award, posterSig []byte, winner common.Address, proof StepProof) (*Tx, error)
	ChallengeSteps(ctx context.Context, award protocol.Award, winner common.Address, proof StepProof) (*Tx, error)
	ChallengeFault(ctx context.Context, award protocol.Award, fault protocol.FaultAttestation, q Quorum) (*Tx, error)
	SlashEquivocation(ctx context.Context, e protocol.Equivocation) (*Tx, error)
	SlashFault(ctx context.Context, award protocol.Award, posterSig []byte, fault protocol.FaultAttestation, q Quorum) (*Tx, error)
	ReleaseAndWithdraw(ctx context.Context, jobIDs ...common.Hash) ([]*Tx, *big.Int, error)
	Refund(ctx context.Context, jobID common.Hash) (*Tx, error)
	Withdraw(ctx context.Context, amount *big.Int) (*Tx, error)
	Job(ctx context.Context, id common.Hash) (*Job, error)
	Credit(ctx context.Context, jobID common.Hash, member common.Address) (Credit, error)
	Balance(ctx context.Context, account common.Address) (*big.Int, error)
	StakeOf(ctx context.Context, provider common.Address) (StakeInfo, error)
	ContractParams(ctx context.Context) (ContractParams, error)
	HeadTime(ctx context.Context) (time.Time, error)
	ReceiptLogs(tx *Tx) []any
}

// HeadTime is the timestamp of the chain's latest block: what the
// contract's windows are measured against.
func (c *Client) HeadTime(ctx context.Context) (time.Time, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

var _ Settler = (*Client)(nil)

// ReleaseAndWithdraw releases the client's credits from jobIDs (skipped when
// none is given) and withdraws its whole balance. It returns the
// transactions and the amount paid out; with nothing to withdraw it sends
// nothing and returns 0.
func (c *Client) ReleaseAndWithdraw(ctx context.Context, jobIDs ...common.Hash) ([]*Tx, *big.Int, error) {
	var txs []*Tx
	if len(jobIDs) > 0 {
		tx, err := c.Release(ctx, c.Address(), jobIDs...)
		if err != nil {
			return txs, nil, err
		}
		txs = append(txs, tx)
	}
	bal, err := c.Balance(ctx, c.Address())
	if err != nil || bal.Sign() == 0 {
		return txs, new(big.Int), err
	}
	tx, err := c.Withdraw(ctx, bal)
	if err != nil {
		return txs, nil, err
	}
	return append(txs, tx), bal, nil
}

// TokenDecimals reads the stablecoin's decimals (6 for USDC and TestToken).
func (c *Client) TokenDecimals(ctx context.Context) (uint8, error) {
	out, err := c.call(ctx, "decimals", c.token, c.tc.PackDecimals())
	if err != nil {
		return 0, err
	}
	return c.tc.UnpackDecimals(out)
}

// ParseAmount reads a decimal amount of a token with the given decimals
// ("12.5" with 6 decimals is 12500000 base units).
func ParseAmount(s string, decimals uint8) (*big.Int, error) {
	s = strings.TrimSpace(s)
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		return nil, fmt.Errorf("%w: amount %q: want a decimal number such as 12.5", ErrBadParams, s)
	}
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%w: amount %q has more than %d decimals", ErrBadParams, s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("%w: amount %q: want a decimal number such as 12.5", ErrBadParams, s)
	}
	return v, nil
}

// FormatAmount writes base units as a decimal amount ("12.5").
func FormatAmount(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if len(s) <= int(decimals) {
		s = strings.Repeat("0", int(decimals)-len(s)+1) + s
	}
	whole, frac := s[:len(s)-int(decimals)], strings.TrimRight(s[len(s)-int(decimals):], "0")
	if neg {
		whole = "-" + whole
	}
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// String describes a transaction on one line, for logs and the demo.
func (t *Tx) String() string {
	return fmt.Sprintf("%-18s tx %s  block %d  gas %d", t.Method, t.Hash.Hex(), t.Block, t.GasUsed)
}

package chain

import (
	"errors"
	"fmt"
	"strings"
)

// Errors returned by this package. Callers match them with errors.Is; a
// contract revert also matches errors.As(err, **RevertError).
var (
	// ErrReverted reports a call or transaction the contract rejected. The
	// error is a *RevertError naming the contract's custom error.
	ErrReverted = errors.New("chain: reverted")
	// ErrReceiptTimeout reports a transaction that was sent but not mined
	// (or not confirmed deep enough) before Params.ReceiptTimeout. It may
	// still be mined later; its nonce stays used.
	ErrReceiptTimeout = errors.New("chain: no confirmed receipt before the timeout")
	// ErrGasCap reports a transaction whose gas estimate exceeds
	// Params.GasLimitMax.
	ErrGasCap = errors.New("chain: gas estimate above the cap")
	// ErrOutOfGas reports a transaction that was mined but ran out of the
	// gas its estimate (plus margin) gave it: the state changed between the
	// estimate and its block. Sending it again estimates afresh.
	ErrOutOfGas = errors.New("chain: transaction ran out of gas")
	// ErrFeeCap reports a fee per gas above Params.MaxFeePerGasWei.
	ErrFeeCap = errors.New("chain: fee per gas above the cap")
	// ErrWrongChain reports a node whose chain ID is not Params.ChainID.
	ErrWrongChain = errors.New("chain: the endpoint serves another chain")
	// ErrNoContract reports an address without the settlement contract.
	ErrNoContract = errors.New("chain: no settlement contract at the address")
	// ErrBadEvidence reports slashing evidence that would not verify.
	ErrBadEvidence = errors.New("chain: invalid evidence")
	// ErrNotMember reports an address that is not a member of the award.
	ErrNotMember = errors.New("chain: not a member of the award")
	// ErrNotSettled reports a job with no payout table yet (not settled),
	// or one whose table the chain's events do not rebuild.
	ErrNotSettled = errors.New("chain: job not settled")
	// ErrBadParams reports invalid Params.
	ErrBadParams = errors.New("chain: invalid params")
)

// RevertError is a contract revert decoded against the settlement and token
// ABIs: Name is the custom error (AlreadySlashed, WrongSigner, ...), Args its
// arguments, Data the raw revert data.
type RevertError struct {
	Method string
	Name   string
	Args   []any
	Data   []byte
}

func (e *RevertError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "chain: %s reverted", e.Method)
	switch {
	case e.Name != "":
		fmt.Fprintf(&b, ": %s", e.Name)
		if len(e.Args) > 0 {
			parts := make([]string, len(e.Args))
			for i, a := range e.Args {
				parts[i] = fmt.Sprintf("%v", a)
			}
			fmt.Fprintf(&b, "(%s)", strings.Join(parts, ", "))
		}
	case len(e.Data) > 0:
		fmt.Fprintf(&b, " with data %x", e.Data)
	default:
		b.WriteString(" without a reason")
	}
	return b.String()
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// RevertName returns the custom error name of a revert, or "" if err is not
// one.
func RevertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

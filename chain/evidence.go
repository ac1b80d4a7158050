package chain

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/protocol"
)

// CheckEquivocation verifies the evidence off-chain exactly as the contract
// will: well-formed messages, one slot, different messages (e.Open), both
// signed under d by the address the messages name. It returns that address,
// the offender. Submitting evidence that fails the check only burns gas.
func CheckEquivocation(d protocol.Domain, e protocol.Equivocation) (common.Address, error) {
	ma, mb, signer, err := e.Open()
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadEvidence, err)
	}
	who := common.Address(signer)
	for i, pair := range []struct {
		m   protocol.Struct
		sig []byte
	}{{ma, e.SigA}, {mb, e.SigB}} {
		got, err := Recover(d, pair.m, pair.sig)
		if err != nil {
			return common.Address{}, fmt.Errorf("%w: signature %d: %w", ErrBadEvidence, i+1, err)
		}
		if got != who {
			return common.Address{}, fmt.Errorf("%w: signature %d is by %s, not %s", ErrBadEvidence, i+1, got, who)
		}
	}
	return who, nil
}

package node

import (
	"errors"
	"fmt"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/protocol"
)

// TrainTopic is the gossip topic of one job's training group: the members'
// signed StepReceipts, which the poster settles with and a winner claims
// with when the poster is gone (PROTOCOL.md, "Training gossip").
func TrainTopic(job auction.Hash) string { return "trainmesh/train/1/" + job.Hex() }

// Receipt is a member's signed StepReceipt: it completed steps 1..Step with
// parameters hashing to ParamsHash. It is EIP-712 typed data under the
// settlement contract's domain, so the contract checks these very bytes.
type Receipt struct {
	protocol.StepReceipt
	Sig []byte
}

// Wire format of a receipt: a kind byte, the ABI encoding of the fields in
// type-string order, the 65-byte signature.
const (
	receiptKind    = 1
	receiptWireLen = 1 + protocol.ReceiptABILen + protocol.SignatureLen
)

// Errors of receipts.
var (
	// ErrReceipt: a receipt that does not decode or verify.
	ErrReceipt = errors.New("node: bad step receipt")
)

// Readiness: a member announces on the training topic that its ring
// endpoint for the job exists, so that no member starts forming the ring
// (and drops as unreachable a member still fetching its shard) before all
// can answer. The gossip author, checked by gossipsub's strict signing, is
// who is ready; the message is a kind byte and the job ID.
const (
	readyKind    = 2
	readyWireLen = 1 + 32
)

// ErrReady: a readiness message that does not decode.
var ErrReady = errors.New("node: bad readiness message")

func encodeReady(job auction.Hash) []byte { return append([]byte{readyKind}, job[:]...) }

// DecodeReady parses a readiness message and returns its job.
func DecodeReady(b []byte) (auction.Hash, error) {
	var h auction.Hash
	if len(b) != readyWireLen || b[0] != readyKind {
		return h, fmt.Errorf("%w: %d bytes", ErrReady, len(b))
	}
	copy(h[:], b[1:])
	return h, nil
}

// Encode returns the receipt's wire form.
func (r *Receipt) Encode() []byte {
	b := make([]byte, 0, receiptWireLen)
	b = append(b, receiptKind)
	b = r.AppendABI(b)
	return append(b, r.Sig...)
}

// DecodeReceipt parses a receipt's wire form. It checks the encoding only;
// Verify checks the signature.
func DecodeReceipt(b []byte) (*Receipt, error) {
	if len(b) != receiptWireLen {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrReceipt, len(b), receiptWireLen)
	}
	if b[0] != receiptKind {
		return nil, fmt.Errorf("%w: kind %d", ErrReceipt, b[0])
	}
	sr, err := protocol.DecodeStepReceipt(b[1 : 1+protocol.ReceiptABILen])
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrReceipt, err)
	}
	sig := b[1+protocol.ReceiptABILen:]
	if v := sig[64]; v != 27 && v != 28 {
		return nil, fmt.Errorf("%w: signature v = %d", ErrReceipt, v)
	}
	return &Receipt{StepReceipt: *sr, Sig: append([]byte(nil), sig...)}, nil
}

// Verify checks that the receipt was signed under d by its member.
func (r *Receipt) Verify(d protocol.Domain) error {
	who, err := chain.Recover(d, r.StepReceipt, r.Sig)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrReceipt, err)
	}
	if protocol.Address(who) != r.Member {
		return fmt.Errorf("%w: signed by %s, names member %s", ErrReceipt, who, r.Member)
	}
	return nil
}

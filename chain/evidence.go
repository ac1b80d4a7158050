package chain

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/identity"
)

// EvidenceKind numbers the kinds of equivocation (PROTOCOL.md).
type EvidenceKind uint8

// Equivocation kinds and their slots.
const (
	KindBidCommit   EvidenceKind = 1 // slot (jobId, bidder)
	KindBidReveal   EvidenceKind = 2 // slot (jobId, bidder)
	KindStepReceipt EvidenceKind = 3 // slot (jobId, member, step)
	// KindFault is the contract's namespace for fault slashes (one per job
	// and accused member); it is not an equivocation kind.
	KindFault EvidenceKind = 4
)

func (k EvidenceKind) String() string {
	switch k {
	case KindBidCommit:
		return "BidCommit"
	case KindBidReveal:
		return "BidReveal"
	case KindStepReceipt:
		return "StepReceipt"
	case KindFault:
		return "Fault"
	}
	return fmt.Sprintf("EvidenceKind(%d)", uint8(k))
}

// Equivocation is slashing evidence: two different messages of one kind that
// one key signed for one slot. Msg is the ABI encoding of a message's fields
// in type-string order (BidCommit.Fields, say) and Sig its 65-byte signature:
// exactly what goes on-chain.
//
// Auction code that holds two conflicting signed messages builds one with
// NewEquivocation; on the wire (PROTOCOL.md: kind byte, fields, signature)
// the fields are the bytes between the kind byte and the last 65 bytes.
type Equivocation struct {
	Kind EvidenceKind
	MsgA []byte
	SigA []byte
	MsgB []byte
	SigB []byte
}

// Evidence is a message that can be half of an equivocation.
type Evidence interface {
	Message
	Fields() []byte
}

// NewEquivocation pairs two signed messages of the same Go type.
func NewEquivocation(a Evidence, sigA []byte, b Evidence, sigB []byte) (Equivocation, error) {
	kind, err := kindOf(a)
	if err != nil {
		return Equivocation{}, err
	}
	if kb, _ := kindOf(b); kb != kind {
		return Equivocation{}, fmt.Errorf("%w: messages of different kinds", ErrBadEvidence)
	}
	return Equivocation{Kind: kind, MsgA: a.Fields(), SigA: sigA, MsgB: b.Fields(), SigB: sigB}, nil
}

func kindOf(m Evidence) (EvidenceKind, error) {
	switch m.(type) {
	case BidCommit, *BidCommit:
		return KindBidCommit, nil
	case BidReveal, *BidReveal:
		return KindBidReveal, nil
	case StepReceipt, *StepReceipt:
		return KindStepReceipt, nil
	}
	return 0, fmt.Errorf("%w: %T cannot equivocate", ErrBadEvidence, m)
}

// slotOf decodes msg as kind and returns its message and slot.
func slotOf(kind EvidenceKind, msg []byte) (Message, common.Address, string, error) {
	switch kind {
	case KindBidCommit:
		m, err := DecodeBidCommit(msg)
		return m, m.Bidder, fmt.Sprintf("%x/%x", m.JobID, m.Bidder), err
	case KindBidReveal:
		m, err := DecodeBidReveal(msg)
		return m, m.Bidder, fmt.Sprintf("%x/%x", m.JobID, m.Bidder), err
	case KindStepReceipt:
		m, err := DecodeStepReceipt(msg)
		return m, m.Member, fmt.Sprintf("%x/%x/%d", m.JobID, m.Member, m.Step), err
	}
	return nil, common.Address{}, "", fmt.Errorf("%w: unknown kind %d", ErrBadEvidence, kind)
}

// Check verifies the evidence off-chain exactly as the contract will:
// well-formed messages, one slot, different messages, both signed under d by
// the address the messages name. It returns that address, the offender.
// Submitting evidence that fails Check only burns gas.
func (e Equivocation) Check(d Domain) (common.Address, error) {
	ma, who, slotA, err := slotOf(e.Kind, e.MsgA)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: first message: %w", ErrBadEvidence, err)
	}
	mb, _, slotB, err := slotOf(e.Kind, e.MsgB)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: second message: %w", ErrBadEvidence, err)
	}
	if slotA != slotB {
		return common.Address{}, fmt.Errorf("%w: messages are for different slots", ErrBadEvidence)
	}
	if bytes.Equal(e.MsgA, e.MsgB) {
		return common.Address{}, fmt.Errorf("%w: the two messages are the same", ErrBadEvidence)
	}
	for i, pair := range []struct {
		m   Message
		sig []byte
	}{{ma, e.SigA}, {mb, e.SigB}} {
		got, err := d.Recover(pair.m, pair.sig)
		if err != nil {
			return common.Address{}, fmt.Errorf("%w: signature %d: %w", ErrBadEvidence, i+1, err)
		}
		if got != who {
			return common.Address{}, fmt.Errorf("%w: signature %d is by %s, not %s", ErrBadEvidence, i+1, got, who)
		}
	}
	return who, nil
}

// SplitSigned splits a signed message as PROTOCOL.md puts it on the wire,
// after its kind byte (fields ‖ 65-byte signature), into its two parts.
func SplitSigned(b []byte) (fields, sig []byte, err error) {
	if len(b) < identity.SignatureLen {
		return nil, nil, fmt.Errorf("%w: %d bytes, shorter than a signature", ErrBadMessage, len(b))
	}
	cut := len(b) - identity.SignatureLen
	return b[:cut:cut], b[cut:], nil
}

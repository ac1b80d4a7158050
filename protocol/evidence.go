package protocol

import (
	"bytes"
	"fmt"
)

// EvidenceKind numbers the kinds of equivocation (PROTOCOL.md,
// "Equivocation"): the slot kind the contract's slashEquivocation takes and
// its slash-key namespace.
type EvidenceKind uint8

// Equivocation kinds and their slots. The values are the contract's KIND_*
// constants.
const (
	EvidenceCommit  EvidenceKind = 1 // BidCommit; slot (jobId, bidder)
	EvidenceReveal  EvidenceKind = 2 // BidReveal; slot (jobId, bidder)
	EvidenceReceipt EvidenceKind = 3 // StepReceipt; slot (jobId, member, step)
	// EvidenceFault is the contract's namespace for fault slashes (one per
	// job and accused member); it is not an equivocation kind.
	EvidenceFault EvidenceKind = 4
)

func (k EvidenceKind) String() string {
	switch k {
	case EvidenceCommit:
		return "commit"
	case EvidenceReveal:
		return "reveal"
	case EvidenceReceipt:
		return "receipt"
	case EvidenceFault:
		return "fault"
	}
	return fmt.Sprintf("EvidenceKind(%d)", uint8(k))
}

// TypeName is the EIP-712 type of the messages of an equivocation of kind k
// ("BidCommit", ...), or "" for a kind that is not one.
func (k EvidenceKind) TypeName() string {
	switch k {
	case EvidenceCommit:
		return "BidCommit"
	case EvidenceReveal:
		return "BidReveal"
	case EvidenceReceipt:
		return "StepReceipt"
	}
	return ""
}

// Evidence is two different auction messages signed by one key for one slot
// (jobId, bidder), as the auction core holds them.
type Evidence struct {
	Kind   EvidenceKind
	JobID  Hash
	Signer Address
	// First and Second are the two signed messages, in the order this peer
	// saw them.
	First, Second Signed
}

// Equivocation returns the evidence in the form the contract takes it.
func (e *Evidence) Equivocation() Equivocation {
	return Equivocation{
		Kind: e.Kind,
		MsgA: e.First.Msg.AppendABI(nil), SigA: append([]byte(nil), e.First.Sig[:]...),
		MsgB: e.Second.Msg.AppendABI(nil), SigB: append([]byte(nil), e.Second.Sig[:]...),
	}
}

// Check reports whether e is well formed: two different messages of the
// evidence's kind, for the same slot. It does not check signatures (this
// package cannot recover keys; auction/wire.VerifyEvidence does both).
func (e *Evidence) Check() error {
	want := KindCommit
	if e.Kind == EvidenceReveal {
		want = KindReveal
	} else if e.Kind != EvidenceCommit {
		return fmt.Errorf("%w: evidence kind %d", ErrMalformed, e.Kind)
	}
	a, b := e.First.Msg, e.Second.Msg
	switch {
	case a == nil || b == nil || a.Kind() != want || b.Kind() != want:
		return fmt.Errorf("%w: evidence of kind %v holds other messages", ErrMalformed, e.Kind)
	case a.Job() != e.JobID || b.Job() != e.JobID || a.Signer() != e.Signer || b.Signer() != e.Signer:
		return fmt.Errorf("%w: evidence messages are for different slots", ErrMalformed)
	case SameMessage(a, b):
		return fmt.Errorf("%w: evidence messages are equal", ErrMalformed)
	}
	return nil
}

// Equivocation is slashing evidence as the contract takes it: two different
// messages of one kind that one key signed for one slot. MsgA and MsgB are
// the ABI encodings of the messages' fields in type-string order
// (AppendABI), SigA and SigB their 65-byte signatures. On the wire
// (PROTOCOL.md: kind byte, fields, signature) the fields are the bytes
// between the kind byte and the last 65 bytes (SplitSigned).
type Equivocation struct {
	Kind EvidenceKind
	MsgA []byte
	SigA []byte
	MsgB []byte
	SigB []byte
}

// NewEquivocation pairs two signed messages of the same type: BidCommit,
// BidReveal or StepReceipt (values or pointers).
func NewEquivocation(a Struct, sigA []byte, b Struct, sigB []byte) (Equivocation, error) {
	kind, err := evidenceKindOf(a)
	if err != nil {
		return Equivocation{}, err
	}
	if kb, _ := evidenceKindOf(b); kb != kind {
		return Equivocation{}, fmt.Errorf("%w: evidence messages of different kinds", ErrMalformed)
	}
	return Equivocation{Kind: kind, MsgA: a.AppendABI(nil), SigA: sigA, MsgB: b.AppendABI(nil), SigB: sigB}, nil
}

func evidenceKindOf(m Struct) (EvidenceKind, error) {
	switch m.(type) {
	case BidCommit, *BidCommit:
		return EvidenceCommit, nil
	case BidReveal, *BidReveal:
		return EvidenceReveal, nil
	case StepReceipt, *StepReceipt:
		return EvidenceReceipt, nil
	}
	return 0, fmt.Errorf("%w: %T cannot equivocate", ErrMalformed, m)
}

// slotOf decodes msg as kind and returns the message, its signer and its
// slot.
func slotOf(kind EvidenceKind, msg []byte) (Struct, Address, string, error) {
	switch kind {
	case EvidenceCommit:
		m, err := DecodeCommit(msg)
		if err != nil {
			return nil, Address{}, "", err
		}
		return m, m.Bidder, fmt.Sprintf("%x/%x", m.JobID, m.Bidder), nil
	case EvidenceReveal:
		m, err := DecodeReveal(msg)
		if err != nil {
			return nil, Address{}, "", err
		}
		return m, m.Bidder, fmt.Sprintf("%x/%x", m.JobID, m.Bidder), nil
	case EvidenceReceipt:
		m, err := DecodeStepReceipt(msg)
		if err != nil {
			return nil, Address{}, "", err
		}
		return m, m.Member, fmt.Sprintf("%x/%x/%d", m.JobID, m.Member, m.Step), nil
	}
	return nil, Address{}, "", fmt.Errorf("%w: unknown evidence kind %d", ErrMalformed, kind)
}

// Open decodes both messages and checks everything about the evidence the
// contract checks except the signatures: well-formed messages of its kind,
// one slot, different messages. It returns the two messages and the address
// both must be signed by, the offender; the caller recovers the signers
// (chain.CheckEquivocation).
func (e Equivocation) Open() (a, b Struct, signer Address, err error) {
	a, signer, slotA, err := slotOf(e.Kind, e.MsgA)
	if err != nil {
		return nil, nil, Address{}, fmt.Errorf("first message: %w", err)
	}
	b, _, slotB, err := slotOf(e.Kind, e.MsgB)
	if err != nil {
		return nil, nil, Address{}, fmt.Errorf("second message: %w", err)
	}
	if slotA != slotB {
		return nil, nil, Address{}, fmt.Errorf("%w: evidence messages are for different slots", ErrMalformed)
	}
	if bytes.Equal(e.MsgA, e.MsgB) {
		return nil, nil, Address{}, fmt.Errorf("%w: the two messages are the same", ErrMalformed)
	}
	return a, b, signer, nil
}

// SplitSigned splits a signed message as PROTOCOL.md puts it on the wire,
// after its kind byte (fields ‖ 65-byte signature), into its two parts.
func SplitSigned(b []byte) (fields, sig []byte, err error) {
	if len(b) < SignatureLen {
		return nil, nil, fmt.Errorf("%w: %d bytes, shorter than a signature", ErrMalformed, len(b))
	}
	cut := len(b) - SignatureLen
	return b[:cut:cut], b[cut:], nil
}

package auction

import "fmt"

// EvidenceKind is the equivocation slot kind of PROTOCOL.md.
type EvidenceKind uint8

// Equivocation kinds (PROTOCOL.md, "Equivocation"). 3 (StepReceipt) belongs
// to training and is not produced here.
const (
	EvidenceCommit EvidenceKind = 1
	EvidenceReveal EvidenceKind = 2
)

func (k EvidenceKind) String() string {
	switch k {
	case EvidenceCommit:
		return "commit"
	case EvidenceReveal:
		return "reveal"
	}
	return fmt.Sprintf("EvidenceKind(%d)", uint8(k))
}

// Evidence is two different messages signed by one key for one slot
// (jobId, bidder): what the chain's slashing call takes.
type Evidence struct {
	Kind   EvidenceKind
	JobID  Hash
	Signer Address
	// First and Second are the two signed messages, in the order this peer
	// saw them.
	First, Second Signed
}

// Submission returns, for each message, the ABI encoding of its fields in
// type-string order and its 65-byte signature, as the contract takes them
// (PROTOCOL.md).
func (e *Evidence) Submission() (first, firstSig, second, secondSig []byte) {
	return e.First.Msg.AppendABI(nil), e.First.Sig[:], e.Second.Msg.AppendABI(nil), e.Second.Sig[:]
}

// Check reports whether e is well formed: two different messages of the
// evidence's kind, for the same slot. It does not check signatures (the
// core cannot recover keys; auction/wire.VerifyEvidence does both).
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
	case sameMessage(a, b):
		return fmt.Errorf("%w: evidence messages are equal", ErrMalformed)
	}
	return nil
}

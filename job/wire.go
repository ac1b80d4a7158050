package job

import (
	"errors"
	"fmt"

	"github.com/trainmesh/trainmesh/protocol"
)

// The training topic's wire format (PROTOCOL.md, "Training gossip"): a kind
// byte, then a signed step receipt or a readiness message. What arrives
// comes from anyone; these decoders check the encoding only, and the shell
// checks a receipt's signature against its member.

// Message kinds: the first byte of a training topic message.
const (
	// KindReceipt: the ABI encoding of a StepReceipt's fields in
	// type-string order, then the 65-byte signature.
	KindReceipt = 1
	// KindReady: a member announces that its ring endpoint for the job
	// exists, so that no member starts forming the ring (and drops as
	// unreachable a member still fetching its shard) before all can
	// answer. The gossip author, checked by gossipsub's strict signing, is
	// who is ready; the message is the kind byte and the job ID.
	KindReady = 2

	receiptWireLen = 1 + protocol.ReceiptABILen + protocol.SignatureLen
	readyWireLen   = 1 + 32
)

// KindEquivocation: a follower's evidence that a member signed two
// different receipts for one step (PeerEquivocation): the kind byte, then
// each receipt's wire form (KindReceipt, 226 bytes). Anyone may publish
// it: it stands on the member's two signatures, which the shell checks.
const KindEquivocation = 10

const equivocationWireLen = 1 + 2*receiptWireLen

// ErrReady: a readiness message that does not decode.
var ErrReady = errors.New("job: bad readiness message")

// EncodeReady returns the readiness message for job.
func EncodeReady(job Hash) []byte { return append([]byte{KindReady}, job[:]...) }

// DecodeReady parses a readiness message and returns its job.
func DecodeReady(b []byte) (Hash, error) {
	var h Hash
	if len(b) != readyWireLen || b[0] != KindReady {
		return h, fmt.Errorf("%w: %d bytes", ErrReady, len(b))
	}
	copy(h[:], b[1:])
	return h, nil
}

// Encode returns the receipt's wire form.
func (r *Receipt) Encode() []byte {
	b := make([]byte, 0, receiptWireLen)
	b = append(b, KindReceipt)
	b = r.AppendABI(b)
	return append(b, r.Sig[:]...)
}

// DecodeReceipt parses a receipt's wire form. It checks the encoding only,
// not the signature.
func DecodeReceipt(b []byte) (*Receipt, error) {
	if len(b) != receiptWireLen {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrReceipt, len(b), receiptWireLen)
	}
	if b[0] != KindReceipt {
		return nil, fmt.Errorf("%w: kind %d", ErrReceipt, b[0])
	}
	sr, err := protocol.DecodeStepReceipt(b[1 : 1+protocol.ReceiptABILen])
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrReceipt, err)
	}
	r := &Receipt{StepReceipt: *sr}
	copy(r.Sig[:], b[1+protocol.ReceiptABILen:])
	if v := r.Sig[64]; v != 27 && v != 28 {
		return nil, fmt.Errorf("%w: signature v = %d", ErrReceipt, v)
	}
	return r, nil
}

// Encode returns the evidence's wire form (KindEquivocation).
func (e *Evidence) Encode() []byte {
	b := make([]byte, 0, equivocationWireLen)
	b = append(b, KindEquivocation)
	b = append(b, e.First.Encode()...)
	return append(b, e.Second.Encode()...)
}

// DecodeEquivocation parses a KindEquivocation message strictly: two
// receipts that decode (DecodeReceipt: the encoding only, not the
// signatures), of one job, member and step, that differ.
func DecodeEquivocation(b []byte) (*Evidence, error) {
	if len(b) != equivocationWireLen || b[0] != KindEquivocation {
		return nil, fmt.Errorf("%w: equivocation evidence of %d bytes, want %d", ErrReceipt, len(b), equivocationWireLen)
	}
	r1, err := DecodeReceipt(b[1 : 1+receiptWireLen])
	if err != nil {
		return nil, err
	}
	r2, err := DecodeReceipt(b[1+receiptWireLen:])
	if err != nil {
		return nil, err
	}
	if r1.JobID != r2.JobID || r1.Member != r2.Member || r1.Step != r2.Step || r1.StepReceipt == r2.StepReceipt {
		return nil, fmt.Errorf("%w: equivocation evidence that is not two receipts of one member for one step", ErrReceipt)
	}
	return &Evidence{Member: r1.Member, Step: r1.Step, First: *r1, Second: *r2}, nil
}

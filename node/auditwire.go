package node

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/trainmesh/trainmesh/protocol"
)

// Verified work's messages on a job's training topic (PROTOCOL.md,
// "Training gossip"), after package job's receipt (kind 1) and readiness
// (kind 2): a kind byte, then the message. Each is signed under the
// settlement contract's EIP-712 domain; these decoders check the encoding
// only, and the topic's validator the signature against the award.
const (
	// kindAudit: an Audit's ABI fields (protocol.AuditABILen bytes) and
	// the verifier's 65-byte signature.
	kindAudit = 3
	// kindEvidence: a WorkEvidence's encoding (protocol.WorkEvidence.Encode,
	// which carries the verifier's signature over its Statement).
	kindEvidence = 4
	// kindAttestation: a FaultAttestation's ABI fields
	// (protocol.FaultABILen bytes) and the re-checker's 65-byte signature.
	kindAttestation = 5
)

// ErrAuditWire: a verified-work message that does not decode.
var ErrAuditWire = errors.New("node: bad verified-work message")

// signedAudit is an Audit with its verifier's signature.
type signedAudit struct {
	protocol.Audit
	Sig [protocol.SignatureLen]byte
}

// signedAttestation is a FaultAttestation with its signer's signature; the
// signer is recovered from it.
type signedAttestation struct {
	protocol.FaultAttestation
	Sig [protocol.SignatureLen]byte
}

func encodeAudit(a signedAudit) []byte {
	b := append([]byte{kindAudit}, a.AppendABI(nil)...)
	return append(b, a.Sig[:]...)
}

func decodeAudit(b []byte) (*signedAudit, error) {
	if len(b) != 1+protocol.AuditABILen+protocol.SignatureLen || b[0] != kindAudit {
		return nil, fmt.Errorf("%w: audit of %d bytes", ErrAuditWire, len(b))
	}
	a, err := protocol.DecodeAudit(b[1 : 1+protocol.AuditABILen])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAuditWire, err)
	}
	out := &signedAudit{Audit: *a}
	copy(out.Sig[:], b[1+protocol.AuditABILen:])
	return out, checkV(out.Sig)
}

func encodeEvidence(e *protocol.WorkEvidence) []byte {
	return append([]byte{kindEvidence}, e.Encode()...)
}

func decodeEvidence(b []byte) (*protocol.WorkEvidence, error) {
	if len(b) < 1 || b[0] != kindEvidence {
		return nil, fmt.Errorf("%w: not evidence", ErrAuditWire)
	}
	e, err := protocol.DecodeWorkEvidence(b[1:])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrAuditWire, err)
	}
	return e, checkV(e.Sig)
}

func encodeAttestation(a signedAttestation) []byte {
	b := append([]byte{kindAttestation}, a.AppendABI(nil)...)
	return append(b, a.Sig[:]...)
}

// decodeAttestation parses a signed FaultAttestation: five ABI words
// (jobId, accused, fault, step, evidenceHash), each number and address
// left-padded with zeros, then the signature.
func decodeAttestation(b []byte) (*signedAttestation, error) {
	if len(b) != 1+protocol.FaultABILen+protocol.SignatureLen || b[0] != kindAttestation {
		return nil, fmt.Errorf("%w: attestation of %d bytes", ErrAuditWire, len(b))
	}
	w := b[1:]
	word := func(i int) []byte { return w[32*i : 32*(i+1)] }
	zero := func(p []byte) bool {
		for _, x := range p {
			if x != 0 {
				return false
			}
		}
		return true
	}
	if !zero(word(1)[:12]) || !zero(word(2)[:31]) || !zero(word(3)[:24]) {
		return nil, fmt.Errorf("%w: attestation fields not padded with zeros", ErrAuditWire)
	}
	a := &signedAttestation{}
	copy(a.JobID[:], word(0))
	copy(a.Accused[:], word(1)[12:])
	a.Fault = word(2)[31]
	a.Step = binary.BigEndian.Uint64(word(3)[24:])
	copy(a.EvidenceHash[:], word(4))
	copy(a.Sig[:], w[protocol.FaultABILen:])
	return a, checkV(a.Sig)
}

// checkV refuses a signature whose recovery byte is not 27 or 28 (the
// form every signer here makes and the contract takes).
func checkV(sig [protocol.SignatureLen]byte) error {
	if v := sig[64]; v != 27 && v != 28 {
		return fmt.Errorf("%w: signature v = %d", ErrAuditWire, v)
	}
	return nil
}

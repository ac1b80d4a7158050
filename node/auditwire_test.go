package node

import (
	"bytes"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

// TestAuditWireRoundTrip: each verified-work message decodes to what was
// encoded; a wrong kind, length or padding is refused.
func TestAuditWireRoundTrip(t *testing.T) {
	sig := [protocol.SignatureLen]byte{64: 27}
	a := signedAudit{Audit: protocol.Audit{JobID: protocol.Hash{1}, Verifier: protocol.Address{2}, Member: protocol.Address{3}, Step: 17, LeafHash: protocol.Hash{4}, OK: true}, Sig: sig}
	if got, err := decodeAudit(encodeAudit(a)); err != nil || *got != a {
		t.Errorf("audit: %+v, %v", got, err)
	}
	f := signedAttestation{FaultAttestation: protocol.FaultAttestation{JobID: protocol.Hash{1}, Accused: protocol.Address{3}, Fault: protocol.FaultWrongResult, Step: 17, EvidenceHash: protocol.Hash{5}}, Sig: sig}
	if got, err := decodeAttestation(encodeAttestation(f)); err != nil || *got != f {
		t.Errorf("attestation: %+v, %v", got, err)
	}
	bad := encodeAttestation(f)
	bad[1+32+2] = 1 // the accused's padding
	if _, err := decodeAttestation(bad); err == nil {
		t.Error("an attestation with a dirty padding decodes")
	}
	if _, err := decodeAudit(encodeAttestation(f)); err == nil {
		t.Error("an attestation decodes as an audit")
	}
	if _, err := decodeEvidence([]byte{kindEvidence, 1, 2}); err == nil {
		t.Error("truncated evidence decodes")
	}
}

func FuzzDecodeAuditWire(f *testing.F) {
	sig := [protocol.SignatureLen]byte{64: 28}
	f.Add(encodeAudit(signedAudit{Audit: protocol.Audit{Step: 3, OK: true}, Sig: sig}))
	f.Add(encodeAttestation(signedAttestation{FaultAttestation: protocol.FaultAttestation{Fault: 2, Step: 9}, Sig: sig}))
	f.Add([]byte{kindEvidence, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		if a, err := decodeAudit(b); err == nil && !bytes.Equal(encodeAudit(*a), b) {
			t.Fatal("audit re-encodes differently")
		}
		if a, err := decodeAttestation(b); err == nil && !bytes.Equal(encodeAttestation(*a), b) {
			t.Fatal("attestation re-encodes differently")
		}
		if e, err := decodeEvidence(b); err == nil && !bytes.Equal(encodeEvidence(e), b) {
			t.Fatal("evidence re-encodes differently")
		}
	})
}

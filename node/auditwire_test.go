package node

import (
	"bytes"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
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

// TestSeatStatementSigned: a seat statement signed by its standby under
// the settlement domain and published by it decodes; one signed by
// another key (forged), published by another peer, of another job, or
// signed under another domain is rejected with job.ErrSeat.
func TestSeatStatementSigned(t *testing.T) {
	standby, other := mustKey(t), mustKey(t)
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{9}}
	jobID := protocol.Hash{7}
	st := job.SeatStatement{JobID: jobID, Standby: protocol.Address(standby.Address()), Seat: 1, From: 12}
	sign := func(k *identity.Key, d protocol.Domain, st job.SeatStatement) []byte {
		sig, err := chain.Sign(k, d, st)
		if err != nil {
			t.Fatal(err)
		}
		s := job.SignedSeat{SeatStatement: st, Sig: [protocol.SignatureLen]byte(sig)}
		return s.Encode()
	}
	got, err := decodeSignedSeat(dom, jobID, standby.PeerID(), sign(standby, dom, st))
	if err != nil || got.SeatStatement != st {
		t.Fatalf("decodeSignedSeat = %+v, %v", got, err)
	}
	otherJob := st
	otherJob.JobID = protocol.Hash{8}
	for _, tt := range []struct {
		name   string
		author *identity.Key
		data   []byte
	}{
		{"forged: signed by another key", standby, sign(other, dom, st)},
		{"published by another peer", other, sign(standby, dom, st)},
		{"of another job", standby, sign(standby, dom, otherJob)},
		{"under another domain", standby, sign(standby, protocol.Domain{ChainID: 1}, st)},
		{"truncated", standby, sign(standby, dom, st)[:100]},
	} {
		if _, err := decodeSignedSeat(dom, jobID, tt.author.PeerID(), tt.data); !errors.Is(err, job.ErrSeat) {
			t.Errorf("%s: %v; want job.ErrSeat", tt.name, err)
		}
	}
}

// TestDeclineSigned: an audit's decline signed by its verifier under the
// settlement domain and published by it decodes; one signed by another
// key (forged), published by another peer, of another job, or signed
// under another domain is rejected with job.ErrDecline.
func TestDeclineSigned(t *testing.T) {
	verifier, other := mustKey(t), mustKey(t)
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{9}}
	jobID := protocol.Hash{7}
	d := job.Decline{JobID: jobID, Verifier: protocol.Address(verifier.Address()), Member: protocol.Address{0xa0, 1}, Step: 12, Reason: job.DeclineUnavailable}
	sign := func(k *identity.Key, dm protocol.Domain, d job.Decline) []byte {
		sig, err := chain.Sign(k, dm, d)
		if err != nil {
			t.Fatal(err)
		}
		s := job.SignedDecline{Decline: d, Sig: [protocol.SignatureLen]byte(sig)}
		return s.Encode()
	}
	got, err := decodeSignedDecline(dom, jobID, verifier.PeerID(), sign(verifier, dom, d))
	if err != nil || got.Decline != d {
		t.Fatalf("decodeSignedDecline = %+v, %v", got, err)
	}
	otherJob := d
	otherJob.JobID = protocol.Hash{8}
	for _, tt := range []struct {
		name   string
		author *identity.Key
		data   []byte
	}{
		{"forged: signed by another key", verifier, sign(other, dom, d)},
		{"published by another peer", other, sign(verifier, dom, d)},
		{"of another job", verifier, sign(verifier, dom, otherJob)},
		{"under another domain", verifier, sign(verifier, protocol.Domain{ChainID: 1}, d)},
		{"truncated", verifier, sign(verifier, dom, d)[:100]},
	} {
		if _, err := decodeSignedDecline(dom, jobID, tt.author.PeerID(), tt.data); !errors.Is(err, job.ErrDecline) {
			t.Errorf("%s: %v; want job.ErrDecline", tt.name, err)
		}
	}
}

// TestRejoinWitnessSigned: a rejoin witness published by its signer
// decodes with that signer as its Witness; one published by another
// peer, of another job, signed under another domain (it recovers as
// another signer than its author) or cut is rejected with job.ErrSeat.
func TestRejoinWitnessSigned(t *testing.T) {
	witness, other := mustKey(t), mustKey(t)
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{9}}
	jobID := protocol.Hash{7}
	w := job.RejoinWitness{SeatStatement: job.SeatStatement{JobID: jobID, Standby: protocol.Address(other.Address()), Seat: 1, From: 12}}
	sign := func(k *identity.Key, d protocol.Domain, w job.RejoinWitness) []byte {
		sig, err := chain.Sign(k, d, w)
		if err != nil {
			t.Fatal(err)
		}
		s := job.SignedWitness{RejoinWitness: w, Sig: [protocol.SignatureLen]byte(sig)}
		return s.Encode()
	}
	got, err := decodeSignedWitness(dom, jobID, witness.PeerID(), sign(witness, dom, w))
	if err != nil || got.RejoinWitness != w || got.Witness != protocol.Address(witness.Address()) {
		t.Fatalf("decodeSignedWitness = %+v, %v", got, err)
	}
	otherJob := w
	otherJob.JobID = protocol.Hash{8}
	for _, tt := range []struct {
		name   string
		author *identity.Key
		data   []byte
	}{
		{"published by another peer", other, sign(witness, dom, w)},
		{"of another job", witness, sign(witness, dom, otherJob)},
		{"under another domain", witness, sign(witness, protocol.Domain{ChainID: 1}, w)},
		{"truncated", witness, sign(witness, dom, w)[:100]},
	} {
		if _, err := decodeSignedWitness(dom, jobID, tt.author.PeerID(), tt.data); !errors.Is(err, job.ErrSeat) {
			t.Errorf("%s: %v; want job.ErrSeat", tt.name, err)
		}
	}
}

func mustKey(t *testing.T) *identity.Key {
	t.Helper()
	k, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

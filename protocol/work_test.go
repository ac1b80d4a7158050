package protocol

import (
	"bytes"
	"errors"
	"testing"
)

func testEvidence(fault uint8) *WorkEvidence {
	job := Hash{0x10}
	e := &WorkEvidence{
		JobID: job, Accused: addr(2), Step: 7, Fault: fault,
		Receipt:   StepReceipt{JobID: job, Member: addr(2), Step: 10, ParamsHash: Hash{0xaa}, ContribRoot: Hash{0xcc}},
		LeafIndex: 0, LeafCount: 4, // period 7..10
		Leaf:       bytes.Repeat([]byte{0x5a}, 76),
		Proof:      []Hash{{1}, {2}},
		Recomputed: Hash{0xee},
		Verifier:   addr(3),
	}
	e.ReceiptSig[0], e.ReceiptSig[64] = 1, 27
	e.Sig[0], e.Sig[64] = 2, 28
	if fault == FaultTampered {
		e.HopIn, e.HopOut = []byte("in"), []byte("out")
	}
	return e
}

// TestWorkEvidenceRoundTrip: both faults encode and decode to themselves,
// and the hash, statement and attestation follow the encoding.
func TestWorkEvidenceRoundTrip(t *testing.T) {
	for _, fault := range []uint8{FaultWrongResult, FaultTampered} {
		e := testEvidence(fault)
		b := e.Encode()
		got, err := DecodeWorkEvidence(b)
		if err != nil {
			t.Fatalf("fault %d: %v", fault, err)
		}
		if !bytes.Equal(got.Encode(), b) {
			t.Fatalf("fault %d: re-encoding differs", fault)
		}
		if got.EvidenceHash() != Keccak256(b) {
			t.Fatalf("fault %d: EvidenceHash is not keccak256 of the encoding", fault)
		}
		st := got.Statement()
		if st.Body != Keccak256(b[:len(b)-SignatureLen]) || st.Verifier != addr(3) || st.Accused != addr(2) || st.Step != 7 || st.Fault != fault {
			t.Fatalf("fault %d: Statement = %+v", fault, st)
		}
		a := got.Attestation()
		if a.EvidenceHash != Keccak256(b) || a.Fault != fault || a.Step != 7 || a.Accused != addr(2) {
			t.Fatalf("fault %d: Attestation = %+v", fault, a)
		}
	}
	// The signature is part of the hash, not of the body it signs.
	a, b := testEvidence(FaultWrongResult), testEvidence(FaultWrongResult)
	b.Sig[1] = 9
	if a.EvidenceHash() == b.EvidenceHash() || a.Statement() != b.Statement() {
		t.Error("the signature should change the evidence hash and not the statement")
	}
}

// TestWorkEvidenceCheck: what Check and so the decoder refuse.
func TestWorkEvidenceCheck(t *testing.T) {
	for _, tt := range []struct {
		name string
		edit func(e *WorkEvidence)
	}{
		{"missed steps is not provable", func(e *WorkEvidence) { e.Fault = FaultMissedSteps }},
		{"unknown fault", func(e *WorkEvidence) { e.Fault = 9 }},
		{"step 0", func(e *WorkEvidence) { e.Step, e.Receipt.Step, e.LeafIndex = 0, 3, 0 }},
		{"receipt of another member", func(e *WorkEvidence) { e.Receipt.Member = addr(9) }},
		{"receipt of another job", func(e *WorkEvidence) { e.Receipt.JobID = Hash{9} }},
		{"receipt without root", func(e *WorkEvidence) { e.Receipt.ContribRoot = Hash{} }},
		{"no leaves", func(e *WorkEvidence) { e.LeafCount = 0 }},
		{"more leaves than steps", func(e *WorkEvidence) { e.LeafCount = 11 }},
		{"index past the period", func(e *WorkEvidence) { e.LeafIndex = 4 }},
		{"more leaves before it than steps", func(e *WorkEvidence) { e.Step, e.LeafIndex = 2, 2 }},
		{"more leaves after it than steps", func(e *WorkEvidence) { e.Step = 9 }},
		{"a step after the receipt", func(e *WorkEvidence) { e.Step, e.LeafIndex = 11, 3 }},
		{"empty leaf", func(e *WorkEvidence) { e.Leaf = nil }},
		{"huge leaf", func(e *WorkEvidence) { e.Leaf = make([]byte, MaxEvidenceLeaf+1) }},
		{"long proof", func(e *WorkEvidence) { e.Proof = make([]Hash, MaxEvidenceProof+1) }},
		{"hop records for a wrong result", func(e *WorkEvidence) { e.HopIn = []byte{1} }},
		{"tampering without hop out", func(e *WorkEvidence) { e.Fault, e.HopIn = FaultTampered, []byte{1} }},
		{"huge hop", func(e *WorkEvidence) {
			e.Fault, e.HopIn, e.HopOut = FaultTampered, []byte{1}, make([]byte, MaxEvidenceHop+1)
		}},
		{"self accusation", func(e *WorkEvidence) { e.Verifier = e.Accused }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := testEvidence(FaultWrongResult)
			tt.edit(e)
			if err := e.Check(); !errors.Is(err, ErrMalformed) {
				t.Fatalf("Check = %v; want ErrMalformed", err)
			}
			if len(e.Leaf) > MaxEvidenceLeaf || len(e.Proof) > MaxEvidenceProof || len(e.HopOut) > MaxEvidenceHop {
				return // Encode cannot express it
			}
			if _, err := DecodeWorkEvidence(e.Encode()); !errors.Is(err, ErrMalformed) {
				t.Fatalf("DecodeWorkEvidence = %v; want ErrMalformed", err)
			}
		})
	}
	// What it accepts: every step of a synchronous period, and a leaf of
	// a DiLoCo period (H = 5: the leaves of steps 5 and 10 under the
	// receipt for step 10).
	for _, at := range []struct{ step, index, count uint64 }{{7, 0, 4}, {8, 1, 4}, {10, 3, 4}, {5, 0, 2}, {10, 1, 2}, {10, 0, 1}} {
		e := testEvidence(FaultWrongResult)
		e.Step, e.LeafIndex, e.LeafCount = at.step, at.index, at.count
		if err := e.Check(); err != nil {
			t.Errorf("leaf %d of %d at step %d: %v", at.index, at.count, at.step, err)
		}
	}
	good := testEvidence(FaultTampered).Encode()
	for _, tt := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"truncated", good[:len(good)-1]},
		{"trailing byte", append(append([]byte(nil), good...), 0)},
		{"version 2", append([]byte{2}, good[1:]...)},
		{"receipt with a dirty address", func() []byte {
			b := append([]byte(nil), good...)
			b[1+32+20+8+1+32] = 1 // first padding byte of the receipt's member word
			return b
		}()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeWorkEvidence(tt.b); !errors.Is(err, ErrMalformed) {
				t.Fatalf("DecodeWorkEvidence = %v; want ErrMalformed", err)
			}
		})
	}
}

// TestAuditCodec: an audit round-trips, and a bool other than 0 or 1 is
// refused (it would hash unlike what its signer signed).
func TestAuditCodec(t *testing.T) {
	for _, ok := range []bool{false, true} {
		a := Audit{JobID: Hash{1}, Verifier: addr(1), Member: addr(2), Step: 1<<64 - 1, LeafHash: Hash{3}, OK: ok}
		b := a.AppendABI(nil)
		got, err := DecodeAudit(b)
		if err != nil || *got != a {
			t.Fatalf("DecodeAudit = %+v, %v; want %+v", got, err, a)
		}
		if a.Signer() != addr(1) || a.Job() != (Hash{1}) {
			t.Fatal("Signer or Job")
		}
	}
	b := (Audit{OK: true}).AppendABI(nil)
	b[len(b)-1] = 2
	if _, err := DecodeAudit(b); !errors.Is(err, ErrMalformed) {
		t.Fatalf("bool 2: %v", err)
	}
	if _, err := DecodeAudit(b[:len(b)-1]); !errors.Is(err, ErrMalformed) {
		t.Fatalf("short: %v", err)
	}
	if (Audit{}).TypeHash() != Keccak256([]byte(TypeAudit)) || (EvidenceStatement{}).TypeHash() != Keccak256([]byte(TypeWorkEvidence)) {
		t.Fatal("type hashes")
	}
}

// FuzzDecodeWorkEvidence: evidence comes from any peer on the job's topic.
// Whatever the bytes, decoding never panics, and what decodes re-encodes to
// the same bytes (so its hash is the hash of what was received) and passes
// Check.
func FuzzDecodeWorkEvidence(f *testing.F) {
	f.Add(testEvidence(FaultWrongResult).Encode())
	f.Add(testEvidence(FaultTampered).Encode())
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := DecodeWorkEvidence(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		if !bytes.Equal(e.Encode(), b) {
			t.Fatal("decoded evidence re-encodes differently")
		}
		if err := e.Check(); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDecodeAudit: an audit comes from any peer; decoding never panics and
// is canonical.
func FuzzDecodeAudit(f *testing.F) {
	f.Add((Audit{JobID: Hash{1}, Verifier: addr(1), Member: addr(2), Step: 5, OK: true}).AppendABI(nil))
	f.Add(make([]byte, AuditABILen))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := DecodeAudit(b)
		if err != nil {
			return
		}
		if !bytes.Equal(a.AppendABI(nil), b) {
			t.Fatal("decoded audit re-encodes differently")
		}
	})
}

// TestWorkEvidenceEquivocationForm: fault-4 evidence without a receipt or
// a leaf is an equivocation (two statements of the accused); it checks
// and round-trips, and what it must not carry is refused.
func TestWorkEvidenceEquivocationForm(t *testing.T) {
	ok := WorkEvidence{JobID: Hash{1}, Accused: addr(2), Step: 6, Fault: FaultTampered, LeafIndex: 5, HopOut: []byte{1, 2}, HopIn: []byte{3}, Verifier: addr(3)}
	if !ok.IsEquivocation() {
		t.Fatal("not the equivocation form")
	}
	if err := ok.Check(); err != nil {
		t.Fatal(err)
	}
	got, err := DecodeWorkEvidence(ok.Encode())
	if err != nil || !got.IsEquivocation() || got.EvidenceHash() != ok.EvidenceHash() {
		t.Fatalf("round trip: %v, %+v", err, got)
	}
	for _, tt := range []struct {
		name string
		edit func(e *WorkEvidence)
	}{
		{"step 0", func(e *WorkEvidence) { e.Step = 0 }},
		{"without the successor's statement", func(e *WorkEvidence) { e.HopIn = nil }},
		{"without the accused's statement", func(e *WorkEvidence) { e.HopOut = nil }},
		{"with a proof", func(e *WorkEvidence) { e.Proof = []Hash{{1}} }},
		{"with a recomputation", func(e *WorkEvidence) { e.Recomputed = Hash{1} }},
		{"a huge statement", func(e *WorkEvidence) { e.HopIn = make([]byte, MaxEvidenceHop+1) }},
		{"the accused accuses itself", func(e *WorkEvidence) { e.Verifier = e.Accused }},
	} {
		e := ok
		tt.edit(&e)
		if err := e.Check(); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: Check = %v; want ErrMalformed", tt.name, err)
		}
	}
	wrong := ok
	wrong.Fault = FaultWrongResult
	if wrong.IsEquivocation() || wrong.Check() == nil {
		t.Error("a wrong result without a receipt is neither the equivocation form nor valid")
	}
}

package protocol

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
)

func signedOf(m Message, b byte) Signed {
	s := Signed{Msg: m}
	s.Sig[0], s.Sig[64] = b, 27
	return s
}

// TestEvidence: the auction's evidence checks its slot, and turns into the
// contract's form, which opens to the same two messages and signer.
func TestEvidence(t *testing.T) {
	job := testJob()
	c1 := &BidCommit{JobID: job.JobID, Bidder: addr(1), Commitment: Hash{1}}
	c2 := &BidCommit{JobID: job.JobID, Bidder: addr(1), Commitment: Hash{2}}
	other := &BidCommit{JobID: job.JobID, Bidder: addr(2), Commitment: Hash{2}}
	good := Evidence{Kind: EvidenceCommit, JobID: job.JobID, Signer: addr(1), First: signedOf(c1, 1), Second: signedOf(c2, 2)}
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	eq := good.Equivocation()
	if eq.Kind != EvidenceCommit || !bytes.Equal(eq.MsgA, c1.AppendABI(nil)) || !bytes.Equal(eq.SigB, good.Second.Sig[:]) {
		t.Fatalf("Equivocation() = %+v", eq)
	}
	a, b, who, err := eq.Open()
	if err != nil || who != addr(1) || a.StructHash() != c1.StructHash() || b.StructHash() != c2.StructHash() {
		t.Fatalf("Open = %v, %v, %s, %v", a, b, who, err)
	}
	for _, tt := range []struct {
		name string
		e    Evidence
	}{
		{"same message", Evidence{Kind: EvidenceCommit, JobID: job.JobID, Signer: addr(1), First: signedOf(c1, 1), Second: signedOf(c1, 2)}},
		{"two signers", Evidence{Kind: EvidenceCommit, JobID: job.JobID, Signer: addr(1), First: signedOf(c1, 1), Second: signedOf(other, 2)}},
		{"wrong kind", Evidence{Kind: EvidenceReveal, JobID: job.JobID, Signer: addr(1), First: signedOf(c1, 1), Second: signedOf(c2, 2)}},
		{"receipt kind", Evidence{Kind: EvidenceReceipt, JobID: job.JobID, Signer: addr(1), First: signedOf(c1, 1), Second: signedOf(c2, 2)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.e.Check(); !errors.Is(err, ErrMalformed) {
				t.Errorf("Check = %v; want ErrMalformed", err)
			}
		})
	}
}

// TestEquivocationOpen: what the contract refuses, Open refuses too.
func TestEquivocationOpen(t *testing.T) {
	r1 := StepReceipt{JobID: Hash{1}, Member: addr(1), Step: 7, ParamsHash: Hash{1}}
	r2 := r1
	r2.ParamsHash = Hash{2}
	r3 := r2
	r3.Step = 8
	sig := make([]byte, SignatureLen)
	ok, err := NewEquivocation(r1, sig, &r2, sig)
	if err != nil || ok.Kind != EvidenceReceipt {
		t.Fatalf("NewEquivocation = %+v, %v", ok, err)
	}
	if _, _, who, err := ok.Open(); err != nil || who != addr(1) {
		t.Fatalf("Open = %s, %v", who, err)
	}
	if _, err := NewEquivocation(r1, sig, BidCommit{}, sig); !errors.Is(err, ErrMalformed) {
		t.Errorf("NewEquivocation of two kinds = %v", err)
	}
	if _, err := NewEquivocation(Decline{}, sig, Decline{}, sig); !errors.Is(err, ErrMalformed) {
		t.Errorf("NewEquivocation of declines = %v", err)
	}
	enc := func(m Struct) []byte { return m.AppendABI(nil) }
	for _, tt := range []struct {
		name string
		e    Equivocation
	}{
		{"the same message", Equivocation{Kind: EvidenceReceipt, MsgA: enc(r1), MsgB: enc(r1)}},
		{"two slots", Equivocation{Kind: EvidenceReceipt, MsgA: enc(r1), MsgB: enc(r3)}},
		{"another kind", Equivocation{Kind: EvidenceCommit, MsgA: enc(r1), MsgB: enc(r2)}},
		{"an unknown kind", Equivocation{Kind: 9, MsgA: enc(r1), MsgB: enc(r2)}},
		{"the fault namespace", Equivocation{Kind: EvidenceFault, MsgA: enc(r1), MsgB: enc(r2)}},
		{"a short message", Equivocation{Kind: EvidenceReceipt, MsgA: enc(r1)[:127], MsgB: enc(r2)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, _, err := tt.e.Open(); !errors.Is(err, ErrMalformed) {
				t.Errorf("Open = %v; want ErrMalformed", err)
			}
		})
	}
}

// TestDecodeStepReceipt: the decoder inverts AppendABI and refuses
// non-canonical input.
func TestDecodeStepReceipt(t *testing.T) {
	s := StepReceipt{JobID: Hash{1}, Member: addr(1), Step: 8, ParamsHash: Hash{4}}
	if got, err := DecodeStepReceipt(s.AppendABI(nil)); err != nil || *got != s {
		t.Errorf("DecodeStepReceipt = %+v, %v", got, err)
	}
	set := func(i int, v byte) []byte {
		b := s.AppendABI(nil)
		b[i] = v
		return b
	}
	for name, in := range map[string][]byte{
		"short":             s.AppendABI(nil)[:ReceiptABILen-1],
		"long":              append(s.AppendABI(nil), 0),
		"dirty address":     set(word, 1),
		"step above uint64": set(2*word, 1),
	} {
		if _, err := DecodeStepReceipt(in); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v; want ErrMalformed", name, err)
		}
	}
}

func TestSplitSigned(t *testing.T) {
	b := append(bytes.Repeat([]byte{1}, 96), bytes.Repeat([]byte{2}, SignatureLen)...)
	fields, sig, err := SplitSigned(b)
	if err != nil || len(fields) != 96 || len(sig) != SignatureLen || sig[0] != 2 {
		t.Fatalf("SplitSigned = %d, %d, %v", len(fields), len(sig), err)
	}
	if _, _, err := SplitSigned(b[:SignatureLen-1]); !errors.Is(err, ErrMalformed) {
		t.Errorf("short: %v", err)
	}
}

func TestUint256Nil(t *testing.T) {
	// A nil amount encodes as 0 (the contract's zero), and hashes without
	// panicking; FitsUint256 refuses it as a field value.
	a := Award{JobID: Hash{1}, Winners: []Address{{2}}, Prices: []*big.Int{nil}}
	if b := a.AppendABI(nil); !bytes.Equal(b[len(b)-word:], make([]byte, word)) {
		t.Errorf("nil price encodes as %x", b[len(b)-word:])
	}
	_ = a.StructHash()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for v, want := range map[*big.Int]bool{nil: false, big.NewInt(-1): false, new(big.Int): true, max: true, new(big.Int).Add(max, big.NewInt(1)): false} {
		if FitsUint256(v) != want {
			t.Errorf("FitsUint256(%v) = %v", v, !want)
		}
	}
}

// FuzzDecodeEvidence feeds arbitrary bytes to the decoders of the messages
// equivocation evidence holds: they must never panic, whatever they accept
// must re-encode to the same bytes (one encoding per message, as the
// contract requires), and Open must accept only two different messages of
// one slot.
func FuzzDecodeEvidence(f *testing.F) {
	f.Add(BidCommit{JobID: Hash{1}, Bidder: addr(1), Commitment: Hash{2}}.AppendABI(nil))
	f.Add(BidReveal{JobID: Hash{1}, Bidder: addr(1), PricePerStep: big.NewInt(9), Throughput: 1, VRAMBytes: 2, LatencyMs: 3}.AppendABI(nil))
	f.Add(StepReceipt{JobID: Hash{1}, Member: addr(1), Step: 4}.AppendABI(nil))
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xff}, 128))
	f.Fuzz(func(t *testing.T, b []byte) {
		if m, err := DecodeCommit(b); err == nil && !bytes.Equal(m.AppendABI(nil), b) {
			t.Fatalf("BidCommit %x re-encodes to %x", b, m.AppendABI(nil))
		}
		if m, err := DecodeReveal(b); err == nil && !bytes.Equal(m.AppendABI(nil), b) {
			t.Fatalf("BidReveal %x re-encodes to %x", b, m.AppendABI(nil))
		}
		if m, err := DecodeStepReceipt(b); err == nil && !bytes.Equal(m.AppendABI(nil), b) {
			t.Fatalf("StepReceipt %x re-encodes to %x", b, m.AppendABI(nil))
		}
		if fields, sig, err := SplitSigned(b); err == nil && (len(sig) != SignatureLen || !bytes.Equal(append(append([]byte{}, fields...), sig...), b)) {
			t.Fatalf("SplitSigned(%x) = %x, %x", b, fields, sig)
		}
		half := len(b) / 2
		for k := EvidenceKind(0); k <= EvidenceFault+1; k++ {
			e := Equivocation{Kind: k, MsgA: b[:half], MsgB: b[half:]}
			if _, _, _, err := e.Open(); err == nil && bytes.Equal(e.MsgA, e.MsgB) {
				t.Fatalf("Open accepted two identical messages")
			}
		}
	})
}

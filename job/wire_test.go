package job

import (
	"bytes"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

// FuzzDecodeReceipt: receipts arrive over gossip from anyone; the decoder
// never panics and what it accepts re-encodes to the same bytes.
func FuzzDecodeReceipt(f *testing.F) {
	r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: Address{1}, Step: 10, ParamsHash: Hash{1}}}
	r.Sig[64] = 27
	f.Add(r.Encode())
	f.Add(make([]byte, receiptWireLen))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeReceipt(data)
		if err != nil {
			return
		}
		if !bytes.Equal(r.Encode(), data) {
			t.Fatalf("accepted bytes that re-encode differently")
		}
	})
}

// FuzzDecodeReady: readiness messages arrive over gossip from anyone.
func FuzzDecodeReady(f *testing.F) {
	f.Add(EncodeReady(Hash{1}))
	f.Add([]byte{KindReady})
	f.Fuzz(func(t *testing.T, data []byte) {
		job, err := DecodeReady(data)
		if err == nil && !bytes.Equal(EncodeReady(job), data) {
			t.Fatal("accepted bytes that re-encode differently")
		}
	})
}

// FuzzDecodeSeat: seat statements arrive over gossip from anyone; the
// decoder never panics and what it accepts re-encodes to the same bytes.
func FuzzDecodeSeat(f *testing.F) {
	s := SignedSeat{SeatStatement: SeatStatement{JobID: Hash{7}, Standby: Address{0xa5, 1}, Seat: 1, From: 12}}
	s.Sig[64] = 28
	f.Add(s.Encode())
	f.Add(make([]byte, seatWireLen))
	f.Add([]byte{KindSeat})
	dirty := s.Encode()
	dirty[1+32+3] = 1 // the standby's padding
	f.Add(dirty)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeSeat(data)
		if err != nil {
			if !errors.Is(err, ErrSeat) {
				t.Fatalf("error %v is not ErrSeat", err)
			}
			return
		}
		if !bytes.Equal(s.Encode(), data) {
			t.Fatalf("accepted bytes that re-encode differently")
		}
	})
}

// TestSeatWire: the statement's ABI and EIP-712 hash are those of its
// type string, and a dirty padding, a wrong kind or length, or a bad
// recovery byte is refused.
func TestSeatWire(t *testing.T) {
	s := SignedSeat{SeatStatement: SeatStatement{JobID: Hash{7}, Standby: Address{0xa5, 1}, Seat: 2, From: 17}}
	s.Sig[64] = 27
	got, err := DecodeSeat(s.Encode())
	if err != nil || *got != s {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	abi := s.AppendABI(nil)
	if len(abi) != SeatABILen || abi[32+12] != 0xa5 || abi[95] != 2 || abi[127] != 17 {
		t.Errorf("ABI %x", abi)
	}
	if s.StructHash() != protocol.Keccak256(protocol.Keccak256([]byte(TypeSeat)).Bytes(), abi) {
		t.Error("hashStruct is not keccak256(typeHash ‖ abi fields)")
	}
	for name, mut := range map[string]func([]byte) []byte{
		"padding":    func(b []byte) []byte { b[1+64+5] = 1; return b },
		"kind":       func(b []byte) []byte { b[0] = KindReceipt; return b },
		"short":      func(b []byte) []byte { return b[:len(b)-1] },
		"recovery v": func(b []byte) []byte { b[len(b)-1] = 1; return b },
	} {
		if _, err := DecodeSeat(mut(s.Encode())); !errors.Is(err, ErrSeat) {
			t.Errorf("%s: %v; want ErrSeat", name, err)
		}
	}
}

// FuzzDecodeDecline: declines arrive over gossip from anyone; the decoder
// never panics, refuses with ErrDecline, and what it accepts re-encodes
// to the same bytes.
func FuzzDecodeDecline(f *testing.F) {
	d := SignedDecline{Decline: Decline{JobID: Hash{7}, Verifier: Address{0xa5, 1}, Member: Address{0xa0, 2}, Step: 12, Reason: DeclineUnavailable}}
	d.Sig[64] = 28
	f.Add(d.Encode())
	f.Add(make([]byte, declineWireLen))
	f.Add([]byte{KindDecline})
	dirty := d.Encode()
	dirty[1+4*32+3] = 1 // the reason's padding
	f.Add(dirty)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := DecodeDecline(data)
		if err != nil {
			if !errors.Is(err, ErrDecline) {
				t.Fatalf("error %v is not ErrDecline", err)
			}
			return
		}
		if !bytes.Equal(d.Encode(), data) {
			t.Fatalf("accepted bytes that re-encode differently")
		}
	})
}

// TestDeclineWire: the decline's ABI and EIP-712 hash are those of its
// type string, and a dirty padding, an unknown reason, a wrong kind or
// length, or a bad recovery byte is refused.
func TestDeclineWire(t *testing.T) {
	d := SignedDecline{Decline: Decline{JobID: Hash{7}, Verifier: Address{0xa5, 1}, Member: Address{0xa0, 2}, Step: 17, Reason: DeclineUnavailable}}
	d.Sig[64] = 27
	got, err := DecodeDecline(d.Encode())
	if err != nil || *got != d {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	abi := d.AppendABI(nil)
	if len(abi) != DeclineABILen || abi[32+12] != 0xa5 || abi[64+12] != 0xa0 || abi[127] != 17 || abi[159] != 1 {
		t.Errorf("ABI %x", abi)
	}
	if d.StructHash() != protocol.Keccak256(protocol.Keccak256([]byte(TypeDecline)).Bytes(), abi) {
		t.Error("hashStruct is not keccak256(typeHash ‖ abi fields)")
	}
	for name, mut := range map[string]func([]byte) []byte{
		"verifier padding": func(b []byte) []byte { b[1+32+5] = 1; return b },
		"member padding":   func(b []byte) []byte { b[1+64+5] = 1; return b },
		"step padding":     func(b []byte) []byte { b[1+96] = 1; return b },
		"reason padding":   func(b []byte) []byte { b[1+128+30] = 1; return b },
		"reason 0":         func(b []byte) []byte { b[1+159] = 0; return b },
		"reason unknown":   func(b []byte) []byte { b[1+159] = 2; return b },
		"kind":             func(b []byte) []byte { b[0] = KindSeat; return b },
		"short":            func(b []byte) []byte { return b[:len(b)-1] },
		"long":             func(b []byte) []byte { return append(b, 0) },
		"recovery v":       func(b []byte) []byte { b[len(b)-1] = 1; return b },
	} {
		if _, err := DecodeDecline(mut(d.Encode())); !errors.Is(err, ErrDecline) {
			t.Errorf("%s: %v; want ErrDecline", name, err)
		}
	}
}

func FuzzDecodeWitness(f *testing.F) {
	w := SignedWitness{RejoinWitness: RejoinWitness{SeatStatement{JobID: Hash{7}, Standby: Address{0xa5, 1}, Seat: 1, From: 12}}}
	w.Sig[64] = 27
	f.Add(w.Encode())
	f.Add(make([]byte, seatWireLen))
	f.Add([]byte{KindRejoinWitness})
	s := SignedSeat{SeatStatement: w.SeatStatement, Sig: w.Sig}
	f.Add(s.Encode()) // a seat statement: another kind
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := DecodeWitness(data)
		if err != nil {
			if !errors.Is(err, ErrSeat) {
				t.Fatalf("error %v is not ErrSeat", err)
			}
			return
		}
		if !bytes.Equal(w.Encode(), data) {
			t.Fatalf("accepted bytes that re-encode differently")
		}
	})
}

// TestWitnessWire: a rejoin witness round-trips, is not a seat statement
// (another kind byte, another EIP-712 type), and a dirty padding is
// refused.
func TestWitnessWire(t *testing.T) {
	w := SignedWitness{RejoinWitness: RejoinWitness{SeatStatement{JobID: Hash{7}, Standby: Address{0xa5, 1}, Seat: 2, From: 17}}}
	w.Sig[64] = 28
	got, err := DecodeWitness(w.Encode())
	if err != nil || *got != w {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	if _, err := DecodeSeat(w.Encode()); !errors.Is(err, ErrSeat) {
		t.Errorf("a witness decodes as a seat statement: %v", err)
	}
	if w.StructHash() == w.SeatStatement.StructHash() || w.TypeHash() != protocol.Keccak256([]byte(TypeRejoinWitness)) {
		t.Errorf("a witness signs the seat statement's struct hash")
	}
	dirty := w.Encode()
	dirty[1+32+3] = 1
	if _, err := DecodeWitness(dirty); !errors.Is(err, ErrSeat) {
		t.Errorf("dirty padding: %v", err)
	}
}

// FuzzDecodeEquivocation: a follower's evidence of a member's two receipts
// arrives over gossip from anyone; the decoder never panics, fails with
// ErrReceipt, and what it accepts is two different receipts of one slot
// that re-encode to the same bytes.
func FuzzDecodeEquivocation(f *testing.F) {
	a := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: Address{1}, Step: 10, ParamsHash: Hash{1}}}
	a.Sig[64] = 27
	b := a
	b.ContribRoot, b.Sig[0] = Hash{2}, 9
	e := Evidence{Member: a.Member, Step: a.Step, First: a, Second: b}
	f.Add(e.Encode())
	f.Add(append(append([]byte{KindEquivocation}, a.Encode()...), a.Encode()...)) // one receipt twice
	f.Add([]byte{KindEquivocation})
	f.Add(make([]byte, equivocationWireLen))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeEquivocation(data)
		if err != nil {
			if !errors.Is(err, ErrReceipt) {
				t.Fatalf("error %v is not ErrReceipt", err)
			}
			return
		}
		if e.First.Member != e.Member || e.Second.Member != e.Member || e.First.Step != e.Step || e.Second.Step != e.Step ||
			e.First.JobID != e.Second.JobID || e.First.StepReceipt == e.Second.StepReceipt {
			t.Fatalf("accepted %+v: not two receipts of one slot", e)
		}
		if !bytes.Equal(e.Encode(), data) {
			t.Fatal("accepted bytes that re-encode differently")
		}
	})
}

// TestEquivocationWire: evidence round-trips; one receipt twice, receipts
// of two steps or members, and a truncated message are refused.
func TestEquivocationWire(t *testing.T) {
	a := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: Address{1}, Step: 10, ParamsHash: Hash{1}}}
	a.Sig[64] = 27
	b := a
	b.ParamsHash, b.Sig[0] = Hash{2}, 9
	e := Evidence{Member: a.Member, Step: a.Step, First: a, Second: b}
	got, err := DecodeEquivocation(e.Encode())
	if err != nil || *got != e {
		t.Fatalf("DecodeEquivocation(Encode(e)) = %+v, %v; want %+v", got, err, e)
	}
	otherStep, otherMember := b, b
	otherStep.Step, otherMember.Member = 11, Address{2}
	for name, bad := range map[string][]byte{
		"one receipt twice": (&Evidence{First: a, Second: a}).Encode(),
		"two steps":         (&Evidence{First: a, Second: otherStep}).Encode(),
		"two members":       (&Evidence{First: a, Second: otherMember}).Encode(),
		"truncated":         e.Encode()[:equivocationWireLen-1],
	} {
		if _, err := DecodeEquivocation(bad); !errors.Is(err, ErrReceipt) {
			t.Errorf("%s: DecodeEquivocation = %v; want ErrReceipt", name, err)
		}
	}
}

package node

import (
	"bytes"
	"errors"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/protocol"
)

func keccak(b []byte) auction.Hash {
	var h auction.Hash
	k := sha3.NewLegacyKeccak256()
	k.Write(b)
	k.Sum(h[:0])
	return h
}

func TestReceiptWire(t *testing.T) {
	f := newBookFixture(t, 2)
	r := f.receipt(t, 1, 40, 9)
	got, err := DecodeReceipt(r.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Encode(), r.Encode()) || got.Verify(f.dom) != nil {
		t.Fatalf("round trip: %+v, verify %v", got, got.Verify(f.dom))
	}
	forged := *got
	forged.Member = protocol.Address(f.keys[0].Address())
	if err := forged.Verify(f.dom); !errors.Is(err, ErrReceipt) {
		t.Errorf("a receipt naming another member verifies: %v", err)
	}
	other := f.dom
	other.VerifyingContract[0] ^= 1
	if err := got.Verify(other); !errors.Is(err, ErrReceipt) {
		t.Errorf("a receipt under another contract verifies: %v", err)
	}
	wire := r.Encode()
	for name, b := range map[string][]byte{
		"short":      wire[:len(wire)-1],
		"long":       append(append([]byte(nil), wire...), 0),
		"kind":       append([]byte{2}, wire[1:]...),
		"bad v":      append(append([]byte(nil), wire[:len(wire)-1]...), 30),
		"dirty addr": func() []byte { b := append([]byte(nil), wire...); b[1+32] = 1; return b }(),
	} {
		if _, err := DecodeReceipt(b); !errors.Is(err, ErrReceipt) {
			t.Errorf("%s: %v; want ErrReceipt", name, err)
		}
	}
}

// FuzzDecodeReceipt: receipts arrive over gossip from anyone; the decoder
// never panics and what it accepts re-encodes to the same bytes.
func FuzzDecodeReceipt(f *testing.F) {
	fx := newBookFixture(&testing.T{}, 1)
	f.Add(fx.receipt(&testing.T{}, 0, 10, 1).Encode())
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
	f.Add(encodeReady(auction.Hash{1}))
	f.Add([]byte{readyKind})
	f.Fuzz(func(t *testing.T, data []byte) {
		job, err := DecodeReady(data)
		if err == nil && !bytes.Equal(encodeReady(job), data) {
			t.Fatal("accepted bytes that re-encode differently")
		}
	})
}

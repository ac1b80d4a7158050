package node

import (
	"bytes"
	"errors"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/job"
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
	got, err := job.DecodeReceipt(r.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Encode(), r.Encode()) || verifyReceipt(f.dom, got) != nil {
		t.Fatalf("round trip: %+v, verify %v", got, verifyReceipt(f.dom, got))
	}
	forged := *got
	forged.Member = protocol.Address(f.keys[0].Address())
	if err := verifyReceipt(f.dom, &forged); !errors.Is(err, job.ErrReceipt) {
		t.Errorf("a receipt naming another member verifies: %v", err)
	}
	other := f.dom
	other.VerifyingContract[0] ^= 1
	if err := verifyReceipt(other, got); !errors.Is(err, job.ErrReceipt) {
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
		if _, err := job.DecodeReceipt(b); !errors.Is(err, job.ErrReceipt) {
			t.Errorf("%s: %v; want ErrReceipt", name, err)
		}
	}
}

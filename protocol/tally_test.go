package protocol

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
)

func testTally(members, holders int) SignedTally {
	s := SignedTally{Tally: ClaimTally{JobID: Hash{1}, Member: Address{2}}}
	for i := range members {
		s.Tally.Audits = append(s.Tally.Audits, uint64(i*7))
	}
	for j := range holders {
		s.Tally.Holders = append(s.Tally.Holders, Address{0x10, byte(j)})
		s.Tally.Data = append(s.Tally.Data, new(big.Int).Lsh(big.NewInt(int64(j+1)), uint(8*j)))
	}
	s.Sig[64] = 27
	return s
}

// TestSignedTallyWire: what the wire form carries comes back whole, and
// what breaks Validate's rules or the layout does not decode.
func TestSignedTallyWire(t *testing.T) {
	max96 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	for _, tc := range []struct {
		name   string
		tally  func() SignedTally
		reject bool
	}{
		{"empty", func() SignedTally { return testTally(0, 0) }, false},
		{"members and holders", func() SignedTally { return testTally(5, 3) }, false},
		{"largest pay", func() SignedTally { s := testTally(1, 1); s.Tally.Data[0] = max96; return s }, false},
		{"pay past 2^96", func() SignedTally {
			s := testTally(1, 1)
			s.Tally.Data[0] = new(big.Int).Add(max96, big.NewInt(1))
			return s
		}, true},
		{"holders out of order", func() SignedTally {
			s := testTally(1, 2)
			s.Tally.Holders[0], s.Tally.Holders[1] = s.Tally.Holders[1], s.Tally.Holders[0]
			return s
		}, true},
		{"holder twice", func() SignedTally { s := testTally(1, 2); s.Tally.Holders[1] = s.Tally.Holders[0]; return s }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.tally()
			if err := s.Tally.Validate(); (err != nil) != tc.reject {
				t.Fatalf("Validate = %v, want rejected %v", err, tc.reject)
			}
			if tc.reject {
				return
			}
			b := s.Encode()
			got, err := DecodeSignedTally(b)
			if err != nil {
				t.Fatal(err)
			}
			if got.Tally.StructHash() != s.Tally.StructHash() || got.Sig != s.Sig || !bytes.Equal(got.Encode(), b) {
				t.Fatalf("decoded %+v, want %+v", got, s)
			}
			for _, cut := range []int{1, len(b) - 1} {
				if _, err := DecodeSignedTally(b[:cut]); !errors.Is(err, ErrMalformed) {
					t.Fatalf("%d of %d bytes: %v", cut, len(b), err)
				}
			}
			if _, err := DecodeSignedTally(append(b, 0)); !errors.Is(err, ErrMalformed) {
				t.Fatalf("a trailing byte: %v", err)
			}
		})
	}
}

// TestClaimTallyABI: AppendABI is abi.encode of the type string's fields
// (checked against the layout by hand: three offsets, then each array's
// length and words).
func TestClaimTallyABI(t *testing.T) {
	s := testTally(2, 1).Tally
	b := s.AppendABI(nil)
	if len(b) != 5*word+word*3+word*2+word*2 {
		t.Fatalf("%d bytes", len(b))
	}
	word := func(i int) *big.Int { return new(big.Int).SetBytes(b[32*i : 32*i+32]) }
	if word(2).Int64() != 5*32 || word(3).Int64() != 8*32 || word(4).Int64() != 10*32 || word(5).Int64() != 2 || word(8).Int64() != 1 || word(10).Int64() != 1 {
		t.Fatalf("layout %x", b)
	}
}

func FuzzDecodeSignedTally(f *testing.F) {
	for _, s := range []SignedTally{testTally(0, 0), testTally(4, 2), testTally(1, 5)} {
		f.Add(s.Encode())
		f.Add(s.Encode()[:20])
	}
	f.Add([]byte{TallyVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSignedTally(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		if !bytes.Equal(s.Encode(), b) {
			t.Fatalf("accepted %x, which encodes back to %x", b, s.Encode())
		}
	})
}

package dataset

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"math/rand/v2"
	"testing"
)

// liar is a store that answers one key with other bytes.
type liar struct {
	Store
	key  Hash
	data []byte
}

func (l liar) Get(key [32]byte) ([]byte, bool) {
	if key == l.key {
		return l.data, true
	}
	return l.Store.Get(key)
}

func randomFile(n int, seed uint64) []byte {
	var s [32]byte
	s[0] = byte(seed)
	b := make([]byte, n)
	rand.NewChaCha8(s).Read(b)
	return b
}

// TestFetchFile: a file of any size comes back whole and checked, in one
// blob up to a piece and as a piece list and pieces above (no blob over a
// piece); a holder that lies in the piece list, in a piece or about the
// size is passed over for an honest one, and with only liars the fetch
// fails.
func TestFetchFile(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{1, PieceBytes, 2*PieceBytes + 12345} {
		data := randomFile(n, uint64(n))
		s := NewMemStore()
		key, err := s.AddFile(data)
		if err != nil {
			t.Fatal(err)
		}
		if key != FileKey(data) {
			t.Fatalf("%d bytes: stored under %s, want the file key", n, key.Short())
		}
		s.mu.RLock()
		for k, b := range s.blobs {
			if len(b) > PieceBytes {
				t.Errorf("%d bytes: blob %s of %d bytes, over a piece", n, Hash(k).Short(), len(b))
			}
		}
		s.mu.RUnlock()
		got, rep, err := FetchFile(ctx, MemFetcher{"a": s}, []string{"a"}, key, n)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: fetched %d bytes, err %v", n, len(got), err)
		}
		if rep.Bytes != n || len(rep.From) != 1 {
			t.Errorf("%d bytes: report %+v", n, rep)
		}
		if _, _, err := FetchFile(ctx, MemFetcher{"a": s}, []string{"a"}, key, n-1); !errors.Is(err, ErrFile) {
			t.Errorf("%d bytes under a limit of %d: %v, want ErrFile", n, n-1, err)
		}
	}

	data := randomFile(PieceBytes+7, 9)
	honest := NewMemStore()
	key, _ := honest.AddFile(data)
	list, _ := honest.Get(key)
	l, err := DecodePieceList(list)
	if err != nil {
		t.Fatal(err)
	}
	// A list naming other pieces that the liar holds.
	forged := bytes.Clone(data)
	forged[5] ^= 1
	lying := NewMemStore()
	lying.AddFile(forged)
	fl := *l
	fl.Pieces = append([]Hash{sha256.Sum256(forged[:PieceBytes])}, l.Pieces[1:]...)
	bigger := *l
	bigger.Size = 100 * PieceBytes
	cases := []struct {
		name string
		bad  Store
	}{
		{"a piece list of forged pieces", liar{lying, key, fl.Encode()}},
		{"a wrong piece", liar{honest, l.Pieces[0], forged[:PieceBytes]}},
		{"a short piece", liar{honest, l.Pieces[1], data[PieceBytes : PieceBytes+6]}},
		{"a piece list of another size", liar{honest, key, bigger.Encode()}},
		{"garbage for the file", liar{honest, key, []byte("not a piece list")}},
		{"nothing", NewMemStore()},
	}
	for _, c := range cases {
		got, _, err := FetchFile(ctx, MemFetcher{"bad": c.bad, "good": honest}, []string{"bad", "good"}, key, len(data))
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s, then an honest holder: %d bytes, %v", c.name, len(got), err)
		}
		if _, _, err := FetchFile(ctx, MemFetcher{"bad": c.bad}, []string{"bad"}, key, len(data)); !errors.Is(err, ErrUnavailable) {
			t.Errorf("%s alone: %v, want ErrUnavailable", c.name, err)
		}
	}
}

// TestPieceListCodec: lists round-trip; wrong magic, version, sizes and
// lengths are refused.
func TestPieceListCodec(t *testing.T) {
	l := &PieceList{Size: 3*PieceBytes - 1, Pieces: []Hash{{1}, {2}, {3}}}
	got, err := DecodePieceList(l.Encode())
	if err != nil || got.Size != l.Size || len(got.Pieces) != 3 || got.Pieces[2] != (Hash{3}) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	enc := l.Encode()
	for name, b := range map[string][]byte{
		"empty":         nil,
		"magic":         append([]byte("xmpieces"), enc[8:]...),
		"version":       append(append(bytes.Clone(enc[:8]), 2), enc[9:]...),
		"one hash less": enc[:len(enc)-32],
		"one hash more": append(bytes.Clone(enc), make([]byte, 32)...),
		"a small file":  (&PieceList{Size: PieceBytes, Pieces: []Hash{{1}}}).Encode(),
		"too large":     (&PieceList{Size: FileBytesMax + 1}).Encode(),
	} {
		if _, err := DecodePieceList(b); !errors.Is(err, ErrFile) {
			t.Errorf("%s: %v, want ErrFile", name, err)
		}
	}
}

func FuzzDecodePieceList(f *testing.F) {
	f.Add((&PieceList{Size: PieceBytes + 1, Pieces: []Hash{{1}, {2}}}).Encode())
	f.Add((&PieceList{Size: 5 * PieceBytes, Pieces: make([]Hash, 5)}).Encode())
	f.Add([]byte("tmpieces\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := DecodePieceList(b)
		if err != nil {
			if !errors.Is(err, ErrFile) {
				t.Fatalf("error %v is not ErrFile", err)
			}
			return
		}
		if !bytes.Equal(l.Encode(), b) || len(l.Pieces) != pieceCount(l.Size) {
			t.Fatal("a decoded list does not re-encode to its bytes")
		}
	})
}

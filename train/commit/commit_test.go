package commit

import (
	"crypto/sha256"
	"errors"
	"math"
	"testing"

	"github.com/trainmesh/trainmesh/train/merkle"
)

func leaves(n int) []Leaf {
	ls := make([]Leaf, n)
	for i := range ls {
		ls[i] = Leaf{Step: uint64(10 + i), Contribution: Floats([]float32{float32(i)}), Reduced: Floats([]float32{float32(-i), 1})}
	}
	return ls
}

// TestProofs: for trees of 1 to 33 leaves, every leaf's proof verifies
// against the root, and fails for another leaf, another index or a
// changed sibling.
func TestProofs(t *testing.T) {
	for n := 1; n <= 33; n++ {
		ls := leaves(n)
		root := Root(ls)
		for i := range ls {
			p, err := Proof(ls, i)
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(root, ls[i], i, n, p); err != nil {
				t.Errorf("n=%d i=%d: %v", n, i, err)
			}
			other := ls[i]
			other.Contribution[0] ^= 1
			if err := Verify(root, other, i, n, p); !errors.Is(err, ErrProof) {
				t.Errorf("n=%d i=%d: altered leaf: %v, want ErrProof", n, i, err)
			}
			if n > 1 {
				if err := Verify(root, ls[i], (i+1)%n, n, p); err == nil {
					t.Errorf("n=%d i=%d: verified at index %d", n, i, (i+1)%n)
				}
				bad := append([]Hash(nil), p...)
				bad[0][5] ^= 0x80
				if err := Verify(root, ls[i], i, n, bad); !errors.Is(err, ErrProof) {
					t.Errorf("n=%d i=%d: altered sibling: %v, want ErrProof", n, i, err)
				}
			}
		}
	}
	if _, err := Proof(leaves(3), 3); !errors.Is(err, ErrIndex) {
		t.Errorf("Proof(3 leaves, 3): %v, want ErrIndex", err)
	}
	if Root(nil) != sha256.Sum256(nil) {
		t.Error("the empty tree's root is not sha256 of nothing")
	}
}

// TestRootKnown pins the tree's shape: RFC 6962's split for 3 leaves is
// node(node(l0, l1), l2), with 0x00/0x01 prefixes.
func TestRootKnown(t *testing.T) {
	ls := leaves(3)
	l0, l1, l2 := ls[0].Hash(), ls[1].Hash(), ls[2].Hash()
	want := merkle.NodeHash(merkle.NodeHash(l0, l1), l2)
	if got := Root(ls); got != want {
		t.Errorf("Root = %s; want %s", got.Short(), want.Short())
	}
	enc := append([]byte{0}, ls[0].Encode()...)
	if Hash(sha256.Sum256(enc)) != l0 {
		t.Error("leaf hash is not sha256(0x00 ‖ encoding)")
	}
	if len(ls[0].Encode()) != LeafBytes || ls[0].Encode()[7] != 10 {
		t.Errorf("encoding % x: want 140 bytes, step big-endian first", ls[0].Encode()[:8])
	}
}

// TestLeafRoundTrip: DecodeLeaf inverts Encode, and every field moves the
// encoding (none is left out of the commitment).
func TestLeafRoundTrip(t *testing.T) {
	l := Leaf{Step: 7, Members: 4, Contribution: Floats([]float32{1}), Reduced: Floats([]float32{2}),
		State: Floats([]float32{3}), Transcript: Floats([]float32{4})}
	got, err := DecodeLeaf(l.Encode())
	if err != nil || got != l {
		t.Fatalf("DecodeLeaf(Encode(l)) = %+v, %v; want %+v", got, err, l)
	}
	for i, f := range []func(*Leaf){
		func(l *Leaf) { l.Step++ }, func(l *Leaf) { l.Members++ }, func(l *Leaf) { l.Contribution[31]++ },
		func(l *Leaf) { l.Reduced[31]++ }, func(l *Leaf) { l.State[31]++ }, func(l *Leaf) { l.Transcript[31]++ },
	} {
		m := l
		f(&m)
		if m.Hash() == l.Hash() {
			t.Errorf("field %d does not change the leaf hash", i)
		}
	}
	if _, err := DecodeLeaf(l.Encode()[1:]); !errors.Is(err, ErrLeaf) {
		t.Errorf("short leaf: %v, want ErrLeaf", err)
	}
}

// FuzzDecodeLeaf: any input decodes to a leaf that re-encodes to it, or
// fails with ErrLeaf.
func FuzzDecodeLeaf(f *testing.F) {
	f.Add(leaves(1)[0].Encode())
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := DecodeLeaf(b)
		if err != nil {
			if !errors.Is(err, ErrLeaf) {
				t.Fatalf("error %v is not ErrLeaf", err)
			}
			return
		}
		if string(l.Encode()) != string(b) {
			t.Fatal("decode then encode differs")
		}
	})
}

// TestFloatsBits: Floats tells apart exactly the buffers whose bits differ.
func TestFloatsBits(t *testing.T) {
	long := make([]float32, 10000) // spans several staging chunks
	long2 := append([]float32(nil), long...)
	long2[9999] = 1e-45
	tests := []struct {
		name string
		a, b []float32
		same bool
	}{
		{"equal", []float32{1, 2, 3}, []float32{1, 2, 3}, true},
		{"signed zero", []float32{0}, []float32{float32(math.Copysign(0, -1))}, false},
		{"one ulp", []float32{1}, []float32{math.Nextafter32(1, 2)}, false},
		{"length", []float32{1, 0}, []float32{1}, false},
		{"last of many", long, long2, false},
	}
	for _, tt := range tests {
		if got := Floats(tt.a) == Floats(tt.b); got != tt.same {
			t.Errorf("%s: Floats equal = %v; want %v", tt.name, got, tt.same)
		}
	}
}

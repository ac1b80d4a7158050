package merkle

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

type hash [32]byte

func TestProofs(t *testing.T) {
	for n := 1; n <= 17; n++ {
		var leaves []hash
		for i := 0; i < n; i++ {
			leaves = append(leaves, LeafHash[hash]([]byte{byte(i)}))
		}
		root := Root(leaves)
		for i := 0; i < n; i++ {
			p := Proof(leaves, i)
			if !Verify(root, leaves[i], i, n, p) {
				t.Fatalf("n=%d: proof of leaf %d does not verify", n, i)
			}
			if n > 1 && Verify(root, leaves[(i+1)%n], i, n, p) {
				t.Fatalf("n=%d: proof of leaf %d verifies another leaf", n, i)
			}
			if Verify(root, leaves[i], -1, n, p) || Verify(root, leaves[i], n, n, p) {
				t.Fatalf("n=%d: proof of leaf %d verifies at an index outside the tree", n, i)
			}
		}
	}
}

// TestKnownRoots pins the tree to RFC 6962's definition: the empty tree is
// sha256(""), one leaf is its leaf hash, two leaves hash as a node.
func TestKnownRoots(t *testing.T) {
	if got, want := Root[hash](nil), hash(sha256.Sum256(nil)); got != want {
		t.Fatalf("Root(empty) = %x; want sha256(\"\") %x", got, want)
	}
	a, b := LeafHash[hash]([]byte("a")), LeafHash[hash]([]byte("b"))
	if got, want := a, hash(sha256.Sum256([]byte("\x00a"))); got != want {
		t.Fatalf("LeafHash(a) = %x; want sha256(0x00 a) %x", got, want)
	}
	want := sha256.Sum256(append(append([]byte{1}, a[:]...), b[:]...))
	if got := Root([]hash{a, b}); got != hash(want) {
		t.Fatalf("Root(a, b) = %s; want %s", hex.EncodeToString(got[:]), hex.EncodeToString(want[:]))
	}
}

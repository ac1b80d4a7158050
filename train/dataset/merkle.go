package dataset

import (
	"crypto/sha256"
	"fmt"
)

// Hash is a sha256 digest: a chunk's address, a Merkle node, a root.
type Hash [32]byte

func (h Hash) String() string { return fmt.Sprintf("%x", h[:]) }

// Short is the first 8 hex digits, for logs.
func (h Hash) Short() string { return fmt.Sprintf("%x", h[:4]) }

// The Merkle tree is RFC 6962's (Certificate Transparency, section 2.1):
// a leaf hashes 0x00 ‖ data and an interior node 0x01 ‖ left ‖ right, so
// a leaf can never be passed off as a node (second-preimage attacks); a
// tree of n leaves splits at the largest power of two below n.
const (
	leafPrefix = 0x00
	nodePrefix = 0x01
)

func leafHash(data []byte) Hash {
	h := sha256.New()
	h.Write([]byte{leafPrefix})
	h.Write(data)
	var out Hash
	h.Sum(out[:0])
	return out
}

func nodeHash(l, r Hash) Hash {
	h := sha256.New()
	h.Write([]byte{nodePrefix})
	h.Write(l[:])
	h.Write(r[:])
	var out Hash
	h.Sum(out[:0])
	return out
}

// merkleRoot returns the root over leaf hashes (at least one).
func merkleRoot(leaves []Hash) Hash {
	if len(leaves) == 1 {
		return leaves[0]
	}
	k := splitPoint(len(leaves))
	return nodeHash(merkleRoot(leaves[:k]), merkleRoot(leaves[k:]))
}

// splitPoint is the largest power of two smaller than n (n ≥ 2).
func splitPoint(n int) int {
	k := 1
	for k<<1 < n {
		k <<= 1
	}
	return k
}

// merkleProof returns the audit path of leaf i (RFC 6962 section 2.1.1).
func merkleProof(leaves []Hash, i int) []Hash {
	if len(leaves) <= 1 {
		return nil
	}
	k := splitPoint(len(leaves))
	if i < k {
		return append(merkleProof(leaves[:k], i), merkleRoot(leaves[k:]))
	}
	return append(merkleProof(leaves[k:], i-k), merkleRoot(leaves[:k]))
}

// verifyProof reports whether leaf (a leaf hash) at index i of a tree of n
// leaves hashes up to root along proof (RFC 9162 section 2.1.3.2).
func verifyProof(root, leaf Hash, i, n int, proof []Hash) bool {
	if i < 0 || i >= n {
		return false
	}
	fn, sn := i, n-1
	r := leaf
	for _, p := range proof {
		if sn == 0 {
			return false
		}
		if fn&1 == 1 || fn == sn {
			r = nodeHash(p, r)
			for fn&1 == 0 && fn != 0 {
				fn >>= 1
				sn >>= 1
			}
		} else {
			r = nodeHash(r, p)
		}
		fn >>= 1
		sn >>= 1
	}
	return sn == 0 && r == root
}

// Package merkle is the RFC 6962 Merkle tree (Certificate Transparency,
// section 2.1) that trainmesh commits with: a dataset's manifest root
// (train/dataset) and a member's per-period contribution root
// (train/commit). A leaf hashes 0x00 ‖ data and an interior node
// 0x01 ‖ left ‖ right, so a leaf can never be passed off as a node
// (second-preimage attacks); a tree of n leaves splits at the largest power
// of two below n. The functions are generic over the callers' own 32-byte
// hash types.
//
// Written here rather than taken from a library: the tree is forty lines,
// and the libraries that have it (Trillian's, Sigsum's) bring gRPC or
// storage with them. It imports nothing of trainmesh.
package merkle

import "crypto/sha256"

const (
	leafPrefix = 0x00
	nodePrefix = 0x01
)

// LeafHash is sha256(0x00 ‖ data).
func LeafHash[H ~[32]byte](data []byte) H {
	h := sha256.New()
	h.Write([]byte{leafPrefix})
	h.Write(data)
	var out [32]byte
	h.Sum(out[:0])
	return H(out)
}

// NodeHash is sha256(0x01 ‖ l ‖ r).
func NodeHash[H ~[32]byte](l, r H) H {
	lb, rb := [32]byte(l), [32]byte(r)
	h := sha256.New()
	h.Write([]byte{nodePrefix})
	h.Write(lb[:])
	h.Write(rb[:])
	var out [32]byte
	h.Sum(out[:0])
	return H(out)
}

// Root returns the root over leaf hashes; the root of none is sha256 of
// nothing (RFC 6962's empty tree).
func Root[H ~[32]byte](leaves []H) H {
	switch len(leaves) {
	case 0:
		return H(sha256.Sum256(nil))
	case 1:
		return leaves[0]
	}
	k := splitPoint(len(leaves))
	return NodeHash(Root(leaves[:k]), Root(leaves[k:]))
}

// splitPoint is the largest power of two smaller than n (n ≥ 2).
func splitPoint(n int) int {
	k := 1
	for k<<1 < n {
		k <<= 1
	}
	return k
}

// Proof returns the audit path of leaf i (RFC 6962 section 2.1.1): the
// sibling hashes from the leaf up to the root. i must be in range.
func Proof[H ~[32]byte](leaves []H, i int) []H {
	if len(leaves) <= 1 {
		return nil
	}
	k := splitPoint(len(leaves))
	if i < k {
		return append(Proof(leaves[:k], i), Root(leaves[k:]))
	}
	return append(Proof(leaves[k:], i-k), Root(leaves[:k]))
}

// Verify reports whether leaf (a leaf hash) at index i of a tree of n
// leaves hashes up to root along proof (RFC 9162 section 2.1.3.2).
func Verify[H ~[32]byte](root, leaf H, i, n int, proof []H) bool {
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
			r = NodeHash(p, r)
			for fn&1 == 0 && fn != 0 {
				fn >>= 1
				sn >>= 1
			}
		} else {
			r = NodeHash(r, p)
		}
		fn >>= 1
		sn >>= 1
	}
	return sn == 0 && r == root
}

// Package commit holds what a training member commits to at every step it
// contributes to its group (issue 16, "Verified work"): the hash of the
// buffer it sends into the all-reduce and of the sum it gets back, as a
// Leaf, and over each receipt period the RFC 6962 Merkle root of those
// leaves, with inclusion proofs. A verifier that recomputes the member's
// contribution at a step (train/verify) compares the hash of what it got
// with the committed leaf; the root is what the member signs.
//
// Why sha256 (not keccak256, which ParamsHash uses): the contribution hash
// runs over the whole gradient at every step, so its speed counts, and
// Go's crypto/sha256 uses the CPU's SHA instructions on amd64 and arm64
// (several times keccak's throughput); RFC 6962, which train/dataset's
// manifest already follows, is defined with sha256; and a contract can
// still check an inclusion proof through the EVM's sha256 precompile
// (address 0x02) when evidence goes on-chain. The EVM never hashes a
// gradient, only 32-byte nodes.
//
// commit is pure: it imports only the standard library's hashing and
// encoding.
package commit

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/trainmesh/trainmesh/train/merkle"
)

// Errors of package commit.
var (
	// ErrProof: an inclusion proof does not lead from its leaf to the
	// root.
	ErrProof = errors.New("commit: inclusion proof does not match the root")
	// ErrIndex: a leaf index outside the tree.
	ErrIndex = errors.New("commit: leaf index outside the tree")
)

// Hash is a sha256 digest: of a buffer, of a leaf, of a Merkle node.
type Hash [32]byte

func (h Hash) String() string { return fmt.Sprintf("%x", h[:]) }

// Short is the first 8 hex digits, for logs.
func (h Hash) Short() string { return fmt.Sprintf("%x", h[:4]) }

// Floats hashes a float32 buffer: sha256 over each value's IEEE 754 bits,
// little-endian, in order. Two buffers hash alike exactly when they are
// bit-identical (+0 and −0 differ, as do NaNs with different payloads).
func Floats(v []float32) Hash {
	h := sha256.New()
	// hashChunkFloats bounds the staging buffer: one Write per 16 KiB.
	const hashChunkFloats = 4096
	var buf [4 * hashChunkFloats]byte
	for len(v) > 0 {
		n := min(len(v), hashChunkFloats)
		for i, x := range v[:n] {
			binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(x))
		}
		h.Write(buf[:4*n])
		v = v[n:]
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// Leaf is one contribution of a member to its group: at Step (the step
// being computed, from 1), the hash of the buffer it passed to the
// all-reduce (its local gradient and loss statistics, or its DiLoCo
// parameter change), how many members the all-reduce summed, and the
// hash of the group's sum it got back. Every honest member of a group
// gets the same Members and Reduced; a member's Contribution is what a
// verifier recomputes, and the sums before it (fetched by their Reduced
// hash) are what it replays to get there.
type Leaf struct {
	Step         uint64
	Members      uint32
	Contribution Hash
	Reduced      Hash
}

// leafBytes is a Leaf's encoding: Step and Members big-endian, then the
// two hashes.
const leafBytes = 8 + 4 + 32 + 32

// Encode returns the leaf's 76 bytes: Step (uint64, big-endian), Members
// (uint32, big-endian), Contribution, Reduced.
func (l Leaf) Encode() []byte {
	b := make([]byte, 0, leafBytes)
	b = binary.BigEndian.AppendUint64(b, l.Step)
	b = binary.BigEndian.AppendUint32(b, l.Members)
	b = append(b, l.Contribution[:]...)
	return append(b, l.Reduced[:]...)
}

// The Merkle tree is RFC 6962's (train/merkle), as the dataset manifest's.

// Hash is the leaf's RFC 6962 leaf hash: sha256(0x00 ‖ Encode()).
func (l Leaf) Hash() Hash { return merkle.LeafHash[Hash](l.Encode()) }

// Root returns the Merkle root of a period's leaves, in step order. The
// root of no leaves is sha256 of nothing (RFC 6962's empty tree).
func Root(leaves []Leaf) Hash {
	return merkle.Root(leafHashes(leaves))
}

func leafHashes(leaves []Leaf) []Hash {
	hs := make([]Hash, len(leaves))
	for i, l := range leaves {
		hs[i] = l.Hash()
	}
	return hs
}

// Proof returns the audit path of leaf i among leaves (RFC 6962 section
// 2.1.1): the sibling hashes from the leaf up to the root.
func Proof(leaves []Leaf, i int) ([]Hash, error) {
	if i < 0 || i >= len(leaves) {
		return nil, fmt.Errorf("%w: %d of %d", ErrIndex, i, len(leaves))
	}
	return merkle.Proof(leafHashes(leaves), i), nil
}

// Verify checks that leaf is leaf i of a tree of n leaves with root root,
// along proof (RFC 9162 section 2.1.3.2). It returns ErrProof or ErrIndex.
func Verify(root Hash, leaf Leaf, i, n int, proof []Hash) error {
	if i < 0 || i >= n {
		return fmt.Errorf("%w: %d of %d", ErrIndex, i, n)
	}
	if !merkle.Verify(root, leaf.Hash(), i, n, proof) {
		return fmt.Errorf("%w: leaf %d of %d (step %d)", ErrProof, i, n, leaf.Step)
	}
	return nil
}

// Period is a member's commitment for one receipt period: its leaves in
// step order (steps after the previous receipt, up to and including
// Step) and their root, which the member signs with its receipt.
type Period struct {
	// Step is the receipt's step: the steps done at the period's end.
	Step   uint64
	Leaves []Leaf
	Root   Hash
}

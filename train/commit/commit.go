// Package commit holds what a training member commits to at every step it
// contributes to its group (issue 16, "Verified work"): the hash of the
// buffer it sends into the all-reduce and of the sum it gets back, of its
// whole state before the step and of its record of the all-reduce, as a
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
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/train/merkle"
)

// Errors of package commit.
var (
	// ErrProof: an inclusion proof does not lead from its leaf to the
	// root.
	ErrProof = errors.New("commit: inclusion proof does not match the root")
	// ErrIndex: a leaf index outside the tree.
	ErrIndex = errors.New("commit: leaf index outside the tree")
	// ErrLeaf: bytes that are not a leaf's encoding.
	ErrLeaf = errors.New("commit: not a leaf encoding")
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
	// The all-reduce's transcripts hash segments the same way; one
	// implementation keeps a leaf's hashes and a hop's comparable.
	return Hash(transcript.Floats(v))
}

// Leaf is one contribution of a member to its group: at Step (the step
// being computed, from 1), the hash of the buffer it passed to the
// all-reduce (its local gradient and loss statistics, or its DiLoCo
// parameter change), how many members the all-reduce summed, and the
// hash of the group's sum it got back; then the hash of the member's
// whole training state before the step, from which a verifier recomputes
// the contribution in one step (fetched by that hash), and the hash of
// the all-reduce's transcript (every hop's received and sent segment
// hashes, mesh/allreduce/transcript), from which a verifier names a
// member that altered what it forwarded. Every honest member of a group
// gets the same Members and Reduced, and in the synchronous mode the
// same State.
type Leaf struct {
	Step         uint64
	Members      uint32
	Contribution Hash
	Reduced      Hash
	// State is the sha256 of the checkpoint encoding of the member's
	// state before the step (checkpoint.Hash: parameters, optimizer
	// moments, step; in the local-steps mode the state at the start of
	// the local steps that end at Step). It is the key a verifier
	// fetches the state by (mesh/blob).
	State Hash
	// Transcript is the hash of the member's record of the step's
	// all-reduce (transcript.Transcript.Hash); zero when its
	// all-reducer keeps none.
	Transcript Hash
}

// LeafBytes is a Leaf's encoding's length: Step and Members big-endian,
// then the four hashes.
const LeafBytes = 8 + 4 + 4*32

// Encode returns the leaf's 140 bytes: Step (uint64, big-endian), Members
// (uint32, big-endian), Contribution, Reduced, State, Transcript.
func (l Leaf) Encode() []byte {
	b := make([]byte, 0, LeafBytes)
	b = binary.BigEndian.AppendUint64(b, l.Step)
	b = binary.BigEndian.AppendUint32(b, l.Members)
	b = append(b, l.Contribution[:]...)
	b = append(b, l.Reduced[:]...)
	b = append(b, l.State[:]...)
	return append(b, l.Transcript[:]...)
}

// DecodeLeaf parses a leaf's encoding (evidence carries leaves).
func DecodeLeaf(b []byte) (Leaf, error) {
	if len(b) != LeafBytes {
		return Leaf{}, fmt.Errorf("%w: %d bytes, want %d", ErrLeaf, len(b), LeafBytes)
	}
	l := Leaf{Step: binary.BigEndian.Uint64(b), Members: binary.BigEndian.Uint32(b[8:])}
	copy(l.Contribution[:], b[12:])
	copy(l.Reduced[:], b[44:])
	copy(l.State[:], b[76:])
	copy(l.Transcript[:], b[108:])
	return l, nil
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

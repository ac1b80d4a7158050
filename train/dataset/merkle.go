package dataset

import (
	"fmt"

	"github.com/trainmesh/trainmesh/train/merkle"
)

// Hash is a sha256 digest: a chunk's address, a Merkle node, a root.
type Hash [32]byte

func (h Hash) String() string { return fmt.Sprintf("%x", h[:]) }

// Short is the first 8 hex digits, for logs.
func (h Hash) Short() string { return fmt.Sprintf("%x", h[:4]) }

// The Merkle tree over a manifest's leaves is RFC 6962's (train/merkle).
func leafHash(data []byte) Hash { return merkle.LeafHash[Hash](data) }

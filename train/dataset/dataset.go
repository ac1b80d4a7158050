// Package dataset owns trainmesh's data with provenance: a dataset is cut
// into chunks, each addressed by its sha256; a manifest lists them, and
// the Merkle root over the manifest is what a job names. A member fetches
// the manifest and the chunks of its shard from whichever peers hold them
// through a Fetcher, and checks every byte against the root before use: a
// holder that sends a wrong chunk is refused and the chunk is fetched from
// the next holder.
//
// It also loads CSV, IDX (MNIST's format) and plain text into datasets.
// dataset moves no bytes itself: the network side (mesh/blob) implements
// Fetcher. It imports only the standard library.
package dataset

import (
	"errors"
)

// Errors of package dataset.
var (
	// ErrManifest: a manifest that is malformed or out of bounds.
	ErrManifest = errors.New("dataset: invalid manifest")
	// ErrWrongHash: bytes that do not match the hash that names them.
	ErrWrongHash = errors.New("dataset: wrong hash")
	// ErrChunk: a chunk that matches its hash but whose records are
	// invalid (a label out of range): the dataset itself is bad.
	ErrChunk = errors.New("dataset: invalid chunk")
	// ErrUnavailable: no holder sent a valid copy.
	ErrUnavailable = errors.New("dataset: no holder has a valid copy")
	// ErrFormat: a CSV, IDX or text file that cannot be loaded.
	ErrFormat = errors.New("dataset: bad input file")
	// ErrParams: invalid parameters.
	ErrParams = errors.New("dataset: invalid parameters")
)

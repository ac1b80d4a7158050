// Package train owns the training loop of one member of a training group:
// each member computes the gradient of its shard's batch on its compute
// backend (package gpu, through the models of train/nn), the group
// averages the gradients through an AllReducer, and every member applies
// the same optimizer update, so all members hold bit-identical parameters.
// Every N steps a member hashes its parameters, hands the hash to a
// ReceiptSigner and compares it with the group's; it writes resumable
// checkpoints to its data dir (train/checkpoint). A local-steps mode
// (DiLoCo) trades communication for compute on slow links.
//
// train talks to no network: it is given an AllReducer (mesh/allreduce
// over libp2p in a node; LocalGroup, an in-memory twin, in tests and the
// demo) and its data (train/dataset, fetched and verified beforehand).
package train

import (
	"context"
	"errors"
)

// Errors of package train.
var (
	// ErrParams: invalid training parameters.
	ErrParams = errors.New("train: invalid parameters")
	// ErrQuorum: fewer members are left than the job needs.
	ErrQuorum = errors.New("train: group below quorum")
	// ErrDiverged: the members' parameter hashes differ, so at least one
	// member computed something else. The signed receipts say who.
	ErrDiverged = errors.New("train: members' parameters differ")
	// ErrDropped: this member was dropped from its group.
	ErrDropped = errors.New("train: dropped from the group")
	// ErrMismatch: members passed buffers of different lengths to one
	// all-reduce.
	ErrMismatch = errors.New("train: all-reduce buffers differ in length")
)

// AllReducer sums a buffer over the group's live members. It is
// implemented by mesh/allreduce (ring all-reduce over libp2p streams);
// LocalGroup is its in-memory twin. PROTOCOL.md fixes this contract.
type AllReducer interface {
	// AllReduce replaces buf with the element-wise sum over the live
	// members of the group and returns how many members contributed. All
	// members end with bit-identical buffers. If a member fails mid-way,
	// the survivors redo the operation among themselves; it never returns
	// a partial sum.
	AllReduce(ctx context.Context, buf []float32) (members int, err error)
}

// ReceiptSigner signs and publishes a member's step receipts. The node
// implements it: it signs the EIP-712 StepReceipt(jobId, member, step,
// paramsHash) of PROTOCOL.md with the node's key and gossips it, so that
// a member whose hash differs from the others' is caught with its own
// signature (equivocation kind 3 if it signs two for one step).
type ReceiptSigner interface {
	SignReceipt(ctx context.Context, step uint64, paramsHash [32]byte) error
}

// Leaver is an optional ability of an AllReducer: Leave tells the group
// that this member is gone for good, so the others stop waiting for it at
// once instead of after a timeout. A Member calls it when its run ends
// early (an error, its context ending).
type Leaver interface {
	Leave()
}

// Transcriber is an optional ability of an AllReducer that records each
// all-reduce hop by hop (mesh/allreduce/transcript): LastTranscript is the
// hash of its record of the last completed AllReduce, which a Member
// commits to in the step's leaf (commit.Leaf.Transcript).
type Transcriber interface {
	LastTranscript() [32]byte
}

package node

import (
	"context"
	"fmt"

	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/train"
)

// ringReducer adapts a ring all-reduce group, whose members agreed on one
// tensor length when they formed it, to train.AllReducer, which a member
// calls with buffers of several lengths (a gradient, a hash comparison).
// Shorter buffers are padded with zeros: zeros add nothing to a sum, so the
// result in the buffer's prefix is the sum the caller asked for.
type ringReducer struct {
	g       *allreduce.Group
	scratch []float32 // padded copy of a short buffer; only one call runs at a time
}

// NewRingReducer returns g as a train.AllReducer. g's tensor length must be
// train.ReduceLen of the model's layout. Leave closes g.
func NewRingReducer(g *allreduce.Group) interface {
	train.AllReducer
	train.Leaver
} {
	return &ringReducer{g: g}
}

func (r *ringReducer) AllReduce(ctx context.Context, buf []float32) (int, error) {
	n := r.g.Spec().Len
	switch {
	case len(buf) == n:
		return r.g.AllReduce(ctx, buf)
	case len(buf) > n:
		return 0, fmt.Errorf("%w: %d elements, the ring was formed for %d", train.ErrMismatch, len(buf), n)
	}
	if r.scratch == nil {
		r.scratch = make([]float32, n)
	}
	copy(r.scratch, buf)
	clear(r.scratch[len(buf):])
	k, err := r.g.AllReduce(ctx, r.scratch)
	if err != nil {
		return 0, err
	}
	copy(buf, r.scratch)
	return k, nil
}

func (r *ringReducer) Leave() { r.g.Close() }

// LastTranscript is the hash of this member's transcript of the last
// all-reduce (train.Transcriber); zero when the ring keeps none.
func (r *ringReducer) LastTranscript() [32]byte { return r.g.LastTranscript() }

// lastOp is the ring's records of the last all-reduce (hops.go).
func (r *ringReducer) lastOp() (allreduce.OpRecord, bool) { return r.g.LastOp() }

// lastRing is the ring the last all-reduce completed on
// (allreduce.Group.LastRing).
func (r *ringReducer) lastRing() (allreduce.Ring, bool) { return r.g.LastRing() }

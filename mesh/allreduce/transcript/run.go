package transcript

import (
	"fmt"

	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// Run is one all-reduce of bufs (bufs[r] is rank r's tensor, all of one
// length) in memory, hop by hop over whole segments, as the engine runs
// it (schedule.Execute: each element summed by the ring in one fixed
// order, so the bits are the engine's whatever its chunking). It returns
// each rank's transcript and hands every sent segment to keep (when not
// nil) with its hash, as members keep them for verifiers. alter, when not
// nil, may change what rank sends at hop (a tamperer in tests and
// simulations) after it is read from the rank's buffer and before it is
// hashed and sent; the rank's own buffer keeps what it held.
func Run(bufs [][]float32, alter func(rank, hop int, seg []float32), keep func(Hash, []float32)) ([]Transcript, error) {
	n := len(bufs)
	if n == 0 {
		return nil, fmt.Errorf("%w: no buffers", ErrInput)
	}
	l, err := schedule.NewLayout(n, len(bufs[0]), max(1, len(bufs[0])))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	for r, b := range bufs {
		if len(b) != l.Len() {
			return nil, fmt.Errorf("%w: rank %d has %d elements, rank 0 %d", ErrInput, r, len(b), l.Len())
		}
	}
	ts := make([]Transcript, n)
	for r := range ts {
		ts[r] = Transcript{Ranks: uint32(n), Rank: uint32(r), Len: uint64(l.Len()), Hops: make([]Hop, l.Steps())}
	}
	out := make([][]float32, n)
	sent := make([]Hash, n)
	for k := range l.Steps() {
		for r := range n {
			lo, hi := l.Segment(l.Step(r, k).Send)
			out[r] = append(out[r][:0], bufs[r][lo:hi]...)
			if alter != nil {
				alter(r, k, out[r])
			}
			sent[r] = Floats(out[r])
			ts[r].Hops[k].Sent = sent[r]
			if keep != nil {
				keep(sent[r], append([]float32(nil), out[r]...))
			}
		}
		for r := range n {
			from := (r - 1 + n) % n
			st := l.Step(r, k)
			lo, hi := l.Segment(st.Recv)
			ts[r].Hops[k].Recv = sent[from]
			dst := bufs[r][lo:hi]
			if st.Reduce {
				for i, v := range out[from] {
					dst[i] += v
				}
			} else {
				copy(dst, out[from])
			}
		}
	}
	return ts, nil
}

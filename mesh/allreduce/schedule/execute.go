package schedule

import "fmt"

// Execute runs one all-reduce of bufs (bufs[r] is rank r's tensor, Len
// elements each) in memory, following the schedule step by step: it is the
// reference the engine is tested against, and what the simulation runs when
// it wants values rather than timings. add(dst, src) adds src into dst
// element-wise; T is any element type (float32 for real data, contribution
// counters in the property tests).
//
// All ranks take step k of round j together: each first picks up the chunk
// it sends, then applies the chunk it receives, exactly as the network
// engine does on each link.
func Execute[T any](l Layout, bufs [][]T, add func(dst, src []T)) {
	if len(bufs) != l.ranks {
		panic(fmt.Sprintf("schedule: %d buffers for %d ranks", len(bufs), l.ranks))
	}
	for r, b := range bufs {
		if len(b) != l.length {
			panic(fmt.Sprintf("schedule: rank %d buffer has %d elements, want %d", r, len(b), l.length))
		}
	}
	inflight := make([][]T, l.ranks)
	for j := 0; j < l.chunks; j++ {
		for k := 0; k < l.Steps(); k++ {
			for r := 0; r < l.ranks; r++ {
				lo, hi := l.Chunk(l.Step(r, k).Send, j)
				inflight[r] = append(inflight[r][:0], bufs[r][lo:hi]...)
			}
			for r := 0; r < l.ranks; r++ {
				from := (r - 1 + l.ranks) % l.ranks
				st := l.Step(r, k)
				lo, hi := l.Chunk(st.Recv, j)
				if len(inflight[from]) != hi-lo {
					panic(fmt.Sprintf("schedule: round %d step %d: rank %d sent %d elements, rank %d expects %d", j, k, from, len(inflight[from]), r, hi-lo))
				}
				if st.Reduce {
					add(bufs[r][lo:hi], inflight[from])
				} else {
					copy(bufs[r][lo:hi], inflight[from])
				}
			}
		}
	}
}

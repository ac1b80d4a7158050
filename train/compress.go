package train

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/train/commit"
)

// outerStatsLen floats follow a compressed outer step's block statistics
// in its first all-reduce: the loss sum, the example count, and 1, whose
// sum is the number of members the statistics are over (the scales'
// divisor; a verifier reads it from the committed sum).
const outerStatsLen = 3

// OuterStatsLen is how many floats open a compressed outer step's
// contribution for a model of n floats: its first all-reduce (the block
// statistics and the loss statistics). The rest is its second, the
// values, whose all-reduce transcript the step's leaf commits to.
func OuterStatsLen(o codec.Outer, n int) int { return o.StatsLen(n) + outerStatsLen }

// commitCompressed is commitAllReduce for a compressed DiLoCo outer step
// (Params.Compression; the scheme is codec.Outer's). m.host holds the
// outer gradient Δ and the loss statistics. It adds the residual (e = Δ +
// r), sums e's block statistics over the group, derives the plan every
// member derives from that sum, sends the plan's values of e, keeps the
// rest as the new residual, and leaves in m.host the group's sum of what
// was sent (zero off the plan) and the summed loss statistics.
//
// The leaf commits to both all-reduces as one contribution: the
// statistics and the values as sent (after the tamper hook), and the
// group's sums of both, concatenated (Reduced). The state it commits to,
// hashed before the local steps, holds the residual: a verifier holding
// that state and the committed sum recomputes the contribution exactly
// (WithGroupSum). Transcript is the values' all-reduce's.
func (m *Member) commitCompressed(ctx context.Context, ev *Event) (int, time.Duration, error) {
	o := m.p.Compression
	n := len(m.params)
	e := m.host[:n]
	for _, r := range m.pads {
		clear(e[r[0]:r[1]])
	}
	for i, r := range m.residual {
		e[i] += r
	}
	sl := o.StatsLen(n)
	ls := sl + outerStatsLen
	o.Stats(m.sent[:sl], e)
	m.sent[sl], m.sent[sl+1], m.sent[sl+2] = m.host[n], m.host[n+1], 1
	var comm time.Duration
	if m.capture != nil {
		// A verifier's recomputation: the group's statistics come from
		// the committed sum.
		if len(m.groupSum) < ls {
			return 0, 0, fmt.Errorf("%w: a compressed outer step (%v) is recomputed from the group's sum; got %d floats, want at least %d", ErrParams, o, len(m.groupSum), ls)
		}
		copy(m.got[:ls], m.groupSum[:ls])
	} else {
		copy(m.got[:ls], m.sent[:ls])
		_, d, err := m.allReduce(ctx, m.got[:ls])
		comm += d
		if err != nil {
			return 0, comm, err
		}
	}
	k1 := m.got[sl+2]
	if !(k1 >= 1 && k1 == float32(math.Trunc(float64(k1))) && k1 <= 1<<20) {
		return 0, comm, fmt.Errorf("%w: the group's statistics count %v members", ErrParams, k1)
	}
	plan := o.Plan(n, m.got[:sl], int(k1))
	vals := m.sent[ls : ls+plan.Len]
	o.Compress(vals, m.residual, e, plan)
	if m.capture != nil {
		m.capture(append([]float32(nil), m.sent[:ls+plan.Len]...))
		return 0, 0, ErrCaptured
	}
	if m.tamper != nil {
		m.tamper(m.step+1, vals)
	}
	t := time.Now()
	leaf := commit.Leaf{Step: uint64(m.step + 1), Contribution: commit.Floats(m.sent[:ls+plan.Len]), State: m.state}
	hashing := time.Since(t)
	sum := m.got[ls : ls+plan.Len]
	copy(sum, vals)
	k, d, err := m.allReduce(ctx, sum)
	comm += d
	if err != nil {
		return k, comm, err
	}
	ev.Floats = ls + plan.Len
	m.closeLeaf(ev, leaf, k, m.got[:ls+plan.Len], hashing)
	o.Expand(e, sum, plan)
	m.host[n], m.host[n+1] = m.got[sl], m.got[sl+1]
	return k, comm, nil
}

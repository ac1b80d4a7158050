package allreduce

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/ringorder"
)

// Ring order from measured round trips (PROTOCOL.md, "Ring order"): each
// member pings every other member (MeasureRTT), the members gather their
// rows into one matrix through an all-reduce of the group in award order
// (AgreeRTT: each entry has one non-zero contributor, so the sum is exact
// whatever the order, and the ring's checksum comparison guarantees that
// every member holds the same bits), and each applies package ringorder's
// rule to it (OrderedSpec). The ring order changes the summation order,
// so the resulting spec is another group (its digest covers the order):
// a job fixes it once, before its first step.

const codecFP32 = codec.FP32

// rttMaxMicros is the largest round trip a matrix entry carries: float32
// holds integers exactly up to 2²⁴ (16.7 s).
const rttMaxMicros = 1<<24 - 1

// MeasureRTT pings every member but self from h count times (libp2p's
// ping protocol, over the connections the ring uses) and returns self's
// row: the least round trip to each, 0 for self. The least of several
// discards queueing behind other traffic.
func MeasureRTT(ctx context.Context, h host.Host, members []peer.ID, count int) ([]time.Duration, error) {
	row := make([]time.Duration, len(members))
	for j, p := range members {
		if p == h.ID() {
			continue
		}
		pctx, cancel := context.WithCancel(ctx)
		results := ping.Ping(pctx, h, p)
		for range max(1, count) {
			r, ok := <-results
			if !ok {
				break
			}
			if r.Error != nil {
				cancel()
				return nil, fmt.Errorf("allreduce: ping %s: %w", p, r.Error)
			}
			if row[j] == 0 || r.RTT < row[j] {
				row[j] = r.RTT
			}
		}
		cancel()
		for range results { // drained: ping's goroutine ends with pctx
		}
		if row[j] == 0 {
			return nil, fmt.Errorf("allreduce: ping %s: no answer", p)
		}
	}
	return row, nil
}

// AgreeRTT gathers every member's row (as MeasureRTT measured it; row
// self of the matrix) through one all-reduce of g, which must have every
// member in it and a tensor of at least members² floats, and returns the
// matrix in microseconds, the same at every member.
func AgreeRTT(ctx context.Context, g *Group, self int, row []time.Duration) ([][]int64, error) {
	n := len(g.spec.Members)
	if len(row) != n || self < 0 || self >= n {
		return nil, fmt.Errorf("%w: row of %d for member %d of %d", ErrSpec, len(row), self, n)
	}
	if g.spec.Compression != codecFP32 {
		return nil, fmt.Errorf("%w: round trips need exact sums, not %v", ErrSpec, g.spec.Compression)
	}
	if g.spec.Len < n*n {
		return nil, fmt.Errorf("%w: a tensor of %d floats cannot carry a %d×%d matrix", ErrSpec, g.spec.Len, n, n)
	}
	buf := make([]float32, g.spec.Len)
	for j, d := range row {
		buf[self*n+j] = float32(min(rttMaxMicros, max(0, d.Microseconds())))
	}
	k, err := g.AllReduce(ctx, buf)
	if err != nil {
		return nil, err
	}
	if k != n {
		return nil, fmt.Errorf("%w: %d of %d members contributed their round trips", ErrQuorum, k, n)
	}
	m := make([][]int64, n)
	for i := range m {
		m[i] = make([]int64, n)
		for j := range m[i] {
			v := buf[i*n+j]
			if v < 0 || v > rttMaxMicros || v != float32(math.Trunc(float64(v))) {
				return nil, fmt.Errorf("%w: round trip %d→%d summed to %v", ErrProtocol, i, j, v)
			}
			m[i][j] = int64(v)
		}
	}
	return m, nil
}

// OrderedSpec is s with its members in the order ringorder.Choose derives
// from the matrix rtt (AgreeRTT's, rows in s.Members' order) with margin
// m, and the decision. When the rule keeps award order the spec is s.
func OrderedSpec(s Spec, rtt [][]int64, m ringorder.Margin) (Spec, ringorder.Decision) {
	ids := make([]string, len(s.Members))
	for i, p := range s.Members {
		ids[i] = string(p)
	}
	d := ringorder.Choose(ids, rtt, m)
	if !d.Tour {
		return s, d
	}
	members := make([]peer.ID, len(d.Order))
	for i, j := range d.Order {
		members[i] = s.Members[j]
	}
	s.Members = members
	return s, d
}

package allreduce

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
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

// pingTries is how many ping streams MeasureRTT opens to one peer: a
// ping that fails (a stream reset on a loaded host, a connection being
// replaced) is asked again on a new stream, so that one failure does not
// cost the whole group its measured order.
const pingTries = 3

// pingTryTimeout bounds one ping stream: a peer too loaded to answer
// within it is asked again (libp2p's ping server gives up after 10 s).
const pingTryTimeout = 10 * time.Second

// MeasureRTT pings every member but self from h count times (libp2p's
// ping protocol, over the connections the ring uses) and returns self's
// row: the least round trip to each, 0 for self. The least of several
// discards queueing behind other traffic. A ping that fails is asked
// again on a new stream, pingTries streams at most per peer; a peer that
// answered fewer than count pings is measured by those it answered, and
// one that answered none is an error.
func MeasureRTT(ctx context.Context, h host.Host, members []peer.ID, count int) ([]time.Duration, error) {
	row := make([]time.Duration, len(members))
	count = max(1, count)
	for j, p := range members {
		if p == h.ID() {
			continue
		}
		var got int
		var last error
		for try := 0; try < pingTries && got < count && ctx.Err() == nil; try++ {
			n, best, err := pingPeer(ctx, h, p, count-got)
			got += n
			if n > 0 && (row[j] == 0 || best < row[j]) {
				row[j] = best
			}
			if err != nil {
				last = err
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if got == 0 {
			return nil, fmt.Errorf("allreduce: ping %s: no answer in %d tries: %w", p, pingTries, last)
		}
	}
	return row, nil
}

// pingPeer pings p on one stream until it has count answers or a ping
// fails (the stream is then broken), and returns how many answered, the
// least round trip among them and the failure.
func pingPeer(ctx context.Context, h host.Host, p peer.ID, count int) (int, time.Duration, error) {
	pctx, cancel := context.WithTimeout(ctx, pingTryTimeout)
	defer cancel()
	results := ping.Ping(pctx, h, p)
	defer func() {
		cancel()
		for range results { // drained: ping's goroutine ends with pctx
		}
	}()
	var (
		n    int
		best time.Duration
	)
	for n < count {
		r, ok := <-results
		switch {
		case !ok && pctx.Err() != nil:
			return n, best, fmt.Errorf("allreduce: ping %s: %w", p, pctx.Err())
		case !ok:
			return n, best, fmt.Errorf("allreduce: ping %s: %w", p, errPingEnded)
		case r.Error != nil:
			return n, best, fmt.Errorf("allreduce: ping %s: %w", p, r.Error)
		}
		// A round trip under a microsecond still counts as measured
		// (AgreeRTT carries whole microseconds; 0 means unmeasured).
		rtt := max(r.RTT, time.Microsecond)
		if n == 0 || rtt < best {
			best = rtt
		}
		n++
	}
	return n, best, nil
}

// errPingEnded: the ping stream closed without an error of its own.
var errPingEnded = errors.New("ping stream ended")

// AwaitMembers waits until every other member and standby of g's spec has
// joined the group on its host (Service.NewGroup with an equal spec),
// asking each (a ready request, which its host answers as soon as it has
// joined), and returns an error naming those that had not when ctx ended.
// A group that forms only once all are there (Form probes every member;
// one that has not joined yet is dropped) waits on this first: the
// round-trip ring of a measured ring order, which wants every row.
func (g *Group) AwaitMembers(ctx context.Context) error {
	peers := slices.DeleteFunc(append(slices.Clone(g.spec.Members), g.spec.Standbys...), func(p peer.ID) bool { return p == g.self })
	missing := make([]error, len(peers))
	var wg sync.WaitGroup
	for i, p := range peers {
		wg.Go(func() { missing[i] = g.awaitMember(ctx, p) })
	}
	wg.Wait()
	return errors.Join(missing...)
}

// readyRetryPause is the pause before a failed ready request is asked
// again (the peer refused at once: unreachable for now, or another spec);
// it doubles at each failure, up to readyRetryPauseMax. A fixed half
// second redialled a peer whose handshakes were timing out on a loaded
// machine (load 25 on two cores: "failed to negotiate security protocol")
// about twice a second for a minute, each attempt abandoned half done,
// and the member joined the round-trip ring too late.
const (
	readyRetryPause    = 500 * time.Millisecond
	readyRetryPauseMax = 4 * time.Second
)

func (g *Group) awaitMember(ctx context.Context, p peer.ID) error {
	pause := readyRetryPause
	for {
		// The peer's host waits up to readyWaitMax for the join before it
		// answers no; a little more here for the exchange itself.
		rctx, cancel := g.clk.WithTimeout(ctx, readyWaitMax+5*time.Second)
		var ack struct{}
		err := g.request(rctx, p, ctlRequest{Type: ctlReady, Group: g.spec.ID}, &ack)
		cancel()
		if err == nil {
			return nil
		}
		g.log.Debug("member not ready yet", "group", g.spec.ID, "peer", p, "err", err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("allreduce: %s did not join group %s: %w", p, g.spec.ID, err)
		case <-g.clk.After(pause):
		}
		pause = min(2*pause, readyRetryPauseMax)
	}
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

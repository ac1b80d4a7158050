// Package benchmark measures trainmesh's ring all-reduce on this machine
// against the two ceilings it is judged by, all in one run: N ring-shaped
// point-to-point libp2p transfers running at once over the same hosts and
// transport settings (what the ring could move at best), and the same ring
// over raw TCP. On request it also measures the libp2p ring with one
// connection per lane instead of one per link (Params.LaneConns), and with
// go-libp2p's TLS transport as it is, one system call per record
// (Params.UnbatchedTLS). It backs `trainmesh bench allreduce`.
//
// Every peer is a real libp2p host listening on 127.0.0.1 only; the
// benchmark stops after a fixed number of iterations.
package benchmark

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"runtime/metrics"
	"slices"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// ErrParams reports benchmark settings out of range.
var ErrParams = errors.New("benchmark: bad parameters")

// Params configure one benchmark run.
type Params struct {
	// Peers is the ring size N (2 to 32 on one machine).
	Peers int
	// Bytes is the tensor size S in bytes (a multiple of 4, 4 B to 1 GiB).
	Bytes int64
	// Iterations is how many times each of the three is measured; the
	// median is reported (1 to 100).
	Iterations int
	// Warmup runs of each before measuring (0 to 10).
	Warmup int
	// ChunkBytes, Lanes and Compression are the group's layout
	// (allreduce.Spec).
	ChunkBytes  int
	Lanes       int
	Compression codec.Kind
	// Transcripts has the ring record, sign (with a sha256 stand-in for
	// a signature) and exchange per-hop transcripts
	// (allreduce.Spec.Transcripts), to measure what they cost.
	Transcripts bool
	// Security is "tls" or "noise"; Transport tunes yamux (mesh.Params).
	Security  string
	Transport mesh.TransportParams
	// LaneConns also measures the libp2p ring with a connection of its
	// own per lane (one TCP connection, TLS session and yamux session
	// each) rather than all of a link's lanes on one. go-libp2p keeps one
	// connection per pair of peers, so each peer gets one extra host per
	// lane for it.
	LaneConns bool
	// UnbatchedTLS also measures the libp2p ring over hosts that run
	// go-libp2p's TLS transport as it is (Transport.TLSBatchWrites off),
	// to measure what batching the records gains in the same run.
	UnbatchedTLS bool
	// Clock times the runs (nil: the wall clock).
	Clock clock.Clock
	// DirectLanes has the all-reduce's members carry their lanes on TCP
	// connections of their own (allreduce.Params.DirectLanes); off, on
	// libp2p streams.
	DirectLanes bool
	// CPUProfileDir, with RunProcesses, has each peer process write a CPU
	// profile of its operations to peer-RANK.pprof in this directory.
	CPUProfileDir string
}

// DefaultParams: 4 peers, 64 MiB, 5 iterations, the default group layout
// and transport.
func DefaultParams() Params {
	spec := allreduce.DefaultSpec(allreduce.GroupID{}, nil, nil, 1)
	return Params{
		Peers:       4,
		Bytes:       64 << 20,
		Iterations:  5,
		Warmup:      1,
		ChunkBytes:  spec.ChunkBytes,
		Lanes:       spec.Lanes,
		Compression: spec.Compression,
		Security:    "tls",
		Transport:   mesh.DefaultTransportParams(),
		DirectLanes: allreduce.DefaultParams().DirectLanes,
	}
}

// Validate reports the first setting out of range.
func (p *Params) Validate() error {
	switch {
	case p.Peers < 2 || p.Peers > 32:
		return fmt.Errorf("%w: %d peers, want 2 to 32", ErrParams, p.Peers)
	case p.Bytes < 4 || p.Bytes > 1<<30 || p.Bytes%4 != 0:
		return fmt.Errorf("%w: %d bytes, want a multiple of 4 from 4 B to 1 GiB", ErrParams, p.Bytes)
	case p.Iterations < 1 || p.Iterations > 100:
		return fmt.Errorf("%w: %d iterations, want 1 to 100", ErrParams, p.Iterations)
	case p.Warmup < 0 || p.Warmup > 10:
		return fmt.Errorf("%w: %d warm-up runs, want 0 to 10", ErrParams, p.Warmup)
	}
	return p.Transport.Validate()
}

// Result is what one run measured. Rates are in bytes per second;
// durations are medians over the iterations.
type Result struct {
	Peers       int    `json:"peers"`
	Bytes       int64  `json:"bytes"`
	Iterations  int    `json:"iterations"`
	ChunkBytes  int    `json:"chunk_bytes"`
	Lanes       int    `json:"lanes"`
	Compression string `json:"compression"`
	Transcripts bool   `json:"transcripts"`
	Security    string `json:"security"`
	YamuxWindow uint32 `json:"yamux_window_bytes"`
	YamuxMsg    uint32 `json:"yamux_message_bytes"`
	// TLSBatchWrites: TLS records of one write left in one system call.
	TLSBatchWrites bool `json:"tls_batch_writes"`
	// DirectLanes: the all-reduce's lanes asked for TCP connections of
	// their own (Params.DirectLanes).
	DirectLanes bool `json:"direct_lanes"`
	// Processes reports that the all-reduce's peers ran as separate
	// processes (the baselines then ran after it, not interleaved).
	Processes bool `json:"processes"`
	// LinkBytes is what each ring link carries in one all-reduce: 2(N-1)/N
	// of the tensor. The baselines move the same amount per link.
	LinkBytes int64 `json:"link_bytes"`

	AllReduceTime time.Duration `json:"allreduce_ns"`
	// AllReduceCPU, RingLibp2pCPU and RingTCPCPU are the CPU time (user
	// and system, all peers together) of one run of each, median; measured
	// with RunProcesses only (0 otherwise). CPU time per byte depends on
	// the machine's load far less than wall time does.
	AllReduceCPU  time.Duration `json:"allreduce_cpu_ns,omitempty"`
	RingLibp2pCPU time.Duration `json:"ring_libp2p_cpu_ns,omitempty"`
	RingTCPCPU    time.Duration `json:"ring_tcp_cpu_ns,omitempty"`
	// AlgBW = S/t; BusBW = S/t × 2(N-1)/N, as nccl-tests define them.
	AlgBW float64 `json:"algbw_bytes_per_s"`
	BusBW float64 `json:"busbw_bytes_per_s"`

	RingLibp2pTime time.Duration `json:"ring_libp2p_ns"`
	// RingLibp2p is the per-link throughput of N concurrent ring-shaped
	// libp2p transfers: the ring's ceiling.
	RingLibp2p  float64       `json:"ring_libp2p_bytes_per_s"`
	RingTCPTime time.Duration `json:"ring_tcp_ns"`
	RingTCP     float64       `json:"ring_tcp_bytes_per_s"`
	// RingLaneConns is the per-link throughput of the libp2p ring with one
	// connection per lane (Params.LaneConns; 0 when not measured).
	RingLaneConnsTime time.Duration `json:"ring_libp2p_lane_conns_ns,omitempty"`
	RingLaneConns     float64       `json:"ring_libp2p_lane_conns_bytes_per_s,omitempty"`
	// RingUnbatched is the per-link throughput of the libp2p ring with
	// unbatched TLS records (Params.UnbatchedTLS; 0 when not measured).
	RingUnbatchedTime time.Duration `json:"ring_libp2p_unbatched_tls_ns,omitempty"`
	RingUnbatched     float64       `json:"ring_libp2p_unbatched_tls_bytes_per_s,omitempty"`

	// SchedAllReduce and SchedLibp2p are the Go scheduler's latencies
	// (how long a runnable goroutine waited for a CPU, runtime/metrics
	// /sched/latencies:seconds) during the all-reduce's and the libp2p
	// ring's measured runs: median and 99th percentile, in nanoseconds.
	// The all-reduce is a chain of hops, each of which waits for its
	// receiver to be scheduled; the baseline's transfers do not wait on
	// each other.
	SchedAllReduce Latencies `json:"sched_latency_allreduce"`
	SchedLibp2p    Latencies `json:"sched_latency_ring_libp2p"`

	// BusOverLibp2p = BusBW / RingLibp2p (1.0 is the ceiling);
	// Libp2pOverTCP = RingLibp2p / RingTCP; LaneConnsOverTCP =
	// RingLaneConns / RingTCP; UnbatchedOverTCP = RingUnbatched / RingTCP.
	BusOverLibp2p float64 `json:"busbw_over_ring_libp2p"`
	// BusOverTCP = BusBW / RingTCP: the all-reduce against the plain-TCP
	// ring of the same run.
	BusOverTCP       float64 `json:"busbw_over_ring_tcp"`
	Libp2pOverTCP    float64 `json:"ring_libp2p_over_tcp"`
	LaneConnsOverTCP float64 `json:"ring_libp2p_lane_conns_over_tcp,omitempty"`
	UnbatchedOverTCP float64 `json:"ring_libp2p_unbatched_tls_over_tcp,omitempty"`
}

// ringProtocol carries the libp2p baseline's bytes.
const ringProtocol protocol.ID = "/trainmesh/bench/ring/1.0.0"

// Run measures, iteration by iteration, the all-reduce, the libp2p ring
// and the TCP ring in turn, so that the three see the same machine load.
func Run(ctx context.Context, p Params, log *slog.Logger) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	clk := clock.OrReal(p.Clock)
	elems := int(p.Bytes / 4)
	res, err := newResult(p)
	if err != nil {
		return res, err
	}

	hosts, err := startHosts(ctx, p)
	if err != nil {
		return res, err
	}
	defer func() {
		for _, h := range hosts {
			h.Close()
		}
	}()
	ar, err := newRing(ctx, hosts, p, elems, log)
	if err != nil {
		return res, err
	}
	defer ar.close()
	lp, tr, err := startBaselines(ctx, hosts, p)
	if err != nil {
		return res, err
	}
	defer lp.close()
	defer tr.close()
	var lc *laneConnsRing
	if p.LaneConns {
		if lc, err = newLaneConnsRing(ctx, p); err != nil {
			return res, err
		}
		defer lc.close()
	}
	var ub *libp2pRing
	if p.UnbatchedTLS {
		up := p
		up.Transport.TLSBatchWrites = false
		uhosts, err := startHostsNamed(ctx, up, "bench-unbatched")
		if err != nil {
			return res, err
		}
		defer func() {
			for _, h := range uhosts {
				h.Close()
			}
		}()
		if ub, err = newLibp2pRing(ctx, uhosts, p.Lanes); err != nil {
			return res, err
		}
		defer ub.close()
	}

	chunk := max(4<<10, p.ChunkBytes)
	var tAR, tLP, tTCP, tLC, tUB []time.Duration
	var sAR, sLP schedHistogram
	for i := -p.Warmup; i < p.Iterations; i++ {
		s0 := readSched()
		d, err := ar.run(ctx, clk)
		if err != nil {
			return res, fmt.Errorf("all-reduce: %w", err)
		}
		s1 := readSched()
		d2, err := lp.run(ctx, clk, res.LinkBytes, chunk)
		if err != nil {
			return res, fmt.Errorf("libp2p ring: %w", err)
		}
		s2 := readSched()
		if i >= 0 {
			sAR.add(s0, s1)
			sLP.add(s1, s2)
		}
		d3, err := tr.run(ctx, clk, res.LinkBytes, chunk)
		if err != nil {
			return res, fmt.Errorf("TCP ring: %w", err)
		}
		var d4 time.Duration
		if lc != nil {
			if d4, err = lc.run(ctx, clk, res.LinkBytes, chunk); err != nil {
				return res, fmt.Errorf("libp2p ring, a connection per lane: %w", err)
			}
		}
		var d5 time.Duration
		if ub != nil {
			if d5, err = ub.run(ctx, clk, res.LinkBytes, chunk); err != nil {
				return res, fmt.Errorf("libp2p ring, unbatched TLS: %w", err)
			}
		}
		log.Debug("iteration", "i", i, "allreduce", d, "libp2p ring", d2, "tcp ring", d3, "libp2p ring with lane connections", d4, "libp2p ring with unbatched TLS", d5)
		if i >= 0 {
			tAR, tLP, tTCP = append(tAR, d), append(tLP, d2), append(tTCP, d3)
			tLC, tUB = append(tLC, d4), append(tUB, d5)
		}
	}
	res.AllReduceTime, res.RingLibp2pTime, res.RingTCPTime = median(tAR), median(tLP), median(tTCP)
	if lc != nil {
		res.RingLaneConnsTime = median(tLC)
	}
	if ub != nil {
		res.RingUnbatchedTime = median(tUB)
	}
	res.SchedAllReduce, res.SchedLibp2p = sAR.latencies(), sLP.latencies()
	res.finish()
	return res, nil
}

// Latencies summarises a distribution of waits.
type Latencies struct {
	P50 time.Duration `json:"p50_ns"`
	P99 time.Duration `json:"p99_ns"`
}

// schedMetric is the Go scheduler's histogram of the time goroutines
// spent runnable before they ran.
const schedMetric = "/sched/latencies:seconds"

func readSched() *metrics.Float64Histogram {
	s := []metrics.Sample{{Name: schedMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindFloat64Histogram {
		return nil
	}
	return s[0].Value.Float64Histogram()
}

// schedHistogram sums the scheduler-latency counts of some intervals.
type schedHistogram struct {
	buckets []float64
	counts  []uint64
}

// add counts what the histogram gained between before and after.
func (h *schedHistogram) add(before, after *metrics.Float64Histogram) {
	if before == nil || after == nil || len(before.Counts) != len(after.Counts) {
		return
	}
	if h.counts == nil {
		h.buckets = after.Buckets
		h.counts = make([]uint64, len(after.Counts))
	}
	for i := range after.Counts {
		h.counts[i] += after.Counts[i] - before.Counts[i]
	}
}

func (h *schedHistogram) latencies() Latencies {
	return Latencies{P50: h.quantile(0.5), P99: h.quantile(0.99)}
}

// quantile returns the upper bound of the bucket holding quantile q (the
// histogram's resolution is a bucket; the last is open, so its lower
// bound stands in).
func (h *schedHistogram) quantile(q float64) time.Duration {
	var total uint64
	for _, c := range h.counts {
		total += c
	}
	if total == 0 {
		return 0
	}
	want := uint64(q * float64(total))
	var seen uint64
	for i, c := range h.counts {
		seen += c
		if seen > want {
			hi := h.buckets[i+1]
			if math.IsInf(hi, 1) {
				hi = h.buckets[i]
			}
			return time.Duration(hi * 1e9)
		}
	}
	return 0
}

// finish derives the rates and ratios from the measured times.
func (res *Result) finish() {
	s := float64(res.Bytes)
	res.AlgBW = s / res.AllReduceTime.Seconds()
	res.BusBW = float64(res.LinkBytes) / res.AllReduceTime.Seconds()
	res.RingLibp2p = float64(res.LinkBytes) / res.RingLibp2pTime.Seconds()
	res.RingTCP = float64(res.LinkBytes) / res.RingTCPTime.Seconds()
	res.BusOverLibp2p = res.BusBW / res.RingLibp2p
	res.BusOverTCP = res.BusBW / res.RingTCP
	res.Libp2pOverTCP = res.RingLibp2p / res.RingTCP
	if res.RingLaneConnsTime > 0 {
		res.RingLaneConns = float64(res.LinkBytes) / res.RingLaneConnsTime.Seconds()
		res.LaneConnsOverTCP = res.RingLaneConns / res.RingTCP
	}
	if res.RingUnbatchedTime > 0 {
		res.RingUnbatched = float64(res.LinkBytes) / res.RingUnbatchedTime.Seconds()
		res.UnbatchedOverTCP = res.RingUnbatched / res.RingTCP
	}
}

func newResult(p Params) (Result, error) {
	layout, err := schedule.NewLayout(p.Peers, int(p.Bytes/4), max(1, p.ChunkBytes/4))
	if err != nil {
		return Result{}, err
	}
	return Result{
		Peers: p.Peers, Bytes: p.Bytes, Iterations: p.Iterations, ChunkBytes: p.ChunkBytes, Lanes: p.Lanes,
		Compression: p.Compression.String(), Transcripts: p.Transcripts, Security: p.Security, DirectLanes: p.DirectLanes,
		YamuxWindow: p.Transport.YamuxWindowBytes, YamuxMsg: p.Transport.YamuxMessageBytes,
		TLSBatchWrites: p.Transport.TLSBatchWrites,
		LinkBytes:      layout.BusBytes(4),
	}, nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func startHosts(ctx context.Context, p Params) ([]*mesh.Host, error) {
	return startHostsNamed(ctx, p, "bench")
}

// startHostsNamed starts p.Peers hosts whose keys derive from name.
func startHostsNamed(ctx context.Context, p Params, name string) ([]*mesh.Host, error) {
	hosts := make([]*mesh.Host, p.Peers)
	for i := range hosts {
		mp := mesh.LocalParams()
		mp.Security = p.Security
		mp.Transport = p.Transport
		h, err := mesh.New(ctx, identity.FromSeed(fmt.Appendf(nil, "%s-%d", name, i)).LibP2P(), mp, nil)
		if err != nil {
			for _, h := range hosts[:i] {
				h.Close()
			}
			return nil, err
		}
		hosts[i] = h
	}
	for _, h := range hosts {
		for _, o := range hosts {
			if h != o {
				h.Peerstore().AddAddrs(o.ID(), o.Addrs(), time.Hour)
			}
		}
	}
	return hosts, nil
}

// ring is the all-reduce under test: one group over all hosts.
type ring struct {
	svcs   []*allreduce.Service
	groups []*allreduce.Group
	bufs   [][]float32
	// shared: the services belong to another ring (close leaves them).
	shared bool
}

func newRing(ctx context.Context, hosts []*mesh.Host, p Params, elems int, log *slog.Logger) (*ring, error) {
	svcs := make([]*allreduce.Service, len(hosts))
	for i, h := range hosts {
		svcs[i] = allreduce.NewService(h, log)
	}
	members := make([]peer.ID, len(hosts))
	for i, h := range hosts {
		members[i] = h.ID()
	}
	spec := allreduce.DefaultSpec(allreduce.GroupID{'b', 'e', 'n', 'c', 'h'}, members, nil, elems)
	spec.ChunkBytes, spec.Lanes, spec.Compression, spec.Transcripts = p.ChunkBytes, p.Lanes, p.Compression, p.Transcripts
	r, err := newRingOn(ctx, svcs, hosts, spec, p, log)
	if err != nil {
		for _, s := range svcs {
			s.Close()
		}
		return nil, err
	}
	r.shared = false // this ring's services: its close closes them
	return r, nil
}

// newRingOn forms the group spec on services svcs of hosts (in host
// order; the spec's members may be in any order), each member's buffer
// filled from its host index, so that a reordered ring sums the same
// inputs. The ring does not own the services.
func newRingOn(ctx context.Context, svcs []*allreduce.Service, hosts []*mesh.Host, spec allreduce.Spec, p Params, log *slog.Logger) (*ring, error) {
	r := &ring{shared: true}
	gp := allreduce.DefaultParams()
	gp.Log = log
	gp.DirectLanes = p.DirectLanes
	at := map[peer.ID]int{}
	for i, h := range hosts {
		at[h.ID()] = i
	}
	for _, m := range spec.Members {
		i, ok := at[m]
		if !ok {
			r.close()
			return nil, fmt.Errorf("benchmark: member %s has no host", m)
		}
		h, svc := hosts[i], svcs[i]
		r.svcs = append(r.svcs, svc)
		if p.Transcripts {
			w, err := newKeyWitness(h)
			if err != nil {
				r.close()
				return nil, err
			}
			gp.Witness = w
		}
		g, err := svc.NewGroup(spec, gp)
		if err != nil {
			r.close()
			return nil, err
		}
		r.groups = append(r.groups, g)
		buf := make([]float32, spec.Len)
		for j := range buf {
			buf[j] = float32(j%1000) * 1e-3 * float32(i+1)
		}
		r.bufs = append(r.bufs, buf)
	}
	errs := make([]error, len(r.groups))
	var wg sync.WaitGroup
	for i, g := range r.groups {
		wg.Go(func() { _, errs[i] = g.Form(ctx) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		r.close()
		return nil, err
	}
	return r, nil
}

func (r *ring) run(ctx context.Context, clk clock.Clock) (time.Duration, error) {
	errs := make([]error, len(r.groups))
	var wg sync.WaitGroup
	start := clk.Now()
	for i, g := range r.groups {
		wg.Go(func() {
			n, err := g.AllReduce(ctx, r.bufs[i])
			if err == nil && n != len(r.groups) {
				err = fmt.Errorf("%d members contributed, want %d", n, len(r.groups))
			}
			errs[i] = err
		})
	}
	wg.Wait()
	d := clk.Since(start)
	// Scale back down so that repeated sums stay small.
	for _, b := range r.bufs {
		for j := range b {
			b[j] *= 1.0 / float32(len(r.groups))
		}
	}
	return d, errors.Join(errs...)
}

func (r *ring) close() {
	for _, g := range r.groups {
		g.Close()
	}
	if !r.shared {
		for _, s := range r.svcs {
			s.Close()
		}
	}
}

// libp2pRing is the ceiling: every host streams to its successor at once,
// over the same hosts, security and yamux settings, with as many streams
// per link as the all-reduce has lanes, writing chunk-sized pieces.
type libp2pRing struct {
	hosts []*mesh.Host
	out   [][]network.Stream // per host, per lane: to the successor
	in    [][]network.Stream // per host, per lane: from the predecessor
}

func newLibp2pRing(ctx context.Context, hosts []*mesh.Host, lanes int) (*libp2pRing, error) {
	n := len(hosts)
	r := &libp2pRing{hosts: hosts, out: make([][]network.Stream, n), in: make([][]network.Stream, n)}
	var mu sync.Mutex
	for i := range hosts {
		r.in[i] = make([]network.Stream, lanes)
	}
	got := make(chan error, n*lanes) // every accepted stream reports once
	for i, h := range hosts {
		h.SetStreamHandler(ringProtocol, func(s network.Stream) {
			// The opener's first byte says which lane the stream is, so
			// that both ends split a link's bytes the same way.
			var b [1]byte
			_ = s.SetReadDeadline(clock.NetDeadline(ioDeadline))
			if _, err := io.ReadFull(s, b[:]); err != nil || int(b[0]) >= lanes {
				_ = s.Reset()
				got <- fmt.Errorf("bad ring stream hello: %v", err)
				return
			}
			mu.Lock()
			r.in[i][b[0]] = s
			mu.Unlock()
			got <- nil
		})
	}
	for i, h := range hosts {
		succ := hosts[(i+1)%n].ID()
		for lane := range lanes {
			s, err := h.NewStream(ctx, succ, ringProtocol)
			if err == nil {
				_, err = s.Write([]byte{byte(lane)})
			}
			if err != nil {
				r.close()
				return nil, err
			}
			r.out[i] = append(r.out[i], s)
		}
	}
	for range n * lanes {
		select {
		case err := <-got:
			if err != nil {
				r.close()
				return nil, err
			}
		case <-ctx.Done():
			r.close()
			return nil, ctx.Err()
		}
	}
	return r, nil
}

func (r *libp2pRing) run(ctx context.Context, clk clock.Clock, linkBytes int64, chunk int) (time.Duration, error) {
	outs := make([][]io.Writer, len(r.out))
	ins := make([][]io.Reader, len(r.in))
	for i := range r.out {
		for _, s := range r.out[i] {
			outs[i] = append(outs[i], s)
		}
		for _, s := range r.in[i] {
			ins[i] = append(ins[i], s)
		}
	}
	return runRing(ctx, clk, outs, ins, linkBytes, chunk)
}

func (r *libp2pRing) close() {
	for _, h := range r.hosts {
		h.RemoveStreamHandler(ringProtocol)
	}
	for i := range r.out {
		for _, s := range append(r.out[i], r.in[i]...) {
			if s != nil {
				_ = s.Reset()
			}
		}
	}
}

// laneConnsRing is the libp2p ring with a connection per lane: lane l of
// every link joins the l-th hosts of the two peers, which are connected to
// nothing else, so each lane has its own TCP connection, TLS session and
// yamux session, as the TCP ring has.
type laneConnsRing struct {
	hosts [][]*mesh.Host // per lane, per peer
	rings []*libp2pRing  // per lane: a one-stream ring over hosts[lane]
}

func newLaneConnsRing(ctx context.Context, p Params) (*laneConnsRing, error) {
	r := &laneConnsRing{}
	for lane := range p.Lanes {
		hosts, err := startHostsNamed(ctx, p, fmt.Sprintf("bench-lane-%d", lane))
		if err != nil {
			r.close()
			return nil, err
		}
		r.hosts = append(r.hosts, hosts)
		ring, err := newLibp2pRing(ctx, hosts, 1)
		if err != nil {
			r.close()
			return nil, err
		}
		r.rings = append(r.rings, ring)
	}
	return r, nil
}

func (r *laneConnsRing) run(ctx context.Context, clk clock.Clock, linkBytes int64, chunk int) (time.Duration, error) {
	n := len(r.hosts[0])
	outs := make([][]io.Writer, n)
	ins := make([][]io.Reader, n)
	for _, ring := range r.rings {
		for i := range n {
			outs[i] = append(outs[i], ring.out[i][0])
			ins[i] = append(ins[i], ring.in[i][0])
		}
	}
	return runRing(ctx, clk, outs, ins, linkBytes, chunk)
}

func (r *laneConnsRing) close() {
	for _, ring := range r.rings {
		ring.close()
	}
	for _, hosts := range r.hosts {
		for _, h := range hosts {
			h.Close()
		}
	}
}

// tcpRing is the same ring over plain TCP sockets on 127.0.0.1.
type tcpRing struct {
	out, in [][]net.Conn
}

func newTCPRing(n, lanes int) (*tcpRing, error) { return newTCPRingVia(n, lanes, nil) }

// startBaselines starts the two rings every all-reduce figure is set
// against: plain libp2p streams between hosts, and plain TCP.
func startBaselines(ctx context.Context, hosts []*mesh.Host, p Params) (*libp2pRing, *tcpRing, error) {
	lp, err := newLibp2pRing(ctx, hosts, p.Lanes)
	if err != nil {
		return nil, nil, err
	}
	tr, err := newTCPRing(p.Peers, p.Lanes)
	if err != nil {
		lp.close()
		return nil, nil, err
	}
	return lp, tr, nil
}

// newTCPRingVia is newTCPRing whose peer src reaches peer dst's listener
// at the address via returns (nil: directly).
func newTCPRingVia(n, lanes int, via func(src, dst int, target *net.TCPAddr) (*net.TCPAddr, error)) (*tcpRing, error) {
	r := &tcpRing{out: make([][]net.Conn, n), in: make([][]net.Conn, n)}
	for i := range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			r.close()
			return nil, err
		}
		pred := (i - 1 + n) % n
		addr := ln.Addr().(*net.TCPAddr)
		if via != nil {
			if addr, err = via(pred, i, addr); err != nil {
				ln.Close()
				r.close()
				return nil, err
			}
		}
		for range lanes {
			c, err := net.Dial("tcp", addr.String())
			if err != nil {
				ln.Close()
				r.close()
				return nil, err
			}
			a, err := ln.Accept()
			if err != nil {
				c.Close()
				ln.Close()
				r.close()
				return nil, err
			}
			r.out[pred] = append(r.out[pred], c)
			r.in[i] = append(r.in[i], a)
		}
		ln.Close()
	}
	return r, nil
}

func (r *tcpRing) run(ctx context.Context, clk clock.Clock, linkBytes int64, chunk int) (time.Duration, error) {
	outs := make([][]io.Writer, len(r.out))
	ins := make([][]io.Reader, len(r.in))
	for i := range r.out {
		for _, c := range r.out[i] {
			outs[i] = append(outs[i], c)
		}
		for _, c := range r.in[i] {
			ins[i] = append(ins[i], c)
		}
	}
	return runRing(ctx, clk, outs, ins, linkBytes, chunk)
}

func (r *tcpRing) close() {
	for i := range r.out {
		for _, c := range append(r.out[i], r.in[i]...) {
			c.Close()
		}
	}
}

// ioDeadline bounds one baseline transfer, so that a stuck ring cannot hang
// the benchmark.
const ioDeadline = 5 * time.Minute

// runRing moves linkBytes over every link at once, split evenly over the
// link's streams, written in chunk-sized pieces, and returns the time until
// the last byte arrived.
func runRing(ctx context.Context, clk clock.Clock, outs [][]io.Writer, ins [][]io.Reader, linkBytes int64, chunk int) (time.Duration, error) {
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(outs)*len(outs[0]))
	ctx, cancel := clk.WithTimeout(ctx, ioDeadline)
	defer cancel()
	start := clk.Now()
	for i := range outs {
		lanes := len(outs[i])
		for lane := range lanes {
			share := linkBytes / int64(lanes)
			if lane < int(linkBytes%int64(lanes)) {
				share++
			}
			w, rd := outs[i][lane], ins[(i+1)%len(outs)][lane]
			setDeadline(w, ctx)
			setDeadline(rd, ctx)
			wg.Go(func() {
				buf := make([]byte, chunk)
				for left := share; left > 0; {
					n := min(int64(chunk), left)
					if _, err := w.Write(buf[:n]); err != nil {
						errs <- err
						return
					}
					left -= n
				}
			})
			wg.Go(func() {
				buf := make([]byte, chunk)
				for left := share; left > 0; {
					n := min(int64(chunk), left)
					if _, err := io.ReadFull(rd, buf[:n]); err != nil {
						errs <- err
						return
					}
					left -= n
				}
			})
		}
	}
	wg.Wait()
	d := clk.Since(start)
	close(errs)
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	return d, errors.Join(all...)
}

func setDeadline(x any, ctx context.Context) {
	dl, _ := ctx.Deadline()
	if d, ok := x.(interface{ SetDeadline(time.Time) error }); ok {
		_ = d.SetDeadline(dl)
	}
}

// keyWitness signs transcripts with the host's secp256k1 key (recoverable
// ECDSA over the statement's sha256, as a node would) and checks a
// signer's by recovering its address: the real cost of the signatures.
type keyWitness struct{ key *identity.Key }

func newKeyWitness(h *mesh.Host) (keyWitness, error) {
	priv := h.Peerstore().PrivKey(h.ID())
	if priv == nil {
		return keyWitness{}, fmt.Errorf("%w: host %s has no key", ErrParams, h.ID())
	}
	raw, err := priv.Raw()
	if err != nil {
		return keyWitness{}, err
	}
	k, err := identity.FromBytes(raw)
	return keyWitness{k}, err
}

func (w keyWitness) Sign(msg []byte) ([]byte, error) { return w.key.SignHash(sha256.Sum256(msg)) }

func (keyWitness) Verify(signer peer.ID, msg, sig []byte) error {
	got, err := identity.Recover(sha256.Sum256(msg), sig)
	if err != nil {
		return err
	}
	want, err := identity.AddressOf(signer)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("signed by %s, not %s", got, want)
	}
	return nil
}

package benchmark

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/ringorder"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
	"github.com/trainmesh/trainmesh/mesh/wan"
)

// ErrBypassed reports that a connection of the shaped ring did not go
// through the emulated links (it would make the figures loopback's).
var ErrBypassed = errors.New("benchmark: a connection bypassed the emulated links")

// WANParams configure a run of the all-reduce over an emulated home
// internet (package wan). Params.Peers is ignored: the topology says.
type WANParams struct {
	Params
	Topology wan.Config
	// Loopback also times the same all-reduce on 127.0.0.1, unshaped, in
	// the same run.
	Loopback bool
	// Ceilings also times, over the same links, every peer streaming the
	// all-reduce's wire bytes to its successor at once: over libp2p (the
	// same hosts, yamux and lanes) and over plain TCP (Lanes connections
	// per link), which no ring schedule can beat.
	Ceilings bool
	// MeasuredOrder also times, in the same iterations, the ring in the
	// order its members derive from their measured round trips
	// (allreduce.MeasureRTT, AgreeRTT and OrderedSpec with Margin): the
	// protocol a job would run before its first step.
	MeasuredOrder bool
	Margin        ringorder.Margin
	// Processes, when set, also times the ring with each peer a process
	// of its own (RunPeer, started by Processes) over the same links,
	// before the rest of the run: a real peer is a process, and the
	// in-process ring of the same run is the baseline.
	Processes Command
}

// WANResult is what one run measured: the all-reduce's share of the
// ring's slowest link.
type WANResult struct {
	Peers       int    `json:"peers"`
	Bytes       int64  `json:"bytes"`
	Compression string `json:"compression"`
	ChunkBytes  int    `json:"chunk_bytes"`
	Lanes       int    `json:"lanes"`
	YamuxWindow uint32 `json:"yamux_window_bytes"`
	Iterations  int    `json:"iterations"`
	// WireBytes is what each ring link carries in one all-reduce, as
	// encoded (2(N-1)/N of the tensor at the codec's size per element),
	// without framing.
	WireBytes int64 `json:"wire_bytes"`
	// BottleneckBps is the slowest ring link (the sender's uplink or the
	// receiver's downlink) in bit/s; RingDelay the longest one-way delay
	// between ring neighbours.
	BottleneckBps int64         `json:"bottleneck_bps"`
	RingDelay     time.Duration `json:"ring_delay_ns"`
	// IdealTime is WireBytes at the bottleneck rate: no all-reduce over
	// these links can be faster (apart from the qdiscs' bursts).
	IdealTime     time.Duration `json:"ideal_ns"`
	AllReduceTime time.Duration `json:"allreduce_ns"`
	// LinkBps = WireBytes/AllReduceTime in bit/s; Fraction = LinkBps /
	// BottleneckBps (1.0: the link is never idle).
	LinkBps  float64 `json:"link_bps"`
	Fraction float64 `json:"fraction_of_bottleneck"`
	// LoopbackTime is the same all-reduce's time on 127.0.0.1 (0 when not
	// measured).
	LoopbackTime time.Duration `json:"loopback_ns,omitempty"`
	// Libp2pRingTime and TCPRingTime are the ceilings' times
	// (WANParams.Ceilings; 0 when not measured), Libp2pFraction and
	// TCPFraction their shares of the bottleneck.
	Libp2pRingTime time.Duration `json:"ring_libp2p_ns,omitempty"`
	Libp2pFraction float64       `json:"ring_libp2p_fraction,omitempty"`
	TCPRingTime    time.Duration `json:"ring_tcp_ns,omitempty"`
	TCPFraction    float64       `json:"ring_tcp_fraction,omitempty"`
	// Order is what WANParams.MeasuredOrder derived: the members' round
	// trips (µs, row i as peer i measured them), the rule's decision and,
	// when it took the tour, that ring's time and share of its own
	// bottleneck.
	RTTMicros        [][]int64           `json:"rtt_us,omitempty"`
	Order            *ringorder.Decision `json:"order,omitempty"`
	OrderedTime      time.Duration       `json:"ordered_ns,omitempty"`
	OrderedFraction  float64             `json:"ordered_fraction,omitempty"`
	OrderedRingDelay time.Duration       `json:"ordered_ring_delay_ns,omitempty"`
	// ProcessesTime is the ring's time with its peers as separate
	// processes (WANParams.Processes; 0 when not measured), and
	// ProcessesFraction its share of the bottleneck.
	ProcessesTime     time.Duration `json:"processes_ns,omitempty"`
	ProcessesFraction float64       `json:"processes_fraction,omitempty"`
}

// ringLinks is the slowest link and the longest one-way delay of the
// ring in order (peer indices of topo).
func ringLinks(topo wan.Config, order []int) (int64, time.Duration) {
	bps := int64(math.MaxInt64)
	var delay time.Duration
	for i, a := range order {
		b := order[(i+1)%len(order)]
		bps = min(bps, topo.PathRate(a, b))
		if topo.Delay != nil {
			delay = max(delay, topo.Delay[a][b])
		}
	}
	return bps, delay
}

// measureOrder runs the ring-order protocol over the hosts' connections
// (on their services, in a group of its own in award order) and returns
// the matrix and the ordered spec of ar's group.
func measureOrder(ctx context.Context, hosts []*mesh.Host, ar *ring, m ringorder.Margin, log *slog.Logger) ([][]int64, allreduce.Spec, ringorder.Decision, error) {
	n := len(hosts)
	members := make([]peer.ID, n)
	for i, h := range hosts {
		members[i] = h.ID()
	}
	var spec allreduce.Spec
	og, err := newRingOn(ctx, ar.svcs, hosts, allreduce.DefaultSpec(allreduce.GroupID{'r', 't', 't'}, members, nil, n*n), Params{}, log)
	if err != nil {
		return nil, spec, ringorder.Decision{}, err
	}
	defer og.close()
	mats := make([][][]int64, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i, g := range og.groups {
		wg.Go(func() {
			row, err := allreduce.MeasureRTT(ctx, hosts[i].Host, members, 5)
			if err != nil {
				errs[i] = err
				return
			}
			mats[i], errs[i] = allreduce.AgreeRTT(ctx, g, i, row)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, spec, ringorder.Decision{}, err
	}
	spec, d := allreduce.OrderedSpec(ar.groups[0].Spec(), mats[0], m)
	spec.ID = allreduce.GroupID{'o', 'r', 'd', 'e', 'r', 'e', 'd'}
	return mats[0], spec, d, nil
}

// WireBytes is what one link of an n-ring carries in one all-reduce of
// bytes float32 in chunks of chunkBytes, encoded as k.
func WireBytes(n int, bytes int64, chunkBytes int, k codec.Kind) (int64, error) {
	layout, err := schedule.NewLayout(n, int(bytes/4), max(1, chunkBytes/4))
	if err != nil {
		return 0, err
	}
	var total int64
	layout.Transfers(func(t schedule.Transfer) bool {
		if t.From == 0 {
			total += int64(codec.EncodedLen(k, t.Hi-t.Lo))
		}
		return true
	})
	return total, nil
}

// RunWAN builds the topology, starts a libp2p host per peer whose
// connections to each other go only through it, and times the ring
// all-reduce (members in rank order 0..N-1), the median of p.Iterations
// after p.Warmup.
func RunWAN(ctx context.Context, p WANParams, log *slog.Logger) (WANResult, error) {
	p.Peers = len(p.Topology.Peers)
	if err := p.Validate(); err != nil {
		return WANResult{}, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	clk := clock.OrReal(p.Clock)
	n := p.Peers
	wire, err := WireBytes(n, p.Bytes, p.ChunkBytes, p.Compression)
	if err != nil {
		return WANResult{}, err
	}
	res := WANResult{
		Peers: n, Bytes: p.Bytes, Compression: p.Compression.String(), ChunkBytes: p.ChunkBytes,
		Lanes: p.Lanes, YamuxWindow: p.Transport.YamuxWindowBytes, Iterations: p.Iterations, WireBytes: wire,
	}
	award := make([]int, n)
	for i := range award {
		award[i] = i
	}
	res.BottleneckBps, res.RingDelay = ringLinks(p.Topology, award)
	res.IdealTime = time.Duration(float64(wire) * 8 / float64(res.BottleneckBps) * float64(time.Second))

	topo, err := wan.Start(ctx, p.Topology)
	if err != nil {
		return res, err
	}
	defer topo.Close()
	// Direct lanes off: the peers' lane listeners are on loopback, and a
	// lane dialled there would bypass the emulated links (the hosts
	// reach each other through forwarders on loopback, so no peer can
	// tell).
	p.Params.DirectLanes = false
	if p.Processes != nil {
		// First, while this process is idle: the peers' processes share
		// the machine's cores with it.
		t, err := runWANProcesses(ctx, p, topo, log)
		if err != nil {
			return res, fmt.Errorf("peers as processes over the emulated links: %w", err)
		}
		res.ProcessesTime = t
		res.ProcessesFraction = float64(wire) * 8 / t.Seconds() / float64(res.BottleneckBps)
	}
	hosts, err := startHostsNamed(ctx, p.Params, "bench-wan")
	if err != nil {
		return res, err
	}
	defer func() {
		for _, h := range hosts {
			h.Close()
		}
	}()
	if err := RouteHosts(topo, hosts); err != nil {
		return res, err
	}
	ar, err := newRing(ctx, hosts, p.Params, int(p.Bytes/4), log)
	if err != nil {
		return res, err
	}
	defer ar.close()
	var ordered *ring
	var orderedBps int64
	if p.MeasuredOrder {
		rtt, spec, d, err := measureOrder(ctx, hosts, ar, p.Margin, log)
		if err != nil {
			return res, fmt.Errorf("measuring the ring order: %w", err)
		}
		res.RTTMicros, res.Order = rtt, &d
		orderedBps, res.OrderedRingDelay = ringLinks(p.Topology, d.Order)
		if d.Tour {
			if ordered, err = newRingOn(ctx, ar.svcs, hosts, spec, p.Params, log); err != nil {
				return res, err
			}
			defer ordered.close()
		}
	}
	var lb *ring
	if p.Loopback {
		lhosts, err := startHostsNamed(ctx, p.Params, "bench-wan-loopback")
		if err != nil {
			return res, err
		}
		defer func() {
			for _, h := range lhosts {
				h.Close()
			}
		}()
		if lb, err = newRing(ctx, lhosts, p.Params, int(p.Bytes/4), log); err != nil {
			return res, err
		}
		defer lb.close()
	}
	var lp *libp2pRing
	var tr *tcpRing
	if p.Ceilings {
		if lp, err = newLibp2pRing(ctx, hosts, p.Lanes); err != nil {
			return res, err
		}
		defer lp.close()
		if tr, err = newTCPRingVia(n, p.Lanes, topo.Route); err != nil {
			return res, err
		}
		defer tr.close()
	}
	chunk := max(4<<10, p.ChunkBytes)
	var tAR, tLB, tLP, tTCP, tOrd []time.Duration
	for i := -p.Warmup; i < p.Iterations; i++ {
		d, err := ar.run(ctx, clk)
		if err != nil {
			return res, fmt.Errorf("all-reduce over the emulated links: %w", err)
		}
		if ordered != nil {
			d5, err := ordered.run(ctx, clk)
			if err != nil {
				return res, fmt.Errorf("all-reduce in the measured order: %w", err)
			}
			if i >= 0 {
				tOrd = append(tOrd, d5)
			}
		}
		if lp != nil {
			d3, err := lp.run(ctx, clk, wire, chunk)
			if err != nil {
				return res, fmt.Errorf("libp2p ring over the emulated links: %w", err)
			}
			d4, err := tr.run(ctx, clk, wire, chunk)
			if err != nil {
				return res, fmt.Errorf("TCP ring over the emulated links: %w", err)
			}
			if i >= 0 {
				tLP, tTCP = append(tLP, d3), append(tTCP, d4)
			}
		}
		var d2 time.Duration
		if lb != nil {
			if d2, err = lb.run(ctx, clk); err != nil {
				return res, fmt.Errorf("all-reduce on loopback: %w", err)
			}
		}
		log.Debug("wan iteration", "i", i, "shaped", d, "loopback", d2)
		if i >= 0 {
			tAR, tLB = append(tAR, d), append(tLB, d2)
		}
	}
	if err := checkRouted(topo, hosts); err != nil {
		return res, err
	}
	res.AllReduceTime = median(tAR)
	if lb != nil {
		res.LoopbackTime = median(tLB)
	}
	frac := func(d time.Duration) float64 { return float64(wire) * 8 / d.Seconds() / float64(res.BottleneckBps) }
	res.LinkBps = float64(wire) * 8 / res.AllReduceTime.Seconds()
	res.Fraction = frac(res.AllReduceTime)
	if ordered != nil {
		res.OrderedTime = median(tOrd)
		res.OrderedFraction = float64(wire) * 8 / res.OrderedTime.Seconds() / float64(orderedBps)
	}
	if lp != nil {
		res.Libp2pRingTime, res.TCPRingTime = median(tLP), median(tTCP)
		res.Libp2pFraction, res.TCPFraction = frac(res.Libp2pRingTime), frac(res.TCPRingTime)
	}
	return res, nil
}

// runWANProcesses runs the ring over topo with each peer a process of
// its own, each given, for every other peer, the entry of its route to
// it only, and returns the median time of p.Iterations after p.Warmup
// (the slowest peer's, each). It fails if a connection bypassed the
// links.
func runWANProcesses(ctx context.Context, p WANParams, topo *wan.Net, log *slog.Logger) (time.Duration, error) {
	gp := allreduce.DefaultParams()
	extra := []string{"--chunk-timeout", gp.ChunkTimeout.String(), "--start-timeout", gp.StartTimeout.String()}
	pp, hellos, err := startPeers(ctx, p.Params, p.Peers, p.Processes, extra) // direct lanes off (RunWAN)
	if err != nil {
		return 0, err
	}
	defer pp.close()
	targets := make([]*net.TCPAddr, len(hellos))
	for j, h := range hellos {
		for _, a := range h.Addrs {
			ma, err := multiaddr.NewMultiaddr(a)
			if err != nil {
				return 0, err
			}
			if na, err := manet.ToNetAddr(ma); err == nil {
				if ta, ok := na.(*net.TCPAddr); ok && ta.IP.IsLoopback() {
					targets[j] = ta
					break
				}
			}
		}
		if targets[j] == nil {
			return 0, fmt.Errorf("benchmark: peer %d has no loopback TCP address in %v", j, h.Addrs)
		}
	}
	rings := make([][]PeerHello, len(hellos))
	for i := range rings {
		rings[i] = make([]PeerHello, len(hellos))
		for j, h := range hellos {
			if i == j {
				rings[i][j] = h
				continue
			}
			entry, err := topo.Route(i, j, targets[j])
			if err != nil {
				return 0, err
			}
			ma, err := manet.FromNetAddr(entry)
			if err != nil {
				return 0, err
			}
			rings[i][j] = PeerHello{Rank: j, ID: h.ID, Addrs: []string{ma.String()}}
		}
	}
	times, last, err := pp.run(rings, p.Warmup, p.Iterations, log)
	if err != nil {
		return 0, err
	}
	for i, r := range last {
		if len(r.Remotes) == 0 {
			return 0, fmt.Errorf("%w: peer %d reported no connection", ErrBypassed, i)
		}
		for _, a := range r.Remotes {
			ma, err := multiaddr.NewMultiaddr(a)
			if err != nil {
				return 0, err
			}
			na, err := manet.ToNetAddr(ma)
			if err != nil || !topo.Routed(na) {
				return 0, fmt.Errorf("%w: peer %d's connection to %s", ErrBypassed, i, a)
			}
		}
	}
	return median(times), nil
}

// RouteHosts makes every host reach every other only through the
// topology: peer i's address book holds, for peer j, the entry of route
// i→j alone.
func RouteHosts(topo *wan.Net, hosts []*mesh.Host) error {
	targets := make([]*net.TCPAddr, len(hosts))
	for j, h := range hosts {
		for _, a := range h.Addrs() {
			if na, err := manet.ToNetAddr(a); err == nil {
				if ta, ok := na.(*net.TCPAddr); ok && ta.IP.IsLoopback() {
					targets[j] = ta
					break
				}
			}
		}
		if targets[j] == nil {
			return fmt.Errorf("benchmark: host %d has no loopback TCP address in %v", j, h.Addrs())
		}
	}
	for i, h := range hosts {
		for j, o := range hosts {
			if i == j {
				continue
			}
			entry, err := topo.Route(i, j, targets[j])
			if err != nil {
				return err
			}
			ma, err := manet.FromNetAddr(entry)
			if err != nil {
				return err
			}
			h.Peerstore().ClearAddrs(o.ID())
			h.Peerstore().AddAddrs(o.ID(), []multiaddr.Multiaddr{ma}, 24*time.Hour)
		}
	}
	return nil
}

// checkRouted fails if any connection between the hosts did not go
// through the topology.
func checkRouted(topo *wan.Net, hosts []*mesh.Host) error {
	ids := map[peer.ID]bool{}
	for _, h := range hosts {
		ids[h.ID()] = true
	}
	for i, h := range hosts {
		for _, c := range h.Network().Conns() {
			if !ids[c.RemotePeer()] {
				continue
			}
			na, err := manet.ToNetAddr(c.RemoteMultiaddr())
			if err != nil || !topo.Routed(na) {
				return fmt.Errorf("%w: host %d's connection to %s at %v", ErrBypassed, i, c.RemotePeer(), c.RemoteMultiaddr())
			}
		}
	}
	return nil
}

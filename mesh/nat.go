package mesh

// NAT traversal: how a node behind a home router, with no port forwarded,
// is reached.
//
//  1. Reachability. AutoNAT (v1): a few seconds after start the node asks a
//     connected peer that runs the AutoNAT service to dial it back at its
//     observed address. Success makes it public, failure private (libp2p's
//     autonat package keeps a confidence count and re-probes). Params can
//     instead state it ("public" for a bootstrap or relay server that its
//     operator knows is reachable, "private" to always use relays).
//  2. Relays. A public node offers a circuit relay v2 service with tight
//     limits (RelayLimits: 128 KiB each way and 2 minutes per relayed
//     connection by default): enough for gossip, identify and the hole
//     punch, not for bulk data. A private node reserves a slot on up to
//     RelaysWanted relays, found among StaticRelays, its bootstrap peers and
//     connected peers that speak the relay protocol, and advertises the
//     relay addresses instead of its own.
//  3. Hole punching. When a peer reaches a private node through a relay,
//     the two run DCUtR over the relayed connection: they exchange their
//     observed public addresses and dial each other at the same moment,
//     which opens both NATs' mappings; a direct connection then replaces the
//     relayed one for new streams. Endpoint-independent NATs (most home
//     routers) let this through; symmetric NATs (a new port per destination)
//     do not, and the peers stay relayed.
//  4. Addresses. With Advertise "dialable" a node tells others only
//     addresses that work from the internet: its public addresses once it
//     is known to be public (before AutoNAT answers, only public IPs of its
//     own interfaces), its relay addresses while private, and IPs its
//     operator named in ListenAddrs. LAN and loopback addresses are never
//     gossiped: another home may use the same private range, and the dial
//     would reach the wrong machine or none. mDNS still announces LAN
//     addresses on the LAN itself (libp2p's mdns reads interface addresses,
//     not these).
//
// Everything here is observable: NATStatus (written to the node's data dir
// by node/status.go, shown by `trainmesh node status`), log lines on every
// reachability, relay and hole-punch change, and ConnKind/AwaitDirect for
// the all-reduce, which prefers direct connections.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/host/autorelay"
	relayclient "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/client"
	relayv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/relay"
	"github.com/libp2p/go-libp2p/p2p/protocol/holepunch"
	"github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/trainmesh/trainmesh/clock"
)

// relayHopProtocol is the circuit relay v2 protocol a relay serves.
const relayHopProtocol = "/libp2p/circuit/relay/0.2.0/hop"

// RelayLimits bound what a node's relay service gives to others. A relay
// carries the traffic of peers that cannot reach each other directly: it
// is there to get them to a hole punch, not to move their data.
type RelayLimits struct {
	// DataBytes is the most a relayed connection carries in each direction
	// before the relay resets it (4 KiB to 64 MiB; libp2p's default 128 KiB).
	DataBytes int64
	// Duration is the longest a relayed connection lives (10 s to 1 h;
	// libp2p's default 2 minutes).
	Duration time.Duration
	// ReservationsMax is how many private peers may hold a slot at once (1
	// to 4096).
	ReservationsMax int
	// CircuitsMax is how many relayed connections one peer may have open
	// at once (1 to 256).
	CircuitsMax int
}

// DefaultRelayLimits are libp2p's relay defaults.
func DefaultRelayLimits() RelayLimits {
	d := relayv2.DefaultResources()
	return RelayLimits{
		DataBytes:       d.Limit.Data,
		Duration:        d.Limit.Duration,
		ReservationsMax: d.MaxReservations,
		CircuitsMax:     d.MaxCircuits,
	}
}

func (l *RelayLimits) validate() error {
	switch {
	case l.DataBytes < 4<<10 || l.DataBytes > 64<<20:
		return fmt.Errorf("mesh: relay data limit %d bytes: want 4 KiB to 64 MiB", l.DataBytes)
	case l.Duration < 10*time.Second || l.Duration > time.Hour:
		return fmt.Errorf("mesh: relay duration limit %v: want 10s to 1h", l.Duration)
	case l.ReservationsMax < 1 || l.ReservationsMax > 4096:
		return fmt.Errorf("mesh: relay reservations %d: want 1 to 4096", l.ReservationsMax)
	case l.CircuitsMax < 1 || l.CircuitsMax > 256:
		return fmt.Errorf("mesh: relay circuits per peer %d: want 1 to 256", l.CircuitsMax)
	}
	return nil
}

func (p *Params) validateNAT() error {
	switch p.Reachability {
	case "auto", "public", "private":
	default:
		return fmt.Errorf("mesh: reachability %q: want auto, public or private", p.Reachability)
	}
	switch p.Advertise {
	case "dialable", "all":
	default:
		return fmt.Errorf("mesh: advertise %q: want dialable or all", p.Advertise)
	}
	if p.RelayClient && (p.RelaysWanted < 1 || p.RelaysWanted > 8) {
		return fmt.Errorf("mesh: relays wanted %d: want 1 to 8", p.RelaysWanted)
	}
	if len(p.StaticRelays) > 0 && !p.RelayClient {
		return errors.New("mesh: static relays given but the relay client is off (turn it on, or drop the relays)")
	}
	if p.Reachability == "private" && !p.RelayClient {
		return errors.New("mesh: reachability private without the relay client: nobody could reach this node (turn the relay client on)")
	}
	if p.RelayService {
		if err := p.RelayLimits.validate(); err != nil {
			return err
		}
	}
	return nil
}

// ConnKind is how this node is connected to a peer.
type ConnKind int

// Connection kinds.
const (
	// ConnNone: not connected.
	ConnNone ConnKind = iota
	// ConnRelayed: only through a circuit relay (a limited connection:
	// libp2p opens streams on it only when asked to, see AwaitDirect).
	ConnRelayed
	// ConnDirect: at least one direct connection.
	ConnDirect
)

func (k ConnKind) String() string {
	switch k {
	case ConnRelayed:
		return "relayed"
	case ConnDirect:
		return "direct"
	}
	return "none"
}

// ConnKind reports how this node is connected to p now.
func (m *Host) ConnKind(p peer.ID) ConnKind {
	return connKind(m.Network().ConnsToPeer(p))
}

func connKind(conns []network.Conn) ConnKind {
	k := ConnNone
	for _, c := range conns {
		if !c.Stat().Limited {
			return ConnDirect
		}
		k = ConnRelayed
	}
	return k
}

// AwaitDirect connects to p if needed (through a relay if that is all its
// addresses allow) and, while the only connection is relayed, waits up to
// wait for a direct one: hole punching usually succeeds a round trip or two
// after the relayed connection opens. It stops waiting early once DCUtR has
// given up on the relayed connection (holePunchAttemptsMax failures), and
// does not wait again on a relayed connection it already waited on in full:
// DCUtR runs once per relayed connection. It returns the kind of connection
// it ended with; ConnRelayed means the caller decides whether the relay
// will do. The error is a failure to connect at all, or ctx's.
func (m *Host) AwaitDirect(ctx context.Context, p peer.ID, wait time.Duration) (ConnKind, error) {
	sub, err := m.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		return ConnNone, fmt.Errorf("mesh: subscribe to connection events: %w", err)
	}
	defer sub.Close()
	k := m.ConnKind(p)
	if k == ConnNone {
		cctx, cancel := m.clk.WithTimeout(network.WithAllowLimitedConn(ctx, "trainmesh: connect, then wait for a direct connection"), m.params.DialTimeout)
		err := m.Host.Connect(cctx, peer.AddrInfo{ID: p})
		cancel()
		if err != nil {
			return ConnNone, err
		}
		k = m.ConnKind(p)
	}
	if k != ConnRelayed || wait <= 0 {
		return k, nil
	}
	relayed := m.Network().ConnsToPeer(p)
	if m.nat.punchOver(p, relayed) {
		return ConnRelayed, nil
	}
	m.log.Debug("only a relayed connection; waiting for a direct one", "peer", p, "wait", wait)
	t := m.clk.Timer(wait)
	defer t.Stop()
	for {
		punched := m.nat.punchChanged()
		select {
		case ev := <-sub.Out():
			if e, ok := ev.(event.EvtPeerConnectednessChanged); !ok || e.Peer != p {
				continue
			}
			switch k = m.ConnKind(p); k {
			case ConnDirect:
				return k, nil
			case ConnNone:
				return k, fmt.Errorf("mesh: relayed connection to %s closed while waiting for a direct one", p)
			}
		case <-punched:
			if m.nat.punchOver(p, relayed) {
				return m.ConnKind(p), nil
			}
		case <-t.C:
			m.nat.waitedOn(relayed)
			return m.ConnKind(p), nil
		case <-ctx.Done():
			return m.ConnKind(p), ctx.Err()
		}
	}
}

// holePunchAttemptsMax is how many times DCUtR tries to punch a hole for
// one relayed connection (libp2p's holepunch.maxRetries): after that many
// failures, nothing more will come of that connection.
const holePunchAttemptsMax = 3

// natPeersMax bounds the peers (and relayed connections) whose hole-punch
// history a node keeps; the oldest go first.
const natPeersMax = 1024

// punchOver reports whether waiting longer for a hole punch over the
// relayed connections conns to p is pointless: DCUtR runs once per relayed
// connection, so either AwaitDirect already waited its full time on one of
// them, or DCUtR has failed holePunchAttemptsMax times since the first
// opened.
func (n *natState) punchOver(p peer.ID, conns []network.Conn) bool {
	n.punchMu.Lock()
	defer n.punchMu.Unlock()
	var first time.Time
	for _, c := range conns {
		if _, ok := n.waited[c.ID()]; ok {
			return true
		}
		if o := c.Stat().Opened; first.IsZero() || o.Before(first) {
			first = o
		}
	}
	fails := 0
	for _, at := range n.peerFails[p] {
		if !at.Before(first) {
			fails++
		}
	}
	return fails >= holePunchAttemptsMax
}

// waitedOn records that AwaitDirect waited its full time on conns.
func (n *natState) waitedOn(conns []network.Conn) {
	n.punchMu.Lock()
	defer n.punchMu.Unlock()
	if n.waited == nil {
		n.waited = map[string]time.Time{}
	}
	for _, c := range conns {
		if len(n.waited) >= natPeersMax {
			evictOldest(n.waited)
		}
		n.waited[c.ID()] = n.clk.Now()
	}
}

func evictOldest[K comparable](m map[K]time.Time) {
	var oldest K
	var at time.Time
	for k, t := range m {
		if at.IsZero() || t.Before(at) {
			oldest, at = k, t
		}
	}
	delete(m, oldest)
}

// punchChanged returns a channel closed at the next hole-punch outcome.
func (n *natState) punchChanged() <-chan struct{} {
	n.punchMu.Lock()
	defer n.punchMu.Unlock()
	if n.punchCh == nil {
		n.punchCh = make(chan struct{})
	}
	return n.punchCh
}

// RelayLimit returns the per-direction data limit and the remaining time of
// the relayed connection c, as the relay announced them when the circuit
// opened; zero values mean none was announced (or c is direct).
func RelayLimit(c network.Conn) (dataBytes int64, left time.Duration) {
	st := c.Stat()
	if !st.Limited || st.Extra == nil {
		return 0, 0
	}
	if n, ok := st.Extra[relayclient.StatLimitData].(uint64); ok {
		dataBytes = int64(min(n, 1<<62))
	}
	if d, ok := st.Extra[relayclient.StatLimitDuration].(time.Duration); ok && d > 0 {
		// libp2p stamps Opened on the wall clock, so the time left is
		// measured on it too, whatever clock the host runs on.
		left = max(st.Opened.Add(d).Sub(clock.NetDeadline(0)), time.Nanosecond)
	}
	return dataBytes, left
}

// NATStatus is what a node knows about its own reachability and how it is
// connected to its peers.
type NATStatus struct {
	// Reachability is "unknown" (AutoNAT has not answered yet), "public"
	// or "private".
	Reachability string `json:"reachability"`
	// Configured reports whether Reachability was set in Params rather
	// than learnt from AutoNAT.
	Configured bool `json:"reachability_configured"`
	// Addrs are the addresses this node advertises.
	Addrs []string `json:"addrs"`
	// Relays are the peers this node holds a relay reservation on (only
	// while it is private).
	Relays []string `json:"relays"`
	// RelayService reports whether this node offers a relay now (it is
	// configured to and is public).
	RelayService bool `json:"relay_service"`
	// HolePunch counts hole punches this node took part in.
	HolePunch HolePunchStats `json:"hole_punch"`
	// DirectPeers and RelayedPeers count the connected peers by the best
	// connection to them.
	DirectPeers  int `json:"direct_peers"`
	RelayedPeers int `json:"relayed_peers"`
	// Peers lists connected peers (at most statusPeersMax), relayed first.
	Peers []PeerConn `json:"peers"`
}

// HolePunchStats count DCUtR outcomes, seen from this node.
type HolePunchStats struct {
	// Succeeded and Failed count hole-punch attempts (DCUtR retries up to
	// three times per relayed connection) that did or did not end in a
	// direct connection.
	Succeeded uint64 `json:"succeeded"`
	Failed    uint64 `json:"failed"`
	// DirectDials counts relayed peers reached instead by dialling a
	// public address they advertised (no punch needed).
	DirectDials uint64 `json:"direct_dials"`
	// LastMs is how long the last successful punch took, in milliseconds,
	// and LastPeer who it was with.
	LastMs   int64  `json:"last_ms,omitempty"`
	LastPeer string `json:"last_peer,omitempty"`
	// LastError is the last failure's reason.
	LastError string `json:"last_error,omitempty"`
}

// PeerConn is one connected peer.
type PeerConn struct {
	ID   string `json:"id"`
	Kind string `json:"kind"` // "direct" or "relayed"
	// Addr is the remote address of the best connection.
	Addr string `json:"addr"`
}

// statusPeersMax bounds the peers listed in a NATStatus: a status file is
// for people, and a node has at most ConnsHigh peers anyway.
const statusPeersMax = 256

// NATStatus reports the node's reachability, advertised addresses, relay
// use and connections.
func (m *Host) NATStatus() NATStatus {
	st := NATStatus{
		Reachability: reachabilityName(m.nat.reachability()),
		Configured:   m.params.Reachability != "auto",
		HolePunch:    m.nat.punchStats(),
	}
	for _, a := range m.Addrs() {
		st.Addrs = append(st.Addrs, a.String())
		if r := relayOf(a); r != "" && !slices.Contains(st.Relays, r) {
			st.Relays = append(st.Relays, r)
		}
	}
	st.RelayService = m.params.RelayService && st.Reachability == "public"
	for _, p := range m.Network().Peers() {
		conns := m.Network().ConnsToPeer(p)
		k := connKind(conns)
		if k == ConnNone {
			continue
		}
		pc := PeerConn{ID: p.String(), Kind: k.String()}
		for _, c := range conns {
			if c.Stat().Limited == (k == ConnRelayed) {
				pc.Addr = c.RemoteMultiaddr().String()
				break
			}
		}
		if k == ConnDirect {
			st.DirectPeers++
		} else {
			st.RelayedPeers++
		}
		st.Peers = append(st.Peers, pc)
	}
	sort.Slice(st.Peers, func(i, j int) bool {
		if a, b := st.Peers[i].Kind == "relayed", st.Peers[j].Kind == "relayed"; a != b {
			return a
		}
		return st.Peers[i].ID < st.Peers[j].ID
	})
	if len(st.Peers) > statusPeersMax {
		st.Peers = st.Peers[:statusPeersMax]
	}
	return st
}

func reachabilityName(r network.Reachability) string {
	switch r {
	case network.ReachabilityPublic:
		return "public"
	case network.ReachabilityPrivate:
		return "private"
	}
	return "unknown"
}

// relayOf returns the relay's peer ID in a circuit address, or "".
func relayOf(a multiaddr.Multiaddr) string {
	var last, relay string
	multiaddr.ForEach(a, func(c multiaddr.Component) bool {
		switch c.Protocol().Code {
		case multiaddr.P_P2P:
			last = c.Value()
		case multiaddr.P_CIRCUIT:
			relay = last
			return false
		}
		return true
	})
	return relay
}

func isCircuit(a multiaddr.Multiaddr) bool {
	_, err := a.ValueForProtocol(multiaddr.P_CIRCUIT)
	return err == nil
}

// natState is the NAT machinery's share of a Host: what the libp2p options
// built in hostOptions need before the host exists, and the counters they
// feed.
type natState struct {
	params Params
	clk    clock.Clock
	log    *slog.Logger
	host   atomic.Pointer[host.Host] // set once libp2p.New returns

	// explicitIPs are the IPs named in ListenAddrs (not 0.0.0.0 or ::):
	// the operator chose them, so they are advertised as given.
	explicitIPs map[string]bool

	ifMu    sync.Mutex // ifMu guards the following
	ifIPs   map[string]bool
	ifIPsAt time.Time

	punchMu sync.Mutex // punchMu guards the following
	punch   HolePunchStats
	// peerFails are the times of each peer's last failed punches (at most
	// holePunchAttemptsMax each, at most natPeersMax peers).
	peerFails map[peer.ID][]time.Time
	// waited are the relayed connections AwaitDirect waited on in full.
	waited map[string]time.Time
	// punchCh is closed and replaced at each hole-punch outcome.
	punchCh chan struct{}
}

func newNATState(p Params, log *slog.Logger) *natState {
	n := &natState{params: p, clk: clock.OrReal(p.Clock), log: log, explicitIPs: map[string]bool{}}
	for _, a := range p.ListenAddrs {
		ma, err := multiaddr.NewMultiaddr(a)
		if err != nil {
			continue // Validate has refused it
		}
		if ip, err := manet.ToIP(ma); err == nil && !ip.IsUnspecified() {
			n.explicitIPs[ip.String()] = true
		}
	}
	return n
}

func (n *natState) attach(h host.Host) { n.host.Store(&h) }

func (n *natState) libp2pHost() host.Host {
	if h := n.host.Load(); h != nil {
		return *h
	}
	return nil
}

// reachability is the configured reachability, or what AutoNAT last said.
// libp2p's address manager updates it from the same event it recomputes
// addresses on, so the address filter below sees the new value.
func (n *natState) reachability() network.Reachability {
	switch n.params.Reachability {
	case "public":
		return network.ReachabilityPublic
	case "private":
		return network.ReachabilityPrivate
	}
	if h, ok := n.libp2pHost().(interface{ Reachability() network.Reachability }); ok {
		return h.Reachability()
	}
	return network.ReachabilityUnknown
}

// options returns the libp2p options of the NAT machinery.
func (n *natState) options() []libp2p.Option {
	p := n.params
	var opts []libp2p.Option
	switch {
	case len(p.AnnounceAddrs) > 0:
		announce := make([]multiaddr.Multiaddr, len(p.AnnounceAddrs))
		for i, a := range p.AnnounceAddrs {
			announce[i] = multiaddr.StringCast(a) // validated
		}
		opts = append(opts, libp2p.AddrsFactory(func([]multiaddr.Multiaddr) []multiaddr.Multiaddr { return slices.Clone(announce) }))
	case p.Advertise == "dialable":
		opts = append(opts, libp2p.AddrsFactory(n.advertised))
	}
	switch p.Reachability {
	case "public":
		opts = append(opts, libp2p.ForceReachabilityPublic())
	case "private":
		opts = append(opts, libp2p.ForceReachabilityPrivate())
	}
	if p.AutoNATService {
		opts = append(opts, libp2p.EnableNATService())
	}
	if p.RelayClient {
		opts = append(opts, libp2p.EnableRelay(), libp2p.EnableAutoRelayWithPeerSource(n.relayCandidates,
			autorelay.WithNumRelays(p.RelaysWanted),
			// One candidate is enough to start: a home node may know a
			// single public peer, and waiting for four (libp2p's default)
			// would leave it unreachable for the 3-minute boot delay.
			autorelay.WithMinCandidates(1),
			autorelay.WithMaxCandidates(relayCandidatesMax),
			// A relay that refused (full, or not yet public itself) is
			// asked again after a minute rather than libp2p's hour.
			autorelay.WithBackoff(time.Minute),
		))
	} else {
		opts = append(opts, libp2p.DisableRelay())
	}
	if p.RelayService {
		res := relayv2.DefaultResources()
		res.Limit = &relayv2.RelayLimit{Duration: p.RelayLimits.Duration, Data: p.RelayLimits.DataBytes}
		res.MaxReservations = p.RelayLimits.ReservationsMax
		res.MaxCircuits = p.RelayLimits.CircuitsMax
		opts = append(opts, libp2p.EnableRelayService(relayv2.WithResources(res)))
	}
	if p.HolePunching {
		opts = append(opts, libp2p.EnableHolePunching(holepunch.WithTracer(n)))
	}
	if p.NATPortMap {
		opts = append(opts, libp2p.NATPortMap())
	}
	return opts
}

// relayCandidatesMax bounds the relay candidates autorelay keeps.
const relayCandidatesMax = 16

// relayCandidates feeds autorelay: static relays first, then bootstrap
// peers, then directly connected peers that serve the relay protocol.
func (n *natState) relayCandidates(_ context.Context, num int) <-chan peer.AddrInfo {
	num = max(0, min(num, relayCandidatesMax))
	out := make(chan peer.AddrInfo, num)
	defer close(out)
	seen := map[peer.ID]bool{}
	add := func(ai peer.AddrInfo) bool {
		if len(out) == num {
			return false
		}
		if !seen[ai.ID] {
			seen[ai.ID] = true
			out <- ai
		}
		return true
	}
	infos, _ := peerInfos(append(slices.Clone(n.params.StaticRelays), n.params.Bootstrap...)) // validated
	h := n.libp2pHost()
	for _, ai := range infos {
		if h != nil && ai.ID == h.ID() {
			continue
		}
		if !add(ai) {
			return out
		}
	}
	if h == nil {
		return out
	}
	peers := h.Network().Peers()
	slices.Sort(peers) // a stable order: the same relays after a restart
	for _, p := range peers {
		if connKind(h.Network().ConnsToPeer(p)) != ConnDirect {
			continue
		}
		if protos, err := h.Peerstore().SupportsProtocols(p, relayHopProtocol); err != nil || len(protos) == 0 {
			continue
		}
		if !add(peer.AddrInfo{ID: p, Addrs: h.Peerstore().Addrs(p)}) {
			break
		}
	}
	return out
}

// interfaceIPsTTL bounds how stale the cached interface addresses may be:
// the address filter runs on every address update, AutoNAT probe and hole
// punch, and listing interfaces is a netlink round trip.
const interfaceIPsTTL = 2 * time.Second

func (n *natState) interfaceIPs() map[string]bool {
	n.ifMu.Lock()
	defer n.ifMu.Unlock()
	if n.ifIPs != nil && n.clk.Since(n.ifIPsAt) < interfaceIPsTTL {
		return n.ifIPs
	}
	ips := map[string]bool{}
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok {
				ips[ipn.IP.String()] = true
			}
		}
	}
	n.ifIPs, n.ifIPsAt = ips, n.clk.Now()
	return ips
}

// advertised is the address factory of Advertise "dialable".
func (n *natState) advertised(in []multiaddr.Multiaddr) []multiaddr.Multiaddr {
	return dialableAddrs(in, addrView{reach: n.reachability(), explicit: n.explicitIPs, ifaces: n.interfaceIPs()})
}

// addrView is what dialableAddrs needs to know besides the addresses.
type addrView struct {
	reach    network.Reachability
	explicit map[string]bool // IPs named in ListenAddrs
	ifaces   map[string]bool // this machine's own IPs
}

// dialableAddrs keeps the addresses another peer on the internet can dial
// (see the file comment, point 4).
func dialableAddrs(in []multiaddr.Multiaddr, v addrView) []multiaddr.Multiaddr {
	out := make([]multiaddr.Multiaddr, 0, len(in))
	for _, a := range in {
		if isCircuit(a) {
			// libp2p adds relay addresses only while private; a public node
			// is reached directly.
			if v.reach != network.ReachabilityPublic {
				out = append(out, a)
			}
			continue
		}
		ip, err := manet.ToIP(a)
		if err != nil {
			// Not an IP address (a DNS name): libp2p adds none itself;
			// keep it if it names a public host.
			if manet.IsPublicAddr(a) {
				out = append(out, a)
			}
			continue
		}
		switch {
		case v.explicit[ip.String()]:
			out = append(out, a)
		case !manet.IsPublicAddr(a):
			// loopback, LAN, link-local, documentation ranges
		case v.reach == network.ReachabilityPublic:
			out = append(out, a)
		case v.reach == network.ReachabilityUnknown && v.ifaces[ip.String()]:
			// A public IP on this machine's own interface (a server, no NAT
			// in between) is likely dialable; an observed one (the NAT's
			// outside) waits for AutoNAT.
			out = append(out, a)
		}
	}
	return out
}

// Trace implements holepunch.EventTracer: it counts outcomes and logs them.
func (n *natState) Trace(evt *holepunch.Event) {
	switch e := evt.Evt.(type) {
	case *holepunch.EndHolePunchEvt:
		n.punchMu.Lock()
		if e.Success {
			n.punch.Succeeded++
			n.punch.LastMs = e.EllapsedTime.Milliseconds()
			n.punch.LastPeer = evt.Remote.String()
		} else {
			n.punch.Failed++
			n.punch.LastError = strings.Join(strings.Fields(e.Error), " ") // one line
			if n.peerFails == nil {
				n.peerFails = map[peer.ID][]time.Time{}
			}
			if _, ok := n.peerFails[evt.Remote]; !ok && len(n.peerFails) >= natPeersMax {
				for id := range n.peerFails { // any one: a bound, not a policy
					delete(n.peerFails, id)
					break
				}
			}
			f := append(n.peerFails[evt.Remote], n.clk.Now())
			n.peerFails[evt.Remote] = f[max(0, len(f)-holePunchAttemptsMax):]
		}
		if n.punchCh != nil {
			close(n.punchCh)
			n.punchCh = nil
		}
		n.punchMu.Unlock()
		if e.Success {
			n.log.Info("hole punch succeeded: direct connection", "peer", evt.Remote, "took", e.EllapsedTime)
		} else {
			n.log.Info("hole punch failed; the peer stays reachable through the relay", "peer", evt.Remote, "took", e.EllapsedTime, "err", e.Error)
		}
	case *holepunch.DirectDialEvt:
		if e.Success {
			n.punchMu.Lock()
			n.punch.DirectDials++
			n.punchMu.Unlock()
			n.log.Info("reached a relayed peer by dialling it directly", "peer", evt.Remote, "took", e.EllapsedTime)
		}
	case *holepunch.ProtocolErrorEvt:
		n.log.Debug("hole punch protocol error", "peer", evt.Remote, "err", e.Error)
	}
}

func (n *natState) punchStats() HolePunchStats {
	n.punchMu.Lock()
	defer n.punchMu.Unlock()
	return n.punch
}

// natLoop logs reachability and relay changes until the host closes.
func (m *Host) natLoop(sub event.Subscription) {
	defer m.wg.Done()
	defer sub.Close()
	for {
		select {
		case <-m.ctx.Done():
			return
		case ev, ok := <-sub.Out():
			if !ok {
				return
			}
			switch e := ev.(type) {
			case event.EvtLocalReachabilityChanged:
				switch e.Reachability {
				case network.ReachabilityPublic:
					m.log.Info("reachability: public; peers dial this node directly", "relay_service", m.params.RelayService)
				case network.ReachabilityPrivate:
					m.log.Info("reachability: private (behind NAT or firewall); reachable through relays, upgraded by hole punching", "relay_client", m.params.RelayClient)
				default:
					m.log.Info("reachability: unknown")
				}
			case event.EvtAutoRelayAddrsUpdated:
				relays := []string{}
				for _, a := range e.RelayAddrs {
					if r := relayOf(a); r != "" && !slices.Contains(relays, r) {
						relays = append(relays, r)
					}
				}
				m.log.Info("relay reservations", "relays", relays, "addrs", len(e.RelayAddrs))
			case event.EvtLocalAddressesUpdated:
				if !e.Diffs {
					continue
				}
				addrs := make([]string, len(e.Current))
				for i, a := range e.Current {
					addrs[i] = a.Address.String()
				}
				m.log.Info("advertised addresses", "addrs", addrs)
			}
		}
	}
}

// startNAT attaches the NAT state to the running host and starts its log
// loop.
func (m *Host) startNAT() error {
	m.nat.attach(m.Host)
	sub, err := m.EventBus().Subscribe([]any{
		new(event.EvtLocalReachabilityChanged),
		new(event.EvtAutoRelayAddrsUpdated),
		new(event.EvtLocalAddressesUpdated),
	})
	if err != nil {
		return fmt.Errorf("mesh: subscribe to NAT events: %w", err)
	}
	m.wg.Add(1)
	go m.natLoop(sub)
	return nil
}

// Package mesh owns trainmesh's networking: the libp2p host (identity,
// transports, security, resource limits, discovery), gossipsub topics with
// their validators, and direct streams with length-prefixed framing.
// Subpackages hold the framing codec (mesh/frame), the node identity
// (mesh/identity) and the ring all-reduce (mesh/allreduce).
//
// mesh knows nothing of auctions, contracts or models: callers hand it bytes
// and validators that return an Outcome.
package mesh

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/core/routing"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	noise "github.com/libp2p/go-libp2p/p2p/security/noise"
	libp2ptls "github.com/libp2p/go-libp2p/p2p/security/tls"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	"github.com/multiformats/go-multiaddr"

	"github.com/trainmesh/trainmesh/clock"
)

// Protocol names. Everything trainmesh speaks is under /trainmesh so that it
// never joins, or is joined by, the public IPFS network.
const (
	// ProtocolPrefix prefixes the DHT's protocols.
	ProtocolPrefix protocol.ID = "/trainmesh"
	// Rendezvous is the DHT namespace under which nodes advertise themselves.
	Rendezvous = "trainmesh/v1"
	// MDNSService is the mDNS service name.
	MDNSService = "trainmesh"
	// UserAgent identifies trainmesh nodes in libp2p's identify protocol.
	UserAgent = "trainmesh"
)

// Errors returned by the mesh.
var (
	// ErrClosed reports use of a Host after Close.
	ErrClosed = errors.New("mesh: host closed")
	// ErrNoBootstrap reports that no bootstrap peer could be reached.
	ErrNoBootstrap = errors.New("mesh: no bootstrap peer reachable")
)

// Host is a running libp2p host with gossipsub and optional discovery.
type Host struct {
	host.Host
	PubSub *pubsub.PubSub
	// DHT is nil unless Params.DHT is set.
	DHT *dht.IpfsDHT

	params Params
	clk    clock.Clock // params.Clock, or the wall clock
	log    *slog.Logger
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	view *meshView
	nat  *natState

	mu     sync.Mutex // mu guards the following
	topics map[string]*Topic
	closed bool
}

// New starts a host with the identity priv. ctx bounds start-up only; the
// host runs until Close.
func New(ctx context.Context, priv crypto.PrivKey, p Params, log *slog.Logger) (*Host, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	nat := newNATState(p, log)
	opts, err := hostOptions(priv, p, nat)
	if err != nil {
		return nil, err
	}
	var kad *dht.IpfsDHT
	if p.DHT {
		opts = append(opts, libp2p.Routing(func(h host.Host) (_ routing.PeerRouting, err error) {
			boot := mustPeerInfos(p.Bootstrap)
			kad, err = dht.New(h,
				dht.ProtocolPrefix(ProtocolPrefix),
				dht.Mode(dhtMode(p.DHTMode)),
				// Not before the host listens: the DHT dials its bootstrap
				// peers as soon as it exists, and a dial made before the
				// listeners are up leaves from a random port instead of
				// the listen port, so the NAT's mapping of the listen port
				// (what hole punching needs, nat.go) is never observed.
				// New connects to the bootstrap peers itself once the host
				// is up.
				dht.BootstrapPeersFunc(func() []peer.AddrInfo {
					if nat.libp2pHost() == nil {
						return nil
					}
					return boot
				}))
			return kad, err
		}))
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("mesh: start libp2p host: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	m := &Host{Host: h, DHT: kad, params: p, clk: clock.OrReal(p.Clock), log: log, ctx: runCtx, cancel: cancel, topics: map[string]*Topic{}, view: newMeshView(), nat: nat}
	if err := m.startNAT(); err != nil {
		m.Close()
		return nil, err
	}

	psOpts := []pubsub.Option{
		// Strict signing: every message carries its author's signature, and
		// unsigned or forged messages are dropped before any validator runs.
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMaxMessageSize(p.MaxGossipBytes),
		// gossipsub drops messages published before the first heartbeat has
		// formed a mesh; announcements are few and must not be lost.
		pubsub.WithFloodPublish(true),
		pubsub.WithPeerExchange(true),
		pubsub.WithRawTracer(m.view),
	}
	if kad != nil {
		psOpts = append(psOpts, pubsub.WithDiscovery(drouting.NewRoutingDiscovery(kad)))
	}
	psOpts = append(psOpts, peerScoreOptions(p)...)
	m.PubSub, err = pubsub.NewGossipSub(runCtx, h, psOpts...)
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("mesh: start gossipsub: %w", err)
	}
	if p.MDNS {
		svc := mdns.NewMdnsService(h, MDNSService, &mdnsNotifee{m: m})
		if err := svc.Start(); err != nil {
			m.Close()
			return nil, fmt.Errorf("mesh: start mDNS: %w", err)
		}
		m.wg.Add(1)
		go func() {
			defer m.wg.Done()
			<-runCtx.Done()
			svc.Close()
		}()
	}
	if len(p.Bootstrap) > 0 {
		if err := m.Connect(ctx, p.Bootstrap); err != nil {
			// A node whose bootstrap peers are down keeps running: they may
			// come back, and mDNS or inbound peers may find it meanwhile.
			log.Warn("bootstrap failed; waiting for peers to find this node", "err", err)
		}
	}
	if kad != nil {
		m.wg.Add(1)
		go m.discoverLoop()
	}
	return m, nil
}

func hostOptions(priv crypto.PrivKey, p Params, nat *natState) ([]libp2p.Option, error) {
	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	var concrete rcmgr.ConcreteLimitConfig
	if p.MemoryBytes > 0 {
		concrete = limits.Scale(p.MemoryBytes, 4096)
	} else {
		concrete = limits.AutoScale()
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(concrete), rcmgr.WithMetricsDisabled())
	if err != nil {
		return nil, fmt.Errorf("mesh: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(p.ConnsLow, p.ConnsHigh, connmgr.WithGracePeriod(p.ConnGrace))
	if err != nil {
		return nil, fmt.Errorf("mesh: connection manager: %w", err)
	}
	tlsOpt := libp2p.Security(libp2ptls.ID, libp2ptls.New)
	if p.Transport.TLSBatchWrites {
		tlsOpt = libp2p.Security(libp2ptls.ID, newBatchedTLS)
	}
	security := []libp2p.Option{tlsOpt, libp2p.Security(noise.ID, noise.New)}
	if p.Security == "noise" {
		security[0], security[1] = security[1], security[0]
	}
	opts := []libp2p.Option{
		libp2p.Identity(priv),
		libp2p.ListenAddrStrings(p.ListenAddrs...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.UserAgent(UserAgent),
		libp2p.WithDialTimeout(p.DialTimeout),
		libp2p.DisableMetrics(),
	}
	opts = append(opts, security...)
	opts = append(opts, p.Transport.options()...)
	// Reachability, relays, hole punching and the advertised addresses.
	opts = append(opts, nat.options()...)
	return opts, nil
}

// Params returns the parameters the host was started with.
func (m *Host) Params() Params { return m.params }

// Clock returns the clock the host reads time from (Params.Clock, or the
// wall clock); the protocols served on it read the same one.
func (m *Host) Clock() clock.Clock { return m.clk }

// FullAddrs returns the host's full multiaddrs, /p2p/<peer ID> included, as
// another node would pass them in Bootstrap.
func (m *Host) FullAddrs() []string {
	info := peer.AddrInfo{ID: m.ID(), Addrs: m.Addrs()}
	full, err := peer.AddrInfoToP2pAddrs(&info)
	if err != nil {
		return nil
	}
	out := make([]string, len(full))
	for i, a := range full {
		out[i] = a.String()
	}
	return out
}

// Connect dials each peer address (with /p2p/) and returns nil if at least
// one connection was made, or ErrNoBootstrap with every failure otherwise.
func (m *Host) Connect(ctx context.Context, addrs []string) error {
	infos, err := peerInfos(addrs)
	if err != nil {
		return err
	}
	var errs []error
	connected := 0
	for _, info := range infos {
		if info.ID == m.ID() {
			continue
		}
		dctx, cancel := m.clk.WithTimeout(ctx, m.params.DialTimeout)
		err := m.Host.Connect(dctx, info)
		cancel()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", info.ID, err))
			continue
		}
		m.log.Debug("connected", "peer", info.ID)
		connected++
	}
	if connected == 0 && len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrNoBootstrap, errors.Join(errs...))
	}
	return nil
}

// Close stops discovery, gossip and the host.
func (m *Host) Close() error {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return nil
	}
	m.closed = true
	topics := m.topics
	m.topics = nil
	m.mu.Unlock()
	for _, t := range topics {
		t.close()
	}
	m.cancel()
	m.wg.Wait()
	var errs []error
	if m.DHT != nil {
		errs = append(errs, m.DHT.Close())
	}
	errs = append(errs, m.Host.Close())
	return errors.Join(errs...)
}

// discoveryInterval is how often the DHT rendezvous is refreshed: often
// enough that a new node is found within a minute, rarely enough that the
// DHT traffic stays negligible.
const discoveryInterval = 30 * time.Second

// discoveredPeersMax bounds the peers dialled per discovery round, so that a
// poisoned rendezvous cannot make the node dial without limit.
const discoveredPeersMax = 32

func (m *Host) discoverLoop() {
	defer m.wg.Done()
	disc := drouting.NewRoutingDiscovery(m.DHT)
	if err := m.DHT.Bootstrap(m.ctx); err != nil {
		m.log.Warn("DHT bootstrap", "err", err)
	}
	t := m.clk.Ticker(discoveryInterval)
	defer t.Stop()
	for {
		m.discoverOnce(disc)
		select {
		case <-m.ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (m *Host) discoverOnce(disc *drouting.RoutingDiscovery) {
	ctx, cancel := m.clk.WithTimeout(m.ctx, discoveryInterval)
	defer cancel()
	if _, err := disc.Advertise(ctx, Rendezvous); err != nil {
		m.log.Debug("DHT advertise", "err", err)
	}
	peers, err := disc.FindPeers(ctx, Rendezvous)
	if err != nil {
		m.log.Debug("DHT find peers", "err", err)
		return
	}
	dialled := 0
	for info := range peers {
		if info.ID == m.ID() || len(info.Addrs) == 0 || m.Network().Connectedness(info.ID) == network.Connected {
			continue
		}
		if dialled++; dialled > discoveredPeersMax {
			break
		}
		dctx, dcancel := m.clk.WithTimeout(ctx, m.params.DialTimeout)
		if err := m.Host.Connect(dctx, info); err == nil {
			m.log.Debug("discovered peer via DHT", "peer", info.ID)
		}
		dcancel()
	}
}

type mdnsNotifee struct{ m *Host }

func (n *mdnsNotifee) HandlePeerFound(info peer.AddrInfo) {
	if info.ID == n.m.ID() {
		return
	}
	ctx, cancel := n.m.clk.WithTimeout(n.m.ctx, n.m.params.DialTimeout)
	defer cancel()
	if err := n.m.Host.Connect(ctx, info); err != nil {
		n.m.log.Debug("mDNS peer unreachable", "peer", info.ID, "err", err)
		return
	}
	n.m.log.Debug("discovered peer via mDNS", "peer", info.ID)
}

func dhtMode(s string) dht.ModeOpt {
	switch s {
	case "server":
		return dht.ModeServer
	case "client":
		return dht.ModeClient
	}
	return dht.ModeAutoServer
}

func parsePeerAddr(s string) (*peer.AddrInfo, error) {
	ma, err := multiaddr.NewMultiaddr(s)
	if err != nil {
		return nil, err
	}
	return peer.AddrInfoFromP2pAddr(ma)
}

// peerInfos parses peer multiaddrs, merging addresses of the same peer.
func peerInfos(addrs []string) ([]peer.AddrInfo, error) {
	var infos []peer.AddrInfo
	index := map[peer.ID]int{}
	for _, a := range addrs {
		info, err := parsePeerAddr(a)
		if err != nil {
			return nil, fmt.Errorf("mesh: peer address %q: %w", a, err)
		}
		if i, ok := index[info.ID]; ok {
			infos[i].Addrs = append(infos[i].Addrs, info.Addrs...)
			continue
		}
		index[info.ID] = len(infos)
		infos = append(infos, *info)
	}
	return infos, nil
}

// mustPeerInfos is peerInfos for addresses that Params.Validate has checked.
func mustPeerInfos(addrs []string) []peer.AddrInfo {
	infos, err := peerInfos(addrs)
	if err != nil {
		panic(err)
	}
	return infos
}

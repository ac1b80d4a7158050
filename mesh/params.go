package mesh

import (
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"github.com/trainmesh/trainmesh/clock"
)

// Params configures a Host. Build one with DefaultParams (a real node) or
// LocalParams (tests, the demo, benchmarks: loopback only, no discovery that
// leaves the machine), change fields, and call Validate.
type Params struct {
	// ListenAddrs are the multiaddrs to listen on. A real node listens on all
	// interfaces (TCP and QUIC on port 4001); tests pin 127.0.0.1 and port 0.
	ListenAddrs []string
	// AnnounceAddrs, when set, replace the addresses the node advertises
	// (for a public node behind a fixed port forward, say).
	AnnounceAddrs []string
	// Bootstrap peers are full multiaddrs ending in /p2p/<peer ID>. There is no
	// built-in list: a node joins the mesh its operator points it at.
	Bootstrap []string
	// MDNS enables LAN discovery by multicast DNS (service "trainmesh").
	MDNS bool
	// DHT enables WAN discovery through a Kademlia DHT under trainmesh's own
	// protocol prefix (/trainmesh/kad/1.0.0), seeded only by Bootstrap.
	DHT bool
	// DHTMode is "auto" (serve the DHT only once reachable from outside, as a
	// home node behind NAT should), "server" (a public bootstrap node) or
	// "client" (never serve).
	DHTMode string
	// Security orders the transport security protocols: "tls" (TLS 1.3 first,
	// then Noise; TLS moves bulk data about twice as fast thanks to AES-NI) or
	// "noise" (Noise first, then TLS).
	Security string
	// Reachability says how the node learns whether others can dial it:
	// "auto" (AutoNAT: peers that run the AutoNAT service dial it back),
	// "public" (its operator knows it is reachable at its addresses: a
	// bootstrap or relay server with a public IP or a forwarded port) or
	// "private" (never reachable from outside: always use relays). See
	// nat.go.
	Reachability string
	// Advertise is which addresses the node tells others to dial (identify,
	// presence, the DHT): "dialable" (only addresses that work from where
	// they are sent: public addresses once AutoNAT confirms them, relay
	// addresses while the node is private, and IPs named explicitly in
	// ListenAddrs) or "all" (everything libp2p finds, loopback and LAN
	// included: tests and the demo on one machine). AnnounceAddrs, when set,
	// override both.
	Advertise string
	// AutoNATService answers other peers' AutoNAT dial-back requests, so
	// that they learn whether they are reachable (libp2p rate-limits it to
	// 30 dial-backs a minute, 3 per peer, and pauses it while this node is
	// itself private).
	AutoNATService bool
	// RelayClient lets the node reach and be reached through circuit relays
	// (v2) when it is not publicly reachable: it reserves slots on relays
	// (StaticRelays, its bootstrap peers, and connected peers that offer the
	// relay protocol) once AutoNAT finds it private.
	RelayClient bool
	// RelaysWanted is how many relays a private node keeps a reservation on
	// (1 to 8): one may go away.
	RelaysWanted int
	// RelayService makes the node offer a limited relay to private peers.
	// libp2p starts it only once the node's reachability is public, so it
	// is on by default: home nodes never relay.
	RelayService bool
	// RelayLimits bound the relay service (nat.go).
	RelayLimits RelayLimits
	// StaticRelays are relay multiaddrs (with /p2p/) a private node should use
	// before it has discovered any.
	StaticRelays []string
	// HolePunching enables DCUtR, upgrading relayed connections to direct ones.
	HolePunching bool
	// NATPortMap asks the home router for a port mapping (UPnP / NAT-PMP).
	NATPortMap bool
	// ConnsLow and ConnsHigh are the connection manager's watermarks: above
	// High it trims connections down to Low.
	ConnsLow, ConnsHigh int
	// ConnGrace protects new connections from trimming for this long.
	ConnGrace time.Duration
	// MemoryBytes caps the memory the resource manager lets libp2p use for
	// connections and streams (0: scale to the machine, as libp2p advises).
	MemoryBytes int64
	// MaxGossipBytes is the largest gossip message accepted or sent.
	MaxGossipBytes int
	// DialTimeout bounds each dial, bootstrap included.
	DialTimeout time.Duration
	// AppScore, when set, feeds gossipsub's application-specific peer score
	// (see peerscore.go): a value in [-1, 1] per peer, 0 for a newcomer,
	// negative for peers this node distrusts. The node sets it from its
	// reputation store. It is called often and must be fast.
	AppScore func(peer.ID) float64

	// Transport tunes the stream multiplexer for bulk data (transport.go).
	Transport TransportParams

	// Clock is what the host and the protocols built on it (mesh/allreduce)
	// read time from: nil is the wall clock; tests may pass a clock.Mock.
	// Socket and stream deadlines stay on the wall clock whatever it is
	// (clock.NetDeadline): the kernel measures them.
	Clock clock.Clock
}

// DefaultParams are the settings of a real node: every interface, TCP and
// QUIC on port 4001, mDNS and the DHT on; AutoNAT decides reachability; a
// private node uses relays and hole punching, a public one offers a limited
// relay and the AutoNAT service; only dialable addresses are advertised. A
// home user behind a router changes none of it.
func DefaultParams() Params {
	return Params{
		ListenAddrs: []string{
			"/ip4/0.0.0.0/tcp/4001",
			"/ip4/0.0.0.0/udp/4001/quic-v1",
			"/ip6/::/tcp/4001",
			"/ip6/::/udp/4001/quic-v1",
		},
		MDNS:           true,
		DHT:            true,
		DHTMode:        "auto",
		Security:       "tls",
		Reachability:   "auto",
		Advertise:      "dialable",
		AutoNATService: true,
		RelayClient:    true,
		RelaysWanted:   2,
		RelayService:   true,
		RelayLimits:    DefaultRelayLimits(),
		HolePunching:   true,
		NATPortMap:     true,
		ConnsLow:       64,
		ConnsHigh:      192,
		ConnGrace:      time.Minute,
		MaxGossipBytes: 1 << 20,
		DialTimeout:    15 * time.Second,
		Transport:      DefaultTransportParams(),
	}
}

// LocalParams are DefaultParams confined to this machine: TCP on 127.0.0.1
// with a free port, no mDNS, no DHT, no NAT machinery (no relay client or
// service, no AutoNAT service, no hole punching, no router port mapping),
// and every address advertised (they are all loopback). Tests, the demo and
// benchmarks use them so that no packet leaves loopback.
func LocalParams() Params {
	p := DefaultParams()
	p.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}
	p.MDNS = false
	p.DHT = false
	p.Advertise = "all"
	p.AutoNATService = false
	p.RelayClient = false
	p.RelayService = false
	p.HolePunching = false
	p.NATPortMap = false
	p.DialTimeout = 5 * time.Second
	return p
}

// Validate reports the first problem with p, in words a user can act on.
func (p *Params) Validate() error {
	if len(p.ListenAddrs) == 0 {
		return errors.New("mesh: no listen address (set at least one, e.g. /ip4/0.0.0.0/tcp/4001)")
	}
	for _, a := range append(append([]string{}, p.ListenAddrs...), p.AnnounceAddrs...) {
		if _, err := multiaddr.NewMultiaddr(a); err != nil {
			return fmt.Errorf("mesh: bad address %q: %w", a, err)
		}
	}
	for _, a := range append(append([]string{}, p.Bootstrap...), p.StaticRelays...) {
		if _, err := parsePeerAddr(a); err != nil {
			return fmt.Errorf("mesh: bad peer address %q (want /ip4/…/tcp/…/p2p/<peer ID>): %w", a, err)
		}
	}
	if err := p.validateNAT(); err != nil {
		return err
	}
	switch p.DHTMode {
	case "auto", "server", "client":
	default:
		return fmt.Errorf("mesh: DHT mode %q: want auto, server or client", p.DHTMode)
	}
	switch p.Security {
	case "tls", "noise":
	default:
		return fmt.Errorf("mesh: security %q: want tls or noise", p.Security)
	}
	if p.ConnsLow < 1 || p.ConnsHigh < p.ConnsLow {
		return fmt.Errorf("mesh: connection watermarks low=%d high=%d: want 1 <= low <= high", p.ConnsLow, p.ConnsHigh)
	}
	if p.MaxGossipBytes < 1<<10 || p.MaxGossipBytes > 16<<20 {
		return fmt.Errorf("mesh: max gossip size %d bytes: want 1 KiB to 16 MiB", p.MaxGossipBytes)
	}
	if p.MemoryBytes < 0 {
		return fmt.Errorf("mesh: memory cap %d bytes: want 0 (auto) or more", p.MemoryBytes)
	}
	if p.DialTimeout <= 0 {
		return errors.New("mesh: dial timeout must be positive")
	}
	return p.Transport.Validate()
}

package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/alecthomas/kong"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/node/jobfile"
)

// defaultVars feeds kong's ${...} defaults from the packages' own defaults,
// so that --help and the code cannot disagree.
func defaultVars() kong.Vars {
	mp := mesh.DefaultParams()
	nc := node.DefaultConfig("")
	v := kong.Vars{
		"version":              version,
		"listen_default":       strings.Join(mp.ListenAddrs, ","),
		"security_default":     mp.Security,
		"dht_mode_default":     mp.DHTMode,
		"reachability_default": mp.Reachability,
		"advertise_default":    mp.Advertise,
		"conns_low_default":    fmt.Sprint(mp.ConnsLow),
		"conns_high":           fmt.Sprint(mp.ConnsHigh),
		"gossip_max":           fmt.Sprint(mp.MaxGossipBytes),
		"presence_interval":    nc.PresenceInterval.String(),
		"snapshot_interval":    nc.Reputation.SnapshotInterval.String(),
		"retention":            nc.Reputation.Retention.String(),
	}
	jobsVars(v)
	return v
}

// meshFlags are the networking settings of a node (config section [mesh]).
type meshFlags struct {
	Listen       []string `help:"Multiaddrs to listen on." default:"${listen_default}" placeholder:"MULTIADDR" toml:"mesh.listen" group:"Network"`
	Announce     []string `help:"Multiaddrs to advertise instead of the detected ones (e.g. a public IP with a forwarded port)." placeholder:"MULTIADDR" toml:"mesh.announce" group:"Network"`
	Bootstrap    []string `help:"Peers to join the mesh through: full multiaddrs ending in /p2p/<peer ID>. No public list is built in." placeholder:"MULTIADDR" toml:"mesh.bootstrap" group:"Network"`
	MDNS         bool     `help:"Find peers on the local network with multicast DNS." default:"true" negatable:"" name:"mdns" toml:"mesh.mdns" group:"Network"`
	DHT          bool     `help:"Find peers over the internet through trainmesh's Kademlia DHT (seeded by --bootstrap)." default:"true" negatable:"" name:"dht" toml:"mesh.dht" group:"Network"`
	DHTMode      string   `help:"DHT role: auto (serve once reachable), server or client." enum:"auto,server,client" default:"${dht_mode_default}" name:"dht-mode" toml:"mesh.dht-mode" group:"Network"`
	Security     string   `help:"Preferred transport security: tls (faster for bulk data) or noise." enum:"tls,noise" default:"${security_default}" toml:"mesh.security" group:"Network"`
	Reachability string   `help:"How this node learns whether others can dial it: auto (AutoNAT asks peers to dial back), public (a server you know is reachable: a bootstrap or relay node) or private (always use relays)." enum:"auto,public,private" default:"${reachability_default}" toml:"mesh.reachability" group:"Network"`
	Advertise    string   `help:"Addresses to tell peers: dialable (public ones once confirmed, relay ones while behind NAT) or all (LAN and loopback too)." enum:"dialable,all" default:"${advertise_default}" toml:"mesh.advertise" group:"Network"`
	RelayClient  bool     `help:"Use circuit relays when this node is not reachable from the internet." default:"true" negatable:"" toml:"mesh.relay-client" group:"Network"`
	RelayService bool     `help:"Offer a limited relay to nodes behind NAT once this node is found publicly reachable." default:"true" negatable:"" toml:"mesh.relay-service" group:"Network"`
	StaticRelay  []string `help:"Relays to use before any is discovered (full multiaddrs with /p2p/)." placeholder:"MULTIADDR" toml:"mesh.static-relays" group:"Network"`
	HolePunching bool     `help:"Upgrade relayed connections to direct ones by hole punching (DCUtR)." default:"true" negatable:"" toml:"mesh.hole-punching" group:"Network"`
	NATPortMap   bool     `help:"Ask the home router for a port mapping (UPnP/NAT-PMP)." default:"true" negatable:"" name:"nat-port-map" toml:"mesh.nat-port-map" group:"Network"`
	ConnsLow     int      `help:"Connections kept when trimming." default:"${conns_low_default}" toml:"mesh.conns-low" group:"Network"`
	ConnsHigh    int      `help:"Connections above which the node trims." default:"${conns_high}" toml:"mesh.conns-high" group:"Network"`
	MemoryBytes  int64    `help:"Memory libp2p may use for connections and streams, in bytes (0: scale to this machine)." default:"0" toml:"mesh.memory-bytes" group:"Network"`
	MaxGossip    int      `help:"Largest gossip message accepted, in bytes." default:"${gossip_max}" name:"max-gossip-bytes" toml:"mesh.max-gossip-bytes" group:"Network"`
}

func (f *meshFlags) params() mesh.Params {
	p := mesh.DefaultParams()
	p.ListenAddrs = f.Listen
	p.AnnounceAddrs = f.Announce
	p.Bootstrap = f.Bootstrap
	p.MDNS = f.MDNS
	p.DHT = f.DHT
	p.DHTMode = f.DHTMode
	p.Security = f.Security
	p.Reachability = f.Reachability
	p.Advertise = f.Advertise
	p.RelayClient = f.RelayClient
	p.RelayService = f.RelayService
	p.StaticRelays = f.StaticRelay
	p.HolePunching = f.HolePunching
	p.NATPortMap = f.NATPortMap
	p.ConnsLow = f.ConnsLow
	p.ConnsHigh = f.ConnsHigh
	p.MemoryBytes = f.MemoryBytes
	p.MaxGossipBytes = f.MaxGossip
	return p
}

// dataDirFlag is the node's data dir, shared by the commands that use one.
type dataDirFlag struct {
	DataDir string `help:"Folder for the node's key, stores and state." default:"~/.trainmesh" type:"path" toml:"data-dir"`
}

type nodeCmd struct {
	Action string `arg:"" optional:"" enum:"run,status" default:"run" help:"run (the default): run the node; status: show how a running node is reached (reachability, relays, hole punches, peers by connection type), read from its data dir."`
	dataDirFlag
	passwordFlags
	LightKDF         bool            `help:"Protect a newly created key with a fast, weaker key derivation (test and demo nodes only)." name:"light-kdf" toml:"key.light-kdf"`
	PresenceInterval time.Duration   `help:"How often the node re-announces itself to the mesh." default:"${presence_interval}" toml:"node.presence-interval"`
	Mesh             meshFlags       `embed:""`
	Reputation       reputationFlags `embed:""`
	Auction          auctionFlags    `embed:""`
	Provider         providerFlags   `embed:""`
	Settle           settleFlags     `embed:""`
	Jobs             jobsFlags       `embed:""`
	Compute          computeFlags    `embed:""`
	ServeData        []string        `help:"Serve the dataset of this job file as a data holder (repeatable): members of jobs whose recipe names this node's peer ID among its data holders fetch from it and the poster pays it per chunk (README, Settlement item 10). Needs no GPU and no bidding (leave out --provide)." placeholder:"JOBFILE" name:"serve-data" toml:"node.serve-data"`
	Evaluate         bool            `help:"Be an independent evaluator: follow every job class, bid on no job that names an evaluation, and score the final model of each such job this node is neither poster nor member of on its held-out set, submitting the signed score on-chain (needs --rpc; README, Settlement). Needs no GPU." toml:"node.evaluate"`
}

func (c *nodeCmd) Run(env *runEnv) error {
	if c.Action == "status" {
		return c.status(env) // node_status.go
	}
	cfg := node.DefaultConfig(c.DataDir)
	cfg.Mesh = c.Mesh.params()
	cfg.PresenceInterval = c.PresenceInterval
	cfg.Version = version
	cfg.Reputation = c.Reputation.config()
	cfg.Jobs = c.Jobs.config()
	cfg.Jobs.Compute = c.Compute.config()
	cfg.Evaluate = c.Evaluate
	var err error
	if cfg.Auction, err = c.Auction.config(); err != nil {
		return err
	}
	if err := c.Provider.apply(&cfg.Auction); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	password, err := c.password(env, false)
	if err != nil {
		return err
	}
	kdf := identity.StandardKDF
	if c.LightKDF {
		kdf = identity.LightKDF
	}
	key, err := node.OpenKey(c.DataDir, password, kdf, env.log)
	if err != nil {
		return fmt.Errorf("open key in %s: %w", identity.KeystoreDir(c.DataDir), err)
	}
	opts := []node.Option{}
	settler, err := c.Settle.dial(env, key, cfg.Auction)
	if err != nil {
		return err
	}
	if settler != nil {
		defer settler.Close()
		opts = append(opts, node.WithSettler(settler))
		env.log.Info("settling on chain", "rpc", c.Settle.RPC, "chain_id", cfg.Auction.Domain.ChainID, "settlement", settler.Settlement(), "token", settler.Token())
	} else if cfg.Evaluate {
		return errors.New("--evaluate needs --rpc: evaluators submit their scores on-chain")
	} else if cfg.Auction.Provider.Enabled {
		env.log.Warn("no --rpc: this provider bids and trains but cannot be paid; point --rpc at the chain that settles the mesh's jobs")
	}
	n, err := node.New(env.ctx, cfg, key, env.log, opts...)
	if err != nil {
		return err
	}
	for _, path := range c.ServeData {
		req, err := jobfile.Load(path)
		if err != nil {
			return fmt.Errorf("--serve-data %s: %w", path, err)
		}
		serve := n.ServeDataset
		if req.Evaluation.Set() {
			serve = n.ServeTrainSplit // the poster reveals the held-out set after training
		}
		if err := serve(req.Dataset); err != nil {
			return fmt.Errorf("--serve-data %s: %w", path, err)
		}
		env.log.Info("serving a dataset as a data holder", "file", path, "root", req.Dataset.Root().Short(), "chunks", len(req.Dataset.Chunks), "peer", n.Host().ID())
	}
	return n.Run(env.ctx)
}

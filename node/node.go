// Package node wires one trainmesh peer together: its identity, its mesh
// host, and (as the project grows) the auction, GPU, training, reputation
// and chain parts. One goroutine (Run's loop) owns the node's state; stream
// readers and timers send it messages.
//
// Every timer, deadline and timestamp of the node reads one injected clock
// (WithClock; package clock). Every goroutine the node starts goes through
// one tracked group (group.go), by shutdown stage, and Run stops the node
// stage by stage: intake (topic readers, the auction, the status file),
// then the jobs (a caller's PostAndTrain, Settle and Refund included), then
// the reputation store, then the host; so a job stopping records into an
// open store, and nothing outlives what it uses.
package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/multiformats/go-multiaddr"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/blob"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
)

// Config is what a node needs to run. Fields carry their units.
type Config struct {
	// DataDir holds the node's key, stores and state; it outlives the process.
	DataDir string
	// Mesh configures the libp2p host.
	Mesh mesh.Params
	// PresenceInterval is how often the node re-announces itself on
	// TopicPresence (it also announces soon after each new connection).
	PresenceInterval time.Duration
	// Version is the software version announced to peers.
	Version string
	// Reputation configures the reputation store, snapshots and dashboard.
	Reputation ReputationConfig
	// Auction configures job auctions (auction.go).
	Auction AuctionConfig
	// Jobs configures what follows an auction: training, receipts,
	// settlement (job.go).
	Jobs JobsConfig
	// Evaluate makes the node an independent evaluator (eval.go): it
	// follows every job class, bids on no job that names an evaluation,
	// and scores those it is not a member or the poster of.
	Evaluate bool
}

// DefaultConfig returns the configuration of a real node with its data in
// dataDir.
func DefaultConfig(dataDir string) Config {
	return Config{DataDir: dataDir, Mesh: mesh.DefaultParams(), PresenceInterval: 30 * time.Second, Version: "dev", Reputation: DefaultReputationConfig(), Auction: DefaultAuctionConfig(), Jobs: DefaultJobsConfig()}
}

// Validate reports the first problem with c.
func (c *Config) Validate() error {
	if c.DataDir == "" {
		return errors.New("node: no data dir (set --data-dir)")
	}
	if c.PresenceInterval < time.Second {
		return fmt.Errorf("node: presence interval %v: want at least 1s", c.PresenceInterval)
	}
	if c.Version == "" {
		return errors.New("node: empty version")
	}
	if err := c.Auction.Validate(); err != nil {
		return err
	}
	if err := c.Reputation.Validate(); err != nil {
		return err
	}
	if err := c.Jobs.Validate(); err != nil {
		return err
	}
	return c.Mesh.Validate()
}

// OpenKey opens the node's key in dataDir, creating one if there is none,
// and logs where it is. kdf applies only to a new key.
func OpenKey(dataDir, password string, kdf identity.KDF, log *slog.Logger) (*identity.Key, error) {
	key, path, created, err := identity.LoadOrCreate(dataDir, password, kdf)
	if err != nil {
		return nil, err
	}
	if created {
		log.Info("created a new node key; back it up, it holds the node's identity and earnings",
			"path", path, "address", key.Address(), "peer", key.PeerID())
	}
	return key, nil
}

// EventKind names what a node observed.
type EventKind string

// Event kinds.
const (
	// EventPeerSeen: a peer announced itself for the first time.
	EventPeerSeen EventKind = "peer-seen"
)

// Event is something a node observed, for logs and the demo.
type Event struct {
	Kind EventKind
	Peer peer.ID
	Text string
}

// Option adjusts a Node at construction.
type Option func(*Node)

// WithObserver has the node call fn for every Event, from its loop; fn must
// return quickly.
func WithObserver(fn func(Event)) Option { return func(n *Node) { n.observe = fn } }

// WithClock has the node read time from c (a clock.Mock in tests) instead of
// the wall clock. Every timer, deadline and timestamp of the node's shells
// comes from it.
func WithClock(c clock.Clock) Option { return func(n *Node) { n.clk = clock.OrReal(c) } }

// inboxLen bounds the gossip messages waiting for the loop. Presence traffic
// is a message per peer per interval; a full inbox means the loop is stuck
// or the node is flooded, and dropping (counted) is then better than growing.
const inboxLen = 256

// announceDelay gives a new connection time to exchange gossipsub
// subscriptions before the node announces itself to it.
const announceDelay = time.Second

// Node is one running peer.
type Node struct {
	cfg      Config
	clk      clock.Clock // the one clock of this node's shells (WithClock)
	key      *identity.Key
	host     *mesh.Host
	log      *slog.Logger
	presence *mesh.Topic
	observe  func(Event)
	inbox    chan *mesh.Message
	dropped  atomic.Uint64
	auc      *auctioneer
	compute  *Compute // the device jobs train on, chosen in New (compute.go)
	// measuring holds a slot while the node answers a timed challenge
	// (measure.go): one at a time.
	measuring chan struct{}

	rep          *reputation
	recordErrors atomic.Uint64

	// The job lifecycle (job.go): training, receipts, settlement.
	settler      chain.Settler
	journal      *journal
	blobs        *dataset.MemStore // what this node serves: recipes, datasets, models
	audit        *auditStore       // what it serves its jobs' verifiers (auditstore.go)
	blobClient   *blob.Client
	evals        evaluations // the jobs this node evaluates (eval.go)
	allreduce    *allreduce.Service
	addrPeers    *lru.Cache[auction.Address, peer.ID]
	jobObserve   func(JobEvent)
	trainObserve func(auction.Hash, train.Event)
	tamper       func(step int, contribution []float32)  // tests only (withTamper)
	tamperFwd    func(op uint64, off int, seg []float32) // tests only, cheat builds (cheat_on.go)
	withholdSeat bool                                    // tests only: a restarted winner signs no seat statement (withWithheldSeat)
	equivocate   func(op uint64) bool                    // tests only, cheat builds (cheat_on.go)
	falseSilence func(op uint64) bool                    // tests only, cheat builds (cheat_on.go)
	dropCall     func(job.Call) bool                     // tests only (withDroppedCalls)
	standbyGate  func(context.Context, auction.Hash)     // tests only (withLateStandby)
	runCtx       context.Context                         // ends when Run stops the node's jobs
	stopRuns     context.CancelFunc
	goes         *group     // every goroutine the node starts (group.go)
	jobsMu       sync.Mutex // jobsMu guards jobs
	jobs         map[auction.Hash]*jobRun
	payMu        sync.Mutex  // serialises releases, refunds and withdrawals
	jobWork      chan func() // the job loop's work (jobloop.go)
	cpMu         sync.Mutex  // cpMu guards cp
	cp           *chain.ContractParams

	// secondStatement: tests only, cheat builds (withSecondStatement).
	secondStatement func(allreduce.OpRecord) (allreduce.OpRecord, bool)

	// onShutdown, when set, is called with each step of Run's staged
	// shutdown as it completes (tests check the order).
	onShutdown func(step string)

	// ringRTT, when set, changes the round trips this node measured
	// before it contributes them (tests only: withRingRTT).
	ringRTT func(self peer.ID, members []peer.ID, row []time.Duration) []time.Duration

	// The loop owns the following.
	peers map[peer.ID]*MsgPresence
	seq   uint64
}

// New starts a node's host and joins its topics. Run drives it.
func New(ctx context.Context, cfg Config, key *identity.Key, log *slog.Logger, opts ...Option) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("node: create data dir: %w", err)
	}
	// The store is opened on the node's clock, before the node exists:
	// options only set fields, so a probe shows which clock they choose.
	probe := &Node{clk: clock.Real(), auc: &auctioneer{}}
	for _, o := range opts {
		o(probe)
	}
	clk := probe.clk
	rep, err := openReputation(ctx, cfg, key, log, clk)
	if err != nil {
		return nil, err
	}
	cfg.Mesh.AppScore = rep.appScore()
	if cfg.Mesh.Clock == nil {
		cfg.Mesh.Clock = clk // the host, and the all-reduce groups on it, keep the node's time
	}
	h, err := mesh.New(ctx, key.LibP2P(), cfg.Mesh, log)
	if err != nil {
		rep.store.Close()
		return nil, err
	}
	n := &Node{cfg: cfg, clk: clk, key: key, host: h, log: log, inbox: make(chan *mesh.Message, inboxLen), peers: map[peer.ID]*MsgPresence{}, rep: rep,
		blobs: dataset.NewMemStore(), audit: newAuditStore(auditBytesMax), jobs: map[auction.Hash]*jobRun{}, goes: newGroup(), jobWork: make(chan func(), jobWorkLen)}
	n.runCtx, n.stopRuns = context.WithCancel(context.Background())
	n.addrPeers, _ = lru.New[auction.Address, peer.ID](addrCacheLen)
	n.auc = newAuctioneer(n, cfg.Auction)
	for _, o := range opts {
		o(n)
	}
	fail := func(err error) (*Node, error) {
		n.stopRuns()
		h.Close()
		rep.store.Close()
		return nil, err
	}
	if n.settler != nil {
		if d := n.settler.Domain(); d != cfg.Auction.Domain {
			return fail(fmt.Errorf("node: the auction signs for chain %d, contract %s, but the settlement layer is chain %d, contract %s: set --chain-id and --settlement-contract to the chain's",
				cfg.Auction.Domain.ChainID, cfg.Auction.Domain.VerifyingContract, d.ChainID, d.VerifyingContract))
		}
	}
	if n.journal, err = newJournal(cfg.DataDir); err != nil {
		return fail(err)
	}
	if n.compute, err = chooseCompute(cfg.Jobs.Compute, log); err != nil {
		return fail(err)
	}
	if err := blob.Serve(h, blobStores{n.blobs, n.audit}, blob.DefaultParams()); err != nil {
		return fail(err)
	}
	h.HandleRequests(StateHashProtocol, stateHashRequestLen, blob.DefaultParams().Timeout, n.serveStateHash)
	h.HandleRequests(DataReceiptProtocol, dataReceiptBytesMax, blob.DefaultParams().Timeout, n.serveDataReceipt)
	h.HandleRequests(RecordsProtocol, job.FetchRequestMax, blob.DefaultParams().Timeout, n.serveRecords)
	if cfg.Auction.Provider.Enabled {
		n.measuring = make(chan struct{}, 1)
		h.SetStreamHandler(MeasureProtocol, n.serveMeasure)
	}
	if n.blobClient, err = blob.NewClient(h, blob.DefaultParams()); err != nil {
		return fail(err)
	}
	n.allreduce = allreduce.NewService(h, log)
	n.presence, err = h.Join(TopicPresence, validatePresence)
	if err != nil {
		n.allreduce.Close()
		return fail(err)
	}
	return n, nil
}

// validatePresence rejects presence messages that an honest node never sends.
func validatePresence(_ context.Context, m *mesh.Message) mesh.Outcome {
	p, err := DecodePresence(m.Data)
	if err != nil {
		return mesh.Reject
	}
	m.Decoded = p
	return mesh.Accept
}

// Host returns the node's mesh host.
func (n *Node) Host() *mesh.Host { return n.host }

// DataDir returns the node's data dir.
func (n *Node) DataDir() string { return n.cfg.DataDir }

// Key returns the node's identity.
func (n *Node) Key() *identity.Key { return n.key }

// Run drives the node until ctx ends, then stops it in stages (shutdown).
func (n *Node) Run(ctx context.Context) error {
	n.log.Info("node started", "peer", n.host.ID(), "address", n.key.Address(), "listen", n.host.FullAddrs(), "data_dir", n.cfg.DataDir)
	if err := n.writeInfo(); err != nil {
		n.log.Warn("could not write node info file", "err", err)
	}

	repCtx, stopRep := context.WithCancel(context.Background())
	repDone := make(chan error, 1)
	n.goes.Go(stageStore, "reputation", func() { repDone <- n.rep.run(repCtx, n) })
	n.goes.Go(stageStore, "reputation recorder", func() { n.rep.record(repCtx, n) })
	readCtx, stopReading := context.WithCancel(ctx)
	defer n.shutdown(stopReading, stopRep)

	n.goes.Go(stageIntake, "presence reader", func() { n.readTopic(readCtx, n.presence) })
	n.goes.Go(stageIntake, "status", func() { n.statusLoop(readCtx) }) // status.go: reachability and peers, for `trainmesh node status`
	if err := n.auc.start(readCtx); err != nil {
		return err
	}
	// The job loop is of the jobs stage: it stops, with every effect it
	// started, before the store the jobs record into closes.
	n.goes.Go(stageJobs, "job loop", func() { n.runJobs(n.runCtx) })
	n.resumeJobs()

	conns, err := n.host.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		return fmt.Errorf("node: subscribe to connection events: %w", err)
	}
	defer conns.Close()

	tick := n.clk.Ticker(n.cfg.PresenceInterval)
	defer tick.Stop()
	announce := n.clk.Timer(announceDelay)
	defer announce.Stop()
	for {
		select {
		case <-ctx.Done():
			n.log.Info("node stopping", "peers_seen", len(n.peers), "gossip_dropped", n.dropped.Load())
			return nil
		case err := <-repDone:
			return err
		case m := <-n.inbox:
			n.handlePresence(m)
		case fn := <-n.auc.work:
			fn()
		case ev := <-conns.Out():
			if e, ok := ev.(event.EvtPeerConnectednessChanged); ok && e.Connectedness == network.Connected {
				announce.Reset(announceDelay)
			}
		case <-announce.C:
			n.announce(ctx)
		case <-tick.C:
			n.announce(ctx)
		}
	}
}

// shutdown stops the node in stages, each joined before the next begins:
// intake first (topic readers, the auction, the status file: no new job
// starts), then the jobs (cancelled, and waited for, callers' PostAndTrain
// and Settle included), then the reputation store (its last snapshot; no
// job can record into it any more), then the all-reduce service and the
// host that every stage above used.
func (n *Node) shutdown(stopReading, stopRep context.CancelFunc) {
	step := func(s string) {
		n.log.Debug("node shutdown: " + s)
		if n.onShutdown != nil {
			n.onShutdown(s)
		}
	}
	stopReading()
	n.goes.close(stageIntake)
	step("intake stopped")
	if jobs := n.goes.runningIn(stageJobs); len(jobs) > 0 {
		n.log.Info("node stopping: waiting for jobs to stop", "running", jobs)
	}
	n.stopRuns()
	n.goes.close(stageJobs)
	step("jobs stopped")
	stopRep()
	n.goes.close(stageStore)
	n.rep.close()
	step("store closed")
	n.allreduce.Close()
	n.host.Close()
	step("host closed")
}

// readTopic forwards validated messages to the loop.
func (n *Node) readTopic(ctx context.Context, t *mesh.Topic) {
	for {
		m, err := t.Next(ctx)
		if err != nil {
			return
		}
		select {
		case n.inbox <- m:
		default:
			n.dropped.Add(1)
		}
	}
}

func (n *Node) announce(ctx context.Context) {
	n.seq++
	addrs := make([]string, 0, len(n.host.Addrs()))
	for _, a := range n.host.Addrs() {
		addrs = append(addrs, a.String())
	}
	if len(addrs) > presenceAddrsMax {
		addrs = addrs[:presenceAddrsMax]
	}
	msg := MsgPresence{Version: n.cfg.Version, Addrs: addrs, Seq: n.seq}
	data, err := msg.Encode()
	if err != nil {
		n.log.Error("encode presence", "err", err)
		return
	}
	if err := n.presence.Publish(ctx, data); err != nil && ctx.Err() == nil {
		n.log.Warn("publish presence", "err", err)
	}
}

func (n *Node) handlePresence(m *mesh.Message) {
	p, ok := m.Decoded.(*MsgPresence)
	if !ok {
		return
	}
	prev, known := n.peers[m.Author]
	if known && p.Seq <= prev.Seq {
		return // stale or replayed
	}
	n.peers[m.Author] = p
	n.learnAddrs(m.Author, p.Addrs)
	n.notePeer(m.Author)
	n.observePresence(m.Author, p)
	if known {
		return
	}
	addr, _ := identity.AddressOf(m.Author)
	n.log.Info("peer seen", "peer", m.Author, "address", addr, "version", p.Version, "addrs", p.Addrs)
	if n.observe != nil {
		n.observe(Event{Kind: EventPeerSeen, Peer: m.Author, Text: fmt.Sprintf("version %s, %d addresses", p.Version, len(p.Addrs))})
	}
}

// learnAddrs adds the addresses a peer announced for itself to the
// peerstore, so that the node can dial it directly later (a training ring
// links every member to its neighbours, whom it may never have met). The
// announcement is signed by the peer, so no one can redirect another peer's
// traffic this way; a peer lying about itself only makes itself unreachable.
func (n *Node) learnAddrs(id peer.ID, addrs []string) {
	if id == n.host.ID() {
		return
	}
	mas := make([]multiaddr.Multiaddr, 0, len(addrs))
	for _, a := range addrs {
		if ma, err := multiaddr.NewMultiaddr(a); err == nil { // validated already
			mas = append(mas, ma)
		}
	}
	n.host.Peerstore().AddAddrs(id, mas, peerstore.AddressTTL)
}

// InfoFile is the file in the data dir where a running node writes who and
// where it is, for scripts and testnets.
const InfoFile = "node.json"

// Info is the content of InfoFile.
type Info struct {
	PeerID  string   `json:"peer_id"`
	Address string   `json:"address"`
	Addrs   []string `json:"addrs"`
	PID     int      `json:"pid"`
	Version string   `json:"version"`
}

func (n *Node) writeInfo() error {
	info := Info{PeerID: n.host.ID().String(), Address: n.key.Address().Hex(), Addrs: n.host.FullAddrs(), PID: os.Getpid(), Version: n.cfg.Version}
	return writeJSON(filepath.Join(n.cfg.DataDir, InfoFile), info)
}

// notePeer remembers which peer ID speaks for an address: a peer proves it
// whenever gossip it signed arrives (the author's key is its address's key).
// The training ring is built from the award's addresses with it.
func (n *Node) notePeer(id peer.ID) {
	if addr, err := identity.AddressOf(id); err == nil {
		n.addrPeers.Add(auction.Address(addr), id)
	}
}

// peerOf returns the peer ID of an address this node has heard from.
func (n *Node) peerOf(a auction.Address) (peer.ID, bool) {
	if a == n.auc.self {
		return n.host.ID(), true
	}
	return n.addrPeers.Get(a)
}

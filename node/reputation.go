package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/reputation/dash"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// ReputationConfig configures a node's reputation store, the snapshots it
// publishes for outside readers, and its dashboard.
type ReputationConfig struct {
	// DashAddr is a loopback host:port where the node serves its dashboard
	// and Prometheus /metrics ("127.0.0.1:0" picks a free port); empty: none.
	DashAddr string
	// SnapshotInterval is how often the node publishes a snapshot of its
	// store beside it (DataDir/reputation.snapshot) when something changed,
	// at least a second: `trainmesh dash` on another process shows the node
	// at most this much behind.
	SnapshotInterval time.Duration
	// Retention is how long raw observations are kept (at least a minute);
	// their effect on scores is kept in aggregates.
	Retention time.Duration
}

// DefaultReputationConfig returns a real node's reputation settings.
func DefaultReputationConfig() ReputationConfig {
	return ReputationConfig{SnapshotInterval: 10 * time.Second, Retention: store.DefaultOptions().Retention}
}

// Validate reports the first problem with c.
func (c *ReputationConfig) Validate() error {
	if c.SnapshotInterval < time.Second {
		return fmt.Errorf("node: snapshot interval %v: want at least 1s", c.SnapshotInterval)
	}
	if c.Retention < time.Minute {
		return fmt.Errorf("node: observation retention %v: want at least 1m", c.Retention)
	}
	if c.DashAddr != "" {
		return dash.CheckAddr(c.DashAddr)
	}
	return nil
}

// Bounds of the reputation wiring.
const (
	// storeOpenTries and storeOpenWait bound how long a starting node waits
	// for a dashboard that is copying its stopped store (a copy holds the
	// store's shared lock for milliseconds).
	storeOpenTries = 30
	storeOpenWait  = 100 * time.Millisecond
	// addrCacheLen bounds the peer ID → address cache behind gossipsub's
	// application score, which gossipsub calls for every scored peer often;
	// deriving an address decompresses a public key. Twice the connection
	// high-water mark of a large node.
	addrCacheLen = 4096
	// pruneInterval is how often old raw observations are pruned.
	pruneInterval = time.Hour
	// laterLen bounds the observations waiting for the recorder
	// (observeLater): a node that hears a presence from every peer each
	// PresenceInterval queues a few a second, and the recorder writes what
	// is queued in one transaction.
	laterLen = 4096
)

// reputation is a node's store and what serves it.
type reputation struct {
	store    *store.Store
	snapPath string
	cfg      ReputationConfig
	log      *slog.Logger

	snapshots atomic.Uint64 // snapshots published
	snapMs    atomic.Uint64 // when the last one was taken, Unix ms

	// later holds the observations the node's loop recorded with
	// observeLater, for the recorder (record) to write.
	later chan score.Observation
}

// openReputation opens the node's store in its data dir, on clk. The lock
// another process holds gives no event to wait on (badger's flock does not
// block), so a locked store is tried again, storeOpenTries times at most,
// storeOpenWait apart on clk, while ctx lasts.
func openReputation(ctx context.Context, cfg Config, key *identity.Key, log *slog.Logger, clk clock.Clock) (*reputation, error) {
	opts := store.DefaultOptions()
	opts.Self = score.Address(key.Address())
	opts.Retention = cfg.Reputation.Retention
	opts.Log = log
	opts.Now = clk.Now
	dir := filepath.Join(cfg.DataDir, store.DirName)
	var s *store.Store
	var err error
	for try := range storeOpenTries {
		if s, err = store.Open(dir, opts); !errors.Is(err, store.ErrLocked) || try == storeOpenTries-1 {
			break
		}
		wait := clk.Timer(storeOpenWait)
		select {
		case <-ctx.Done():
			wait.Stop()
			return nil, fmt.Errorf("node: open reputation store: %w", ctx.Err())
		case <-wait.C:
		}
	}
	if errors.Is(err, store.ErrLocked) {
		return nil, fmt.Errorf("node: reputation store %s is in use (is another trainmesh node running on this data dir?): %w", dir, err)
	} else if err != nil {
		return nil, fmt.Errorf("node: open reputation store: %w", err)
	}
	return &reputation{store: s, snapPath: store.SnapshotPath(dir), cfg: cfg.Reputation, log: log, later: make(chan score.Observation, laterLen)}, nil
}

// appScore maps a peer's reputation to gossipsub's application score in
// [-1, 1]: 0 for a newcomer (the prior), 1 for a perfect record, -1 for the
// worst.
func (r *reputation) appScore() func(peer.ID) float64 {
	cache, _ := lru.New[peer.ID, score.Address](addrCacheLen)
	prior := r.store.Params().Prior()
	return func(id peer.ID) float64 {
		a, ok := cache.Get(id)
		if !ok {
			addr, err := identity.AddressOf(id)
			if err != nil {
				return 0 // not a trainmesh key: no reputation either way
			}
			a = score.Address(addr)
			cache.Add(id, a)
		}
		s := r.store.Score(a)
		if s >= prior {
			return (s - prior) / (1 - prior)
		}
		return (s - prior) / prior
	}
}

// run publishes snapshots, prunes, and serves the dashboard until ctx ends.
// The store
// stays open: Run's shutdown closes it (close) once no job can record.
func (r *reputation) run(ctx context.Context, n *Node) error {
	if r.cfg.DashAddr != "" {
		srv, ln, err := r.listen(n)
		if err != nil {
			return err
		}
		served := make(chan struct{})
		if !n.goes.Go(stageStore, "dashboard", func() {
			defer close(served)
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				r.log.Error("dashboard stopped", "err", err)
			}
		}) {
			ln.Close()
			return nil // the node is stopping
		}
		defer func() { srv.Close(); <-served }()
		r.log.Info("dashboard listening", "url", "http://"+ln.Addr().String()+"/", "metrics", "http://"+ln.Addr().String()+"/metrics")
	}
	r.publish()
	snap := n.clk.Ticker(r.cfg.SnapshotInterval)
	defer snap.Stop()
	prune := n.clk.Ticker(pruneInterval)
	defer prune.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-snap.C:
			r.publish()
		case <-prune.C:
			res, err := r.store.Prune(ctx)
			if err != nil {
				r.log.Warn("reputation: prune", "err", err)
			} else if res.Observations+res.History+res.Peers > 0 {
				r.log.Info("reputation: pruned", "observations", res.Observations, "history", res.History, "peers", res.Peers)
			}
		}
	}
}

// record writes the observations observeLater queued, each time all that
// is queued (up to store.BatchMax) in one transaction, until ctx ends; then
// it writes what is left and returns. Run starts it in the store stage, so
// it stops before the store closes and after the loop that queues.
func (r *reputation) record(ctx context.Context, n *Node) {
	batch := make([]score.Observation, 0, store.BatchMax)
	write := func() {
		if len(batch) == 0 {
			return
		}
		if _, err := r.store.RecordBatch(batch); err != nil {
			n.recordErrors.Add(uint64(len(batch)))
			r.log.Warn("reputation: record observations", "observations", len(batch), "err", err)
		}
		batch = batch[:0]
	}
	for {
		select {
		case o := <-r.later:
			batch = append(batch, o)
		case <-ctx.Done():
			for {
				select {
				case o := <-r.later:
					batch = append(batch, o)
					if len(batch) == store.BatchMax {
						write()
					}
				default:
					write()
					return
				}
			}
		}
	fill:
		for len(batch) < store.BatchMax {
			select {
			case o := <-r.later:
				batch = append(batch, o)
			default:
				break fill
			}
		}
		write()
	}
}

// close publishes a last snapshot and closes the store.
func (r *reputation) close() {
	if _, _, err := r.store.PublishSnapshot(r.snapPath, false); err != nil {
		r.log.Warn("reputation: final snapshot", "err", err)
	}
	if err := r.store.Close(); err != nil {
		r.log.Warn("reputation: close store", "err", err)
	}
}

func (r *reputation) publish() {
	meta, wrote, err := r.store.PublishSnapshot(r.snapPath, false)
	if err != nil {
		r.log.Warn("reputation: publish snapshot", "err", err)
		return
	}
	if wrote {
		r.snapshots.Add(1)
		r.snapMs.Store(meta.TakenMs)
		r.log.Debug("reputation snapshot published", "seq", meta.Seq, "path", r.snapPath)
	}
}

// listen opens the dashboard's socket and builds its server with metrics.
func (r *reputation) listen(n *Node) (*http.Server, net.Listener, error) {
	src := dash.Live(n.cfg.DataDir, r.store)
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		dash.NewCollector(src),
		newNATCollector(n.host), // status.go
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "trainmesh_mesh_connected_peers", Help: "Peers this node is connected to."},
			func() float64 { return float64(len(n.host.Network().Peers())) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "trainmesh_node_gossip_dropped_total", Help: "Gossip messages dropped because the node's inbox was full."},
			func() float64 { return float64(n.dropped.Load()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "trainmesh_reputation_record_errors_total", Help: "Observations the node failed to record."},
			func() float64 { return float64(n.recordErrors.Load()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "trainmesh_reputation_snapshots_total", Help: "Snapshots of the reputation store published."},
			func() float64 { return float64(r.snapshots.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "trainmesh_reputation_snapshot_timestamp_seconds", Help: "When the last snapshot was taken (Unix seconds)."},
			func() float64 { return float64(r.snapMs.Load()) / 1000 }),
	)
	srv := dash.New([]dash.Source{src}, promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), r.log).HTTPServer(r.cfg.DashAddr)
	ln, err := net.Listen("tcp", r.cfg.DashAddr)
	if err != nil {
		return nil, nil, fmt.Errorf("node: dashboard: %w", err)
	}
	return srv, ln, nil
}

// Reputation returns the node's reputation store: its Score method is the
// auction's score view, Record the way to add observations.
func (n *Node) Reputation() *store.Store { return n.rep.store }

// Observe records an observation in the node's store, stamping it with the
// current time if AtMs is zero. Producers (auction, training, chain) call
// it; a failure is logged and counted, never fatal: losing one observation
// must not stop a node.
func (n *Node) Observe(o score.Observation) {
	if o.AtMs == 0 {
		o.AtMs = uint64(n.clk.Now().UnixMilli())
	}
	if _, err := n.rep.store.Record(o); err != nil {
		n.recordErrors.Add(1)
		n.log.Warn("reputation: record observation", "kind", o.Kind, "peer", o.Peer, "err", err)
	}
}

// observeAll is Observe for several observations, written in one
// transaction (one disk flush).
func (n *Node) observeAll(obs []score.Observation) {
	if len(obs) == 0 {
		return
	}
	now := uint64(n.clk.Now().UnixMilli())
	for i := range obs {
		if obs[i].AtMs == 0 {
			obs[i].AtMs = now
		}
	}
	if _, err := n.rep.store.RecordBatch(obs); err != nil {
		n.recordErrors.Add(uint64(len(obs)))
		n.log.Warn("reputation: record observations", "observations", len(obs), "kind", obs[0].Kind, "err", err)
	}
}

// observeLater is Observe without the wait for the disk: the recorder
// (reputation.record) writes o, with whatever else is queued, in one
// transaction. The node's loop records each peer's presence this way. A
// synced write costs a disk flush, tens of milliseconds on a busy disk and
// seconds at worst: with a presence from every peer each PresenceInterval,
// the loop that wrote them was busy for 0.4 s (median of those over 100 ms)
// to 4 s at a time on a loaded 2-core machine, and meanwhile took no
// auction message, so bids and reveals of short auctions came late. An
// observation that finds the queue full is dropped and counted, as a
// failed write is.
func (n *Node) observeLater(o score.Observation) {
	if o.AtMs == 0 {
		o.AtMs = uint64(n.clk.Now().UnixMilli())
	}
	err := o.Validate()
	if err == nil {
		select {
		case n.rep.later <- o:
			return
		default:
			err = fmt.Errorf("%d observations wait for the disk already", laterLen)
		}
	}
	n.recordErrors.Add(1)
	n.log.Warn("reputation: record observation", "kind", o.Kind, "peer", o.Peer, "err", err)
}

// observePresence records a valid presence announcement from id.
func (n *Node) observePresence(id peer.ID, p *MsgPresence) {
	addr, err := identity.AddressOf(id)
	if err != nil {
		return
	}
	n.observeLater(score.Observation{Peer: score.Address(addr), Kind: score.KindPresence, Note: "version " + p.Version})
}

// delivered is the throughput evidence this node's store holds of a peer
// (score.KindThroughput observations: the most it was measured deliver and
// its latest claim), which the poster's quality table ranks it by
// (auction.BuildTable). A node records them as a poster, from the timed
// challenge it runs on each bidder (measure.go): receipts' step times
// would show only the group's pace, not a member's.
func (r repView) delivered(a auction.Address) (auction.ThroughputEvidence, bool) {
	agg, ok := r.s.Aggregate(score.Address(a))
	if !ok || agg.DeliveredMFLOPs == 0 {
		return auction.ThroughputEvidence{}, false
	}
	return auction.ThroughputEvidence{MFLOPs: agg.DeliveredMFLOPs, ClaimedMFLOPs: agg.ClaimedMFLOPs}, true
}

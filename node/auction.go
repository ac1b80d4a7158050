package node

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/wire"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// AuctionConfig configures a node's part in job auctions.
type AuctionConfig struct {
	// Domain is the EIP-712 domain (L2 chain ID and settlement contract)
	// the node signs and accepts auction messages under.
	Domain auction.Domain
	// Params are the auction's rules; peers must agree on the clearing ones.
	Params auction.Params
	// Provider is the node's bidding policy; a node with Provider.Enabled
	// false only posts and relays.
	Provider ProviderConfig
	// RatePerSecond and RateBurst bound the auction messages accepted from
	// one peer (per topic kind): a flooding peer is ignored, not relayed.
	RatePerSecond float64
	RateBurst     int
	// TickInterval is how often open auctions are advanced (deadlines are
	// met within it).
	TickInterval time.Duration
	// MeasureBidders makes a poster time each bidder's GEMM challenge at
	// its first bid (measure.go) and rank it by what it delivered; on by
	// default (trainmesh node --no-measure-bidders, or auction.measure-
	// bidders = false, turns it off). Off, the poster has no throughput
	// evidence of its own: bidders rank at the job's minimum throughput
	// and their claims decide eligibility.
	MeasureBidders bool
}

// ProviderConfig is a provider's bidding policy: bid when the job fits the
// GPU and its budget reaches the price floor.
type ProviderConfig struct {
	// Enabled makes the node bid (or decline, saying why) on jobs of the
	// classes its VRAM fits.
	Enabled bool
	// VRAMBytes is the GPU memory offered, in bytes.
	VRAMBytes uint64
	// PriceFloor is the least accepted per training step, in stablecoin
	// base units; it is also the bid (the uniform price rewards bidding
	// one's true cost).
	PriceFloor *big.Int
	// Throughput, if not 0, is the GFLOP/s to bid instead of the rate
	// measured on the job's GEMM challenge (for a GPU the CPU challenge
	// cannot measure, until the gpu package measures it).
	Throughput uint64
	// MaxOpenBids is how many auctions the provider bids in at once; beyond
	// it, it declines as busy.
	MaxOpenBids int
}

// DefaultAuctionConfig is the auction setting of a real node: chain ID 1337
// (the embedded simulated chain) and no contract, providing off.
func DefaultAuctionConfig() AuctionConfig {
	return AuctionConfig{
		Domain:        auction.Domain{ChainID: 1337},
		Params:        auction.DefaultParams(),
		Provider:      ProviderConfig{PriceFloor: new(big.Int), MaxOpenBids: 4},
		RatePerSecond: 20,
		RateBurst:     40,
		TickInterval:  100 * time.Millisecond,
		// The timed challenge costs a bidder at most measureWorkMax
		// FLOPs an hour per poster, at the lowest CPU priority.
		MeasureBidders: true,
	}
}

// Validate reports the first problem with c.
func (c *AuctionConfig) Validate() error {
	if err := c.Params.Validate(); err != nil {
		return err
	}
	switch {
	case c.RatePerSecond <= 0 || c.RateBurst < 1:
		return fmt.Errorf("node: auction rate limit %v/s burst %d: want positive", c.RatePerSecond, c.RateBurst)
	case c.TickInterval <= 0 || c.TickInterval > time.Second:
		return fmt.Errorf("node: auction tick %v: want (0, 1s]", c.TickInterval)
	case c.Provider.Enabled && (c.Provider.PriceFloor == nil || c.Provider.PriceFloor.Sign() < 0):
		return errors.New("node: provider price floor must be 0 or more")
	case c.Provider.Enabled && c.Provider.MaxOpenBids < 1:
		return errors.New("node: provider max open bids must be at least 1")
	}
	return nil
}

// AuctionEvent is what a node saw of one job's auction.
type AuctionEvent struct {
	Job auction.Hash
	// Announce is set when the node first sees a job (its own included).
	Announce *auction.JobAnnounce
	// Event is set for the auction core's events.
	Event *auction.Event
}

// WithAuctionObserver has the node call fn for every AuctionEvent, from its
// loop; fn must return quickly.
func WithAuctionObserver(fn func(AuctionEvent)) Option {
	return func(n *Node) { n.auc.observe = fn }
}

// Bounds of the auction shell. What the protocol times (deadlines, ticks,
// re-sends, the linger) reads the node's clock (n.clk). The bounds on
// waits for the network (meshWaitMax, and the ping and escrow-read timeouts
// in provider.go) run on the wall clock, as socket deadlines do
// (clock.NetDeadline): a test's mock clock, standing still, must not hang a
// wait for a gossip mesh or a chain endpoint.
const (
	// auctionWorkLen bounds the work waiting for the node's loop: gossip
	// deliveries, ticks and offers. Each is small; a full queue means the
	// loop is stuck or flooded, and a dropped gossip message is recovered
	// from gossip's own retransmission or counted as missed.
	auctionWorkLen = 1024
	// jobsMax bounds the jobs a node follows at once (memory, topics).
	jobsMax = 64
	// jobOutboxLen bounds a job's messages waiting to be published: a peer
	// sends at most a commit, a reveal, a decline and an award per job.
	jobOutboxLen = 8
	// meshWaitMax bounds how long a node waits for a job topic's gossip
	// mesh before publishing anyway (flood publish still reaches the peers
	// known to subscribe).
	meshWaitMax = 2 * time.Second
	// jobLinger keeps a finished job's topic a while, so that late copies of
	// its award are still relayed and deduplicated.
	jobLinger = 10 * time.Second
	// resends and resendEvery: each own message is published again this
	// many times, this far apart (see publish).
	resends     = 2
	resendEvery = time.Second
	// limiterPeersMax bounds the peers the rate limiters track.
	limiterPeersMax = 4096
)

// auctioneer is the node's auction shell. The loop owns everything below
// "loop-owned"; validators run concurrently and read only what mu guards.
type auctioneer struct {
	n       *Node
	cfg     AuctionConfig
	codec   *wire.Codec
	rep     repView
	meas    *measurer // times bidders' challenges in the node's own jobs (measure.go)
	observe func(AuctionEvent)
	work    chan func()
	limJobs *mesh.PeerLimiter // announcements, per author
	limBids *mesh.PeerLimiter // job-topic messages, per author
	self    auction.Address
	ctx     context.Context
	// lastNonce is the nonce of the node's last job (loop-owned): a clock
	// standing still (a test's) must not give two jobs one ID.
	lastNonce uint64

	mu    sync.RWMutex // mu guards the following
	known map[auction.Hash]*auction.JobAnnounce

	// ignore, when set before the node runs, names job-topic messages
	// this node acts as if it never received (tests: a follower that
	// misses a reveal).
	ignore func(auction.Signed) bool

	// loop-owned
	jobs    map[auction.Hash]*jobState
	classes map[string]*mesh.Topic
	open    int // auctions this provider has bid in that are not done
}

type jobState struct {
	m       *auction.Machine
	topic   *mesh.Topic
	outbox  chan []byte
	bid     bool
	doneAt  time.Time
	poster  peer.ID
	stopPub context.CancelFunc
}

func newAuctioneer(n *Node, cfg AuctionConfig) *auctioneer {
	return &auctioneer{
		n: n, cfg: cfg, codec: wire.NewCodec(cfg.Domain, int(cfg.Params.GroupSizeMax)),
		rep:     repView{n.rep.store},
		meas:    newMeasurer(n),
		work:    make(chan func(), auctionWorkLen),
		limJobs: mesh.NewPeerLimiter(cfg.RatePerSecond/4, max(cfg.RateBurst/4, 1), limiterPeersMax).WithClock(n.clk),
		limBids: mesh.NewPeerLimiter(cfg.RatePerSecond, cfg.RateBurst, limiterPeersMax).WithClock(n.clk),
		self:    wire.Address(n.key.Address()),
		known:   map[auction.Hash]*auction.JobAnnounce{},
		jobs:    map[auction.Hash]*jobState{},
		classes: map[string]*mesh.Topic{},
	}
}

// nowMs reads the node's clock as the auction core takes it.
func (a *auctioneer) nowMs() uint64 { return uint64(a.n.clk.Now().UnixMilli()) }

// start joins the class topics a provider follows and starts the readers
// and the ticker; they feed the loop through a.work.
func (a *auctioneer) start(ctx context.Context) error {
	a.ctx = ctx
	if a.cfg.Provider.Enabled || a.n.cfg.Evaluate {
		classes := auction.ClassesFor(a.cfg.Provider.VRAMBytes)
		if a.n.cfg.Evaluate {
			classes = auction.AllClasses() // an evaluator needs no GPU
		}
		for _, class := range classes {
			if _, err := a.joinClass(class); err != nil {
				return err
			}
		}
	}
	if a.cfg.MeasureBidders {
		a.n.goes.Go(stageIntake, "throughput measurer", func() { a.meas.run(ctx) })
	}
	a.n.goes.Go(stageIntake, "auction ticker", func() {
		t := a.n.clk.Ticker(a.cfg.TickInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				select {
				case a.work <- a.tick:
				default: // the loop is behind; the next tick catches up
				}
			}
		}
	})
	return nil
}

// post hands fn to the loop, dropping it (counted) if the loop is flooded.
func (a *auctioneer) post(fn func()) {
	select {
	case a.work <- fn:
	default:
		a.n.dropped.Add(1)
	}
}

func (a *auctioneer) joinClass(class string) (*mesh.Topic, error) {
	if t, ok := a.classes[class]; ok {
		return t, nil
	}
	t, err := a.n.host.Join(wire.JobsTopic(class), a.validateAnnounce(class))
	if err != nil {
		return nil, err
	}
	a.classes[class] = t
	a.n.goes.Go(stageIntake, "class topic reader", func() {
		a.read(t, func(m *mesh.Message, _ uint64) {
			if s, ok := m.Decoded.(auction.Signed); ok {
				a.onAnnounce(s, m.Author)
			}
		})
	})
	return t, nil
}

// read forwards a topic's validated messages to the loop, stamped with
// their arrival time: a loop slowed by a busy machine must still judge a
// message's deadline by when it arrived, as every other peer does.
func (a *auctioneer) read(t *mesh.Topic, handle func(m *mesh.Message, atMs uint64)) {
	for {
		m, err := t.Next(a.ctx)
		if err != nil {
			return
		}
		at := a.nowMs()
		a.n.notePeer(m.Author)
		a.post(func() { handle(m, at) })
	}
}

// delivery is what the auction's admission policy needs of a gossip
// message: decoded and its signature checked (or why not), its author's
// address (whose libp2p key gossipsub verified), and when it arrived.
func (a *auctioneer) delivery(m *mesh.Message) auction.Delivery {
	d := auction.Delivery{NowMs: a.nowMs()}
	if len(m.Data) > a.codec.MaxBytes() {
		d.Err = fmt.Errorf("%d bytes, max %d", len(m.Data), a.codec.MaxBytes())
		return d
	}
	d.Msg, d.Err = a.codec.Decode(m.Data)
	if addr, err := identity.AddressOf(m.Author); err == nil {
		d.Author = wire.Address(addr)
	}
	return d
}

// admit turns the auction's verdict into gossipsub's, applying the rate
// limit lim to what the policy accepts from another peer (so a flooding
// peer's excess is ignored, not relayed, and costs no more than a decode).
func (a *auctioneer) admit(m *mesh.Message, d auction.Delivery, adm auction.Admission, lim *mesh.PeerLimiter) mesh.Outcome {
	switch adm.Verdict {
	case auction.Accept:
		if m.Author != a.n.host.ID() && !lim.Allow(m.Author) {
			return mesh.Ignore
		}
		m.Decoded = d.Msg
		return mesh.Accept
	case auction.Ignore:
		return mesh.Ignore
	}
	a.n.log.Debug("auction: rejected a gossip message", "from", m.Author, "err", adm.Err)
	return mesh.Reject
}

// validateAnnounce returns the class topic's validator: the auction's
// policy (auction.Params.AdmitAnnounce), then the per-author rate limit.
// A copy of a known announcement is relayed all the same: the poster's few
// re-sends (see PostJob) must reach peers beyond its neighbours. The rate
// limit bounds them; the loop drops duplicates.
func (a *auctioneer) validateAnnounce(class string) mesh.Validator {
	return func(_ context.Context, m *mesh.Message) mesh.Outcome {
		d := a.delivery(m)
		return a.admit(m, d, a.cfg.Params.AdmitAnnounce(class, d), a.limJobs)
	}
}

// validateJob returns a job topic's validator: the auction's policy
// (auction.Params.AdmitJob: signer, kind, windows, whether the node still
// follows the job), then the per-author rate limit.
func (a *auctioneer) validateJob(job *auction.JobAnnounce) mesh.Validator {
	ignore := a.ignore
	return func(_ context.Context, m *mesh.Message) mesh.Outcome {
		d := a.delivery(m)
		if ignore != nil && d.Err == nil && ignore(d.Msg) {
			return mesh.Ignore
		}
		a.mu.RLock()
		_, following := a.known[job.JobID]
		a.mu.RUnlock()
		return a.admit(m, d, a.cfg.Params.AdmitJob(job, following, d), a.limBids)
	}
}

// onAnnounce starts following a job: a machine, the job's topic, and on a
// provider an offer.
func (a *auctioneer) onAnnounce(s auction.Signed, from peer.ID) {
	job := s.Msg.(*auction.JobAnnounce)
	if _, ok := a.jobs[job.JobID]; ok {
		return
	}
	if len(a.jobs) >= jobsMax {
		a.n.log.Warn("auction: following too many jobs; ignoring one", "job", job.JobID, "max", jobsMax)
		return
	}
	js, err := a.follow(s, from)
	if err != nil {
		a.n.log.Warn("auction: cannot follow job", "job", job.JobID, "err", err)
		return
	}
	// An evaluator never trains a job it may evaluate (eval.go).
	if a.cfg.Provider.Enabled && job.Poster != a.self && !a.n.evaluates(job) {
		a.prepareOffer(js)
	}
}

// follow builds the job's machine and joins its topic.
func (a *auctioneer) follow(s auction.Signed, poster peer.ID) (*jobState, error) {
	job := s.Msg.(*auction.JobAnnounce)
	m, err := auction.New(a.cfg.Params, a.cfg.Domain, s, a.self)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.known[job.JobID] = job
	a.mu.Unlock()
	t, err := a.n.host.Join(wire.JobTopic(job.JobID), a.validateJob(job))
	if err != nil {
		a.forget(job.JobID)
		return nil, err
	}
	pctx, stop := context.WithCancel(a.ctx)
	js := &jobState{m: m, topic: t, outbox: make(chan []byte, jobOutboxLen), poster: poster, stopPub: stop}
	a.jobs[job.JobID] = js
	a.n.goes.Go(stageIntake, "job topic reader", func() {
		a.read(t, func(msg *mesh.Message, atMs uint64) {
			if sm, ok := msg.Decoded.(auction.Signed); ok {
				a.step(js, sm, atMs)
			}
		})
	})
	a.n.goes.Go(stageIntake, "job topic publisher", func() { a.publish(pctx, t, js.outbox) })
	a.emit(AuctionEvent{Job: job.JobID, Announce: job})
	a.n.log.Info("auction: job", "job", job.JobID.Hex()[:12], "poster", job.Poster.Short(), "k", job.GroupSize, "budget", job.Budget, "class", auction.Class(job.MinVRAMBytes))
	return js, nil
}

func (a *auctioneer) forget(id auction.Hash) {
	a.mu.Lock()
	delete(a.known, id)
	a.mu.Unlock()
}

// publish sends a job's own messages in order, once the job topic's mesh
// has formed (or meshWaitMax has passed), and sends each again resends
// times, resendEvery apart. Peers join a job's topic when the announcement
// reaches them, so an early commit may miss peers whose subscription or
// mesh was not ready; every auction message is idempotent (the core drops
// duplicates), so sending it again is the simple repair. Copies past their
// window are dropped by every validator, ours first.
func (a *auctioneer) publish(ctx context.Context, t *mesh.Topic, outbox <-chan []byte) {
	type pending struct {
		data []byte
		at   time.Time
		left int
	}
	var queue []pending // due times ascending: every entry waits resendEvery
	send := func(data []byte) {
		if err := t.Publish(ctx, data); err != nil && ctx.Err() == nil {
			a.n.log.Debug("auction: publish", "topic", t.Name(), "err", err)
		}
	}
	waited := false
	for {
		var due <-chan time.Time
		if len(queue) > 0 {
			due = a.n.clk.After(a.n.clk.Until(queue[0].at))
		}
		select {
		case <-ctx.Done():
			return
		case data := <-outbox:
			if !waited {
				wctx, cancel := context.WithTimeout(ctx, meshWaitMax)
				_ = t.WaitMesh(wctx, 1)
				cancel()
				waited = true
			}
			send(data)
			if len(queue) < jobOutboxLen*resends {
				queue = append(queue, pending{data: data, at: a.n.clk.Now().Add(resendEvery), left: resends})
			}
		case <-due:
			p := queue[0]
			queue = queue[1:]
			send(p.data)
			if p.left > 1 {
				queue = append(queue, pending{data: p.data, at: a.n.clk.Now().Add(resendEvery), left: p.left - 1})
			}
		}
	}
}

func (a *auctioneer) step(js *jobState, s auction.Signed, atMs uint64) {
	_ = js.m.Step(atMs, s) // drops come out as events
	a.flush(js)
}

// flush signs and queues the machine's messages (stepping each back in,
// so our own are recorded like anyone's) and forwards its events.
func (a *auctioneer) flush(js *jobState) {
	for js.m.HasReady() {
		rd := js.m.Ready()
		js.m.Advance()
		for _, msg := range rd.Messages {
			s, data, err := a.codec.Sign(a.n.key, msg)
			if err != nil {
				a.n.log.Error("auction: sign", "err", err)
				continue
			}
			select {
			case js.outbox <- data:
			default:
				a.n.log.Error("auction: outbox full; message not sent", "kind", msg.Kind())
			}
			_ = js.m.Step(a.nowMs(), s)
		}
		for i := range rd.Events {
			a.handle(js, &rd.Events[i])
		}
	}
}

// handle logs one of the machine's events, records the reputation
// observations it yields, and hands it to the job lifecycle and the
// observer.
func (a *auctioneer) handle(js *jobState, e *auction.Event) {
	a.logEvent(e)
	a.record(e)
	if job := js.m.Job(); a.cfg.MeasureBidders && e.Kind == auction.EventReveal && e.Reveal != nil && job.Poster == a.self {
		// The poster times the bidder itself: its quality in the
		// poster's next tables rests on what it delivered, not on
		// what this reveal claims.
		a.meas.onReveal(job, e.Reveal, js.m.ChallengeN())
	}
	a.n.onAuctionEvent(js, e)
	a.emit(AuctionEvent{Job: e.Job, Event: e})
}

// record records what e shows of the bidders (auction.Observations, the
// policy the simulation records by too), in one transaction: a clearing
// observes every bidder at once, and each transaction waits for the disk.
func (a *auctioneer) record(e *auction.Event) {
	var batch []score.Observation
	for _, o := range auction.Observations(e) {
		obs := score.Observation{Peer: score.Address(o.Peer), Kind: score.Kind(o.Conduct), Job: o.Job}
		if o.Conduct == auction.OmittedBid {
			obs.Note = "omitted the bid of " + o.Bidder.String()
		}
		batch = append(batch, obs)
	}
	a.n.observeAll(batch)
}

func (a *auctioneer) emit(e AuctionEvent) {
	if a.observe != nil {
		a.observe(e)
	}
}

func (a *auctioneer) logEvent(e *auction.Event) {
	job := e.Job.Hex()[:12]
	switch e.Kind {
	case auction.EventDropped:
		a.n.log.Debug("auction: dropped", "job", job, "peer", e.Peer.Short(), "msg", e.Msg, "reason", e.Err)
	case auction.EventEquivocation:
		a.n.log.Warn("auction: equivocation; evidence kept for slashing", "job", job, "peer", e.Peer, "kind", e.Evidence.Kind)
	case auction.EventAward:
		aw := e.Award.Msg.(*auction.Award)
		a.n.log.Info("auction: award", "job", job, "winners", len(aw.Winners), "prices_per_step", aw.Prices, "matches_own_clearing", e.Matches)
	case auction.EventCleared:
		if e.Result.Award == nil {
			a.n.log.Info("auction: no award", "job", job, "why", e.Result.Why)
		}
	default:
		a.n.log.Debug("auction: "+e.Kind.String(), "job", job, "peer", e.Peer.Short())
	}
}

// tick advances every job and forgets finished ones after jobLinger.
func (a *auctioneer) tick() {
	now := a.nowMs()
	for id, js := range a.jobs {
		js.m.Tick(now)
		a.flush(js)
		if !js.m.Done() {
			continue
		}
		if js.bid {
			js.bid = false
			a.open--
		}
		if js.doneAt.IsZero() {
			js.doneAt = a.n.clk.Now()
		} else if a.n.clk.Since(js.doneAt) > jobLinger {
			js.stopPub()
			a.n.host.Leave(js.topic.Name())
			delete(a.jobs, id)
			a.forget(id)
		}
	}
}

// JobSpec is what a poster asks for; PostJob turns it into a signed
// announcement.
type JobSpec struct {
	ModelHash, DatasetRoot auction.Hash
	GroupSize              uint32
	MinVRAMBytes           uint64
	MinThroughput          uint64
	Steps                  uint64
	Budget                 *big.Int
	// Audits is the verification bound the poster escrowed (announced so
	// that bidders and verifiers see it; bidders check the deposit's).
	Audits uint32
	// Evaluation is the job's evaluation terms, opened on-chain before
	// the announcement (zero: none).
	Evaluation protocol.EvalTerms
	// CommitWindow and RevealWindow are the lengths of the two phases.
	CommitWindow, RevealWindow time.Duration
	// Nonce makes the job ID (keccak256(abi.encode(poster, nonce))), the
	// one the budget was escrowed under; 0 picks one.
	Nonce uint64
}

// PostJob announces a job from this node and returns its announcement. The
// node follows the auction like any other and signs the award when it
// clears; watch it with WithAuctionObserver. It waits (up to ctx) until at
// least one peer follows the job's class, so the announcement is not lost.
func (n *Node) PostJob(ctx context.Context, spec JobSpec) (*auction.JobAnnounce, error) {
	type result struct {
		job  *auction.JobAnnounce
		data []byte
		err  error
	}
	reply := make(chan result, 1)
	a := n.auc
	// The class topic is joined, and a peer that follows it heard of,
	// before the announcement is made: its windows start when it can be
	// published, not before a wait for the mesh (on a loaded machine that
	// wait took a good part of a short commit window).
	class, err := n.joinClassTopic(ctx, auction.Class(spec.MinVRAMBytes))
	if err != nil {
		return nil, err
	}
	if err := class.WaitPeers(ctx, 1); err != nil {
		return nil, fmt.Errorf("node: no peer follows job class %s: %w", auction.Class(spec.MinVRAMBytes), err)
	}
	fn := func() {
		now := n.clk.Now()
		nonce := spec.Nonce
		if nonce == 0 {
			// A poster never reuses a nonce: nanoseconds of wall time do
			// not repeat for one key in practice, and the job ID commits
			// to it; a clock standing still (a test's) still counts up.
			nonce = max(uint64(now.UnixNano()), a.lastNonce+1)
			a.lastNonce = nonce
		}
		draft := auction.JobAnnounce{
			Poster: a.self, ModelHash: spec.ModelHash, DatasetRoot: spec.DatasetRoot, GroupSize: spec.GroupSize,
			MinVRAMBytes: spec.MinVRAMBytes, MinThroughput: spec.MinThroughput, Steps: spec.Steps, Budget: spec.Budget, Audits: spec.Audits, Evaluation: spec.Evaluation,
			CommitDeadlineMs: uint64(now.Add(spec.CommitWindow).UnixMilli()),
			RevealDeadlineMs: uint64(now.Add(spec.CommitWindow + spec.RevealWindow).UnixMilli()),
			Nonce:            nonce,
		}
		// The announcement commits to the quality table of this node's
		// store (and carries it): every follower ranks the bids with it.
		draft.Table = a.cfg.Params.BuildTable(&draft, a.rep.known(), a.rep, a.rep.delivered)
		job, err := a.cfg.Params.NewJob(draft, uint64(now.UnixMilli()))
		if err != nil {
			reply <- result{err: err}
			return
		}
		s, data, err := a.codec.Sign(n.key, job)
		if err != nil {
			reply <- result{err: err}
			return
		}
		js, err := a.follow(s, n.host.ID())
		if err != nil {
			reply <- result{err: err}
			return
		}
		a.flush(js)
		reply <- result{job: job, data: data}
	}
	select {
	case n.auc.work <- fn:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var r result
	select {
	case r = <-reply:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if r.err != nil {
		return nil, r.err
	}
	if err := class.Publish(ctx, r.data); err != nil {
		return nil, err
	}
	// Announce again, as publish does for bids: a provider whose class mesh
	// was not ready would otherwise never hear of the job. Peers that know
	// it already ignore the copy without relaying it.
	a.n.goes.Go(stageIntake, "announce again", func() {
		for range resends {
			select {
			case <-a.ctx.Done():
				return
			case <-a.n.clk.After(resendEvery):
			}
			if a.nowMs() >= r.job.CommitDeadlineMs {
				return
			}
			if err := class.Publish(a.ctx, r.data); err != nil {
				n.log.Debug("auction: announce again", "err", err)
			}
		}
	})
	return r.job, nil
}

// joinClassTopic joins a job class's topic on the auction's loop (which
// owns the class topics) and returns it.
func (n *Node) joinClassTopic(ctx context.Context, class string) (*mesh.Topic, error) {
	type result struct {
		t   *mesh.Topic
		err error
	}
	reply := make(chan result, 1)
	fn := func() {
		t, err := n.auc.joinClass(class)
		reply <- result{t, err}
	}
	select {
	case n.auc.work <- fn:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case r := <-reply:
		return r.t, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// randomSalt returns 32 bytes from the operating system.
func randomSalt() auction.Hash {
	var h auction.Hash
	if _, err := rand.Read(h[:]); err != nil {
		panic(fmt.Sprintf("node: no randomness for a bid salt: %v", err))
	}
	return h
}

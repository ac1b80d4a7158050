package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/train"
)

// JobsConfig configures how a node carries a job past its auction: the
// training of a member, the poster's collection of receipts, and the
// chain's settlement, claims and withdrawals.
type JobsConfig struct {
	// ChainPoll is how often a node looks at the chain for a job it waits
	// on (settlement, release time, claim time), and how soon a failed
	// chain call is tried again. Positive.
	ChainPoll time.Duration
	// ReceiptResend is how often a member publishes its latest step receipt
	// again while its job is not settled, for peers that joined late or
	// lost a message (a restarted poster among them). Positive.
	ReceiptResend time.Duration
	// FinishGrace is how long a poster waits, once one winner has receipted
	// the last step, for the others before it settles without them.
	FinishGrace time.Duration
	// StallTimeout is how long a poster waits for a receipt while training
	// runs before it settles what it has.
	StallTimeout time.Duration
	// ChunkTimeout and StartTimeout are the all-reduce's deadlines
	// (allreduce.Params): how soon a silent member is dropped.
	ChunkTimeout, StartTimeout time.Duration
	// CheckpointEvery is how often (in steps) a member checkpoints its run
	// to the data dir; 0 never.
	CheckpointEvery int
	// SettleWithin is the default time from a job's announcement to its
	// on-chain settle deadline (posters).
	SettleWithin time.Duration
}

// DefaultJobsConfig suits nodes on the internet.
func DefaultJobsConfig() JobsConfig {
	return JobsConfig{ChainPoll: 5 * time.Second, ReceiptResend: 5 * time.Second, FinishGrace: 30 * time.Second,
		StallTimeout: 5 * time.Minute, ChunkTimeout: 20 * time.Second, StartTimeout: 2 * time.Minute,
		CheckpointEvery: 100, SettleWithin: 6 * time.Hour}
}

// Validate reports the first problem with c.
func (c *JobsConfig) Validate() error {
	for name, d := range map[string]time.Duration{"chain poll": c.ChainPoll, "receipt resend": c.ReceiptResend,
		"finish grace": c.FinishGrace, "stall timeout": c.StallTimeout, "chunk timeout": c.ChunkTimeout,
		"start timeout": c.StartTimeout, "settle within": c.SettleWithin} {
		if d <= 0 {
			return fmt.Errorf("node: jobs: %s %v must be positive", name, d)
		}
	}
	if c.CheckpointEvery < 0 {
		return fmt.Errorf("node: jobs: checkpoint every %d steps", c.CheckpointEvery)
	}
	return nil
}

// JobEventKind names a step in a job's life after its auction.
type JobEventKind string

// Job event kinds.
const (
	JobEscrowed  JobEventKind = "escrowed"  // the poster deposited the budget
	JobPosted    JobEventKind = "posted"    // the announcement went out
	JobAwarded   JobEventKind = "awarded"   // the award is signed (poster) or names this node (member)
	JobFetched   JobEventKind = "fetched"   // a member fetched and verified its shard
	JobFormed    JobEventKind = "formed"    // the member's training ring formed
	JobReceipt   JobEventKind = "receipt"   // a step receipt was filed
	JobTrained   JobEventKind = "trained"   // training ended (member: its run; poster: the group's)
	JobModel     JobEventKind = "model"     // the poster collected and scored the model
	JobSettled   JobEventKind = "settled"   // the poster's settlement is on-chain
	JobRetry     JobEventKind = "retry"     // a chain call failed and will be tried again
	JobClaimed   JobEventKind = "claimed"   // a winner claimed an unsettled job
	JobChallenge JobEventKind = "challenge" // a winner raised its credit with receipts
	JobWithdrawn JobEventKind = "withdrawn" // a member was paid out
	JobRefunded  JobEventKind = "refunded"  // the poster got the unspent escrow back
	JobSlashed   JobEventKind = "slashed"   // evidence this node reported slashed someone
	JobFailed    JobEventKind = "failed"    // the job cannot go on for this node
)

// JobEvent is something that happened to a job this node takes part in.
type JobEvent struct {
	Job  auction.Hash
	Kind JobEventKind
	// Text says what happened, for people.
	Text string
	// Peer is the member concerned, where there is one.
	Peer auction.Address
	// Step is a receipt's step.
	Step uint64
	// Tx is the transaction, for chain events.
	Tx *chain.Tx
	// Amount is what was paid, refunded or slashed, in base units.
	Amount *big.Int
	// Err is why, for retry and failed (and a member's training that ended early).
	Err error
}

// WithJobObserver has the node call fn for every JobEvent, from whichever
// goroutine the job runs on; fn must be safe for concurrent use and quick.
func WithJobObserver(fn func(JobEvent)) Option { return func(n *Node) { n.jobObserve = fn } }

// WithTrainObserver has a member call fn for every training event of its
// runs, from the training goroutine.
func WithTrainObserver(fn func(job auction.Hash, e train.Event)) Option {
	return func(n *Node) { n.trainObserve = fn }
}

// WithSettler connects the node to the settlement layer: it escrows the
// jobs it posts, settles them, reports equivocation in their auctions, and
// claims, challenges and withdraws what it earns as a member. Its domain
// must be the auction's. Without one the node runs auctions and training
// only.
func WithSettler(s chain.Settler) Option { return func(n *Node) { n.settler = s } }

func (n *Node) emitJob(e JobEvent) {
	switch {
	case e.Kind == JobRetry, e.Kind == JobFailed, e.Err != nil:
		n.log.Warn("job: "+string(e.Kind), "job", e.Job.Short(), "text", e.Text, "err", e.Err)
	default:
		n.log.Info("job: "+string(e.Kind), "job", e.Job.Short(), "text", e.Text)
	}
	if n.jobObserve != nil {
		n.jobObserve(e)
	}
}

// Bounds of the job lifecycle.
const (
	// jobRunsMax bounds the jobs a node carries at once past their
	// auctions (posted or trained in); the provider's MaxOpenBids keeps it
	// far below in practice.
	jobRunsMax = 64
	// trainTopicInbox bounds receipts waiting to be filed.
	trainTopicInbox = 256
	// retryWaitMax caps the back-off between chain retries.
	retryWaitMax = 30 * time.Second
)

// jobRun is one job this node takes part in past its auction.
type jobRun struct {
	id       auction.Hash
	role     string
	announce auction.Signed
	job      *auction.JobAnnounce
	poster   peer.ID // who serves the recipe and the data (posters: self)

	awarded chan struct{} // closed once award is set (posters wait on it)
	noAward chan string   // the auction ended without one (posters)

	mu       sync.Mutex // mu guards the following
	award    *auction.Signed
	cAward   protocol.Award // award.Msg, as the contract takes it
	book     *job.Book
	own      *Receipt // this member's latest receipt
	rec      *JobRecord
	received chan struct{}            // signalled (cap 1) when a receipt is filed
	firstAt  map[uint64]time.Time     // posters: when a step's first receipt arrived
	ready    map[auction.Address]bool // members whose ring endpoint exists
	readied  chan struct{}            // signalled (cap 1) when ready grows
	topic    *mesh.Topic
	stopRead context.CancelFunc
}

func (jr *jobRun) setAward(s auction.Signed, steps uint64) {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.award != nil {
		return
	}
	jr.award = &s
	jr.cAward = *s.Msg.(*auction.Award)
	jr.book = job.NewBook(s.Msg.(*auction.Award), steps)
	close(jr.awarded)
}

// winners returns the award's winners, or nil before the award.
func (jr *jobRun) winners() []auction.Address {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.award == nil {
		return nil
	}
	return jr.award.Msg.(*auction.Award).Winners
}

// run returns the job's run, or nil.
func (n *Node) run(id auction.Hash) *jobRun {
	n.jobsMu.Lock()
	defer n.jobsMu.Unlock()
	return n.jobs[id]
}

// addRun registers a new run; it fails if the node carries too many.
func (n *Node) addRun(jr *jobRun) error {
	n.jobsMu.Lock()
	defer n.jobsMu.Unlock()
	if _, ok := n.jobs[jr.id]; ok {
		return fmt.Errorf("node: job %s is already running here", jr.id.Short())
	}
	if len(n.jobs) >= jobRunsMax {
		return fmt.Errorf("node: carrying %d jobs already", jobRunsMax)
	}
	n.jobs[jr.id] = jr
	return nil
}

func (n *Node) removeRun(jr *jobRun) {
	jr.mu.Lock()
	if jr.stopRead != nil {
		jr.stopRead()
	}
	topic := jr.topic
	jr.mu.Unlock()
	if topic != nil {
		n.host.Leave(topic.Name())
	}
	n.jobsMu.Lock()
	delete(n.jobs, jr.id)
	n.jobsMu.Unlock()
}

// save writes the run's record with fn applied, under the run's lock.
func (n *Node) save(jr *jobRun, fn func(r *JobRecord)) {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if fn != nil {
		fn(jr.rec)
	}
	if jr.book != nil {
		jr.rec.Receipts = jr.rec.Receipts[:0]
		for _, r := range jr.book.All() {
			r := receiptOf(r)
			jr.rec.Receipts = append(jr.rec.Receipts, r.Encode())
		}
	}
	if err := n.journal.write(jr.rec); err != nil {
		n.log.Error("job: write journal", "job", jr.id.Short(), "err", err)
	}
}

// onAuctionEvent is the auction shell's hook (called from the node's loop,
// after the shell has recorded the event's reputation observations): it
// hands awards and evidence to the job lifecycle. It must return quickly.
func (n *Node) onAuctionEvent(js *jobState, e *auction.Event) {
	switch e.Kind {
	case auction.EventEquivocation:
		if n.settler != nil && js.m.Job().Poster == n.auc.self {
			n.goes.Go(stageJobs, "report equivocation", func() { n.reportEquivocation(e.Job, e.Evidence) })
		}
	case auction.EventCleared:
		if e.Result.Award == nil {
			if jr := n.run(e.Job); jr != nil && jr.role == RolePoster {
				select {
				case jr.noAward <- e.Result.Why:
				default:
				}
			}
		}
	case auction.EventAward:
		n.onAward(js, *e.Award)
	}
}

// onAward starts a member's run when the award names this node, and hands
// the award to a waiting poster.
func (n *Node) onAward(js *jobState, s auction.Signed) {
	job := js.m.Job()
	a := s.Msg.(*auction.Award)
	if jr := n.run(job.JobID); jr != nil {
		if jr.role == RolePoster {
			jr.setAward(s, job.Steps)
		}
		return
	}
	member := -1
	for i, w := range a.Winners {
		if w == n.auc.self {
			member = i
		}
	}
	if member < 0 {
		return // standbys wait to be called in; see README ("Standbys")
	}
	jr := &jobRun{id: job.JobID, role: RoleMember, announce: js.m.Announce(), job: job, poster: js.poster,
		awarded: make(chan struct{}), noAward: make(chan string, 1), received: make(chan struct{}, 1), readied: make(chan struct{}, 1)}
	jr.rec = &JobRecord{Job: job.JobID, Role: RoleMember, Stage: StageAwarded,
		Announce: n.auc.codec.Encode(jr.announce), Award: n.auc.codec.Encode(s)}
	if err := n.addRun(jr); err != nil {
		n.log.Warn("job: cannot train", "job", job.JobID.Short(), "err", err)
		return
	}
	if !n.goes.Go(stageJobs, "member job", func() {
		defer n.removeRun(jr)
		n.memberJob(n.runCtx, jr, s, member)
	}) {
		n.removeRun(jr) // the node is stopping
	}
}

// --- Training gossip ---------------------------------------------------------

// joinTrainTopic joins the job's training topic and files what arrives in
// the run's receipt book.
func (n *Node) joinTrainTopic(jr *jobRun) error {
	dom := n.cfg.Auction.Domain
	validate := func(_ context.Context, m *mesh.Message) mesh.Outcome {
		if len(m.Data) > 0 && m.Data[0] == readyKind {
			job, err := DecodeReady(m.Data)
			if err != nil || job != jr.id {
				return mesh.Reject
			}
			addr, err := identity.AddressOf(m.Author)
			if err != nil {
				return mesh.Reject
			}
			jr.mu.Lock()
			known := jr.award != nil && jr.cAward.IndexOf(protocol.Address(addr)) >= 0
			jr.mu.Unlock()
			if !known {
				return mesh.Ignore
			}
			m.Decoded = auction.Address(addr)
			return mesh.Accept
		}
		r, err := DecodeReceipt(m.Data)
		if err != nil || r.JobID != jr.id {
			return mesh.Reject
		}
		if addr, err := identity.AddressOf(m.Author); err != nil || protocol.Address(addr) != r.Member {
			return mesh.Reject // receipts are published by their signer only
		}
		if err := r.Verify(dom); err != nil {
			return mesh.Reject
		}
		jr.mu.Lock()
		known := jr.award != nil && jr.cAward.IndexOf(r.Member) >= 0
		jr.mu.Unlock()
		if !known {
			return mesh.Ignore // not (yet) a member we know of
		}
		m.Decoded = r
		return mesh.Accept
	}
	t, err := n.host.Join(TrainTopic(jr.id), validate)
	if err != nil {
		return err
	}
	ctx, stop := context.WithCancel(n.runCtx)
	jr.mu.Lock()
	jr.topic, jr.stopRead = t, stop
	jr.mu.Unlock()
	n.goes.Go(stageJobs, "training topic reader", func() {
		for {
			m, err := t.Next(ctx)
			if err != nil {
				return
			}
			switch d := m.Decoded.(type) {
			case *Receipt:
				n.fileReceipt(jr, d)
			case auction.Address:
				jr.mu.Lock()
				if jr.ready == nil {
					jr.ready = map[auction.Address]bool{}
				}
				jr.ready[d] = true
				jr.mu.Unlock()
				select {
				case jr.readied <- struct{}{}:
				default:
				}
			}
		}
	})
	return nil
}

// fileReceipt adds a verified receipt to the run's book; equivocation in
// receipts is reported like equivocation in bids.
func (n *Node) fileReceipt(jr *jobRun, r *Receipt) {
	jr.mu.Lock()
	if jr.book == nil {
		jr.mu.Unlock()
		return
	}
	added, ev, err := jr.book.Add(r.toJob())
	jr.mu.Unlock()
	switch {
	case err != nil:
		n.log.Debug("job: receipt refused", "job", jr.id.Short(), "err", err)
	case ev != nil:
		n.log.Warn("job: a member signed two receipts for one step; evidence kept for slashing", "job", jr.id.Short(), "member", r.Member)
		if n.settler != nil && jr.role == RolePoster {
			n.goes.Go(stageJobs, "slash", func() { n.slash(jr.id, ev.Equivocation(), r.Member) })
		}
	case added:
		if jr.role == RolePoster {
			n.observeLatency(jr, r)
		}
		n.emitJob(JobEvent{Job: jr.id, Kind: JobReceipt, Peer: auction.Address(r.Member), Step: r.Step,
			Text: fmt.Sprintf("%s signed step %d (params %s)", common.Address(r.Member).Hex()[:10], r.Step, common.Hash(r.ParamsHash).Hex()[:10])})
		select {
		case jr.received <- struct{}{}:
		default:
		}
	}
}

// publishReceipt publishes r on the job's training topic.
func (n *Node) publishReceipt(ctx context.Context, jr *jobRun, r *Receipt) {
	jr.mu.Lock()
	t := jr.topic
	jr.mu.Unlock()
	if t == nil {
		return
	}
	if err := t.Publish(ctx, r.Encode()); err != nil && ctx.Err() == nil {
		n.log.Debug("job: publish receipt", "job", jr.id.Short(), "err", err)
	}
}

// receiptSigner is a member's train.ReceiptSigner: it signs StepReceipts
// under the settlement contract's domain, files them in the run's book and
// gossips them to the group and the poster.
type receiptSigner struct {
	n  *Node
	jr *jobRun
	// final, when set, is called with the last step's parameter hash
	// before that step's receipt goes out: the member serves the model
	// before anyone can learn that it is done.
	final func(h [32]byte) error
}

func (s receiptSigner) SignReceipt(ctx context.Context, step uint64, h [32]byte) error {
	if step == s.jr.job.Steps && s.final != nil {
		if err := s.final(h); err != nil {
			return err
		}
	}
	sr := protocol.StepReceipt{JobID: s.jr.id, Member: protocol.Address(s.n.key.Address()), Step: step, ParamsHash: h}
	sig, err := chain.Sign(s.n.key, s.n.cfg.Auction.Domain, sr)
	if err != nil {
		return err
	}
	r := &Receipt{StepReceipt: sr, Sig: sig}
	s.jr.mu.Lock()
	s.jr.own = r
	s.jr.mu.Unlock()
	s.n.fileReceipt(s.jr, r)
	s.n.publishReceipt(ctx, s.jr, r)
	return nil
}

// resendReceipts publishes the member's latest receipt every ReceiptResend
// until ctx ends.
func (n *Node) resendReceipts(ctx context.Context, jr *jobRun) {
	t := n.clk.Ticker(n.cfg.Jobs.ReceiptResend)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			jr.mu.Lock()
			r := jr.own
			jr.mu.Unlock()
			if r != nil {
				n.publishReceipt(ctx, jr, r)
			}
		}
	}
}

// --- Chain helpers -------------------------------------------------------------

// retry calls fn until it succeeds, ctx ends, or fn fails in a way a retry
// cannot mend (a contract revert). Each failure is reported as JobRetry;
// the wait doubles from ChainPoll up to retryWaitMax.
func (n *Node) retry(ctx context.Context, job auction.Hash, what string, fn func() error) error {
	wait := n.cfg.Jobs.ChainPoll
	for {
		err := fn()
		if err == nil || errors.Is(err, chain.ErrReverted) || ctx.Err() != nil {
			return err
		}
		n.emitJob(JobEvent{Job: job, Kind: JobRetry, Err: err, Text: fmt.Sprintf("%s failed; trying again in %v", what, wait)})
		t := n.clk.Timer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		wait = min(2*wait, retryWaitMax)
	}
}

// chainNow is the time the contract sees: the chain head's timestamp (gas
// is estimated against the head, so a deadline has passed for a call only
// once a block after it exists), or the wall clock when the chain is out of
// reach.
func (n *Node) chainNow(ctx context.Context) time.Time {
	if head, err := n.settler.HeadTime(ctx); err == nil {
		return head
	}
	return n.clk.Now()
}

// notYet reports whether err is a revert that only says "too early": the
// call will pass once the chain's time has moved on.
func notYet(err error) bool {
	switch chain.RevertName(err) {
	case "SettleDeadlineNotReached", "ChallengeWindowOpen", "RefundTooEarly":
		return true
	}
	return false
}

// reportEquivocation submits auction evidence (a bidder's two commits or
// reveals) for slashing.
func (n *Node) reportEquivocation(job auction.Hash, ev *auction.Evidence) {
	n.slash(job, ev.Equivocation(), ev.Signer)
}

// slash submits equivocation evidence and records the slash.
func (n *Node) slash(job auction.Hash, eq protocol.Equivocation, who auction.Address) {
	ctx, cancel := n.clk.WithTimeout(n.runCtx, 5*time.Minute)
	defer cancel()
	var tx *chain.Tx
	err := n.retry(ctx, job, "slashing", func() (err error) {
		tx, err = n.settler.SlashEquivocation(ctx, eq)
		return err
	})
	if err != nil {
		n.emitJob(JobEvent{Job: job, Kind: JobFailed, Peer: who, Err: err, Text: "equivocation evidence was not accepted"})
		return
	}
	amount := new(big.Int)
	for _, l := range n.settler.ReceiptLogs(tx) {
		if s, ok := l.(*bindings.SettlementSlashed); ok {
			amount = s.Amount
		}
	}
	n.Observe(score.Observation{Peer: score.Address(who), Kind: score.KindSlashed, Job: job, Amount: amount})
	n.emitJob(JobEvent{Job: job, Kind: JobSlashed, Peer: who, Tx: tx, Amount: amount,
		Text: fmt.Sprintf("%s slashed %v for signing two %vs (tx %s)", who.Short(), amount, eq.Kind, tx.Hash.Hex()[:12])})
}

// readyEvery is how often a member announces its readiness while it waits
// for the others: gossip reaches a peer only once it has joined the topic.
const readyEvery = 250 * time.Millisecond

// awaitReady announces this member's readiness and waits, at most timeout,
// until every winner has announced its own.
func (n *Node) awaitReady(ctx context.Context, jr *jobRun, winners []auction.Address, timeout time.Duration) int {
	ctx, cancel := n.clk.WithTimeout(ctx, timeout)
	defer cancel()
	t := n.clk.Ticker(readyEvery)
	defer t.Stop()
	for {
		jr.mu.Lock()
		t0 := jr.topic
		have := 1 // self
		for _, w := range winners {
			if w != n.auc.self && jr.ready[w] {
				have++
			}
		}
		jr.mu.Unlock()
		if t0 != nil {
			_ = t0.Publish(ctx, encodeReady(jr.id))
		}
		if have >= len(winners) {
			return have
		}
		select {
		case <-ctx.Done():
			return have
		case <-jr.readied:
		case <-t.C:
		}
	}
}

// stepsTimedMax bounds the steps a poster keeps first-arrival times for.
const stepsTimedMax = 4096

// observeLatency records, for the poster, how long after the group's first
// receipt for a step this member's arrived: the member that keeps the
// group waiting shows up with late steps (PROTOCOL.md kind 4).
func (n *Node) observeLatency(jr *jobRun, r *Receipt) {
	now := n.clk.Now()
	jr.mu.Lock()
	if jr.firstAt == nil {
		jr.firstAt = map[uint64]time.Time{}
	}
	first, ok := jr.firstAt[r.Step]
	if !ok && len(jr.firstAt) < stepsTimedMax {
		jr.firstAt[r.Step], first = now, now
	}
	jr.mu.Unlock()
	if first.IsZero() {
		return
	}
	n.Observe(score.Observation{Peer: score.Address(r.Member), Kind: score.KindStepLatency, Job: jr.id, Step: r.Step,
		LatencyMs: uint32(min(now.Sub(first).Milliseconds(), 1<<31))})
}

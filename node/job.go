package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

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
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/dataset"
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
	// Compute chooses the device members train on and GEMM challenges
	// are timed on (compute.go); the zero value is automatic.
	Compute ComputeConfig
	// SlashBackup is how long a member or standby holding a conviction's
	// quorum waits for the poster to slash the convict before it submits
	// slashFault itself (job.Params.SlashBackupMs); 0 never.
	SlashBackup time.Duration
	// Rejoin lets a winner restarted mid-training ask its ring to call it
	// back in (rejoin.go), where the recipe lets a ring call members in;
	// called back, it states its gap, which the poster does not credit
	// (job.Book.Gaps). On by default.
	Rejoin bool
}

// DefaultJobsConfig suits nodes on the internet.
func DefaultJobsConfig() JobsConfig {
	return JobsConfig{ChainPoll: 5 * time.Second, ReceiptResend: 5 * time.Second, FinishGrace: 30 * time.Second,
		StallTimeout: 5 * time.Minute, ChunkTimeout: 20 * time.Second, StartTimeout: 2 * time.Minute,
		CheckpointEvery: 100, SettleWithin: 6 * time.Hour, SlashBackup: 2 * time.Minute, Rejoin: true}
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
	if c.SlashBackup < 0 {
		return fmt.Errorf("node: jobs: slash backup %v is negative", c.SlashBackup)
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
	JobTallied   JobEventKind = "tallied"   // a winner's claim tally paid audits and data holders (tally.go)
	JobChallenge JobEventKind = "challenge" // a winner raised its credit with receipts
	JobWithdrawn JobEventKind = "withdrawn" // a member was paid out
	JobRefunded  JobEventKind = "refunded"  // the poster got the unspent escrow back
	JobSlashed   JobEventKind = "slashed"   // evidence this node reported slashed someone
	JobAudit     JobEventKind = "audit"     // a sampled step was recomputed (by this node or another)
	JobEvidence  JobEventKind = "evidence"  // work evidence was published, re-checked, or attested by a quorum
	JobSeat      JobEventKind = "seat"      // a called-in standby's seat statement was filed
	JobDeclined  JobEventKind = "declined"  // a verifier declined an audit it could not do (this node or, posters, another)
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

// withTamper makes this node's training contribute what f makes of its
// gradient (train.WithTamper): the lazy or poisoning member of the package's
// own tests. Unexported: a real node never cheats (the cheat build tag
// serves the tests across processes).
func withTamper(f func(step int, contribution []float32)) Option {
	return func(n *Node) { n.tamper = f }
}

// withLateStandby makes this node, named a standby, follow the job only
// once wait returns: a standby that hears the award late (after the
// early receipts were gossiped), in the package's own tests.
func withLateStandby(wait func(ctx context.Context, job auction.Hash)) Option {
	return func(n *Node) { n.standbyGate = wait }
}

// withDroppedCalls makes this node never carry out the chain calls drop
// picks (they stay out, unanswered): a poster that vanished for them, in
// the package's own tests.
func withDroppedCalls(drop func(job.Call) bool) Option {
	return func(n *Node) { n.dropCall = drop }
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
	// retryWaitMax caps the back-off between chain retries.
	retryWaitMax = 30 * time.Second
)

// jobRun is one job this node takes part in past its auction. Its rules
// are the job core's machine (m), which the job loop owns (jobloop.go);
// the fields under mu are also read by the training topic's validator and
// by callers of the node's API.
type jobRun struct {
	id       auction.Hash
	role     string
	announce auction.Signed
	job      *auction.JobAnnounce
	poster   peer.ID // who serves the recipe and the data (posters: self)
	ctx      context.Context
	cancel   context.CancelFunc // ends the run's effects: training, chain calls

	awarded chan struct{} // closed once the machine exists (posters wait on it)
	noAward chan string   // the auction ended without one (posters)

	mu    sync.Mutex // mu guards the following
	award *auction.Signed
	txs   map[string]*chain.Tx // the job's mined transactions, by hash
	// recipe is the job's recipe once known; audit what verifiers
	// recompute with (audit.go).
	recipe *Recipe
	audit  *audited
	// recomputes queue the run's recomputations (audits, re-checks) for
	// one worker, in the order the core asked for them: the earliest bad
	// step is judged first, and a node's cores are not all taken by one
	// job's checks.
	recomputes chan func()
	// ring is the member's all-reduce group while it trains; expelled are
	// the convicts it drops from it (expel.go), kept for a ring not yet
	// open.
	ring     expeller
	expelled []convict
	// joins are, in a local-steps job, the join state hashes of the
	// states the member committed to, by step (callin.go).
	joins map[uint64]joinHashes
	// dataReceipts are the members' signed data receipts a poster holds
	// for its settlement (datapay.go).
	dataReceipts []chain.SignedDataReceipt
	// manifest is the job's dataset manifest a member fetched (its data
	// receipts are paid from it in a claim tally).
	manifest *dataset.Manifest
	// tallies are the winners' latest views for a claim tally, tallyIn
	// closed (and replaced) when one arrives (tally.go).
	tallies map[protocol.Address]protocol.SignedTally
	tallyIn chan struct{}

	// The job loop owns the following.
	m          *job.Machine
	rec        *JobRecord
	topic      *mesh.Topic
	stopRead   context.CancelFunc
	changed    chan struct{} // closed (and replaced) whenever the machine moves
	held       *job.Call     // a live poster's settlement, held for Settle's batch
	autoSettle bool          // settle calls go out at once (resumed posters; retries)
	resumed    bool          // rebuilt from the journal at start
	collect    *auction.Hash // the model to collect (posters)
	trainGo    chan struct{} // a member's training, once prepared: closed on TrainRun
	removed    bool
}

func newRun(id auction.Hash, role string, announce auction.Signed, job *auction.JobAnnounce, poster peer.ID, parent context.Context) *jobRun {
	jr := &jobRun{id: id, role: role, announce: announce, job: job, poster: poster,
		awarded: make(chan struct{}), noAward: make(chan string, 1), changed: make(chan struct{}), txs: map[string]*chain.Tx{}}
	jr.ctx, jr.cancel = context.WithCancel(parent)
	return jr
}

// setAward records the award for the topic's validator and the chain
// calls; it reports whether it was new.
func (jr *jobRun) setAward(s auction.Signed) bool {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.award != nil {
		return false
	}
	jr.award = &s
	return true
}

// awardMsg returns the award, or nil before it.
func (jr *jobRun) awardMsg() *auction.Award {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.award == nil {
		return nil
	}
	return jr.award.Msg.(*auction.Award)
}

// knows reports whether a is a member of the award (false before it).
func (jr *jobRun) knows(a protocol.Address) bool {
	aw := jr.awardMsg()
	return aw != nil && aw.IndexOf(a) >= 0
}

func (jr *jobRun) keepTx(tx *chain.Tx) {
	jr.mu.Lock()
	jr.txs[tx.Hash.Hex()] = tx
	jr.mu.Unlock()
}

func (jr *jobRun) txOf(t *job.Tx) *chain.Tx {
	if t == nil {
		return nil
	}
	jr.mu.Lock()
	defer jr.mu.Unlock()
	return jr.txs[t.Hash]
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

// removeRun ends a run: its effects stop, it leaves the training topic,
// and the job loop forgets it. Called from the job loop, or before the run
// has a machine.
func (n *Node) removeRun(jr *jobRun) {
	if jr.removed {
		return
	}
	jr.removed = true
	jr.cancel()
	if jr.stopRead != nil {
		jr.stopRead()
	}
	if jr.topic != nil {
		n.host.Leave(jr.topic.Name())
	}
	n.jobsMu.Lock()
	delete(n.jobs, jr.id)
	n.jobsMu.Unlock()
	n.audit.dropJob(jr.id) // the job is paid out: no verifier needs its states any more
}

// save writes the run's journal with fn applied (the job loop's, or
// before the run has a machine).
func (n *Node) save(jr *jobRun, fn func(r *JobRecord)) {
	fn(jr.rec)
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

// onAward hands the award to a waiting poster's run, and starts a member's
// run when the award names this node as a winner. Standbys wait to be
// called in; see README ("Standbys").
func (n *Node) onAward(js *jobState, s auction.Signed) {
	job := js.m.Job()
	a := s.Msg.(*auction.Award)
	if jr := n.run(job.JobID); jr != nil {
		if jr.role == RolePoster && jr.setAward(s) {
			n.postJob(func() { n.startPoster(jr) })
		}
		return
	}
	if slices.Contains(a.Standbys, n.auc.self) {
		if n.standbyGate != nil {
			// A test's standby that hears the award late.
			ann, poster := js.m.Announce(), js.poster
			n.goes.Go(stageJobs, "late standby", func() {
				if n.standbyGate(n.runCtx, job.JobID); n.runCtx.Err() == nil {
					n.startStandby(job, ann, poster, s)
				}
			})
			return
		}
		n.startStandby(job, js.m.Announce(), js.poster, s)
		return
	}
	n.startEvaluation(js, s)
	if !slices.Contains(a.Winners, n.auc.self) {
		return
	}
	jr := newRun(job.JobID, RoleMember, js.m.Announce(), job, js.poster, n.runCtx)
	jr.setAward(s)
	jr.rec = &JobRecord{Job: job.JobID, Role: RoleMember, Stage: StageAwarded,
		Announce: n.auc.codec.Encode(jr.announce), Award: n.auc.codec.Encode(s)}
	if err := n.addRun(jr); err != nil {
		n.log.Warn("job: cannot train", "job", job.JobID.Short(), "err", err)
		return
	}
	n.postJob(func() { n.startMember(jr) })
}

// --- Training gossip ---------------------------------------------------------

// joinTrainTopic joins the job's training topic; what arrives goes to the
// job loop, which steps it into the run's machine.
func (n *Node) joinTrainTopic(jr *jobRun) error {
	dom := n.cfg.Auction.Domain
	validate := func(_ context.Context, m *mesh.Message) mesh.Outcome {
		if len(m.Data) > 0 && m.Data[0] == job.KindReady {
			id, err := job.DecodeReady(m.Data)
			if err != nil || id != jr.id {
				return mesh.Reject
			}
			addr, err := identity.AddressOf(m.Author)
			if err != nil {
				return mesh.Reject
			}
			if !jr.knows(protocol.Address(addr)) {
				return mesh.Ignore
			}
			m.Decoded = auction.Address(addr)
			return mesh.Accept
		}
		if len(m.Data) > 0 && m.Data[0] >= kindAudit && m.Data[0] <= kindAttestation {
			return n.validateWorkMsg(jr, m)
		}
		if len(m.Data) > 0 && m.Data[0] == job.KindSeat {
			return n.validateSeat(jr, m)
		}
		if len(m.Data) > 0 && m.Data[0] == job.KindRejoinWitness {
			return n.validateWitness(jr, m)
		}
		if len(m.Data) > 0 && m.Data[0] == job.KindDecline {
			return n.validateDecline(jr, m)
		}
		if len(m.Data) > 0 && m.Data[0] == kindTally {
			return n.validateTally(jr, m)
		}
		if len(m.Data) > 0 && m.Data[0] == job.KindEquivocation {
			return n.validateEquivocation(jr, m)
		}
		r, err := job.DecodeReceipt(m.Data)
		if err != nil || r.JobID != jr.id {
			return mesh.Reject
		}
		if addr, err := identity.AddressOf(m.Author); err != nil || protocol.Address(addr) != r.Member {
			return mesh.Reject // receipts are published by their signer only
		}
		if err := verifyReceipt(dom, r); err != nil {
			return mesh.Reject
		}
		if !jr.knows(r.Member) {
			return mesh.Ignore // not (yet) a member we know of
		}
		m.Decoded = r
		return mesh.Accept
	}
	t, err := n.host.Join(TrainTopic(jr.id), validate)
	if err != nil {
		return err
	}
	ctx, stop := context.WithCancel(jr.ctx)
	jr.topic, jr.stopRead = t, stop
	n.goes.Go(stageJobs, "training topic reader", func() {
		for {
			m, err := t.Next(ctx)
			if err != nil {
				return
			}
			var in job.Input
			switch d := m.Decoded.(type) {
			case *job.Receipt:
				if d.Member == n.auc.self {
					continue // our own, filed when signed
				}
				in = job.PeerReceipt{Receipt: *d}
			case job.PeerAudit, job.PeerDecline, job.PeerEvidence, job.PeerAttestation, job.PeerSeat, job.PeerWitness, job.PeerEquivocation:
				in = d.(job.Input)
			case *protocol.SignedTally:
				jr.putTally(*d) // the shell's: the machine knows no tallies
				continue
			case auction.Address:
				in = job.PeerReady{Peer: d}
			default:
				continue
			}
			if !n.postJob(func() { n.stepRun(jr, in) }) {
				return
			}
		}
	})
	return nil
}

// validateEquivocation is the training topic's validator for a
// follower's evidence of a member's two receipts for one step
// (job.KindEquivocation): both decode and are signed by the member they
// name, a member of the award; the author is a follower of the job (a
// member of the award or its poster). The evidence stands on the
// member's signatures, so any follower may pass it on.
func (n *Node) validateEquivocation(jr *jobRun, m *mesh.Message) mesh.Outcome {
	e, err := job.DecodeEquivocation(m.Data)
	if err != nil || e.First.JobID != jr.id {
		return mesh.Reject
	}
	dom := n.cfg.Auction.Domain
	if verifyReceipt(dom, &e.First) != nil || verifyReceipt(dom, &e.Second) != nil {
		return mesh.Reject
	}
	author, err := identity.AddressOf(m.Author)
	if err != nil {
		return mesh.Reject
	}
	aw := jr.awardMsg()
	if aw == nil || aw.IndexOf(e.Member) < 0 || (aw.IndexOf(protocol.Address(author)) < 0 && aw.Poster != protocol.Address(author)) {
		return mesh.Ignore
	}
	m.Decoded = job.PeerEquivocation{Evidence: *e}
	return mesh.Accept
}

// receiptSigner is a member's train.ReceiptSigner: it signs StepReceipts
// under the settlement contract's domain and steps them into the run's
// machine, which files them and asks for them to be gossiped.
type receiptSigner struct {
	n  *Node
	jr *jobRun
	// final, when set, is called with the last step's parameter hash
	// before that step's receipt goes out: the member serves the model
	// before anyone can learn that it is done.
	final func(h [32]byte) error
	// root is the contribution root of the period that closed last: the
	// Member hands it over (SignPeriod) before it signs the period's
	// receipt.
	root commit.Hash
}

// SignPeriod keeps the period's root for its receipt (train.PeriodSigner).
func (s *receiptSigner) SignPeriod(_ context.Context, p commit.Period) error {
	s.root = p.Root
	return nil
}

func (s *receiptSigner) SignReceipt(ctx context.Context, step uint64, h [32]byte) error {
	if step == s.jr.job.Steps && s.final != nil {
		if err := s.final(h); err != nil {
			return err
		}
	}
	sr := protocol.StepReceipt{JobID: s.jr.id, Member: protocol.Address(s.n.key.Address()), Step: step, ParamsHash: h, ContribRoot: protocol.Hash(s.root)}
	sig, err := chain.Sign(s.n.key, s.n.cfg.Auction.Domain, sr)
	if err != nil {
		return err
	}
	r := job.Receipt{StepReceipt: sr, Sig: [protocol.SignatureLen]byte(sig)}
	if !s.n.postJob(func() { s.n.stepRun(s.jr, job.OwnReceipt{Receipt: r}) }) {
		return ctx.Err()
	}
	return nil
}

// --- Auction evidence ------------------------------------------------------------

// retry calls fn until it succeeds, ctx ends, or fn fails in a way a retry
// cannot mend (a contract revert). Each failure is reported as JobRetry;
// the wait doubles from ChainPoll up to retryWaitMax. (The job core retries
// the calls past the award itself; this serves the escrow and the
// auction's evidence.)
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

// reportEquivocation submits auction evidence (a bidder's two commits or
// reveals) for slashing.
func (n *Node) reportEquivocation(job auction.Hash, ev *auction.Evidence) {
	eq := ev.Equivocation()
	ctx, cancel := n.clk.WithTimeout(n.runCtx, 5*time.Minute)
	defer cancel()
	var tx *chain.Tx
	err := n.retry(ctx, job, "slashing", func() (err error) {
		tx, err = n.settler.SlashEquivocation(ctx, eq)
		return err
	})
	if err != nil {
		n.emitJob(JobEvent{Job: job, Kind: JobFailed, Peer: ev.Signer, Err: err, Text: "equivocation evidence was not accepted"})
		return
	}
	amount := n.slashedAmount(tx)
	n.Observe(score.Observation{Peer: score.Address(ev.Signer), Kind: score.KindSlashed, Job: job, Amount: amount})
	n.emitJob(JobEvent{Job: job, Kind: JobSlashed, Peer: ev.Signer, Tx: tx, Amount: amount,
		Text: fmt.Sprintf("%s slashed %v for signing two %vs (tx %s)", ev.Signer.Short(), amount, eq.Kind, tx.Hash.Hex()[:12])})
}

// slashedAmount reads what a slashing transaction took.
func (n *Node) slashedAmount(tx *chain.Tx) *big.Int {
	return loggedAmount(n.settler, tx, func(e *bindings.SettlementSlashed) *big.Int { return e.Amount })
}

// loggedAmount returns the amount of tx's last event of type E (a
// slashing's, a refund's), or zero without one.
func loggedAmount[E any](s chain.Settler, tx *chain.Tx, amount func(E) *big.Int) *big.Int {
	a := new(big.Int)
	for _, l := range s.ReceiptLogs(tx) {
		if e, ok := l.(E); ok {
			a = amount(e)
		}
	}
	return a
}

package job

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// Config is what a Machine is about: whose job, which award, this peer's
// part in it.
type Config struct {
	// Role is this peer's part: the poster, or a winner of the award.
	Role Role
	// Self is this peer's address (a winner, for RoleMember).
	Self Address
	// Job is the job's announcement (its poster and steps).
	Job *protocol.JobAnnounce
	// Award is the poster's award; the shell keeps its signature (the
	// chain calls need it) and has checked it.
	Award *protocol.Award
	// SettleDeadlineMs is the on-chain settle deadline, Unix ms (posters:
	// it bounds the settlement's retries).
	SettleDeadlineMs uint64
	// Chain reports whether a settlement layer is connected. Without one
	// the job ends once trained (posters) or serves its receipts until the
	// shell stops it (members).
	Chain bool
	// AuditRateBps is the share of (member, step) pairs audited, in basis
	// points (the job's parameter), of the steps with a leaf (Leaves); 0
	// means DefaultRateBps(LocalSteps).
	AuditRateBps uint32
	// LocalSteps is the recipe's H, the local steps per all-reduce: in
	// the local-steps mode (DiLoCo, H > 1) members commit a leaf at outer
	// steps only, so only those are sampled. 0 or 1: synchronous, a leaf
	// every step.
	LocalSteps uint64
	// ReceiptEvery is the recipe's receipt period (its hash_every): every
	// member closes its period commitment at each multiple of it and at
	// the last step, whatever receipts this peer holds. 0: unknown, the
	// periods follow the receipts held alone.
	ReceiptEvery uint64
	// AuditBound is the job's verification bound as escrowed (posters;
	// chain.JobSpec.Audits, AuditBound): the most audits its settlement
	// pays, in the settlement's audits column, each at its verifier's
	// price per step. 0 (a job escrowed without one): audits are paid
	// only within the room convicts and unfinished winners leave in the
	// steps bound, as steps.
	AuditBound uint32
	// QuorumBps is the contract's quorum share, which convicts; 0 means
	// DefaultQuorumBps.
	QuorumBps uint16
	// Rejoin (members) lets Restore put a member restarted mid-training
	// back into training (TrainRejoin): the shell can ask its group to
	// call it back in (the recipe lets a ring call members in: receipt
	// periods, no compressed or overlapped outer step). Without it, such
	// a member collects what its receipts earned.
	Rejoin bool
}

// phase is where the machine is within its stage: what it waits on.
type phase uint8

const (
	phasePrepare phase = iota + 1 // member: fetching the recipe and shard
	phaseReady                    // member: announcing readiness, waiting for the others
	phaseTrain                    // member: training; poster: following the receipts
	phaseSettle                   // poster: the settlement call is out
	phaseCollect                  // reading the chain: a member for its pay, a poster for the release time
	phasePay                      // a claim, challenge, withdrawal or refund is out
	phaseIdle                     // trained, no chain: nothing left but serving receipts
	phaseAudits                   // poster: training over, waiting (bounded) for the audits drawn
	phaseDone
)

// stepsTimedMax bounds the steps a poster keeps first-arrival times for
// (step latency observations); later steps are not timed.
const stepsTimedMax = 4096

// slashesMax bounds the slots whose evidence a poster submits: one member
// can sign any number of conflicting receipts, but the contract slashes it
// once per slot and the group is small.
const slashesMax = 64

// revertNothingToRelease and friends are the contract's error names the
// machine acts on (chain/contracts/Settlement.sol).
const (
	revertAwardAlreadyBound = "AwardAlreadyBound"
	revertNothingToRelease  = "NothingToRelease"
	revertAlreadySlashed    = "AlreadySlashed"
)

// notYet reports whether a revert only says "too early": the call passes
// once the chain's time has moved on.
func notYet(revert string) bool {
	switch revert {
	case "SettleDeadlineNotReached", "ChallengeWindowOpen", "RefundTooEarly":
		return true
	}
	return false
}

// pending is a chain call the machine has asked for and not yet seen
// answered for good.
type pending struct {
	call    Call
	peer    Address // the accused, for slashes
	sinceMs uint64  // first asked
	waitMs  uint64  // the next back-off
	retryAt uint64  // when to ask again; 0 while the call is out
}

// Machine is one job's life after its award on one peer. It is not safe
// for concurrent use.
type Machine struct {
	p     Params
	cfg   Config
	award *protocol.Award
	book  *Book
	rec   Record
	dirty bool // rec changed since the last Ready
	phase phase

	// Members.
	winner      int // this member's index among the winners
	peersReady  map[Address]bool
	readyUntil  uint64 // when the member forms without the stragglers
	nextReadyAt uint64
	own         *Receipt // this member's latest receipt
	resendAt    uint64
	// restAt is when a member or standby whose part in the training is
	// over samples the periods still unsampled from the receipts it
	// holds (seedRest); 0 when none is due.
	restAt uint64
	// fetchAt is when the machine next looks for the receipts, seat
	// statements and rejoin witnesses it lacks (fetch.go), 0 when no look
	// is due; fetchTries counts the requests for each.
	fetchAt    uint64
	fetchTries map[fetchKey]uint8

	// Posters.
	firstAt map[uint64]uint64 // when a step's first receipt arrived
	stallAt uint64
	graceAt uint64 // 0 until one winner receipted the last step
	// auditsAt is when a poster whose training is over settles without
	// the audits its sample drew that have not come (phaseAudits), put
	// off as they come up to auditsEnd (auditGrace); finishWhy is why
	// the training ended.
	auditsAt, auditsEnd uint64
	finishWhy           string
	slashed             map[slot]bool
	refunded            *big.Int

	// The chain.
	calls      map[uint64]*pending
	nextID     uint64
	viewAt     uint64 // when to read the chain next (phaseCollect)
	viewOut    bool   // a view is out
	challenged bool
	owed       *big.Int // what the receipts prove, while a challenge is out
	credited   *big.Int // what the poster credited, likewise

	w work // verified work

	ready Ready
}

// New returns the machine of a job just awarded, at now. A member's
// machine asks at once for its training to be prepared.
func New(now uint64, p Params, cfg Config) (*Machine, error) {
	m, err := newMachine(p, cfg)
	if err != nil {
		return nil, err
	}
	m.rec.Stage = StageAwarded
	m.save()
	a := m.award
	switch cfg.Role {
	case RoleMember:
		m.phase = phasePrepare
		m.ready.Train = append(m.ready.Train, Train{Kind: TrainPrepare})
		m.event(Event{Kind: EventAwarded, Text: fmt.Sprintf("won a seat (member %d of %d) at %v per step", m.winner, len(a.Winners), a.PriceOf(m.winner))})
	case RolePoster:
		m.follow(now)
		m.event(Event{Kind: EventAwarded, Text: fmt.Sprintf("awarded to %d winners at %s per step", len(a.Winners), priceRange(a.Prices[:len(a.Winners)]))})
	case RoleStandby:
		m.phase = phaseTrain
		m.stallAt = now + m.p.StallTimeoutMs
		m.event(Event{Kind: EventAwarded, Text: fmt.Sprintf("standby of %d winners: verifying at %v per audit", len(a.Winners), a.PriceOf(a.IndexOf(cfg.Self)))})
	}
	return m, nil
}

// priceRange says the winners' prices as one figure when they agree and as
// lowest-highest when they do not (each winner is paid its own).
func priceRange(prices []*big.Int) string {
	lo, hi := prices[0], prices[0]
	for _, p := range prices[1:] {
		if p.Cmp(lo) < 0 {
			lo = p
		}
		if p.Cmp(hi) > 0 {
			hi = p
		}
	}
	if lo.Cmp(hi) == 0 {
		return lo.String()
	}
	return lo.String() + "-" + hi.String()
}

func newMachine(p Params, cfg Config) (*Machine, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	switch {
	case cfg.Job == nil || cfg.Award == nil:
		return nil, fmt.Errorf("%w: no job or award", ErrParams)
	case cfg.Award.JobID != cfg.Job.JobID:
		return nil, fmt.Errorf("%w: the award is for job %s, not %s", ErrParams, cfg.Award.JobID.Short(), cfg.Job.JobID.Short())
	case len(cfg.Award.Winners) == 0 || len(cfg.Award.Prices) != len(cfg.Award.Members()) || slices.Contains(cfg.Award.Prices, nil):
		return nil, fmt.Errorf("%w: an award without winners or a price for each member", ErrParams)
	case cfg.Job.Steps == 0:
		return nil, fmt.Errorf("%w: a job of no steps", ErrParams)
	}
	m := &Machine{p: p, cfg: cfg, award: cfg.Award, book: NewBook(cfg.Award, cfg.Job.Steps), winner: -1,
		calls: map[uint64]*pending{}, nextID: 1, w: newWork(), fetchTries: map[fetchKey]uint8{}}
	m.rec = Record{Role: cfg.Role, SettleDeadlineMs: cfg.SettleDeadlineMs}
	switch cfg.Role {
	case RoleMember:
		m.winner = slices.Index(cfg.Award.Winners, cfg.Self)
		if m.winner < 0 {
			// Standbys wait to be called in (README, "Standbys"): they
			// have no job to run until then.
			return nil, fmt.Errorf("%w: %s is not a winner", ErrParams, cfg.Self.Short())
		}
		m.peersReady = map[Address]bool{}
	case RolePoster:
		if cfg.Self != cfg.Job.Poster {
			return nil, fmt.Errorf("%w: %s is not the job's poster", ErrParams, cfg.Self.Short())
		}
		m.firstAt = map[uint64]uint64{}
		m.slashed = map[slot]bool{}
	case RoleStandby:
		if !slices.Contains(cfg.Award.Standbys, cfg.Self) {
			return nil, fmt.Errorf("%w: %s is not a standby", ErrParams, cfg.Self.Short())
		}
	default:
		return nil, fmt.Errorf("%w: role %v", ErrParams, cfg.Role)
	}
	return m, nil
}

// Restore rebuilds, at now, the machine of a job from the last record
// persisted before a restart. The shell verifies the record's receipts'
// signatures first (and drops those that fail). A member restarted before
// its training ended cannot rejoin a ring that trained on without it, but
// what it earned is still owed: it goes on to collect. A poster goes on
// following the receipts (members re-send their latest), settles, refunds.
func Restore(now uint64, p Params, cfg Config, rec Record) (*Machine, error) {
	if rec.Role != cfg.Role {
		return nil, fmt.Errorf("%w: a %v's record for a %v's machine", ErrRecord, rec.Role, cfg.Role)
	}
	if rec.Stage.Done() {
		return nil, fmt.Errorf("%w: the job is %s already", ErrRecord, rec.Stage)
	}
	if cfg.SettleDeadlineMs == 0 {
		cfg.SettleDeadlineMs = rec.SettleDeadlineMs
	}
	m, err := newMachine(p, cfg)
	if err != nil {
		return nil, err
	}
	for _, r := range rec.Receipts {
		if added, _, _ := m.book.Add(r); added && r.Member == cfg.Self && (m.own == nil || r.Step > m.own.Step) {
			m.own = &r
		}
	}
	for _, s := range rec.Seats {
		m.book.AddSeat(s) // one another record's would refute is dropped, as when it came
	}
	for _, w := range rec.Witnesses {
		m.book.AddWitness(w)
	}
	m.rec.Stage, m.rec.Why, m.rec.Credits, m.rec.ModelHash, m.rec.Paid = rec.Stage, rec.Why, rec.Credits, rec.ModelHash, rec.Paid
	m.rec.Audits, m.rec.AuditPay = rec.Audits, rec.AuditPay
	for _, cv := range rec.Convictions {
		m.w.convicted[cv.Member] = cv
		m.rec.Convictions = append(m.rec.Convictions, cv)
		// A settlement journaled after the conviction carried its cap.
		m.w.capped[cv.Member] = rec.Stage == StageTrained || rec.Stage == StageSettled
	}
	for k, v := range rec.Txs {
		m.setTx(k, v)
	}
	if m.own != nil {
		m.resendAt = now + p.ReceiptResendMs
	}
	// What the journal lacks (receipts that came while the node was
	// down, or never reached it) is fetched from the others.
	m.fetchLater(now)
	switch {
	case cfg.Role == RoleStandby && rec.Stage == StageAwarded:
		m.phase = phaseTrain
		m.stallAt = now + p.StallTimeoutMs
	case cfg.Role == RoleMember && rec.Stage == StageAwarded && cfg.Rejoin:
		// Its ring trains on without it; the shell asks to be called
		// back in, and steps the TrainResult when that run ends.
		m.phase = phaseTrain
		m.ready.Train = append(m.ready.Train, Train{Kind: TrainRejoin})
	case cfg.Role != RolePoster && rec.Stage == StageAwarded:
		m.rec.Why = "restarted mid-training; the group went on without this member"
		m.seedRest(now, seedEnd)
		m.trained(now)
	case cfg.Role != RolePoster && rec.Stage == StageClaimed:
		m.phase = phasePay
		m.call(now, Call{Kind: CallWithdraw})
	case cfg.Role != RolePoster:
		m.afterTrained(now)
	case rec.Stage == StageEscrowed || rec.Stage == StagePosted || rec.Stage == StageAwarded:
		m.rec.Stage = StageAwarded
		m.save()
		m.follow(now)
	case rec.Stage == StageTrained:
		if len(m.rec.Credits) == 0 {
			m.rec.Credits = m.book.Credits()
		}
		m.settle(now)
	case rec.Stage == StageSettled:
		m.collect(now)
	default:
		return nil, fmt.Errorf("%w: a %v at stage %q", ErrRecord, rec.Role, rec.Stage)
	}
	return m, nil
}

// Stage returns the job's stage.
func (m *Machine) Stage() Stage { return m.rec.Stage }

// Done reports whether nothing is left to do (withdrawn, refunded, failed;
// or a poster trained without a chain), a member's or standby's backup
// slashing (backup.go) included.
func (m *Machine) Done() bool { return m.phase == phaseDone && !m.backupsOut() }

// Book returns the job's receipt book, for reading.
func (m *Machine) Book() *Book { return m.book }

// Credits returns the credits the poster settles (nil before training
// ended).
func (m *Machine) Credits() []uint64 { return slices.Clone(m.rec.Credits) }

// AuditCredits returns the part of each member's credit that pays its
// audits (in the room convicts and unfinished winners leave, and from the
// verification bound): Credits less it is the steps its receipts show.
func (m *Machine) AuditCredits() []uint64 {
	out := make([]uint64, len(m.rec.Credits))
	for i := range out {
		if i < len(m.rec.Audits) { // AuditPay is part of Audits
			out[i] = m.rec.Audits[i]
		}
	}
	return out
}

// Why returns why the job failed, or why training ended early.
func (m *Machine) Why() string { return m.rec.Why }

// Ready returns what the caller is to do. Call Advance once done.
func (m *Machine) Ready() Ready {
	rd := m.ready
	if m.dirty {
		r := m.rec
		r.Receipts = m.book.All()
		r.Seats = m.book.Seats()
		r.Witnesses = m.book.Witnesses()
		r.Credits = slices.Clone(r.Credits)
		r.Txs = make(map[string]string, len(m.rec.Txs))
		for k, v := range m.rec.Txs {
			r.Txs[k] = v
		}
		rd.Record = &r
	}
	return rd
}

// Advance acknowledges the last Ready.
func (m *Machine) Advance() {
	m.ready = Ready{}
	m.dirty = false
}

// NextTick returns the earliest time at which Tick has something to do,
// or 0 if nothing is scheduled: a shell on an injected clock may sleep
// until then instead of ticking blindly.
func (m *Machine) NextTick() uint64 {
	var next uint64
	at := func(t uint64) {
		if t != 0 && (next == 0 || t < next) {
			next = t
		}
	}
	if m.phase == phaseReady {
		at(m.nextReadyAt)
		at(m.readyUntil)
	} else if m.stillAnnouncing() {
		at(m.nextReadyAt)
	}
	if m.cfg.Role == RoleMember && m.own != nil && m.phase != phaseDone {
		at(m.resendAt)
	}
	if m.cfg.Role != RoleMember && m.phase == phaseTrain {
		at(m.stallAt)
		at(m.graceAt)
	}
	if m.phase == phaseCollect && !m.viewOut {
		at(m.viewAt)
	}
	if m.phase == phaseAudits {
		at(m.auditsAt)
	}
	at(m.restAt)
	if m.phase != phaseDone {
		at(m.fetchAt)
	}
	for _, pc := range m.calls {
		at(pc.retryAt)
	}
	for _, b := range m.w.backups {
		at(b.atMs)
	}
	return next
}

// Step feeds the machine one input at now. It returns an error (matching
// ErrReceipt, say) when the input was not applied; the machine is
// unchanged then.
func (m *Machine) Step(now uint64, in Input) error {
	switch in := in.(type) {
	case PeerReceipt:
		return m.file(now, in.Receipt, false)
	case PeerEquivocation:
		return m.onEquivocation(now, in.Evidence)
	case OwnReceipt:
		if in.Receipt.Member != m.cfg.Self {
			return fmt.Errorf("%w: own receipt signed by %s", ErrReceipt, in.Receipt.Member.Short())
		}
		return m.file(now, in.Receipt, true)
	case PeerReady:
		if m.cfg.Role != RoleMember || !slices.Contains(m.award.Winners, in.Peer) {
			return nil // the poster does not form; a stranger is nobody to wait for
		}
		m.peersReady[in.Peer] = true
		if m.phase == phaseReady {
			m.checkReady(now)
		}
	case Prepared:
		if m.cfg.Role != RoleMember || m.phase != phasePrepare {
			return nil
		}
		m.phase = phaseReady
		m.readyUntil = now + m.p.StartTimeoutMs
		m.announceReady(now)
		if m.winner == 0 && m.cfg.Chain {
			// The first winner pins the award on-chain before step 1, so
			// the poster cannot settle under another it signed (README,
			// step 2). One binding serves the whole group.
			m.call(now, Call{Kind: CallRegisterAward})
		}
		m.checkReady(now)
	case TrainResult:
		if m.cfg.Role != RoleMember || m.phase > phaseTrain {
			return nil
		}
		if in.Err != "" {
			m.rec.Why = in.Err
			m.event(Event{Kind: EventTrained, Err: in.Err, Text: "training ended early; collecting what was earned"})
		} else {
			m.rec.ModelHash = in.ModelHash
			m.event(Event{Kind: EventTrained, Step: in.Steps, Text: fmt.Sprintf("trained %d steps; serving the model %s", in.Steps, in.ModelHash.Short())})
		}
		m.restLater(now)
		m.trained(now)
	case CallResult:
		return m.result(now, in)
	case PeerSeat:
		return m.onSeat(now, in.Seat)
	case CalledIn:
		// A standby, or a winner restarted mid-training called back into
		// its own seat: its statement says where its gap ends (Book.Gaps).
		if m.cfg.Role != RoleStandby && (m.cfg.Role != RoleMember || !m.cfg.Rejoin || m.award.IndexOf(m.cfg.Self) != int(in.Seat)) {
			return fmt.Errorf("%w: a %s called in to seat %d", ErrParams, m.cfg.Role, in.Seat)
		}
		st := SeatStatement{JobID: m.cfg.Job.JobID, Standby: m.cfg.Self, Seat: in.Seat, From: in.From}
		if int(in.Seat) >= len(m.award.Winners) || in.From >= m.cfg.Job.Steps {
			return fmt.Errorf("%w: called in to seat %d after step %d", ErrSeat, in.Seat, in.From)
		}
		m.ready.Publish = append(m.ready.Publish, Publish{Seat: &st})
	case PeerWitness:
		return m.onWitness(in.Witness)
	case Witnessed:
		// This member's ring ran an operation without winner Member and
		// the next with it: it witnesses the rejoin (witness.go).
		i := m.award.IndexOf(in.Member)
		switch {
		case m.cfg.Role != RoleMember && m.cfg.Role != RoleStandby:
			return fmt.Errorf("%w: a %s witnessing a rejoin", ErrParams, m.cfg.Role)
		case i < 0 || i >= len(m.award.Winners) || in.Member == m.cfg.Self || in.From >= m.cfg.Job.Steps:
			return fmt.Errorf("%w: witnessing %s rejoining after step %d", ErrSeat, in.Member.Short(), in.From)
		}
		w := RejoinWitness{SeatStatement{JobID: m.cfg.Job.JobID, Standby: in.Member, Seat: uint32(i), From: in.From}}
		m.ready.Publish = append(m.ready.Publish, Publish{Witness: &w})
	case PeerAudit:
		return m.onAudit(now, in.Audit)
	case PeerDecline:
		return m.onDecline(now, in.Decline)
	case PeerEvidence:
		return m.onEvidence(now, in.Evidence)
	case Found:
		return m.onFound(now, in.Evidence)
	case PeerAttestation:
		return m.onAttestation(now, in)
	case Verified:
		return m.onVerified(now, in)
	case Rechecked:
		return m.onRechecked(now, in)
	case Stop:
		switch {
		case m.cfg.Role == RolePoster && m.phase == phaseTrain:
			// The node is going: it settles what it has (and journals
			// the credits for a restart) without waiting for audits.
			m.seedRest(now, seedForce)
			m.closeTraining(now, "stopped: "+in.Why)
		case m.cfg.Role == RolePoster && m.phase == phaseAudits:
			m.closeTraining(now, fmt.Sprintf("%s; stopped with %d audits drawn not in: %s", m.finishWhy, len(m.w.awaited), in.Why))
		case m.cfg.Role == RoleStandby && m.phase == phaseTrain:
			m.standbyDone(now, "stopped: "+in.Why)
		case m.cfg.Role == RoleMember && m.phase == phaseTrain && m.cfg.Rejoin && m.rec.Stage == StageAwarded:
			// The journal keeps it training: restarted (Restore with
			// Rejoin), this member asks its ring to call it back in.
			m.event(Event{Kind: EventTrained, Err: "stopped: " + in.Why, Text: "stopped mid-training; restarted, it asks its ring to call it back in"})
		case m.cfg.Role == RoleMember && m.phase <= phaseTrain:
			return m.Step(now, TrainResult{Err: "stopped: " + in.Why})
		}
	default:
		return fmt.Errorf("%w: input %T", ErrParams, in)
	}
	return nil
}

// Tick moves time to now: readiness announcements and their timeout,
// receipt re-sends, the poster's stall timeout and finish grace, chain
// reads and retries.
func (m *Machine) Tick(now uint64) {
	m.dueBackups(now)
	if m.phase == phaseReady {
		if now >= m.nextReadyAt {
			m.announceReady(now)
		}
		m.checkReady(now)
	} else if m.stillAnnouncing() && now >= m.nextReadyAt {
		if now < m.readyUntil {
			m.announceReady(now)
		} else {
			m.nextReadyAt = 0
		}
	}
	if m.cfg.Role == RoleMember && m.own != nil && m.phase != phaseDone && now >= m.resendAt {
		r := *m.own
		m.ready.Publish = append(m.ready.Publish, Publish{Receipt: &r})
		m.resendAt = now + m.p.ReceiptResendMs
	}
	if m.cfg.Role == RolePoster && m.phase == phaseTrain {
		switch {
		case m.graceAt != 0 && now >= m.graceAt:
			m.finish(now, fmt.Sprintf("finish grace of %d ms passed", m.p.FinishGraceMs))
		case now >= m.stallAt:
			m.finish(now, fmt.Sprintf("no receipt for %d ms; settling what the group proved", m.p.StallTimeoutMs))
		}
	}
	if m.phase == phaseAudits && now >= m.auditsAt {
		m.closeTraining(now, fmt.Sprintf("%s; %d audits drawn not in by the audit grace", m.finishWhy, len(m.w.awaited)))
	}
	if m.cfg.Role == RoleStandby && m.phase == phaseTrain && now >= m.stallAt {
		m.standbyDone(now, fmt.Sprintf("no receipt for %d ms", m.p.StallTimeoutMs))
	}
	if m.restAt != 0 && now >= m.restAt {
		m.restAt = 0
		m.seedRest(now, seedEnd)
	}
	if m.fetchAt != 0 && now >= m.fetchAt {
		m.fetchAt = 0
		m.fetchMissing(now)
	}
	ids := make([]uint64, 0, len(m.calls))
	for id, pc := range m.calls {
		if m.phase == phaseDone && pc.call.Kind != CallSlash && pc.call.Kind != CallSlashFault {
			delete(m.calls, id) // the job is over; only evidence still matters
			continue
		}
		if pc.retryAt != 0 && now >= pc.retryAt {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids) // calls go out in the order they were first asked
	for _, id := range ids {
		pc := m.calls[id]
		pc.retryAt = 0
		m.ready.Calls = append(m.ready.Calls, pc.call)
	}
	if m.phase == phaseCollect && !m.viewOut && now >= m.viewAt {
		m.viewOut = true
		m.call(now, Call{Kind: CallView})
	}
}

// --- Receipts ----------------------------------------------------------------

func (m *Machine) file(now uint64, r Receipt, own bool) error {
	known := m.book.Equivocated(r.Member, r.Step)
	added, ev, err := m.book.Add(r)
	if err != nil {
		return err
	}
	return m.filed(now, r, own, added, ev, !known, true)
}

// onEquivocation files both receipts of a follower's evidence, as if each
// had come (the shell checked their signatures), before anything is
// seeded from either: the slot is known equivocated when its period is
// sampled, and no sample is drawn from one of them only to be re-drawn.
func (m *Machine) onEquivocation(now uint64, ev Evidence) error {
	a, b := ev.First, ev.Second
	if a.JobID != b.JobID || a.Member != b.Member || a.Step != b.Step || a.StepReceipt == b.StepReceipt {
		return fmt.Errorf("%w: evidence that is not two receipts of one member for one step", ErrReceipt)
	}
	known := m.book.Equivocated(a.Member, a.Step)
	added, ev1, err := m.book.Add(a)
	if err != nil {
		return err
	}
	_, ev2, _ := m.book.Add(b) // the same job, member and step as a
	if ev1 == nil {
		ev1 = ev2
	}
	return m.filed(now, a, false, added, ev1, !known, false)
}

// filed acts on a receipt the book just took (added) or found to be
// equivocation (ev): fresh tells whether the slot was not known
// equivocated before, tell whether this peer learnt of it from receipts
// (not from another follower's evidence, which gossip brought to all).
func (m *Machine) filed(now uint64, r Receipt, own, added bool, ev *Evidence, fresh, tell bool) error {
	if ev != nil {
		m.event(Event{Kind: EventEquivocation, Peer: r.Member, Step: r.Step,
			Text: fmt.Sprintf("%s signed two receipts for step %d; evidence kept for slashing", r.Member.Short(), r.Step)})
		s := slot{r.Member, r.Step}
		// The poster reports: it is the one peer sure to hold the group's
		// receipts, and one report per slot is all the contract pays.
		if m.cfg.Role == RolePoster && m.cfg.Chain && !m.slashed[s] && len(m.slashed) < slashesMax {
			m.slashed[s] = true
			m.call(now, Call{Kind: CallSlash, Evidence: ev})
			m.calls[m.nextID-1].peer = r.Member
		}
		if fresh && m.book.Equivocated(r.Member, r.Step) {
			// The slot leaves its period's seed (unequivocated): a follower
			// that held one receipt only seeded with it, so the
			// others are told, and the period re-seeded.
			if tell {
				e, _ := m.book.Equivocation(r.Member, r.Step)
				m.ready.Publish = append(m.ready.Publish, Publish{Equivocation: &e})
			}
			if !added {
				m.resample(now, r.Step)
				m.reawait(now)
			}
		}
	}
	if !added {
		return nil
	}
	m.event(Event{Kind: EventReceipt, Peer: r.Member, Step: r.Step,
		Text: fmt.Sprintf("%s signed step %d (params %s)", r.Member.Short(), r.Step, r.ParamsHash.Short())})
	if !own {
		m.fetchLater(now) // it may show earlier receipts this peer lacks
	}
	if m.cfg.Rejoin && m.cfg.Role == RoleMember && m.phase == phaseTrain {
		// Journaled as it comes: restarted (Restore with Rejoin), this
		// member seeds the periods it trained in from the receipts it
		// held, its own included (members re-send only their latest).
		// Its journal otherwise kept those of its last stage change, and
		// it drew its audits of the period it stopped in from another
		// seed than the group's, or none.
		m.save()
	}
	if m.book.First(r.Member) == r.Step {
		m.checkSeat(r.Member) // a called-in standby's first receipt
	}
	m.trySeed(now, r.Step)
	m.reawait(now) // a poster waiting for the audits drawn, and the receipts owed
	if own {
		// A member's, or a standby's the ring called in (it trains
		// from then on and signs its steps as the winners do).
		if m.own == nil || r.Step > m.own.Step {
			m.own = &r
		}
		m.ready.Publish = append(m.ready.Publish, Publish{Receipt: &r})
		m.resendAt = now + m.p.ReceiptResendMs
	}
	if m.cfg.Role == RoleStandby && m.phase == phaseTrain {
		m.stallAt = now + m.p.StallTimeoutMs
		switch {
		case m.allFinished():
			m.standbyDone(now, "every winner receipted the last step")
		case own && r.Step == m.cfg.Job.Steps:
			// Called in, it trained to the end: its part in the
			// training is over as a winner's is when its run ends
			// (winners that left never receipt the last step, and
			// waiting for the stall timeout would hold back the
			// audits of the last period it owes).
			m.standbyDone(now, "this standby, called in, receipted the last step")
		}
		return nil
	}
	if m.cfg.Role != RolePoster {
		return nil
	}
	m.observeLatency(now, r)
	if m.phase != phaseTrain {
		return nil
	}
	m.stallAt = now + m.p.StallTimeoutMs
	switch fin := m.book.Finished(); {
	case fin == len(m.award.Winners) && m.allFinished():
		m.finish(now, "every winner receipted the last step")
	case fin > 0 && m.graceAt == 0:
		m.graceAt = now + m.p.FinishGraceMs
	}
	return nil
}

// observeLatency records how long after the group's first receipt for a
// step this member's arrived: the member that keeps the group waiting shows
// up with late steps (PROTOCOL.md kind 4).
func (m *Machine) observeLatency(now uint64, r Receipt) {
	first, ok := m.firstAt[r.Step]
	if !ok {
		if len(m.firstAt) >= stepsTimedMax {
			return
		}
		m.firstAt[r.Step], first = now, now
	}
	m.observe(now, score.Observation{Peer: score.Address(r.Member), Kind: score.KindStepLatency, Step: r.Step,
		LatencyMs: uint32(min(now-first, 1<<31))})
}

// --- Members -----------------------------------------------------------------

// stillAnnouncing reports whether a member that has formed goes on
// announcing its readiness: the last winner to get ready may have seen
// everyone else's announcement and formed at once, and its own single
// announcement can reach a peer that has not yet joined the topic's mesh
// (gossipsub delivers only along a mesh it has built). So a member goes on
// announcing until its first own receipt (the ring runs) or until
// StartTimeoutMs after it got ready (the others have formed without it).
func (m *Machine) stillAnnouncing() bool {
	return m.cfg.Role == RoleMember && m.phase == phaseTrain && m.own == nil && m.nextReadyAt != 0
}

func (m *Machine) announceReady(now uint64) {
	m.ready.Publish = append(m.ready.Publish, Publish{})
	m.nextReadyAt = now + m.p.ReadyEveryMs
}

// checkReady forms the ring once every winner has announced its endpoint,
// or once StartTimeoutMs has passed: a member still fetching its shard
// would otherwise be dropped as unreachable by the first to form, and a
// dead one must not hold up the rest for ever.
func (m *Machine) checkReady(now uint64) {
	have := 1 // self
	for _, w := range m.award.Winners {
		if w != m.cfg.Self && m.peersReady[w] {
			have++
		}
	}
	k := len(m.award.Winners)
	switch {
	case have >= k:
		m.event(Event{Kind: EventReady, Text: fmt.Sprintf("all %d winners ready; forming the ring", k)})
	case now >= m.readyUntil:
		m.event(Event{Kind: EventReady, Text: fmt.Sprintf("not every winner got ready in time; forming with %d of %d", have, k)})
	default:
		return
	}
	m.phase = phaseTrain
	m.ready.Train = append(m.ready.Train, Train{Kind: TrainRun})
}

// standbyDone ends a standby's following of the training: it goes on to
// collect its verification pay.
func (m *Machine) standbyDone(now uint64, why string) {
	if now >= m.stallAt {
		m.seedRest(now, seedForce) // no receipt came for StallTimeoutMs: none is on its way
	} else {
		m.restLater(now)
	}
	m.event(Event{Kind: EventTrained, Text: fmt.Sprintf("training over (%s): %d audits asked of this standby", why, len(m.w.verifying))})
	m.trained(now)
}

// trained journals a member's training as over and goes on to its pay.
func (m *Machine) trained(now uint64) {
	m.setStage(StageTrained)
	m.afterTrained(now)
}

// restLater samples, once this peer's part in the training is over, the
// periods still unsampled: at once when every member receipted the last
// step (the receipts are then those every follower holds), else after
// FinishGraceMs. A member's own run ends as soon as it signed the last
// step, often before the others' receipts for it have reached it; a
// sample taken from fewer receipts than the group's has another seed and
// ring, so it asks this peer for audits nobody else expects of it, and
// none of those the others expect (the verifier that audited none of a
// member's last period, TestMeasuredRingOrder). Receipts that arrive in
// the meantime sample complete periods as usual (trySeed).
func (m *Machine) restLater(now uint64) {
	if m.allFinished() {
		m.restAt = 0
		m.seedRest(now, seedEnd)
		return
	}
	if m.restAt == 0 {
		m.restAt = now + m.p.FinishGraceMs
	}
}

func (m *Machine) afterTrained(now uint64) {
	if !m.cfg.Chain {
		// Keep serving receipts (and the shell the model) until the node
		// stops: there is no pay to collect.
		m.phase = phaseIdle
		return
	}
	m.collect(now)
}

func (m *Machine) collect(now uint64) {
	m.phase = phaseCollect
	m.viewAt = now
	m.Tick(now)
}

// onMemberView decides, from what the chain shows, how a member gets paid:
// after the poster's settlement and its challenge window it releases and
// withdraws (first raising its credit with the group's receipts if the
// poster under-credited it); if the poster never settles, it claims once
// the settle deadline has passed. It gives up when the claim window has
// closed.
func (m *Machine) onMemberView(now uint64, v *ChainView) {
	head := v.HeadMs
	proof, proved := m.book.Proof(m.cfg.Self, QuorumOf(v.GroupSize, v.QuorumBps))
	credit := new(big.Int)
	if v.Credit != nil {
		credit.Set(v.Credit)
	}
	switch {
	case v.Status == ChainNone:
		m.fail("the job was never escrowed on-chain")
		return
	case m.cfg.Role == RoleStandby && ((v.Status == ChainOpen && head >= v.SettleDeadlineMs) || (v.Status != ChainOpen && credit.Sign() == 0)):
		// A standby's audits are paid only through the poster's
		// settlement: receipts prove no steps of its.
		m.rec.Paid = "0"
		m.setStage(StageWithdrawn)
		m.phase = phaseDone
		m.event(Event{Kind: EventWithdrawn, Amount: new(big.Int), Text: "nothing credited for this standby's audits"})
		return
	case v.Status == ChainOpen && head < v.SettleDeadlineMs:
		m.viewAt = now + m.p.ChainPollMs // training or settlement still to come
		return
	case v.Status == ChainOpen:
		if closes := v.SettleDeadlineMs + v.ClaimWindowMs; head >= closes {
			m.fail(fmt.Sprintf("the poster never settled and the claim window closed at %d", closes))
			return
		}
		if !proved {
			m.fail("the poster never settled and no quorum of receipts proves this member's steps")
			return
		}
		m.phase = phasePay
		m.call(now, Call{Kind: CallClaim, Proof: &proof})
		return
	}
	// Settled (or closed after settlement): check the credit, challenge it
	// while the window is open if receipts prove more, then release.
	owed := new(big.Int)
	if proved && m.winner >= 0 {
		// Only winners' pay can be raised with receipts (PROTOCOL.md): a
		// standby called into the ring holds receipts of its own, but the
		// contract raises no standby's entry with them. The contract pays
		// each winner at its own price in the award it bound. Its own
		// gaps (Book.Gaps: it was restarted and called back in) are not
		// owed: the poster credits none of them, and a raise, which
		// the contract sets to the proved step, is asked only where the
		// credit is below the steps it trained (then the raise pays the
		// gaps too: StepProof cannot express one).
		owed.Mul(m.award.Prices[m.winner], new(big.Int).SetUint64(proof.Step-gapSteps(m.book.Gaps(m.award.Winners[m.winner]), proof.Step)))
	}
	switch {
	case !m.challenged && head < v.ReleaseAtMs && credit.Cmp(owed) < 0:
		m.challenged = true
		m.phase = phasePay
		m.call(now, Call{Kind: CallChallenge, Proof: &proof})
		m.owed, m.credited = owed, credit
	case v.Released || credit.Sign() == 0:
		m.phase = phasePay
		m.call(now, Call{Kind: CallWithdraw})
	case head < v.ReleaseAtMs:
		m.viewAt = now + m.p.ChainPollMs
	default:
		// The poster's settlement is final once its window has passed.
		m.observe(now, score.Observation{Peer: score.Address(m.cfg.Job.Poster), Kind: score.KindSettlementPaid, Amount: credit})
		m.phase = phasePay
		m.call(now, Call{Kind: CallWithdraw, Release: true})
	}
}

// --- Posters -----------------------------------------------------------------

func (m *Machine) follow(now uint64) {
	m.phase = phaseTrain
	m.stallAt = now + m.p.StallTimeoutMs
	if m.allFinished() {
		m.finish(now, "every winner receipted the last step")
	}
}

// finish ends the poster's following of the receipts: it samples the
// periods still unsampled and, while audits its sample drew have not come
// (awaitAudits), waits for them, at most the audit grace (auditGrace),
// before it closes the training (closeTraining). The last period's audits
// and the job audits are drawn only now, when the group's last receipts
// are in: settled at once, the poster never paid them.
func (m *Machine) finish(now uint64, why string) {
	m.seedRest(now, seedEnd)
	if n := m.awaitAudits(); n > 0 {
		if at, end := m.auditGrace(now); at > now {
			m.phase, m.auditsAt, m.auditsEnd, m.finishWhy = phaseAudits, at, end, why
			what := fmt.Sprintf("the %d audits drawn", len(m.w.awaited))
			if len(m.w.owed) > 0 {
				// Receipts a member surely signed: the periods they
				// seed are sampled once they come.
				what = fmt.Sprintf("%d receipts owed and %s", len(m.w.owed), what)
			}
			m.event(Event{Kind: EventAuditWait, Text: fmt.Sprintf("training over (%s); waiting up to %d ms for %s not in yet: %s", why, at-now, what, m.awaitedText())})
			return
		}
	}
	m.closeTraining(now, why)
}

// closeTraining ends the poster's part in the training: it computes the
// credits, records what it saw of each winner, asks for the model,
// journals the job as trained and settles.
func (m *Machine) closeTraining(now uint64, why string) {
	m.w.awaited, m.w.owed = nil, nil
	steps := m.cfg.Job.Steps
	credits := m.book.Credits()
	final, finishers := m.book.Agreed(steps)
	mm := m.book.Mismatches()
	for _, a := range m.book.members {
		if s, ok := mm[a]; ok {
			m.observe(now, score.Observation{Peer: score.Address(a), Kind: score.KindParamsMismatch, Step: s})
			delete(mm, a)
		}
	}
	for i, w := range m.award.Winners {
		o := score.Observation{Peer: score.Address(w), Kind: score.KindAwardDelivered}
		var gaps []string
		for _, g := range m.book.Gaps(w) {
			if g.After < g.Through {
				if len(gaps) == 0 {
					o.Step = g.After + 1
				}
				gaps = append(gaps, fmt.Sprintf("stopped after step %d, rejoined after step %d", g.After, g.Through))
			}
		}
		if len(gaps) > 0 {
			// It stopped, and trained on once called back in: the fault
			// is at its first gap, not at the end of its credits.
			o.Kind, o.Fault = score.KindFaultReported, 1
			o.Note = fmt.Sprintf("%s; credited %d of %d steps", strings.Join(gaps, ", "), credits[i], steps)
		} else if credits[i] != steps {
			o.Kind, o.Fault, o.Step = score.KindFaultReported, 1, credits[i]+1
			o.Note = fmt.Sprintf("stopped after step %d of %d", credits[i], steps)
		}
		m.observe(now, o)
	}
	credits = m.payCredits(credits)
	m.event(Event{Kind: EventTrained, Text: fmt.Sprintf("training over (%s): %d of %d winners receipted all %d steps; credits %v",
		why, finishers, len(m.award.Winners), steps, credits)})
	if finishers > 0 {
		m.rec.ModelHash = final
		m.ready.Train = append(m.ready.Train, Train{Kind: TrainCollect, ModelHash: final})
	}
	m.rec.Credits = credits
	m.setStage(StageTrained)
	m.settle(now)
}

func (m *Machine) settle(now uint64) {
	if !m.cfg.Chain {
		m.phase = phaseDone
		return
	}
	m.phase = phaseSettle
	m.call(now, Call{Kind: CallSettle, Credits: slices.Clone(m.rec.Credits), Audits: slices.Clone(m.rec.AuditPay)})
}

func (m *Machine) onPosterView(now uint64, v *ChainView) {
	switch {
	case v.Status != ChainSettled:
		m.fail(fmt.Sprintf("refund: the job is %v", v.Status))
	case v.HeadMs >= v.ReleaseAtMs:
		m.phase = phasePay
		m.call(now, Call{Kind: CallRefund})
	default:
		m.viewAt = now + m.p.ChainPollMs
	}
}

// --- Chain calls -----------------------------------------------------------------

func (m *Machine) call(now uint64, c Call) {
	c.ID = m.nextID
	m.nextID++
	m.calls[c.ID] = &pending{call: c, sinceMs: now, waitMs: m.p.ChainPollMs}
	m.ready.Calls = append(m.ready.Calls, c)
}

// result applies a chain call's answer.
func (m *Machine) result(now uint64, res CallResult) error {
	pc, ok := m.calls[res.ID]
	if !ok || pc.retryAt != 0 {
		return fmt.Errorf("%w: no call %d is out", ErrParams, res.ID)
	}
	c := pc.call
	if res.Outcome == Unreachable || (res.Outcome == Reverted && c.Kind == CallView) {
		m.unreachable(now, pc, res)
		return nil
	}
	delete(m.calls, res.ID)
	if m.phase == phaseDone && c.Kind != CallSlash && c.Kind != CallSlashFault {
		return nil // a late answer for a job given up
	}
	if res.Outcome == Reverted {
		m.reverted(now, pc, res)
		return nil
	}
	if res.Outcome != OK {
		return fmt.Errorf("%w: outcome %v", ErrParams, res.Outcome)
	}
	for _, tx := range res.Txs {
		m.setTx(tx.Method, tx.Hash)
	}
	if len(res.Txs) > 0 {
		m.save()
	}
	tx := lastTx(res.Txs)
	amount := new(big.Int)
	if res.Amount != nil {
		amount.Set(res.Amount)
	}
	switch c.Kind {
	case CallView:
		m.viewOut = false
		if res.View == nil {
			return fmt.Errorf("%w: a view result without a view", ErrParams)
		}
		if m.phase != phaseCollect {
			return nil
		}
		if m.cfg.Role != RolePoster {
			m.onMemberView(now, res.View)
		} else {
			m.onPosterView(now, res.View)
		}
	case CallRegisterAward:
	case CallSettle:
		m.setStage(StageSettled)
		m.event(Event{Kind: EventSettled, Tx: tx, Text: fmt.Sprintf("settled: credits %v%s", m.rec.Credits, txText(tx))})
		m.collect(now)
		m.challengeConvicts(now)
	case CallSlashFault:
		m.observe(now, score.Observation{Peer: score.Address(pc.peer), Kind: score.KindSlashed, Amount: amount})
		m.event(Event{Kind: EventSlashed, Peer: pc.peer, Tx: tx, Amount: amount,
			Text: fmt.Sprintf("%s slashed %v for %s at step %d%s", pc.peer.Short(), amount, faultText(c.Conviction.Attestation.Fault), c.Conviction.Attestation.Step, txText(tx))})
	case CallChallengeFault:
		capped := CreditCap(c.Conviction.Attestation.Fault, c.Conviction.Attestation.Step)
		if i := m.award.IndexOf(pc.peer); i >= 0 && i < len(m.rec.Credits) {
			m.rec.Credits[i] = min(m.rec.Credits[i], capped)
			if i < len(m.rec.AuditPay) {
				m.rec.AuditPay[i] = min(m.rec.AuditPay[i], capped)
			}
			m.save()
		}
		m.event(Event{Kind: EventChallenge, Peer: pc.peer, Tx: tx, Step: capped,
			Text: fmt.Sprintf("%s's settled credit lowered to %d steps%s", pc.peer.Short(), capped, txText(tx))})
	case CallSlash:
		m.observe(now, score.Observation{Peer: score.Address(pc.peer), Kind: score.KindSlashed, Amount: amount})
		m.event(Event{Kind: EventSlashed, Peer: pc.peer, Tx: tx, Amount: amount,
			Text: fmt.Sprintf("%s slashed %v for signing two receipts for step %d%s", pc.peer.Short(), amount, c.Evidence.Step, txText(tx))})
	case CallClaim:
		m.setStage(StageClaimed)
		m.event(Event{Kind: EventClaimed, Tx: tx, Step: c.Proof.Step,
			Text: fmt.Sprintf("the poster did not settle by the deadline: claimed %d steps with %d receipts%s", c.Proof.Step, len(c.Proof.Quorum.Sigs), txText(tx))})
		m.call(now, Call{Kind: CallWithdraw})
	case CallChallenge:
		m.event(Event{Kind: EventChallenge, Tx: tx, Step: c.Proof.Step, Amount: m.owed,
			Text: fmt.Sprintf("the poster credited %v, receipts prove %v: raised to %d steps%s", m.credited, m.owed, c.Proof.Step, txText(tx))})
		m.phase = phaseCollect
		m.viewAt = now + m.p.ChainPollMs
	case CallRefund:
		m.refunded = amount
		m.call(now, Call{Kind: CallWithdraw})
	case CallWithdraw:
		if m.cfg.Role == RolePoster {
			paid := m.refunded
			if paid == nil {
				paid = new(big.Int)
			}
			m.rec.Paid = paid.String()
			m.setStage(StageRefunded)
			m.event(Event{Kind: EventRefunded, Tx: tx, Amount: paid, Text: fmt.Sprintf("refunded %v of unspent escrow%s", paid, txText(tx))})
		} else {
			m.rec.Paid = amount.String()
			m.setStage(StageWithdrawn)
			m.event(Event{Kind: EventWithdrawn, Tx: tx, Amount: amount, Text: fmt.Sprintf("withdrew %v%s", amount, txText(tx))})
		}
		m.phase = phaseDone
	}
	return nil
}

// unreachable schedules another try of a call the chain did not answer,
// the wait doubling from ChainPollMs up to RetryWaitMaxMs. A view is just
// read again at the next poll: it decides nothing.
func (m *Machine) unreachable(now uint64, pc *pending, res CallResult) {
	c := pc.call
	switch c.Kind {
	case CallView:
		delete(m.calls, c.ID)
		m.viewOut = false
		m.viewAt = now + m.p.ChainPollMs
		m.event(Event{Kind: EventRetry, Err: res.Err, Text: "reading the job on-chain failed; trying again"})
		return
	case CallSettle:
		// Past the deadline the contract refuses the settlement; trying
		// longer only delays the members' claims.
		if now > m.cfg.SettleDeadlineMs+m.p.SettleSlackMs {
			delete(m.calls, c.ID)
			m.fail(fmt.Sprintf("settle: the chain was out of reach until past the settle deadline: %s", res.Err))
			return
		}
	case CallSlash, CallSlashFault:
		if now-pc.sinceMs > m.p.SlashWithinMs {
			delete(m.calls, c.ID)
			m.event(Event{Kind: EventFailed, Peer: pc.peer, Err: res.Err, Text: "slashing evidence was not accepted"})
			return
		}
	case CallClaim, CallChallenge:
		// Decided on a view that is now stale: read the chain again
		// (after the same back-off) and decide anew.
		delete(m.calls, c.ID)
		if c.Kind == CallChallenge {
			m.challenged = false
		}
		m.event(Event{Kind: EventRetry, Err: res.Err, Text: fmt.Sprintf("%s failed; trying again in %d ms", c.Kind.what(), pc.waitMs)})
		m.phase = phaseCollect
		m.viewAt = now + pc.waitMs
		return
	}
	m.event(Event{Kind: EventRetry, Err: res.Err, Text: fmt.Sprintf("%s failed; trying again in %d ms", c.Kind.what(), pc.waitMs)})
	pc.retryAt = now + pc.waitMs
	pc.waitMs = min(2*pc.waitMs, m.p.RetryWaitMaxMs)
}

// reverted applies the contract's refusal: a retry cannot mend it, unless
// it says "too early" or names something already done.
func (m *Machine) reverted(now uint64, pc *pending, res CallResult) {
	c := pc.call
	why := res.Revert
	if why == "" {
		why = res.Err
	}
	switch c.Kind {
	case CallRegisterAward:
		if res.Revert != revertAwardAlreadyBound {
			m.event(Event{Kind: EventRefused, Err: why, Text: "could not pin the award on-chain"})
		}
	case CallSettle:
		m.fail("settle: " + why)
	case CallSlash:
		m.event(Event{Kind: EventFailed, Peer: pc.peer, Err: why, Text: "equivocation evidence was not accepted"})
	case CallSlashFault:
		if m.cfg.Role != RolePoster && res.Revert == revertAlreadySlashed {
			m.event(Event{Kind: EventRefused, Peer: pc.peer, Err: why, Text: "the conviction was slashed already (by the poster or another re-checker)"})
			return
		}
		m.event(Event{Kind: EventFailed, Peer: pc.peer, Err: why, Text: "the conviction was not slashed"})
	case CallChallengeFault:
		m.event(Event{Kind: EventRefused, Peer: pc.peer, Err: why, Text: "the convict's credit was not lowered"})
	case CallClaim:
		if !notYet(res.Revert) {
			m.fail("claim: " + why)
			return
		}
		m.event(Event{Kind: EventRetry, Err: why, Text: "claim failed; trying again"})
		m.phase = phaseCollect
		m.viewAt = now + m.p.ChainPollMs
	case CallChallenge:
		// challenged stays set: the contract refused this proof, and the
		// settled credit stands.
		m.event(Event{Kind: EventRefused, Err: why, Text: "challenge failed"})
		m.phase = phaseCollect
		m.viewAt = now
		m.Tick(now)
	case CallRefund:
		if !notYet(res.Revert) {
			m.fail("refund: " + why)
			return
		}
		m.phase = phaseCollect
		m.viewAt = now + m.p.ChainPollMs
	case CallWithdraw:
		if c.Release && res.Revert == revertNothingToRelease {
			m.call(now, Call{Kind: CallWithdraw}) // released by someone else already: withdraw
			return
		}
		m.fail("withdraw: " + why)
	}
}

// --- Helpers ---------------------------------------------------------------------

var stageOrder = map[Stage]int{StageEscrowed: 1, StagePosted: 2, StageAwarded: 3, StageTrained: 4,
	StageSettled: 5, StageClaimed: 5, StageWithdrawn: 6, StageRefunded: 6, StageFailed: 7}

// setStage moves the journal forward (never back) and asks for it to be
// persisted.
func (m *Machine) setStage(s Stage) {
	if stageOrder[s] > stageOrder[m.rec.Stage] {
		m.rec.Stage = s
	}
	m.save()
}

func (m *Machine) save() { m.dirty = true }

func (m *Machine) setTx(what, hash string) {
	if m.rec.Txs == nil {
		m.rec.Txs = map[string]string{}
	}
	m.rec.Txs[what] = hash
}

// fail ends the job for this peer, with why in its journal.
func (m *Machine) fail(why string) {
	if m.phase == phaseDone {
		return
	}
	m.rec.Why = why
	m.setStage(StageFailed)
	m.phase = phaseDone
	m.event(Event{Kind: EventFailed, Err: why, Text: why})
}

func (m *Machine) event(e Event) { m.ready.Events = append(m.ready.Events, e) }

func (m *Machine) observe(now uint64, o score.Observation) {
	o.Job, o.AtMs = m.cfg.Job.JobID, now
	m.ready.Observations = append(m.ready.Observations, o)
}

func lastTx(txs []Tx) *Tx {
	if len(txs) == 0 {
		return nil
	}
	t := txs[len(txs)-1]
	return &t
}

func txText(tx *Tx) string {
	if tx == nil {
		return ""
	}
	h := tx.Hash
	if len(h) > 12 {
		h = h[:12]
	}
	return " (tx " + h + ")"
}

package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/job"
)

// The job loop: one goroutine owns every job's machine (package job, the
// rules of a job's life after its award). Topic readers, training, chain
// calls and the node's API post work to it (postJob); it steps the
// machines and carries out what they ask for (Ready), starting goroutines
// only for effects that wait on the network or the chain, which post their
// results back.

// jobWorkLen bounds the work waiting for the job loop. Senders block while
// it is full (a receipt or a chain call's result must not be lost), so the
// bound only limits how far producers run ahead of the loop.
const jobWorkLen = 256

// jobParams are the job core's timings from the node's JobsConfig.
func (c *JobsConfig) jobParams() job.Params {
	p := job.DefaultParams()
	ms := func(d time.Duration) uint64 { return uint64(max(d.Milliseconds(), 1)) }
	p.ChainPollMs, p.ReceiptResendMs, p.StartTimeoutMs = ms(c.ChainPoll), ms(c.ReceiptResend), ms(c.StartTimeout)
	p.FinishGraceMs, p.StallTimeoutMs = ms(c.FinishGrace), ms(c.StallTimeout)
	p.RetryWaitMaxMs = max(ms(retryWaitMax), p.ChainPollMs)
	p.ReadyEveryMs = ms(readyEvery)
	if c.SlashBackup > 0 {
		p.SlashBackupMs = ms(c.SlashBackup)
	} else {
		p.SlashBackupMs = 0
	}
	return p
}

// readyEvery is how often a member announces its readiness while it waits
// for the others: gossip reaches a peer only once it has joined the topic.
const readyEvery = 250 * time.Millisecond

func (n *Node) nowMs() uint64 { return uint64(n.clk.Now().UnixMilli()) }

// postJob hands fn to the job loop. It reports false, without running fn,
// once the node is stopping.
func (n *Node) postJob(fn func()) bool {
	select {
	case n.jobWork <- fn:
		return true
	case <-n.runCtx.Done():
		return false
	}
}

// inJobLoop runs fn on the job loop and waits for it.
func (n *Node) inJobLoop(ctx context.Context, fn func()) error {
	done := make(chan struct{})
	if !n.postJob(func() { fn(); close(done) }) {
		return context.Canceled
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-n.runCtx.Done():
		return context.Canceled
	}
}

// runJobs is the job loop. It returns when ctx ends.
func (n *Node) runJobs(ctx context.Context) {
	timer := n.clk.Timer(time.Hour)
	defer timer.Stop()
	for {
		n.armJobTimer(timer)
		select {
		case <-ctx.Done():
			n.stopJobs()
			return
		case fn := <-n.jobWork:
			fn()
		case <-timer.C:
			now := n.nowMs()
			for _, jr := range n.loopRuns() {
				if jr.m != nil && jr.m.NextTick() != 0 && jr.m.NextTick() <= now {
					jr.m.Tick(now)
					n.drain(jr)
				}
			}
		}
	}
}

// stopJobs tells every machine that the node is stopping (job.Stop) and
// carries out what it can of their last effects: the journal and the
// observations (the store closes only after the jobs stage); calls and
// gossip are not started any more, their runs' contexts having ended.
func (n *Node) stopJobs() {
	now := n.nowMs()
	for _, jr := range n.loopRuns() {
		if jr.m != nil && !jr.removed {
			jr.m.Step(now, job.Stop{Why: "the node stopped"})
			n.drain(jr)
		}
	}
}

// loopRuns returns the runs the loop drives.
func (n *Node) loopRuns() []*jobRun {
	n.jobsMu.Lock()
	defer n.jobsMu.Unlock()
	out := make([]*jobRun, 0, len(n.jobs))
	for _, jr := range n.jobs {
		out = append(out, jr)
	}
	return out
}

// armJobTimer sets timer to the earliest time a machine has something to
// do on Tick.
func (n *Node) armJobTimer(timer interface {
	Reset(time.Duration) bool
	Stop() bool
}) {
	var next uint64
	for _, jr := range n.loopRuns() {
		if jr.m == nil {
			continue
		}
		if t := jr.m.NextTick(); t != 0 && (next == 0 || t < next) {
			next = t
		}
	}
	timer.Stop()
	if next == 0 {
		timer.Reset(time.Hour)
		return
	}
	now := n.nowMs()
	wait := time.Duration(0)
	if next > now {
		wait = time.Duration(next-now) * time.Millisecond
	}
	timer.Reset(wait)
}

// stepRun steps in into jr's machine and carries out what it asks for.
func (n *Node) stepRun(jr *jobRun, in job.Input) {
	if jr.m == nil || jr.removed {
		return
	}
	if err := jr.m.Step(n.nowMs(), in); err != nil {
		n.log.Debug("job: input refused", "job", jr.id.Short(), "input", fmt.Sprintf("%T", in), "err", err)
	}
	n.drain(jr)
}

// coreConfig returns the machine's configuration for jr.
func (n *Node) coreConfig(jr *jobRun) job.Config {
	role, _ := job.ParseRole(jr.role) // RolePoster or RoleMember: it parses
	a := jr.awardMsg()
	cfg := job.Config{Role: role, Self: n.auc.self, Job: jr.job, Award: a, SettleDeadlineMs: jr.rec.SettleDeadlineMs, Chain: n.settler != nil}
	jr.mu.Lock()
	if jr.recipe != nil {
		cfg.AuditRateBps = jr.recipe.auditRate()
		cfg.LocalSteps = jr.recipe.leaves().Local
		cfg.ReceiptEvery = uint64(max(jr.recipe.HashEvery, 0))
		cfg.Rejoin = n.cfg.Jobs.Rejoin && role == job.RoleMember && rejoinable(jr.recipe)
		if n.settler != nil && role == job.RolePoster {
			// As escrowed (PostAndTrain): the settlement's audits column.
			cfg.AuditBound = jr.recipe.auditBound(jr.job.GroupSize)
		}
	}
	jr.mu.Unlock()
	if n.cp != nil { // read once the first chain view came back
		cfg.QuorumBps = n.cp.QuorumBps
	}
	return cfg
}

// startPoster builds a poster's machine once the award is signed.
func (n *Node) startPoster(jr *jobRun) {
	if jr.removed {
		return
	}
	jr.mu.Lock()
	jr.rec.Award = n.auc.codec.Encode(*jr.award)
	jr.recipe = jr.rec.Recipe
	jr.mu.Unlock()
	m, err := job.New(n.nowMs(), n.cfg.Jobs.jobParams(), n.coreConfig(jr))
	if err != nil {
		n.log.Warn("job: cannot follow", "job", jr.id.Short(), "err", err)
		n.removeRun(jr)
		return
	}
	jr.m = m
	close(jr.awarded)
	n.drain(jr)
}

// startMember joins the training topic and builds a winner's machine.
func (n *Node) startMember(jr *jobRun) {
	if err := n.joinTrainTopic(jr); err != nil {
		n.save(jr, func(r *JobRecord) { r.Stage, r.Why = StageFailed, "join the training topic: "+err.Error() })
		n.emitJob(JobEvent{Job: jr.id, Kind: JobFailed, Err: err, Text: "could not join the training topic"})
		n.removeRun(jr)
		return
	}
	// The machine needs the job's audit rate, a recipe parameter.
	n.withRecipe(jr, func() { n.startMachine(jr) })
}

// drain carries out what jr's machine asks for, in the order of package
// job's doc: persist, call, publish, train, record, show.
func (n *Node) drain(jr *jobRun) {
	rd := jr.m.Ready()
	jr.m.Advance()
	if rd.Empty() {
		return
	}
	if rd.Record != nil {
		n.save(jr, func(r *JobRecord) { r.merge(rd.Record) })
	}
	for _, c := range rd.Calls {
		if n.dropCall != nil && n.dropCall(c) {
			continue // a test's poster that vanished for this call
		}
		if c.Kind == job.CallSettle && !jr.autoSettle {
			// A live poster settles when its caller says so (Settle),
			// so that several jobs go in one transaction.
			jr.held = &c
			continue
		}
		n.spawnJob(jr, "chain call", func() { n.chainCall(jr, c) })
	}
	for _, p := range rd.Publish {
		if p.Audit != nil || p.Evidence != nil || p.Attestation != nil || p.Seat != nil || p.Decline != nil || p.Witness != nil || p.Equivocation != nil {
			n.spawnJob(jr, "publish verified work", func() { n.publishWork(jr, p) })
			continue
		}
		data := job.EncodeReady(jr.id)
		if p.Receipt != nil {
			data = p.Receipt.Encode()
		}
		if t := jr.topic; t != nil {
			n.spawnJob(jr, "publish", func() {
				if err := t.Publish(jr.ctx, data); err != nil && jr.ctx.Err() == nil {
					n.log.Debug("job: publish", "job", jr.id.Short(), "err", err)
				}
			})
		}
	}
	for _, t := range rd.Train {
		switch t.Kind {
		case job.TrainPrepare:
			a, run := jr.awardMsg(), make(chan struct{})
			jr.trainGo = run
			n.spawnJob(jr, "training", func() { n.train(jr, run, a) })
		case job.TrainRun:
			if jr.trainGo != nil {
				close(jr.trainGo)
			}
		case job.TrainCollect:
			h := t.ModelHash
			jr.collect = &h
		case job.TrainDrop:
			n.expel(jr, t.Peer, t.Conviction)
		case job.TrainRejoin:
			a := jr.awardMsg()
			n.spawnJob(jr, "rejoin", func() { n.rejoin(jr, a) })
		}
	}
	if rd.Fetch != nil {
		f := *rd.Fetch
		n.spawnJob(jr, "fetch receipts", func() { n.fetchRecords(jr, f) })
	}
	for _, v := range rd.Verify {
		n.hintShards(jr, v.Member)
		n.recomputeLater(jr, func() { n.verifyPair(jr, v) })
	}
	for _, e := range rd.Recheck {
		n.hintShards(jr, e.Accused)
		n.recomputeLater(jr, func() { n.recheck(jr, e) })
	}
	for _, o := range rd.Observations {
		n.Observe(o)
	}
	for _, e := range rd.Events {
		n.emitCore(jr, e)
	}
	close(jr.changed)
	jr.changed = make(chan struct{})
	// A member's run, or a resumed poster's, ends with its machine; a live
	// poster's ends when its caller says so (Done), having read the
	// outcome.
	if jr.m.Done() && (jr.role == RoleMember || jr.role == RoleStandby || jr.resumed) {
		n.removeRun(jr)
	}
}

// spawnJob runs fn, one of jr's effects, on a goroutine of the node's
// jobs stage (named for diagnostics), unless the run or the node has
// stopped.
func (n *Node) spawnJob(jr *jobRun, name string, fn func()) {
	if jr.ctx.Err() != nil {
		return
	}
	n.goes.Go(stageJobs, name, fn)
}

// coreKinds maps the core's events to the node's; the others are logged.
var coreKinds = map[job.EventKind]JobEventKind{
	job.EventAwarded: JobAwarded, job.EventReceipt: JobReceipt, job.EventTrained: JobTrained, job.EventSettled: JobSettled,
	job.EventRetry: JobRetry, job.EventClaimed: JobClaimed, job.EventChallenge: JobChallenge, job.EventWithdrawn: JobWithdrawn,
	job.EventRefunded: JobRefunded, job.EventSlashed: JobSlashed, job.EventFailed: JobFailed,
	job.EventAudit: JobAudit, job.EventEvidence: JobEvidence, job.EventConvicted: JobEvidence, job.EventAccusation: JobEvidence,
	job.EventSeat: JobSeat, job.EventDeclined: JobDeclined,
}

func (n *Node) emitCore(jr *jobRun, e job.Event) {
	kind, ok := coreKinds[e.Kind]
	if !ok {
		n.log.Info("job: "+string(e.Kind), "job", jr.id.Short(), "text", e.Text, "err", e.Err)
		return
	}
	je := JobEvent{Job: jr.id, Kind: kind, Text: e.Text, Peer: e.Peer, Step: e.Step, Tx: jr.txOf(e.Tx), Amount: e.Amount}
	if e.Err != "" {
		je.Err = errors.New(e.Err)
	}
	n.emitJob(je)
}

// --- Chain calls -----------------------------------------------------------------

// chainCall carries out one chain call of jr's machine and steps its
// result back.
func (n *Node) chainCall(jr *jobRun, c job.Call) {
	res := n.callChain(jr, c)
	res.ID = c.ID
	n.postJob(func() { n.stepRun(jr, res) })
}

func (n *Node) callChain(jr *jobRun, c job.Call) job.CallResult {
	ctx := jr.ctx
	jr.mu.Lock()
	award, sig := *jr.award.Msg.(*auction.Award), append([]byte(nil), jr.award.Sig[:]...)
	jr.mu.Unlock()
	id := common.Hash(jr.id)
	self := n.key.Address()
	var tx *chain.Tx
	var txs []*chain.Tx
	var amount *big.Int
	var err error
	switch c.Kind {
	case job.CallView:
		var v *job.ChainView
		v, err = n.chainView(ctx, id, &award)
		if err == nil {
			return job.CallResult{Outcome: job.OK, View: v}
		}
	case job.CallRegisterAward:
		tx, err = n.settler.RegisterAward(ctx, award, sig)
	case job.CallSettle:
		tx, err = n.settler.Settle(ctx, []chain.Payout{n.payout(jr, award, c.Credits, c.Audits)})
	case job.CallSlash:
		if tx, err = n.settler.SlashEquivocation(ctx, c.Evidence.Equivocation()); err == nil {
			amount = n.slashedAmount(tx)
		}
	case job.CallClaim:
		tx, err = n.settler.Claim(ctx, award, sig, self, chainProof(*c.Proof))
		if err == nil {
			// Before the machine withdraws: the tally credits audits to
			// this winner's balance too.
			n.claimTally(ctx, jr, award)
		}
	case job.CallChallenge:
		tx, err = n.settler.ChallengeSteps(ctx, award, self, chainProof(*c.Proof))
	case job.CallSlashFault, job.CallChallengeFault:
		fctx, cancel := n.clk.WithTimeout(ctx, faultCallTimeout)
		tx, amount, err = n.faultCall(fctx, c, award, sig)
		cancel()
	case job.CallRefund:
		if tx, err = n.settler.Refund(ctx, id); err == nil {
			amount = loggedAmount(n.settler, tx, func(e *bindings.SettlementRefunded) *big.Int { return e.Amount })
		}
	case job.CallWithdraw:
		// One withdrawal at a time: each releases its job and then
		// withdraws the whole balance, so two at once would each read a
		// balance the other is about to take.
		n.payMu.Lock()
		var ids []common.Hash
		if c.Release {
			ids = append(ids, id)
		}
		txs, amount, err = n.settler.ReleaseAndWithdraw(ctx, ids...)
		n.payMu.Unlock()
	}
	return n.outcome(jr, append(txs, tx), amount, err)
}

// chainProof returns a step proof in the contract's form.
func chainProof(p job.StepProof) chain.StepProof {
	q := chain.Quorum{Members: append([]int(nil), p.Quorum.Members...)}
	for _, s := range p.Quorum.Sigs {
		q.Sigs = append(q.Sigs, append([]byte(nil), s[:]...))
	}
	roots := make([]common.Hash, len(p.ContribRoots))
	for i, r := range p.ContribRoots {
		roots[i] = common.Hash(r)
	}
	return chain.StepProof{Step: p.Step, ParamsHash: common.Hash(p.ParamsHash), ContribRoots: roots, Quorum: q}
}

// outcome classifies a chain call's error for the core: a revert is the
// contract's answer; anything else means the chain was out of reach.
func (n *Node) outcome(jr *jobRun, txs []*chain.Tx, amount *big.Int, err error) job.CallResult {
	var res job.CallResult
	for _, tx := range txs {
		if tx != nil {
			jr.keepTx(tx)
			res.Txs = append(res.Txs, job.Tx{Method: tx.Method, Hash: tx.Hash.Hex()})
		}
	}
	switch {
	case err == nil:
		res.Outcome, res.Amount = job.OK, amount
	case errors.Is(err, chain.ErrReverted):
		res.Outcome, res.Revert, res.Err = job.Reverted, chain.RevertName(err), err.Error()
	default:
		res.Outcome, res.Err = job.Unreachable, err.Error()
	}
	return res
}

// chainView reads what the chain shows of a job at its head; the price
// comes from the award, which the contract holds only as a hash.
func (n *Node) chainView(ctx context.Context, id common.Hash, award *auction.Award) (*job.ChainView, error) {
	cp, err := n.contractParams(ctx)
	if err != nil {
		return nil, err
	}
	head, err := n.settler.HeadTime(ctx)
	if err != nil {
		return nil, err
	}
	j, err := n.settler.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	credit, err := n.settler.Credit(ctx, id, n.key.Address())
	if err != nil {
		return nil, err
	}
	v := &job.ChainView{HeadMs: uint64(head.UnixMilli()), Status: job.ChainStatus(j.Status), SettleDeadlineMs: uint64(j.SettleDeadline.UnixMilli()),
		GroupSize: j.GroupSize, QuorumBps: cp.QuorumBps, ClaimWindowMs: uint64(cp.ClaimWindow.Milliseconds()),
		Credit: credit.Amount, Released: credit.Released}
	if !j.ReleaseAt.IsZero() {
		v.ReleaseAtMs = uint64(j.ReleaseAt.UnixMilli())
	}
	return v, nil
}

// contractParams reads the contract's parameters once (they are fixed at
// deployment).
func (n *Node) contractParams(ctx context.Context) (chain.ContractParams, error) {
	n.cpMu.Lock()
	defer n.cpMu.Unlock()
	if n.cp != nil {
		return *n.cp, nil
	}
	cp, err := n.settler.ContractParams(ctx)
	if err != nil {
		return cp, err
	}
	n.cp = &cp
	return cp, nil
}

// --- Waiting on a run ------------------------------------------------------------

// waitRun waits until cond, evaluated on the job loop, holds for jr.
func (n *Node) waitRun(ctx context.Context, jr *jobRun, cond func() bool) error {
	for {
		var ok bool
		var changed chan struct{}
		if err := n.inJobLoop(ctx, func() { ok, changed = cond(), jr.changed }); err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		case <-n.runCtx.Done():
			return context.Canceled
		}
	}
}

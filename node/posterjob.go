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
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh/blob"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// JobRequest is a job a poster carries through its whole life: escrow,
// auction, training by the winners, settlement.
type JobRequest struct {
	// Recipe is what the group trains; its hash becomes the job's
	// modelHash and its dataset root the job's datasetRoot.
	Recipe *Recipe
	// Dataset is the data, served by this node to the members.
	Dataset *dataset.Dataset
	// GroupSize, MinVRAMBytes, MinThroughput, Budget, CommitWindow and
	// RevealWindow are the announcement's (JobSpec).
	GroupSize                   uint32
	MinVRAMBytes, MinThroughput uint64
	Budget                      *big.Int
	CommitWindow, RevealWindow  time.Duration
	// SettleWithin is the time from now to the on-chain settle deadline;
	// 0 takes JobsConfig.SettleWithin. After it, winners claim instead.
	SettleWithin time.Duration
}

// JobOutcome is what a posted job came to.
type JobOutcome struct {
	Job   *auction.JobAnnounce
	Award *auction.Award
	// Credits are the steps each award member (winners, then standbys) is
	// credited, from the group's receipts.
	Credits []uint64
	// Receipts is how many step receipts the poster filed.
	Receipts int
	// ModelHash is the final parameters' keccak256 (zero when no member
	// finished), Eval their held-out metrics when the model was collected.
	ModelHash auction.Hash
	Eval      nn.Metrics
	HasEval   bool
	// The job's transactions (nil without a settler).
	Deposit, Settle, Refund *chain.Tx
	// Refunded is the unspent escrow returned to the poster.
	Refunded *big.Int

	run *jobRun
}

// Errors of the poster's side.
var (
	// ErrNoAward: the auction ended without an award.
	ErrNoAward = errors.New("node: the auction drew no award")
	// ErrNoSettler: the node has no settlement layer (WithSettler).
	ErrNoSettler = errors.New("node: no settlement layer configured")
)

// awardWaitMax bounds the wait for the award after the reveal deadline: the
// poster signs it the moment it clears.
const awardWaitMax = 30 * time.Second

// loopReplyWait bounds a wait for the node's loop to answer a question: it
// answers at once unless it is stuck or has stopped.
const loopReplyWait = 5 * time.Second

// PostAndTrain escrows the job's budget (with a settler), serves its recipe
// and data, announces it, waits for the award, and follows the winners'
// training through their receipts until every winner has receipted the last
// step (or FinishGrace after the first did, or StallTimeout without any
// receipt); then it collects the model from a winner and scores it on the
// held-out split. Settle and Refund finish the job.
func (n *Node) PostAndTrain(ctx context.Context, req JobRequest) (*JobOutcome, error) {
	ctx, cancel := n.withRun(ctx)
	defer cancel()
	if err := req.Recipe.Validate(); err != nil {
		return nil, err
	}
	if req.Dataset.Root() != dataset.Hash(req.Recipe.DatasetRoot) {
		return nil, fmt.Errorf("%w: the recipe names dataset %s, the data is %s", ErrRecipe, req.Recipe.DatasetRoot.Short(), req.Dataset.Root().Short())
	}
	within := req.SettleWithin
	if within <= 0 {
		within = n.cfg.Jobs.SettleWithin
	}
	now := n.clk.Now()
	nonce := uint64(now.UnixNano())
	self := n.auc.self
	id := protocol.JobIDOf(self, nonce)
	deadline := now.Add(within)
	if n.settler != nil {
		// The contract measures the deadline in block time, which an
		// embedded chain may run ahead of the wall clock.
		deadline = n.chainNow(ctx).Add(within)
	}
	deadline = deadline.Truncate(time.Second)
	jr := &jobRun{id: id, role: RolePoster, poster: n.host.ID(), awarded: make(chan struct{}), noAward: make(chan string, 1), received: make(chan struct{}, 1), readied: make(chan struct{}, 1),
		rec: &JobRecord{Job: id, Role: RolePoster, Recipe: req.Recipe, SettleDeadlineMs: uint64(deadline.UnixMilli())}}
	if err := n.addRun(jr); err != nil {
		return nil, err
	}
	out := &JobOutcome{run: jr}

	// Serve the recipe (by its keccak256, the modelHash) and the data
	// before anyone can win the job.
	n.blobs.Put([32]byte(req.Recipe.Hash()), req.Recipe.Encode())
	if err := n.blobs.AddDataset(req.Dataset, nil); err != nil {
		n.removeRun(jr)
		return nil, err
	}
	if n.settler != nil {
		var tx *chain.Tx
		err := n.retry(ctx, id, "escrow", func() (err error) {
			_, tx, err = n.settler.Deposit(ctx, chain.JobSpec{Nonce: nonce, GroupSize: req.GroupSize, Steps: uint64(req.Recipe.Steps), Budget: req.Budget, SettleDeadline: deadline})
			return err
		})
		if err != nil {
			n.removeRun(jr)
			return nil, fmt.Errorf("node: escrow the budget: %w", err)
		}
		out.Deposit = tx
		n.save(jr, func(r *JobRecord) { r.Stage = StageEscrowed; r.setTx("deposit", tx) })
		n.emitJob(JobEvent{Job: id, Kind: JobEscrowed, Tx: tx, Amount: req.Budget,
			Text: fmt.Sprintf("escrowed %v for the job, settle by %s (tx %s, gas %d)", req.Budget, deadline.Format(time.TimeOnly), tx.Hash.Hex()[:12], tx.GasUsed)})
	}
	if err := n.joinTrainTopic(jr); err != nil {
		n.removeRun(jr)
		return nil, err
	}
	job, err := n.PostJob(ctx, JobSpec{ModelHash: req.Recipe.Hash(), DatasetRoot: req.Recipe.DatasetRoot, GroupSize: req.GroupSize,
		MinVRAMBytes: req.MinVRAMBytes, MinThroughput: req.MinThroughput, Steps: uint64(req.Recipe.Steps), Budget: req.Budget,
		CommitWindow: req.CommitWindow, RevealWindow: req.RevealWindow, Nonce: nonce})
	if err != nil {
		n.removeRun(jr)
		return nil, err
	}
	out.Job, jr.job = job, job
	n.save(jr, func(r *JobRecord) {
		r.Stage = StagePosted
		if s, ok := n.announcement(ctx, id); ok {
			r.Announce = n.auc.codec.Encode(s)
		}
	})
	n.emitJob(JobEvent{Job: id, Kind: JobPosted, Text: fmt.Sprintf("announced job %s", id.Short())})

	wait := n.clk.Timer(n.clk.Until(time.UnixMilli(int64(job.RevealDeadlineMs))) + time.Duration(n.cfg.Auction.Params.ClockGraceMs)*time.Millisecond + awardWaitMax)
	defer wait.Stop()
	select {
	case <-jr.awarded:
	case why := <-jr.noAward:
		n.failJob(jr, fmt.Errorf("%w: %s", ErrNoAward, why))
		n.removeRun(jr)
		return out, fmt.Errorf("%w: %s", ErrNoAward, why)
	case <-wait.C:
		n.removeRun(jr)
		return out, fmt.Errorf("%w: none within %v of the reveal deadline", ErrNoAward, awardWaitMax)
	case <-ctx.Done():
		n.removeRun(jr)
		return out, ctx.Err()
	}
	jr.mu.Lock()
	out.Award = jr.award.Msg.(*auction.Award)
	awardBytes := n.auc.codec.Encode(*jr.award)
	jr.mu.Unlock()
	n.save(jr, func(r *JobRecord) { r.Stage, r.Award = StageAwarded, awardBytes })
	n.emitJob(JobEvent{Job: id, Kind: JobAwarded, Text: fmt.Sprintf("awarded to %d winners at %v per step", len(out.Award.Winners), out.Award.PricePerStep)})

	n.followTraining(ctx, jr, req.Recipe)
	n.finishTraining(ctx, jr, req.Recipe, req.Dataset, out)
	return out, ctx.Err()
}

// announcement returns the signed announcement of a job this node follows.
func (n *Node) announcement(ctx context.Context, id auction.Hash) (auction.Signed, bool) {
	reply := make(chan auction.Signed, 1)
	n.auc.post(func() {
		if js, ok := n.auc.jobs[id]; ok {
			reply <- js.m.Announce()
		}
		close(reply)
	})
	wait := n.clk.Timer(loopReplyWait)
	defer wait.Stop()
	select {
	case s, ok := <-reply:
		return s, ok
	case <-ctx.Done():
	case <-wait.C:
	}
	return auction.Signed{}, false
}

// followTraining waits for the group's receipts: until every winner has
// receipted the last step, FinishGrace after the first did, or StallTimeout
// without a new receipt.
func (n *Node) followTraining(ctx context.Context, jr *jobRun, r *Recipe) {
	k := len(jr.winners())
	stall := n.clk.Timer(n.cfg.Jobs.StallTimeout)
	defer stall.Stop()
	var grace <-chan time.Time
	var graceTimer *clock.Timer
	defer func() {
		if graceTimer != nil {
			graceTimer.Stop()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-stall.C:
			n.log.Warn("job: no receipt for a while; settling what the group proved", "job", jr.id.Short(), "waited", n.cfg.Jobs.StallTimeout)
			return
		case <-grace:
			return
		case <-jr.received:
			jr.mu.Lock()
			finished := jr.book.Finished()
			jr.mu.Unlock()
			if finished == k {
				return
			}
			if finished > 0 && grace == nil {
				graceTimer = n.clk.Timer(n.cfg.Jobs.FinishGrace)
				grace = graceTimer.C
			}
			stall.Reset(n.cfg.Jobs.StallTimeout)
		}
	}
}

// finishTraining computes the credits, records what the poster saw of each
// winner, collects and scores the model, and journals the job as trained.
func (n *Node) finishTraining(ctx context.Context, jr *jobRun, r *Recipe, ds *dataset.Dataset, out *JobOutcome) {
	jr.mu.Lock()
	credits := jr.book.Credits()
	final, finishers := jr.book.Agreed(uint64(r.Steps))
	out.Receipts = jr.book.Len()
	award := jr.cAward
	jr.mu.Unlock()
	out.Credits = credits
	jr.mu.Lock()
	mismatched := jr.book.Mismatches()
	jr.mu.Unlock()
	for m, step := range mismatched {
		n.Observe(score.Observation{Peer: score.Address(m), Kind: score.KindParamsMismatch, Job: jr.id, Step: step})
	}
	for i, w := range award.Winners {
		o := score.Observation{Peer: score.Address(w), Job: jr.id}
		if credits[i] == uint64(r.Steps) {
			o.Kind = score.KindAwardDelivered
		} else {
			o.Kind, o.Fault, o.Step = score.KindFaultReported, 1, credits[i]+1
			o.Note = fmt.Sprintf("stopped after step %d of %d", credits[i], r.Steps)
		}
		n.Observe(o)
	}
	n.emitJob(JobEvent{Job: jr.id, Kind: JobTrained, Text: fmt.Sprintf("training over: %d of %d winners receipted all %d steps; credits %v", finishers, len(award.Winners), r.Steps, credits)})
	if finishers > 0 && ds != nil {
		if met, err := n.collectModel(ctx, jr, r, ds, common.Hash(final)); err != nil {
			n.log.Warn("job: could not collect the model", "job", jr.id.Short(), "err", err)
		} else {
			out.ModelHash, out.Eval, out.HasEval = auction.Hash(final), met, true
		}
	}
	n.save(jr, func(rec *JobRecord) { rec.Stage, rec.Credits, rec.ModelHash = StageTrained, credits, out.ModelHash })
}

// collectModel fetches the final parameters (hash) from a winner that
// receipted them, checks their hash, keeps them in the job's folder, and
// scores them on the held-out split.
func (n *Node) collectModel(ctx context.Context, jr *jobRun, r *Recipe, ds *dataset.Dataset, hash common.Hash) (nn.Metrics, error) {
	layout, _ := r.Model.Layout()
	limit := min(4*layout.Len(), blob.DefaultParams().BlobBytesMax)
	var lastErr error
	for _, w := range jr.winners() {
		pid, ok := n.peerOf(w)
		if !ok {
			continue
		}
		data, err := n.blobClient.Fetch(ctx, pid.String(), [32]byte(hash), limit)
		if err != nil {
			lastErr = err
			continue
		}
		params, err := paramsFrom(data)
		if err != nil || len(params) != layout.Len() || common.Hash(train.ParamsHash(params)) != hash {
			lastErr = fmt.Errorf("member %s sent a model that does not hash to %s", w.Short(), hash.Hex()[:12])
			continue
		}
		n.blobs.Put(hash, data)
		self := n.host.ID().String()
		eval, err := fetchEval(ctx, dataset.MemFetcher{self: n.blobs}, []string{self}, ds.Manifest)
		if err != nil {
			return nn.Metrics{}, err
		}
		met, err := evaluate(r, params, eval)
		if err != nil {
			return nn.Metrics{}, err
		}
		what := fmt.Sprintf("loss %.3f", met.Loss())
		if r.Model.Kind == nn.KindMLP {
			what = fmt.Sprintf("accuracy %.2f%% (%d of %d)", 100*met.Accuracy(), met.Correct, met.Count)
		}
		n.emitJob(JobEvent{Job: jr.id, Kind: JobModel, Peer: w, Text: fmt.Sprintf("collected the model %s from %s, hash checked; held-out %s", hash.Hex()[:12], w.Short(), what)})
		return met, nil
	}
	if lastErr == nil {
		lastErr = errors.New("no winner reachable")
	}
	return nn.Metrics{}, lastErr
}

// Settle settles the jobs in one transaction (the contract batches them),
// crediting each member the steps its receipts show. A chain that is out of
// reach is tried again until the earliest settle deadline.
func (n *Node) Settle(ctx context.Context, outs ...*JobOutcome) (*chain.Tx, error) {
	ctx, cancel := n.withRun(ctx)
	defer cancel()
	if n.settler == nil {
		return nil, ErrNoSettler
	}
	var payouts []chain.Payout
	deadline := time.Time{}
	for _, o := range outs {
		o.run.mu.Lock()
		payouts = append(payouts, chain.Payout{Award: o.run.cAward, Steps: o.Credits})
		d := time.UnixMilli(int64(o.run.rec.SettleDeadlineMs))
		o.run.mu.Unlock()
		if deadline.IsZero() || d.Before(deadline) {
			deadline = d
		}
	}
	if len(payouts) == 0 {
		return nil, errors.New("node: nothing to settle")
	}
	// Past the deadline the contract refuses the settlement (a revert ends
	// the retries); the context bounds retries against a chain out of
	// reach, in wall time.
	sctx, cancel := n.clk.WithTimeout(ctx, deadline.Sub(n.chainNow(ctx))+time.Minute)
	defer cancel()
	first := outs[0].run.id
	var tx *chain.Tx
	err := n.retry(sctx, first, "settlement", func() (err error) {
		tx, err = n.settler.Settle(sctx, payouts)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("node: settle: %w", err)
	}
	for _, o := range outs {
		o.Settle = tx
		n.save(o.run, func(r *JobRecord) { r.Stage = StageSettled; r.setTx("settle", tx) })
		n.emitJob(JobEvent{Job: o.run.id, Kind: JobSettled, Tx: tx,
			Text: fmt.Sprintf("settled %d job(s) in one transaction: credits %v (tx %s, gas %d)", len(outs), o.Credits, tx.Hash.Hex()[:12], tx.GasUsed)})
	}
	return tx, nil
}

// Refund waits for the job's challenge window to pass, then takes back the
// escrow no member can claim any more and withdraws the poster's balance.
func (n *Node) Refund(ctx context.Context, o *JobOutcome) (*big.Int, error) {
	ctx, cancel := n.withRun(ctx)
	defer cancel()
	if n.settler == nil {
		return nil, ErrNoSettler
	}
	id := common.Hash(o.run.id)
	for {
		job, err := n.settler.Job(ctx, id)
		if err == nil && job.Status != chain.JobSettled {
			return nil, fmt.Errorf("node: refund: the job is %v", job.Status)
		}
		if err == nil && !n.chainNow(ctx).Before(job.ReleaseAt) {
			break
		}
		poll := n.clk.Timer(n.cfg.Jobs.ChainPoll)
		select {
		case <-ctx.Done():
			poll.Stop()
			return nil, ctx.Err()
		case <-poll.C:
		}
	}
	n.payMu.Lock() // see withdraw
	defer n.payMu.Unlock()
	var tx *chain.Tx
	err := n.retry(ctx, o.run.id, "refund", func() (err error) {
		tx, err = n.settler.Refund(ctx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	refunded := new(big.Int)
	for _, l := range n.settler.ReceiptLogs(tx) {
		if r, ok := l.(*bindings.SettlementRefunded); ok {
			refunded = r.Amount
		}
	}
	if bal, err := n.settler.Balance(ctx, n.key.Address()); err == nil && bal.Sign() > 0 {
		if _, err := n.settler.Withdraw(ctx, bal); err != nil {
			return refunded, err
		}
	}
	o.Refund, o.Refunded = tx, refunded
	n.save(o.run, func(r *JobRecord) { r.Stage, r.Paid = StageRefunded, refunded.String(); r.setTx("refund", tx) })
	n.emitJob(JobEvent{Job: o.run.id, Kind: JobRefunded, Tx: tx, Amount: refunded, Text: fmt.Sprintf("refunded %v of unspent escrow (tx %s)", refunded, tx.Hash.Hex()[:12])})
	return refunded, nil
}

// Done releases what the node holds for a finished job (its training
// topic). Call it once the job is settled and refunded.
func (n *Node) Done(o *JobOutcome) { n.removeRun(o.run) }

// withRun returns ctx, also ended when the node stops: a poster's job calls
// end with the node that runs them. The call counts as one of the node's
// jobs until the returned cancel: the node's shutdown waits for it before
// it closes the reputation store the call records into. On a node already
// stopping, ctx is returned cancelled.
func (n *Node) withRun(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	leave, ok := n.goes.enter(stageJobs, "caller's job call")
	if !ok {
		cancel()
		return ctx, cancel
	}
	stop := context.AfterFunc(n.runCtx, cancel)
	return ctx, func() { stop(); cancel(); leave() }
}

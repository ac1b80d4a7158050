package node

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
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
	// BaseModel is the base model file of a fine-tuning job: the bytes
	// whose keccak256 is Recipe.BaseModel, served to the members like the
	// data (nil when the recipe names none).
	BaseModel []byte
	// Tokenizer is a token dataset's canonical tokenizer.json, the bytes
	// whose keccak256 is Recipe.Tokenizer: served to the members by that
	// hash and kept in the job's model file (nil when the recipe names
	// none, or when the poster does not have it: then the model file
	// carries no tokenizer).
	Tokenizer []byte
	// SettleWithin is the time from now to the on-chain settle deadline;
	// 0 takes JobsConfig.SettleWithin. After it, winners claim instead.
	SettleWithin time.Duration
	// Evaluation names the job's independent evaluation (zero: none).
	// Its HeldOutHash must be HeldOutHash of the dataset's manifest: the
	// poster withholds those chunks until the group's last receipts are
	// in (eval.go).
	Evaluation protocol.EvalTerms
}

// JobOutcome is what a posted job came to.
type JobOutcome struct {
	Job   *auction.JobAnnounce
	Award *auction.Award
	// Credits are the steps each award member (winners, then standbys) is
	// credited, from the group's receipts.
	Credits []uint64
	// AuditCredits is the part of each Credits entry that pays the member's
	// audits of the others' work (the rest is the steps it trained).
	AuditCredits []uint64
	// Receipts is how many step receipts the poster filed.
	Receipts int
	// ModelHash is the final parameters' keccak256 (zero when no member
	// finished), Eval their held-out metrics when the model was collected.
	ModelHash auction.Hash
	Eval      nn.Metrics
	HasEval   bool
	// ModelFile is where the collected model is kept (ModelPath), a
	// safetensors file with its provenance; empty when none was written.
	ModelFile string
	// RingOrder is the order the training ring ran in, as the award's
	// winner indices, read back from the members' signed hop statements
	// (learnRingOrder) when the recipe measured one; nil otherwise, or
	// when it could not be read (the event says why).
	RingOrder []int
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
	if req.Recipe.BaseModel != (auction.Hash{}) {
		if got := model.FileHash(req.BaseModel); got != [32]byte(req.Recipe.BaseModel) {
			return nil, fmt.Errorf("%w: the recipe names base model %s, the request's file hashes to %x", ErrRecipe, req.Recipe.BaseModel.Short(), got[:6])
		}
		if len(req.BaseModel) > baseModelBytesMax(req.Recipe.Model) {
			return nil, fmt.Errorf("%w: base model of %d bytes, members fetch at most %d", ErrRecipe, len(req.BaseModel), baseModelBytesMax(req.Recipe.Model))
		}
		if _, err := BaseParams(req.Recipe.Model, req.BaseModel); err != nil {
			return nil, err
		}
	}
	if err := checkRequestTokenizer(req); err != nil {
		return nil, err
	}
	evaluated := req.Evaluation.Set()
	if err := req.Evaluation.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrEvaluation, err)
	}
	if evaluated && (req.Dataset == nil || HeldOutHash(req.Dataset.Manifest) != req.Evaluation.HeldOutHash) {
		return nil, fmt.Errorf("%w: the terms' held-out hash is not the dataset's held-out split (a dataset with none cannot be evaluated)", ErrEvaluation)
	}
	within := req.SettleWithin
	if within <= 0 {
		within = n.cfg.Jobs.SettleWithin
	}
	now := n.clk.Now()
	nonce := uint64(now.UnixNano())
	id := protocol.JobIDOf(n.auc.self, nonce)
	// The contract measures the deadline in block time: the chain head's
	// timestamp (gas is estimated against the head, so a deadline has
	// passed for a call only once a block after it exists), which an
	// embedded chain may run ahead of the wall clock. The wall clock serves
	// when the chain is out of reach.
	deadline := now.Add(within)
	if n.settler != nil {
		if head, err := n.settler.HeadTime(ctx); err == nil {
			deadline = head.Add(within)
		}
	}
	deadline = deadline.Truncate(time.Second)
	jr := newRun(id, RolePoster, auction.Signed{}, nil, n.host.ID(), n.runCtx)
	jr.rec = &JobRecord{Job: id, Role: RolePoster, Recipe: req.Recipe, SettleDeadlineMs: uint64(deadline.UnixMilli())}
	if err := n.addRun(jr); err != nil {
		return nil, err
	}
	out := &JobOutcome{run: jr}

	// Serve the recipe (by its keccak256, the modelHash) and the data
	// before anyone can win the job.
	n.blobs.Put([32]byte(req.Recipe.Hash()), req.Recipe.Encode())
	// A base model or tokenizer larger than a piece is served as a
	// piece list and its pieces (dataset.AddFile): no blob over 4 MiB.
	if req.Recipe.BaseModel != (auction.Hash{}) {
		if _, err := n.blobs.AddFile(req.BaseModel); err != nil {
			n.dropRun(jr)
			return nil, err
		}
		if err := n.keepBaseModel(req.Recipe.BaseModel, req.BaseModel); err != nil {
			n.log.Warn("job: could not keep the base model on disk (served from memory until a restart)", "job", id.Short(), "err", err)
		}
	}
	if len(req.Tokenizer) > 0 {
		if _, err := n.blobs.AddFile(req.Tokenizer); err != nil {
			n.dropRun(jr)
			return nil, err
		}
		if err := n.keepTokenizer(id, req.Tokenizer); err != nil {
			n.log.Warn("job: could not keep the tokenizer on disk (served from memory until a restart)", "job", id.Short(), "err", err)
		}
	}
	// An evaluated job's held-out chunks stay unserved until training
	// ends: the members cannot train on them.
	if err := n.blobs.AddDataset(req.Dataset, servedIndices(req.Dataset.Manifest, evaluated)); err != nil {
		n.dropRun(jr)
		return nil, err
	}
	if n.settler != nil {
		// The budget backs the auction's prices (each at most budget /
		// (groupSize x steps)); the verification share beside it pays the
		// audits the sample draws (job.AuditBound), refunded when unused.
		spec := chain.JobSpec{Nonce: nonce, GroupSize: req.GroupSize, Steps: uint64(req.Recipe.Steps), SettleDeadline: deadline,
			Audits: req.Recipe.auditBound(req.GroupSize)}
		if req.Dataset != nil {
			spec.Data = req.Recipe.dataPool(req.Dataset.Manifest)
		}
		spec.Budget = chain.VerificationEscrow(req.Budget, spec.GroupSize, spec.Steps, spec.Audits)
		var tx *chain.Tx
		err := n.retry(ctx, id, "escrow", func() (err error) {
			_, tx, err = n.settler.Deposit(ctx, spec)
			return err
		})
		if err != nil {
			n.dropRun(jr)
			return nil, fmt.Errorf("node: escrow the budget: %w", err)
		}
		out.Deposit = tx
		n.save(jr, func(r *JobRecord) { r.Stage = StageEscrowed; r.setTx("deposit", tx) })
		n.emitJob(JobEvent{Job: id, Kind: JobEscrowed, Tx: tx, Amount: spec.Budget,
			Text: fmt.Sprintf("escrowed %v for the job (%v for training, %v for up to %d audits), settle by %s (tx %s, gas %d)", spec.Budget, req.Budget,
				new(big.Int).Sub(spec.Budget, req.Budget), spec.Audits, deadline.Format(time.TimeOnly), tx.Hash.Hex()[:12], tx.GasUsed)})
	}
	if evaluated {
		// Before the announcement: bidders find the terms on-chain, and
		// they bind before the award can.
		if n.settler == nil {
			n.dropRun(jr)
			return nil, fmt.Errorf("%w: an evaluation needs a settlement layer", ErrEvaluation)
		}
		if err := n.openEvaluation(ctx, id, req.Evaluation); err != nil {
			n.dropRun(jr)
			return nil, err
		}
	}
	if err := n.joinTrainTopic(jr); err != nil {
		n.dropRun(jr)
		return nil, err
	}
	job, err := n.PostJob(ctx, JobSpec{ModelHash: req.Recipe.Hash(), DatasetRoot: req.Recipe.DatasetRoot, GroupSize: req.GroupSize,
		MinVRAMBytes: req.MinVRAMBytes, MinThroughput: req.MinThroughput, Steps: uint64(req.Recipe.Steps), Budget: req.Budget,
		Audits: req.Recipe.auditBound(req.GroupSize), Evaluation: req.Evaluation,
		CommitWindow: req.CommitWindow, RevealWindow: req.RevealWindow, Nonce: nonce})
	if err != nil {
		n.dropRun(jr)
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
		n.dropRun(jr)
		return out, fmt.Errorf("%w: %s", ErrNoAward, why)
	case <-wait.C:
		n.dropRun(jr)
		return out, fmt.Errorf("%w: none within %v of the reveal deadline", ErrNoAward, awardWaitMax)
	case <-ctx.Done():
		n.dropRun(jr)
		return out, ctx.Err()
	}
	out.Award = jr.awardMsg()
	// The machine follows the winners' receipts until every winner has
	// receipted the last step (or FinishGrace after the first did, or
	// StallTimeout without a receipt), then asks for the model and the
	// settlement, which Settle carries out.
	var (
		collect *auction.Hash
		roots   []ringRoot
	)
	err = n.waitRun(ctx, jr, func() bool {
		if jr.m.Stage() == StageAwarded {
			return false
		}
		out.Credits, out.AuditCredits, out.Receipts, collect = jr.m.Credits(), jr.m.AuditCredits(), jr.m.Book().Len(), jr.collect
		if req.Recipe.measuredOrder() && len(out.Award.Winners) >= ringOrderMin {
			roots = ringRoots(jr.m.Book(), out.Award)
		}
		return true
	})
	if err != nil {
		return out, err
	}
	if roots != nil {
		n.noteRingOrder(ctx, jr, out, roots)
	}
	if evaluated {
		// Training is over (the group's last receipts are in, or it
		// stalled): the evaluators may now score on the held-out set.
		if err := n.revealHeldOut(id, req.Dataset); err != nil {
			return out, err
		}
	}
	if collect != nil && req.Dataset != nil {
		if met, file, err := n.collectModel(ctx, jr, req.Recipe, req.Dataset, common.Hash(*collect)); err != nil {
			n.log.Warn("job: could not collect the model", "job", jr.id.Short(), "err", err)
		} else {
			out.ModelHash, out.Eval, out.HasEval, out.ModelFile = *collect, met, true, file
		}
	}
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

// collectModel fetches the final parameters (hash) from a winner that
// receipted them, checks their hash, keeps them in the job's folder as a
// safetensors file with their provenance (keepModel), and scores them on
// the held-out split.
func (n *Node) collectModel(ctx context.Context, jr *jobRun, r *Recipe, ds *dataset.Dataset, hash common.Hash) (nn.Metrics, string, error) {
	layout, _ := r.Model.Layout()
	limit := 4 * layout.Len()
	var lastErr error
	for _, w := range jr.awardMsg().Winners {
		pid, ok := n.peerOf(w)
		if !ok {
			continue
		}
		// Served whole or in pieces (the parameter hash is the file key
		// of their bytes): a model may be larger than one blob.
		data, _, err := dataset.FetchFile(ctx, n.blobClient, []string{pid.String()}, dataset.Hash(hash), limit)
		if err != nil {
			lastErr = err
			continue
		}
		params, err := paramsFrom(data)
		if err != nil || len(params) != layout.Len() || common.Hash(train.ParamsHash(params)) != hash {
			lastErr = fmt.Errorf("member %s sent a model that does not hash to %s", w.Short(), hash.Hex()[:12])
			continue
		}
		if _, err := n.blobs.AddFile(data); err != nil {
			lastErr = err
			continue
		}
		// A model file needs its architecture's tensor names
		// (train/model); without them the parameters stay in the blob
		// store only.
		file, err := n.keepModel(ctx, jr, r, ds.Manifest.Vocab, params, hash)
		if err != nil {
			n.log.Warn("job: could not keep the model as a file", "job", jr.id.Short(), "err", err)
		}
		self := n.host.ID().String()
		eval, err := fetchEval(ctx, dataset.MemFetcher{self: n.blobs}, []string{self}, ds.Manifest)
		if err != nil {
			return nn.Metrics{}, file, err
		}
		met, err := evaluate(r, params, eval)
		if err != nil {
			return nn.Metrics{}, file, err
		}
		what := fmt.Sprintf("loss %.3f", met.Loss())
		if r.Model.Kind == nn.KindMLP {
			what = fmt.Sprintf("accuracy %.2f%% (%d of %d)", 100*met.Accuracy(), met.Correct, met.Count)
		}
		n.emitJob(JobEvent{Job: jr.id, Kind: JobModel, Peer: w, Text: fmt.Sprintf("collected the model %s from %s, hash checked, kept as %s; held-out %s", hash.Hex()[:12], w.Short(), file, what)})
		return met, file, nil
	}
	if lastErr == nil {
		lastErr = errors.New("no winner reachable")
	}
	return nn.Metrics{}, "", lastErr
}

// Settle settles the jobs in one transaction (the contract batches them),
// crediting each member the steps its receipts show. If the chain is out
// of reach, each job's machine tries its settlement again (alone) with
// back-off until the settle deadline; Settle returns once every job is
// settled or has failed.
func (n *Node) Settle(ctx context.Context, outs ...*JobOutcome) (*chain.Tx, error) {
	ctx, cancel := n.withRun(ctx)
	defer cancel()
	if n.settler == nil {
		return nil, ErrNoSettler
	}
	if len(outs) == 0 {
		return nil, errors.New("node: nothing to settle")
	}
	calls := make([]job.Call, len(outs))
	var payouts []chain.Payout
	var missing error
	err := n.inJobLoop(ctx, func() {
		for i, o := range outs {
			jr := o.run
			jr.autoSettle = true // retries go out at once
			if jr.held == nil {
				missing = fmt.Errorf("node: job %s has no settlement to make (it is %s)", jr.id.Short(), jr.rec.Stage)
				continue
			}
			calls[i], jr.held = *jr.held, nil
			payouts = append(payouts, n.payout(jr, *jr.awardMsg(), calls[i].Credits, calls[i].Audits))
		}
	})
	if err != nil {
		return nil, err
	}
	if missing != nil {
		return nil, missing
	}
	tx, err := n.settler.Settle(ctx, payouts)
	for i, o := range outs {
		jr := o.run
		res := n.outcome(jr, []*chain.Tx{tx}, nil, err)
		res.ID = calls[i].ID
		n.postJob(func() { n.stepRun(jr, res) })
	}
	var failed error
	for _, o := range outs {
		tx, _, ferr, err := n.waitEnd(ctx, o.run, "settle", "settle", StageSettled, StageRefunded)
		if err != nil {
			return nil, err
		}
		o.Settle, failed = tx, cmp.Or(ferr, failed)
	}
	if failed != nil {
		return nil, failed
	}
	if o := outs[0]; o.Settle != nil {
		n.log.Info("job: settled", "jobs", len(outs), "tx", o.Settle.Hash.Hex()[:12], "gas", o.Settle.GasUsed)
	}
	return outs[0].Settle, nil
}

// Refund waits for the job's machine to take back, once the challenge
// window has passed, the escrow no member can claim any more, and to
// withdraw the poster's balance.
func (n *Node) Refund(ctx context.Context, o *JobOutcome) (*big.Int, error) {
	ctx, cancel := n.withRun(ctx)
	defer cancel()
	if n.settler == nil {
		return nil, ErrNoSettler
	}
	tx, paid, failed, err := n.waitEnd(ctx, o.run, "refund", "refund", StageRefunded)
	if err != nil {
		return nil, err
	}
	if failed != nil {
		return nil, failed
	}
	refunded, _ := new(big.Int).SetString(paid, 10)
	if refunded == nil {
		refunded = new(big.Int)
	}
	o.Refund, o.Refunded = tx, refunded
	return refunded, nil
}

// waitEnd waits until jr's machine reaches one of stages, and returns the
// journal's transaction named tx and what the journal says was paid; or
// until it fails, and returns why as failed (named for what); err is the
// wait's own.
func (n *Node) waitEnd(ctx context.Context, jr *jobRun, what, tx string, stages ...Stage) (_ *chain.Tx, paid string, failed, err error) {
	var hash string // read on the job loop, which owns the record
	err = n.waitRun(ctx, jr, func() bool {
		switch st := jr.m.Stage(); {
		case slices.Contains(stages, st):
			paid, hash = jr.rec.Paid, jr.rec.Txs[tx]
			return true
		case st == StageFailed:
			failed = fmt.Errorf("node: %s: %s", what, jr.m.Why())
			return true
		}
		return false
	})
	return jr.txOf(&job.Tx{Hash: hash}), paid, failed, err
}

// dropRun removes a run from outside the job loop.
func (n *Node) dropRun(jr *jobRun) {
	if !n.postJob(func() { n.removeRun(jr) }) {
		n.removeRun(jr) // the loop has stopped
	}
}

// Done releases what the node holds for a finished job (its training
// topic). Call it once the job is settled and refunded.
func (n *Node) Done(o *JobOutcome) { n.postJob(func() { n.removeRun(o.run) }) }

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

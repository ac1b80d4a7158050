package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/gpu"
	tmjob "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/nn"
)

// memberJob is a winner's part in a job: fetch the recipe and its shard from
// the poster, train in the award's ring, sign receipts, then collect the
// pay. It runs on its own goroutine and journals every stage.
func (n *Node) memberJob(ctx context.Context, jr *jobRun, award auction.Signed, member int) {
	a := award.Msg.(*auction.Award)
	n.save(jr, nil)
	if err := n.joinTrainTopic(jr); err != nil {
		n.failJob(jr, fmt.Errorf("join the training topic: %w", err))
		return
	}
	jr.setAward(award, jr.job.Steps)
	n.emitJob(JobEvent{Job: jr.id, Kind: JobAwarded, Text: fmt.Sprintf("won a seat (member %d of %d) at %v per step", member, len(a.Winners), a.PricePerStep)})

	resendCtx, stopResend := context.WithCancel(ctx)
	defer stopResend()
	n.goes.Go(stageJobs, "receipt resend", func() { n.resendReceipts(resendCtx, jr) })

	if err := n.train(ctx, jr, a, member); err != nil {
		n.emitJob(JobEvent{Job: jr.id, Kind: JobTrained, Err: err, Text: "training ended early; collecting what was earned"})
		n.save(jr, func(r *JobRecord) { r.Why = err.Error() })
	}
	n.save(jr, func(r *JobRecord) { r.Stage = StageTrained })
	if n.settler == nil {
		<-ctx.Done() // keep serving receipts and the model until the node stops
		return
	}
	n.collect(ctx, jr)
}

// train runs this member's share of the job to its end.
func (n *Node) train(ctx context.Context, jr *jobRun, a *auction.Award, member int) error {
	holders := []string{jr.poster.String()}
	data, err := n.blobClient.Fetch(ctx, jr.poster.String(), [32]byte(jr.job.ModelHash), recipeBytesMax)
	if err != nil {
		return fmt.Errorf("fetch the recipe from the poster: %w", err)
	}
	r, err := DecodeRecipe(data, jr.job.ModelHash)
	if err != nil {
		return err
	}
	if uint64(r.Steps) != jr.job.Steps || r.DatasetRoot != jr.job.DatasetRoot {
		return fmt.Errorf("%w: the recipe's %d steps or dataset %s differ from the job's", ErrRecipe, r.Steps, r.DatasetRoot.Short())
	}
	n.save(jr, func(rec *JobRecord) { rec.Recipe = r })

	sh, err := fetchShard(ctx, n.blobClient, holders, r, member, len(a.Winners))
	if err != nil {
		return fmt.Errorf("fetch the shard: %w", err)
	}
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFetched, Text: fmt.Sprintf("fetched shard %d of %d from the poster: %d chunks, %d bytes, every chunk verified against root %s",
		member, len(a.Winners), sh.chunks, sh.bytes, r.DatasetRoot.Short())})

	if member == 0 && n.settler != nil {
		// The first winner pins the award on-chain before step 1, so the
		// poster cannot settle under another it signed (README, step 2).
		// The others need not: one binding serves the whole group.
		n.goes.Go(stageJobs, "register award", func() { n.registerAward(ctx, jr, a) })
	}

	ring := make([]peer.ID, len(a.Winners))
	for i, w := range a.Winners {
		id, ok := n.peerOf(w)
		if !ok {
			return fmt.Errorf("no peer ID known for winner %s", w.Short())
		}
		ring[i] = id
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams()) // Recipe.Backend: "cpu" is the only kind groups agree on today
	if err != nil {
		return err
	}
	defer be.Close()
	model, err := nn.New(be, r.Model, sh.rows)
	if err != nil {
		return err
	}
	defer model.Close()
	layout, _ := r.Model.Layout()
	spec := allreduce.DefaultSpec(allreduce.GroupID(jr.id), ring, nil, train.ReduceLen(layout))
	spec.Quorum = groupQuorum(len(ring))
	ap := allreduce.DefaultParams()
	ap.ChunkTimeout, ap.StartTimeout = n.cfg.Jobs.ChunkTimeout, n.cfg.Jobs.StartTimeout
	ap.ProbeTimeout = min(ap.ProbeTimeout, n.cfg.Jobs.ChunkTimeout)
	ap.ViewTimeout = max(4*ap.ProbeTimeout, min(ap.ViewTimeout, 2*n.cfg.Jobs.StartTimeout))
	ap.Log = n.log
	ap.OnFault = func(f allreduce.Fault) {
		n.log.Warn("job: a member left the ring", "job", jr.id.Short(), "fault", f.String())
	}
	g, err := n.allreduce.NewGroup(spec, ap)
	if err != nil {
		return err
	}
	// Form only once every winner's endpoint exists (or StartTimeout has
	// passed): a member still fetching its shard would otherwise be
	// dropped as unreachable by the first to form.
	if have := n.awaitReady(ctx, jr, a.Winners, n.cfg.Jobs.StartTimeout); have < len(a.Winners) {
		n.log.Warn("job: not every winner got ready in time; forming without them", "job", jr.id.Short(), "ready", have, "winners", len(a.Winners))
	}
	formed, err := g.Form(ctx)
	if err != nil {
		g.Close()
		return fmt.Errorf("form the training ring: %w", err)
	}
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFormed, Text: fmt.Sprintf("training ring formed with %d members (%d unreachable)", len(formed.Members), len(formed.Dropped))})

	p := r.params(member)
	p.JobID, p.Quorum = jr.id, spec.Quorum
	if n.cfg.Jobs.CheckpointEvery > 0 {
		p.CheckpointEvery, p.CheckpointDir = n.cfg.Jobs.CheckpointEvery, filepath.Join(n.cfg.DataDir, JobsDir, jr.id.Hex()+".ckpt")
	}
	every := max(1, r.Steps/10)
	params := make([]float32, layout.Len())
	serveModel := func(h [32]byte) error {
		if err := model.ReadParams(params); err != nil {
			return err
		}
		if train.ParamsHash(params) != h {
			return fmt.Errorf("node: the final parameters do not hash to the receipted %x", h[:6])
		}
		n.blobs.Put(h, paramsBytes(params))
		return nil
	}
	opts := []train.Option{train.WithSigner(receiptSigner{n: n, jr: jr, final: serveModel}), train.WithObserver(func(e train.Event) {
		if e.Kind == train.EventStep && (e.Step%every == 0 || e.Step == e.Steps) {
			n.log.Info("job: training", "job", jr.id.Short(), "step", e.Step, "of", e.Steps, "loss", e.Loss, "members", e.Members)
		}
		if n.trainObserve != nil {
			n.trainObserve(jr.id, e)
		}
	})}
	tm, err := train.NewMember(model, NewRingReducer(g), sh.sampler, p, opts...)
	if err != nil {
		g.Close()
		return err
	}
	defer tm.Close()
	res, err := tm.Run(ctx)
	if err != nil {
		g.Close()
		return err
	}
	// The group stays open until every member is done: closing it the
	// instant Run returns can cut off checksum records still queued for the
	// successor (see mesh/allreduce's Limits).
	if !n.goes.Go(stageJobs, "group closer", func() { n.closeWhenDone(ctx, jr, g, len(formed.Members)) }) {
		g.Close() // the node is stopping
	}
	n.save(jr, func(rec *JobRecord) { rec.ModelHash = res.Hash })
	n.emitJob(JobEvent{Job: jr.id, Kind: JobTrained, Step: uint64(res.Steps),
		Text: fmt.Sprintf("trained %d steps with %d members, loss %.3f; serving the model %s", res.Steps, res.Members, res.Loss, auction.Hash(res.Hash).Short())})
	return nil
}

// closeWhenDone closes the member's all-reduce group once every one of the
// group's members (formed of them) has receipted the last step: each has
// then finished its last all-reduce and needs nothing more from the ring.
// A member that left the ring never receipts it, so the wait is bounded by
// ChunkTimeout, the time after which the ring itself gives up on a silent
// member.
func (n *Node) closeWhenDone(ctx context.Context, jr *jobRun, g interface{ Close() }, formed int) {
	defer g.Close()
	bound := n.clk.Timer(n.cfg.Jobs.ChunkTimeout)
	defer bound.Stop()
	for {
		jr.mu.Lock()
		finished := jr.book.Finished()
		jr.mu.Unlock()
		if finished >= formed {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-bound.C:
			return
		case <-jr.received:
		}
	}
}

// groupQuorum is the fewest members a group of k trains on: a strict
// majority would stop a group of two at its first loss, so half, rounded
// up, and never below one.
func groupQuorum(k int) int { return max(1, (k+1)/2) }

func (n *Node) registerAward(ctx context.Context, jr *jobRun, a *auction.Award) {
	jr.mu.Lock()
	ca, sig := jr.cAward, jr.award.Sig
	jr.mu.Unlock()
	err := n.retry(ctx, jr.id, "registering the award", func() error {
		_, err := n.settler.RegisterAward(ctx, ca, sig[:])
		if chain.RevertName(err) == "AwardAlreadyBound" {
			return nil
		}
		return err
	})
	if err != nil && ctx.Err() == nil {
		n.log.Warn("job: could not pin the award on-chain", "job", jr.id.Short(), "err", err)
	}
}

func (n *Node) failJob(jr *jobRun, err error) {
	n.save(jr, func(r *JobRecord) { r.Stage, r.Why = StageFailed, err.Error() })
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFailed, Err: err, Text: err.Error()})
}

// collect waits for the chain to pay this member for the job: after the
// poster's settlement and its challenge window it releases and withdraws
// (first raising its credit with the group's receipts if the poster
// under-credited it); if the poster never settles, it claims once the settle
// deadline has passed. Every call is retried while the chain is out of
// reach. It gives up when the claim window has closed.
func (n *Node) collect(ctx context.Context, jr *jobRun) {
	self := n.key.Address()
	poster := common.Address(jr.job.Poster)
	cp, err := n.contractParams(ctx, jr.id)
	if err != nil {
		return
	}
	challenged := false
	tick := n.clk.Timer(0)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		tick.Reset(n.cfg.Jobs.ChainPoll)
		job, err := n.settler.Job(ctx, common.Hash(jr.id))
		if err != nil {
			n.emitJob(JobEvent{Job: jr.id, Kind: JobRetry, Err: err, Text: "reading the job on-chain failed; trying again"})
			continue
		}
		now := n.chainNow(ctx)
		jr.mu.Lock()
		jp, proved := jr.book.Proof(auction.Address(self), tmjob.QuorumOf(job.GroupSize, cp.QuorumBps))
		proof := chainProof(jp)
		award := jr.cAward
		var sig []byte
		if jr.award != nil {
			sig = append(sig, jr.award.Sig[:]...)
		}
		jr.mu.Unlock()
		switch {
		case job.Status == chain.JobNone:
			n.failJob(jr, errors.New("the job was never escrowed on-chain"))
			return
		case job.Status == chain.JobOpen && now.Before(job.SettleDeadline):
			continue // training or settlement still to come
		case job.Status == chain.JobOpen:
			closes := job.SettleDeadline.Add(cp.ClaimWindow)
			if !now.Before(closes) {
				n.failJob(jr, fmt.Errorf("the poster never settled and the claim window closed at %v", closes))
				return
			}
			if !proved {
				n.failJob(jr, errors.New("the poster never settled and no quorum of receipts proves this member's steps"))
				return
			}
			tx, err := n.settler.Claim(ctx, award, sig, self, proof)
			if err != nil && (!errors.Is(err, chain.ErrReverted) || notYet(err)) {
				n.emitJob(JobEvent{Job: jr.id, Kind: JobRetry, Err: err, Text: "claim failed; trying again"})
				continue
			}
			if err != nil {
				n.failJob(jr, fmt.Errorf("claim: %w", err))
				return
			}
			n.save(jr, func(r *JobRecord) { r.Stage = StageClaimed; r.setTx("claim", tx) })
			n.emitJob(JobEvent{Job: jr.id, Kind: JobClaimed, Tx: tx, Step: proof.Step,
				Text: fmt.Sprintf("the poster did not settle by the deadline: claimed %d steps with %d receipts (tx %s)", proof.Step, len(proof.Quorum.Sigs), tx.Hash.Hex()[:12])})
			n.withdraw(ctx, jr, nil)
			return
		}
		// Settled (or closed after settlement): check the credit, challenge
		// it while the window is open if receipts prove more, then release.
		credit, err := n.settler.Credit(ctx, common.Hash(jr.id), self)
		if err != nil {
			continue
		}
		owed := new(big.Int)
		if proved && award.IndexOf(protocol.Address(self)) < len(award.Winners) {
			owed.Mul(job.PricePerStep, new(big.Int).SetUint64(proof.Step))
		}
		if !challenged && now.Before(job.ReleaseAt) && credit.Amount.Cmp(owed) < 0 {
			challenged = true
			tx, err := n.settler.ChallengeSteps(ctx, award, self, proof)
			if err == nil {
				n.emitJob(JobEvent{Job: jr.id, Kind: JobChallenge, Tx: tx, Step: proof.Step,
					Text: fmt.Sprintf("the poster credited %v, receipts prove %v: raised to %d steps (tx %s)", credit.Amount, owed, proof.Step, tx.Hash.Hex()[:12])})
				continue
			}
			n.log.Warn("job: challenge failed", "job", jr.id.Short(), "err", err)
		}
		if credit.Released || credit.Amount.Sign() == 0 {
			n.withdraw(ctx, jr, nil)
			return
		}
		if now.Before(job.ReleaseAt) {
			continue
		}
		// The poster's settlement is final once its window has passed.
		n.Observe(score.Observation{Peer: score.Address(poster), Kind: score.KindSettlementPaid, Job: jr.id, Amount: credit.Amount})
		n.withdraw(ctx, jr, []common.Hash{common.Hash(jr.id)})
		return
	}
}

// withdraw releases the job's credit (when jobIDs is set) and withdraws the
// member's balance, retrying while the chain is out of reach.
func (n *Node) withdraw(ctx context.Context, jr *jobRun, jobIDs []common.Hash) {
	// One withdrawal at a time: each releases its job and then withdraws
	// the whole balance, so two at once would each read a balance the
	// other is about to take.
	n.payMu.Lock()
	defer n.payMu.Unlock()
	var txs []*chain.Tx
	var paid *big.Int
	err := n.retry(ctx, jr.id, "withdrawal", func() (err error) {
		txs, paid, err = n.settler.ReleaseAndWithdraw(ctx, jobIDs...)
		if chain.RevertName(err) == "NothingToRelease" {
			jobIDs = nil // released by someone else already: withdraw
			txs, paid, err = n.settler.ReleaseAndWithdraw(ctx)
		}
		return err
	})
	if err != nil {
		if ctx.Err() == nil {
			n.failJob(jr, fmt.Errorf("withdraw: %w", err))
		}
		return
	}
	n.save(jr, func(r *JobRecord) {
		r.Stage, r.Paid = StageWithdrawn, paid.String()
		for _, tx := range txs {
			r.setTx(tx.Method, tx)
		}
	})
	var last *chain.Tx
	if len(txs) > 0 {
		last = txs[len(txs)-1]
	}
	text := fmt.Sprintf("withdrew %v", paid)
	if last != nil {
		text += fmt.Sprintf(" (tx %s)", last.Hash.Hex()[:12])
	}
	n.emitJob(JobEvent{Job: jr.id, Kind: JobWithdrawn, Tx: last, Amount: paid, Text: text})
}

func (n *Node) contractParams(ctx context.Context, job auction.Hash) (chain.ContractParams, error) {
	var cp chain.ContractParams
	err := n.retry(ctx, job, "reading the contract's parameters", func() (err error) {
		cp, err = n.settler.ContractParams(ctx)
		return err
	})
	return cp, err
}

func (r *JobRecord) setTx(what string, tx *chain.Tx) {
	if tx == nil {
		return
	}
	if r.Txs == nil {
		r.Txs = map[string]string{}
	}
	r.Txs[what] = tx.Hash.Hex()
}

package node

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync/atomic"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/verify"
)

// train is a winner's part in a job: fetch the recipe and its shard from
// the poster and open the ring endpoint (then tell the machine, which
// announces the member's readiness and waits for the others'), form the
// award's ring and train, signing receipts; the machine is told how it
// ended. The ring forms once run is closed (the machine's TrainRun). It
// runs on its own goroutine; everything it holds is released
// when it returns.
func (n *Node) train(jr *jobRun, run <-chan struct{}, a *auction.Award) {
	res := job.TrainResult{}
	if err := n.trainRun(jr, run, a, &res, false); err != nil {
		if n.runCtx.Err() != nil {
			// The node stops: the job loop's job.Stop tells the machine
			// (stopJobs). Stepped first, this result journaled a member
			// that may rejoin as trained, and restarted it never asked
			// its ring to call it back in (TestMemberRestartRejoins: the
			// others held before step 22 until its 4-minute bound, 1 run
			// in 20).
			return
		}
		res.Err = err.Error()
	}
	n.postJob(func() { n.stepRun(jr, res) })
}

// rejoin is a winner's part in a job it restarted in the middle of
// (job.TrainRejoin, rejoin.go): trainRun asks the ring to call it back
// into its seat and trains on from the group's state there; the machine
// is told how it ended (why it stayed out, too).
func (n *Node) rejoin(jr *jobRun, a *auction.Award) {
	res := job.TrainResult{}
	if err := n.trainRun(jr, nil, a, &res, true); err != nil {
		if n.runCtx.Err() != nil {
			// The node stops, as train's: the job loop's job.Stop tells
			// the machine, which keeps the stage. Stepped first, this
			// result journaled a rejoined member restarted again as
			// trained, and restarted it never asked back in (the
			// restarted-twice rejoin case: 1 run in 12).
			return
		}
		res.Err = "rejoin: " + err.Error()
		n.log.Warn("job: this restarted member did not rejoin its ring", "job", jr.id.Short(), "err", err)
		n.emitJob(JobEvent{Job: jr.id, Kind: JobFormed, Err: err, Text: "restarted mid-training: not back in the ring: " + err.Error()})
	}
	n.postJob(func() { n.stepRun(jr, res) })
}

// trainRun trains jr: a winner from the award's start, a standby once
// called in, or (rejoin) a winner restarted mid-training once its ring
// calls it back into its seat.
func (n *Node) trainRun(jr *jobRun, run <-chan struct{}, a *auction.Award, out *job.TrainResult, rejoin bool) error {
	ctx := jr.ctx
	member := slices.Index(a.Winners, n.auc.self)
	standby := member < 0 // a standby: it trains once called in (callin.go)
	if rejoin && standby {
		return fmt.Errorf("node: only a winner rejoins its ring")
	}
	// Both wait for the ring to call them in, then start from the
	// group's state there (callin.go).
	called := standby || rejoin
	if rejoin {
		if err := n.findPoster(jr); err != nil {
			return err
		}
	}
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
	n.postJob(func() { n.save(jr, func(rec *JobRecord) { rec.Recipe = r }) })

	if standby && !r.callable() {
		return nil // nothing to join: the survivors finish (callin.go)
	}
	peersOf := n.peersOf
	if rejoin {
		// Restarted, it learns the others' peer IDs again from presence.
		peersOf = func(addrs []auction.Address) ([]peer.ID, error) { return n.waitPeersOf(ctx, addrs) }
	}
	winners, err := peersOf(a.Winners)
	if err != nil {
		return err
	}
	// The award's standbys are the ring's, so that it calls them in when
	// a member leaves, where a standby can take over (callin.go).
	var standbys []peer.ID
	if r.callable() {
		if standbys, err = peersOf(a.Standbys); err != nil {
			return err
		}
	}
	ap := n.ringParams(jr)
	// Where the ring may plan a standby in: an outer step's first
	// all-reduce, not a compressed one's values (callin.go).
	ap.JoinPoint = r.joinPoint()
	// A member that signs two contradicting statements of an all-reduce
	// is filed as fault-4 evidence (equivocation.go), at the step after
	// the last one trained here.
	var trained atomic.Uint64
	ap.Equivocated = n.equivocated(jr, &trained)
	// The training ring's order: the award's, or the one measured round
	// trips give (ringorder.go), decided before anyone fetches its shard,
	// by the winners and standbys together, and fixed for the job.
	ring := winners
	if rejoin && r.measuredOrder() && len(winners) >= ringOrderMin {
		// The order was measured once, before the first step, and
		// journaled (fixed for the job): the others' spec lists the
		// winners in it, and so must this one's, or its digest differs.
		if ring, err = n.journaledRing(jr, winners); err != nil {
			return err
		}
	} else if r.measuredOrder() && len(winners) >= ringOrderMin {
		ordered, d, release, oerr := n.orderRing(jr, winners, standbys, ap)
		// Closed when training ends, so that the others can finish
		// agreeing the round trips (orderRing).
		defer release()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		ring = ordered
		if d.Tour {
			n.postJob(func() { n.save(jr, func(rec *JobRecord) { rec.RingOrder = d.Order }) })
		}
		n.emitJob(JobEvent{Job: jr.id, Kind: JobFormed, Text: describeOrder(d, oerr)})
	}
	var sh *shard
	if !called {
		if sh, err = n.fetchJobShard(ctx, jr, r, a, member); err != nil {
			return err
		}
	}

	// A fine-tuning job's base model, fetched before the ring forms so
	// that no member waits on another's download.
	var base []float32
	if r.BaseModel != (auction.Hash{}) {
		if base, err = n.fetchBaseModel(ctx, jr.poster.String(), r); err != nil {
			return err
		}
		n.emitJob(JobEvent{Job: jr.id, Kind: JobFetched, Text: fmt.Sprintf("fetched base model %s from the poster, hash checked: training starts from it", r.BaseModel.Short())})
	}

	// A token dataset's tokenizer, kept for the model files exported
	// from this member's checkpoints; training does not need it, so a
	// poster that does not serve it costs the member nothing else.
	if r.Tokenizer != (auction.Hash{}) {
		if err := n.fetchTokenizer(ctx, jr.poster.String(), jr.id, r); err != nil {
			n.log.Warn("job: no tokenizer from the poster; model files exported here will lack it", "job", jr.id.Short(), "err", err)
		} else {
			n.emitJob(JobEvent{Job: jr.id, Kind: JobFetched, Text: fmt.Sprintf("fetched tokenizer %s from the poster, hash checked", r.Tokenizer.Short())})
		}
	}

	// Every recipe trains in reproducible mode (Recipe.Backend), which
	// gives the same bits on the CPU and on a GPU: the node's device.
	be, err := n.compute.open()
	if err != nil {
		return fmt.Errorf("open the compute device: %w", err)
	}
	defer be.Close()
	layout, _ := r.Model.Layout()
	spec := allreduce.DefaultSpec(allreduce.GroupID(jr.id), ring, standbys, train.ReduceLen(layout))
	spec.Quorum = groupQuorum(len(ring))
	// Per-hop transcripts, signed with the node's key, and every sent
	// segment kept for verifiers (hops.go): a member that tampers with
	// what it forwards is caught by the audits (fault 4).
	spec.Transcripts = true
	if o, _ := codec.ParseOuter(r.Compression); o.On() {
		// Compressed DiLoCo sends small integers (codec.Outer): packed
		// losslessly, so the sums are FP32's and the bytes a fraction.
		spec.Compression = codec.Ints
	}
	g, err := n.allreduce.NewGroup(spec, ap)
	if err != nil {
		return err
	}
	// The node stopping (or the job ending) leaves the group at once: a
	// group left open while the host closes can still coordinate a view,
	// whose probes fail, and drop live members from it.
	defer context.AfterFunc(ctx, g.Close)()
	n.cheatRing(jr, g)
	// A convict is dropped from the ring (expel.go), from now until the
	// training ends.
	n.setRing(jr, g)
	defer n.setRing(jr, nil)
	var (
		formed allreduce.Formed
		join   *joinPoint
		joined []peer.ID // the ring a standby was called into
	)
	if rejoin {
		if err := n.askRejoin(jr, g, member); err != nil {
			g.Close()
			return err
		}
	}
	self := -1 // a standby's seat: from the receipts
	if rejoin {
		self = member // its own
	}
	if called {
		// Wait to be called in; then take over a dropped winner's shard
		// (or, rejoining, its own) from the state the ring agrees on
		// (callin.go).
		var jp joinPoint
		if member, jp, joined, err = n.callIn(jr, g, r, self); err != nil {
			g.Close()
			return err
		}
		join = &jp
		if sh, err = n.fetchJobShard(ctx, jr, r, a, member); err != nil {
			g.Close()
			return err
		}
		formed.Members = g.Members()
	} else {
		// The endpoint exists: the machine announces it and forms once
		// every winner's does (or StartTimeout has passed): a member
		// still fetching its shard would otherwise be dropped as
		// unreachable by the first to form.
		n.postJob(func() { n.stepRun(jr, job.Prepared{}) })
		select {
		case <-run:
		case <-ctx.Done():
			g.Close()
			return ctx.Err()
		}
		if formed, err = g.Form(ctx); err != nil {
			g.Close()
			return fmt.Errorf("form the training ring: %w", err)
		}
		n.emitJob(JobEvent{Job: jr.id, Kind: JobFormed, Text: fmt.Sprintf("training ring formed with %d members (%d unreachable)", len(formed.Members), len(formed.Dropped))})
	}
	// once trains on sh as member: from the seed, or a called-in
	// standby from its join point (callin.go).
	once := func(member int, join *joinPoint, sh *shard) (train.Result, error) {
		model, err := nn.New(be, r.Model, sh.rows)
		if err != nil {
			return train.Result{}, err
		}
		defer model.Close()

		p := r.params(member)
		p.JobID, p.Quorum = jr.id, spec.Quorum
		p.Init = base
		if n.cfg.Jobs.CheckpointEvery > 0 {
			p.CheckpointEvery, p.CheckpointDir = n.cfg.Jobs.CheckpointEvery, filepath.Join(n.cfg.DataDir, JobsDir, jr.id.Hex()+".ckpt")
			if p.Overlap {
				// An overlapped run's whole state exists only at the
				// ends of its receipt periods (train.Params.Overlap).
				p.CheckpointEvery = (p.CheckpointEvery + p.HashEvery - 1) / p.HashEvery * p.HashEvery
			}
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
			// Whole or in pieces: the parameter hash is the file key of
			// their bytes (dataset.FileKey), so the poster fetches them
			// with dataset.FetchFile whatever their size.
			_, err := n.blobs.AddFile(paramsBytes(params))
			return err
		}
		// What verifiers recompute this member's steps from (auditstore.go):
		// the states it commits to, its leaves, the group's sums.
		var rebuild func(*checkpoint.State, []commit.Leaf, func(commit.Hash) ([]float32, bool), uint64) (*checkpoint.State, error)
		if p.LocalSteps == 1 {
			rebuild = func(start *checkpoint.State, leaves []commit.Leaf, sums func(commit.Hash) ([]float32, bool), step uint64) (*checkpoint.State, error) {
				rbe, err := gpu.OpenCPU(gpu.DefaultParams())
				if err != nil {
					return nil, err
				}
				defer rbe.Close()
				return verify.StateAt(rbe, r.Model, p, start, leaves, sums, step)
			}
		}
		n.audit.track(jr.id, uint64(p.HashEvery), rebuild)
		keepState := train.WithStates(func(h commit.Hash, st *checkpoint.State) {
			if err := n.audit.putState(jr.id, h, st); err != nil {
				n.log.Warn("job: cannot keep the training state for verifiers", "job", jr.id.Short(), "step", st.Step, "err", err)
			}
			if p.LocalSteps > 1 && r.callable() {
				// What a standby called in here starts from.
				if err := jr.keepJoin(h, st); err != nil {
					n.log.Warn("job: cannot hash the join state for standbys", "job", jr.id.Short(), "step", st.Step, "err", err)
				}
			}
		})
		opts := []train.Option{train.WithSigner(&receiptSigner{n: n, jr: jr, final: serveModel}), train.WithObserver(func(e train.Event) {
			if e.Kind == train.EventStep && (e.Step%every == 0 || e.Step == e.Steps) {
				n.log.Info("job: training", "job", jr.id.Short(), "step", e.Step, "of", e.Steps, "loss", e.Loss, "members", e.Members)
			}
			if e.Kind == train.EventStep {
				trained.Store(uint64(e.Step))
			}
			switch {
			case e.Kind == train.EventStep && e.Leaf != (commit.Leaf{}):
				n.audit.putLeaf(jr.id, e.Leaf)
			case e.Kind == train.EventCommitment:
				n.audit.putPeriod(jr.id, e.Period)
			}
			if n.trainObserve != nil {
				n.trainObserve(jr.id, e)
			}
		}), keepState}
		cheat, how, err := train.CheatOptions()
		if err != nil {
			return train.Result{}, err
		}
		if n.tamper != nil {
			cheat, how = append(cheat, train.WithTamper(n.tamper)), "a test's tamper"
		}
		if cheat != nil {
			n.log.Warn("job: this member cheats (a test build)", "job", jr.id.Short(), "how", how)
			opts = append(opts, cheat...)
		}
		rr := &recordingReducer{inner: NewRingReducer(g), store: n.audit, job: jr.id, n: train.ContributionLen(layout), compressed: p.Compression.On(),
			second: n.secondStatement}
		if r.measuredOrder() && len(winners) >= ringOrderMin {
			rr.onHops = n.keepRingHops(jr, a)
		}
		if rejoinable(r) {
			rr.onRing = n.witnessRejoins(jr, a, r)
		}
		if join != nil {
			start, err := n.join(jr, rr, r, *join, joined, member)
			if err != nil {
				return train.Result{}, err
			}
			opts = append(opts, train.WithStart(start))
		}
		tm, err := train.NewMember(model, rr, sh.sampler, p, opts...)
		if err != nil {
			return train.Result{}, err
		}
		defer tm.Close()
		return tm.Run(ctx)
	}
	res, err := once(member, join, sh)
	for called && errors.Is(err, allreduce.ErrCallIn) {
		// Put back to standby before its first operation, then called
		// in again later: start over from the state at the new join.
		n.log.Warn("job: this standby's call-in moved; fetching the state again", "job", jr.id.Short(), "err", err)
		var jp joinPoint
		if member, jp, joined, err = n.callIn(jr, g, r, self); err != nil {
			break
		}
		join = &jp
		if sh, err = n.fetchJobShard(ctx, jr, r, a, member); err != nil {
			break
		}
		res, err = once(member, join, sh)
	}
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
	n.log.Info("job: trained", "job", jr.id.Short(), "steps", res.Steps, "members", res.Members, "loss", res.Loss)
	out.ModelHash, out.Steps = auction.Hash(res.Hash), uint64(res.Steps)
	return nil
}

// ringParams are the all-reduce parameters of jr's rings: the node's
// timeouts, its key signing the training ring's transcripts, every sent
// segment kept for verifiers (hops.go).
func (n *Node) ringParams(jr *jobRun) allreduce.Params {
	ap := allreduce.DefaultParams()
	ap.ChunkTimeout, ap.StartTimeout = n.cfg.Jobs.ChunkTimeout, n.cfg.Jobs.StartTimeout
	ap.ProbeTimeout = min(ap.ProbeTimeout, n.cfg.Jobs.ChunkTimeout)
	ap.ViewTimeout = max(4*ap.ProbeTimeout, min(ap.ViewTimeout, 2*n.cfg.Jobs.StartTimeout))
	ap.Log = n.log
	ap.Witness = nodeWitness{n.key}
	ap.KeepSegment = func(h [32]byte, seg []float32) { n.audit.putSegment(jr.id, h, seg) }
	// An expulsion carries the quorum's conviction; the coordinator
	// checks it before it drops the convict (expel.go).
	ap.Convicted = func(p peer.ID, ev []byte) error { return n.checkConviction(jr, p, ev) }
	ap.OnFault = func(f allreduce.Fault) {
		n.log.Warn("job: a member left the ring", "job", jr.id.Short(), "fault", f.String())
	}
	return ap
}

// fetchJobShard fetches member's shard of the job's data from the
// recipe's data holders and the poster, and signs data receipts for what
// the holders delivered (datapay.go).
func (n *Node) fetchJobShard(ctx context.Context, jr *jobRun, r *Recipe, a *auction.Award, member int) (*shard, error) {
	sh, err := fetchShard(ctx, n.blobClient, shardHolders(r, jr.poster), r, member, len(a.Winners))
	if err != nil {
		return nil, fmt.Errorf("fetch the shard: %w", err)
	}
	if r.DataPrice > 0 {
		jr.mu.Lock()
		jr.manifest = sh.manifest
		jr.mu.Unlock()
		// Not sent if the node is stopping (Go refuses then).
		n.goes.Go(stageJobs, "data receipts", func() { n.sendDataReceipts(ctx, jr, r, sh.report) })
	}
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFetched, Text: fmt.Sprintf("fetched shard %d of %d from the poster: %d chunks, %d bytes, every chunk verified against root %s",
		member, len(a.Winners), sh.chunks, sh.bytes, r.DatasetRoot.Short())})
	return sh, nil
}

// peersOf returns the peer IDs of addrs, in order.
func (n *Node) peersOf(addrs []auction.Address) ([]peer.ID, error) {
	out := make([]peer.ID, len(addrs))
	for i, w := range addrs {
		id, ok := n.peerOf(w)
		if !ok {
			return nil, fmt.Errorf("no peer ID known for award member %s", w.Short())
		}
		out[i] = id
	}
	return out, nil
}

// closeWhenDone closes the member's all-reduce group once every one of the
// group's members (formed of them) has receipted the last step: each has
// then finished its last all-reduce and needs nothing more from the ring.
// A member that left the ring never receipts it, so the wait is bounded by
// ChunkTimeout, the time after which the ring itself gives up on a silent
// member.
func (n *Node) closeWhenDone(ctx context.Context, jr *jobRun, g interface{ Close() }, formed int) {
	defer g.Close()
	ctx, cancel := n.clk.WithTimeout(ctx, n.cfg.Jobs.ChunkTimeout)
	defer cancel()
	n.waitRun(ctx, jr, func() bool { return jr.m.Book().Finished() >= formed })
}

// groupQuorum is the fewest members a group of k trains on: a strict
// majority would stop a group of two at its first loss, so half, rounded
// up, and never below one.
func groupQuorum(k int) int { return max(1, (k+1)/2) }

// failJob journals a run that cannot go on (before its machine exists).
func (n *Node) failJob(jr *jobRun, err error) {
	n.save(jr, func(r *JobRecord) { r.Stage, r.Why = StageFailed, err.Error() })
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFailed, Err: err, Text: err.Error()})
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

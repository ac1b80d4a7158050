package node

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// Independent evaluation on the network (issue 21 item 4; PROTOCOL.md,
// "Independent evaluators"). A poster whose job names an evaluation opens
// it on-chain with the deposit, signs its terms in the announcement, serves
// every chunk of the dataset but the held-out split while the group trains,
// and serves the held-out chunks (the reveal) once the group's last
// receipts are in. A node started with Config.Evaluate follows every job
// class, never bids on a job with an evaluation (so it is never one of its
// trainers), and evaluates each such job it is not a member or the poster
// of: the group's final parameter hash from a majority of the winners'
// signed last-step receipts, the model from a member (checked against that
// hash), the held-out chunks from the poster (checked against the dataset's
// manifest, whose held-out chunk list hashes to the committed HeldOutHash),
// the metric with the code `trainmesh model eval` runs (train.Evaluate on
// the CPU backend), then a signed Score submitted on-chain once the award
// is bound, before the job's challenge window ends. After the window it
// finalizes the evaluation (anyone may) and withdraws its fee.

// Evaluation event kinds.
const (
	JobEvalOpened JobEventKind = "eval-opened" // the poster opened the job's evaluation on-chain
	JobRevealed   JobEventKind = "revealed"    // the poster serves the held-out set
	JobScored     JobEventKind = "scored"      // an evaluator submitted its score on-chain
	JobEvaluated  JobEventKind = "evaluated"   // the evaluation was finalized: passed, failed or no quorum
)

// ErrEvaluation reports an evaluation this node could not make or check.
var ErrEvaluation = errors.New("node: evaluation")

// HeldOutHash is the commitment to a dataset's held-out split that a job's
// evaluation terms carry: keccak256 of the content hashes of the manifest's
// held-out chunks, in manifest order (zero when it has none). The manifest
// (the dataset root) already commits to those chunks; this names exactly
// the set the evaluators score on, and the score they sign carries it.
func HeldOutHash(man *dataset.Manifest) auction.Hash {
	idx := man.Indices(dataset.SplitTest, 0, 1)
	if len(idx) == 0 {
		return auction.Hash{}
	}
	parts := make([][]byte, len(idx))
	for k, i := range idx {
		h := man.Chunks[i].Hash
		parts[k] = h[:]
	}
	return protocol.Keccak256(parts...)
}

// ScoreOf is a model's score under terms, in protocol.ScoreScale units:
// its held-out accuracy (a fraction) when the terms' metric is higher-is-
// better, its mean loss otherwise. A loss that is not a finite number
// scores the worst a loss can.
func ScoreOf(t protocol.EvalTerms, m nn.Metrics) uint64 {
	v := m.Loss()
	if t.HigherIsBetter {
		v = m.Accuracy()
	}
	switch {
	case math.IsNaN(v) || v*protocol.ScoreScale >= math.MaxUint64:
		if t.HigherIsBetter {
			return 0
		}
		return math.MaxUint64
	case v <= 0:
		return 0
	}
	return uint64(math.Round(v * protocol.ScoreScale))
}

// FormatScore writes a score as the metric it measures.
func FormatScore(t protocol.EvalTerms, s uint64) string {
	if t.HigherIsBetter {
		return fmt.Sprintf("accuracy %.2f%%", float64(s)/protocol.ScoreScale*100)
	}
	return fmt.Sprintf("loss %.4f", float64(s)/protocol.ScoreScale)
}

// evaluator returns the node's chain layer as an evaluations client, or
// nil when it has none.
func (n *Node) evaluator() chain.Evaluator {
	ev, _ := n.settler.(chain.Evaluator)
	return ev
}

// openEvaluation opens the job's evaluation on-chain (before the
// announcement, so that bidders who check the chain find it).
func (n *Node) openEvaluation(ctx context.Context, id auction.Hash, t protocol.EvalTerms) error {
	ev := n.evaluator()
	if ev == nil {
		return fmt.Errorf("%w: the job names an evaluation and the node's chain layer has none", ErrEvaluation)
	}
	var tx *chain.Tx
	err := n.retry(ctx, id, "open the evaluation", func() (err error) {
		tx, err = ev.OpenEvaluation(ctx, common.Hash(id), chain.EvalTermsOf(t))
		return err
	})
	if err != nil {
		return fmt.Errorf("%w: open: %w", ErrEvaluation, err)
	}
	n.emitJob(JobEvent{Job: id, Kind: JobEvalOpened, Tx: tx, Amount: chain.EvalTermsOf(t).Pot(),
		Text: fmt.Sprintf("opened the evaluation: %d evaluators, %s, %d bps of training pay conditional (tx %s)",
			t.Quorum, passesText(t), t.ConditionalBps, tx.Hash.Hex()[:12])})
	return nil
}

func passesText(t protocol.EvalTerms) string {
	if t.HigherIsBetter {
		return "passes at " + FormatScore(t, t.Threshold) + " or more"
	}
	return "passes at " + FormatScore(t, t.Threshold) + " or less"
}

// checkEvaluation is a bidder's check that the job's evaluation on-chain
// is the one announced (none when none is): the terms decide part of the
// pay, and the contract lets the poster open them until the award is
// pinned, which the first winner does before step 1.
func (n *Node) checkEvaluation(ctx context.Context, j *auction.JobAnnounce) (auction.DeclineReason, error) {
	ev := n.evaluator()
	if ev == nil {
		return 0, nil
	}
	e, err := ev.Evaluation(ctx, common.Hash(j.JobID))
	switch {
	case err != nil && j.Evaluation.Set():
		return auction.DeclineChainDown, fmt.Errorf("read the evaluation: %w", err)
	case err != nil:
		return 0, nil // a deployment without evaluations: nothing to compare
	case e.Outcome == chain.EvalNone && !j.Evaluation.Set():
		return 0, nil
	case e.Outcome == chain.EvalOpen && j.Evaluation.Set() && e.Terms.Same(chain.EvalTermsOf(j.Evaluation)):
		return 0, nil
	}
	return auction.DeclineNoEscrow, fmt.Errorf("the job's evaluation on-chain is %s with terms %+v; the announcement names %+v", e.Outcome, e.Terms, j.Evaluation)
}

// ServeTrainSplit makes the node a data holder of d's chunks but the
// held-out ones: what a holder serves for a job that names an evaluation,
// whose held-out set the poster reveals only after training.
func (n *Node) ServeTrainSplit(d *dataset.Dataset) error {
	return n.blobs.AddDataset(d, servedIndices(d.Manifest, true))
}

// revealHeldOut serves the held-out chunks the poster withheld while the
// group trained.
func (n *Node) revealHeldOut(id auction.Hash, ds *dataset.Dataset) error {
	idx := ds.Manifest.Indices(dataset.SplitTest, 0, 1)
	if err := n.blobs.AddDataset(ds, idx); err != nil {
		return err
	}
	n.emitJob(JobEvent{Job: id, Kind: JobRevealed, Text: fmt.Sprintf("revealed the held-out set (%d chunks, %d records) to the evaluators",
		len(idx), ds.Manifest.Records(dataset.SplitTest))})
	return nil
}

// servedIndices is the chunks a poster serves while its job trains: all of
// them, or all but the held-out split when the job is evaluated.
func servedIndices(man *dataset.Manifest, evaluated bool) []int {
	if !evaluated {
		return nil
	}
	idx := []int{}
	for i, c := range man.Chunks {
		if c.Split != dataset.SplitTest {
			idx = append(idx, i)
		}
	}
	return idx
}

// evaluations tracks the jobs this node evaluates, so that an award heard
// twice starts one evaluation.
type evaluations struct {
	mu   sync.Mutex
	jobs map[auction.Hash]bool
}

func (e *evaluations) start(id auction.Hash) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.jobs[id] {
		return false
	}
	if e.jobs == nil {
		e.jobs = map[auction.Hash]bool{}
	}
	e.jobs[id] = true
	return true
}

// evaluates reports whether this node evaluates job rather than bidding on
// it.
func (n *Node) evaluates(j *auction.JobAnnounce) bool {
	return n.cfg.Evaluate && j.Evaluation.Set() && j.Poster != n.auc.self
}

// startEvaluation starts evaluating an awarded job, when this node is an
// evaluator, the job names an evaluation, and the node is neither its
// poster nor a member of its award (the contract refuses their scores).
func (n *Node) startEvaluation(js *jobState, s auction.Signed) {
	j, a := js.m.Job(), s.Msg.(*auction.Award)
	if !n.evaluates(j) || a.IndexOf(n.auc.self) >= 0 {
		return
	}
	ev := n.evaluator()
	if ev == nil {
		n.log.Warn("evaluate: no chain layer to submit scores to", "job", j.JobID.Short())
		return
	}
	if !n.evals.start(j.JobID) {
		return
	}
	poster := js.poster
	n.goes.Go(stageJobs, "evaluate", func() {
		if err := n.evaluateJob(n.runCtx, ev, j, a, poster); err != nil && n.runCtx.Err() == nil {
			n.log.Warn("evaluate: no score", "job", j.JobID.Short(), "err", err)
			n.emitJob(JobEvent{Job: j.JobID, Kind: JobFailed, Err: err, Text: fmt.Sprintf("could not evaluate: %v", err)})
		}
	})
}

// evaluateJob scores the job's final model and submits the score; then,
// once no score can come any more, finalizes the evaluation and withdraws
// the fee.
func (n *Node) evaluateJob(ctx context.Context, ev chain.Evaluator, j *auction.JobAnnounce, a *auction.Award, poster peer.ID) error {
	id, t := j.JobID, j.Evaluation
	// Scoring closes with the job's challenge window (or when it is
	// closed): the waits below end there.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	closed := make(chan struct{})
	n.goes.Go(stageJobs, "evaluation window", func() {
		defer cancel()
		defer close(closed)
		n.pollChain(ctx, id, func(cj *chain.Job, now time.Time) bool {
			return cj.Status == chain.JobClosed || cj.Settled() && !now.Before(cj.ReleaseAt)
		})
	})
	hash, holders, err := n.finalHash(ctx, j, a)
	if err != nil {
		return err
	}
	recipe, err := n.fetchJobRecipe(ctx, j, poster)
	if err != nil {
		return err
	}
	params, err := n.fetchModel(ctx, recipe, hash, holders)
	if err != nil {
		return err
	}
	heldOut, err := n.fetchHeldOut(ctx, j, poster)
	if err != nil {
		return err
	}
	met, err := evaluate(recipe, params, heldOut)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrEvaluation, err)
	}
	score := ScoreOf(t, met)
	// The contract takes scores once the award is bound (the poster's
	// settlement binds it).
	if !n.pollChain(ctx, id, func(cj *chain.Job, _ time.Time) bool { return cj.AwardHash != (common.Hash{}) }) {
		return fmt.Errorf("%w: the award was not bound on-chain before scoring closed", ErrEvaluation)
	}
	signed, err := ev.SignScore(protocol.Score{JobID: id, Evaluator: n.auc.self, ModelHash: hash, HeldOutHash: t.HeldOutHash, Score: score})
	if err != nil {
		return err
	}
	var tx *chain.Tx
	err = n.retry(ctx, id, "submit the score", func() (err error) {
		tx, err = ev.SubmitScore(ctx, protocol.Award{JobID: a.JobID, Poster: a.Poster, Winners: a.Winners, Standbys: a.Standbys, Prices: a.Prices}, signed)
		return err
	})
	if err != nil {
		return fmt.Errorf("%w: submit: %w", ErrEvaluation, err)
	}
	verdict := "fails"
	if t.Passes(score) {
		verdict = "passes"
	}
	n.emitJob(JobEvent{Job: id, Kind: JobScored, Tx: tx,
		Text: fmt.Sprintf("scored the model %s on %d held-out records: %s (%s), submitted (tx %s)",
			common.Hash(hash).Hex()[:12], met.Count, FormatScore(t, score), verdict, tx.Hash.Hex()[:12])})
	// Once scoring has closed, the result can be computed: by whoever
	// comes first (release finalizes too).
	select {
	case <-closed:
	case <-n.runCtx.Done():
		return nil
	}
	return n.finishEvaluation(n.runCtx, ev, id, t)
}

// finishEvaluation finalizes the job's evaluation if nobody has yet,
// reports its result and withdraws this node's fee.
func (n *Node) finishEvaluation(ctx context.Context, ev chain.Evaluator, id auction.Hash, t protocol.EvalTerms) error {
	e, err := ev.Evaluation(ctx, common.Hash(id))
	if err != nil {
		return err
	}
	if e.Outcome == chain.EvalOpen {
		if _, err := ev.FinalizeEvaluation(ctx, common.Hash(id)); err != nil && !errors.Is(err, chain.ErrReverted) {
			return err
		}
		if e, err = ev.Evaluation(ctx, common.Hash(id)); err != nil {
			return err
		}
	}
	var fee *chain.Tx
	var paid *big.Int
	if bal, err := ev.EvaluationBalance(ctx, n.settler.Address()); err == nil && bal.Sign() > 0 {
		if fee, err = ev.WithdrawEvaluationFees(ctx); err != nil {
			return err
		}
		paid = bal
	}
	text := "evaluation " + EvaluationSummary(t, e)
	if paid != nil {
		text += fmt.Sprintf("; withdrew the evaluator's fee %v", paid)
	}
	n.emitJob(JobEvent{Job: id, Kind: JobEvaluated, Tx: fee, Amount: paid, Text: text})
	return nil
}

// EvaluationSummary says what an evaluation came to: its scores, its
// result and what it means for the conditional share.
func EvaluationSummary(t protocol.EvalTerms, e *chain.Evaluation) string {
	scores := make([]string, len(e.Scores))
	for i, s := range e.Scores {
		scores[i] = FormatScore(t, s.Score)
	}
	s := fmt.Sprintf("%s with %d of %d scores [%s]", e.Outcome, len(e.Scores), t.Quorum, joinComma(scores))
	switch e.Outcome {
	case chain.EvalPassed:
		s += fmt.Sprintf(": median %s %s, the conditional share (%d bps) is paid to the members", FormatScore(t, e.Result), passesText(t), t.ConditionalBps)
	case chain.EvalFailed:
		s += fmt.Sprintf(": median %s, the threshold not met, the conditional share (%d bps) returns to the poster", FormatScore(t, e.Result), t.ConditionalBps)
	case chain.EvalNoQuorum:
		s += fmt.Sprintf(": no result, the conditional share (%d bps) is paid to the members", t.ConditionalBps)
	}
	return s
}

func joinComma(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	return out
}

// pollChain reads the job on-chain every ChainPoll until cond holds
// (true) or ctx ends (false). A read that fails is tried again.
func (n *Node) pollChain(ctx context.Context, id auction.Hash, cond func(j *chain.Job, now time.Time) bool) bool {
	for {
		j, err := n.settler.Job(ctx, common.Hash(id))
		if err == nil {
			if now, err := n.settler.HeadTime(ctx); err == nil && cond(j, now) {
				return true
			}
		}
		if !n.sleep(ctx, n.cfg.Jobs.ChainPoll) {
			return false
		}
	}
}

// sleep waits d on the node's clock; false if ctx ended first.
func (n *Node) sleep(ctx context.Context, d time.Duration) bool {
	t := n.clk.Timer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// finalHash follows the job's training topic until more than half of the
// award's winners have signed a receipt for the last step naming the same
// parameters, and returns that hash and the peers of its signers (who
// serve the model).
func (n *Node) finalHash(ctx context.Context, j *auction.JobAnnounce, a *auction.Award) (auction.Hash, []peer.ID, error) {
	dom := n.cfg.Auction.Domain
	name := TrainTopic(j.JobID)
	members := a.Members()
	validate := func(_ context.Context, m *mesh.Message) mesh.Outcome {
		r, err := job.DecodeReceipt(m.Data)
		if err != nil || r.JobID != j.JobID {
			return mesh.Ignore // the group's other messages are not the evaluator's to judge
		}
		if addr, err := identity.AddressOf(m.Author); err != nil || protocol.Address(addr) != r.Member || verifyReceipt(dom, r) != nil {
			return mesh.Reject
		}
		if !slices.Contains(members, r.Member) {
			return mesh.Ignore
		}
		m.Decoded = r
		return mesh.Accept
	}
	t, err := n.host.Join(name, validate)
	if err != nil {
		return auction.Hash{}, nil, err
	}
	defer n.host.Leave(name)
	signed := map[auction.Hash][]auction.Address{}
	for {
		m, err := t.Next(ctx)
		if err != nil {
			return auction.Hash{}, nil, fmt.Errorf("%w: no majority of the winners signed the last step's parameters: %w", ErrEvaluation, err)
		}
		r, ok := m.Decoded.(*job.Receipt)
		if !ok || r.Step != j.Steps || slices.Contains(signed[r.ParamsHash], r.Member) {
			continue
		}
		signed[r.ParamsHash] = append(signed[r.ParamsHash], r.Member)
		if by := signed[r.ParamsHash]; len(by) > len(a.Winners)/2 {
			var holders []peer.ID
			for _, w := range by {
				if pid, ok := n.peerOf(w); ok {
					holders = append(holders, pid)
				}
			}
			return r.ParamsHash, holders, nil
		}
	}
}

// fetchJobRecipe fetches the job's recipe from its poster, trying again
// every ChainPoll until ctx ends, and checks it against the modelHash.
func (n *Node) fetchJobRecipe(ctx context.Context, j *auction.JobAnnounce, poster peer.ID) (*Recipe, error) {
	for {
		data, err := n.blobClient.Fetch(ctx, poster.String(), [32]byte(j.ModelHash), recipeBytesMax)
		if err == nil {
			return DecodeRecipe(data, j.ModelHash)
		}
		if !n.sleep(ctx, n.cfg.Jobs.ChainPoll) {
			return nil, fmt.Errorf("%w: the recipe: %w", ErrEvaluation, err)
		}
	}
}

// fetchModel fetches the final parameters from the members that signed
// them and checks their hash.
func (n *Node) fetchModel(ctx context.Context, r *Recipe, hash auction.Hash, holders []peer.ID) ([]float32, error) {
	layout, err := r.Model.Layout()
	if err != nil {
		return nil, err
	}
	hs := make([]string, len(holders))
	for i, h := range holders {
		hs[i] = h.String()
	}
	for {
		data, _, err := dataset.FetchFile(ctx, n.blobClient, hs, dataset.Hash(hash), 4*layout.Len())
		if err == nil {
			params, perr := paramsFrom(data)
			if perr != nil || len(params) != layout.Len() || auction.Hash(train.ParamsHash(params)) != hash {
				return nil, fmt.Errorf("%w: the model served does not hash to the group's signed %s", ErrEvaluation, hash.Short())
			}
			return params, nil
		}
		if !n.sleep(ctx, n.cfg.Jobs.ChainPoll) {
			return nil, fmt.Errorf("%w: the model %s: %w", ErrEvaluation, hash.Short(), err)
		}
	}
}

// fetchHeldOut fetches the dataset's manifest, checks that its held-out
// chunks are the ones the terms committed to, and waits for the poster to
// reveal them (each chunk checked against its hash in the manifest).
func (n *Node) fetchHeldOut(ctx context.Context, j *auction.JobAnnounce, poster peer.ID) (any, error) {
	holders := []string{poster.String()}
	var man *dataset.Manifest
	for {
		var err error
		man, _, err = dataset.FetchManifest(ctx, n.blobClient, holders, dataset.Hash(j.DatasetRoot))
		if err == nil {
			break
		}
		if !n.sleep(ctx, n.cfg.Jobs.ChainPoll) {
			return nil, fmt.Errorf("%w: the manifest: %w", ErrEvaluation, err)
		}
	}
	if got := HeldOutHash(man); got != j.Evaluation.HeldOutHash {
		return nil, fmt.Errorf("%w: the dataset's held-out split hashes to %s, the terms committed to %s", ErrEvaluation, got.Short(), j.Evaluation.HeldOutHash.Short())
	}
	idx := man.Indices(dataset.SplitTest, 0, 1)
	for {
		chunks, _, err := dataset.FetchChunks(ctx, n.blobClient, holders, man, idx, 0)
		if err == nil {
			if man.Kind == dataset.KindTabular {
				return dataset.DecodeTabular(man, chunks)
			}
			return dataset.DecodeText(man, chunks)
		}
		// Not revealed yet: the poster serves the held-out chunks once
		// the group's last receipts are in.
		if !n.sleep(ctx, n.cfg.Jobs.ChainPoll) {
			return nil, fmt.Errorf("%w: the held-out set was not revealed: %w", ErrEvaluation, err)
		}
	}
}

package demo

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/progress"
)

// TrainParams configure the demo's two jobs: an MLP on the UCI digits,
// then a small Llama-style language model on Newton's Opticks, tokenized
// by a byte-level BPE the poster trains on the text. Each is a
// real job: escrowed, auctioned, trained by its winners over libp2p (data
// fetched and verified against the dataset's Merkle root, gradients through
// the ring all-reduce), receipted, collected, settled.
type TrainParams struct {
	// DigitsSteps of the MLP (0 skips that job); a multiple of 50.
	DigitsSteps int
	// LMSteps of the language model (0 skips it); a multiple of 50.
	LMSteps int
}

// DefaultTrainParams fit in a few seconds on a laptop-class CPU.
func DefaultTrainParams() TrainParams {
	return TrainParams{DigitsSteps: 400, LMSteps: 150}
}

// receiptEvery is how often members sign a step receipt.
const receiptEvery = 50

// Training is what the demo's jobs trained.
type Training struct {
	// DigitsAccuracy is the MLP's held-out accuracy on the digits, scored
	// by the poster on the model it collected.
	DigitsAccuracy float64
	// LMUnigramEntropy is the entropy of the text's BPE tokens taken one
	// at a time and LMLoss the language model's held-out loss, both in
	// nats per token; LMBytesPerToken converts them to nats per byte.
	LMUnigramEntropy, LMLoss float64
	LMBytesPerToken          float64
	// Identical reports whether every winner of each job signed the same
	// final parameter hash.
	Identical bool
}

// demoJob is one of the demo's jobs.
type demoJob struct {
	name   string
	req    node.JobRequest
	spec   string // what is trained, for people
	csv    string // node 0 of the group logs every step here
	record func(*Training, *node.JobOutcome)
}

func demoJobs(p TrainParams, k uint32, window time.Duration, evaluators int) ([]demoJob, error) {
	var jobs []demoJob
	mk := func(r *node.Recipe, ds *dataset.Dataset) node.JobRequest {
		return node.JobRequest{Recipe: r, Dataset: ds, GroupSize: k, MinVRAMBytes: demoJobVRAM,
			Budget: big.NewInt(int64(k) * int64(r.Steps) * demoCapPrice), CommitWindow: window, RevealWindow: window}
	}
	if p.DigitsSteps > 0 {
		ds, err := corpus.DigitsDataset(0)
		if err != nil {
			return nil, err
		}
		r := &node.Recipe{Model: nn.NewMLP(64, []int{256}, 10), DatasetRoot: auction.Hash(ds.Root()), Backend: node.ModeRepro,
			Steps: p.DigitsSteps, BatchSize: max(1, 128/int(k)), Optimizer: train.AdamW(2e-3),
			Schedule: train.Schedule{Kind: train.ScheduleCosine, WarmupSteps: 10, MinFactor: 0.05}, Seed: 1, HashEvery: receiptEvery}
		req := mk(r, ds)
		if evaluators > 0 {
			// Independent evaluators score the model on the held-out
			// digits, which node 0 serves only after training; a fifth
			// of the members' training pay rides on 90% accuracy.
			req.Evaluation = protocol.EvalTerms{HeldOutHash: node.HeldOutHash(ds.Manifest), HigherIsBetter: true, Threshold: 900_000, Tolerance: 100,
				Fee: big.NewInt(demoEvalFee), Quorum: uint8(evaluators), ConditionalBps: 2_000}
		}
		jobs = append(jobs, demoJob{name: "digits", req: req, csv: "train-digits.csv",
			spec: fmt.Sprintf("MLP [64 256 10] on the UCI handwritten digits, %d steps of %d examples per member", r.Steps, r.BatchSize),
			record: func(t *Training, o *node.JobOutcome) {
				t.DigitsAccuracy = o.Eval.Accuracy()
			}})
	}
	if p.LMSteps > 0 {
		lm, err := opticksBPE()
		if err != nil {
			return nil, err
		}
		spec := nn.NewLlama(nn.LlamaSpec{Vocab: lm.tok.Len(), Context: lmContext, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2})
		r := &node.Recipe{Model: spec, DatasetRoot: auction.Hash(lm.ds.Root()), Tokenizer: auction.Hash(lm.tok.Hash()), Backend: node.ModeRepro,
			Steps: p.LMSteps, BatchSize: max(1, 16/int(k)), Optimizer: train.AdamW(6e-3),
			Schedule: train.Schedule{Kind: train.ScheduleCosine, WarmupSteps: 10, MinFactor: 0.1}, Seed: 1, HashEvery: receiptEvery}
		l, _ := spec.Layout()
		req := mk(r, lm.ds)
		req.Tokenizer = lm.tok.MarshalHF()
		jobs = append(jobs, demoJob{name: "llama-LM", req: req, csv: "train-llama.csv",
			spec: fmt.Sprintf("Llama-style model (2 layers, width 32, 4 query heads on 2 key/value heads, %d parameters) on Newton's Opticks, tokenized by a %d-token byte-level BPE node 0 trained on it in %v (%.2f bytes a token); %d steps of %d×%d tokens per member",
				l.Len(), lm.tok.Len(), lm.took.Round(time.Millisecond), lm.bytesPerToken, r.Steps, r.BatchSize, lmContext),
			record: func(t *Training, o *node.JobOutcome) {
				t.LMUnigramEntropy, t.LMLoss, t.LMBytesPerToken = lm.entropy, o.Eval.Loss(), lm.bytesPerToken
			}})
	}
	return jobs, nil
}

// runJobs posts the demo's jobs from node 0 one after the other, settles
// them in one transaction, lets the challenge window pass on the embedded
// chain, and waits until every winner has withdrawn its pay and node 0 its
// refund.
func runJobs(ctx context.Context, nodes []*node.Node, d *demoChain, p Params, w *jobWatch, logDir string, out io.Writer) (*Training, []JobSummary, error) {
	k := uint32(1)
	if p.Nodes > 2 {
		k = 2
	}
	jobs, err := demoJobs(p.Train, k, p.AuctionWindow, p.Evaluators)
	if err != nil {
		return nil, nil, err
	}
	if len(jobs) == 0 {
		return nil, nil, nil
	}
	poster := nodes[0]
	res := &Training{Identical: true}
	var outs []*node.JobOutcome
	var sums []JobSummary
	for n, j := range jobs {
		fmt.Fprintf(out, "\njob %d: %s\n  %s\n  node 0 escrows %v (at most %v per member per step for %d members), then auctions it: sealed bids for %v, reveals for %v\n\n",
			n+1, j.name, j.spec, j.req.Budget, demoCapPrice, k, p.AuctionWindow, p.AuctionWindow)
		w.start(j.name, filepath.Join(logDir, j.csv), j.req.Recipe.Steps)
		o, err := poster.PostAndTrain(ctx, j.req)
		if err != nil {
			return res, sums, fmt.Errorf("demo: %s job: %w", j.name, err)
		}
		if err := w.finish(); err != nil {
			return res, sums, err
		}
		agree, of, asks, thresholds := w.auction.report(o.Award)
		if !o.HasEval {
			return res, sums, fmt.Errorf("demo: %s job: no model collected", j.name)
		}
		j.record(res, o)
		finished := 0
		for i := range o.Award.Winners {
			// Its credit is the steps it trained and, with no standby to
			// verify, its audits of the other winner.
			if o.Credits[i]-o.AuditCredits[i] == uint64(j.req.Recipe.Steps) {
				finished++
			}
		}
		res.Identical = res.Identical && finished == len(o.Award.Winners)
		switch j.name {
		case "digits":
			fmt.Fprintf(out, "  result   node 0 scored the collected model: held-out accuracy %.2f%% (%d of %d test digits); all %d winners signed parameters %s (bit-identical: %v)\n",
				100*o.Eval.Accuracy(), o.Eval.Correct, o.Eval.Count, len(o.Award.Winners), o.ModelHash.Short(), finished == len(o.Award.Winners))
		default:
			fmt.Fprintf(out, "  result   held-out loss %.3f nats/token (%.2f bits a byte); the tokens' unigram entropy is %.3f nats (%.2f bits a byte): %.0f%% below it\n",
				res.LMLoss, res.LMLoss/math.Ln2/res.LMBytesPerToken, res.LMUnigramEntropy, res.LMUnigramEntropy/math.Ln2/res.LMBytesPerToken, 100*(1-res.LMLoss/res.LMUnigramEntropy))
		}
		if o.ModelFile != "" && p.DataDir != "" {
			// Kept only with --data-dir: a temporary data dir is gone
			// when the demo exits.
			fmt.Fprintf(out, "  model    node 0 kept it with its signed provenance as %s (trainmesh model verify FILE, model info FILE)\n", o.ModelFile)
		}
		outs = append(outs, o)
		js := JobSummary{Name: j.name, Job: o.Job.JobID, Asks: asks, Thresholds: thresholds, Prices: o.Award.Prices[:len(o.Award.Winners)], Credits: o.Credits, Paid: map[int]*big.Int{}, Agree: agree, Checked: of}
		for _, a := range o.Award.Winners {
			js.Winners = append(js.Winners, w.auction.index[a])
		}
		for _, a := range o.Award.Standbys {
			js.Standbys = append(js.Standbys, w.auction.index[a])
		}
		js.StandbyPrices = o.Award.Prices[len(o.Award.Winners):]
		sums = append(sums, js)
	}

	// Scores count until the challenge window ends: wait for every
	// evaluator's before fast-forwarding past it.
	evaluators := make([]int, p.Evaluators)
	for e := range evaluators {
		evaluators[e] = p.Nodes + e
	}
	for _, o := range outs {
		if !o.Job.Evaluation.Set() {
			continue
		}
		for _, i := range evaluators {
			if _, err := w.await(ctx, o.Job.JobID, i, node.JobScored); err != nil {
				return res, sums, err
			}
		}
	}
	fmt.Fprintf(out, "\nsettlement: node 0 settles %d job(s) in one transaction, crediting each winner price × steps its receipts show\n", len(outs))
	if _, err := poster.Settle(ctx, outs...); err != nil {
		return res, sums, err
	}
	fmt.Fprintf(out, "  the credits become withdrawable after the %v challenge window: fast-forwarding the embedded chain past it\n", d.cp.ChallengeWindow)
	if err := d.emb.AdvanceTime(d.cp.ChallengeWindow); err != nil {
		return res, sums, err
	}
	for n, o := range outs {
		// Every award member credited something withdraws it: the winners
		// for their steps, a standby for its audits.
		for k, a := range slices.Concat(o.Award.Winners, o.Award.Standbys) {
			if k >= len(o.Credits) || o.Credits[k] == 0 {
				continue
			}
			i := w.auction.index[a]
			paid, err := w.waitPaid(ctx, o.Job.JobID, i)
			if err != nil {
				return res, sums, err
			}
			sums[n].Paid[i] = paid
		}
		refunded, err := poster.Refund(ctx, o)
		if err != nil {
			return res, sums, err
		}
		sums[n].Refunded = refunded
		if o.Job.Evaluation.Set() {
			if sums[n].Evaluation, err = evaluationOf(ctx, d, w, o, evaluators); err != nil {
				return res, sums, err
			}
			fmt.Fprintf(out, "  evaluation of the %s job: %s\n", sums[n].Name, node.EvaluationSummary(o.Job.Evaluation, &chain.Evaluation{
				Terms: chain.EvalTermsOf(o.Job.Evaluation), Outcome: sums[n].Evaluation.Outcome, Result: sums[n].Evaluation.Result, Scores: scoresOf(sums[n].Evaluation)}))
		}
	}
	return res, sums, nil
}

// demoEvalFee is each agreeing evaluator's fee (base units: 0.05 test
// dollars).
const demoEvalFee = 50_000

// evaluationOf waits until each evaluator has finalized (or found
// finalized) the job's evaluation and withdrawn its fee, and reads the
// evaluation back from the chain.
func evaluationOf(ctx context.Context, d *demoChain, w *jobWatch, o *node.JobOutcome, evaluators []int) (*Evaluation, error) {
	ev := &Evaluation{Terms: o.Job.Evaluation, Fees: map[int]*big.Int{}, Withheld: new(big.Int)}
	for _, i := range evaluators {
		e, err := w.await(ctx, o.Job.JobID, i, node.JobEvaluated)
		if err != nil {
			return nil, err
		}
		if e.Amount != nil {
			ev.Fees[i] = e.Amount
		}
	}
	e, err := d.clients[0].Evaluation(ctx, common.Hash(o.Job.JobID))
	if err != nil {
		return nil, err
	}
	ev.Outcome, ev.Result = e.Outcome, e.Result
	for _, s := range e.Scores {
		ev.Scores = append(ev.Scores, s.Score)
		ev.Evaluators = append(ev.Evaluators, w.auction.index[auction.Address(s.Evaluator)])
	}
	return ev, nil
}

func scoresOf(e *Evaluation) []chain.EvalScore {
	out := make([]chain.EvalScore, len(e.Scores))
	for i, s := range e.Scores {
		out[i] = chain.EvalScore{Score: s}
	}
	return out
}

// jobWatch narrates the job lifecycle: job events of every node, the
// first winner's training progress, and its loss curve; it hands each
// winner's withdrawal to waitPaid.
type jobWatch struct {
	out     io.Writer
	auction *auctionWatch

	mu       sync.Mutex // mu guards the following
	name     string
	csvPath  string
	steps    int
	reporter *progress.Reporter
	csv      *progress.CSVLog
	csvFile  *os.File
	curve    []float64
	shower   int // the node whose training is shown (the first winner); -1 before it reports, -2 once the job is over
	started  time.Time
	paid     map[paidKey]chan paidResult
	events   map[eventKey]chan node.JobEvent // evaluators' events, for await
}

type eventKey struct {
	job  auction.Hash
	node int
	kind node.JobEventKind
}

type paidKey struct {
	job  auction.Hash
	node int
}

type paidResult struct {
	amount *big.Int
	err    error
}

func newJobWatch(out io.Writer, a *auctionWatch) *jobWatch {
	return &jobWatch{out: out, auction: a, shower: -1, paid: map[paidKey]chan paidResult{}, events: map[eventKey]chan node.JobEvent{}}
}

func (w *jobWatch) eventsFor(k eventKey) chan node.JobEvent {
	c, ok := w.events[k]
	if !ok {
		c = make(chan node.JobEvent, 1)
		w.events[k] = c
	}
	return c
}

// await waits for node i's first event of kind about job; an evaluator
// that fails (JobFailed) ends the wait with its reason.
func (w *jobWatch) await(ctx context.Context, job auction.Hash, i int, kind node.JobEventKind) (node.JobEvent, error) {
	w.mu.Lock()
	ch, failed := w.eventsFor(eventKey{job, i, kind}), w.eventsFor(eventKey{job, i, node.JobFailed})
	w.mu.Unlock()
	select {
	case e := <-ch:
		return e, nil
	case e := <-failed:
		return e, fmt.Errorf("demo: node %d: %s", i, e.Text)
	case <-ctx.Done():
		return node.JobEvent{}, fmt.Errorf("demo: node %d: no %s event: %w", i, kind, ctx.Err())
	}
}

// start begins narrating a job whose first winner logs every step to
// csvPath.
func (w *jobWatch) start(name, csvPath string, steps int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.name, w.csvPath, w.steps, w.curve, w.shower, w.started = name, csvPath, steps, nil, -1, wall.Now()
}

// finish ends a job's narration: it prints the loss curve.
func (w *jobWatch) finish() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.reporter != nil {
		w.reporter.Finish()
		w.reporter = nil
	}
	if w.csvFile != nil {
		w.csvFile.Close()
		w.csvFile = nil
	}
	// Members may still report after the poster gave up on a stalled
	// job: their events are not this narration's any more.
	w.shower = -2
	if len(w.curve) == 0 {
		return fmt.Errorf("demo: the %s job trained no step", w.name)
	}
	fmt.Fprintf(w.out, "  loss curve %s  %.3f → %.3f in %v (log: %s)\n", sparkline(w.curve, 40), w.curve[0], w.curve[len(w.curve)-1],
		wall.Since(w.started).Round(time.Millisecond), w.csvPath)
	return nil
}

func (w *jobWatch) chanFor(k paidKey) chan paidResult {
	c, ok := w.paid[k]
	if !ok {
		c = make(chan paidResult, 1)
		w.paid[k] = c
	}
	return c
}

// waitPaid waits until node i withdrew its pay for job.
func (w *jobWatch) waitPaid(ctx context.Context, job auction.Hash, i int) (*big.Int, error) {
	w.mu.Lock()
	ch := w.chanFor(paidKey{job, i})
	w.mu.Unlock()
	select {
	case r := <-ch:
		return r.amount, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("demo: node %d was not paid: %w", i, ctx.Err())
	}
}

// observer returns node i's job observer.
func (w *jobWatch) observer(i int) func(node.JobEvent) {
	return func(e node.JobEvent) {
		w.mu.Lock()
		defer w.mu.Unlock()
		who := fmt.Sprintf("node %d", i)
		switch e.Kind {
		case node.JobReceipt, node.JobRetry:
			return // many; the progress line shows training
		case node.JobScored, node.JobEvaluated:
			select {
			case w.eventsFor(eventKey{e.Job, i, e.Kind}) <- e:
			default:
			}
		case node.JobWithdrawn:
			select {
			case w.chanFor(paidKey{e.Job, i}) <- paidResult{amount: e.Amount}:
			default:
			}
		case node.JobFailed:
			select {
			case w.chanFor(paidKey{e.Job, i}) <- paidResult{err: fmt.Errorf("demo: node %d: %s", i, e.Text)}:
			default:
			}
			select {
			case w.eventsFor(eventKey{e.Job, i, e.Kind}) <- e:
			default:
			}
		}
		fmt.Fprintf(w.out, "  %-8s %s %s\n", e.Kind, who, e.Text)
	}
}

// trainObserver returns node i's training observer: the first member to
// report shows the group's progress and writes the CSV log.
func (w *jobWatch) trainObserver(i int) func(auction.Hash, train.Event) {
	return func(job auction.Hash, e train.Event) {
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.shower == -1 && e.Kind == train.EventStep {
			w.shower = i
			w.reporter = progress.New(w.out, fmt.Sprintf("  node %d", i), w.steps, 0)
			if f, err := os.Create(w.csvPath); err == nil {
				w.csvFile, w.csv = f, progress.NewCSVLog(f)
			}
		}
		if i != w.shower {
			return
		}
		if e.Kind == train.EventStep {
			w.reporter.Observe(e)
			if e.Synced {
				w.curve = append(w.curve, e.Loss)
			}
		}
		if w.csv != nil {
			w.csv.Observe(e)
		}
	}
}

// sparkline draws values (at most width buckets, each its mean) as block
// characters from lowest to highest.
func sparkline(vs []float64, width int) string {
	if len(vs) == 0 {
		return ""
	}
	n := min(width, len(vs))
	means := make([]float64, n)
	lo, hi := math.Inf(1), math.Inf(-1)
	for b := range means {
		s, e := b*len(vs)/n, (b+1)*len(vs)/n
		for _, v := range vs[s:e] {
			means[b] += v / float64(e-s)
		}
		lo, hi = math.Min(lo, means[b]), math.Max(hi, means[b])
	}
	const bars = "▁▂▃▄▅▆▇█"
	runes := []rune(bars)
	var sb strings.Builder
	for _, m := range means {
		k := 0
		if hi > lo {
			k = int((m - lo) / (hi - lo) * float64(len(runes)-1))
		}
		sb.WriteRune(runes[k])
	}
	return sb.String()
}

// lmVocab and lmContext shape the demo's language model. A 384-token BPE
// (128 merges) over contexts of 16 tokens (about 30 bytes of text, the
// char transformer's 32 characters) makes a Llama step cheaper than the
// char transformer's at width 32 (BENCHMARKS.md, "The demo's language
// model"): half the positions, and a head of 384 rather than 512.
const (
	lmVocab   = 384
	lmContext = 16
)

// lmData is the demo's tokenized Opticks.
type lmData struct {
	tok           *bpe.Tokenizer
	ds            *dataset.Dataset
	entropy       float64 // of the token ids taken one at a time, nats
	bytesPerToken float64
	took          time.Duration // training the tokenizer
}

// opticksBPE trains the poster's tokenizer on the text the members train
// on (the first 90%; the rest is held out, as BuildTokens holds out the
// last ids) and tokenizes the whole text with it.
func opticksBPE() (*lmData, error) {
	text, err := corpus.Opticks()
	if err != nil {
		return nil, err
	}
	raw := make([]byte, len(text.Tokens))
	for i, id := range text.Tokens {
		raw[i] = text.Vocab[id]
	}
	t0 := wall.Now()
	tok, err := bpe.Train(raw[:len(raw)-len(raw)/10], lmVocab)
	if err != nil {
		return nil, err
	}
	took := wall.Since(t0)
	ids := tok.Encode(raw)
	p := dataset.DefaultBuildParams("newton-opticks")
	p.ChunkBytes, p.TestFraction = 8<<10, 0.1
	ds, err := dataset.BuildTokens(&dataset.Tokens{Vocab: tok.Len(), Tokenizer: dataset.Hash(tok.Hash()), IDs: ids}, p)
	if err != nil {
		return nil, err
	}
	counts := make([]int, tok.Len())
	for _, id := range ids {
		counts[id]++
	}
	h, n := 0.0, float64(len(ids))
	for _, c := range counts {
		if c > 0 {
			h -= float64(c) / n * math.Log(float64(c)/n)
		}
	}
	return &lmData{tok: tok, ds: ds, entropy: h, bytesPerToken: float64(len(raw)) / n, took: took}, nil
}

package verify

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// This file is `trainmesh bench verify`'s measurement: unlike the rest of
// the package it reads the clock.

// BenchParams configure Measure.
type BenchParams struct {
	// Model is "mlp" (the digits MLP, 64-256-10) or "charlm" (the demo's
	// 2-layer transformer on the Opticks text).
	Model string
	// Members in the group that trains, ≥ 1.
	Members int
	// Steps the group trains, ≥ HashEvery; Batch rows per member per step.
	Steps, Batch int
	// HashEvery is the receipt period in steps (train.Params.HashEvery).
	HashEvery int
	// Local is H, the local steps per all-reduce (DiLoCo); 0 or 1:
	// synchronous. With H > 1 the checks are of outer steps (each
	// recomputes the H local steps before it), the member's compute is
	// counted per outer step, and the cost and detection figures count
	// one job audit per member besides the rate (job.JobAuditStep).
	Local int
	// Checks is how many (member, step) pairs are verified and timed.
	Checks int
	// Rate is the fraction of (member, step) pairs verifiers check, in
	// (0, 1], for the cost and detection figures: of outer steps with
	// Local > 1.
	Rate float64
	// JobSteps is the job length the detection probability is computed
	// for (train.DefaultParams().Steps by default).
	JobSteps int
	// Seed draws the checked pairs.
	Seed uint64
}

// DefaultRate is the verification rate the figures use by default: the
// job's default audit rate (job.DefaultAuditRateBps, 5%; train may not
// import job, so cmd/trainmesh's TestBenchVerifyRateIsTheJobs holds the
// two equal), the lowest
// round rate that catches a member lazy on every step of a default job
// (100 steps) with probability at least 0.99 (1 − 0.95¹⁰⁰ ≈ 0.994; 0.045
// is the bound).
const DefaultRate = 0.05

// DefaultOuterRate is the default audit rate per outer step of a
// local-steps (DiLoCo) job (job.DefaultOuterAuditRateBps, 5%, held equal
// by the same test), to which each member's one job audit adds.
const DefaultOuterRate = 0.05

// DefaultLocalJobSteps is the job length the local-steps figures use by
// default: the job file's 400 steps, whose receipt period (50) H must
// divide, 40 outer steps at H = 10.
const DefaultLocalJobSteps = 400

// DefaultBenchParams: the MLP, a group of 4, 40 steps of 32 rows with
// receipts every 10 steps, 20 checks, DefaultRate, a default-length job.
func DefaultBenchParams() BenchParams {
	return BenchParams{Model: "mlp", Members: 4, Steps: 40, Batch: 32, HashEvery: 10, Checks: 20,
		Rate: DefaultRate, JobSteps: train.DefaultParams().Steps, Seed: 1}
}

// Validate reports the first problem with p.
func (p BenchParams) Validate() error {
	switch {
	case p.Model != "mlp" && p.Model != "charlm":
		return fmt.Errorf("%w: model %q, want mlp or charlm", train.ErrParams, p.Model)
	case p.Members < 1 || p.Members > 64:
		return fmt.Errorf("%w: group of %d, want 1 to 64", train.ErrParams, p.Members)
	case p.HashEvery < 1 || p.Steps < p.HashEvery || p.Batch < 1:
		return fmt.Errorf("%w: %d steps of %d rows, receipts every %d", train.ErrParams, p.Steps, p.Batch, p.HashEvery)
	case p.Local > 1 && (p.HashEvery%p.Local != 0 || p.Steps%p.Local != 0 || p.JobSteps < p.Local):
		return fmt.Errorf("%w: %d local steps must divide the receipt period %d, the %d steps and fit the job's %d", train.ErrParams, p.Local, p.HashEvery, p.Steps, p.JobSteps)
	case p.Checks < 1:
		return fmt.Errorf("%w: %d checks, want ≥ 1", train.ErrParams, p.Checks)
	case !(p.Rate > 0 && p.Rate <= 1):
		return fmt.Errorf("%w: rate %v, want (0, 1]", train.ErrParams, p.Rate)
	case p.JobSteps < 1:
		return fmt.Errorf("%w: job of %d steps", train.ErrParams, p.JobSteps)
	}
	return nil
}

// BenchResult are Measure's figures. Times are means.
type BenchResult struct {
	Params BenchParams `json:"params"`
	// Floats is the length of a contribution (gradient and statistics).
	Floats int `json:"contribution_floats"`
	// MemberStep is one member's compute per step (forward, backward,
	// update and its commitment), a member training alone, so that no
	// other member shares its CPU: Steps steps in each of Rounds runs,
	// alternating with the checks. With Local > 1, per outer step: the
	// H local steps' compute and the outer step's commitment.
	MemberStep time.Duration `json:"member_step_ns"`
	Rounds     int           `json:"rounds"`
	// Commit is the commitment's share of it: hashing the state before
	// the step, the contribution and the sum.
	Commit time.Duration `json:"commit_ns"`
	// Verify is one check (CheckStep): check the leaf's proof, hash the
	// state fetched by the leaf's hash, build the model, restore the
	// state, recompute the step, compare.
	Verify time.Duration `json:"verify_ns"`
	// Ratio is Verify / MemberStep: a check's cost in member steps.
	Ratio float64 `json:"ratio"`
	// Cost is Rate × Ratio: the verifiers' compute as a fraction of the
	// group's; with Local > 1, (Rate + 1 / the job's outer steps) ×
	// Ratio, the job audit counted.
	Cost float64 `json:"cost"`
	// Honest counts the checks that found the (honest) member right;
	// every check should.
	Honest int `json:"honest"`
	// Detect is the probability of catching a member that cheats on a
	// fraction of its JobSteps steps, at Rate.
	Detect []Detection `json:"detect"`
}

// Detection is one row of BenchResult.Detect.
type Detection struct {
	CheatFraction float64 `json:"cheat_fraction"`
	CheatedSteps  int     `json:"cheated_steps"`
	Probability   float64 `json:"probability"`
}

// DetectProbabilityJob is the chance of catching a member that cheats on
// cheated of its outer outer steps in a local-steps job: a period's draw
// at rate hits a bad one, or its job audit (one of its outer steps,
// uniformly) does: 1 − (1 − rate)^cheated · (1 − cheated/outer)
// (job.JobDetection).
func DetectProbabilityJob(rate float64, cheated, outer int) float64 {
	if outer <= 0 {
		return 0
	}
	cheated = min(cheated, outer)
	return 1 - math.Pow(1-rate, float64(cheated))*(1-float64(cheated)/float64(outer))
}

// DetectProbability is the chance that at least one of cheated steps is
// among those checked, each checked independently with probability rate:
// 1 − (1 − rate)^cheated.
func DetectProbability(rate float64, cheated int) float64 {
	return 1 - math.Pow(1-rate, float64(cheated))
}

// Measure trains a group, verifies a sample of its members' steps, times a
// member's step alone, and reports both with their ratio.
func Measure(ctx context.Context, p BenchParams) (BenchResult, error) {
	r := BenchResult{Params: p}
	if err := p.Validate(); err != nil {
		return r, err
	}
	spec, ds, err := benchModel(p.Model)
	if err != nil {
		return r, err
	}
	g, err := benchGroup(ctx, p, spec, ds, p.Members)
	if err != nil {
		return r, err
	}
	r.Floats = g.floats
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		return r, err
	}
	defer be.Close()
	rng := rand.New(rand.NewPCG(p.Seed, 0))
	// The member's steps and the checks are timed in alternating rounds,
	// so that both see the same load on a shared machine.
	const rounds = 4
	var spent, stepSum, commitSum time.Duration
	for c := 0; c < p.Checks; c++ {
		if c%((p.Checks+rounds-1)/rounds) == 0 {
			alone, err := benchGroup(ctx, p, spec, ds, 1)
			if err != nil {
				return r, err
			}
			stepSum += alone.compute
			commitSum += alone.commit
			r.Rounds++
		}
		member, step := c%p.Members, uint64(1+rng.IntN(p.Steps))
		if h := p.Local; h > 1 {
			step = uint64(h * (1 + rng.IntN(p.Steps/h))) // an outer step
		}
		task, err := g.task(spec, p, member, step)
		if err != nil {
			return r, err
		}
		t := time.Now()
		v, err := CheckStep(ctx, be, task)
		spent += time.Since(t)
		if err != nil {
			return r, fmt.Errorf("check of member %d, step %d: %w", member, step, err)
		}
		if v.Honest {
			r.Honest++
		}
	}
	h := max(p.Local, 1)
	r.MemberStep = stepSum / time.Duration(r.Rounds) * time.Duration(h)
	r.Commit = commitSum / time.Duration(r.Rounds) * time.Duration(h)
	r.Verify = spent / time.Duration(p.Checks)
	r.Ratio = float64(r.Verify) / float64(r.MemberStep)
	r.Cost = p.Rate * r.Ratio
	outer := p.JobSteps / h // a job whose steps H divides
	if h > 1 {
		r.Cost = (p.Rate + 1/float64(outer)) * r.Ratio
	}
	for _, f := range []float64{1, 0.5, 0.1, 0.01} {
		n := max(1, int(math.Round(f*float64(outer))))
		d := Detection{CheatFraction: f, CheatedSteps: n, Probability: DetectProbability(p.Rate, n)}
		if h > 1 {
			d.Probability = DetectProbabilityJob(p.Rate, n, outer)
		}
		r.Detect = append(r.Detect, d)
	}
	return r, nil
}

func benchModel(name string) (nn.Spec, *dataset.Dataset, error) {
	if name == "charlm" {
		ds, err := corpus.OpticksDataset()
		if err != nil {
			return nn.Spec{}, nil, err
		}
		return nn.NewTransformer(nn.TransformerSpec{Vocab: len(ds.Manifest.Vocab), Context: 32, Dim: 32, Heads: 4, Layers: 2}), ds, nil
	}
	ds, err := corpus.DigitsDataset(0)
	return nn.NewMLP(64, []int{256}, 10), ds, err
}

// benchRun is a trained group's record: what verifiers fetch by hash.
type benchRun struct {
	sums    *sumStore
	periods [][]commit.Period // by member
	// states are the states member 0 committed to, by hash (the
	// group's, in the synchronous mode); with local steps every
	// member's (each member's state is its own).
	statesMu sync.Mutex
	states   map[commit.Hash]*checkpoint.State
	samp     []train.Sampler
	floats   int
	// compute and commit are member 0's means per step.
	compute, commit time.Duration
}

// sumStore keeps the group's sums by hash, as followers keep them for
// verifiers; a sumRecorder fills it from a member's all-reduces.
type sumStore struct {
	mu sync.Mutex
	by map[commit.Hash][]float32 // mu guards
}

func newSumStore() *sumStore { return &sumStore{by: map[commit.Hash][]float32{}} }

func (s *sumStore) get(h commit.Hash) ([]float32, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.by[h]
	return v, ok
}

// sumRecorder is a member's all-reducer that keeps every sum of floats
// elements (0: of any length) in store.
type sumRecorder struct {
	train.AllReducer
	store  *sumStore
	floats int
}

func (r sumRecorder) AllReduce(ctx context.Context, buf []float32) (int, error) {
	k, err := r.AllReducer.AllReduce(ctx, buf)
	if err == nil && (r.floats == 0 || len(buf) == r.floats) {
		h, v := commit.Floats(buf), append([]float32(nil), buf...)
		r.store.mu.Lock()
		r.store.by[h] = v
		r.store.mu.Unlock()
	}
	return k, err
}

func benchParams(p BenchParams, member int) train.Params {
	tp := train.DefaultParams()
	tp.Steps, tp.BatchSize, tp.HashEvery, tp.Member, tp.Seed = p.Steps, p.Batch, p.HashEvery, member, 1
	tp.LocalSteps = max(p.Local, 1)
	return tp
}

func benchGroup(ctx context.Context, p BenchParams, spec nn.Spec, ds *dataset.Dataset, k int) (*benchRun, error) {
	b := &benchRun{sums: newSumStore(), periods: make([][]commit.Period, k), states: map[commit.Hash]*checkpoint.State{}}
	group := train.NewLocalGroup(k)
	ms := make([]*train.Member, k)
	var steps int
	for i := range ms {
		var chunks [][]byte
		for _, c := range ds.Manifest.Indices(dataset.SplitTrain, i, k) {
			chunks = append(chunks, ds.Chunks[c])
		}
		var sampler train.Sampler
		if ds.Manifest.Kind == dataset.KindTabular {
			t, err := dataset.DecodeTabular(ds.Manifest, chunks)
			if err != nil {
				return nil, err
			}
			sampler = train.NewTabularSampler(t, train.MemberSeed(1, i))
		} else {
			t, err := dataset.DecodeText(ds.Manifest, chunks)
			if err != nil {
				return nil, err
			}
			sampler = &train.TextSampler{Tokens: t.Tokens, Context: spec.Transformer.Context, Seed: train.MemberSeed(1, i)}
		}
		b.samp = append(b.samp, sampler)
		be, err := gpu.OpenCPU(gpu.DefaultParams())
		if err != nil {
			return nil, err
		}
		defer be.Close()
		model, err := nn.New(be, spec, p.Batch)
		if err != nil {
			return nil, err
		}
		defer model.Close()
		b.floats = train.ReduceLen(model.Layout())
		obs := func(e train.Event) {
			switch e.Kind {
			case train.EventStep:
				if i == 0 {
					b.compute += e.Compute
					b.commit += e.Commit
					steps++
				}
			case train.EventCommitment:
				b.periods[i] = append(b.periods[i], e.Period)
			}
		}
		opts := []train.Option{train.WithObserver(obs)}
		if i == 0 || p.Local > 1 {
			opts = append(opts, train.WithStates(func(h commit.Hash, s *checkpoint.State) {
				b.statesMu.Lock()
				defer b.statesMu.Unlock()
				b.states[h] = s
			}))
		}
		if ms[i], err = train.NewMember(model, sumRecorder{group.Member(i), b.sums, b.floats}, sampler, benchParams(p, i), opts...); err != nil {
			return nil, err
		}
		defer ms[i].Close()
	}
	_, errs := train.RunGroup(ctx, ms)
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	b.compute /= time.Duration(steps)
	b.commit /= time.Duration(steps)
	return b, nil
}

func (b *benchRun) task(spec nn.Spec, p BenchParams, member int, step uint64) (StepTask, error) {
	for _, per := range b.periods[member] {
		if step <= per.Step {
			leaf, i, proof, err := LeafProof(per, step)
			if err != nil {
				return StepTask{}, err
			}
			return StepTask{Spec: spec, Params: benchParams(p, member), Sampler: b.samp[member], State: b.states[leaf.State],
				Leaf: leaf, Root: per.Root, Index: i, Count: len(per.Leaves), Proof: proof}, nil
		}
	}
	return StepTask{}, fmt.Errorf("%w: member %d has no leaf at step %d", ErrTask, member, step)
}

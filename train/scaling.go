package train

import (
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// ScalingParams configure a scaling measurement: groups of each size in
// Members train the same model in one process, each member on its own CPU
// backend and in its own goroutine, with a fixed batch per member (weak
// scaling, as a real group grows). The gradients go through the
// all-reducers Reducers builds: a LocalGroup unless it is set.
type ScalingParams struct {
	// Model is "mlp" (the digits MLP, 64-256-10) or "charlm" (the demo's
	// 2-layer transformer on the Opticks text).
	Model string
	// Members are the group sizes to measure; 1 is the baseline and is
	// measured first whether listed or not.
	Members []int
	// Steps measured per group size, after Warmup unmeasured steps.
	Steps, Warmup int
	// Batch is the rows per member per step.
	Batch int
	// Reducers builds each group's all-reducers; nil means a LocalGroup.
	// The time it takes is reported as ScalingRow.Setup, not as step time.
	Reducers GroupReducers
	// LocalSteps (H, 0 or 1: synchronous) and Compression are the
	// members' Params.LocalSteps and Params.Compression; OuterLR and
	// OuterMomentum, when not 0, replace DiLoCo's defaults.
	LocalSteps             int
	Compression            codec.Outer
	OuterLR, OuterMomentum float32
	// Overlap is the members' Params.Overlap (DiLoCo's outer all-reduce
	// overlapped with the next round's compute).
	Overlap bool
	// EvalEvery evaluates member 0 on the held-out set every this many
	// steps (0: only at the end), and TargetLoss, when above 0, is the
	// held-out loss whose first crossing ScalingRow.TimeToTarget times.
	EvalEvery  int
	TargetLoss float64
}

// GroupReducers builds the all-reducers of a group of k members, one per
// member in member order, for buffers of at most n floats (ReduceLen of
// the model's layout). release frees them once every member has stopped;
// it is called even if the measurement then fails. On error it returns
// nothing to release, having freed what it built. The ring all-reducer over
// real hosts is one (node/ringbench), so a measurement can compare the
// network with LocalGroup, its in-memory twin.
type GroupReducers func(ctx context.Context, k, n int) (members []AllReducer, release func(), err error)

// LocalReducers is the GroupReducers of a LocalGroup.
func LocalReducers(_ context.Context, k, _ int) ([]AllReducer, func(), error) {
	g := NewLocalGroup(k)
	ars := make([]AllReducer, k)
	for i := range ars {
		ars[i] = g.Member(i)
	}
	return ars, func() {}, nil
}

// DefaultScalingParams: the MLP, groups of 1, 2, 4 and 8, 200 steps of
// 64 examples per member.
func DefaultScalingParams() ScalingParams {
	return ScalingParams{Model: "mlp", Members: []int{1, 2, 4, 8}, Steps: 200, Warmup: 20, Batch: 64}
}

// ScalingRow is one group size's figures. Times are means per step.
type ScalingRow struct {
	Members int `json:"members"`
	// Step is the wall time of one group step (member 0's clock: the
	// group moves in lockstep through the all-reduce).
	Step time.Duration `json:"step_ns"`
	// Compute is member 0's forward, backward and update; Comm its time
	// in the all-reduce: the wait for the slowest member plus the sum,
	// which is an in-memory copy with LocalGroup and the ring's network
	// time with a ring. Compute + Comm ≤ Step; the rest is the loop's
	// own bookkeeping.
	Compute time.Duration `json:"compute_ns"`
	Comm    time.Duration `json:"comm_ns"`
	// RowsPerSec is the group's throughput in examples (or sequences).
	RowsPerSec float64 `json:"rows_per_s"`
	// Efficiency is RowsPerSec / (Members × the 1-member RowsPerSec
	// measured in the same run).
	Efficiency float64 `json:"efficiency"`
	// Setup is the time Reducers took to build the group (for a ring:
	// start its hosts and form it), outside the measured steps.
	Setup time.Duration `json:"setup_ns"`
	// Floats is the length of each step's all-reduce (ReduceLen of the
	// model's layout: the gradient and two statistics).
	Floats int `json:"allreduce_floats"`
	// WireBytes is what member 0 sent per step on a ring of Members,
	// averaged over the measured steps: 2(k−1)/k of each all-reduce's
	// values, 4 bytes each, except compressed DiLoCo's quantized values,
	// which the Ints chunk codec packs into at most IntsBits(k·Q) bits.
	// Computed from the codec's sizes (headers not counted), not counted
	// on sockets.
	WireBytes float64 `json:"wire_bytes_per_step"`
	// HeldOutLoss is member 0's loss on the held-out split at the end.
	HeldOutLoss float64 `json:"held_out_loss"`
	// Hash is member 0's final parameter hash (ParamsHash): the same
	// recipe gives the same on any links.
	Hash string `json:"params_hash"`
	// StepsToTarget and TimeToTarget are the first evaluation (every
	// ScalingParams.EvalEvery steps) at which member 0's held-out loss was
	// at most TargetLoss, and the wall time from the first step to it,
	// the evaluations' own time left out (0: never reached, or no target).
	StepsToTarget int           `json:"steps_to_target,omitempty"`
	TimeToTarget  time.Duration `json:"time_to_target_ns,omitempty"`
}

// MeasureScaling runs the measurement.
func MeasureScaling(ctx context.Context, p ScalingParams) ([]ScalingRow, error) {
	if p.Steps < 1 || p.Warmup < 0 || p.Batch < 1 {
		return nil, fmt.Errorf("%w: %d steps, %d warmup, batch %d", ErrParams, p.Steps, p.Warmup, p.Batch)
	}
	var spec nn.Spec
	var ds *dataset.Dataset
	var err error
	switch p.Model {
	case "mlp":
		spec = nn.NewMLP(64, []int{256}, 10)
		ds, err = corpus.DigitsDataset(0)
	case "charlm":
		ds, err = corpus.OpticksDataset()
		if err == nil {
			spec = nn.NewTransformer(nn.TransformerSpec{Vocab: len(ds.Manifest.Vocab), Context: 32, Dim: 32, Heads: 4, Layers: 2})
		}
	case "llama":
		// The char transformer's shape as a Llama (4 query heads on 2
		// key/value heads, SwiGLU width 96), on the same bytes.
		ds, err = corpus.OpticksDataset()
		if err == nil {
			spec = nn.NewLlama(nn.LlamaSpec{Vocab: len(ds.Manifest.Vocab), Context: 32, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2})
		}
	case "llama-bpe":
		// The same Llama on Opticks tokenized by a 512-token BPE trained
		// on it: a larger head, 2.3 bytes of text per position.
		ds, err = OpticksBPE(512)
		if err == nil {
			spec = nn.NewLlama(nn.LlamaSpec{Vocab: ds.Manifest.VocabSize(), Context: 32, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2})
		}
	case "llama-demo":
		// The demo's language model (node/demo): that Llama on a
		// 384-token BPE over contexts of 16 tokens (1.9 bytes each).
		ds, err = OpticksBPE(384)
		if err == nil {
			spec = nn.NewLlama(nn.LlamaSpec{Vocab: ds.Manifest.VocabSize(), Context: 16, Dim: 32, Heads: 4, KVHeads: 2, Layers: 2})
		}
	default:
		return nil, fmt.Errorf("%w: model %q, want mlp, charlm, llama, llama-bpe or llama-demo", ErrParams, p.Model)
	}
	if err != nil {
		return nil, err
	}
	if p.Reducers == nil {
		p.Reducers = LocalReducers
	}
	sizes := []int{1}
	for _, k := range p.Members {
		if k < 1 || k > 64 {
			return nil, fmt.Errorf("%w: group of %d, want 1 to 64", ErrParams, k)
		}
		if k != 1 {
			sizes = append(sizes, k)
		}
	}
	var rows []ScalingRow
	for _, k := range sizes {
		r, err := measureGroup(ctx, spec, ds, k, p)
		if err != nil {
			return nil, err
		}
		r.Efficiency = r.RowsPerSec / (float64(k) * rows0(rows, r))
		rows = append(rows, r)
	}
	return rows, nil
}

func rows0(rows []ScalingRow, first ScalingRow) float64 {
	if len(rows) == 0 {
		return first.RowsPerSec
	}
	return rows[0].RowsPerSec
}

func measureGroup(ctx context.Context, spec nn.Spec, ds *dataset.Dataset, k int, sp ScalingParams) (ScalingRow, error) {
	m := ds.Manifest
	layout, err := spec.Layout()
	if err != nil {
		return ScalingRow{}, err
	}
	t0 := time.Now()
	ars, release, err := sp.Reducers(ctx, k, ReduceLen(layout))
	if err != nil {
		return ScalingRow{}, fmt.Errorf("train: the all-reducers of a group of %d: %w", k, err)
	}
	setup := time.Since(t0)
	total := sp.Warmup + sp.Steps
	var members []*Member
	var backends []gpu.Backend
	defer func() {
		release()
		for _, mb := range members {
			mb.Close()
		}
		for _, b := range backends {
			b.Close()
		}
	}()
	if len(ars) != k {
		return ScalingRow{}, fmt.Errorf("%w: %d all-reducers for a group of %d", ErrParams, len(ars), k)
	}
	// Member 0's observer runs in its goroutine and is the only writer;
	// the group moves in lockstep through the all-reduce, so member 0's
	// clock is the group's.
	var compute, comm time.Duration
	var started, ended time.Time
	// For the time to target: when member 0's run began, its last step
	// ended, and the time it spent evaluating.
	var began, lastStep time.Time
	var evaluating, evalMeasured time.Duration
	var toTarget time.Duration
	var stepsToTarget int
	var measured int
	var wire float64
	testIdx := m.Indices(dataset.SplitTest, 0, 1)
	testChunks := make([][]byte, len(testIdx))
	for j, c := range testIdx {
		testChunks[j] = ds.Chunks[c]
	}
	var eval any
	if m.Kind == dataset.KindTabular {
		eval, err = dataset.DecodeTabular(m, testChunks)
	} else {
		eval, err = dataset.DecodeText(m, testChunks)
	}
	if err != nil {
		return ScalingRow{}, err
	}
	for i := 0; i < k; i++ {
		// Shards by chunk; with more members than chunks a member reuses
		// its neighbour's (a benchmark measures time, not accuracy).
		idx := m.Indices(dataset.SplitTrain, i%len(m.Indices(dataset.SplitTrain, 0, 1)), min(k, len(m.Indices(dataset.SplitTrain, 0, 1))))
		chunks := make([][]byte, len(idx))
		for j, c := range idx {
			chunks[j] = ds.Chunks[c]
		}
		var sampler Sampler
		if m.Kind == dataset.KindTabular {
			t, err := dataset.DecodeTabular(m, chunks)
			if err != nil {
				return ScalingRow{}, err
			}
			sampler = NewTabularSampler(t, MemberSeed(1, i))
		} else {
			t, err := dataset.DecodeText(m, chunks)
			if err != nil {
				return ScalingRow{}, err
			}
			_, context, _ := spec.LM()
			sampler = &TextSampler{Tokens: t.Tokens, Context: context, Seed: MemberSeed(1, i)}
		}
		be, err := gpu.OpenCPU(gpu.DefaultParams())
		if err != nil {
			return ScalingRow{}, err
		}
		backends = append(backends, be)
		model, err := nn.New(be, spec, sp.Batch)
		if err != nil {
			return ScalingRow{}, err
		}
		p := DefaultParams()
		p.Steps, p.BatchSize, p.HashEvery, p.Member = total, sp.Batch, 0, i
		p.Schedule = Schedule{Kind: ScheduleConstant}
		p.LocalSteps, p.Compression, p.Overlap, p.EvalEvery = max(1, sp.LocalSteps), sp.Compression, sp.Overlap, sp.EvalEvery
		if sp.OuterLR != 0 {
			p.OuterLR, p.OuterMomentum = sp.OuterLR, sp.OuterMomentum
		}
		opts := []Option{WithObserver(func(e Event) {
			if i != 0 {
				return
			}
			if e.Kind == EventEval {
				now := time.Now()
				evaluating += now.Sub(lastStep)
				// Inside the measured window: after the step that starts
				// it, before the last (whose evaluation follows ended).
				if e.Step >= sp.Warmup && e.Step < total {
					evalMeasured += now.Sub(lastStep)
				}
				if sp.TargetLoss > 0 && stepsToTarget == 0 && e.Eval.Loss() <= sp.TargetLoss {
					stepsToTarget, toTarget = e.Step, now.Sub(began)-evaluating
				}
				lastStep = now
				return
			}
			if e.Kind != EventStep {
				return
			}
			lastStep = time.Now()
			switch {
			case e.Step == sp.Warmup:
				started = time.Now()
			case e.Step > sp.Warmup:
				compute += e.Compute
				comm += e.Comm
				measured++
				ended = time.Now()
				wire += WireBytes(sp.Compression, layout.Len(), k, e.Floats)
			}
		})}
		if i == 0 {
			opts = append(opts, WithEval(eval))
		}
		mb, err := NewMember(model, ars[i], sampler, p, opts...)
		if err != nil {
			return ScalingRow{}, err
		}
		members = append(members, mb)
	}
	began = time.Now()
	if sp.Warmup == 0 {
		started = began
	}
	res, errs := RunGroup(ctx, members)
	// Evaluations are member 0's pauses, not the group's step time.
	wall := ended.Sub(started) - evalMeasured
	for _, err := range errs {
		if err != nil {
			return ScalingRow{}, err
		}
	}
	r := ScalingRow{Members: k, Step: wall / time.Duration(sp.Steps),
		Compute: compute / time.Duration(measured), Comm: comm / time.Duration(measured), Setup: setup, Floats: ReduceLen(layout),
		WireBytes: wire / float64(measured), HeldOutLoss: res[0].Eval.Loss(), Hash: hex.EncodeToString(res[0].Hash[:]),
		StepsToTarget: stepsToTarget, TimeToTarget: toTarget}
	r.RowsPerSec = float64(k*sp.Batch) / r.Step.Seconds()
	return r, nil
}

// WireBytes is what one member of a ring of k sends for a step whose
// all-reduces passed floats values (Event.Floats; 0 on a local step) in a
// run of n parameters compressed by o: each all-reduce sends 2(k−1)/k of
// its values, 4 bytes each, except compressed DiLoCo's quantized values
// (those after the block statistics), integers of magnitude ≤ k·Q, which
// the ring's Ints codec packs into at most codec.IntsBits(k·Q) bits.
func WireBytes(o codec.Outer, n, k, floats int) float64 {
	if floats == 0 || k < 2 {
		return 0
	}
	share := 2 * float64(k-1) / float64(k)
	if o.Bits == 0 || !o.On() {
		return share * 4 * float64(floats)
	}
	stats := o.StatsLen(n) + 3
	vals := floats - stats
	return share * (4*float64(stats) + float64(vals)*float64(codec.IntsBits(k*o.Q()))/8)
}

package train

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"golang.org/x/crypto/sha3"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/nn"
)

// Params configure one member's training run. Every member of a group
// must use the same values except Member.
type Params struct {
	// JobID names the job (PROTOCOL.md's jobId); checkpoints carry it.
	JobID [32]byte
	// Member is this member's index in the group (award order), from 0.
	// It seeds the member's batch sampling, not the model.
	Member int
	// Seed initialises the model; the same for every member.
	Seed uint64
	// Init, when set, is the model's starting parameters (a flat buffer in
	// its layout) instead of Seed's initialisation: a fine-tuning run from
	// a base model (node.Recipe.BaseModel). The same for every member.
	Init []float32
	// Steps is the total number of optimizer steps, ≥ 1.
	Steps int
	// BatchSize is this member's rows per step (examples or sequences);
	// the group's batch is BatchSize × members.
	BatchSize int
	// Optimizer is the update rule (the inner one in local-steps mode).
	Optimizer OptimizerParams
	// Schedule scales the learning rate over Steps.
	Schedule Schedule
	// LocalSteps is H: 1 averages gradients every step (data-parallel
	// SGD); H > 1 is DiLoCo (Douillard et al. 2023, arXiv:2311.08105):
	// each member takes H local optimizer steps, then the group averages
	// the parameter change and applies it with an outer optimizer (SGD
	// with Nesterov momentum), communicating H times less.
	LocalSteps int
	// OuterLR and OuterMomentum are the outer optimizer's (DiLoCo's 0.7
	// and 0.9); used when LocalSteps > 1.
	OuterLR, OuterMomentum float32
	// Compression compresses the outer gradients (LocalSteps > 1 only):
	// top-k blocks and/or low-bit values with error feedback, exact and
	// deterministic (codec.Outer). Each member keeps the residual of what
	// it did not send, in its state ("outer.residual"), and adds it to its
	// next outer gradient. The zero value sends them whole.
	Compression codec.Outer
	// Overlap (LocalSteps > 1 only) overlaps DiLoCo's outer all-reduce
	// with compute: the outer gradient of round r is summed while the
	// member computes round r+1's local steps from where round r left
	// it, and the outer step it gives is applied one round late (a
	// one-step-delayed outer step, as streaming DiLoCo's overlap does):
	// at the end of round r+1 the member's parameters become the group's
	// (the anchor after that outer step) plus its own progress of round
	// r+1, whose difference is round r+1's outer gradient. The last round
	// is summed at once, so members end with the same parameters. Every
	// all-reduce is waited for at the same step, whatever its timing, so
	// the run is as deterministic as without overlap (the same bits on
	// any links), but it follows another trajectory. The last round of
	// each receipt period (HashEvery) is synchronous too, like the run's
	// last: its hash comparison and its receipt then see parameters every
	// member shares, with no outer gradient in flight beside them, so a
	// checkpoint there (CheckpointEvery, a multiple of HashEvery) holds
	// the whole state. A state committed at the start of a round (the
	// leaf's State) holds the parameters the round starts from (the
	// anchor plus the member's own progress of the round before): all a
	// verifier needs to recompute the round's outer gradient, which
	// depends neither on the anchor nor on the outer gradient in flight
	// (train/verify). Not yet with Compression.
	Overlap bool
	// HashEvery: every this many steps, members hash their parameters,
	// sign the hash (ReceiptSigner) and compare it with the group's; 0
	// turns it off. With LocalSteps > 1 it must be a multiple of H
	// (parameters agree only after an outer step).
	HashEvery int
	// CheckpointEvery: save a checkpoint to CheckpointDir every this many
	// steps and at the end; 0 turns it off.
	CheckpointEvery int
	CheckpointDir   string
	// EvalEvery: evaluate on the held-out set every this many steps and
	// at the end (when one is given); 0 evaluates only at the end.
	EvalEvery int
	// Quorum is the fewest members the job may continue with, ≥ 1.
	Quorum int
}

// DefaultParams: 100 steps of 32 rows, AdamW 1e-3 with a cosine schedule,
// synchronous, hashes every 10 steps, quorum 1.
func DefaultParams() Params {
	return Params{Steps: 100, BatchSize: 32, Optimizer: AdamW(1e-3),
		Schedule:   Schedule{Kind: ScheduleCosine, WarmupSteps: 5, MinFactor: 0.1},
		LocalSteps: 1, OuterLR: 0.7, OuterMomentum: 0.9, HashEvery: 10, Quorum: 1}
}

// Validate reports the first problem with p.
func (p Params) Validate() error {
	if err := p.Optimizer.Validate(); err != nil {
		return err
	}
	if err := p.Schedule.Validate(); err != nil {
		return err
	}
	switch {
	case p.Member < 0:
		return fmt.Errorf("%w: member %d", ErrParams, p.Member)
	case p.Steps < 1, p.BatchSize < 1:
		return fmt.Errorf("%w: %d steps of %d rows", ErrParams, p.Steps, p.BatchSize)
	case p.LocalSteps < 1:
		return fmt.Errorf("%w: local steps %d, want ≥ 1", ErrParams, p.LocalSteps)
	case p.LocalSteps > 1 && !(p.OuterLR > 0 && p.OuterMomentum >= 0 && p.OuterMomentum < 1):
		return fmt.Errorf("%w: outer LR %v, momentum %v", ErrParams, p.OuterLR, p.OuterMomentum)
	case p.Compression.Validate() != nil:
		return fmt.Errorf("%w: %v", ErrParams, p.Compression.Validate())
	case p.Compression.On() && p.LocalSteps < 2:
		return fmt.Errorf("%w: compression %v needs local steps (DiLoCo's outer gradients), not %d", ErrParams, p.Compression, p.LocalSteps)
	case p.Overlap && (p.LocalSteps < 2 || p.Compression.On()):
		return fmt.Errorf("%w: overlap needs local steps (H %d) and, for now, no compression (%v)", ErrParams, p.LocalSteps, p.Compression)
	case p.Overlap && p.CheckpointEvery > 0 && (p.HashEvery == 0 || p.CheckpointEvery%p.HashEvery != 0):
		// Elsewhere an outer gradient is in flight, which no state holds.
		return fmt.Errorf("%w: an overlapped run checkpoints at the ends of receipt periods (its synchronous rounds): every %d steps is not a multiple of %d",
			ErrParams, p.CheckpointEvery, p.HashEvery)
	case p.HashEvery < 0 || p.LocalSteps > 1 && p.HashEvery%p.LocalSteps != 0:
		return fmt.Errorf("%w: hash every %d steps with %d local steps (want a multiple)", ErrParams, p.HashEvery, p.LocalSteps)
	case p.CheckpointEvery < 0 || p.CheckpointEvery > 0 && p.CheckpointDir == "":
		return fmt.Errorf("%w: checkpoints every %d steps need a directory", ErrParams, p.CheckpointEvery)
	case p.EvalEvery < 0, p.Quorum < 1:
		return fmt.Errorf("%w: eval every %d, quorum %d", ErrParams, p.EvalEvery, p.Quorum)
	}
	return nil
}

// EventKind says what an Event reports.
type EventKind uint8

const (
	// EventStep: a step finished.
	EventStep EventKind = iota + 1
	// EventEval: the held-out set was evaluated.
	EventEval
	// EventHash: the group compared parameter hashes and agreed.
	EventHash
	// EventCheckpoint: a checkpoint was saved.
	EventCheckpoint
	// EventResumed: training resumed from a checkpoint.
	EventResumed
	// EventCommitment: a receipt period closed (with the parameter-hash
	// comparison, or at the end when HashEvery is 0): Period holds this
	// member's leaves since the previous one and their Merkle root, for
	// the node to sign with its receipt and to serve inclusion proofs
	// from (issue 16; see package commit).
	EventCommitment
)

// Event is what a member reports to its observer, synchronously, from
// its training loop.
type Event struct {
	Kind   EventKind
	Member int
	Step   int // steps done
	Steps  int // of
	// Loss is the mean training loss of the step: the group's (averaged
	// through the all-reduce) on a synchronised step, this member's
	// otherwise. Synced reports which.
	Loss   float64
	Synced bool
	LR     float32
	// Members is how many contributed to the last all-reduce.
	Members int
	// Floats is how many float32 values the member passed to all-reduces
	// in the step (0 on a local step): the uncompressed size of what went
	// on the wire.
	Floats int
	// Compute and Comm split the step's time: forward, backward and
	// update versus the all-reduce (with copies to and from the host).
	Compute, Comm time.Duration
	// Commit is the part of Compute spent on the step's commitment:
	// hashing the state before the step, the contribution and the sum.
	Commit time.Duration
	Eval   nn.Metrics // EventEval
	Hash   [32]byte   // EventHash
	Path   string     // EventCheckpoint, EventResumed
	// Leaf is this member's commitment to the step's contribution
	// (EventStep of a step with an all-reduce; zero otherwise).
	Leaf   commit.Leaf
	Period commit.Period // EventCommitment
}

// Result sums up a run.
type Result struct {
	Steps         int
	Loss          float64 // the last synchronised step's group loss
	Eval          nn.Metrics
	HasEval       bool
	Hash          [32]byte // of the final parameters
	Members       int      // in the last all-reduce
	Compute, Comm time.Duration
}

// Member trains one member's share of a group. Not safe for concurrent
// use: one goroutine runs it.
type Member struct {
	p       Params
	model   *nn.Model
	ar      AllReducer
	sampler Sampler
	eval    any
	signer  ReceiptSigner
	observe func(Event)
	tamper  func(step int, contribution []float32)

	opt     *optimizer
	step    int
	members int
	batch   nn.Batch
	host    []float32 // gradients (or deltas) + loss sum + count, for the all-reduce
	params  []float32 // host copy of the parameters
	anchor  []float32 // DiLoCo: parameters after the last outer step
	outerV  []float32 // DiLoCo: outer momentum
	// residual is what compressed DiLoCo did not send of its outer
	// gradients yet (error feedback); sent and got are the two
	// all-reduces' buffers, statistics then values, as sent and as
	// summed (see commitCompressed).
	residual, sent, got []float32
	// groupSum, set by WithGroupSum, is the group's sum a compressed
	// capture derives its plan from.
	groupSum []float32
	local    nn.Metrics
	res      Result
	// leaves are the commitments of the open receipt period, in step
	// order; at most HashEvery (or Steps) long, emptied when it closes.
	leaves []commit.Leaf
	// pads are the [start, end) ranges of the layout's alignment padding.
	pads [][2]int
	// start, when set, is the state NewMember restores instead of
	// initialising the parameters from the seed.
	start *checkpoint.State
	// state is the hash of the state before the current step (in the
	// local-steps mode, before the current local steps); haveState
	// reports whether it is set for them.
	state     commit.Hash
	haveState bool
	// keepState, when set, receives each state the member commits to.
	keepState func(commit.Hash, *checkpoint.State)
	// scratch holds the state being hashed when nobody keeps it.
	scratch *checkpoint.State
	// capture, when set, stops the run at the first all-reduce (a
	// verifier's one-step recomputation): it gets the contribution.
	capture func(contribution []float32)
	// Overlap (Params.Overlap): roundStart is the parameters the current
	// round started from; flight the buffer of the outer all-reduce in
	// flight, pending its result (nil when none is).
	roundStart, flight []float32
	pending            *pendingOuter
}

// pendingOuter is an outer all-reduce in flight (Params.Overlap): its
// leaf, to close when it lands, and its result.
type pendingOuter struct {
	leaf commit.Leaf
	done chan outerResult
}

type outerResult struct {
	k   int
	err error
}

// Option configures a Member.
type Option func(*Member)

// WithSigner has the member sign its parameter hashes.
func WithSigner(s ReceiptSigner) Option { return func(m *Member) { m.signer = s } }

// WithObserver receives the member's events, from its goroutine.
func WithObserver(f func(Event)) Option { return func(m *Member) { m.observe = f } }

// WithStart has NewMember start from state s (see State and Restore)
// instead of initialising the parameters from the seed: a verifier's
// replay, which would overwrite them at once.
func WithStart(s *checkpoint.State) Option { return func(m *Member) { m.start = s } }

// WithTamper lets f alter what this member contributes at step (from 1)
// before it commits to it and sends it: the adversary hook of issue 16's
// tests and simulations (a lazy member zeroes it, a poisoner scales,
// flips or replaces it). An honest node never sets it.
func WithTamper(f func(step int, contribution []float32)) Option {
	return func(m *Member) { m.tamper = f }
}

// PeriodSigner is an optional ability of a ReceiptSigner: SignPeriod is
// handed a receipt period's commitment (its Merkle root, which the node
// signs into the period's StepReceipt as contribRoot, and the leaves it
// keeps to serve proofs). A Member calls it when a period closes, before
// SignReceipt for the same step.
type PeriodSigner interface {
	SignPeriod(ctx context.Context, p commit.Period) error
}

// WithStates hands f every state the member commits to (the state before
// each synchronous step, or before each run of local steps) with its hash
// (commit.Leaf.State), for the node to serve verifiers by that hash. f
// owns the state; it runs on the member's goroutine during the step,
// before its update and all-reduce.
func WithStates(f func(commit.Hash, *checkpoint.State)) Option {
	return func(m *Member) { m.keepState = f }
}

// ErrCaptured ends a Run made WithCapture once the contribution is
// captured.
var ErrCaptured = errors.New("train: contribution captured")

// WithCapture makes the member a verifier's recomputation: at its first
// all-reduce it hands the contribution to f (a buffer f may keep) and
// Run returns ErrCaptured, sending nothing.
func WithCapture(f func(contribution []float32)) Option {
	return func(m *Member) { m.capture = f }
}

// WithGroupSum gives a compressed DiLoCo capture (WithCapture) the
// group's sum its leaf commits to (commit.Leaf.Reduced): what the member
// sends depends on the group's statistics, which a verifier takes from
// there (package codec, Outer).
func WithGroupSum(sum []float32) Option { return func(m *Member) { m.groupSum = sum } }

// WithEval sets the held-out set (*dataset.Tabular or *dataset.Text).
func WithEval(set any) Option { return func(m *Member) { m.eval = set } }

// NewMember prepares a member: it initialises the model's parameters from
// p.Seed (Resume may then replace them). The model must have room for
// p.BatchSize rows.
func NewMember(model *nn.Model, ar AllReducer, sampler Sampler, p Params, opts ...Option) (*Member, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if p.BatchSize > model.MaxRows() {
		return nil, fmt.Errorf("%w: batch of %d, the model was built for %d", ErrParams, p.BatchSize, model.MaxRows())
	}
	m := &Member{p: p, model: model, ar: ar, sampler: sampler, observe: func(Event) {}}
	for _, o := range opts {
		o(m)
	}
	var err error
	if m.opt, err = newOptimizer(model.Backend(), model.Layout(), p.Optimizer); err != nil {
		return nil, err
	}
	if m.start == nil {
		var err error
		if p.Init != nil {
			err = model.SetParams(p.Init)
		} else {
			err = model.Init(p.Seed)
		}
		if err != nil {
			m.Close()
			return nil, err
		}
	}
	n := model.Layout().Len()
	at := 0
	for _, pi := range model.Layout().Params {
		if pi.Offset > at {
			m.pads = append(m.pads, [2]int{at, pi.Offset})
		}
		at = pi.Offset + pi.Len
	}
	if at < n {
		m.pads = append(m.pads, [2]int{at, n})
	}
	m.host = make([]float32, n+statsLen)
	m.params = make([]float32, n)
	if p.LocalSteps > 1 {
		if p.Init != nil {
			m.anchor = slices.Clone(p.Init)
		} else {
			m.anchor = nn.InitParams(model.Layout(), p.Seed)
		}
		m.outerV = make([]float32, n)
		if p.Overlap {
			m.roundStart = slices.Clone(m.anchor)
			m.flight = make([]float32, n+statsLen)
		}
	}
	if p.Compression.On() {
		ls := p.Compression.StatsLen(n) + outerStatsLen
		m.residual = make([]float32, n)
		m.sent, m.got = make([]float32, ls+n), make([]float32, ls+n)
	}
	if m.start != nil {
		if err := m.Restore(m.start); err != nil {
			m.Close()
			return nil, err
		}
	}
	return m, nil
}

// statsLen floats ride along with every all-reduce: the summed loss and
// the count of examples, so every member logs the group's mean loss.
const statsLen = 2

// hashVecLen floats carry a parameter-hash comparison: the hash's 32 bytes
// and their squares (see compareHash).
const hashVecLen = 64

// ContributionLen is the length of the buffer a synchronous member passes
// to the all-reduce at each step (its gradient and loss statistics): the
// buffer its leaves' hashes cover.
func ContributionLen(l nn.Layout) int { return l.Len() + statsLen }

// ReduceLen is the longest buffer a Member with this layout passes to its
// AllReducer (a gradient and its stats, or a hash comparison). An
// all-reducer built for a fixed tensor length must be built for this one;
// shorter buffers can be padded with zeros, which do not change a sum.
func ReduceLen(l nn.Layout) int { return max(l.Len()+statsLen, hashVecLen) }

// Close frees the optimizer state (not the model).
func (m *Member) Close() {
	if m.opt != nil {
		m.opt.close()
		m.opt = nil
	}
}

// Step is the number of steps done.
func (m *Member) Step() int { return m.step }

// Model returns the member's model.
func (m *Member) Model() *nn.Model { return m.model }

// Run trains until Params.Steps steps are done (counting the steps of a
// resumed checkpoint), ctx ends, or the group fails.
func (m *Member) Run(ctx context.Context) (res Result, err error) {
	defer func() {
		if l, ok := m.ar.(Leaver); ok && err != nil {
			l.Leave()
		}
		if m.pending != nil {
			// An outer all-reduce still in flight after a failure: its
			// goroutine uses the member's buffers until it returns (the
			// group left above, or ctx ended).
			select {
			case <-m.pending.done:
			case <-ctx.Done():
			}
			m.pending = nil
		}
	}()
	p := m.p
	for m.step < p.Steps {
		if err := ctx.Err(); err != nil {
			return m.res, err
		}
		ev, err := m.trainStep(ctx)
		if err != nil {
			return m.res, fmt.Errorf("train: member %d, step %d: %w", p.Member, m.step+1, err)
		}
		m.step++
		ev.Step = m.step
		m.res.Steps = m.step
		m.res.Compute += ev.Compute
		m.res.Comm += ev.Comm
		m.observe(ev)
		last := m.step == p.Steps
		synced := p.LocalSteps == 1 || m.step%p.LocalSteps == 0 || last
		// The period closes before the hash comparison: the receipt that
		// compareHash signs carries the period's root (a PeriodSigner
		// gets it first).
		if p.HashEvery > 0 && synced && (m.step%p.HashEvery == 0 || last) || p.HashEvery == 0 && last {
			if err := m.closePeriod(ctx); err != nil {
				return m.res, fmt.Errorf("train: member %d, step %d: %w", p.Member, m.step, err)
			}
		}
		if p.HashEvery > 0 && synced && (m.step%p.HashEvery == 0 || last) {
			if err := m.compareHash(ctx); err != nil {
				return m.res, fmt.Errorf("train: member %d, step %d: %w", p.Member, m.step, err)
			}
		}
		if m.eval != nil && (last || p.EvalEvery > 0 && m.step%p.EvalEvery == 0) {
			met, err := Evaluate(m.model, m.eval)
			if err != nil {
				return m.res, err
			}
			m.res.Eval, m.res.HasEval = met, true
			m.observe(Event{Kind: EventEval, Member: p.Member, Step: m.step, Steps: p.Steps, Eval: met})
		}
		if p.CheckpointEvery > 0 && (last || m.step%p.CheckpointEvery == 0) {
			path, err := m.Checkpoint()
			if err != nil {
				return m.res, err
			}
			m.observe(Event{Kind: EventCheckpoint, Member: p.Member, Step: m.step, Steps: p.Steps, Path: path})
		}
	}
	if err := m.model.ReadParams(m.params); err != nil {
		return m.res, err
	}
	m.res.Hash = ParamsHash(m.params)
	return m.res, nil
}

func (m *Member) trainStep(ctx context.Context) (Event, error) {
	p := m.p
	start := time.Now()
	var hashing time.Duration
	var hashed <-chan stateHash
	// A recomputation (capture) starts from a state its verifier has
	// already hashed.
	if m.capture == nil && (!m.haveState || p.LocalSteps == 1 || m.step%p.LocalSteps == 0) {
		var err error
		if hashed, err = m.hashStateAside(); err != nil {
			return Event{}, err
		}
		hashing = time.Since(start)
	}
	m.sampler.Batch(m.step, p.BatchSize, &m.batch)
	met, err := m.model.LossAndGrad(m.batch)
	if hashed != nil {
		// Joined here, whatever LossAndGrad returned: the hash never
		// outlives the step.
		t := time.Now()
		if herr := m.commitState(<-hashed); herr != nil && err == nil {
			err = herr
		}
		hashing += time.Since(t)
	}
	if err != nil {
		return Event{}, err
	}
	lr := float32(float64(p.Optimizer.LR) * p.Schedule.Factor(m.step, p.Steps))
	ev := Event{Kind: EventStep, Member: p.Member, Steps: p.Steps, LR: lr, Loss: met.Loss(), Members: m.members, Commit: hashing}
	be := m.model.Backend()
	n := m.model.Layout().Len()
	if p.LocalSteps == 1 {
		g := m.host[:n]
		if err := be.Download(g, m.model.Grads()); err != nil {
			return ev, err
		}
		m.host[n], m.host[n+1] = float32(met.LossSum), float32(met.Count)
		ev.Compute = time.Since(start)
		k, comm, err := m.commitAllReduce(ctx, &ev)
		ev.Comm = comm
		if err != nil {
			return ev, err
		}
		t := time.Now()
		if err := m.applyMean(k, lr); err != nil {
			return ev, err
		}
		ev.Loss, ev.Synced, ev.Members = float64(m.host[n])/float64(m.host[n+1]), true, k
		m.res.Loss = ev.Loss
		ev.Compute += time.Since(t)
		return ev, nil
	}
	// DiLoCo: a local step, and every H steps an outer step.
	if err := m.opt.step(m.model.Params(), m.model.Grads(), lr); err != nil {
		return ev, err
	}
	m.local.Add(met)
	ev.Compute = time.Since(start)
	if (m.step+1)%p.LocalSteps != 0 && m.step+1 != p.Steps {
		return ev, nil
	}
	t := time.Now()
	if err := m.model.ReadParams(m.params); err != nil {
		return ev, err
	}
	d := m.host[:n]
	from := m.anchor
	if p.Overlap {
		from = m.roundStart
	}
	for i := range d {
		d[i] = from[i] - m.params[i] // the outer gradient
	}
	m.host[n], m.host[n+1] = float32(m.local.LossSum), float32(m.local.Count)
	m.local = nn.Metrics{}
	ev.Compute += time.Since(t)
	if p.Overlap {
		// The previous round's sum, which ran while this round computed.
		if err := m.landOuter(&ev); err != nil {
			return ev, err
		}
		if !m.syncRound(m.step + 1) {
			err := m.launchOuter(ctx, &ev)
			return ev, err
		}
		// The last round, and a receipt period's, is summed at once, so
		// that members end it alike (syncRound).
	}
	reduce := m.commitAllReduce
	if p.Compression.On() {
		reduce = m.commitCompressed
	}
	k, comm, err := reduce(ctx, &ev)
	ev.Comm += comm
	if err != nil {
		return ev, err
	}
	t = time.Now()
	m.outerStep(d, k)
	if err := m.model.SetParams(m.anchor); err != nil {
		return ev, err
	}
	if p.Overlap {
		// The next round starts from the group's parameters.
		copy(m.roundStart, m.anchor)
	}
	ev.Loss, ev.Synced, ev.Members = float64(m.host[n])/float64(m.host[n+1]), true, k
	m.res.Loss = ev.Loss
	ev.Compute += time.Since(t)
	return ev, nil
}

// outerStep applies the summed outer gradient d of k members to the
// anchor with the outer optimizer.
func (m *Member) outerStep(d []float32, k int) {
	inv, lrOut, mu := 1/float32(k), m.p.OuterLR, m.p.OuterMomentum
	for i, v := range d {
		// Nesterov momentum on the averaged delta (the float32
		// conversions keep the compiler from fusing multiply-adds, so the
		// bits do not depend on the CPU).
		g := float32(v * inv)
		m.outerV[i] = float32(mu*m.outerV[i]) + g
		m.anchor[i] -= float32(lrOut * (g + float32(mu*m.outerV[i])))
	}
}

// syncRound reports whether an overlapped run's round ending at step
// (1-based) is summed at once rather than overlapped: the run's last
// round, and the last of each receipt period.
func (m *Member) syncRound(step int) bool {
	return step == m.p.Steps || m.p.HashEvery > 0 && step%m.p.HashEvery == 0
}

// launchOuter starts the overlapped outer all-reduce of the round that
// ends (its outer gradient is in m.host), and moves the member on to the
// next round from the group's parameters (the anchor, as of the outer
// step just landed) plus its own progress of this round: the progress
// the next landing replaces with the group's average.
func (m *Member) launchOuter(ctx context.Context, ev *Event) error {
	if m.capture != nil {
		// A verifier's recomputation: the outer gradient and the loss
		// statistics, as commitAllReduce captures them.
		for _, r := range m.pads {
			clear(m.host[r[0]:r[1]])
		}
		m.capture(append([]float32(nil), m.host...))
		return ErrCaptured
	}
	t := time.Now()
	n := len(m.params)
	d := m.host[:n]
	for i := range m.roundStart {
		m.roundStart[i] = m.anchor[i] - d[i]
	}
	if err := m.model.SetParams(m.roundStart); err != nil {
		return err
	}
	for _, r := range m.pads {
		clear(m.host[r[0]:r[1]])
	}
	if m.tamper != nil {
		m.tamper(m.step+1, m.host)
	}
	leaf := commit.Leaf{Step: uint64(m.step + 1), Contribution: commit.Floats(m.host), State: m.state}
	m.host, m.flight = m.flight, m.host
	buf := m.flight
	done := make(chan outerResult, 1) // one send: never blocks
	m.pending = &pendingOuter{leaf: leaf, done: done}
	go func() { // joined by landOuter, or by Run on failure
		k, err := m.ar.AllReduce(ctx, buf)
		done <- outerResult{k: k, err: err}
	}()
	ev.Floats = len(buf)
	ev.Compute += time.Since(t)
	return nil
}

// landOuter waits for the outer all-reduce in flight, if any (the wait is
// the step's communication time), and applies its outer step to the
// anchor; the event reports the group's loss of that round.
func (m *Member) landOuter(ev *Event) error {
	if m.pending == nil {
		return nil
	}
	t := time.Now()
	r := <-m.pending.done
	ev.Comm += time.Since(t)
	leaf := m.pending.leaf
	m.pending = nil
	if r.err != nil {
		return r.err
	}
	if r.k < m.p.Quorum {
		return fmt.Errorf("%w: %d members left, the job needs %d", ErrQuorum, r.k, m.p.Quorum)
	}
	t = time.Now()
	m.members, m.res.Members = r.k, r.k
	n := len(m.params)
	m.closeLeaf(ev, leaf, r.k, m.flight, 0)
	m.outerStep(m.flight[:n], r.k)
	ev.Loss, ev.Synced, ev.Members = float64(m.flight[n])/float64(m.flight[n+1]), true, r.k
	m.res.Loss = ev.Loss
	ev.Compute += time.Since(t)
	return nil
}

// applyMean applies the group's summed gradient, in m.host, over k
// members: the synchronous step's update after the all-reduce.
func (m *Member) applyMean(k int, lr float32) error {
	g := m.host[:m.model.Layout().Len()]
	// The mean of the members' mean gradients: the group's batch
	// gradient. Every member multiplies the same bits by the same factor,
	// so all upload the same gradient.
	inv := 1 / float32(k)
	for i := range g {
		g[i] *= inv
	}
	if err := m.model.Backend().Upload(m.model.Grads(), g); err != nil {
		return err
	}
	return m.opt.step(m.model.Params(), m.model.Grads(), lr)
}

// Replay takes the member's next synchronous step without computing a
// gradient: it applies sum, the group's all-reduced buffer of that step
// (gradients and statistics, as a member receives it) over members
// members, exactly as the step would have. A verifier replays a receipt
// period's steps with the sums the group committed to, up to the step it
// recomputes (train/verify), at the cost of the optimizer updates alone.
func (m *Member) Replay(sum []float32, members int) error {
	switch {
	case m.p.LocalSteps != 1:
		return fmt.Errorf("%w: replay needs the synchronous mode (local steps %d)", ErrParams, m.p.LocalSteps)
	case len(sum) != len(m.host) || members < 1:
		return fmt.Errorf("%w: sum of %d floats over %d members, want %d floats", ErrParams, len(sum), members, len(m.host))
	case m.step >= m.p.Steps:
		return fmt.Errorf("%w: all %d steps are done", ErrParams, m.p.Steps)
	}
	copy(m.host, sum)
	lr := float32(float64(m.p.Optimizer.LR) * m.p.Schedule.Factor(m.step, m.p.Steps))
	if err := m.applyMean(members, lr); err != nil {
		return err
	}
	m.step++
	return nil
}

// commitAllReduce is allReduce with the step's commitment: it lets the
// tamper hook (tests only) alter the contribution, hashes the buffer
// going in and the sum coming out, and records the leaf in ev and in the
// open period. The hashes run over the whole buffer, loss statistics
// included, as sent and as received (before the division by k).
func (m *Member) commitAllReduce(ctx context.Context, ev *Event) (int, time.Duration, error) {
	// The layout's padding holds no parameter, but the gradient buffer's
	// padding keeps what the last averaged gradient put there; zeroed,
	// a contribution depends only on the parameters and the batch, which
	// is what a verifier recomputes from.
	for _, r := range m.pads {
		clear(m.host[r[0]:r[1]])
	}
	if m.capture != nil {
		m.capture(append([]float32(nil), m.host...))
		return 0, 0, ErrCaptured
	}
	if m.tamper != nil {
		m.tamper(m.step+1, m.host)
	}
	t := time.Now()
	leaf := commit.Leaf{Step: uint64(m.step + 1), Contribution: commit.Floats(m.host), State: m.state}
	hashing := time.Since(t)
	k, comm, err := m.allReduce(ctx, m.host)
	if err != nil {
		return k, comm, err
	}
	ev.Floats = len(m.host)
	m.closeLeaf(ev, leaf, k, m.host, hashing)
	return k, comm, nil
}

// closeLeaf completes the step's leaf once the all-reduce returned: the k
// members that contributed, the hash of the sum received and the ring's
// transcript; it keeps the leaf for the period's root and books the time
// spent hashing (hashing so far, plus the sum's) as compute and commit.
func (m *Member) closeLeaf(ev *Event, leaf commit.Leaf, k int, sum []float32, hashing time.Duration) {
	t := time.Now()
	leaf.Members, leaf.Reduced = uint32(k), commit.Floats(sum)
	if tr, ok := m.ar.(Transcriber); ok {
		leaf.Transcript = tr.LastTranscript()
	}
	m.haveState = false
	ev.Leaf = leaf
	m.leaves = append(m.leaves, leaf)
	hashing += time.Since(t)
	ev.Compute += hashing
	ev.Commit += hashing
}

// stateHash is a state and its hash, or why it could not be hashed.
type stateHash struct {
	s   *checkpoint.State
	h   commit.Hash
	err error
}

// hashStateAside copies the member's state now, before a step (or a run
// of local steps), and hashes the copy on another goroutine, for the leaf
// of the all-reduce that ends it: the forward and backward pass only read
// the state, so on a machine with a core to spare the hash (about 12
// bytes of sha256 per parameter with AdamW) costs the step nothing but
// the copy. The caller receives from the channel before it changes the
// state (commitState). In the synchronous mode every honest member hashes
// the same state; a verifier fetches it by this hash and recomputes the
// step from it alone.
func (m *Member) hashStateAside() (<-chan stateHash, error) {
	var s *checkpoint.State
	var err error
	if m.keepState != nil {
		s, err = m.State()
	} else {
		s, err = m.stateInto(m.scratch)
		m.scratch = s
	}
	if err != nil {
		return nil, err
	}
	out := make(chan stateHash, 1) // one send: never blocks
	go func() {
		h, err := checkpoint.Hash(s)
		out <- stateHash{s: s, h: h, err: err}
	}()
	return out, nil
}

// commitState records a hashed state as the one the step's leaf commits
// to, and hands it to the keeper.
func (m *Member) commitState(r stateHash) error {
	if r.err != nil {
		return r.err
	}
	m.state, m.haveState = r.h, true
	if m.keepState != nil {
		m.keepState(r.h, r.s)
	}
	return nil
}

// closePeriod ends the open receipt period: it builds the Merkle root of
// its leaves, hands it to the signer if it signs periods, and reports it.
func (m *Member) closePeriod(ctx context.Context) error {
	per := commit.Period{Step: uint64(m.step), Leaves: m.leaves, Root: commit.Root(m.leaves)}
	m.leaves = nil
	if ps, ok := m.signer.(PeriodSigner); ok {
		if err := ps.SignPeriod(ctx, per); err != nil {
			return fmt.Errorf("sign period: %w", err)
		}
	}
	m.observe(Event{Kind: EventCommitment, Member: m.p.Member, Step: m.step, Steps: m.p.Steps, Period: per})
	return nil
}

// allReduce sums buf over the group and checks the quorum.
func (m *Member) allReduce(ctx context.Context, buf []float32) (int, time.Duration, error) {
	t := time.Now()
	k, err := m.ar.AllReduce(ctx, buf)
	d := time.Since(t)
	if err != nil {
		return 0, d, err
	}
	if k < m.p.Quorum {
		return k, d, fmt.Errorf("%w: %d members left, the job needs %d", ErrQuorum, k, m.p.Quorum)
	}
	m.members, m.res.Members = k, k
	return k, d, nil
}

// ParamsHash is keccak256 of the parameters' bytes: each float32 in
// little-endian order, in the model's Layout (padding included). It is
// the paramsHash of a StepReceipt.
func ParamsHash(params []float32) [32]byte {
	k := sha3.NewLegacyKeccak256()
	buf := make([]byte, 0, 4096)
	for _, v := range params {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
		if len(buf) == cap(buf) {
			k.Write(buf)
			buf = buf[:0]
		}
	}
	k.Write(buf)
	var h [32]byte
	k.Sum(h[:0])
	return h
}

// compareHash signs this member's parameter hash and checks, through the
// all-reducer, that every member has the same. Each member contributes
// its hash's 32 bytes b and their squares b²; with k members the sums are
// exact in float32 (at most 255²·k < 2²⁴ for k ≤ 258), and for each byte
// (Σb)² = k·Σb² holds exactly when all k members have the same byte
// (equality in Cauchy–Schwarz), so every member detects any mismatch.
func (m *Member) compareHash(ctx context.Context) error {
	if err := m.model.ReadParams(m.params); err != nil {
		return err
	}
	h := ParamsHash(m.params)
	if m.signer != nil {
		if err := m.signer.SignReceipt(ctx, uint64(m.step), h); err != nil {
			return fmt.Errorf("sign receipt: %w", err)
		}
	}
	vec := HashVector(h)
	k, err := m.ar.AllReduce(ctx, vec)
	if err != nil {
		return err
	}
	if j, ok := HashesAgree(vec, k); !ok {
		return fmt.Errorf("%w: hash %x differs from another member's at byte %d", ErrDiverged, h[:4], j)
	}
	m.observe(Event{Kind: EventHash, Member: m.p.Member, Step: m.step, Steps: m.p.Steps, Hash: h, Members: k})
	return nil
}

// HashVector is what a member contributes to a parameter-hash comparison
// (the all-reduce after each receipt period): the hash's 32 bytes, then
// their squares. A standby called into a ring at such a comparison takes
// part with the hash the members signed (node).
func HashVector(h [32]byte) []float32 {
	vec := make([]float32, hashVecLen)
	for j, b := range h {
		vec[j] = float32(b)
		vec[32+j] = float32(b) * float32(b)
	}
	return vec
}

// HashesAgree reports whether sum, the sum of k members' HashVectors, is
// of k equal hashes (a sum of squares equal to the square of the sum over
// k, byte by byte); if not, the first byte where they differ.
func HashesAgree(sum []float32, k int) (int, bool) {
	for j := 0; j < 32; j++ {
		s, sq := float64(sum[j]), float64(sum[32+j])
		if s*s != float64(k)*sq {
			return j, false
		}
	}
	return 0, true
}

// Checkpoint saves the member's state now and returns the file's path.
func (m *Member) Checkpoint() (string, error) {
	s, err := m.State()
	if err != nil {
		return "", err
	}
	path, _, err := checkpoint.Save(m.p.CheckpointDir, s)
	return path, err
}

// State returns the member's state now, as a checkpoint holds it. In the
// synchronous mode every member of a group has the same state after a
// step (same parameters, same optimizer moments), so one member's state
// is what a verifier replays any member's steps from (train/verify).
func (m *Member) State() (*checkpoint.State, error) { return m.stateInto(nil) }

// stateInto is State reusing reuse's tensors (when it has them and the
// same layout), so that hashing the state at every step allocates
// nothing.
func (m *Member) stateInto(reuse *checkpoint.State) (*checkpoint.State, error) {
	s := &checkpoint.State{JobID: m.p.JobID, ModelHash: m.model.Spec().Hash(), Step: uint64(m.step)}
	s.Meta = binary.BigEndian.AppendUint64(nil, uint64(m.opt.steps))
	be := m.model.Backend()
	read := func(name string, b interface{ Len() int }, get func([]float32) error) error {
		var data []float32
		if reuse != nil && len(reuse.Tensors) > len(s.Tensors) && len(reuse.Tensors[len(s.Tensors)].Data) == b.Len() {
			data = reuse.Tensors[len(s.Tensors)].Data
		} else {
			data = make([]float32, b.Len())
		}
		if err := get(data); err != nil {
			return err
		}
		s.Tensors = append(s.Tensors, checkpoint.Tensor{Name: name, Data: data})
		return nil
	}
	if err := read("params", m.model.Params(), func(d []float32) error { return be.Download(d, m.model.Params()) }); err != nil {
		return nil, err
	}
	for _, name := range []string{"opt.m", "opt.v"} {
		if b, ok := m.opt.state()[name]; ok {
			if err := read(name, b, func(d []float32) error { return be.Download(d, b) }); err != nil {
				return nil, err
			}
		}
	}
	if m.anchor != nil {
		outer := []checkpoint.Tensor{{Name: "outer.anchor", Data: m.anchor}, {Name: "outer.v", Data: m.outerV}}
		if m.residual != nil {
			// Only with compression, so that other states hash as before.
			outer = append(outer, checkpoint.Tensor{Name: "outer.residual", Data: m.residual})
		}
		for _, t := range outer {
			if err := read(t.Name, hostLen(t.Data), func(d []float32) error { copy(d, t.Data); return nil }); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// hostLen gives a host slice the Len of a device buffer, for stateInto.
type hostLen []float32

func (h hostLen) Len() int { return len(h) }

// Resume loads the latest valid checkpoint of this job from
// CheckpointDir, if there is one, and reports whether it did. Damaged
// checkpoints are skipped.
func (m *Member) Resume() (bool, error) {
	if m.p.CheckpointDir == "" {
		return false, nil
	}
	s, path, _, err := checkpoint.Latest(m.p.CheckpointDir, m.p.JobID)
	if errors.Is(err, checkpoint.ErrNone) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := m.Restore(s); err != nil {
		return false, fmt.Errorf("checkpoint %s: %w", path, err)
	}
	m.observe(Event{Kind: EventResumed, Member: m.p.Member, Step: m.step, Steps: m.p.Steps, Path: path})
	return true, nil
}

// Restore sets the member's state to s (from State or a checkpoint of
// this job and model): parameters, optimizer state, step.
func (m *Member) Restore(s *checkpoint.State) error {
	if s.ModelHash != m.model.Spec().Hash() || len(s.Meta) != 8 || s.Step > uint64(m.p.Steps) {
		return fmt.Errorf("%w: the state is of another model or run", ErrParams)
	}
	be := m.model.Backend()
	n := m.model.Layout().Len()
	put := func(name string, dst []float32, upload func([]float32) error) error {
		d, ok := s.Get(name)
		if !ok || len(d) != n {
			return fmt.Errorf("%w: the state lacks %s", ErrParams, name)
		}
		if upload != nil {
			return upload(d)
		}
		copy(dst, d)
		return nil
	}
	if err := put("params", nil, m.model.SetParams); err != nil {
		return err
	}
	for name, b := range m.opt.state() {
		if err := put(name, nil, func(d []float32) error { return be.Upload(b, d) }); err != nil {
			return err
		}
	}
	if m.anchor != nil {
		if err := put("outer.anchor", m.anchor, nil); err != nil {
			return err
		}
		if err := put("outer.v", m.outerV, nil); err != nil {
			return err
		}
		if m.residual != nil {
			if err := put("outer.residual", m.residual, nil); err != nil {
				return err
			}
		}
	}
	if m.roundStart != nil {
		// Overlapped (Params.Overlap): a state is taken where a round
		// starts, from its parameters.
		d, _ := s.Get("params")
		copy(m.roundStart, d)
	}
	m.opt.steps = int(binary.BigEndian.Uint64(s.Meta))
	m.step = int(s.Step)
	m.leaves = nil
	m.haveState = false
	return nil
}

// RunGroup runs members (of one group, in one process) to the end, each
// in its own goroutine, and returns their results and errors by index.
func RunGroup(ctx context.Context, members []*Member) ([]Result, []error) {
	res := make([]Result, len(members))
	errs := make([]error, len(members))
	done := make(chan int, len(members)) // one send per member: never blocks
	for i, m := range members {
		go func() {
			res[i], errs[i] = m.Run(ctx)
			done <- i
		}()
	}
	for range members {
		<-done
	}
	return res, errs
}

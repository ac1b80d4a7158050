package node

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/crypto/sha3"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// Recipe is everything a group member needs to train its share of a job
// besides the data: the model, the training hyperparameters and the
// dataset's Merkle root. Its keccak256 is the job announcement's modelHash,
// so a provider that fetched it from anyone can check it is the recipe the
// poster asked for, and every member builds the same run.
type Recipe struct {
	// Model is the network every member builds.
	Model nn.Spec `json:"model"`
	// DatasetRoot is the dataset's Merkle root (also the announcement's
	// datasetRoot).
	DatasetRoot auction.Hash `json:"dataset_root"`
	// Backend names the compute mode every member trains in (the JSON key
	// predates modes): ModeRepro, reproducible mode, in which the CPU and
	// CUDA backends give the same bits (gpu.Backend), so a group may mix
	// CPU and GPU members, which compare parameter hashes, and a CPU peer
	// recomputes a GPU member's step. Each member trains on its own
	// device (JobsConfig.Compute). "cpu", the mode's old name, is
	// accepted as the same mode, so recipes hashed before keep their hash.
	Backend string `json:"backend"`
	// Steps is the number of optimizer steps (the announcement's steps).
	Steps int `json:"steps"`
	// BatchSize is each member's rows per step.
	BatchSize int `json:"batch_size"`
	// Optimizer and Schedule are train's.
	Optimizer train.OptimizerParams `json:"optimizer"`
	Schedule  train.Schedule        `json:"schedule"`
	// Seed initialises the model.
	Seed uint64 `json:"seed"`
	// HashEvery is how often members sign a StepReceipt (and so the
	// granularity at which a member that stops is paid); it must divide
	// Steps so that the final step is receipted like the others.
	HashEvery int `json:"hash_every"`
	// LocalSteps > 1 trains DiLoCo-style (train.Params.LocalSteps).
	LocalSteps int `json:"local_steps"`
	// OuterLR and OuterMomentum set DiLoCo's outer step (Nesterov;
	// train.Params): 0 and nil keep the defaults (0.7, 0.9). Top-k
	// compression wants plain averaging, LR 1 and momentum 0 (README
	// "Compressed DiLoCo"). Left out of the encoding when unset, so
	// recipes written before them hash as they did.
	OuterLR       float32  `json:"outer_lr,omitempty"`
	OuterMomentum *float32 `json:"outer_momentum,omitempty"`
	// AuditBps is the share of (member, step) pairs verifiers recompute,
	// in basis points (1 to 10000; PROTOCOL.md, "Verified work"), of the
	// steps with a leaf: with LocalSteps > 1, of the outer steps; 0 takes
	// job.DefaultRateBps (5%, per outer step with a job audit per member in the local-steps mode). Left out of the encoding when 0, so recipes
	// written before it hash as they did.
	AuditBps uint32 `json:"audit_bps,omitempty"`
	// BaseModel, when set, is the FileHash (keccak256) of a safetensors
	// model file (train/model) the members start from instead of Seed's
	// initialisation: a fine-tuning job. The poster serves the file by
	// that hash like the data; each member fetches it, checks the hash,
	// and loads its tensors for Model (same architecture, same shapes).
	// Left out of the encoding when zero, so recipes without one hash as
	// they did.
	BaseModel auction.Hash `json:"base_model,omitzero"`
	// Tokenizer names the subword tokenizer of a token dataset
	// (dataset.KindTokens) by the keccak256 of its canonical
	// tokenizer.json (bpe.Tokenizer.Hash): the poster tokenized the text
	// with it, and members, verifiers and whoever samples from the model
	// read the ids with it. It must equal the dataset manifest's. Left out
	// of the encoding when zero, so recipes of byte-level text and tabular
	// jobs hash as they did.
	Tokenizer auction.Hash `json:"tokenizer,omitzero"`
	// Compression compresses DiLoCo's outer gradients (LocalSteps > 1):
	// "topk:F", "int2", "int4", "int8" or "topk:F+intN" (codec.ParseOuter;
	// README "Training"). Left out when empty, so recipes written before it
	// hash as they did. The ring packs what members send (codec.Ints),
	// and each member keeps the group's sum of every outer step for
	// verifiers, who recompute a step from it (auditstore.go).
	Compression string `json:"compression,omitempty"`
	// Overlap overlaps DiLoCo's outer all-reduce with the next round's
	// local steps, the outer step applied one round late
	// (train.Params.Overlap); the last round of each receipt period is
	// summed at once, so receipts sign parameters the members share. A
	// verifier recomputes an overlapped round from the state its leaf
	// commits to (whose parameters are where the round starts) as any
	// DiLoCo round. Left out when false, so recipes written before it
	// hash as they did. Not with compression; standbys join an
	// overlapped job at receipt periods' ends only (Recipe.joinPoint).
	Overlap bool `json:"overlap,omitempty"`
	// RingOrder is how the group orders its training ring: RingAward
	// (empty: the award's winner order) or RingMeasured, in which the
	// group measures its members' round trips when it forms, agrees the
	// matrix and orders the ring with package ringorder's rule
	// (PROTOCOL.md, "Ring order"); the order is then fixed for the job.
	// It changes the sums' bits, so it is part of the recipe. Left out
	// when award order, so recipes written before it hash as they did
	// (a job file's "award" is written as empty).
	RingOrder string `json:"ring_order,omitempty"`
	// DataPrice is what the poster pays a data holder per chunk of the
	// dataset a member signed for (PROTOCOL.md, "Paid data"), in the
	// stablecoin's base units; DataHolders are the peer IDs of the holders
	// members fetch from (besides the poster). The poster escrows a data
	// pool of DataPrice x the train split's chunks with the job. Left out
	// when unset, so recipes written before them hash as they did.
	DataPrice   uint64   `json:"data_price,omitempty"`
	DataHolders []string `json:"data_holders,omitempty"`
}

// Recipe ring orders (Recipe.RingOrder).
const (
	// RingAward keeps the award's winner order: a job file's name for
	// it; a recipe writes it as "".
	RingAward = "award"
	// RingMeasured orders the ring from measured round trips.
	RingMeasured = "measured"
)

// measuredOrder reports whether r orders its ring from round trips.
func (r *Recipe) measuredOrder() bool { return r.RingOrder == RingMeasured }

// checkTokenizer: a token dataset's tokenizer is the recipe's, and only a
// token dataset has one.
func (r *Recipe) checkTokenizer(man *dataset.Manifest) error {
	switch {
	case man.Kind == dataset.KindTokens && r.Tokenizer == (auction.Hash{}):
		return fmt.Errorf("%w: a token dataset, and the recipe names no tokenizer", ErrRecipe)
	case man.Kind == dataset.KindTokens && dataset.Hash(r.Tokenizer) != man.Tokenizer:
		return fmt.Errorf("%w: the recipe's tokenizer %s is not the dataset's %s", ErrRecipe, r.Tokenizer.Short(), auction.Hash(man.Tokenizer).Short())
	case man.Kind != dataset.KindTokens && r.Tokenizer != (auction.Hash{}):
		return fmt.Errorf("%w: a tokenizer for a dataset that is not tokenized", ErrRecipe)
	}
	return nil
}

// auditRate is the recipe's audit rate in basis points, per step with a
// leaf (job.Leaves): per outer step in the local-steps mode, whose
// default is job.DefaultOuterAuditRateBps.
func (r *Recipe) auditRate() uint32 {
	if r.AuditBps == 0 {
		return job.DefaultRateBps(uint64(max(r.LocalSteps, 1)))
	}
	return r.AuditBps
}

// leaves says which of the recipe's steps carry a member's leaf: the
// steps the audit sample draws from.
func (r *Recipe) leaves() job.Leaves {
	return job.Leaves{Steps: uint64(max(r.Steps, 0)), Local: uint64(max(r.LocalSteps, 1))}
}

// auditBound is the verification bound a poster escrows for a group of
// groupSize on this recipe (job.JobAuditBound: over the steps with a
// leaf, and a local-steps job's job audits).
func (r *Recipe) auditBound(groupSize uint32) uint32 {
	return job.JobAuditBound(groupSize, r.leaves(), r.auditRate())
}

// Recipe compute modes.
const (
	// ModeRepro is reproducible mode: every member, on a CPU or a GPU,
	// computes the same bits.
	ModeRepro = "repro"
	// modeReproOld is ModeRepro's old name, from when groups could only
	// train on CPUs.
	modeReproOld = "cpu"
)

// recipeBytesMax bounds a recipe received from a peer: a few hundred bytes
// of JSON in practice.
const recipeBytesMax = 64 << 10

// ErrRecipe reports a recipe that cannot be trained.
var ErrRecipe = errors.New("node: bad recipe")

// Validate reports the first problem with r.
func (r *Recipe) Validate() error {
	if err := r.Model.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrRecipe, err)
	}
	switch {
	case r.Backend != ModeRepro && r.Backend != modeReproOld:
		return fmt.Errorf("%w: compute mode %q: want %q (reproducible: the same bits on CPUs and GPUs; %q is its old name)", ErrRecipe, r.Backend, ModeRepro, modeReproOld)
	case r.Steps < 1 || r.BatchSize < 1 || r.BatchSize > 1<<16:
		return fmt.Errorf("%w: %d steps of %d rows", ErrRecipe, r.Steps, r.BatchSize)
	case r.HashEvery < 1 || r.Steps%r.HashEvery != 0:
		return fmt.Errorf("%w: receipts every %d steps must divide the %d steps", ErrRecipe, r.HashEvery, r.Steps)
	case r.AuditBps > 10_000:
		return fmt.Errorf("%w: audit rate %d bps, want at most 10000", ErrRecipe, r.AuditBps)
	case len(r.DataHolders) > maxDataHolders:
		return fmt.Errorf("%w: %d data holders, at most %d", ErrRecipe, len(r.DataHolders), maxDataHolders)
	case r.RingOrder != "" && r.RingOrder != RingMeasured:
		// Award order is written as empty: a recipe carrying "award"
		// would hash unlike the same recipe without it.
		return fmt.Errorf("%w: ring order %q: want %q (from measured round trips) or none (award order)", ErrRecipe, r.RingOrder, RingMeasured)
	case r.Schedule.Kind != train.ScheduleConstant && !(r.Schedule.MinFactor > 0):
		return fmt.Errorf("%w: a %s schedule with min factor %v ends at learning rate 0, which the optimizers refuse", ErrRecipe, r.Schedule.Kind, r.Schedule.MinFactor)
	}
	o, err := codec.ParseOuter(r.Compression)
	switch {
	case err != nil:
		return fmt.Errorf("%w: compression: %v", ErrRecipe, err)
	case (r.OuterLR != 0 || r.OuterMomentum != nil) && r.LocalSteps < 2:
		return fmt.Errorf("%w: an outer learning rate or momentum is DiLoCo's: it needs local_steps ≥ 2, not %d", ErrRecipe, r.LocalSteps)
	case o.On() && r.LocalSteps < 2:
		return fmt.Errorf("%w: compression %q compresses DiLoCo's outer gradients: it needs local_steps ≥ 2, not %d", ErrRecipe, r.Compression, r.LocalSteps)
	}
	if _, err := r.dataHolders(); err != nil {
		return err
	}
	if r.Overlap && (r.LocalSteps < 2 || o.On()) {
		return fmt.Errorf("%w: overlap overlaps DiLoCo's outer all-reduce: it needs local_steps ≥ 2 (not %d) and, for now, no compression (not %q)", ErrRecipe, r.LocalSteps, r.Compression)
	}
	p := r.params(0)
	if err := p.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrRecipe, err)
	}
	return nil
}

// params returns member's train.Params for the recipe.
func (r *Recipe) params(member int) train.Params {
	p := train.DefaultParams()
	p.Member, p.Seed, p.Steps, p.BatchSize = member, r.Seed, r.Steps, r.BatchSize
	p.Optimizer, p.Schedule, p.HashEvery = r.Optimizer, r.Schedule, r.HashEvery
	p.LocalSteps = max(r.LocalSteps, 1)
	if r.OuterLR != 0 {
		p.OuterLR = r.OuterLR
	}
	if r.OuterMomentum != nil {
		p.OuterMomentum = *r.OuterMomentum
	}
	// Validate refused a setting that does not parse.
	p.Compression, _ = codec.ParseOuter(r.Compression)
	p.Overlap = r.Overlap
	return p
}

// Encode returns the canonical JSON of r: the bytes Hash covers.
func (r *Recipe) Encode() []byte {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // plain structs of numbers and strings always marshal
	}
	return b
}

// Hash is keccak256 of the encoding: the job's modelHash.
func (r *Recipe) Hash() auction.Hash {
	var h auction.Hash
	k := sha3.NewLegacyKeccak256()
	k.Write(r.Encode())
	k.Sum(h[:0])
	return h
}

// DecodeRecipe parses a recipe received from a peer and checks that it
// hashes to want and can be trained. Unknown fields are errors.
func DecodeRecipe(data []byte, want auction.Hash) (*Recipe, error) {
	if len(data) > recipeBytesMax {
		return nil, fmt.Errorf("%w: %d bytes, want at most %d", ErrRecipe, len(data), recipeBytesMax)
	}
	var h auction.Hash
	k := sha3.NewLegacyKeccak256()
	k.Write(data)
	k.Sum(h[:0])
	if h != want {
		return nil, fmt.Errorf("%w: it hashes to %s, the job names %s", ErrRecipe, h.Short(), want.Short())
	}
	var r Recipe
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRecipe, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrRecipe)
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return &r, nil
}

// Package jobfile reads a job file (TOML): what a poster asks the mesh to
// train (the model, the data, the hyperparameters) and what it offers (group
// size, hardware floor, budget, windows). It turns the file into a
// node.JobRequest: the recipe whose hash the announcement names, and the
// content-addressed dataset the poster serves. Unknown keys are errors, so a
// typo never trains another job than the one meant.
package jobfile

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
)

// ErrJobFile reports a job file that cannot be used; the message names the
// key and what is wanted.
var ErrJobFile = errors.New("job file")

// File is the job file's format.
type File struct {
	GroupSize     uint32 `toml:"group-size"`
	MinVRAM       string `toml:"min-vram"`
	MinThroughput uint64 `toml:"min-throughput"`
	Budget        string `toml:"budget"`
	CommitWindow  string `toml:"commit-window"`
	RevealWindow  string `toml:"reveal-window"`
	SettleWithin  string `toml:"settle-within"`
	Model         Model  `toml:"model"`
	Data          Data   `toml:"data"`
	Train         Train  `toml:"train"`
	// Evaluation, when present, names the job's independent evaluation.
	Evaluation *Evaluation `toml:"evaluation"`
}

// Evaluation is the [evaluation] table (issue 21 item 4; README
// "Settlement"): evaluators that are not the job's members score the final
// model on the data's held-out split (test-fraction), which the poster
// withholds until training ends, and a share of the members' training pay
// is conditional on the median score. Scores are taken until the job's
// challenge window ends (its release time): that is the deadline.
type Evaluation struct {
	// Metric is "accuracy" (a fraction, higher is better) or "loss"
	// (mean held-out loss in nats, lower is better).
	Metric string `toml:"metric"`
	// Threshold the median score must reach (at least it for accuracy,
	// at most it for loss).
	Threshold float64 `toml:"threshold"`
	// ConditionalShare is the fraction (0 to 1) of each member's training
	// pay that returns to the poster if the result fails the threshold.
	ConditionalShare float64 `toml:"conditional-share"`
	// Evaluators is the number of scores a result needs (3 to 32).
	Evaluators int `toml:"evaluators"`
	// Fee is paid to each evaluator whose score agrees with the result
	// (stablecoin base units; fee × evaluators is escrowed).
	Fee string `toml:"fee"`
	// Tolerance: a score within it of the result agrees (metric units;
	// default 0.0001).
	Tolerance *float64 `toml:"tolerance"`
	// MinStake is the least stake an evaluator must hold (base units).
	MinStake string `toml:"min-stake"`
}

// Model is the [model] table.
type Model struct {
	// Kind is "mlp" (on tabular data), "transformer" or "llama" (on text
	// or tokenized text).
	Kind string `toml:"kind"`
	// Hidden are an MLP's hidden widths.
	Hidden []int `toml:"hidden"`
	// Context, Dim, Heads and Layers shape a transformer or a llama.
	Context int `toml:"context"`
	Dim     int `toml:"dim"`
	Heads   int `toml:"heads"`
	Layers  int `toml:"layers"`
	// A llama's options (nn.LlamaSpec): key/value heads (grouped-query
	// attention; 0: heads), SwiGLU width (0: 8·dim/3 rounded up to 16),
	// RoPE base (0: 10000), RMSNorm epsilon (0: 1e-5), tied embeddings.
	KVHeads        int     `toml:"kv-heads"`
	FFN            int     `toml:"ffn"`
	RopeTheta      int     `toml:"rope-theta"`
	NormEps        float64 `toml:"norm-eps"`
	TiedEmbeddings bool    `toml:"tied-embeddings"`
	// Base, when set, is a safetensors model file (relative to the job
	// file) the group starts from instead of the seed's initialisation:
	// a fine-tuning job. Its tensors must fit the model above (names and
	// shapes of the architecture's Hugging Face layout; a trainmesh file's
	// recorded spec must be this one). The recipe names it by its
	// keccak256 and the poster serves it like the data.
	Base string `toml:"base"`
}

// Data is the [data] table: exactly one source.
type Data struct {
	// Builtin is "digits" (UCI handwritten digits) or "opticks" (Newton's
	// Opticks, text).
	Builtin string `toml:"builtin"`
	// CSV is a CSV file of features and a label (last column unless
	// label-column says otherwise); Header skips its first line.
	CSV         string `toml:"csv"`
	LabelColumn *int   `toml:"label-column"`
	Header      bool   `toml:"header"`
	// Scale multiplies feature values (digits: 1/16; idx: 1/255 by default).
	Scale float32 `toml:"scale"`
	// IDXImages and IDXLabels are an MNIST-format pair.
	IDXImages string `toml:"idx-images"`
	IDXLabels string `toml:"idx-labels"`
	// Text is a plain text file (byte-level tokens).
	Text string `toml:"text"`
	// TestFraction is held out for scoring (default 0.2; text: the tail).
	TestFraction *float64 `toml:"test-fraction"`
	// ChunkBytes is the chunk size (default 64 KiB).
	ChunkBytes int `toml:"chunk-bytes"`
	// BPEVocab > 0 tokenizes the text (a text file or builtin opticks)
	// with a byte-level BPE of that many tokens trained on the text's
	// training part (train/bpe); Tokenizer instead loads a Hugging Face
	// tokenizer.json (byte-level BPE). Either makes a token dataset whose
	// manifest, and the recipe, name the tokenizer by hash.
	BPEVocab  int    `toml:"bpe-vocab"`
	Tokenizer string `toml:"tokenizer"`
	// Holders are the peer IDs of data holders members fetch the data
	// from besides the poster, paid Price (stablecoin base units) per
	// chunk a member signed for, from a data pool escrowed with the job
	// (node.Recipe.DataHolders, DataPrice; README "Settlement" item 10).
	Holders []string `toml:"holders"`
	Price   string   `toml:"price"`

	// tokJSON is the canonical tokenizer.json tokenize made the token
	// dataset with (the request's Tokenizer).
	tokJSON []byte
}

// Train is the [train] table.
type Train struct {
	Steps        int      `toml:"steps"`
	BatchSize    int      `toml:"batch-size"`
	Optimizer    string   `toml:"optimizer"` // "adamw" or "sgd"
	LR           float32  `toml:"lr"`
	Momentum     float32  `toml:"momentum"`
	WeightDecay  *float32 `toml:"weight-decay"`
	Schedule     string   `toml:"schedule"` // constant, cosine, linear
	WarmupSteps  int      `toml:"warmup-steps"`
	MinFactor    *float64 `toml:"min-factor"` // default 0.1
	Seed         uint64   `toml:"seed"`
	ReceiptEvery int      `toml:"receipt-every"`
	LocalSteps   int      `toml:"local-steps"`
	// AuditBps is the share of (member, step) pairs verifiers recompute,
	// in basis points (1 to 10000); 0 takes the default (500: 5%).
	AuditBps uint32 `toml:"audit-bps"`
	// Compression compresses DiLoCo's outer gradients (local-steps ≥ 2):
	// "topk:0.01", "int4", "topk:0.05+int2", … (node.Recipe.Compression;
	// README "Training": what each saves on home links).
	Compression string `toml:"compression"`
	// OuterLR and OuterMomentum set DiLoCo's outer step (default 0.7 and
	// 0.9, Nesterov); top-k compression wants 1 and 0.
	OuterLR       float32  `toml:"outer-lr"`
	OuterMomentum *float32 `toml:"outer-momentum"`
	// Overlap overlaps DiLoCo's outer all-reduce with the next round's
	// local steps (local-steps ≥ 2; node.Recipe.Overlap).
	Overlap bool `toml:"overlap"`
	// RingOrder is "award" (the default) or "measured": the group orders
	// its ring from the round trips it measures when it forms
	// (node.Recipe.RingOrder; README "Training": when to choose it).
	RingOrder string `toml:"ring-order"`
}

// Load reads a job file. Relative data paths are relative to the file.
func Load(path string) (node.JobRequest, error) {
	var f File
	md, err := toml.DecodeFile(path, &f)
	if err != nil {
		return node.JobRequest{}, fmt.Errorf("%w %s: %v", ErrJobFile, path, err)
	}
	if extra := md.Undecoded(); len(extra) > 0 {
		return node.JobRequest{}, fmt.Errorf("%w %s: unknown key %s", ErrJobFile, path, extra[0])
	}
	req, err := f.Request(filepath.Dir(path))
	if err != nil {
		return req, fmt.Errorf("%w %s: %w", ErrJobFile, path, err)
	}
	return req, nil
}

// Request builds the job from the file's values; dir resolves relative data
// paths.
func (f *File) Request(dir string) (node.JobRequest, error) {
	var req node.JobRequest
	var err error
	bad := func(key string, err error) error { return fmt.Errorf("%s: %w", key, err) }
	if f.GroupSize < 1 {
		return req, bad("group-size", errors.New("want at least 1 member"))
	}
	req.GroupSize, req.MinThroughput = f.GroupSize, f.MinThroughput
	if req.MinVRAMBytes, err = ParseBytes(orDefault(f.MinVRAM, "0")); err != nil {
		return req, bad("min-vram", err)
	}
	if req.Budget, err = ParseAmount(f.Budget); err != nil || req.Budget.Sign() == 0 {
		return req, bad("budget (stablecoin base units, more than 0)", fmt.Errorf("%q", f.Budget))
	}
	for _, w := range []struct {
		key, val string
		dst      *time.Duration
	}{{"commit-window", orDefault(f.CommitWindow, "30s"), &req.CommitWindow}, {"reveal-window", orDefault(f.RevealWindow, "30s"), &req.RevealWindow},
		{"settle-within", orDefault(f.SettleWithin, "0s"), &req.SettleWithin}} {
		if *w.dst, err = time.ParseDuration(w.val); err != nil || *w.dst < 0 {
			return req, bad(w.key+` (a duration such as "30s")`, fmt.Errorf("%q", w.val))
		}
	}
	if req.Dataset, err = f.Data.load(dir); err != nil {
		return req, bad("data", err)
	}
	spec, err := f.Model.spec(req.Dataset.Manifest)
	if err != nil {
		return req, bad("model", err)
	}
	if req.Recipe, err = f.Train.recipe(spec, auction.Hash(req.Dataset.Root())); err != nil {
		return req, bad("train", err)
	}
	if len(f.Data.Holders) > 0 || f.Data.Price != "" {
		price, err := ParseAmount(orDefault(f.Data.Price, "0"))
		if err != nil || !price.IsUint64() || (price.Sign() == 0) != (len(f.Data.Holders) == 0) {
			return req, bad("data.price (base units per chunk, with data.holders)", fmt.Errorf("%q for %d holders", f.Data.Price, len(f.Data.Holders)))
		}
		req.Recipe.DataPrice, req.Recipe.DataHolders = price.Uint64(), f.Data.Holders
		if err := req.Recipe.Validate(); err != nil {
			return req, bad("data.holders", err)
		}
	}
	if man := req.Dataset.Manifest; man.Kind == dataset.KindTokens {
		req.Recipe.Tokenizer = auction.Hash(man.Tokenizer)
		req.Tokenizer = f.Data.tokJSON
	}
	if f.Evaluation != nil {
		if req.Evaluation, err = f.Evaluation.terms(req.Dataset.Manifest); err != nil {
			return req, bad("evaluation", err)
		}
	}
	if f.Model.Base != "" {
		path := f.Model.Base
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		if req.BaseModel, err = os.ReadFile(path); err != nil {
			return req, bad("model.base", err)
		}
		if _, err := node.BaseParams(spec, req.BaseModel); err != nil {
			return req, bad("model.base", fmt.Errorf("%s: %w", f.Model.Base, err))
		}
		req.Recipe.BaseModel = auction.Hash(model.FileHash(req.BaseModel))
	}
	return req, nil
}

// terms turns the table into the announcement's terms over man's held-out
// split.
func (e *Evaluation) terms(man *dataset.Manifest) (protocol.EvalTerms, error) {
	var t protocol.EvalTerms
	switch e.Metric {
	case "accuracy":
		t.HigherIsBetter = true
		if e.Threshold < 0 || e.Threshold > 1 {
			return t, fmt.Errorf("threshold %v: an accuracy is a fraction, 0 to 1", e.Threshold)
		}
	case "loss":
		if e.Threshold < 0 || e.Threshold > 1e6 {
			return t, fmt.Errorf("threshold %v: want a loss of 0 to 1e6 nats", e.Threshold)
		}
	default:
		return t, fmt.Errorf(`metric %q: want "accuracy" or "loss"`, e.Metric)
	}
	t.Threshold = uint64(math.Round(e.Threshold * protocol.ScoreScale))
	tol := 0.0001
	if e.Tolerance != nil {
		tol = *e.Tolerance
	}
	if tol < 0 || tol > 1e6 {
		return t, fmt.Errorf("tolerance %v out of range", tol)
	}
	t.Tolerance = uint64(math.Round(tol * protocol.ScoreScale))
	if e.ConditionalShare < 0 || e.ConditionalShare > 1 {
		return t, fmt.Errorf("conditional-share %v: want a fraction, 0 to 1", e.ConditionalShare)
	}
	t.ConditionalBps = uint16(math.Round(e.ConditionalShare * 10_000))
	if e.Evaluators < protocol.EvalMinQuorum || e.Evaluators > protocol.EvalMaxScores {
		return t, fmt.Errorf("evaluators %d: want %d to %d", e.Evaluators, protocol.EvalMinQuorum, protocol.EvalMaxScores)
	}
	t.Quorum = uint8(e.Evaluators)
	var err error
	if t.Fee, err = ParseAmount(orDefault(e.Fee, "0")); err != nil {
		return t, fmt.Errorf("fee: %w", err)
	}
	if t.MinStake, err = ParseAmount(orDefault(e.MinStake, "0")); err != nil {
		return t, fmt.Errorf("min-stake: %w", err)
	}
	if t.HeldOutHash = node.HeldOutHash(man); !t.Set() {
		return t, errors.New("the data has no held-out split to evaluate on (test-fraction 0)")
	}
	return t, t.Validate()
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func (d *Data) load(dir string) (*dataset.Dataset, error) {
	sources := 0
	for _, s := range []string{d.Builtin, d.CSV, d.IDXImages + d.IDXLabels, d.Text} {
		if s != "" {
			sources++
		}
	}
	if sources != 1 {
		return nil, errors.New(`name exactly one source: builtin = "digits" or "opticks", csv, idx-images with idx-labels, or text`)
	}
	switch d.Builtin {
	case "":
	case "digits":
		return corpus.DigitsDataset(d.ChunkBytes)
	case "opticks":
		if d.BPEVocab != 0 || d.Tokenizer != "" {
			t, err := corpus.Opticks()
			if err != nil {
				return nil, err
			}
			// OpticksDataset's chunks and held-out tail.
			p := dataset.DefaultBuildParams("newton-opticks")
			p.ChunkBytes, p.TestFraction = 8<<10, 0.1
			return d.tokenize(dir, t, p)
		}
		return corpus.OpticksDataset()
	default:
		return nil, fmt.Errorf("builtin %q: want digits or opticks", d.Builtin)
	}
	p := dataset.DefaultBuildParams("")
	if d.ChunkBytes != 0 {
		p.ChunkBytes = d.ChunkBytes
	}
	if d.TestFraction != nil {
		p.TestFraction = *d.TestFraction
	}
	p.Scale = d.Scale
	open := func(name string) (*os.File, error) {
		if !filepath.IsAbs(name) {
			name = filepath.Join(dir, name)
		}
		return os.Open(name)
	}
	switch {
	case d.CSV != "":
		f, err := open(d.CSV)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		cp := dataset.CSVParams{LabelColumn: -1, Header: d.Header}
		if d.LabelColumn != nil {
			cp.LabelColumn = *d.LabelColumn
		}
		t, err := dataset.LoadCSV(f, cp)
		if err != nil {
			return nil, err
		}
		p.Name = base(d.CSV)
		return dataset.BuildTabular(t, p)
	case d.Text != "":
		f, err := open(d.Text)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		t, err := dataset.LoadText(f)
		if err != nil {
			return nil, err
		}
		p.Name = base(d.Text)
		if d.TestFraction == nil {
			p.TestFraction = 0.1
		}
		if d.BPEVocab != 0 || d.Tokenizer != "" {
			return d.tokenize(dir, t, p)
		}
		return dataset.BuildText(t, p)
	default:
		if d.IDXImages == "" || d.IDXLabels == "" {
			return nil, errors.New("idx-images and idx-labels go together")
		}
		img, err := open(d.IDXImages)
		if err != nil {
			return nil, err
		}
		defer img.Close()
		lab, err := open(d.IDXLabels)
		if err != nil {
			return nil, err
		}
		defer lab.Close()
		t, err := dataset.LoadIDX(img, lab)
		if err != nil {
			return nil, err
		}
		p.Name = base(d.IDXImages)
		if p.Scale == 0 {
			p.Scale = 1.0 / 255
		}
		return dataset.BuildTabular(t, p)
	}
}

// tokenize turns a byte-level text into a token dataset: a BPE trained on
// the part BuildTokens will not hold out (so the held-out loss is of text
// the tokenizer has not seen), or a tokenizer.json loaded from a file.
func (d *Data) tokenize(dir string, t *dataset.Text, p dataset.BuildParams) (*dataset.Dataset, error) {
	if d.BPEVocab != 0 && d.Tokenizer != "" {
		return nil, errors.New("bpe-vocab or tokenizer, not both")
	}
	raw := make([]byte, len(t.Tokens))
	for i, id := range t.Tokens {
		raw[i] = t.Vocab[id]
	}
	var tok *bpe.Tokenizer
	var err error
	if d.Tokenizer != "" {
		path := d.Tokenizer
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if tok, err = bpe.LoadHF(b); err != nil {
			return nil, fmt.Errorf("tokenizer: %w", err)
		}
	} else {
		fit := raw[:len(raw)-int(float64(len(raw))*p.TestFraction)]
		if tok, err = bpe.Train(fit, d.BPEVocab); err != nil {
			return nil, fmt.Errorf("bpe-vocab: %w", err)
		}
	}
	d.tokJSON = tok.MarshalHF()
	return dataset.BuildTokens(&dataset.Tokens{Vocab: tok.Len(), Tokenizer: dataset.Hash(tok.Hash()), IDs: tok.Encode(raw)}, p)
}

// base is a file's name, cut to a manifest name's bound.
func base(path string) string {
	b := filepath.Base(path)
	if len(b) > 64 {
		b = b[:64]
	}
	return b
}

func (m *Model) spec(man *dataset.Manifest) (nn.Spec, error) {
	var s nn.Spec
	switch m.Kind {
	case nn.KindMLP:
		if man.Kind != dataset.KindTabular {
			return s, errors.New(`an "mlp" trains on tabular data (csv, idx or builtin digits)`)
		}
		s = nn.NewMLP(int(man.Features), m.Hidden, int(man.Classes))
	case nn.KindTransformer:
		if man.Kind != dataset.KindText && man.Kind != dataset.KindTokens {
			return s, errors.New(`a "transformer" trains on text (text or builtin opticks)`)
		}
		s = nn.NewTransformer(nn.TransformerSpec{Vocab: man.VocabSize(), Context: m.Context, Dim: m.Dim, Heads: m.Heads, Layers: m.Layers})
	case nn.KindLlama:
		if man.Kind != dataset.KindText && man.Kind != dataset.KindTokens {
			return s, errors.New(`a "llama" trains on text (text or builtin opticks, bpe-vocab or tokenizer to tokenize it)`)
		}
		s = nn.NewLlama(nn.LlamaSpec{Vocab: man.VocabSize(), Context: m.Context, Dim: m.Dim, Heads: m.Heads, Layers: m.Layers,
			KVHeads: m.KVHeads, Hidden: m.FFN, RopeTheta: m.RopeTheta, NormEps: m.NormEps, TiedEmbeddings: m.TiedEmbeddings})
	default:
		return s, fmt.Errorf("kind %q: want mlp, transformer or llama", m.Kind)
	}
	return s, s.Validate()
}

func (t *Train) recipe(spec nn.Spec, root auction.Hash) (*node.Recipe, error) {
	r := &node.Recipe{Model: spec, DatasetRoot: root, Backend: node.ModeRepro, Steps: t.Steps, BatchSize: t.BatchSize, Seed: t.Seed,
		HashEvery: t.ReceiptEvery, LocalSteps: max(1, t.LocalSteps), AuditBps: t.AuditBps,
		Compression: t.Compression, OuterLR: t.OuterLR, OuterMomentum: t.OuterMomentum, Overlap: t.Overlap}
	switch t.RingOrder {
	case "", node.RingAward:
	case node.RingMeasured:
		r.RingOrder = node.RingMeasured
	default:
		return nil, fmt.Errorf("ring-order %q: want %q or %q", t.RingOrder, node.RingAward, node.RingMeasured)
	}
	if r.BatchSize == 0 {
		r.BatchSize = 32
	}
	if r.HashEvery == 0 {
		r.HashEvery = min(50, max(1, r.Steps))
	}
	lr := t.LR
	if lr == 0 {
		lr = 1e-3
	}
	switch orDefault(t.Optimizer, train.OptAdamW) {
	case train.OptAdamW:
		r.Optimizer = train.AdamW(lr)
	case train.OptSGD:
		r.Optimizer = train.SGDMomentum(lr)
		if t.Momentum != 0 {
			r.Optimizer.Momentum = t.Momentum
		}
	default:
		return nil, fmt.Errorf("optimizer %q: want adamw or sgd", t.Optimizer)
	}
	if t.WeightDecay != nil {
		r.Optimizer.WeightDecay = *t.WeightDecay
	}
	r.Schedule = train.Schedule{Kind: orDefault(t.Schedule, train.ScheduleCosine), WarmupSteps: t.WarmupSteps, MinFactor: 0.1}
	if t.MinFactor != nil {
		r.Schedule.MinFactor = *t.MinFactor
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// ParseBytes reads a size such as 24GiB, 16GB, 512MiB or a plain number of
// bytes.
func ParseBytes(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   uint64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}}
	mult := uint64(1)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 0 || v*float64(mult) >= 1<<63 {
		return 0, fmt.Errorf("%q is not a size (e.g. 24GiB)", s)
	}
	return uint64(v * float64(mult)), nil
}

// ParseAmount reads a non-negative integer amount of stablecoin base units
// (underscores allowed: "2_000_000").
func ParseAmount(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(strings.ReplaceAll(strings.TrimSpace(s), "_", ""), 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, fmt.Errorf("%q is not a whole number of base units", s)
	}
	return v, nil
}

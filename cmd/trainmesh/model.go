package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/node/jobfile"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// modelCmd works with model files: safetensors with tensor names in the
// Hugging Face layout and trainmesh's provenance in the metadata (README,
// "Models").
type modelCmd struct {
	Export   modelExportCmd   `cmd:"" help:"Write a job's model as safetensors with its provenance (from the poster's collected model or a member's checkpoint)."`
	Verify   modelVerifyCmd   `cmd:"" help:"Check a model file: its tensors against the recorded parameter hash and the group's signed receipts."`
	Info     modelInfoCmd     `cmd:"" help:"Show a safetensors file's tensors, shapes and provenance."`
	Eval     modelEvalCmd     `cmd:"" help:"Score a model file on the held-out split of a job file's data: loss and accuracy."`
	Generate modelGenerateCmd `cmd:"" help:"Sample text from a language model file, seeded."`
	HF       modelHFCmd       `cmd:"" name:"hf" help:"Lay a llama's model file out as a Hugging Face model directory: model.safetensors, config.json (LlamaConfig), tokenizer.json."`
}

type modelHFCmd struct {
	File string `arg:"" type:"existingfile" help:"A llama's model file written by trainmesh."`
	Dir  string `arg:"" type:"path" help:"The directory to write (created; its files are replaced)."`
}

// Run writes the directory transformers' from_pretrained reads: the file
// itself (its tensors already carry LlamaForCausalLM's names, and its
// metadata the provenance `model verify` checks), the config its spec
// maps to, and the tokenizer.json it carries.
func (c *modelHFCmd) Run(env *runEnv) error {
	m, data, err := readModelFile(c.File)
	if err != nil {
		return err
	}
	cfg, err := model.HFConfig(m.Spec)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return err
	}
	files := []struct {
		name string
		data []byte
	}{{"model.safetensors", data}, {"config.json", append(cfg, '\n')}}
	if len(m.Prov.Tokenizer) > 0 {
		files = append(files, struct {
			name string
			data []byte
		}{"tokenizer.json", m.Prov.Tokenizer})
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(c.Dir, f.name), f.data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "wrote %s (%d bytes)\n", filepath.Join(c.Dir, f.name), len(f.data))
	}
	if len(m.Prov.Tokenizer) == 0 {
		fmt.Fprintln(env.stdout, "the file carries no tokenizer: no tokenizer.json (export the model from its job)")
	}
	return nil
}

// readModelFile reads and decodes a trainmesh model file.
func readModelFile(path string) (*model.Model, []byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	m, err := model.Decode(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, data, nil
}

type modelInfoCmd struct {
	File string `arg:"" type:"existingfile" help:"A safetensors file."`
}

func (c *modelInfoCmd) Run(env *runEnv) error {
	data, err := os.ReadFile(c.File)
	if err != nil {
		return err
	}
	f, err := safetensors.Decode(data)
	if err != nil {
		return fmt.Errorf("%s: %w", c.File, err)
	}
	w := env.stdout
	var elems int
	for _, t := range f.Tensors {
		elems += t.Numel()
	}
	fmt.Fprintf(w, "%s: %d tensors, %d parameters, %d bytes, file hash %x\n", c.File, len(f.Tensors), elems, len(data), model.FileHash(data))
	for _, t := range f.Tensors {
		fmt.Fprintf(w, "  %-44s %-4s %v\n", t.Name, t.DType, t.Shape)
	}
	if f.Metadata[model.KeySpec] == "" {
		fmt.Fprintln(w, "no trainmesh provenance (not written by trainmesh)")
		for _, k := range sortedKeys(f.Metadata) {
			fmt.Fprintf(w, "  %s: %s\n", k, f.Metadata[k])
		}
		return nil
	}
	m, err := model.Decode(data)
	if err != nil {
		return fmt.Errorf("%s: %w", c.File, err)
	}
	printProvenance(w, m)
	return nil
}

func printProvenance(w io.Writer, m *model.Model) {
	p := m.Prov
	fmt.Fprintf(w, "model: %s\n", m.Spec.Encode())
	fmt.Fprintf(w, "parameter hash: 0x%x (recomputed from the tensors: matches)\n", p.ParamsHash)
	if len(p.Vocab) > 0 {
		fmt.Fprintf(w, "vocabulary: %d characters %q\n", len(p.Vocab), p.Vocab)
	}
	if m.Tokenizer != nil {
		fmt.Fprintf(w, "tokenizer: byte-level BPE, %d tokens, %d merges, tokenizer.json hash 0x%x\n", m.Tokenizer.Len(), m.Tokenizer.Merges(), m.Tokenizer.Hash())
	}
	if p.BaseModel != ([32]byte{}) {
		fmt.Fprintf(w, "fine-tuned from base model 0x%x\n", p.BaseModel)
	}
	if p.Job == ([32]byte{}) {
		fmt.Fprintln(w, "provenance: none (no job trained this file)")
		return
	}
	fmt.Fprintf(w, "job: 0x%x, final step %d\n", p.Job, p.FinalStep)
	fmt.Fprintf(w, "recipe hash: 0x%x\n", p.RecipeHash)
	fmt.Fprintf(w, "dataset root: 0x%x\n", p.DatasetRoot)
	fmt.Fprintf(w, "signed under chain %d, settlement contract 0x%x\n", p.Domain.ChainID, p.Domain.VerifyingContract[:])
	fmt.Fprintf(w, "receipts for the final step: %d (check them with `trainmesh model verify`)\n", len(p.Receipts))
	if len(p.RingOrder) > 0 {
		fmt.Fprintf(w, "training ring order: %s (award winner indices by ring rank; %d bytes of signed hop statements show it: check them with `trainmesh model verify`)\n", ringOrderText(p.RingOrder), len(p.RingHops))
	}
}

// ringOrderText is a ring order as its award indices, "2 → 0 → 3 → 1".
func ringOrderText(order []int) string {
	s := make([]string, len(order))
	for i, o := range order {
		s[i] = fmt.Sprint(o)
	}
	return strings.Join(s, " → ")
}

type modelVerifyCmd struct {
	File       string `arg:"" type:"existingfile" help:"A model file written by trainmesh."`
	ChainID    uint64 `help:"Require the file's signatures to be under this chain ID (0: accept the file's, and print it)." name:"chain-id"`
	Contract   string `help:"Require this settlement contract in the signatures' domain (empty: accept the file's, and print it)." name:"settlement-contract"`
	RequireJob bool   `help:"Refuse a file that carries no job's signed provenance." name:"require-job"`
	RPC        string `help:"Also check the job's settlement on the chain at this JSON-RPC URL (the file's settlement contract there): settled by the file's poster for its group and steps, at least the contract's quorum of the group signed the final parameters, and the payout table credits each signer the steps its receipt shows." placeholder:"URL" name:"rpc"`
}

func (c *modelVerifyCmd) Run(env *runEnv) error {
	data, err := os.ReadFile(c.File)
	if err != nil {
		return err
	}
	chk, err := node.VerifyModel(data)
	if err != nil {
		return fmt.Errorf("%s: REFUSED: %w", c.File, err)
	}
	p, w := chk.Model.Prov, env.stdout
	if !chk.Job {
		if c.RequireJob {
			return fmt.Errorf("%s: REFUSED: no job's provenance (the tensors match the recorded hash, nothing signed vouches for them)", c.File)
		}
		fmt.Fprintf(w, "%s: the tensors hash to the recorded 0x%x; the file names no job, so nothing signed vouches for them\n", c.File, p.ParamsHash)
		return nil
	}
	if c.ChainID != 0 && c.ChainID != p.Domain.ChainID {
		return fmt.Errorf("%s: REFUSED: signed under chain %d, want %d", c.File, p.Domain.ChainID, c.ChainID)
	}
	if c.Contract != "" {
		want, err := protocol.ParseAddress(c.Contract)
		if err != nil {
			return fmt.Errorf("settlement contract %q: %w", c.Contract, err)
		}
		if want != p.Domain.VerifyingContract {
			return fmt.Errorf("%s: REFUSED: signed for settlement contract 0x%x, want %s", c.File, p.Domain.VerifyingContract[:], c.Contract)
		}
	}
	var onChain *node.Settlement
	if c.RPC != "" {
		if onChain, err = c.settlement(env, chk); err != nil {
			return fmt.Errorf("%s: REFUSED: %w", c.File, err)
		}
	}
	signers := make([]string, len(chk.Signers))
	for i, s := range chk.Signers {
		signers[i] = s.Short()
	}
	fmt.Fprintf(w, "%s: OK\n", c.File)
	fmt.Fprintf(w, "  tensors hash to 0x%x, the parameter hash the receipts sign\n", p.ParamsHash)
	fmt.Fprintf(w, "  job 0x%x posted by %s (signed announcement: recipe 0x%x, dataset 0x%x, %d steps)\n", p.Job, chk.Poster.Short(), p.RecipeHash, p.DatasetRoot, chk.Steps)
	fmt.Fprintf(w, "  final step %d signed by %d of %d winners: %s\n", p.FinalStep, len(chk.Signers), len(chk.Winners), strings.Join(signers, ", "))
	fmt.Fprintf(w, "  signatures under chain %d, settlement contract 0x%x\n", p.Domain.ChainID, p.Domain.VerifyingContract[:])
	if chk.RingOrder != nil {
		fmt.Fprintf(w, "  training ring order %s (award winner indices by ring rank): every winner signed its rank once in ring operation %d's hop statements\n", ringOrderText(chk.RingOrder), chk.RingOp)
	}
	if onChain != nil {
		fmt.Fprintf(w, "  settled on chain (%v): %d of %d signers, the contract's quorum is %d; the payout table's %d entries (%v in all) credit every signer its %d steps\n",
			onChain.Job.Status, len(chk.Signers), onChain.Job.GroupSize, onChain.Quorum, len(onChain.Table.Members), onChain.Table.Total(), p.FinalStep)
	}
	return nil
}

// settlement checks the file's job on the chain at --rpc. It reads only:
// the client's key is a throwaway that never signs.
func (c *modelVerifyCmd) settlement(env *runEnv, chk *node.ModelCheck) (*node.Settlement, error) {
	key, err := identity.Generate()
	if err != nil {
		return nil, err
	}
	d := chk.Model.Prov.Domain
	p := chain.DefaultParams()
	p.RPCURL, p.ChainID, p.Settlement = c.RPC, d.ChainID, common.Address(d.VerifyingContract)
	cl, err := chain.Dial(env.ctx, p, key)
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	return node.VerifyOnChain(env.ctx, cl, chk)
}

type modelExportCmd struct {
	dataDirFlag
	auctionFlags
	Job        string `arg:"" help:"The job's ID (0x…, or a unique prefix), as trainmesh submit and the journal show it."`
	Out        string `short:"o" required:"" type:"path" help:"Where to write the safetensors file."`
	Checkpoint bool   `help:"Export the member's latest checkpoint (with the receipts of its step from the journal) even where a poster's collected model exists."`
}

func (c *modelExportCmd) Run(env *runEnv) error {
	rec, dir, err := findJob(c.DataDir, c.Job)
	if err != nil {
		return err
	}
	var data []byte
	src := node.ModelPath(dir, rec.Job)
	if b, err := os.ReadFile(src); err == nil && !c.Checkpoint {
		data = b
	} else {
		if data, src, err = c.fromCheckpoint(dir, rec); err != nil {
			return err
		}
	}
	chk, err := node.VerifyModel(data)
	if err != nil {
		return fmt.Errorf("the model of job %s (%s) does not verify: %w", rec.Job.Short(), src, err)
	}
	if err := os.WriteFile(c.Out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "wrote %s from %s: %s, %d tensors, step %d signed by %d of %d winners (parameter hash 0x%x)\n",
		c.Out, src, chk.Model.Spec.Kind, len(chk.Model.Prov.Receipts), chk.Model.Prov.FinalStep, len(chk.Signers), len(chk.Winners), chk.Model.Prov.ParamsHash)
	return nil
}

// findJob returns the journal record of the job whose ID starts with id,
// and the node data dir whose journal holds it: dataDir's own (a node's),
// or that of the node `trainmesh submit --data-dir dataDir` runs
// (submitDataDir), so that the poster's --data-dir finds the jobs it
// submitted.
func findJob(dataDir, id string) (*node.JobRecord, string, error) {
	id = strings.ToLower(strings.TrimPrefix(id, "0x"))
	var found []*node.JobRecord
	var dirs []string
	for _, dir := range []string{dataDir, submitDataDir(dataDir)} {
		recs, err := node.ReadJobs(dir)
		if err != nil {
			return nil, "", err
		}
		for _, r := range recs {
			if strings.HasPrefix(strings.TrimPrefix(r.Job.Hex(), "0x"), id) {
				found, dirs = append(found, r), append(dirs, dir)
			}
		}
	}
	switch {
	case id == "" || len(found) == 0:
		return nil, "", fmt.Errorf("no job %q in the journal of %s or of its submissions (%s)", id, dataDir, submitDataDir(dataDir))
	case len(found) > 1:
		return nil, "", fmt.Errorf("%d jobs in %s's journals start with %q: give more of the ID", len(found), dataDir, id)
	}
	return found[0], dirs[0], nil
}

// fromCheckpoint builds a model file from a member's latest checkpoint of
// the job and the receipts in its journal that sign those parameters.
func (c *modelExportCmd) fromCheckpoint(dataDir string, rec *node.JobRecord) ([]byte, string, error) {
	if rec.Recipe == nil {
		return nil, "", fmt.Errorf("job %s: the journal holds no recipe", rec.Job.Short())
	}
	dir := filepath.Join(dataDir, node.JobsDir, rec.Job.Hex()+".ckpt")
	st, path, _, err := checkpoint.Latest(dir, [32]byte(rec.Job))
	if err != nil {
		return nil, "", fmt.Errorf("job %s: no collected model (%s) and no checkpoint in %s: %w", rec.Job.Short(), node.ModelPath(dataDir, rec.Job), dir, err)
	}
	params, ok := st.Get("params")
	if !ok {
		return nil, "", fmt.Errorf("%s holds no parameters", path)
	}
	ac, err := c.auctionFlags.config()
	if err != nil {
		return nil, "", err
	}
	hash := model.ParamsHash(params)
	prov := model.Provenance{Spec: rec.Recipe.Model, Job: [32]byte(rec.Job), RecipeHash: [32]byte(rec.Recipe.Hash()), DatasetRoot: [32]byte(rec.Recipe.DatasetRoot),
		Recipe: rec.Recipe.Encode(), Announce: rec.Announce, Award: rec.Award, Domain: ac.Domain, FinalStep: st.Step, BaseModel: [32]byte(rec.Recipe.BaseModel)}
	prov.RingOrder, prov.RingHops = node.RingProvenance(rec, ac.Domain)
	if rec.Recipe.Tokenizer != (auction.Hash{}) {
		// The tokenizer the member fetched from the poster (checked
		// against the recipe again: the data directory is only a cache).
		if b, err := os.ReadFile(node.TokenizerPath(dataDir, rec.Job)); err == nil && node.CheckTokenizer(b, rec.Recipe.Tokenizer) == nil {
			prov.Tokenizer = b
		}
	}
	for _, b := range rec.Receipts {
		r, err := job.DecodeReceipt(b)
		if err == nil && r.Step == st.Step && r.ParamsHash == auction.Hash(hash) {
			prov.Receipts = append(prov.Receipts, b)
		}
	}
	if len(prov.Receipts) == 0 {
		return nil, "", fmt.Errorf("job %s: the checkpoint at step %d (%s) has no receipt signing its parameters in the journal (a checkpoint between receipts, or a run that diverged)", rec.Job.Short(), st.Step, path)
	}
	data, err := model.Encode(params, prov)
	return data, path, err
}

type modelEvalCmd struct {
	File string `arg:"" type:"existingfile" help:"A model file."`
	Data string `required:"" type:"existingfile" help:"A job file (TOML) whose [data] section names the data; its held-out split is scored."`
	Rows int    `help:"Rows per evaluation batch." default:"128"`
}

func (c *modelEvalCmd) Run(env *runEnv) error {
	m, _, err := readModelFile(c.File)
	if err != nil {
		return err
	}
	req, err := jobfile.Load(c.Data)
	if err != nil {
		return err
	}
	man := req.Dataset.Manifest
	if len(m.Prov.Vocab) > 0 && string(man.Vocab) != string(m.Prov.Vocab) {
		return fmt.Errorf("the data's vocabulary (%d characters) is not the model's (%d)", len(man.Vocab), len(m.Prov.Vocab))
	}
	if m.Tokenizer != nil && (man.Kind != dataset.KindTokens || man.Tokenizer != dataset.Hash(m.Tokenizer.Hash())) {
		return fmt.Errorf("the data is not tokenized by the model's tokenizer 0x%x (tokenizer %s): give the job file's bpe-vocab or tokenizer", m.Tokenizer.Hash(), man.Tokenizer)
	}
	eval, err := heldOut(env.ctx, req.Dataset)
	if err != nil {
		return err
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		return err
	}
	defer be.Close()
	net, err := nn.New(be, m.Spec, max(c.Rows, 1))
	if err != nil {
		return err
	}
	defer net.Close()
	if err := net.SetParams(m.Params); err != nil {
		return err
	}
	met, err := train.Evaluate(net, eval)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "%s on the held-out split of %s (dataset 0x%s): loss %.4f, accuracy %.2f%% (%d of %d)\n",
		c.File, c.Data, man.Root(), met.Loss(), 100*met.Accuracy(), met.Correct, met.Count)
	if m.Prov.DatasetRoot != ([32]byte{}) && m.Prov.DatasetRoot != [32]byte(man.Root()) {
		fmt.Fprintf(env.stdout, "note: the model was trained on dataset 0x%x, not this one\n", m.Prov.DatasetRoot)
	}
	return nil
}

// heldOut decodes a dataset's held-out split.
func heldOut(ctx context.Context, ds *dataset.Dataset) (any, error) {
	store := dataset.NewMemStore()
	if err := store.AddDataset(ds, nil); err != nil {
		return nil, err
	}
	man := ds.Manifest
	idx := man.Indices(dataset.SplitTest, 0, 1)
	if len(idx) == 0 {
		return nil, errors.New("the data has no held-out split (test-fraction 0)")
	}
	chunks, _, err := dataset.FetchChunks(ctx, dataset.MemFetcher{"local": store}, []string{"local"}, man, idx, 0)
	if err != nil {
		return nil, err
	}
	if man.Kind == dataset.KindTabular {
		return dataset.DecodeTabular(man, chunks)
	}
	return dataset.DecodeText(man, chunks)
}

type modelGenerateCmd struct {
	File        string  `arg:"" type:"existingfile" help:"A language model file (with its character vocabulary or BPE tokenizer)."`
	Prompt      string  `help:"Text to continue (characters of the model's vocabulary; any text for a BPE model, encoded by its tokenizer)." default:""`
	Tokens      int     `help:"Tokens to sample." default:"200"`
	Seed        uint64  `help:"Sampling seed: the same seed, model and prompt give the same text." default:"1"`
	Temperature float64 `help:"Softmax temperature; 0 takes the most likely token each time." default:"0.8"`
}

func (c *modelGenerateCmd) Run(env *runEnv) error {
	m, _, err := readModelFile(c.File)
	if err != nil {
		return err
	}
	text, err := generate(m, c.Prompt, c.Tokens, c.Seed, c.Temperature)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, text)
	return nil
}

// generate samples tokens from a character-level language model: each
// step runs the last Context tokens (left-padded with the prompt's first
// token where there are fewer) and draws from the last position's
// softmax at the given temperature.
func generate(m *model.Model, prompt string, tokens int, seed uint64, temp float64) (string, error) {
	nvocab, t, ok := m.Spec.LM()
	if !ok {
		return "", fmt.Errorf("a %s model does not generate text", m.Spec.Kind)
	}
	if tokens < 0 || temp < 0 {
		return "", errors.New("tokens and temperature must be ≥ 0")
	}
	enc, dec, err := codecOf(m, nvocab)
	if err != nil {
		return "", err
	}
	seq, err := enc(prompt)
	if err != nil {
		return "", err
	}
	seq = slices.Grow(seq, tokens)
	start := len(seq)
	if len(seq) == 0 {
		seq = append(seq, 0)
		start = 1
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		return "", err
	}
	defer be.Close()
	net, err := nn.New(be, m.Spec, 1)
	if err != nil {
		return "", err
	}
	defer net.Close()
	if err := net.SetParams(m.Params); err != nil {
		return "", err
	}
	rng := rand.New(rand.NewPCG(seed, 0x6d6f64656c))
	window := make([]int32, t)
	labels := make([]int32, t)
	for i := range labels {
		labels[i] = -1
	}
	for n := 0; n < tokens; n++ {
		ctx := seq[max(0, len(seq)-t):]
		// Left-align the context; the position to read is its last.
		copy(window, ctx)
		for i := len(ctx); i < t; i++ {
			window[i] = ctx[len(ctx)-1]
		}
		if _, err := net.Evaluate(nn.Batch{Rows: 1, Tokens: window, Labels: labels}); err != nil {
			return "", err
		}
		_, classes, logits := net.Logits()
		row := logits[(len(ctx)-1)*classes : len(ctx)*classes]
		seq = append(seq, sample(row, temp, rng))
	}
	// The prompt as given, then the sampled tokens decoded: a BPE prompt
	// need not re-decode to itself token by token, its text does.
	out, err := dec(seq[start:])
	if err != nil {
		return "", err
	}
	return prompt + string(out), nil
}

// codecOf returns a language model's text encoder and decoder: its BPE
// tokenizer where the file carries one, else its character vocabulary.
func codecOf(m *model.Model, nvocab int) (func(string) ([]int32, error), func([]int32) ([]byte, error), error) {
	if tok := m.Tokenizer; tok != nil {
		enc := func(s string) ([]int32, error) { return tok.Encode([]byte(s)), nil }
		return enc, tok.Decode, nil
	}
	vocab := m.Prov.Vocab
	if len(vocab) != nvocab {
		return nil, nil, fmt.Errorf("the file carries no vocabulary of %d characters (it has %d) and no tokenizer: export the model from its job", nvocab, len(vocab))
	}
	id := map[byte]int32{}
	for i, b := range vocab {
		id[b] = int32(i)
	}
	enc := func(s string) ([]int32, error) {
		seq := make([]int32, 0, len(s))
		for i := 0; i < len(s); i++ {
			t, ok := id[s[i]]
			if !ok {
				return nil, fmt.Errorf("the prompt's character %q is not in the model's vocabulary", s[i])
			}
			seq = append(seq, t)
		}
		return seq, nil
	}
	dec := func(ids []int32) ([]byte, error) {
		out := make([]byte, len(ids))
		for i, t := range ids {
			out[i] = vocab[t]
		}
		return out, nil
	}
	return enc, dec, nil
}

// sample draws an index from softmax(logits/temp), or the largest logit
// at temperature 0.
func sample(logits []float32, temp float64, rng *rand.Rand) int32 {
	best := 0
	for i, v := range logits {
		if v > logits[best] {
			best = i
		}
	}
	if temp == 0 {
		return int32(best)
	}
	p := make([]float64, len(logits))
	var sum float64
	for i, v := range logits {
		p[i] = math.Exp((float64(v) - float64(logits[best])) / temp)
		sum += p[i]
	}
	u := rng.Float64() * sum
	for i, v := range p {
		if u < v {
			return int32(i)
		}
		u -= v
	}
	return int32(len(p) - 1)
}

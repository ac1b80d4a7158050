package node

import (
	"context"
	"errors"
	"math"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
)

// bpeLlamaJob is a small llama on a BPE token dataset of the first 24 kB
// of the Opticks excerpt, with the tokenizer.json the poster serves.
func bpeLlamaJob(t *testing.T, k uint32, steps int) (JobRequest, *bpe.Tokenizer) {
	t.Helper()
	text, err := corpus.Opticks()
	if err != nil {
		t.Fatal(err)
	}
	raw := make([]byte, min(len(text.Tokens), 24<<10))
	for i := range raw {
		raw[i] = text.Vocab[text.Tokens[i]]
	}
	p := dataset.DefaultBuildParams("opticks-bpe")
	p.ChunkBytes, p.TestFraction = 4<<10, 0.1
	tok, err := bpe.Train(raw[:len(raw)-len(raw)/10], 320)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := dataset.BuildTokens(&dataset.Tokens{Vocab: tok.Len(), Tokenizer: dataset.Hash(tok.Hash()), IDs: tok.Encode(raw)}, p)
	if err != nil {
		t.Fatal(err)
	}
	r := &Recipe{Model: nn.NewLlama(nn.LlamaSpec{Vocab: tok.Len(), Context: 16, Dim: 16, Heads: 2, KVHeads: 1, Layers: 1}),
		DatasetRoot: auction.Hash(ds.Root()), Tokenizer: auction.Hash(tok.Hash()), Backend: "cpu", Steps: steps, BatchSize: 4,
		Optimizer: train.AdamW(3e-3), Schedule: train.Schedule{Kind: train.ScheduleCosine, WarmupSteps: 2, MinFactor: 0.1}, Seed: 1, HashEvery: 10}
	return JobRequest{Recipe: r, Dataset: ds, Tokenizer: tok.MarshalHF(), GroupSize: k, MinVRAMBytes: 8 << 30, Budget: big.NewInt(int64(k) * int64(steps) * 1000),
		CommitWindow: jobWindow(), RevealWindow: jobWindow(), SettleWithin: time.Hour}, tok
}

// TestJobLlamaBPE: a group of two trains a llama on a BPE token dataset
// from posting to a verified model file that carries the recipe's
// tokenizer; each member fetched the tokenizer from the poster by its
// hash, checked it and kept it; a request whose tokenizer.json is not the
// recipe's is refused before anything is posted.
func TestJobLlamaBPE(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Both winners finish: a grace of 30 s costs nothing (the poster
	// finishes at the second one's last receipt), and with 3 s the poster
	// once finished without it under load ("1 of 2 winners receipted all
	// 10 steps").
	n := newJobNet(t, ctx, jobNetOptions{providers: 2, jobs: func(c *JobsConfig) { c.FinishGrace = 30 * time.Second }})
	const steps, k = 10, 2
	req, tok := bpeLlamaJob(t, k, steps)
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if out.ModelFile == "" || !out.HasEval {
		t.Fatalf("no model file or evaluation: file %q, eval %v", out.ModelFile, out.HasEval)
	}
	t.Logf("llama on BPE ids, %d steps: held-out loss %.3f (ln %d = %.3f)", steps, out.Eval.Loss(), tok.Len(), math.Log(float64(tok.Len())))
	data, err := os.ReadFile(out.ModelFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := VerifyModel(data)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Job || len(c.Signers) != k || c.Model.Prov.FinalStep != steps {
		t.Errorf("the kept model: job %v, %d signers, final step %d; want a job's, %d signers, step %d", c.Job, len(c.Signers), c.Model.Prov.FinalStep, k, steps)
	}
	if c.Model.Tokenizer == nil || c.Model.Tokenizer.Hash() != tok.Hash() {
		t.Fatal("the kept model does not carry the recipe's tokenizer")
	}
	if kept, err := os.ReadFile(TokenizerPath(n.nodes[0].cfg.DataDir, out.Job.JobID)); err != nil || string(kept) != string(req.Tokenizer) {
		t.Errorf("the poster did not keep its tokenizer on disk: %v", err)
	}
	for i := 1; i <= k; i++ {
		if _, ok := n.events[i].Find(func(ev JobEvent) bool {
			return ev.Kind == JobFetched && strings.Contains(ev.Text, "tokenizer")
		}); !ok {
			t.Errorf("node %d did not report fetching the tokenizer", i)
		}
		kept, err := os.ReadFile(TokenizerPath(n.nodes[i].cfg.DataDir, out.Job.JobID))
		if err != nil || CheckTokenizer(kept, req.Recipe.Tokenizer) != nil {
			t.Errorf("node %d did not keep the recipe's tokenizer: %v", i, err)
		}
	}

	bad := req
	other, err := bpe.Train([]byte(strings.Repeat("another text, other merges; ", 50)), 300)
	if err != nil {
		t.Fatal(err)
	}
	bad.Tokenizer = other.MarshalHF()
	if _, err := n.nodes[0].PostAndTrain(ctx, bad); !errors.Is(err, ErrRecipe) {
		t.Errorf("a tokenizer.json that is not the recipe's: %v, want ErrRecipe", err)
	}
}

// TestJobFilesAfterPosterRestart: the poster of a token job that
// fine-tunes a base model stops after training, before it settles, and
// restarts from its data dir: it serves the job's tokenizer.json and base
// model again from the copies it kept (the tokenizer by job, the base
// model by its keccak256), so a member that lost its tokenizer still
// fetches it by its hash and checks it, a member fetches the base model
// by the recipe's hash and gets the base's parameters bit for bit, and
// the resumed job settles. The kept model file is checked against the
// embedded chain (VerifyOnChain) before and after the settlement: not
// settled, then backed; a copy carrying fewer receipts than the
// contract's quorum (2 of 2) is refused though it verifies offline.
func TestJobFilesAfterPosterRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := newJobNet(t, ctx, jobNetOptions{providers: 2})
	const steps, k = 10, 2
	req, _ := bpeLlamaJob(t, k, steps)
	base := llamaBase(t, req.Recipe.Model)
	var err error
	if req.BaseModel, err = model.Encode(base, model.Provenance{Spec: req.Recipe.Model}); err != nil {
		t.Fatal(err)
	}
	req.Recipe.BaseModel = auction.Hash(model.FileHash(req.BaseModel))
	// Windows that a loaded machine's bids still make.
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	id := out.Job.JobID
	for i := 1; i <= k; i++ {
		if _, ok := n.events[i].Find(func(ev JobEvent) bool {
			return ev.Kind == JobFetched && strings.Contains(ev.Text, "base model")
		}); !ok {
			t.Errorf("node %d did not report fetching the base model", i)
		}
	}
	if kept, err := os.ReadFile(BaseModelPath(n.cfgs[0].DataDir, req.Recipe.BaseModel)); err != nil || string(kept) != string(req.BaseModel) {
		t.Fatalf("the poster did not keep the base model on disk by its hash: %v", err)
	}
	data, err := os.ReadFile(out.ModelFile)
	if err != nil {
		t.Fatal(err)
	}
	chk, err := VerifyModel(data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyOnChain(ctx, n.clients[1], chk); !errors.Is(err, ErrModelSettlement) {
		t.Errorf("on chain before the settlement: %v, want ErrModelSettlement", err)
	}
	n.stop(0)
	// A fresh node's blob store is empty: only the restart's re-serving
	// can answer for the tokenizer.
	n.restart(ctx, 0)
	n.events[0].wait(ctx, t, id, JobSettled)
	st, err := VerifyOnChain(ctx, n.clients[1], chk)
	if err != nil {
		t.Fatalf("on chain after the settlement: %v", err)
	}
	if st.Quorum != k || len(st.Table.Members) < k {
		t.Errorf("settlement: quorum %d, table of %d; want %d and every winner", st.Quorum, len(st.Table.Members), k)
	}
	prov := chk.Model.Prov
	prov.Receipts = prov.Receipts[:1]
	one, err := model.Encode(chk.Model.Params, prov)
	if err != nil {
		t.Fatal(err)
	}
	c1, err := VerifyModel(one)
	if err != nil {
		t.Fatalf("one receipt verifies offline: %v", err)
	}
	if _, err := VerifyOnChain(ctx, n.clients[1], c1); !errors.Is(err, ErrModelSettlement) || !strings.Contains(err.Error(), "quorum") {
		t.Errorf("one receipt of two on chain: %v, want ErrModelSettlement (quorum)", err)
	}
	member := n.nodes[n.index(out.Award.Winners[0])]
	kept := TokenizerPath(member.cfg.DataDir, id)
	if err := os.Remove(kept); err != nil {
		t.Fatal(err)
	}
	// The restarted poster listens on a new port.
	if err := member.Host().Connect(ctx, n.nodes[0].Host().FullAddrs()); err != nil {
		t.Fatal(err)
	}
	if err := member.fetchTokenizer(ctx, n.nodes[0].Host().ID().String(), id, req.Recipe); err != nil {
		t.Fatalf("fetching the tokenizer from the restarted poster: %v", err)
	}
	if b, err := os.ReadFile(kept); err != nil || string(b) != string(req.Tokenizer) {
		t.Errorf("the member kept %d bytes (%v); want the recipe's tokenizer.json", len(b), err)
	}
	got, err := member.fetchBaseModel(ctx, n.nodes[0].Host().ID().String(), req.Recipe)
	if err != nil {
		t.Fatalf("fetching the base model from the restarted poster: %v", err)
	}
	if !sameFloats(got, base) {
		t.Error("the restarted poster's base model does not hold the base's parameters")
	}
}

// llamaBase is a base model's parameters for a llama spec: the seed's
// initialisation moved off its zeros and ones.
func llamaBase(t *testing.T, spec nn.Spec) []float32 {
	t.Helper()
	l, err := spec.Layout()
	if err != nil {
		t.Fatal(err)
	}
	p := nn.InitParams(l, 23)
	for _, pi := range l.Params {
		for i := pi.Offset; i < pi.Offset+pi.Len; i++ {
			p[i] += 0.01 * float32(math.Sin(float64(i)))
		}
	}
	return p
}

// sameFloats compares bit patterns.
func sameFloats(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// TestKeptBaseModelChecked: the base model a poster keeps on disk is
// served again only while it still hashes to the name it is kept under;
// keeping it twice leaves one intact copy.
func TestKeptBaseModelChecked(t *testing.T) {
	spec := nn.NewLlama(nn.LlamaSpec{Vocab: 11, Context: 6, Dim: 8, Heads: 2, Layers: 1})
	data, err := model.Encode(llamaBase(t, spec), model.Provenance{Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	hash := auction.Hash(model.FileHash(data))
	nd := &Node{cfg: Config{DataDir: t.TempDir()}}
	for range 2 {
		if err := nd.keepBaseModel(hash, data); err != nil {
			t.Fatal(err)
		}
	}
	if b, err := keptBaseModel(nd.cfg.DataDir, hash); err != nil || string(b) != string(data) {
		t.Fatalf("kept base model: %d bytes, %v", len(b), err)
	}
	if _, err := keptBaseModel(nd.cfg.DataDir, auction.Hash{1}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a base model never kept: %v, want not exist", err)
	}
	bad := []byte(string(data))
	bad[len(bad)-1] ^= 1
	if err := os.WriteFile(BaseModelPath(nd.cfg.DataDir, hash), bad, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := keptBaseModel(nd.cfg.DataDir, hash); !errors.Is(err, ErrBaseModel) {
		t.Errorf("a kept base model changed on disk: %v, want ErrBaseModel", err)
	}
	if err := nd.keepBaseModel(hash, data); err != nil {
		t.Fatal(err)
	}
	if _, err := keptBaseModel(nd.cfg.DataDir, hash); err != nil {
		t.Errorf("keeping it again did not repair the copy: %v", err)
	}
}

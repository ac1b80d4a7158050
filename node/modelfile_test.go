package node

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// checkModelFile checks the model file a poster kept for a finished job:
// VerifyModel accepts it (every winner's receipt for the final step signs
// its tensors' hash), and refuses a copy with one tensor bit flipped, a
// receipt re-signed for other parameters, or a receipt dropped from the
// metadata and another job's in its place.
func checkModelFile(t *testing.T, out *JobOutcome, steps uint64) {
	t.Helper()
	if out.ModelFile == "" {
		t.Fatal("the poster kept no model file")
	}
	data, err := os.ReadFile(out.ModelFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := VerifyModel(data)
	if err != nil {
		t.Fatalf("VerifyModel on the poster's file: %v", err)
	}
	if !c.Job || c.Model.Prov.FinalStep != steps || len(c.Signers) != len(out.Award.Winners) || c.Model.Prov.ParamsHash != [32]byte(out.ModelHash) {
		t.Errorf("verified: job %v, final step %d, %d signers of %d winners, hash %x (collected %s)",
			c.Job, c.Model.Prov.FinalStep, len(c.Signers), len(out.Award.Winners), c.Model.Prov.ParamsHash[:6], out.ModelHash.Short())
	}
	f, err := safetensors.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	// A tensor bit flipped: the recorded hash no longer matches.
	flipped := slices.Clone(data)
	off := len(data) - len(f.Tensors[len(f.Tensors)-1].Data)
	flipped[off] ^= 0x10
	if _, err := VerifyModel(flipped); !errors.Is(err, model.ErrProvenance) {
		t.Errorf("a flipped tensor bit: %v, want ErrProvenance", err)
	}
	// The tensors and their recorded hash both changed consistently: the
	// receipts' signatures no longer cover the hash.
	m := c.Model
	params := slices.Clone(m.Params)
	params[0] += 1
	forged, err := model.Encode(params, m.Prov)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyModel(forged); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("forged parameters with a matching recorded hash: %v, want ErrModelProvenance", err)
	}
	// A receipt whose signed fields were altered no longer recovers to
	// its member.
	prov := m.Prov
	rc, err := job.DecodeReceipt(prov.Receipts[0])
	if err != nil {
		t.Fatal(err)
	}
	rc.ContribRoot[0] ^= 1
	prov.Receipts = append([][]byte{rc.Encode()}, prov.Receipts[1:]...)
	altered, err := model.Encode(m.Params, prov)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyModel(altered); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("an altered receipt: %v, want ErrModelProvenance", err)
	}
	// No receipts at all.
	prov.Receipts = nil
	bare, _ := model.Encode(m.Params, prov)
	if _, err := VerifyModel(bare); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("no receipts: %v, want ErrModelProvenance", err)
	}
	if !bytes.Equal(data[:8], flipped[:8]) {
		t.Fatal("the header length changed")
	}
}

// trainedBase trains the digits job's MLP alone for steps and returns its
// parameters as a safetensors model file (no job provenance).
func trainedBase(t *testing.T, req JobRequest, steps int) []byte {
	t.Helper()
	ctx := context.Background()
	store := dataset.NewMemStore()
	if err := store.AddDataset(req.Dataset, nil); err != nil {
		t.Fatal(err)
	}
	man := req.Dataset.Manifest
	chunks, _, err := dataset.FetchChunks(ctx, dataset.MemFetcher{"p": store}, []string{"p"}, man, man.Indices(dataset.SplitTrain, 0, 1), 0)
	if err != nil {
		t.Fatal(err)
	}
	shard, err := dataset.DecodeTabular(man, chunks)
	if err != nil {
		t.Fatal(err)
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	net, err := nn.New(be, req.Recipe.Model, req.Recipe.BatchSize)
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	p := train.DefaultParams()
	p.Steps, p.BatchSize, p.Seed, p.Optimizer = steps, req.Recipe.BatchSize, 5, train.AdamW(1e-2)
	m, err := train.NewMember(net, train.NewLocalGroup(1).Member(0), train.NewTabularSampler(shard, 5), p)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	params := make([]float32, net.Layout().Len())
	if err := net.ReadParams(params); err != nil {
		t.Fatal(err)
	}
	data, err := model.Encode(params, model.Provenance{Spec: req.Recipe.Model})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestJobFineTunes: a job whose recipe names a base model (by its file's
// keccak256) is trained from it: the poster serves the file, both winners
// fetch it, check its hash and start from its parameters. Ten steps at a
// learning rate far too small to learn digits from the seed (train's
// TestFineTuneStartsFromInit shows such steps from the seed stay near
// chance) keep the base's accuracy, and the kept model file records the
// base.
func TestJobFineTunes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n := newJobNet(t, ctx, jobNetOptions{providers: 2})
	const steps, k = 10, 2
	req := digitsJob(t, k, steps, k*steps*1000)
	req.BaseModel = trainedBase(t, req, 200)
	req.Recipe.BaseModel = auction.Hash(model.FileHash(req.BaseModel))
	req.Recipe.Optimizer = train.AdamW(1e-5)
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if !out.HasEval || out.Eval.Accuracy() < 0.85 {
		t.Errorf("fine-tuned model: eval %v, accuracy %.3f; want the base's (≥ 0.85)", out.HasEval, out.Eval.Accuracy())
	}
	t.Logf("fine-tuned for %d steps: held-out accuracy %.2f%%", steps, 100*out.Eval.Accuracy())
	data, err := os.ReadFile(out.ModelFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := VerifyModel(data)
	if err != nil {
		t.Fatal(err)
	}
	if c.Model.Prov.BaseModel != [32]byte(req.Recipe.BaseModel) {
		t.Errorf("the kept model records base %x, want %s", c.Model.Prov.BaseModel[:6], req.Recipe.BaseModel.Short())
	}
	for i := 1; i <= k; i++ {
		if _, ok := n.events[i].Find(func(ev JobEvent) bool {
			return ev.Kind == JobFetched && strings.Contains(ev.Text, "base model")
		}); !ok {
			t.Errorf("node %d did not report fetching the base model", i)
		}
	}

	// A request whose file is not the one the recipe names is refused
	// before anything is posted.
	bad := req
	bad.BaseModel = append([]byte(nil), req.BaseModel...)
	bad.BaseModel[len(bad.BaseModel)-1] ^= 1
	if _, err := n.nodes[0].PostAndTrain(ctx, bad); !errors.Is(err, ErrRecipe) {
		t.Errorf("a base model file that does not hash to the recipe's: %v, want ErrRecipe", err)
	}
}

// TestJobFineTunesLargeBase: a base model larger than one blob (8 MiB: a
// Hugging Face-style file of float64 tensors, 1.05 M parameters) is
// served in pieces; each member fetches the piece list and the pieces,
// checks them and the whole file against the recipe's hash, and starts
// from it; the fine-tuned model (4.2 MiB, itself more than a piece)
// comes back to the poster in pieces too and verifies.
func TestJobFineTunesLargeBase(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	n := newJobNet(t, ctx, jobNetOptions{providers: 2})
	const steps, k = 4, 2
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.Model, req.Recipe.HashEvery = nn.NewMLP(64, []int{14000}, 10), 2
	// Windows that a loaded machine's bids still make.
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	layout, err := req.Recipe.Model.Layout()
	if err != nil {
		t.Fatal(err)
	}
	base := make([]float32, layout.Len())
	for i := range base {
		base[i] = 0.02 * float32(math.Sin(float64(i)))
	}
	ts, err := model.Tensors(req.Recipe.Model, base)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range ts {
		v, _ := x.Float32s()
		d := make([]byte, 8*len(v))
		for j, f := range v {
			binary.LittleEndian.PutUint64(d[8*j:], math.Float64bits(float64(f)))
		}
		ts[i].DType, ts[i].Data = "F64", d
	}
	if req.BaseModel, err = safetensors.Marshal(ts, nil); err != nil {
		t.Fatal(err)
	}
	if len(req.BaseModel) <= 8<<20 {
		t.Fatalf("base model of %d bytes; the test wants more than one blob", len(req.BaseModel))
	}
	req.Recipe.BaseModel = auction.Hash(model.FileHash(req.BaseModel))
	req.Recipe.Optimizer = train.AdamW(1e-5)
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= k; i++ {
		if _, ok := n.events[i].Find(func(ev JobEvent) bool {
			return ev.Kind == JobFetched && strings.Contains(ev.Text, "base model")
		}); !ok {
			t.Errorf("node %d did not report fetching the base model", i)
		}
	}
	data, err := os.ReadFile(out.ModelFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := VerifyModel(data)
	if err != nil {
		t.Fatal(err)
	}
	// Four steps at a learning rate of 1e-5 move no parameter far from
	// the base; the seed's initialisation is nowhere near it.
	// (The base as BaseParams reads it: the layout's padding is zero.)
	start, err := BaseParams(req.Recipe.Model, req.BaseModel)
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for i, v := range c.Model.Params {
		worst = max(worst, math.Abs(float64(v-start[i])))
	}
	if worst > 1e-3 {
		t.Errorf("the fine-tuned model is %.3g from the base at worst; want within 1e-3 (started from the base)", worst)
	}
	t.Logf("base model %d bytes in pieces; fine-tuned for %d steps, at most %.2g from the base", len(req.BaseModel), steps, worst)
}

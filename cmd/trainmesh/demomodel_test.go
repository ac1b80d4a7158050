package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// demoLlamaJob is the demo's language-model job (node/demo: a Llama of 2
// layers, width 32, 4 query heads on 2 key/value heads, contexts of 16
// tokens, on Newton's Opticks tokenized by a 384-token byte-level BPE the
// poster trains on the text, 8 rows a member, AdamW at 6e-3) as a job
// file, cut to 10 steps.
const demoLlamaJob = `
group-size = 2
min-vram = "14GiB"
min-throughput = 0
budget = "100000"
commit-window = "5s"
reveal-window = "3s"

[model]
kind = "llama"
context = 16
dim = 32
heads = 4
kv-heads = 2
layers = 2

[data]
builtin = "opticks"
bpe-vocab = 384

[train]
steps = 10
batch-size = 8
lr = 0.006
schedule = "cosine"
warmup-steps = 2
receipt-every = 5
`

// torchCheckEnv is read before TestMain clears the TRAINMESH_ variables.
var torchCheckEnv = os.Getenv("TRAINMESH_TORCH_CHECK") != ""

// TestDemoModelInTorch: the demo's BPE llama job, posted with `trainmesh
// submit` (the CLI's poster: it trains the BPE from the job file and
// serves the tokenizer) to two providers on real libp2p hosts, trained
// for 10 steps by the group of both, collected by the poster and written
// out by `trainmesh model export`. That file: `model verify` accepts it
// and refuses every copy with one byte changed (a tensor byte, a byte of
// a signed receipt in the metadata); scripts/torch_check.py loads it
// into its PyTorch Llama and agrees with trainmesh's logits, loss and
// every gradient on held-out Opticks tokens (encoded by the file's own
// tokenizer) within 1e-4 relative, its Llama built from the config.json
// of the Hugging Face directory `trainmesh model hf` lays out; the same
// check fails on a copy whose final norm is scaled by 1.01.
//
// Like TestTorchCheck it runs under scripts/torch-check.sh
// (TRAINMESH_TORCH_CHECK=1, Debian's python3-torch).
func TestDemoModelInTorch(t *testing.T) {
	if !torchCheckEnv {
		t.Skip("run by scripts/torch-check.sh (set TRAINMESH_TORCH_CHECK=1 with Debian's python3-torch installed)")
	}
	python := "/usr/bin/python3"
	if out, err := exec.Command(python, "-c", "import torch").CombinedOutput(); err != nil {
		t.Fatalf("%s cannot import torch (scripts/torch-check.sh installs python3-torch): %v\n%s", python, err, out)
	}
	script, err := filepath.Abs("../../scripts/torch_check.py")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	boot := startProviders(t, ctx, 2)

	t.Setenv(EnvPassword, "test")
	dir := t.TempDir()
	poster := filepath.Join(dir, "poster")
	args := []string{"submit", writeFile(t, dir, "job.toml", demoLlamaJob), "--data-dir", poster, "--light-kdf",
		"--listen", "/ip4/127.0.0.1/tcp/0", "--no-mdns", "--wait", "60s", "--unpaid"}
	for _, b := range boot {
		args = append(args, "--bootstrap", b)
	}
	t0 := time.Now()
	code, out, stderr := runCLI(t, args...)
	t.Logf("submit took %v:\n%s", time.Since(t0).Round(time.Millisecond), out)
	if code != 0 {
		t.Fatalf("submit: exit %d\n%s\n%s", code, out, stderr)
	}
	id := regexp.MustCompile(`(?m)^posted   job (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if id == nil || !strings.Contains(out, "credits  [10 10]") {
		t.Fatalf("submit did not train the job to its 10 steps with both members:\n%s", out)
	}

	file := filepath.Join(dir, "llama.safetensors")
	if code, out, stderr := runCLI(t, "model", "export", "--data-dir", poster, id[1], "-o", file); code != 0 {
		t.Fatalf("model export: exit %d\n%s%s", code, out, stderr)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	code, out, stderr = runCLI(t, "model", "verify", "--require-job", file)
	if code != 0 || !strings.Contains(out, "OK") || !strings.Contains(out, "final step 10 signed by 2 of 2 winners") {
		t.Fatalf("model verify of the exported file: exit %d\n%s%s", code, out, stderr)
	}
	m, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.Spec.Kind != "llama" || m.Tokenizer == nil || m.Tokenizer.Len() != 384 {
		t.Fatalf("the exported model is a %s with tokenizer %v; want the demo's llama and its 384-token BPE", m.Spec.Kind, m.Tokenizer != nil)
	}
	f, err := safetensors.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	tensorByte := len(data) - len(f.Tensors[len(f.Tensors)-1].Data) + 5
	receiptByte := bytes.Index(data, []byte(`trainmesh.receipts`))
	if receiptByte < 0 {
		t.Fatal("no receipts in the exported file's metadata")
	}
	receiptByte += 200 // inside the first receipt's hex
	for _, c := range []struct {
		what string
		at   int
	}{{"a tensor byte", tensorByte}, {"a byte of a signed receipt", receiptByte}} {
		bad := slices.Clone(data)
		bad[c.at] ^= 0x01
		path := writeFile(t, dir, "tampered.safetensors", string(bad))
		code, out, stderr := runCLI(t, "model", "verify", path)
		if code == 0 || !strings.Contains(stderr, "REFUSED") {
			t.Errorf("model verify with %s changed: exit %d; want REFUSED\n%s%s", c.what, code, out, stderr)
		} else {
			t.Logf("%s changed: %s", c.what, strings.TrimSpace(stderr))
		}
	}

	// trainmesh's logits, loss and gradients on held-out tokens, and the
	// file, as TestTorchCheck's cases are laid out.
	good, scaled := filepath.Join(dir, "demo-llama"), filepath.Join(dir, "demo-llama-norm-scaled")
	check := torchCheckBatch(t, m, heldOutIDs(t, m, 4*(m.Spec.Llama.Context+1)), 4)
	for _, d := range []string{good, scaled} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, d, "check.safetensors", string(check))
	}
	// The good case is the Hugging Face directory `model hf` lays out:
	// torch_check.py builds its Llama from that config.json.
	if code, out, stderr := runCLI(t, "model", "hf", file, good); code != 0 {
		t.Fatalf("model hf: exit %d\n%s%s", code, out, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(good, "model.safetensors")); err != nil || !bytes.Equal(b, data) {
		t.Errorf("model hf did not copy the model file (%v)", err)
	}
	if b, err := os.ReadFile(filepath.Join(good, "tokenizer.json")); err != nil || !bytes.Equal(b, m.Prov.Tokenizer) {
		t.Errorf("model hf did not write the file's tokenizer.json (%v)", err)
	}
	writeFile(t, scaled, "model.safetensors", string(scaledNorm(t, f, 1.01)))
	want := map[string]bool{good: true, scaled: false}

	t0 = time.Now()
	defer func() { t.Logf("torch_check.py took %v", time.Since(t0).Round(time.Millisecond)) }()
	cmd := exec.Command(python, script, good, scaled)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	res, err := cmd.Output()
	if _, exit := err.(*exec.ExitError); err != nil && !exit {
		t.Fatal(err)
	}
	seen := 0
	sc := bufio.NewScanner(bytes.NewReader(res))
	for sc.Scan() {
		var r struct {
			Case      string  `json:"case"`
			From      string  `json:"arch_from"`
			OK        bool    `json:"ok"`
			MaxRelErr float64 `json:"max_rel_err"`
			Worst     string  `json:"worst"`
			Logits    float64 `json:"logits_rel_err"`
			Tensors   int     `json:"tensors"`
			Error     string  `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("torch_check.py printed %q: %v", sc.Text(), err)
		}
		seen++
		t.Logf("%s (built from %s): ok %v, largest relative error %.2e (%s), logits %.2e, %d tensors compared %s", filepath.Base(r.Case), r.From, r.OK, r.MaxRelErr, r.Worst, r.Logits, r.Tensors, r.Error)
		if r.OK != want[r.Case] {
			if want[r.Case] {
				t.Errorf("PyTorch disagrees with trainmesh on the demo's exported llama: largest relative error %.2e in %s %s", r.MaxRelErr, r.Worst, r.Error)
			} else {
				t.Errorf("the check passed the exported llama with its final norm scaled (largest relative error %.2e)", r.MaxRelErr)
			}
		}
		if r.Case == good && (r.Logits >= 1e-4 || r.Tensors < 2+len(f.Tensors) || r.From != "config.json") {
			t.Errorf("logits relative error %.2e over %d tensors, model built from %q; want < 1e-4 over the logits, the loss and %d gradients, from config.json", r.Logits, r.Tensors, r.From, len(f.Tensors))
		}
	}
	if seen != 2 {
		t.Fatalf("torch_check.py reported %d of 2 cases (exit %v)\n%s", seen, err, errb.String())
	}
}

// startProviders starts n provider nodes on 127.0.0.1 (24 GiB, floors 100,
// 200, …) in this process and returns the first's addresses to bootstrap
// from; they stop when the test ends.
func startProviders(t *testing.T, ctx context.Context, n int) []string {
	t.Helper()
	var boot []string
	var wg sync.WaitGroup
	// The data dir first: cleanups run last-registered first, and a dir
	// removed under a running node's store would keep its close waiting.
	root := t.TempDir()
	runCtx, stop := context.WithCancel(ctx)
	t.Cleanup(func() { stop(); wg.Wait() })
	for i := range n {
		cfg := node.DefaultConfig(filepath.Join(root, fmt.Sprint(i)))
		cfg.Mesh = mesh.LocalParams()
		cfg.Mesh.Bootstrap = boot
		cfg.Auction.Provider = node.ProviderConfig{Enabled: true, VRAMBytes: 24 << 30, PriceFloor: big.NewInt(int64(100 + 100*i)), MaxOpenBids: 1, Throughput: 100}
		nd, err := node.New(ctx, cfg, identity.FromSeed(fmt.Appendf(nil, "demo-model-provider-%d", i)), testLog())
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			boot = nd.Host().FullAddrs()
		}
		wg.Add(1)
		go func() { defer wg.Done(); nd.Run(runCtx) }()
	}
	return boot
}

// heldOutIDs encodes the end of the Opticks excerpt (the part every job
// file holds out) with the model file's tokenizer and returns its first
// n ids.
func heldOutIDs(t *testing.T, m *model.Model, n int) []int32 {
	t.Helper()
	text, err := corpus.Opticks()
	if err != nil {
		t.Fatal(err)
	}
	raw := make([]byte, len(text.Tokens))
	for i, id := range text.Tokens {
		raw[i] = text.Vocab[id]
	}
	ids := m.Tokenizer.Encode(raw[len(raw)-len(raw)/20:])
	if len(ids) < n {
		t.Fatalf("%d held-out ids; want %d", len(ids), n)
	}
	return ids[:n]
}

// torchCheckBatch runs trainmesh's model on rows windows of ids (each row
// predicts its next tokens) and returns check.safetensors for
// torch_check.py: the tokens, labels, logits, loss and the gradient of
// every tensor under its file name.
func torchCheckBatch(t *testing.T, m *model.Model, ids []int32, rows int) []byte {
	t.Helper()
	ctx := m.Spec.Llama.Context
	b := nn.Batch{Rows: rows, Tokens: make([]int32, rows*ctx), Labels: make([]int32, rows*ctx)}
	for r := range rows {
		copy(b.Tokens[r*ctx:], ids[r*(ctx+1):r*(ctx+1)+ctx])
		copy(b.Labels[r*ctx:], ids[r*(ctx+1)+1:(r+1)*(ctx+1)])
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	net, err := nn.New(be, m.Spec, rows)
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	if err := net.SetParams(m.Params); err != nil {
		t.Fatal(err)
	}
	met, err := net.LossAndGrad(b)
	if err != nil {
		t.Fatal(err)
	}
	n, classes, logits := net.Logits()
	grads := make([]float32, net.Layout().Len())
	if err := be.Download(grads, net.Grads()); err != nil {
		t.Fatal(err)
	}
	gts, err := model.Tensors(m.Spec, grads)
	if err != nil {
		t.Fatal(err)
	}
	ts := []safetensors.Tensor{
		safetensors.F32("logits", []int{n, classes}, logits),
		safetensors.F32("loss", []int{}, []float32{float32(met.Loss())}),
		safetensors.I32("tokens", []int{rows, ctx}, b.Tokens),
		safetensors.I32("labels", []int{len(b.Labels)}, b.Labels),
	}
	for _, g := range gts {
		g.Name = "grad." + g.Name
		ts = append(ts, g)
	}
	out, err := safetensors.Marshal(ts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// scaledNorm is the file f with its final RMSNorm's weight multiplied by
// s (its metadata kept: torch_check.py reads only the spec).
func scaledNorm(t *testing.T, f *safetensors.File, s float32) []byte {
	t.Helper()
	ts := slices.Clone(f.Tensors)
	for i, x := range ts {
		if x.Name != "model.norm.weight" {
			continue
		}
		v, err := x.Float32s()
		if err != nil {
			t.Fatal(err)
		}
		for j := range v {
			v[j] *= s
		}
		ts[i] = safetensors.F32(x.Name, x.Shape, v)
		out, err := safetensors.Marshal(ts, f.Metadata)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	t.Fatal("no model.norm.weight in the file")
	return nil
}

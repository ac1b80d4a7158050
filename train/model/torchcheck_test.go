package model

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// torchCase is one model of the PyTorch cross-check with its batch.
type torchCase struct {
	name  string
	spec  nn.Spec
	batch func(rng *rand.Rand) nn.Batch
	// perturb names the file tensor and element the failing variant
	// changes.
	perturb string
	at      int
}

var torchCases = []torchCase{
	{name: "mlp", spec: nn.NewMLP(12, []int{16, 8}, 5), perturb: "fc1.weight", at: 3,
		batch: func(rng *rand.Rand) nn.Batch {
			b := nn.Batch{Rows: 8, X: make([]float32, 8*12), Labels: make([]int32, 8)}
			for i := range b.X {
				b.X[i] = float32(rng.Float64()*2 - 1)
			}
			for i := range b.Labels {
				b.Labels[i] = int32(rng.IntN(5))
			}
			return b
		}},
	{name: "transformer", spec: nn.NewTransformer(nn.TransformerSpec{Vocab: 13, Context: 8, Dim: 16, Heads: 2, Layers: 2}),
		perturb: "transformer.h.1.attn.c_attn.weight", at: 40,
		batch: func(rng *rand.Rand) nn.Batch {
			b := nn.Batch{Rows: 3, Tokens: make([]int32, 3*8), Labels: make([]int32, 3*8)}
			for i := range b.Tokens {
				b.Tokens[i] = int32(rng.IntN(13))
			}
			for i := range b.Labels {
				b.Labels[i] = int32(rng.IntN(13))
			}
			b.Labels[5], b.Labels[17] = -1, -1 // positions that do not count
			return b
		}},
	{name: "llama", spec: nn.NewLlama(nn.LlamaSpec{Vocab: 13, Context: 8, Dim: 16, Heads: 2, Layers: 2, RopeTheta: 500}),
		perturb: "model.layers.1.self_attn.k_proj.weight", at: 40, batch: llamaBatch},
	{name: "llama-gqa-tied", spec: nn.NewLlama(nn.LlamaSpec{Vocab: 13, Context: 8, Dim: 16, Heads: 4, KVHeads: 2, Layers: 2, Hidden: 24, NormEps: 1e-6, TiedEmbeddings: true}),
		perturb: "model.embed_tokens.weight", at: 7, batch: llamaBatch},
}

// llamaBatch is the transformer's batch shape for the llama cases.
func llamaBatch(rng *rand.Rand) nn.Batch {
	b := nn.Batch{Rows: 3, Tokens: make([]int32, 3*8), Labels: make([]int32, 3*8)}
	for i := range b.Tokens {
		b.Tokens[i] = int32(rng.IntN(13))
	}
	for i := range b.Labels {
		b.Labels[i] = int32(rng.IntN(13))
	}
	b.Labels[2] = -1
	return b
}

// exportCheck writes a case's model.safetensors and check.safetensors (its
// batch, and trainmesh's logits, loss and gradients on it) into dir, and
// returns the model's parameters.
func exportCheck(t *testing.T, c torchCase, dir string) []float32 {
	t.Helper()
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	rng := rand.New(rand.NewPCG(19, 6))
	b := c.batch(rng)
	m, err := nn.New(be, c.spec, b.Rows)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	// Seeded initialisation moved off its zeros and ones, so that biases
	// and layer-norm gains are checked too.
	l := m.Layout()
	params := nn.InitParams(l, 5)
	for _, p := range l.Params {
		for i := p.Offset; i < p.Offset+p.Len; i++ {
			params[i] += float32(rng.Float64()*0.2 - 0.1)
		}
	}
	if err := m.SetParams(params); err != nil {
		t.Fatal(err)
	}
	met, err := m.LossAndGrad(b)
	if err != nil {
		t.Fatal(err)
	}
	rows, classes, logits := m.Logits()
	grads := make([]float32, l.Len())
	if err := be.Download(grads, m.Grads()); err != nil {
		t.Fatal(err)
	}
	gts, err := Tensors(c.spec, grads)
	if err != nil {
		t.Fatal(err)
	}
	ts := []safetensors.Tensor{
		safetensors.F32("logits", []int{rows, classes}, logits),
		safetensors.F32("loss", []int{}, []float32{float32(met.Loss())}),
	}
	if b.Tokens != nil {
		ts = append(ts, safetensors.I32("tokens", []int{b.Rows, len(b.Tokens) / b.Rows}, b.Tokens))
	} else {
		ts = append(ts, safetensors.F32("x", []int{b.Rows, len(b.X) / b.Rows}, b.X))
	}
	ts = append(ts, safetensors.I32("labels", []int{len(b.Labels)}, b.Labels))
	for _, g := range gts {
		g.Name = "grad." + g.Name
		ts = append(ts, g)
	}
	check, err := safetensors.Marshal(ts, nil)
	if err != nil {
		t.Fatal(err)
	}
	writeModel(t, dir, c.spec, params)
	if err := os.WriteFile(filepath.Join(dir, "check.safetensors"), check, 0o644); err != nil {
		t.Fatal(err)
	}
	return params
}

func writeModel(t *testing.T, dir string, s nn.Spec, params []float32) {
	t.Helper()
	data, err := Encode(params, Provenance{Spec: s})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "model.safetensors"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// perturbed returns params with one weight of tensor name (element at, in
// the file's orientation) changed by 1%.
func perturbed(t *testing.T, s nn.Spec, params []float32, name string, at int) []float32 {
	t.Helper()
	ts, err := Tensors(s, params)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range ts {
		if x.Name != name {
			continue
		}
		v, _ := x.Float32s()
		v[at] *= 1.01
		ts[i] = safetensors.F32(x.Name, x.Shape, v)
		data, _ := safetensors.Marshal(ts, nil)
		f, err := safetensors.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Params(s, f)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	t.Fatalf("no tensor %s", name)
	return nil
}

// TestTorchCheck exports the MLP and the char transformer with a fixed
// batch and has scripts/torch_check.py load them into PyTorch and compare
// logits, loss and every gradient (relative error < 1e-4); the same check
// must fail on a copy of each model with one weight changed by 1%.
//
// It needs Debian's python3-torch under /usr/bin/python3, which
// scripts/torch-check.sh installs and which then runs this test with
// TRAINMESH_TORCH_CHECK=1 (so scripts/test.sh's `go test ./...` does not
// run it twice); with the variable set, a missing torch fails the test.
func TestTorchCheck(t *testing.T) {
	if os.Getenv("TRAINMESH_TORCH_CHECK") == "" {
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
	root := t.TempDir()
	var dirs []string
	want := map[string]bool{}
	for _, c := range torchCases {
		good := filepath.Join(root, c.name)
		if err := os.MkdirAll(good, 0o755); err != nil {
			t.Fatal(err)
		}
		params := exportCheck(t, c, good)
		bad := filepath.Join(root, c.name+"-perturbed")
		writeModel(t, bad, c.spec, perturbed(t, c.spec, params, c.perturb, c.at))
		check, err := os.ReadFile(filepath.Join(good, "check.safetensors"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(bad, "check.safetensors"), check, 0o644); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, good, bad)
		want[good], want[bad] = true, false
	}
	cmd := exec.Command(python, append([]string{script}, dirs...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if _, exit := err.(*exec.ExitError); err != nil && !exit {
		t.Fatal(err)
	}
	seen := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var r struct {
			Case      string  `json:"case"`
			Kind      string  `json:"kind"`
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
		name := filepath.Base(r.Case)
		t.Logf("%s: ok %v, largest relative error %.2e (%s), logits %.2e, %d tensors compared %s", name, r.OK, r.MaxRelErr, r.Worst, r.Logits, r.Tensors, r.Error)
		if r.OK != want[r.Case] {
			if want[r.Case] {
				t.Errorf("%s: PyTorch disagrees with trainmesh: largest relative error %.2e in %s %s", name, r.MaxRelErr, r.Worst, r.Error)
			} else {
				t.Errorf("%s: the check passed a model with a perturbed weight (largest relative error %.2e)", name, r.MaxRelErr)
			}
		}
	}
	if seen != len(dirs) {
		t.Fatalf("torch_check.py reported %d of %d cases (exit %v)\n%s", seen, len(dirs), err, stderr.String())
	}
	if err == nil {
		t.Error("torch_check.py exited 0 although perturbed models failed")
	}
}

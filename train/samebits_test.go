package train

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/nn"
)

// archChildEnv names the file a child run of TestSameBitsOnArm64 writes
// its hashes to; set, the test only computes and writes them.
const archChildEnv = "TRAINMESH_ARCH_HASHES"

// archRuns is what TestSameBitsOnArm64 compares across architectures: the
// parameter hash after 100 steps of the digits MLP in a group of two (the
// issue's case), and after 2 steps of a small char-LM (every transformer
// op: LayerNorm, GELU, causal softmax, embeddings).
func archRuns(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	mlp := mustRun(t, newGroup(t, groupSetup{spec: digitsSpec, ds: digits(t), members: 2, params: func(int) Params {
		p := digitsParams(2)
		p.Steps = 100
		return p
	}}))
	out["digits-mlp-100"] = hex.EncodeToString(mlp[0].Hash[:])
	ds, err := corpus.OpticksDataset()
	if err != nil {
		t.Fatal(err)
	}
	spec := nn.NewTransformer(nn.TransformerSpec{Vocab: len(ds.Manifest.Vocab), Context: 16, Dim: 32, Heads: 4, Layers: 1})
	lm := mustRun(t, newGroup(t, groupSetup{spec: spec, ds: ds, members: 2, params: func(int) Params {
		p := DefaultParams()
		p.Steps, p.BatchSize, p.HashEvery = 2, 4, 1
		return p
	}}))
	out["char-lm-2"] = hex.EncodeToString(lm[0].Hash[:])
	return out
}

// TestSameBitsOnArm64 is issue 16's "same bits on every machine": it
// cross-compiles this package's tests for arm64, runs the arm64 binary
// under qemu-user (Debian's qemu-user-static, which scripts/test.sh
// installs), and compares the parameter hashes with this run's. Go fuses
// a*b+c into one FMA on arm64 and not on amd64, and an assembly kernel
// may sum in another order, so this fails the day a fusable expression
// or an architecture-specific kernel enters the deterministic path.
func TestSameBitsOnArm64(t *testing.T) {
	if path := os.Getenv(archChildEnv); path != "" {
		b, err := json.Marshal(archRuns(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if testing.Short() {
		t.Skip("cross-compiles the package and trains under an emulator (a minute)")
	}
	if runtime.GOARCH != "amd64" {
		t.Skipf("compares amd64 with emulated arm64; this is %s", runtime.GOARCH)
	}
	qemu, err := exec.LookPath("qemu-aarch64-static")
	if err != nil {
		t.Skip("qemu-aarch64-static is not installed (Debian: apt-get install qemu-user-static; scripts/test.sh does it)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "train.arm64.test")
	build := exec.Command("go", "test", "-c", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOARCH=arm64", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("GOARCH=arm64 go test -c: %v\n%s", err, out)
	}
	want := archRuns(t)
	path := filepath.Join(dir, "hashes.json")
	run := exec.Command(qemu, bin, "-test.run", "^TestSameBitsOnArm64$", "-test.count", "1")
	run.Env = append(os.Environ(), archChildEnv+"="+path)
	var out bytes.Buffer
	run.Stdout, run.Stderr = &out, &out
	if err := run.Run(); err != nil {
		t.Fatalf("arm64 under qemu: %v\n%s", err, out.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]string
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		t.Logf("%s: amd64 %s, arm64 %s", name, w[:16], got[name][:min(16, len(got[name]))])
		if got[name] != w {
			t.Errorf("%s: arm64 parameter hash %s, amd64 %s", name, got[name], w)
		}
	}
}

// Package archtest runs a test's figures on emulated arm64 and hands them
// back beside this machine's, for the tests that hold trainmesh's training
// to the same bits on every architecture (train's TestSameBitsOnArm64,
// train/verify's TestRecomputeOnArm64). Go fuses a*b+c into one FMA on
// arm64 and not on amd64, and assembly kernels sum in their own orders, so
// only running the arm64 code shows that the deterministic path has none.
//
// It cross-compiles the calling package's tests (GOARCH=arm64, no cgo),
// runs the one test under qemu-user (Debian's qemu-user-static, which
// scripts/test.sh installs), and the child run, seeing the environment
// variable, computes its figures into a JSON file and stops.
package archtest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// childEnv names the file a child run writes its figures to.
const childEnv = "TRAINMESH_ARCH_FIGURES"

// Compare computes figures here and on emulated arm64 and returns both
// (this machine's first). In the child run it writes its figures and
// returns ok false, as it does (after t.Skip) where the comparison cannot
// run: in -short, off amd64, or without qemu-aarch64-static.
func Compare[T any](t *testing.T, figures func(*testing.T) T) (amd64, arm64 T, ok bool) {
	t.Helper()
	if path := os.Getenv(childEnv); path != "" {
		b, err := json.Marshal(figures(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return amd64, arm64, false
	}
	if testing.Short() {
		t.Skip("cross-compiles the package and runs it under an emulator (a minute)")
	}
	if runtime.GOARCH != "amd64" {
		t.Skipf("compares amd64 with emulated arm64; this is %s", runtime.GOARCH)
	}
	qemu, err := exec.LookPath("qemu-aarch64-static")
	if err != nil {
		t.Skip("qemu-aarch64-static is not installed (Debian: apt-get install qemu-user-static; scripts/test.sh does it)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "arm64.test")
	build := exec.Command("go", "test", "-c", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOARCH=arm64", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("GOARCH=arm64 go test -c: %v\n%s", err, out)
	}
	amd64 = figures(t)
	path := filepath.Join(dir, "figures.json")
	run := exec.Command(qemu, bin, "-test.run", "^"+t.Name()+"$", "-test.count", "1")
	run.Env = append(os.Environ(), childEnv+"="+path)
	var out bytes.Buffer
	run.Stdout, run.Stderr = &out, &out
	if err := run.Run(); err != nil {
		t.Fatalf("arm64 under qemu: %v\n%s", err, out.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &arm64); err != nil {
		t.Fatal(err)
	}
	return amd64, arm64, true
}

package kernels

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPTXHasEveryKernel checks that the committed PTX was rebuilt after the
// last kernel was added: every name the backend launches is an entry point,
// and every entry point is one the backend knows.
func TestPTXHasEveryKernel(t *testing.T) {
	entries := map[string]bool{}
	for _, m := range regexp.MustCompile(`\.entry\s+(\w+)\(`).FindAllStringSubmatch(PTX, -1) {
		entries[m[1]] = true
	}
	for id, name := range Names {
		if name == "" {
			t.Errorf("kernel %d has no name", id)
			continue
		}
		if !entries[name] {
			t.Errorf("kernels.ptx has no entry %s: run scripts/build-ptx.sh", name)
		}
		delete(entries, name)
	}
	for name := range entries {
		t.Errorf("kernels.ptx has entry %s that kernels.Names lacks", name)
	}
}

// TestPTXIsSelfContained checks that the PTX calls no library function
// (libdevice is not linked: the driver could not resolve one at load).
func TestPTXIsSelfContained(t *testing.T) {
	for _, bad := range []string{".extern", "call.uni", "call "} {
		if strings.Contains(PTX, bad) {
			t.Errorf("kernels.ptx contains %q: kernels must not call library functions", bad)
		}
	}
	if !strings.HasPrefix(PTX, "// trainmesh kernels: built from") {
		t.Error("kernels.ptx lacks the header line naming its compiler: build it with scripts/build-ptx.sh")
	}
}

// TestSourceDefinesEveryKernel checks the source against the list of names.
func TestSourceDefinesEveryKernel(t *testing.T) {
	src, err := os.ReadFile("kernels.cu")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range Names {
		if !strings.Contains(string(src), "KERNEL "+name+"(") {
			t.Errorf("kernels.cu does not define %s", name)
		}
	}
}

// TestPTXMatchesSource rebuilds the PTX with the compiler that made the
// committed one, when that very compiler is installed, and compares: a
// kernel edit without scripts/build-ptx.sh fails here, not on a GPU.
func TestPTXMatchesSource(t *testing.T) {
	if testing.Short() {
		t.Skip("runs clang")
	}
	header, _, _ := strings.Cut(PTX, "\n")
	ver, err := exec.Command("clang", "--version").Output()
	if err != nil {
		t.Skipf("clang not installed: %v", err)
	}
	clang, _, _ := strings.Cut(string(ver), "\n")
	if !strings.Contains(header, " with "+clang+" for ") {
		t.Skipf("the committed PTX was not built by %q: %s", clang, header)
	}
	arch := header[strings.LastIndex(header, " ")+1:]
	out := filepath.Join(t.TempDir(), "k.ptx")
	cmd := exec.Command("clang", "--cuda-device-only", "-nocudainc", "-nocudalib", "--cuda-gpu-arch="+arch, "-O3", "-S", "-o", out, "kernels.cu")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("clang: %v\n%s", err, msg)
	}
	fresh, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(PTX, "\n")
	if body != string(fresh) {
		t.Error("kernels.ptx is stale: run scripts/build-ptx.sh and commit the result")
	}
}

// TestPTXIsReproducible checks the compiled PTX for instructions that
// would break reproducible mode's promise of the CPU backend's bits: a
// fused multiply-add (one rounding where the CPU rounds twice),
// approximate or flush-to-zero arithmetic and hardware transcendentals,
// atomics and warp or shared-memory reductions (order set by scheduling),
// and max/min (whose -0/+0 and NaN choices need not be Go's). The source
// avoids them through compat.h's f_*/d_* helpers; this catches a compiler
// that would reintroduce one.
func TestPTXIsReproducible(t *testing.T) {
	bad := regexp.MustCompile(`\b(fma|mad)\.|\.approx|\.ftz|\b(atom|red)\.|\b(ex2|lg2|sin|cos|tanh|rsqrt|rcp)\.|\bshfl\.|\.shared|\b(max|min)\.f(32|64)`)
	for i, line := range strings.Split(PTX, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		if m := bad.FindString(line); m != "" {
			t.Errorf("kernels.ptx line %d: %q breaks reproducible mode: %s", i+1, m, strings.TrimSpace(line))
		}
	}
}

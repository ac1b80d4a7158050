package kernels

import (
	"os"
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

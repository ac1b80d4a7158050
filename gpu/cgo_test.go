package gpu

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCgoPreamblesCompileWithoutWarnings is issue 18's quiet first build
// in CI: the C of every cgo file of gpu compiles with -Wall -Werror, which
// is stricter than the flags `go build` uses, so a first build prints
// nothing of ours. (go-nvml, which gpu used before internal/nvml, failed
// this with ~150 deprecation warnings.) It needs a C compiler, as cgo does.
func TestCgoPreamblesCompileWithoutWarnings(t *testing.T) {
	cc := os.Getenv("CC")
	if cc == "" {
		cc = "cc"
	}
	if _, err := exec.LookPath(cc); err != nil {
		t.Skipf("no C compiler (%s): cgo is off here too", cc)
	}
	for _, f := range []string{"internal/cudadrv/driver_cgo.go", "internal/nvml/nvml_cgo.go", "internal/kernelemu/emu.go"} {
		t.Run(filepath.Base(filepath.Dir(f)), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pre, ok := preamble(string(src))
			if !ok {
				t.Fatalf("%s: no cgo preamble before import \"C\"", f)
			}
			c := filepath.Join(t.TempDir(), "preamble.c")
			if err := os.WriteFile(c, []byte(pre), 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(cc, "-std=gnu11", "-O2", "-Wall", "-Werror", "-Wno-unused-function",
				"-I", "kernels", "-fsyntax-only", c)
			if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
				t.Errorf("%s: %s printed:\n%s(%v)", f, cc, out, err)
			}
		})
	}
}

// preamble returns the C comment right before a file's import "C",
// without its #cgo lines.
func preamble(src string) (string, bool) {
	end := strings.Index(src, "*/\nimport \"C\"")
	if end < 0 {
		return "", false
	}
	start := strings.LastIndex(src[:end], "/*")
	if start < 0 {
		return "", false
	}
	var b strings.Builder
	for _, line := range strings.Split(src[start+2:end], "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#cgo ") {
			b.WriteString(line + "\n")
		}
	}
	return b.String(), true
}

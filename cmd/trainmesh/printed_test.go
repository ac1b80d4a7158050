package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// printedAfter returns the command printed on the line after the first line
// of out that starts with intro (commands are printed indented, a line
// each).
func printedAfter(t *testing.T, out, intro string) string {
	t.Helper()
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, intro) && i+1 < len(lines) && strings.HasPrefix(lines[i+1], "  ") {
			return strings.TrimSpace(lines[i+1])
		}
	}
	t.Fatalf("no command printed after %q in:\n%s", intro, out)
	return ""
}

// runPrinted runs a command line that trainmesh printed, as printed:
// through sh, with this test binary on $PATH as trainmesh. It returns the
// exit status and the combined output.
func runPrinted(ctx context.Context, t *testing.T, line string) (int, string) {
	t.Helper()
	return runPrintedIn(ctx, t, t.TempDir(), line)
}

// printedCmd is a printed command line to run in dir through sh, with
// this test binary on $PATH as trainmesh, and env added.
func printedCmd(ctx context.Context, t *testing.T, dir, line string, env ...string) *exec.Cmd {
	t.Helper()
	bin := t.TempDir()
	if err := os.Symlink(os.Args[0], filepath.Join(bin, "trainmesh")); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, "sh", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), envRunAsMain+"=1", "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH")), env...)
	return cmd
}

// runPrintedIn is runPrinted in the working directory dir.
func runPrintedIn(ctx context.Context, t *testing.T, dir, line string) (int, string) {
	t.Helper()
	cmd := printedCmd(ctx, t, dir, line)
	out, err := cmd.CombinedOutput()
	if err != nil && cmd.ProcessState == nil {
		t.Fatalf("%s: %v", line, err)
	}
	return cmd.ProcessState.ExitCode(), string(out)
}

// TestPrintedHints: the commands that errors print to get past them name
// the folder the user gave, and the one that is cheap to run works as
// printed (a key for the chain commands).
func TestPrintedHints(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		hint string
	}{
		{[]string{"testnet", "status", "--dir", dir}, "; start one with: trainmesh testnet up --dir " + dir},
		{[]string{"testnet", "down", "--dir", dir}, "; start one with: trainmesh testnet up --dir " + dir},
		{[]string{"node", "status", "--data-dir", dir}, "; start one with: trainmesh node --data-dir " + dir},
		{[]string{"chain", "balance", "--data-dir", dir, "--rpc", "http://127.0.0.1:1", "--settlement", "0x0000000000000000000000000000000000000001"},
			"; create one with: trainmesh key new --data-dir " + dir},
	}
	for _, tt := range tests {
		code, _, stderr := runCLI(t, tt.args...)
		if code != 1 || !strings.HasSuffix(strings.TrimSpace(stderr), tt.hint) {
			t.Errorf("%v: exit %d, %q; want the hint %q", tt.args, code, stderr, tt.hint)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	keyNew := "trainmesh key new --data-dir " + dir
	if code, out := runPrinted(ctx, t, keyNew); code != 0 {
		t.Fatalf("%s: exit %d\n%s", keyNew, code, out)
	}
	if _, _, stderr := runCLI(t, tests[3].args...); strings.Contains(stderr, "create one with") {
		t.Errorf("after %s, chain balance still finds no key: %s", keyNew, stderr)
	}
}

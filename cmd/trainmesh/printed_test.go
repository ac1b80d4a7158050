package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
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

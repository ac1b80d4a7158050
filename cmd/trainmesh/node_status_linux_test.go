package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/trainmesh/trainmesh/node"
)

// TestNodeStatusDeadProcess: a fresh status file whose process has exited
// (a zombie not yet reaped, then reaped) reads as not running; the age of
// the file does not make it running.
func TestNodeStatusDeadProcess(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pid := cmd.Process.Pid
	dir := t.TempDir()
	st := node.Status{PeerID: "16Uiu2HAm51to8UiRzRYyyf5xii6wjN7VFsYL3uyXKi3vaxnafiKH", PID: pid, Version: "test",
		UpdatedMs: time.Now().UnixMilli(), IntervalMs: node.StatusInterval.Milliseconds()}
	if err := node.WriteStatus(dir, st); err != nil {
		t.Fatal(err)
	}
	// Wait for the exit without reaping: the process stays a zombie.
	var info unix.Siginfo
	if err := unix.Waitid(unix.P_PID, pid, &info, unix.WEXITED|unix.WNOWAIT, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		reap bool
	}{{"zombie", false}, {"reaped", true}}
	for _, tt := range tests {
		if tt.reap {
			_ = cmd.Wait()
		}
		code, out, errOut := runCLI(t, "node", "status", "--data-dir", dir)
		if code != 0 || !strings.Contains(out, fmt.Sprintf("(pid %d, not running (the process has exited)", pid)) {
			t.Errorf("%s: node status of an exited process: exit %d, %s%s", tt.name, code, out, errOut)
		}
	}
}

func TestProcessLiveness(t *testing.T) {
	now := time.Now()
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		pid     int
		updated time.Time
		want    liveness
	}{
		{"this process, written now", os.Getpid(), now, livenessAlive},
		{"this process, written before it started", os.Getpid(), now.Add(-time.Hour), livenessReused},
		{"an exited process", dead.Process.Pid, now, livenessExited},
		{"no PID", 0, now, livenessUnknown},
	}
	for _, tt := range tests {
		if got := processLiveness(tt.pid, tt.updated.UnixMilli()); got != tt.want {
			t.Errorf("%s: liveness %d; want %d", tt.name, got, tt.want)
		}
	}
}

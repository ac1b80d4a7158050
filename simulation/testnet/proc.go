package testnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// pollEvery is how often a wait on another process's progress (a file it
// writes, its exit) looks again. Processes that are not our children give
// no event to wait on; every such wait is bounded by a timeout.
const pollEvery = 100 * time.Millisecond

// startTime returns a process's start time in clock ticks since boot, or
// 0 where /proc does not tell.
func startTime(pid int) uint64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces and parentheses; fields
	// after it start after the last ')'.
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	// f[0] is field 3 (state); field 22 (starttime) is f[19].
	if len(f) < 20 {
		return 0
	}
	v, _ := strconv.ParseUint(f[19], 10, 64)
	return v
}

// procState returns a process's state letter from /proc (R, S, Z, ...),
// or 0 where /proc does not tell.
func procState(pid int) byte {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 || i+2 >= len(s) {
		return 0
	}
	return s[i+2]
}

// Alive reports whether p is still running: its PID exists, is not a
// zombie (an exited process its parent has not reaped yet), and, where
// start times are known, started when p did. A record without a start
// time on a system that has them, PID 1 and this process are never p:
// a damaged state file must not make Down signal someone else.
func Alive(p Proc) bool {
	if p.PID <= 1 || p.PID == os.Getpid() {
		return false
	}
	if err := syscall.Kill(p.PID, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		return true // no /proc: the PID is all we know
	}
	if st := procState(p.PID); st == 0 || st == 'Z' || st == 'X' {
		return false
	}
	return p.Start != 0 && startTime(p.PID) == p.Start
}

// start runs the binary with args, in its own session (so it outlives the
// command that started it and a terminal's signals), writing stdout and
// stderr to logPath. A child started withParent is killed when this
// process ends, however it ends (see procAttr): the supervisor's chain and
// nodes, so that a supervisor killed outright (SIGKILL, the OOM killer)
// leaves none of them running. The supervisor itself is started without:
// it outlives `testnet up` by design.
func start(bin string, args []string, env []string, logPath string, withParent bool) (*exec.Cmd, Proc, error) {
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, Proc{}, err
	}
	defer log.Close()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = procAttr(withParent)
	if err := cmd.Start(); err != nil {
		return nil, Proc{}, fmt.Errorf("testnet: start %s %s: %w", bin, strings.Join(args, " "), err)
	}
	return cmd, Proc{PID: cmd.Process.Pid, Start: startTime(cmd.Process.Pid), Log: logPath}, nil
}

// waitGone waits until p is no longer alive, or ctx is done.
func waitGone(ctx context.Context, p Proc) bool {
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for Alive(p) {
		select {
		case <-ctx.Done():
			return !Alive(p)
		case <-t.C:
		}
	}
	return true
}

// Stop ends p: SIGTERM, then SIGKILL if it is still alive after grace.
// It reports how it ended ("not running", "terminated", "killed") or
// an error if even SIGKILL did not end it in time.
func Stop(p Proc, grace time.Duration) (string, error) {
	if !Alive(p) {
		return "not running", nil
	}
	if err := syscall.Kill(p.PID, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return "", fmt.Errorf("testnet: SIGTERM to %d: %w", p.PID, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	gone := waitGone(ctx, p)
	cancel()
	if gone {
		return "terminated", nil
	}
	if err := syscall.Kill(p.PID, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
		return "", fmt.Errorf("testnet: SIGKILL to %d: %w", p.PID, err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), grace)
	defer cancel()
	if waitGone(ctx, p) {
		return "killed", nil
	}
	return "", fmt.Errorf("testnet: process %d survived SIGKILL for %v", p.PID, grace)
}

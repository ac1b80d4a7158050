package testnet

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// startSh starts a shell script as a child of this test, reaped when it
// exits, with its output in a log.
func startSh(t *testing.T, script string) Proc {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	cmd, p, err := start(sh, []string{"-c", script}, nil, filepath.Join(t.TempDir(), "log"), false)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-done
	})
	return p
}

// waitLog waits until the child's log holds a line (its trap is set).
func waitLog(t *testing.T, p Proc, want string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := waitFor(ctx, p, want, func() bool { return scanLog(p.Log, func(l string) bool { return l == want }) }); err != nil {
		t.Fatal(err)
	}
}

func TestStopTerminatesThenKills(t *testing.T) {
	polite := startSh(t, "echo ready; exec sleep 60")
	waitLog(t, polite, "ready")
	if !Alive(polite) {
		t.Fatal("a running child is not alive")
	}
	if how, err := Stop(polite, 5*time.Second); err != nil || how != "terminated" {
		t.Errorf("Stop(sleep) = %q, %v; want terminated", how, err)
	}
	stubborn := startSh(t, `trap "" TERM; echo ready; while :; do sleep 1; done`)
	waitLog(t, stubborn, "ready")
	if how, err := Stop(stubborn, 300*time.Millisecond); err != nil || how != "killed" {
		t.Errorf("Stop(a child ignoring SIGTERM) = %q, %v; want killed", how, err)
	}
	if Alive(polite) || Alive(stubborn) {
		t.Error("a stopped child is still alive")
	}
	if how, err := Stop(polite, time.Second); err != nil || how != "not running" {
		t.Errorf("Stop of a stopped process = %q, %v", how, err)
	}
}

// TestAliveChecksStartTime: a PID whose start time differs from the one
// recorded is another process (the PID was reused) and is never signalled.
func TestAliveChecksStartTime(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("start times come from /proc")
	}
	p := startSh(t, "echo ready; exec sleep 60")
	waitLog(t, p, "ready")
	if p.Start == 0 {
		t.Fatal("no start time recorded")
	}
	other := p
	other.Start++
	if Alive(other) {
		t.Error("a process with another start time counts as the recorded one")
	}
	if how, err := Stop(other, time.Second); err != nil || how != "not running" || !Alive(p) {
		t.Errorf("Stop(reused PID) = %q, %v; the real process alive: %v", how, err, Alive(p))
	}
}

func TestStateFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadState(dir); !errors.Is(err, ErrNoTestnet) {
		t.Errorf("ReadState of an empty folder: %v", err)
	}
	st := &State{Dir: dir, Supervisor: Proc{PID: 1}, Nodes: []Node{{Index: 0, Addrs: []string{"/ip4/127.0.0.1/tcp/1/p2p/x"}}, {Index: 1}}}
	if err := writeState(st); err != nil {
		t.Fatal(err)
	}
	got, err := ReadState(dir)
	if err != nil || len(got.Nodes) != 2 || got.Bootstrap()[0] != st.Nodes[0].Addrs[0] || len(got.Bootstrap()) != 1 {
		t.Errorf("ReadState = %+v, %v", got, err)
	}
	if err := os.WriteFile(filepath.Join(dir, StateFile), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadState(dir); err == nil {
		t.Error("a corrupt state file reads")
	}
	if _, err := Down(context.Background(), t.TempDir(), time.Second, false); !errors.Is(err, ErrNoTestnet) {
		t.Errorf("Down without a testnet: %v", err)
	}
	bad := DefaultParams()
	bad.Dir = dir
	bad.Nodes = NodesMax + 1
	if _, err := Up(context.Background(), bad); err == nil {
		t.Error("Up accepted too many nodes")
	}
}

// FuzzReadState: a state file is read back without panicking, and no
// record in it can name PID 1, this process or a process whose start time
// it does not know as one of the testnet's.
func FuzzReadState(f *testing.F) {
	f.Add([]byte(`{"dir":"/tmp/x","supervisor":{"pid":1,"start":0},"nodes":[{"pid":-1},{"pid":0}],"chain":{"pid":1}}`))
	f.Add([]byte(`{"supervisor":{"pid":2147483647,"start":18446744073709551615}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, StateFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		st, err := ReadState(dir)
		if err != nil {
			return
		}
		_ = st.Bootstrap()
		for _, p := range st.Procs() {
			if (p.PID <= 1 || p.PID == os.Getpid() || p.Start == 0) && Alive(p) {
				t.Fatalf("record %+v counts as a live testnet process", p)
			}
		}
	})
}

// TestTiedToEndsWithTheProcess: the supervisor's context for `testnet up
// --exit-with PID` is done once that process ends however it ends (here
// SIGKILL, as a go test timeout ends a test binary), and not before;
// released first, it ends without the process ending.
func TestTiedToEndsWithTheProcess(t *testing.T) {
	p := startSh(t, "echo ready; exec sleep 600")
	waitLog(t, p, "ready")
	ctx, release := tiedTo(context.Background(), p)
	defer release()
	other := startSh(t, "echo ready; exec sleep 600")
	waitLog(t, other, "ready")
	octx, orelease := tiedTo(context.Background(), other)
	if ctx.Err() != nil || octx.Err() != nil {
		t.Fatal("done while its process runs")
	}
	orelease()
	if octx.Err() == nil || !Alive(other) {
		t.Errorf("released: context %v, process alive %v; want done, alive", octx.Err(), Alive(other))
	}
	if err := syscall.Kill(p.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(2 * time.Minute): // a bound only: it ends at the next look (pollEvery)
		t.Fatal("still not done 2 minutes after its process was killed")
	}
}

// TestChildEndsWithItsParent: a child started withParent (the supervisor's
// chain and nodes) is killed when the process that started it is, even by
// SIGKILL, which leaves that process no clean-up to run. The parent is this
// test binary run again as helperParent.
func TestChildEndsWithItsParent(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the parent-death signal is Linux's")
	}
	parent := exec.Command(os.Args[0], "-test.run=^TestHelperParent$")
	parent.Env = append(os.Environ(), "TESTNET_HELPER_PARENT="+t.TempDir())
	out, err := parent.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := parent.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = parent.Process.Kill(); _ = parent.Wait() }()
	var child Proc
	if _, err := fmt.Fscanf(bufio.NewReader(out), "child %d %d %s\n", &child.PID, &child.Start, &child.Log); err != nil {
		t.Fatalf("the helper printed no child: %v", err)
	}
	if !Alive(child) {
		t.Fatal("the helper's child is not running")
	}
	if err := parent.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = parent.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a bound only
	defer cancel()
	if !waitGone(ctx, child) {
		_ = syscall.Kill(child.PID, syscall.SIGKILL)
		t.Fatalf("child %d still running 2 minutes after its parent was killed", child.PID)
	}
}

// TestHelperParent is TestChildEndsWithItsParent's parent process: it
// starts a child withParent, prints it, and waits to be killed.
func TestHelperParent(t *testing.T) {
	dir := os.Getenv("TESTNET_HELPER_PARENT")
	if dir == "" {
		t.Skip("a helper of TestChildEndsWithItsParent")
	}
	cmd, p, err := start("sleep", []string{"600"}, nil, filepath.Join(dir, "child.log"), true)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("child %d %d %s\n", p.PID, p.Start, p.Log)
	_ = cmd.Wait()
}

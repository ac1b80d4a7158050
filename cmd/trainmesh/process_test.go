package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/simulation/waitlist"
)

// proc is a trainmesh process started by a test, with its JSON log lines
// parsed as they arrive.
type proc struct {
	t    *testing.T
	name string
	cmd  *exec.Cmd
	done chan error
	logs waitlist.List[map[string]any]
}

// localNodeFlags keep a node on 127.0.0.1 with nothing that reaches beyond it.
var localNodeFlags = []string{
	"--log-format", "json", "--listen", "/ip4/127.0.0.1/tcp/0",
	"--no-mdns", "--no-dht", "--no-relay-client", "--no-hole-punching", "--no-nat-port-map",
	"--light-kdf", "--presence-interval", "1s",
}

// startProc runs the test binary as trainmesh with args.
func startProc(t *testing.T, name string, args ...string) *proc {
	t.Helper()
	return startBin(t, os.Args[0], []string{envRunAsMain + "=1"}, name, args...)
}

// startBin runs the trainmesh binary bin (the test binary with env's
// envRunAsMain, or one built by a test) with args and env added.
func startBin(t *testing.T, bin string, env []string, name string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(append(os.Environ(), EnvPassword+"=test"), env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, name: name, cmd: cmd, done: make(chan error, 1)}
	go func() {
		_ = waitlist.ScanJSON(stderr, func(l map[string]any, _ string) { p.logs.Add(l) })
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// logMatch matches the log lines with message msg for which match (if
// any) is true.
func logMatch(msg string, match func(map[string]any) bool) func(map[string]any) bool {
	return func(l map[string]any) bool { return l["msg"] == msg && (match == nil || match(l)) }
}

// waitLog waits for a log line with message msg for which match is true.
func (p *proc) waitLog(ctx context.Context, msg string, match func(map[string]any) bool) map[string]any {
	p.t.Helper()
	l, err := p.logs.Wait(ctx, nil, logMatch(msg, match))
	if err != nil {
		p.t.Fatalf("%s: no %q log line; got:\n%s", p.name, msg, p.dump())
	}
	return l
}

// findLog returns the first log line so far with msg for which match is
// true, or nil.
func (p *proc) findLog(msg string, match func(map[string]any) bool) map[string]any {
	l, _ := p.logs.Find(logMatch(msg, match))
	return l
}

func (p *proc) dump() string {
	lines, _ := p.logs.Snapshot()
	var b strings.Builder
	for _, l := range lines {
		j, _ := json.Marshal(l)
		fmt.Fprintf(&b, "  %s\n", j)
	}
	return b.String()
}

// stop sends SIGTERM and waits for a clean exit.
func (p *proc) stop(ctx context.Context) {
	p.t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		if err != nil {
			p.t.Errorf("%s exited with %v; want a clean exit on SIGTERM\n%s", p.name, err, p.dump())
		}
	case <-ctx.Done():
		p.t.Fatalf("%s did not stop on SIGTERM", p.name)
	}
}

// TestTwoNodeProcesses: two trainmesh node processes on 127.0.0.1 find each
// other through a bootstrap address, exchange gossip, and shut down cleanly
// on SIGTERM keeping their data dirs.
func TestTwoNodeProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dirA, dirB := t.TempDir(), t.TempDir()

	a := startProc(t, "node A", append([]string{"node", "--data-dir", dirA}, localNodeFlags...)...)
	a.waitLog(ctx, "created a new node key; back it up, it holds the node's identity and earnings", nil)
	started := a.waitLog(ctx, "node started", nil)
	listen, _ := started["listen"].([]any)
	if len(listen) == 0 {
		t.Fatalf("node A logged no listen address: %v", started)
	}
	boot := fmt.Sprint(listen[0])
	if !strings.HasPrefix(boot, "/ip4/127.0.0.1/tcp/") {
		t.Fatalf("node A listens on %s; want 127.0.0.1", boot)
	}
	peerA := fmt.Sprint(started["peer"])

	b := startProc(t, "node B", append([]string{"node", "--data-dir", dirB, "--bootstrap", boot}, localNodeFlags...)...)
	peerB := fmt.Sprint(b.waitLog(ctx, "node started", nil)["peer"])

	b.waitLog(ctx, "peer seen", func(l map[string]any) bool { return l["peer"] == peerA })
	a.waitLog(ctx, "peer seen", func(l map[string]any) bool { return l["peer"] == peerB })

	a.stop(ctx)
	b.stop(ctx)
	for _, dir := range []string{dirA, dirB} {
		if _, err := identity.Find(identity.KeystoreDir(dir), [20]byte{}); err != nil {
			t.Errorf("data dir %s lost its key: %v", dir, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "node.json")); err != nil {
			t.Errorf("data dir %s has no node.json: %v", dir, err)
		}
	}

	// Restarted, node A keeps its identity.
	a2 := startProc(t, "node A again", append([]string{"node", "--data-dir", dirA}, localNodeFlags...)...)
	if got := fmt.Sprint(a2.waitLog(ctx, "node started", nil)["peer"]); got != peerA {
		t.Errorf("restarted node has peer %s; want %s", got, peerA)
	}
	a2.stop(ctx)
}

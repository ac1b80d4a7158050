package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/mesh/identity"
)

// proc is a trainmesh process started by a test, with its JSON log lines
// parsed as they arrive.
type proc struct {
	t    *testing.T
	name string
	cmd  *exec.Cmd
	done chan error

	mu      sync.Mutex // mu guards the following
	lines   []map[string]any
	changed chan struct{}
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
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), envRunAsMain+"=1", EnvPassword+"=test")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, name: name, cmd: cmd, done: make(chan error, 1), changed: make(chan struct{})}
	go p.readLogs(stderr)
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

func (p *proc) readLogs(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			line = map[string]any{"msg": "(not json) " + sc.Text()}
		}
		p.mu.Lock()
		p.lines = append(p.lines, line)
		close(p.changed)
		p.changed = make(chan struct{})
		p.mu.Unlock()
	}
	p.done <- p.cmd.Wait()
}

// waitLog waits for a log line with message msg for which match is true.
func (p *proc) waitLog(ctx context.Context, msg string, match func(map[string]any) bool) map[string]any {
	p.t.Helper()
	for seen := 0; ; {
		p.mu.Lock()
		lines, changed := p.lines, p.changed
		p.mu.Unlock()
		for ; seen < len(lines); seen++ {
			if l := lines[seen]; l["msg"] == msg && (match == nil || match(l)) {
				return l
			}
		}
		select {
		case <-ctx.Done():
			p.t.Fatalf("%s: no %q log line; got:\n%s", p.name, msg, p.dump())
		case <-changed:
		}
	}
}

func (p *proc) dump() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var b strings.Builder
	for _, l := range p.lines {
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

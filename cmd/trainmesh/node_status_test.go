package main

import (
	"context"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/node"
)

func TestNodeStatusPrints(t *testing.T) {
	dir := t.TempDir()
	const relay = "16Uiu2HAmPLe7Mzm8TsYUubgCAW1aJoeFScxrLj8ppHFivPo97bUZ"
	st := node.Status{
		PeerID: "16Uiu2HAm51to8UiRzRYyyf5xii6wjN7VFsYL3uyXKi3vaxnafiKH", PID: os.Getpid(), Version: "test",
		UpdatedMs: time.Now().UnixMilli(), IntervalMs: node.StatusInterval.Milliseconds(),
		NATStatus: mesh.NATStatus{
			Reachability: "private",
			Addrs:        []string{"/ip4/192.0.0.129/tcp/4001/p2p/" + relay + "/p2p-circuit"},
			Relays:       []string{relay},
			HolePunch:    mesh.HolePunchStats{Succeeded: 1, Failed: 2, LastPeer: "16Uiu2HAmQbJNrJqEwwCQrGtnx3UoY2kEY9VNosgvQa8X2XoDKpvy", LastMs: 31},
			DirectPeers:  1, RelayedPeers: 1,
			Peers: []mesh.PeerConn{
				{ID: "16Uiu2HAmM5QZZE3KfxyEEQnTwyy5KkYGgoZAt1A1s4ku2wLs9rTE", Kind: "relayed", Addr: "/ip4/192.0.0.129/tcp/4001/p2p/" + relay + "/p2p-circuit"},
				{ID: relay, Kind: "direct", Addr: "/ip4/192.0.0.129/tcp/4001"},
			},
		},
	}
	if err := node.WriteStatus(dir, st); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "node", "status", "--data-dir", dir)
	if code != 0 {
		t.Fatalf("node status: exit %d, %s", code, errOut)
	}
	for _, want := range []string{
		"reachability: private", "relays: " + relay, "/p2p-circuit",
		"hole punching: 1 succeeded, 2 failed", "peers: 1 direct, 1 relayed",
		"relayed  16Uiu2HAmM5QZZE3KfxyEEQnTwyy5KkYGgoZAt1A1s4ku2wLs9rTE", ", running, ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("node status output lacks %q:\n%s", want, out)
		}
	}

	if runtime.GOOS != "linux" {
		return // start times come from /proc
	}
	// Written an hour ago by the PID this test now has: the test process
	// started after the write, so it is not that node.
	st.UpdatedMs -= time.Hour.Milliseconds()
	if err := node.WriteStatus(dir, st); err != nil {
		t.Fatal(err)
	}
	if _, out, _ := runCLI(t, "node", "status", "--data-dir", dir); !strings.Contains(out, "not running (its PID now belongs to another process)") {
		t.Errorf("an hour-old status naming a younger process should say the node is not running:\n%s", out)
	}
	// Without a PID, the file's age is all there is (an hour and the
	// seconds this test took on a loaded machine).
	st.PID = 0
	if err := node.WriteStatus(dir, st); err != nil {
		t.Fatal(err)
	}
	if _, out, _ := runCLI(t, "node", "status", "--data-dir", dir); !strings.Contains(out, "not running? (no update for 1h0m") {
		t.Errorf("an hour-old status without a PID should say the node may not be running:\n%s", out)
	}
}

func TestNodeStatusWithoutNode(t *testing.T) {
	code, _, errOut := runCLI(t, "node", "status", "--data-dir", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "no status file") || !strings.Contains(errOut, "trainmesh node --data-dir") {
		t.Errorf("node status without a node: exit %d, %q; want 1 and what to do", code, errOut)
	}
	if code, _, errOut := runCLI(t, "node", "stats"); code != 2 {
		t.Errorf("node stats: exit %d, %s; want 2 (unknown action)", code, errOut)
	}
}

// TestNodeStatusOfRunningNode: a running node writes its status file and
// `trainmesh node status` reads it.
func TestNodeStatusOfRunningNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a node process")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := t.TempDir()
	p := startProc(t, "node", append([]string{"node", "--data-dir", dir}, localNodeFlags...)...)
	started := p.waitLog(ctx, "node started", nil)
	p.waitLog(ctx, "node status file written; show it with `trainmesh node status`", nil)
	code, out, errOut := runCLI(t, "node", "status", "--data-dir", dir)
	if code != 0 {
		t.Fatalf("node status: exit %d, %s", code, errOut)
	}
	for _, want := range []string{"node " + started["peer"].(string), "running", "reachability: unknown", "/ip4/127.0.0.1/tcp/", "peers: 0 direct, 0 relayed"} {
		if !strings.Contains(out, want) {
			t.Errorf("node status output lacks %q:\n%s", want, out)
		}
	}
	p.stop(ctx)
	// Stopped (and reaped), the node reads as not running, though its
	// status file is seconds old.
	if _, out, _ := runCLI(t, "node", "status", "--data-dir", dir); !strings.Contains(out, "not running (the process has exited)") {
		t.Errorf("node status of a stopped node:\n%s", out)
	}
}

//go:build linux

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/trainmesh/trainmesh/simulation/testnet"
)

const testnetJob = `
group-size = 2
min-vram = "16GiB"
min-throughput = 1
budget = "200000"
commit-window = "5s"
reveal-window = "5s"

[model]
kind = "mlp"
hidden = [32]

[data]
builtin = "digits"

[train]
steps = 40
batch-size = 32
lr = 0.01
receipt-every = 10
`

// TestTestnetUpJobDown: `trainmesh testnet up --nodes 4` (a process of its
// own, which returns while the testnet runs on) starts a chain and four
// node processes; `testnet status` finds all of them running and
// answering; `trainmesh submit` runs a job through them to a signed award
// won by two of the three providers; `testnet down` stops everything, and
// no process of the testnet is left: every PID in the state file is gone.
//
// The test makes itself a child subreaper, so the processes `testnet up`
// leaves behind are re-parented to it rather than to the container's init
// (which may never reap them): it can then reap and check every PID.
func TestTestnetUpJobDown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and four node processes")
	}
	if err := unix.Prctl(unix.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); err != nil {
		t.Fatalf("prctl(PR_SET_CHILD_SUBREAPER): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()

	up := exec.CommandContext(ctx, os.Args[0], "testnet", "up", "--nodes", "4", "--dir", dir, "--ready-timeout", "3m")
	up.Env = append(os.Environ(), envRunAsMain+"=1")
	out, err := up.CombinedOutput()
	t.Logf("testnet up:\n%s", out)
	st, readErr := testnet.ReadState(dir)
	if readErr == nil {
		t.Cleanup(func() {
			if _, err := testnet.ReadState(dir); err == nil {
				_, _ = testnet.Down(context.Background(), dir, 5*time.Second, false)
			}
			reapAll(st)
		})
	}
	if err != nil {
		t.Fatalf("testnet up: %v\n%s", err, supervisorLog(dir))
	}
	if readErr != nil {
		t.Fatal(readErr)
	}
	if len(st.Nodes) != 4 || !st.Ready || st.Chain.RPC == "" || st.Chain.Settlement == "" {
		t.Fatalf("state: %d nodes, ready %v, chain %+v", len(st.Nodes), st.Ready, st.Chain)
	}
	providers := map[string]bool{}
	for _, n := range st.Nodes {
		if n.Provider {
			providers[strings.ToLower(n.Address)] = true
		}
		if !strings.HasPrefix(n.Addrs[0], "/ip4/127.0.0.1/tcp/") {
			t.Errorf("node %d listens on %s; want 127.0.0.1", n.Index, n.Addrs[0])
		}
	}
	if len(providers) != 3 || st.Nodes[0].Provider {
		t.Errorf("providers %v; want nodes 1-3", providers)
	}

	code, status, stderr := runCLI(t, "testnet", "status", "--dir", dir)
	t.Logf("testnet status:\n%s", status)
	if code != 0 || strings.Count(status, " running ") != 6 || !strings.Contains(status, `"result":"0x539"`) || strings.Count(status, "listening on 127.0.0.1:") != 4 {
		t.Errorf("testnet status: exit %d; want 6 processes running, the chain and 4 nodes answering\n%s%s", code, status, stderr)
	}

	// A job through the testnet, posted from the funded poster account.
	t.Setenv(EnvPassword, st.Password)
	args := []string{"submit", writeFile(t, dir, "job.toml", testnetJob), "--data-dir", st.PosterDir, "--light-kdf",
		"--listen", "/ip4/127.0.0.1/tcp/0", "--no-mdns", "--wait", "60s",
		"--chain-id", fmt.Sprint(st.Chain.ChainID), "--settlement-contract", st.Chain.Settlement, "--rpc", st.Chain.RPC, "--confirmations", "1",
		"--chain-poll", "500ms", "--finish-grace", "5s", "--refund-wait", "0s"}
	for _, b := range st.Bootstrap() {
		args = append(args, "--bootstrap", b)
	}
	code, sub, stderr := runCLI(t, args...)
	t.Logf("submit:\n%s", sub)
	if code != 0 {
		t.Fatalf("submit: exit %d\n%s\n%s", code, sub, stderr)
	}
	m := regexp.MustCompile(`(?m)^  winners  (.+)$`).FindStringSubmatch(sub)
	if m == nil || !strings.Contains(sub, "award (signed by this node)") {
		t.Fatalf("submit printed no award:\n%s", sub)
	}
	winners := strings.Split(m[1], ", ")
	for _, w := range winners {
		if !providers[strings.ToLower(w)] {
			t.Errorf("winner %s is not one of the testnet's providers %v", w, providers)
		}
	}
	if len(winners) != 2 || strings.Count(sub, "commit   ") != 3 || strings.Count(sub, "reveal   ") != 3 {
		t.Errorf("want 3 commits, 3 reveals and 2 winners; got:\n%s", sub)
	}
	jobID := regexp.MustCompile(`(?m)^posted   job (0x[0-9a-f]{64})`).FindStringSubmatch(sub)
	if jobID == nil {
		t.Fatalf("submit printed no job ID:\n%s", sub)
	}
	// Submit carries the job through training and settlement (the
	// challenge window of the devnet, a minute, is left to run out).
	laterStages := []struct {
		name   string
		marker *regexp.Regexp
		check  func(t *testing.T)
	}{
		{"settlement", regexp.MustCompile(`(?im)^\s*settle`), func(t *testing.T) {
			for _, w := range winners {
				code, bal, stderr := runCLI(t, "chain", "balance", "--data-dir", st.PosterDir, "--rpc", st.Chain.RPC, "--settlement", st.Chain.Settlement,
					"--address", w, "--jobs", jobID[1], "--confirmations", "1")
				credit := regexp.MustCompile(`credit ([0-9.]+)`).FindStringSubmatch(bal)
				if code != 0 || credit == nil || strings.Trim(credit[1], "0.") == "" {
					t.Errorf("winner %s after settlement: exit %d, no credit for job %s:\n%s%s", w, code, jobID[1], bal, stderr)
				}
			}
		}},
	}
	for _, s := range laterStages {
		if !s.marker.MatchString(sub) {
			t.Logf("submit does not report %s yet: not checked", s.name)
			continue
		}
		t.Run(s.name, s.check)
	}

	code, down, stderr := runCLI(t, "testnet", "down", "--dir", dir, "--grace", "10s")
	t.Logf("testnet down:\n%s", down)
	if code != 0 {
		t.Fatalf("testnet down: exit %d\n%s%s", code, down, stderr)
	}
	if _, err := testnet.ReadState(dir); !errors.Is(err, testnet.ErrNoTestnet) {
		t.Errorf("state file still there after down: %v", err)
	}
	for _, n := range st.Nodes {
		if _, err := os.Stat(n.DataDir); err != nil {
			t.Errorf("down removed node %d's data dir: %v", n.Index, err)
		}
	}
	reapAll(st)
	for _, p := range st.Procs() {
		if _, err := os.Stat(fmt.Sprintf("/proc/%d", p.PID)); err == nil && testnet.Alive(p) {
			t.Errorf("pid %d (%s) left behind after testnet down", p.PID, p.Log)
		} else if err == nil {
			t.Errorf("pid %d (%s) left behind as a zombie after testnet down", p.PID, p.Log)
		}
	}
}

// reapAll reaps any process of the testnet that was re-parented to this
// test (a subreaper) and has exited.
func reapAll(st *testnet.State) {
	for _, p := range st.Procs() {
		var ws syscall.WaitStatus
		_, _ = syscall.Wait4(p.PID, &ws, syscall.WNOHANG, nil)
	}
}

func supervisorLog(dir string) string {
	b, _ := os.ReadFile(dir + "/supervisor.log")
	return string(b)
}

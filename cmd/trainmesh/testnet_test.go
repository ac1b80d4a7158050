//go:build linux

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/simulation/testnet"
)

// TestTestnetUpJobDown: `trainmesh testnet up --nodes 4` (a process of its
// own, which returns while the testnet runs on) starts a chain and four
// node processes, and prints the commands to use it; each of them is run
// as printed, through a shell with trainmesh on $PATH. `testnet status`
// finds all six processes running and answering; a job posted with
// --unpaid is declined by every provider, and submit says why; the
// printed `trainmesh submit` runs the testnet's own job to a signed award
// won by two of the three providers, settles it (each winner's credit is
// on the chain) and takes back the unspent escrow; the same line with the
// demo's BPE llama job file trains and settles it, and the model that
// `model export --data-dir` writes from the poster's dir passes `model
// verify --rpc` against the settlement; `testnet down` stops
// everything, and no process of the testnet is left: every PID in the
// state file is gone.
//
// The test makes itself a child subreaper, so the processes `testnet up`
// leaves behind are re-parented to it rather than to the container's init
// (which may never reap them): it can then reap and check every PID.
func TestTestnetUpJobDown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and four node processes")
	}
	// Beside the life tests: it waits on windows and the chain far more
	// than it computes. (So no t.Setenv: the keys' password goes in a file.)
	t.Parallel()
	if err := unix.Prctl(unix.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); err != nil {
		t.Fatalf("prctl(PR_SET_CHILD_SUBREAPER): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 9*time.Minute)
	defer cancel()
	dir := t.TempDir()

	// --exit-with: a go test timeout kills this process before any
	// clean-up of its runs; the testnet then stops itself.
	up := exec.CommandContext(ctx, os.Args[0], "testnet", "up", "--nodes", "4", "--dir", dir, "--ready-timeout", "3m", "--exit-with", fmt.Sprint(os.Getpid()))
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
	submitLine := printedAfter(t, string(out), "submit a job")
	statusLine := printedAfter(t, string(out), "see it:")
	downLine := printedAfter(t, string(out), "stop it:")

	code, status := runPrinted(ctx, t, statusLine)
	t.Logf("testnet status:\n%s", status)
	if code != 0 || strings.Count(status, " running ") != 6 || !strings.Contains(status, `"result":"0x539"`) || strings.Count(status, "listening on 127.0.0.1:") != 4 {
		t.Errorf("%s: exit %d; want 6 processes running, the chain and 4 nodes answering\n%s", statusLine, code, status)
	}

	// Unpaid, the job is declined by every provider (they check the
	// escrow), and submit says why the auction drew no award.
	pwFile := writeFile(t, t.TempDir(), "password", st.Password+"\n")
	var unpaid []string
	for i, args := 0, st.SubmitArgs(); i < len(args); i++ {
		if args[i] == "--rpc" {
			i++
			continue
		}
		unpaid = append(unpaid, args[i])
	}
	code, sub, stderr := runCLI(t, append(unpaid, "--unpaid", "--wait", "60s", "--password-file", pwFile)...)
	t.Logf("submit --unpaid:\n%s%s", sub, stderr)
	if code != 1 || !strings.Contains(stderr, "3 providers declined: "+auction.DeclineNoEscrow.String()) || strings.Count(sub, "decline  ") != 3 {
		t.Errorf("submit --unpaid: exit %d; want 1, three declines and their summary\n%s%s", code, sub, stderr)
	}

	// The job through the testnet, as printed: escrowed, trained, settled
	// and refunded.
	code, sub = runPrinted(ctx, t, submitLine)
	t.Logf("submit:\n%s", sub)
	if code != 0 {
		t.Fatalf("%s: exit %d\n%s", submitLine, code, sub)
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
	for _, want := range []string{"escrowed", "tx       settle", "done: paid the group"} {
		if !strings.Contains(sub, want) {
			t.Errorf("submit output lacks %q: not settled and refunded", want)
		}
	}
	for _, w := range winners {
		code, bal, stderr := runCLI(t, "chain", "balance", "--data-dir", st.PosterDir, "--rpc", st.Chain.RPC, "--settlement", st.Chain.Settlement,
			"--address", w, "--jobs", jobID[1], "--confirmations", "1", "--password-file", pwFile)
		credit := regexp.MustCompile(`credit ([0-9.]+)`).FindStringSubmatch(bal)
		if code != 0 || credit == nil || strings.Trim(credit[1], "0.") == "" {
			t.Errorf("winner %s after settlement: exit %d, no credit for job %s:\n%s%s", w, code, jobID[1], bal, stderr)
		}
	}

	// A BPE llama job (the demo's language model, 10 steps) through the
	// printed submit line with its job file swapped: the CLI trains the
	// tokenizer and serves it with the data, the testnet's provider
	// processes fetch and check both and train; the model the poster
	// collected exports from the poster's --data-dir and verifies against
	// the job's settlement on the testnet's chain. (--refund-wait 0s: the
	// refund of this escrow is the first job's path again.)
	bpeJob := testnetBPEJob(t, st.JobFile)
	if !strings.Contains(submitLine, st.JobFile) {
		t.Fatalf("the printed submit line does not name %s: %s", st.JobFile, submitLine)
	}
	code, sub = runPrinted(ctx, t, strings.Replace(submitLine, st.JobFile, bpeJob, 1)+" --refund-wait 0s")
	t.Logf("submit (BPE llama):\n%s", sub)
	bpeID := regexp.MustCompile(`(?m)^posted   job (0x[0-9a-f]{64})`).FindStringSubmatch(sub)
	if code != 0 || bpeID == nil || !strings.Contains(sub, "tx       settle") || !strings.Contains(sub, "2 of 2 winners receipted all 10 steps") {
		t.Fatalf("submit of a BPE llama job: exit %d; want the job trained to its 10 steps by both winners and settled\n%s", code, sub)
	}
	modelFile := filepath.Join(t.TempDir(), "llama.safetensors")
	if code, out, stderr := runCLI(t, "model", "export", "--data-dir", st.PosterDir, bpeID[1], "-o", modelFile); code != 0 {
		t.Fatalf("model export of the BPE llama job: exit %d\n%s%s", code, out, stderr)
	}
	code, ver, stderr := runCLI(t, "model", "verify", "--require-job", "--rpc", st.Chain.RPC, modelFile)
	t.Logf("model verify --rpc:\n%s%s", ver, stderr)
	if code != 0 || !strings.Contains(ver, "OK") || !strings.Contains(ver, "settled on chain") {
		t.Errorf("model verify --rpc of the BPE llama job's model: exit %d\n%s%s", code, ver, stderr)
	}
	if code, info, stderr := runCLI(t, "model", "info", modelFile); code != 0 || !strings.Contains(info, "tokenizer: byte-level BPE, 384 tokens") {
		t.Errorf("model info: exit %d; want the job's 384-token tokenizer in the file\n%s%s", code, info, stderr)
	}

	code, down := runPrinted(ctx, t, downLine)
	t.Logf("testnet down:\n%s", down)
	if code != 0 {
		t.Fatalf("%s: exit %d\n%s", downLine, code, down)
	}
	if _, err := testnet.ReadState(dir); !errors.Is(err, testnet.ErrNoTestnet) {
		t.Errorf("state file still there after down: %v", err)
	}
	for _, n := range st.Nodes {
		if _, err := os.Stat(n.DataDir); err != nil {
			t.Errorf("down removed node %d's data dir: %v", n.Index, err)
		}
	}
	reapExited(st)
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

// reapExited waits for and reaps every process of the testnet that has
// exited (Alive is false) and is or becomes a child of this test, the
// supervisor first. A Go process's main thread shows as a zombie while
// its other threads still exit, and only then are its children handed to
// this subreaper: a blocking wait for the supervisor makes sure they have
// been before their own waits. A PID that is not (or no longer) a child of
// this test returns at once (ECHILD).
func reapExited(st *testnet.State) {
	for _, p := range st.Procs() { // supervisor first
		if testnet.Alive(p) {
			continue
		}
		var ws syscall.WaitStatus
		for {
			_, err := syscall.Wait4(p.PID, &ws, 0, nil)
			if !errors.Is(err, syscall.EINTR) {
				break
			}
		}
	}
}

func supervisorLog(dir string) string {
	b, _ := os.ReadFile(dir + "/supervisor.log")
	return string(b)
}

// testnetBPEJob writes, beside the testnet's job file, the demo's BPE
// llama job (demoLlamaJob's model, data and training) under the testnet
// job's group, resources, budget and windows.
func testnetBPEJob(t *testing.T, jobFile string) string {
	t.Helper()
	b, err := os.ReadFile(jobFile)
	if err != nil {
		t.Fatal(err)
	}
	head, _, ok := strings.Cut(string(b), "[model]")
	_, tail, ok2 := strings.Cut(demoLlamaJob, "[model]")
	if !ok || !ok2 {
		t.Fatalf("no [model] table in %s", jobFile)
	}
	// No throughput floor: the poster times each bidder (on by default),
	// and on a loaded machine the providers' measured rates fell below
	// the testnet job's 1 GFLOP/s (422 and 548 MFLOP/s: no award).
	head = regexp.MustCompile(`(?m)^min-throughput = .*$`).ReplaceAllString(head, "min-throughput = 0")
	return writeFile(t, t.TempDir(), "llama-bpe.toml", head+"[model]"+tail)
}

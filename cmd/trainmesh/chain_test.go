package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
)

// TestChainCommands runs balance, stake, withdraw and deploy against a chain
// served over JSON-RPC on 127.0.0.1, with a node key from a data dir.
func TestChainCommands(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runCLI(t, "key", "new", "--light-kdf", "--data-dir", dir); code != 0 {
		t.Fatalf("key new: %s", stderr)
	}
	path, err := identity.Find(identity.KeystoreDir(dir), common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	key, err := identity.Load(path, "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	emb, err := chain.StartEmbedded(ctx, chain.EmbeddedParams{RPCAddr: "127.0.0.1:0", Fund: []common.Address{key.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	flags := []string{"--data-dir", dir, "--rpc", emb.RPCURL(), "--settlement", emb.Addresses().Settlement.Hex(), "--confirmations", "1"}
	cli := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := runCLI(t, append(args, flags...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return stdout
	}
	out := cli("chain", "balance")
	if !strings.Contains(out, "stablecoin    1000000\n") || !strings.Contains(out, key.Address().Hex()) {
		t.Fatalf("balance:\n%s", out)
	}
	out = cli("chain", "stake", "10.5")
	if !strings.Contains(out, "approve") || !strings.Contains(out, "stake") {
		t.Fatalf("stake printed no transactions:\n%s", out)
	}
	cli("chain", "stake", "--unbond", "4")
	if out = cli("chain", "balance"); !strings.Contains(out, "stake         6.5 active, 4 unbonding") {
		t.Fatalf("balance after stake and unbond:\n%s", out)
	}
	if out = cli("chain", "withdraw"); !strings.Contains(out, "nothing to withdraw") {
		t.Fatalf("withdraw:\n%s", out)
	}
	code, _, stderr := runCLI(t, append([]string{"chain", "stake", "--withdraw"}, flags...)...)
	if code == 0 || !strings.Contains(stderr, "StakeLocked") {
		t.Fatalf("withdrawing locked stake: exit %d, %s", code, stderr)
	}
	out = cli("chain", "deploy", "--challenge-window", "1m", "--claim-window", "1m", "--unbonding-delay", "1m")
	if !strings.Contains(out, "settlement  0x") || !strings.Contains(out, "deploy Settlement") {
		t.Fatalf("deploy:\n%s", out)
	}

	code, _, stderr = runCLI(t, "chain", "balance", "--data-dir", dir)
	if code != 1 || !strings.Contains(stderr, "trainmesh chain devnet") {
		t.Fatalf("balance without --rpc: exit %d, %s", code, stderr)
	}
}

// TestChainDevnet starts the devnet command and runs what it prints as
// printed: the balance command through a shell, and the flags line on
// node, submit and chain stake.
func TestChainDevnet(t *testing.T) {
	t.Setenv(EnvPassword, "test")
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "chain", "devnet", "--light-kdf", "--data-dir", dir, "--listen", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), envRunAsMain+"=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		if err := cmd.Wait(); err != nil {
			t.Errorf("devnet after SIGTERM: %v", err)
		}
	})
	// The banner ends with the line after "settle here with:"; the
	// scanner blocks on the pipe until it is printed.
	var banner strings.Builder
	sc := bufio.NewScanner(stdout)
	for flagsNext := false; sc.Scan(); {
		banner.WriteString(sc.Text() + "\n")
		if flagsNext {
			break
		}
		flagsNext = strings.HasSuffix(sc.Text(), "settle here with:")
	}
	go func() { _, _ = io.Copy(io.Discard, stdout) }()
	out := banner.String()
	for _, want := range []string{"trainmesh devnet: chain 1337 at http://127.0.0.1:", "settlement  0x"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	balance := printedAfter(t, out, "try:")
	if code, got := runPrinted(ctx, t, balance); code != 0 || !strings.Contains(got, "stablecoin    1000000\n") {
		t.Errorf("%s: exit %d\n%s", balance, code, got)
	}
	flags := strings.Fields(printedAfter(t, out, "nodes, submit and the chain commands settle here with:"))
	job := writeFile(t, dir, "job.toml", goodJob)
	for _, args := range [][]string{{"node"}, {"submit", job}} {
		c, _, err := parse(append(args, flags...), io.Discard, io.Discard)
		if err != nil {
			t.Errorf("%v with the printed flags: %v", args, err)
			continue
		}
		settle, auc := c.Node.Settle, c.Node.Auction
		if args[0] == "submit" {
			settle, auc = c.Submit.Settle, c.Submit.Auction
		}
		if settle.RPC != flags[1] || fmt.Sprint(auc.ChainID) != flags[3] || auc.Contract != flags[5] {
			t.Errorf("%v with %v: rpc %q, chain ID %d, contract %q", args, flags, settle.RPC, auc.ChainID, auc.Contract)
		}
	}
	stake := "trainmesh chain stake 2.5 --data-dir " + dir + " --confirmations 1 " + strings.Join(flags, " ")
	if code, got := runPrinted(ctx, t, stake); code != 0 || !strings.Contains(got, "stake") {
		t.Errorf("%s: exit %d\n%s", stake, code, got)
	}
}

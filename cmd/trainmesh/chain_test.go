package main

import (
	"context"
	"strings"
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

// TestChainDevnet starts the devnet command briefly and checks what it
// tells the user.
func TestChainDevnet(t *testing.T) {
	code, stdout, stderr := runCLI(t, "chain", "devnet", "--light-kdf", "--data-dir", t.TempDir(),
		"--listen", "127.0.0.1:0", "--duration", "50ms")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"trainmesh devnet: chain 1337 at http://127.0.0.1:", "settlement  0x", "trainmesh chain balance --rpc"} {
		if !strings.Contains(stdout, want) {
			t.Fatalf("output lacks %q:\n%s", want, stdout)
		}
	}
}

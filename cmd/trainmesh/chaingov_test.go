package main

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
)

// TestChainGovCommands takes a fee change through `trainmesh chain gov`
// propose, vote, queue and execute on an embedded chain served over
// JSON-RPC, the node's key holding half the governance token (as `chain
// devnet` gives it), and checks status along the way.
func TestChainGovCommands(t *testing.T) {
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
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	emb, err := chain.StartEmbedded(ctx, chain.EmbeddedParams{RPCAddr: "127.0.0.1:0", Fund: []common.Address{key.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	gov := emb.Addresses().Gov
	flags := []string{"--data-dir", dir, "--rpc", emb.RPCURL(), "--settlement", emb.Addresses().Settlement.Hex(),
		"--confirmations", "1", "--governor", gov.Governor.Hex()}
	cli := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := runCLI(t, append(args, flags...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return stdout
	}
	// advancePast seals a block after ts, so the next call sees it passed.
	advancePast := func(ts time.Time) {
		t.Helper()
		now, err := emb.HeadTime(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := ts.Sub(now) + time.Second; d > 0 {
			if err := emb.AdvanceTime(d); err != nil {
				t.Fatal(err)
			}
		}
	}
	g, err := chain.NewGov(ctx, emb.Deployer(), gov.Governor)
	if err != nil {
		t.Fatal(err)
	}
	proposal := func(id string) *chain.Proposal {
		t.Helper()
		n, err := parseProposalID(id)
		if err != nil {
			t.Fatal(err)
		}
		p, err := g.Proposal(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}

	out := cli("chain", "gov", "status")
	for _, want := range []string{"(governs settlement " + emb.Addresses().Settlement.Hex(), "supply 1000000\n", "you         " + key.Address().Hex() + ": 500000 tokens, 500000 votes", "no proposals"} {
		if !strings.Contains(out, want) {
			t.Fatalf("status lacks %q:\n%s", want, out)
		}
	}
	code, _, stderr := runCLI(t, append([]string{"chain", "gov", "propose", "--set", "fee-bps=5000", "-m", "a 50% fee"}, flags...)...)
	if code == 0 || !strings.Contains(stderr, "--unchecked") {
		t.Fatalf("an out-of-bounds proposal: exit %d, %s", code, stderr)
	}
	out = cli("chain", "gov", "propose", "--set", "fee-bps=50", "-m", "halve the protocol fee")
	m := regexp.MustCompile(`(?m)^proposal (\d+)$`).FindStringSubmatch(out)
	if m == nil || !strings.Contains(out, "Settlement.setParams: fee-bps 100 -> 50") {
		t.Fatalf("propose:\n%s", out)
	}
	id := m[1]
	advancePast(proposal(id).Snapshot)
	cli("chain", "gov", "vote", id, "for", "--reason", "cheaper jobs")
	out = cli("chain", "gov", "status", id)
	if !strings.Contains(out, "  says      halve the protocol fee\n") || !strings.Contains(out, "state     active") || !strings.Contains(out, "votes     for 500000, against 0, abstain 0; quorum 40000") {
		t.Fatalf("status while voting:\n%s", out)
	}
	advancePast(proposal(id).Deadline)
	if out = cli("chain", "gov", "queue", id); !strings.Contains(out, "queued: executable from") {
		t.Fatalf("queue:\n%s", out)
	}
	code, _, stderr = runCLI(t, append([]string{"chain", "gov", "execute", id}, flags...)...)
	if code == 0 || !strings.Contains(stderr, "TimelockUnexpectedOperationState") {
		t.Fatalf("execute before the eta: exit %d, %s", code, stderr)
	}
	advancePast(proposal(id).ETA.Add(-time.Second))
	cli("chain", "gov", "execute", id)
	if out = cli("chain", "gov", "status"); !strings.Contains(out, "state     executed") {
		t.Fatalf("status after execution:\n%s", out)
	}
	if cp, err := emb.Deployer().ContractParams(ctx); err != nil || cp.FeeBps != 50 {
		t.Fatalf("fee %d bps, %v; want 50", cp.FeeBps, err)
	}

	// chain deploy with token holders: the timelock governs the new
	// contract, and the gov commands find it.
	flags = flags[:len(flags)-2] // deploy takes no --governor
	out = cli("chain", "deploy", "--gov-holder", key.Address().Hex()+"=1000", "--voting-delay", "1s", "--voting-period", "1m",
		"--timelock-delay", "1m", "--quorum-percent", "10")
	m = regexp.MustCompile(`(?m)^settlement  (0x[0-9a-fA-F]{40})\n(?:.*\n)*timelock    (0x[0-9a-fA-F]{40}) .*\ngovernor    (0x[0-9a-fA-F]{40})$`).FindStringSubmatch(out)
	if m == nil || !strings.Contains(out, "deploy TrainmeshGovernor") {
		t.Fatalf("deploy with --gov-holder:\n%s", out)
	}
	code, stdout, stderr := runCLI(t, "chain", "gov", "status", "--data-dir", dir, "--rpc", emb.RPCURL(), "--settlement", m[1],
		"--confirmations", "1", "--governor", m[3])
	if code != 0 || !strings.Contains(stdout, "timelock    "+m[2]+" (governs settlement "+m[1]) ||
		!strings.Contains(stdout, "supply 1000\n") || !strings.Contains(stdout, "quorum 10% of the supply; 1 to propose") {
		t.Fatalf("status of the deployed governance: exit %d\n%s%s", code, stdout, stderr)
	}
}

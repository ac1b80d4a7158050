package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestChainRewardsCommand: a node stakes with `chain stake`, a poster's
// settlement pays a fee into the stakers' stream, and `chain rewards` shows
// the stake's share, what is still to drip and, once it has, the rewards;
// `--claim` moves them into the withdrawable balance, to the unit.
func TestChainRewardsCommand(t *testing.T) {
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
	posterKey := identity.FromSeed([]byte("trainmesh/cmd/rewards-poster"))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	emb, err := chain.StartEmbedded(ctx, chain.EmbeddedParams{RPCAddr: "127.0.0.1:0", Fund: []common.Address{key.Address(), posterKey.Address()}})
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
	out := cli("chain", "rewards")
	if !strings.Contains(out, "no stake is active: fees go to the treasury") || !strings.Contains(out, "rewards       0 claimable") {
		t.Fatalf("rewards before staking:\n%s", out)
	}
	if out = cli("chain", "rewards", "--claim"); !strings.Contains(out, "no rewards to claim") {
		t.Fatalf("claim with nothing earned:\n%s", out)
	}
	cli("chain", "stake", "40")

	// A job of one winner at 10 dollars: the 1% fee is 0.1.
	poster, err := emb.NewClient(ctx, posterKey)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := poster.Deposit(ctx, chain.JobSpec{Nonce: 1, GroupSize: 1, Steps: 10, Budget: big.NewInt(10_000_000), SettleDeadline: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	award := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(posterKey.Address()),
		Winners: []protocol.Address{protocol.Address(posterKey.Address())}, Prices: []*big.Int{big.NewInt(1_000_000)}}
	if _, err := poster.Settle(ctx, []chain.Payout{{Award: award, Steps: []uint64{10}}}); err != nil {
		t.Fatal(err)
	}
	if out = cli("chain", "rewards"); !strings.Contains(out, "stake         40 active (100.00% of the 40 active), 0 unbonding") || !strings.Contains(out, "still to drip to active stake, until") {
		t.Fatalf("rewards while the fee drips:\n%s", out)
	}
	cp, err := poster.ContractParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := emb.AdvanceTime(cp.UnbondingDelay); err != nil {
		t.Fatal(err)
	}
	if out = cli("chain", "rewards"); !strings.Contains(out, "rewards       0.1 claimable") || !strings.Contains(out, "fee stream    dry") {
		t.Fatalf("rewards after the stream ran dry:\n%s", out)
	}
	if out = cli("chain", "rewards", "--claim"); !strings.Contains(out, "claimed       0.1 (withdraw it with") || !strings.Contains(out, "withdrawable  0.1\n") || !strings.Contains(out, "rewards       0 claimable") {
		t.Fatalf("claim:\n%s", out)
	}
	code, _, stderr := runCLI(t, append([]string{"chain", "rewards", "--claim", "--address", posterKey.Address().Hex()}, flags...)...)
	if code == 0 || !strings.Contains(stderr, "drop --address") {
		t.Fatalf("claim for another address: exit %d, %s", code, stderr)
	}
}

package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestChainEvalCommands takes a job's evaluation through the commands: the
// poster opens it (`chain eval open`), an evaluator scores and submits
// (`chain eval score --value --award`), another's signed score is relayed
// (`chain eval submit`), a liar's score is outvoted, `chain eval finalize`
// prints the failed result after the challenge window, and the agreeing
// evaluator withdraws its fee.
func TestChainEvalCommands(t *testing.T) {
	newKey := func() (string, *identity.Key) {
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
		return dir, key
	}
	posterDir, posterKey := newKey()
	evalDir, evalKey := newKey()
	winner := identity.FromSeed([]byte("trainmesh/cmd/eval-winner"))
	others := []*identity.Key{identity.FromSeed([]byte("trainmesh/cmd/eval-2")), identity.FromSeed([]byte("trainmesh/cmd/eval-liar"))}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	emb, err := chain.StartEmbedded(ctx, chain.EmbeddedParams{RPCAddr: "127.0.0.1:0",
		Fund: []common.Address{posterKey.Address(), evalKey.Address(), winner.Address(), others[0].Address(), others[1].Address()}})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	cli := func(dir string, args ...string) string {
		t.Helper()
		code, stdout, stderr := runCLI(t, append(args, "--data-dir", dir, "--rpc", emb.RPCURL(), "--settlement", emb.Addresses().Settlement.Hex(), "--confirmations", "1")...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return stdout
	}
	poster, err := emb.NewClient(ctx, posterKey)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := poster.Deposit(ctx, chain.JobSpec{Nonce: 1, GroupSize: 1, Steps: 10, Budget: big.NewInt(10_000_000), SettleDeadline: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	held := "0x" + strings.Repeat("4e", 32)
	out := cli(posterDir, "chain", "eval", "open", id.Hex(), "--held-out", held, "--threshold", "2.0", "--share", "30", "--fee", "1")
	if !strings.Contains(out, "a held-out loss ≤ 2 passes; 30.00% of the members' training pay rides on it; 3 escrowed") {
		t.Fatalf("open:\n%s", out)
	}
	award := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(posterKey.Address()),
		Winners: []protocol.Address{protocol.Address(winner.Address())}, Prices: []*big.Int{big.NewInt(1_000_000)}}
	if _, err := poster.Settle(ctx, []chain.Payout{{Award: award, Steps: []uint64{10}}}); err != nil {
		t.Fatal(err)
	}
	blob, err := json.Marshal(award)
	if err != nil {
		t.Fatal(err)
	}
	awardPath := writeFile(t, t.TempDir(), "award.json", string(blob))

	if out = cli(evalDir, "chain", "eval", "score", id.Hex(), "--value", "2.5", "--award", awardPath); !strings.Contains(out, "submitted "+evalKey.Address().Hex()) {
		t.Fatalf("score:\n%s", out)
	}
	for i, v := range []uint64{2_500_000, 100_000} { // the second lies
		c, err := emb.NewClient(ctx, others[i])
		if err != nil {
			t.Fatal(err)
		}
		s, err := c.SignScore(protocol.Score{JobID: protocol.Hash(id), Evaluator: protocol.Address(others[i].Address()), HeldOutHash: protocol.Hash(common.HexToHash(held)), Score: v})
		if err != nil {
			t.Fatal(err)
		}
		cli(evalDir, "chain", "eval", "submit", hex.EncodeToString(s.Encode()), "--award", awardPath)
	}
	if code, _, stderr := runCLI(t, "chain", "eval", "finalize", id.Hex(), "--data-dir", evalDir, "--rpc", emb.RPCURL(), "--settlement", emb.Addresses().Settlement.Hex(), "--confirmations", "1"); code == 0 || !strings.Contains(stderr, "NotFinal") {
		t.Fatalf("finalize in the window: exit %d, %s", code, stderr)
	}
	if out = cli(evalDir, "chain", "eval", "status", id.Hex()); !strings.Contains(out, "evaluation    open") || strings.Count(out, "score         ") != 3 {
		t.Fatalf("status:\n%s", out)
	}
	cp, err := poster.ContractParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := emb.AdvanceTime(cp.ChallengeWindow); err != nil {
		t.Fatal(err)
	}
	out = cli(evalDir, "chain", "eval", "finalize", id.Hex())
	if !strings.Contains(out, "result        2.5 (the median of 3 scores): failed") || strings.Count(out, "  agrees") != 2 || strings.Count(out, "  disagrees") != 1 {
		t.Fatalf("finalize:\n%s", out)
	}
	if out = cli(evalDir, "chain", "eval", "withdraw"); !strings.Contains(out, "withdrew 1") {
		t.Fatalf("withdraw:\n%s", out)
	}
}

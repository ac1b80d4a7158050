package chain

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestDemoSequence is the sequence `trainmesh demo` runs on the embedded
// chain once its job pipeline exists (see the README's "Settlement in the
// demo"): start the chain funding every node, escrow at announcement,
// settle after training (batched), fast-forward the challenge window,
// release and withdraw; every transaction is reported with its hash and gas.
func TestDemoSequence(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	posterKey := identity.FromSeed([]byte("demo/poster"))
	var providerKeys []*identity.Key
	fund := []common.Address{posterKey.Address()}
	for i := range 3 {
		k := identity.FromSeed([]byte(fmt.Sprintf("demo/provider%d", i)))
		providerKeys = append(providerKeys, k)
		fund = append(fund, k.Address())
	}
	emb, err := StartEmbedded(ctx, EmbeddedParams{Fund: fund})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	var txs []*Tx
	record := func(tx *Tx) { txs = append(txs, tx) }
	poster, err := emb.NewClient(ctx, posterKey)
	if err != nil {
		t.Fatal(err)
	}
	poster.OnTx(record)
	var providers []*Client
	for _, k := range providerKeys {
		c, err := emb.NewClient(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		c.OnTx(record)
		providers = append(providers, c)
	}

	// Announcement: escrow two jobs.
	head, _ := emb.HeadTime(ctx)
	var payouts []Payout
	for nonce := uint64(1); nonce <= 2; nonce++ {
		id, _, err := poster.Deposit(ctx, JobSpec{Nonce: nonce, GroupSize: 3, Steps: 100, Budget: big.NewInt(30_000_000), SettleDeadline: head.Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		award := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(poster.Address())}
		for _, p := range providers {
			award.Winners = append(award.Winners, protocol.Address(p.Address()))
			award.Prices = append(award.Prices, big.NewInt(100_000))
		}
		payouts = append(payouts, Payout{Award: award, Steps: []uint64{100, 100, 60}})
	}
	// After training: one settlement for both jobs.
	if _, err := poster.Settle(ctx, payouts); err != nil {
		t.Fatal(err)
	}
	cp, err := poster.ContractParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := emb.AdvanceTime(cp.ChallengeWindow); err != nil {
		t.Fatal(err)
	}
	for i, p := range providers {
		before, _ := p.TokenBalance(ctx, p.Address())
		_, paid, err := p.ReleaseAndWithdraw(ctx, common.Hash(payouts[0].Award.JobID), common.Hash(payouts[1].Award.JobID))
		if err != nil {
			t.Fatal(err)
		}
		gross := big.NewInt(int64(2 * 100_000 * payouts[0].Steps[i]))
		wantEq(t, fmt.Sprintf("provider %d paid", i), paid, sub(gross, fee(gross, cp.FeeBps)))
		after, _ := p.TokenBalance(ctx, p.Address())
		wantEq(t, fmt.Sprintf("provider %d tokens", i), after, add(before, paid))
	}
	want := []string{"approve", "deposit", "approve", "deposit", "settle", "release", "withdraw", "release", "withdraw", "release", "withdraw"}
	if len(txs) != len(want) {
		t.Fatalf("%d transactions reported; want %d", len(txs), len(want))
	}
	for i, tx := range txs {
		if tx.Method != want[i] || tx.GasUsed == 0 || tx.Hash == (common.Hash{}) {
			t.Fatalf("transaction %d = %v; want a mined %s", i, tx, want[i])
		}
		t.Log(tx)
	}
}

func TestAmounts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{{"12.5", 12_500_000}, {"0.000001", 1}, {"7", 7_000_000}, {".5", 500_000}, {"3.", 3_000_000}} {
		got, err := ParseAmount(c.in, 6)
		if err != nil || got.Int64() != c.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %d", c.in, got, err, c.want)
		}
		if back, _ := ParseAmount(FormatAmount(got, 6), 6); back.Cmp(got) != 0 {
			t.Errorf("FormatAmount(%v) = %q does not parse back", got, FormatAmount(got, 6))
		}
	}
	for _, bad := range []string{"", "-1", "1.0000001", "1e6", "abc", "."} {
		if _, err := ParseAmount(bad, 6); err == nil {
			t.Errorf("ParseAmount(%q) accepted", bad)
		}
	}
	if got := FormatAmount(big.NewInt(1_250_000), 6); got != "1.25" {
		t.Errorf("FormatAmount = %q", got)
	}
}

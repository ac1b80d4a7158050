package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/identity"
)

// buildCheat builds the trainmesh binary with the test-only build tag
// `cheat` (train/cheat_on.go): a member that contributes what
// TRAINMESH_CHEAT says instead of its gradient.
func buildCheat(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: not building the cheat binary")
	}
	bin := filepath.Join(t.TempDir(), "trainmesh-cheat")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "build", "-tags", "cheat", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build -tags cheat: %v\n%s", err, out)
	}
	return bin
}

// cheatProvider starts a provider from the cheat binary, cheating as
// TRAINMESH_CHEAT=how, staked with stake tokens (the slash takes a share).
func (c *lifeChain) cheatProvider(t *testing.T, ctx context.Context, bin, how string, stake int64, boot []string) (*proc, *identity.Key, string) {
	t.Helper()
	dir, key := c.account(t, ctx, "cheater", stake)
	if _, err := c.client(t, ctx, key).Stake(ctx, big.NewInt(stake)); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"node", "--data-dir", dir, "--provide", "--vram", "24GiB", "--price-floor", "100", "--throughput", "50",
		"--receipt-resend", "1s", "--chunk-timeout", "3s", "--start-timeout", "20s", "--checkpoint-every", "0"}, localNodeFlags...)
	args = append(args, c.chainArgs()...)
	for _, b := range boot {
		args = append(args, "--bootstrap", b)
	}
	p := startBin(t, bin, []string{"TRAINMESH_CHEAT=" + how}, "cheater", args...)
	started := p.waitLog(ctx, "node started", nil)
	listen, _ := started["listen"].([]any)
	return p, key, fmt.Sprint(listen[0])
}

// TestLifeLazyMember: verified work across real processes on geth --dev.
// A provider built with `-tags cheat` contributes zeros from step 13 of
// 40 (receipts every 10 steps, every pair audited). It wins a seat (the
// cheapest bid); the standby recomputes its steps from what the members
// serve by hash, publishes evidence; the honest winner, the standby and
// the poster re-check and attest; the poster submits the quorum: the
// contract slashes the cheater (fault 2), which is credited the 12 steps
// before its first bad step and cannot raise that with its receipts; the
// job finishes and the honest winner is paid in full.
func TestLifeLazyMember(t *testing.T) {
	bin := buildCheat(t)
	c, ctx := lifeTest(t)
	const stake, lazyFrom, steps = 1_000_000, 13, 40
	cheat, cheatKey, addr0 := c.cheatProvider(t, ctx, bin, fmt.Sprintf("lazy@%d", lazyFrom), stake, nil)
	p1, k1, addr1 := c.provider(t, ctx, "provider1", 200, []string{addr0})
	p2, k2, _ := c.provider(t, ctx, "provider2", 300, []string{addr0, addr1})
	procs, keys := []*proc{cheat, p1, p2}, []*identity.Key{cheatKey, k1, k2}
	for i, p := range procs {
		for j := range procs {
			if i != j {
				peer := mustPeerOf(t, keys[j])
				p.waitLog(ctx, "peer seen", func(l map[string]any) bool { return l["peer"] == peer })
			}
		}
	}
	before := map[int]*big.Int{}
	for i, k := range keys {
		before[i] = c.tokens(t, ctx, k.Address())
	}
	posterDir, _ := c.account(t, ctx, "poster", 10_000_000)
	job := lifeJob(t, 2, steps, 10, "1h")
	f, err := os.OpenFile(job, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, "audit-bps = 10000")
	f.Close()
	sub := c.submit(t, posterDir, job, []string{addr0, addr1})
	slashed := sub.waitLog(ctx, "job: slashed", nil)
	if err := sub.waitExit(ctx); err != nil {
		t.Fatalf("submit: %v\n%s", err, sub.dump())
	}
	t.Logf("slash: %v", slashed["text"])
	for _, l := range sub.logs.All(func(l map[string]any) bool {
		m := fmt.Sprint(l["msg"])
		return strings.HasPrefix(m, "job: settle") || strings.HasPrefix(m, "job: convict") || strings.Contains(fmt.Sprint(l["text"]), "credit")
	}) {
		t.Logf("poster: %v %v", l["msg"], l["text"])
	}
	_, award := c.posterRecord(t, posterDir)
	w := indexOf(award.Winners, cheatKey.Address())
	h := indexOf(award.Winners, k1.Address())
	if w < 0 || h < 0 || indexOf(award.Standbys, k2.Address()) < 0 {
		t.Fatalf("award: winners %v, standbys %v; want the cheater and provider1 winning, provider2 standing by", award.Winners, award.Standbys)
	}
	st, err := c.deployer.StakeOf(ctx, cheatKey.Address())
	if err != nil {
		t.Fatal(err)
	}
	cut := new(big.Int).Div(new(big.Int).Mul(big.NewInt(stake), big.NewInt(int64(c.cp.FaultSlashBps))), big.NewInt(10_000))
	wantBalance(t, "the cheater's stake", st.Active, new(big.Int).Sub(big.NewInt(stake), cut))
	// The honest winner is paid every step; the cheater nothing past its
	// first bad step (the poster settled before the conviction, so its
	// credit was lowered with challengeFault, and its own challenge with
	// its receipts is refused).
	for i, steps := range map[int]uint64{0: lazyFrom - 1, 1: steps} {
		idx := indexOf(award.Winners, keys[i].Address())
		wd := procs[i].waitLog(ctx, "job: withdrawn", nil)
		t.Logf("provider %d: %v", i, wd["text"])
		_, net := pay(award.PriceOf(idx), steps, c.cp.FeeBps)
		got := new(big.Int).Sub(c.tokens(t, ctx, keys[i].Address()), before[i])
		if i == 1 && got.Cmp(net) != 0 || i == 0 && got.Cmp(net) > 0 {
			t.Errorf("provider %d was paid %v; want %v%s", i, got, net, map[bool]string{true: " at most"}[i == 0])
		}
	}
	for _, l := range sub.logs.All(logMatch("job: audit", nil)) {
		text := fmt.Sprint(l["text"])
		if strings.Contains(strings.ToLower(text), strings.ToLower(k1.Address().Hex()[:8])) && !strings.HasSuffix(text, "ok") {
			t.Errorf("an audit of the honest winner: %s", text)
		}
	}
}

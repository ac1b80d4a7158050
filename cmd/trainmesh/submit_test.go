package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/node"
)

// goodJob is a small real job: the digits MLP, 20 steps.
const goodJob = `
group-size = 1
min-vram = "14GiB"
min-throughput = 0
budget = "100000"
commit-window = "2s"
reveal-window = "2s"

[model]
kind = "mlp"
hidden = [32]

[data]
builtin = "digits"

[train]
steps = 20
batch-size = 32
lr = 0.01
receipt-every = 10
`

// TestSubmitRunsAnAuction: `trainmesh submit job.toml --unpaid`, without a chain,
// joins a mesh of three providers on 127.0.0.1 through a bootstrap address,
// announces the job, prints the commits, the reveals and the decline, the
// award, the winner's receipts and the model it collected. Both bidders have
// the newcomer reputation (quality 0.75) and a throughput above the
// reference, so the price is the loser's 200 / 0.75. (The life with a chain
// is life_test.go's.)
func TestSubmitRunsAnAuction(t *testing.T) {
	// Two minutes: the poster waits for the audits its sample drew, at
	// most a grace after training, and the providers must still serve the
	// model then (with a 40 s bound they had stopped: "could not collect
	// the model", in a fresh-check and 3 of 4 runs here). The standby,
	// which hears the award as the winner trains, fetches the first
	// period's receipt it missed and makes its audits, so the poster no
	// longer waits the grace (30 s) for them.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var boot []string
	var wg sync.WaitGroup
	runCtx, stop := context.WithCancel(ctx)
	defer func() { stop(); wg.Wait() }()
	for i, vram := range []uint64{24 << 30, 16 << 30, 12 << 30} { // the 12 GiB one declines
		cfg := node.DefaultConfig(filepath.Join(t.TempDir(), fmt.Sprint(i)))
		cfg.Mesh = mesh.LocalParams()
		cfg.Mesh.Bootstrap = boot
		cfg.Auction.Provider = node.ProviderConfig{Enabled: true, VRAMBytes: vram, PriceFloor: big.NewInt(int64(100 + 100*i)), MaxOpenBids: 1, Throughput: 100}
		n, err := node.New(ctx, cfg, identity.FromSeed(fmt.Appendf(nil, "submit-provider-%d", i)), testLog())
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			boot = n.Host().FullAddrs()
		}
		wg.Add(1)
		go func() { defer wg.Done(); n.Run(runCtx) }()
	}
	t.Setenv(EnvPassword, "test")
	dir := t.TempDir()
	// A commit window of 5 s, not goodJob's 2: on a loaded machine a
	// provider heard the announcement after 2 s ("the commit deadline
	// passed before it could bid") and the test saw one bidder.
	job := strings.Replace(goodJob, `commit-window = "2s"`, `commit-window = "5s"`, 1)
	args := []string{"submit", writeFile(t, dir, "job.toml", job), "--data-dir", filepath.Join(dir, "poster"), "--light-kdf",
		"--listen", "/ip4/127.0.0.1/tcp/0", "--no-mdns", "--wait", "20s", "--unpaid"}
	for _, b := range boot {
		args = append(args, "--bootstrap", b)
	}
	code, out, stderr := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("submit: exit %d\n%s\n%s", code, out, stderr)
	}
	t.Log(out)
	for _, want := range []string{"--unpaid: the job is not escrowed", "recipe hash 0x", "decline", "too little VRAM", "award (signed by this node)", "per step (winners, then standbys)",
		"receipt  ", "credits  [20 0]", "held-out accuracy"} {
		if !strings.Contains(out, want) {
			t.Errorf("submit output lacks %q", want)
		}
	}
	if c, r := strings.Count(out, "commit   "), strings.Count(out, "reveal   "); c != 2 || r != 2 {
		t.Errorf("%d commits and %d reveals printed; want 2 and 2", c, r)
	}
}

// TestSubmitNeedsAChain: without --rpc, submit refuses in one line that
// says what to pass, unless --unpaid asks for a job nobody is paid for;
// --unpaid with --rpc, and --resume without --rpc, are refused too.
func TestSubmitNeedsAChain(t *testing.T) {
	dir := t.TempDir()
	job := writeFile(t, dir, "job.toml", goodJob)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"no chain", []string{job}, []string{"no chain to escrow the budget on", "--rpc URL", "--settlement-contract ADDRESS", "--chain-id", "--unpaid"}},
		{"unpaid and a chain", []string{job, "--unpaid", "--rpc", "http://127.0.0.1:1"}, []string{"--unpaid posts without a chain"}},
		{"resume without a chain", []string{"--resume"}, []string{"--resume settles and refunds: pass --rpc URL and --settlement-contract ADDRESS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, append([]string{"submit", "--data-dir", filepath.Join(dir, "poster")}, tt.args...)...)
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if code != 1 || len(lines) != 1 {
				t.Fatalf("exit %d; want 1 and one line\n%s%s", code, out, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(lines[0], w) {
					t.Errorf("%q lacks %q", lines[0], w)
				}
			}
		})
	}
}

// TestDeclineSummary: the reasons of a job's declines in one phrase, the
// commonest first, in the reasons' own words (new reasons need no change).
func TestDeclineSummary(t *testing.T) {
	a := func(i byte) auction.Address { return auction.Address{19: i} }
	tests := []struct {
		name     string
		declines map[auction.Address]auction.DeclineReason
		want     string
	}{
		{"none", nil, "no provider declined"},
		{"one", map[auction.Address]auction.DeclineReason{a(1): auction.DeclineBusy}, "1 provider declined: " + auction.DeclineBusy.String()},
		{"one reason", map[auction.Address]auction.DeclineReason{a(1): auction.DeclineNoEscrow, a(2): auction.DeclineNoEscrow, a(3): auction.DeclineNoEscrow},
			"3 providers declined: the budget is not escrowed"},
		{"several reasons", map[auction.Address]auction.DeclineReason{a(1): auction.DeclineVRAM, a(2): auction.DeclinePrice, a(3): auction.DeclinePrice},
			fmt.Sprintf("3 providers declined: %v (2), %v (1)", auction.DeclinePrice, auction.DeclineVRAM)},
		{"a reason this build does not know", map[auction.Address]auction.DeclineReason{a(1): 200}, "1 provider declined: " + auction.DeclineReason(200).String()},
	}
	for _, tt := range tests {
		if got := declineSummary(tt.declines); got != tt.want {
			t.Errorf("%s: %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestProviderConfigSection(t *testing.T) {
	cfg := writeFile(t, t.TempDir(), "node.toml", `
[auction]
chain-id = 10
settlement-contract = "0x00000000000000000000000000000000000000c0"
clock-grace = "500ms"
[provider]
enabled = true
vram = "24GiB"
price-floor = "300"
max-open-bids = 2
`)
	var out, errb strings.Builder
	c, _, err := parse([]string{"--config", cfg, "node"}, &out, &errb)
	if err != nil {
		t.Fatal(err)
	}
	ac, err := c.Node.Auction.config()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Node.Provider.apply(&ac); err != nil {
		t.Fatal(err)
	}
	p := ac.Provider
	if !p.Enabled || p.VRAMBytes != 24<<30 || p.PriceFloor.Int64() != 300 || p.MaxOpenBids != 2 || ac.Domain.ChainID != 10 || ac.Domain.VerifyingContract[19] != 0xc0 || ac.Params.ClockGraceMs != 500 {
		t.Errorf("config %+v, provider %+v", ac, p)
	}
	if err := ac.Validate(); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{"lots", "-1GiB"} {
		f := providerFlags{Provide: true, VRAM: bad, PriceFloor: "0"}
		if err := f.apply(&ac); err == nil {
			t.Errorf("VRAM %q accepted", bad)
		}
	}
}

// testLog is a discarding logger, or stderr's with $TESTLOG_TRAINMESH set.
func testLog() *slog.Logger {
	if os.Getenv("TESTLOG_TRAINMESH") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

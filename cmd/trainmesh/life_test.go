package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/wire"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// The life of a job across real processes: `trainmesh node` providers and
// a `trainmesh submit` poster on 127.0.0.1, settling on a real `geth --dev`
// over JSON-RPC with the contracts deployed by the test. Each test checks
// the final token balances to the unit and what the nodes' reputation
// stores recorded.

// gethDevChainID is the chain ID of geth --dev.
const gethDevChainID = 1337

// gethFromEnv is read before TestMain clears the TRAINMESH_ variables:
// scripts/test.sh names the geth it built.
var gethFromEnv = os.Getenv("TRAINMESH_GETH")

// lifeChain is one geth --dev shared by the life tests, with the settlement
// contract and its test stablecoin deployed.
type lifeChain struct {
	url      string
	rpc      *rpc.Client
	ec       *ethclient.Client
	dev      common.Address // geth's funded, unlocked developer account
	deployer *chain.Client  // governance and the token's minter
	addrs    chain.Addresses
	cp       chain.ContractParams
	cmd      *exec.Cmd
	dir      string
	log      bytes.Buffer
	mu       sync.Mutex // serialises the dev account's transactions
}

var life struct {
	once sync.Once
	c    *lifeChain
	err  error
}

func gethPath() (string, error) {
	if gethFromEnv != "" {
		return gethFromEnv, nil
	}
	if m, _ := filepath.Glob("../../.cache/geth/*/geth"); len(m) > 0 {
		return filepath.Abs(m[len(m)-1])
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	return "", errors.New("no geth binary: run scripts/geth.sh (scripts/test.sh does)")
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// lifeNet returns the shared chain, starting it on first use; it skips the
// test where no geth binary exists.
func lifeNet(t *testing.T) *lifeChain {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: not starting geth and node processes")
	}
	life.once.Do(func() { life.c, life.err = startLifeChain(t) })
	if life.err != nil {
		if strings.HasPrefix(life.err.Error(), "no geth binary") {
			t.Skipf("skipping the life tests: %v", life.err)
		}
		t.Fatal(life.err)
	}
	return life.c
}

// lifeTest starts a life test on the shared chain, in parallel with the
// others (they wait on windows and deadlines far more than they compute),
// with five minutes to finish (about one on an idle machine; under a load
// average of 30 some took three); the context ends with the test.
func lifeTest(t *testing.T) (*lifeChain, context.Context) {
	t.Helper()
	t.Parallel()
	c := lifeNet(t)
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	t.Cleanup(cancel)
	return c, ctx
}

func startLifeChain(t *testing.T) (*lifeChain, error) {
	bin, err := gethPath()
	if err != nil {
		return nil, err
	}
	c := &lifeChain{}
	removeStaleLifeDirs()
	if c.dir, err = os.MkdirTemp("", "trainmesh-life-geth-"); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(c.dir, "owner.pid"), fmt.Appendf(nil, "%d", os.Getpid()), 0o644); err != nil {
		return nil, err
	}
	httpPort, authPort := freePort(t), freePort(t)
	// --dev.period 1: a block a second, so that chain time (the contract's
	// deadlines and windows) moves with the wall clock.
	c.cmd = exec.Command(bin, "--dev", "--dev.period", "1", "--dev.gaslimit", "60000000",
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
		"--nat", "none", "--ipcdisable", "--datadir", c.dir, "--verbosity", "2")
	c.cmd.Stdout, c.cmd.Stderr = &c.log, &c.log
	// geth dies with this test process, even one go test's timeout kills.
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := c.cmd.Start(); err != nil {
		return nil, err
	}
	afterTests = append(afterTests, c.stop)
	c.url = fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for {
		if c.rpc, err = rpc.DialContext(ctx, c.url); err == nil {
			var accounts []common.Address
			if err = c.rpc.CallContext(ctx, &accounts, "eth_accounts"); err == nil && len(accounts) > 0 {
				c.dev = accounts[0]
				break
			}
			c.rpc.Close()
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("geth --dev did not answer: %v\n%s", err, c.log.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	c.ec = ethclient.NewClient(c.rpc)
	key := identity.FromSeed([]byte("trainmesh/life/deployer"))
	if err := c.fundGas(ctx, key.Address()); err != nil {
		return nil, err
	}
	p := c.params(common.Address{})
	c.cp = chain.DefaultContractParams(key.Address())
	c.cp.ChallengeWindow, c.cp.ClaimWindow, c.cp.UnbondingDelay = 5*time.Second, 2*time.Minute, 10*time.Second
	c.addrs, _, err = chain.Deploy(ctx, c.ec, key, p, chain.DeployParams{Contract: c.cp})
	if err != nil {
		return nil, err
	}
	if c.deployer, err = chain.NewClient(ctx, c.ec, key, c.params(c.addrs.Settlement)); err != nil {
		return nil, err
	}
	return c, nil
}

// removeStaleLifeDirs removes the geth data dirs of earlier runs whose test
// process is gone: a run killed by go test's timeout runs no cleanup, and
// each dir holds a gigabyte or two, enough to fill a disk in a few runs.
func removeStaleLifeDirs() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "trainmesh-life-geth-*"))
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, "owner.pid"))
		if err != nil {
			continue // another run's, starting
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || !errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) {
			continue // its process lives
		}
		os.RemoveAll(d)
	}
}

func (c *lifeChain) stop() {
	if c.cmd != nil && c.cmd.Process != nil {
		c.cmd.Process.Kill()
		c.cmd.Wait()
	}
	os.RemoveAll(c.dir)
}

func (c *lifeChain) params(settlement common.Address) chain.Params {
	p := chain.DefaultParams()
	p.RPCURL, p.Settlement, p.Confirmations = c.url, settlement, 1
	p.ReceiptTimeout, p.PollInterval = 30*time.Second, 50*time.Millisecond
	p.GasLimitMax = 1 << 24
	return p
}

// fundGas sends 10 ether from geth's developer account.
func (c *lifeChain) fundGas(ctx context.Context, to common.Address) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var hash common.Hash
	if err := c.rpc.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{"from": c.dev, "to": to, "value": "0x8ac7230489e80000"}); err != nil {
		return err
	}
	for {
		r, err := c.ec.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// account makes a key in a fresh data dir (the keystore a trainmesh process
// opens with the password "test"), funded with gas and tokens of the test
// stablecoin.
func (c *lifeChain) account(t *testing.T, ctx context.Context, name string, tokens int64) (string, *identity.Key) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	key := identity.FromSeed([]byte(t.Name() + "/" + name))
	if _, err := identity.Save(identity.KeystoreDir(dir), key, "test", identity.LightKDF); err != nil {
		t.Fatal(err)
	}
	if err := c.fundGas(ctx, key.Address()); err != nil {
		t.Fatal(err)
	}
	if tokens > 0 {
		if _, err := c.deployer.MintTestTokens(ctx, key.Address(), big.NewInt(tokens)); err != nil {
			t.Fatal(err)
		}
	}
	return dir, key
}

func (c *lifeChain) client(t *testing.T, ctx context.Context, key *identity.Key) *chain.Client {
	t.Helper()
	cl, err := chain.NewClient(ctx, c.ec, key, c.params(c.addrs.Settlement))
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

func (c *lifeChain) tokens(t *testing.T, ctx context.Context, a common.Address) *big.Int {
	t.Helper()
	b, err := c.deployer.TokenBalance(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// chainArgs point a process at the chain.
func (c *lifeChain) chainArgs() []string {
	return []string{"--rpc", c.url, "--chain-id", fmt.Sprint(gethDevChainID), "--settlement-contract", c.addrs.Settlement.Hex(),
		"--confirmations", "1", "--chain-poll", "200ms"}
}

// lifeJob is a job file: the digits MLP, K members, steps steps. The
// windows leave room for a provider that reads the escrow from geth on a
// loaded machine while the other life tests run (at 3 s, under a load
// average of 40, one missed the commit deadline and the auction drew no
// award).
func lifeJob(t *testing.T, k, steps, every int, settleWithin string) string {
	return writeFile(t, t.TempDir(), "job.toml", fmt.Sprintf(`
group-size = %d
min-vram = "14GiB"
budget = "%d"
commit-window = "8s"
reveal-window = "5s"
settle-within = %q

[model]
kind = "mlp"
hidden = [64]

[data]
builtin = "digits"

[train]
steps = %d
batch-size = 32
lr = 0.005
receipt-every = %d
`, k, k*steps*1000, settleWithin, steps, every))
}

// provider starts a `trainmesh node --provide` process on the chain.
func (c *lifeChain) provider(t *testing.T, ctx context.Context, name string, floor int, boot []string, extra ...string) (*proc, *identity.Key, string) {
	t.Helper()
	dir, key := c.account(t, ctx, name, 0)
	args := append([]string{"node", "--data-dir", dir, "--provide", "--vram", "24GiB", "--price-floor", fmt.Sprint(floor), "--throughput", "50",
		"--receipt-resend", "1s", "--chunk-timeout", "3s", "--start-timeout", "20s", "--checkpoint-every", "0"}, localNodeFlags...)
	args = append(args, c.chainArgs()...)
	for _, b := range boot {
		args = append(args, "--bootstrap", b)
	}
	p := startProc(t, name, append(args, extra...)...)
	started := p.waitLog(ctx, "node started", nil)
	listen, _ := started["listen"].([]any)
	return p, key, fmt.Sprint(listen[0])
}

// providers starts n providers, each bootstrapped to the first; floors are
// 100, 200, ...
func (c *lifeChain) providers(t *testing.T, ctx context.Context, n int) ([]*proc, []*identity.Key, []string) {
	var procs []*proc
	var keys []*identity.Key
	var boots []string
	for i := range n {
		p, k, addr := c.provider(t, ctx, fmt.Sprintf("provider%d", i), 100*(i+1), boots)
		procs, keys, boots = append(procs, p), append(keys, k), append(boots, addr)
	}
	// Every provider hears every other before a job is posted: the ring's
	// members dial each other by the addresses presence gossip carries.
	for i, p := range procs {
		for j := range procs {
			if i != j {
				peer := mustPeerOf(t, keys[j])
				p.waitLog(ctx, "peer seen", func(l map[string]any) bool { return l["peer"] == peer })
			}
		}
	}
	return procs, keys, boots
}

func mustPeerOf(t *testing.T, k *identity.Key) string { return k.PeerID().String() }

// submit starts `trainmesh submit job.toml` as the poster; extra flags
// come last and win (a second --rpc, say).
func (c *lifeChain) submit(t *testing.T, dir, job string, boots []string, extra ...string) *proc {
	args := append([]string{"submit", job, "--data-dir", dir, "--light-kdf", "--log-format", "json", "--listen", "/ip4/127.0.0.1/tcp/0", "--no-mdns",
		"--no-relay-client", "--no-hole-punching", "--wait", "30s", "--finish-grace", "5s", "--refund-wait", "2m"}, c.chainArgs()...)
	for _, b := range boots {
		args = append(args, "--bootstrap", b)
	}
	return startProc(t, "submit", append(args, extra...)...)
}

// posterRecord reads the poster's journal of its one job and decodes the
// signed award.
func (c *lifeChain) posterRecord(t *testing.T, dir string) (*node.JobRecord, *auction.Award) {
	t.Helper()
	recs, err := node.ReadJobs(filepath.Join(dir, "submit"))
	if err != nil || len(recs) != 1 {
		t.Fatalf("poster journal: %d records, %v", len(recs), err)
	}
	codec := wire.NewCodec(auction.Domain{ChainID: gethDevChainID, VerifyingContract: auction.Address(c.addrs.Settlement)}, 64)
	s, err := codec.Decode(recs[0].Award)
	if err != nil {
		t.Fatalf("award in the journal: %v", err)
	}
	return recs[0], s.Msg.(*auction.Award)
}

// waitExit waits for a process to exit and returns its error.
func (p *proc) waitExit(ctx context.Context) error {
	p.t.Helper()
	select {
	case err := <-p.done:
		p.done <- err
		return err
	case <-ctx.Done():
		p.t.Fatalf("%s did not exit:\n%s", p.name, p.dump())
		return nil
	}
}

func (p *proc) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
	p.done <- errors.New("killed")
}

// observations opens a stopped node's reputation store (a read-only copy)
// and counts what it holds of peer by kind.
func observations(t *testing.T, dataDir string, peer common.Address) map[score.Kind]int {
	t.Helper()
	dir, err := store.ResolveStore(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenCopy(dir, store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := score.Address(peer)
	entries, err := s.Observations(store.Filter{Peer: &p})
	if err != nil {
		t.Fatal(err)
	}
	out := map[score.Kind]int{}
	for _, e := range entries {
		out[e.Obs.Kind]++
	}
	return out
}

func pay(price *big.Int, steps uint64, feeBps uint16) (gross, net *big.Int) {
	gross = new(big.Int).Mul(price, new(big.Int).SetUint64(steps))
	fee := new(big.Int).Div(new(big.Int).Mul(gross, big.NewInt(int64(feeBps))), big.NewInt(10_000))
	return gross, new(big.Int).Sub(gross, fee)
}

func wantBalance(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s: %v tokens; want %v", what, got, want)
	}
}

func indexOf(as []auction.Address, a common.Address) int {
	for i, x := range as {
		if x == auction.Address(a) {
			return i
		}
	}
	return -1
}

// TestLifeEndToEnd: a job from submission to withdrawn payouts across
// separate processes on a real geth --dev. Three providers bid for two
// seats; the winners train over the ring and sign receipts; the poster
// settles, waits out the challenge window and takes back the rest; the
// winners withdraw on their own. Every balance is checked to the unit.
func TestLifeEndToEnd(t *testing.T) {
	c, ctx := lifeTest(t)
	procs, keys, boots := c.providers(t, ctx, 3)
	posterDir, posterKey := c.account(t, ctx, "poster", 10_000_000)
	before := map[common.Address]*big.Int{posterKey.Address(): c.tokens(t, ctx, posterKey.Address())}
	for _, k := range keys {
		before[k.Address()] = c.tokens(t, ctx, k.Address())
	}
	const steps = 100
	sub := c.submit(t, posterDir, lifeJob(t, 2, steps, 20, "1h"), boots)
	if err := sub.waitExit(ctx); err != nil {
		t.Fatalf("submit: %v\n%s", err, sub.dump())
	}
	rec, award := c.posterRecord(t, posterDir)
	if rec.Stage != node.StageRefunded || len(award.Winners) != 2 || len(award.Standbys) != 1 {
		t.Fatalf("poster's job at %s, award %d winners %d standbys", rec.Stage, len(award.Winners), len(award.Standbys))
	}
	// Verified work with no cheater: nobody slashed, every audit ok (the
	// standby verifies at the default rate).
	if l := sub.findLog("job: slashed", nil); l != nil {
		t.Errorf("a slash in an honest job: %v", l["text"])
	}
	for _, l := range sub.logs.All(logMatch("job: audit", nil)) {
		if text := fmt.Sprint(l["text"]); !strings.HasSuffix(text, ": ok") {
			t.Errorf("an audit that failed in an honest job: %s", text)
		}
	}
	paid := new(big.Int)
	for i, k := range keys {
		w := indexOf(award.Winners, k.Address())
		if w < 0 {
			continue
		}
		if rec.Credits[w] != steps {
			t.Errorf("winner %d credited %d steps; want %d", i, rec.Credits[w], steps)
		}
		procs[i].waitLog(ctx, "job: withdrawn", nil)
		gross, net := pay(award.Prices[w], rec.Credits[w], c.cp.FeeBps)
		paid.Add(paid, gross)
		wantBalance(t, fmt.Sprintf("winner %d", i), c.tokens(t, ctx, k.Address()), new(big.Int).Add(before[k.Address()], net))
	}
	// The standby verified the winners at the default rate: it is paid
	// for its audits (at its own price, within the job's audit bound).
	for i, k := range keys {
		s := indexOf(award.Standbys, k.Address())
		if s < 0 {
			continue
		}
		m := len(award.Winners) + s
		if bound := uint64(job.AuditBound(uint32(len(award.Winners)), steps, 0)); rec.Credits[m] > bound {
			t.Errorf("standby %d credited %d audits; want at most %d", i, rec.Credits[m], bound)
		}
		gross, net := pay(award.Prices[m], rec.Credits[m], c.cp.FeeBps)
		if rec.Credits[m] > 0 {
			procs[i].waitLog(ctx, "job: withdrawn", nil)
		}
		paid.Add(paid, gross)
		wantBalance(t, fmt.Sprintf("standby %d", i), c.tokens(t, ctx, k.Address()), new(big.Int).Add(before[k.Address()], net))
	}
	wantBalance(t, "poster", c.tokens(t, ctx, posterKey.Address()), new(big.Int).Sub(before[posterKey.Address()], paid))
	// (The fees go to the treasury's balance in the contract, which the
	// other life tests, running in parallel, also pay into: the chain
	// package's tests check the treasury's share exactly.)
	for _, p := range procs {
		p.stop(ctx)
	}
	for i, k := range keys {
		if indexOf(award.Winners, k.Address()) < 0 {
			continue
		}
		if got := observations(t, filepath.Join(posterDir, "submit"), k.Address()); got[score.KindAwardDelivered] != 1 || got[score.KindBidHonoured] != 1 {
			t.Errorf("poster's store of winner %d: %v; want one honoured bid and one delivered award", i, got)
		}
		if got := observations(t, procsDir(procs[i]), posterKey.Address()); got[score.KindSettlementPaid] != 1 {
			t.Errorf("winner %d's store of the poster: %v; want one settlement paid", i, got)
		}
	}
}

// procsDir is a node process's --data-dir.
func procsDir(p *proc) string {
	for i, a := range p.cmd.Args {
		if a == "--data-dir" {
			return p.cmd.Args[i+1]
		}
	}
	return ""
}

// TestLifeProviderKilled: a winner is killed (SIGKILL) mid-training. The two
// others finish without it, the poster credits the dead one only the steps
// its receipts show and records the fault; the survivors are paid in full.
func TestLifeProviderKilled(t *testing.T) {
	c, ctx := lifeTest(t)
	procs, keys, boots := c.providers(t, ctx, 3)
	posterDir, posterKey := c.account(t, ctx, "poster", 10_000_000)
	posterBefore := c.tokens(t, ctx, posterKey.Address())
	const steps = 600
	sub := c.submit(t, posterDir, lifeJob(t, 3, steps, 50, "1h"), boots)
	victim := -1
	for victim < 0 {
		for i, p := range procs {
			if l := p.findLog("job: training", func(l map[string]any) bool { return fmt.Sprint(l["step"]) == "120" }); l != nil {
				victim = i
				p.kill()
				break
			}
		}
		if victim < 0 {
			select {
			case <-ctx.Done():
				t.Fatalf("no winner reached step 120:\n%s", sub.dump())
			case <-time.After(2 * time.Millisecond):
			}
		}
	}
	if err := sub.waitExit(ctx); err != nil {
		t.Fatalf("submit: %v\n%s", err, sub.dump())
	}
	rec, award := c.posterRecord(t, posterDir)
	dead := keys[victim].Address()
	d := indexOf(award.Winners, dead)
	if d < 0 || rec.Credits[d] >= steps || rec.Credits[d] < 100 {
		t.Fatalf("the killed winner is credited %v of %d steps (credits %v); want its last receipt, at least 100 and short of the end", rec.Credits[d], steps, rec.Credits)
	}
	credit, err := c.deployer.Credit(ctx, common.Hash(rec.Job), dead)
	if err != nil {
		t.Fatal(err)
	}
	gross, _ := pay(award.Prices[d], rec.Credits[d], c.cp.FeeBps)
	wantBalance(t, "the dead winner's on-chain credit", credit.Amount, gross)
	paid := new(big.Int).Set(gross)
	for i, k := range keys {
		if i == victim {
			continue
		}
		w := indexOf(award.Winners, k.Address())
		// Its steps, and the audits it made of the other winners.
		if bound := uint64(job.AuditBound(uint32(len(award.Winners)), steps, 0)); rec.Credits[w] < steps || rec.Credits[w] > steps+bound {
			t.Errorf("survivor %d credited %d; want its %d steps and at most %d audits", i, rec.Credits[w], steps, bound)
		}
		procs[i].waitLog(ctx, "job: withdrawn", nil)
		g, _ := pay(award.Prices[w], rec.Credits[w], c.cp.FeeBps)
		paid.Add(paid, g)
	}
	wantBalance(t, "poster", c.tokens(t, ctx, posterKey.Address()), new(big.Int).Sub(posterBefore, paid))
	if got := observations(t, filepath.Join(posterDir, "submit"), dead); got[score.KindFaultReported] != 1 || got[score.KindAwardDelivered] != 0 {
		t.Errorf("poster's store of the killed winner: %v; want one fault, no delivery", got)
	}
}

// TestLifePosterVanishes: the poster is killed once training has begun and
// never settles. After the settle deadline each winner claims with the
// poster-signed award and the group's receipts, its audits are paid by the
// winners' claim tally (PROTOCOL.md, "Claim tallies"), and it withdraws
// its pay: what it withdrew and still holds in the contract is its steps
// and its tallied audits.
func TestLifePosterVanishes(t *testing.T) {
	c, ctx := lifeTest(t)
	procs, keys, boots := c.providers(t, ctx, 2)
	posterDir, _ := c.account(t, ctx, "poster", 10_000_000)
	before := []*big.Int{c.tokens(t, ctx, keys[0].Address()), c.tokens(t, ctx, keys[1].Address())}
	const steps = 200
	sub := c.submit(t, posterDir, lifeJob(t, 2, steps, 20, "32s"), boots)
	procs[0].waitLog(ctx, "job: formed", nil)
	sub.kill()
	rec, award := c.posterRecord(t, posterDir)
	for _, p := range procs {
		claim := p.waitLog(ctx, "job: claimed", nil)
		if !strings.Contains(fmt.Sprint(claim["text"]), fmt.Sprintf("claimed %d steps", steps)) {
			t.Errorf("provider %v; want a claim of all %d steps", claim["text"], steps)
		}
		p.waitLog(ctx, "job: withdrawn", nil)
	}
	audits, _, err := c.deployer.TallyPaid(ctx, *award, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range procs {
		w := indexOf(award.Winners, keys[i].Address())
		price := award.Prices[w]
		_, net := pay(price, steps, c.cp.FeeBps)
		_, auditNet := pay(price, audits[w], c.cp.FeeBps)
		held, err := c.deployer.Balance(ctx, keys[i].Address())
		if err != nil {
			t.Fatal(err)
		}
		got := new(big.Int).Add(c.tokens(t, ctx, keys[i].Address()), held)
		wantBalance(t, fmt.Sprintf("provider %d (%d audits tallied)", i, audits[w]), got, new(big.Int).Add(before[i], new(big.Int).Add(net, auditNet)))
	}
	job, err := c.deployer.Job(ctx, common.Hash(rec.Job))
	if err != nil || job.Status != chain.JobOpen {
		t.Errorf("the job on-chain: %+v, %v; want it open (claimed, never settled)", job, err)
	}
}

// TestLifeEquivocator: a staked bidder signs two different commits for one
// job. The poster reports the pair; the contract slashes half its stake and
// pays the poster, the reporter, half of that; the job goes on with the
// honest providers.
func TestLifeEquivocator(t *testing.T) {
	c, ctx := lifeTest(t)
	procs, keys, boots := c.providers(t, ctx, 2)
	_, cheatKey := c.account(t, ctx, "cheat", 1_000_000)
	stake := big.NewInt(1_000_000)
	cheatChain := c.client(t, ctx, cheatKey)
	if _, err := cheatChain.Stake(ctx, stake); err != nil {
		t.Fatal(err)
	}
	equivocated := startEquivocator(t, ctx, c, cheatKey, boots)
	posterDir, posterKey := c.account(t, ctx, "poster", 10_000_000)
	posterBefore := c.tokens(t, ctx, posterKey.Address())
	const steps = 60
	sub := c.submit(t, posterDir, lifeJob(t, 2, steps, 20, "1h"), boots)
	select {
	case <-equivocated:
	case <-ctx.Done():
		t.Fatal("the cheater never saw the job")
	}
	slashed := sub.waitLog(ctx, "job: slashed", nil)
	if err := sub.waitExit(ctx); err != nil {
		t.Fatalf("submit: %v\n%s", err, sub.dump())
	}
	st, err := c.deployer.StakeOf(ctx, cheatKey.Address())
	if err != nil {
		t.Fatal(err)
	}
	cut := new(big.Int).Div(new(big.Int).Mul(stake, big.NewInt(int64(c.cp.EquivocationSlashBps))), big.NewInt(10_000))
	wantBalance(t, "the cheater's stake", st.Active, new(big.Int).Sub(stake, cut))
	reward := new(big.Int).Div(new(big.Int).Mul(cut, big.NewInt(int64(c.cp.ReporterRewardBps))), big.NewInt(10_000))
	rec, award := c.posterRecord(t, posterDir)
	if indexOf(award.Winners, cheatKey.Address()) >= 0 || indexOf(award.Standbys, cheatKey.Address()) >= 0 {
		t.Error("the equivocator is in the award")
	}
	paid := new(big.Int)
	for i, k := range keys {
		if w := indexOf(award.Winners, k.Address()); w >= 0 {
			g, _ := pay(award.Prices[w], rec.Credits[w], c.cp.FeeBps)
			paid.Add(paid, g)
			procs[i].waitLog(ctx, "job: withdrawn", nil)
		}
	}
	// The refund step withdraws the poster's whole balance: the unspent
	// escrow and the reporter's reward.
	wantBalance(t, "poster (reporter)", c.tokens(t, ctx, posterKey.Address()), new(big.Int).Add(new(big.Int).Sub(posterBefore, paid), reward))
	t.Logf("slash: %v", slashed["text"])
	if got := observations(t, filepath.Join(posterDir, "submit"), cheatKey.Address()); got[score.KindSlashed] != 1 {
		t.Errorf("poster's store of the cheater: %v; want one slash", got)
	}
}

// startEquivocator runs a libp2p host in the test that follows the 12 GiB
// job class and, for the first job it hears of, publishes two different
// signed commits. The returned channel closes once it has.
func startEquivocator(t *testing.T, ctx context.Context, c *lifeChain, key *identity.Key, boots []string) <-chan struct{} {
	t.Helper()
	p := mesh.LocalParams()
	p.Bootstrap = boots
	h, err := mesh.New(ctx, key.LibP2P(), p, testLog())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	codec := wire.NewCodec(auction.Domain{ChainID: gethDevChainID, VerifyingContract: auction.Address(c.addrs.Settlement)}, 64)
	accept := func(_ context.Context, m *mesh.Message) mesh.Outcome { return mesh.Accept }
	jobs, err := h.Join(wire.JobsTopic("vram12g"), accept)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		m, err := jobs.Next(ctx)
		if err != nil {
			return
		}
		s, err := codec.Decode(m.Data)
		if err != nil {
			return
		}
		job := s.Msg.(*auction.JobAnnounce)
		topic, err := h.Join(wire.JobTopic(job.JobID), accept)
		if err != nil {
			return
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		topic.WaitMesh(wctx, 1)
		cancel()
		var msgs [][]byte
		for _, commitment := range []auction.Hash{{0xaa}, {0xbb}} {
			_, data, err := codec.Sign(key, &auction.BidCommit{JobID: job.JobID, Bidder: auction.Address(key.Address()), Commitment: commitment})
			if err != nil {
				return
			}
			msgs = append(msgs, data)
		}
		// Both, a few times over (gossip reaches a late subscriber only
		// with a later copy), inside the commit window.
		for range 3 {
			for _, data := range msgs {
				topic.Publish(ctx, data)
			}
			time.Sleep(300 * time.Millisecond)
		}
		close(done)
	}()
	return done
}

// TestLifeChainDown: the poster's chain endpoint goes away during training
// (its connections refused). Settlement fails, is tried again while the
// endpoint is down, and completes once it is back; everyone is paid.
func TestLifeChainDown(t *testing.T) {
	c, ctx := lifeTest(t)
	procs, keys, boots := c.providers(t, ctx, 2)
	posterDir, posterKey := c.account(t, ctx, "poster", 10_000_000)
	posterBefore := c.tokens(t, ctx, posterKey.Address())
	px := newProxy(t, strings.TrimPrefix(c.url, "http://"))
	const steps = 200
	// The poster reaches the chain only through the proxy.
	sub := c.submit(t, posterDir, lifeJob(t, 2, steps, 20, "1h"), boots, "--rpc", "http://"+px.addr, "--chain-poll", "500ms")
	sub.waitLog(ctx, "job: awarded", nil)
	px.down()
	sub.waitLog(ctx, "job: retry", func(l map[string]any) bool { return strings.HasPrefix(fmt.Sprint(l["text"]), "settlement failed") })
	px.up()
	if err := sub.waitExit(ctx); err != nil {
		t.Fatalf("submit: %v\n%s", err, sub.dump())
	}
	rec, award := c.posterRecord(t, posterDir)
	if rec.Stage != node.StageRefunded {
		t.Fatalf("poster's job at %s", rec.Stage)
	}
	paid := new(big.Int)
	for i, k := range keys {
		w := indexOf(award.Winners, k.Address())
		procs[i].waitLog(ctx, "job: withdrawn", nil)
		g, _ := pay(award.Prices[w], rec.Credits[w], c.cp.FeeBps)
		paid.Add(paid, g)
	}
	wantBalance(t, "poster", c.tokens(t, ctx, posterKey.Address()), new(big.Int).Sub(posterBefore, paid))
}

// proxy forwards TCP connections to a target until down, when it closes
// its listener and every connection (new ones are refused); up listens on
// the same port again.
type proxy struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex // mu guards the following
	ln     net.Listener
	conns  map[net.Conn]bool
}

func newProxy(t *testing.T, target string) *proxy {
	p := &proxy{t: t, addr: fmt.Sprintf("127.0.0.1:%d", freePort(t)), target: target, conns: map[net.Conn]bool{}}
	p.up()
	t.Cleanup(p.down)
	return p
}

func (p *proxy) up() {
	p.mu.Lock()
	defer p.mu.Unlock()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Fatal(err)
	}
	p.ln = ln
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", p.target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns[in], p.conns[out] = true, true
			p.mu.Unlock()
			go func() { io.Copy(out, in); out.Close() }()
			go func() { io.Copy(in, out); in.Close() }()
		}
	}()
}

func (p *proxy) down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// A testNet is a chain the client tests run on: the embedded simulated chain
// or a real `geth --dev` over JSON-RPC. The same tests run on both.
type testNet struct {
	name    string
	backend Backend
	params  Params
	// fund gives an account native coin for gas.
	fund func(t *testing.T, ctx context.Context, to common.Address)
	// advance makes at least d of block time pass.
	advance func(t *testing.T, ctx context.Context, d time.Duration)
	// embedded is set on the simulated net.
	embedded *Embedded
}

// suiteContract are the parameters the tests deploy: windows short enough
// that geth --dev, which can only move time by mining blocks of at least one
// second each, passes them quickly; long enough that the few transactions a
// test sends inside a window fit however slow the machine.
func suiteContract(treasury common.Address) ContractParams {
	p := DefaultContractParams(treasury)
	p.ChallengeWindow = 40 * time.Second
	p.ClaimWindow = 40 * time.Second
	p.UnbondingDelay = 40 * time.Second
	return p
}

// testStartTime puts the embedded chain's clock far ahead of the wall clock,
// so that its blocks are one second apart however slow the machine: a test
// (and a seed of the property test) replays block for block.
var testStartTime = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)

// simNet starts an embedded chain for one test.
func simNet(t *testing.T) *testNet {
	t.Helper()
	ctx := context.Background()
	e, err := StartEmbedded(ctx, EmbeddedParams{StartTime: testStartTime})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	p := e.ClientParams()
	return &testNet{
		name: "simulated", backend: e.Backend(), params: p, embedded: e,
		fund: func(t *testing.T, ctx context.Context, to common.Address) {
			t.Helper()
			if err := e.Fund(ctx, to, big.NewInt(1e18), nil); err != nil {
				t.Fatal(err)
			}
		},
		advance: func(t *testing.T, ctx context.Context, d time.Duration) {
			t.Helper()
			if err := e.AdvanceTime(d); err != nil {
				t.Fatal(err)
			}
		},
	}
}

// gethBinary finds the geth that scripts/geth.sh builds.
func gethBinary() (string, error) {
	if p := os.Getenv("TRAINMESH_GETH"); p != "" {
		return p, nil
	}
	matches, _ := filepath.Glob("../.cache/geth/*/geth")
	if len(matches) > 0 {
		return filepath.Abs(matches[len(matches)-1])
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	return "", errors.New("no geth binary: run scripts/geth.sh (scripts/test.sh does) or set $TRAINMESH_GETH")
}

// gethNode is one `geth --dev` shared by the tests of this package run.
var gethNode struct {
	once sync.Once
	err  error
	url  string
	dev  common.Address // geth's funded, unlocked developer account
	rpc  *rpc.Client
	cmd  *exec.Cmd
	dir  string
	// mu serialises the dev account's transactions (geth assigns their
	// nonces) and the clock's.
	mu    sync.Mutex
	clock *Client
	log   bytes.Buffer
}

// startGeth starts geth --dev on a free loopback port; TestMain stops it.
func startGeth() error {
	bin, err := gethBinary()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "trainmesh-geth-")
	if err != nil {
		return err
	}
	gethNode.dir = dir
	_, httpPort, err := loopbackAddr("127.0.0.1:0")
	if err != nil {
		return err
	}
	_, authPort, err := loopbackAddr("127.0.0.1:0")
	if err != nil {
		return err
	}
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--dev.gaslimit", "60000000",
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort),
		"--http.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(authPort),
		"--nat", "none", "--ipcdisable", "--datadir", dir, "--verbosity", "2")
	cmd.Stdout = &gethNode.log
	cmd.Stderr = &gethNode.log
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", bin, err)
	}
	gethNode.cmd = cmd
	gethNode.url = fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	// Wait for the endpoint: geth answers within a second or two.
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := rpc.Dial(gethNode.url)
		if err == nil {
			var accounts []common.Address
			if err = c.Call(&accounts, "eth_accounts"); err == nil && len(accounts) > 0 {
				gethNode.rpc = c
				gethNode.dev = accounts[0]
				return nil
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("geth --dev did not answer on %s: %v\n%s", gethNode.url, err, gethNode.log.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func stopGeth() {
	if gethNode.cmd != nil && gethNode.cmd.Process != nil {
		gethNode.cmd.Process.Kill()
		gethNode.cmd.Wait()
	}
	if gethNode.dir != "" {
		os.RemoveAll(gethNode.dir)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	stopGeth()
	os.Exit(code)
}

// gethNet connects to the shared geth --dev, starting it on first use. It
// skips the test, saying why, when no geth binary is available.
func gethNet(t *testing.T) *testNet {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: not starting geth")
	}
	gethNode.once.Do(func() { gethNode.err = startGeth() })
	if gethNode.err != nil {
		if strings.HasPrefix(gethNode.err.Error(), "no geth binary") {
			t.Skipf("skipping the geth --dev backend: %v", gethNode.err)
		}
		t.Fatal(gethNode.err)
	}
	ec := ethclient.NewClient(gethNode.rpc)
	p := DefaultParams()
	p.RPCURL = gethNode.url
	p.Confirmations = 1 // geth --dev --dev.period 0 mines only for transactions
	p.ReceiptTimeout = 30 * time.Second
	p.PollInterval = 2 * time.Millisecond
	p.GasLimitMax = 1 << 24 // EIP-7825 (Osaka): no transaction may use more
	n := &testNet{name: "geth", backend: ec, params: p}
	n.fund = func(t *testing.T, ctx context.Context, to common.Address) {
		t.Helper()
		gethNode.mu.Lock()
		defer gethNode.mu.Unlock()
		var hash common.Hash
		err := gethNode.rpc.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{
			"from": gethNode.dev, "to": to, "value": "0xde0b6b3a7640000", // 1 ether
		})
		if err != nil {
			t.Fatalf("fund %s from the dev account: %v", to, err)
		}
		if _, err := waitReceipt(ctx, ec, hash, 1, p.ReceiptTimeout, p.PollInterval); err != nil {
			t.Fatal(err)
		}
	}
	n.advance = func(t *testing.T, ctx context.Context, d time.Duration) {
		t.Helper()
		// geth --dev seals one block per transaction here, each at least a
		// second after its parent: d seconds of block time are d blocks.
		gethNode.mu.Lock()
		clock := gethNode.clock
		gethNode.mu.Unlock()
		if clock == nil {
			key := identity.FromSeed([]byte("trainmesh/chain/test/geth-clock"))
			n.fund(t, ctx, key.Address())
			clock = &Client{b: ec, key: key, p: p}
			chainID, err := ec.ChainID(ctx)
			if err != nil {
				t.Fatal(err)
			}
			clock.send = newSender(ec, key, chainID, p, decodeRevert)
			gethNode.mu.Lock()
			gethNode.clock = clock
			gethNode.mu.Unlock()
		}
		start, err := ec.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		for {
			h, err := ec.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if time.Duration(h.Time-start.Time)*time.Second >= d {
				return
			}
			to := clock.Address()
			if _, err := clock.send.transact(ctx, "tick", &to, nil, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	return n
}

// nets returns the backends a client test runs on.
func nets() []struct {
	name string
	new  func(*testing.T) *testNet
} {
	return []struct {
		name string
		new  func(*testing.T) *testNet
	}{{"simulated", simNet}, {"geth", gethNet}}
}

// forEachNet runs f as a subtest on every backend.
func forEachNet(t *testing.T, f func(t *testing.T, n *testNet)) {
	for _, b := range nets() {
		t.Run(b.name, func(t *testing.T) { f(t, b.new(t)) })
	}
}

// env is one fresh deployment on a testNet with its cast of accounts.
type env struct {
	t     *testing.T
	ctx   context.Context
	net   *testNet
	addrs Addresses
	cp    ContractParams

	gov      *Client // governance, treasury, TestToken minter
	poster   *Client
	workers  []*Client // w0..w4: providers
	reporter *Client
	outsider *Client
	keys     map[common.Address]*identity.Key
}

var tokens = func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000)) }

// newEnv deploys a TestToken and a Settlement with suiteContract params and
// funds a poster, five providers, a reporter and an outsider.
func newEnv(t *testing.T, n *testNet) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	e := &env{t: t, ctx: ctx, net: n, keys: map[common.Address]*identity.Key{}}
	seed := func(role string) *identity.Key {
		k := identity.FromSeed([]byte(n.name + "/" + t.Name() + "/" + role))
		e.keys[k.Address()] = k
		return k
	}
	govKey := seed("gov")
	n.fund(t, ctx, govKey.Address())
	e.cp = suiteContract(govKey.Address())
	addrs, _, err := Deploy(ctx, n.backend, govKey, n.params, DeployParams{Contract: e.cp})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.addrs = addrs
	p := n.params
	p.Settlement = addrs.Settlement
	client := func(k *identity.Key) *Client {
		c, err := NewClient(ctx, n.backend, k, p)
		if err != nil {
			t.Fatal(err)
		}
		c.embedded = n.embedded
		return c
	}
	e.gov = client(govKey)
	mk := func(role string) *Client {
		k := seed(role)
		n.fund(t, ctx, k.Address())
		c := client(k)
		if _, err := e.gov.MintTestTokens(ctx, k.Address(), tokens(1_000_000)); err != nil {
			t.Fatal(err)
		}
		return c
	}
	e.poster = mk("poster")
	for i := range 5 {
		e.workers = append(e.workers, mk(fmt.Sprintf("w%d", i)))
	}
	e.reporter = mk("reporter")
	e.outsider = mk("outsider")
	return e
}

func (e *env) key(c *Client) *identity.Key { return e.keys[c.Address()] }

// now is the latest block's time.
func (e *env) now() time.Time {
	e.t.Helper()
	h, err := e.net.backend.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

func (e *env) advance(d time.Duration) { e.t.Helper(); e.net.advance(e.t, e.ctx, d) }

// deposit escrows a job of the poster's: groupSize, steps, budget (whole
// dollars), settle deadline `deadline` after the head.
func (e *env) deposit(nonce uint64, groupSize uint32, steps uint64, budget *big.Int, deadline time.Duration) common.Hash {
	e.t.Helper()
	id, _, err := e.poster.Deposit(e.ctx, JobSpec{
		Nonce: nonce, GroupSize: groupSize, Steps: steps, Budget: budget, SettleDeadline: e.now().Add(deadline),
	})
	if err != nil {
		e.t.Fatalf("deposit: %v", err)
	}
	return id
}

// award builds the poster's award of job id to the given workers, every
// member at the same price.
func (e *env) award(id common.Hash, price *big.Int, winners []*Client, standbys ...*Client) protocol.Award {
	a := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(e.poster.Address())}
	for _, w := range winners {
		a.Winners = append(a.Winners, protocol.Address(w.Address()))
		a.Prices = append(a.Prices, price)
	}
	for _, s := range standbys {
		a.Standbys = append(a.Standbys, protocol.Address(s.Address()))
		a.Prices = append(a.Prices, price)
	}
	return a
}

// priced returns a with member i's price set to prices[i].
func priced(a protocol.Award, prices ...*big.Int) protocol.Award {
	a.Prices = prices
	return a
}

// sign signs m with c's key under the deployment's domain.
func (e *env) sign(c *Client, m protocol.Struct) []byte {
	e.t.Helper()
	sig, err := Sign(e.key(c), e.poster.Domain(), m)
	if err != nil {
		e.t.Fatal(err)
	}
	return sig
}

// stepProof has each signer sign StepReceipt(job, itself, step, params,
// testRoot(itself, step)).
func (e *env) stepProof(a protocol.Award, step uint64, params common.Hash, signers ...*Client) StepProof {
	e.t.Helper()
	sigs := map[common.Address][]byte{}
	for _, s := range signers {
		sigs[s.Address()] = e.sign(s, protocol.StepReceipt{JobID: a.JobID, Member: protocol.Address(s.Address()), Step: step,
			ParamsHash: protocol.Hash(params), ContribRoot: protocol.Hash(testRoot(s.Address(), step))})
	}
	q, err := NewQuorum(a, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	return StepProof{Step: step, ParamsHash: params, ContribRoots: testRoots(a, q, step), Quorum: q}
}

// testRoot is the contribution root test members put in their receipts:
// each member's own, as in a real group.
func testRoot(member common.Address, step uint64) common.Hash {
	return crypto.Keccak256Hash(member[:], big.NewInt(int64(step)).Bytes())
}

// testRoots lists testRoot of each of q's signers, in q's order.
func testRoots(a protocol.Award, q Quorum, step uint64) []common.Hash {
	ms := a.Members()
	out := make([]common.Hash, len(q.Members))
	for i, m := range q.Members {
		out[i] = testRoot(common.Address(ms[m]), step)
	}
	return out
}

// faultQuorum has each signer sign f; the poster among them counts as a
// re-checker for faults 2 and 4 (NewFaultQuorum).
func (e *env) faultQuorum(a protocol.Award, f protocol.FaultAttestation, signers ...*Client) Quorum {
	e.t.Helper()
	sigs := map[common.Address][]byte{}
	for _, s := range signers {
		sigs[s.Address()] = e.sign(s, f)
	}
	q, err := NewFaultQuorum(a, f.Fault, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	return q
}

// posterQuorum is faultQuorum with the poster at its index whatever the
// fault, for tests of what the contract refuses.
func (e *env) posterQuorum(a protocol.Award, f protocol.FaultAttestation, signers ...*Client) Quorum {
	e.t.Helper()
	sigs := map[common.Address][]byte{e.poster.Address(): e.sign(e.poster, f)}
	for _, s := range signers {
		sigs[s.Address()] = e.sign(s, f)
	}
	q, err := NewFaultQuorum(a, protocol.FaultTampered, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	return q
}

func (e *env) balance(c *Client) *big.Int {
	e.t.Helper()
	b, err := e.gov.Balance(e.ctx, c.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) tokenBalance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.gov.TokenBalance(e.ctx, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) job(id common.Hash) *Job {
	e.t.Helper()
	j, err := e.gov.Job(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return j
}

func (e *env) credit(id common.Hash, c *Client) *big.Int {
	e.t.Helper()
	cr, err := e.gov.Credit(e.ctx, id, c.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	return cr.Amount
}

// owed is what job id's payout table owes in all (its current entries).
func (e *env) owed(id common.Hash) *big.Int {
	e.t.Helper()
	t, err := e.gov.PayoutTable(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return t.Total()
}

// tx fails the test if a transaction failed.
func (e *env) tx(tx *Tx, err error) *Tx {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	return tx
}

// wantRevert checks that err is the contract's custom error name.
func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	if got := RevertName(err); got != name {
		t.Fatalf("want revert %s, got %v", name, err)
	}
}

func wantEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %v; want %v", what, got, want)
	}
}

func mul(a *big.Int, b int64) *big.Int { return new(big.Int).Mul(a, big.NewInt(b)) }
func sub(a, b *big.Int) *big.Int       { return new(big.Int).Sub(a, b) }
func add(a, b *big.Int) *big.Int       { return new(big.Int).Add(a, b) }
func fee(gross *big.Int, bps uint16) *big.Int {
	return new(big.Int).Div(mul(gross, int64(bps)), big.NewInt(10_000))
}

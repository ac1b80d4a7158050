package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/trainmesh/trainmesh/identity"
)

// EmbeddedChainID is the chain ID of every embedded chain (go-ethereum's
// simulated backend always uses 1337).
const EmbeddedChainID = 1337

// EmbeddedParams configures an embedded chain.
type EmbeddedParams struct {
	// RPCAddr, when set, serves the chain's JSON-RPC over HTTP at this
	// host:port, which must be on loopback ("127.0.0.1:0" picks a free
	// port). Empty serves nothing outside the process.
	RPCAddr string
	// BlockInterval, when positive, seals an empty block this often while no
	// transaction arrives, so that block time moves and clients waiting for
	// several confirmations progress. 0 seals blocks only for transactions.
	BlockInterval time.Duration
	// Fund lists accounts that get FundWei of native coin at genesis and
	// FundTokens of the test stablecoin after deployment.
	Fund []common.Address
	// FundWei is each funded account's native coin; nil means 1000 ether.
	FundWei *big.Int
	// FundTokens is each funded account's test stablecoin, in base units (6
	// decimals); nil means one million dollars.
	FundTokens *big.Int
	// Contract are the settlement contract's parameters; the zero value
	// means DevnetContractParams with the deployer as treasury.
	Contract ContractParams
	// Fork is the newest hard fork the chain runs: "osaka" (the default:
	// the gas schedule today's OP Stack and Arbitrum chains charge) or
	// "latest" (every fork go-ethereum's dev chain knows, including the
	// state-gas metering of EIP-8037, which makes new storage dearer).
	Fork string
	// StartTime, when set, is the time of the chain's first block; every
	// later block is then exactly one second after its parent (AdvanceTime
	// aside) for as long as the wall clock stays behind the chain, which a
	// StartTime far in the future guarantees. Tests use it so that runs
	// replay block for block; zero follows the wall clock.
	StartTime time.Time
	// Deployer deploys the contracts and is the treasury and the
	// TestToken's minter; nil derives a fixed key (its private key is
	// public knowledge: local chains only).
	Deployer *identity.Key
	// Gov is the token-holder governance deployed with the contracts, whose
	// timelock governs Settlement; nil means DevnetGovParams with the
	// DevnetGovSupply split equally among the deployer and Fund.
	Gov *GovParams
}

// DevnetContractParams are DefaultContractParams with windows short enough
// to walk through by hand: one minute to challenge, five to claim and to
// unbond.
func DevnetContractParams(treasury common.Address) ContractParams {
	p := DefaultContractParams(treasury)
	p.ChallengeWindow = time.Minute
	p.ClaimWindow = 5 * time.Minute
	p.UnbondingDelay = 5 * time.Minute
	return p
}

// EmbeddedDeployerSeed derives the embedded chain's default deployer key.
const EmbeddedDeployerSeed = "trainmesh/chain/embedded-deployer"

// maxCommitsPerWake bounds the blocks the miner seals for one wake-up: enough
// to drain any pool a test or demo fills, small enough that a stuck
// transaction (one the miner keeps refusing) cannot spin forever.
const maxCommitsPerWake = 64

// Embedded is a chain in this process: go-ethereum's simulated backend with
// the settlement contract and a TestToken deployed. A miner goroutine seals a
// block as soon as a transaction enters the pool, so clients use it like any
// node (and over HTTP, when RPCAddr is set).
type Embedded struct {
	sim      *simulated.Backend
	client   simulated.Client
	rpc      *rpc.Client
	deployer *Client
	addrs    Addresses
	rpcURL   string

	// mu serialises block production: Commit, AdjustTime and Fork.
	mu sync.Mutex
	// held stops the miner sealing transactions (tests: HoldBlocks), so
	// that several land in one block; guarded by mu.
	held bool

	stop chan struct{}
	done chan struct{}
	once sync.Once
}

// StartEmbedded starts an embedded chain, deploys the contracts and funds
// p.Fund. Close stops it.
func StartEmbedded(ctx context.Context, p EmbeddedParams) (*Embedded, error) {
	if p.Deployer == nil {
		p.Deployer = identity.FromSeed([]byte(EmbeddedDeployerSeed))
	}
	if p.FundWei == nil {
		p.FundWei = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	}
	if p.FundTokens == nil {
		p.FundTokens = big.NewInt(1_000_000 * 1_000_000)
	}
	if p.Contract == (ContractParams{}) {
		p.Contract = DevnetContractParams(p.Deployer.Address())
	}
	if err := p.Contract.Validate(); err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{p.Deployer.Address(): {Balance: new(big.Int).Mul(p.FundWei, big.NewInt(1000))}}
	for _, a := range p.Fund {
		alloc[a] = types.Account{Balance: p.FundWei}
	}
	var opts []func(*node.Config, *ethconfig.Config)
	switch p.Fork {
	case "", "osaka":
		opts = append(opts, func(_ *node.Config, ec *ethconfig.Config) {
			cfg := *ec.Genesis.Config
			cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
			ec.Genesis.Config = &cfg
		})
	case "latest":
	default:
		return nil, fmt.Errorf("%w: fork %q: want osaka or latest", ErrBadParams, p.Fork)
	}
	url := ""
	if p.RPCAddr != "" {
		host, port, err := loopbackAddr(p.RPCAddr)
		if err != nil {
			return nil, err
		}
		opts = append(opts, func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost = host
			nc.HTTPPort = port
			nc.HTTPModules = []string{"eth", "net", "web3", "txpool"}
		})
		url = "http://" + net.JoinHostPort(host, strconv.Itoa(port))
	}
	e := &Embedded{stop: make(chan struct{}), done: make(chan struct{}), rpcURL: url}
	var err error
	if e.sim, err = newSimulated(alloc, opts); err != nil {
		return nil, err
	}
	e.client = e.sim.Client()
	if e.rpc, err = rpcOf(e.client); err != nil {
		e.sim.Close()
		return nil, err
	}
	if !p.StartTime.IsZero() {
		// The simulated beacon stamps a block with the wall clock, or one
		// second after its parent if that is later.
		genesis, err := e.client.HeaderByNumber(ctx, big.NewInt(0))
		if err == nil && p.StartTime.Unix() > int64(genesis.Time) {
			err = e.sim.AdjustTime(time.Duration(p.StartTime.Unix()-int64(genesis.Time)) * time.Second)
		}
		if err != nil {
			e.sim.Close()
			return nil, fmt.Errorf("chain: set the embedded chain's start time: %w", err)
		}
	}
	if err := e.startMiner(p.BlockInterval); err != nil {
		e.sim.Close()
		return nil, err
	}
	if err := e.deploy(ctx, p); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

// newSimulated starts the simulated backend, turning its panics (it panics
// when its node cannot start, e.g. on a taken RPC port) into errors.
func newSimulated(alloc types.GenesisAlloc, opts []func(*node.Config, *ethconfig.Config)) (sim *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("chain: start embedded chain: %v", r)
		}
	}()
	return simulated.NewBackend(alloc, opts...), nil
}

func loopbackAddr(addr string) (string, int, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("%w: rpc address %q: %v", ErrBadParams, addr, err)
	}
	ip := net.ParseIP(host)
	if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return "", 0, fmt.Errorf("%w: rpc address %q: the embedded chain serves loopback only", ErrBadParams, addr)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("%w: rpc address %q: bad port", ErrBadParams, addr)
	}
	if port == 0 {
		// geth's node does not report the port it bound, so pick a free one.
		l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
		if err != nil {
			return "", 0, fmt.Errorf("chain: pick a free port: %w", err)
		}
		port = l.Addr().(*net.TCPAddr).Port
		l.Close()
	}
	return host, port, nil
}

// rpcOf digs the in-process RPC client out of the simulated backend's
// client. The backend wraps an *ethclient.Client in an unexported struct
// whose embedded field shadows ethclient's Client() method; the miner needs
// the RPC client to subscribe to the pool (no typed API offers it) and to
// read txpool_status. The field's name is exported, so reflection may read
// it; a go-ethereum upgrade that changes the wrapper fails here, loudly.
func rpcOf(c simulated.Client) (*rpc.Client, error) {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
				return ec.Client(), nil
			}
		}
	}
	return nil, errors.New("chain: the simulated backend's client does not wrap an *ethclient.Client (go-ethereum changed?)")
}

// ClientParams are the Params clients of this chain use: it never reorgs,
// so one confirmation; receipts appear within milliseconds.
func (e *Embedded) ClientParams() Params {
	p := DefaultParams()
	p.RPCURL = ""
	p.ChainID = EmbeddedChainID
	p.Settlement = e.addrs.Settlement
	p.Confirmations = 1
	p.ReceiptTimeout = 30 * time.Second
	p.PollInterval = time.Millisecond
	p.GasLimitMax = 1 << 24 // EIP-7825 (Osaka): no transaction may use more
	return p
}

func (e *Embedded) deploy(ctx context.Context, p EmbeddedParams) error {
	cp := e.ClientParams()
	gov := p.Gov
	if gov == nil {
		g := DevnetGovParams(SplitSupply(DevnetGovSupply, append([]common.Address{p.Deployer.Address()}, p.Fund...)...))
		gov = &g
	}
	addrs, _, err := Deploy(ctx, e.Backend(), p.Deployer, cp, DeployParams{Contract: p.Contract, Gov: gov})
	if err != nil {
		return fmt.Errorf("chain: deploy on the embedded chain: %w", err)
	}
	e.addrs = addrs
	if e.deployer, err = e.NewClient(ctx, p.Deployer); err != nil {
		return err
	}
	for _, a := range p.Fund {
		if _, err := e.deployer.MintTestTokens(ctx, a, p.FundTokens); err != nil {
			return err
		}
	}
	return nil
}

// startMiner seals a block whenever a transaction becomes executable, and
// every interval when one is set.
func (e *Embedded) startMiner(interval time.Duration) error {
	hashes := make(chan common.Hash, 256) // drained at once; sizes only a burst
	sub, err := gethclient.New(e.rpc).SubscribePendingTransactions(context.Background(), hashes)
	if err != nil {
		return fmt.Errorf("chain: subscribe to the embedded pool: %w", err)
	}
	go func() {
		defer close(e.done)
		defer sub.Unsubscribe()
		var tick <-chan time.Time
		if interval > 0 {
			t := time.NewTicker(interval)
			defer t.Stop()
			tick = t.C
		}
		for {
			select {
			case <-e.stop:
				return
			case <-sub.Err():
				return
			case <-hashes:
			drain:
				for {
					select {
					case <-hashes:
					default:
						break drain
					}
				}
				e.mine()
			case <-tick:
				e.mu.Lock()
				e.sim.Commit()
				e.mu.Unlock()
			}
		}
	}()
	return nil
}

// mine seals a block with the pool's executable transactions, then an
// empty one: go-ethereum's pool catches up with a new head on a background
// goroutine, and sealing waits for it, so after the second block the pool
// has dropped what was mined and validates new transactions against the new
// state (a client sending right after its funding was mined would otherwise
// be told it has no funds). It repeats while transactions remain (a pool
// fuller than a block). Clients do not send while it runs (see
// embeddedBackend), so each transaction costs two blocks, every run.
func (e *Embedded) mine() {
	e.mu.Lock()
	defer e.mu.Unlock()
	// A wake-up for transactions an earlier round already mined seals
	// nothing. The count is exact here: the last round ended with a sync.
	if e.held || e.pendingCount() == 0 {
		return
	}
	for range maxCommitsPerWake {
		e.sim.Commit()
		e.sim.Commit()
		if e.pendingCount() == 0 {
			return
		}
	}
}

func (e *Embedded) pendingCount() uint64 {
	var status map[string]hexutil.Uint64
	if err := e.rpc.Call(&status, "txpool_status"); err != nil {
		return 0
	}
	return uint64(status["pending"])
}

// HoldBlocks stops (hold) or restarts block production for transactions:
// while held, sent transactions wait in the pool; on release they are
// sealed together, in one block when they fit. Tests use it to put
// transactions that race into one block.
func (e *Embedded) HoldBlocks(hold bool) {
	e.mu.Lock()
	e.held = hold
	e.mu.Unlock()
	if !hold {
		e.mine()
	}
}

// Pending is how many transactions wait in the pool.
func (e *Embedded) Pending() uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.pendingCount()
}

// Backend is the chain's client, for NewClient or Deploy.
func (e *Embedded) Backend() Backend { return embeddedBackend{Client: e.client, e: e} }

// embeddedBackend orders a client's calls after block production: a send
// or a receipt lookup waits while the miner is sealing, so that a receipt is
// only seen once the pool has caught up with its block (see mine).
type embeddedBackend struct {
	simulated.Client
	e *Embedded
}

func (b embeddedBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.e.mu.Lock()
	defer b.e.mu.Unlock()
	return b.Client.SendTransaction(ctx, tx)
}

func (b embeddedBackend) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	b.e.mu.Lock()
	b.e.mu.Unlock() //nolint:staticcheck // an empty critical section: wait for the miner
	return b.Client.TransactionReceipt(ctx, hash)
}

// Addresses are the deployed contracts.
func (e *Embedded) Addresses() Addresses { return e.addrs }

// Deployer is the client of the deploying key: treasury, TestToken minter
// and a holder of governance tokens. Settlement's governance is the
// timelock (Addresses().Gov).
func (e *Embedded) Deployer() *Client { return e.deployer }

// RPCURL is the chain's HTTP JSON-RPC endpoint, or "" without RPCAddr.
func (e *Embedded) RPCURL() string { return e.rpcURL }

// NewClient returns a client for key on this chain.
func (e *Embedded) NewClient(ctx context.Context, key *identity.Key) (*Client, error) {
	c, err := NewClient(ctx, e.Backend(), key, e.ClientParams())
	if err != nil {
		return nil, err
	}
	c.embedded = e
	return c, nil
}

// Fund gives `to` wei of native coin and tokens of the test stablecoin
// (either may be nil).
func (e *Embedded) Fund(ctx context.Context, to common.Address, wei, tokens *big.Int) error {
	if wei != nil && wei.Sign() > 0 {
		if _, err := e.deployer.SendNative(ctx, to, wei); err != nil {
			return err
		}
	}
	if tokens != nil && tokens.Sign() > 0 {
		if _, err := e.deployer.MintTestTokens(ctx, to, tokens); err != nil {
			return err
		}
	}
	return nil
}

// AdvanceTime seals an empty block d (whole seconds) after the last one, so
// that windows and deadlines pass without waiting. The pool must be empty.
func (e *Embedded) AdvanceTime(d time.Duration) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sim.AdjustTime(d)
}

// Commit seals a block now.
func (e *Embedded) Commit() common.Hash {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sim.Commit()
}

// Fork makes the block parent the head of a side chain, for tests of reorgs:
// blocks sealed after it build on parent and become canonical once that
// chain is the longer one.
func (e *Embedded) Fork(parent common.Hash) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sim.Fork(parent)
}

// HeadTime is the timestamp of the latest block.
func (e *Embedded) HeadTime(ctx context.Context) (time.Time, error) {
	h, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// Close stops the miner and the chain.
func (e *Embedded) Close() error {
	var err error
	e.once.Do(func() {
		close(e.stop)
		<-e.done
		e.mu.Lock()
		defer e.mu.Unlock()
		err = e.sim.Close()
	})
	return err
}

// Dial returns a client for key on the chain p selects: an embedded chain
// started for it (RPCURL empty; key is funded, the contracts deployed, and
// Close stops the chain), or the JSON-RPC endpoint at p.RPCURL with the
// settlement contract at p.Settlement.
func Dial(ctx context.Context, p Params, key *identity.Key) (*Client, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if p.RPCURL == "" {
		e, err := StartEmbedded(ctx, EmbeddedParams{Fund: []common.Address{key.Address()}})
		if err != nil {
			return nil, err
		}
		c, err := e.NewClient(ctx, key)
		if err != nil {
			e.Close()
			return nil, err
		}
		c.closeFn = e.Close
		return c, nil
	}
	if p.Settlement == (common.Address{}) {
		return nil, fmt.Errorf("%w: a settlement contract address is required with an rpc url (deploy one with `trainmesh chain deploy`)", ErrBadParams)
	}
	ec, err := DialRPC(ctx, p.RPCURL)
	if err != nil {
		return nil, err
	}
	c, err := NewClient(ctx, ec, key, p)
	if err != nil {
		ec.Close()
		return nil, err
	}
	c.closeFn = func() error { ec.Close(); return nil }
	return c, nil
}

// DialRPC connects to a JSON-RPC endpoint, for Deploy or NewClient.
func DialRPC(ctx context.Context, url string) (*ethclient.Client, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("chain: dial %s: %w", url, err)
	}
	return ec, nil
}

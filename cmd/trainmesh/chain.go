package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/node"
)

// chainCmd groups the settlement-layer commands. They act with the node's
// key (its keystore in the data dir) as the Ethereum account.
type chainCmd struct {
	Devnet   chainDevnetCmd   `cmd:"" help:"Run a local chain on 127.0.0.1 with the contracts deployed and this node funded, until interrupted."`
	Deploy   chainDeployCmd   `cmd:"" help:"Deploy the settlement contract (and a test stablecoin, unless --token) to the chain at --rpc."`
	Balance  chainBalanceCmd  `cmd:"" help:"Show the node's stablecoin, withdrawable balance, credits and stake."`
	Withdraw chainWithdrawCmd `cmd:"" help:"Release the node's credits from finished jobs and withdraw its balance."`
	Stake    chainStakeCmd    `cmd:"" help:"Stake stablecoin as a provider, start unbonding it, or withdraw unbonded stake."`
	Rewards  chainRewardsCmd  `cmd:"" help:"Show the protocol fees the node's stake has earned, or claim them (--claim)."`
	Gov      chainGovCmd      `cmd:"" help:"Govern the settlement contract as a holder of the governance token: propose, vote, queue, execute, status, delegate."`
	Eval     chainEvalCmd     `cmd:"" help:"Independent evaluation of a job's model: open (poster), score and submit (evaluators), finalize, status, withdraw."`
}

// chainFlags select the chain and the contract (config section [chain]).
type chainFlags struct {
	RPC            string        `help:"JSON-RPC URL of the chain (a local geth --dev, an OP Stack or Arbitrum L2, or the URL trainmesh chain devnet prints)." placeholder:"URL" name:"rpc" toml:"chain.rpc" group:"Chain"`
	Settlement     string        `help:"Address of the settlement contract (also --settlement-contract, as node and submit call it)." placeholder:"ADDRESS" aliases:"settlement-contract" toml:"chain.settlement" group:"Chain"`
	ChainID        uint64        `help:"Chain ID to insist on (0: accept the endpoint's)." default:"0" name:"chain-id" toml:"chain.chain-id" group:"Chain"`
	Confirmations  uint64        `help:"Blocks, counting its own, before a transaction counts as done." default:"3" toml:"chain.confirmations" group:"Chain"`
	ReceiptTimeout time.Duration `help:"How long to wait for a transaction to be confirmed." default:"2m" toml:"chain.receipt-timeout" group:"Chain"`
	GasLimitMax    uint64        `help:"Refuse transactions estimated above this much gas." default:"15000000" toml:"chain.gas-limit-max" group:"Chain"`
}

func (f *chainFlags) params(needContract bool) (chain.Params, error) {
	p := chain.DefaultParams()
	if f.RPC == "" {
		return p, errors.New("no --rpc: this command needs a chain that outlives it (start one with `trainmesh chain devnet`, or point --rpc at a node)")
	}
	p.RPCURL = f.RPC
	p.ChainID = f.ChainID
	p.Confirmations = f.Confirmations
	p.ReceiptTimeout = f.ReceiptTimeout
	p.GasLimitMax = f.GasLimitMax
	if needContract {
		if !common.IsHexAddress(f.Settlement) {
			return p, fmt.Errorf("--settlement %q: want the settlement contract's 0x address (trainmesh chain deploy or devnet prints it)", f.Settlement)
		}
		p.Settlement = common.HexToAddress(f.Settlement)
	}
	return p, p.Validate()
}

// chainKey opens the node's existing key.
func chainKey(env *runEnv, dataDir string, pf *passwordFlags) (*identity.Key, error) {
	path, err := identity.Find(identity.KeystoreDir(dataDir), common.Address{})
	if err != nil {
		return nil, fmt.Errorf("%w; create one with: %s key new --data-dir %s", err, selfName(), shellQuote(dataDir))
	}
	pw, err := pf.password(env, false)
	if err != nil {
		return nil, err
	}
	key, err := identity.Load(path, pw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return key, nil
}

// dial connects the node's key to the configured contract.
func dialChain(env *runEnv, dataDir string, pf *passwordFlags, cf *chainFlags) (*chain.Client, error) {
	p, err := cf.params(true)
	if err != nil {
		return nil, err
	}
	key, err := chainKey(env, dataDir, pf)
	if err != nil {
		return nil, err
	}
	c, err := chain.Dial(env.ctx, p, key)
	if err != nil {
		return nil, err
	}
	c.OnTx(func(tx *chain.Tx) { fmt.Fprintln(env.stdout, tx) })
	return c, nil
}

type chainDevnetCmd struct {
	dataDirFlag
	passwordFlags
	Listen   string        `help:"Serve JSON-RPC over HTTP here (loopback only)." default:"127.0.0.1:8545"`
	Fund     []string      `help:"Also fund these addresses with coin for gas and test stablecoin." placeholder:"ADDRESS"`
	Block    time.Duration `help:"Seal an empty block this often when idle, so confirmations progress." default:"1s"`
	Duration time.Duration `help:"Stop after this long (0: run until interrupted)." default:"0"`
	LightKDF bool          `help:"Protect a newly created key with a fast, weaker key derivation (test and demo keys only)." name:"light-kdf" toml:"key.light-kdf"`
}

func (c *chainDevnetCmd) Run(env *runEnv) error {
	pw, err := c.password(env, false)
	if err != nil {
		return err
	}
	kdf := identity.StandardKDF
	if c.LightKDF {
		kdf = identity.LightKDF
	}
	key, err := node.OpenKey(c.DataDir, pw, kdf, env.log)
	if err != nil {
		return err
	}
	fund := []common.Address{key.Address()}
	for _, a := range c.Fund {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("--fund %q is not an address", a)
		}
		fund = append(fund, common.HexToAddress(a))
	}
	emb, err := chain.StartEmbedded(env.ctx, chain.EmbeddedParams{RPCAddr: c.Listen, BlockInterval: c.Block, Fund: fund})
	if err != nil {
		return err
	}
	defer emb.Close()
	cp, err := emb.Deployer().ContractParams(env.ctx)
	if err != nil {
		return err
	}
	a := emb.Addresses()
	gp := chain.DevnetGovParams(nil) // what StartEmbedded deployed
	flags := []string{"--rpc", emb.RPCURL(), "--chain-id", fmt.Sprint(chain.EmbeddedChainID), "--settlement-contract", a.Settlement.Hex()}
	fmt.Fprintf(env.stdout, `trainmesh devnet: chain %d at %s (stop with Ctrl-C)
  settlement  %s
  stablecoin  %s (tUSD, 6 decimals)
  governance  timelock %s (the settlement contract's governance)
              governor %s
              token    %s (TMG): %s, split equally among
                       the deployer and the funded accounts
              voting opens %v after a proposal and lasts %v; then %v in the timelock
  deployer    %s (treasury; its key derives from a public seed: local use only)
  funded      %s
  windows     challenge %v, claim %v, unbonding %v
try:
  %s
nodes, submit and the chain commands settle here with:
  %s
and the governance commands (trainmesh chain gov) add:
  --governor %s
only the funded accounts above hold coin for gas and test stablecoin: give
every provider's and poster's address (trainmesh key show) to --fund
`, chain.EmbeddedChainID, emb.RPCURL(), a.Settlement, a.Token, a.Gov.Timelock, a.Gov.Governor, a.Gov.Token,
		chain.FormatAmount(chain.DevnetGovSupply, chain.GovTokenDecimals),
		gp.VotingDelay, gp.VotingPeriod, gp.TimelockDelay, emb.Deployer().Address(),
		joinAddrs(fund), cp.ChallengeWindow, cp.ClaimWindow, cp.UnbondingDelay,
		selfName()+" "+shellJoin(append([]string{"chain", "balance", "--data-dir", c.DataDir}, flags...)...), shellJoin(flags...), a.Gov.Governor.Hex())
	ctx := env.ctx
	if c.Duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.Duration)
		defer cancel()
	}
	<-ctx.Done()
	return nil
}

func joinAddrs(as []common.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Hex()
	}
	return strings.Join(s, ", ")
}

type chainDeployCmd struct {
	dataDirFlag
	passwordFlags
	Chain           chainFlags    `embed:""`
	Token           string        `help:"Stablecoin to escrow (empty: deploy a test token minted by this node; local chains only)." placeholder:"ADDRESS"`
	Mint            string        `help:"With a test token: mint this much to the node." default:"1000000"`
	Governance      string        `help:"Governance address (empty: this node)." placeholder:"ADDRESS"`
	Treasury        string        `help:"Treasury for fees and slashes (empty: the governance address)." placeholder:"ADDRESS"`
	FeeBps          uint16        `help:"Protocol fee on payouts, basis points." default:"100"`
	ChallengeWindow time.Duration `help:"Time from a settlement until its payouts can be released." default:"24h"`
	ClaimWindow     time.Duration `help:"Time after a job's settle deadline in which its winners can claim." default:"168h"`
	UnbondingDelay  time.Duration `help:"Time from unbonding until stake can be withdrawn." default:"336h"`
	// Token-holder governance (chain.DeployGovernance): with holders, the
	// timelock governs the new settlement contract instead of --governance.
	GovHolders        []string      `help:"Deploy token-holder governance with this holder of the governance token and its whole tokens (repeatable); the timelock then governs the settlement contract." placeholder:"ADDRESS=TOKENS" name:"gov-holder" group:"Governance"`
	VotingDelay       time.Duration `help:"Governance: time from a proposal until voting opens (the snapshot of voting power)." default:"24h" group:"Governance"`
	VotingPeriod      time.Duration `help:"Governance: how long voting lasts." default:"168h" group:"Governance"`
	TimelockDelay     time.Duration `help:"Governance: time a passed proposal waits in the timelock before it can execute." default:"48h" group:"Governance"`
	QuorumPercent     uint8         `help:"Governance: share of the supply that must vote for or abstain." default:"4" group:"Governance"`
	ProposalThreshold string        `help:"Governance: whole tokens needed to propose (empty: 0.1% of the supply)." group:"Governance"`
}

// govParams reads the governance flags; nil without --gov-holder.
func (c *chainDeployCmd) govParams() (*chain.GovParams, error) {
	if len(c.GovHolders) == 0 {
		return nil, nil
	}
	if c.Governance != "" {
		return nil, errors.New("--governance and --gov-holder exclude each other: with token holders the timelock governs")
	}
	var holders []chain.GovAllocation
	for _, h := range c.GovHolders {
		addr, amount, ok := strings.Cut(h, "=")
		if !ok || !common.IsHexAddress(addr) {
			return nil, fmt.Errorf("--gov-holder %q: want ADDRESS=TOKENS", h)
		}
		v, err := chain.ParseAmount(amount, chain.GovTokenDecimals)
		if err != nil {
			return nil, fmt.Errorf("--gov-holder %q: %w", h, err)
		}
		holders = append(holders, chain.GovAllocation{Holder: common.HexToAddress(addr), Amount: v})
	}
	g := chain.DefaultGovParams(holders)
	g.VotingDelay, g.VotingPeriod, g.TimelockDelay, g.QuorumPercent = c.VotingDelay, c.VotingPeriod, c.TimelockDelay, c.QuorumPercent
	if c.ProposalThreshold != "" {
		v, err := chain.ParseAmount(c.ProposalThreshold, chain.GovTokenDecimals)
		if err != nil {
			return nil, fmt.Errorf("--proposal-threshold: %w", err)
		}
		g.ProposalThreshold = v
	}
	return &g, g.Validate()
}

func (c *chainDeployCmd) Run(env *runEnv) error {
	p, err := c.Chain.params(false)
	if err != nil {
		return err
	}
	key, err := chainKey(env, c.DataDir, &c.passwordFlags)
	if err != nil {
		return err
	}
	d := chain.DeployParams{Contract: chain.DefaultContractParams(key.Address())}
	for _, f := range []struct {
		flag, val string
		dst       *common.Address
	}{{"--token", c.Token, &d.Token}, {"--governance", c.Governance, &d.Governance}, {"--treasury", c.Treasury, &d.Contract.Treasury}} {
		if f.val == "" {
			continue
		}
		if !common.IsHexAddress(f.val) {
			return fmt.Errorf("%s %q is not an address", f.flag, f.val)
		}
		*f.dst = common.HexToAddress(f.val)
	}
	if c.Treasury == "" && d.Governance != (common.Address{}) {
		d.Contract.Treasury = d.Governance
	}
	if d.Gov, err = c.govParams(); err != nil {
		return err
	}
	d.Contract.FeeBps = c.FeeBps
	d.Contract.ChallengeWindow, d.Contract.ClaimWindow, d.Contract.UnbondingDelay = c.ChallengeWindow, c.ClaimWindow, c.UnbondingDelay
	p.Settlement = common.Address{}
	dialP := p
	client, err := chain.DialRPC(env.ctx, p.RPCURL)
	if err != nil {
		return err
	}
	defer client.Close()
	addrs, txs, err := chain.Deploy(env.ctx, client, key, p, d)
	for _, tx := range txs {
		fmt.Fprintln(env.stdout, tx)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "settlement  %s\nstablecoin  %s\n", addrs.Settlement, addrs.Token)
	if d.Gov != nil {
		fmt.Fprintf(env.stdout, "timelock    %s (the settlement contract's governance)\ngovernor    %s\ngov token   %s\n",
			addrs.Gov.Timelock, addrs.Gov.Governor, addrs.Gov.Token)
	}
	if c.Token == "" && c.Mint != "" && c.Mint != "0" {
		dialP.Settlement = addrs.Settlement
		cl, err := chain.NewClient(env.ctx, client, key, dialP)
		if err != nil {
			return err
		}
		amount, err := chain.ParseAmount(c.Mint, 6)
		if err != nil {
			return err
		}
		tx, err := cl.MintTestTokens(env.ctx, key.Address(), amount)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, tx)
	}
	fmt.Fprintf(env.stdout, "use: --rpc %s --settlement %s\n", p.RPCURL, addrs.Settlement)
	if d.Gov != nil {
		fmt.Fprintf(env.stdout, "and with trainmesh chain gov: --governor %s\n", addrs.Gov.Governor)
	}
	return nil
}

type chainBalanceCmd struct {
	dataDirFlag
	passwordFlags
	Chain   chainFlags `embed:""`
	Address string     `help:"Show this address instead of the node's." placeholder:"ADDRESS"`
	Jobs    []string   `help:"Also show the node's credit from these jobs." placeholder:"JOBID"`
}

func (c *chainBalanceCmd) Run(env *runEnv) error {
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	who := cl.Address()
	if c.Address != "" {
		if !common.IsHexAddress(c.Address) {
			return fmt.Errorf("--address %q is not an address", c.Address)
		}
		who = common.HexToAddress(c.Address)
	}
	dec, err := cl.TokenDecimals(env.ctx)
	if err != nil {
		return err
	}
	tokens, err := cl.TokenBalance(env.ctx, who)
	if err != nil {
		return err
	}
	bal, err := cl.Balance(env.ctx, who)
	if err != nil {
		return err
	}
	st, err := cl.StakeOf(env.ctx, who)
	if err != nil {
		return err
	}
	coin, err := cl.Backend().BalanceAt(env.ctx, who, nil)
	if err != nil {
		return err
	}
	f := func(v *big.Int) string { return chain.FormatAmount(v, dec) }
	fmt.Fprintf(env.stdout, "account       %s\nstablecoin    %s\nwithdrawable  %s\nstake         %s active, %s unbonding", who, f(tokens), f(bal), f(st.Active), f(st.Unbonding))
	if st.Unbonding.Sign() > 0 {
		fmt.Fprintf(env.stdout, " (withdrawable from %s)", st.UnlockAt.UTC().Format(time.RFC3339))
	}
	fmt.Fprintf(env.stdout, "\ngas coin      %s\n", chain.FormatAmount(coin, 18))
	for _, j := range c.Jobs {
		id := common.HexToHash(j)
		cr, err := cl.Credit(env.ctx, id, who)
		if err != nil {
			return err
		}
		job, err := cl.Job(env.ctx, id)
		if err != nil {
			return err
		}
		state := "pending"
		switch {
		case cr.Released:
			state = "released"
		case !job.ReleaseAt.IsZero():
			state = "releasable from " + job.ReleaseAt.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(env.stdout, "job %s  %s  credit %s (%s)\n", id.Hex(), job.Status, f(cr.Amount), state)
	}
	return nil
}

type chainWithdrawCmd struct {
	dataDirFlag
	passwordFlags
	Chain  chainFlags `embed:""`
	Jobs   []string   `arg:"" optional:"" help:"Jobs whose credits to release first (their challenge windows must have passed)." placeholder:"JOBID"`
	Amount string     `help:"How much to withdraw, in stablecoin (all: the whole balance)." default:"all"`
}

func (c *chainWithdrawCmd) Run(env *runEnv) error {
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	if len(c.Jobs) > 0 {
		ids := make([]common.Hash, len(c.Jobs))
		for i, j := range c.Jobs {
			ids[i] = common.HexToHash(j)
		}
		if _, err := cl.Release(env.ctx, cl.Address(), ids...); err != nil {
			return err
		}
	}
	var amount *big.Int
	if c.Amount != "all" {
		dec, err := cl.TokenDecimals(env.ctx)
		if err != nil {
			return err
		}
		if amount, err = chain.ParseAmount(c.Amount, dec); err != nil {
			return err
		}
	} else if bal, err := cl.Balance(env.ctx, cl.Address()); err != nil {
		return err
	} else if bal.Sign() == 0 {
		fmt.Fprintln(env.stdout, "nothing to withdraw")
		return nil
	}
	_, err = cl.Withdraw(env.ctx, amount)
	return err
}

type chainStakeCmd struct {
	dataDirFlag
	passwordFlags
	Chain    chainFlags `embed:""`
	Amount   string     `arg:"" optional:"" help:"Stablecoin to stake (or, with --unbond, to unbond)."`
	Unbond   bool       `help:"Start unbonding AMOUNT instead of staking it."`
	Withdraw bool       `help:"Withdraw stake whose unbonding delay has passed."`
}

func (c *chainStakeCmd) Run(env *runEnv) error {
	if c.Withdraw == (c.Amount != "") {
		return errors.New("give an AMOUNT to stake (or unbond), or --withdraw alone")
	}
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	if c.Withdraw {
		_, err := cl.WithdrawStake(env.ctx)
		return err
	}
	dec, err := cl.TokenDecimals(env.ctx)
	if err != nil {
		return err
	}
	amount, err := chain.ParseAmount(c.Amount, dec)
	if err != nil {
		return err
	}
	if c.Unbond {
		_, err = cl.Unbond(env.ctx, amount)
	} else {
		_, err = cl.Stake(env.ctx, amount)
	}
	return err
}

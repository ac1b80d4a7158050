package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/node"
)

// settleFlags connect a node (or submit) to the chain that settles its jobs
// (config section [chain]). The chain ID and the contract are the auction's
// (--chain-id, --settlement-contract): one EIP-712 domain for everything a
// node signs.
type settleFlags struct {
	RPC            string        `help:"JSON-RPC URL of the chain that settles jobs: a local geth --dev, an OP Stack or Arbitrum L2, or what trainmesh chain devnet prints. Empty: the node bids and trains but neither escrows, settles nor gets paid." placeholder:"URL" name:"rpc" toml:"chain.rpc" group:"Chain"`
	Confirmations  uint64        `help:"Blocks, counting its own, before a transaction counts as done." default:"3" toml:"chain.confirmations" group:"Chain"`
	ReceiptTimeout time.Duration `help:"How long to wait for a transaction to be confirmed." default:"2m" toml:"chain.receipt-timeout" group:"Chain"`
	GasLimitMax    uint64        `help:"Refuse transactions estimated above this much gas." default:"15000000" toml:"chain.gas-limit-max" group:"Chain"`
}

// dial connects key to the settlement contract of the auction's domain, or
// returns nil without --rpc.
func (f *settleFlags) dial(env *runEnv, key *identity.Key, ac node.AuctionConfig) (*chain.Client, error) {
	if f.RPC == "" {
		return nil, nil
	}
	if ac.Domain.VerifyingContract == ([20]byte{}) {
		return nil, errors.New("--rpc needs --settlement-contract: the address of the settlement contract (trainmesh chain deploy or devnet prints it)")
	}
	p := chain.DefaultParams()
	p.RPCURL, p.ChainID, p.Settlement = f.RPC, ac.Domain.ChainID, common.Address(ac.Domain.VerifyingContract)
	p.Confirmations, p.ReceiptTimeout, p.GasLimitMax = f.Confirmations, f.ReceiptTimeout, f.GasLimitMax
	p.PollInterval = min(p.PollInterval, p.ReceiptTimeout)
	c, err := chain.Dial(env.ctx, p, key)
	if err != nil {
		return nil, fmt.Errorf("connect to the chain at %s: %w", f.RPC, err)
	}
	return c, nil
}

// jobsFlags are the settings of a job's life after its auction (config
// section [jobs]).
type jobsFlags struct {
	ChainPoll       time.Duration `help:"How often to look at the chain for a job being waited on (settlement, claim and release times), and to retry a failed chain call." default:"${chain_poll}" toml:"jobs.chain-poll" group:"Jobs"`
	ReceiptResend   time.Duration `help:"How often a member re-publishes its latest step receipt until its job is settled." default:"${receipt_resend}" toml:"jobs.receipt-resend" group:"Jobs"`
	FinishGrace     time.Duration `help:"Poster: once one winner has receipted the last step, how long to wait for the others before settling." default:"${finish_grace}" toml:"jobs.finish-grace" group:"Jobs"`
	StallTimeout    time.Duration `help:"Poster: settle what the group proved when no receipt has come for this long." default:"${stall_timeout}" toml:"jobs.stall-timeout" group:"Jobs"`
	ChunkTimeout    time.Duration `help:"Member: drop a ring neighbour silent for this long in the middle of an all-reduce." default:"${chunk_timeout}" toml:"jobs.chunk-timeout" group:"Jobs"`
	StartTimeout    time.Duration `help:"Member: how long to wait for the other winners to join the ring." default:"${start_timeout}" toml:"jobs.start-timeout" group:"Jobs"`
	CheckpointEvery int           `help:"Member: checkpoint the run to the data dir every this many steps (0: never)." default:"${checkpoint_every}" toml:"jobs.checkpoint-every" group:"Jobs"`
	SettleWithin    time.Duration `help:"Poster: default time from a job's announcement to its on-chain settle deadline (a job file's settle-within overrides it)." default:"${settle_within}" toml:"jobs.settle-within" group:"Jobs"`
	SlashBackup     time.Duration `help:"Member: submit a conviction's slashing itself when the poster has not within this long (0: never)." default:"${slash_backup}" toml:"jobs.slash-backup" group:"Jobs"`
	Rejoin          bool          `help:"Member: after a restart mid-training, ask the ring to call this node back into its seat (--no-rejoin: only collect what its receipts earned)." default:"${rejoin}" negatable:"" toml:"jobs.rejoin" group:"Jobs"`
}

func (f *jobsFlags) config() node.JobsConfig {
	return node.JobsConfig{ChainPoll: f.ChainPoll, ReceiptResend: f.ReceiptResend, FinishGrace: f.FinishGrace, StallTimeout: f.StallTimeout,
		ChunkTimeout: f.ChunkTimeout, StartTimeout: f.StartTimeout, CheckpointEvery: f.CheckpointEvery, SettleWithin: f.SettleWithin, SlashBackup: f.SlashBackup, Rejoin: f.Rejoin}
}

// jobsVars are the [jobs] defaults for --help.
func jobsVars(v map[string]string) {
	c := node.DefaultJobsConfig()
	v["chain_poll"], v["receipt_resend"], v["finish_grace"] = c.ChainPoll.String(), c.ReceiptResend.String(), c.FinishGrace.String()
	v["stall_timeout"], v["chunk_timeout"], v["start_timeout"] = c.StallTimeout.String(), c.ChunkTimeout.String(), c.StartTimeout.String()
	v["checkpoint_every"], v["settle_within"], v["slash_backup"] = fmt.Sprint(c.CheckpointEvery), c.SettleWithin.String(), c.SlashBackup.String()
	v["rejoin"] = fmt.Sprint(c.Rejoin)
}

package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/node/jobfile"
	"github.com/trainmesh/trainmesh/protocol"
)

// auctionFlags are the auction settings shared by node and submit (config
// section [auction]). Peers must agree on the chain and contract, or they
// cannot verify each other's messages.
type auctionFlags struct {
	ChainID    uint64        `help:"Chain ID of the L2 that settles jobs (part of every signed message's EIP-712 domain)." default:"1337" name:"chain-id" toml:"auction.chain-id" group:"Auction"`
	Contract   string        `help:"Address of the settlement contract (part of the EIP-712 domain)." default:"0x0000000000000000000000000000000000000000" name:"settlement-contract" toml:"auction.settlement-contract" group:"Auction"`
	ClockGrace time.Duration `help:"How long after a deadline bids are still accepted, for gossip delay and clock skew." default:"1s" name:"clock-grace" toml:"auction.clock-grace" group:"Auction"`
	Measure    bool          `help:"As a poster, time each bidder's GEMM challenge at its first bid (at idle CPU priority) and rank it by the throughput it delivered; --no-measure-bidders ranks bidders at the job's minimum throughput." default:"true" negatable:"" name:"measure-bidders" toml:"auction.measure-bidders" group:"Auction"`
}

// providerFlags are a provider's bidding policy (config section [provider]).
type providerFlags struct {
	Provide     bool   `help:"Bid on jobs that fit this machine's GPU and price floor (and decline others, saying why)." name:"provide" toml:"provider.enabled" group:"Provider"`
	VRAM        string `help:"GPU memory to offer, e.g. 24GiB; auto: the largest GPU NVML finds." default:"auto" name:"vram" toml:"provider.vram" group:"Provider"`
	PriceFloor  string `help:"Least accepted per training step, in stablecoin base units; it is also the bid." default:"0" name:"price-floor" toml:"provider.price-floor" group:"Provider"`
	Throughput  uint64 `help:"GFLOP/s to bid instead of the rate measured on each job's GEMM challenge (0: measure)." default:"0" name:"throughput" toml:"provider.throughput" group:"Provider"`
	MaxOpenBids int    `help:"Auctions to bid in at once; beyond it the node declines as busy." default:"4" name:"max-open-bids" toml:"provider.max-open-bids" group:"Provider"`
}

func (f *auctionFlags) config() (node.AuctionConfig, error) {
	c := node.DefaultAuctionConfig()
	contract, err := protocol.ParseAddress(f.Contract)
	if err != nil {
		return c, fmt.Errorf("settlement contract %q: %w", f.Contract, err)
	}
	c.Domain = auction.Domain{ChainID: f.ChainID, VerifyingContract: contract}
	c.MeasureBidders = f.Measure
	if f.ClockGrace < 0 || f.ClockGrace > time.Minute {
		return c, fmt.Errorf("clock grace %v: want 0 to 1m", f.ClockGrace)
	}
	c.Params.ClockGraceMs = uint64(f.ClockGrace.Milliseconds())
	c.Params.CommitWindowMinMs = max(c.Params.CommitWindowMinMs, 2*c.Params.ClockGraceMs)
	c.Params.RevealWindowMinMs = max(c.Params.RevealWindowMinMs, 2*c.Params.ClockGraceMs)
	return c, nil
}

func (f *providerFlags) apply(c *node.AuctionConfig) error {
	var vram uint64
	var err error
	if f.VRAM == "auto" {
		if f.Provide {
			if vram, err = detectVRAM(); err != nil {
				return err
			}
		}
	} else if vram, err = parseBytes(f.VRAM); err != nil {
		return fmt.Errorf("provider VRAM: %w", err)
	}
	floor, err := parseAmount(f.PriceFloor)
	if err != nil {
		return fmt.Errorf("provider price floor: %w", err)
	}
	if f.Provide && vram == 0 {
		return errors.New("provider VRAM is 0: set --vram (e.g. 24GiB) to bid")
	}
	c.Provider = node.ProviderConfig{Enabled: f.Provide, VRAMBytes: vram, PriceFloor: floor, Throughput: f.Throughput, MaxOpenBids: f.MaxOpenBids}
	return nil
}

// parseBytes and parseAmount read sizes (24GiB) and base-unit amounts, as
// job files do.
var (
	parseBytes  = jobfile.ParseBytes
	parseAmount = jobfile.ParseAmount
)

// detectVRAM returns the memory of the largest GPU NVML reports.
func detectVRAM() (uint64, error) {
	sys, err := gpu.Devices()
	if err != nil || len(sys.Devices) == 0 {
		return 0, fmt.Errorf("--vram auto: no NVIDIA GPU found (%v); set --vram (e.g. 24GiB) to offer a GPU this node cannot see, or a CPU's memory", err)
	}
	var most uint64
	for _, d := range sys.Devices {
		most = max(most, d.MemoryTotal)
	}
	return most, nil
}

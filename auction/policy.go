package auction

import (
	"fmt"
	"math/big"
)

// Offer is what a provider brings to one job: its capabilities, measured
// for this job by the shell, and its price floor.
type Offer struct {
	// VRAMBytes is the GPU memory the provider can give the job.
	VRAMBytes uint64
	// Throughput is its measured GEMM rate on this job's challenge, GFLOP/s.
	Throughput uint64
	// LatencyMs is its measured round trip to the poster (0: unknown).
	LatencyMs uint32
	// Attestation is its answer to the job's challenge (Machine.Seed).
	Attestation Hash
	// Salt hides the bid until the reveal; 32 random bytes from the shell.
	Salt Hash
	// PriceFloor is the least the provider accepts per step, in stablecoin
	// base units. Under the uniform-price rule bidding one's true cost is
	// the best strategy, so the bid is the floor.
	PriceFloor *big.Int
	// Busy reports whether the provider is taken by other work.
	Busy bool
}

// Decide is a provider's bidding policy: it bids when the job fits its GPU
// and the job's budget cap reaches its price floor, and otherwise returns
// the reason it declines (checked in the order busy, VRAM, throughput,
// price, so the reason is the most basic misfit). 0 means bid.
func Decide(job *JobAnnounce, o *Offer) DeclineReason {
	switch {
	case o.Busy:
		return DeclineBusy
	case o.VRAMBytes < job.MinVRAMBytes:
		return DeclineVRAM
	case o.Throughput < job.MinThroughput:
		return DeclineTooSlow
	case o.PriceFloor != nil && o.PriceFloor.Cmp(PriceCap(job)) > 0:
		return DeclinePrice
	}
	return 0
}

// Job classes split announcements over gossip topics by the VRAM a job
// needs, so a provider subscribes only to jobs its GPU could take. The
// bounds are common GPU memory sizes, in GiB.
var classBoundsGiB = []uint64{0, 4, 8, 12, 16, 24, 40, 48, 80}

const gib = 1 << 30

// Class returns the job class of a job needing minVRAMBytes: the largest
// class bound at or below it, as "vram<N>g". A provider with at least the
// bound's memory follows the class; one below the job's exact need then
// declines with DeclineVRAM.
func Class(minVRAMBytes uint64) string {
	c := classBoundsGiB[0]
	for _, b := range classBoundsGiB {
		if b*gib <= minVRAMBytes {
			c = b
		}
	}
	return fmt.Sprintf("vram%dg", c)
}

// ClassesFor returns the classes a provider with vramBytes of GPU memory
// follows: every class whose bound it reaches.
func ClassesFor(vramBytes uint64) []string {
	var out []string
	for _, b := range classBoundsGiB {
		if b*gib <= vramBytes {
			out = append(out, fmt.Sprintf("vram%dg", b))
		}
	}
	return out
}

// AllClasses returns every job class.
func AllClasses() []string { return ClassesFor(^uint64(0)) }

// Escrow is what a provider read of a job's escrow on-chain (the
// settlement contract's record under the job's ID).
type Escrow struct {
	// Open reports a deposit still open for bids (not yet settled,
	// refunded or never made).
	Open bool
	// Poster, GroupSize, Steps and Budget are the deposit's terms.
	Poster    Address
	GroupSize uint32
	Steps     uint64
	Budget    *big.Int
	// Audits is the deposit's verification bound, which the
	// announcement names (JobAnnounce.Audits).
	Audits uint32
}

// CheckEscrow is a provider's rule before bidding on a paid job: it does not
// work for a budget nobody locked up. It returns 0 if e is an open deposit
// by the job's poster for the announced group size, steps and
// verification bound, holding at
// least the announced budget; DeclineNoEscrow if there is no such deposit
// (none, closed, or made on other terms: the announcement's budget is not
// what is escrowed); DeclineEscrowShort if it holds less than the budget.
// The shell declines with DeclineChainDown when it cannot read e at all.
func CheckEscrow(job *JobAnnounce, e *Escrow) DeclineReason {
	switch {
	case e == nil || !e.Open:
		return DeclineNoEscrow
	case e.Poster != job.Poster || e.GroupSize != job.GroupSize || e.Steps != job.Steps || e.Audits != job.Audits:
		return DeclineNoEscrow
	case e.Budget == nil || e.Budget.Cmp(job.Budget) < 0:
		return DeclineEscrowShort
	}
	return 0
}

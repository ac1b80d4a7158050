package node

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/clock"
)

// pingTimeout bounds the latency measurement to a poster; it runs beside
// the GEMM challenge and must leave most of a short commit window.
const pingTimeout = 500 * time.Millisecond

// challengeRuns is how many times the GEMM challenge is timed; the fastest
// run is the throughput, the least disturbed by other work on the machine.
const challengeRuns = 3

// prepareOffer decides on a job for this provider. A job that does not fit
// the configured GPU, price floor or load is declined at once; otherwise the
// GEMM challenge is run and timed and the poster pinged, off the loop, and
// the offer goes back to the loop.
func (a *auctioneer) prepareOffer(js *jobState) {
	pc := a.cfg.Provider
	offer := auction.Offer{VRAMBytes: pc.VRAMBytes, PriceFloor: pc.PriceFloor, Busy: a.open >= pc.MaxOpenBids, Throughput: math.MaxUint64}
	job := js.m.Job()
	if auction.Decide(job, &offer) != 0 {
		a.offer(js, offer)
		return
	}
	seed, n := js.m.Seed(), js.m.ChallengeN()
	js.bid = true
	a.open++
	go func() {
		if err := a.checkEscrow(job); err != nil {
			a.n.log.Warn("auction: not bidding: the job's escrow does not match it", "job", job.JobID.Short(), "err", err)
			a.post(func() {
				if js.bid {
					js.bid = false
					a.open--
				}
			})
			return
		}
		latency := make(chan uint32, 1)
		go func() { latency <- a.latency(js.poster) }()
		offer.Attestation, offer.Throughput = measure(a.n.clk, seed, n)
		if pc.Throughput != 0 {
			offer.Throughput = pc.Throughput
		}
		offer.LatencyMs = <-latency
		offer.Salt = randomSalt()
		a.post(func() { a.offer(js, offer) })
	}()
}

func (a *auctioneer) offer(js *jobState, o auction.Offer) {
	if err := js.m.Offer(a.nowMs(), o); err != nil {
		a.n.log.Warn("auction: cannot bid", "job", js.m.Job().JobID.Hex()[:12], "err", err)
		if js.bid {
			js.bid = false
			a.open--
		}
	}
	a.flush(js)
}

// measure answers the job's GEMM challenge and returns the answer and the
// rate in GFLOP/s of the fastest of challengeRuns runs, timed on clk. A
// clock that does not move while the challenge runs (a test's mock) reads
// each run as a microsecond: a finite rate, which ProviderConfig.Throughput
// overrides where a test needs a given one.
func measure(clk clock.Clock, seed auction.Hash, n int) (auction.Hash, uint64) {
	var answer [32]byte
	best := time.Duration(math.MaxInt64)
	for range challengeRuns {
		start := clk.Now()
		h, err := attest.Answer(attest.CPU{}, seed, n)
		if err != nil {
			return auction.Hash{}, 0
		}
		best = min(best, max(clk.Since(start), time.Microsecond))
		answer = h
	}
	gflops := float64(attest.FLOPs(n)) / best.Seconds() / 1e9
	return answer, uint64(math.Round(gflops))
}

// latency returns the round trip to the poster in ms, or 0 if it cannot be
// measured (no direct connection: the poster may be behind a relay).
func (a *auctioneer) latency(p peer.ID) uint32 {
	if p == "" || p == a.n.host.ID() {
		return 0
	}
	ctx, cancel := context.WithTimeout(a.ctx, pingTimeout)
	defer cancel()
	select {
	case r := <-ping.Ping(ctx, a.n.host.Host, p):
		if r.Error != nil {
			return 0
		}
		return uint32(max(1, r.RTT.Milliseconds()))
	case <-ctx.Done():
		return 0
	}
}

// escrowCheckTimeout bounds the chain read a provider makes before bidding;
// it runs beside the GEMM challenge's time budget.
const escrowCheckTimeout = 5 * time.Second

// checkEscrow reports whether the job's budget is escrowed on-chain as the
// announcement says (same poster, group size, steps, at least the budget,
// still open): a provider does not work for a budget nobody locked up.
// Without a settler there is nothing to check.
func (a *auctioneer) checkEscrow(job *auction.JobAnnounce) error {
	if a.n.settler == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(a.ctx, escrowCheckTimeout)
	defer cancel()
	j, err := a.n.settler.Job(ctx, common.Hash(job.JobID))
	switch {
	case err != nil:
		return fmt.Errorf("read the escrow: %w", err)
	case j.Status != chain.JobOpen:
		return fmt.Errorf("the job is %v on-chain", j.Status)
	case j.Poster != common.Address(job.Poster) || j.GroupSize != job.GroupSize || j.Steps != job.Steps:
		return fmt.Errorf("escrowed by %s for %d members and %d steps; announced by %s for %d and %d", j.Poster, j.GroupSize, j.Steps, job.Poster, job.GroupSize, job.Steps)
	case j.Budget.Cmp(job.Budget) < 0:
		return fmt.Errorf("%v escrowed for a budget of %v", j.Budget, job.Budget)
	}
	return nil
}

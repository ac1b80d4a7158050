package node

import (
	"context"
	"errors"
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
// the escrow check and the GEMM challenge. The round trip is informational
// (auction.Offer.LatencyMs, 0 when unknown), so it may also take at most
// pingShare of the time left before the commit deadline: on a loaded
// machine a ping to a busy poster took the whole 500 ms and, waited for
// after the escrow check, made the bid late for a short commit window.
const (
	pingTimeout = 500 * time.Millisecond
	pingShare   = 4 // the ping may take 1/pingShare of the time left
)

// challengeRuns is how many times the GEMM challenge is timed back to
// back; the throughput bid is their sustained rate (all the FLOPs over all
// the time), which is what a poster's timed challenge sees (measure.go):
// the fastest single run would claim more than a machine busy with other
// work delivers, and a claim beyond the poster's measurement by more than
// auction.Params.OverstateTolerancePct costs quality and reputation.
const challengeRuns = 3

// prepareOffer decides on a job for this provider, which always ends in a
// bid or a signed decline saying why (PROTOCOL.md, "Declines"). A job that
// does not fit the configured GPU, price floor or load is declined at once;
// otherwise, off the loop, the job's escrow is checked on-chain (declined if
// it is missing or short, or the chain cannot be read), the GEMM challenge
// is run and timed and the poster pinged, and the offer goes back to the
// loop (declined there if the commit deadline passed meanwhile).
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
	a.n.goes.Go(stageIntake, "prepare offer", func() {
		wait := min(pingTimeout, a.n.clk.Until(time.UnixMilli(int64(job.CommitDeadlineMs)))/pingShare)
		latency := make(chan uint32, 1)
		if !a.n.goes.Go(stageIntake, "measure latency", func() { latency <- a.latency(js.poster, wait) }) {
			return // the node is stopping
		}
		if reason, err := a.checkEscrow(job); reason != 0 {
			a.n.log.Warn("auction: declining: "+reason.String(), "job", job.JobID.Short(), "err", err)
			a.post(func() { a.decline(js, reason) })
			return
		}
		offer.Attestation, offer.Throughput = a.measure(seed, n)
		if pc.Throughput != 0 {
			offer.Throughput = pc.Throughput
		}
		offer.LatencyMs = <-latency
		offer.Salt = randomSalt()
		a.post(func() { a.offer(js, offer) })
	})
}

// offer hands the provider's offer to the job's machine, which bids or
// declines; an offer too late for the commit deadline becomes a decline
// saying so.
func (a *auctioneer) offer(js *jobState, o auction.Offer) {
	err := js.m.Offer(a.nowMs(), o)
	switch {
	case errors.Is(err, auction.ErrLate):
		a.n.log.Warn("auction: declining: "+auction.DeclineLate.String(), "job", js.m.Job().JobID.Short(), "err", err)
		a.decline(js, auction.DeclineLate)
		return
	case err != nil:
		a.n.log.Warn("auction: cannot bid", "job", js.m.Job().JobID.Short(), "err", err)
		a.release(js)
	case auction.Decide(js.m.Job(), &o) != 0:
		a.release(js) // the machine declined (too slow as measured): no bid holds the slot
	}
	a.flush(js)
}

// decline has the job's machine decline for reason (one the offer does not
// show: the escrow, the chain, lateness) and sends it.
func (a *auctioneer) decline(js *jobState, reason auction.DeclineReason) {
	a.release(js)
	if err := js.m.Decline(a.nowMs(), reason); err != nil {
		a.n.log.Warn("auction: cannot decline", "job", js.m.Job().JobID.Short(), "reason", reason, "err", err)
	}
	a.flush(js)
}

// release frees the open-bid slot js held, if any.
func (a *auctioneer) release(js *jobState) {
	if js.bid {
		js.bid = false
		a.open--
	}
}

// measure answers the job's GEMM challenge on the device the node trains
// on (Compute) and returns the answer and its rate.
func (a *auctioneer) measure(seed auction.Hash, n int) (auction.Hash, uint64) {
	g, release := a.n.compute.challenge()
	answer, rate := measure(a.n.clk, g, seed, n)
	if err := release(); err != nil {
		a.n.log.Warn("auction: the GEMM challenge failed on the compute device", "err", err)
		return auction.Hash{}, 0
	}
	return answer, rate
}

// measure answers the job's GEMM challenge on g and returns the answer and
// the sustained rate in GFLOP/s of challengeRuns runs back to back, timed
// on clk. A clock that does not move while the challenge runs (a test's
// mock) reads the runs as a microsecond: a finite rate, which
// ProviderConfig.Throughput overrides where a test needs a given one.
func measure(clk clock.Clock, g attest.GEMM, seed auction.Hash, n int) (auction.Hash, uint64) {
	var answer [32]byte
	start := clk.Now()
	for range challengeRuns {
		h, err := attest.Answer(g, seed, n)
		if err != nil {
			return auction.Hash{}, 0
		}
		answer = h
	}
	took := max(clk.Since(start), time.Microsecond)
	gflops := float64(challengeRuns*attest.FLOPs(n)) / took.Seconds() / 1e9
	// Whole GFLOP/s, at least 1 for a machine that answered: the
	// measurer's rounding (measure.go), so that a slow CPU claims what it
	// is measured at instead of declining itself as too slow.
	return answer, max(1, uint64(math.Round(gflops)))
}

// latency returns the round trip to the poster in ms, or 0 if it cannot be
// measured within wait (no direct connection: the poster may be behind a
// relay; or a loaded poster or machine).
func (a *auctioneer) latency(p peer.ID, wait time.Duration) uint32 {
	if p == "" || p == a.n.host.ID() || wait <= 0 {
		return 0
	}
	ctx, cancel := context.WithTimeout(a.ctx, wait)
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

// checkEscrow reads the job's escrow on-chain and returns the reason to
// decline (auction.CheckEscrow: missing, on other terms, short), or
// DeclineChainDown if it cannot be read, with the detail for the log; 0
// when the budget is escrowed as announced. A provider does not work for a
// budget nobody locked up. Without a settler there is nothing to check.
func (a *auctioneer) checkEscrow(job *auction.JobAnnounce) (auction.DeclineReason, error) {
	if a.n.settler == nil {
		return 0, nil
	}
	ctx, cancel := context.WithTimeout(a.ctx, escrowCheckTimeout)
	defer cancel()
	j, err := a.n.settler.Job(ctx, common.Hash(job.JobID))
	if reason, err := escrowDecline(job, j, err); reason != 0 {
		return reason, err
	}
	return a.n.checkEvaluation(ctx, job)
}

// escrowDecline is checkEscrow's verdict on what the chain returned.
func escrowDecline(job *auction.JobAnnounce, j *chain.Job, err error) (auction.DeclineReason, error) {
	if err != nil {
		return auction.DeclineChainDown, fmt.Errorf("read the escrow: %w", err)
	}
	e := &auction.Escrow{Open: j.Status == chain.JobOpen, Poster: auction.Address(j.Poster), GroupSize: j.GroupSize, Steps: j.Steps, Budget: j.TrainingBudget(), Audits: j.Audits}
	reason := auction.CheckEscrow(job, e)
	if reason == 0 {
		return 0, nil
	}
	return reason, fmt.Errorf("the job is %v on-chain, escrowed by %s for %d members, %d steps, %d audits and a budget of %v; announced by %s for %d, %d, %d and %v",
		j.Status, j.Poster, j.GroupSize, j.Steps, j.Audits, j.Escrow, job.Poster, job.GroupSize, job.Steps, job.Audits, job.Budget)
}

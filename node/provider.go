package node

import (
	"context"
	"math"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
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
		latency := make(chan uint32, 1)
		go func() { latency <- a.latency(js.poster) }()
		offer.Attestation, offer.Throughput = measure(seed, n)
		if pc.Throughput != 0 {
			offer.Throughput = pc.Throughput
		}
		offer.LatencyMs = <-latency
		offer.Salt = randomSalt()
		a.post(func() { a.offer(js, offer) })
	}()
}

func (a *auctioneer) offer(js *jobState, o auction.Offer) {
	if err := js.m.Offer(nowMs(), o); err != nil {
		a.n.log.Warn("auction: cannot bid", "job", js.m.Job().JobID.Hex()[:12], "err", err)
		if js.bid {
			js.bid = false
			a.open--
		}
	}
	a.flush(js)
}

// measure answers the job's GEMM challenge and returns the answer and the
// rate in GFLOP/s of the fastest of challengeRuns runs.
func measure(seed auction.Hash, n int) (auction.Hash, uint64) {
	var answer [32]byte
	best := time.Duration(math.MaxInt64)
	for range challengeRuns {
		start := time.Now()
		h, err := attest.Answer(attest.CPU{}, seed, n)
		if err != nil {
			return auction.Hash{}, 0
		}
		best = min(best, time.Since(start))
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

package node

// The timed GEMM challenge: how a poster measures the throughput a bidder
// delivers, instead of taking the one its bid claims (PROTOCOL.md,
// "Delivered throughput").
//
// A bid's throughput is the rate at which the bidder answered the job's
// GEMM challenge on its own machine: a claim, since nobody else saw the
// clock. The poster measures it itself: over a direct stream it sends the
// bidder fresh random seeds of challenges of the job's size (ChallengeN,
// the very work the claim is about), a few at a time, and times the
// answers on its own clock; it checks a random sample of the answers
// against its own CPU. Answers cannot be precomputed (the seeds are fresh)
// or faked unnoticed (each is checked with probability measureChecks/count,
// and one wrong answer records the bidder as having delivered nothing),
// so the bidder cannot make itself look faster than it is; it can only
// look slower, which only lowers its own quality.
//
// The network's round trip must not make an honest bidder look slow, so
// the poster keeps measureWindow seeds in flight: while the bidder works on
// one, the next is already on its way, and once the window covers the
// round trip the answers come back at the bidder's compute pace, not the
// link's. The rate is bounded soundly (deliveredGFLOPs): the seeds sent
// after answer i arrived were all computed between answer i and answer j,
// so (their number × FLOPs) / (t_j − t_i) is at most what the bidder
// delivered, whatever it did with the seeds it held earlier. The best such
// window is kept, and the store keeps the best measurement of a peer
// (score.Aggregate.DeliveredGFLOPs), so a measurement taken while the
// bidder's machine (or the link) was busy does not drag it down; a claim is
// marked overstated only beyond OverstateTolerancePct of that best.

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"sort"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// MeasureProtocol is the timed GEMM challenge's stream protocol. The
// measurer writes a header (version 1 | n uint16 | count uint16, big-endian)
// and then count 32-byte seeds, at most the window ahead of the answers;
// the bidder answers each seed in order with the 32-byte attest.Answer of
// the n×n challenge it seeds, computed on the device it trains on.
const MeasureProtocol = "/trainmesh/gemm/1.0.0"

// Bounds of the timed challenge.
const (
	measureVersion   = 1
	measureHeaderLen = 1 + 2 + 2
	// measureWindowMin and measureWindowMax bound the seeds in flight: at
	// least two, so that the bidder is never idle waiting for the next on
	// a link faster than its compute; at most 512, a round trip of 512
	// challenges (a GPU answering a 128³ challenge in 0.1 ms fills it on a
	// 50 ms link; beyond that the measurement is link-bound and reads low).
	measureWindowMin = 2
	measureWindowMax = 512
	// measurePerWindow: count is this many windows (at least
	// measureCountMin challenges, at most measureCountMax), so the window's
	// seeds, which the bound must assume precomputed, are a sixteenth of
	// the count (an eighth at the largest windows): an honest bidder reads
	// at least 15/16 (7/8) of its rate.
	measurePerWindow = 16
	measureCountMin  = 32
	// measureCountMax bounds the challenges of one measurement (the
	// bidder's work and the stream's length).
	measureCountMax = 8 * measureWindowMax
	// measureWorkMax bounds the FLOPs a bidder spends on one measurement
	// it serves: 4096 challenges of 128³ (17 GFLOP: 0.4 s of a 40 TFLOP/s
	// GPU, the most a window of 512 needs). A measurer asking more is
	// refused.
	measureWorkMax = measureCountMax * 2 * 128 * 128 * 128
	// measureChecks is how many answers, chosen at random after the last
	// arrived, the measurer recomputes on its CPU: a bidder that skips a
	// fraction f of the work is caught with probability 1−(1−f)^8 (a
	// quarter: 90%), at a cost to the measurer of 8 challenges.
	measureChecks = 8
	// measureTimeout bounds one measurement, either side (wall clock, as
	// socket deadlines are: clock.NetDeadline).
	measureTimeout = 30 * time.Second
	// measureEvery is how long a poster waits before it measures the same
	// bidder again: throughput changes with hardware, not by the minute,
	// and each measurement costs the bidder its compute.
	measureEvery = time.Hour
	// measurePeersMax bounds the bidders whose last measurement a poster
	// remembers (LRU); one forgotten is measured again at its next bid.
	measurePeersMax = 4096
	// measureQueueMax bounds the bidders waiting to be measured: a poster
	// runs one measurement at a time (its CPU checks the answers, and two
	// bidders timed at once on one link would slow each other), and a
	// bidder that finds the queue full is measured at a later bid.
	measureQueueMax = 16
	// lowNice is the nice value of the threads that compute challenges
	// for a measurement (the bidder's answers, the poster's checks): the
	// lowest priority, so that a node's training and job loop, at the
	// default 0, take the CPU first (lowPriority).
	lowNice = 19
)

// Errors of the timed challenge.
var (
	// ErrMeasureRefused reports a measurement the bidder refused (busy, or
	// a request over its bounds) or broke off.
	ErrMeasureRefused = errors.New("node: throughput measurement refused")
	// ErrMeasureWrong reports an answer that is not the challenge's: the
	// bidder did not do the work it was timed on.
	ErrMeasureWrong = errors.New("node: wrong answer to a timed challenge")
)

// measureShape returns the window and the count of a measurement of
// challenges of flops FLOPs each, for a bidder claiming claimGFLOPs over a
// link of round trip rtt: a window covering the round trip at the claimed
// pace, and measurePerWindow windows. The claim only sizes the pipeline: a
// bidder slower than its claim fills it anyway, one faster than it is
// measured link-bound (low), which only its own claim can cause.
func measureShape(flops, claimGFLOPs uint64, rtt time.Duration) (window, count int) {
	window = measureWindowMin
	if claimGFLOPs > 0 && rtt > 0 {
		perChallenge := float64(flops) / (float64(claimGFLOPs) * 1e9) // seconds
		// A quarter more than the round trip, for its jitter.
		w := 1 + math.Ceil(1.25*rtt.Seconds()/perChallenge)
		window = max(window, int(min(w, measureWindowMax)))
	}
	return window, min(max(measureCountMin, measurePerWindow*window), measureCountMax)
}

// deliveredGFLOPs is the rate, GFLOP/s, a bidder delivered at least, from
// the times (on the measurer's clock, any origin) seed k was sent
// (sent[k], in index order) and its answer received (recv[k]); answers
// arrive in seed order. For answers i < j, every seed sent at or after
// recv[i] with index at most j was computed within [recv[i], recv[j]], so
// their number times flops over recv[j]−recv[i] is at most the bidder's
// rate however it scheduled its work or delayed its answers. The best of
// the windows of at least spanMin answers that start at the first answer
// or end at the last is returned (a disturbance at either end is cut
// off); 0 if none has positive length (a clock that did not move).
func deliveredGFLOPs(flops uint64, sent, recv []time.Duration, spanMin int) float64 {
	last := len(recv) - 1
	spanMin = max(spanMin, 1)
	rate := func(i, j int) float64 {
		dt := recv[j] - recv[i]
		if dt <= 0 {
			return 0
		}
		// Seeds are sent in index order: those sent at or after recv[i]
		// are an index range from first on.
		first := max(i+1, sort.Search(len(sent), func(k int) bool { return sent[k] >= recv[i] }))
		done := j - first + 1
		if done <= 0 {
			return 0
		}
		return float64(done) * float64(flops) / dt.Seconds() / 1e9
	}
	best := 0.0
	for i := 0; i+spanMin <= last; i++ {
		best = max(best, rate(i, last))
	}
	for j := spanMin; j <= last; j++ {
		best = max(best, rate(0, j))
	}
	return best
}

// measurer is a poster's side of the timed challenge: which bidders it
// measured lately, and the bidders waiting to be measured, which one
// worker (run) measures one at a time.
type measurer struct {
	n     *Node
	last  *lru.Cache[auction.Address, time.Time] // when each bidder was last measured (or queued)
	queue chan measureReq
	// done, when set before the node runs, is called as each measurement
	// ends, after its observation is recorded (tests wait on it).
	done func(bidder auction.Address, res measurement, err error)
}

// measureReq is a bidder waiting to be measured.
type measureReq struct {
	job    auction.Hash
	bidder auction.Address
	id     peer.ID
	n      int    // the job's challenge size
	claim  uint64 // the reveal's throughput, GFLOP/s
}

func newMeasurer(n *Node) *measurer {
	last, _ := lru.New[auction.Address, time.Time](measurePeersMax)
	return &measurer{n: n, last: last, queue: make(chan measureReq, measureQueueMax)}
}

// onReveal queues the bidder of a reveal applied in a job this node
// posted for measurement, unless it was measured (or queued) within
// measureEvery or the queue is full. It never blocks: it is called from
// the auction loop, which a measurement must not delay. Every bidder is
// measured the first time it bids, whether it wins or not, so a newcomer
// has evidence as soon as it competes (README, "Reputation").
func (m *measurer) onReveal(job *auction.JobAnnounce, r *auction.BidReveal, n int) {
	now := m.n.clk.Now()
	if at, ok := m.last.Get(r.Bidder); ok && now.Sub(at) < measureEvery {
		return
	}
	id, ok := m.n.peerOf(r.Bidder)
	if !ok || id == m.n.host.ID() {
		return // not heard from directly: measured at a later bid
	}
	select {
	case m.queue <- measureReq{job: job.JobID, bidder: r.Bidder, id: id, n: n, claim: r.Throughput}:
		m.last.Add(r.Bidder, now)
	default:
	}
}

// run measures the queued bidders one at a time until ctx ends, and
// records a score.KindThroughput observation for each measured.
func (m *measurer) run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case req := <-m.queue:
			m.one(ctx, req)
		}
	}
}

// one measures req's bidder and records what it delivered.
func (m *measurer) one(ctx context.Context, req measureReq) {
	ctx, cancel := context.WithTimeout(ctx, measureTimeout)
	defer cancel()
	res, err := m.measure(ctx, req.id, req.n, req.claim)
	if m.done != nil {
		defer func() { m.done(req.bidder, res, err) }()
	}
	switch {
	case errors.Is(err, ErrMeasureWrong):
		// It answered, wrongly: it delivered nothing it could show.
		res.MFLOPs = 1
	case err != nil:
		// Refused (busy with another measurement), unreachable, or cut
		// short: no evidence either way; measured again at its next bid.
		m.last.Remove(req.bidder)
		m.n.log.Debug("auction: throughput not measured", "peer", req.id, "err", err)
		return
	case res.MFLOPs == 0:
		return // a clock that did not move (a test's)
	}
	claimed := score.GFLOPsToMFLOPs(max(req.claim, 1))
	if (auction.ThroughputEvidence{MFLOPs: res.MFLOPs, ClaimedMFLOPs: claimed}).Overstated(m.n.auc.cfg.Params.OverstateTolerancePct) {
		// The reading contradicts the claim: an overstater, or an honest
		// bidder read while its machine, the link or this node was busy
		// (the answers run at idle priority). Measured again at its next
		// bid rather than in an hour: the store keeps the best reading,
		// so a disturbed one is soon replaced, and its eligibility (which
		// the reading now decides) with it.
		m.last.Remove(req.bidder)
	}
	m.n.log.Info("auction: measured throughput", "job", req.job.Short(), "peer", req.bidder.Short(), "delivered_mflops", res.MFLOPs, "claimed_gflops", req.claim, "window", res.Window, "count", res.Count, "err", err)
	m.n.Observe(score.Observation{
		Peer: score.Address(req.bidder), Kind: score.KindThroughput, Job: req.job,
		ClaimedMFLOPs: claimed, DeliveredMFLOPs: res.MFLOPs,
		Note: fmt.Sprintf("timed challenge n=%d, %d answers, window %d", req.n, res.Count, res.Window),
	})
}

// measurement is what one timed challenge showed.
type measurement struct {
	MFLOPs        uint64 // the rate it delivered at least
	Window, Count int
}

// measure times peer id answering challenges of size n (see the file's
// comment) and returns the rate it delivered at least.
func (m *measurer) measure(ctx context.Context, id peer.ID, n int, claim uint64) (measurement, error) {
	flops := attest.FLOPs(n)
	window, count := measureShape(flops, claim, m.n.host.Peerstore().LatencyEWMA(id))
	res := measurement{Window: window, Count: count}
	seeds := make([][32]byte, count)
	for i := range seeds {
		if _, err := rand.Read(seeds[i][:]); err != nil {
			return res, err
		}
	}
	s, err := m.n.host.NewStream(ctx, id, MeasureProtocol)
	if err != nil {
		return res, fmt.Errorf("%w: %w", ErrMeasureRefused, err)
	}
	defer s.Close()
	_ = s.SetDeadline(clock.NetDeadline(measureTimeout))
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() })
	defer stop()
	hdr := []byte{measureVersion, 0, 0, 0, 0}
	binary.BigEndian.PutUint16(hdr[1:], uint16(n))
	binary.BigEndian.PutUint16(hdr[3:], uint16(count))
	if _, err := s.Write(hdr); err != nil {
		return res, fmt.Errorf("%w: %w", ErrMeasureRefused, err)
	}
	clk := m.n.clk
	start := clk.Now()
	sent, recv := make([]time.Duration, count), make([]time.Duration, count)
	answers := make([][32]byte, count)
	next := 0
	send := func(upTo int) error {
		for ; next < min(upTo, count); next++ {
			sent[next] = clk.Since(start)
			if _, err := s.Write(seeds[next][:]); err != nil {
				return fmt.Errorf("%w: %w", ErrMeasureRefused, err)
			}
		}
		return nil
	}
	if err := send(window); err != nil {
		return res, err
	}
	for k := range count {
		if _, err := io.ReadFull(s, answers[k][:]); err != nil {
			return res, fmt.Errorf("%w: answer %d of %d: %w", ErrMeasureRefused, k, count, err)
		}
		recv[k] = clk.Since(start)
		if err := send(k + 1 + window); err != nil {
			return res, err
		}
	}
	// Check a random sample, chosen now that every answer is in, on a
	// low-priority thread: the node's own training goes first.
	checked := make(chan error, 1)
	if !m.n.goes.Go(stageIntake, "check timed answers", func() {
		if err := lowPriority(); err != nil {
			m.n.log.Debug("auction: checking timed answers at normal priority", "err", err)
		}
		checked <- checkAnswers(seeds, answers, n)
	}) {
		return res, fmt.Errorf("%w: the node is stopping", ErrMeasureRefused)
	}
	if err := <-checked; err != nil {
		return res, err
	}
	// Windows of at least half the answers: long enough that the window
	// held back at its start costs an honest bidder little. Rounded up
	// to whole MFLOP/s: less than 1 MFLOP/s above the sound bound. (A
	// bid claims whole GFLOP/s; the half unit its rounding may add is
	// forgiven where the claim is compared, auction.ClaimRoundingMFLOPs.)
	res.MFLOPs = uint64(math.Ceil(1000 * deliveredGFLOPs(flops, sent, recv, count/2)))
	return res, nil
}

// checkAnswers recomputes measureChecks answers chosen at random on the
// CPU and returns ErrMeasureWrong if one differs.
func checkAnswers(seeds, answers [][32]byte, n int) error {
	for _, k := range sampleIndexes(len(seeds), measureChecks) {
		want, err := attest.Answer(attest.CPU{}, seeds[k], n)
		if err != nil {
			return err
		}
		if answers[k] != want {
			return fmt.Errorf("%w: answer %d of %d", ErrMeasureWrong, k, len(seeds))
		}
	}
	return nil
}

// sampleIndexes returns k distinct indexes in [0, n) (all of them if k ≥ n),
// drawn with crypto/rand: the bidder must not guess which are checked.
func sampleIndexes(n, k int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if k >= n {
		return idx
	}
	for i := range k {
		j, err := rand.Int(rand.Reader, big.NewInt(int64(n-i)))
		if err != nil {
			panic(err) // crypto/rand does not fail on supported platforms
		}
		jj := i + int(j.Int64())
		idx[i], idx[jj] = idx[jj], idx[i]
	}
	return idx[:k]
}

// serveMeasure answers a timed challenge on the device the node trains on,
// one measurement at a time (another is refused: the measurer would time
// two at once) and within measureWorkMax FLOPs, on a thread of its own at
// the lowest priority (lowPriority): a job this node trains keeps the CPU,
// and the measurer sees the rate the node can spare, which only lowers
// the node's own reading.
func (n *Node) serveMeasure(s network.Stream) {
	select {
	case n.measuring <- struct{}{}:
	default:
		_ = s.Reset()
		return
	}
	if !n.goes.Go(stageIntake, "answer a timed challenge", func() {
		defer func() { <-n.measuring }()
		if err := lowPriority(); err != nil {
			n.log.Debug("auction: answering a timed challenge at normal priority", "err", err)
		}
		n.answerMeasure(s)
	}) {
		<-n.measuring
		_ = s.Reset()
	}
}

// answerMeasure reads a timed challenge's header and seeds from s and
// writes the answers.
func (n *Node) answerMeasure(s network.Stream) {
	defer s.Close()
	_ = s.SetDeadline(clock.NetDeadline(measureTimeout))
	var hdr [measureHeaderLen]byte
	if _, err := io.ReadFull(s, hdr[:]); err != nil {
		_ = s.Reset()
		return
	}
	size, count := int(binary.BigEndian.Uint16(hdr[1:])), int(binary.BigEndian.Uint16(hdr[3:]))
	if hdr[0] != measureVersion || size < attest.NMin || size > attest.NMax || count < 1 || count > measureCountMax ||
		uint64(count)*attest.FLOPs(size) > measureWorkMax {
		n.log.Debug("auction: refused a timed challenge", "peer", s.Conn().RemotePeer(), "version", hdr[0], "n", size, "count", count)
		_ = s.Reset()
		return
	}
	g, release := n.compute.challenge()
	defer func() {
		if err := release(); err != nil {
			n.log.Warn("auction: the timed challenge failed on the compute device", "err", err)
		}
	}()
	var seed [32]byte
	for range count {
		if _, err := io.ReadFull(s, seed[:]); err != nil {
			_ = s.Reset()
			return
		}
		answer, err := attest.Answer(g, seed, size)
		if err != nil {
			_ = s.Reset()
			return
		}
		if _, err := s.Write(answer[:]); err != nil {
			_ = s.Reset()
			return
		}
	}
}

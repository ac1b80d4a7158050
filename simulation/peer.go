package simulation

import (
	"math"
	"math/big"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

type peerKind uint8

const (
	kindProvider peerKind = iota + 1
	kindPoster
)

// advKind is a peer's misbehaviour (advNone: honest).
type advKind uint8

const (
	advNone advKind = iota
	advNonRevealer
	advEquivocator
	advFreeRider
	advPriceManipulator
	advSybil
	advSpammer
	advLazy
	advPoisoner
	advTamperer
	advFalseAccuser
	advOverstater
)

func advOf(kind string) advKind {
	switch kind {
	case scenario.NonRevealer:
		return advNonRevealer
	case scenario.Equivocator:
		return advEquivocator
	case scenario.FreeRider:
		return advFreeRider
	case scenario.PriceManipulator:
		return advPriceManipulator
	case scenario.Sybil:
		return advSybil
	case scenario.Spammer:
		return advSpammer
	case scenario.Lazy:
		return advLazy
	case scenario.Poisoner:
		return advPoisoner
	case scenario.Tamperer:
		return advTamperer
	case scenario.FalseAccuser:
		return advFalseAccuser
	case scenario.Overstater:
		return advOverstater
	}
	panic("simulation: adversary kind " + kind) // Validate keeps others out
}

// peer is one simulated node: its key, machine, network access, the
// auctions it follows and its reputation book. Peers own no goroutine; the
// engine calls into them event by event.
type peer struct {
	idx     int32
	key     *identity.Key
	addr    auction.Address
	prof    *scenario.Profile
	kind    peerKind
	adv     advKind
	advSpec *scenario.Adversary
	ring    int // the adversary group (a sybil's ring)
	price   *big.Int

	upBpus, downBpus float64 // bytes per µs
	accessUs         int64
	region           int

	online bool
	churns bool
	offAt  int64 // when it next goes offline (its last departure while offline; never if it does not churn)

	book    *score.Book
	follows map[int32]*follow // job index → the auction followed
	nFollow int
	// openBids are auctions bid in and not yet over; groups the training
	// groups the peer is a member of now.
	openBids, groups int
	nonce            uint64
	// limits are per-author token buckets (at most limitersMax); rejects
	// count rejected messages per author, graylisting at the scenario's
	// bound.
	limits  map[int32]*bucket
	rejects map[int32]int

	// Counters for the report.
	bids, declines, wins, standbys int
	winsLate                       int // wins of the second half of the run's jobs
	// caughtAt is when the peer was first caught misbehaving (dropped
	// from a group, slashed, or seen not to reveal), or never;
	// winsAfterCaught counts its wins of jobs announced after that.
	caughtAt        int64
	winsAfterCaught int
	// openJobs are the jobs a spammer follows whose auctions are open.
	openJobs      []int32
	busyUs        int64
	busySince     int64
	paid, slashed *big.Int
	// margin is what it was credited (gross, before the fee) less what
	// those steps cost it at its true price floor (a price manipulator
	// bids another price).
	margin *big.Int
	// Verification (verify.go): audits published, lies among them,
	// accusations a quorum confirmed; slashes by reason.
	auditsDone, falseAudits int
	auditsPaid              uint64
	slashes                 map[string]int
}

// honest reports whether the peer follows the protocol.
func (p *peer) honest() bool { return p.adv == advNone }

// class names the peer's class in reports: "honest", "poster" or the
// adversary kind.
func (p *peer) class() string {
	if p.advSpec != nil {
		return p.advSpec.Kind
	}
	if p.kind == kindPoster {
		return "poster"
	}
	return "honest"
}

// sendsData reports whether the peer sends its chunks when training.
func (p *peer) sendsData() bool { return p.adv != advFreeRider && p.adv != advSybil }

// bucket is a token bucket on virtual time (the node's per-author limiter).
type bucket struct {
	tokens float64
	at     int64
}

// allow reports whether author may send one more message to p now.
func (e *Engine) allow(p *peer, author int32) bool {
	if p.limits == nil {
		p.limits = map[int32]*bucket{}
	}
	b, ok := p.limits[author]
	if !ok {
		if len(p.limits) >= limitersMax {
			clear(p.limits) // forget all: a fresh limiter per author again
		}
		b = &bucket{tokens: float64(e.sc.Auction.RateBurst), at: e.now}
		p.limits[author] = b
	}
	rate := e.sc.Auction.RateLimit
	b.tokens = min(float64(e.sc.Auction.RateBurst), b.tokens+rate*float64(e.now-b.at)/1e6)
	b.at = e.now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// repView is a peer's book as the auction reads it, at the engine's now.
type repView struct {
	e *Engine
	p *peer
}

// Score implements auction.Reputation.
func (r repView) Score(a auction.Address) float64 { return r.e.scoreOf(r.p, a) }

// follow is one auction a peer follows.
type follow struct {
	job     *job
	m       *auction.Machine
	tickAt  int64 // the pending tick's time, or 0
	ticks   int
	bid     bool
	done    bool
	cleared bool
	// clearedTo is this follower's latest clearing (awardDigest), counted
	// in its job's clearings when the award reaches it.
	clearedTo auction.Hash
}

// message is one distinct signed (or junk) message published in the run,
// shared by its deliveries. Its decoding and verification are kept when
// the scenario verifies once per message.
type message struct {
	data     []byte
	from     int32
	job      int32 // -1 for none
	digest   [4]byte
	verified bool
	signed   auction.Signed
	err      error
}

// jobStatus is where a job is.
type jobStatus uint8

const (
	jobAuction jobStatus = iota
	jobNoAward
	jobTraining
	jobCompleted
	jobFailed
)

func (s jobStatus) String() string {
	return [...]string{"auction", "no-award", "training", "completed", "failed"}[s]
}

// job is one job of the run, as the engine tracks it across peers.
type job struct {
	idx      int32
	stream   *scenario.Stream
	poster   int32
	ann      *auction.JobAnnounce
	annMsg   int32
	class    string
	postedAt int64
	late     bool // one of the second half of the run's jobs

	// followers joined the job's topic, in the order they joined;
	// published is every message on the topic, for late joiners.
	followers []int32
	published []published

	attest  auction.Hash
	attestN int

	award        *auction.Award
	awardDigest  auction.Hash
	awardAt      int64
	awardedAt    []int64 // when each winner received the award (0: not yet)
	clearedAt    int64
	clearings    map[auction.Hash]int // honest followers' own clearings when the award reached them, by award digest
	cleared      int                  // honest followers that cleared (heard the award or not)
	recleared    int                  // honest followers that cleared again with bids the award carried
	omitted      int                  // bids honest followers held that the award lacked and would have changed
	matches      int
	mismatches   int
	deviations   int // honest followers' awards with deviation evidence
	equivocators map[int32]bool
	noAwardWhy   string

	group  *group
	status jobStatus

	// machines are the job cores of the award (jobs.go), the poster's
	// first, then each winner's: indexes into Engine.machines.
	machines []int32
}

// published is a message on a job's topic.
type published struct {
	msg  int32
	from int32
	at   int64
}

// noAward is the digest recorded for a clearing without an award.
var noAward = auction.Hash{}

// awardDigest is the hash the report compares clearings by.
func awardDigest(a *auction.Award) auction.Hash {
	if a == nil {
		return noAward
	}
	return protocol.Keccak256(a.AppendABI(nil))
}

// claimedThroughput is the throughput p's bids claim: its GPU's, or, for
// an overstater, ClaimFactor times that.
func (p *peer) claimedThroughput() uint64 {
	if p.adv == advOverstater {
		return uint64(math.Round(float64(p.prof.Throughput) * p.advSpec.ClaimFactor))
	}
	return p.prof.Throughput
}

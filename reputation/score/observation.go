// Package score is trainmesh's reputation core: what a node can observe of a
// peer (Observation), how observations become evidence, and how evidence
// becomes a score in [0, 1] that decays with time, starts newcomers at a
// prior, and resists sybils praising each other.
//
// It is a pure, deterministic core: it imports no libp2p, go-ethereum,
// badger or net, reads no clock (time is passed in as Unix milliseconds),
// starts no goroutine and uses no randomness. The same observations applied
// in the same order give bit-identical scores. The Badger store
// (reputation/store) persists what Book computes; the auction and gossipsub
// read scores through it.
//
// The model, in short (see Book for the details and the reasons):
//
//   - Beta reputation (Jøsang & Ismail, "The Beta Reputation System", 2002):
//     positive evidence r and negative evidence s give the score
//     (r + α) / (r + s + α + β); a peer never seen has the prior α/(α+β).
//   - Forgetting: evidence halves every HalfLifeMs, so old behaviour fades
//     and a score drifts back to the prior when a peer goes quiet.
//   - Direct evidence (what this node saw itself, or read from the chain)
//     counts fully. Evidence reported by another peer (a vouch, a fault
//     report) is discounted by that reporter's own direct trust, and a
//     reporter passes on at most VouchDiscount times the positive evidence
//     this node has directly seen of it. Trust is never amplified, so a ring
//     of sybils that nobody trusted has seen do anything gains nothing by
//     praising itself.
package score

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// Errors of the package.
var (
	// ErrBadObservation reports an observation that can not be applied: an
	// unknown kind, a missing peer, out-of-range values.
	ErrBadObservation = errors.New("score: bad observation")
	// ErrBadParams reports invalid Params.
	ErrBadParams = errors.New("score: bad params")
	// ErrBadAddress reports a string that is not a 20-byte hex address.
	ErrBadAddress = errors.New("score: bad address")
)

// Address is a peer's Ethereum address (PROTOCOL.md: the one key gives both
// the libp2p peer ID and this address). The core keeps its own type since it
// imports no go-ethereum.
type Address [20]byte

// String returns the address as 0x-prefixed lower-case hex.
func (a Address) String() string { return "0x" + hex.EncodeToString(a[:]) }

// MarshalText encodes a as 0x-hex, so JSON shows addresses as strings.
func (a Address) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText parses 0x-hex.
func (a *Address) UnmarshalText(b []byte) error {
	v, err := ParseAddress(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// IsZero reports whether a is the zero address.
func (a Address) IsZero() bool { return a == Address{} }

// ParseAddress parses 40 hex digits, with or without 0x, in any case.
func ParseAddress(s string) (Address, error) {
	var a Address
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) != 40 {
		return a, fmt.Errorf("%w: %q: want 40 hex digits", ErrBadAddress, s)
	}
	if _, err := hex.Decode(a[:], []byte(h)); err != nil {
		return a, fmt.Errorf("%w: %q: %v", ErrBadAddress, s, err)
	}
	return a, nil
}

// Kind says what was observed. The numbers are stored on disk: never reuse
// or renumber one, only add.
type Kind uint8

// Kinds of observation. Each names who produces it; the evidence it gives is
// set by Params.
const (
	// KindBidHonoured: the peer revealed a sealed bid that matched its commit
	// before the reveal deadline (auction). Positive.
	KindBidHonoured Kind = 1
	// KindRevealMissing: the peer committed a bid and did not reveal it in
	// time, or revealed one that did not match (auction). Negative.
	KindRevealMissing Kind = 2
	// KindAwardDelivered: the peer accepted an award and delivered the job:
	// trained every step it was paid for (training group). Positive.
	KindAwardDelivered Kind = 3
	// KindStepLatency: the peer's signed receipt for a training step arrived
	// LatencyMs after the step started (training group). Positive when
	// within Params.StepLatencyTargetMs, negative when later.
	KindStepLatency Kind = 4
	// KindFaultReported: a fault attestation (PROTOCOL.md FaultAttestation,
	// Fault = its fault kind) accuses the peer. With By zero this node saw
	// the fault itself; otherwise By signed the report. Negative.
	KindFaultReported Kind = 5
	// KindParamsMismatch: the peer's signed parameter hash for a step differs
	// from the group's (PROTOCOL.md fault 2, wrong result). Negative.
	KindParamsMismatch Kind = 6
	// KindSettlementPaid: the chain paid the peer Amount (base units) for
	// job Job (chain watcher). Positive: the job was settled and accepted.
	KindSettlementPaid Kind = 7
	// KindSlashed: the chain slashed Amount (base units) of the peer's stake
	// on verified evidence (chain watcher). Strongly negative.
	KindSlashed Kind = 8
	// KindVouch: peer By vouches for the peer with its own evidence counts
	// Pos and Neg (a signed opinion it shared). Counts only through By's
	// trust; see Book.
	KindVouch Kind = 9
	// KindPresence: the peer announced itself with a valid signed presence
	// message (node). No evidence either way: anyone can announce; it
	// records that the peer is alive and when it was last seen.
	KindPresence Kind = 10
	// KindThroughput: the poster measured the throughput Delivered the
	// peer gave (a node: its timed challenge at a bid; the simulation: GPU
	// time in a job it won) against Claimed, what its bid claimed. No
	// evidence either way (Params.Effect says why): the aggregate keeps
	// the most the peer delivered and its latest claim, which the poster's
	// quality table ranks it by and marks an overstatement down with
	// (auction.BuildTable).
	KindThroughput Kind = 11
	// KindOmittedBid: the peer, as a job's poster, signed an award cleared
	// without a bid this node held matched and eligible that would have
	// ranked among the bids deciding it (auction.EventOmitted; Note names
	// the bidder). The poster did not hear the bid in time or censored it;
	// nobody can tell which, so it is mild negative evidence
	// (Params.OmittedBid) that adds up only for a poster that omits often.
	KindOmittedBid Kind = 12

	// NumKinds is one more than the largest kind.
	NumKinds = 13
)

var kindNames = [NumKinds]string{
	KindBidHonoured:    "bid-honoured",
	KindRevealMissing:  "reveal-missing",
	KindAwardDelivered: "award-delivered",
	KindStepLatency:    "step-latency",
	KindFaultReported:  "fault-reported",
	KindParamsMismatch: "params-mismatch",
	KindSettlementPaid: "settlement-paid",
	KindSlashed:        "slashed",
	KindVouch:          "vouch",
	KindPresence:       "presence",
	KindThroughput:     "throughput",
	KindOmittedBid:     "omitted-bid",
}

// Kinds returns every valid kind in numeric order.
func Kinds() []Kind {
	ks := make([]Kind, 0, NumKinds-1)
	for k := Kind(1); k < NumKinds; k++ {
		ks = append(ks, k)
	}
	return ks
}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return k >= 1 && k < NumKinds }

// String returns the kind's stable name (used in the JSON API and metrics).
func (k Kind) String() string {
	if !k.Valid() {
		return fmt.Sprintf("kind-%d", uint8(k))
	}
	return kindNames[k]
}

// ParseKind parses a kind's name.
func ParseKind(s string) (Kind, error) {
	for k := Kind(1); k < NumKinds; k++ {
		if kindNames[k] == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("%w: unknown kind %q", ErrBadObservation, s)
}

// Bounds on an observation's fields.
const (
	// NoteBytesMax bounds an observation's free text: it is for people
	// reading the dashboard (a version, a reason), not for data.
	NoteBytesMax = 128
	// AmountBytesMax bounds Amount: a uint256, as on-chain.
	AmountBytesMax = 32
	// VouchCountMax bounds the evidence one vouch can claim; larger claims
	// are rejected rather than clamped so that a bug shows.
	VouchCountMax = 1e6
)

// Observation is one thing this node observed about a peer. Producers fill
// the fields their kind documents and leave the others zero.
type Observation struct {
	// Peer is who the observation is about.
	Peer Address
	// By is who reported it: zero when this node observed it itself (or read
	// it from the chain); otherwise the peer that signed the report or vouch.
	By Address
	// Kind says what was observed.
	Kind Kind
	// AtMs is when it was observed, Unix milliseconds.
	AtMs uint64
	// Job is the job it concerns (PROTOCOL.md jobId), zero when none.
	Job [32]byte
	// Step is the training step (StepLatency, FaultReported, ParamsMismatch).
	Step uint64
	// LatencyMs is the step latency in milliseconds (StepLatency).
	LatencyMs uint32
	// Fault is the PROTOCOL.md fault kind, 1 to 3 (FaultReported).
	Fault uint8
	// Amount is in base units of the stablecoin: paid (SettlementPaid) or
	// slashed (Slashed). Nil means zero.
	Amount *big.Int
	// Pos and Neg are the evidence counts a voucher claims (Vouch), each in
	// [0, VouchCountMax].
	Pos, Neg float64
	// Note is free text for people, at most NoteBytesMax bytes of UTF-8.
	Note string
	// ClaimedMFLOPs and DeliveredMFLOPs are MFLOP/s (Throughput): what
	// the peer's bid claimed (whole GFLOP/s × 1000) and what the poster
	// measured it deliver. MFLOP/s, not GFLOP/s: a CPU delivers 1–2
	// GFLOP/s, which whole GFLOP/s rounded to 1 or 2.
	ClaimedMFLOPs, DeliveredMFLOPs uint64
}

// Validate reports the first problem with o.
func (o *Observation) Validate() error {
	switch {
	case !o.Kind.Valid():
		return fmt.Errorf("%w: kind %d", ErrBadObservation, o.Kind)
	case o.Peer.IsZero():
		return fmt.Errorf("%w: no peer", ErrBadObservation)
	case o.By == o.Peer:
		return fmt.Errorf("%w: %s reports on itself", ErrBadObservation, o.Peer)
	case o.Kind == KindVouch && o.By.IsZero():
		return fmt.Errorf("%w: a vouch needs the voucher in By", ErrBadObservation)
	case len(o.Note) > NoteBytesMax || !utf8.ValidString(o.Note):
		return fmt.Errorf("%w: note must be at most %d bytes of UTF-8", ErrBadObservation, NoteBytesMax)
	case o.Amount != nil && (o.Amount.Sign() < 0 || len(o.Amount.Bytes()) > AmountBytesMax):
		return fmt.Errorf("%w: amount must be a uint256", ErrBadObservation)
	case o.Kind == KindFaultReported && (o.Fault < 1 || o.Fault > 4):
		return fmt.Errorf("%w: fault kind %d: want 1 to 4", ErrBadObservation, o.Fault)
	case o.Kind == KindThroughput && (o.DeliveredMFLOPs == 0 || o.ClaimedMFLOPs == 0):
		return fmt.Errorf("%w: throughput observation needs both the claim and the delivery", ErrBadObservation)
	case !validCount(o.Pos) || !validCount(o.Neg):
		return fmt.Errorf("%w: vouch counts %v/%v: want 0 to %g", ErrBadObservation, o.Pos, o.Neg, float64(VouchCountMax))
	}
	return nil
}

func validCount(x float64) bool { return !math.IsNaN(x) && x >= 0 && x <= VouchCountMax }

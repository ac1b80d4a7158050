package auction

import (
	"errors"

	"github.com/trainmesh/trainmesh/protocol"
)

// The signed messages and their schema are package protocol's; the core
// names them through these aliases, so that auction.Award and
// protocol.Award are one type (and so are the rest).
type (
	Address       = protocol.Address
	Hash          = protocol.Hash
	Domain        = protocol.Domain
	Kind          = protocol.Kind
	Message       = protocol.Message
	Signed        = protocol.Signed
	JobAnnounce   = protocol.JobAnnounce
	BidCommit     = protocol.BidCommit
	BidReveal     = protocol.BidReveal
	Decline       = protocol.Decline
	DeclineReason = protocol.DeclineReason
	Award         = protocol.Award
	Evidence      = protocol.Evidence
	EvidenceKind  = protocol.EvidenceKind
)

// Message kinds, decline reasons and evidence kinds (protocol's).
const (
	KindAnnounce = protocol.KindAnnounce
	KindCommit   = protocol.KindCommit
	KindReveal   = protocol.KindReveal
	KindDecline  = protocol.KindDecline
	KindAward    = protocol.KindAward

	DeclineVRAM        = protocol.DeclineVRAM
	DeclinePrice       = protocol.DeclinePrice
	DeclineBusy        = protocol.DeclineBusy
	DeclineTooSlow     = protocol.DeclineTooSlow
	DeclineNoEscrow    = protocol.DeclineNoEscrow
	DeclineEscrowShort = protocol.DeclineEscrowShort
	DeclineChainDown   = protocol.DeclineChainDown
	DeclineLate        = protocol.DeclineLate

	EvidenceCommit = protocol.EvidenceCommit
	EvidenceReveal = protocol.EvidenceReveal
)

// TieHash is keccak256(jobId ‖ bidder): the tie-break between bids of equal
// adjusted price (lower wins), the same on every peer and unknowable before
// the job exists.
func TieHash(job Hash, bidder Address) Hash { return protocol.Keccak256(job[:], bidder[:]) }

// Errors of this package. Callers match them with errors.Is. The drop
// reasons (ErrLate and below) are what a Machine reports for a message it
// did not apply; none of them is a programmer error.
var (
	// ErrMalformed reports bytes that are not a canonical ABI encoding of a
	// message, a field out of its range, or malformed evidence: protocol's
	// error, so that errors.Is matches either name.
	ErrMalformed = protocol.ErrMalformed
	// ErrBadAnnounce reports an announcement that breaks a rule of the
	// protocol (job ID derivation, deadlines, sizes).
	ErrBadAnnounce = errors.New("auction: invalid job announcement")
	// ErrBadParams reports Params that fail Validate.
	ErrBadParams = errors.New("auction: invalid params")

	// ErrWrongJob: the message is about another job.
	ErrWrongJob = errors.New("auction: message for another job")
	// ErrLate: the message arrived after its window closed.
	ErrLate = errors.New("auction: late")
	// ErrEarly: the message arrived before its window opened.
	ErrEarly = errors.New("auction: early")
	// ErrDuplicate: the same message was already applied.
	ErrDuplicate = errors.New("auction: duplicate")
	// ErrConflict: a second, different announcement or award for one job, or
	// a second decline; the first one stands.
	ErrConflict = errors.New("auction: conflicts with an earlier message")
	// ErrEquivocation: a second, different commit or reveal for one slot;
	// the bidder is excluded and the pair is Evidence.
	ErrEquivocation = errors.New("auction: equivocation")
	// ErrEquivocated: a further message from a bidder already excluded.
	ErrEquivocated = errors.New("auction: bidder already excluded for equivocation")
	// ErrMismatch: a reveal that does not open its bidder's commit.
	ErrMismatch = errors.New("auction: reveal does not match its commit")
	// ErrUnmatched: a reveal with no commit, or a commit never revealed.
	ErrUnmatched = errors.New("auction: no matching commit or reveal")
	// ErrNotPoster: an award not signed by the job's poster.
	ErrNotPoster = errors.New("auction: award not from the job's poster")
	// ErrPosterBid: the poster bid on its own job.
	ErrPosterBid = errors.New("auction: poster bids on its own job")
	// ErrFull: the job already tracks BiddersMax bidders.
	ErrFull = errors.New("auction: too many bidders for one job")
	// ErrIneligible: a reveal that fails the job's requirements (VRAM,
	// throughput, attestation, price above the budget cap).
	ErrIneligible = errors.New("auction: bid does not meet the job")
	// ErrNoDeviation: award evidence that does not prove the poster
	// deviated (the award may be the clearing of reveals it saw).
	ErrNoDeviation = errors.New("auction: the evidence shows no deviation from the clearing rule")
	// ErrAlreadyOffered: Offer called twice.
	ErrAlreadyOffered = errors.New("auction: already offered")
)

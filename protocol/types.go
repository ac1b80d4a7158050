package protocol

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
)

// Address is a peer's 20-byte Ethereum address. The package keeps its own
// type so that it imports no go-ethereum; chain and auction/wire convert.
type Address [20]byte

// Hash is a 32-byte keccak256 digest or an opaque bytes32 field.
type Hash [32]byte

// String returns the address as 0x-prefixed lower-case hex.
func (a Address) String() string { return "0x" + hex.EncodeToString(a[:]) }

// Short returns the first four bytes of the address in hex, for logs.
func (a Address) Short() string { return "0x" + hex.EncodeToString(a[:4]) }

// String returns the hash as 0x-prefixed hex.
func (h Hash) String() string { return "0x" + hex.EncodeToString(h[:]) }

// Hex returns the hash as hex without a prefix (as in topic names).
func (h Hash) Hex() string { return hex.EncodeToString(h[:]) }

// Short returns the first six bytes of the hash in hex, for logs.
func (h Hash) Short() string { return "0x" + hex.EncodeToString(h[:6]) }

// Bytes returns the hash's 32 bytes.
func (h Hash) Bytes() []byte { return h[:] }

// MarshalText writes the hash as String does (JSON, TOML and journals).
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText reads what ParseHash reads.
func (h *Hash) UnmarshalText(b []byte) (err error) {
	*h, err = ParseHash(string(b))
	return err
}

// MarshalText writes the address as String does.
func (a Address) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads what ParseAddress reads.
func (a *Address) UnmarshalText(b []byte) (err error) {
	*a, err = ParseAddress(string(b))
	return err
}

// ParseHash parses 64 hex digits, with or without 0x.
func ParseHash(s string) (Hash, error) {
	var h Hash
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	if len(s) != 64 {
		return h, fmt.Errorf("%w: want 64 hex digits, got %d", ErrBadHex, len(s))
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return h, fmt.Errorf("%w: %v", ErrBadHex, err)
	}
	return h, nil
}

// ParseAddress parses 40 hex digits, with or without 0x.
func ParseAddress(s string) (Address, error) {
	var a Address
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	if len(s) != 40 {
		return a, fmt.Errorf("%w: want 40 hex digits, got %d", ErrBadHex, len(s))
	}
	if _, err := hex.Decode(a[:], []byte(s)); err != nil {
		return a, fmt.Errorf("%w: %v", ErrBadHex, err)
	}
	return a, nil
}

// Errors of this package. Callers match them with errors.Is.
var (
	// ErrBadHex reports a hash or address that is not hex of the right length.
	ErrBadHex = errors.New("protocol: bad hex")
	// ErrMalformed reports bytes that are not a canonical ABI encoding of a
	// message, a field out of its range, or evidence that is not two
	// different messages for one slot.
	ErrMalformed = errors.New("protocol: malformed message")
)

// Kind is the first byte of an auction message on the wire (PROTOCOL.md,
// "Auction messages on the wire").
type Kind uint8

// Message kinds. The values are part of the wire format.
const (
	KindAnnounce Kind = 1
	KindCommit   Kind = 2
	KindReveal   Kind = 3
	KindDecline  Kind = 4
	KindAward    Kind = 5
)

func (k Kind) String() string {
	switch k {
	case KindAnnounce:
		return "announce"
	case KindCommit:
		return "commit"
	case KindReveal:
		return "reveal"
	case KindDecline:
		return "decline"
	case KindAward:
		return "award"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// DeclineReason says why a provider did not bid (PROTOCOL.md, "Signed
// messages" and "Declines"). It is a field of the signed Decline, so a new
// reason is a protocol change: add it here, raise declineReasonMax (the
// decoder rejects what lies beyond it), and name it in String and
// PROTOCOL.md.
type DeclineReason uint8

// Decline reasons. The values are part of the signed message.
const (
	DeclineVRAM        DeclineReason = 1 // too little VRAM
	DeclinePrice       DeclineReason = 2 // the budget cap is below the price floor
	DeclineBusy        DeclineReason = 3 // busy with other work
	DeclineTooSlow     DeclineReason = 4 // measured throughput below the minimum
	DeclineNoEscrow    DeclineReason = 5 // no open escrow on-chain matches the announcement
	DeclineEscrowShort DeclineReason = 6 // the escrow holds less than the announced budget
	DeclineChainDown   DeclineReason = 7 // the chain could not be read to check the escrow
	DeclineLate        DeclineReason = 8 // the commit deadline passed before the bid was ready
	declineReasonMax                 = DeclineLate
)

// String says the reason in a person's words, to follow "declined: "
// (trainmesh submit prints it).
func (r DeclineReason) String() string {
	switch r {
	case DeclineVRAM:
		return "too little VRAM"
	case DeclinePrice:
		return "the budget is below its price floor"
	case DeclineBusy:
		return "busy with other jobs"
	case DeclineTooSlow:
		return "too slow for the job's minimum throughput"
	case DeclineNoEscrow:
		return "the budget is not escrowed"
	case DeclineEscrowShort:
		return "the escrow is short of the budget"
	case DeclineChainDown:
		return "the chain is unreachable to check the escrow"
	case DeclineLate:
		return "the commit deadline passed before it could bid"
	}
	return fmt.Sprintf("DeclineReason(%d)", uint8(r))
}

// Valid reports whether r is a reason the protocol defines.
func (r DeclineReason) Valid() bool { return r >= 1 && r <= declineReasonMax }

// Fault kinds a FaultAttestation names (PROTOCOL.md, "Faults"). The values
// are part of the signed message and the contract's.
const (
	FaultMissedSteps uint8 = 1
	FaultWrongResult uint8 = 2
	FaultGarbageData uint8 = 3
	// FaultTampered: the accused forwarded, in the all-reduce, a partial
	// sum that is not its input plus its committed contribution (issue 16,
	// item 4). Like FaultWrongResult it is proved by WorkEvidence.
	FaultTampered uint8 = 4
)

// Struct is one of PROTOCOL.md's EIP-712 typed messages: every message a
// peer signs.
type Struct interface {
	// TypeHash is keccak256 of the message's EIP-712 type string.
	TypeHash() Hash
	// StructHash is the EIP-712 hashStruct of the message.
	StructHash() Hash
	// AppendABI appends abi.encode of the fields in type-string order: the
	// form the contract takes a message in.
	AppendABI(dst []byte) []byte
}

// Message is one of the signed auction messages: *JobAnnounce, *BidCommit,
// *BidReveal, *Decline or *Award, which travel on gossip behind a Kind byte.
type Message interface {
	Struct
	// Kind is the message's wire kind.
	Kind() Kind
	// Job is the job the message is about.
	Job() Hash
	// Signer is the address whose signature the message must carry (the
	// poster, bidder or provider field).
	Signer() Address
}

// SignatureLen is the length of r ‖ s ‖ v.
const SignatureLen = 65

// Signed is a message with its 65-byte signature (r ‖ s ‖ v, v in {27, 28}).
// A Signed handed to the auction core has been checked by the shell: the
// signature recovers to Msg.Signer() under the node's domain. Keeping the
// signature lets the core hand both signed messages of an equivocation to
// the chain.
type Signed struct {
	Msg Message
	Sig [SignatureLen]byte
}

// Equal reports whether s and o are the same message with the same signature.
func (s Signed) Equal(o Signed) bool {
	return s.Sig == o.Sig && SameMessage(s.Msg, o.Msg)
}

// SameMessage reports whether a and b are the same message: the same kind
// and the same fields.
func SameMessage(a, b Message) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Kind() == b.Kind() && string(a.AppendABI(nil)) == string(b.AppendABI(nil))
}

// JobAnnounce is a poster's job (PROTOCOL.md, JobAnnounce).
type JobAnnounce struct {
	// JobID is keccak256(abi.encode(Poster, Nonce)); see JobIDOf.
	JobID Hash
	// Poster pays for the job and signs the award.
	Poster Address
	// ModelHash names the model to train (content hash).
	ModelHash Hash
	// DatasetRoot names the dataset (root of its content-addressed chunks).
	DatasetRoot Hash
	// GroupSize K is the number of winners, the size of the training group.
	GroupSize uint32
	// MinVRAMBytes is the least GPU memory a member needs, in bytes.
	MinVRAMBytes uint64
	// MinThroughput is the least measured fp32 GEMM rate, in GFLOP/s.
	MinThroughput uint64
	// Steps is the number of training steps.
	Steps uint64
	// Budget is the most the poster pays, in stablecoin base units (uint256).
	Budget *big.Int
	// CommitDeadlineMs and RevealDeadlineMs close the two phases, Unix ms.
	CommitDeadlineMs, RevealDeadlineMs uint64
	// Nonce is the poster's, never reused.
	Nonce uint64
	// QualityRoot commits to the quality table the poster will clear with
	// (QualityTable.Root; zero: an empty table, every bidder a newcomer).
	QualityRoot Hash
	// Audits is the job's verification bound: the most audits the
	// settlement pays, each at its verifier's price per step, from the
	// verification share escrowed beside the budget (the deposit's
	// audits; PROTOCOL.md "Verification bound"), so that bidders and
	// verifiers see what verification pays before they bid.
	Audits uint32
	// Evaluation is the job's independent evaluation (PROTOCOL.md,
	// "Independent evaluators"): the terms the poster opened on-chain
	// with the deposit, signed here so that bidders see them before they
	// bid (a zero HeldOutHash: the job has none, and every other field is
	// zero).
	Evaluation EvalTerms
	// Table is that table. It is not a signed field: it travels after the
	// announcement's signature on the wire, and a decoder accepts it only if
	// it hashes to QualityRoot, so the signature binds it all the same.
	Table QualityTable
}

// BidCommit seals a bid: Commitment is keccak256 of the reveal's ABI fields.
type BidCommit struct {
	JobID      Hash
	Bidder     Address
	Commitment Hash
}

// BidReveal opens a commit. PricePerStep is what the bidder asks per
// training step it completes, in stablecoin base units; Throughput is its
// measured GEMM rate in GFLOP/s, VRAMBytes its GPU memory, LatencyMs its
// measured round trip to the poster (0: unknown), Attestation the keccak256
// of its answer to the job's GEMM challenge (auction/attest) and Salt the
// secret that hid the bid until now.
type BidReveal struct {
	JobID        Hash
	Bidder       Address
	PricePerStep *big.Int
	Throughput   uint64
	VRAMBytes    uint64
	LatencyMs    uint32
	Attestation  Hash
	Salt         Hash
}

// Decline is a provider's signed reason for not bidding, so that a poster
// can explain an auction that drew no bids.
type Decline struct {
	JobID    Hash
	Provider Address
	Reason   DeclineReason
}

// Award is the poster's signed result: the winners in ring order, the
// standbys (runners-up a group calls in when a member drops, in order) and
// each member's price per step, in member order (winners then standbys, as
// Members): Prices[i] is what Members()[i] is paid per step it completes.
// The prices are the clearing rule's critical values (auction.Clear), so
// they differ between members. Winners train from step 1; the contract pins
// the award and pays each member by its own price.
type Award struct {
	JobID    Hash
	Poster   Address
	Winners  []Address
	Standbys []Address
	Prices   []*big.Int
	// Bids are the signed commits and reveals the award was cleared with
	// that decide it: each member's, and the bid ranked right after the
	// last member (it sets that member's price), a commit before its
	// reveal. They are not signed fields: each is signed by its bidder,
	// and they travel after the award (auction/wire) so that a follower
	// that missed some while offline clears with the poster's inputs
	// (PROTOCOL.md, "One view"). Empty on an award a node keeps.
	Bids []Signed
}

// StepReceipt is a member's signed statement that it completed steps
// 1..Step with parameters hashing to ParamsHash (PROTOCOL.md, "Training
// gossip"): what a poster settles by and a winner claims with. ContribRoot
// is the RFC 6962 root (train/commit.Root) of the member's per-step leaves
// for the steps since its previous receipt, through Step: the receipt is
// the member's signed commitment to what it contributed, which verifiers
// check (PROTOCOL.md, "Verified work"). Two receipts with different roots
// for one step are equivocation kind 3. A zero root commits to nothing
// (a member that does not record commitments yet).
type StepReceipt struct {
	JobID       Hash
	Member      Address
	Step        uint64
	ParamsHash  Hash
	ContribRoot Hash
}

// FaultAttestation is a group member's signed statement that Accused
// committed fault Fault (FaultMissedSteps, ...) at step Step.
type FaultAttestation struct {
	JobID        Hash
	Accused      Address
	Fault        uint8
	Step         uint64
	EvidenceHash Hash
}

func (m *JobAnnounce) Kind() Kind { return KindAnnounce }
func (m *BidCommit) Kind() Kind   { return KindCommit }
func (m *BidReveal) Kind() Kind   { return KindReveal }
func (m *Decline) Kind() Kind     { return KindDecline }
func (m *Award) Kind() Kind       { return KindAward }

func (m JobAnnounce) Job() Hash      { return m.JobID }
func (m BidCommit) Job() Hash        { return m.JobID }
func (m BidReveal) Job() Hash        { return m.JobID }
func (m Decline) Job() Hash          { return m.JobID }
func (m Award) Job() Hash            { return m.JobID }
func (m StepReceipt) Job() Hash      { return m.JobID }
func (m FaultAttestation) Job() Hash { return m.JobID }

func (m JobAnnounce) Signer() Address { return m.Poster }
func (m BidCommit) Signer() Address   { return m.Bidder }
func (m BidReveal) Signer() Address   { return m.Bidder }
func (m Decline) Signer() Address     { return m.Provider }
func (m Award) Signer() Address       { return m.Poster }
func (m StepReceipt) Signer() Address { return m.Member }

// Members returns winners then standbys: the order the contract's member
// indexes refer to.
func (m Award) Members() []Address {
	out := make([]Address, 0, len(m.Winners)+len(m.Standbys))
	return append(append(out, m.Winners...), m.Standbys...)
}

// PriceOf returns the price per step of the member at index i of Members,
// or nil if the award has no price there (a malformed award; DecodeAward
// rejects those).
func (m Award) PriceOf(i int) *big.Int {
	if i < 0 || i >= len(m.Prices) {
		return nil
	}
	return m.Prices[i]
}

// IndexOf returns the first index of addr among Members, or -1.
func (m Award) IndexOf(addr Address) int {
	for i, a := range m.Members() {
		if a == addr {
			return i
		}
	}
	return -1
}

// Commitment returns the commitment a BidCommit must carry for r:
// keccak256(abi.encode(jobId, bidder, pricePerStep, throughput, vramBytes,
// latencyMs, attestation, salt)).
func (m BidReveal) Commitment() Hash { return Keccak256(m.AppendABI(nil)) }

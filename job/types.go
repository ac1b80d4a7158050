package job

import (
	"errors"
	"fmt"

	"github.com/trainmesh/trainmesh/protocol"
)

// Hash and Address are protocol's: the job's rules speak of the same
// jobs, members and signatures as its auction and the contract.
type (
	Hash    = protocol.Hash
	Address = protocol.Address
)

// Errors of the package. Callers match them with errors.Is.
var (
	// ErrReceipt: a receipt that does not decode or verify, or is not for
	// this job's award (wrong job, not a member, step out of range).
	ErrReceipt = errors.New("job: bad step receipt")
	// ErrParams: parameters or a configuration out of range.
	ErrParams = errors.New("job: bad parameters")
	// ErrRecord: a journal record that cannot be resumed.
	ErrRecord = errors.New("job: bad journal record")
)

// Receipt is a member's signed StepReceipt (protocol's message: it
// completed steps 1..Step with parameters hashing to ParamsHash; AppendABI
// is the form the contract takes as evidence). The shell checks the
// signature (EIP-712 under the settlement contract's domain) before it steps
// a receipt in; the core keeps the signature to hand it to the chain in a
// quorum or evidence.
type Receipt struct {
	protocol.StepReceipt
	Sig [protocol.SignatureLen]byte
}

// Evidence is two different receipts signed by one member for one step:
// equivocation kind 3 (protocol.EvidenceReceipt), which the contract
// slashes once per slot.
type Evidence struct {
	Member Address
	Step   uint64
	// First and Second are the two receipts, in the order this peer saw
	// them.
	First, Second Receipt
}

// Kind is the evidence's kind on-chain.
func (e *Evidence) Kind() protocol.EvidenceKind { return protocol.EvidenceReceipt }

// Equivocation returns the evidence as the contract's slashEquivocation
// takes it: each receipt's ABI encoding and its 65-byte signature.
func (e *Evidence) Equivocation() protocol.Equivocation {
	return protocol.Equivocation{
		Kind: e.Kind(),
		MsgA: e.First.AppendABI(nil), SigA: append([]byte(nil), e.First.Sig[:]...),
		MsgB: e.Second.AppendABI(nil), SigB: append([]byte(nil), e.Second.Sig[:]...),
	}
}

// Quorum is a set of group members' receipt signatures in the contract's
// form: sorted by signer address, each with the signer's index in
// winners ‖ standbys.
type Quorum struct {
	Members []int
	Sigs    [][protocol.SignatureLen]byte
}

// StepProof shows that a quorum of the group, the winner among them, signed
// receipts for Step with one ParamsHash: what claim and challengeSteps take.
// ContribRoots[i] is the contribution root of the receipt of the i-th
// signer (Quorum.Members[i]): each member commits to its own.
type StepProof struct {
	Step         uint64
	ParamsHash   Hash
	ContribRoots []Hash
	Quorum       Quorum
}

// QuorumOf is the contract's quorum for a group of groupSize:
// ceil(groupSize × quorumBps / 10000).
func QuorumOf(groupSize uint32, quorumBps uint16) int {
	return int((uint64(groupSize)*uint64(quorumBps) + 9999) / 10000)
}

// Role is the part this peer plays in a job.
type Role uint8

// Roles.
const (
	RolePoster Role = iota + 1
	RoleMember
	// RoleStandby: a standby of the award, not training: it follows the
	// receipts, verifies the pairs the audit sample assigns it, re-checks
	// evidence and collects its verification pay.
	RoleStandby
)

func (r Role) String() string {
	switch r {
	case RolePoster:
		return "poster"
	case RoleMember:
		return "member"
	case RoleStandby:
		return "standby"
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// ParseRole is String's inverse.
func ParseRole(s string) (Role, error) {
	switch s {
	case "poster":
		return RolePoster, nil
	case "member":
		return RoleMember, nil
	case "standby":
		return RoleStandby, nil
	}
	return 0, fmt.Errorf("%w: role %q", ErrRecord, s)
}

// Stage is how far a job has come, as its journal records it. Stages only
// move forward.
type Stage string

// Stages of a job, in order. A poster's job goes escrowed → posted →
// awarded → trained → settled → refunded; a member's awarded → trained →
// settled (or claimed) → withdrawn. A job that cannot go on is failed, with
// the reason in its journal. Escrowed and posted come before the award and
// belong to the shell (the machine starts at the award).
const (
	StageEscrowed  Stage = "escrowed"
	StagePosted    Stage = "posted"
	StageAwarded   Stage = "awarded"
	StageTrained   Stage = "trained"
	StageSettled   Stage = "settled"
	StageClaimed   Stage = "claimed"
	StageWithdrawn Stage = "withdrawn"
	StageRefunded  Stage = "refunded"
	StageFailed    Stage = "failed"
)

// Done reports whether nothing is left to do for a job at stage s.
func (s Stage) Done() bool { return s == StageWithdrawn || s == StageRefunded || s == StageFailed }

// Record is what the machine asks the shell to persist: enough to go on
// after a restart (Restore). The shell adds what is its own (the signed
// announcement and award in wire form, the recipe).
type Record struct {
	Role  Role
	Stage Stage
	// Why is the reason for StageFailed, or why training ended early.
	Why string
	// Receipts are the group's receipts held, member then step order.
	Receipts []Receipt
	// Seats are the called-in standbys' seat statements held (Book.Seats,
	// award order), which decide the seat each is checked on: a
	// restarted poster or verifier that forgot them checked a standby of
	// a period in which two seats were freed on both. The shell checks
	// their signatures before it restores them, as the receipts'.
	Seats []SignedSeat
	// Witnesses are the rejoin witnesses held (Book.Witnesses), which
	// make a rejoined winner's gap known without its own statement; the
	// shell recovers each one's witness from its signature again.
	Witnesses []SignedWitness
	// Credits are the steps settled per member (award order), posters.
	Credits []uint64
	// SettleDeadlineMs is the on-chain settle deadline, Unix ms (posters).
	SettleDeadlineMs uint64
	// ModelHash is the final parameters' keccak256 (trained jobs).
	ModelHash Hash
	// Txs are the job's transactions by what they did ("settle", "claim",
	// "release", "withdraw", "refund", ...), hash in hex.
	Txs map[string]string
	// Paid is what this peer was paid (members) or refunded (posters),
	// base units in decimal.
	Paid string
	// Convictions are the members a quorum convicted of faulty work.
	Convictions []Convicted
	// Audits are the paid audits per award member (winners ‖ standbys),
	// posters, once training is over: the credits include them.
	Audits []uint64
	// AuditPay is the part of Audits paid from the job's verification
	// bound (Config.AuditBound): the settlement's audits column, nil when
	// the job has none. The rest of Audits is paid as steps.
	AuditPay []uint64
}

// Convicted is a member a quorum of re-checkers convicted of fault Fault
// (2 or 4) at Step, on the evidence hashing to EvidenceHash: it is paid
// for at most Step − 1 steps.
type Convicted struct {
	Member       Address
	Fault        uint8
	Step         uint64
	EvidenceHash Hash
}

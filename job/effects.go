package job

import (
	"fmt"
	"math/big"

	"github.com/trainmesh/trainmesh/reputation/score"
)

// --- Inputs ------------------------------------------------------------------

// Input is what Step takes: one of PeerReceipt, OwnReceipt, PeerReady,
// Prepared, TrainResult, CallResult, Stop.
type Input interface{ isInput() }

// PeerReceipt is a receipt gossiped on the job's training topic, its
// signature checked by the shell.
type PeerReceipt struct{ Receipt Receipt }

// OwnReceipt is a receipt this member's training just signed: its progress.
// The machine files it and asks for it to be published.
type OwnReceipt struct{ Receipt Receipt }

// PeerReady is a member's readiness (its ring endpoint exists), from the
// training topic; the gossip author is Peer.
type PeerReady struct{ Peer Address }

// Prepared says this member's own ring endpoint exists (recipe and shard
// fetched): it may announce its readiness.
type Prepared struct{}

// TrainResult is how this member's training ended. Err, when set, says why
// it ended early (the member then collects what its receipts earned).
type TrainResult struct {
	ModelHash Hash
	Steps     uint64
	Err       string
}

// Stop says this peer is stopping (its node shuts down) while the job is
// under way. A poster still following training ends it with what the
// receipts show, records what it saw of each winner and journals the job
// as trained, so that a restart settles those credits; a member still
// training journals why its training ended. Calls in flight are left to
// the restart.
type Stop struct{ Why string }

// Outcome is how a chain call went.
type Outcome uint8

// Outcomes of a chain call.
const (
	// OK: the transaction was mined (or the view read).
	OK Outcome = iota + 1
	// Unreachable: the chain did not answer (the node is offline, the RPC
	// endpoint is down, the transaction was not mined in time). Tried again
	// with back-off.
	Unreachable
	// Reverted: the contract refused the call; Revert names its error.
	Reverted
)

func (o Outcome) String() string {
	switch o {
	case OK:
		return "ok"
	case Unreachable:
		return "unreachable"
	case Reverted:
		return "reverted"
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// CallResult answers the Call with ID.
type CallResult struct {
	ID      uint64
	Outcome Outcome
	// Revert is the contract's error name (Reverted), "" if unknown.
	Revert string
	// Err says what went wrong, for people.
	Err string
	// Txs are the transactions the call sent, in order (a withdrawal may
	// release first); their hashes go to the journal.
	Txs []Tx
	// Amount is what the call moved: slashed, refunded, or withdrawn.
	Amount *big.Int
	// View is CallView's answer.
	View *ChainView
}

// Tx is a mined transaction: what it did (the contract method) and its
// hash.
type Tx struct {
	Method string
	Hash   string
}

// ChainStatus is where a job is on-chain, as the contract numbers it.
type ChainStatus uint8

// On-chain statuses.
const (
	ChainNone ChainStatus = iota
	ChainOpen
	ChainSettled
	ChainClosed
)

func (s ChainStatus) String() string {
	switch s {
	case ChainNone:
		return "none"
	case ChainOpen:
		return "open"
	case ChainSettled:
		return "settled"
	case ChainClosed:
		return "closed"
	}
	return fmt.Sprintf("ChainStatus(%d)", uint8(s))
}

// ChainView is what the chain shows of the job at its head block.
type ChainView struct {
	// HeadMs is the head block's timestamp: the time the contract sees.
	// Deadlines are compared with it, never with the local clock, since a
	// call passes a deadline only once a block after it exists.
	HeadMs           uint64
	Status           ChainStatus
	SettleDeadlineMs uint64
	ReleaseAtMs      uint64 // zero until settled
	GroupSize        uint32
	// QuorumBps and ClaimWindowMs are the contract's parameters.
	QuorumBps     uint16
	ClaimWindowMs uint64
	// Credit and Released are this peer's credit from the job (members).
	Credit   *big.Int
	Released bool
}

func (PeerReceipt) isInput() {}
func (OwnReceipt) isInput()  {}
func (PeerReady) isInput()   {}
func (Prepared) isInput()    {}
func (TrainResult) isInput() {}
func (CallResult) isInput()  {}
func (Stop) isInput()        {}

// --- Effects -------------------------------------------------------------------

// CallKind names a chain call.
type CallKind uint8

// Chain calls.
const (
	// CallView reads the job and this peer's credit (ChainView).
	CallView CallKind = iota + 1
	// CallRegisterAward pins the poster-signed award on-chain (the first
	// winner, before step 1), so the poster cannot settle under another.
	CallRegisterAward
	// CallSettle credits Credits (award order). Several jobs' settle calls
	// may go in one transaction.
	CallSettle
	// CallSlash submits Evidence.
	CallSlash
	// CallClaim pays this winner Proof's steps of a job never settled.
	CallClaim
	// CallChallenge raises this winner's credit to Proof's steps.
	CallChallenge
	// CallWithdraw releases this job's credit first (Release) and withdraws
	// this peer's balance.
	CallWithdraw
	// CallRefund takes back the escrow no member can claim any more.
	CallRefund
)

func (k CallKind) String() string {
	switch k {
	case CallView:
		return "view"
	case CallRegisterAward:
		return "register-award"
	case CallSettle:
		return "settle"
	case CallSlash:
		return "slash"
	case CallClaim:
		return "claim"
	case CallChallenge:
		return "challenge"
	case CallWithdraw:
		return "withdraw"
	case CallRefund:
		return "refund"
	}
	return fmt.Sprintf("CallKind(%d)", uint8(k))
}

// what names the call in text for people (node's logs, which tests and
// operators grep: "settlement failed; trying again ...").
func (k CallKind) what() string {
	switch k {
	case CallView:
		return "reading the job on-chain"
	case CallRegisterAward:
		return "registering the award"
	case CallSettle:
		return "settlement"
	case CallSlash:
		return "slashing"
	case CallClaim:
		return "claim"
	case CallChallenge:
		return "challenge"
	case CallWithdraw:
		return "withdrawal"
	case CallRefund:
		return "refund"
	}
	return k.String()
}

// Call is a chain call to make; its result is stepped back as a
// CallResult with the same ID. The award and the job are the machine's.
type Call struct {
	ID       uint64
	Kind     CallKind
	Credits  []uint64   // CallSettle
	Proof    *StepProof // CallClaim, CallChallenge
	Evidence *Evidence  // CallSlash
	Release  bool       // CallWithdraw
}

// Publish is a message for the job's training topic.
type Publish struct {
	// Receipt, when set, is a receipt to publish; otherwise the message is
	// this member's readiness.
	Receipt *Receipt
}

// TrainKind names a training command.
type TrainKind uint8

// Training commands.
const (
	// TrainPrepare: fetch the recipe and this member's shard, open the
	// ring endpoint, then step Prepared (or a TrainResult with Err).
	TrainPrepare TrainKind = iota + 1
	// TrainRun: form the ring with whoever is ready and train; each
	// receipt comes back as OwnReceipt, the end as TrainResult.
	TrainRun
	// TrainCollect (posters): fetch the model ModelHash from a winner that
	// receipted it, check and score it.
	TrainCollect
)

func (k TrainKind) String() string {
	switch k {
	case TrainPrepare:
		return "prepare"
	case TrainRun:
		return "run"
	case TrainCollect:
		return "collect"
	}
	return fmt.Sprintf("TrainKind(%d)", uint8(k))
}

// Train is a training command.
type Train struct {
	Kind      TrainKind
	ModelHash Hash // TrainCollect
}

// EventKind names a step in a job's life, for people and tests (the node's
// JobEventKind has the same names).
type EventKind string

// Event kinds.
const (
	EventAwarded      EventKind = "awarded"
	EventReady        EventKind = "ready"        // the group is ready (or the wait timed out): forming
	EventReceipt      EventKind = "receipt"      // a receipt was filed
	EventTrained      EventKind = "trained"      // training ended (member: its run; poster: the group's)
	EventSettled      EventKind = "settled"      // the poster's settlement is on-chain
	EventRetry        EventKind = "retry"        // a chain call failed and will be tried again
	EventClaimed      EventKind = "claimed"      // a winner claimed an unsettled job
	EventChallenge    EventKind = "challenge"    // a winner raised its credit with receipts
	EventWithdrawn    EventKind = "withdrawn"    // a member was paid out
	EventRefunded     EventKind = "refunded"     // the poster got the unspent escrow back
	EventSlashed      EventKind = "slashed"      // evidence this peer reported slashed someone
	EventEquivocation EventKind = "equivocation" // a member signed two receipts for one step
	EventFailed       EventKind = "failed"       // the job cannot go on for this peer (or a slash failed)
	EventRefused      EventKind = "refused"      // a receipt or call result was not applied
)

// Event is something that happened to the job.
type Event struct {
	Kind EventKind
	// Peer is the member concerned, where there is one.
	Peer Address
	// Step is a receipt's or a proof's step.
	Step uint64
	// Tx is the transaction concerned.
	Tx *Tx
	// Amount is what was paid, refunded or slashed, in base units.
	Amount *big.Int
	// Text says what happened, for people.
	Text string
	// Err is why (retry, failed, refused, a training that ended early).
	Err string
}

// Ready is what a Machine asks its caller to do, in the order of the
// package doc.
type Ready struct {
	// Record, when set, is the job's journal to persist first.
	Record       *Record
	Calls        []Call
	Publish      []Publish
	Train        []Train
	Observations []score.Observation
	Events       []Event
}

// Empty reports whether there is nothing to do.
func (r *Ready) Empty() bool {
	return r.Record == nil && len(r.Calls) == 0 && len(r.Publish) == 0 && len(r.Train) == 0 &&
		len(r.Observations) == 0 && len(r.Events) == 0
}

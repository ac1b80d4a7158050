package job

import (
	"fmt"
	"math/big"

	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// --- Inputs ------------------------------------------------------------------

// Input is what Step takes: one of PeerReceipt, OwnReceipt, PeerReady,
// Prepared, TrainResult, CallResult, Stop, and for verified work
// PeerAudit, PeerDecline, PeerEvidence, PeerAttestation, Verified,
// Rechecked; PeerSeat, CalledIn, PeerWitness and Witnessed for the ring's
// call-ins.
type Input interface{ isInput() }

// PeerAudit is a signed Audit from the training topic; the shell checked
// that its signature recovers to Audit.Verifier.
type PeerAudit struct{ Audit protocol.Audit }

// PeerEvidence is work evidence from the training topic. The shell decoded
// it (protocol.DecodeWorkEvidence), checked the verifier's signature of its
// statement, the accused's signature of the receipt and the leaf's
// inclusion proof under the receipt's root; the machine decides who
// re-checks it.
type PeerEvidence struct{ Evidence *protocol.WorkEvidence }

// Found is evidence this peer found and signed outside the audit sample:
// an equivocation in its training ring (the ring's records hold two
// contradicting signatures of a member, protocol.WorkEvidence's
// equivocation form). The machine publishes it with this peer's
// attestation, as it does a failed audit's evidence; the others re-check
// and attest, and a quorum convicts.
type Found struct{ Evidence *protocol.WorkEvidence }

// PeerAttestation is a FaultAttestation signed by Signer (checked by the
// shell): a re-checker's confirmation of work evidence. The shell steps
// this peer's own attestations back in too, once signed.
type PeerAttestation struct {
	Attestation protocol.FaultAttestation
	Signer      Address
	Sig         [protocol.SignatureLen]byte
}

// Verified answers a Verify: this peer recomputed Member's Step. LeafHash
// names the leaf it checked; OK says whether the recomputed contribution
// matched it. When it did not, Evidence is the work evidence, filled and
// signed by the shell. Err says why the check could not be made (the
// member served no leaf or state): that is no verdict.
type Verified struct {
	Member   Address
	Step     uint64
	LeafHash Hash
	OK       bool
	Evidence *protocol.WorkEvidence
	Err      string
	// Decline, with Err, is the reason (DeclineUnavailable) when this
	// peer gives the audit up for good, after its tries: the machine
	// publishes its decline. 0: no verdict, and no decline.
	Decline uint8
}

// Rechecked answers a Recheck: Confirmed says whether recomputing the step
// the evidence names gave its verdict (the accused's commitment is wrong).
// Err says why the re-check could not be made: that is no verdict.
type Rechecked struct {
	EvidenceHash Hash
	Confirmed    bool
	Err          string
}

// PeerDecline is a verifier's decline of an audit (Decline), from the
// training topic; the shell checked that its signature recovers to
// Decline.Verifier. This peer's own comes back too, once signed.
type PeerDecline struct{ Decline Decline }

// PeerReceipt is a receipt gossiped on the job's training topic, its
// signature checked by the shell.
type PeerReceipt struct{ Receipt Receipt }

// PeerEquivocation is a follower's evidence that a member signed two
// different receipts for one step, gossiped on the job's training topic
// (KindEquivocation): the shell checked both signatures. The machine
// files both receipts, so that every follower takes the slot out of its
// period's seed, whichever of them gossip brought it (PROTOCOL.md,
// "Verified work").
type PeerEquivocation struct{ Evidence Evidence }

func (PeerEquivocation) isInput() {}

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

// PeerSeat is a called-in standby's seat statement, its signature
// checked by the shell against its Standby (this peer's own too, stepped
// back once signed).
type PeerSeat struct{ Seat SignedSeat }

// CalledIn tells a standby's machine that the ring called it in to train
// the shard of winner Seat from the state after step From (the shell's
// job.CallInShard and join point), or a restarted winner's (Config.Rejoin)
// that the ring called it back into its own seat Seat there: the machine
// asks for its seat statement to be signed and published (Publish.Seat),
// which for a winner ends its gap (Book.Gaps).
type CalledIn struct {
	Seat uint32
	From uint64
}

// PeerWitness is a rejoin witness, its signature checked by the shell
// and Witness its signer (this peer's own too, stepped back once signed).
type PeerWitness struct{ Witness SignedWitness }

// Witnessed tells a member's machine that its ring ran an operation
// without winner Member and the next one, the first after step From,
// with it: the winner was called back in after a restart. The machine
// asks for a rejoin witness to be signed and published (Publish.Witness).
type Witnessed struct {
	Member Address
	From   uint64
}

func (PeerWitness) isInput()     {}
func (Witnessed) isInput()       {}
func (PeerSeat) isInput()        {}
func (CalledIn) isInput()        {}
func (PeerReceipt) isInput()     {}
func (OwnReceipt) isInput()      {}
func (PeerReady) isInput()       {}
func (Prepared) isInput()        {}
func (TrainResult) isInput()     {}
func (CallResult) isInput()      {}
func (Stop) isInput()            {}
func (PeerAudit) isInput()       {}
func (PeerDecline) isInput()     {}
func (PeerEvidence) isInput()    {}
func (Found) isInput()           {}
func (PeerAttestation) isInput() {}
func (Verified) isInput()        {}
func (Rechecked) isInput()       {}

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
	// CallSlashFault submits Conviction to slashFault (posters).
	CallSlashFault
	// CallChallengeFault lowers the convicted member's settled credit to
	// CreditCap (0 for faults 2 and 4) with challengeFault (posters that settled
	// before the conviction).
	CallChallengeFault
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
	case CallSlashFault:
		return "slash-fault"
	case CallChallengeFault:
		return "challenge-fault"
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
	case CallSlashFault:
		return "the fault slashing"
	case CallChallengeFault:
		return "the fault challenge"
	}
	return k.String()
}

// Call is a chain call to make; its result is stepped back as a
// CallResult with the same ID. The award and the job are the machine's.
type Call struct {
	ID      uint64
	Kind    CallKind
	Credits []uint64 // CallSettle
	// Audits is CallSettle's audits column: the part of each member's
	// Credits paid as audits from the job's verification bound
	// (Config.AuditBound); nil when none. The shell settles Credits −
	// Audits as steps and Audits as audits.
	Audits   []uint64
	Proof    *StepProof // CallClaim, CallChallenge
	Evidence *Evidence  // CallSlash
	Release  bool       // CallWithdraw
	// Conviction is CallSlashFault's and CallChallengeFault's quorum.
	Conviction *Conviction
}

// Conviction is a FaultAttestation (fault 2 or 4) with the signatures of
// a quorum of re-checkers, in signer address order: what slashFault and
// challengeFault take (chain.NewFaultQuorum places the poster's).
type Conviction struct {
	Attestation protocol.FaultAttestation
	Signers     []Address
	Sigs        [][protocol.SignatureLen]byte
}

// Verify asks this peer to recompute Member's Step, a pair the audit
// sample assigned to it: Receipt is the member's signed receipt whose
// ContribRoot commits to the step, LeafIndex and LeafCount place the
// step's leaf in that period. The answer comes back as Verified.
type Verify struct {
	Member               Address
	Step                 uint64
	Receipt              Receipt
	LeafIndex, LeafCount uint64
}

// Publish is a message for the job's training topic. At most one field
// is set; none means this member's readiness.
type Publish struct {
	// Receipt is a signed receipt to publish.
	Receipt *Receipt
	// Audit is an audit this peer made, for the shell to sign.
	Audit *protocol.Audit
	// Evidence is work evidence this peer signed.
	Evidence *protocol.WorkEvidence
	// Attestation is a FaultAttestation for the shell to sign, publish and
	// step back as a PeerAttestation.
	Attestation *protocol.FaultAttestation
	// Seat is this standby's seat statement, for the shell to sign,
	// publish and step back as a PeerSeat.
	Seat *SeatStatement
	// Decline is this verifier's decline of an audit, for the shell to
	// sign and publish (as many times as an audit) and step back as a
	// PeerDecline.
	Decline *Decline
	// Witness is this member's rejoin witness (Witnessed), for the shell
	// to sign, publish and step back as a PeerWitness.
	Witness *RejoinWitness
	// Equivocation is a member's two receipts for one step, both held
	// by this peer, which learnt of them from receipts: the shell
	// publishes them (KindEquivocation; as many times as an audit), so
	// that a follower that got only one learns of the other (gossip
	// dedup, a fetch) and seeds as the others do.
	Equivocation *Evidence
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
	// TrainDrop (members): drop Peer, convicted of faulty work, from the
	// ring (a standby is called in, or the survivors go on).
	TrainDrop
	// TrainRejoin (members restored mid-training with Config.Rejoin):
	// ask the group, which trained on without this member, to call it
	// back into its seat, fetch the group's state there and train on;
	// each receipt comes back as OwnReceipt, the end (or why it stayed
	// out) as TrainResult.
	TrainRejoin
)

func (k TrainKind) String() string {
	switch k {
	case TrainPrepare:
		return "prepare"
	case TrainRun:
		return "run"
	case TrainCollect:
		return "collect"
	case TrainDrop:
		return "drop"
	case TrainRejoin:
		return "rejoin"
	}
	return fmt.Sprintf("TrainKind(%d)", uint8(k))
}

// Train is a training command.
type Train struct {
	Kind      TrainKind
	ModelHash Hash    // TrainCollect
	Peer      Address // TrainDrop
	// Conviction is the quorum's conviction of Peer (TrainDrop): what
	// shows the other members of the ring that it was convicted.
	Conviction *Conviction
}

// EventKind names a step in a job's life, for people and tests (the node's
// JobEventKind has the same names).
type EventKind string

// Event kinds.
const (
	EventAwarded      EventKind = "awarded"
	EventReady        EventKind = "ready"            // the group is ready (or the wait timed out): forming
	EventReceipt      EventKind = "receipt"          // a receipt was filed
	EventTrained      EventKind = "trained"          // training ended (member: its run; poster: the group's)
	EventSettled      EventKind = "settled"          // the poster's settlement is on-chain
	EventRetry        EventKind = "retry"            // a chain call failed and will be tried again
	EventClaimed      EventKind = "claimed"          // a winner claimed an unsettled job
	EventChallenge    EventKind = "challenge"        // a winner raised its credit with receipts
	EventWithdrawn    EventKind = "withdrawn"        // a member was paid out
	EventRefunded     EventKind = "refunded"         // the poster got the unspent escrow back
	EventSlashed      EventKind = "slashed"          // evidence this peer reported slashed someone
	EventEquivocation EventKind = "equivocation"     // a member signed two receipts for one step
	EventFailed       EventKind = "failed"           // the job cannot go on for this peer (or a slash failed)
	EventRefused      EventKind = "refused"          // a receipt or call result was not applied
	EventSeat         EventKind = "seat"             // a called-in standby stated its seat
	EventJobAudit     EventKind = "job-audit"        // this peer is asked for a member's job audit
	EventAudit        EventKind = "audit"            // a sampled pair was verified (by this peer or, for posters, anyone)
	EventAuditWait    EventKind = "audit-wait"       // a poster's training is over; it waits for the audits drawn
	EventResampled    EventKind = "resampled"        // a late receipt of a period's seed group re-seeded its sample
	EventDeclined     EventKind = "audit-declined"   // a verifier declined an audit assigned to it (this peer or, for posters, anyone)
	EventEvidence     EventKind = "evidence"         // work evidence accuses a member
	EventConvicted    EventKind = "convicted"        // a quorum of re-checkers confirmed work evidence
	EventAccusation   EventKind = "false-accusation" // a re-check refuted work evidence
	EventFetch        EventKind = "fetch"            // this peer asks the group for receipts and seat statements it lacks
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
	// Verify are the audits the sample assigned to this peer.
	Verify []Verify
	// Recheck is work evidence for this peer to re-check with one
	// recomputation; each answer comes back as Rechecked.
	Recheck []*protocol.WorkEvidence
	// Fetch, when set, asks for the receipts and seat statements this
	// peer lacks (fetch.go); they come back as PeerReceipt and PeerSeat.
	Fetch *Fetch
}

// Empty reports whether there is nothing to do.
func (r *Ready) Empty() bool {
	return r.Record == nil && len(r.Calls) == 0 && len(r.Publish) == 0 && len(r.Train) == 0 &&
		len(r.Observations) == 0 && len(r.Events) == 0 && len(r.Verify) == 0 && len(r.Recheck) == 0 && r.Fetch == nil
}

package protocol

import (
	"math/big"

	"golang.org/x/crypto/sha3"
)

// EIP-712 typed-data hashing (https://eips.ethereum.org/EIPS/eip-712), with
// the domain and type strings of PROTOCOL.md. The contract rebuilds these
// very hashes, so any change here is a protocol change.

// Type strings, exactly as in PROTOCOL.md. JobAnnounce, Decline, Audit and
// WorkEvidence never reach the contract; the other five are its
// *_TYPEHASH constants.
const (
	TypeEIP712Domain     = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	TypeJobAnnounce      = "JobAnnounce(bytes32 jobId,address poster,bytes32 modelHash,bytes32 datasetRoot,uint32 groupSize,uint64 minVramBytes,uint64 minThroughput,uint64 steps,uint256 budget,uint64 commitDeadlineMs,uint64 revealDeadlineMs,uint64 nonce,bytes32 qualityRoot,uint32 audits,bytes32 heldOutHash,bool evalHigherIsBetter,uint64 evalThreshold,uint64 evalTolerance,uint96 evalFee,uint8 evalQuorum,uint16 evalConditionalBps,uint128 evalMinStake)"
	TypeBidCommit        = "BidCommit(bytes32 jobId,address bidder,bytes32 commitment)"
	TypeBidReveal        = "BidReveal(bytes32 jobId,address bidder,uint256 pricePerStep,uint64 throughput,uint64 vramBytes,uint32 latencyMs,bytes32 attestation,bytes32 salt)"
	TypeDecline          = "Decline(bytes32 jobId,address provider,uint8 reason)"
	TypeAward            = "Award(bytes32 jobId,address poster,address[] winners,address[] standbys,uint256[] prices)"
	TypeStepReceipt      = "StepReceipt(bytes32 jobId,address member,uint64 step,bytes32 paramsHash,bytes32 contribRoot)"
	TypeFaultAttestation = "FaultAttestation(bytes32 jobId,address accused,uint8 fault,uint64 step,bytes32 evidenceHash)"
	// TypeAudit and TypeWorkEvidence never reach the contract: the group
	// and the poster check them (PROTOCOL.md, "Verified work").
	TypeAudit        = "Audit(bytes32 jobId,address verifier,address member,uint64 step,bytes32 leafHash,bool ok)"
	TypeWorkEvidence = "WorkEvidence(bytes32 jobId,address accused,uint8 fault,uint64 step,address verifier,bytes32 body)"
	// TypeScore is the evaluations contract's SCORE_TYPEHASH, signed under
	// the same domain (the settlement contract's).
	TypeScore = "Score(bytes32 jobId,address evaluator,bytes32 modelHash,bytes32 heldOutHash,uint64 score)"
)

// DomainName and DomainVersion are the fixed fields of trainmesh's domain.
const (
	DomainName    = "trainmesh"
	DomainVersion = "1"
)

var (
	domainTypeHash   = Keccak256([]byte(TypeEIP712Domain))
	announceTypeHash = Keccak256([]byte(TypeJobAnnounce))
	commitTypeHash   = Keccak256([]byte(TypeBidCommit))
	revealTypeHash   = Keccak256([]byte(TypeBidReveal))
	declineTypeHash  = Keccak256([]byte(TypeDecline))
	awardTypeHash    = Keccak256([]byte(TypeAward))
	receiptTypeHash  = Keccak256([]byte(TypeStepReceipt))
	faultTypeHash    = Keccak256([]byte(TypeFaultAttestation))
	auditTypeHash    = Keccak256([]byte(TypeAudit))
	evidenceTypeHash = Keccak256([]byte(TypeWorkEvidence))
	scoreTypeHash    = Keccak256([]byte(TypeScore))
	domainNameHash   = Keccak256([]byte(DomainName))
	domainVerHash    = Keccak256([]byte(DomainVersion))
)

// Keccak256 returns keccak256 of the concatenation of parts (the hash of
// Ethereum and of every trainmesh message).
func Keccak256(parts ...[]byte) (h Hash) {
	d := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		d.Write(p)
	}
	d.Sum(h[:0])
	return h
}

// Domain is the EIP-712 domain of one deployment, which every message is
// signed under: the chain's ID and the settlement contract's address.
// Messages signed under another domain do not verify, so they cannot be
// replayed across chains or contract deployments.
type Domain struct {
	ChainID           uint64
	VerifyingContract Address
}

// DomainTypeHash is keccak256 of TypeEIP712Domain.
func DomainTypeHash() Hash { return domainTypeHash }

// Separator returns the domain separator hashStruct(EIP712Domain).
func (d Domain) Separator() Hash {
	b := make([]byte, 0, 5*word)
	b = append(b, domainTypeHash[:]...)
	b = append(b, domainNameHash[:]...)
	b = append(b, domainVerHash[:]...)
	b = appendUint(b, d.ChainID)
	b = appendWord(b, d.VerifyingContract[:])
	return Keccak256(b)
}

// Digest returns keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(m)), the
// 32 bytes a signer signs.
func (d Domain) Digest(m Struct) Hash {
	return DigestWith(d.Separator(), m.StructHash())
}

// DigestWith is Digest with a precomputed domain separator (the hot path of
// gossip validation computes the separator once).
func DigestWith(separator, structHash Hash) Hash {
	return Keccak256([]byte{0x19, 0x01}, separator[:], structHash[:])
}

func (JobAnnounce) TypeHash() Hash       { return announceTypeHash }
func (BidCommit) TypeHash() Hash         { return commitTypeHash }
func (BidReveal) TypeHash() Hash         { return revealTypeHash }
func (Decline) TypeHash() Hash           { return declineTypeHash }
func (Award) TypeHash() Hash             { return awardTypeHash }
func (StepReceipt) TypeHash() Hash       { return receiptTypeHash }
func (FaultAttestation) TypeHash() Hash  { return faultTypeHash }
func (Audit) TypeHash() Hash             { return auditTypeHash }
func (EvidenceStatement) TypeHash() Hash { return evidenceTypeHash }
func (Score) TypeHash() Hash             { return scoreTypeHash }

// For the fixed-size messages every field is a static type, so encodeData is
// the ABI encoding itself and hashStruct is keccak(typeHash ‖ abi fields).
func staticStructHash(m Struct, size int) Hash {
	th := m.TypeHash()
	return Keccak256(m.AppendABI(append(make([]byte, 0, word+size), th[:]...)))
}

func (m JobAnnounce) StructHash() Hash      { return staticStructHash(m, AnnounceABILen) }
func (m BidCommit) StructHash() Hash        { return staticStructHash(m, CommitABILen) }
func (m BidReveal) StructHash() Hash        { return staticStructHash(m, RevealABILen) }
func (m Decline) StructHash() Hash          { return staticStructHash(m, DeclineABILen) }
func (m StepReceipt) StructHash() Hash      { return staticStructHash(m, ReceiptABILen) }
func (m FaultAttestation) StructHash() Hash { return staticStructHash(m, FaultABILen) }
func (m Audit) StructHash() Hash            { return staticStructHash(m, AuditABILen) }
func (m Score) StructHash() Hash            { return staticStructHash(m, ScoreABILen) }
func (m EvidenceStatement) StructHash() Hash {
	return staticStructHash(m, EvidenceStatementABILen)
}

// StructHash of an Award: an address[] or uint256[] is encoded as the
// keccak256 of its elements, each padded to 32 bytes (EIP-712,
// "encodeData"; Solidity's keccak256(abi.encodePacked(array))).
func (m Award) StructHash() Hash {
	b := make([]byte, 0, 6*word)
	b = append(b, awardTypeHash[:]...)
	b = append(b, m.JobID[:]...)
	b = appendWord(b, m.Poster[:])
	w, s, p := hashAddresses(m.Winners), hashAddresses(m.Standbys), hashUints(m.Prices)
	b = append(b, w[:]...)
	b = append(b, s[:]...)
	b = append(b, p[:]...)
	return Keccak256(b)
}

func hashUints(vs []*big.Int) Hash {
	b := make([]byte, 0, word*len(vs))
	for _, v := range vs {
		b = appendBig(b, v)
	}
	return Keccak256(b)
}

func hashAddresses(as []Address) Hash {
	b := make([]byte, 0, word*len(as))
	for _, a := range as {
		b = appendWord(b, a[:])
	}
	return Keccak256(b)
}

// JobIDOf returns keccak256(abi.encode(poster, nonce)), the ID of the job a
// poster announces (and escrows) with that nonce; the contract derives the
// same (jobIdOf).
func JobIDOf(poster Address, nonce uint64) Hash {
	b := appendWord(make([]byte, 0, 2*word), poster[:])
	return Keccak256(appendUint(b, nonce))
}

package auction

import (
	"golang.org/x/crypto/sha3"
)

// EIP-712 typed-data hashing (https://eips.ethereum.org/EIPS/eip-712), with
// the domain and type strings of PROTOCOL.md. The contract rebuilds these
// very hashes, so any change here is a protocol change.

// Type strings, exactly as in PROTOCOL.md.
const (
	DomainType   = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	AnnounceType = "JobAnnounce(bytes32 jobId,address poster,bytes32 modelHash,bytes32 datasetRoot,uint32 groupSize,uint64 minVramBytes,uint64 minThroughput,uint64 steps,uint256 budget,uint64 commitDeadlineMs,uint64 revealDeadlineMs,uint64 nonce)"
	CommitType   = "BidCommit(bytes32 jobId,address bidder,bytes32 commitment)"
	RevealType   = "BidReveal(bytes32 jobId,address bidder,uint256 pricePerStep,uint64 throughput,uint64 vramBytes,uint32 latencyMs,bytes32 attestation,bytes32 salt)"
	DeclineType  = "Decline(bytes32 jobId,address provider,uint8 reason)"
	AwardType    = "Award(bytes32 jobId,address poster,address[] winners,address[] standbys,uint256 pricePerStep)"
)

// DomainName and DomainVersion are the fixed fields of trainmesh's domain.
const (
	DomainName    = "trainmesh"
	DomainVersion = "1"
)

var (
	domainTypeHash   = keccak([]byte(DomainType))
	announceTypeHash = keccak([]byte(AnnounceType))
	commitTypeHash   = keccak([]byte(CommitType))
	revealTypeHash   = keccak([]byte(RevealType))
	declineTypeHash  = keccak([]byte(DeclineType))
	awardTypeHash    = keccak([]byte(AwardType))
)

// keccak returns keccak256 of the concatenation of parts.
func keccak(parts ...[]byte) (h Hash) {
	d := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		d.Write(p)
	}
	d.Sum(h[:0])
	return h
}

// Keccak256 returns keccak256 of the concatenation of parts (the hash of
// Ethereum and of every trainmesh message).
func Keccak256(parts ...[]byte) Hash { return keccak(parts...) }

// Domain is the EIP-712 domain a node's messages are signed under: the L2's
// chain ID and the settlement contract's address. Messages signed under
// another domain do not verify, so they cannot be replayed across chains or
// contract deployments.
type Domain struct {
	ChainID           uint64
	VerifyingContract Address
}

// Separator returns the domain separator hashStruct(EIP712Domain).
func (d Domain) Separator() Hash {
	b := make([]byte, 0, 5*word)
	b = append(b, domainTypeHash[:]...)
	name, version := keccak([]byte(DomainName)), keccak([]byte(DomainVersion))
	b = append(b, name[:]...)
	b = append(b, version[:]...)
	b = appendUint(b, d.ChainID)
	b = appendWord(b, d.VerifyingContract[:])
	return keccak(b)
}

// Digest returns keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(m)), the
// 32 bytes a peer signs.
func (d Domain) Digest(m Message) Hash {
	sep, sh := d.Separator(), m.StructHash()
	return DigestWith(sep, sh)
}

// DigestWith is Digest with a precomputed domain separator (the hot path of
// gossip validation computes the separator once).
func DigestWith(separator, structHash Hash) Hash {
	return keccak([]byte{0x19, 0x01}, separator[:], structHash[:])
}

// For the fixed-size messages every field is a static type, so encodeData is
// the ABI encoding itself and hashStruct is keccak(typeHash ‖ abi fields).

func (m *JobAnnounce) StructHash() Hash {
	return keccak(m.AppendABI(append(make([]byte, 0, word+AnnounceABILen), announceTypeHash[:]...)))
}

func (m *BidCommit) StructHash() Hash {
	return keccak(m.AppendABI(append(make([]byte, 0, word+CommitABILen), commitTypeHash[:]...)))
}

func (m *BidReveal) StructHash() Hash {
	return keccak(m.AppendABI(append(make([]byte, 0, word+RevealABILen), revealTypeHash[:]...)))
}

func (m *Decline) StructHash() Hash {
	return keccak(m.AppendABI(append(make([]byte, 0, word+DeclineABILen), declineTypeHash[:]...)))
}

// StructHash of an Award: an address[] is encoded as the keccak256 of its
// elements, each padded to 32 bytes (EIP-712, "encodeData").
func (m *Award) StructHash() Hash {
	b := make([]byte, 0, 6*word)
	b = append(b, awardTypeHash[:]...)
	b = append(b, m.JobID[:]...)
	b = appendWord(b, m.Poster[:])
	w, s := hashAddresses(m.Winners), hashAddresses(m.Standbys)
	b = append(b, w[:]...)
	b = append(b, s[:]...)
	b = appendBig(b, m.PricePerStep)
	return keccak(b)
}

func hashAddresses(as []Address) Hash {
	b := make([]byte, 0, word*len(as))
	for _, a := range as {
		b = appendWord(b, a[:])
	}
	return keccak(b)
}

// JobIDOf returns keccak256(abi.encode(poster, nonce)), the ID of the job a
// poster announces with that nonce.
func JobIDOf(poster Address, nonce uint64) Hash {
	b := appendWord(make([]byte, 0, 2*word), poster[:])
	return keccak(appendUint(b, nonce))
}

// TieHash is keccak256(jobId ‖ bidder): the tie-break between bids of equal
// adjusted price (lower wins), the same on every peer and unknowable before
// the job exists.
func TieHash(job Hash, bidder Address) Hash { return keccak(job[:], bidder[:]) }

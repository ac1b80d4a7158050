package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/trainmesh/trainmesh/identity"
)

// The EIP-712 domain and type strings of PROTOCOL.md, byte for byte. The
// contract hashes the same strings; a test checks both against go-ethereum's
// independent EIP-712 implementation (signer/core/apitypes).
const (
	DomainName    = "trainmesh"
	DomainVersion = "1"

	TypeEIP712Domain     = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	TypeBidCommit        = "BidCommit(bytes32 jobId,address bidder,bytes32 commitment)"
	TypeBidReveal        = "BidReveal(bytes32 jobId,address bidder,uint256 pricePerStep,uint64 throughput,uint64 vramBytes,uint32 latencyMs,bytes32 attestation,bytes32 salt)"
	TypeAward            = "Award(bytes32 jobId,address poster,address[] winners,address[] standbys,uint256 pricePerStep)"
	TypeStepReceipt      = "StepReceipt(bytes32 jobId,address member,uint64 step,bytes32 paramsHash)"
	TypeFaultAttestation = "FaultAttestation(bytes32 jobId,address accused,uint8 fault,uint64 step,bytes32 evidenceHash)"
)

var (
	typeHashDomain    = crypto.Keccak256Hash([]byte(TypeEIP712Domain))
	typeHashBidCommit = crypto.Keccak256Hash([]byte(TypeBidCommit))
	typeHashBidReveal = crypto.Keccak256Hash([]byte(TypeBidReveal))
	typeHashAward     = crypto.Keccak256Hash([]byte(TypeAward))
	typeHashReceipt   = crypto.Keccak256Hash([]byte(TypeStepReceipt))
	typeHashFault     = crypto.Keccak256Hash([]byte(TypeFaultAttestation))
)

// Domain is the EIP-712 domain of one deployment: the chain and the
// settlement contract. Messages signed under another domain do not verify.
type Domain struct {
	ChainID    *big.Int
	Settlement common.Address
}

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(
		typeHashDomain[:],
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		uint256Word(d.ChainID),
		addressWord(d.Settlement),
	)
}

// Digest returns the hash a signer signs: keccak256(0x19 0x01 ‖ separator ‖
// hashStruct(m)).
func (d Domain) Digest(m Message) common.Hash {
	sep := d.Separator()
	sh := m.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// Sign signs m under d with key: 65 bytes r‖s‖v, v in {27, 28}, low s.
func (d Domain) Sign(key *identity.Key, m Message) ([]byte, error) {
	return key.SignHash(d.Digest(m))
}

// Recover returns the address that signed m under d.
func (d Domain) Recover(m Message, sig []byte) (common.Address, error) {
	return identity.Recover(d.Digest(m), sig)
}

// Message is an EIP-712 typed message of PROTOCOL.md.
type Message interface {
	// StructHash is the EIP-712 hashStruct of the message.
	StructHash() common.Hash
}

// BidCommit is a sealed bid: commitment = keccak256(abi.encode(the reveal's
// fields)).
type BidCommit struct {
	JobID      common.Hash
	Bidder     common.Address
	Commitment common.Hash
}

// BidReveal opens a BidCommit.
type BidReveal struct {
	JobID        common.Hash
	Bidder       common.Address
	PricePerStep *big.Int
	Throughput   uint64
	VRAMBytes    uint64
	LatencyMs    uint32
	Attestation  common.Hash
	Salt         common.Hash
}

// StepReceipt is a member's signed statement that it completed step Step
// with parameters hashing to ParamsHash.
type StepReceipt struct {
	JobID      common.Hash
	Member     common.Address
	Step       uint64
	ParamsHash common.Hash
}

// FaultAttestation is a group member's signed statement that Accused
// committed fault Fault at step Step.
type FaultAttestation struct {
	JobID        common.Hash
	Accused      common.Address
	Fault        uint8
	Step         uint64
	EvidenceHash common.Hash
}

// Award is the poster's signed result of a job's auction. Winners train from
// step 1 in ring order; standbys replace members that drop out.
type Award struct {
	JobID        common.Hash
	Poster       common.Address
	Winners      []common.Address
	Standbys     []common.Address
	PricePerStep *big.Int
}

// Fault kinds of PROTOCOL.md.
const (
	FaultMissedSteps uint8 = 1
	FaultWrongResult uint8 = 2
	FaultGarbageData uint8 = 3
)

// Fields returns the ABI encoding of the message's fields in type-string
// order: the form evidence takes on-chain.
func (m BidCommit) Fields() []byte {
	return concat(m.JobID[:], addressWord(m.Bidder), m.Commitment[:])
}

// StructHash implements Message.
func (m BidCommit) StructHash() common.Hash { return structHash(typeHashBidCommit, m.Fields()) }

// Fields returns the ABI encoding of the message's fields in type-string order.
func (m BidReveal) Fields() []byte {
	return concat(m.JobID[:], addressWord(m.Bidder), uint256Word(m.PricePerStep), uintWord(m.Throughput),
		uintWord(m.VRAMBytes), uintWord(uint64(m.LatencyMs)), m.Attestation[:], m.Salt[:])
}

// StructHash implements Message.
func (m BidReveal) StructHash() common.Hash { return structHash(typeHashBidReveal, m.Fields()) }

// Commitment returns the hash a BidCommit carries for this reveal
// (PROTOCOL.md): keccak256(abi.encode(the reveal's fields)).
func (m BidReveal) Commitment() common.Hash { return crypto.Keccak256Hash(m.Fields()) }

// Fields returns the ABI encoding of the message's fields in type-string order.
func (m StepReceipt) Fields() []byte {
	return concat(m.JobID[:], addressWord(m.Member), uintWord(m.Step), m.ParamsHash[:])
}

// StructHash implements Message.
func (m StepReceipt) StructHash() common.Hash { return structHash(typeHashReceipt, m.Fields()) }

// Fields returns the ABI encoding of the message's fields in type-string order.
func (m FaultAttestation) Fields() []byte {
	return concat(m.JobID[:], addressWord(m.Accused), uintWord(uint64(m.Fault)), uintWord(m.Step), m.EvidenceHash[:])
}

// StructHash implements Message.
func (m FaultAttestation) StructHash() common.Hash { return structHash(typeHashFault, m.Fields()) }

// StructHash implements Message. Arrays hash as keccak256 of their
// elements' 32-byte encodings (EIP-712 encodeData).
func (m Award) StructHash() common.Hash {
	return crypto.Keccak256Hash(typeHashAward[:], m.JobID[:], addressWord(m.Poster),
		addressArrayHash(m.Winners), addressArrayHash(m.Standbys), uint256Word(m.PricePerStep))
}

// Members returns winners then standbys: the order member indexes refer to.
func (m Award) Members() []common.Address {
	out := make([]common.Address, 0, len(m.Winners)+len(m.Standbys))
	return append(append(out, m.Winners...), m.Standbys...)
}

// IndexOf returns the first index of addr among Members, or -1.
func (m Award) IndexOf(addr common.Address) int {
	for i, a := range m.Members() {
		if a == addr {
			return i
		}
	}
	return -1
}

// JobID returns keccak256(abi.encode(poster, nonce)) (PROTOCOL.md).
func JobID(poster common.Address, nonce uint64) common.Hash {
	return crypto.Keccak256Hash(addressWord(poster), uintWord(nonce))
}

// Decoders of evidence messages. They are strict: exact length, canonical
// words (an address or small integer with high bits set is rejected, as the
// contract rejects it), so a decoded message re-encodes to the same bytes.

// DecodeBidCommit decodes the ABI encoding of a BidCommit's fields.
func DecodeBidCommit(b []byte) (BidCommit, error) {
	if err := checkWords(b, 3); err != nil {
		return BidCommit{}, err
	}
	bidder, err := wordAddress(b, 1)
	if err != nil {
		return BidCommit{}, err
	}
	return BidCommit{JobID: wordHash(b, 0), Bidder: bidder, Commitment: wordHash(b, 2)}, nil
}

// DecodeBidReveal decodes the ABI encoding of a BidReveal's fields.
func DecodeBidReveal(b []byte) (BidReveal, error) {
	if err := checkWords(b, 8); err != nil {
		return BidReveal{}, err
	}
	bidder, err := wordAddress(b, 1)
	if err != nil {
		return BidReveal{}, err
	}
	throughput, err := wordUint(b, 3, 64)
	if err != nil {
		return BidReveal{}, err
	}
	vram, err := wordUint(b, 4, 64)
	if err != nil {
		return BidReveal{}, err
	}
	latency, err := wordUint(b, 5, 32)
	if err != nil {
		return BidReveal{}, err
	}
	return BidReveal{
		JobID: wordHash(b, 0), Bidder: bidder, PricePerStep: new(big.Int).SetBytes(word(b, 2)),
		Throughput: throughput, VRAMBytes: vram, LatencyMs: uint32(latency),
		Attestation: wordHash(b, 6), Salt: wordHash(b, 7),
	}, nil
}

// DecodeStepReceipt decodes the ABI encoding of a StepReceipt's fields.
func DecodeStepReceipt(b []byte) (StepReceipt, error) {
	if err := checkWords(b, 4); err != nil {
		return StepReceipt{}, err
	}
	member, err := wordAddress(b, 1)
	if err != nil {
		return StepReceipt{}, err
	}
	step, err := wordUint(b, 2, 64)
	if err != nil {
		return StepReceipt{}, err
	}
	return StepReceipt{JobID: wordHash(b, 0), Member: member, Step: step, ParamsHash: wordHash(b, 3)}, nil
}

// --- ABI words -------------------------------------------------------------

func structHash(typeHash common.Hash, fields []byte) common.Hash {
	return crypto.Keccak256Hash(typeHash[:], fields)
}

func concat(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func addressWord(a common.Address) []byte { return common.LeftPadBytes(a[:], 32) }

func uintWord(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

// uint256Word encodes a non-negative integer below 2^256; nil encodes 0.
// Callers validate ranges first; an out-of-range value is a programming
// error.
func uint256Word(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	if v.Sign() < 0 || v.BitLen() > 256 {
		panic(fmt.Sprintf("chain: %v does not fit uint256", v))
	}
	return common.LeftPadBytes(v.Bytes(), 32)
}

func addressArrayHash(as []common.Address) []byte {
	buf := make([]byte, 0, 32*len(as))
	for _, a := range as {
		buf = append(buf, addressWord(a)...)
	}
	return crypto.Keccak256(buf)
}

func checkWords(b []byte, n int) error {
	if len(b) != 32*n {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBadMessage, len(b), 32*n)
	}
	return nil
}

func word(b []byte, i int) []byte { return b[32*i : 32*i+32] }

func wordHash(b []byte, i int) common.Hash { return common.BytesToHash(word(b, i)) }

func wordAddress(b []byte, i int) (common.Address, error) {
	w := word(b, i)
	for _, c := range w[:12] {
		if c != 0 {
			return common.Address{}, fmt.Errorf("%w: word %d is not an address", ErrBadMessage, i)
		}
	}
	return common.BytesToAddress(w), nil
}

func wordUint(b []byte, i, bits int) (uint64, error) {
	v := new(big.Int).SetBytes(word(b, i))
	if v.BitLen() > bits {
		return 0, fmt.Errorf("%w: word %d does not fit uint%d", ErrBadMessage, i, bits)
	}
	return v.Uint64(), nil
}

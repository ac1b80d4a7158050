package protocol

import (
	"encoding/binary"
	"fmt"
	"math/big"
)

// The claim path's tally (PROTOCOL.md, "Claim tallies"): when a job's
// poster never settles, each winner signs its own view of what the
// settlement would have paid besides steps, a ClaimTally: per award member
// (winners ‖ standbys) the paid audits it knows of, per data holder (the
// recipe's, by increasing address) the gross pay for the chunks it knows
// were delivered. The tallies contract pays the quorum-th highest value of
// each column over a quorum of winners' views.

// TypeClaimTally is the tallies contract's CLAIM_TALLY_TYPEHASH, signed
// under the deployment's domain (the settlement contract's).
const TypeClaimTally = "ClaimTally(bytes32 jobId,address member,uint64[] audits,address[] holders,uint256[] data)"

var tallyTypeHash = Keccak256([]byte(TypeClaimTally))

const (
	// TallyVersion is the first byte of a signed tally on the wire.
	TallyVersion = 1
	// MaxTallyMembers bounds a tally's audits column (the contract's
	// MAX_GROUP_SIZE winners and as many standbys).
	MaxTallyMembers = 512
	// MaxTallyHolders bounds its holders.
	MaxTallyHolders = 64
)

// ClaimTally is one winner's view; Data[j] is Holders[j]'s gross pay.
type ClaimTally struct {
	JobID   Hash
	Member  Address
	Audits  []uint64
	Holders []Address
	Data    []*big.Int
}

func (ClaimTally) TypeHash() Hash { return tallyTypeHash }

func (m ClaimTally) Job() Hash       { return m.JobID }
func (m ClaimTally) Signer() Address { return m.Member }

// StructHash: each array is the keccak256 of its elements padded to 32
// bytes (EIP-712 encodeData).
func (m ClaimTally) StructHash() Hash {
	a := make([]byte, 0, word*len(m.Audits))
	for _, v := range m.Audits {
		a = appendUint(a, v)
	}
	ah, hh, dh := Keccak256(a), hashAddresses(m.Holders), hashUints(m.Data)
	b := make([]byte, 0, 6*word)
	b = append(b, tallyTypeHash[:]...)
	b = append(b, m.JobID[:]...)
	b = appendWord(b, m.Member[:])
	b = append(b, ah[:]...)
	b = append(b, hh[:]...)
	b = append(b, dh[:]...)
	return Keccak256(b)
}

// AppendABI appends abi.encode(jobId, member, audits, holders, data).
func (m ClaimTally) AppendABI(dst []byte) []byte {
	const head = 5 * word
	offH := head + word*(1+len(m.Audits))
	offD := offH + word*(1+len(m.Holders))
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Member[:])
	dst = appendUint(dst, head)
	dst = appendUint(dst, uint64(offH))
	dst = appendUint(dst, uint64(offD))
	dst = appendUint(dst, uint64(len(m.Audits)))
	for _, v := range m.Audits {
		dst = appendUint(dst, v)
	}
	dst = appendUint(dst, uint64(len(m.Holders)))
	for _, a := range m.Holders {
		dst = appendWord(dst, a[:])
	}
	dst = appendUint(dst, uint64(len(m.Data)))
	for _, v := range m.Data {
		dst = appendBig(dst, v)
	}
	return dst
}

// Validate checks what the contract would refuse of any view: one pay per
// holder, holders by strictly increasing address, amounts under 2^96 (the
// contract's largest data pool).
func (m ClaimTally) Validate() error {
	switch {
	case len(m.Audits) > MaxTallyMembers:
		return fmt.Errorf("%w: tally of %d members", ErrMalformed, len(m.Audits))
	case len(m.Holders) > MaxTallyHolders:
		return fmt.Errorf("%w: tally of %d holders", ErrMalformed, len(m.Holders))
	case len(m.Data) != len(m.Holders):
		return fmt.Errorf("%w: tally of %d holders and %d amounts", ErrMalformed, len(m.Holders), len(m.Data))
	}
	for j, h := range m.Holders {
		if j > 0 && string(m.Holders[j-1][:]) >= string(h[:]) {
			return fmt.Errorf("%w: tally holders not in increasing order", ErrMalformed)
		}
		if d := m.Data[j]; d == nil || d.Sign() < 0 || d.BitLen() > 96 {
			return fmt.Errorf("%w: tally pay of holder %d out of range", ErrMalformed, j)
		}
	}
	return nil
}

// SignedTally is a ClaimTally with its member's signature, as winners
// publish it on the job's training topic.
type SignedTally struct {
	Tally ClaimTally
	Sig   [SignatureLen]byte
}

// Encode returns the wire form: version byte TallyVersion, jobId (32),
// member (20), the audits' count (uint16 BE) and each (uint64 BE), the
// holders' count (uint16 BE), each holder (20) and its pay (12, a uint96
// BE), then the signature (65).
func (s SignedTally) Encode() []byte {
	t := s.Tally
	b := make([]byte, 0, 1+32+20+2+8*len(t.Audits)+2+32*len(t.Holders)+SignatureLen)
	b = append(b, TallyVersion)
	b = append(b, t.JobID[:]...)
	b = append(b, t.Member[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(t.Audits)))
	for _, v := range t.Audits {
		b = binary.BigEndian.AppendUint64(b, v)
	}
	b = binary.BigEndian.AppendUint16(b, uint16(len(t.Holders)))
	for j, h := range t.Holders {
		b = append(b, h[:]...)
		var w [12]byte
		t.Data[j].FillBytes(w[:])
		b = append(b, w[:]...)
	}
	return append(b, s.Sig[:]...)
}

// DecodeSignedTally parses the wire form of a SignedTally strictly (one
// accepted encoding, Validate's rules). It checks the encoding only; the
// caller recovers the signer under its domain.
func DecodeSignedTally(b []byte) (*SignedTally, error) {
	bad := func(what string) (*SignedTally, error) {
		return nil, fmt.Errorf("%w: signed tally: %s", ErrMalformed, what)
	}
	if len(b) < 1+32+20+2+2+SignatureLen || b[0] != TallyVersion {
		return bad("short or unknown version")
	}
	s := &SignedTally{}
	t := &s.Tally
	p := b[1:]
	copy(t.JobID[:], p[:32])
	copy(t.Member[:], p[32:52])
	p = p[52:]
	n := int(binary.BigEndian.Uint16(p))
	p = p[2:]
	if n > MaxTallyMembers || len(p) < 8*n+2 {
		return bad("audits")
	}
	t.Audits = make([]uint64, n)
	for i := range t.Audits {
		t.Audits[i] = binary.BigEndian.Uint64(p[8*i:])
	}
	p = p[8*n:]
	h := int(binary.BigEndian.Uint16(p))
	p = p[2:]
	if h > MaxTallyHolders || len(p) != 32*h+SignatureLen {
		return bad("holders or length")
	}
	t.Holders = make([]Address, h)
	t.Data = make([]*big.Int, h)
	for j := range t.Holders {
		copy(t.Holders[j][:], p[32*j:])
		t.Data[j] = new(big.Int).SetBytes(p[32*j+20 : 32*j+32])
	}
	copy(s.Sig[:], p[32*h:])
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

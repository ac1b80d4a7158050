package protocol

import (
	"fmt"
	"math/big"
)

// The Solidity ABI encoding of the messages' fields (abi.encode), written by
// hand: the package may not import go-ethereum's abi package, and seven
// layouts are a few dozen lines. Decoding is strict: every encoding has one
// accepted form (canonical offsets, zero padding, no trailing bytes), so
// equal messages have equal bytes and a relayer cannot vary them.

const word = 32

// Encoded sizes of the fixed-size messages, in bytes.
const (
	AnnounceABILen = 22 * word
	CommitABILen   = 3 * word
	RevealABILen   = 8 * word
	DeclineABILen  = 3 * word
	ReceiptABILen  = 5 * word
	FaultABILen    = 5 * word
	// awardHeadLen is the static head of an Award: jobId, poster and the
	// offsets of winners, standbys and prices.
	awardHeadLen = 5 * word
)

// maxUint256 bounds every uint256 field.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func appendWord(dst []byte, b []byte) []byte {
	var w [word]byte
	copy(w[word-len(b):], b)
	return append(dst, w[:]...)
}

func appendUint(dst []byte, v uint64) []byte {
	var w [word]byte
	for i := 0; i < 8; i++ {
		w[word-1-i] = byte(v >> (8 * i))
	}
	return append(dst, w[:]...)
}

// appendBig appends a uint256; nil encodes 0. A negative or too large value
// is a programmer error here: decoders and validation keep them out.
func appendBig(dst []byte, v *big.Int) []byte {
	var w [word]byte
	if v == nil {
		return append(dst, w[:]...)
	}
	if v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
		panic(fmt.Sprintf("protocol: uint256 out of range: %v", v))
	}
	v.FillBytes(w[:])
	return append(dst, w[:]...)
}

func (m JobAnnounce) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Poster[:])
	dst = append(dst, m.ModelHash[:]...)
	dst = append(dst, m.DatasetRoot[:]...)
	dst = appendUint(dst, uint64(m.GroupSize))
	dst = appendUint(dst, m.MinVRAMBytes)
	dst = appendUint(dst, m.MinThroughput)
	dst = appendUint(dst, m.Steps)
	dst = appendBig(dst, m.Budget)
	dst = appendUint(dst, m.CommitDeadlineMs)
	dst = appendUint(dst, m.RevealDeadlineMs)
	dst = appendUint(dst, m.Nonce)
	dst = append(dst, m.QualityRoot[:]...)
	dst = appendUint(dst, uint64(m.Audits))
	return m.Evaluation.appendABI(dst)
}

func (m BidCommit) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Bidder[:])
	return append(dst, m.Commitment[:]...)
}

func (m BidReveal) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Bidder[:])
	dst = appendBig(dst, m.PricePerStep)
	dst = appendUint(dst, m.Throughput)
	dst = appendUint(dst, m.VRAMBytes)
	dst = appendUint(dst, uint64(m.LatencyMs))
	dst = append(dst, m.Attestation[:]...)
	return append(dst, m.Salt[:]...)
}

func (m Decline) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Provider[:])
	return appendUint(dst, uint64(m.Reason))
}

// AppendABI appends abi.encode(jobId, poster, winners, standbys, prices):
// the three dynamic arrays go after the head in that order, each as its
// length and then its elements.
func (m Award) AppendABI(dst []byte) []byte {
	offS := awardHeadLen + word*(1+len(m.Winners))
	offP := offS + word*(1+len(m.Standbys))
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Poster[:])
	dst = appendUint(dst, awardHeadLen)
	dst = appendUint(dst, uint64(offS))
	dst = appendUint(dst, uint64(offP))
	dst = appendUint(dst, uint64(len(m.Winners)))
	for _, a := range m.Winners {
		dst = appendWord(dst, a[:])
	}
	dst = appendUint(dst, uint64(len(m.Standbys)))
	for _, a := range m.Standbys {
		dst = appendWord(dst, a[:])
	}
	dst = appendUint(dst, uint64(len(m.Prices)))
	for _, p := range m.Prices {
		dst = appendBig(dst, p)
	}
	return dst
}

func (m StepReceipt) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Member[:])
	dst = appendUint(dst, m.Step)
	dst = append(dst, m.ParamsHash[:]...)
	return append(dst, m.ContribRoot[:]...)
}

func (m FaultAttestation) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Accused[:])
	dst = appendUint(dst, uint64(m.Fault))
	dst = appendUint(dst, m.Step)
	return append(dst, m.EvidenceHash[:]...)
}

// abiReader reads the strict encoding word by word.
type abiReader struct {
	b   []byte
	off int
	err error
}

func (r *abiReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: word %d: %s", ErrMalformed, r.off/word, fmt.Sprintf(format, args...))
	}
}

func (r *abiReader) next() []byte {
	if r.err != nil {
		return make([]byte, word)
	}
	if r.off+word > len(r.b) {
		r.fail("truncated")
		return make([]byte, word)
	}
	w := r.b[r.off : r.off+word]
	r.off += word
	return w
}

func (r *abiReader) hash() (h Hash) {
	copy(h[:], r.next())
	return h
}

func (r *abiReader) address() (a Address) {
	w := r.next()
	if !zero(w[:12]) {
		r.fail("address with non-zero padding")
	}
	copy(a[:], w[12:])
	return a
}

// uint reads a uint of the given bit size (8 to 64) and checks its padding.
func (r *abiReader) uint(bits int) uint64 {
	w := r.next()
	n := bits / 8
	if !zero(w[:word-n]) {
		r.fail("uint%d out of range", bits)
	}
	var v uint64
	for _, c := range w[word-n:] {
		v = v<<8 | uint64(c)
	}
	return v
}

func (r *abiReader) big() *big.Int { return new(big.Int).SetBytes(r.next()) }

// bigN reads a uint of the given bit size (above 64) and checks its padding.
func (r *abiReader) bigN(bits int) *big.Int {
	w := r.next()
	if !zero(w[:word-bits/8]) {
		r.fail("uint%d out of range", bits)
	}
	return new(big.Int).SetBytes(w)
}

// boolean reads a bool: 0 or 1.
func (r *abiReader) boolean() bool {
	v := r.uint(8)
	if v > 1 {
		r.fail("bool of value %d", v)
	}
	return v == 1
}

func (r *abiReader) addresses(max int) []Address {
	n := r.uint(64)
	if n > uint64(max) {
		r.fail("%d addresses, max %d", n, max)
		return nil
	}
	out := make([]Address, n)
	for i := range out {
		out[i] = r.address()
	}
	return out
}

func (r *abiReader) end() error {
	if r.err == nil && r.off != len(r.b) {
		r.fail("%d trailing bytes", len(r.b)-r.off)
	}
	return r.err
}

func zero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

func exactLen(b []byte, n int, what string) error {
	if len(b) != n {
		return fmt.Errorf("%w: %s of %d bytes, want %d", ErrMalformed, what, len(b), n)
	}
	return nil
}

// DecodeAnnounce parses the ABI fields of a JobAnnounce.
func DecodeAnnounce(b []byte) (*JobAnnounce, error) {
	if err := exactLen(b, AnnounceABILen, "announce"); err != nil {
		return nil, err
	}
	r := &abiReader{b: b}
	m := &JobAnnounce{
		JobID: r.hash(), Poster: r.address(), ModelHash: r.hash(), DatasetRoot: r.hash(),
		GroupSize: uint32(r.uint(32)), MinVRAMBytes: r.uint(64), MinThroughput: r.uint(64), Steps: r.uint(64),
		Budget: r.big(), CommitDeadlineMs: r.uint(64), RevealDeadlineMs: r.uint(64), Nonce: r.uint(64),
		QualityRoot: r.hash(), Audits: uint32(r.uint(32)),
	}
	m.Evaluation = r.evalTerms()
	return m, r.end()
}

// DecodeCommit parses the ABI fields of a BidCommit.
func DecodeCommit(b []byte) (*BidCommit, error) {
	if err := exactLen(b, CommitABILen, "commit"); err != nil {
		return nil, err
	}
	r := &abiReader{b: b}
	m := &BidCommit{JobID: r.hash(), Bidder: r.address(), Commitment: r.hash()}
	return m, r.end()
}

// DecodeReveal parses the ABI fields of a BidReveal.
func DecodeReveal(b []byte) (*BidReveal, error) {
	if err := exactLen(b, RevealABILen, "reveal"); err != nil {
		return nil, err
	}
	r := &abiReader{b: b}
	m := &BidReveal{
		JobID: r.hash(), Bidder: r.address(), PricePerStep: r.big(), Throughput: r.uint(64),
		VRAMBytes: r.uint(64), LatencyMs: uint32(r.uint(32)), Attestation: r.hash(), Salt: r.hash(),
	}
	return m, r.end()
}

// DecodeDecline parses the ABI fields of a Decline.
func DecodeDecline(b []byte) (*Decline, error) {
	if err := exactLen(b, DeclineABILen, "decline"); err != nil {
		return nil, err
	}
	r := &abiReader{b: b}
	m := &Decline{JobID: r.hash(), Provider: r.address(), Reason: DeclineReason(r.uint(8))}
	if err := r.end(); err != nil {
		return nil, err
	}
	if !m.Reason.Valid() {
		return nil, fmt.Errorf("%w: decline reason %d", ErrMalformed, m.Reason)
	}
	return m, nil
}

// DecodeStepReceipt parses the ABI fields of a StepReceipt.
func DecodeStepReceipt(b []byte) (*StepReceipt, error) {
	if err := exactLen(b, ReceiptABILen, "step receipt"); err != nil {
		return nil, err
	}
	r := &abiReader{b: b}
	m := &StepReceipt{JobID: r.hash(), Member: r.address(), Step: r.uint(64), ParamsHash: r.hash(), ContribRoot: r.hash()}
	return m, r.end()
}

// DecodeAward parses the ABI fields of an Award with at most maxAddrs
// winners and as many standbys, and exactly one price per member.
func DecodeAward(b []byte, maxAddrs int) (*Award, error) {
	if len(b) < awardHeadLen+3*word || len(b) > awardHeadLen+3*word+4*word*maxAddrs {
		return nil, fmt.Errorf("%w: award of %d bytes", ErrMalformed, len(b))
	}
	r := &abiReader{b: b}
	m := &Award{JobID: r.hash(), Poster: r.address()}
	offW, offS, offP := r.uint(64), r.uint(64), r.uint(64)
	if offW != awardHeadLen {
		r.fail("winners offset %d, want %d", offW, awardHeadLen)
	}
	m.Winners = r.addresses(maxAddrs)
	if want := uint64(awardHeadLen + word*(1+len(m.Winners))); r.err == nil && offS != want {
		r.fail("standbys offset %d, want %d", offS, want)
	}
	m.Standbys = r.addresses(maxAddrs)
	if want := uint64(awardHeadLen + word*(2+len(m.Winners)+len(m.Standbys))); r.err == nil && offP != want {
		r.fail("prices offset %d, want %d", offP, want)
	}
	if n := r.uint(64); r.err == nil && n != uint64(len(m.Winners)+len(m.Standbys)) {
		r.fail("%d prices for %d members", n, len(m.Winners)+len(m.Standbys))
	}
	if r.err == nil {
		m.Prices = make([]*big.Int, len(m.Winners)+len(m.Standbys))
		for i := range m.Prices {
			m.Prices[i] = r.big()
		}
	}
	if err := r.end(); err != nil {
		return nil, err
	}
	return m, nil
}

// DecodeMessage parses the ABI fields of a message of kind k. maxAddrs
// bounds an award's lists.
func DecodeMessage(k Kind, b []byte, maxAddrs int) (Message, error) {
	switch k {
	case KindAnnounce:
		return DecodeAnnounce(b)
	case KindCommit:
		return DecodeCommit(b)
	case KindReveal:
		return DecodeReveal(b)
	case KindDecline:
		return DecodeDecline(b)
	case KindAward:
		return DecodeAward(b, maxAddrs)
	}
	return nil, fmt.Errorf("%w: unknown kind %d", ErrMalformed, uint8(k))
}

// FitsUint256 reports whether v is a uint256: not nil, not negative, below
// 2^256.
func FitsUint256(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.Cmp(maxUint256) <= 0 }

// Package transcript is the per-hop record of a ring all-reduce (issue 16,
// "tampering in transit"): for every hop of the schedule, the hash of the
// whole segment a member received from its predecessor and of the whole
// segment it sent to its successor, and the sender's signed statement of
// what it sent. With the group's signed statements of one all-reduce, the
// segments (fetched by their hashes) and each member's contribution
// (recomputed, train/verify), Blame names the member whose output is not
// its input plus its contribution in the schedule's summation order, or
// whose forwarded all-gather segment is not the one it received.
//
// The hashes are of whole segments (schedule.Layout.Segment), not of the
// chunks the engine pipelines over lanes, so a transcript does not depend
// on the chunk size or the lane count: sha256 over each float's IEEE 754
// bits, little-endian, in order (train/commit's Floats: the same bytes).
//
// The package is pure: no I/O, no clock, no goroutine; signing and
// checking signatures are the caller's (a Signer hook in the engine), so
// the mesh stays free of protocol rules.
package transcript

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// Errors of package transcript.
var (
	// ErrDecode: bytes that are not a transcript or record encoding.
	ErrDecode = errors.New("transcript: bad encoding")
	// ErrInput: Blame's inputs do not fit together (a missing record or
	// segment, a contribution of another length). It names no one.
	ErrInput = errors.New("transcript: incomplete or inconsistent input")
)

// Hash is a sha256 digest.
type Hash [32]byte

// Short is the first 8 hex digits, for logs.
func (h Hash) Short() string { return fmt.Sprintf("%x", h[:4]) }

// Floats hashes a segment: sha256 over each value's IEEE 754 bits,
// little-endian, in order (commit.Floats' bytes).
func Floats(v []float32) Hash {
	h := sha256.New()
	var buf [16 << 10]byte
	for len(v) > 0 {
		n := min(len(v), len(buf)/4)
		for i, x := range v[:n] {
			binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(x))
		}
		h.Write(buf[:4*n])
		v = v[n:]
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// LenMax bounds a transcript's tensor length (2⁴⁰ floats, far beyond
// any contribution), so that a decoded length always fits an int.
const LenMax = 1 << 40

// Hop is what a member saw at one hop k of the schedule
// (schedule.Layout.Step(rank, k)): the hash of the segment it received
// from its predecessor and of the one it sent to its successor.
type Hop struct {
	Recv, Sent Hash
}

// Transcript is one member's record of one all-reduce: its rank in a
// ring of Ranks over a tensor of Len elements, and its 2(Ranks−1) hops.
type Transcript struct {
	Ranks, Rank uint32
	Len         uint64
	Hops        []Hop
}

// Encode is Ranks, Rank (uint32 big-endian), Len (uint64 big-endian),
// then each hop's received and sent hashes.
func (t Transcript) Encode() []byte {
	b := make([]byte, 0, 16+64*len(t.Hops))
	b = binary.BigEndian.AppendUint32(b, t.Ranks)
	b = binary.BigEndian.AppendUint32(b, t.Rank)
	b = binary.BigEndian.AppendUint64(b, t.Len)
	for _, h := range t.Hops {
		b = append(b, h.Recv[:]...)
		b = append(b, h.Sent[:]...)
	}
	return b
}

// Hash is sha256 of Encode: what a member's leaf commits to
// (commit.Leaf.Transcript).
func (t Transcript) Hash() Hash { return sha256.Sum256(t.Encode()) }

// Decode parses a transcript; the hop count must be 2(Ranks−1).
func Decode(b []byte) (Transcript, error) {
	if len(b) < 16 {
		return Transcript{}, fmt.Errorf("%w: transcript of %d bytes", ErrDecode, len(b))
	}
	t := Transcript{Ranks: binary.BigEndian.Uint32(b), Rank: binary.BigEndian.Uint32(b[4:]), Len: binary.BigEndian.Uint64(b[8:])}
	b = b[16:]
	if t.Ranks < 1 || t.Ranks > schedule.RanksMax || t.Rank >= t.Ranks || t.Len < 1 || t.Len > LenMax || uint64(len(b)) != 64*2*uint64(t.Ranks-1) {
		return Transcript{}, fmt.Errorf("%w: rank %d of %d, %d elements, %d hop bytes", ErrDecode, t.Rank, t.Ranks, t.Len, len(b))
	}
	for len(b) > 0 {
		var h Hop
		copy(h.Recv[:], b)
		copy(h.Sent[:], b[32:])
		t.Hops = append(t.Hops, h)
		b = b[64:]
	}
	return t, nil
}

// Record is a sender's statement about one hop: in the all-reduce named
// by Context (the caller's: a training member binds its job and step),
// the member of rank From in a ring of Ranks sent, at hop Hop, segment
// Segment hashing to Sent. The sender signs Encode (Signer).
type Record struct {
	Context      [32]byte
	Ranks, From  uint32
	Hop, Segment uint32
	Sent         Hash
}

// RecordBytes is a record's encoding's length.
const RecordBytes = 32 + 4*4 + 32

// Encode is the bytes a sender signs: "tmhop1", Context, Ranks, From,
// Hop, Segment (uint32 big-endian), Sent. The prefix keeps a hop
// signature from being read as any other signed message.
func (r Record) Encode() []byte {
	b := make([]byte, 0, len(recordDomain)+RecordBytes)
	b = append(b, recordDomain...)
	b = append(b, r.Context[:]...)
	for _, v := range []uint32{r.Ranks, r.From, r.Hop, r.Segment} {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	return append(b, r.Sent[:]...)
}

const recordDomain = "tmhop1"

// DecodeRecord parses Encode's bytes.
func DecodeRecord(b []byte) (Record, error) {
	if len(b) != len(recordDomain)+RecordBytes || string(b[:len(recordDomain)]) != recordDomain {
		return Record{}, fmt.Errorf("%w: record of %d bytes", ErrDecode, len(b))
	}
	b = b[len(recordDomain):]
	var r Record
	copy(r.Context[:], b)
	r.Ranks, r.From = binary.BigEndian.Uint32(b[32:]), binary.BigEndian.Uint32(b[36:])
	r.Hop, r.Segment = binary.BigEndian.Uint32(b[40:]), binary.BigEndian.Uint32(b[44:])
	copy(r.Sent[:], b[48:])
	return r, nil
}

// Statement is a member's signed transcript of one all-reduce: what the
// ring engine passes round (allreduce.Group.LastOp) and what evidence of
// tampering carries (protocol.WorkEvidence's HopIn and HopOut: the
// accused's statement and its predecessor's). Input is the
// predecessor's hop statement the member received with the segments
// (its signature over Transcript.RecvBytes: proof of what the member
// received, "Who lied about a hop"); Sig is the member's own, over
// StatementBytes(Context, Transcript, Input), in the node's scheme.
type Statement struct {
	Context    [32]byte
	Transcript Transcript
	Sig        []byte
	Input      []byte
}

// SigBytesMax bounds a statement's signature and its input's.
const SigBytesMax = 256

// Encode is Context, the transcript's length (uint32 big-endian) and
// encoding, the signature's length (uint16 big-endian) and bytes, and
// the input's length (uint16 big-endian) and bytes.
func (s Statement) Encode() []byte {
	t := s.Transcript.Encode()
	b := make([]byte, 0, 32+4+len(t)+2+len(s.Sig)+2+len(s.Input))
	b = append(b, s.Context[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(t)))
	b = append(b, t...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(s.Sig)))
	b = append(b, s.Sig...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(s.Input)))
	return append(b, s.Input...)
}

// DecodeStatement parses Encode's bytes.
func DecodeStatement(b []byte) (Statement, error) {
	var s Statement
	if len(b) < 36 {
		return s, fmt.Errorf("%w: statement of %d bytes", ErrDecode, len(b))
	}
	copy(s.Context[:], b)
	n := binary.BigEndian.Uint32(b[32:])
	b = b[36:]
	if uint64(n)+2 > uint64(len(b)) {
		return s, fmt.Errorf("%w: transcript of %d bytes in %d", ErrDecode, n, len(b))
	}
	t, err := Decode(b[:n])
	if err != nil {
		return s, err
	}
	s.Transcript = t
	b = b[n:]
	for _, dst := range []*[]byte{&s.Sig, &s.Input} {
		if len(b) < 2 {
			return s, fmt.Errorf("%w: statement cut", ErrDecode)
		}
		m := int(binary.BigEndian.Uint16(b))
		if m > SigBytesMax || len(b) < 2+m {
			return s, fmt.Errorf("%w: signature of %d bytes in %d", ErrDecode, m, len(b)-2)
		}
		*dst = append([]byte(nil), b[2:2+m]...)
		b = b[2+m:]
	}
	if len(b) != 0 {
		return s, fmt.Errorf("%w: %d bytes after the statement", ErrDecode, len(b))
	}
	return s, nil
}

// Conflict reports whether a and b, both validly signed by the same
// sender (the caller checks the signatures), state different segments
// for the same hop of the same all-reduce: evidence against the signer
// on its own, whatever the segments hold.
func Conflict(a, b Record) bool {
	return a.Context == b.Context && a.Ranks == b.Ranks && a.From == b.From && a.Hop == b.Hop && a.Sent != b.Sent
}

// Records returns the statements a member of transcript t signs: one per
// hop, for what it sent.
func (t Transcript) Records(ctx [32]byte) ([]Record, error) {
	l, err := schedule.NewLayout(int(t.Ranks), int(t.Len), int(t.Len))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecode, err)
	}
	if len(t.Hops) != l.Steps() || t.Rank >= t.Ranks {
		return nil, fmt.Errorf("%w: %d hops for a ring of %d", ErrDecode, len(t.Hops), t.Ranks)
	}
	out := make([]Record, len(t.Hops))
	for k, h := range t.Hops {
		out[k] = Record{Context: ctx, Ranks: t.Ranks, From: t.Rank, Hop: uint32(k), Segment: uint32(l.Step(int(t.Rank), k).Send), Sent: h.Sent}
	}
	return out, nil
}

// StatementBytes is what a member signs for one all-reduce: "tmtr2",
// the context, its transcript's hash and the sha256 of its input (the
// predecessor's hop statement it holds). The signed statement covers
// every hop's sent segment at once (one signature per all-reduce), and
// the records of its hops (Records) follow from it; covering the input
// keeps a member that forwards another's statement round the ring from
// swapping it.
func StatementBytes(ctx [32]byte, t Transcript, input []byte) []byte {
	h, in := t.Hash(), sha256.Sum256(input)
	b := make([]byte, 0, 5+96)
	b = append(b, "tmtr2"...)
	b = append(b, ctx[:]...)
	b = append(b, h[:]...)
	return append(b, in[:]...)
}

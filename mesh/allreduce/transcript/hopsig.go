package transcript

import (
	"encoding/binary"
	"fmt"
)

// Who lied about a hop.
//
// A member's transcript states what it received at each hop and its
// predecessor's what it sent; when the two differ, one of them lies, and
// the two signed transcripts alone do not say which: the predecessor may
// have put other bytes on the wire than it signed, or the receiver may
// state it received other than it did. So the sender also signs, once
// per all-reduce, the hashes of the segments it put on the wire to its
// successor (SentBytes: its hop statement), and sends that signature to
// its successor after the segments. The successor checks it against what
// it received (a mismatch: the sender sent garbage, which only the
// successor saw, and it refuses the operation at once), keeps it, and
// carries it in its own signed statement (Statement.Input). Then a
// received hash that is not the predecessor's signed sent hash is
// resolved by anyone holding the two statements: if the receiver's
// Input is the predecessor's valid signature over what the receiver
// states it received, the predecessor signed two different segments for
// one hop (an Equivocation, evidence on its own); otherwise the receiver
// states a segment its predecessor never signed, and it is the liar.

// SentBytes is a sender's hop statement of one all-reduce (context ctx,
// a ring of ranks over length elements): "tmsent1", ctx, ranks, from
// (uint32 big-endian), length (uint64 big-endian), then the hash of the
// segment it sent at each hop, in hop order.
func SentBytes(ctx [32]byte, ranks, from uint32, length uint64, sent []Hash) []byte {
	b := make([]byte, 0, len(sentDomain)+32+16+32*len(sent))
	b = append(b, sentDomain...)
	b = append(b, ctx[:]...)
	b = binary.BigEndian.AppendUint32(b, ranks)
	b = binary.BigEndian.AppendUint32(b, from)
	b = binary.BigEndian.AppendUint64(b, length)
	for _, h := range sent {
		b = append(b, h[:]...)
	}
	return b
}

const sentDomain = "tmsent1"

// SentBytes is t's member's hop statement: what it signs of the segments
// it sent.
func (t Transcript) SentBytes(ctx [32]byte) []byte {
	sent := make([]Hash, len(t.Hops))
	for k, h := range t.Hops {
		sent[k] = h.Sent
	}
	return SentBytes(ctx, t.Ranks, t.Rank, t.Len, sent)
}

// RecvBytes is the hop statement t's predecessor must have signed for
// t's received hashes to be what it sent: an honest member's Input
// verifies over it.
func (t Transcript) RecvBytes(ctx [32]byte) []byte {
	recv := make([]Hash, len(t.Hops))
	for k, h := range t.Hops {
		recv[k] = h.Recv
	}
	return SentBytes(ctx, t.Ranks, (t.Rank+t.Ranks-1)%max(t.Ranks, 1), t.Len, recv)
}

// FirstMismatch returns the first hop at which succ received other than
// pred states it sent, or -1. pred must be succ's predecessor in the
// same ring (the caller checks).
func FirstMismatch(pred, succ Transcript) int {
	for k, h := range succ.Hops {
		if k >= len(pred.Hops) || h.Recv != pred.Hops[k].Sent {
			return k
		}
	}
	return -1
}

// Equivocation is evidence that the member holding Pred's rank signed two
// different segments for one hop of one all-reduce: its signed
// transcript (Pred) states it sent one, and the hop statement its
// successor received with the segments (Succ.Input, over Succ's
// received hashes) another. Succ's own signature plays no part: what
// convicts is two signatures of one signer.
type Equivocation struct {
	Pred, Succ Statement
}

// Check re-checks e: both statements of one all-reduce, Succ's rank
// after Pred's, verify accepts Pred.Sig over Pred's statement and
// Succ.Input over Succ's received hashes as the signatures of Pred's
// signer (the caller binds verify to it), and the two differ at a hop,
// the first of which it returns. Anything else is ErrInput: the evidence
// names no one.
func (e Equivocation) Check(verify func(msg, sig []byte) error) (int, error) {
	p, s := e.Pred.Transcript, e.Succ.Transcript
	switch {
	case e.Pred.Context != e.Succ.Context:
		return -1, fmt.Errorf("%w: statements of two all-reduces", ErrInput)
	case p.Ranks < 2 || s.Ranks != p.Ranks || s.Len != p.Len || s.Rank != (p.Rank+1)%p.Ranks || len(p.Hops) != len(s.Hops):
		return -1, fmt.Errorf("%w: rank %d and %d of %d are not adjacent", ErrInput, p.Rank, s.Rank, p.Ranks)
	}
	k := FirstMismatch(p, s)
	if k < 0 {
		return -1, fmt.Errorf("%w: the statements agree", ErrInput)
	}
	if err := verify(StatementBytes(e.Pred.Context, p, e.Pred.Input), e.Pred.Sig); err != nil {
		return -1, fmt.Errorf("%w: the transcript's signature: %w", ErrInput, err)
	}
	if err := verify(s.RecvBytes(e.Succ.Context), e.Succ.Input); err != nil {
		return -1, fmt.Errorf("%w: the hop statement's signature: %w", ErrInput, err)
	}
	return k, nil
}

// Mismatch is evidence of a lie about a hop that anyone holding the two
// signers' keys re-checks: the signed statements of one all-reduce by
// two adjacent members that disagree about a hop. The ring's members
// carry it with their accusation of the liar (allreduce: a garbage
// accusation with evidence), so that a coordinator drops the liar on
// proof, not on the accuser's word.
type Mismatch struct {
	Pred, Succ Statement
}

// Culprit re-checks m: both statements of one all-reduce, Succ's rank
// after Pred's, each verifying under its own signer (verifyPred and
// verifySucc are bound by the caller to the two members it names), and
// they disagree at a hop, the first of which it returns. It says who
// lied, as every member of the ring decides: the predecessor (pred true)
// if Succ.Input is its valid hop statement of what Succ states it
// received (it signed two segments for one hop: an Equivocation), the
// successor otherwise (it states a segment its predecessor never signed;
// an honest successor refuses such a hop statement before it signs,
// allreduce's exchangeHopStatements). Anything else is ErrInput: the
// evidence names no one.
func (m Mismatch) Culprit(verifyPred, verifySucc func(msg, sig []byte) error) (hop int, pred bool, err error) {
	p, s := m.Pred.Transcript, m.Succ.Transcript
	switch {
	case m.Pred.Context != m.Succ.Context:
		return -1, false, fmt.Errorf("%w: statements of two all-reduces", ErrInput)
	case p.Ranks < 2 || s.Ranks != p.Ranks || s.Len != p.Len || s.Rank != (p.Rank+1)%p.Ranks || len(p.Hops) != len(s.Hops):
		return -1, false, fmt.Errorf("%w: rank %d and %d of %d are not adjacent", ErrInput, p.Rank, s.Rank, p.Ranks)
	}
	k := FirstMismatch(p, s)
	if k < 0 {
		return -1, false, fmt.Errorf("%w: the statements agree", ErrInput)
	}
	if err := verifyPred(StatementBytes(m.Pred.Context, p, m.Pred.Input), m.Pred.Sig); err != nil {
		return -1, false, fmt.Errorf("%w: the predecessor's signature: %w", ErrInput, err)
	}
	if err := verifySucc(StatementBytes(m.Succ.Context, s, m.Succ.Input), m.Succ.Sig); err != nil {
		return -1, false, fmt.Errorf("%w: the successor's signature: %w", ErrInput, err)
	}
	return k, verifyPred(s.RecvBytes(m.Succ.Context), m.Succ.Input) == nil, nil
}

// Encode is the predecessor's statement's length (uint32 big-endian) and
// encoding, then the successor's encoding.
func (m Mismatch) Encode() []byte {
	p, s := m.Pred.Encode(), m.Succ.Encode()
	b := make([]byte, 0, 4+len(p)+len(s))
	b = binary.BigEndian.AppendUint32(b, uint32(len(p)))
	b = append(b, p...)
	return append(b, s...)
}

// DecodeMismatch parses Encode's bytes.
func DecodeMismatch(b []byte) (Mismatch, error) {
	var m Mismatch
	if len(b) < 4 {
		return m, fmt.Errorf("%w: mismatch of %d bytes", ErrDecode, len(b))
	}
	n := binary.BigEndian.Uint32(b)
	if uint64(n) > uint64(len(b)-4) {
		return m, fmt.Errorf("%w: predecessor's statement of %d bytes in %d", ErrDecode, n, len(b)-4)
	}
	var err error
	if m.Pred, err = DecodeStatement(b[4 : 4+n]); err != nil {
		return Mismatch{}, err
	}
	if m.Succ, err = DecodeStatement(b[4+n:]); err != nil {
		return Mismatch{}, err
	}
	return m, nil
}

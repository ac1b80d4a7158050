package allreduce

import (
	"encoding/binary"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// Garbage needs proof (membership's Blame): a garbage accusation carries
// evidence a third party checks, or it is one member's word, which drops
// the accuser with the accused. Two kinds of evidence exist:
//
//   - a lie about a hop (checkTranscripts): the two adjacent members'
//     signed statements of an operation that disagree about a hop
//     (transcript.Mismatch), with the two members and the operation; any
//     member re-checks it with the Witness, and it names the liar exactly
//     as every member of the ring decided;
//   - an expulsion (Group.Expel): the node's proof of conviction, checked
//     by Params.Convicted.
//
// What only the accuser saw (a malformed frame, a hop statement that is
// not of what arrived, a gathered record with a bad signature, nothing
// arriving) cannot be shown, and carries none.

// Evidence kinds (the first byte of Accusation.Evidence).
const (
	evidenceMismatch   byte = 1
	evidenceConviction byte = 2
)

// evidenceBytesMax bounds one accusation's evidence on the wire: a lie
// about a hop in a ring of 32 carries two transcripts of 62 hops (~4 KiB
// each); the control message holding the accusations is bounded too
// (controlBytesMax, base64 in JSON). An honest member never sends more:
// larger evidence is left off, the accusation then unprovable.
const evidenceBytesMax = 16 << 10

// mismatchEvidence is the evidence of a lie about hop of operation op,
// between pred and its successor succ: kind, op (uint64 big-endian), the
// two peer IDs (each a uint16 big-endian length and bytes), then the
// transcript.Mismatch encoding.
func mismatchEvidence(op uint64, pred, succ peer.ID, m transcript.Mismatch) []byte {
	b := []byte{evidenceMismatch}
	b = binary.BigEndian.AppendUint64(b, op)
	for _, p := range []peer.ID{pred, succ} {
		b = binary.BigEndian.AppendUint16(b, uint16(len(p)))
		b = append(b, p...)
	}
	return append(b, m.Encode()...)
}

// evidence is a decoded Accusation.Evidence.
type evidence struct {
	kind       byte
	op         uint64
	pred, succ peer.ID
	mismatch   transcript.Mismatch
	conviction []byte
}

// decodeEvidence parses an accusation's evidence.
func decodeEvidence(b []byte) (evidence, error) {
	var e evidence
	if len(b) == 0 || len(b) > evidenceBytesMax {
		return e, fmt.Errorf("%w: evidence of %d bytes", ErrProtocol, len(b))
	}
	e.kind, b = b[0], b[1:]
	switch e.kind {
	case evidenceConviction:
		e.conviction = b
		return e, nil
	case evidenceMismatch:
	default:
		return e, fmt.Errorf("%w: evidence of kind %d", ErrProtocol, e.kind)
	}
	if len(b) < 8 {
		return e, fmt.Errorf("%w: truncated evidence", ErrProtocol)
	}
	e.op, b = binary.BigEndian.Uint64(b), b[8:]
	ids := make([]peer.ID, 2)
	for i := range ids {
		if len(b) < 2 {
			return e, fmt.Errorf("%w: truncated evidence", ErrProtocol)
		}
		n := int(binary.BigEndian.Uint16(b))
		if len(b) < 2+n {
			return e, fmt.Errorf("%w: truncated evidence", ErrProtocol)
		}
		id, err := peer.IDFromBytes(b[2 : 2+n])
		if err != nil {
			return e, fmt.Errorf("%w: evidence names no peer: %v", ErrProtocol, err)
		}
		ids[i], b = id, b[2+n:]
	}
	e.pred, e.succ = ids[0], ids[1]
	m, err := transcript.DecodeMismatch(b)
	if err != nil {
		return e, fmt.Errorf("%w: %v", ErrProtocol, err)
	}
	e.mismatch = m
	return e, nil
}

// proves reports whether a's evidence shows, to this member, that a.Peer
// sent garbage: a lie about a hop of an operation of this group by two of
// its members, named as a.Peer; or a conviction Params.Convicted accepts.
func (g *Group) proves(a accusation) bool {
	if a.Kind != FaultGarbage || len(a.Evidence) == 0 {
		return false
	}
	e, err := decodeEvidence(a.Evidence)
	if err != nil {
		return false
	}
	switch e.kind {
	case evidenceConviction:
		return g.params.Convicted != nil && g.params.Convicted(a.Peer, e.conviction) == nil
	}
	w := g.params.Witness
	if w == nil || (e.pred != a.Peer && e.succ != a.Peer) || !g.inGroup(e.pred) || !g.inGroup(e.succ) {
		return false
	}
	ctx := OpContext(g.spec.ID, e.op)
	if e.mismatch.Pred.Context != ctx {
		return false
	}
	_, predLied, err := e.mismatch.Culprit(
		func(msg, sig []byte) error { return w.Verify(e.pred, msg, sig) },
		func(msg, sig []byte) error { return w.Verify(e.succ, msg, sig) })
	if err != nil {
		return false
	}
	if predLied {
		return a.Peer == e.pred
	}
	return a.Peer == e.succ
}

// inGroup reports whether p is one of the group's members or standbys.
func (g *Group) inGroup(p peer.ID) bool {
	for _, m := range g.spec.Members {
		if m == p {
			return true
		}
	}
	for _, m := range g.spec.Standbys {
		if m == p {
			return true
		}
	}
	return false
}

// checkAccusations marks each of a peer's accusations proven or not
// (Accusation.Proven is never taken from the wire). It runs before the
// accusations are stepped into the core, outside Group.mu.
func (g *Group) checkAccusations(as []accusation) {
	for i := range as {
		as[i].Proven = g.proves(as[i])
	}
}

package job

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/trainmesh/trainmesh/protocol"
)

// An audit's decline (PROTOCOL.md, "Declining an audit"): a verifier that
// gives up on a pair the sample assigned it (an input it needs is held by
// no peer it can reach, after its tries) says so, signed, on the training
// topic, as it would publish the audit. The poster then stops waiting for
// that audit (awaitAudits) and settles sooner; the decline is paid
// nothing, is no evidence against anyone and changes no credit. It cannot
// hurt: a verifier could always stay silent, which costs the same (no
// audit, no pay) and only holds the settlement longer; a decline ends the
// wait for one pair, and an audit of the pair that comes before the poster
// settles is still filed and paid. A decline by anyone but the pair's
// verifier is ignored.

// TypeDecline is the decline's EIP-712 type string. It never reaches the
// contract: the poster reads it.
const TypeDecline = "Decline(bytes32 jobId,address verifier,address member,uint64 step,uint8 reason)"

var declineTypeHash = protocol.Keccak256([]byte(TypeDecline))

// KindDecline is the training topic's kind byte of a decline: the
// Decline's ABI fields (DeclineABILen bytes), then the verifier's 65-byte
// signature. Kinds 3 to 5 are node's verified-work messages, 6 the seat
// statement, 7 node's claim tally.
const KindDecline = 8

// DeclineABILen is the size of a Decline's ABI fields: five words.
const DeclineABILen = 5 * 32

const declineWireLen = 1 + DeclineABILen + protocol.SignatureLen

// Reasons a verifier declines an audit.
const (
	// DeclineUnavailable: an input of the recomputation (the member's
	// period commitment, a state, a group sum, the segments its hops are
	// checked against) was held by no peer the verifier could reach, or
	// what it fetched did not check, after its tries.
	DeclineUnavailable uint8 = 1

	declineReasonMax = DeclineUnavailable
)

// ErrDecline: a decline that does not decode, or is not of this job's
// award.
var ErrDecline = errors.New("job: bad audit decline")

// Decline is Verifier's statement that it cannot do its audit of Member's
// Step, for Reason.
type Decline struct {
	JobID    Hash
	Verifier Address
	Member   Address
	Step     uint64
	Reason   uint8
}

// TypeHash is keccak256 of TypeDecline.
func (Decline) TypeHash() Hash { return declineTypeHash }

// AppendABI appends abi.encode(jobId, verifier, member, step, reason).
func (d Decline) AppendABI(dst []byte) []byte {
	dst = append(dst, d.JobID[:]...)
	dst = append(dst, make([]byte, 12)...)
	dst = append(dst, d.Verifier[:]...)
	dst = append(dst, make([]byte, 12)...)
	dst = append(dst, d.Member[:]...)
	dst = append(dst, make([]byte, 24)...)
	dst = binary.BigEndian.AppendUint64(dst, d.Step)
	dst = append(dst, make([]byte, 31)...)
	return append(dst, d.Reason)
}

// StructHash is the EIP-712 hashStruct: keccak256(typeHash ‖ the ABI
// fields), every field static.
func (d Decline) StructHash() Hash {
	return protocol.Keccak256(d.AppendABI(append(make([]byte, 0, 32+DeclineABILen), declineTypeHash[:]...)))
}

// SignedDecline is a Decline with its verifier's signature (EIP-712 under
// the settlement contract's domain; the shell checks it before stepping a
// PeerDecline in).
type SignedDecline struct {
	Decline
	Sig [protocol.SignatureLen]byte
}

// Encode returns the decline's wire form.
func (d *SignedDecline) Encode() []byte {
	b := make([]byte, 0, declineWireLen)
	b = append(b, KindDecline)
	b = d.AppendABI(b)
	return append(b, d.Sig[:]...)
}

// DecodeDecline parses a decline's wire form strictly: its length, kind,
// zero padding, a known reason and the signature's recovery byte (27 or
// 28). It checks the encoding only, not the signature.
func DecodeDecline(b []byte) (*SignedDecline, error) {
	if len(b) != declineWireLen || b[0] != KindDecline {
		return nil, fmt.Errorf("%w: %d bytes", ErrDecline, len(b))
	}
	w := b[1 : 1+DeclineABILen]
	zero := func(p []byte) bool { return !slices.ContainsFunc(p, func(x byte) bool { return x != 0 }) }
	if !zero(w[32:44]) || !zero(w[64:76]) || !zero(w[96:120]) || !zero(w[128:159]) {
		return nil, fmt.Errorf("%w: fields not padded with zeros", ErrDecline)
	}
	d := &SignedDecline{}
	copy(d.JobID[:], w[:32])
	copy(d.Verifier[:], w[44:64])
	copy(d.Member[:], w[76:96])
	d.Step = binary.BigEndian.Uint64(w[120:128])
	d.Reason = w[159]
	if d.Reason == 0 || d.Reason > declineReasonMax {
		return nil, fmt.Errorf("%w: reason %d", ErrDecline, d.Reason)
	}
	copy(d.Sig[:], b[1+DeclineABILen:])
	if v := d.Sig[64]; v != 27 && v != 28 {
		return nil, fmt.Errorf("%w: signature v = %d", ErrDecline, v)
	}
	return d, nil
}

// declineText names a reason for people.
func declineText(r uint8) string {
	if r == DeclineUnavailable {
		return "an input unavailable"
	}
	return fmt.Sprintf("reason %d", r)
}

// onDecline files a decline (posters): from the verifier the sample
// assigned the pair, it ends the wait for that pair's audit; the pair
// stays unpaid unless its audit comes after all. Declines of periods not
// yet seeded wait for their seed, as audits do.
func (m *Machine) onDecline(now uint64, d Decline) error {
	switch {
	case d.JobID != m.cfg.Job.JobID:
		return fmt.Errorf("%w: for job %s", ErrDecline, d.JobID.Short())
	case m.award.IndexOf(d.Member) < 0 || m.award.IndexOf(d.Verifier) < 0:
		return fmt.Errorf("%w: of %s by %s, not both of the award", ErrDecline, d.Member.Short(), d.Verifier.Short())
	case d.Reason == 0 || d.Reason > declineReasonMax:
		return fmt.Errorf("%w: reason %d", ErrDecline, d.Reason)
	}
	if m.cfg.Role != RolePoster {
		return nil // only the poster waits for audits
	}
	m.validateDecline(now, d)
	return nil
}

func (m *Machine) validateDecline(now uint64, d Decline) {
	pair := Pair{Member: d.Member, Step: d.Step}
	drawn, wait := m.judge(protocol.Audit{JobID: d.JobID, Verifier: d.Verifier, Member: d.Member, Step: d.Step})
	switch {
	case wait:
		if len(m.w.pendingDeclines) < pendingAuditMax && !slices.Contains(m.w.pendingDeclines, d) {
			m.w.pendingDeclines = append(m.w.pendingDeclines, d)
		}
		return
	case !drawn:
		m.event(Event{Kind: EventRefused, Peer: d.Verifier, Step: d.Step,
			Text: fmt.Sprintf("a decline of %s at step %d by %s the sample did not assign: ignored", d.Member.Short(), d.Step, d.Verifier.Short())})
		return
	}
	if _, filed := m.w.audits[pair]; filed {
		return // its audit came first: it counts
	}
	if v, dup := m.w.declined[pair]; (dup && v == d.Verifier) || len(m.w.declined) >= auditsMax {
		return
	}
	m.w.declined[pair] = d.Verifier
	m.event(Event{Kind: EventDeclined, Peer: d.Member, Step: d.Step,
		Text: fmt.Sprintf("%s declined its audit of %s at step %d: %s; unpaid, not awaited", d.Verifier.Short(), d.Member.Short(), d.Step, declineText(d.Reason))})
	m.awaitedIn(now, func(p Pair, _ Address) bool { return p == pair })
}

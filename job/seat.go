package job

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/trainmesh/trainmesh/protocol"
)

// A called-in standby's seat statement (PROTOCOL.md, "Standbys called
// in"): the standby signs which seat (winner index, whose shard it trains)
// it took when the ring called it in, and gossips it on the training
// topic, so that every follower checks it on exactly that shard. The
// receipts alone cannot say which standby took which seat when two were
// freed in one receipt period (StandbyShards); the statement can, and it
// is checked against them: the seat must be one the receipts show free
// when the standby's receipts begin, and a standby states one seat.
//
// A winner restarted mid-training and called back into its ring
// (PROTOCOL.md, "A restarted member rejoins") makes the same statement
// for its own seat: From is where it trains again, and the steps between
// its last receipt before From and From are its gap (Book.Gaps), which it
// did not train: the book does not credit them and verifiers sample none
// of them.

// TypeSeat is the statement's EIP-712 type string. It never reaches the
// contract: the group and the poster check it.
const TypeSeat = "Seat(bytes32 jobId,address standby,uint32 seat,uint64 from)"

var seatTypeHash = protocol.Keccak256([]byte(TypeSeat))

// KindSeat is the training topic's kind byte of a seat statement: the
// SeatStatement's ABI fields (SeatABILen bytes), then the standby's 65-byte
// signature. Kinds 3 to 5 are node's verified-work messages.
const KindSeat = 6

// SeatABILen is the size of a SeatStatement's ABI fields: four words.
const SeatABILen = 4 * 32

const seatWireLen = 1 + SeatABILen + protocol.SignatureLen

// ErrSeat: a seat statement that does not decode, or that the job's
// receipts refute (a seat not freed when the standby joined, a second
// seat of one standby, not a standby of the award).
var ErrSeat = errors.New("job: bad seat statement")

// SeatStatement is a called-in standby's statement that it trains the shard of
// winner Seat (its seat) from the state after step From (where the ring
// called it in); or a rejoined winner's (Standby then names the winner,
// Seat its own index) that it trains its own shard again from there.
type SeatStatement struct {
	JobID   Hash
	Standby Address
	Seat    uint32
	From    uint64
}

// TypeHash is keccak256 of TypeSeat.
func (SeatStatement) TypeHash() Hash { return seatTypeHash }

// AppendABI appends abi.encode(jobId, standby, seat, from).
func (s SeatStatement) AppendABI(dst []byte) []byte {
	dst = append(dst, s.JobID[:]...)
	dst = append(dst, make([]byte, 12)...)
	dst = append(dst, s.Standby[:]...)
	dst = append(dst, make([]byte, 28)...)
	dst = binary.BigEndian.AppendUint32(dst, s.Seat)
	dst = append(dst, make([]byte, 24)...)
	return binary.BigEndian.AppendUint64(dst, s.From)
}

// StructHash is the EIP-712 hashStruct: keccak256(typeHash ‖ the ABI
// fields), every field static.
func (s SeatStatement) StructHash() Hash {
	return protocol.Keccak256(s.AppendABI(append(make([]byte, 0, 32+SeatABILen), seatTypeHash[:]...)))
}

// SignedSeat is a SeatStatement with the standby's signature (EIP-712 under the
// settlement contract's domain; the shell checks it before stepping a
// PeerSeat in).
type SignedSeat struct {
	SeatStatement
	Sig [protocol.SignatureLen]byte
}

// Encode returns the statement's wire form.
func (s *SignedSeat) Encode() []byte {
	b := make([]byte, 0, seatWireLen)
	b = append(b, KindSeat)
	b = s.AppendABI(b)
	return append(b, s.Sig[:]...)
}

// DecodeSeat parses a seat statement's wire form strictly: its length,
// kind, zero padding and the signature's recovery byte (27 or 28). It
// checks the encoding only, not the signature.
func DecodeSeat(b []byte) (*SignedSeat, error) {
	st, sig, err := decodeSeatFields(KindSeat, b)
	if err != nil {
		return nil, err
	}
	return &SignedSeat{SeatStatement: st, Sig: sig}, nil
}

// decodeSeatFields parses kind ‖ a seat statement's ABI fields ‖ a
// signature strictly (DecodeSeat, DecodeWitness).
func decodeSeatFields(kind byte, b []byte) (SeatStatement, [protocol.SignatureLen]byte, error) {
	var s SeatStatement
	var sig [protocol.SignatureLen]byte
	if len(b) != seatWireLen || b[0] != kind {
		return s, sig, fmt.Errorf("%w: %d bytes", ErrSeat, len(b))
	}
	w := b[1 : 1+SeatABILen]
	zero := func(p []byte) bool { return !slices.ContainsFunc(p, func(x byte) bool { return x != 0 }) }
	if !zero(w[32:44]) || !zero(w[64:92]) || !zero(w[96:120]) {
		return s, sig, fmt.Errorf("%w: fields not padded with zeros", ErrSeat)
	}
	copy(s.JobID[:], w[:32])
	copy(s.Standby[:], w[44:64])
	s.Seat = binary.BigEndian.Uint32(w[92:96])
	s.From = binary.BigEndian.Uint64(w[120:128])
	copy(sig[:], b[1+SeatABILen:])
	if v := sig[64]; v != 27 && v != 28 {
		return s, sig, fmt.Errorf("%w: signature v = %d", ErrSeat, v)
	}
	return s, sig, nil
}

// seatsMax bounds the statements a book keeps: one per standby of the
// award, which has at most a few dozen.
const seatsMax = 256

// AddSeat files a standby's signed seat statement (its signature checked
// by the caller) and reports whether it is new. It refuses, with ErrSeat,
// one for another job, by a peer not in the award, by a winner naming
// another seat than its own (a winner states only that it rejoined its
// own), of a seat the award does not have, at a step past the job's, and
// a second statement of one standby naming another seat or join step (a
// standby takes one seat). A winner states each of its rejoins: of its
// statements the book keeps the latest rejoinsKept (Gaps). Whether the
// seat was free when the standby joined is the receipts' to say, which
// may come later: StandbyShards checks it.
func (b *Book) AddSeat(s SignedSeat) (bool, error) {
	w := slices.Index(b.award.Winners, s.Standby)
	switch {
	case s.JobID != b.award.JobID:
		return false, fmt.Errorf("%w: for job %s", ErrSeat, s.JobID.Short())
	case w >= 0 && int(s.Seat) != w:
		return false, fmt.Errorf("%w: winner %s states seat %d, not its own %d", ErrSeat, s.Standby.Short(), s.Seat, w)
	case w < 0 && !slices.Contains(b.award.Standbys, s.Standby):
		return false, fmt.Errorf("%w: %s is not a standby of the award", ErrSeat, s.Standby.Short())
	case int(s.Seat) >= len(b.award.Winners):
		return false, fmt.Errorf("%w: seat %d of %d", ErrSeat, s.Seat, len(b.award.Winners))
	case s.From >= b.steps:
		return false, fmt.Errorf("%w: called in after step %d of %d", ErrSeat, s.From, b.steps)
	}
	if w >= 0 {
		if b.rejoins == nil {
			b.rejoins = map[Address][]SignedSeat{}
		}
		var kept bool
		b.rejoins[s.Standby], kept = keepRejoin(b.rejoins[s.Standby], s, func(x SignedSeat) uint64 { return x.From })
		return kept, nil
	}
	if old, ok := b.seats[s.Standby]; ok {
		if old.Seat == s.Seat && old.From == s.From {
			return false, nil // a copy (the signature may differ in form only)
		}
		return false, fmt.Errorf("%w: %s states seat %d after step %d, having stated seat %d after step %d",
			ErrSeat, s.Standby.Short(), s.Seat, s.From, old.Seat, old.From)
	}
	if len(b.seats) >= seatsMax {
		return false, nil
	}
	if b.seats == nil {
		b.seats = map[Address]SignedSeat{}
	}
	b.seats[s.Standby] = s
	return true, nil
}

// SeatOf returns the seat statement standby made, if the book holds one;
// of a rejoined winner, its latest.
func (b *Book) SeatOf(standby Address) (SignedSeat, bool) {
	if rs := b.rejoins[standby]; len(rs) > 0 {
		return rs[len(rs)-1], true
	}
	s, ok := b.seats[standby]
	return s, ok
}

// Stated returns every statement held of member: a standby's one, a
// rejoined winner's each, ascending.
func (b *Book) Stated(member Address) []SignedSeat {
	if rs := b.rejoins[member]; len(rs) > 0 {
		return slices.Clone(rs)
	}
	if s, ok := b.seats[member]; ok {
		return []SignedSeat{s}
	}
	return nil
}

// Seats returns the seat statements held, in award order of their
// members, winners (rejoined, each of their statements) then standbys.
func (b *Book) Seats() []SignedSeat {
	var out []SignedSeat
	for i, a := range b.members {
		if b.IndexOf(a) == i {
			out = append(out, b.Stated(a)...)
		}
	}
	return out
}

// onSeat files a seat statement, and says when the receipts held already
// refute it (CheckSeat; file says so when the standby's first receipt
// comes later).
func (m *Machine) onSeat(now uint64, s SignedSeat) error {
	before := m.book.Gaps(s.Standby)
	added, err := m.book.AddSeat(s)
	if err != nil || !added {
		return err
	}
	m.save() // journaled with the receipts (Record.Seats)
	if slices.Contains(m.award.Winners, s.Standby) {
		m.event(Event{Kind: EventSeat, Peer: s.Standby,
			Text: fmt.Sprintf("%s states it rejoined its seat %d after step %d", s.Standby.Short(), s.Seat, s.From)})
		m.resendForRejoin(s.Standby, before)
		return nil
	}
	m.event(Event{Kind: EventSeat, Peer: s.Standby,
		Text: fmt.Sprintf("%s states it took seat %d after step %d", s.Standby.Short(), s.Seat, s.From)})
	m.checkSeat(s.Standby)
	// A standby called into the last period has its job audit drawn
	// from the step its statement states (jobAuditFrom): drawn now, if
	// the last period is seeded, as at every follower that held the
	// statement then. The audits that waited for it are filed, and a
	// poster waiting for the audits drawn waits for those it places.
	if m.cfg.Role != RolePoster && m.periodAt(m.cfg.Job.Steps) >= 0 {
		m.assignJobAudit(s.Standby)
	}
	m.revalidate(now)
	m.reawait(now)
	return nil
}

// resendForRejoin publishes again this peer's own receipt for the last
// step winner receipted before each gap of its that is known now and was
// not before (Gaps; a gap's After), once, when winner states where it
// rejoined or its witnesses make that known. That is the period it
// stopped in: its journal may lack the group's receipts for it (it
// stopped as they came), and members re-send only their latest, so
// without them it seeded the period only at its end, from its own
// receipts, with another seed than everyone else's: the audits the period
// drew of it never came, and the poster waited its audit grace for them.
func (m *Machine) resendForRejoin(winner Address, before []Gap) {
	if m.cfg.Role == RolePoster || winner == m.cfg.Self {
		return
	}
	for _, g := range m.book.Gaps(winner) {
		if g.After == 0 || slices.ContainsFunc(before, func(o Gap) bool { return o.After == g.After }) {
			continue
		}
		if r, held := m.book.Get(m.cfg.Self, g.After); held {
			m.ready.Publish = append(m.ready.Publish, Publish{Receipt: &r})
		}
	}
}

// checkSeat reports a seat statement of standby that its receipts refute:
// verifiers set it aside and check the standby on the seats the receipts
// leave it (StandbyShards).
func (m *Machine) checkSeat(standby Address) {
	if _, ok := m.book.SeatOf(standby); !ok || m.book.First(standby) == 0 {
		return
	}
	if err := CheckSeat(m.book, standby); err != nil {
		m.event(Event{Kind: EventRefused, Peer: standby, Err: err.Error(),
			Text: fmt.Sprintf("%s's seat statement refuted by the receipts; checking it on the seats they leave it", standby.Short())})
	}
}

package job

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Fetching what a follower lacks (PROTOCOL.md, "Fetching missed receipts
// and seat statements"). Receipts and seat statements are gossiped as
// they are made, and members re-send only their latest receipt: a
// follower that subscribed late (a standby that heard the award as the
// winners trained), lost a message, or restarted lacks the earlier ones,
// and never drew those periods' audits, which the poster then waited its
// audit grace for. The core decides what is missing from the receipts it
// holds; the shell asks the job's other followers for it over a request
// stream and steps what comes back in as PeerReceipt and PeerSeat, each
// signature checked as if it came by gossip.

// Fetch asks the shell to fetch, from the job's other followers (its
// poster, winners and standbys), the signed receipts and seat statements
// this peer lacks. Each peer answers with those of them it holds.
type Fetch struct {
	// Receipts are the (member, step) receipts wanted: the receipt
	// steps the recipe schedules (Config.ReceiptEvery) below a member's
	// latest receipt held, within the window the book keeps, that the
	// book does not hold.
	Receipts []Pair
	// Seats are the members whose seat statement is wanted: a standby
	// with receipts (it was called in), or a winner whose receipts
	// lack scheduled steps (it may have rejoined).
	Seats []Address
}

// Bounds on fetching: a request names at most FetchReceiptsMax receipts and
// FetchSeatsMax seat statements; the machine asks for each at most
// fetchTriesMax times (a receipt no follower holds, as in a rejoined
// winner's gap, is not asked for ever) and remembers the tries of at most
// fetchKeysMax.
const (
	FetchReceiptsMax = 256
	FetchSeatsMax    = 64
	fetchTriesMax    = 3
	fetchKeysMax     = 4096
)

// fetchWait is how long after a receipt or statement arrives the machine
// looks for what it lacks: a fifth of ReceiptResendMs (1 s by default),
// so that gossip's own reordering (a later receipt before an earlier
// one, within milliseconds) costs no request.
func (m *Machine) fetchWait() uint64 { return max(m.p.ReceiptResendMs/5, 1) }

// fetchLater schedules a look for what this peer lacks, fetchWait from
// now (or sooner, if one is due sooner).
func (m *Machine) fetchLater(now uint64) {
	if m.phase == phaseDone {
		return
	}
	if at := now + m.fetchWait(); m.fetchAt == 0 || at < m.fetchAt {
		m.fetchAt = at
	}
}

// fetchMissing asks for what this peer lacks (missing), each receipt or
// statement at most fetchTriesMax times, and looks again ReceiptResendMs
// later for those that did not come (the answer lost, a peer not reached).
func (m *Machine) fetchMissing(now uint64) {
	if m.phase == phaseDone {
		return
	}
	rs, seats := m.missing()
	f := &Fetch{}
	try := func(k Pair) bool {
		n, ok := m.fetchTries[k]
		if n >= fetchTriesMax || (!ok && len(m.fetchTries) >= fetchKeysMax) {
			return false
		}
		m.fetchTries[k] = n + 1
		return true
	}
	for _, p := range rs {
		if len(f.Receipts) < FetchReceiptsMax && try(p) {
			f.Receipts = append(f.Receipts, p)
		}
	}
	for _, a := range seats {
		if len(f.Seats) < FetchSeatsMax && try(Pair{Member: a}) { // step 0: the statement
			f.Seats = append(f.Seats, a)
		}
	}
	if len(f.Receipts) == 0 && len(f.Seats) == 0 {
		return
	}
	m.ready.Fetch = f
	m.fetchAt = now + m.p.ReceiptResendMs
	m.event(Event{Kind: EventFetch, Text: "asking the group for what this peer lacks: " + f.text()})
}

// missing returns what this peer lacks that the receipts it holds show
// exist, or may: for each other member of the award with a receipt, the
// receipt steps the recipe schedules below its latest one held (the
// multiples of Config.ReceiptEvery; a standby's after the step its seat
// statement says it joined after; a rejoined winner's outside its gap),
// within the book's window
// (ReceiptsPerMemberMax), that the book does not hold; and the seat
// statement of a standby with receipts, or of a winner lacking scheduled
// receipts, that the book does not hold. Without ReceiptEvery no receipt
// is known to be missing. In award order, latest step first.
func (m *Machine) missing() (rs []Pair, seats []Address) {
	e := m.cfg.ReceiptEvery
	for i, a := range m.award.Members() {
		if a == m.cfg.Self || m.award.IndexOf(a) != i {
			continue // this peer's own are filed as signed; a member listed twice, once
		}
		latest := m.book.Latest(a)
		if latest == 0 {
			continue
		}
		winner := i < len(m.award.Winners)
		st, stated := m.book.SeatOf(a)
		lacks := false
		if e > 0 {
			var lo uint64
			if !winner && stated {
				lo = st.From
			}
			// A rejoined winner signed nothing in its gap (Book.Gap).
			after, through, gap := m.book.Gap(a)
			n := 0
			for t := (latest - 1) / e * e; t > lo && n < ReceiptsPerMemberMax-1; t -= e {
				n++
				if gap && after < t && t <= through {
					continue
				}
				if _, ok := m.book.Get(a, t); !ok {
					rs = append(rs, Pair{Member: a, Step: t})
					lacks = true
				}
			}
		}
		if !stated && (!winner || lacks) {
			seats = append(seats, a)
		}
	}
	return rs, seats
}

func (f *Fetch) text() string {
	var out []string
	for i, p := range f.Receipts {
		if i == 8 {
			out = append(out, fmt.Sprintf("and %d more receipts", len(f.Receipts)-i))
			break
		}
		out = append(out, fmt.Sprintf("%s's receipt for step %d", p.Member.Short(), p.Step))
	}
	for i, a := range f.Seats {
		if i == 8 {
			out = append(out, fmt.Sprintf("and %d more seat statements", len(f.Seats)-i))
			break
		}
		out = append(out, a.Short()+"'s seat statement")
	}
	return strings.Join(out, ", ")
}

// --- Wire -------------------------------------------------------------------

// The fetch request and its answer (node's /trainmesh/job/records/1.0.0).
//
// Request: the job ID (32 bytes), the count of receipts wanted (uint16
// BE, at most FetchReceiptsMax), each a member address (20) and a step
// (uint64 BE, positive); the count of seat statements wanted (uint16 BE,
// at most FetchSeatsMax), each a member address (20). Nothing else; no
// slot twice.
//
// Answer: the count of records (uint16 BE, at most FetchReceiptsMax +
// FetchSeatsMax), then each record's wire form as gossiped: a receipt
// (KindReceipt, 226 bytes; two for a slot its member equivocated) or a
// seat statement (KindSeat, 194 bytes), its length given by its kind
// byte. Nothing else.

// ErrFetch: a fetch request or answer that does not decode.
var ErrFetch = errors.New("job: bad fetch message")

// FetchRequestMax and FetchAnswerMax are the largest request and answer
// on the wire.
const (
	FetchRequestMax = 32 + 2 + FetchReceiptsMax*(20+8) + 2 + FetchSeatsMax*20
	FetchAnswerMax  = 2 + FetchReceiptsMax*receiptWireLen + FetchSeatsMax*seatWireLen
)

// EncodeFetchRequest returns the request for f's receipts and statements
// of job. It fails if f is over the bounds.
func EncodeFetchRequest(job Hash, f *Fetch) ([]byte, error) {
	if len(f.Receipts) > FetchReceiptsMax || len(f.Seats) > FetchSeatsMax {
		return nil, fmt.Errorf("%w: %d receipts and %d seat statements asked", ErrFetch, len(f.Receipts), len(f.Seats))
	}
	b := make([]byte, 0, 32+2+len(f.Receipts)*28+2+len(f.Seats)*20)
	b = append(b, job[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(f.Receipts)))
	for _, p := range f.Receipts {
		b = append(b, p.Member[:]...)
		b = binary.BigEndian.AppendUint64(b, p.Step)
	}
	b = binary.BigEndian.AppendUint16(b, uint16(len(f.Seats)))
	for _, a := range f.Seats {
		b = append(b, a[:]...)
	}
	return b, nil
}

// DecodeFetchRequest parses a fetch request strictly: the bounds, no step
// 0, no slot twice, nothing after the end.
func DecodeFetchRequest(b []byte) (Hash, *Fetch, error) {
	var job Hash
	if len(b) < 32+2 {
		return job, nil, fmt.Errorf("%w: a request of %d bytes", ErrFetch, len(b))
	}
	copy(job[:], b)
	b = b[32:]
	n := int(binary.BigEndian.Uint16(b))
	b = b[2:]
	if n > FetchReceiptsMax || len(b) < n*28+2 {
		return job, nil, fmt.Errorf("%w: %d receipts asked in %d bytes", ErrFetch, n, len(b))
	}
	f := &Fetch{}
	for range n {
		p := Pair{Member: Address(b[:20]), Step: binary.BigEndian.Uint64(b[20:28])}
		b = b[28:]
		if p.Step == 0 || slices.Contains(f.Receipts, p) {
			return job, nil, fmt.Errorf("%w: receipt of %s at step %d asked (step 0, or twice)", ErrFetch, p.Member.Short(), p.Step)
		}
		f.Receipts = append(f.Receipts, p)
	}
	n = int(binary.BigEndian.Uint16(b))
	b = b[2:]
	if n > FetchSeatsMax || len(b) != n*20 {
		return job, nil, fmt.Errorf("%w: %d seat statements asked in %d bytes", ErrFetch, n, len(b))
	}
	for range n {
		a := Address(b[:20])
		b = b[20:]
		if slices.Contains(f.Seats, a) {
			return job, nil, fmt.Errorf("%w: %s's seat statement asked twice", ErrFetch, a.Short())
		}
		f.Seats = append(f.Seats, a)
	}
	return job, f, nil
}

// EncodeFetchAnswer returns the answer carrying rs and seats. It fails if
// they are over the bounds.
func EncodeFetchAnswer(rs []Receipt, seats []SignedSeat) ([]byte, error) {
	if len(rs) > FetchReceiptsMax || len(seats) > FetchSeatsMax {
		return nil, fmt.Errorf("%w: %d receipts and %d seat statements to answer", ErrFetch, len(rs), len(seats))
	}
	b := make([]byte, 0, 2+len(rs)*receiptWireLen+len(seats)*seatWireLen)
	b = binary.BigEndian.AppendUint16(b, uint16(len(rs)+len(seats)))
	for i := range rs {
		b = append(b, rs[i].Encode()...)
	}
	for i := range seats {
		b = append(b, seats[i].Encode()...)
	}
	return b, nil
}

// DecodeFetchAnswer parses an answer strictly: each record decodes as its
// kind's gossip message does (DecodeReceipt, DecodeSeat: the encoding
// only; the caller checks each signature), and nothing follows the last.
func DecodeFetchAnswer(b []byte) ([]Receipt, []SignedSeat, error) {
	if len(b) < 2 {
		return nil, nil, fmt.Errorf("%w: an answer of %d bytes", ErrFetch, len(b))
	}
	n := int(binary.BigEndian.Uint16(b))
	b = b[2:]
	if n > FetchReceiptsMax+FetchSeatsMax {
		return nil, nil, fmt.Errorf("%w: %d records", ErrFetch, n)
	}
	var rs []Receipt
	var seats []SignedSeat
	for i := range n {
		if len(b) == 0 {
			return nil, nil, fmt.Errorf("%w: %d of %d records", ErrFetch, i, n)
		}
		switch b[0] {
		case KindReceipt:
			if len(b) < receiptWireLen || len(rs) == FetchReceiptsMax {
				return nil, nil, fmt.Errorf("%w: record %d: a receipt of %d bytes, or too many", ErrFetch, i, len(b))
			}
			r, err := DecodeReceipt(b[:receiptWireLen])
			if err != nil {
				return nil, nil, fmt.Errorf("%w: record %d: %w", ErrFetch, i, err)
			}
			rs = append(rs, *r)
			b = b[receiptWireLen:]
		case KindSeat:
			if len(b) < seatWireLen || len(seats) == FetchSeatsMax {
				return nil, nil, fmt.Errorf("%w: record %d: a seat statement of %d bytes, or too many", ErrFetch, i, len(b))
			}
			s, err := DecodeSeat(b[:seatWireLen])
			if err != nil {
				return nil, nil, fmt.Errorf("%w: record %d: %w", ErrFetch, i, err)
			}
			seats = append(seats, *s)
			b = b[seatWireLen:]
		default:
			return nil, nil, fmt.Errorf("%w: record %d of kind %d", ErrFetch, i, b[0])
		}
	}
	if len(b) != 0 {
		return nil, nil, fmt.Errorf("%w: %d bytes after the last record", ErrFetch, len(b))
	}
	return rs, seats, nil
}

// Answer returns, of what f asks, the receipts and seat statements this
// peer's book holds: what a follower serves another (the shell's answer to
// a fetch request). Of a slot its member equivocated it returns both
// receipts, the one held first first: a follower that fetched one of them
// only would seed the slot's period with it (unequivocated).
func (m *Machine) Answer(f *Fetch) ([]Receipt, []SignedSeat) {
	var rs []Receipt
	var seats []SignedSeat
	for _, p := range f.Receipts {
		if r, ok := m.book.Get(p.Member, p.Step); ok && len(rs) < FetchReceiptsMax {
			rs = append(rs, r)
		}
		if e, ok := m.book.Equivocation(p.Member, p.Step); ok && len(rs) < FetchReceiptsMax {
			rs = append(rs, e.Second)
		}
	}
	for _, a := range f.Seats {
		if s, ok := m.book.SeatOf(a); ok && len(seats) < FetchSeatsMax {
			seats = append(seats, s)
		}
	}
	return rs, seats
}

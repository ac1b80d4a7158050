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
// poster, winners and standbys), the signed receipts, seat statements and
// rejoin witnesses this peer lacks. Each peer answers with those of them
// it holds.
type Fetch struct {
	// Receipts are the (member, step) receipts wanted: the receipt
	// steps the recipe schedules (Config.ReceiptEvery) below a member's
	// latest receipt held, within the window the book keeps, that the
	// book does not hold.
	Receipts []Pair
	// Seats are the members whose seat statements are wanted: a standby
	// with receipts (it was called in), or a winner whose receipts
	// lack scheduled steps outside its known gaps (it may have
	// rejoined); of a winner, each it made.
	Seats []Address
	// Witnesses are the winners whose rejoin witnesses are wanted, all
	// that the peer asked holds: a winner whose receipts lack scheduled
	// steps outside its known gaps, or one stated or witnessed to have
	// rejoined without a quorum of witnesses of that rejoin held
	// (WitnessQuorum). Followers that missed a witness's gossip would
	// credit the winner otherwise than the others.
	Witnesses []Address
}

// Bounds on fetching: a request names at most FetchReceiptsMax receipts,
// FetchSeatsMax members' seat statements and as many members' rejoin
// witnesses, an answer carries at most FetchWitnessesMax witnesses (a
// winner's are at most rejoinsKept of each other member); the machine
// asks for each at most fetchTriesMax times (a receipt no follower holds,
// as in a rejoined winner's gap, is not asked for ever) and remembers the
// tries of at most fetchKeysMax.
const (
	FetchReceiptsMax  = 256
	FetchSeatsMax     = 64
	FetchWitnessesMax = 256
	fetchTriesMax     = 3
	fetchKeysMax      = 4096
)

// fetchKey names what the machine asked for: a receipt (Pair), a
// member's seat statements or its rejoin witnesses. A winner's statements
// and witnesses are keyed by the gap they would tell (its last receipt
// held before it, Gap.After), so that each restart's are asked for
// fetchTriesMax times; a standby's statement by step 0.
type fetchKey struct {
	Pair
	what uint8
}

const (
	fetchReceipt = iota
	fetchSeat
	fetchWitness
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

// fetchMissing asks for what this peer lacks (missing), each receipt,
// statement or gap's witnesses at most fetchTriesMax times, and looks
// again ReceiptResendMs later for those that did not come (the answer
// lost, a peer not reached).
func (m *Machine) fetchMissing(now uint64) {
	if m.phase == phaseDone {
		return
	}
	want := m.missing()
	f := &Fetch{}
	try := func(k fetchKey) bool {
		n, ok := m.fetchTries[k]
		if n >= fetchTriesMax || (!ok && len(m.fetchTries) >= fetchKeysMax) {
			return false
		}
		m.fetchTries[k] = n + 1
		return true
	}
	for _, k := range want {
		switch k.what {
		case fetchReceipt:
			if len(f.Receipts) < FetchReceiptsMax && try(k) {
				f.Receipts = append(f.Receipts, k.Pair)
			}
		case fetchSeat:
			if len(f.Seats) < FetchSeatsMax && !slices.Contains(f.Seats, k.Member) && try(k) {
				f.Seats = append(f.Seats, k.Member)
			}
		case fetchWitness:
			if len(f.Witnesses) < FetchSeatsMax && !slices.Contains(f.Witnesses, k.Member) && try(k) {
				f.Witnesses = append(f.Witnesses, k.Member)
			}
		}
	}
	if len(f.Receipts) == 0 && len(f.Seats) == 0 && len(f.Witnesses) == 0 {
		return
	}
	m.ready.Fetch = f
	m.fetchAt = now + m.p.ReceiptResendMs
	m.event(Event{Kind: EventFetch, Text: "asking the group for what this peer lacks: " + f.text()})
}

// missing returns what this peer lacks that the receipts, statements and
// witnesses it holds show exist, or may: for each other member of the
// award with a receipt, the receipt steps the recipe schedules below its
// latest one held (the multiples of Config.ReceiptEvery; a standby's
// after the step its seat statement says it joined after; a rejoined
// winner's outside its gaps), within the book's window
// (ReceiptsPerMemberMax), that the book does not hold; the seat
// statement of a standby with receipts that the book does not hold; and
// of a winner lacking scheduled receipts, its statements and witnesses
// (keyed by the receipt held before the hole: it may have rejoined
// there), and of a winner with a rejoin stated or witnessed short of a
// quorum of witnesses, its witnesses (keyed by that gap's After).
// Without ReceiptEvery no receipt is known to be missing. In award order,
// latest step first.
func (m *Machine) missing() []fetchKey {
	var out []fetchKey
	e := m.cfg.ReceiptEvery
	q := WitnessQuorum(len(m.award.Winners))
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
		var hole uint64 // the earliest scheduled receipt lacked
		if e > 0 {
			var lo uint64
			if !winner && stated {
				lo = st.From
			}
			n := 0
			for t := (latest - 1) / e * e; t > lo && n < ReceiptsPerMemberMax-1; t -= e {
				n++
				if winner && m.book.InGap(a, t) {
					continue // a rejoined winner signed nothing in its gaps
				}
				if _, ok := m.book.Get(a, t); !ok {
					out = append(out, fetchKey{Pair{a, t}, fetchReceipt})
					hole = t
				}
			}
		}
		switch {
		case !winner:
			if !stated {
				out = append(out, fetchKey{Pair{Member: a}, fetchSeat})
			}
		case hole > 0:
			after := m.book.gapAfter(a, hole)
			out = append(out, fetchKey{Pair{a, after}, fetchSeat}, fetchKey{Pair{a, after}, fetchWitness})
		default:
			if after, ok := m.book.witnessShort(a, q); ok {
				out = append(out, fetchKey{Pair{a, after}, fetchWitness})
			}
		}
	}
	return out
}

// witnessShort reports the first rejoin of winner (by its gap's After)
// that its statements or the witnesses held tell without q witnesses of
// it that trained in the ring: a follower that holds fewer than its
// peers credits the winner otherwise.
func (b *Book) witnessShort(winner Address, q int) (uint64, bool) {
	count := map[uint64]int{}
	for a, ws := range b.witnessed[winner] {
		if b.first[a] == 0 {
			continue
		}
		seen := map[uint64]bool{}
		for _, w := range ws {
			seen[b.gapAfter(winner, w.From)] = true
		}
		for after := range seen {
			count[after]++
		}
	}
	for _, s := range b.rejoins[winner] {
		after := b.gapAfter(winner, s.From)
		if _, ok := count[after]; !ok {
			count[after] = 0 // stated, witnessed by none held
		}
	}
	var short []uint64
	for after, n := range count {
		if n < q {
			short = append(short, after)
		}
	}
	if len(short) == 0 {
		return 0, false
	}
	return slices.Min(short), true
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
	for i, a := range f.Witnesses {
		if i == 8 {
			out = append(out, fmt.Sprintf("and %d more members' rejoin witnesses", len(f.Witnesses)-i))
			break
		}
		out = append(out, a.Short()+"'s rejoin witnesses")
	}
	return strings.Join(out, ", ")
}

// --- Wire -------------------------------------------------------------------

// The fetch request and its answer (node's /trainmesh/job/records/1.1.0).
//
// Request: the job ID (32 bytes), the count of receipts wanted (uint16
// BE, at most FetchReceiptsMax), each a member address (20) and a step
// (uint64 BE, positive); the count of members whose seat statements are
// wanted (uint16 BE, at most FetchSeatsMax), each a member address (20);
// the count of winners whose rejoin witnesses are wanted (uint16 BE, at
// most FetchSeatsMax), each an address (20). Nothing else; no slot twice.
//
// Answer: the count of records (uint16 BE, at most FetchReceiptsMax +
// FetchSeatsMax + FetchWitnessesMax), then each record's wire form as
// gossiped: a receipt (KindReceipt, 226 bytes; two for a slot its member
// equivocated), a seat statement (KindSeat, 194 bytes) or a rejoin
// witness (KindRejoinWitness, 194 bytes), its length given by its kind
// byte; at most FetchReceiptsMax receipts, FetchSeatsMax statements and
// FetchWitnessesMax witnesses. Nothing else.

// ErrFetch: a fetch request or answer that does not decode.
var ErrFetch = errors.New("job: bad fetch message")

// FetchRequestMax and FetchAnswerMax are the largest request and answer
// on the wire.
const (
	FetchRequestMax = 32 + 2 + FetchReceiptsMax*(20+8) + 2*(2+FetchSeatsMax*20)
	FetchAnswerMax  = 2 + FetchReceiptsMax*receiptWireLen + (FetchSeatsMax+FetchWitnessesMax)*seatWireLen
)

// Answered is what a peer answers a fetch request with.
type Answered struct {
	Receipts  []Receipt
	Seats     []SignedSeat
	Witnesses []SignedWitness // Witness zero: the asker recovers it
}

// EncodeFetchRequest returns the request for f's receipts, statements
// and witnesses of job. It fails if f is over the bounds.
func EncodeFetchRequest(job Hash, f *Fetch) ([]byte, error) {
	if len(f.Receipts) > FetchReceiptsMax || len(f.Seats) > FetchSeatsMax || len(f.Witnesses) > FetchSeatsMax {
		return nil, fmt.Errorf("%w: %d receipts, %d seat statements and %d members' witnesses asked", ErrFetch, len(f.Receipts), len(f.Seats), len(f.Witnesses))
	}
	b := make([]byte, 0, 32+2+len(f.Receipts)*28+2+len(f.Seats)*20+2+len(f.Witnesses)*20)
	b = append(b, job[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(f.Receipts)))
	for _, p := range f.Receipts {
		b = append(b, p.Member[:]...)
		b = binary.BigEndian.AppendUint64(b, p.Step)
	}
	for _, as := range [][]Address{f.Seats, f.Witnesses} {
		b = binary.BigEndian.AppendUint16(b, uint16(len(as)))
		for _, a := range as {
			b = append(b, a[:]...)
		}
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
	if n > FetchReceiptsMax || len(b) < n*28 {
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
	for _, what := range []struct {
		name string
		to   *[]Address
	}{{"seat statements", &f.Seats}, {"members' witnesses", &f.Witnesses}} {
		if len(b) < 2 {
			return job, nil, fmt.Errorf("%w: no count of %s", ErrFetch, what.name)
		}
		n = int(binary.BigEndian.Uint16(b))
		b = b[2:]
		if n > FetchSeatsMax || len(b) < n*20 {
			return job, nil, fmt.Errorf("%w: %d %s asked in %d bytes", ErrFetch, n, what.name, len(b))
		}
		for range n {
			a := Address(b[:20])
			b = b[20:]
			if slices.Contains(*what.to, a) {
				return job, nil, fmt.Errorf("%w: %s's %s asked twice", ErrFetch, a.Short(), what.name)
			}
			*what.to = append(*what.to, a)
		}
	}
	if len(b) != 0 {
		return job, nil, fmt.Errorf("%w: %d bytes after the request", ErrFetch, len(b))
	}
	return job, f, nil
}

// EncodeFetchAnswer returns the answer carrying a. It fails if a is over
// the bounds.
func EncodeFetchAnswer(a Answered) ([]byte, error) {
	if len(a.Receipts) > FetchReceiptsMax || len(a.Seats) > FetchSeatsMax || len(a.Witnesses) > FetchWitnessesMax {
		return nil, fmt.Errorf("%w: %d receipts, %d seat statements and %d witnesses to answer", ErrFetch, len(a.Receipts), len(a.Seats), len(a.Witnesses))
	}
	b := make([]byte, 0, 2+len(a.Receipts)*receiptWireLen+(len(a.Seats)+len(a.Witnesses))*seatWireLen)
	b = binary.BigEndian.AppendUint16(b, uint16(len(a.Receipts)+len(a.Seats)+len(a.Witnesses)))
	for i := range a.Receipts {
		b = append(b, a.Receipts[i].Encode()...)
	}
	for i := range a.Seats {
		b = append(b, a.Seats[i].Encode()...)
	}
	for i := range a.Witnesses {
		b = append(b, a.Witnesses[i].Encode()...)
	}
	return b, nil
}

// DecodeFetchAnswer parses an answer strictly: each record decodes as its
// kind's gossip message does (DecodeReceipt, DecodeSeat, DecodeWitness:
// the encoding only; the caller checks each signature and recovers each
// witness), and nothing follows the last.
func DecodeFetchAnswer(b []byte) (Answered, error) {
	var a Answered
	if len(b) < 2 {
		return a, fmt.Errorf("%w: an answer of %d bytes", ErrFetch, len(b))
	}
	n := int(binary.BigEndian.Uint16(b))
	b = b[2:]
	if n > FetchReceiptsMax+FetchSeatsMax+FetchWitnessesMax {
		return a, fmt.Errorf("%w: %d records", ErrFetch, n)
	}
	for i := range n {
		if len(b) == 0 {
			return Answered{}, fmt.Errorf("%w: %d of %d records", ErrFetch, i, n)
		}
		switch b[0] {
		case KindReceipt:
			if len(b) < receiptWireLen || len(a.Receipts) == FetchReceiptsMax {
				return Answered{}, fmt.Errorf("%w: record %d: a receipt of %d bytes, or too many", ErrFetch, i, len(b))
			}
			r, err := DecodeReceipt(b[:receiptWireLen])
			if err != nil {
				return Answered{}, fmt.Errorf("%w: record %d: %w", ErrFetch, i, err)
			}
			a.Receipts = append(a.Receipts, *r)
			b = b[receiptWireLen:]
		case KindSeat:
			if len(b) < seatWireLen || len(a.Seats) == FetchSeatsMax {
				return Answered{}, fmt.Errorf("%w: record %d: a seat statement of %d bytes, or too many", ErrFetch, i, len(b))
			}
			s, err := DecodeSeat(b[:seatWireLen])
			if err != nil {
				return Answered{}, fmt.Errorf("%w: record %d: %w", ErrFetch, i, err)
			}
			a.Seats = append(a.Seats, *s)
			b = b[seatWireLen:]
		case KindRejoinWitness:
			if len(b) < seatWireLen || len(a.Witnesses) == FetchWitnessesMax {
				return Answered{}, fmt.Errorf("%w: record %d: a rejoin witness of %d bytes, or too many", ErrFetch, i, len(b))
			}
			w, err := DecodeWitness(b[:seatWireLen])
			if err != nil {
				return Answered{}, fmt.Errorf("%w: record %d: %w", ErrFetch, i, err)
			}
			a.Witnesses = append(a.Witnesses, *w)
			b = b[seatWireLen:]
		default:
			return Answered{}, fmt.Errorf("%w: record %d of kind %d", ErrFetch, i, b[0])
		}
	}
	if len(b) != 0 {
		return Answered{}, fmt.Errorf("%w: %d bytes after the last record", ErrFetch, len(b))
	}
	return a, nil
}

// Answer returns, of what f asks, the receipts, seat statements and
// rejoin witnesses this peer's book holds: what a follower serves another
// (the shell's answer to a fetch request). Of a slot its member
// equivocated it returns both receipts, the one held first first: a
// follower that fetched one of them only would seed the slot's period
// with it (unequivocated).
func (m *Machine) Answer(f *Fetch) Answered {
	var a Answered
	for _, p := range f.Receipts {
		if r, ok := m.book.Get(p.Member, p.Step); ok && len(a.Receipts) < FetchReceiptsMax {
			a.Receipts = append(a.Receipts, r)
		}
		if e, ok := m.book.Equivocation(p.Member, p.Step); ok && len(a.Receipts) < FetchReceiptsMax {
			a.Receipts = append(a.Receipts, e.Second)
		}
	}
	for _, who := range f.Seats {
		for _, s := range m.book.Stated(who) {
			if len(a.Seats) < FetchSeatsMax {
				a.Seats = append(a.Seats, s)
			}
		}
	}
	for _, who := range f.Witnesses {
		for _, w := range m.book.WitnessesOf(who) {
			if len(a.Witnesses) < FetchWitnessesMax {
				a.Witnesses = append(a.Witnesses, w)
			}
		}
	}
	return a
}

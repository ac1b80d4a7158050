package job

import (
	"fmt"
	"slices"

	"github.com/trainmesh/trainmesh/protocol"
)

// A rejoined winner's gap known without its cooperation (PROTOCOL.md, "A
// restarted member rejoins", *Its gap, witnessed*). The winner's own seat
// statement says where it trains again, but a winner that publishes none,
// or states its last receipt's step, would be credited steps it did not
// train. The other members of its ring saw it come back: each member whose
// ring ran an operation without the winner and the next one with it signs
// a rejoin witness (the seat statement's fields, another EIP-712 type, its
// own signature), and every follower files those statements. A gap is
// known when the winner states it, or when a majority of the award's other
// winners' number (WitnessQuorum) of distinct other members witness it;
// its end is the later of the two. One member alone, or fewer colluders
// than the quorum, cannot make a gap for a member that trained every step.

// TypeRejoinWitness is the witness statement's EIP-712 type string: a
// member's statement that Member (a winner, of seat Seat) was called back
// into the ring from the step after From. It never reaches the contract.
const TypeRejoinWitness = "RejoinWitness(bytes32 jobId,address member,uint32 seat,uint64 from)"

var witnessTypeHash = protocol.Keccak256([]byte(TypeRejoinWitness))

// KindRejoinWitness is the training topic's kind byte of a rejoin
// witness: its ABI fields (SeatABILen bytes, as a seat statement's), then
// the witness's 65-byte signature. Kind 7 is node's claim tally, 8 a
// decline.
const KindRejoinWitness = 9

// RejoinWitness is a member's statement that winner Standby (the rejoined
// member) trains its own seat Seat again from the state after step From:
// the fields of a seat statement, under another type.
type RejoinWitness struct{ SeatStatement }

// TypeHash is keccak256 of TypeRejoinWitness.
func (RejoinWitness) TypeHash() Hash { return witnessTypeHash }

// StructHash is the EIP-712 hashStruct under TypeRejoinWitness.
func (w RejoinWitness) StructHash() Hash {
	return protocol.Keccak256(w.AppendABI(append(make([]byte, 0, 32+SeatABILen), witnessTypeHash[:]...)))
}

// SignedWitness is a RejoinWitness with its signature and its signer (the
// Witness, which the shell recovers and checks before stepping a
// PeerWitness in; it is not on the wire).
type SignedWitness struct {
	RejoinWitness
	Witness Address
	Sig     [protocol.SignatureLen]byte
}

// Encode returns the statement's wire form.
func (w *SignedWitness) Encode() []byte {
	b := make([]byte, 0, seatWireLen)
	b = append(b, KindRejoinWitness)
	b = w.AppendABI(b)
	return append(b, w.Sig[:]...)
}

// DecodeWitness parses a rejoin witness's wire form strictly, as
// DecodeSeat does a seat statement's; Witness is left zero (the caller
// recovers it from the signature).
func DecodeWitness(b []byte) (*SignedWitness, error) {
	st, sig, err := decodeSeatFields(KindRejoinWitness, b)
	if err != nil {
		return nil, err
	}
	return &SignedWitness{RejoinWitness: RejoinWitness{st}, Sig: sig}, nil
}

// WitnessQuorum is how many distinct other members must witness a
// winner's rejoin for its gap to be known without its own statement: a
// majority of the other winners' number (2 of 3 others for 4 winners, 1
// for 2).
func WitnessQuorum(winners int) int { return (winners-1)/2 + 1 }

// AddWitness files a rejoin witness (its signature and Witness checked by
// the caller) and reports whether it changes what the book holds. It
// refuses, with ErrSeat, one of another job, of a member that is not a
// winner or of another seat than its own, by a witness not in the award or
// by the member itself, and past the job's steps. Of one witness about one
// member it keeps each rejoin (a distinct From), the latest rejoinsKept
// (Gaps).
func (b *Book) AddWitness(w SignedWitness) (bool, error) {
	i := slices.Index(b.award.Winners, w.Standby)
	switch {
	case w.JobID != b.award.JobID:
		return false, fmt.Errorf("%w: a witness for job %s", ErrSeat, w.JobID.Short())
	case i < 0:
		return false, fmt.Errorf("%w: a witness of %s, not a winner", ErrSeat, w.Standby.Short())
	case int(w.Seat) != i:
		return false, fmt.Errorf("%w: a witness of %s at seat %d, not its own %d", ErrSeat, w.Standby.Short(), w.Seat, i)
	case b.IndexOf(w.Witness) < 0 || w.Witness == w.Standby:
		return false, fmt.Errorf("%w: %s cannot witness %s's rejoin", ErrSeat, w.Witness.Short(), w.Standby.Short())
	case w.From >= b.steps:
		return false, fmt.Errorf("%w: a witness of a rejoin after step %d of %d", ErrSeat, w.From, b.steps)
	}
	if b.witnessed == nil {
		b.witnessed = map[Address]map[Address][]SignedWitness{}
	}
	if b.witnessed[w.Standby] == nil {
		b.witnessed[w.Standby] = map[Address][]SignedWitness{}
	}
	var kept bool
	b.witnessed[w.Standby][w.Witness], kept = keepRejoin(b.witnessed[w.Standby][w.Witness], w, func(x SignedWitness) uint64 { return x.From })
	return kept, nil
}

// WitnessesOf returns the rejoin witnesses held of winner, by witness in
// award order, each's ascending.
func (b *Book) WitnessesOf(winner Address) []SignedWitness {
	var out []SignedWitness
	for i, a := range b.members {
		if b.IndexOf(a) == i {
			out = append(out, b.witnessed[winner][a]...)
		}
	}
	return out
}

// Witnesses returns the rejoin witnesses held, by member then witness in
// award order, for the journal.
func (b *Book) Witnesses() []SignedWitness {
	var out []SignedWitness
	for i, m := range b.award.Winners {
		if b.IndexOf(m) == i {
			out = append(out, b.WitnessesOf(m)...)
		}
	}
	return out
}

// onWitness files a rejoin witness; when it makes a gap of the member
// known, this peer re-sends its receipt of the period the member stopped
// in, as for the member's own statement (resendForRejoin).
func (m *Machine) onWitness(w SignedWitness) error {
	before := m.book.Gaps(w.Standby)
	added, err := m.book.AddWitness(w)
	if err != nil || !added {
		return err
	}
	m.save() // journaled with the receipts (Record.Witnesses)
	m.event(Event{Kind: EventSeat, Peer: w.Witness,
		Text: fmt.Sprintf("%s witnesses that %s rejoined its seat %d after step %d", w.Witness.Short(), w.Standby.Short(), w.Seat, w.From)})
	m.resendForRejoin(w.Standby, before)
	return nil
}

package job

import (
	"fmt"
	"slices"
)

// Which shard a standby called into the ring trains on (PROTOCOL.md,
// "Standbys called in"): the shard of the member whose seat it takes, so
// that the group's data stream stays the award's. Winner i trains shard i
// (the dataset's chunks i, i+k, …); a standby takes over a shard when the
// ring calls it in, and holds it until it leaves in turn. Both rules here
// read the receipts only, which every follower of the job holds alike
// (the ring's views are seen by its members only, and a verifier or the
// poster is not one):
//
//   - the standby called in (CallInShard) keeps every seat a member of
//     the ring it joins already holds, as the receipts show them
//     (StandbyShards), and takes the lowest free one; several standbys
//     called in together take the free seats in award order, as the ring
//     lists them;
//   - a verifier (StandbyShards) replays the call-ins from the receipts:
//     standbys by their first receipt, and a seat is free at a standby's
//     first receipt step F when its holder has no receipt at or after F
//     (it left the ring before F; Book keeps a member's latest receipts,
//     so Latest, not Get, is what says it trained through F).
//
// The two agree whenever each standby is called in after the previous
// one's first receipt reached it: one call-in per receipt period. Two
// seats freed in one period are the one case the receipts cannot order:
// which standby took which of them depends on the order the members left
// in. So the standby states its seat in a signed statement (seat.go,
// Book.AddSeat), which both rules read: CallInShard keeps off the seats
// stated by standbys called in before, and StandbyShards checks a
// standby on exactly its stated seat when the receipts show that seat
// free at its first receipt. Without a statement (lost in gossip, or
// refuted by the receipts), each standby of such a period is checked on
// every seat freed in it (its likeliest first), never on a seat held by
// a member training on (but for seats such a period left to several
// possible holders: once one of them leaves, each of those seats may be
// the free one).

// heldAt reports whether member h trained through step f: it receipted f
// or a later step, and (a standby) had joined by f.
func (b *Book) heldAt(h Address, f uint64) bool {
	if b.Latest(h) < f {
		return false
	}
	if slices.Contains(b.award.Winners, h) {
		return true
	}
	first := b.First(h)
	return first != 0 && first <= f
}

// StandbyShards returns, for each standby of the award that the book
// shows called into the ring (it has a receipt), the shards (winner
// indexes) its work is checked on: exactly the seat it stated (a signed
// seat statement, Book.AddSeat) when that seat was free at its first
// receipt; otherwise, one, the seat it took, when a single seat was free
// at its first receipt; otherwise every seat freed in that period, its
// likeliest first (the k-th free seat no standby called in with it
// stated for the k-th standby without a statement, in award order; the
// stated seats last: it may have taken one before the statement reached
// it). A standby called in while no seat
// looks free (a member the ring dropped went on signing receipts) is
// checked on its stated seat, or on every shard.
func StandbyShards(b *Book) map[Address][]int {
	out, _ := standbyShards(b)
	return out
}

// CheckSeat reports, with ErrSeat, why the receipts refute standby's seat
// statement (its seat was not free when its receipts began, or it joined
// after its first receipted step), and nil when they do not or no
// statement is held. A refuted statement is set aside: the standby is
// checked as if it had made none.
func CheckSeat(b *Book, standby Address) error {
	_, bad := standbyShards(b)
	return bad[standby]
}

func standbyShards(b *Book) (map[Address][]int, map[Address]error) {
	a := b.award
	holders := make([][]Address, len(a.Winners))
	for i, w := range a.Winners {
		holders[i] = []Address{w}
	}
	var called []Address
	for _, s := range a.Standbys {
		if b.First(s) != 0 && !slices.Contains(called, s) && !slices.Contains(a.Winners, s) {
			called = append(called, s)
		}
	}
	// By first receipt; award order among equals (a stable sort).
	slices.SortStableFunc(called, func(x, y Address) int { return cmpUint(b.First(x), b.First(y)) })
	out, refuted := map[Address][]int{}, map[Address]error{}
	for i := 0; i < len(called); {
		f := b.First(called[i])
		j := i
		for j < len(called) && b.First(called[j]) == f {
			j++
		}
		group := called[i:j]
		i = j
		var free []int
		for sh, hs := range holders {
			// Free if any holder the seat may have left: a seat an
			// ambiguous period left with several possible holders is
			// free once one of them has gone.
			if slices.ContainsFunc(hs, func(h Address) bool { return !b.heldAt(h, f) }) {
				free = append(free, sh)
			}
		}
		if len(free) == 0 {
			for sh := range holders {
				free = append(free, sh)
			}
		}
		// Stated seats first: each binds its standby to exactly that
		// shard. Two standbys may state one seat (each picked it before
		// the other's statement reached it): both trained it.
		stated := map[int][]Address{}
		var unstated []Address
		for _, s := range group {
			st, ok := b.seats[s]
			switch {
			case !ok:
				unstated = append(unstated, s)
				continue
			case st.From >= f:
				refuted[s] = fmt.Errorf("%w: %s states it was called in after step %d, but receipted step %d", ErrSeat, s.Short(), st.From, f)
			case !slices.Contains(free, int(st.Seat)):
				refuted[s] = fmt.Errorf("%w: %s states seat %d, which the receipts show held at step %d (free: %v)", ErrSeat, s.Short(), st.Seat, f, free)
			default:
				out[s] = []int{int(st.Seat)}
				stated[int(st.Seat)] = append(stated[int(st.Seat)], s)
				continue
			}
			unstated = append(unstated, s)
		}
		// The standbys without a statement: the free seats nobody
		// stated first (the k-th for the k-th), then the stated ones
		// (it may have taken one before the statement reached it).
		rest := make([]int, 0, len(free))
		for _, sh := range free {
			if _, ok := stated[sh]; !ok {
				rest = append(rest, sh)
			}
		}
		for k, s := range unstated {
			cands := make([]int, 0, len(free))
			if k < len(rest) {
				cands = append(cands, rest[k])
			}
			for x, sh := range rest {
				if x != k {
					cands = append(cands, sh)
				}
			}
			for _, sh := range free {
				if _, ok := stated[sh]; ok {
					cands = append(cands, sh)
				}
			}
			out[s] = cands
		}
		for sh, ss := range stated {
			holders[sh] = append(slices.Clone(ss), unstated...)
		}
		if len(unstated) == 0 {
			continue
		}
		if len(unstated) == 1 && len(rest) == 1 && len(stated) == 0 {
			holders[rest[0]] = []Address{unstated[0]}
			continue
		}
		for _, sh := range rest {
			// Every freed seat taken: its old holder is gone for good.
			// Fewer standbys than freed seats: one stays free, and which
			// is unknown, so each keeps its old holder too.
			if len(rest) <= len(unstated) {
				holders[sh] = slices.Clone(unstated)
			} else {
				holders[sh] = append(slices.Clone(unstated), holders[sh]...)
			}
		}
	}
	return out, refuted
}

// CallInShard returns the shard (winner index) standby self trains once
// the ring calls it into ring (its members, self among them): each winner
// in ring keeps its own, each standby in ring with a receipt keeps the
// one StandbyShards gives it (its stated seat, or its likeliest), each
// without a receipt yet whose seat statement this standby holds keeps
// the seat it stated, and the standbys of ring without either (self, and
// any called in with it), in award order, take the free shards in
// ascending order, the k-th the k-th. -1 if self is not a standby in
// ring or no shard is free for it.
func CallInShard(b *Book, self Address, ring []Address) int {
	a := b.award
	if !slices.Contains(ring, self) || !slices.Contains(a.Standbys, self) || slices.Contains(a.Winners, self) {
		return -1
	}
	held := make([]bool, len(a.Winners))
	var pinned map[Address][]int
	for _, r := range ring {
		if i := slices.Index(a.Winners, r); i >= 0 {
			held[i] = true
			continue
		}
		if b.First(r) == 0 {
			// Called in without a receipt yet: its statement, if it
			// reached this standby, says which seat it took.
			if st, ok := b.seats[r]; ok && r != self {
				held[st.Seat] = true
			}
			continue
		}
		if pinned == nil {
			pinned = StandbyShards(b)
		}
		if c := pinned[r]; len(c) > 0 {
			held[c[0]] = true
		}
	}
	var free []int
	for i, h := range held {
		if !h {
			free = append(free, i)
		}
	}
	k := 0
	for _, s := range a.Standbys {
		if !slices.Contains(ring, s) || b.First(s) != 0 || slices.Contains(a.Winners, s) {
			continue
		}
		if _, ok := b.seats[s]; ok && s != self {
			continue // its seat is held above
		}
		if s == self {
			if k < len(free) {
				return free[k]
			}
			return -1
		}
		k++
	}
	return -1
}

// SeatsAwaited returns the standbys of ring that standby self should hear
// from before it picks its seat (CallInShard): those before it in award
// order (called in before it, or with it and ahead of it in the rule's
// order) that have neither a receipt nor a seat statement in the book
// yet. Each states its seat as soon as it is called in, without waiting
// for anyone after it, so self learns the seats they took instead of
// guessing them from the rule, which cannot tell whether a standby
// without a receipt was called in while another seat was still held.
func SeatsAwaited(b *Book, self Address, ring []Address) []Address {
	var out []Address
	for _, s := range b.award.Standbys {
		if s == self {
			break
		}
		if !slices.Contains(ring, s) || slices.Contains(b.award.Winners, s) || b.First(s) != 0 || slices.Contains(out, s) {
			continue
		}
		if _, ok := b.seats[s]; !ok {
			out = append(out, s)
		}
	}
	return out
}

package job

import (
	"cmp"
	"slices"
)

// A winner's gaps (PROTOCOL.md, "A restarted member rejoins"): each time
// it was restarted mid-training and called back into its seat, the steps
// from its last receipt before the rejoin to the rejoin are steps it did
// not train. Each rejoin is stated by the winner (its seat statement for
// its own seat, seat.go) and witnessed by the ring's other members
// (witness.go); every statement names its rejoin's step (From), so the
// statements and witnesses of distinct rejoins are distinct and the book
// keeps them all, within rejoinsKept of each signer.

// Gap is a span of steps a winner did not train: those after After
// through Through. After is its last receipt before the rejoin (0: none,
// it trains from step 1), Through the step after which the ring called it
// back in.
type Gap struct{ After, Through uint64 }

// RejoinsMax is how many rejoins of one winner the book tells apart by
// each signer's statements. Beyond it the book keeps one more of a
// signer's, its lowest rejoin kept, which it reads as a floor: the winner
// trained nothing it is credited for through that step (Gaps). So the
// bound never pays a winner for a gap: one restarted more often than
// RejoinsMax loses its credit before its latest RejoinsMax rejoins
// instead of being paid its earliest gaps, and a signer that floods
// statements about a winner fills only its own list (its floor, like its
// gaps, counts only with a quorum of witnesses). A ring calls a restarted
// winner back at most once per view change it asks for: a few in a job.
const RejoinsMax = 8

// rejoinsKept bounds the statements kept of one signer about one
// winner's rejoins: RejoinsMax, and the floor.
const rejoinsKept = RejoinsMax + 1

// keepRejoin inserts x into list, ascending by from, unless one of the
// same step is held, and keeps the highest rejoinsKept. It reports
// whether x is kept.
func keepRejoin[T any](list []T, x T, from func(T) uint64) ([]T, bool) {
	i, found := slices.BinarySearchFunc(list, from(x), func(y T, f uint64) int { return cmp.Compare(from(y), f) })
	if found {
		return list, false
	}
	list = slices.Insert(list, i, x)
	if len(list) > rejoinsKept {
		list = slices.Delete(list, 0, 1)
		if i == 0 {
			return list, false
		}
	}
	return list, true
}

// gapAfter is winner's last receipt held at or before step through, the
// start of a gap that ends there (0: none). The book keeps a member's
// latest ReceiptsPerMemberMax receipts: where its receipts before through
// are no longer held but were, the gap is taken as empty (through).
func (b *Book) gapAfter(winner Address, through uint64) uint64 {
	var after uint64
	for _, s := range b.perStep[winner] {
		if s <= through {
			after = s
		}
	}
	if after == 0 && b.first[winner] != 0 && b.first[winner] <= through {
		after = through
	}
	return after
}

// Gaps returns the steps winner did not train, ascending, disjoint: for
// each rejoin after a restart, from its last receipt before it to the
// rejoin. Rejoins with no receipt of the winner between them (restarted
// again before it receipted) make one gap, to the later. A gap is known
// where the winner states it (AddSeat) or a quorum (WitnessQuorum) of the
// award's other members that trained in the ring witness it (AddWitness):
// each witness counts once per gap, with its latest rejoin in it, and
// the gap ends at the highest step a quorum of them state or exceed, or
// at the winner's own, whichever is later. A signer's floor
// (RejoinsMax) makes a gap from step 1, where the winner states it or a
// quorum of witnesses have one: the q-th highest. Nil for a member of
// which none is known.
func (b *Book) Gaps(winner Address) []Gap {
	if !slices.Contains(b.award.Winners, winner) {
		return nil
	}
	ends := map[uint64]uint64{} // a gap's After: its Through
	end := func(after, through uint64) {
		if t, ok := ends[after]; !ok || through > t {
			ends[after] = through
		}
	}
	var floor uint64
	stated := b.rejoins[winner]
	if len(stated) == rejoinsKept {
		floor, stated = stated[0].From, stated[1:]
	}
	for _, s := range stated {
		end(b.gapAfter(winner, s.From), s.From)
	}
	var floors []uint64
	byAfter := map[uint64][]uint64{}
	for a, ws := range b.witnessed[winner] {
		if b.first[a] == 0 {
			continue // a standby never called in saw nothing
		}
		if len(ws) == rejoinsKept {
			floors, ws = append(floors, ws[0].From), ws[1:]
		}
		latest := map[uint64]uint64{}
		for _, w := range ws { // ascending: the latest of each gap last
			latest[b.gapAfter(winner, w.From)] = w.From
		}
		for after, from := range latest {
			byAfter[after] = append(byAfter[after], from)
		}
	}
	q := WitnessQuorum(len(b.award.Winners))
	desc := func(x, y uint64) int { return cmp.Compare(y, x) }
	for after, froms := range byAfter {
		if len(froms) >= q {
			slices.SortFunc(froms, desc)
			end(after, froms[q-1])
		}
	}
	if len(floors) >= q {
		slices.SortFunc(floors, desc)
		floor = max(floor, floors[q-1])
	}
	if floor > 0 {
		end(0, floor)
	}
	if len(ends) == 0 {
		return nil
	}
	gaps := make([]Gap, 0, len(ends))
	for after, through := range ends {
		gaps = append(gaps, Gap{after, through})
	}
	slices.SortFunc(gaps, func(x, y Gap) int { return cmp.Or(cmp.Compare(x.After, y.After), cmp.Compare(x.Through, y.Through)) })
	out := gaps[:1]
	for _, g := range gaps[1:] {
		if last := &out[len(out)-1]; g.After < last.Through {
			last.Through = max(last.Through, g.Through) // within a floor
			continue
		}
		out = append(out, g)
	}
	return out
}

// InGap reports whether winner did not train step: it lies in one of its
// gaps (Gaps).
func (b *Book) InGap(winner Address, step uint64) bool {
	return slices.ContainsFunc(b.Gaps(winner), func(g Gap) bool { return g.After < step && step <= g.Through })
}

// gapSteps is how many of steps 1..through gaps cover.
func gapSteps(gaps []Gap, through uint64) uint64 {
	var n uint64
	for _, g := range gaps {
		if g.After < g.Through && g.After < through {
			n += min(g.Through, through) - g.After
		}
	}
	return n
}

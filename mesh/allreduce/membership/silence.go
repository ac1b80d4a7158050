package membership

// Silence is disputed (issue 16).
//
// "Nothing arrived from my neighbour" cannot be shown to anyone: a member
// that says so may be telling the truth (the neighbour stalled, or the
// link between the two failed) or lying, to have an honest neighbour
// dropped and its pay stopped. Before this rule, an accusation of missing
// chunks against a member that answered the coordinator's probe and had
// waited on nobody dropped that member alone, so one liar could evict any
// honest neighbour. Now:
//
//   - A member that held a chunk up itself (HoldsUp: it says so in its
//     probe reply, ProbeReply.Holding) stands accused, as before: it is
//     the silent one by its own account.
//   - Against any other member that answered, the accusation is a
//     dispute over the link between the two: both are kept, the view
//     records the pair (View.Disputes), the operation is redone, and the
//     new ring keeps the pair apart (no disputed pair are neighbours),
//     which a ring of four or more always allows for one pair.
//   - Two members that each waited on the other (each accused the other)
//     are one dispute; a member that waited on one of them is explained
//     by that one's own wait, not a third dispute.
//   - A member in disputes with two different members, each of which
//     answered, is dropped (FaultSilence): a liar that accuses its new
//     neighbour too, or a member whose links fail with everyone, or
//     which stalls in every ring. One liar cannot make an honest member
//     reach two disputes: a dispute needs it as one side, and the other
//     honest members accuse nobody who did not stall.
//   - A pair accused again once no order could keep it apart (a ring of
//     two or three): whoever made the accusation this time is dropped
//     (FaultSilence), both if both did. With at most the accuser lying
//     the accused is kept; two honest members whose link fails both ways
//     in a ring of three cannot both stay (there is no other route for
//     the data), and PROTOCOL.md says so.
//
// The accusations of missing chunks that Blame's rule 3 leaves standing
// are the input; the members the rule drops go into Blame's result with
// every other drop, and the disputes that stand go into the next view.

import (
	"cmp"
	"fmt"
	"slices"
)

// Dispute is a pair of members one of which accused the other of missing
// chunks, both kept. A < B.
type Dispute[P ID] struct {
	A P `json:"a"`
	B P `json:"b"`
}

func disputeOf[P ID](x, y P) Dispute[P] {
	if y < x {
		x, y = y, x
	}
	return Dispute[P]{A: x, B: y}
}

func (d Dispute[P]) has(p P) bool { return d.A == p || d.B == p }

func (d Dispute[P]) other(p P) P {
	if d.A == p {
		return d.B
	}
	return d.A
}

// silenceRule is what the rule needs besides the claims: who says it held
// a chunk up, and the disputes of the view the ring broke in.
type silenceRule[P ID] struct {
	holding  func(P) bool
	disputes []Dispute[P]
}

// Judge is Blame with silence disputes: holding reports which members
// said they held a chunk up (ProbeReply.Holding), disputes are those of
// the view the ring broke in. It returns whom to drop and why, and the
// disputes that the next view carries.
func Judge[P ID](claims []Claim[P], answered, holding func(P) bool, disputes []Dispute[P]) (map[P]Accusation[P], []Dispute[P]) {
	return judge(claims, answered, &silenceRule[P]{holding: holding, disputes: disputes})
}

// apply decides the accusations of missing chunks that rule 3 left
// standing (end: some accused member waited on nobody; else they form
// cycles). out holds the drops decided so far; put adds one.
func (s *silenceRule[P]) apply(standing []Claim[P], end bool, answered func(P) bool, out map[P]Accusation[P], put func(Accusation[P])) []Dispute[P] {
	gone := func(p P) bool { _, dropped := out[p]; return !answered(p) || dropped }
	claimed := func(by, p P) bool {
		return slices.ContainsFunc(standing, func(c Claim[P]) bool { return c.By == by && c.Peer == p })
	}
	// Who does not answer is gone anyway; who held a chunk up says it
	// was silent itself.
	var rest []Claim[P]
	for _, c := range standing {
		if !answered(c.Peer) || s.holding(c.Peer) {
			put(c.Accusation)
			continue
		}
		rest = append(rest, c)
	}
	mutual := map[P]bool{} // in a pair that waited on each other
	if !end {
		for _, c := range rest {
			if claimed(c.Peer, c.By) {
				mutual[c.By], mutual[c.Peer] = true, true
			}
		}
	}
	claimers := map[Dispute[P]]map[P]bool{}
	var fresh []Dispute[P]
	for _, c := range rest {
		switch {
		case !end && !claimed(c.Peer, c.By) && mutual[c.Peer]:
			// It waited on a member that waited on its partner: that
			// dispute explains it.
		case !end && !claimed(c.Peer, c.By):
			// A longer cycle of waits: no end, no pair; every
			// accusation stands, as Blame's rule 3 has it.
			put(c.Accusation)
		case gone(c.By):
			// The word of a member that is dropped anyway (it did not
			// answer, or it is dropped for something else) drops nobody.
		default:
			d := disputeOf(c.By, c.Peer)
			if claimers[d] == nil {
				claimers[d] = map[P]bool{}
				fresh = append(fresh, d)
			}
			claimers[d][c.By] = true
		}
	}
	drop := func(p P, detail string) { put(Accusation[P]{Peer: p, Kind: FaultSilence, Detail: cut(detail)}) }
	old := slices.DeleteFunc(slices.Clone(s.disputes), func(d Dispute[P]) bool { return d.A == d.B })
	// A pair disputed again: the ring could not keep it apart (or the
	// accuser named a member that was not its neighbour).
	slices.SortFunc(fresh, compareDisputes)
	for _, d := range fresh {
		if !slices.Contains(old, d) {
			continue
		}
		for _, by := range sortedKeys(claimers[d]) {
			if !gone(by) {
				drop(by, fmt.Sprintf("accused %v of missing chunks again, after a redo", d.other(by)))
			}
		}
	}
	all := append(old, fresh...)
	slices.SortFunc(all, compareDisputes)
	all = slices.Compact(all)
	// A member in disputes with two others is the common cause: drop the
	// one with the most, then the next, until none is left.
	for {
		partners := map[P][]P{}
		for _, d := range all {
			if !gone(d.A) && !gone(d.B) {
				partners[d.A] = append(partners[d.A], d.B)
				partners[d.B] = append(partners[d.B], d.A)
			}
		}
		var worst P
		for _, p := range sortedKeys(partners) {
			// Only a member of a dispute raised now: the old ones were
			// settled (a view's disputes leave nobody in two).
			now := slices.ContainsFunc(fresh, func(d Dispute[P]) bool { return d.has(p) })
			if now && len(partners[p]) >= 2 && len(partners[p]) > len(partners[worst]) {
				worst = p
			}
		}
		if len(partners[worst]) < 2 {
			break
		}
		drop(worst, fmt.Sprintf("in disputes over missing chunks with %v, each of which answered the coordinator", partners[worst]))
	}
	return slices.DeleteFunc(all, func(d Dispute[P]) bool { return gone(d.A) || gone(d.B) })
}

func compareDisputes[P ID](a, b Dispute[P]) int {
	return cmp.Or(cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
}

// separateStepsMax bounds the search for a ring that keeps every
// disputed pair apart (groups are small; a dispute leaves a dense graph).
const separateStepsMax = 100_000

// Separate returns members in a ring order in which no disputed pair are
// neighbours: members itself if it is one, else the first such order in
// a depth-first search that keeps the first member first and tries the
// others in members' order; members itself if there is none (a ring of
// three or fewer, where every pair are neighbours) or none was found
// within separateStepsMax steps.
func Separate[P ID](members []P, disputes []Dispute[P]) []P {
	n := len(members)
	apart := func(x, y P) bool { return !slices.Contains(disputes, disputeOf(x, y)) }
	fine := true
	for i := range members {
		if !apart(members[i], members[(i+1)%n]) {
			fine = false
		}
	}
	if fine || n < 4 {
		return members
	}
	order := []P{members[0]}
	used := map[P]bool{members[0]: true}
	steps := 0
	var search func() bool
	search = func() bool {
		if len(order) == n {
			return apart(order[n-1], order[0])
		}
		for _, c := range members {
			if used[c] || !apart(order[len(order)-1], c) {
				continue
			}
			if steps++; steps > separateStepsMax {
				return false
			}
			order, used[c] = append(order, c), true
			if search() {
				return true
			}
			order, used[c] = order[:len(order)-1], false
		}
		return false
	}
	if search() {
		return order
	}
	return members
}

// ordered sets the disputes a decided view carries (those between its
// members) and orders its ring, and its planned successor's, to keep
// every disputed pair apart.
func ordered[P ID](v *View[P], disputes []Dispute[P], award []P) {
	keep := func(members []P) []Dispute[P] {
		var out []Dispute[P]
		for _, d := range disputes {
			if slices.Contains(members, d.A) && slices.Contains(members, d.B) {
				out = append(out, d)
			}
		}
		return out
	}
	v.Disputes = keep(v.Members)
	v.Members = Separate(v.Members, v.Disputes)
	if v.Next != nil {
		// The planned ring is this one with the called-in standbys
		// after it, and restarted members of award back at their places
		// (seated).
		called := slices.DeleteFunc(slices.Clone(v.Next.Members), func(p P) bool { return slices.Contains(v.Members, p) })
		v.Next.Members = seated(award, v.Members, called)
		v.Next.Disputes = keep(v.Next.Members)
		v.Next.Members = Separate(v.Next.Members, v.Next.Disputes)
	}
}

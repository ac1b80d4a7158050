package membership

import (
	"cmp"
	"fmt"
	"slices"
)

// Stalled reports whether a wait of waitNs on a neighbour makes a stall
// note (rule 1 of "Who is to blame" in the package doc).
func Stalled(waitNs, chunkTimeoutNs int64) bool { return waitNs >= chunkTimeoutNs/2 }

// HoldsUp reports whether a lane that has had a chunk in hand for busyNs
// holds up the ring (rule 2): then its member accuses nobody of missing
// chunks.
func HoldsUp(busyNs, chunkTimeoutNs int64) bool { return busyNs >= chunkTimeoutNs/2 }

// Blame decides, from every accusation a coordinator heard and which
// members answered its probe, whom to drop and why ("Who is to blame" and
// "Garbage needs proof" in the package doc):
//
//   - a proven garbage accusation (Accusation.Proven: its evidence
//     checked) stands, and the convict's own accusations count for
//     nothing;
//   - one with evidence that does not prove it is a false claim of proof:
//     the accuser is dropped alone, FaultFalseProof;
//   - one without evidence against a member that answered the probe is
//     one word against another: both are dropped, FaultDisputed (against
//     a member that did not answer, it stands: that one is gone anyway);
//   - accusations of missing chunks follow rule 3.
//
// Of several accusations of one peer, a proven garbage one wins, then a
// false proof, then a dispute, then the one by the smallest accuser ID.
//
// Blame is the rule without silence disputes (Judge's): every standing
// accusation of missing chunks drops the accused, as if each held up the
// ring.
func Blame[P ID](claims []Claim[P], answered func(P) bool) map[P]Accusation[P] {
	out, _ := judge(claims, answered, nil)
	return out
}

// judge is Blame, with the silence rule s (silence.go) deciding the
// accusations of missing chunks against members that answered; nil
// drops every accused that stands.
func judge[P ID](claims []Claim[P], answered func(P) bool, s *silenceRule[P]) (map[P]Accusation[P], []Dispute[P]) {
	claims = slices.Clone(claims)
	slices.SortFunc(claims, func(a, b Claim[P]) int {
		return cmp.Or(cmp.Compare(a.Peer, b.Peer), cmp.Compare(b.Kind, a.Kind), cmp.Compare(a.By, b.By), cmp.Compare(a.Detail, b.Detail))
	})
	claims = slices.DeleteFunc(claims, func(c Claim[P]) bool { return c.By == c.Peer })
	out := map[P]Accusation[P]{}
	for _, c := range claims {
		if _, ok := out[c.Peer]; !ok && c.Kind == FaultGarbage && c.Proven {
			out[c.Peer] = c.Accusation
		}
	}
	// A proven convict's word counts for nothing: it could otherwise take
	// an honest accuser down with it by a dispute.
	claims = slices.DeleteFunc(claims, func(c Claim[P]) bool { _, convict := out[c.By]; return convict })
	rank := func(a Accusation[P]) int {
		switch {
		case a.Kind == FaultGarbage && a.Proven:
			return 3
		case a.Kind == FaultFalseProof:
			return 2
		case a.Kind == FaultDisputed:
			return 1
		}
		return 0
	}
	put := func(a Accusation[P]) {
		if prev, ok := out[a.Peer]; !ok || rank(a) > rank(prev) {
			out[a.Peer] = a
		}
	}
	// A false claim of proof drops its maker, whose word then counts for
	// nothing either.
	for _, c := range claims {
		if c.Kind == FaultGarbage && !c.Proven && len(c.Evidence) > 0 {
			put(Accusation[P]{Peer: c.By, Kind: FaultFalseProof, Detail: cut(fmt.Sprintf("accused %v of garbage with evidence that does not show it: %s", c.Peer, c.Detail))})
		}
	}
	claims = slices.DeleteFunc(claims, func(c Claim[P]) bool { return out[c.By].Kind == FaultFalseProof })
	for _, c := range claims {
		if c.Kind != FaultGarbage || c.Proven {
			continue
		}
		if !answered(c.Peer) {
			put(c.Accusation)
			continue
		}
		put(Accusation[P]{Peer: c.Peer, Kind: FaultDisputed, Detail: cut(fmt.Sprintf("accused by %v of garbage it cannot show: %s", c.By, c.Detail))})
		put(Accusation[P]{Peer: c.By, Kind: FaultDisputed, Detail: cut(fmt.Sprintf("accused %v of garbage it cannot show: %s", c.Peer, c.Detail))})
	}
	waited := map[P]bool{}
	for _, c := range claims {
		if c.Kind == FaultMissed && c.By != c.Peer {
			waited[c.By] = true
		}
	}
	excused := func(p P) bool { return waited[p] && answered(p) }
	end := false // some member accused of missing chunks is not excused
	for _, c := range claims {
		if c.Kind == FaultMissed && !excused(c.Peer) {
			end = true
		}
	}
	var standing []Claim[P]
	for _, c := range claims {
		if c.Kind != FaultMissed || (end && excused(c.Peer)) {
			continue
		}
		standing = append(standing, c)
	}
	if s == nil {
		for _, c := range standing {
			put(c.Accusation)
		}
		return out, nil
	}
	return out, s.apply(standing, end, answered, out, put)
}

// cut bounds an accusation's detail (AccusationDetailMax).
func cut(s string) string {
	if len(s) > AccusationDetailMax {
		return s[:AccusationDetailMax]
	}
	return s
}

// Decide is the coordinator's rule, given every probe reply (the
// coordinator's own, self's, included) and the accusations that stand
// (Blame). old is the coordinator's view when it began.
func Decide[P ID](spec Spec[P], self P, epoch uint64, old View[P], replies map[P]ProbeReply[P], accused map[P]Accusation[P]) Decision[P] {
	d, _ := decide(spec, self, epoch, old, replies, accused)
	return d
}

// decide is Decide, also returning whom the decision drops (when the
// quorum is lost too, where the decision itself says it only in words).
func decide[P ID](spec Spec[P], self P, epoch uint64, old View[P], replies map[P]ProbeReply[P], accused map[P]Accusation[P]) (Decision[P], []Accusation[P]) {
	alive := func(p P) bool {
		_, ok := replies[p]
		_, bad := accused[p]
		return ok && !bad
	}
	// A called-in standby or restarted member that has completed no
	// operation coordinates nothing (Machine's coordinate): no asker is
	// sent to it.
	joiner := func(p P) bool { r := replies[p]; return spec.calledBack(p, r) && r.Done == nil }
	// A member that already adopted this epoch (or a later one) holds its
	// decision: another coordinator ran it while this member was skipped
	// (an asker accused the first) or asked late. Send the askers there,
	// so that one epoch has one ring. It answers with its view.
	// Not to one that a member proved sent garbage, though: the view it
	// holds keeps it, and would only be refused (Machine's adopt).
	for _, m := range old.Members {
		if r, ok := replies[m]; ok && m != self && !r.Standby && r.Epoch >= epoch && accused[m].Kind != FaultGarbage && !joiner(m) {
			return Decision[P]{Redirect: m}, nil
		}
	}
	// The coordinator is the first live member in ring order: if one
	// before this member answered, it coordinates.
	for _, m := range old.Members {
		if m == self {
			break
		}
		if alive(m) && !replies[m].Standby && !joiner(m) {
			return Decision[P]{Redirect: m}, nil
		}
	}
	// A member the decision would drop does not decide it: the first in
	// ring order of the survivors does, the member every survivor that
	// knows of the drop asks. A convict first in ring order, asked by a
	// member that has not yet learnt of its conviction, would otherwise
	// decide the epoch that expels it, from probe replies of other
	// moments than the honest coordinator's, and two rings of one epoch
	// could each be adopted by some survivors (issue 16: both honest
	// members of a group of three stopped, "the ring runs operation 33,
	// this member is at 32").
	if !alive(self) {
		for _, m := range old.Members {
			if m != self && alive(m) && !replies[m].Standby && !joiner(m) {
				return Decision[P]{Redirect: m}, nil
			}
		}
	}
	v := View[P]{Epoch: epoch}
	for _, m := range old.Members {
		if alive(m) && !replies[m].Standby {
			v.Members = append(v.Members, m)
			continue
		}
		a, ok := accused[m]
		switch {
		case ok:
		case replies[m].Rejoining:
			// Its process restarted: it waits to be called back in
			// (below), as a standby does.
			a = Accusation[P]{Peer: m, Kind: FaultMissed, Detail: "restarted; asks to be called back in"}
		default:
			a = Accusation[P]{Peer: m, Kind: FaultMissed, Detail: "did not answer the coordinator's probe"}
		}
		a.Evidence = nil // checked here; the view only says why
		v.Dropped = append(v.Dropped, a)
	}
	if len(v.Members) < spec.Quorum {
		return Decision[P]{Err: fmt.Sprintf("%d members left of %d, quorum is %d (dropped: %s)", len(v.Members), len(spec.Members), spec.Quorum, DescribeDropped(v.Dropped))}, v.Dropped
	}
	// A called-in standby that has completed no operation yet answers
	// with the operation it was planned in from, which the ring may never
	// have reached (it broke before the hand-over): it joins at the
	// operation the others agree, not theirs at its. Counted, it would
	// set a view's operation past every award member's, without the
	// previous one's checksum, and each would stop, "diverged" (issue 16:
	// "the ring runs operation 33, this member is at 32").
	progressed := func(m P) bool {
		r := replies[m]
		return !spec.calledBack(m, r) || (r.Done != nil && r.Done.Op+1 == r.Op)
	}
	counted := slices.DeleteFunc(slices.Clone(v.Members), func(m P) bool { return !progressed(m) })
	if len(counted) == 0 {
		counted = v.Members
	}
	for _, m := range counted {
		v.Op = max(v.Op, replies[m].Op)
	}
	if v.Op > 0 {
		for _, m := range v.Members {
			// Only a member that moved on to v.Op has seen every
			// member's checksum of v.Op-1 agree.
			if d := replies[m].Done; d != nil && d.Op == v.Op-1 && replies[m].Op == v.Op {
				p := *d
				v.Prev = &p
				break
			}
		}
	}
	// If every member left finished the all-gather of v.Op with the same
	// checksum, the complete sum exists everywhere (an all-gather finishes
	// only once every member's contribution is in every segment): the
	// operation is done, with all the old ring's contributions, as it is at
	// any member that saw the checksums agree before the ring broke.
	// Not if the decision drops a member for what it sent (garbage, or
	// one side of a dispute over it): its data may be in that sum, which
	// no member checked yet (the checksums and records were still being
	// compared); the survivors redo the operation without it.
	tainted := slices.ContainsFunc(v.Dropped, func(a Accusation[P]) bool { return a.Kind != FaultMissed })
	if v.Prev == nil && !tainted {
		var first *Done
		all := true
		for _, m := range counted {
			r := replies[m].Ready
			if r == nil || r.Op != v.Op || (first != nil && r.Checksum != first.Checksum) {
				all = false
				break
			}
			if first == nil {
				first = r
			}
		}
		if all && first != nil {
			p := *first
			v.Prev = &p
			v.Op++
		}
	}
	// Members still inside v.Op-1 finish it from Prev; a member that
	// finished it moved on to v.Op. Without Prev, nobody finished v.Op-1
	// and members at v.Op-1 could not catch up.
	// A standby that a coordination this one's old view predates called
	// in (it answers as a member, of a later epoch) is a member already:
	// it joins at the operation the members left agree (it learns the
	// operation from the view: allreduce.ErrCallIn tells its trainer). Left out, it would
	// go back to standby while the member it replaced stays dropped (the
	// race: one member moved on into the planned ring, another's redo of
	// the previous operation failed on the way).
	// Likewise a restarted member called back in by such a coordination.
	for _, s := range append(slices.Clone(spec.Members), spec.Standbys...) {
		if r, ok := replies[s]; ok && !r.Standby && r.Epoch > old.Epoch && alive(s) && !slices.Contains(old.Members, s) && spec.calledBack(s, r) && !slices.Contains(v.Members, s) {
			v.Members = append(v.Members, s)
		}
	}
	// A joiner (called back, no operation completed in the ring yet)
	// joins only at a join point (Spec.JoinPoint): at another operation
	// (compressed DiLoCo's values all-reduce, whose statistics it never
	// took part in) it is called in again from the next join point, its
	// seat free until then. So is one called in from a later operation
	// than the view's (its planned ring broke before the hand-over, and
	// the members redo the operation before it): it starts from the
	// state after v.Op, which its trainer is fetching from the members
	// (node: the statehash protocol), and which only a ring that
	// completes v.Op without it can give. Kept as a member at v.Op, the
	// ring waited for it to link while it waited for that state, until
	// it gave up (CI: "no member named the state after step 22" in
	// TestRejoinWithheldStatement).
	var moved []P
	for _, m := range v.Members {
		if spec.calledBack(m, replies[m]) && !progressed(m) && (!spec.joinable(v.Op) || replies[m].Op > v.Op) {
			moved = append(moved, m)
		}
	}
	if len(moved) > 0 {
		v.Members = slices.DeleteFunc(v.Members, func(m P) bool { return slices.Contains(moved, m) })
		if len(v.Members) < spec.Quorum {
			return Decision[P]{Err: fmt.Sprintf("%d members left of %d at operation %d, where %v cannot join, quorum is %d", len(v.Members), len(spec.Members), v.Op, moved, spec.Quorum)}, v.Dropped
		}
	}
	want := len(spec.Members) - len(v.Members)
	var called []P
	// Restarted members first, in award order: each takes back its own
	// seat, which is free while the ring has fewer members than the
	// award (the shell checked that no standby took that seat before it
	// asked). Then standbys, for the seats left.
	for _, s := range spec.Members {
		if want == 0 {
			break
		}
		if r, ok := replies[s]; ok && (r.Standby && r.Rejoining || slices.Contains(moved, s)) && alive(s) && !slices.Contains(v.Members, s) {
			called = append(called, s)
			want--
		}
	}
	for _, s := range spec.Standbys {
		if want == 0 {
			break
		}
		if r, ok := replies[s]; ok && (r.Standby || slices.Contains(moved, s)) && alive(s) && !slices.Contains(v.Members, s) {
			called = append(called, s)
			want--
		}
	}
	// They join from the next operation that is a join point.
	if at, ok := spec.joinFrom(v.Op + 1); ok && len(called) > 0 {
		v.Next = &View[P]{Epoch: epoch + 1, Members: seated(spec.Members, v.Members, called), Op: at}
	}
	return Decision[P]{View: &v}, v.Dropped
}

// seated returns the ring of members with called brought in: a restarted
// member back at its place in the award's ring order (before the first
// member that follows it there), so that a ring ordered from measured
// round trips keeps its order; standbys at the end, as they come.
func seated[P ID](award, members, called []P) []P {
	out := slices.Clone(members)
	for _, c := range called {
		i := slices.Index(award, c)
		if i < 0 {
			out = append(out, c)
			continue
		}
		at := slices.IndexFunc(out, func(m P) bool {
			j := slices.Index(award, m)
			return j > i || j < 0
		})
		if at < 0 {
			at = len(out)
		}
		out = slices.Insert(out, at, c)
	}
	return out
}

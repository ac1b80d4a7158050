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
// members answered its probe, whom to drop and why (rule 3 of "Who is to
// blame"). Garbage accusations always stand; of several accusations of one
// peer, garbage wins, then the one by the smallest accuser ID.
func Blame[P ID](claims []Claim[P], answered func(P) bool) map[P]Accusation[P] {
	claims = slices.Clone(claims)
	slices.SortFunc(claims, func(a, b Claim[P]) int {
		return cmp.Or(cmp.Compare(a.Peer, b.Peer), cmp.Compare(b.Kind, a.Kind), cmp.Compare(a.By, b.By), cmp.Compare(a.Detail, b.Detail))
	})
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
	out := map[P]Accusation[P]{}
	for _, c := range claims {
		if c.Kind == FaultMissed && end && excused(c.Peer) {
			continue
		}
		if prev, ok := out[c.Peer]; !ok || (c.Kind == FaultGarbage && prev.Kind != FaultGarbage) {
			out[c.Peer] = c.Accusation
		}
	}
	return out
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
	// A member that already adopted this epoch (or a later one) holds its
	// decision: another coordinator ran it while this member was skipped
	// (an asker accused the first) or asked late. Send the askers there,
	// so that one epoch has one ring. It answers with its view.
	for _, m := range old.Members {
		if r, ok := replies[m]; ok && m != self && !r.Standby && r.Epoch >= epoch {
			return Decision[P]{Redirect: m}, nil
		}
	}
	// The coordinator is the first live member in ring order: if one
	// before this member answered, it coordinates.
	for _, m := range old.Members {
		if m == self {
			break
		}
		if alive(m) && !replies[m].Standby {
			return Decision[P]{Redirect: m}, nil
		}
	}
	v := View[P]{Epoch: epoch}
	for _, m := range old.Members {
		if alive(m) && !replies[m].Standby {
			v.Members = append(v.Members, m)
			continue
		}
		a, ok := accused[m]
		if !ok {
			a = Accusation[P]{Peer: m, Kind: FaultMissed, Detail: "did not answer the coordinator's probe"}
		}
		v.Dropped = append(v.Dropped, a)
	}
	if len(v.Members) < spec.Quorum {
		return Decision[P]{Err: fmt.Sprintf("%d members left of %d, quorum is %d (dropped: %s)", len(v.Members), len(spec.Members), spec.Quorum, DescribeDropped(v.Dropped))}, v.Dropped
	}
	for _, m := range v.Members {
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
	if v.Prev == nil {
		var first *Done
		all := true
		for _, m := range v.Members {
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
	for _, s := range spec.Standbys {
		if r, ok := replies[s]; ok && !r.Standby && r.Epoch > old.Epoch && alive(s) && !slices.Contains(old.Members, s) {
			v.Members = append(v.Members, s)
		}
	}
	want := len(spec.Members) - len(v.Members)
	var called []P
	for _, s := range spec.Standbys {
		if want == 0 {
			break
		}
		if r, ok := replies[s]; ok && r.Standby && alive(s) && !slices.Contains(v.Members, s) {
			called = append(called, s)
			want--
		}
	}
	if len(called) > 0 {
		v.Next = &View[P]{Epoch: epoch + 1, Members: append(slices.Clone(v.Members), called...), Op: v.Op + 1}
	}
	return Decision[P]{View: &v}, v.Dropped
}

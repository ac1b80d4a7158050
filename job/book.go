package job

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/trainmesh/trainmesh/protocol"
)

// Book holds the step receipts of one job's group and turns them into
// credits (what the poster settles) and step proofs (what a winner claims
// or challenges with). Receipts in, numbers out. Not safe for concurrent
// use.
type Book struct {
	award   *protocol.Award
	members []Address // winners, then standbys
	index   map[Address]int
	steps   uint64 // the job's steps
	slots   map[slot]*Receipt
	// second is, for each slot held whose member signed two different
	// receipts for it (equivocation), the second receipt held: the
	// first stays in slots. Such a slot seeds no sample (Equivocated).
	second  map[slot]*Receipt
	perStep map[Address][]uint64   // steps held per member, ascending
	first   map[Address]uint64     // each member's first receipted step, ever
	ends    []uint64               // every step receipted by anyone, ascending (endsMax)
	seats   map[Address]SignedSeat // called-in standbys' seat statements (seat.go)
	// rejoins are rejoined winners' statements of where they train again
	// (seat.go), each winner's ascending by From, at most rejoinsKept.
	rejoins map[Address][]SignedSeat
	// witnessed are the rejoin witnesses held (witness.go): rejoined
	// winner, then witness, ascending by From, at most rejoinsKept.
	witnessed map[Address]map[Address][]SignedWitness
}

// endsMax bounds the distinct receipt steps the book remembers: a job has
// at most a few thousand receipt periods.
const endsMax = 1 << 14

type slot struct {
	member Address
	step   uint64
}

// ReceiptsPerMemberMax bounds the receipts kept of one member: credits and
// proofs need only the latest steps, and a long job would otherwise grow the
// book (and the journal) by one receipt per member every hash_every steps.
const ReceiptsPerMemberMax = 32

// NewBook returns an empty book for award's group training steps steps.
func NewBook(award *protocol.Award, steps uint64) *Book {
	b := &Book{award: award, members: award.Members(), index: map[Address]int{}, steps: steps,
		slots: map[slot]*Receipt{}, second: map[slot]*Receipt{}, perStep: map[Address][]uint64{}, first: map[Address]uint64{}}
	for i, m := range b.members {
		if _, ok := b.index[m]; !ok {
			b.index[m] = i
		}
	}
	return b
}

// IndexOf returns a's index in winners ‖ standbys, or -1.
func (b *Book) IndexOf(a Address) int {
	if i, ok := b.index[a]; ok {
		return i
	}
	return -1
}

// Add files a receipt whose signature the caller has checked. It reports
// whether the receipt is new; a second, different receipt for a slot
// already held is equivocation (kind 3 of PROTOCOL.md), returned as
// evidence for the contract, and the book keeps the first such receipt
// beside the one it holds (Equivocated). A duplicate is neither.
func (b *Book) Add(r Receipt) (added bool, ev *Evidence, err error) {
	switch {
	case r.JobID != b.award.JobID:
		return false, nil, fmt.Errorf("%w: for job %s", ErrReceipt, r.JobID.Short())
	case b.IndexOf(r.Member) < 0:
		return false, nil, fmt.Errorf("%w: %s is not in the award", ErrReceipt, r.Member.Short())
	case r.Step == 0 || r.Step > b.steps:
		return false, nil, fmt.Errorf("%w: step %d of %d", ErrReceipt, r.Step, b.steps)
	}
	s := slot{r.Member, r.Step}
	if old, ok := b.slots[s]; ok {
		// A different contribution root for the same step is equivocation
		// too: the receipt is the member's commitment (PROTOCOL.md, D1).
		if old.StepReceipt == r.StepReceipt {
			return false, nil, nil
		}
		if _, ok := b.second[s]; !ok {
			b.second[s] = &r
		}
		return false, &Evidence{Member: r.Member, Step: r.Step, First: *old, Second: r}, nil
	}
	held := b.perStep[r.Member]
	if len(held) >= ReceiptsPerMemberMax {
		if r.Step < held[0] {
			return false, nil, nil // older than all kept
		}
		delete(b.slots, slot{r.Member, held[0]})
		delete(b.second, slot{r.Member, held[0]})
		held = held[1:]
	}
	b.slots[s] = &r
	i, _ := slices.BinarySearch(held, r.Step)
	b.perStep[r.Member] = slices.Insert(held, i, r.Step)
	if f, ok := b.first[r.Member]; !ok || r.Step < f {
		b.first[r.Member] = r.Step
	}
	if j, found := slices.BinarySearch(b.ends, r.Step); !found && len(b.ends) < endsMax {
		b.ends = slices.Insert(b.ends, j, r.Step)
	}
	return true, nil, nil
}

// First is member's first receipted step (0: none).
func (b *Book) First(member Address) uint64 { return b.first[member] }

// Ends returns the steps anyone receipted, ascending: the receipt
// periods' ends.
func (b *Book) Ends() []uint64 { return slices.Clone(b.ends) }

// After reports how many distinct steps after step anyone receipted.
func (b *Book) After(step uint64) int {
	i, found := slices.BinarySearch(b.ends, step)
	if found {
		i++
	}
	return len(b.ends) - i
}

// Base is the step after which member started training: 0 for a winner
// (it trains from step 1); for a standby called into the ring, the last
// step anyone receipted before the standby's first receipt, that is the
// end of the receipt period before the one it joined in. A standby that
// joins in the middle of a period is counted from that period's start:
// receipts say nothing finer (its first contribution root commits to the
// steps it trained, which the book does not see).
func (b *Book) Base(member Address) uint64 {
	if slices.Contains(b.award.Winners, member) {
		return 0
	}
	f := b.first[member]
	i, _ := slices.BinarySearch(b.ends, f)
	if f == 0 || i == 0 {
		return 0
	}
	return b.ends[i-1]
}

// Len is how many receipts the book holds.
func (b *Book) Len() int { return len(b.slots) }

// Latest is the highest step member has a receipt for (0: none).
func (b *Book) Latest(member Address) uint64 {
	held := b.perStep[member]
	if len(held) == 0 {
		return 0
	}
	return held[len(held)-1]
}

// Get returns member's receipt for step, if held.
func (b *Book) Get(member Address, step uint64) (Receipt, bool) {
	if r, ok := b.slots[slot{member, step}]; ok {
		return *r, true
	}
	return Receipt{}, false
}

// Equivocated reports whether member signed two different receipts for
// step that the book holds: a receipt for the slot, and another one.
// Followers hold whichever came first, so such a slot is taken out of its
// period's seed (PROTOCOL.md, "Verified work"): the seed is then the same
// at every follower that holds both, whatever order they came in.
func (b *Book) Equivocated(member Address, step uint64) bool {
	_, ok := b.second[slot{member, step}]
	return ok
}

// Equivocation returns the two receipts held of member's equivocated
// slot at step, the one the book holds first.
func (b *Book) Equivocation(member Address, step uint64) (Evidence, bool) {
	s := slot{member, step}
	r2, ok := b.second[s]
	if !ok {
		return Evidence{}, false
	}
	return Evidence{Member: member, Step: step, First: *b.slots[s], Second: *r2}, true
}

// Agreed returns the parameter hash most members signed for step and how
// many did; a tie between two hashes is no agreement (the group diverged,
// and training stops every member when it does).
func (b *Book) Agreed(step uint64) (Hash, int) {
	count := map[Hash]int{}
	for _, m := range b.members {
		if r, ok := b.slots[slot{m, step}]; ok {
			count[r.ParamsHash]++
		}
	}
	var best Hash
	n, tie := 0, false
	for h, c := range count {
		switch {
		case c > n:
			best, n, tie = h, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return Hash{}, 0
	}
	return best, n
}

// Credits returns the steps each member (winners ‖ standbys order)
// completed: the highest step at which its receipt carries the hash most of
// the group signed, less the steps before it started training (Base: a
// standby called into the ring is credited from the receipt period it
// joined in, not from step 1) and, for a winner that rejoined its ring
// after a restart, less the steps it missed (Gaps: every restart's). A member that stopped
// is credited up to its last agreed receipt and no further; one that never
// sent a receipt gets nothing.
func (b *Book) Credits() []uint64 {
	out := make([]uint64, len(b.members))
	for i, m := range b.members {
		held := b.perStep[m]
		for j := len(held) - 1; j >= 0; j-- {
			s := held[j]
			if h, n := b.Agreed(s); n > 0 && b.slots[slot{m, s}].ParamsHash == h {
				out[i] = s - min(s, b.Base(m))
				out[i] -= min(out[i], gapSteps(b.Gaps(m), s))
				break
			}
		}
	}
	return out
}

// Proof returns the strongest StepProof for winner that a quorum of the
// group's receipts makes: the highest step at which at least quorum
// members, winner among them, signed one hash. ok is false when no step
// has such a quorum.
func (b *Book) Proof(winner Address, quorum int) (StepProof, bool) {
	held := b.perStep[winner]
	for j := len(held) - 1; j >= 0; j-- {
		s := held[j]
		h := b.slots[slot{winner, s}].ParamsHash
		var signers []Address
		for _, m := range b.members {
			if r, ok := b.slots[slot{m, s}]; ok && r.ParamsHash == h && !slices.Contains(signers, m) {
				signers = append(signers, m)
			}
		}
		if len(signers) < max(quorum, 1) {
			continue
		}
		// The contract checks signers in ascending address order, so that
		// one signer cannot be counted twice.
		slices.SortFunc(signers, func(x, y Address) int { return bytes.Compare(x[:], y[:]) })
		var q Quorum
		var roots []Hash
		for _, m := range signers {
			q.Members = append(q.Members, b.IndexOf(m))
			r := b.slots[slot{m, s}]
			q.Sigs = append(q.Sigs, r.Sig)
			roots = append(roots, r.ContribRoot)
		}
		return StepProof{Step: s, ParamsHash: h, ContribRoots: roots, Quorum: q}, true
	}
	return StepProof{}, false
}

// Mismatches returns, for each member that signed a parameter hash other
// than the one most of the group signed for the same step, the first such
// step (PROTOCOL.md fault 2, wrong result).
func (b *Book) Mismatches() map[Address]uint64 {
	out := map[Address]uint64{}
	for _, m := range b.members {
		for _, s := range b.perStep[m] {
			if h, n := b.Agreed(s); n > 0 && b.slots[slot{m, s}].ParamsHash != h {
				out[m] = s
				break
			}
		}
	}
	return out
}

// Finished reports how many winners have a receipt for the last step.
func (b *Book) Finished() int {
	n := 0
	for _, w := range b.award.Winners {
		if _, ok := b.slots[slot{w, b.steps}]; ok {
			n++
		}
	}
	return n
}

// All returns the receipts held in a fixed order (member address, then
// step), for the journal: of an equivocated slot both, the one held
// first first, so that a book refilled from them holds what this one does.
func (b *Book) All() []Receipt {
	firsts := make([]Receipt, 0, len(b.slots))
	for _, r := range b.slots {
		firsts = append(firsts, *r)
	}
	slices.SortFunc(firsts, func(x, y Receipt) int {
		if c := bytes.Compare(x.Member[:], y.Member[:]); c != 0 {
			return c
		}
		return cmpUint(x.Step, y.Step)
	})
	out := make([]Receipt, 0, len(firsts)+len(b.second))
	for _, r := range firsts {
		out = append(out, r)
		if r2, ok := b.second[slot{r.Member, r.Step}]; ok {
			out = append(out, *r2)
		}
	}
	return out
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

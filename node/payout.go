package node

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
)

// receiptBook holds the step receipts of one job's group and turns them
// into credits (what the poster settles) and step proofs (what a winner
// claims or challenges with). It is a pure core: receipts in, numbers out,
// no I/O and no clock. Not safe for concurrent use.
type receiptBook struct {
	award   chain.Award
	members []common.Address // award.Members(): winners, then standbys
	steps   uint64           // the job's steps
	slots   map[receiptSlot]*Receipt
	perStep map[common.Address][]uint64 // steps held per member, ascending
}

type receiptSlot struct {
	member common.Address
	step   uint64
}

// receiptsPerMemberMax bounds the receipts kept of one member: credits and
// proofs need only the latest steps, and a long job would otherwise grow the
// book (and the journal) by one receipt per member every HashEvery steps.
const receiptsPerMemberMax = 32

func newReceiptBook(award chain.Award, steps uint64) *receiptBook {
	return &receiptBook{award: award, members: award.Members(), steps: steps,
		slots: map[receiptSlot]*Receipt{}, perStep: map[common.Address][]uint64{}}
}

// add files a verified receipt. It reports whether the receipt is new; a
// second, different receipt for a slot already held is equivocation (kind 3
// of PROTOCOL.md), returned as evidence for the contract.
func (b *receiptBook) add(r *Receipt) (bool, *chain.Equivocation, error) {
	switch {
	case r.JobID != b.award.JobID:
		return false, nil, fmt.Errorf("%w: for job %s", ErrReceipt, r.JobID)
	case b.award.IndexOf(r.Member) < 0:
		return false, nil, fmt.Errorf("%w: %s is not in the award", ErrReceipt, r.Member)
	case r.Step == 0 || r.Step > b.steps:
		return false, nil, fmt.Errorf("%w: step %d of %d", ErrReceipt, r.Step, b.steps)
	}
	slot := receiptSlot{r.Member, r.Step}
	if old, ok := b.slots[slot]; ok {
		if old.ParamsHash == r.ParamsHash {
			return false, nil, nil
		}
		ev, err := chain.NewEquivocation(old.StepReceipt, old.Sig, r.StepReceipt, r.Sig)
		if err != nil {
			return false, nil, err
		}
		return false, &ev, nil
	}
	held := b.perStep[r.Member]
	if len(held) >= receiptsPerMemberMax {
		if r.Step < held[0] {
			return false, nil, nil // older than all kept
		}
		delete(b.slots, receiptSlot{r.Member, held[0]})
		held = held[1:]
	}
	b.slots[slot] = r
	i := sort.Search(len(held), func(i int) bool { return held[i] > r.Step })
	held = append(held, 0)
	copy(held[i+1:], held[i:])
	held[i] = r.Step
	b.perStep[r.Member] = held
	return true, nil, nil
}

// latest is the highest step member has a receipt for (0: none).
func (b *receiptBook) latest(member common.Address) uint64 {
	held := b.perStep[member]
	if len(held) == 0 {
		return 0
	}
	return held[len(held)-1]
}

// agreed returns the parameter hash most members signed for step and how
// many did; a tie between two hashes is no agreement (the group diverged,
// and training stops every member when it does).
func (b *receiptBook) agreed(step uint64) (common.Hash, int) {
	count := map[common.Hash]int{}
	for _, m := range b.members {
		if r, ok := b.slots[receiptSlot{m, step}]; ok {
			count[r.ParamsHash]++
		}
	}
	var best common.Hash
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
		return common.Hash{}, 0
	}
	return best, n
}

// credits returns the steps each member (award.Members order) completed:
// the highest step at which its receipt carries the hash most of the group
// signed. A member that stopped is credited up to its last agreed receipt
// and no further; one that never sent a receipt gets nothing.
func (b *receiptBook) credits() []uint64 {
	out := make([]uint64, len(b.members))
	for i, m := range b.members {
		held := b.perStep[m]
		for j := len(held) - 1; j >= 0; j-- {
			s := held[j]
			if h, n := b.agreed(s); n > 0 && b.slots[receiptSlot{m, s}].ParamsHash == h {
				out[i] = s
				break
			}
		}
	}
	return out
}

// proof returns the strongest StepProof for winner that a quorum of the
// group's receipts makes: the highest step at which at least quorum
// members, winner among them, signed one hash. ok is false when no step
// has such a quorum.
func (b *receiptBook) proof(winner common.Address, quorum int) (chain.StepProof, bool) {
	held := b.perStep[winner]
	for j := len(held) - 1; j >= 0; j-- {
		s := held[j]
		h := b.slots[receiptSlot{winner, s}].ParamsHash
		sigs := map[common.Address][]byte{}
		for _, m := range b.members {
			if r, ok := b.slots[receiptSlot{m, s}]; ok && r.ParamsHash == h {
				sigs[m] = r.Sig
			}
		}
		if len(sigs) < quorum {
			continue
		}
		q, err := chain.NewQuorum(b.award, sigs)
		if err != nil {
			continue
		}
		return chain.StepProof{Step: s, ParamsHash: h, Quorum: q}, true
	}
	return chain.StepProof{}, false
}

// mismatches returns, for each member that signed a parameter hash other
// than the one most of the group signed for the same step, the first such
// step (PROTOCOL.md fault 2, wrong result).
func (b *receiptBook) mismatches() map[common.Address]uint64 {
	out := map[common.Address]uint64{}
	for _, m := range b.members {
		for _, s := range b.perStep[m] {
			if h, n := b.agreed(s); n > 0 && b.slots[receiptSlot{m, s}].ParamsHash != h {
				out[m] = s
				break
			}
		}
	}
	return out
}

// finished reports how many winners have a receipt for the last step.
func (b *receiptBook) finished() int {
	n := 0
	for _, w := range b.award.Winners {
		if _, ok := b.slots[receiptSlot{w, b.steps}]; ok {
			n++
		}
	}
	return n
}

// all returns the receipts held, in a fixed order (member, then step), for
// the journal.
func (b *receiptBook) all() []*Receipt {
	out := make([]*Receipt, 0, len(b.slots))
	for _, r := range b.slots {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if c := bytes.Compare(out[i].Member[:], out[j].Member[:]); c != 0 {
			return c < 0
		}
		return out[i].Step < out[j].Step
	})
	return out
}

// quorumOf is the contract's quorum for a group of groupSize:
// ceil(groupSize × quorumBps / 10000).
func quorumOf(groupSize uint32, quorumBps uint16) int {
	return int((uint64(groupSize)*uint64(quorumBps) + 9999) / 10000)
}

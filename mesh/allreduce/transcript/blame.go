package transcript

import (
	"fmt"

	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// Kind says what a Finding found.
type Kind uint8

const (
	// KindContribution: at hop 0 the member sent, as its own segment,
	// something other than its contribution's.
	KindContribution Kind = iota + 1
	// KindReduce: at a reduce-scatter hop (or the first all-gather hop,
	// which sends the completed sum), the member sent something other
	// than the segment it received plus its contribution's.
	KindReduce
	// KindForward: at an all-gather hop the member forwarded something
	// other than the segment it received.
	KindForward
	// KindEquivocation: the member stated two different segments for one
	// hop (two conflicting records, e.g. its signed hop record and the
	// transcript its leaf commits to).
	KindEquivocation
)

func (k Kind) String() string {
	switch k {
	case KindContribution:
		return "sent other than its contribution"
	case KindReduce:
		return "sent other than its input plus its contribution"
	case KindForward:
		return "forwarded other than it received"
	case KindEquivocation:
		return "stated two different segments for one hop"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Finding names a member (by rank) and the hop where its signed output
// is not what its input and its contribution give. The evidence is its
// signed record of that hop (Sent), its predecessor's signed record of
// the hop before (Input; zero at hop 0), and its contribution.
type Finding struct {
	Rank, Hop int
	Kind      Kind
	// Sent is what the member signed that it sent; Want what it should
	// have sent.
	Sent, Want Hash
	// Input is the predecessor's record of what it sent the member at
	// the hop before (the member's input), when there is one.
	Input *Record
}

// Group is one all-reduce as a verifier sees it.
type Group struct {
	// Len is the tensor's length; the ring's size is len(Sent).
	Len int
	// Sent[r][k] is rank r's signed record of hop k (signatures checked
	// by the caller).
	Sent [][]Record
	// Segments returns a sent segment by its hash (members keep them).
	Segments func(Hash) ([]float32, bool)
	// Contributions[r] is rank r's contribution, recomputed (what it
	// should have sent into the all-reduce), Len elements.
	Contributions [][]float32
}

// Blame checks every member's every hop against its input and its
// contribution, in the schedule's summation order, and names each member
// whose output does not follow. Honest members are never named: an
// honest member's output follows from its input whatever that input is,
// so a tamperer upstream is the only one its wrong input names. An error
// (ErrInput) means the records or segments do not allow the check.
func Blame(g Group) ([]Finding, error) {
	n := len(g.Sent)
	if n == 0 || len(g.Contributions) != n {
		return nil, fmt.Errorf("%w: %d members' records, %d contributions", ErrInput, n, len(g.Contributions))
	}
	var out []Finding
	for r := range n {
		found, err := BlameRank(g, r)
		out = append(out, found...)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// BlameRank is Blame for rank r alone: it needs only r's and its
// predecessor's records, the predecessor's sent segments and r's
// contribution (the others' Contributions may be nil). An audit that has
// recomputed a member's contribution anyway checks its hops with it at
// no further compute, so a tamperer is caught at the audit rate too.
func BlameRank(g Group, r int) ([]Finding, error) {
	n := len(g.Sent)
	if r < 0 || r >= n || len(g.Contributions) != n {
		return nil, fmt.Errorf("%w: rank %d of %d, %d contributions", ErrInput, r, n, len(g.Contributions))
	}
	l, err := schedule.NewLayout(n, g.Len, max(1, g.Len))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	pred := (r - 1 + n) % n
	if len(g.Contributions[r]) != g.Len {
		return nil, fmt.Errorf("%w: rank %d's contribution has %d elements, want %d", ErrInput, r, len(g.Contributions[r]), g.Len)
	}
	for _, q := range []int{r, pred} {
		if len(g.Sent[q]) != l.Steps() {
			return nil, fmt.Errorf("%w: rank %d: %d records, want %d", ErrInput, q, len(g.Sent[q]), l.Steps())
		}
		for k, rec := range g.Sent[q] {
			if rec.Ranks != uint32(n) || rec.From != uint32(q) || rec.Hop != uint32(k) || rec.Segment != uint32(l.Step(q, k).Send) || rec.Context != g.Sent[r][0].Context {
				return nil, fmt.Errorf("%w: rank %d hop %d: record %+v", ErrInput, q, k, rec)
			}
		}
	}
	var out []Finding
	var scratch []float32
	for k := range l.Steps() {
		rec := g.Sent[r][k]
		lo, hi := l.Segment(int(rec.Segment))
		own := g.Contributions[r][lo:hi]
		f := Finding{Rank: r, Hop: k, Sent: rec.Sent}
		switch {
		case k == 0:
			f.Kind, f.Want = KindContribution, Floats(own)
		case k <= n-1:
			in := g.Sent[pred][k-1]
			seg, ok := g.Segments(in.Sent)
			if !ok || len(seg) != hi-lo || Floats(seg) != in.Sent {
				return out, fmt.Errorf("%w: segment %s (rank %d hop %d) missing", ErrInput, in.Sent.Short(), pred, k-1)
			}
			// The ring adds what it receives into its own copy: own +
			// received, one addition per element (commutative, so the
			// order of the operands does not change the bits).
			scratch = append(scratch[:0], own...)
			for i, v := range seg {
				scratch[i] += v
			}
			f.Kind, f.Want, f.Input = KindReduce, Floats(scratch), &in
		default:
			in := g.Sent[pred][k-1]
			f.Kind, f.Want, f.Input = KindForward, in.Sent, &in
		}
		if f.Want != f.Sent {
			out = append(out, f)
		}
	}
	return out, nil
}

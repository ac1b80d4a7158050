package verify

import (
	"context"
	"fmt"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/commit"
)

// BlameTask is one step's all-reduce as a verifier reconstructs it to
// find who tampered with it (issue 16, item 4): for each ring rank, the
// member's one-step task (its leaf at the step, with the state it
// commits to) and its transcript (fetched by the leaf's Transcript hash),
// the group's signed hop records, and the sent segments by hash.
type BlameTask struct {
	// Tasks[r] is rank r's one-step check: its leaf at the step and its
	// committed state. In the synchronous mode every rank's state is the
	// group's, so one fetched state serves all.
	Tasks []StepTask
	// Transcripts[r] is rank r's record of the all-reduce; its hash must
	// be the leaf's Transcript.
	Transcripts []transcript.Transcript
	// Context is what the ring's hop records of this all-reduce carry.
	Context [32]byte
	// Signed are hop records the verifier holds with valid signatures
	// (checked by the caller: the signature scheme is the node's), from
	// the ring's record exchange or from evidence; any of them that
	// contradicts its signer's committed transcript is equivocation.
	Signed []transcript.Record
	// Segments returns a sent segment by its hash.
	Segments func(transcript.Hash) ([]float32, bool)
}

// Blamed is Blame's outcome.
type Blamed struct {
	// Verdicts[r] is rank r's contribution check (CheckStep's): a member
	// that committed to a wrong contribution is Honest false here.
	Verdicts []Verdict
	// Findings name the ranks whose hops do not follow from their inputs
	// and their recomputed contributions (tampering in transit, or a
	// member that committed to its honest contribution and sent another),
	// and those that stated two segments for one hop.
	Findings []transcript.Finding
}

// Blame recomputes every member's contribution at the step (one step
// each, from the committed state), checks each transcript against its
// leaf, and names each member whose output at a hop is not its input
// plus its contribution in the ring's summation order, or whose
// forwarded all-gather segment is not what it received
// (transcript.Blame), or whose signed record contradicts its transcript.
// Honest members are never named. A compressed outer step (each task's
// Sum set) is checked as audits check it: each member's hops against the
// values part of its recomputed contribution (hopContribution), the
// statistics' all-reduce not being the one the leaves' transcripts
// record. It costs one member step per member;
// verifiers run it on a dispute (a Reduced hash that no honest sum
// explains, a checksum failure), not on every audit.
func Blame(ctx context.Context, be gpu.Backend, t BlameTask) (Blamed, error) {
	n := len(t.Tasks)
	var out Blamed
	if n == 0 || len(t.Transcripts) != n {
		return out, fmt.Errorf("%w: %d tasks, %d transcripts", ErrTask, n, len(t.Transcripts))
	}
	g := transcript.Group{Segments: t.Segments}
	for r, task := range t.Tasks {
		tr := t.Transcripts[r]
		if commit.Hash(tr.Hash()) != task.Leaf.Transcript || tr.Rank != uint32(r) || tr.Ranks != uint32(n) {
			return out, fmt.Errorf("%w: rank %d: the transcript is not the one its leaf commits to", ErrTask, r)
		}
		if r > 0 && task.Leaf.Step != t.Tasks[0].Leaf.Step {
			return out, fmt.Errorf("%w: rank %d's leaf is of step %d, rank 0's of %d", ErrTask, r, task.Leaf.Step, t.Tasks[0].Leaf.Step)
		}
		g.Len = int(tr.Len)
		recs, err := tr.Records(t.Context)
		if err != nil {
			return out, fmt.Errorf("%w: rank %d: %w", ErrTask, r, err)
		}
		g.Sent = append(g.Sent, recs)
		v, got, err := checkStep(ctx, be, task)
		if err != nil {
			return out, fmt.Errorf("rank %d: %w", r, err)
		}
		if got, err = hopContribution(task, got, tr.Len); err != nil {
			return out, fmt.Errorf("rank %d: %w", r, err)
		}
		out.Verdicts = append(out.Verdicts, v)
		g.Contributions = append(g.Contributions, got)
	}
	for _, s := range t.Signed {
		if int(s.From) < n && int(s.Hop) < len(g.Sent[s.From]) && transcript.Conflict(s, g.Sent[s.From][s.Hop]) {
			c := g.Sent[s.From][s.Hop]
			out.Findings = append(out.Findings, transcript.Finding{Rank: int(s.From), Hop: int(s.Hop), Kind: transcript.KindEquivocation,
				Sent: s.Sent, Want: c.Sent, Input: &c})
		}
	}
	found, err := transcript.Blame(g)
	out.Findings = append(out.Findings, found...)
	if err != nil {
		return out, fmt.Errorf("%w: %w", ErrTask, err)
	}
	return out, nil
}

// HopTask is what an audit needs to check the audited member's hops as
// well as its contribution: its transcript (whose hash its leaf commits
// to), its predecessor's (from the predecessor's signed statement, whose
// signature the caller checks), the all-reduce's context, and the
// predecessor's sent segments by hash.
type HopTask struct {
	Own, Pred transcript.Transcript
	Context   [32]byte
	Segments  func(transcript.Hash) ([]float32, bool)
}

// CheckStepHops is CheckStep that also checks, with the contribution it
// recomputed, that every hop the member sent follows from what its
// predecessor sent it and that contribution (transcript.BlameRank): a
// member that tampers with the sums it forwards, or commits to one
// contribution and sends another, is caught by the same audits and at
// the same rate as a lazy one, for the cost of hashing its segments.
func CheckStepHops(ctx context.Context, be gpu.Backend, t StepTask, h HopTask) (Verdict, []transcript.Finding, error) {
	if err := h.adjacent(); err != nil || commit.Hash(h.Own.Hash()) != t.Leaf.Transcript {
		return Verdict{Leaf: t.Leaf, Index: t.Index}, nil, fmt.Errorf("%w: the transcripts are not the leaf's and its predecessor's", ErrTask)
	}
	v, got, err := checkStep(ctx, be, t)
	if err != nil {
		return v, nil, err
	}
	if got, err = hopContribution(t, got, h.Own.Len); err != nil {
		return v, nil, err
	}
	found, err := h.blame(got)
	return v, found, err
}

// CheckCompressedHops is CheckStepHops for a compressed outer step, which
// reduces twice: with one recomputation it checks the hops of the values'
// all-reduce (values, whose transcript the leaf commits to) against the
// values part of the member's contribution, and the hops of the
// statistics' all-reduce before it (stats) against the statistics part.
// The leaf names no statistics transcript: the caller checks that stats
// is the member's signed statement of the ring operation just before the
// values' (its context), which binds the member as its signature on the
// values' does.
func CheckCompressedHops(ctx context.Context, be gpu.Backend, t StepTask, values, stats HopTask) (v Verdict, valuesFound, statsFound []transcript.Finding, err error) {
	v = Verdict{Leaf: t.Leaf, Index: t.Index}
	o := t.Params.Compression
	l, lerr := t.Spec.Layout()
	switch {
	case !o.On() || lerr != nil:
		return v, nil, nil, fmt.Errorf("%w: not a compressed outer step", ErrTask)
	case values.adjacent() != nil || commit.Hash(values.Own.Hash()) != t.Leaf.Transcript:
		return v, nil, nil, fmt.Errorf("%w: the values' transcripts are not the leaf's and its predecessor's", ErrTask)
	case stats.adjacent() != nil || stats.Own.Rank != values.Own.Rank || stats.Own.Ranks != values.Own.Ranks:
		return v, nil, nil, fmt.Errorf("%w: the statistics' transcripts are not the member's and its predecessor's in the same ring", ErrTask)
	}
	v, got, err := checkStep(ctx, be, t)
	if err != nil {
		return v, nil, nil, err
	}
	ls := train.OuterStatsLen(o, l.Len())
	if ls > len(got) {
		return v, nil, nil, fmt.Errorf("%w: a contribution of %d floats, its statistics alone are %d", ErrTask, len(got), ls)
	}
	vals, err := hopContribution(t, got, values.Own.Len)
	if err != nil {
		return v, nil, nil, err
	}
	if valuesFound, err = values.blame(vals); err != nil {
		return v, valuesFound, nil, err
	}
	st := got[:ls:ls]
	if n := stats.Own.Len; uint64(len(st)) < n && (n-uint64(len(st)) <= padMax || n <= uint64(max(padMax, train.ReduceLen(l)))) {
		st = append(st, make([]float32, n-uint64(len(st)))...)
	}
	if uint64(len(st)) != stats.Own.Len {
		return v, valuesFound, nil, fmt.Errorf("%w: statistics of %d floats, the transcript is of %d", ErrTask, ls, stats.Own.Len)
	}
	statsFound, err = stats.blame(st)
	return v, valuesFound, statsFound, err
}

// adjacent reports (as an error) whether h's transcripts are not a ring's
// rank and its predecessor's, of one length.
func (h HopTask) adjacent() error {
	n, r := h.Own.Ranks, h.Own.Rank
	if h.Pred.Ranks != n || n < 2 || r >= n || h.Pred.Rank != (r+n-1)%n || h.Pred.Len != h.Own.Len {
		return fmt.Errorf("%w: rank %d and %d of %d", ErrTask, h.Pred.Rank, r, n)
	}
	return nil
}

// blame names the hops of h's member that do not follow from its
// predecessor's and its contribution got (transcript.BlameRank).
func (h HopTask) blame(got []float32) ([]transcript.Finding, error) {
	n, r := h.Own.Ranks, h.Own.Rank
	g := transcript.Group{Len: int(h.Own.Len), Sent: make([][]transcript.Record, n), Contributions: make([][]float32, n), Segments: h.Segments}
	for _, tr := range []transcript.Transcript{h.Own, h.Pred} {
		var err error
		if g.Sent[tr.Rank], err = tr.Records(h.Context); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrTask, err)
		}
	}
	g.Contributions[r] = got
	found, err := transcript.BlameRank(g, int(r))
	if err != nil {
		return found, fmt.Errorf("%w: %w", ErrTask, err)
	}
	return found, nil
}

// hopContribution returns what a member's hops in the all-reduce its
// leaf's transcript records carry of its recomputed contribution got,
// for a transcript of n floats. A compressed outer step's leaf commits to
// the transcript of its second all-reduce, the values: the hops carry the
// contribution after its statistics. A ring built for a longer tensor
// (train.ReduceLen) pads a shorter contribution with zeros: the hops
// carry the padded one.
func hopContribution(t StepTask, got []float32, n uint64) ([]float32, error) {
	ring := uint64(padMax)
	if l, err := t.Spec.Layout(); err == nil {
		if o := t.Params.Compression; o.On() {
			if ls := train.OuterStatsLen(o, l.Len()); ls <= len(got) {
				got = got[ls:]
			}
		}
		ring = max(ring, uint64(train.ReduceLen(l)))
	}
	if uint64(len(got)) < n && (n-uint64(len(got)) <= padMax || n <= ring) {
		got = append(got[:len(got):len(got)], make([]float32, n-uint64(len(got)))...)
	}
	if uint64(len(got)) != n {
		return nil, fmt.Errorf("%w: a contribution of %d floats, the transcript is of %d", ErrTask, len(got), n)
	}
	return got, nil
}

// padMax bounds the zeros CheckStepHops pads a contribution with: a ring
// is built for the longest buffer a member reduces (train.ReduceLen: a
// gradient, or a hash comparison of a few thousand floats).
const padMax = 1 << 16

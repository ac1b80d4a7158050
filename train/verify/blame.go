package verify

import (
	"context"
	"fmt"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
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
// Honest members are never named. It costs one member step per member;
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
		if len(got) != g.Len {
			return out, fmt.Errorf("%w: rank %d contributes %d floats, its transcript is of %d", ErrTask, r, len(got), g.Len)
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

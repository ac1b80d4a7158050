package verify

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

const ringMembers = 4

// ringRun is a group of four trained over train.NewLocalRing: what a
// verifier fetches by hash (states, transcripts, segments) and the
// members' periods.
type ringRun struct {
	group   *train.LocalGroup
	p       train.Params
	samp    []train.Sampler
	periods [ringMembers][]commit.Period
	mu      sync.Mutex
	states  map[commit.Hash]*checkpoint.State
	seqs    [ringMembers][][]float32 // each member's sums, in order
	trs     [ringMembers][][32]byte  // each member's transcript hashes, in order
}

// ringRecorder is pairRecorder that keeps the ring's transcripts visible
// (train.Transcriber), so that leaves commit to them, and records the
// hash of the member's transcript of each all-reduce, in order.
type ringRecorder struct {
	pairRecorder
	trs *[][32]byte
}

func (r ringRecorder) AllReduce(ctx context.Context, buf []float32) (int, error) {
	k, err := r.pairRecorder.AllReduce(ctx, buf)
	if err == nil {
		r.mu.Lock()
		*r.trs = append(*r.trs, r.LastTranscript())
		r.mu.Unlock()
	}
	return k, err
}

func (r ringRecorder) LastTranscript() [32]byte {
	return r.AllReducer.(train.Transcriber).LastTranscript()
}

// before returns the all-reduce member i ran just before the one whose
// transcript hashes to h (a compressed outer step's statistics, before
// its values), and its number.
func (r *ringRun) before(t *testing.T, i int, h [32]byte) (train.RingOp, int) {
	t.Helper()
	r.mu.Lock()
	j := slices.Index(r.trs[i], h)
	var prev [32]byte
	if j > 0 {
		prev = r.trs[i][j-1]
	}
	r.mu.Unlock()
	op, n, ok := r.group.RingOpOf(prev)
	if j <= 0 || !ok {
		t.Fatalf("member %d: no all-reduce before %x", i, h[:4])
	}
	return op, n
}

// sum returns the group sum with hash h among the members' recorded
// sums: one all-reduce's, or (compressed DiLoCo) two consecutive ones'
// concatenated.
func (r *ringRun) sum(h commit.Hash) []float32 {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, seq := range r.seqs {
		for j := range seq {
			if commit.Floats(seq[j]) == h {
				return seq[j]
			}
			if j+1 < len(seq) {
				if s := append(append([]float32(nil), seq[j]...), seq[j+1]...); commit.Floats(s) == h {
					return s
				}
			}
		}
	}
	return nil
}

// stepOp is the all-reduce number of a step's gradient in a run with
// receipts every period steps: each receipt adds a hash comparison.
func stepOp(step int) int { return step - 1 + (step-1)/period }

// trainRing trains four members for steps steps; alter may change what
// a rank sends at a hop of an all-reduce (a tamperer).
func trainRing(t *testing.T, seed uint64, alter func(op, rank, hop int, seg []float32)) *ringRun {
	return trainRingWith(t, seed, alter, nil)
}

// trainRingWith is trainRing with the parameters changed by mod.
func trainRingWith(t *testing.T, seed uint64, alter func(op, rank, hop int, seg []float32), mod func(*train.Params)) *ringRun {
	t.Helper()
	ds, err := corpus.DigitsDataset(0)
	if err != nil {
		t.Fatal(err)
	}
	tp := params()
	tp.Seed = seed
	if mod != nil {
		mod(&tp)
	}
	r := &ringRun{group: train.NewLocalRing(ringMembers, alter), p: tp, states: map[commit.Hash]*checkpoint.State{}}
	ms := make([]*train.Member, ringMembers)
	for i := range ms {
		var chunks [][]byte
		for _, c := range ds.Manifest.Indices(dataset.SplitTrain, i, ringMembers) {
			chunks = append(chunks, ds.Chunks[c])
		}
		shard, err := dataset.DecodeTabular(ds.Manifest, chunks)
		if err != nil {
			t.Fatal(err)
		}
		r.samp = append(r.samp, train.NewTabularSampler(shard, train.MemberSeed(seed, i)))
		model, err := nn.New(cpu(t), spec, tp.BatchSize)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { model.Close() })
		p := tp
		p.Member = i
		rec := ringRecorder{pairRecorder{AllReducer: r.group.Member(i), mu: &r.mu, seq: &r.seqs[i]}, &r.trs[i]}
		ms[i], err = train.NewMember(model, rec, r.samp[i], p,
			train.WithStates(func(h commit.Hash, s *checkpoint.State) {
				r.mu.Lock()
				r.states[h] = s
				r.mu.Unlock()
			}),
			train.WithObserver(func(e train.Event) {
				if e.Kind == train.EventCommitment {
					r.periods[i] = append(r.periods[i], e.Period)
				}
			}))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(ms[i].Close)
	}
	if _, errs := train.RunGroup(context.Background(), ms); errs != nil {
		for i, err := range errs {
			if err != nil {
				t.Fatalf("member %d: %v", i, err)
			}
		}
	}
	return r
}

// blameTask gathers, for one step, what a verifier fetches: every
// member's leaf with its proof and committed state, and every member's
// transcript by its leaf's hash.
func (r *ringRun) blameTask(t *testing.T, step uint64) BlameTask {
	t.Helper()
	bt := BlameTask{Segments: r.group.Segment}
	for i := range ringMembers {
		var task StepTask
		for _, per := range r.periods[i] {
			if step > per.Step {
				continue
			}
			leaf, idx, proof, err := LeafProof(per, step)
			if err != nil {
				t.Fatal(err)
			}
			p := r.p
			p.Member = i
			r.mu.Lock()
			st := r.states[leaf.State]
			r.mu.Unlock()
			task = StepTask{Spec: spec, Params: p, Sampler: r.samp[i], State: st, Leaf: leaf, Root: per.Root, Index: idx, Count: len(per.Leaves), Proof: proof}
			if p.Compression.On() {
				task.Sum = r.sum(leaf.Reduced)
			}
			break
		}
		op, n, ok := r.group.RingOpOf(task.Leaf.Transcript)
		if !ok || op.Members[i] != i {
			t.Fatalf("member %d step %d: no ring op with its transcript", i, step)
		}
		bt.Context = train.RingContext(n)
		bt.Tasks = append(bt.Tasks, task)
		bt.Transcripts = append(bt.Transcripts, op.Transcripts[i])
	}
	return bt
}

// TestBlameTamperer: a member that alters the partial sums it forwards in
// the reduce-scatter (not its own contribution, which it commits to and
// computes honestly) is named at that hop, and only it; its and everyone's
// contribution verdicts stay honest (the tampering is in transit).
func TestBlameTamperer(t *testing.T) {
	const bad, step = 2, 5
	r := trainRing(t, 7, func(op, rank, hop int, seg []float32) {
		if op == stepOp(step) && rank == bad && hop >= 1 && hop < ringMembers-1 {
			for i := range seg {
				seg[i] *= 1.5
			}
		}
	})
	be := cpu(t)
	got, err := Blame(context.Background(), be, r.blameTask(t, step))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Findings) != ringMembers-2 {
		t.Fatalf("findings %+v; want rank %d at hops 1 and 2", got.Findings, bad)
	}
	for i, f := range got.Findings {
		if f.Rank != bad || f.Hop != i+1 || f.Kind != transcript.KindReduce || f.Input == nil {
			t.Errorf("finding %+v; want rank %d, hop %d, %v", f, bad, i+1, transcript.KindReduce)
		}
	}
	for i, v := range got.Verdicts {
		if !v.Honest {
			t.Errorf("rank %d's contribution found wrong; it was honest", i)
		}
	}
	// An audit of the tamperer alone (its contribution recomputed, its
	// and its predecessor's transcripts) catches it too; an audit of an
	// honest member downstream does not blame it.
	bt := r.blameTask(t, step)
	for _, rank := range []int{bad, bad + 1} {
		h := HopTask{Own: bt.Transcripts[rank], Pred: bt.Transcripts[rank-1], Context: bt.Context, Segments: bt.Segments}
		v, found, err := CheckStepHops(context.Background(), be, bt.Tasks[rank], h)
		if err != nil || !v.Honest {
			t.Fatalf("audit of rank %d: honest %v, %v", rank, v.Honest, err)
		}
		if want := map[bool]int{true: ringMembers - 2, false: 0}[rank == bad]; len(found) != want {
			t.Errorf("audit of rank %d: findings %+v, want %d", rank, found, want)
		}
	}
	// The step before was clean: nobody is named.
	if got, err := Blame(context.Background(), be, r.blameTask(t, step-1)); err != nil || len(got.Findings) != 0 {
		t.Errorf("step %d: %+v, %v; want no finding", step-1, got.Findings, err)
	}
}

// TestBlameHonestHashZerosSent: a member that commits to its honest
// contribution's hash (its leaf verifies) but sends zeros into the ring
// is named at hop 0 (what it sent is not its contribution).
func TestBlameHonestHashZerosSent(t *testing.T) {
	const bad, step = 1, 11
	r := trainRing(t, 7, func(op, rank, hop int, seg []float32) {
		if op == stepOp(step) && rank == bad && hop == 0 {
			clear(seg)
		}
	})
	got, err := Blame(context.Background(), cpu(t), r.blameTask(t, step))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Findings) != 1 || got.Findings[0].Rank != bad || got.Findings[0].Hop != 0 || got.Findings[0].Kind != transcript.KindContribution {
		t.Fatalf("findings %+v; want rank %d at hop 0, %v", got.Findings, bad, transcript.KindContribution)
	}
	if !got.Verdicts[bad].Honest {
		t.Error("the member's committed contribution hash should verify: it committed to the honest one")
	}
	bt := r.blameTask(t, step)
	h := HopTask{Own: bt.Transcripts[bad], Pred: bt.Transcripts[bad-1], Context: bt.Context, Segments: bt.Segments}
	if _, found, err := CheckStepHops(context.Background(), cpu(t), bt.Tasks[bad], h); err != nil || len(found) != 1 || found[0].Hop != 0 {
		t.Errorf("audit of the member: findings %+v, %v; want hop 0", found, err)
	}
}

// TestBlameEquivocation: a signed hop record that contradicts the
// signer's committed transcript names the signer.
func TestBlameEquivocation(t *testing.T) {
	r := trainRing(t, 7, nil)
	bt := r.blameTask(t, 3)
	recs, err := bt.Transcripts[3].Records(bt.Context)
	if err != nil {
		t.Fatal(err)
	}
	other := recs[4]
	other.Sent[0] ^= 1
	bt.Signed = []transcript.Record{recs[2], other}
	got, err := Blame(context.Background(), cpu(t), bt)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Findings) != 1 || got.Findings[0].Rank != 3 || got.Findings[0].Hop != 4 || got.Findings[0].Kind != transcript.KindEquivocation {
		t.Errorf("findings %+v; want rank 3 at hop 4, equivocation", got.Findings)
	}
}

// TestBlameHonestNobody (property over seeds): in honest runs with
// different model and sampling seeds, no step's all-reduce names anyone
// and every contribution verifies.
func TestBlameHonestNobody(t *testing.T) {
	be := cpu(t)
	for seed := uint64(1); seed <= 4; seed++ {
		r := trainRing(t, seed, nil)
		for _, step := range []uint64{1, seed + 2, period, period + seed, steps} {
			got, err := Blame(context.Background(), be, r.blameTask(t, step))
			if err != nil {
				t.Fatalf("seed %d step %d: %v", seed, step, err)
			}
			if len(got.Findings) != 0 {
				t.Errorf("seed %d step %d: honest run, findings %+v", seed, step, got.Findings)
			}
			for i, v := range got.Verdicts {
				if !v.Honest {
					t.Errorf("seed %d step %d: rank %d found wrong", seed, step, i)
				}
			}
		}
	}
}

// TestBlameCompressed: in compressed DiLoCo (H = 4, top-k blocks of int4
// values) each outer step reduces twice, and a leaf commits to the values'
// all-reduce; Blame recomputes each member's two contributions from its
// state and the group's sum and checks the values' hops against the
// values part. An honest run names nobody; a member that scales the
// partial sums it forwards in one outer step's values all-reduce is named
// at those hops and only there, every contribution verdict honest, and
// an audit of it alone (CheckStepHops) finds the same.
func TestBlameCompressed(t *testing.T) {
	compressed := func(p *train.Params) {
		p.LocalSteps, p.HashEvery = 4, 8
		p.Compression = codec.Outer{TopK: 0.5, Bits: 4}
	}
	const bad, step = 2, 12
	be := cpu(t)
	honest := trainRingWith(t, 7, nil, compressed)
	for _, s := range []uint64{4, 8, step, steps} {
		got, err := Blame(context.Background(), be, honest.blameTask(t, s))
		if err != nil {
			t.Fatalf("honest step %d: %v", s, err)
		}
		if len(got.Findings) != 0 {
			t.Errorf("honest step %d: findings %+v", s, got.Findings)
		}
		for i, v := range got.Verdicts {
			if !v.Honest {
				t.Errorf("honest step %d: rank %d found wrong", s, i)
			}
		}
	}
	// The values all-reduce of step 12, by its number in the honest run
	// (the tampered run schedules the same operations).
	_, valuesOp, ok := honest.group.RingOpOf(honest.blameTask(t, step).Tasks[0].Leaf.Transcript)
	if !ok {
		t.Fatal("no ring operation for step 12's values")
	}
	r := trainRingWith(t, 7, func(op, rank, hop int, seg []float32) {
		if op == valuesOp && rank == bad && hop >= 1 && hop < ringMembers-1 {
			for i := range seg {
				seg[i] *= 1.5
			}
		}
	}, compressed)
	bt := r.blameTask(t, step)
	got, err := Blame(context.Background(), be, bt)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Findings) != ringMembers-2 {
		t.Fatalf("findings %+v; want rank %d at hops 1 and 2", got.Findings, bad)
	}
	for i, f := range got.Findings {
		if f.Rank != bad || f.Hop != i+1 || f.Kind != transcript.KindReduce {
			t.Errorf("finding %+v; want rank %d, hop %d, %v", f, bad, i+1, transcript.KindReduce)
		}
	}
	for i, v := range got.Verdicts {
		if !v.Honest {
			t.Errorf("rank %d's contribution found wrong; it was honest", i)
		}
	}
	h := HopTask{Own: bt.Transcripts[bad], Pred: bt.Transcripts[bad-1], Context: bt.Context, Segments: bt.Segments}
	if v, found, err := CheckStepHops(context.Background(), be, bt.Tasks[bad], h); err != nil || !v.Honest || len(found) != ringMembers-2 {
		t.Errorf("audit of rank %d: honest %v, findings %+v, %v; want %d findings", bad, v.Honest, found, err, ringMembers-2)
	}
	if got, err := Blame(context.Background(), be, r.blameTask(t, 8)); err != nil || len(got.Findings) != 0 {
		t.Errorf("step 8: %+v, %v; want no finding", got.Findings, err)
	}
}

// TestCheckCompressedHops: an audit of one member of a compressed outer
// step checks the hops of both its all-reduces with one recomputation:
// honest, nothing is found; a member that scales the partial sums it
// forwards in the statistics' all-reduce (a block statistic: it skews the
// plan every member derives; the leaf does not name that all-reduce;
// its signed statement is the operation before the values') is named
// there, its values' hops clean, its contribution honest; an audit of its
// successor names nobody; transcripts out of place are refused.
func TestCheckCompressedHops(t *testing.T) {
	compressed := func(p *train.Params) {
		p.LocalSteps, p.HashEvery = 4, 8
		p.Compression = codec.Outer{TopK: 0.5, Bits: 4}
	}
	const bad, step = 1, 12
	be := cpu(t)
	hopTasks := func(r *ringRun, rank int) (StepTask, HopTask, HopTask) {
		bt := r.blameTask(t, step)
		values := HopTask{Own: bt.Transcripts[rank], Pred: bt.Transcripts[(rank+ringMembers-1)%ringMembers], Context: bt.Context, Segments: bt.Segments}
		op, n := r.before(t, rank, bt.Tasks[rank].Leaf.Transcript)
		stats := HopTask{Own: op.Transcripts[rank], Pred: op.Transcripts[(rank+ringMembers-1)%ringMembers], Context: train.RingContext(n), Segments: bt.Segments}
		return bt.Tasks[rank], values, stats
	}
	honest := trainRingWith(t, 7, nil, compressed)
	for rank := range ringMembers {
		task, values, stats := hopTasks(honest, rank)
		v, vf, sf, err := CheckCompressedHops(context.Background(), be, task, values, stats)
		if err != nil || !v.Honest || len(vf) != 0 || len(sf) != 0 {
			t.Errorf("honest rank %d: honest %v, values %+v, statistics %+v, %v", rank, v.Honest, vf, sf, err)
		}
		if rank == 0 {
			if _, _, _, err := CheckCompressedHops(context.Background(), be, task, stats, values); !errors.Is(err, ErrTask) {
				t.Errorf("the two all-reduces swapped: %v; want ErrTask", err)
			}
		}
	}
	_, values0, _ := hopTasks(honest, 0)
	_, valuesOp, _ := honest.group.RingOpOf(values0.Own.Hash())
	r := trainRingWith(t, 7, func(op, rank, hop int, seg []float32) {
		// A block statistic, not the member count at the end (which
		// the group checks).
		if op == valuesOp-1 && rank == bad && hop >= 1 && hop < ringMembers-1 {
			seg[0] += 1
		}
	}, compressed)
	task, values, stats := hopTasks(r, bad)
	v, vf, sf, err := CheckCompressedHops(context.Background(), be, task, values, stats)
	if err != nil || !v.Honest || len(vf) != 0 {
		t.Fatalf("the tamperer: honest %v, values findings %+v, %v; want an honest contribution and clean values", v.Honest, vf, err)
	}
	if len(sf) != ringMembers-2 {
		t.Fatalf("statistics findings %+v; want hops 1 and 2", sf)
	}
	for i, f := range sf {
		if f.Rank != bad || f.Hop != i+1 || f.Kind != transcript.KindReduce {
			t.Errorf("finding %+v; want rank %d, hop %d, %v", f, bad, i+1, transcript.KindReduce)
		}
	}
	task, values, stats = hopTasks(r, bad+1)
	if _, vf, sf, err := CheckCompressedHops(context.Background(), be, task, values, stats); err != nil || len(vf)+len(sf) != 0 {
		t.Errorf("the tamperer's successor: values %+v, statistics %+v, %v; want nothing", vf, sf, err)
	}
}

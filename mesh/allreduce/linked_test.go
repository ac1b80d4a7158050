package allreduce

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// TestLinkedTranscriptNeverNamesHonest is the property behind verified
// work's hop audits (issue 16): whatever the ring's history of expulsions
// (between operations, in the middle of one), redos (a member that lies
// about a hop is dropped and the others redo the operation without it)
// and views of one, after each operation every honest member's last
// transcript (what its leaf commits to, LastTranscript) is of that very
// operation, and its records of it (LastOp, what the node keeps for
// verifiers under that transcript's hash) checked against the member's
// own input of that operation name no one (transcript.BlameRank, as
// train/verify runs it); an operation it finished without a ring keeps no
// transcript at all. Before the fix, a member left alone in a view of one
// kept the previous operation's transcript, and a verifier found its
// first hop "other than its contribution" (TestVerifiedWork under load).
func TestLinkedTranscriptNeverNamesHonest(t *testing.T) {
	const histories = 20
	for seed := range uint64(histories) {
		t.Run(fmt.Sprint("history", seed), func(t *testing.T) {
			linkedHistory(t, seed)
		})
	}
}

// Events of a random history, before or during an operation.
const (
	evNone = iota
	evExpel
	evExpelMidOp
	evLiar
	evKinds
)

func linkedHistory(t *testing.T, seed uint64) {
	// n members and one standby (node n), called in at the first
	// operation after a drop.
	const n, length, ops = 4, 3001, 7
	rng := rand.New(rand.NewPCG(seed, 16))
	ctx := testCtx(t)
	nodes := startNodes(t, n+1)
	spec := DefaultSpec(GroupID{60, byte(seed)}, ids(nodes[:n]), ids(nodes[n:]), length)
	spec.ChunkBytes, spec.Lanes, spec.Quorum, spec.Transcripts = 4<<10, 2, 1, true
	var mu sync.Mutex
	segs := map[transcript.Hash][]float32{}
	groups := make([]*Group, n+1)
	for i, nd := range nodes {
		p := patientParams(convictingParams())
		p.Log = testLogger(t, fmt.Sprint(i))
		p.Witness = hashWitness{nd.host.ID()}
		p.KeepSegment = func(h [32]byte, s []float32) {
			mu.Lock()
			segs[h] = s
			mu.Unlock()
		}
		g, err := nd.svc.NewGroup(spec, p)
		if err != nil {
			t.Fatal(err)
		}
		groups[i] = g
	}
	segment := func(h transcript.Hash) ([]float32, bool) {
		mu.Lock()
		defer mu.Unlock()
		s, ok := segs[h]
		return s, ok
	}
	// The standby waits to be called in from the start, with its input.
	sbInput := randomInputs(seed*100+99, 1, length)[0]
	sbBuf := slices.Clone(sbInput)
	sbDone := make(chan result, 1)
	go func() {
		k, err := groups[n].AllReduce(ctx, sbBuf)
		sbDone <- result{k, err}
	}()
	sbIn := false
	live := allRanks(n)  // members still in the ring
	leaving := -1        // a member expelled before this operation: it runs it and finds itself excluded
	var history []string // for the failure message
	var ranAlone, redone, sawCallIn bool
	for op := range uint64(ops) {
		ev := rng.IntN(evKinds)
		// Victims and liars are of the award's members: a called-in
		// standby that is dropped again waits to be called in anew
		// (it does not return ErrExcluded), which is not what this
		// test is about.
		var targets []int
		for _, i := range live {
			if i < n {
				targets = append(targets, i)
			}
		}
		if len(live) < 2 || len(targets) == 0 || ev == evLiar && len(live) < 3 {
			ev = evNone
		}
		var liar, victim, by int = -1, -1, -1
		expelled := make(chan bool, 1)
		switch ev {
		case evExpel, evExpelMidOp:
			victim = targets[rng.IntN(len(targets))]
			others := slices.DeleteFunc(slices.Clone(live), func(i int) bool { return i == victim })
			by = others[rng.IntN(len(others))]
			expel := func() {
				expelled <- groups[by].Expel(nodes[victim].host.ID(), "convicted of faulty work", conviction(nodes[victim].host.ID()))
			}
			if ev == evExpel {
				expel()
			} else {
				var once sync.Once
				groups[by].hooks.beforeSend = func(o uint64, round, step int) ([]byte, bool) {
					if o == op && round == 0 && step == 1 {
						once.Do(func() { go expel() })
					}
					return nil, false
				}
			}
		case evLiar:
			liar = targets[rng.IntN(len(targets))]
			hop := rng.IntN(2 * (len(live) - 1))
			groups[liar].hooks.alterTranscript = func(o uint64, tr *transcript.Transcript) {
				if o == op {
					tr.Hops[hop].Recv[0] ^= 1
				}
			}
		}
		history = append(history, fmt.Sprintf("op %d: event %d (by %d, victim %d, liar %d), live %v", op, ev, by, victim, liar, live))
		run := slices.Clone(live)
		if leaving >= 0 {
			run = append(run, leaving)
		}
		runGroups := make([]*Group, len(run))
		inputs := randomInputs(seed*100+op, n+1, length)
		runIn := make([][]float32, len(run))
		for j, i := range run {
			runGroups[j], runIn[j] = groups[i], inputs[i]
		}
		bufs, res := runAll(ctx, runGroups, runIn)
		if by >= 0 {
			groups[by].hooks.beforeSend = nil
		}
		if liar >= 0 {
			groups[liar].hooks.alterTranscript = nil
		}
		byNode := map[int]int{}
		for j, i := range run {
			byNode[i] = j
		}
		// Who must be out after this operation: an earlier convict,
		// one expelled before it, the liar (its successor's proof drops
		// it and the others redo the operation without it). One
		// expelled during it is out if the ring broke before the
		// operation completed (the survivors redo it without it), in
		// it otherwise.
		out := map[int]bool{leaving: true, liar: true}
		midOpOut := ev == evExpelMidOp && errors.Is(res[byNode[victim]].err, ErrExcluded)
		if ev == evExpel || midOpOut {
			out[victim] = true
		}
		leaving = -1
		var stayed []int
		for j, i := range run {
			if out[i] {
				if !errors.Is(res[j].err, ErrExcluded) {
					t.Fatalf("%s\nmember %d: AllReduce error %v; want ErrExcluded", history, i, res[j].err)
				}
				continue
			}
			stayed = append(stayed, i)
		}
		var calledIn bool
		if len(stayed) > 0 && res[byNode[stayed[0]]].members == len(stayed)+1 && !sbIn {
			// The standby was called in at this operation, with the
			// input it has waited with.
			r := <-sbDone
			if r.err != nil || r.members != len(stayed)+1 {
				t.Fatalf("%s\nthe standby: AllReduce = %d, %v; want %d, nil", history, r.members, r.err, len(stayed)+1)
			}
			calledIn, sbIn = true, true
			inputs[n] = sbInput
			stayed = append(stayed, n)
			byNode[n] = len(bufs)
			bufs = append(bufs, sbBuf)
			res = append(res, r)
			history = append(history, fmt.Sprintf("op %d: the standby called in", op))
		}
		for _, i := range stayed {
			r := res[byNode[i]]
			if r.err != nil || r.members != len(stayed) {
				t.Fatalf("%s\nmember %d: AllReduce = %d, %v; want %d, nil", history, i, r.members, r.err, len(stayed))
			}
			checkLinked(t, history, groups[i], op, inputs[i], r.members, segment)
		}
		if len(stayed) > 1 {
			sb := make([][]float32, 0, len(stayed))
			for _, i := range stayed {
				sb = append(sb, bufs[byNode[i]])
			}
			checkSum(t, spec, pick(inputs, stayed), sb, allRanks(len(stayed)))
		}
		ranAlone = ranAlone || len(stayed) == 1
		sawCallIn = sawCallIn || calledIn
		redone = redone || liar >= 0
		live = stayed
		if victim >= 0 {
			if !<-expelled {
				t.Fatalf("%s\nExpel reported member %d not in the view", history, victim)
			}
			if ev == evExpelMidOp && !midOpOut {
				// The operation in progress completed with it; the next
				// one runs without it.
				live = slices.DeleteFunc(live, func(i int) bool { return i == victim })
				leaving = victim
			}
		}
	}
	t.Logf("history %d: %d of %d members left; a view of one %v, a redo %v, a standby called in %v", seed, len(live), n+1, ranAlone, redone, sawCallIn)
}

// patientParams gives p deadlines that a loaded machine does not reach
// where every member is alive and answers, as in linkedHistory: there a
// probe, a link-up or a chunk that misses its deadline drops a live member
// as unreachable, which is no part of the history. With testParams' 2 s
// probes, a convict first in ring order whose probe of its accuser (the
// only member holding the proof) timed out under load coordinated a view
// without the accuser, and the members that had not learnt of the
// conviction ran the operation with it: "AllReduce error <nil>; want
// ErrExcluded" (CI, once in 7 runs of the package; an accuser made to
// answer that probe 3 s late gave it in 9 of 20 histories, and none with
// these deadlines). No step of the history waits for one of them to pass.
func patientParams(p Params) Params {
	p.ChunkTimeout = 40 * time.Second
	p.StartTimeout = 40 * time.Second
	p.ProbeTimeout = 20 * time.Second
	p.ViewTimeout = 40 * time.Second
	return p
}

// checkLinked checks what member g's leaf of operation op commits to and
// what a verifier checks it against: with a ring (members > 1), the
// transcript of op itself, whose records name no one when checked
// against the member's own input; alone, no transcript.
func checkLinked(t *testing.T, history []string, g *Group, op uint64, input []float32, members int, segment func(transcript.Hash) ([]float32, bool)) {
	t.Helper()
	rec, ok := g.LastOp()
	if members == 1 {
		if ok || g.LastTranscript() != ([32]byte{}) {
			t.Fatalf("%s\n%s ran op %d alone; it keeps op %d's records (transcript %x); want none", history, g.self, op, rec.Op, g.LastTranscript())
		}
		return
	}
	if !ok || rec.Op != op || len(rec.Transcripts) != members || g.LastTranscript() != rec.Transcripts[rec.Rank].Hash() {
		t.Fatalf("%s\n%s after op %d: records of op %d (%d ranks, %v); want op %d's of %d", history, g.self, op, rec.Op, len(rec.Transcripts), ok, op, members)
	}
	if rec.Context != OpContext(g.spec.ID, op) {
		t.Fatalf("%s\n%s: op %d's records carry another operation's context", history, g.self, op)
	}
	tg := transcript.Group{Len: len(input), Sent: make([][]transcript.Record, members), Contributions: make([][]float32, members), Segments: segment}
	for r, tr := range rec.Transcripts {
		recs, err := tr.Records(rec.Context)
		if err != nil {
			t.Fatal(err)
		}
		tg.Sent[r] = recs
	}
	tg.Contributions[rec.Rank] = input
	found, err := transcript.BlameRank(tg, rec.Rank)
	if err != nil || len(found) > 0 {
		t.Fatalf("%s\nthe verifier's check of honest %s at op %d: %+v, %v; want nothing found", history, g.self, op, found, err)
	}
}

func pick(in [][]float32, idx []int) [][]float32 {
	out := make([][]float32, len(idx))
	for j, i := range idx {
		out[j] = in[i]
	}
	return out
}

package allreduce

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// hashWitness signs with sha256(signer ‖ msg): a stand-in for the node's
// keys that still ties a signature to its signer and message.
type hashWitness struct{ self peer.ID }

func (w hashWitness) Sign(msg []byte) ([]byte, error) {
	s := sha256.Sum256(append([]byte(w.self), msg...))
	return s[:], nil
}

func (hashWitness) Verify(signer peer.ID, msg, sig []byte) error {
	s := sha256.Sum256(append([]byte(signer), msg...))
	if !bytes.Equal(s[:], sig) {
		return errors.New("bad signature")
	}
	return nil
}

// TestTranscripts: in a ring with transcripts, over several chunks and
// lanes, every member ends each operation holding every member's signed
// transcript, each equal to what transcript.Run records for the same
// inputs (the hashes do not depend on chunking), the kept segments
// include every sent one, and transcript.Blame names nobody.
func TestTranscripts(t *testing.T) {
	const n, length = 4, 10007
	ctx := testCtx(t)
	nodes := startNodes(t, n)
	spec := DefaultSpec(GroupID{5}, ids(nodes), nil, length)
	spec.ChunkBytes, spec.Lanes, spec.Transcripts = 4<<10, 2, true
	var mu sync.Mutex
	segs := map[transcript.Hash][]float32{}
	groups := make([]*Group, n)
	for i, nd := range nodes {
		p := testParams()
		p.Log = testLogger(t, "")
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
	for op := range 2 {
		inputs := randomInputs(uint64(op+11), n, length)
		bufs, res := runAll(ctx, groups, inputs)
		for i, r := range res {
			if r.err != nil || r.members != n {
				t.Fatalf("op %d member %d: %d, %v", op, i, r.members, r.err)
			}
		}
		checkSum(t, spec, inputs, bufs, allRanks(n))
		ref := make([][]float32, n)
		for i := range ref {
			ref[i] = append([]float32(nil), inputs[i]...)
		}
		want, err := transcript.Run(ref, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, g := range groups {
			rec, ok := g.LastOp()
			if !ok || rec.Op != uint64(op) || rec.Rank != i || len(rec.Transcripts) != n {
				t.Fatalf("op %d member %d: record %+v, %v", op, i, rec, ok)
			}
			for r, tr := range rec.Transcripts {
				if tr.Hash() != want[r].Hash() {
					t.Errorf("op %d: member %d holds rank %d's transcript %s, transcript.Run gives %s", op, i, r, tr.Hash().Short(), want[r].Hash().Short())
				}
				if err := (hashWitness{}).Verify(rec.Members[r], transcript.StatementBytes(rec.Context, tr, rec.Inputs[r]), rec.Sigs[r]); err != nil {
					t.Errorf("op %d: rank %d's signature: %v", op, r, err)
				}
				// Its input is its predecessor's hop statement of what it
				// received.
				if err := (hashWitness{}).Verify(rec.Members[(r+n-1)%n], tr.RecvBytes(rec.Context), rec.Inputs[r]); err != nil {
					t.Errorf("op %d: rank %d's input is not its predecessor's hop statement: %v", op, r, err)
				}
			}
			if st := rec.Statement(i); st.Transcript.Hash() != want[i].Hash() || len(st.Sig) != 32 {
				t.Errorf("op %d member %d: its statement is not its signed transcript", op, i)
			}
			if g.LastTranscript() != [32]byte(want[i].Hash()) {
				t.Errorf("op %d member %d: LastTranscript is not its transcript's hash", op, i)
			}
		}
		rec, _ := groups[0].LastOp()
		g := transcript.Group{Len: length, Contributions: inputs, Segments: func(h transcript.Hash) ([]float32, bool) {
			mu.Lock()
			defer mu.Unlock()
			s, ok := segs[h]
			return s, ok
		}}
		for _, tr := range rec.Transcripts {
			recs, err := tr.Records(rec.Context)
			if err != nil {
				t.Fatal(err)
			}
			g.Sent = append(g.Sent, recs)
		}
		if found, err := transcript.Blame(g); err != nil || len(found) != 0 {
			t.Errorf("op %d: honest ring, Blame = %+v, %v", op, found, err)
		}
	}
}

// TestTranscriptsSpec: transcripts need exact sums, and leave the digest
// of a spec without them as it was.
func TestTranscriptsSpec(t *testing.T) {
	spec := DefaultSpec(GroupID{5}, []peer.ID{"a", "b"}, nil, 100)
	before := spec.Digest()
	spec.Transcripts = true
	if spec.Digest() == before {
		t.Error("Transcripts does not change the digest")
	}
	spec.Compression = codec.Int8
	if err := spec.Validate(); !errors.Is(err, ErrSpec) {
		t.Errorf("transcripts with int8: %v, want ErrSpec", err)
	}
}

// TestTranscriptCatchesAlteredChunk: a member that puts on the wire a
// partial sum other than the one it computed (zeros, well formed: without
// transcripts the ring would sum it in unnoticed, every member alike)
// signs the true one in its transcript and in its hop statement; its
// successor, which received the zeros, refuses the operation when the hop
// statement does not match what arrived and reports it. Only it saw the
// zeros: the accusation is one word against another, both are dropped
// (membership: garbage needs proof), and the other two redo the operation
// without them.
func TestTranscriptCatchesAlteredChunk(t *testing.T) {
	const n, length = 4, 9001
	ctx := testCtx(t)
	nodes := startNodes(t, n)
	spec := DefaultSpec(GroupID{6}, ids(nodes), nil, length)
	spec.ChunkBytes, spec.Quorum, spec.Transcripts = 4<<10, 2, true
	p := testParams()
	groups, logs := newFaultGroups(t, nodes, spec, p)
	for i, g := range groups {
		g.params.Witness = hashWitness{nodes[i].host.ID()}
	}
	const liar = 1
	l, err := schedule.NewLayout(n, length, spec.ChunkBytes/4)
	if err != nil {
		t.Fatal(err)
	}
	groups[liar].hooks.beforeSend = func(op uint64, round, step int) ([]byte, bool) {
		if op != 0 || round != 0 || step != 1 {
			return nil, false
		}
		lo, hi := l.Chunk(l.Step(liar, step).Send, round)
		b := make([]byte, frameHeaderLen+4*(hi-lo)) // zeros
		h := frameHeader{Len: uint32(4 * (hi - lo)), Kind: frameChunk, Codec: codec.FP32, Step: uint16(step), Round: uint32(round), Op: op}
		h.put(b)
		return b, true
	}
	inputs := randomInputs(23, n, length)
	bufs, res := runAll(ctx, groups, inputs)
	for _, i := range []int{liar, liar + 1} {
		if !errors.Is(res[i].err, ErrExcluded) {
			t.Errorf("member %d: AllReduce error %v; want ErrExcluded", i, res[i].err)
		}
	}
	survivors := []int{0, 3}
	for _, i := range survivors {
		if r := res[i]; r.err != nil || r.members != n-2 {
			t.Fatalf("member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-2)
		}
	}
	checkSum(t, spec, inputs, bufs, survivors)
	for _, i := range survivors {
		var liarDropped bool
		for _, f := range logs[i].all() {
			liarDropped = liarDropped || (f.Peer == nodes[liar].host.ID() && f.Kind == FaultDisputed && containsText(f.Detail, "other than it sent"))
		}
		if !liarDropped {
			t.Errorf("member %d reported %v; want the liar dropped in a dispute over signing other than it sent", i, logs[i].all())
		}
	}
}

// liarRing runs one operation in a ring of n with transcripts and
// witnesses, where member liar alters its transcript after the hop
// statements (alter), and checks that the liar alone is dropped: it is
// excluded, every other member (its predecessor included) finishes with
// n−1 members and bit-identical sums, and every fault any survivor
// reports names the liar, with want in the detail.
func liarRing(t *testing.T, id byte, liar int, alter func(tr *transcript.Transcript), want string, p Params) []*faultLog {
	t.Helper()
	const n, length = 4, 9001
	ctx := testCtx(t)
	nodes := startNodes(t, n)
	spec := DefaultSpec(GroupID{id}, ids(nodes), nil, length)
	spec.ChunkBytes, spec.Lanes, spec.Quorum, spec.Transcripts = 4<<10, 2, 2, true
	groups, logs := newFaultGroups(t, nodes, spec, p)
	for i, g := range groups {
		g.params.Witness = hashWitness{nodes[i].host.ID()}
	}
	groups[liar].hooks.alterTranscript = func(op uint64, tr *transcript.Transcript) {
		if op == 0 {
			alter(tr)
		}
	}
	inputs := randomInputs(uint64(id), n, length)
	bufs, res := runAll(ctx, groups, inputs)
	if !errors.Is(res[liar].err, ErrExcluded) {
		t.Errorf("liar: AllReduce error %v; want ErrExcluded", res[liar].err)
	}
	var survivors []int
	for i, r := range res {
		if i == liar {
			continue
		}
		if r.err != nil || r.members != n-1 {
			t.Fatalf("member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-1)
		}
		survivors = append(survivors, i)
	}
	checkSum(t, spec, inputs, bufs, survivors)
	seen := false
	for _, i := range survivors {
		for _, f := range logs[i].all() {
			if f.Peer != nodes[liar].host.ID() || f.Kind != FaultGarbage || !containsText(f.Detail, want) {
				t.Errorf("member %d reported %+v; want only the liar %d dropped for %q", i, f, liar, want)
			}
			seen = true
		}
	}
	if !seen {
		t.Error("no survivor reported the liar")
	}
	return logs
}

// TestTranscriptReceiverLies: a member that states in its signed
// transcript that it received other than its predecessor sent (and
// signed in its hop statement) is the one dropped, by every member
// alike; its honest predecessor keeps its seat.
func TestTranscriptReceiverLies(t *testing.T) {
	for _, hop := range []int{0, 2, 4} { // reduce-scatter, first all-gather, all-gather
		t.Run(fmt.Sprint("hop", hop), func(t *testing.T) {
			liarRing(t, byte(30+hop), 2, func(tr *transcript.Transcript) { tr.Hops[hop].Recv[0] ^= 1 },
				"received a segment its predecessor never signed", testParams())
		})
	}
}

// TestTranscriptEquivocation: a member whose hop statement names the
// segments it sent but whose signed transcript states another at one hop
// signed two segments for that hop: it is dropped, its successor (whose
// record disagrees with its transcript) keeps its seat, and the evidence
// re-checks against its signer only.
func TestTranscriptEquivocation(t *testing.T) {
	const liar = 1
	var mu sync.Mutex
	var got []transcript.Equivocation
	var signers []peer.ID
	p := testParams()
	p.Equivocated = func(signer peer.ID, _ uint64, e transcript.Equivocation) {
		mu.Lock()
		defer mu.Unlock()
		got, signers = append(got, e), append(signers, signer)
	}
	logs := liarRing(t, 40, liar, func(tr *transcript.Transcript) { tr.Hops[3].Sent[5] ^= 0x80 },
		"signed two different segments for one hop", p)
	_ = logs
	mu.Lock()
	defer mu.Unlock()
	if len(got) == 0 {
		t.Fatal("no member reported the equivocation")
	}
	for i, e := range got {
		verify := func(msg, sig []byte) error { return hashWitness{}.Verify(signers[i], msg, sig) }
		if k, err := e.Check(verify); err != nil || k != 3 {
			t.Errorf("evidence %d against %s: Check = %d, %v; want hop 3", i, signers[i], k, err)
		}
		if int(e.Pred.Transcript.Rank) != liar {
			t.Errorf("evidence %d names rank %d, want %d", i, e.Pred.Transcript.Rank, liar)
		}
		// It names the signer only: bound to another member, or with a
		// hop statement that is not the signer's, it names no one.
		other := func(msg, sig []byte) error { return hashWitness{}.Verify("someone else", msg, sig) }
		if _, err := e.Check(other); !errors.Is(err, transcript.ErrInput) {
			t.Errorf("evidence %d re-checked against another signer: %v; want ErrInput", i, err)
		}
		bad := e
		bad.Succ.Input = append([]byte(nil), e.Succ.Input...)
		bad.Succ.Input[0] ^= 1
		if _, err := bad.Check(verify); !errors.Is(err, transcript.ErrInput) {
			t.Errorf("evidence %d with a forged hop statement: %v; want ErrInput", i, err)
		}
	}
}

package allreduce

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// TestExpelMember: a member that the job convicted is expelled on
// purpose (Group.Expel) by one survivor only, between operations or in
// the middle of one (which completes with every member); the next
// operation runs without it at every survivor, with bit-identical sums of the
// survivors' inputs, the expelled member finds itself excluded, and every
// survivor reports it dropped for the reason given. The expulsion carries
// its evidence (the node's proof of conviction), which the coordinator
// checks.
func TestExpelMember(t *testing.T) {
	const n, length, convict, by = 4, 9001, 1, 3
	for _, tc := range []struct {
		name  string
		midOp bool
	}{
		{"between operations", false},
		{"mid-operation", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			nodes := startNodes(t, n)
			spec := DefaultSpec(GroupID{16}, ids(nodes), nil, length)
			spec.ChunkBytes = 4 << 10
			spec.Quorum = 2
			groups, logs := newFaultGroups(t, nodes, spec, convictingParams())
			inputs := randomInputs(16, n, length)
			bufs, res := runAll(ctx, groups, inputs)
			for i, r := range res {
				if r.err != nil || r.members != n {
					t.Fatalf("op 0, member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n)
				}
			}
			checkSum(t, spec, inputs, bufs, allRanks(n))
			expelled := make(chan bool, 1)
			if tc.midOp {
				groups[by].hooks.beforeSend = func(op uint64, round, step int) ([]byte, bool) {
					if op == 1 && round == 0 && step == 1 {
						go func() {
							expelled <- groups[by].Expel(nodes[convict].host.ID(), "convicted of faulty work", conviction(nodes[convict].host.ID()))
						}()
					}
					return nil, false
				}
			} else {
				expelled <- groups[by].Expel(nodes[convict].host.ID(), "convicted of faulty work", conviction(nodes[convict].host.ID()))
			}
			if tc.midOp {
				// The operation in progress completes, the convict in it.
				bufs, res = runAll(ctx, groups, inputs)
				for i, r := range res {
					if r.err != nil || r.members != n {
						t.Fatalf("op 1, member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n)
					}
				}
				checkSum(t, spec, inputs, bufs, allRanks(n))
			}
			bufs, res = runAll(ctx, groups, inputs)
			if !<-expelled {
				t.Fatal("Expel reported the convict not in the view")
			}
			if !errors.Is(res[convict].err, ErrExcluded) {
				t.Errorf("the convict: AllReduce error %v; want ErrExcluded", res[convict].err)
			}
			survivors := []int{0, 2, 3}
			for _, i := range survivors {
				if r := res[i]; r.err != nil || r.members != n-1 {
					t.Fatalf("after Expel, member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-1)
				}
			}
			checkSum(t, spec, inputs, bufs, survivors)
			for _, i := range survivors {
				f := logs[i].all()
				if len(f) != 1 || f[0].Peer != nodes[convict].host.ID() || f[0].Kind != FaultGarbage || !containsText(f[0].Detail, "expelled: convicted") {
					t.Errorf("member %d reported %v; want the convict dropped as expelled", i, f)
				}
			}
			// The ring goes on without it; expelling it again is a no-op.
			live := []*Group{groups[0], groups[2], groups[3]}
			liveIn := [][]float32{inputs[0], inputs[2], inputs[3]}
			bufs, res = runAll(ctx, live, liveIn)
			for i, r := range res {
				if r.err != nil || r.members != n-1 {
					t.Fatalf("then, survivor %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-1)
				}
			}
			checkSum(t, spec, liveIn, bufs, allRanks(n-1))
			if groups[0].Expel(nodes[convict].host.ID(), "again", nil) {
				t.Error("Expel of a member no longer in the view reported true")
			}
			if groups[0].Expel(nodes[0].host.ID(), "self", nil) {
				t.Error("a member expelled itself")
			}
		})
	}
}

// conviction is the tests' stand-in for the node's proof of conviction
// (a quorum's signed attestations), which convictingParams accepts.
func conviction(p peer.ID) []byte { return []byte("convicted: " + p.String()) }

// convictingParams are testParams whose Convicted accepts conviction(p)
// against p, and nothing else.
func convictingParams() Params {
	p := testParams()
	p.Convicted = func(who peer.ID, ev []byte) error {
		if string(ev) != string(conviction(who)) {
			return fmt.Errorf("not a conviction of %s", who)
		}
		return nil
	}
	return p
}

// TestFalseAccuser: a member of a 4-ring accuses its honest predecessor
// of garbage. With evidence that does not show it (a conviction that is
// not one, honest hop records that agree) it is dropped alone, its
// predecessor keeping its seat; without evidence (an unprovable claim)
// both are dropped. The survivors' next operation is bit-identical, the
// sum of their own inputs, and each reports the drops as such.
func TestFalseAccuser(t *testing.T) {
	const n, length, liar, victim = 4, 5003, 3, 2
	for _, tc := range []struct {
		name    string
		accuse  func(g *Group, victim peer.ID, rec OpRecord)
		dropped map[int]FaultKind
	}{
		{"false conviction", func(g *Group, v peer.ID, _ OpRecord) {
			g.Expel(v, "convicted of faulty work", []byte("no quorum signed this"))
		}, map[int]FaultKind{liar: FaultFalseProof}},
		{"hop records that agree", func(g *Group, v peer.ID, rec OpRecord) {
			m := transcript.Mismatch{Pred: rec.Statement(victim), Succ: rec.Statement(liar)}
			g.accuseProven(v, "lied about a hop", mismatchEvidence(rec.Op, v, g.self, m))
			g.markBroken(g.m.Epoch())
		}, map[int]FaultKind{liar: FaultFalseProof}},
		{"unprovable garbage", func(g *Group, v peer.ID, _ OpRecord) {
			g.accuse(v, FaultGarbage, "a malformed frame only it saw")
			g.markBroken(g.m.Epoch())
		}, map[int]FaultKind{liar: FaultDisputed, victim: FaultDisputed}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			nodes := startNodes(t, n)
			spec := DefaultSpec(GroupID{17}, ids(nodes), nil, length)
			spec.ChunkBytes, spec.Quorum, spec.Transcripts = 4<<10, 2, true
			groups := make([]*Group, n)
			logs := make([]*faultLog, n)
			for i, nd := range nodes {
				p := convictingParams()
				logs[i] = &faultLog{}
				p.OnFault = logs[i].add
				p.Log = testLogger(t, fmt.Sprint(i))
				p.Witness = hashWitness{nd.host.ID()}
				g, err := nd.svc.NewGroup(spec, p)
				if err != nil {
					t.Fatal(err)
				}
				groups[i] = g
			}
			inputs := randomInputs(17, n, length)
			_, res := runAll(ctx, groups, inputs)
			for i, r := range res {
				if r.err != nil || r.members != n {
					t.Fatalf("op 0, member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n)
				}
			}
			rec, ok := groups[liar].LastOp()
			if !ok {
				t.Fatal("no records of op 0")
			}
			tc.accuse(groups[liar], nodes[victim].host.ID(), rec)
			bufs, res := runAll(ctx, groups, inputs)
			var survivors []int
			for i, r := range res {
				if _, out := tc.dropped[i]; out {
					if !errors.Is(r.err, ErrExcluded) {
						t.Errorf("member %d: AllReduce error %v; want ErrExcluded", i, r.err)
					}
					continue
				}
				survivors = append(survivors, i)
				if r.err != nil || r.members != n-len(tc.dropped) {
					t.Fatalf("member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-len(tc.dropped))
				}
			}
			checkSum(t, spec, inputs, bufs, survivors)
			for _, i := range survivors {
				got := map[int]FaultKind{}
				for _, f := range logs[i].all() {
					got[slices.IndexFunc(nodes, func(nd *node) bool { return nd.host.ID() == f.Peer })] = f.Kind
				}
				if !maps.Equal(got, tc.dropped) {
					t.Errorf("member %d reported drops %v; want %v", i, got, tc.dropped)
				}
			}
		})
	}
}

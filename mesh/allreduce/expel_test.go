package allreduce

import (
	"errors"
	"testing"
)

// TestExpelMember: a member that the job convicted is expelled on
// purpose (Group.Expel) by one survivor only, between operations or in
// the middle of one (which completes with every member); the next
// operation runs without it at every survivor, with bit-identical sums of the
// survivors' inputs, the expelled member finds itself excluded, and every
// survivor reports it dropped for the reason given.
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
			groups, logs := newFaultGroups(t, nodes, spec, testParams())
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
						go func() { expelled <- groups[by].Expel(nodes[convict].host.ID(), "convicted of faulty work") }()
					}
					return nil, false
				}
			} else {
				expelled <- groups[by].Expel(nodes[convict].host.ID(), "convicted of faulty work")
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
			if groups[0].Expel(nodes[convict].host.ID(), "again") {
				t.Error("Expel of a member no longer in the view reported true")
			}
			if groups[0].Expel(nodes[0].host.ID(), "self") {
				t.Error("a member expelled itself")
			}
		})
	}
}

package allreduce

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
)

// TestFalseSilence: a member of a 4-ring on real hosts claims that its
// honest predecessor sent it nothing (a lie nobody can check: silence
// leaves no evidence). Both answer the coordinator and neither held a
// chunk up, so it is a dispute (membership's silence rule): nobody is
// dropped, the next operation runs with all four in a ring that keeps the
// pair apart, with the sum of all four inputs. The liar then claims the
// same of its new predecessor: now in disputes with two members, it is
// dropped alone, and every survivor reports it so; the honest members
// run on as three.
func TestFalseSilence(t *testing.T) {
	const n, length, liar, victim = 4, 5003, 3, 2
	ctx := testCtx(t)
	nodes := startNodes(t, n)
	spec := DefaultSpec(GroupID{0x16}, ids(nodes), nil, length)
	spec.ChunkBytes, spec.Quorum, spec.Transcripts = 4<<10, 2, true
	groups := make([]*Group, n)
	logs := make([]*faultLog, n)
	for i, nd := range nodes {
		p := testParams()
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
	index := func(p peer.ID) int { return slices.IndexFunc(nodes, func(nd *node) bool { return nd.host.ID() == p }) }
	inputs := randomInputs(0x16, n, length)
	run := func(what string, gs []int, members int) {
		t.Helper()
		var live []*Group
		var in [][]float32
		for _, i := range gs {
			live, in = append(live, groups[i]), append(in, inputs[i])
		}
		bufs, res := runAll(ctx, live, in)
		for k, r := range res {
			if r.err != nil || r.members != members {
				t.Fatalf("%s, member %d: AllReduce = %d, %v; want %d, nil", what, gs[k], r.members, r.err, members)
			}
		}
		checkSum(t, spec, in, bufs, allRanks(len(gs)))
	}
	lie := func(about int) {
		g := groups[liar]
		g.accuse(nodes[about].host.ID(), FaultMissed, "sent no chunk for 1m0s (a lie)")
		g.markBroken(g.m.Epoch())
	}
	pred := func(ring []peer.ID, i int) int {
		k := slices.Index(ring, nodes[i].host.ID())
		return index(ring[(k-1+len(ring))%len(ring)])
	}

	run("op 0", allRanks(n), n)
	if p := pred(groups[liar].Members(), liar); p != victim {
		t.Fatalf("the liar's predecessor is %d; want %d", p, victim)
	}
	lie(victim)
	run("after the first lie", allRanks(n), n)
	ring := groups[0].Members()
	for i := range n {
		if f := logs[i].all(); len(f) != 0 {
			t.Errorf("member %d reported faults %v after a dispute; want none", i, f)
		}
		if r := groups[i].Members(); !slices.Equal(r, ring) {
			t.Fatalf("member %d runs ring %v, member 0 %v", i, r, ring)
		}
	}
	k := slices.Index(ring, nodes[liar].host.ID())
	if nb := []int{index(ring[(k+1)%n]), index(ring[(k-1+n)%n])}; slices.Contains(nb, victim) {
		t.Fatalf("ring %v keeps the disputed pair (%d, %d) neighbours", ring, liar, victim)
	}
	second := pred(ring, liar)
	lie(second)
	bufs, res := runAll(ctx, groups, inputs)
	if !errors.Is(res[liar].err, ErrExcluded) {
		t.Fatalf("the liar, after its second lie: AllReduce = %d, %v; want ErrExcluded", res[liar].members, res[liar].err)
	}
	honest := []int{0, 1, 2}
	for _, i := range honest {
		if r := res[i]; r.err != nil || r.members != n-1 {
			t.Fatalf("after the second lie, member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-1)
		}
	}
	checkSum(t, spec, inputs, bufs, honest)
	for _, i := range honest {
		f := logs[i].all()
		if len(f) != 1 || f[0].Peer != nodes[liar].host.ID() || f[0].Kind != FaultSilence {
			t.Errorf("member %d reported %v; want the liar (%d) dropped for a lost silence dispute", i, f, liar)
		}
	}
	run("then", honest, n-1)
}

package allreduce

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/ringorder"
)

// TestRingOrderAgreed: members of a real ring on loopback measure their
// round trips, gather them through one all-reduce, and hold the same
// matrix, every entry measured, and the ordered spec follows the rule's
// decision.
func TestRingOrderAgreed(t *testing.T) {
	const n = 5
	nodes := startNodes(t, n)
	ctx := testCtx(t)
	members := ids(nodes)
	spec := DefaultSpec(GroupID{'r', 't', 't'}, members, nil, n*n)
	groups := newGroups(t, nodes, spec, testParams())
	mats := make([][][]int64, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i, g := range groups {
		wg.Go(func() {
			if _, err := g.Form(ctx); err != nil {
				errs[i] = err
				return
			}
			row, err := MeasureRTT(ctx, nodes[i].host.Host, members, 3)
			if err != nil {
				errs[i] = err
				return
			}
			mats[i], errs[i] = AgreeRTT(ctx, g, i, row)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("member %d: %v", i, err)
		}
	}
	for i := range n {
		for j := range n {
			if i != j && mats[0][i][j] <= 0 {
				t.Errorf("round trip %d→%d = %d µs, want measured", i, j, mats[0][i][j])
			}
		}
	}
	for i := 1; i < n; i++ {
		if !slices.EqualFunc(mats[0], mats[i], slices.Equal) {
			t.Fatalf("member %d holds %v, member 0 %v", i, mats[i], mats[0])
		}
	}
	// Which order the rule takes depends on the round trips measured
	// (on a loaded machine, even loopback's reach milliseconds); what
	// must hold is that the spec follows the decision.
	got, d := OrderedSpec(spec, mats[0], ringorder.DefaultMargin)
	if d.Tour == (got.Digest() == spec.Digest()) || len(got.Members) != n || got.Members[0] != spec.Members[0] {
		t.Errorf("decision %+v gave members %v (award %v)", d, got.Members, spec.Members)
	}
	t.Logf("matrix %v: %s", mats[0], d.Reason)
}

// TestAwaitMembersLateJoiner: a member that joins the round-trip group
// after the others got there (its award or recipe came late) is waited
// for, not dropped: every member forms the ring with all four and
// AgreeRTT gets every row. While it has not joined, the wait names it.
// Without the wait the first to form drops it (no group there yet) and
// AgreeRTT fails at every member, "3 of 4 members contributed".
func TestAwaitMembersLateJoiner(t *testing.T) {
	const n = 4
	nodes := startNodes(t, n)
	ctx := testCtx(t)
	members := ids(nodes)
	spec := DefaultSpec(GroupID{'l', 'a', 't', 'e'}, members, nil, n*n)
	spec.Quorum = 1
	groups := newGroups(t, nodes[:n-1], spec, testParams())
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	err := groups[0].AwaitMembers(short)
	cancel()
	if err == nil || !strings.Contains(err.Error(), members[n-1].String()) {
		t.Fatalf("waiting while member %d has not joined: %v; want an error naming it", n-1, err)
	}
	mats := make([][][]int64, n)
	formed := make([]Formed, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	run := func(i int, g *Group) {
		if errs[i] = g.AwaitMembers(ctx); errs[i] != nil {
			return
		}
		row, err := MeasureRTT(ctx, nodes[i].host.Host, members, 3)
		if err != nil {
			errs[i] = err
			return
		}
		if formed[i], errs[i] = g.Form(ctx); errs[i] != nil {
			return
		}
		mats[i], errs[i] = AgreeRTT(ctx, g, i, row)
	}
	for i, g := range groups {
		wg.Go(func() { run(i, g) })
	}
	// The others are waiting (or about to): now the late one joins.
	groups = append(groups, newGroups(t, nodes[n-1:], spec, testParams())...)
	wg.Go(func() { run(n-1, groups[n-1]) })
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("member %d: %v", i, err)
		}
		if len(formed[i].Members) != n {
			t.Errorf("member %d formed %v; want all %d", i, formed[i], n)
		}
		if !slices.EqualFunc(mats[0], mats[i], slices.Equal) {
			t.Errorf("member %d holds %v, member 0 %v", i, mats[i], mats[0])
		}
	}
}

// TestRingOrderChangesTheBits: the same inputs summed by the same
// members in another ring order end bit-identical at every member of
// each ring, and differ between the two orders: which is why the order is
// in the spec's digest and fixed for a job.
func TestRingOrderChangesTheBits(t *testing.T) {
	const n, length = 4, 4096
	nodes := startNodes(t, n)
	ctx := testCtx(t)
	inputs := randomInputs(7, n, length)
	award := DefaultSpec(GroupID{'a', 'w'}, ids(nodes), nil, length)
	tour, _ := OrderedSpec(award, [][]int64{
		{0, 160_000, 10_000, 160_000}, {160_000, 0, 160_000, 10_000},
		{10_000, 160_000, 0, 160_000}, {160_000, 10_000, 160_000, 0}}, ringorder.DefaultMargin)
	if slices.Equal(tour.Members, award.Members) || tour.Digest() == award.Digest() {
		t.Fatalf("two continents interleaved kept award order")
	}
	tour.ID = GroupID{'t', 'o'}
	want := map[peer.ID]int{}
	for i, p := range award.Members {
		want[p] = i
	}
	var sums [2][]float32
	for k, spec := range []Spec{award, tour} {
		ordered := make([]*node, n)
		in := make([][]float32, n)
		for i, p := range spec.Members {
			ordered[i], in[i] = nodes[want[p]], inputs[want[p]]
		}
		bufs, res := runAll(ctx, newGroups(t, ordered, spec, testParams()), in)
		for i, r := range res {
			if r.err != nil || r.members != n {
				t.Fatalf("order %d, member %d: %d members, %v", k, i, r.members, r.err)
			}
		}
		checkSum(t, spec, in, bufs, allRanks(n))
		sums[k] = bufs[0]
	}
	differ := 0
	for j := range length {
		if math.Float32bits(sums[0][j]) != math.Float32bits(sums[1][j]) {
			differ++
		}
	}
	if differ == 0 {
		t.Fatalf("award order and the tour summed to the same bits")
	}
	t.Logf("%d of %d sums differ in their bits between the two orders", differ, length)
}

package allreduce

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
)

func TestBlame(t *testing.T) {
	m := []peer.ID{"m0", "m1", "m2", "m3"}
	missed := func(by, p int) claim {
		return claim{By: m[by], Accusation: accusation{Peer: m[p], Kind: FaultMissed, Detail: fmt.Sprintf("%d waited on %d", by, p)}}
	}
	// garbage is a proven accusation (its evidence checked), unproven
	// one without evidence, falseProof one with evidence that failed.
	garbage := func(by, p int) claim {
		return claim{By: m[by], Accusation: accusation{Peer: m[p], Kind: FaultGarbage, Detail: "garbage", Evidence: []byte{1}, Proven: true}}
	}
	unproven := func(by, p int) claim {
		return claim{By: m[by], Accusation: accusation{Peer: m[p], Kind: FaultGarbage, Detail: "garbage"}}
	}
	falseProof := func(by, p int) claim {
		return claim{By: m[by], Accusation: accusation{Peer: m[p], Kind: FaultGarbage, Detail: "garbage", Evidence: []byte{1}}}
	}
	for _, tc := range []struct {
		name     string
		claims   []claim
		silent   []int // did not answer the probe
		want     []int
		wantKind map[int]FaultKind
	}{
		{"none", nil, nil, nil, nil},
		{"one deadline", []claim{missed(3, 2)}, nil, []int{2}, nil},
		// m2 went silent: m3 timed out on it, m0 on m3 and m1 on m0
		// (the 4-ring of TestSilentMember, before this rule).
		{"chain ends at the silent member", []claim{missed(3, 2), missed(0, 3), missed(1, 0)}, nil, []int{2}, nil},
		{"order does not matter", []claim{missed(1, 0), missed(0, 3), missed(3, 2)}, nil, []int{2}, nil},
		{"dead member at the end", []claim{missed(0, 3), missed(3, 2)}, []int{2}, []int{2}, nil},
		{"an accuser that did not answer is not excused", []claim{missed(0, 3), missed(3, 2)}, []int{3}, []int{2, 3}, nil},
		{"cycle: all stand", []claim{missed(0, 3), missed(3, 2), missed(2, 1), missed(1, 0)}, nil, []int{0, 1, 2, 3}, nil},
		{"proven garbage always stands", []claim{garbage(1, 0), missed(0, 3), missed(3, 2)}, nil, []int{0, 2}, map[int]FaultKind{0: FaultGarbage}},
		{"proven garbage wins over missed", []claim{missed(3, 2), garbage(3, 2)}, nil, []int{2}, map[int]FaultKind{2: FaultGarbage}},
		{"garbage accusers wait on nobody", []claim{garbage(3, 2), missed(0, 3)}, nil, []int{2, 3}, nil},
		{"unproven garbage drops both sides", []claim{unproven(1, 0)}, nil, []int{0, 1}, map[int]FaultKind{0: FaultDisputed, 1: FaultDisputed}},
		{"unproven garbage of a silent member", []claim{unproven(1, 0)}, []int{0}, []int{0}, map[int]FaultKind{0: FaultGarbage}},
		{"a false proof drops its maker alone", []claim{falseProof(1, 0)}, nil, []int{1}, map[int]FaultKind{1: FaultFalseProof}},
		{"a false prover's word counts for nothing", []claim{falseProof(1, 0), missed(1, 2)}, nil, []int{1}, map[int]FaultKind{1: FaultFalseProof}},
		{"a convict's word counts for nothing", []claim{garbage(1, 0), unproven(0, 2), missed(0, 3)}, nil, []int{0}, map[int]FaultKind{0: FaultGarbage}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			answered := func(p peer.ID) bool {
				for _, s := range tc.silent {
					if m[s] == p {
						return false
					}
				}
				return true
			}
			got := blame(tc.claims, answered)
			var want []peer.ID
			for _, i := range tc.want {
				want = append(want, m[i])
			}
			keys := slices.Sorted(maps.Keys(got))
			if !slices.Equal(keys, want) {
				t.Fatalf("blame(%v) drops %v; want %v", tc.claims, keys, want)
			}
			for i, k := range tc.wantKind {
				if got[m[i]].Kind != k {
					t.Errorf("%s dropped for %v; want %v", m[i], got[m[i]].Kind, k)
				}
			}
		})
	}
}

// TestLateStarterWithinStartTimeout: one member of a 4-ring calls
// AllReduce three chunk deadlines after the others (a slower GPU), well
// within StartTimeout. The chunks the others wait for in their first
// round carry its contribution, so they must wait for it by StartTimeout,
// not ChunkTimeout: nobody is dropped, and the sum is exact.
func TestLateStarterWithinStartTimeout(t *testing.T) {
	const n, length, late = 4, 20011, 2
	const chunkTimeout = time.Second
	ctx := testCtx(t)
	nodes := startNodes(t, n)
	spec := DefaultSpec(GroupID{0x0d}, ids(nodes), nil, length)
	spec.ChunkBytes = 4 << 10
	p := testParams()
	p.ChunkTimeout = chunkTimeout
	p.StartTimeout = time.Minute
	groups, logs := newFaultGroups(t, nodes, spec, p)
	if err := formAll(ctx, groups); err != nil {
		t.Fatal(err)
	}
	inputs := randomInputs(16, n, length)
	bufs := make([][]float32, n)
	res := make([]result, n)
	done := make(chan int, n)
	for i, g := range groups {
		bufs[i] = slices.Clone(inputs[i])
		go func() {
			if i == late {
				// The skew under test: this member's compute takes
				// longer. Not a wait for an event.
				time.Sleep(3 * chunkTimeout)
			}
			m, err := g.AllReduce(ctx, bufs[i])
			res[i] = result{m, err}
			done <- i
		}()
	}
	for range n {
		select {
		case <-done:
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		}
	}
	for i, r := range res {
		if r.err != nil || r.members != n {
			t.Fatalf("member %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n)
		}
		if f := logs[i].all(); len(f) != 0 {
			t.Errorf("member %d reported faults %v; want none", i, f)
		}
	}
	checkExact(t, exactSum(t, spec, inputs), bufs)
}

// formAll forms every group at once.
func formAll(ctx context.Context, groups []*Group) error {
	errs := make([]error, len(groups))
	var wg sync.WaitGroup
	for i, g := range groups {
		wg.Go(func() {
			if _, err := g.Form(ctx); err != nil {
				errs[i] = fmt.Errorf("member %d: %w", i, err)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// TestDecideDefersToAdoptedView: a coordinator that finds a member already
// in the epoch it was asked for (another coordinator decided it) sends the
// askers there, rather than decide a second ring for the same epoch.
func TestDecideDefersToAdoptedView(t *testing.T) {
	nodes := startNodes(t, 3)
	spec := DefaultSpec(GroupID{0x0e}, ids(nodes), nil, 100)
	groups := newGroups(t, nodes, spec, testParams())
	g := groups[1]
	replies := map[peer.ID]probeReply{
		groups[0].self: {Epoch: 1}, // adopted epoch 1 (its accusations cleared)
		groups[1].self: {Epoch: 0, Accuse: []accusation{{Peer: groups[0].self, Kind: FaultMissed}}},
		groups[2].self: {Epoch: 0},
	}
	accused := map[peer.ID]accusation{groups[0].self: {Peer: groups[0].self, Kind: FaultMissed}}
	if d := g.decide(1, g.m.View(), replies, accused); d.Redirect != groups[0].self {
		t.Fatalf("decision %+v; want a redirect to member 0, which holds epoch 1", d)
	}
	replies[groups[0].self] = probeReply{Epoch: 0}
	if d := g.decide(1, g.m.View(), replies, accused); d.View == nil || len(d.View.Members) != 2 {
		t.Fatalf("decision %+v; want member 1 to coordinate a ring without member 0", d)
	}
}

// decide is the coordinator's rule as this member applies it.
func (g *Group) decide(epoch uint64, old view, replies map[peer.ID]probeReply, accused map[peer.ID]accusation) decision {
	return membership.Decide(membership.Spec[peer.ID]{Members: g.spec.Members, Standbys: g.spec.Standbys, Quorum: g.spec.Quorum}, g.self, epoch, old, replies, accused)
}

// blame is the coordinator's rule 3 (membership.Blame).
func blame(claims []claim, answered func(peer.ID) bool) map[peer.ID]accusation {
	return membership.Blame(claims, answered)
}

package node

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
)

// TestJoinStateSkipsSilentMembers: a called-in standby takes the state
// it starts from from the members that name it, not waiting for ever on
// one that died since the call-in (stopped here) or never reached the
// step (it holds no state): it asked every member again until the job
// ended, so the ring waited on a standby that never started. Members
// that name different states are still refused.
func TestJoinStateSkipsSilentMembers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := newJobNet(t, ctx, jobNetOptions{providers: 4, config: func(_ int, c *Config) { c.Jobs.StartTimeout = 4 * time.Second }})
	job := auction.Hash{0x51}
	const step = 5
	st := &checkpoint.State{JobID: job, Step: step, Meta: []byte{1}, Tensors: []checkpoint.Tensor{{Name: "w", Data: []float32{1, 2, 3}}}}
	h, err := checkpoint.Hash(st)
	if err != nil {
		t.Fatal(err)
	}
	hold := func(i int, st *checkpoint.State) {
		h, err := checkpoint.Hash(st)
		if err != nil {
			t.Fatal(err)
		}
		net.nodes[i].audit.track(job, 0, nil)
		if err := net.nodes[i].audit.putState(job, h, st); err != nil {
			t.Fatal(err)
		}
	}
	hold(1, st)
	hold(2, st)
	// Node 3 holds nothing (it never reached the step); node 4 died.
	net.nodes[3].audit.track(job, 0, nil)
	dead := net.nodes[4].host.ID()
	net.stop(4)
	standby := net.nodes[0]
	ring := []peer.ID{standby.host.ID(), net.nodes[1].host.ID(), net.nodes[2].host.ID(), net.nodes[3].host.ID(), dead}
	jr := &jobRun{id: job}
	got, gotHash, err := standby.joinState(ctx, jr, ring, step, false)
	if err != nil {
		t.Fatalf("joinState with two members naming the state, one without it and one dead: %v", err)
	}
	if gotHash != commit.Hash(h) || got.Step != step || len(got.Tensors) != 1 || got.Tensors[0].Data[2] != 3 {
		t.Fatalf("joinState = step %d, hash %s; want step %d, hash %s", got.Step, gotHash.Short(), step, commit.Hash(h).Short())
	}

	// A member naming another state: refused, as before.
	other := *st
	other.Tensors = []checkpoint.Tensor{{Name: "w", Data: []float32{1, 2, 4}}}
	hold(3, &other)
	if _, _, err := standby.joinState(ctx, jr, ring, step, false); err == nil {
		t.Fatal("joinState took a state while two members named different ones")
	}
	// Nobody names it: a clear error, within the bound.
	if _, _, err := standby.joinState(ctx, jr, ring, step+1, false); !errors.Is(err, ErrNoState) {
		t.Fatalf("joinState of a step nobody holds: %v; want ErrNoState", err)
	}
}

// TestJoinPoints: in compressed DiLoCo (two all-reduces an outer step,
// statistics then values) a standby joins at an outer step's statistics
// or a hash comparison, never at its values, whose statistics it never
// took part in (Recipe.joinPoint, the membership core's rule); in
// overlapped DiLoCo only from a receipt period's end; other jobs join at
// every operation, as before (no rule). The join state of a
// compressed member zeroes its error-feedback residual as it does its
// inner optimizer: every member names the same one.
func TestJoinPoints(t *testing.T) {
	r := &Recipe{Steps: 20, LocalSteps: 5, HashEvery: 10, Compression: "int4"}
	// op: 0 stats(5) 1 values 2 stats(10) 3 values 4 hash(10) 5 stats(15)
	// 6 values 7 stats(20) 8 values 9 hash(20).
	want := map[uint64]joinPoint{0: {op: 0}, 2: {op: 2, from: 5}, 4: {op: 4, from: 10, hash: true}, 5: {op: 5, from: 10}, 7: {op: 7, from: 15}, 9: {op: 9, from: 20, hash: true}}
	jp := r.joinPoint()
	if jp == nil {
		t.Fatal("no join-point rule for a compressed job")
	}
	for op := range uint64(12) {
		got, ok := r.joinAt(op)
		w, wok := want[op]
		if ok != wok || ok && got != w || jp(op) != wok {
			t.Errorf("op %d: joinAt %+v, %v, joinPoint %v; want %+v, %v", op, got, ok, jp(op), w, wok)
		}
	}
	// A witness of a rejoin at a join point compares its ring with the
	// ring of the round before's last all-reduce: a compressed one's
	// values (Recipe.roundLastOp).
	for step, op := range map[uint64]uint64{5: 1, 10: 3, 15: 6, 20: 8} {
		if got, ok := r.roundLastOp(step); !ok || got != op {
			t.Errorf("compressed: the round ending at step %d ends with op %d, %v; want %d", step, got, ok, op)
		}
	}
	if _, ok := r.roundLastOp(7); ok {
		t.Error("compressed: a round ends at step 7; want none")
	}
	// Uncompressed, it is the step's all-reduce (stepOp, which the hop
	// checks use).
	for _, o := range []*Recipe{{Steps: 20, LocalSteps: 5, HashEvery: 10}, {Steps: 20, HashEvery: 10}, {Steps: 9, LocalSteps: 4, HashEvery: 4}} {
		for step := range uint64(o.Steps) + 2 {
			got, ok := o.roundLastOp(step)
			want, wok := o.stepOp(step)
			if ok != wok || got != want {
				t.Errorf("%+v: step %d: roundLastOp %d, %v; want stepOp's %d, %v", o, step, got, ok, want, wok)
			}
		}
	}
	// Overlapped: a round's sum lands a round late, except at a receipt
	// period's end; a standby joins only where nothing is in flight.
	// op: 0 round 5 (from 0) 1 round 10, synchronous (from 5: no) 2 hash(10)
	// 3 round 15 (from 10) 4 round 20 (from 15: no) 5 hash(20).
	ov := &Recipe{Steps: 20, LocalSteps: 5, HashEvery: 10, Overlap: true}
	want = map[uint64]joinPoint{0: {op: 0}, 2: {op: 2, from: 10, hash: true}, 3: {op: 3, from: 10}, 5: {op: 5, from: 20, hash: true}}
	if jp = ov.joinPoint(); jp == nil {
		t.Fatal("no join-point rule for an overlapped job")
	}
	for op := range uint64(8) {
		got, ok := ov.joinAt(op)
		w, wok := want[op]
		if ok != wok || ok && got != w || jp(op) != wok {
			t.Errorf("overlapped, op %d: joinAt %+v, %v, joinPoint %v; want %+v, %v", op, got, ok, jp(op), w, wok)
		}
	}
	// A rejoin there is witnessed from the ring of the period's last,
	// synchronous round; no other overlapped round ends with its sum.
	for step, op := range map[uint64]uint64{10: 1, 20: 4} {
		if got, ok := ov.roundLastOp(step); !ok || got != op {
			t.Errorf("overlapped: the round ending at step %d ends with op %d, %v; want %d", step, got, ok, op)
		}
	}
	for _, step := range []uint64{5, 15, 7} {
		if got, ok := ov.roundLastOp(step); ok {
			t.Errorf("overlapped: the round ending at step %d ends with op %d; want none (its sum lands a round late)", step, got)
		}
	}
	for _, o := range []*Recipe{{Steps: 20, LocalSteps: 5, HashEvery: 10}, {Steps: 20, HashEvery: 10}} {
		if o.joinPoint() != nil {
			t.Errorf("%+v: a join-point rule; want none (every operation)", o)
		}
	}
	a := &checkpoint.State{Step: 5, Meta: []byte{0, 0, 0, 0, 0, 0, 0, 5}, Tensors: []checkpoint.Tensor{
		{Name: "params", Data: []float32{1, 2}}, {Name: "opt.m", Data: []float32{3, 4}}, {Name: "outer.anchor", Data: []float32{1, 2}},
		{Name: "outer.v", Data: []float32{5, 6}}, {Name: "outer.residual", Data: []float32{7, 8}}}}
	b := *a
	b.Tensors = append([]checkpoint.Tensor(nil), a.Tensors...)
	b.Tensors[1] = checkpoint.Tensor{Name: "opt.m", Data: []float32{-3, 9}}
	b.Tensors[4] = checkpoint.Tensor{Name: "outer.residual", Data: []float32{-7, 0.5}}
	ha, err := checkpoint.Hash(joinStateOf(a))
	if err != nil {
		t.Fatal(err)
	}
	if hb, err := checkpoint.Hash(joinStateOf(&b)); err != nil || hb != ha {
		t.Errorf("two members' join states hash %x and %x (%v); want one", ha[:6], hb[:6], err)
	}
	if d, _ := joinStateOf(a).Get("outer.residual"); d[0] != 0 || d[1] != 0 {
		t.Errorf("the join state's residual %v; want zero", d)
	}
	if d, _ := a.Get("outer.residual"); d[0] != 7 {
		t.Errorf("joinStateOf changed the member's own state: residual %v", d)
	}
}

package allreduce

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// kill closes a node abruptly: its streams reset, its host stops answering.
func kill(nd *node) {
	nd.svc.Close()
	nd.host.Close()
}

// killFromHook kills nd from inside one of its own send hooks: its host
// goes at once, before the hook returns, so the member cannot finish the
// operation first (a kill started in a goroutine raced the rest of a
// small operation and sometimes lost: the survivors then saw every member
// finish). Its service closes later, as a dead process's would not matter.
func killFromHook(nd *node) {
	nd.host.Close()
	go nd.svc.Close()
}

// faultLog collects the faults a member reports.
type faultLog struct {
	mu     sync.Mutex
	faults []Fault
}

func (f *faultLog) add(x Fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = append(f.faults, x)
}

func (f *faultLog) all() []Fault {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.faults)
}

// TestKillMidOperation kills one member of a 4-ring while the operation
// runs, in the reduce-scatter and in the all-gather; the survivors must
// finish with the sum of their own inputs, bit-identical, and report the
// dead member.
func TestKillMidOperation(t *testing.T) {
	const n, length = 4, 20011
	for _, tc := range []struct {
		name  string
		round int
		step  int // steps 0..n-2 are reduce-scatter, n-1.. all-gather
	}{
		{"reduce-scatter", 1, 1},
		{"all-gather", 2, n},
		{"last-step", 0, 2*n - 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			nodes := startNodes(t, n)
			spec := DefaultSpec(GroupID{2}, ids(nodes), nil, length)
			spec.ChunkBytes = 4 << 10 // several rounds
			spec.Quorum = 2
			groups, logs := newFaultGroups(t, nodes, spec, testParams())
			const victim = 2
			var once sync.Once
			groups[victim].hooks.afterSend = func(op uint64, round, step int) {
				if op == 0 && round == tc.round && step == tc.step {
					once.Do(func() { killFromHook(nodes[victim]) })
				}
			}
			inputs := randomInputs(11, n, length)
			start := time.Now()
			bufs, res := runAll(ctx, groups, inputs)
			t.Logf("survivors finished in %v", time.Since(start))
			var survivors []int
			for i, r := range res {
				if i == victim {
					if r.err == nil {
						t.Errorf("killed member's AllReduce returned %d members and no error", r.members)
					}
					continue
				}
				if r.err != nil || r.members != n-1 {
					t.Fatalf("survivor %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-1)
				}
				survivors = append(survivors, i)
			}
			checkSum(t, spec, inputs, bufs, survivors)
			// Each survivor's op 0 completed on the ring without the
			// victim (Group.LastRing: the ring its rejoin witnesses
			// compare), run there or taken from the members that did.
			for _, i := range survivors {
				ring, ok := groups[i].LastRing()
				if !ok || ring.Op != 0 || len(ring.Members) != n-1 || slices.Contains(ring.Members, nodes[victim].host.ID()) {
					t.Errorf("survivor %d: last ring %+v (%v); want op 0 on the %d survivors", i, ring, ok, n-1)
				}
			}
			if _, ok := groups[victim].LastRing(); ok {
				t.Errorf("the killed member reports a ring its failed call completed on")
			}
			for _, i := range survivors {
				f := logs[i].all()
				if len(f) != 1 || f[0].Peer != nodes[victim].host.ID() || f[0].Kind != FaultMissed {
					t.Errorf("member %d reported faults %v; want one: member %d stopped answering", i, f, victim)
				}
			}
			// The next operation runs on the re-formed ring.
			inputs2 := randomInputs(12, n, length)
			live := []*Group{groups[0], groups[1], groups[3]}
			bufs2, res2 := runAll(ctx, live, [][]float32{inputs2[0], inputs2[1], inputs2[3]})
			for i, r := range res2 {
				if r.err != nil || r.members != n-1 {
					t.Fatalf("next op, survivor %d: %d, %v", i, r.members, r.err)
				}
			}
			checkSum(t, spec, [][]float32{inputs2[0], inputs2[1], inputs2[3]}, bufs2, []int{0, 1, 2})
		})
	}
}

// silence makes a member go quiet from a chosen chunk on, as one whose
// all-reduce hangs while its host still runs: each lane stops sending, or
// reading, or both, at its next chunk; nothing is closed or reset, and the
// member still answers control requests. It wakes once release is called.
type silence struct {
	send, recv bool // which goroutines of its lanes stop
	once       sync.Once
	quiet      chan struct{} // closed at the chosen chunk
	wake       chan struct{} // closed by release
	woken      sync.Once
}

func newSilence(send, recv bool) *silence {
	return &silence{send: send, recv: recv, quiet: make(chan struct{}), wake: make(chan struct{})}
}

// install makes g go quiet after it sends chunk (op, round, step).
func (s *silence) install(g *Group, op uint64, round, step int) {
	g.hooks.afterSend = func(o uint64, r, k int) {
		if o == op && r == round && k == step {
			s.once.Do(func() { close(s.quiet) })
		}
	}
	hold := func() {
		select {
		case <-s.quiet:
			<-s.wake
		default:
		}
	}
	if s.send {
		g.hooks.beforeSend = func(uint64, int, int) ([]byte, bool) {
			hold()
			return nil, false
		}
	}
	if s.recv {
		g.hooks.beforeRecv = func(uint64, int, int) { hold() }
	}
}

func (s *silence) fell() bool {
	select {
	case <-s.quiet:
		return true
	default:
		return false
	}
}

func (s *silence) release() { s.woken.Do(func() { close(s.wake) }) }

// exactSum is what a ring of the given inputs (in ring order) must hold
// after an all-reduce: the schedule's reference executor, bit for bit.
func exactSum(t *testing.T, spec Spec, inputs [][]float32) []float32 {
	t.Helper()
	l, err := schedule.NewLayout(len(inputs), spec.Len, spec.ChunkBytes/4)
	if err != nil {
		t.Fatal(err)
	}
	bufs := make([][]float32, len(inputs))
	for i, in := range inputs {
		bufs[i] = slices.Clone(in)
	}
	schedule.Execute(l, bufs, func(dst, src []float32) {
		for i, v := range src {
			dst[i] += v
		}
	})
	return bufs[0]
}

// checkExact fails unless every buffer equals want bit for bit.
func checkExact(t *testing.T, want []float32, bufs [][]float32) {
	t.Helper()
	for r, b := range bufs {
		for i := range want {
			if math.Float32bits(b[i]) != math.Float32bits(want[i]) {
				t.Fatalf("member %d element %d = %v; want %v, the exact float32 sum in ring order", r, i, b[i], want[i])
			}
		}
	}
}

// TestSilentMember: a member stays connected but goes silent in the middle
// of an operation, in the reduce-scatter and in the all-gather: it stops
// sending and reading, or only one of the two. No stream is reset and its
// host answers control requests, so only the chunk deadline
// (Params.ChunkTimeout) can tell. The survivors must detect it by that
// deadline, drop it and only it (the members waiting on it time out too:
// the blame rules of mesh/allreduce/membership), re-form the ring without
// it and finish with the exact sum of their own inputs, then run the next
// operation as three; the silent member, once it wakes, finds itself
// dropped. StartTimeout is longer than
// the test's context, so a run that waited on anything but the chunk
// deadline would fail by the context.
func TestSilentMember(t *testing.T) {
	const n, length, victim = 4, 50021, 2
	const chunkTimeout = 2 * time.Second
	for _, tc := range []struct {
		name        string
		round, step int // round 5 and 6 are the second rounds of lanes 1 and 2
		send, recv  bool
	}{
		{"reduce-scatter", 5, 1, true, true},
		{"all-gather", 6, n, true, true},
		{"stops sending/reduce-scatter", 5, 1, true, false},
		{"stops reading/all-gather", 6, n, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			nodes := startNodes(t, n)
			quiet := newSilence(tc.send, tc.recv)
			t.Cleanup(quiet.release) // runs before the hosts close
			spec := DefaultSpec(GroupID{0x0b}, ids(nodes), nil, length)
			spec.ChunkBytes = 4 << 10 // 13 rounds: 3 or 4 per lane
			spec.Quorum = 2
			p := testParams()
			p.ChunkTimeout = chunkTimeout
			p.StartTimeout = 2 * time.Minute
			groups, logs := newFaultGroups(t, nodes, spec, p)
			quiet.install(groups[victim], 0, tc.round, tc.step)
			inputs := randomInputs(14, n, length)
			victimDone := make(chan result, 1)
			go func() {
				buf := slices.Clone(inputs[victim])
				m, err := groups[victim].AllReduce(ctx, buf)
				victimDone <- result{m, err}
			}()
			live := []*Group{groups[0], groups[1], groups[3]}
			liveIn := [][]float32{inputs[0], inputs[1], inputs[3]}
			bufs, res := runAll(ctx, live, liveIn)
			if !quiet.fell() {
				t.Fatal("the victim never went silent")
			}
			for i, r := range res {
				if r.err != nil || r.members != n-1 {
					t.Fatalf("survivor %d: AllReduce = %d, %v; want %d, nil", i, r.members, r.err, n-1)
				}
			}
			checkExact(t, exactSum(t, spec, liveIn), bufs)
			// It went silent, not away: its neighbours are still connected.
			for _, i := range []int{victim - 1, victim + 1} {
				if c := nodes[i].host.Network().Connectedness(nodes[victim].host.ID()); c != network.Connected {
					t.Errorf("member %d's connection to the silent member: %v; want still connected", i, c)
				}
			}
			// By its successor's deadline, or by the note of a member
			// stalled on it when the ring broke (stall.go, and the core's Blame).
			const want = "no chunk for"
			for i, lg := range logs {
				if i == victim {
					continue
				}
				f := lg.all()
				if len(f) != 1 || f[0].Peer != nodes[victim].host.ID() || f[0].Kind != FaultMissed || !strings.Contains(f[0].Detail, want) {
					t.Errorf("member %d reported faults %v; want one: member %d stopped answering, with %q", i, f, victim, want)
				}
			}
			t.Logf("fault as reported: %v", logs[0].all())
			quiet.release()
			select {
			case r := <-victimDone:
				if !errors.Is(r.err, ErrExcluded) {
					t.Errorf("silent member, woken: AllReduce = %d, %v; want ErrExcluded", r.members, r.err)
				}
			case <-ctx.Done():
				t.Fatal("the silent member's AllReduce did not return once woken")
			}
			// The next operation runs on the re-formed ring.
			inputs2 := randomInputs(15, n, length)
			liveIn2 := [][]float32{inputs2[0], inputs2[1], inputs2[3]}
			bufs2, res2 := runAll(ctx, live, liveIn2)
			for i, r := range res2 {
				if r.err != nil || r.members != n-1 {
					t.Fatalf("next op, survivor %d: %d, %v", i, r.members, r.err)
				}
			}
			checkExact(t, exactSum(t, spec, liveIn2), bufs2)
		})
	}
}

// TestGarbageMemberDropped makes one member send garbage, or a chunk of the
// wrong size; its successor accuses it with a clear error. Only the
// successor saw the bytes, and nothing signed shows them, so the
// accusation is one word against another (membership: garbage needs
// proof): both are dropped, "in an unprovable dispute", and the other two
// finish without them, bit-identical.
func TestGarbageMemberDropped(t *testing.T) {
	const n, length = 4, 9001
	for _, tc := range []struct {
		name string
		raw  func(op uint64, round, step int) []byte
		want string
	}{
		{"random bytes", func(uint64, int, int) []byte {
			b := make([]byte, 4096)
			rng := rand.New(rand.NewPCG(1, 1))
			for i := range b {
				b[i] = byte(rng.Uint32())
			}
			b[4] = 0xEE // not a frame kind
			return b
		}, "frame kind"},
		{"wrong size", func(op uint64, round, step int) []byte {
			h := frameHeader{Len: 8, Kind: frameChunk, Codec: codec.FP32, Step: uint16(step), Round: uint32(round), Op: op}
			b := make([]byte, frameHeaderLen+8)
			h.put(b)
			return b
		}, "8-byte chunk"},
		{"wrong step", func(op uint64, round, step int) []byte {
			b := make([]byte, frameHeaderLen)
			h := frameHeader{Len: 0, Kind: frameChunk, Codec: codec.FP32, Step: uint16(step + 1), Round: uint32(round), Op: op}
			h.put(b)
			return b
		}, "want op"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			nodes := startNodes(t, n)
			spec := DefaultSpec(GroupID{3}, ids(nodes), nil, length)
			spec.ChunkBytes = 4 << 10
			spec.Quorum = 2
			groups, logs := newFaultGroups(t, nodes, spec, testParams())
			const liar = 1
			groups[liar].hooks.beforeSend = func(op uint64, round, step int) ([]byte, bool) {
				if op == 0 && round == 0 && step == 1 {
					return tc.raw(op, round, step), true
				}
				return nil, false
			}
			inputs := randomInputs(21, n, length)
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
				got := map[peer.ID]string{}
				for _, f := range logs[i].all() {
					if f.Kind == FaultDisputed {
						got[f.Peer] = f.Detail
					}
				}
				if len(got) != 2 || !containsText(got[nodes[liar].host.ID()], tc.want) || !containsText(got[nodes[liar+1].host.ID()], tc.want) {
					t.Errorf("member %d reported %v; want members %d and %d dropped in a dispute mentioning %q", i, logs[i].all(), liar, liar+1, tc.want)
				}
			}
			t.Logf("fault as reported: %v", logs[0].all())
		})
	}
}

func containsText(s, sub string) bool {
	return len(sub) == 0 || (len(s) >= len(sub) && (s == sub || indexOf(s, sub) >= 0))
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestStandbyCalledIn kills a member of a 3-ring with one standby: the
// survivors finish the operation as two, and the standby joins the ring at
// the next operation, restoring its size.
func TestStandbyCalledIn(t *testing.T) {
	const length = 7001
	ctx := testCtx(t)
	nodes := startNodes(t, 4)
	members, standby := ids(nodes[:3]), nodes[3].host.ID()
	spec := DefaultSpec(GroupID{4}, members, []peer.ID{standby}, length)
	spec.ChunkBytes = 4 << 10
	spec.Quorum = 2
	groups := newGroups(t, nodes, spec, testParams())

	// The standby waits to be called in from the start.
	sbInput := randomInputs(31, 1, length)[0]
	sbBuf := append([]float32(nil), sbInput...)
	sbDone := make(chan result, 1)
	go func() {
		n, err := groups[3].AllReduce(ctx, sbBuf)
		sbDone <- result{n, err}
	}()

	const victim = 1
	var once sync.Once
	groups[victim].hooks.afterSend = func(op uint64, round, step int) {
		if op == 0 && step == 1 {
			once.Do(func() { killFromHook(nodes[victim]) })
		}
	}
	inputs := randomInputs(32, 3, length)
	bufs, res := runAll(ctx, groups[:3], inputs)
	for _, i := range []int{0, 2} {
		if res[i].err != nil || res[i].members != 2 {
			t.Fatalf("survivor %d: %d, %v; want 2, nil", i, res[i].members, res[i].err)
		}
	}
	checkSum(t, spec, inputs, bufs, []int{0, 2})
	select {
	case r := <-sbDone:
		t.Fatalf("standby returned before the next operation: %+v", r)
	default:
	}

	// Next operation: the standby is in.
	inputs2 := randomInputs(33, 3, length)
	live := []*Group{groups[0], groups[2]}
	bufs2, res2 := runAll(ctx, live, [][]float32{inputs2[0], inputs2[2]})
	r := <-sbDone
	if r.err != nil || r.members != 3 {
		t.Fatalf("standby: %d, %v; want 3, nil", r.members, r.err)
	}
	for i, rr := range res2 {
		if rr.err != nil || rr.members != 3 {
			t.Fatalf("member %d at the next op: %d, %v; want 3, nil", i, rr.members, rr.err)
		}
	}
	all := [][]float32{inputs2[0], inputs2[2], sbInput}
	checkSum(t, spec, all, [][]float32{bufs2[0], bufs2[1], sbBuf}, []int{0, 1, 2})
	if got := groups[0].Members(); len(got) != 3 || got[2] != standby {
		t.Errorf("ring after call-in: %v; want the survivors then the standby", got)
	}
}

// TestCalledInStandbyNotStarted: a standby is called in, but its node
// never begins the operation it was called in at (it is still fetching
// the state it starts from). The survivor that waits on it accuses it;
// the standby's probe reply says it holds the ring up, so it is the one
// dropped (back to standby), and both survivors finish the operation as
// two. Before, the standby answered "not holding", the accusation was a
// silence dispute, and at the second one the honest accuser lost its
// seat (CI saw a job hang that way).
func TestCalledInStandbyNotStarted(t *testing.T) {
	const length = 3001
	ctx := testCtx(t)
	nodes := startNodes(t, 4)
	members, standby := ids(nodes[:3]), nodes[3].host.ID()
	spec := DefaultSpec(GroupID{14}, members, []peer.ID{standby}, length)
	spec.ChunkBytes = 4 << 10
	spec.Quorum = 2
	p := testParams()
	p.StartTimeout = 5 * time.Second
	groups := newGroups(t, nodes, spec, p)

	calledIn := make(chan error, 1)
	go func() {
		_, _, err := groups[3].CalledIn(ctx)
		calledIn <- err // and then it never calls AllReduce
	}()
	const victim = 1
	var once sync.Once
	groups[victim].hooks.afterSend = func(op uint64, round, step int) {
		if op == 0 && step == 1 {
			once.Do(func() { killFromHook(nodes[victim]) })
		}
	}
	inputs := randomInputs(34, 3, length)
	_, res := runAll(ctx, groups[:3], inputs)
	for _, i := range []int{0, 2} {
		if res[i].err != nil || res[i].members != 2 {
			t.Fatalf("survivor %d at op 0: %d, %v; want 2, nil", i, res[i].members, res[i].err)
		}
	}
	if err := <-calledIn; err != nil {
		t.Fatalf("standby: CalledIn: %v", err)
	}
	inputs2 := randomInputs(35, 2, length)
	live := []*Group{groups[0], groups[2]}
	bufs2, res2 := runAll(ctx, live, inputs2)
	for i, r := range res2 {
		if r.err != nil || r.members != 2 {
			t.Fatalf("survivor %d at op 1: %d, %v; want 2, nil (the standby that never started dropped, not a survivor)", i, r.members, r.err)
		}
	}
	checkSum(t, spec, inputs2, bufs2, []int{0, 1})
	for _, i := range []int{0, 2} {
		if got := groups[i].Members(); len(got) != 2 || slices.Contains(got, standby) {
			t.Errorf("survivor %d's ring: %v; want the two survivors", i, got)
		}
	}
}

// TestProbeBeforeFinish: a coordinator's probe reaches members between
// their checksum round and recording the operation as completed. Their
// replies said they had not completed it, so they do not: the view
// decides. Here it redoes the operation, because one member answered
// without a result (its node had abandoned the operation, as a node
// stopping does, and then asked again) and none had completed it. Before, a probed member recorded
// the operation anyway and was one operation ahead of the redo ("the
// ring runs operation 13, this member is at 14"), and the ring broke.
func TestProbeBeforeFinish(t *testing.T) {
	const length = 3001
	ctx := testCtx(t)
	nodes := startNodes(t, 3)
	spec := DefaultSpec(GroupID{15}, ids(nodes), nil, length)
	spec.ChunkBytes = 4 << 10
	spec.Quorum = 2
	groups := newGroups(t, nodes, spec, testParams())
	at := make(chan int, 3)
	release := []chan struct{}{make(chan struct{}), make(chan struct{}), make(chan struct{})}
	for i, g := range groups {
		var once sync.Once
		g.hooks.beforeFinish = func(op uint64) {
			once.Do(func() {
				at <- i
				<-release[i]
			})
		}
	}
	inputs := randomInputs(36, 3, length)
	bufs := make([][]float32, 3)
	res := make([]result, 3)
	cctx, cancelC := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for i, g := range groups {
		bufs[i] = append([]float32(nil), inputs[i]...)
		wg.Go(func() {
			c := ctx
			if i == 2 {
				c = cctx
			}
			n, err := g.AllReduce(c, bufs[i])
			if i == 2 && err != nil {
				// Its node asks again, from its input (AllReduce put
				// it back), as the trainer's next attempt would.
				n, err = g.AllReduce(ctx, bufs[i])
			}
			res[i] = result{n, err}
		})
	}
	for range 3 {
		<-at // every member passed its checksum round
	}
	// Member 2 abandons the operation (its result is cleared).
	cancelC()
	close(release[2])
	// A coordinator of epoch 1 probes member 0, which then coordinates
	// (first in ring order): member 1 answers with its result, member 2
	// without one, so the view redoes operation 0 with all three.
	if _, err := groups[0].call(ctx, message{Type: membership.MsgProbe, From: nodes[1].host.ID(), Epoch: 1}); err != nil {
		t.Fatalf("probe: %v", err)
	}
	close(release[0])
	// Member 1 goes on only once member 0's coordination has probed it
	// (its ring of epoch 0 is stale then): its reply said it had not
	// completed the operation either.
	for {
		groups[1].mu.Lock()
		probed := groups[1].m.Stale(0)
		groups[1].mu.Unlock()
		if probed {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("member 0 never probed member 1 (it recorded the operation completed after its reply to epoch 1 said it had not, and never coordinated)")
		case <-time.After(5 * time.Millisecond):
		}
	}
	close(release[1])
	wg.Wait()
	for i, r := range res {
		if r.err != nil || r.members != 3 {
			t.Fatalf("member %d at op 0: %d, %v; want 3, nil", i, r.members, r.err)
		}
	}
	checkSum(t, spec, inputs, bufs, []int{0, 1, 2})
	for i, g := range groups {
		if op := g.Op(); op != 1 {
			t.Errorf("member %d is at operation %d after the first; want 1", i, op)
		}
	}
	inputs2 := randomInputs(37, 3, length)
	bufs2, res2 := runAll(ctx, groups, inputs2)
	for i, r := range res2 {
		if r.err != nil || r.members != 3 {
			t.Fatalf("member %d at op 1: %d, %v; want 3, nil", i, r.members, r.err)
		}
	}
	checkSum(t, spec, inputs2, bufs2, []int{0, 1, 2})
}

// TestFormReportsUnreachable forms a group one of whose members never
// shows up: Form must report it after StartTimeout, not wait for ever, and
// the others must run without it.
func TestFormReportsUnreachable(t *testing.T) {
	const length = 1000
	ctx := testCtx(t)
	nodes := startNodes(t, 4)
	spec := DefaultSpec(GroupID{5}, ids(nodes), nil, length)
	spec.Quorum = 3
	p := testParams()
	p.StartTimeout = 2 * time.Second
	absent := nodes[3]
	kill(absent)
	groups := newGroups(t, nodes[:3], spec, p)
	formed := make([]Formed, 3)
	errs := make([]error, 3)
	var wg sync.WaitGroup
	start := time.Now()
	for i, g := range groups {
		wg.Go(func() { formed[i], errs[i] = g.Form(ctx) })
	}
	wg.Wait()
	t.Logf("formed in %v", time.Since(start))
	for i := range groups {
		if errs[i] != nil {
			t.Fatalf("member %d: Form: %v", i, errs[i])
		}
		if len(formed[i].Members) != 3 || len(formed[i].Dropped) != 1 || formed[i].Dropped[0] != absent.host.ID() {
			t.Fatalf("member %d formed %+v; want 3 members and the absent one dropped", i, formed[i])
		}
	}
	inputs := randomInputs(41, 3, length)
	bufs, res := runAll(ctx, groups, inputs)
	for i, r := range res {
		if r.err != nil || r.members != 3 {
			t.Fatalf("member %d: %d, %v", i, r.members, r.err)
		}
	}
	checkSum(t, spec, inputs, bufs, []int{0, 1, 2})
}

// TestQuorumLost: a 3-ring that needs all three stops when one dies, on
// every survivor, with the inputs left in place.
func TestQuorumLost(t *testing.T) {
	const length = 5000
	ctx := testCtx(t)
	nodes := startNodes(t, 3)
	spec := DefaultSpec(GroupID{6}, ids(nodes), nil, length)
	spec.ChunkBytes = 4 << 10
	spec.Quorum = 3
	groups := newGroups(t, nodes, spec, testParams())
	var once sync.Once
	groups[2].hooks.afterSend = func(op uint64, round, step int) {
		if step == 2 {
			once.Do(func() { killFromHook(nodes[2]) })
		}
	}
	inputs := randomInputs(51, 3, length)
	bufs, res := runAll(ctx, groups, inputs)
	for i := range 2 {
		if !errors.Is(res[i].err, ErrQuorum) {
			t.Fatalf("member %d: %v; want ErrQuorum", i, res[i].err)
		}
		for j, v := range bufs[i] {
			if v != inputs[i][j] {
				t.Fatalf("member %d element %d = %v after a failed operation; want its input %v", i, j, v, inputs[i][j])
			}
		}
	}
}

// TestLaggingMemberFinishes breaks the ring during the checksum round, after
// some members have completed the operation: the ones still in it must
// finish from the others' checksum, not redo it.
func TestLaggingMemberFinishes(t *testing.T) {
	const n, length = 3, 300
	ctx := testCtx(t)
	nodes := startNodes(t, n)
	spec := DefaultSpec(GroupID{7}, ids(nodes), nil, length)
	spec.Quorum = 2
	groups := newGroups(t, nodes, spec, testParams())
	inputs := randomInputs(61, n, length)
	bufs, res := runAll(ctx, groups, inputs)
	for i, r := range res {
		if r.err != nil {
			t.Fatal(i, r.err)
		}
	}
	checkSum(t, spec, inputs, bufs, allRanks(n))
	// A member that completed the op answers probes with it; decide()
	// must hand the others its checksum rather than a redo.
	replies := map[peer.ID]probeReply{}
	for i, g := range groups {
		g.mu.Lock()
		r := probeReply{Epoch: g.m.Epoch(), Op: g.m.Op(), Done: g.m.Last()}
		if i == 2 {
			r = probeReply{Epoch: g.m.Epoch(), Op: 0} // still in op 0
		}
		g.mu.Unlock()
		replies[g.self] = r
	}
	d := groups[0].decide(1, groups[0].m.View(), replies, map[peer.ID]accusation{})
	if d.View == nil || d.View.Op != 1 || d.View.Prev == nil || d.View.Prev.Op != 0 {
		t.Fatalf("decision %+v; want op 1 with op 0's checksum", d)
	}
	// If nobody moved on but everyone left holds the complete result of
	// op 0 with one checksum, op 0 is done: no redo.
	ready := map[peer.ID]probeReply{}
	for _, g := range groups[:2] {
		ready[g.self] = probeReply{Op: 0, Ready: &done{Op: 0, Checksum: 42, Members: n}}
	}
	ready[groups[2].self] = probeReply{Op: 0}
	if d := groups[0].decide(1, groups[0].m.View(), ready, map[peer.ID]accusation{}); d.View == nil || d.View.Op != 0 || d.View.Prev != nil {
		t.Fatalf("one member without the result: decision %+v; want a redo of op 0", d)
	}
	delete(ready, groups[2].self) // the member without it died
	if d := groups[0].decide(1, groups[0].m.View(), ready, map[peer.ID]accusation{}); d.View == nil || d.View.Op != 1 || d.View.Prev == nil || d.View.Prev.Members != n {
		t.Fatalf("all survivors hold the result: decision %+v; want op 0 done with %d members", d, n)
	}
	// Member 2 adopts it while inside op 0 with a complete result.
	g := groups[2]
	_, fin, err := adoptLagging(t, g, d, d.View.Prev.Checksum)
	if err != nil || fin == nil || fin.Members != n {
		t.Fatalf("adopt while lagging: done %+v, %v; want op 0 finished with %d members", fin, err, n)
	}
	// With a different checksum it must refuse rather than pretend.
	if _, _, err := adoptLagging(t, g, d, d.View.Prev.Checksum^1); !errors.Is(err, ErrDiverged) {
		t.Fatalf("adopt with a different result: %v; want ErrDiverged", err)
	}
}

// adoptLagging has a fresh membership core for g's member, inside op 0 with
// a complete result of checksum sum, adopt decision d from the first
// member after its ring broke, and returns what ensureView would.
func adoptLagging(t *testing.T, g *Group, d decision, sum uint64) (view, *done, error) {
	t.Helper()
	m := membership.New(membership.Spec[peer.ID]{Members: g.spec.Members, Standbys: g.spec.Standbys, Quorum: g.spec.Quorum}, g.self, membership.Params{ViewTimeoutNs: int64(time.Minute)})
	m.Step(0, message{Type: membership.MsgResult, Done: &done{Op: 0, Checksum: sum}})
	m.Step(0, message{Type: membership.MsgBroken, Epoch: 0})
	m.Step(0, message{Type: membership.MsgNeedView, Op: 0})
	rd := m.Ready()
	m.Advance()
	if len(rd.Messages) != 1 || rd.Messages[0].Type != membership.MsgJoin || rd.Messages[0].To != g.spec.Members[0] {
		t.Fatalf("after the ring broke, the core asked %+v; want a join to the first member", rd.Messages)
	}
	m.Step(0, message{Type: membership.MsgDecision, From: g.spec.Members[0], Epoch: 1, Decision: &d})
	o := m.Ready().Outcome
	if o == nil {
		t.Fatal("no outcome after the decision")
	}
	return g.outcomeResult(*o)
}

package allreduce

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// node is one peer of a test ring: a real libp2p host on 127.0.0.1.
type node struct {
	host *mesh.Host
	svc  *Service
}

// startNodes starts n hosts on 127.0.0.1 and connects each to the first
// (the ring dials its neighbours directly; this only fills peerstores).
func startNodes(t *testing.T, n int) []*node {
	t.Helper()
	nodes := make([]*node, n)
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range nodes {
		wg.Go(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			p := mesh.LocalParams()
			h, err := mesh.New(ctx, identity.FromSeed(fmt.Appendf(nil, "%s-%d", t.Name(), i)).LibP2P(), p, nil)
			if err != nil {
				errs[i] = err
				return
			}
			for _, a := range h.Addrs() {
				if !strings.HasPrefix(a.String(), "/ip4/127.0.0.1/") {
					errs[i] = fmt.Errorf("host listens on %s; tests must stay on 127.0.0.1", a)
				}
			}
			nodes[i] = &node{host: h, svc: NewService(h, nil)}
		})
	}
	wg.Wait()
	t.Cleanup(func() {
		for _, nd := range nodes {
			if nd != nil {
				nd.svc.Close()
				nd.host.Close()
			}
		}
	})
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, nd := range nodes {
		for _, other := range nodes {
			if nd != other {
				nd.host.Peerstore().AddAddrs(other.host.ID(), other.host.Addrs(), time.Hour)
			}
		}
	}
	return nodes
}

func ids(nodes []*node) []peer.ID {
	out := make([]peer.ID, len(nodes))
	for i, nd := range nodes {
		out[i] = nd.host.ID()
	}
	return out
}

// testParams are deadlines for loopback rings on a busy 2-core machine.
func testParams() Params {
	p := DefaultParams()
	p.ChunkTimeout = 5 * time.Second
	p.StartTimeout = 10 * time.Second
	p.ProbeTimeout = 2 * time.Second
	p.ViewTimeout = 20 * time.Second
	return p
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// newGroups joins every node to one group.
func newGroups(t *testing.T, nodes []*node, spec Spec, p Params) []*Group {
	t.Helper()
	groups := make([]*Group, len(nodes))
	for i, nd := range nodes {
		p := p
		p.Log = testLogger(t, fmt.Sprint(i))
		g, err := nd.svc.NewGroup(spec, p)
		if err != nil {
			t.Fatal(err)
		}
		groups[i] = g
	}
	return groups
}

// newFaultGroups joins every node to one group, each member recording the
// faults it reports in its own log.
func newFaultGroups(t *testing.T, nodes []*node, spec Spec, p Params) ([]*Group, []*faultLog) {
	t.Helper()
	logs := make([]*faultLog, len(nodes))
	groups := make([]*Group, len(nodes))
	for i, nd := range nodes {
		logs[i] = &faultLog{}
		p := p
		p.OnFault = logs[i].add
		p.Log = testLogger(t, fmt.Sprint(i))
		g, err := nd.svc.NewGroup(spec, p)
		if err != nil {
			t.Fatal(err)
		}
		groups[i] = g
	}
	return groups, logs
}

// randomInputs returns one tensor per member, with magnitudes that vary by
// member so that the order of summation matters in float32.
func randomInputs(seed uint64, members, length int) [][]float32 {
	rng := rand.New(rand.NewPCG(seed, 7))
	in := make([][]float32, members)
	for r := range in {
		in[r] = make([]float32, length)
		for i := range in[r] {
			in[r][i] = float32(rng.NormFloat64() * math.Pow(10, float64(r%4)-1))
		}
	}
	return in
}

type result struct {
	members int
	err     error
}

// runAll runs AllReduce on every group at once, each on a copy of its
// input, and returns the buffers and results.
func runAll(ctx context.Context, groups []*Group, inputs [][]float32) ([][]float32, []result) {
	bufs := make([][]float32, len(groups))
	res := make([]result, len(groups))
	var wg sync.WaitGroup
	for i, g := range groups {
		bufs[i] = append([]float32(nil), inputs[i]...)
		wg.Go(func() {
			n, err := g.AllReduce(ctx, bufs[i])
			res[i] = result{n, err}
		})
	}
	wg.Wait()
	return bufs, res
}

// checkSum checks that every listed member holds the sum of the listed
// members' inputs (within codec.Bound of the float64 reference) and that
// they all hold the same bits.
func checkSum(t *testing.T, spec Spec, inputs [][]float32, bufs [][]float32, contributors []int) {
	t.Helper()
	n := len(contributors)
	l, err := schedule.NewLayout(n, spec.Len, spec.ChunkBytes/4)
	if err != nil {
		t.Fatal(err)
	}
	first := bufs[contributors[0]]
	for _, r := range contributors[1:] {
		for i := range first {
			if math.Float32bits(bufs[r][i]) != math.Float32bits(first[i]) {
				t.Fatalf("member %d element %d = %v, member %d has %v: results not bit-identical", r, i, bufs[r][i], contributors[0], first[i])
			}
		}
	}
	for s := 0; s < n; s++ {
		for j := 0; j < l.Rounds(); j++ {
			lo, hi := l.Chunk(s, j)
			var chunkMaxSum float64
			for _, r := range contributors {
				var m float64
				for _, v := range inputs[r][lo:hi] {
					m = max(m, math.Abs(float64(v)))
				}
				chunkMaxSum += m
			}
			for i := lo; i < hi; i++ {
				var exact, absSum float64
				for _, r := range contributors {
					exact += float64(inputs[r][i])
					absSum += math.Abs(float64(inputs[r][i]))
				}
				bound := codec.Bound(spec.Compression, n, absSum, chunkMaxSum)
				if e := math.Abs(float64(first[i]) - exact); e > bound {
					t.Fatalf("element %d = %v, exact sum %v: error %g over the %v bound %g", i, first[i], exact, e, spec.Compression, bound)
				}
			}
		}
	}
}

func allRanks(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func TestAllReduceSums(t *testing.T) {
	for _, tc := range []struct {
		name        string
		n, length   int
		chunkBytes  int
		lanes       int
		compression codec.Kind
	}{
		{"n2-one-element", 2, 1, 4 << 10, 2, codec.FP32},
		{"n3-not-divisible", 3, 10007, 4 << 10, 2, codec.FP32},
		{"n4-fp16", 4, 5003, 4 << 10, 2, codec.FP16},
		{"n5-int8", 5, 4099, 4 << 10, 3, codec.Int8},
		{"n4-one-lane", 4, 3001, 4 << 10, 1, codec.FP32},
		{"n7-fewer-elements-than-members", 7, 5, 4 << 10, 2, codec.FP32},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			nodes := startNodes(t, tc.n)
			spec := DefaultSpec(GroupID{1}, ids(nodes), nil, tc.length)
			spec.ChunkBytes, spec.Lanes, spec.Compression = tc.chunkBytes, tc.lanes, tc.compression
			groups := newGroups(t, nodes, spec, testParams())
			for op := range 2 {
				inputs := randomInputs(uint64(op+1), tc.n, tc.length)
				bufs, res := runAll(ctx, groups, inputs)
				for i, r := range res {
					if r.err != nil || r.members != tc.n {
						t.Fatalf("op %d member %d: AllReduce = %d, %v; want %d, nil", op, i, r.members, r.err, tc.n)
					}
				}
				checkSum(t, spec, inputs, bufs, allRanks(tc.n))
			}
		})
	}
}

// testLogWriter sends log lines to t.Log (visible with -v or on failure).
type testLogWriter struct{ t *testing.T }

func (w testLogWriter) Write(b []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(b), "\n"))
	return len(b), nil
}

func testLogger(t *testing.T, name string) *slog.Logger {
	return slog.New(slog.NewTextHandler(testLogWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug})).With("node", name)
}

// TestLargeAndWide covers the ends of the matrix on real hosts: one 64 MiB
// tensor on a 4-ring, and a 16-ring.
func TestLargeAndWide(t *testing.T) {
	for _, tc := range []struct {
		name      string
		n, length int
		skipShort bool
	}{
		{"n4-64MiB", 4, 16 << 20, true},
		{"n16", 16, 100003, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.skipShort && (testing.Short() || raceEnabled) {
				t.Skip("64 MiB per member: not in -short or -race runs")
			}
			ctx := testCtx(t)
			nodes := startNodes(t, tc.n)
			spec := DefaultSpec(GroupID{8}, ids(nodes), nil, tc.length)
			spec.ChunkBytes = 256 << 10
			groups := newGroups(t, nodes, spec, testParams())
			inputs := randomInputs(71, tc.n, tc.length)
			start := time.Now()
			bufs, res := runAll(ctx, groups, inputs)
			t.Logf("%d members, %d MiB: %v", tc.n, tc.length*4>>20, time.Since(start))
			for i, r := range res {
				if r.err != nil || r.members != tc.n {
					t.Fatalf("member %d: %d, %v", i, r.members, r.err)
				}
			}
			checkSum(t, spec, inputs, bufs, allRanks(tc.n))
		})
	}
}

// TestSpecMismatchNeverLinks: a member whose spec differs (another tensor
// layout) is never linked into the ring; the others drop it and go on.
func TestSpecMismatchNeverLinks(t *testing.T) {
	ctx := testCtx(t)
	nodes := startNodes(t, 3)
	spec := DefaultSpec(GroupID{9}, ids(nodes), nil, 1000)
	spec.Quorum = 2
	p := testParams()
	p.StartTimeout = 2 * time.Second
	groups := newGroups(t, nodes[:2], spec, p)
	other := spec
	other.Len = 1001
	odd, err := nodes[2].svc.NewGroup(other, p)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var oddErr error
	wg.Go(func() { _, oddErr = odd.Form(ctx) })
	formed := make([]Formed, 2)
	for i, g := range groups {
		wg.Go(func() {
			f, err := g.Form(ctx)
			if err != nil {
				t.Errorf("member %d: %v", i, err)
			}
			formed[i] = f
		})
	}
	wg.Wait()
	for i, f := range formed {
		if len(f.Members) != 2 || len(f.Dropped) != 1 || f.Dropped[0] != nodes[2].host.ID() {
			t.Errorf("member %d formed %+v; want the mismatched member dropped", i, f)
		}
	}
	if oddErr == nil {
		t.Error("the member with another spec formed a ring")
	}
	t.Logf("mismatched member: %v", oddErr)
	if _, err := groups[0].AllReduce(ctx, make([]float32, 999)); !errors.Is(err, ErrLength) {
		t.Errorf("AllReduce of a wrong-length buffer: %v; want ErrLength", err)
	}
}

func TestChunkBytesFor(t *testing.T) {
	for _, tc := range []struct {
		length, members, lanes, want int
	}{
		{64 << 20 / 4, 4, 4, 1 << 20},  // 16 MiB a member: whole 1 MiB chunks
		{16 << 20 / 4, 4, 4, 1 << 20},  // 4 MiB a member: one round per lane
		{4 << 20 / 4, 4, 4, 256 << 10}, // 1 MiB a member over 4 lanes
		{1 << 20 / 4, 3, 4, 88 << 10},  // 349,526 B a member: 87,382 B a lane, rounded up to 4 KiB
		{1000, 4, 4, 4 << 10},          // tiny: the smallest chunk
		{1, 2, 1, 4 << 10},             // one element
		{1 << 30, 0, 4, 1 << 20},       // no members yet (a default)
		{64 << 20 / 4, 2, 16, 1 << 20}, // 32 MiB a member over 16 lanes: 2 MiB a lane, capped
	} {
		got := ChunkBytesFor(tc.length, tc.members, tc.lanes)
		if got != tc.want {
			t.Errorf("ChunkBytesFor(%d, %d, %d) = %d, want %d", tc.length, tc.members, tc.lanes, got, tc.want)
		}
	}
	// For every input: a valid spec's chunk, a multiple of 4 KiB, and a
	// chunk below the most only where it gives no lane two rounds (more
	// lanes than 4 KiB chunks may leave some idle: the smallest chunk
	// wins).
	for length := 1; length < 1<<22; length = length*3 + 7 {
		for n := 1; n <= 8; n++ {
			for lanes := 1; lanes <= lanesMax; lanes *= 2 {
				c := ChunkBytesFor(length, n, lanes)
				if c < 4<<10 || c > 1<<20 || c%(4<<10) != 0 {
					t.Fatalf("ChunkBytesFor(%d, %d, %d) = %d", length, n, lanes, c)
				}
				seg := (length + n - 1) / n
				rounds := (seg + c/4 - 1) / (c / 4)
				if c < 1<<20 && rounds > lanes {
					t.Fatalf("ChunkBytesFor(%d, %d, %d) = %d: %d rounds for %d lanes", length, n, lanes, c, rounds, lanes)
				}
			}
		}
	}
}

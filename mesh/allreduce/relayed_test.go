package allreduce

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	relayclient "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/client"
	"github.com/multiformats/go-multiaddr"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
)

// relayedPair starts, on 127.0.0.1, a public relay and two members that
// know each other only by their circuit addresses through it, so that
// their connection is relayed (as between two home nodes before hole
// punching). Hole punching is off: the tests decide when a direct
// connection appears.
func relayedPair(t *testing.T) (relay *mesh.Host, nodes []*node) {
	t.Helper()
	ctx := testCtx(t)
	start := func(name string, edit func(*mesh.Params)) *mesh.Host {
		p := mesh.LocalParams()
		p.RelayClient = true
		edit(&p)
		h, err := mesh.New(ctx, identity.FromSeed(fmt.Appendf(nil, "%s-%s", t.Name(), name)).LibP2P(), p, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		return h
	}
	relay = start("relay", func(p *mesh.Params) { p.Reachability, p.RelayService = "public", true })
	sub, err := relay.EventBus().Subscribe(new(event.EvtLocalProtocolsUpdated))
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	for !slices.Contains(relay.Mux().Protocols(), "/libp2p/circuit/relay/0.2.0/hop") {
		select {
		case <-sub.Out():
		case <-ctx.Done():
			t.Fatal("the relay service never started")
		}
	}
	rinfo := peer.AddrInfo{ID: relay.ID(), Addrs: relay.Addrs()}
	circuit := multiaddr.StringCast(relay.Addrs()[0].String() + "/p2p/" + relay.ID().String() + "/p2p-circuit")
	for i := range 2 {
		h := start(fmt.Sprint(i), func(*mesh.Params) {})
		if err := h.Host.Connect(ctx, rinfo); err != nil {
			t.Fatal(err)
		}
		if _, err := relayclient.Reserve(ctx, h.Host, rinfo); err != nil {
			t.Fatalf("member %d: reserve a relay slot: %v", i, err)
		}
		svc := NewService(h, nil)
		t.Cleanup(svc.Close)
		nodes = append(nodes, &node{host: h, svc: svc})
	}
	for _, nd := range nodes {
		for _, other := range nodes {
			if nd != other {
				nd.host.Peerstore().AddAddr(other.host.ID(), circuit, time.Hour)
			}
		}
	}
	return relay, nodes
}

// linkLog collects what OnLink reports.
type linkLog struct {
	mu    sync.Mutex
	links []Link
}

func (l *linkLog) add(k Link) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.links = append(l.links, k)
}

func (l *linkLog) take() []Link {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.links
	l.links = nil
	return out
}

func relayedParams(log *linkLog) Params {
	p := testParams()
	p.DirectWait = 0 // hole punching is off here; nothing to wait for
	p.OnLink = log.add
	return p
}

// TestRelayedRingWithinLimits: two members reachable only through a relay
// run small all-reduces over it, told that the links are relayed; a tensor
// too large for the relay fails at once with ErrRelayed; and repeated
// operations stop with ErrRelayed before the relay's data limit would cut
// the connection, never with a reset stream.
func TestRelayedRingWithinLimits(t *testing.T) {
	ctx := testCtx(t)
	_, nodes := relayedPair(t)
	var links linkLog
	p := relayedParams(&links)

	small := DefaultSpec(GroupID{0x51}, ids(nodes), nil, 1000)
	groups := newGroups(t, nodes, small, p)
	inputs := randomInputs(5, 2, small.Len)
	bufs, res := runAll(ctx, groups, inputs)
	for i, r := range res {
		if r.err != nil || r.members != 2 {
			t.Fatalf("member %d: small all-reduce over the relay = %d, %v; want 2, nil", i, r.members, r.err)
		}
	}
	checkSum(t, small, inputs, bufs, allRanks(2))
	got := links.take()
	if len(got) != 4 {
		t.Fatalf("OnLink reported %d links; want 4 (two per member)", len(got))
	}
	for _, l := range got {
		if !l.Relayed {
			t.Errorf("link %+v: want relayed", l)
		}
		if l.Outbound && (l.BudgetBytes <= 0 || l.BudgetBytes > 128<<10) {
			t.Errorf("outbound relayed link %+v: want a budget under the relay's 128 KiB", l)
		}
	}
	for _, g := range groups {
		g.Close()
	}

	// 256 KiB per member cannot cross a relay that carries 128 KiB.
	big := DefaultSpec(GroupID{0x52}, ids(nodes), nil, 64<<10)
	groups = newGroups(t, nodes, big, p)
	_, res = runAll(ctx, groups, randomInputs(6, 2, big.Len))
	for i, r := range res {
		if !errors.Is(r.err, ErrRelayed) {
			t.Errorf("member %d: all-reduce of 256 KiB over the relay = %d, %v; want ErrRelayed", i, r.members, r.err)
		}
	}
	t.Logf("large tensor over the relay: %v", res[0].err)
	for _, g := range groups {
		g.Close()
	}

	// 16 KiB per operation: a few fit in the relay's budget, then the
	// group says so instead of running into the relay's reset.
	mid := DefaultSpec(GroupID{0x53}, ids(nodes), nil, 4096)
	groups = newGroups(t, nodes, mid, p)
	ops := 0
	for ; ops < 20; ops++ {
		in := randomInputs(uint64(10+ops), 2, mid.Len)
		bufs, res := runAll(ctx, groups, in)
		if errors.Is(res[0].err, ErrRelayed) && errors.Is(res[1].err, ErrRelayed) {
			break
		}
		for i, r := range res {
			if r.err != nil {
				t.Fatalf("operation %d member %d: %v; want success or ErrRelayed on both", ops, i, r.err)
			}
		}
		checkSum(t, mid, in, bufs, allRanks(2))
	}
	if ops < 2 || ops >= 8 {
		t.Errorf("%d operations of 16 KiB crossed the relay before ErrRelayed; want a few, under its 128 KiB", ops)
	}
	t.Logf("%d operations of 16 KiB over the relay, then ErrRelayed", ops)
}

// TestRingPrefersDirect: once a direct connection exists beside the relayed
// one, a new ring links over it and moves a tensor the relay could not.
func TestRingPrefersDirect(t *testing.T) {
	ctx := testCtx(t)
	_, nodes := relayedPair(t)
	a, b := nodes[0].host, nodes[1].host
	if err := a.Host.Connect(network.WithAllowLimitedConn(ctx, "test"), peer.AddrInfo{ID: b.ID()}); err != nil {
		t.Fatal(err)
	}
	if k := a.ConnKind(b.ID()); k != mesh.ConnRelayed {
		t.Fatalf("a to b: %v; want relayed first", k)
	}
	// As a hole punch would: a direct connection next to the relayed one.
	if err := a.Host.Connect(network.WithForceDirectDial(ctx, "test"), peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
		t.Fatal(err)
	}
	var links linkLog
	p := relayedParams(&links)
	spec := DefaultSpec(GroupID{0x54}, ids(nodes), nil, 64<<10)
	groups := newGroups(t, nodes, spec, p)
	inputs := randomInputs(7, 2, spec.Len)
	bufs, res := runAll(ctx, groups, inputs)
	for i, r := range res {
		if r.err != nil {
			t.Fatalf("member %d: %v", i, r.err)
		}
	}
	checkSum(t, spec, inputs, bufs, allRanks(2))
	for _, l := range links.take() {
		if l.Relayed {
			t.Errorf("link %+v: want direct", l)
		}
	}
}

// TestAwaitDirectInRing: members whose only connection is relayed wait
// (DirectWait) for the direct connection that opens meanwhile, as a hole
// punch would open it, and link over it.
func TestAwaitDirectInRing(t *testing.T) {
	ctx := testCtx(t)
	_, nodes := relayedPair(t)
	a, b := nodes[0].host, nodes[1].host
	if err := a.Host.Connect(network.WithAllowLimitedConn(ctx, "test"), peer.AddrInfo{ID: b.ID()}); err != nil {
		t.Fatal(err)
	}
	var links linkLog
	p := relayedParams(&links)
	p.StartTimeout = 50 * time.Second // bounds the wait below: 25 s
	p.DirectWait = time.Minute
	spec := DefaultSpec(GroupID{0x55}, ids(nodes), nil, 64<<10)
	groups := newGroups(t, nodes, spec, p)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := a.Host.Connect(network.WithForceDirectDial(ctx, "test"), peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
			t.Error(err)
		}
	})
	inputs := randomInputs(8, 2, spec.Len)
	bufs, res := runAll(ctx, groups, inputs)
	wg.Wait()
	for i, r := range res {
		if r.err != nil {
			t.Fatalf("member %d: %v", i, r.err)
		}
	}
	checkSum(t, spec, inputs, bufs, allRanks(2))
	for _, l := range links.take() {
		if l.Relayed {
			t.Errorf("link %+v: want direct", l)
		}
	}
}

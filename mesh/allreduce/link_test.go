package allreduce

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/p2p/net/swarm"
)

// TestPairsFormWithoutDialRace forms many rings of two on loopback, both
// members calling Form at the same moment, as a two-winner job and the
// benchmarks do. Two hosts that dial each other at once from their listen
// ports meet in a TCP simultaneous open, which fails on both sides and
// leaves each swarm backing off the other's address for 5 s; only one
// member of a ring link may dial (dialsLink). So every ring must form, over
// one connection opened by the member with the smaller peer ID, with no
// failed dial between the two (no address in dial backoff).
func TestPairsFormWithoutDialRace(t *testing.T) {
	const pairs = 24
	p := testParams()
	// The larger ID's fallback dial comes after a quarter of this, at most
	// pairDialWait: long enough that only a machine stalled for seconds
	// would let it fire.
	p.StartTimeout = 2 * time.Minute
	for i := range pairs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			nodes := startNodes(t, 2)
			spec := DefaultSpec(GroupID{0x0c, byte(i)}, ids(nodes), nil, 1000)
			groups := newGroups(t, nodes, spec, p)
			start := make(chan struct{})
			formed := make([]Formed, 2)
			errs := make([]error, 2)
			var wg sync.WaitGroup
			for j, g := range groups {
				wg.Go(func() {
					<-start
					formed[j], errs[j] = g.Form(ctx)
				})
			}
			close(start)
			wg.Wait()
			for j := range groups {
				if errs[j] != nil || len(formed[j].Members) != 2 {
					t.Fatalf("member %d: Form = %+v, %v; want both members", j, formed[j], errs[j])
				}
			}
			dialer, waiter := nodes[0], nodes[1]
			if !dialsLink(dialer.host.ID(), waiter.host.ID(), 2) {
				dialer, waiter = waiter, dialer
			}
			for _, end := range []struct {
				name     string
				from, to *node
				dir      network.Direction
			}{
				{"dialling member", dialer, waiter, network.DirOutbound},
				{"waiting member", waiter, dialer, network.DirInbound},
			} {
				conns := end.from.host.Network().ConnsToPeer(end.to.host.ID())
				if len(conns) != 1 || conns[0].Stat().Direction != end.dir {
					var dirs []network.Direction
					for _, c := range conns {
						dirs = append(dirs, c.Stat().Direction)
					}
					t.Errorf("%s: connections %v to the other; want one, %v", end.name, dirs, end.dir)
				}
				sw, ok := end.from.host.Network().(*swarm.Swarm)
				if !ok {
					t.Fatalf("network is a %T, not the swarm", end.from.host.Network())
				}
				for _, a := range end.to.host.Addrs() {
					if sw.Backoff().Backoff(end.to.host.ID(), a) {
						t.Errorf("%s: a dial to %s failed (address in dial backoff)", end.name, a)
					}
				}
			}
			// And the ring works.
			inputs := randomInputs(uint64(i), 2, spec.Len)
			bufs, res := runAll(ctx, groups, inputs)
			for j, r := range res {
				if r.err != nil || r.members != 2 {
					t.Fatalf("member %d: AllReduce = %d, %v", j, r.members, r.err)
				}
			}
			checkSum(t, spec, inputs, bufs, allRanks(2))
		})
	}
}

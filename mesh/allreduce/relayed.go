package allreduce

// Direct and relayed ring links.
//
// A member behind a home NAT may at first be reachable only through a
// circuit relay; hole punching (DCUtR, run by libp2p as soon as a relayed
// connection opens) usually gives a direct connection a moment later. The
// data plane prefers direct connections:
//
//  1. Before opening its lanes to its successor, a member connects (through
//     a relay if that is all the successor's addresses allow) and, while the
//     only connection is relayed, waits up to Params.DirectWait for a direct
//     one, or until hole punching has given up (mesh.Host.AwaitDirect).
//  2. With a direct connection, the lanes go over it.
//  3. Without one, the link is relayed, and the member says so: a warning in
//     the log and Link{Relayed: true} to Params.OnLink (and the node's
//     status shows the peer as relayed). The lanes then cross the relay only
//     while what this member sends over that relayed connection stays
//     within its budget: Params.RelayedBytesMax, capped by the limit the
//     relay announced for the circuit less relayReserveBytes. A link-up or
//     operation that would go past it fails with ErrRelayed before a byte of
//     it moves: never a transfer that the relay cuts off half-way, and never
//     bulk data crawling through a relay meant for signalling.
//
// The budget is per relayed connection, since a relay limits each circuit,
// so the Service keeps it across views and groups; the bytes are counted
// from above (every chunk at its largest encoding, with its header).

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// Link describes one of a member's two ring links once the ring is linked.
type Link struct {
	// Peer is the neighbour: the successor for an outbound link, the
	// predecessor otherwise.
	Peer peer.ID
	// Outbound reports whether this member sends on the link.
	Outbound bool
	// Relayed reports whether a circuit relay carries the link.
	Relayed bool
	// Addr is the remote address of the connection carrying the link.
	Addr string
	// Epoch is the view the ring was linked for.
	Epoch uint64
	// BudgetBytes is, for a relayed outbound link, what this member may
	// still send over the relayed connection; 0 otherwise.
	BudgetBytes int64
	// DirectLanes counts the link's lanes that run on TCP connections of
	// their own (Params.DirectLanes); the others are libp2p streams.
	DirectLanes int
}

// relayReserveBytes is kept back from a relay's per-direction limit for the
// rest of what crosses the relayed connection: identify (a few KiB each way,
// again after every address change), the hole-punch exchange (4 KiB
// messages at most), pings and the group's control requests.
const relayReserveBytes = 24 << 10

// relayedTimeMin: a member does not start an operation on a relayed
// connection that the relay will close within this time.
const relayedTimeMin = 10 * time.Second

// relayedConnsMax bounds the relayed connections whose bytes a Service
// counts; closed ones are pruned first, and a full ledger refuses new
// relayed links (ErrRelayed) rather than forget what it counted.
const relayedConnsMax = 1024

// relayLedger counts the bytes sent over each relayed connection.
type relayLedger struct {
	mu   sync.Mutex // mu guards sent
	sent map[string]*relayedConn
}

type relayedConn struct {
	conn network.Conn
	sent int64
}

// spend records n more bytes on c if they fit within budget, and returns
// what is left of the budget afterwards (or, if they do not fit, before).
func (r *relayLedger) spend(c network.Conn, n, budget int64) (left int64, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sent == nil {
		r.sent = map[string]*relayedConn{}
	}
	e := r.sent[c.ID()]
	if e == nil {
		if len(r.sent) >= relayedConnsMax {
			for id, x := range r.sent {
				if x.conn.IsClosed() {
					delete(r.sent, id)
				}
			}
		}
		if len(r.sent) >= relayedConnsMax {
			return 0, false
		}
		e = &relayedConn{conn: c}
		r.sent[c.ID()] = e
	}
	if e.sent+n > budget {
		return max(budget-e.sent, 0), false
	}
	e.sent += n
	return budget - e.sent, true
}

// directWait is how long a link-up waits for a direct connection.
func (g *Group) directWait() time.Duration {
	return min(g.params.DirectWait, g.params.StartTimeout/2)
}

// connectSucc connects to the successor, preferring a direct connection
// (step 1 above). Where the successor is the one that dials the link (a
// ring of two, dialsLink), it first waits for the successor's connection,
// at most pairDialWait. A failed connect is retried until ctx ends: the
// successor may still be starting.
func (g *Group) connectSucc(ctx context.Context, to peer.ID, n int) (mesh.ConnKind, error) {
	if !dialsLink(g.self, to, n) {
		g.waitConnected(ctx, to, min(pairDialWait, g.params.StartTimeout/4))
	}
	backoff := openBackoffMin
	for {
		k, err := g.host.AwaitDirect(ctx, to, g.directWait())
		if err == nil {
			return k, nil
		}
		t := g.clk.Timer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return mesh.ConnNone, fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-t.C:
		}
		backoff = min(2*backoff, openBackoffMax)
	}
}

// waitConnected waits until this host has a connection to p (of any
// kind), at most d.
func (g *Group) waitConnected(ctx context.Context, p peer.ID, d time.Duration) {
	sub, err := g.host.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		return
	}
	defer sub.Close()
	t := g.clk.Timer(d)
	defer t.Stop()
	for g.host.Network().Connectedness(p) == network.NotConnected {
		select {
		case <-sub.Out():
		case <-t.C:
			return
		case <-ctx.Done():
			return
		}
	}
}

// relayedConnTo returns a relayed connection to p, or nil.
func (g *Group) relayedConnTo(p peer.ID) network.Conn {
	for _, c := range g.host.Network().ConnsToPeer(p) {
		if c.Stat().Limited {
			return c
		}
	}
	return nil
}

// relayBudget is what this member may send in all over the relayed
// connection c.
func (g *Group) relayBudget(c network.Conn) int64 {
	b := g.params.RelayedBytesMax
	if limit, _ := mesh.RelayLimit(c); limit > 0 {
		b = min(b, limit-relayReserveBytes)
	}
	return max(b, 0)
}

// linkBytesMax bounds what a member sends to link up a ring of n members:
// a hello per lane and its share of the readiness round.
func (g *Group) linkBytesMax(n int) int64 {
	return int64(g.spec.Lanes*(4+helloBytesMax) + (n-1)*(frameHeaderLen+g.gatherMax(n)))
}

// opBytesMax bounds what the member of rank sends in one operation of
// layout l: every chunk it sends at its largest encoding, with its header,
// and its share of the checksum round (with transcripts, the signed
// records and its hop statement).
func (g *Group) opBytesMax(l schedule.Layout, rank int) int64 {
	var b int64
	for j := range l.Rounds() {
		for k := range l.Steps() {
			lo, hi := l.Chunk(l.Step(rank, k).Send, j)
			n := hi - lo
			b += int64(frameHeaderLen + max(codec.EncodedLen(codec.FP32, n), codec.EncodedLen(g.spec.Compression, n)))
		}
	}
	if g.spec.Transcripts {
		b += int64(frameHeaderLen + sigBytesMax)
		return b + int64((l.Ranks()-1)*(frameHeaderLen+g.gatherMax(l.Ranks())))
	}
	return b + int64((l.Ranks()-1)*(frameHeaderLen+8))
}

// spendRelayed charges n bytes for what to the relayed connection c, or
// fails with ErrRelayed if the relay cannot carry them.
func (g *Group) spendRelayed(c network.Conn, to peer.ID, n int64, what string) error {
	budget := g.relayBudget(c)
	if _, left := mesh.RelayLimit(c); left > 0 && left < relayedTimeMin {
		return fmt.Errorf("%w: the link to %s goes through a relay that closes the connection in %v; %s waits for a direct connection (hole punching) or a new relayed one", ErrRelayed, to, left.Round(time.Second), what)
	}
	left, ok := g.svc.relayed.spend(c, n, budget)
	if !ok {
		return fmt.Errorf("%w: the link to %s is relayed (hole punching gave no direct connection; a member waits at most %v for one); %s needs up to %d bytes, the relay allows %d more on this connection (budget %d of Params.RelayedBytesMax %d and the relay's limit); retry once hole punching succeeds, use a smaller tensor, or run with directly reachable members",
			ErrRelayed, to, g.directWait(), what, n, left, budget, g.params.RelayedBytesMax)
	}
	return nil
}

// reportLinks tells the log and Params.OnLink how the ring of lk is carried.
func (g *Group) reportLinks(lk *links) {
	for _, l := range []Link{
		{Peer: lk.succ, Outbound: true, Relayed: lk.outConn.Stat().Limited, Addr: lk.outConn.RemoteMultiaddr().String(), Epoch: lk.epoch, DirectLanes: directCount(lk.out)},
		{Peer: lk.pred, Outbound: false, Relayed: lk.in[0].Conn().Stat().Limited, Addr: lk.in[0].Conn().RemoteMultiaddr().String(), Epoch: lk.epoch, DirectLanes: directCount(lk.in)},
	} {
		dir := "to successor"
		if !l.Outbound {
			dir = "from predecessor"
		}
		if l.Relayed {
			if l.Outbound {
				l.BudgetBytes = g.relayBudget(lk.outConn)
				if left, ok := g.svc.relayed.spend(lk.outConn, 0, l.BudgetBytes); ok {
					l.BudgetBytes = left
				}
			}
			g.log.Warn("ring link is relayed: no direct connection (hole punching failed or not done yet); only small tensors fit through the relay",
				"link", dir, "peer", l.Peer, "via", l.Addr, "epoch", l.Epoch, "budget_bytes", l.BudgetBytes)
		} else {
			g.log.Info("ring link is direct", "link", dir, "peer", l.Peer, "addr", l.Addr, "epoch", l.Epoch, "direct_lanes", l.DirectLanes)
		}
		if g.params.OnLink != nil {
			g.params.OnLink(l)
		}
	}
}

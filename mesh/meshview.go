package mesh

import (
	"context"
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// meshView tracks, per topic, the peers gossipsub has grafted into our mesh.
// gossipsub forwards a message only to mesh peers (and gossips it to others
// for a few heartbeats), so "a topic peer is known" is not "a message will
// reach it": callers that must not lose an early message wait on the mesh.
//
// pubsub calls the tracer synchronously from its event loop, so the methods
// only take a short lock and never block.
type meshView struct {
	mu      sync.Mutex // mu guards the following
	mesh    map[string]map[peer.ID]struct{}
	changed chan struct{} // closed and replaced on every change
}

func newMeshView() *meshView {
	return &meshView{mesh: map[string]map[peer.ID]struct{}{}, changed: make(chan struct{})}
}

func (v *meshView) notifyLocked() {
	close(v.changed)
	v.changed = make(chan struct{})
}

func (v *meshView) Graft(p peer.ID, topic string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.mesh[topic] == nil {
		v.mesh[topic] = map[peer.ID]struct{}{}
	}
	v.mesh[topic][p] = struct{}{}
	v.notifyLocked()
}

func (v *meshView) Prune(p peer.ID, topic string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	delete(v.mesh[topic], p)
	v.notifyLocked()
}

func (v *meshView) Leave(topic string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	delete(v.mesh, topic)
	v.notifyLocked()
}

// peers returns the mesh peers of topic and a channel closed at the next change.
func (v *meshView) peers(topic string) ([]peer.ID, <-chan struct{}) {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := make([]peer.ID, 0, len(v.mesh[topic]))
	for p := range v.mesh[topic] {
		out = append(out, p)
	}
	return out, v.changed
}

// The rest of pubsub.RawTracer is of no interest here.
func (v *meshView) OnNewOutboundStream(peer.ID, protocol.ID)             {}
func (v *meshView) OnClosedOutboundStream(peer.ID)                       {}
func (v *meshView) Join(string)                                          {}
func (v *meshView) ValidateMessage(*pubsub.Message)                      {}
func (v *meshView) DeliverMessage(*pubsub.Message)                       {}
func (v *meshView) RejectMessage(*pubsub.Message, string)                {}
func (v *meshView) DuplicateMessage(*pubsub.Message)                     {}
func (v *meshView) ThrottlePeer(peer.ID)                                 {}
func (v *meshView) RecvRPC(*pubsub.RPC)                                  {}
func (v *meshView) SendRPC(*pubsub.RPC, peer.ID)                         {}
func (v *meshView) SendRPCCompleted(*pubsub.RPC, peer.ID, time.Duration) {}
func (v *meshView) DropRPC(*pubsub.RPC, peer.ID)                         {}
func (v *meshView) UndeliverableMessage(*pubsub.Message)                 {}

var _ pubsub.RawTracer = (*meshView)(nil)

// MeshPeers returns the connected peers in our gossipsub mesh for the topic:
// the peers a message we publish or relay is forwarded to at once.
func (t *Topic) MeshPeers() []peer.ID {
	ps, _ := t.view.peers(t.name)
	return t.connected(ps)
}

func (t *Topic) connected(ps []peer.ID) []peer.ID {
	out := ps[:0]
	for _, p := range ps {
		if t.net.Connectedness(p) == network.Connected {
			out = append(out, p)
		}
	}
	return out
}

// WaitMesh blocks until the topic's mesh holds at least n connected peers,
// or ctx ends.
func (t *Topic) WaitMesh(ctx context.Context, n int) error {
	for {
		ps, changed := t.view.peers(t.name)
		if len(t.connected(ps)) >= n {
			return nil
		}
		// A peer that disconnects is pruned at the next heartbeat; poll at
		// heartbeat pace as well so a stale entry cannot hide a change.
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-changed:
		case <-t.clk.After(time.Second):
		}
	}
}

package mesh

import (
	"context"
	"errors"
	"fmt"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/clock"
)

// Outcome is a validator's verdict on a gossip message, as gossipsub defines
// them: the split between a forged message and a merely late one matters,
// because only the first should cost the sender its peer score.
type Outcome int

const (
	// Accept relays and delivers the message.
	Accept Outcome = iota
	// Reject drops the message and penalises the peer that sent it (bad
	// signature, malformed, oversized: things an honest peer never sends).
	Reject
	// Ignore drops the message without penalty (late, duplicate, unknown
	// job: things an honest peer may send under delay or churn).
	Ignore
)

func (o Outcome) String() string {
	switch o {
	case Accept:
		return "accept"
	case Reject:
		return "reject"
	case Ignore:
		return "ignore"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Message is a gossip message as validators and subscribers see it.
type Message struct {
	// Author is the peer that signed the message (gossipsub strict signing
	// has checked the signature before any validator runs).
	Author peer.ID
	// ReceivedFrom is the neighbour that relayed it to us.
	ReceivedFrom peer.ID
	// Data is the payload.
	Data []byte
	// Decoded is set by a validator to hand its decoded value to subscribers,
	// sparing them a second decode.
	Decoded any
}

// Validator decides the Outcome of a message before it is relayed. It runs
// concurrently for many messages and must not block for long.
type Validator func(ctx context.Context, m *Message) Outcome

// Topic is a joined gossip topic with its subscription.
type Topic struct {
	name string
	ps   *pubsub.PubSub
	t    *pubsub.Topic
	sub  *pubsub.Subscription
	self peer.ID
	view *meshView
	net  network.Network
	clk  clock.Clock
}

// ErrTopicJoined reports a second Join of the same topic.
var ErrTopicJoined = errors.New("mesh: topic already joined")

// Join joins and subscribes to a topic. validate, if not nil, runs on every
// message before it is relayed or delivered (our own included).
func (m *Host) Join(name string, validate Validator) (*Topic, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return nil, ErrClosed
	}
	if _, ok := m.topics[name]; ok {
		return nil, fmt.Errorf("%w: %s", ErrTopicJoined, name)
	}
	if validate != nil {
		err := m.PubSub.RegisterTopicValidator(name, func(ctx context.Context, from peer.ID, pm *pubsub.Message) pubsub.ValidationResult {
			msg := &Message{Author: pm.GetFrom(), ReceivedFrom: from, Data: pm.Data}
			out := validate(ctx, msg)
			switch out {
			case Accept:
				pm.ValidatorData = msg.Decoded
				return pubsub.ValidationAccept
			case Ignore:
				return pubsub.ValidationIgnore
			default:
				m.log.Debug("gossip rejected", "topic", name, "author", msg.Author, "from", from)
				return pubsub.ValidationReject
			}
		})
		if err != nil {
			return nil, fmt.Errorf("mesh: register validator for %s: %w", name, err)
		}
	}
	t, err := m.PubSub.Join(name)
	if err != nil {
		return nil, fmt.Errorf("mesh: join %s: %w", name, err)
	}
	sub, err := t.Subscribe()
	if err != nil {
		t.Close()
		return nil, fmt.Errorf("mesh: subscribe %s: %w", name, err)
	}
	top := &Topic{name: name, ps: m.PubSub, t: t, sub: sub, self: m.ID(), view: m.view, net: m.Network(), clk: m.clk}
	m.topics[name] = top
	return top, nil
}

// Leave unsubscribes from a topic joined with Join (a finished job's topic,
// say). Leaving a topic not joined is a no-op.
func (m *Host) Leave(name string) {
	m.mu.Lock()
	t, ok := m.topics[name]
	delete(m.topics, name)
	m.mu.Unlock()
	if ok {
		t.close()
	}
}

// Name returns the topic's name.
func (t *Topic) Name() string { return t.name }

// Publish signs and publishes data.
func (t *Topic) Publish(ctx context.Context, data []byte) error {
	if err := t.t.Publish(ctx, data); err != nil {
		return fmt.Errorf("mesh: publish on %s: %w", t.name, err)
	}
	return nil
}

// Next blocks until the next message from another peer that passed
// validation, or until ctx ends or the topic is closed.
func (t *Topic) Next(ctx context.Context) (*Message, error) {
	for {
		pm, err := t.sub.Next(ctx)
		if err != nil {
			return nil, err
		}
		if pm.GetFrom() == t.self {
			continue
		}
		return &Message{Author: pm.GetFrom(), ReceivedFrom: pm.ReceivedFrom, Data: pm.Data, Decoded: pm.ValidatorData}, nil
	}
}

// Peers returns the peers we know to be subscribed to the topic.
func (t *Topic) Peers() []peer.ID { return t.t.ListPeers() }

// WaitPeers blocks until at least n peers are known to subscribe to the
// topic, or ctx ends. It wakes on pubsub's own peer-join events, and reads
// the list again at heartbeat pace too: a join that pubsub's loop handles
// while the event handler is being registered is seen in the list but may
// raise no event (seen in about one run in fifteen).
func (t *Topic) WaitPeers(ctx context.Context, n int) error {
	events, err := t.t.EventHandler()
	if err != nil {
		return fmt.Errorf("mesh: watch peers of %s: %w", t.name, err)
	}
	defer events.Cancel()
	for len(t.t.ListPeers()) < n {
		beat, cancel := t.clk.WithTimeout(ctx, time.Second)
		_, err := events.NextPeerEvent(beat)
		cancel()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
	}
	return nil
}

func (t *Topic) close() {
	t.sub.Cancel()
	_ = t.t.Close()
	_ = t.ps.UnregisterTopicValidator(t.name)
}

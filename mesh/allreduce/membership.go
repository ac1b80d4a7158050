package allreduce

// The membership shell: it drives the pure core in mesh/allreduce/membership
// (views, epochs, quorum, blame, the coordinator's decision, standby
// call-in) and carries out what it asks. Group.mu guards the core; every
// Step is followed by applyLocked, which does under the lock what must
// happen at once (abort the operation, drop the links, wake a standby's
// AllReduce, route answers to the handlers waiting for them) and queues the
// rest (requests to peers, logs, OnFault) for unlock to run outside it.

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
)

// The core's types, instantiated with libp2p's peer IDs; they are also the
// control messages' bodies.
type (
	accusation = membership.Accusation[peer.ID]
	claim      = membership.Claim[peer.ID]
	probeReply = membership.ProbeReply[peer.ID]
	decision   = membership.Decision[peer.ID]
	view       = membership.View[peer.ID]
	done       = membership.Done
	message    = membership.Message[peer.ID]
)

// accusationDetailMax bounds the text of an accusation.
const accusationDetailMax = membership.AccusationDetailMax

// effects are what a Step asked for that runs outside Group.mu.
type effects struct {
	requests []message
	events   []membership.Event[peer.ID]
}

// outcome is the core's answer to a MsgNeedView, with the faults the view
// it adopted reports: ensureView reports them, so that OnFault runs on the
// goroutine running AllReduce, before it returns.
type outcome struct {
	membership.Outcome[peer.ID]
	faults []membership.Fault[peer.ID]
}

// stepLocked feeds the core msg and applies what it asks.
func (g *Group) stepLocked(msg message) {
	g.m.Step(g.clk.Now().UnixNano(), msg)
	g.applyLocked()
}

// step is stepLocked under the lock, with the effects run after it.
func (g *Group) step(msg message) {
	g.mu.Lock()
	g.stepLocked(msg)
	g.unlock()
}

// tick lets the core see the time (a join past ViewTimeout ends).
func (g *Group) tick() {
	g.mu.Lock()
	g.m.Tick(g.clk.Now().UnixNano())
	g.applyLocked()
	g.unlock()
}

// unlock releases Group.mu and then carries out the queued effects.
func (g *Group) unlock() {
	fx := g.fx
	g.fx = effects{}
	// The request goroutines are counted here, under the lock, so that
	// close (which steps MsgClose under it and then waits) never waits
	// while one is still being added; a closed group sends nothing.
	if g.m.Closed() {
		fx.requests = nil
	}
	g.tasks.Add(len(fx.requests))
	g.mu.Unlock()
	g.run(fx)
}

// applyLocked drains the core's Ready.
func (g *Group) applyLocked() {
	rd := g.m.Ready()
	g.m.Advance()
	if rd.Abort && g.abort != nil {
		if g.m.Closed() {
			g.abort(ErrClosed)
		} else {
			g.abort(errViewChange)
		}
	}
	if rd.DropLinks {
		g.dropLinksLocked()
	}
	for _, e := range rd.Events {
		switch e.Kind {
		case membership.EventActivated:
			g.wakeLocked()
		case membership.EventStandby:
			g.activated = make(chan struct{})
		case membership.EventClosed:
			g.stash.reset()
			g.wakeLocked() // a waiting AllReduce sees closed
		case membership.EventRejoinRefused:
			g.rejoinErr = fmt.Errorf("%w: %s", ErrRejoinRefused, e.Detail)
			g.wakeLocked() // CalledIn returns it
		}
	}
	g.fx.events = append(g.fx.events, rd.Events...)
	for _, msg := range rd.Messages {
		if msg.Ref == 0 {
			g.fx.requests = append(g.fx.requests, msg)
			continue
		}
		// An answer to a peer's request: its handler waits for it.
		if ch, ok := g.answers[msg.Ref]; ok {
			delete(g.answers, msg.Ref)
			ch <- msg
		}
	}
	// Faults come only with the adoption of a view, which answers the
	// pending MsgNeedView in the same Ready.
	if o := rd.Outcome; o != nil {
		select {
		case <-g.outcome: // a stale one nobody waited for
		default:
		}
		g.outcome <- outcome{Outcome: *o, faults: rd.Faults}
	}
}

// wakeLocked closes the channel a standby's AllReduce waits on.
func (g *Group) wakeLocked() {
	if g.activated == nil {
		return
	}
	select {
	case <-g.activated:
	default:
		close(g.activated)
	}
}

// run carries out effects: log, send requests.
func (g *Group) run(fx effects) {
	for _, e := range fx.events {
		g.logEvent(e)
	}
	for _, msg := range fx.requests {
		go func() { // counted by unlock
			defer g.tasks.Done()
			g.send(msg)
		}()
	}
}

func (g *Group) logEvent(e membership.Event[peer.ID]) {
	switch e.Kind {
	case membership.EventAccused:
		g.log.Warn("all-reduce peer misbehaved", "peer", e.Peer, "detail", e.Detail)
	case membership.EventNotAccusing:
		g.log.Info("not accusing a neighbour: this member is holding up the ring itself", "peer", e.Peer, "detail", e.Detail)
	case membership.EventRejoining:
		g.log.Debug("re-forming the ring", "target epoch", e.Epoch, "candidates", e.Detail)
	case membership.EventExcused:
		g.log.Info("accused member kept: it was waiting on a neighbour itself, or its accuser's word counts for nothing (a convict's, a false proof's)", "peer", e.Peer, "detail", e.Detail, "epoch", e.Epoch)
	case membership.EventCoordinated:
		g.log.Info("coordinated view", "epoch", e.Epoch, "decision", e.Detail)
	case membership.EventDisputed:
		g.log.Warn("silence dispute: both kept, the ring reordered to keep them apart where it can", "epoch", e.Epoch, "detail", e.Detail)
	case membership.EventStandbyRefused:
		g.log.Warn("standby did not take the call", "peer", e.Peer, "err", e.Detail)
	case membership.EventAdopted:
		g.log.Info("adopted view", "epoch", e.Epoch, "view", e.Detail)
	case membership.EventCallingIn:
		g.log.Info("calling in standbys", "epoch", e.Epoch, "view", e.Detail)
	case membership.EventActivated:
		g.log.Info("called in from standby", "by", e.Peer, "epoch", e.Epoch, "detail", e.Detail)
	case membership.EventStandby:
		g.log.Info("back to standby", "epoch", e.Epoch)
	case membership.EventWithdrawn:
		g.log.Warn("gave up coordinating a view: members that reached this one could not be reached from it", "epoch", e.Epoch, "detail", e.Detail)
	case membership.EventRejoinAsked:
		g.log.Info("a restarted member asks to be let back in", "peer", e.Peer, "detail", e.Detail)
	case membership.EventRejoinRefused:
		g.log.Warn("not let back into the ring", "why", e.Detail)
	}
}

// send carries out one of the core's requests to a peer and steps the
// answer (or the failure) back in.
func (g *Group) send(msg message) {
	fail := func(err error) {
		g.log.Debug("control request failed", "type", msg.Type, "peer", msg.To, "err", err)
		g.step(message{Type: membership.MsgUnreachable, From: msg.To, Req: msg.Type, Epoch: msg.Epoch, Err: err.Error()})
	}
	switch msg.Type {
	case membership.MsgProbe:
		ctx, cancel := g.clk.WithTimeout(g.ctx, g.params.ProbeTimeout)
		defer cancel()
		var r probeReply
		if err := g.request(ctx, msg.To, ctlRequest{Type: ctlProbe, Group: g.spec.ID, Epoch: msg.Epoch}, &r); err != nil {
			fail(err)
			return
		}
		g.checkAccusations(r.Accuse)
		g.step(message{Type: membership.MsgProbeReply, From: msg.To, Epoch: msg.Epoch, Probe: &r})
	case membership.MsgJoin:
		ctx, cancel := g.clk.WithTimeout(g.ctx, g.params.ViewTimeout)
		defer cancel()
		var d decision
		if err := g.request(ctx, msg.To, ctlRequest{Type: ctlJoin, Group: g.spec.ID, Epoch: msg.Epoch, Accuse: msg.Accuse}, &d); err != nil {
			fail(err)
			return
		}
		if d.View != nil {
			if err := validateView(d.View, &g.spec, 0); err != nil {
				fail(err)
				return
			}
		}
		g.step(message{Type: membership.MsgDecision, From: msg.To, Epoch: msg.Epoch, Decision: &d})
	case membership.MsgActivate:
		ctx, cancel := g.clk.WithTimeout(g.ctx, g.params.ProbeTimeout)
		defer cancel()
		var ack struct{}
		if err := g.request(ctx, msg.To, ctlRequest{Type: ctlActivate, Group: g.spec.ID, Epoch: msg.View.Epoch, View: msg.View}, &ack); err != nil {
			fail(err)
			return
		}
		g.step(message{Type: membership.MsgActivated, From: msg.To, Epoch: msg.Epoch})
	case membership.MsgRejoin:
		ctx, cancel := g.clk.WithTimeout(g.ctx, g.params.ProbeTimeout)
		defer cancel()
		var ack struct{}
		if err := g.request(ctx, msg.To, ctlRequest{Type: ctlRejoin, Group: g.spec.ID}, &ack); err != nil {
			fail(err)
			return
		}
		g.step(message{Type: membership.MsgRejoinAck, From: msg.To})
	}
}

func (g *Group) request(ctx context.Context, to peer.ID, req ctlRequest, resp any) error {
	req.Spec = g.digest
	b, err := json.Marshal(req)
	if err != nil {
		return err
	}
	// Control messages are small: they may cross a relay when a member is
	// reachable no other way (relayed.go), so that it can still be probed
	// and told about views.
	ctx = network.WithAllowLimitedConn(ctx, "trainmesh all-reduce control")
	out, err := g.host.Request(ctx, to, ControlProtocol, b, controlBytesMax)
	if err != nil {
		return err
	}
	return decodeJSON(out, resp)
}

// call steps a peer's request into the core and waits for its answer.
func (g *Group) call(ctx context.Context, msg message) (message, error) {
	ch := make(chan message, 1)
	g.mu.Lock()
	g.nextRef++
	msg.Ref = g.nextRef
	g.answers[msg.Ref] = ch
	// A coordinator's probe aborts the operation, and a join may start a
	// coordination: the lanes that were stalled say so first (stall.go).
	g.noteStallsLocked(g.clk.Now())
	g.stepLocked(msg)
	g.unlock()
	select {
	case a := <-ch:
		return a, nil
	case <-ctx.Done():
		g.mu.Lock()
		delete(g.answers, msg.Ref)
		g.mu.Unlock()
		return message{}, ctx.Err()
	}
}

func (g *Group) handleProbe(ctx context.Context, from peer.ID, req ctlRequest) (probeReply, error) {
	a, err := g.call(ctx, message{Type: membership.MsgProbe, From: from, Epoch: req.Epoch})
	if err != nil {
		return probeReply{}, err
	}
	if a.Err != "" || a.Probe == nil {
		return probeReply{}, fmt.Errorf("%w: %s", ErrProtocol, a.Err)
	}
	return *a.Probe, nil
}

func (g *Group) handleJoin(ctx context.Context, from peer.ID, req ctlRequest) (decision, error) {
	ctx, cancel := g.clk.WithTimeout(ctx, g.params.ViewTimeout)
	defer cancel()
	g.checkAccusations(req.Accuse)
	a, err := g.call(ctx, message{Type: membership.MsgJoin, From: from, Epoch: req.Epoch, Accuse: req.Accuse})
	if err != nil {
		return decision{}, err
	}
	if a.Err != "" {
		return decision{}, fmt.Errorf("%w: %s", ErrProtocol, a.Err)
	}
	return *a.Decision, nil
}

// handleRejoin answers a restarted member's request to be let back in:
// the core remembers it for the next view's probe (starting that view),
// or refuses (a full ring, say), which the asker gets as an error.
func (g *Group) handleRejoin(ctx context.Context, from peer.ID) error {
	a, err := g.call(ctx, message{Type: membership.MsgRejoin, From: from})
	if err != nil {
		return err
	}
	if a.Err != "" {
		return fmt.Errorf("%w: %s", ErrProtocol, a.Err)
	}
	return nil
}

// handleActivate calls this standby into the ring req.View, from its first
// operation on.
func (g *Group) handleActivate(ctx context.Context, from peer.ID, req ctlRequest) error {
	if req.View == nil {
		return fmt.Errorf("%w: activation without a view", ErrProtocol)
	}
	if err := validateView(req.View, &g.spec, 1); err != nil {
		return err
	}
	a, err := g.call(ctx, message{Type: membership.MsgActivate, From: from, Epoch: req.Epoch, View: req.View})
	if err != nil {
		return err
	}
	if a.Err != "" {
		return fmt.Errorf("%w: %s", ErrProtocol, a.Err)
	}
	return nil
}

// ensureView returns the view to run operation op in, agreeing on a new
// one first if the current one is broken. A non-nil done means op already
// completed at other members and this member's buffer holds that result.
func (g *Group) ensureView(ctx context.Context, op uint64) (view, *done, error) {
	g.mu.Lock()
	select {
	case <-g.outcome: // of a call whose caller gave up
	default:
	}
	g.stepLocked(message{Type: membership.MsgNeedView, Op: op})
	g.unlock()
	// The core ends a join at ViewTimeout; tick it then.
	t := g.clk.Timer(g.params.ViewTimeout)
	defer t.Stop()
	for {
		select {
		case o := <-g.outcome:
			for _, f := range o.faults {
				g.log.Warn("member dropped from the ring", "peer", f.Peer, "fault", f.Kind, "detail", f.Detail, "op", f.Op, "epoch", f.Epoch)
				if g.params.OnFault != nil {
					g.params.OnFault(Fault{Peer: f.Peer, Kind: f.Kind, Op: f.Op, Epoch: f.Epoch, Detail: f.Detail})
				}
			}
			return g.outcomeResult(o.Outcome)
		case <-t.C:
			g.tick()
			t.Reset(g.params.ViewTimeout)
		case <-ctx.Done():
			return view{}, nil, fmt.Errorf("%w: %w", ErrNoCoordinator, ctx.Err())
		}
	}
}

func (g *Group) outcomeResult(o membership.Outcome[peer.ID]) (view, *done, error) {
	switch o.Kind {
	case membership.OutcomeRun:
		return o.View, nil, nil
	case membership.OutcomeCompleted:
		return o.View, o.Done, nil
	case membership.OutcomeBackToStandby:
		return view{}, nil, errBackToStandby
	case membership.OutcomeExcluded:
		if o.Detail == "" {
			return view{}, nil, ErrExcluded
		}
		return view{}, nil, fmt.Errorf("%w %s", ErrExcluded, o.Detail)
	case membership.OutcomeQuorum:
		return view{}, nil, fmt.Errorf("%w: %s", ErrQuorum, o.Detail)
	case membership.OutcomeDiverged:
		return view{}, nil, fmt.Errorf("%w: %s", ErrDiverged, o.Detail)
	case membership.OutcomeNoCoordinator:
		return view{}, nil, fmt.Errorf("%w: %s", ErrNoCoordinator, o.Detail)
	}
	return view{}, nil, ErrClosed
}

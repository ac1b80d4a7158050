package allreduce

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// coordination is one agreement on view epoch, run by the member that is
// first in ring order among those alive. Its decision answers every join
// for that epoch.
type coordination struct {
	epoch uint64
	done  chan struct{} // closed once dec is set
	dec   decision
	// joinClaims collects the accusations joiners sent while it ran.
	mu         sync.Mutex // mu guards joinClaims
	joinClaims []claim
}

// changeView agrees on view target: it asks the members of the current
// view, in ring order, to coordinate it (itself included), and returns the
// first decision it gets. A member that cannot be reached is skipped; so
// is one this member accuses.
func (g *Group) changeView(ctx context.Context, target uint64) (decision, error) {
	ctx, cancel := context.WithTimeout(ctx, g.params.ViewTimeout)
	defer cancel()
	g.mu.Lock()
	candidates := slices.Clone(g.view.Members)
	accused := g.accusationsLocked()
	g.mu.Unlock()
	g.log.Debug("re-forming the ring", "target epoch", target, "candidates", len(candidates))
	var errs []error
	for _, c := range candidates {
		if slices.ContainsFunc(accused, func(a accusation) bool { return a.Peer == c }) {
			continue
		}
		d, err := g.ask(ctx, c, target, accused)
		if err == nil && d.Redirect != "" {
			d, err = g.ask(ctx, d.Redirect, target, accused)
			if err == nil && d.Redirect != "" {
				err = fmt.Errorf("%w: redirected twice", ErrProtocol)
			}
		}
		if err == nil {
			return d, nil
		}
		if ctx.Err() != nil {
			return decision{}, fmt.Errorf("%w: %w", ErrNoCoordinator, errors.Join(append(errs, ctx.Err())...))
		}
		errs = append(errs, fmt.Errorf("%s: %w", c, err))
	}
	return decision{}, fmt.Errorf("%w: %w", ErrNoCoordinator, errors.Join(errs...))
}

// ask asks member c to coordinate view target (or coordinates it, if c is
// this member).
func (g *Group) ask(ctx context.Context, c peer.ID, target uint64, accused []accusation) (decision, error) {
	if c == g.self {
		return g.coordinate(ctx, target, g.self, accused)
	}
	req := ctlRequest{Type: ctlJoin, Group: g.spec.ID, Epoch: target, Accuse: accused}
	var d decision
	if err := g.request(ctx, c, req, &d); err != nil {
		return decision{}, err
	}
	if d.View != nil {
		if err := d.View.validate(&g.spec, 0); err != nil {
			return decision{}, err
		}
	}
	if d.View == nil && d.Redirect == "" && d.Err == "" {
		return decision{}, fmt.Errorf("%w: empty decision", ErrProtocol)
	}
	return d, nil
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

// coordinate returns the decision for view target, starting the
// coordination if none runs here yet. Whoever asks first (this member's
// own changeView, or a peer's join) starts it; everyone waits for the same
// decision. accused are the accusations of the asker, from.
func (g *Group) coordinate(ctx context.Context, target uint64, from peer.ID, accused []accusation) (decision, error) {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return decision{}, ErrClosed
	}
	if g.view.Epoch >= target {
		// Already agreed (this member adopted it, or a later one).
		v := g.view
		g.mu.Unlock()
		return decision{View: &v}, nil
	}
	g.requestChangeLocked(target)
	c := g.coord
	if c == nil || c.epoch < target {
		c = &coordination{epoch: target, done: make(chan struct{})}
		g.coord = c
		go g.runCoordination(c)
	}
	g.mu.Unlock()
	if len(accused) > 0 {
		c.mu.Lock()
		// Each peer has one accusation per other peer to make; a peer that
		// keeps joining cannot grow the list past that.
		if limit := 2 * (len(g.spec.Members) + len(g.spec.Standbys)) * (len(g.spec.Members) + len(g.spec.Standbys)); len(c.joinClaims)+len(accused) <= limit {
			for _, a := range accused {
				c.joinClaims = append(c.joinClaims, claim{By: from, accusation: a})
			}
		}
		c.mu.Unlock()
	}
	select {
	case <-c.done:
		return c.dec, nil
	case <-ctx.Done():
		return decision{}, ctx.Err()
	}
}

// runCoordination probes every member and standby, then decides the view:
// the members that answered and are not accused, in ring order, running
// the highest operation any of them is at; standbys that answered are
// called in from the next operation, up to the award's size.
func (g *Group) runCoordination(c *coordination) {
	ctx, cancel := context.WithTimeout(context.Background(), g.params.ViewTimeout)
	defer cancel()
	g.mu.Lock()
	old := g.view
	g.noteStallsLocked(g.clk.Now())
	me := g.probeReplyLocked()
	g.mu.Unlock()

	var targets []peer.ID
	for _, p := range append(slices.Clone(old.Members), g.spec.Standbys...) {
		if p != g.self && !slices.Contains(targets, p) {
			targets = append(targets, p)
		}
	}
	replies := g.probeAll(ctx, targets, c.epoch)
	replies[g.self] = me

	var claims []claim
	for p, r := range replies {
		for _, a := range r.Accuse {
			claims = append(claims, claim{By: p, accusation: a})
		}
	}
	c.mu.Lock()
	claims = append(claims, c.joinClaims...)
	c.mu.Unlock()
	accused := blame(claims, func(p peer.ID) bool { _, ok := replies[p]; return ok })
	excused := map[peer.ID]bool{}
	for _, cl := range claims {
		if _, ok := accused[cl.Peer]; !ok && !excused[cl.Peer] {
			excused[cl.Peer] = true
			g.log.Info("accused member excused: it was waiting on a neighbour itself", "peer", cl.Peer, "by", cl.By, "detail", cl.Detail, "epoch", c.epoch)
		}
	}

	dec := g.decide(c.epoch, old, replies, accused)
	if dec.Redirect == "" && dec.View != nil && dec.View.Next != nil {
		g.activate(ctx, dec.View)
	}
	g.log.Info("coordinated view", "epoch", c.epoch, "decision", describe(dec))
	c.dec = dec
	close(c.done)
}

// decide is the coordinator's rule, given every probe reply (this
// member's own included) and every accusation it heard.
func (g *Group) decide(epoch uint64, old view, replies map[peer.ID]probeReply, accused map[peer.ID]accusation) decision {
	alive := func(p peer.ID) bool {
		_, ok := replies[p]
		_, bad := accused[p]
		return ok && !bad
	}
	// A member that already adopted this epoch (or a later one) holds its
	// decision: another coordinator ran it while this member was skipped
	// (an asker accused the first) or asked late. Send the askers there,
	// so that one epoch has one ring. It answers with its view.
	for _, m := range old.Members {
		if r, ok := replies[m]; ok && m != g.self && !r.Standby && r.Epoch >= epoch {
			return decision{Redirect: m}
		}
	}
	// The coordinator is the first live member in ring order: if one
	// before this member answered, it coordinates.
	for _, m := range old.Members {
		if m == g.self {
			break
		}
		if alive(m) && !replies[m].Standby {
			return decision{Redirect: m}
		}
	}
	v := view{Epoch: epoch}
	for _, m := range old.Members {
		if alive(m) && !replies[m].Standby {
			v.Members = append(v.Members, m)
			continue
		}
		a, ok := accused[m]
		if !ok {
			a = accusation{Peer: m, Kind: FaultMissed, Detail: "did not answer the coordinator's probe"}
		}
		v.Dropped = append(v.Dropped, a)
	}
	if len(v.Members) < g.spec.Quorum {
		return decision{Err: fmt.Sprintf("%d members left of %d, quorum is %d (dropped: %s)", len(v.Members), len(g.spec.Members), g.spec.Quorum, describeDropped(v.Dropped))}
	}
	for _, m := range v.Members {
		v.Op = max(v.Op, replies[m].Op)
	}
	if v.Op > 0 {
		for _, m := range v.Members {
			// Only a member that moved on to v.Op has seen every
			// member's checksum of v.Op-1 agree.
			if d := replies[m].Done; d != nil && d.Op == v.Op-1 && replies[m].Op == v.Op {
				p := *d
				v.Prev = &p
				break
			}
		}
	}
	// If every member left finished the all-gather of v.Op with the same
	// checksum, the complete sum exists everywhere (an all-gather finishes
	// only once every member's contribution is in every segment): the
	// operation is done, with all the old ring's contributions, as it is at
	// any member that saw the checksums agree before the ring broke.
	if v.Prev == nil {
		var first *done
		all := true
		for _, m := range v.Members {
			r := replies[m].Ready
			if r == nil || r.Op != v.Op || (first != nil && r.Checksum != first.Checksum) {
				all = false
				break
			}
			if first == nil {
				first = r
			}
		}
		if all && first != nil {
			p := *first
			v.Prev = &p
			v.Op++
		}
	}
	// Members still inside v.Op-1 finish it from Prev; a member that
	// finished it moved on to v.Op. Without Prev, nobody finished v.Op-1
	// and members at v.Op-1 could not catch up.
	want := len(g.spec.Members) - len(v.Members)
	var called []peer.ID
	for _, s := range g.spec.Standbys {
		if want == 0 {
			break
		}
		if r, ok := replies[s]; ok && r.Standby && alive(s) && !slices.Contains(v.Members, s) {
			called = append(called, s)
			want--
		}
	}
	if len(called) > 0 {
		v.Next = &view{Epoch: epoch + 1, Members: append(slices.Clone(v.Members), called...), Op: v.Op + 1}
	}
	return decision{View: &v}
}

// probeAll probes every target in parallel, each bounded by ProbeTimeout,
// and returns the replies of those that answered.
func (g *Group) probeAll(ctx context.Context, targets []peer.ID, epoch uint64) map[peer.ID]probeReply {
	var mu sync.Mutex
	replies := map[peer.ID]probeReply{}
	var wg sync.WaitGroup
	for _, p := range targets {
		wg.Go(func() {
			pctx, cancel := context.WithTimeout(ctx, g.params.ProbeTimeout)
			defer cancel()
			var r probeReply
			if err := g.request(pctx, p, ctlRequest{Type: ctlProbe, Group: g.spec.ID, Epoch: epoch}, &r); err != nil {
				g.log.Debug("probe failed", "peer", p, "err", err)
				return
			}
			if len(r.Accuse) > len(g.spec.Members)+len(g.spec.Standbys) {
				return // more accusations than peers: not an honest reply
			}
			mu.Lock()
			replies[p] = r
			mu.Unlock()
		})
	}
	wg.Wait()
	return replies
}

// activate tells the standbys that v.Next calls in that they are in it.
// One that does not acknowledge is left out of the plan.
func (g *Group) activate(ctx context.Context, v *view) {
	var mu sync.Mutex
	var failed []peer.ID
	var wg sync.WaitGroup
	for _, s := range v.Next.Members {
		if slices.Contains(v.Members, s) {
			continue
		}
		wg.Go(func() {
			pctx, cancel := context.WithTimeout(ctx, g.params.ProbeTimeout)
			defer cancel()
			var ack struct{}
			if err := g.request(pctx, s, ctlRequest{Type: ctlActivate, Group: g.spec.ID, Epoch: v.Next.Epoch, View: v.Next}, &ack); err != nil {
				g.log.Warn("standby did not take the call", "peer", s, "err", err)
				mu.Lock()
				failed = append(failed, s)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(failed) > 0 {
		v.Next.Members = slices.DeleteFunc(v.Next.Members, func(p peer.ID) bool { return slices.Contains(failed, p) })
		if len(v.Next.Members) == len(v.Members) {
			v.Next = nil
		}
	}
}

func (g *Group) handleProbe(req ctlRequest) probeReply {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.noteStallsLocked(g.clk.Now())
	g.requestChangeLocked(req.Epoch)
	return g.probeReplyLocked()
}

func (g *Group) probeReplyLocked() probeReply {
	r := probeReply{Epoch: g.view.Epoch, Op: g.nextOp, Done: g.last, Accuse: g.accusationsLocked(), Standby: g.standby}
	if g.resultReady && g.resultOp == g.nextOp {
		r.Ready = &done{Op: g.resultOp, Checksum: g.resultChecksum, Members: len(g.view.Members)}
	}
	return r
}

func (g *Group) handleJoin(ctx context.Context, from peer.ID, req ctlRequest) (decision, error) {
	if len(req.Accuse) > len(g.spec.Members)+len(g.spec.Standbys) {
		return decision{}, fmt.Errorf("%w: %d accusations", ErrProtocol, len(req.Accuse))
	}
	ctx, cancel := context.WithTimeout(ctx, g.params.ViewTimeout)
	defer cancel()
	return g.coordinate(ctx, req.Epoch, from, req.Accuse)
}

// handleActivate calls this standby into the ring req.View, from its first
// operation on.
func (g *Group) handleActivate(from peer.ID, req ctlRequest) error {
	if req.View == nil {
		return fmt.Errorf("%w: activation without a view", ErrProtocol)
	}
	if err := req.View.validate(&g.spec, 1); err != nil {
		return err
	}
	if !slices.Contains(req.View.Members, g.self) {
		return fmt.Errorf("%w: activation into a ring without this standby", ErrProtocol)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.spec.isStandby(g.self) {
		return fmt.Errorf("%w: not a standby", ErrProtocol)
	}
	if req.View.Epoch <= g.view.Epoch && !g.standby {
		return nil // already called into this or a later ring
	}
	g.log.Info("called in from standby", "by", from, "epoch", req.View.Epoch, "from op", req.View.Op)
	g.view = *req.View
	g.nextOp = req.View.Op
	g.dropLinksLocked()
	if g.standby {
		g.standby = false
		close(g.activated)
	}
	return nil
}

func describe(d decision) string {
	switch {
	case d.Err != "":
		return "stop: " + d.Err
	case d.Redirect != "":
		return "redirect to " + d.Redirect.String()
	}
	s := fmt.Sprintf("%d members from op %d", len(d.View.Members), d.View.Op)
	if len(d.View.Dropped) > 0 {
		s += ", dropped " + describeDropped(d.View.Dropped)
	}
	if d.View.Next != nil {
		s += fmt.Sprintf(", %d with standbys from op %d", len(d.View.Next.Members), d.View.Next.Op)
	}
	return s
}

func describeDropped(list []accusation) string {
	s := ""
	for i, a := range list {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s (%v)", a.Peer, a.Kind)
	}
	return s
}

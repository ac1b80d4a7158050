package allreduce

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh"
)

// errViewChange is the cause given to an operation aborted because the
// group is moving to a new view.
var errViewChange = errors.New("allreduce: the ring is being re-formed")

// errBackToStandby tells a standby's AllReduce that its place changed: the
// view it was called into was abandoned, and it was either sent back to
// wait or called into a later ring. AllReduce starts over.
var errBackToStandby = errors.New("allreduce: called-in standby sent back")

// Group is this host's membership in one training group. AllReduce and
// Form run one at a time (calls queue); the control handlers run
// alongside them.
type Group struct {
	svc        *Service
	host       *mesh.Host
	clk        clock.Clock // the service's clock
	self       peer.ID
	spec       Spec
	digest     [32]byte
	params     Params
	log        *slog.Logger
	chunkElems int

	opMu sync.Mutex // opMu serializes AllReduce and Form, and guards the following
	op   opState

	mu sync.Mutex // mu guards the following
	// view is the latest view this member adopted (or the award's, epoch 0).
	view view
	// wantEpoch > view.Epoch means the view is broken and a newer one is
	// being agreed; the member must not run operations in the old one.
	wantEpoch uint64
	links     *links // the linked ring of view.Epoch, or nil
	stash     stash  // incoming lanes waiting for their view
	// stashChanged is closed and replaced whenever stash changes.
	stashChanged chan struct{}
	// abort, when set, cancels the operation or link-up in progress.
	abort context.CancelCauseFunc
	// nextOp is the operation this member runs next, or is running.
	nextOp uint64
	// result* describe the buffer of operation resultOp: complete (the
	// all-gather finished) with this checksum. A member still comparing
	// checksums when the ring broke can finish from it (see adopt).
	resultReady    bool
	resultOp       uint64
	resultChecksum uint64
	last           *done // the last operation completed here
	// accused are the peers this member saw misbehave, and how; they are
	// sent to coordinators, which drop them.
	accused map[peer.ID]accusation
	coord   *coordination
	// standby: this host is a standby not (or no longer) called in; its
	// AllReduce waits on activated.
	standby   bool
	activated chan struct{}
	excluded  bool
	closed    bool
	reported  map[peer.ID]bool // faults already passed to OnFault
	hooks     testHooks        // set by tests before the first operation

	// waits are the lanes' waits on the neighbours in the operation now
	// running (stall.go); atomic, read by the control handlers.
	waits laneWaits
}

func newGroup(s *Service, spec Spec, p Params) *Group {
	log := p.Log
	if log == nil {
		log = s.log
	}
	g := &Group{
		svc:          s,
		host:         s.host,
		clk:          s.clk,
		self:         s.host.ID(),
		spec:         spec,
		digest:       spec.Digest(),
		params:       p,
		log:          log.With("group", spec.ID.String()),
		chunkElems:   spec.ChunkBytes / 4,
		view:         view{Epoch: 0, Members: slices.Clone(spec.Members), Op: 0},
		stashChanged: make(chan struct{}),
		accused:      map[peer.ID]accusation{},
		reported:     map[peer.ID]bool{},
	}
	g.waits.clk = s.clk
	if spec.isStandby(g.self) {
		g.standby = true
		g.activated = make(chan struct{})
	}
	return g
}

// Spec returns the group's spec.
func (g *Group) Spec() Spec { return g.spec }

// Members returns the ring of the current view, in order.
func (g *Group) Members() []peer.ID {
	g.mu.Lock()
	defer g.mu.Unlock()
	return slices.Clone(g.view.Members)
}

// Op returns the number of the next operation (the count of completed
// ones, for a member that was there from the start).
func (g *Group) Op() uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.nextOp
}

// Close leaves the group: its streams are reset, so the other members
// drop this one at their next operation.
func (g *Group) Close() {
	g.svc.remove(g)
	g.close()
}

func (g *Group) close() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return
	}
	g.closed = true
	if g.abort != nil {
		g.abort(ErrClosed)
	}
	g.dropLinksLocked()
	g.stash.reset()
	if g.standby {
		select {
		case <-g.activated:
		default:
			close(g.activated) // wake a waiting AllReduce; it sees closed
		}
	}
}

// AllReduce replaces buf with the element-wise sum of every live member's
// buf and returns how many members contributed. All members end with
// bit-identical buffers. If members fail mid-way, the survivors re-form the
// ring without them and redo the operation from their inputs, as long as a
// quorum remains; on error buf holds this member's input again, never a
// partial sum.
//
// On a standby, AllReduce waits until the group calls it in, then
// contributes buf to the first operation of its new ring.
func (g *Group) AllReduce(ctx context.Context, buf []float32) (int, error) {
	if len(buf) != g.spec.Len {
		return 0, fmt.Errorf("%w: %d elements, the group agreed on %d", ErrLength, len(buf), g.spec.Len)
	}
	g.opMu.Lock()
	defer g.opMu.Unlock()
	st := &g.op
	st.begin(buf)
	defer st.end()
	for attempt := 0; ; attempt++ {
		if err := g.waitActive(ctx); err != nil {
			st.restore()
			return 0, err
		}
		op := g.currentOp()
		if attempt > g.params.RedosMax {
			st.restore()
			return 0, fmt.Errorf("%w: operation %d, %d attempts", ErrRetries, op, attempt)
		}
		v, res, err := g.ensureView(ctx, op)
		if errors.Is(err, errBackToStandby) {
			st.restore()
			continue
		}
		if err != nil {
			st.restore()
			return 0, err
		}
		if res != nil {
			// The operation completed elsewhere and this buffer holds the
			// same result: finish it.
			g.finish(op, *res)
			return res.Members, nil
		}
		st.restore()
		g.clearResult()
		if len(v.Members) == 1 {
			d := done{Op: op, Members: 1}
			g.finish(op, d)
			return 1, nil
		}
		n, err := g.attempt(ctx, v, op, buf)
		if err == nil {
			return n, nil
		}
		if errors.Is(err, ErrRelayed) {
			// Terminal for this call: redoing it would cross the same
			// relay. Reset the links, so that the neighbours stop waiting
			// at once, and re-link (maybe directly by then) next call.
			g.markBroken(v.Epoch)
			st.restore()
			g.clearResult()
			return 0, err
		}
		if ctx.Err() != nil || errors.Is(err, ErrChecksum) || errors.Is(err, ErrClosed) {
			st.restore()
			g.clearResult()
			return 0, err
		}
		g.log.Info("all-reduce attempt failed; re-forming the ring", "op", op, "epoch", v.Epoch, "err", err)
		g.markBroken(v.Epoch)
	}
}

// Form links the ring of the current view and waits until every member
// reports ready (a token has gone round the ring), dropping members that
// cannot be reached within Params.StartTimeout. A standby returns at once
// with an empty Formed.
func (g *Group) Form(ctx context.Context) (Formed, error) {
	g.opMu.Lock()
	defer g.opMu.Unlock()
	g.mu.Lock()
	standby := g.standby
	g.mu.Unlock()
	if standby {
		return Formed{}, nil
	}
	for attempt := 0; attempt <= g.params.RedosMax; attempt++ {
		op := g.currentOp()
		v, _, err := g.ensureView(ctx, op)
		if err != nil {
			return Formed{}, err
		}
		if len(v.Members) > 1 {
			err = g.linkOnly(ctx, v)
		}
		if err == nil {
			f := Formed{Epoch: v.Epoch, Members: slices.Clone(v.Members)}
			for _, m := range g.spec.Members {
				if !slices.Contains(v.Members, m) {
					f.Dropped = append(f.Dropped, m)
				}
			}
			g.log.Info("ring formed", "epoch", v.Epoch, "members", len(v.Members), "dropped", len(f.Dropped))
			return f, nil
		}
		if errors.Is(err, ErrRelayed) {
			g.markBroken(v.Epoch)
			return Formed{}, err
		}
		if ctx.Err() != nil || errors.Is(err, ErrClosed) {
			return Formed{}, err
		}
		g.log.Info("ring did not link up; re-forming", "epoch", v.Epoch, "err", err)
		g.markBroken(v.Epoch)
	}
	return Formed{}, fmt.Errorf("%w: forming the ring", ErrRetries)
}

func (g *Group) currentOp() uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.nextOp
}

func (g *Group) clearResult() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.resultReady = false
}

// finish records operation op as completed here.
func (g *Group) finish(op uint64, d done) {
	g.mu.Lock()
	defer g.mu.Unlock()
	d.Op = op
	g.last = &d
	g.nextOp = op + 1
}

// waitActive returns at once for members; a standby waits to be called in.
func (g *Group) waitActive(ctx context.Context) error {
	g.mu.Lock()
	closed, standby, ch := g.closed, g.standby, g.activated
	g.mu.Unlock()
	if closed {
		return ErrClosed
	}
	if !standby {
		return nil
	}
	select {
	case <-ch:
	case <-ctx.Done():
		return ctx.Err()
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return ErrClosed
	}
	return nil
}

// markBroken records that the ring of epoch failed here: no more
// operations in it, and the next join asks for a newer one.
func (g *Group) markBroken(epoch uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.wantEpoch = max(g.wantEpoch, epoch+1)
	if g.links != nil && g.links.epoch <= epoch {
		g.dropLinksLocked()
	}
}

// requestChangeLocked notes that a peer is agreeing on view epoch: the
// current one is over, so the operation in progress is aborted.
func (g *Group) requestChangeLocked(epoch uint64) {
	if epoch <= g.view.Epoch || epoch <= g.wantEpoch {
		return
	}
	g.wantEpoch = epoch
	if g.abort != nil {
		g.abort(errViewChange)
	}
}

// accuse records misbehaviour by p, seen here.
func (g *Group) accuse(p peer.ID, kind FaultKind, detail string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.accuseLocked(p, kind, detail)
}

func (g *Group) accuseLocked(p peer.ID, kind FaultKind, detail string) {
	if len(detail) > accusationDetailMax {
		detail = detail[:accusationDetailMax]
	}
	if _, ok := g.accused[p]; ok && kind != FaultGarbage {
		return // keep the first, or a garbage report over a timeout
	}
	g.accused[p] = accusation{Peer: p, Kind: kind, Detail: detail}
	g.log.Warn("all-reduce peer misbehaved", "peer", p, "fault", kind, "detail", detail)
}

func (g *Group) accusationsLocked() []accusation {
	out := make([]accusation, 0, len(g.accused))
	for _, a := range g.accused {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b accusation) int { return compareIDs(a.Peer, b.Peer) })
	return out
}

func compareIDs(a, b peer.ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ensureView returns the view to run operation op in, agreeing on a new
// one first if the current one is broken. A non-nil done means op already
// completed at other members and this member's buffer holds that result.
func (g *Group) ensureView(ctx context.Context, op uint64) (view, *done, error) {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return view{}, nil, ErrClosed
	}
	if g.excluded {
		g.mu.Unlock()
		return view{}, nil, ErrExcluded
	}
	if nx := g.view.Next; nx != nil && op >= nx.Op && g.wantEpoch <= g.view.Epoch {
		// The planned hand-over: standbys join the ring from this op on.
		g.log.Info("calling in standbys", "epoch", nx.Epoch, "members", len(nx.Members), "op", op)
		g.view = *nx
		g.dropLinksLocked()
	}
	if g.wantEpoch <= g.view.Epoch {
		v := g.view
		g.mu.Unlock()
		return v, nil, nil
	}
	target := max(g.wantEpoch, g.view.Epoch+1)
	if g.view.Next != nil {
		target = max(target, g.view.Next.Epoch+1)
	}
	g.mu.Unlock()
	d, err := g.changeView(ctx, target)
	if err != nil {
		return view{}, nil, err
	}
	return g.adopt(d, op)
}

// adopt makes a coordinator's decision this member's view.
func (g *Group) adopt(d decision, op uint64) (view, *done, error) {
	if d.Err != "" {
		return view{}, nil, fmt.Errorf("%w: %s", ErrQuorum, d.Err)
	}
	v := *d.View
	g.mu.Lock()
	old := g.view
	in := slices.Contains(v.Members, g.self)
	planned := v.Next != nil && slices.Contains(v.Next.Members, g.self)
	switch {
	case !in && planned:
		// A standby that the new view calls in from its next ring.
		g.view = *v.Next
		g.nextOp = v.Next.Op
		g.dropLinksLocked()
		g.mu.Unlock()
		return view{}, nil, errBackToStandby
	case !in && g.spec.isStandby(g.self):
		g.standby = true
		g.activated = make(chan struct{})
		g.dropLinksLocked()
		g.mu.Unlock()
		return view{}, nil, errBackToStandby
	case !in:
		g.excluded = true
		g.dropLinksLocked()
		g.mu.Unlock()
		why := ""
		for _, a := range v.Dropped {
			if a.Peer == g.self {
				why = fmt.Sprintf(" (%v: %s)", a.Kind, a.Detail)
			}
		}
		return view{}, nil, fmt.Errorf("%w in view %d%s", ErrExcluded, v.Epoch, why)
	}
	if v.Epoch >= g.view.Epoch {
		g.view = v
		g.dropLinksLocked()
	}
	clear(g.accused) // reported; the new view is clean
	var faults []Fault
	for _, a := range v.Dropped {
		if !g.reported[a.Peer] && slices.Contains(old.Members, a.Peer) {
			g.reported[a.Peer] = true
			faults = append(faults, Fault{Peer: a.Peer, Kind: a.Kind, Op: op, Epoch: v.Epoch, Detail: a.Detail})
		}
	}
	ready, rop, rsum := g.resultReady, g.resultOp, g.resultChecksum
	g.mu.Unlock()
	for _, f := range faults {
		g.log.Warn("member dropped from the ring", "peer", f.Peer, "fault", f.Kind, "detail", f.Detail, "op", op, "epoch", v.Epoch)
		if g.params.OnFault != nil {
			g.params.OnFault(f)
		}
	}
	g.log.Info("adopted view", "epoch", v.Epoch, "members", len(v.Members), "op", v.Op)
	switch {
	case v.Op == op:
		return v, nil, nil
	case v.Op == op+1 && v.Prev != nil && v.Prev.Op == op:
		if ready && rop == op && rsum == v.Prev.Checksum {
			p := *v.Prev
			return v, &p, nil
		}
		return view{}, nil, fmt.Errorf("%w: operation %d completed at other members (checksum %016x) but not here", ErrDiverged, op, v.Prev.Checksum)
	}
	return view{}, nil, fmt.Errorf("%w: the ring runs operation %d, this member is at %d", ErrDiverged, v.Op, op)
}

// dropLinksLocked resets the streams of the linked ring, if any.
func (g *Group) dropLinksLocked() {
	if g.links != nil {
		g.links.reset()
		g.links = nil
	}
}

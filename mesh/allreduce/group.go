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
	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
)

// errViewChange is the cause given to an operation aborted because the
// group is moving to a new view.
var errViewChange = errors.New("allreduce: the ring is being re-formed")

// errBackToStandby tells a standby's AllReduce that its place changed: the
// view it was called into was abandoned, and it was either sent back to
// wait or called into a later ring. AllReduce starts over.
var errBackToStandby = errors.New("allreduce: called-in standby sent back")

// ErrRejoinRefused reports a restarted member (Rejoin) that no member
// would let back in: the ring has every seat filled (a standby took its
// seat), or every member is out of it.
var ErrRejoinRefused = errors.New("allreduce: not let back into the ring")

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
	// m is the membership core: the view, the epoch being agreed, the
	// operation counter, accusations, coordinations (membership.go).
	m     *membership.Machine[peer.ID]
	fx    effects // queued by applyLocked for unlock
	links *links  // the linked ring of the view's epoch, or nil
	stash stash   // incoming lanes waiting for their view
	// stashChanged is closed and replaced whenever stash changes.
	stashChanged chan struct{}
	// abort, when set, cancels the operation or link-up in progress.
	abort context.CancelCauseFunc
	// activated is closed when this standby is called in (or the group
	// closes); a standby's AllReduce waits on it.
	activated chan struct{}
	// joinAt, when joinPinned, is the operation CalledIn named: the
	// standby's first AllReduce must be that one (ErrCallIn otherwise).
	joinAt     uint64
	joinPinned bool
	// rejoinErr is why a restarted member stays out (Rejoin): set when
	// every member refused, which wakes its waiters.
	rejoinErr error
	// answers routes the core's answers to the handlers of peers'
	// requests, by Ref.
	answers map[uint64]chan message
	nextRef uint64
	hooks   testHooks // set by tests before the first operation
	// lanesFailed are the lane listeners' addresses a direct lane to
	// failed (lane.go), at most laneFailedMax.
	lanesFailed map[string]bool
	// tamperFwd, set only in a build with the test-only tag cheat
	// (cheat_on.go), alters this member's input to the segment it
	// forwards at hop 1 before the operation runs: a tamperer whose
	// signed transcript states what it sent, for the verifiers' hop
	// audits to catch (fault 4).
	tamperFwd func(op uint64, off int, seg []float32)

	// outcome carries the core's answer to ensureView's MsgNeedView
	// (buffered: applyLocked never blocks on it).
	outcome chan outcome
	// ctx bounds the requests the core sends; Close cancels it and waits
	// for them (tasks).
	ctx    context.Context
	cancel context.CancelFunc
	tasks  sync.WaitGroup

	// waits are the lanes' waits on the neighbours in the operation now
	// running (stall.go); atomic, read by the control handlers.
	waits laneWaits

	// last is the records of the last operation (witness.go); lastMu
	// guards it (read by callers while no operation runs, or by others).
	lastMu sync.Mutex
	last   OpRecord
	// ring is the ring the last operation this member took part in
	// completed on (LastRing), guarded by lastMu.
	ring Ring
}

// Ring is the ring an operation completed on: Op and its Members, in
// ring order.
type Ring struct {
	Op      uint64
	Members []peer.ID
}

// LastRing returns the ring this member's last AllReduce completed on,
// where it took part: the view it ran the operation in, or for an
// operation it took from the members that completed it, the view of its
// own last attempt, whose result (the same checksum) it holds. ok is
// false where it took part in no attempt (the result came from others
// before it ran one) or the call failed.
func (g *Group) LastRing() (Ring, bool) {
	g.lastMu.Lock()
	defer g.lastMu.Unlock()
	return g.ring, g.ring.Members != nil
}

func (g *Group) setRing(r Ring) {
	g.lastMu.Lock()
	defer g.lastMu.Unlock()
	g.ring = r
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
		stashChanged: make(chan struct{}),
		answers:      map[uint64]chan message{},
		outcome:      make(chan outcome, 1),
	}
	g.m = membership.New(membership.Spec[peer.ID]{Members: spec.Members, Standbys: spec.Standbys, Quorum: spec.Quorum, JoinPoint: p.JoinPoint},
		g.self, membership.Params{ViewTimeoutNs: int64(p.ViewTimeout)})
	g.ctx, g.cancel = context.WithCancel(context.Background())
	g.waits.clk = s.clk
	if g.m.Standby() {
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
	return g.m.View().Members
}

// Op returns the number of the next operation (the count of completed
// ones, for a member that was there from the start).
func (g *Group) Op() uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.m.Op()
}

// Close leaves the group: its streams are reset, so the other members
// drop this one at their next operation.
func (g *Group) Close() {
	g.svc.remove(g)
	g.close()
}

func (g *Group) close() {
	g.mu.Lock()
	if g.m.Closed() {
		g.mu.Unlock()
		return
	}
	g.stepLocked(message{Type: membership.MsgClose})
	g.unlock()
	g.cancel()
	g.tasks.Wait()
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
	// The records LastOp returns are this call's operation's or none:
	// only an attempt that runs the operation on a ring here and checks
	// every member's record sets them (runOp). An operation this member
	// finishes without a ring (a view of one: every other member was
	// dropped) or takes from the members that completed it keeps none,
	// so a training member's leaf commits to no transcript for it,
	// never to the previous operation's, whose hops a verifier would
	// otherwise check against this operation's contribution and find
	// an honest member's first hop "other than its contribution".
	g.setLast(OpRecord{})
	g.setRing(Ring{})
	var tried []peer.ID // the ring of this call's last attempt, at operation triedOp
	var triedOp uint64
	st := &g.op
	st.begin(buf)
	defer st.end()
	for attempt := 0; ; attempt++ {
		if err := g.waitActive(ctx); err != nil {
			st.restore()
			return 0, err
		}
		op := g.currentOp()
		if err := g.checkJoin(op); err != nil {
			st.restore()
			return 0, err
		}
		if hk := g.hooks.beforeOp; hk != nil {
			hk(op)
		}
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
			// same result: the core has finished it.
			if tried != nil && triedOp == op {
				g.setRing(Ring{Op: op, Members: tried})
			}
			g.joined()
			return res.Members, nil
		}
		st.restore()
		g.clearResult()
		if len(v.Members) == 1 {
			d := done{Op: op, Members: 1}
			g.finish(op, d)
			g.setRing(Ring{Op: op, Members: slices.Clone(v.Members)})
			g.joined()
			return 1, nil
		}
		tried, triedOp = slices.Clone(v.Members), op
		n, err := g.attempt(ctx, v, op, buf)
		if err == nil {
			g.setRing(Ring{Op: op, Members: tried})
			g.joined()
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
		if errors.Is(err, ErrTranscript) {
			// The checksums agreed, but a member received other than its
			// predecessor signed: the result is not to be taken, here or
			// from a member that finished (the accused is dropped from
			// the next ring by its successor's accusation).
			st.restore()
			g.clearResult()
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
	standby := g.m.Standby()
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
	return g.m.Op()
}

func (g *Group) clearResult() { g.step(message{Type: membership.MsgClearResult}) }

// finishUnlessAborted records operation op as completed here unless its
// attempt was aborted (ctx): a coordinator's probe aborts it, and this
// member's reply said it had not completed op, so the view that
// coordinator decides says whether op stands (completed from the
// members' results, or redone). Finishing anyway, between the checksum
// round and here (checking the records' signatures takes a while under
// load), left it an operation ahead of that view: "the ring runs
// operation 13, this member is at 14", and its seat lost. Checked under
// the lock the abort is applied under, so no probe slips in between.
func (g *Group) finishUnlessAborted(ctx context.Context, op uint64, d done) error {
	d.Op = op
	g.mu.Lock()
	if ctx.Err() != nil {
		g.mu.Unlock()
		return context.Cause(ctx)
	}
	g.stepLocked(message{Type: membership.MsgFinished, Done: &d})
	g.unlock()
	return nil
}

// finish records operation op as completed here.
func (g *Group) finish(op uint64, d done) {
	d.Op = op
	g.step(message{Type: membership.MsgFinished, Done: &d})
}

// Rejoin makes this member, whose process restarted while its group
// trained on, wait as a standby does to be called back in: it asks every
// other member to let it back in (membership.MsgRestarted), and the
// coordination of the next view calls it in from the operation after
// that view's, into its place in the ring's order, if the ring has a seat
// free. CalledIn then returns where it joins, or ErrRejoinRefused (why
// each member refused) if none would let it in. Call it once, before
// CalledIn, on a group created with the spec the others run.
func (g *Group) Rejoin() {
	g.mu.Lock()
	g.activated = make(chan struct{})
	g.stepLocked(message{Type: membership.MsgRestarted})
	g.unlock()
}

// waitActive returns at once for members; a standby waits to be called in.
func (g *Group) waitActive(ctx context.Context) error {
	g.mu.Lock()
	closed, standby, ch := g.m.Closed(), g.m.Standby(), g.activated
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
	if g.m.Closed() {
		return ErrClosed
	}
	if g.m.Standby() && g.rejoinErr != nil {
		return g.rejoinErr
	}
	return nil
}

// CalledIn waits until this standby is called in and returns the
// operation it joins at and the ring it joins (members return at once
// with the next operation and the current ring). A standby needs both
// before its first AllReduce: what it contributes there is computed from
// the group's state after that many operations (node: a standby called
// into a running job fetches that state first).
func (g *Group) CalledIn(ctx context.Context) (uint64, []peer.ID, error) {
	if err := g.waitActive(ctx); err != nil {
		return 0, nil, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.joinAt, g.joinPinned = g.m.Op(), true
	return g.joinAt, slices.Clone(g.m.View().Members), nil
}

// checkJoin fails a standby's first operation after CalledIn if it is not
// the one CalledIn named; from the second on, it passes.
func (g *Group) checkJoin(op uint64) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.joinPinned {
		return nil
	}
	if op != g.joinAt {
		g.joinPinned = false
		return fmt.Errorf("%w: %d, now %d", ErrCallIn, g.joinAt, op)
	}
	return nil
}

// joined unpins the join once an operation completed here.
func (g *Group) joined() {
	g.mu.Lock()
	g.joinPinned = false
	g.mu.Unlock()
}

// markBroken records that the ring of epoch failed here: no more
// operations in it, and the next join asks for a newer one.
func (g *Group) markBroken(epoch uint64) {
	g.mu.Lock()
	if g.links != nil && g.links.epoch <= epoch {
		g.dropLinksLocked()
	}
	g.stepLocked(message{Type: membership.MsgBroken, Epoch: epoch})
	g.unlock()
}

// Expel drops p from the ring for good, on purpose: a member the job
// convicted of faulty work (node, job.TrainDrop). It is the failure path
// made deliberate, at an operation's boundary: this member accuses p of
// garbage, an accusation that always stands (membership.Blame) and that
// goes with its join and its answers to probes, and marks the current
// view broken, so that its next operation asks for a new view, which the
// coordinator agrees without p. An operation in progress is not aborted:
// it completes, with p's contribution, as it does at every member. Each
// operation runs in one agreed view at every survivor, so their sums, and
// the parameters they train, stay bit-identical whichever survivor learns
// of the conviction first; p, asking to join, finds itself excluded. It
// reports whether p was in the current view.
//
// evidence is what shows the others that p was convicted (the node's
// quorum of signed attestations), checked by their Params.Convicted: a
// coordinator drops p on it, and without it the expulsion is one
// member's word (membership: garbage needs proof), which drops this
// member with p.
func (g *Group) Expel(p peer.ID, why string, evidence []byte) bool {
	g.mu.Lock()
	if g.m.Closed() || p == g.self || !slices.Contains(g.m.View().Members, p) {
		g.mu.Unlock()
		return false
	}
	// Proven: the job's quorum of re-checkers convicted p, which this
	// member checked itself; the accusation is permanent here, so that
	// every coordination, whenever it probes, drops p.
	var ev []byte
	if len(evidence) > 0 && len(evidence) < evidenceBytesMax {
		ev = append([]byte{evidenceConviction}, evidence...)
	}
	g.stepLocked(message{Type: membership.MsgAccuse, Accuse: []accusation{{Peer: p, Kind: FaultGarbage, Detail: "expelled: " + why, Evidence: ev, Proven: true}}})
	g.stepLocked(message{Type: membership.MsgBroken, Epoch: g.m.Epoch()})
	g.unlock()
	return true
}

// accuse records misbehaviour by p, seen here, that only this member
// saw: an accusation without evidence.
func (g *Group) accuse(p peer.ID, kind FaultKind, detail string) {
	g.step(message{Type: membership.MsgAccuse, Accuse: []accusation{{Peer: p, Kind: kind, Detail: detail}}})
}

// accuseProven records that p sent garbage, with evidence that shows it
// to any member (evidence.go).
func (g *Group) accuseProven(p peer.ID, detail string, evidence []byte) {
	if len(evidence) > evidenceBytesMax {
		// Too large for the others to take (a ring of hundreds): not
		// shown, it is an unprovable accusation, not a false proof.
		evidence = nil
	}
	g.step(message{Type: membership.MsgAccuse, Accuse: []accusation{{Peer: p, Kind: FaultGarbage, Detail: detail, Evidence: evidence, Proven: true}}})
}

// dropLinksLocked resets the streams of the linked ring, if any.
func (g *Group) dropLinksLocked() {
	if g.links != nil {
		g.links.reset()
		g.links = nil
	}
}

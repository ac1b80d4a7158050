package membership

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// ID is what a member is known by: the shell's peer.ID, the simulation's
// own names. Ordered, so that every rule that sorts sorts alike.
type ID interface{ ~string }

// Spec is what the core needs of the group's spec.
type Spec[P ID] struct {
	// Members are the award's winners in ring order.
	Members []P
	// Standbys are called in, in this order, when members drop.
	Standbys []P
	// Quorum is the fewest members the group goes on with.
	Quorum int
}

func (s *Spec[P]) isStandby(p P) bool { return slices.Contains(s.Standbys, p) }

// Params are the core's local settings.
type Params struct {
	// ViewTimeoutNs bounds one agreement on a new ring, in nanoseconds: a
	// join that has no decision by then fails (OutcomeNoCoordinator), and a
	// coordination decides with the probe replies it has.
	ViewTimeoutNs int64
}

// MsgType names a Message.
type MsgType uint8

// Message types. The first group is what the shell reports of this
// member; the second is requests from peers (answered through Ready with
// the request's Ref); the third is peers' answers to this member's
// requests.
const (
	// MsgNeedView: the shell wants to run operation Op. Ready's Outcome
	// answers, at once or once a new view is agreed.
	MsgNeedView MsgType = iota + 1
	// MsgBroken: the ring of Epoch failed here.
	MsgBroken
	// MsgAccuse: this member saw Accuse[0] misbehave. Holding reports
	// whether this member is itself holding up a lane (HoldsUp): then an
	// accusation of missing chunks is not made.
	MsgAccuse
	// MsgResult: the all-gather of Done.Op finished here with
	// Done.Checksum; the checksums are being compared.
	MsgResult
	// MsgClearResult: the buffer no longer holds a result.
	MsgClearResult
	// MsgFinished: operation Done.Op completed here.
	MsgFinished
	// MsgClose: the member leaves the group.
	MsgClose

	// MsgProbe: From probes this member while agreeing on view Epoch.
	MsgProbe
	// MsgJoin: From asks this member to coordinate view Epoch; Accuse are
	// its accusations.
	MsgJoin
	// MsgActivate: From calls this standby into View.
	MsgActivate

	// MsgProbeReply: From answered a probe for view Epoch with Probe.
	MsgProbeReply
	// MsgDecision: From answered a join with Decision.
	MsgDecision
	// MsgActivated: From took the call into the view planned by the
	// coordination of Epoch.
	MsgActivated
	// MsgUnreachable: this member's request Req to From (for Epoch) got no
	// answer; Err says why.
	MsgUnreachable
)

var msgNames = [...]string{"", "need-view", "broken", "accuse", "result", "clear-result", "finished", "close",
	"probe", "join", "activate", "probe-reply", "decision", "activated", "unreachable"}

func (t MsgType) String() string {
	if int(t) < len(msgNames) {
		return msgNames[t]
	}
	return fmt.Sprintf("MsgType(%d)", uint8(t))
}

// Message is an input of Step and an output of Ready. Fields beyond Type
// are set for the types that say so.
type Message[P ID] struct {
	Type MsgType
	// From is the sender of a request or answer stepped in; To the
	// recipient of one in Ready.
	From, To P
	// Ref is the shell's handle on a request from a peer, echoed on the
	// answer in Ready so that the shell can route it back.
	Ref   uint64
	Epoch uint64
	Op    uint64
	// Req is the request type that failed (MsgUnreachable).
	Req     MsgType
	Accuse  []Accusation[P]
	Holding bool
	View    *View[P]
	Probe   *ProbeReply[P]
	// Decision answers a join (MsgDecision).
	Decision *Decision[P]
	Done     *Done
	// Err is why a request failed (MsgUnreachable), or why this member
	// refuses a request (an answer in Ready).
	Err string
}

// OutcomeKind says how a MsgNeedView ended.
type OutcomeKind uint8

// Outcomes.
const (
	// OutcomeRun: run the operation in View.
	OutcomeRun OutcomeKind = iota + 1
	// OutcomeCompleted: the operation completed at other members and this
	// member's buffer holds the same result (Done); it is finished here.
	OutcomeCompleted
	// OutcomeBackToStandby: this standby's place changed; start over.
	OutcomeBackToStandby
	// OutcomeExcluded: the others dropped this member.
	OutcomeExcluded
	// OutcomeQuorum: fewer members than the quorum are left.
	OutcomeQuorum
	// OutcomeDiverged: the ring runs another operation than this member.
	OutcomeDiverged
	// OutcomeNoCoordinator: no member coordinated the new view in time.
	OutcomeNoCoordinator
	// OutcomeClosed: the member left the group.
	OutcomeClosed
)

var outcomeNames = [...]string{"", "run", "completed", "back-to-standby", "excluded", "quorum", "diverged", "no-coordinator", "closed"}

func (k OutcomeKind) String() string {
	if int(k) < len(outcomeNames) {
		return outcomeNames[k]
	}
	return fmt.Sprintf("OutcomeKind(%d)", uint8(k))
}

// Outcome answers a MsgNeedView.
type Outcome[P ID] struct {
	Kind OutcomeKind
	// View to run in (OutcomeRun, OutcomeCompleted).
	View View[P]
	// Done is the completed operation (OutcomeCompleted).
	Done *Done
	// Detail says why, for the error kinds.
	Detail string
}

// EventKind names what happened, for logs and golden scripts.
type EventKind uint8

// Events.
const (
	// EventAccused: this member accuses Peer (Detail).
	EventAccused EventKind = iota + 1
	// EventNotAccusing: an accusation of Peer was not made, as this member
	// holds up the ring itself.
	EventNotAccusing
	// EventRejoining: the view is broken; agreeing on Epoch.
	EventRejoining
	// EventExcused: a coordinator excused Peer, accused by another member
	// of missing chunks, as it was waiting on a neighbour itself.
	EventExcused
	// EventCoordinated: this member decided view Epoch (Detail).
	EventCoordinated
	// EventStandbyRefused: standby Peer did not take the call.
	EventStandbyRefused
	// EventAdopted: this member adopted view Epoch.
	EventAdopted
	// EventCallingIn: the planned hand-over: standbys join from this op.
	EventCallingIn
	// EventActivated: this standby is called in (its waiters may run).
	EventActivated
	// EventStandby: this member is a standby waiting to be called in again.
	EventStandby
	// EventClosed: the member left.
	EventClosed
)

var eventNames = [...]string{"", "accused", "not-accusing", "rejoining", "excused", "coordinated", "standby-refused", "adopted", "calling-in", "activated", "standby", "closed"}

func (k EventKind) String() string {
	if int(k) < len(eventNames) {
		return eventNames[k]
	}
	return fmt.Sprintf("EventKind(%d)", uint8(k))
}

// Event is something that happened.
type Event[P ID] struct {
	Kind   EventKind
	Peer   P
	Epoch  uint64
	Detail string
	// Dropped are the members a coordination's decision drops, and why
	// (EventCoordinated), also when it stops the group for want of a
	// quorum: its askers learn only that.
	Dropped []Accusation[P]
}

// Ready is what the core asks the shell to do, in order: abort the running
// operation, drop the linked ring, send Messages (requests to peers, and
// answers to peers' requests by Ref), report Faults, and deliver Outcome.
type Ready[P ID] struct {
	// Abort: a new view is being agreed; the operation in progress (or the
	// link-up) must stop.
	Abort bool
	// DropLinks: the linked ring is no longer this member's view.
	DropLinks bool
	Messages  []Message[P]
	Events    []Event[P]
	// Faults are members dropped from the ring, each reported once.
	Faults []Fault[P]
	// Outcome answers the pending MsgNeedView, once.
	Outcome *Outcome[P]
}

// coordination is one agreement on view epoch, run by this member as the
// first in ring order among those alive. Its decision answers every join
// for that epoch.
type coordination[P ID] struct {
	epoch   uint64
	startNs int64
	old     View[P]
	replies map[P]ProbeReply[P]
	pending map[P]bool // probed, not answered yet
	// joinClaims are the accusations joiners sent while it ran.
	joinClaims []Claim[P]
	// waiters are the joins to answer: a peer and its request's Ref, or
	// this member's own join (selfWaits).
	waiters   []Message[P]
	selfWaits bool
	// dec is the decision: once decided, it answers every join at once;
	// while activating, it waits for the called-in standbys.
	dec        *Decision[P]
	activating map[P]bool
	failed     []P
	decided    bool
	dropped    []Accusation[P] // whom dec drops
}

// joining is this member's own agreement on a new view: it asks the
// members of its view, in ring order, to coordinate it.
type joining[P ID] struct {
	op         uint64
	target     uint64
	deadlineNs int64
	candidates []P
	accused    []Accusation[P]
	asked      P    // the member asked now
	redirected bool // asked is a coordinator's redirect
	errs       []string
}

// coordinationsMax bounds the coordinations kept: the latest, and one
// older still probing, whose askers it must answer.
const coordinationsMax = 4

// Machine is one member's membership of one group. It is not safe for
// concurrent use: the shell holds a lock around it.
type Machine[P ID] struct {
	spec Spec[P]
	self P
	p    Params

	// view is the latest view this member adopted (or the award's, epoch 0).
	view View[P]
	// wantEpoch > view.Epoch means the view is broken and a newer one is
	// being agreed; the member must not run operations in the old one.
	wantEpoch uint64
	// nextOp is the operation this member runs next, or is running.
	nextOp uint64
	// result is the buffer's complete result of operation result.Op (its
	// all-gather finished), or nil. A member still comparing checksums when
	// the ring broke can finish from it (adopt).
	result *Done
	last   *Done // the last operation completed here
	// accused are the peers this member saw misbehave, and how; they are
	// sent to coordinators, which drop them.
	accused  map[P]Accusation[P]
	standby  bool // a standby not (or no longer) called in
	excluded bool
	closed   bool
	reported map[P]bool // faults already reported

	coords []*coordination[P] // oldest first; the last is the latest
	join   *joining[P]

	ready Ready[P]
}

// New returns the membership of self in the group spec, at the award's
// view (epoch 0, every member, operation 0).
func New[P ID](spec Spec[P], self P, p Params) *Machine[P] {
	spec.Members = slices.Clone(spec.Members)
	spec.Standbys = slices.Clone(spec.Standbys)
	return &Machine[P]{
		spec: spec, self: self, p: p,
		view:     View[P]{Members: slices.Clone(spec.Members)},
		accused:  map[P]Accusation[P]{},
		reported: map[P]bool{},
		standby:  spec.isStandby(self),
	}
}

// Epoch returns the epoch of the latest view adopted.
func (m *Machine[P]) Epoch() uint64 { return m.view.Epoch }

// View returns the latest view adopted.
func (m *Machine[P]) View() View[P] { return m.view.Clone() }

// Op returns the operation this member runs next.
func (m *Machine[P]) Op() uint64 { return m.nextOp }

// Last returns the last operation completed here, or nil.
func (m *Machine[P]) Last() *Done { return m.last }

// Standby reports whether this member is a standby waiting to be called in.
func (m *Machine[P]) Standby() bool { return m.standby }

// Closed reports whether the member left.
func (m *Machine[P]) Closed() bool { return m.closed }

// Stale reports whether no more operations may run in view epoch: a newer
// view is being agreed, or the member left.
func (m *Machine[P]) Stale(epoch uint64) bool { return m.closed || m.wantEpoch > epoch }

// Ready returns what the shell must do; Advance clears it.
func (m *Machine[P]) Ready() Ready[P] { return m.ready }

// Advance clears what Ready returned.
func (m *Machine[P]) Advance() { m.ready = Ready[P]{} }

// Tick advances time: a join or a coordination past ViewTimeoutNs ends.
func (m *Machine[P]) Tick(nowNs int64) {
	if j := m.join; j != nil && nowNs >= j.deadlineNs {
		m.join = nil
		m.outcome(Outcome[P]{Kind: OutcomeNoCoordinator, Detail: strings.Join(append(j.errs, "timed out"), "; ")})
	}
	for _, c := range slices.Clone(m.coords) {
		if c.decided || nowNs < c.startNs+m.p.ViewTimeoutNs {
			continue
		}
		// Whoever has not answered by now is taken as unreachable.
		clear(c.pending)
		for s := range c.activating {
			c.failed = append(c.failed, s)
		}
		clear(c.activating)
		m.advanceCoordination(nowNs, c)
	}
}

// Step feeds the core one message.
func (m *Machine[P]) Step(nowNs int64, msg Message[P]) {
	switch msg.Type {
	case MsgNeedView:
		m.needView(nowNs, msg.Op)
	case MsgBroken:
		m.wantEpoch = max(m.wantEpoch, msg.Epoch+1)
	case MsgAccuse:
		for _, a := range msg.Accuse {
			m.accuse(a, msg.Holding)
		}
	case MsgResult:
		d := *msg.Done
		m.result = &d
	case MsgClearResult:
		m.result = nil
	case MsgFinished:
		d := *msg.Done
		m.last = &d
		m.nextOp = d.Op + 1
	case MsgClose:
		m.close()
	case MsgProbe:
		m.requestChange(msg.Epoch)
		r := m.probeReply()
		m.send(Message[P]{Type: MsgProbeReply, To: msg.From, Ref: msg.Ref, Epoch: msg.Epoch, Probe: &r})
	case MsgJoin:
		m.coordinate(nowNs, msg.Epoch, msg)
	case MsgActivate:
		m.activate(msg)
	case MsgProbeReply:
		c := m.coordination(msg.Epoch)
		if c == nil || !c.pending[msg.From] || msg.Probe == nil {
			return
		}
		delete(c.pending, msg.From)
		// More accusations than peers: not an honest reply.
		if len(msg.Probe.Accuse) <= len(m.spec.Members)+len(m.spec.Standbys) {
			c.replies[msg.From] = *msg.Probe
		}
		m.advanceCoordination(nowNs, c)
	case MsgActivated:
		c := m.coordination(msg.Epoch)
		if c == nil || !c.activating[msg.From] {
			return
		}
		delete(c.activating, msg.From)
		m.advanceCoordination(nowNs, c)
	case MsgDecision:
		if j := m.join; j != nil && msg.From == j.asked && msg.Decision != nil {
			m.joinDecision(nowNs, *msg.Decision)
		}
	case MsgUnreachable:
		switch msg.Req {
		case MsgJoin:
			if j := m.join; j != nil && msg.From == j.asked {
				m.joinFailed(nowNs, fmt.Sprintf("%v: %s", msg.From, msg.Err))
			}
		case MsgProbe:
			if c := m.coordination(msg.Epoch); c != nil && c.pending[msg.From] {
				delete(c.pending, msg.From)
				m.advanceCoordination(nowNs, c)
			}
		case MsgActivate:
			if c := m.coordination(msg.Epoch); c != nil && c.activating[msg.From] {
				delete(c.activating, msg.From)
				c.failed = append(c.failed, msg.From)
				m.event(Event[P]{Kind: EventStandbyRefused, Peer: msg.From, Epoch: c.epoch, Detail: msg.Err})
				m.advanceCoordination(nowNs, c)
			}
		}
	}
}

func (m *Machine[P]) send(msg Message[P])  { m.ready.Messages = append(m.ready.Messages, msg) }
func (m *Machine[P]) event(e Event[P])     { m.ready.Events = append(m.ready.Events, e) }
func (m *Machine[P]) outcome(o Outcome[P]) { m.ready.Outcome = &o }

func (m *Machine[P]) close() {
	if m.closed {
		return
	}
	m.closed = true
	m.ready.Abort = true
	m.ready.DropLinks = true
	m.event(Event[P]{Kind: EventClosed})
	if m.join != nil {
		m.join = nil
		m.outcome(Outcome[P]{Kind: OutcomeClosed})
	}
}

// accuse records misbehaviour by a.Peer, seen here. The first accusation
// of a peer stands, unless a garbage report follows a timeout.
func (m *Machine[P]) accuse(a Accusation[P], holding bool) {
	if a.Kind == FaultMissed && holding {
		m.event(Event[P]{Kind: EventNotAccusing, Peer: a.Peer, Detail: a.Detail})
		return
	}
	if len(a.Detail) > AccusationDetailMax {
		a.Detail = a.Detail[:AccusationDetailMax]
	}
	if _, ok := m.accused[a.Peer]; ok && a.Kind != FaultGarbage {
		return
	}
	m.accused[a.Peer] = a
	m.event(Event[P]{Kind: EventAccused, Peer: a.Peer, Detail: fmt.Sprintf("%v: %s", a.Kind, a.Detail)})
}

// accusations returns this member's accusations in peer order.
func (m *Machine[P]) accusations() []Accusation[P] {
	out := make([]Accusation[P], 0, len(m.accused))
	for _, a := range m.accused {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b Accusation[P]) int { return cmp.Compare(a.Peer, b.Peer) })
	return out
}

// requestChange notes that a peer is agreeing on view epoch: the current
// one is over, so the operation in progress is aborted.
func (m *Machine[P]) requestChange(epoch uint64) {
	if epoch <= m.view.Epoch || epoch <= m.wantEpoch {
		return
	}
	m.wantEpoch = epoch
	m.ready.Abort = true
}

func (m *Machine[P]) probeReply() ProbeReply[P] {
	r := ProbeReply[P]{Epoch: m.view.Epoch, Op: m.nextOp, Accuse: m.accusations(), Standby: m.standby}
	if m.last != nil {
		d := *m.last
		r.Done = &d
	}
	if m.result != nil && m.result.Op == m.nextOp {
		r.Ready = &Done{Op: m.result.Op, Checksum: m.result.Checksum, Members: len(m.view.Members)}
	}
	return r
}

// needView answers which view to run operation op in, agreeing on a new
// one first if the current one is broken.
func (m *Machine[P]) needView(nowNs int64, op uint64) {
	switch {
	case m.closed:
		m.outcome(Outcome[P]{Kind: OutcomeClosed})
		return
	case m.excluded:
		m.outcome(Outcome[P]{Kind: OutcomeExcluded})
		return
	}
	if nx := m.view.Next; nx != nil && op >= nx.Op && m.wantEpoch <= m.view.Epoch {
		// The planned hand-over: standbys join the ring from this op on.
		m.event(Event[P]{Kind: EventCallingIn, Epoch: nx.Epoch, Detail: fmt.Sprintf("%d members from op %d", len(nx.Members), op)})
		m.view = nx.Clone()
		m.ready.DropLinks = true
	}
	if m.wantEpoch <= m.view.Epoch {
		m.outcome(Outcome[P]{Kind: OutcomeRun, View: m.view.Clone()})
		return
	}
	target := max(m.wantEpoch, m.view.Epoch+1)
	if m.view.Next != nil {
		target = max(target, m.view.Next.Epoch+1)
	}
	j := &joining[P]{op: op, target: target, deadlineNs: nowNs + m.p.ViewTimeoutNs, accused: m.accusations()}
	for _, c := range m.view.Members {
		// A member this one accuses is not asked.
		if !slices.ContainsFunc(j.accused, func(a Accusation[P]) bool { return a.Peer == c }) {
			j.candidates = append(j.candidates, c)
		}
	}
	m.join = j
	m.event(Event[P]{Kind: EventRejoining, Epoch: target, Detail: fmt.Sprintf("%d candidates", len(j.candidates))})
	m.askNext(nowNs)
}

// askNext asks the next candidate to coordinate.
func (m *Machine[P]) askNext(nowNs int64) {
	j := m.join
	if len(j.candidates) == 0 {
		m.join = nil
		m.outcome(Outcome[P]{Kind: OutcomeNoCoordinator, Detail: strings.Join(j.errs, "; ")})
		return
	}
	c := j.candidates[0]
	j.candidates = j.candidates[1:]
	j.redirected = false
	m.ask(nowNs, c)
}

// ask asks member c to coordinate (or coordinates, if c is this member).
func (m *Machine[P]) ask(nowNs int64, c P) {
	j := m.join
	j.asked = c
	if c == m.self {
		m.coordinate(nowNs, j.target, Message[P]{Type: MsgJoin, From: m.self, Epoch: j.target, Accuse: j.accused})
		return
	}
	m.send(Message[P]{Type: MsgJoin, To: c, Epoch: j.target, Accuse: j.accused})
}

func (m *Machine[P]) joinFailed(nowNs int64, why string) {
	m.join.errs = append(m.join.errs, why)
	m.askNext(nowNs)
}

// joinDecision takes the answer to this member's join.
func (m *Machine[P]) joinDecision(nowNs int64, d Decision[P]) {
	j := m.join
	if d.Redirect != "" {
		if j.redirected {
			m.joinFailed(nowNs, fmt.Sprintf("%v: redirected twice", j.asked))
			return
		}
		j.redirected = true
		m.ask(nowNs, d.Redirect)
		return
	}
	if d.View == nil && d.Err == "" {
		m.joinFailed(nowNs, fmt.Sprintf("%v: empty decision", j.asked))
		return
	}
	m.join = nil
	m.adopt(d, j.op)
}

// adopt makes a coordinator's decision this member's view and answers the
// pending MsgNeedView for operation op.
func (m *Machine[P]) adopt(d Decision[P], op uint64) {
	if d.Err != "" {
		m.outcome(Outcome[P]{Kind: OutcomeQuorum, Detail: d.Err})
		return
	}
	v := d.View.Clone()
	old := m.view
	in := slices.Contains(v.Members, m.self)
	planned := v.Next != nil && slices.Contains(v.Next.Members, m.self)
	switch {
	case !in && planned:
		// A standby that the new view calls in from its next ring.
		m.view = v.Next.Clone()
		m.nextOp = v.Next.Op
		m.ready.DropLinks = true
		m.outcome(Outcome[P]{Kind: OutcomeBackToStandby})
		return
	case !in && m.spec.isStandby(m.self):
		m.standby = true
		m.event(Event[P]{Kind: EventStandby, Epoch: v.Epoch})
		m.ready.DropLinks = true
		m.outcome(Outcome[P]{Kind: OutcomeBackToStandby})
		return
	case !in:
		m.excluded = true
		m.ready.DropLinks = true
		why := ""
		for _, a := range v.Dropped {
			if a.Peer == m.self {
				why = fmt.Sprintf(" (%v: %s)", a.Kind, a.Detail)
			}
		}
		m.outcome(Outcome[P]{Kind: OutcomeExcluded, Detail: fmt.Sprintf("in view %d%s", v.Epoch, why)})
		return
	}
	if v.Epoch >= m.view.Epoch {
		m.view = v.Clone()
		m.ready.DropLinks = true
	}
	clear(m.accused) // reported; the new view is clean
	for _, a := range v.Dropped {
		if !m.reported[a.Peer] && slices.Contains(old.Members, a.Peer) {
			m.reported[a.Peer] = true
			m.ready.Faults = append(m.ready.Faults, Fault[P]{Peer: a.Peer, Kind: a.Kind, Op: op, Epoch: v.Epoch, Detail: a.Detail})
		}
	}
	m.event(Event[P]{Kind: EventAdopted, Epoch: v.Epoch, Detail: fmt.Sprintf("%d members from op %d", len(v.Members), v.Op)})
	switch {
	case v.Op == op:
		m.outcome(Outcome[P]{Kind: OutcomeRun, View: v})
	case v.Op == op+1 && v.Prev != nil && v.Prev.Op == op:
		if r := m.result; r != nil && r.Op == op && r.Checksum == v.Prev.Checksum {
			p := *v.Prev
			m.last = &p
			m.nextOp = op + 1
			m.outcome(Outcome[P]{Kind: OutcomeCompleted, View: v, Done: &p})
			return
		}
		m.outcome(Outcome[P]{Kind: OutcomeDiverged, Detail: fmt.Sprintf("operation %d completed at other members (checksum %016x) but not here", op, v.Prev.Checksum)})
	default:
		m.outcome(Outcome[P]{Kind: OutcomeDiverged, Detail: fmt.Sprintf("the ring runs operation %d, this member is at %d", v.Op, op)})
	}
}

func (m *Machine[P]) coordination(epoch uint64) *coordination[P] {
	for _, c := range m.coords {
		if c.epoch == epoch {
			return c
		}
	}
	return nil
}

// coordinate answers a join for view target (req, from a peer or this
// member's own), starting the coordination if none runs here yet. Whoever
// asks first starts it; every asker gets the same decision.
func (m *Machine[P]) coordinate(nowNs int64, target uint64, req Message[P]) {
	self := req.From == m.self
	refuse := func(why string) {
		if self {
			m.joinFailed(nowNs, fmt.Sprintf("%v: %s", m.self, why))
			return
		}
		m.send(Message[P]{Type: MsgDecision, To: req.From, Ref: req.Ref, Epoch: target, Err: why})
	}
	if m.closed {
		refuse("group closed")
		return
	}
	if !self && len(req.Accuse) > len(m.spec.Members)+len(m.spec.Standbys) {
		refuse(fmt.Sprintf("%d accusations", len(req.Accuse)))
		return
	}
	if m.view.Epoch >= target {
		// Already agreed (this member adopted it, or a later one).
		v := m.view.Clone()
		m.answer(nowNs, req, Decision[P]{View: &v})
		return
	}
	m.requestChange(target)
	var c *coordination[P]
	if n := len(m.coords); n > 0 && m.coords[n-1].epoch >= target {
		c = m.coords[n-1]
	} else {
		c = m.startCoordination(nowNs, target)
	}
	if !self && len(req.Accuse) > 0 {
		// Each peer has one accusation per other peer to make; a peer that
		// keeps joining cannot grow the list past that.
		all := len(m.spec.Members) + len(m.spec.Standbys)
		if len(c.joinClaims)+len(req.Accuse) <= 2*all*all {
			for _, a := range req.Accuse {
				c.joinClaims = append(c.joinClaims, Claim[P]{By: req.From, Accusation: a})
			}
		}
	}
	if c.decided {
		m.answer(nowNs, req, *c.dec)
		return
	}
	if self {
		c.selfWaits = true
	} else {
		c.waiters = append(c.waiters, req)
	}
	m.advanceCoordination(nowNs, c)
}

// answer sends decision d to the asker of req (this member's own join, or
// a peer's).
func (m *Machine[P]) answer(nowNs int64, req Message[P], d Decision[P]) {
	if req.From == m.self {
		if j := m.join; j != nil && j.asked == m.self {
			m.joinDecision(nowNs, d)
		}
		return
	}
	m.send(Message[P]{Type: MsgDecision, To: req.From, Ref: req.Ref, Epoch: req.Epoch, Decision: &d})
}

// startCoordination probes every member and standby for view epoch.
func (m *Machine[P]) startCoordination(nowNs int64, epoch uint64) *coordination[P] {
	c := &coordination[P]{epoch: epoch, startNs: nowNs, old: m.view.Clone(), replies: map[P]ProbeReply[P]{}, pending: map[P]bool{}}
	c.replies[m.self] = m.probeReply()
	for _, p := range append(slices.Clone(c.old.Members), m.spec.Standbys...) {
		if p != m.self && !c.pending[p] {
			c.pending[p] = true
			m.send(Message[P]{Type: MsgProbe, To: p, Epoch: epoch})
		}
	}
	// Drop decided coordinations beyond the bound, oldest first; the
	// latest stays to answer late joins.
	m.coords = append(m.coords, c)
	for len(m.coords) > coordinationsMax {
		i := slices.IndexFunc(m.coords[:len(m.coords)-1], func(o *coordination[P]) bool { return o.decided })
		if i < 0 {
			i = 0
		}
		m.coords = slices.Delete(m.coords, i, i+1)
	}
	return c
}

// advanceCoordination decides once every probe is answered, and answers
// the askers once every called-in standby took the call.
func (m *Machine[P]) advanceCoordination(nowNs int64, c *coordination[P]) {
	if c.decided || len(c.pending) > 0 {
		return
	}
	if c.dec == nil {
		m.decide(c)
		if c.dec.View != nil && c.dec.View.Next != nil {
			// Tell the standbys that the plan calls in that they are in
			// it. One that does not acknowledge is left out of the plan.
			c.activating = map[P]bool{}
			for _, s := range c.dec.View.Next.Members {
				if !slices.Contains(c.dec.View.Members, s) {
					c.activating[s] = true
					n := c.dec.View.Next.Clone()
					m.send(Message[P]{Type: MsgActivate, To: s, Epoch: c.epoch, View: &n})
				}
			}
		}
	}
	if len(c.activating) > 0 {
		return
	}
	if v := c.dec.View; v != nil && v.Next != nil && len(c.failed) > 0 {
		v.Next.Members = slices.DeleteFunc(v.Next.Members, func(p P) bool { return slices.Contains(c.failed, p) })
		if len(v.Next.Members) == len(v.Members) {
			v.Next = nil
		}
	}
	c.decided = true
	m.event(Event[P]{Kind: EventCoordinated, Epoch: c.epoch, Detail: c.dec.String(), Dropped: c.dropped})
	waiters := c.waiters
	c.waiters = nil
	for _, w := range waiters {
		m.answer(nowNs, w, *c.dec)
	}
	if c.selfWaits {
		c.selfWaits = false
		m.answer(nowNs, Message[P]{From: m.self, Epoch: c.epoch}, *c.dec)
	}
}

// decide applies Blame and Decide to what the coordination heard.
func (m *Machine[P]) decide(c *coordination[P]) {
	var claims []Claim[P]
	for _, p := range sortedKeys(c.replies) {
		for _, a := range c.replies[p].Accuse {
			claims = append(claims, Claim[P]{By: p, Accusation: a})
		}
	}
	claims = append(claims, c.joinClaims...)
	accused := Blame(claims, func(p P) bool { _, ok := c.replies[p]; return ok })
	excused := map[P]bool{}
	for _, cl := range claims {
		if _, ok := accused[cl.Peer]; !ok && !excused[cl.Peer] {
			excused[cl.Peer] = true
			m.event(Event[P]{Kind: EventExcused, Peer: cl.Peer, Epoch: c.epoch, Detail: fmt.Sprintf("accused by %v: %s", cl.By, cl.Detail)})
		}
	}
	d, dropped := decide(m.spec, m.self, c.epoch, c.old, c.replies, accused)
	c.dec = &d
	c.dropped = dropped
}

// activate calls this standby into the ring v (checked against the spec by
// the shell), from its first operation on.
func (m *Machine[P]) activate(req Message[P]) {
	reply := Message[P]{Type: MsgActivated, To: req.From, Ref: req.Ref, Epoch: req.Epoch}
	switch {
	case req.View == nil:
		reply.Err = "activation without a view"
	case !slices.Contains(req.View.Members, m.self):
		reply.Err = "activation into a ring without this standby"
	case !m.spec.isStandby(m.self):
		reply.Err = "not a standby"
	}
	if reply.Err != "" {
		m.send(reply)
		return
	}
	if req.View.Epoch <= m.view.Epoch && !m.standby {
		m.send(reply) // already called into this or a later ring
		return
	}
	m.event(Event[P]{Kind: EventActivated, Peer: req.From, Epoch: req.View.Epoch, Detail: fmt.Sprintf("from op %d", req.View.Op)})
	m.view = req.View.Clone()
	m.nextOp = req.View.Op
	m.ready.DropLinks = true
	m.standby = false
	m.send(reply)
}

func sortedKeys[P ID, V any](mp map[P]V) []P {
	out := make([]P, 0, len(mp))
	for k := range mp {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

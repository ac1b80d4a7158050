package simulation

import (
	"fmt"

	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
)

// Ring re-formation runs the network's own membership core
// (mesh/allreduce/membership): every member and standby of a group has a
// Machine, and when the ring breaks the engine steps them as the network
// would, delivering their probes, joins, decisions and activations at
// once, in order. A request reaches a member that is healthy (online,
// sending data, holding the award) and reachable from the asker now; any
// other fails as unreachable. The view the survivors adopt is the new
// ring; the standbys it plans in join at the next step, as on the network.

// memberID names a peer to the membership core: its index, zero-padded so
// that the core's ID order is the index order.
type memberID string

func idOf(p int32) memberID { return memberID(fmt.Sprintf("%08d", p)) }

// envelope is a request in flight between two members, or its answer.
type envelope struct {
	from, to int32
	msg      membership.Message[memberID]
	reply    bool
	req      membership.Message[memberID] // the request an answer answers
}

// converse holds the state of one round of membership messages.
type converse struct {
	e        *Engine
	g        *group
	queue    []envelope
	requests map[uint64]envelope
	ref      uint64
	outcomes map[int32]*membership.Outcome[memberID]
	faults   []membership.Fault[memberID]
	called   []int32 // standbys that took the call
	// dropped are whom the first decision dropped, quorum lost included.
	dropped []membership.Accusation[memberID]
}

// membershipMessagesMax bounds one round of membership messages: a group
// of n peers exchanges O(n²) of them; a round that does not settle within
// this many is a bug.
const membershipMessagesMax = 1 << 16

// newMachines builds the membership machines of g's award.
func (e *Engine) newMachines(g *group, members, standbys []int32) {
	spec := membership.Spec[memberID]{Quorum: e.quorum(g.job.stream.GroupSize)}
	for _, p := range members {
		spec.Members = append(spec.Members, idOf(p))
	}
	for _, p := range standbys {
		spec.Standbys = append(spec.Standbys, idOf(p))
	}
	g.machines = make([]*membership.Machine[memberID], len(g.award))
	for i, p := range g.award {
		// No Tick is ever due: every request is answered or fails at once.
		g.machines[i] = membership.New(spec, idOf(p), membership.Params{ViewTimeoutNs: 1 << 62})
	}
}

// answers reports whether to answers a request from from now.
func (e *Engine) answers(g *group, from, to int32) bool {
	return e.healthy(g, e.peers[to], -1) && !g.audit.excluded[to] && e.net.reachable(from, to, e.now)
}

// step feeds the machine of p one message and queues what it asks.
func (c *converse) step(p int32, msg membership.Message[memberID]) {
	m := c.g.machines[c.g.index(p)]
	m.Step(c.e.now*1000, msg)
	rd := m.Ready()
	m.Advance()
	for _, ev := range rd.Events {
		switch {
		case ev.Kind == membership.EventActivated:
			c.called = append(c.called, p)
		case ev.Kind == membership.EventCoordinated && c.dropped == nil:
			c.dropped = ev.Dropped
		}
	}
	if c.faults == nil && len(rd.Faults) > 0 {
		c.faults = rd.Faults
	}
	for _, out := range rd.Messages {
		if out.Ref != 0 {
			req := c.requests[out.Ref]
			delete(c.requests, out.Ref)
			c.queue = append(c.queue, envelope{from: p, to: req.from, msg: out, reply: true, req: req.msg})
			continue
		}
		c.queue = append(c.queue, envelope{from: p, to: c.e.peerIdx(out.To), msg: out})
	}
	if rd.Outcome != nil {
		c.outcomes[p] = rd.Outcome
	}
}

// settle delivers every queued message, and what they cause, in order.
func (c *converse) settle() {
	for n := 0; len(c.queue) > 0; n++ {
		if n > membershipMessagesMax {
			panic("simulation: membership messages do not settle")
		}
		env := c.queue[0]
		c.queue = c.queue[1:]
		c.e.st.peerEvents++
		if env.reply {
			in := membership.Message[memberID]{From: idOf(env.from), Epoch: env.req.Epoch}
			switch {
			case env.msg.Err != "":
				in.Type, in.Req, in.Err = membership.MsgUnreachable, env.req.Type, env.msg.Err
			case env.msg.Type == membership.MsgProbeReply:
				in.Type, in.Probe = membership.MsgProbeReply, env.msg.Probe
			case env.msg.Type == membership.MsgDecision:
				in.Type, in.Decision = membership.MsgDecision, env.msg.Decision
			default:
				in.Type = membership.MsgActivated
			}
			c.step(env.to, in)
			continue
		}
		if !c.e.answers(c.g, env.from, env.to) {
			c.step(env.from, membership.Message[memberID]{Type: membership.MsgUnreachable, From: idOf(env.to), Req: env.msg.Type, Epoch: env.msg.Epoch, Err: "no answer"})
			continue
		}
		c.ref++
		in := env.msg
		in.From, in.To, in.Ref = idOf(env.from), "", c.ref
		c.requests[c.ref] = env
		c.step(env.to, in)
	}
}

func (e *Engine) converse(g *group) *converse {
	return &converse{e: e, g: g, requests: map[uint64]envelope{}, outcomes: map[int32]*membership.Outcome[memberID]{}}
}

// peerIdx is the peer a memberID names.
func (e *Engine) peerIdx(id memberID) int32 {
	var p int32
	for _, ch := range id {
		p = 10*p + int32(ch-'0')
	}
	return p
}

// viewOf returns the ring of the view that the first of members told to
// run in, or nil and the first outcome any of them got (quorum lost, no
// coordinator, excluded), or nil and nil.
func (c *converse) viewOf(members []int32) ([]int32, *membership.Outcome[memberID]) {
	var first *membership.Outcome[memberID]
	for _, m := range members {
		o := c.outcomes[m]
		if o == nil {
			continue
		}
		if o.Kind != membership.OutcomeRun {
			if first == nil {
				first = o
			}
			continue
		}
		ring := make([]int32, 0, len(o.View.Members))
		for _, id := range o.View.Members {
			ring = append(ring, c.e.peerIdx(id))
		}
		return ring, o
	}
	return nil, first
}

package membership

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/datadriven"
)

// TestGolden runs the interaction scripts in testdata/: a group of
// machines, one per member, joined by a network that delivers every
// request and answer in order. Each command prints what the machines
// asked for. Regenerate the expected output with -rewrite and review the
// diff.
//
//	new members=a,b,c[,...] [standbys=s,...] [quorum=Q] [nojoin=N,...]
//	                                                     the group, at the award's view (nojoin: operations
//	                                                     that are no join point, Spec.JoinPoint)
//	need t=MS peer=P op=N                                P wants the view to run op N in
//	broken peer=P epoch=E                                P's ring of epoch E failed
//	accuse peer=P who=Q kind=missed|garbage [holding] [proven] [evidence=E] [detail=...]
//	                       (proven: the shell checked the evidence; evidence without proven: it did not hold)
//	result peer=P op=N sum=S                             P finished op N's all-gather with checksum S
//	finished peer=P op=N sum=S members=M                 P completed op N
//	kill peer=P                                          P stops answering (requests to it fail)
//	cut peer=P                                           P's own requests fail (requests to it still arrive)
//	restart peer=P                                       P's process restarts: a new machine, which asks to be let back in (MsgRestarted)
//	close peer=P                                         P leaves the group (MsgClose; its node stops)
//	deliver t=MS [n=N] [hold=P>Q]                        deliver every message until none is left (n: the first N only;
//	                                                     hold: P's requests to Q stay queued, in order)
//	tick t=MS peer=P                                     time passes at P
//	state                                                every live machine's view
func TestGolden(t *testing.T) {
	datadriven.Walk(t, "testdata", func(t *testing.T, path string) {
		var c cluster
		datadriven.RunTest(t, path, func(t *testing.T, d *datadriven.TestData) string {
			return c.run(t, d)
		})
	})
}

type name string

// envelope is a message in flight: a request (reply false) or the answer
// to one.
type envelope struct {
	from, to name
	msg      Message[name]
	reply    bool
}

type cluster struct {
	spec  Spec[name]
	names []name
	m     map[name]*Machine[name]
	dead  map[name]bool
	cut   map[name]bool // its requests fail
	queue []envelope
	ref   uint64
	// requests are the requests in flight by Ref, so that an answer can be
	// stepped back with its request's epoch.
	requests map[uint64]envelope
	out      strings.Builder
}

func arg(t *testing.T, d *datadriven.TestData, key string) string {
	for _, a := range d.CmdArgs {
		if a.Key == key {
			return strings.Join(a.Vals, ",")
		}
	}
	t.Fatalf("%s: missing %s=", d.Pos, key)
	return ""
}

func optArg(d *datadriven.TestData, key, def string) string {
	for _, a := range d.CmdArgs {
		if a.Key == key {
			return strings.Join(a.Vals, ",")
		}
	}
	return def
}

func num(t *testing.T, d *datadriven.TestData, key string) uint64 {
	v, err := strconv.ParseUint(arg(t, d, key), 10, 64)
	if err != nil {
		t.Fatalf("%s: %s: %v", d.Pos, key, err)
	}
	return v
}

func names(s string) []name {
	var out []name
	for _, p := range strings.Split(s, ",") {
		if p != "" {
			out = append(out, name(p))
		}
	}
	return out
}

const msPerNs = 1_000_000

func (c *cluster) run(t *testing.T, d *datadriven.TestData) string {
	c.out.Reset()
	now := int64(0)
	if optArg(d, "t", "") != "" {
		now = int64(num(t, d, "t")) * msPerNs
	}
	peer := func() name {
		p := name(arg(t, d, "peer"))
		if c.m[p] == nil {
			t.Fatalf("%s: no member %s", d.Pos, p)
		}
		return p
	}
	switch d.Cmd {
	case "new":
		spec := Spec[name]{Members: names(arg(t, d, "members")), Standbys: names(optArg(d, "standbys", ""))}
		spec.Quorum = len(spec.Members)/2 + 1
		if q := optArg(d, "quorum", ""); q != "" {
			spec.Quorum, _ = strconv.Atoi(q)
		}
		if nj := optArg(d, "nojoin", ""); nj != "" {
			no := map[uint64]bool{}
			for _, f := range strings.Split(nj, ",") {
				op, err := strconv.ParseUint(f, 10, 64)
				if err != nil {
					t.Fatalf("%s: nojoin: %v", d.Pos, err)
				}
				no[op] = true
			}
			spec.JoinPoint = func(op uint64) bool { return !no[op] }
		}
		c.spec = spec
		c.names = append(slices.Clone(spec.Members), spec.Standbys...)
		c.m = map[name]*Machine[name]{}
		c.dead = map[name]bool{}
		c.cut = map[name]bool{}
		c.queue = nil
		c.requests = map[uint64]envelope{}
		for _, p := range c.names {
			c.m[p] = New(spec, p, Params{ViewTimeoutNs: 60_000 * msPerNs})
		}
		fmt.Fprintf(&c.out, "members %v standbys %v quorum %d", spec.Members, spec.Standbys, spec.Quorum)
		if nj := optArg(d, "nojoin", ""); nj != "" {
			fmt.Fprintf(&c.out, " no join at ops %s", nj)
		}
		c.out.WriteString("\n")
	case "need":
		p := peer()
		c.step(now, p, Message[name]{Type: MsgNeedView, Op: num(t, d, "op")})
	case "broken":
		p := peer()
		c.step(now, p, Message[name]{Type: MsgBroken, Epoch: num(t, d, "epoch")})
	case "accuse":
		p := peer()
		kind := map[string]FaultKind{"missed": FaultMissed, "garbage": FaultGarbage}[arg(t, d, "kind")]
		a := Accusation[name]{Peer: name(arg(t, d, "who")), Kind: kind, Detail: optArg(d, "detail", ""), Proven: d.HasArg("proven"), Evidence: []byte(optArg(d, "evidence", ""))}
		c.step(now, p, Message[name]{Type: MsgAccuse, Accuse: []Accusation[name]{a}, Holding: d.HasArg("holding")})
	case "result":
		p := peer()
		c.step(now, p, Message[name]{Type: MsgResult, Done: &Done{Op: num(t, d, "op"), Checksum: num(t, d, "sum")}})
	case "finished":
		p := peer()
		c.step(now, p, Message[name]{Type: MsgFinished, Done: &Done{Op: num(t, d, "op"), Checksum: num(t, d, "sum"), Members: int(num(t, d, "members"))}})
	case "kill":
		c.dead[peer()] = true
	case "close":
		p := peer()
		c.step(now, p, Message[name]{Type: MsgClose})
		c.dead[p] = true // the shell removes the group: requests to it fail
	case "cut":
		c.cut[peer()] = true
	case "restart":
		p := peer()
		c.dead[p] = false
		c.m[p] = New(c.spec, p, Params{ViewTimeoutNs: 60_000 * msPerNs})
		c.step(now, p, Message[name]{Type: MsgRestarted})
	case "deliver":
		// Bounded: a script whose machines keep talking is a bug.
		n := 1000
		if optArg(d, "n", "") != "" {
			n = int(num(t, d, "n"))
		}
		var holdFrom, holdTo name
		if h := optArg(d, "hold", ""); h != "" {
			from, to, ok := strings.Cut(h, ">")
			if !ok {
				t.Fatalf("%s: hold=%s: want hold=P>Q", d.Pos, h)
			}
			holdFrom, holdTo = name(from), name(to)
		}
		for i := 0; i < n; i++ {
			if i >= 1000 {
				t.Fatalf("%s: messages still flowing after 1000 deliveries", d.Pos)
			}
			k := slices.IndexFunc(c.queue, func(e envelope) bool { return e.reply || e.from != holdFrom || e.to != holdTo })
			if k < 0 {
				break
			}
			e := c.queue[k]
			c.queue = slices.Delete(c.queue, k, k+1)
			c.deliver(now, e)
		}
	case "tick":
		p := peer()
		c.m[p].Tick(now)
		c.drain(p)
	case "state":
		for _, p := range c.names {
			if c.dead[p] {
				continue
			}
			m := c.m[p]
			fmt.Fprintf(&c.out, "%s: epoch %d members %v op %d", p, m.view.Epoch, m.view.Members, m.nextOp)
			if m.view.Next != nil {
				fmt.Fprintf(&c.out, " next epoch %d members %v from op %d", m.view.Next.Epoch, m.view.Next.Members, m.view.Next.Op)
			}
			for _, d := range m.view.Disputes {
				fmt.Fprintf(&c.out, " disputed %s-%s", d.A, d.B)
			}
			if m.standby {
				c.out.WriteString(" standby")
			}
			if m.rejoining {
				c.out.WriteString(" rejoining")
			}
			if m.excluded {
				c.out.WriteString(" excluded")
			}
			c.out.WriteString("\n")
		}
	default:
		t.Fatalf("%s: unknown command %q", d.Pos, d.Cmd)
	}
	if c.out.Len() == 0 {
		return "ok\n"
	}
	return c.out.String()
}

func (c *cluster) step(now int64, p name, msg Message[name]) {
	c.m[p].Step(now, msg)
	c.drain(p)
}

// deliver hands e to its recipient: a request to a dead member fails back
// to its sender; an answer is stepped into the asker as the reply to its
// request.
func (c *cluster) deliver(now int64, e envelope) {
	if e.reply {
		req := c.requests[e.msg.Ref]
		delete(c.requests, e.msg.Ref)
		in := Message[name]{From: e.from, Epoch: req.msg.Epoch}
		switch {
		case e.msg.Err != "":
			in.Type, in.Req, in.Err = MsgUnreachable, req.msg.Type, e.msg.Err
		case e.msg.Type == MsgProbeReply:
			in.Type, in.Probe = MsgProbeReply, e.msg.Probe
		case e.msg.Type == MsgDecision:
			in.Type, in.Decision = MsgDecision, e.msg.Decision
		case e.msg.Type == MsgActivated:
			in.Type = MsgActivated
		case e.msg.Type == MsgRejoinAck:
			in.Type = MsgRejoinAck
		}
		fmt.Fprintf(&c.out, "%s ← %s %s\n", e.to, e.from, describe(e.msg))
		c.step(now, e.to, in)
		return
	}
	if c.dead[e.to] || c.cut[e.from] {
		fmt.Fprintf(&c.out, "%s ✗ %s %s: no answer\n", e.from, e.to, describe(e.msg))
		c.step(now, e.from, Message[name]{Type: MsgUnreachable, From: e.to, Req: e.msg.Type, Epoch: e.msg.Epoch, Err: "no answer"})
		return
	}
	c.ref++
	in := e.msg
	in.From, in.To, in.Ref = e.from, "", c.ref
	c.requests[c.ref] = e
	fmt.Fprintf(&c.out, "%s → %s %s\n", e.from, e.to, describe(e.msg))
	c.step(now, e.to, in)
}

// drain prints what p's machine asked for and queues its messages.
func (c *cluster) drain(p name) {
	m := c.m[p]
	rd := m.Ready()
	m.Advance()
	if rd.Abort {
		fmt.Fprintf(&c.out, "  %s: abort\n", p)
	}
	if rd.DropLinks {
		fmt.Fprintf(&c.out, "  %s: drop links\n", p)
	}
	for _, e := range rd.Events {
		fmt.Fprintf(&c.out, "  %s: %v", p, e.Kind)
		if e.Peer != "" {
			fmt.Fprintf(&c.out, " %s", e.Peer)
		}
		if e.Epoch != 0 {
			fmt.Fprintf(&c.out, " e%d", e.Epoch)
		}
		if e.Detail != "" {
			fmt.Fprintf(&c.out, ": %s", e.Detail)
		}
		c.out.WriteString("\n")
	}
	for _, f := range rd.Faults {
		fmt.Fprintf(&c.out, "  %s: fault %s %v op %d e%d: %s\n", p, f.Peer, f.Kind, f.Op, f.Epoch, f.Detail)
	}
	for _, msg := range rd.Messages {
		if msg.Ref != 0 {
			c.queue = append(c.queue, envelope{from: p, to: c.requests[msg.Ref].from, msg: msg, reply: true})
			continue
		}
		c.queue = append(c.queue, envelope{from: p, to: msg.To, msg: msg})
	}
	if o := rd.Outcome; o != nil {
		fmt.Fprintf(&c.out, "  %s: outcome %v", p, o.Kind)
		if o.Kind == OutcomeRun || o.Kind == OutcomeCompleted {
			fmt.Fprintf(&c.out, " e%d %v op %d", o.View.Epoch, o.View.Members, o.View.Op)
		}
		if o.Done != nil {
			fmt.Fprintf(&c.out, " done op %d sum %d", o.Done.Op, o.Done.Checksum)
		}
		if o.Detail != "" {
			fmt.Fprintf(&c.out, ": %s", o.Detail)
		}
		c.out.WriteString("\n")
	}
}

func describe(msg Message[name]) string {
	s := fmt.Sprintf("%v e%d", msg.Type, msg.Epoch)
	if len(msg.Accuse) > 0 {
		var as []string
		for _, a := range msg.Accuse {
			as = append(as, fmt.Sprintf("%s:%v", a.Peer, a.Kind))
		}
		s += " accuse=[" + strings.Join(as, " ") + "]"
	}
	if r := msg.Probe; r != nil {
		s += fmt.Sprintf(": at e%d op %d", r.Epoch, r.Op)
		if r.Ready != nil {
			s += fmt.Sprintf(" ready op %d sum %d", r.Ready.Op, r.Ready.Checksum)
		}
		if r.Standby {
			s += " standby"
		}
		if r.Rejoining {
			s += " rejoining"
		}
		if r.Holding {
			s += " holding"
		}
		for _, a := range r.Accuse {
			s += fmt.Sprintf(" accuses %s (%v: %s)", a.Peer, a.Kind, a.Detail)
		}
	}
	if msg.Decision != nil {
		s += ": " + msg.Decision.String()
	}
	if msg.View != nil && msg.Type == MsgActivate {
		s += fmt.Sprintf(": into e%d %v from op %d", msg.View.Epoch, msg.View.Members, msg.View.Op)
	}
	if msg.Err != "" {
		s += ": refused: " + msg.Err
	}
	return s
}

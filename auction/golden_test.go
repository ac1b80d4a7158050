package auction

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/datadriven"
)

// TestGolden runs the interaction scripts in testdata/: each command feeds
// the machine and prints what it returned, emitted and asked to send.
// Regenerate the expected output with -rewrite and review the diff.
//
//	new k=K budget=B [self=poster|N] [rep=N:S,...]   a machine for the test job
//	commit t=MS bidder=N price=P [tp=T]              bidder N seals a bid
//	reveal t=MS bidder=N [price=P]                   bidder N opens it (price= forges a mismatch)
//	decline t=MS provider=N reason=vram|price|busy|slow
//	offer t=MS vram=GIB tp=T floor=P [busy]          this peer's own offer
//	tick t=MS
//	sign t=MS                                        step back the messages the machine asked to send
func TestGolden(t *testing.T) {
	datadriven.Walk(t, "testdata", func(t *testing.T, path string) {
		var g golden
		datadriven.RunTest(t, path, func(t *testing.T, d *datadriven.TestData) string {
			return g.run(t, d)
		})
	})
}

type golden struct {
	p       Params
	job     *JobAnnounce
	expect  Hash
	m       *Machine
	bids    map[int]bid
	pending []Message
}

func (g *golden) name(a Address) string {
	if a == poster {
		return "poster"
	}
	if a[0] == 0xa0 {
		return fmt.Sprintf("b%d", int(a[1])<<8|int(a[2]))
	}
	return a.Short()
}

func (g *golden) names(as []Address) string {
	var s []string
	for _, a := range as {
		s = append(s, g.name(a))
	}
	return "[" + strings.Join(s, " ") + "]"
}

func intArg(t *testing.T, d *datadriven.TestData, key string, def int64) int64 {
	for _, a := range d.CmdArgs {
		if a.Key == key {
			v, err := strconv.ParseInt(a.Vals[0], 10, 64)
			if err != nil {
				t.Fatalf("%s: %s=%q: %v", d.Pos, key, a.Vals[0], err)
			}
			return v
		}
	}
	if def < 0 {
		t.Fatalf("%s: missing %s=", d.Pos, key)
	}
	return def
}

func strArg(d *datadriven.TestData, key, def string) string {
	for _, a := range d.CmdArgs {
		if a.Key == key {
			return strings.Join(a.Vals, ",")
		}
	}
	return def
}

func (g *golden) run(t *testing.T, d *datadriven.TestData) string {
	var out strings.Builder
	now := uint64(intArg(t, d, "t", 0))
	step := func(s Signed) {
		if err := g.m.Step(now, s); err != nil {
			fmt.Fprintf(&out, "step: %v\n", err)
		}
	}
	switch d.Cmd {
	case "new":
		g.p = testParams()
		g.p.ChallengeN = 8
		// rep= is the poster's view: the quality table it commits to.
		rep := MapReputation{Default: 1, Scores: map[Address]float64{}}
		if r := strArg(d, "rep", ""); r != "" {
			for _, kv := range strings.Split(r, ",") {
				k, v, _ := strings.Cut(kv, ":")
				i, _ := strconv.Atoi(k)
				s, _ := strconv.ParseFloat(v, 64)
				rep.Scores[addr(i)] = s
			}
		}
		g.job = tableJob(g.p, testJob(uint32(intArg(t, d, "k", -1)), intArg(t, d, "budget", -1)), rep)
		g.expect = expectOf(t, g.p, g.job)
		g.bids = map[int]bid{}
		self := poster
		if s := strArg(d, "self", "poster"); s != "poster" {
			i, _ := strconv.Atoi(s)
			self = addr(i)
		}
		g.m = newMachine(t, g.p, g.job, self)
		fmt.Fprintf(&out, "job k=%d cap=%v commit<%d reveal<%d grace=%d\n", g.job.GroupSize, PriceCap(g.job), g.job.CommitDeadlineMs, g.job.RevealDeadlineMs, g.p.ClockGraceMs)
		return out.String()
	case "commit":
		i := int(intArg(t, d, "bidder", -1))
		b := makeBid(g.job, g.expect, addr(i), intArg(t, d, "price", -1), uint64(intArg(t, d, "tp", 20)))
		if prev, ok := g.bids[i]; ok && !prev.commit.Equal(b.commit) {
			fmt.Fprintf(&out, "(b%d signs a second, different commit)\n", i)
		}
		g.bids[i] = b
		step(b.commit)
	case "reveal":
		i := int(intArg(t, d, "bidder", -1))
		r := *g.bids[i].reveal.Msg.(*BidReveal)
		if p := intArg(t, d, "price", 0); p != 0 {
			r.PricePerStep = big.NewInt(p)
		}
		step(signed(&r))
	case "decline":
		reasons := map[string]DeclineReason{"vram": DeclineVRAM, "price": DeclinePrice, "busy": DeclineBusy, "slow": DeclineTooSlow}
		step(signed(&Decline{JobID: g.job.JobID, Provider: addr(int(intArg(t, d, "provider", -1))), Reason: reasons[strArg(d, "reason", "busy")]}))
	case "offer":
		o := Offer{VRAMBytes: uint64(intArg(t, d, "vram", -1)) << 30, Throughput: uint64(intArg(t, d, "tp", -1)), Attestation: g.expect,
			Salt: Hash{7}, PriceFloor: big.NewInt(intArg(t, d, "floor", -1)), Busy: d.HasArg("busy")}
		if err := g.m.Offer(now, o); err != nil {
			fmt.Fprintf(&out, "offer: %v\n", err)
		}
	case "tick":
		g.m.Tick(now)
	case "sign":
		msgs := g.pending
		g.pending = nil
		for _, m := range msgs {
			step(signed(m))
		}
	default:
		t.Fatalf("%s: unknown command %q", d.Pos, d.Cmd)
	}
	rd := g.m.Ready()
	g.m.Advance()
	for _, m := range rd.Messages {
		g.pending = append(g.pending, m)
		fmt.Fprintf(&out, "send %s\n", g.describe(m))
	}
	for _, e := range rd.Events {
		fmt.Fprintf(&out, "event %s\n", g.event(&e))
	}
	if out.Len() == 0 {
		return "ok\n"
	}
	return out.String()
}

func (g *golden) describe(m Message) string {
	switch m := m.(type) {
	case *BidCommit:
		return "commit by " + g.name(m.Bidder)
	case *BidReveal:
		return fmt.Sprintf("reveal by %s price=%v tp=%d", g.name(m.Bidder), m.PricePerStep, m.Throughput)
	case *Decline:
		return fmt.Sprintf("decline by %s: %v", g.name(m.Provider), m.Reason)
	case *Award:
		return fmt.Sprintf("award winners=%s standbys=%s prices=%v", g.names(m.Winners), g.names(m.Standbys), m.Prices)
	}
	return m.Kind().String()
}

func (g *golden) event(e *Event) string {
	s := fmt.Sprintf("%v %s", e.Kind, g.name(e.Peer))
	switch e.Kind {
	case EventDropped:
		s += fmt.Sprintf(" %v: %v", e.Msg, e.Err)
	case EventDecline:
		s += fmt.Sprintf(": %v", e.Reason)
	case EventEquivocation:
		s += fmt.Sprintf(" evidence=%v", e.Evidence.Kind)
	case EventCleared:
		r := e.Result
		s = "cleared"
		for _, rk := range r.Ranked {
			s += fmt.Sprintf("\n  rank %s price=%v q=%d", g.name(rk.Reveal.Bidder), rk.Reveal.PricePerStep, rk.QualityPPM)
		}
		for _, rj := range r.Rejected {
			s += fmt.Sprintf("\n  rejected %s: %v", g.name(rj.Bidder), rj.Err)
		}
		if r.Award != nil {
			s += "\n  " + g.describe(r.Award)
		} else {
			s += "\n  no award: " + r.Why
		}
	case EventAward:
		s += fmt.Sprintf(" matches=%v", e.Matches)
	}
	return s
}

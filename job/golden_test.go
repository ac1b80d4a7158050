package job

import (
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/datadriven"

	"github.com/trainmesh/trainmesh/protocol"
)

// TestGolden runs the interaction scripts in testdata/: each command feeds
// the machine and prints what it asked for. Regenerate the expected output
// with -rewrite and review the diff. Members are m1..mK (the winners, in
// ring order) and s1..sN (standbys); times are Unix ms.
//
//	new role=poster|member [self=mN] k=K [standbys=N] steps=S [nochain] [t=MS] [deadline=MS]
//	restore role=... [self=mN] k=K steps=S stage=STAGE [receipts=mN:STEP:H,...] [seats=sN:SEAT:FROM,...] [witnesses=mM:FROM:mN,...] [credits=C,...] [nochain] [rejoin] t=MS
//	receipt t=MS from=mN step=S hash=H       a receipt gossiped by mN (H: one byte, a letter)
//	equivocation t=MS from=mN step=S hash=H1,H2   a follower's evidence of mN's two receipts for step S
//	own t=MS step=S hash=H                   a receipt this member's training signed
//	ready t=MS from=mN                       mN's readiness
//	prepared t=MS                            this member's endpoint exists
//	trained t=MS [steps=S hash=H] [err=WHY]  this member's training ended
//	tick t=MS
//	stop t=MS                                this peer's node stops
//	result t=MS call=KIND ok|unreachable|revert=NAME [amount=A]   answers the oldest outstanding call of KIND
//	view t=MS head=MS status=none|open|settled|closed [deadline=MS] [release=MS] [price=P] [credit=C] [released] [window=MS] [bps=B]
//
// Verified work (new and restore take rate=BPS, the audit rate,
// local=H, DiLoCo's local steps per all-reduce, bound=N, the job's
// verification bound, and role=standby with self=sN):
//
//	audit t=MS by=mN of=mM step=S [fail]        a signed audit gossiped by mN
//	evidence t=MS by=mN against=mM step=S [fault=2|4]   work evidence gossiped by mN
//	verified t=MS of=mM step=S ok|fail|err=WHY [decline]   this peer's audit of mM's step S ([decline]: given up, declined)
//	decline t=MS by=mN of=mM step=S [reason=R]   mN's signed decline of its audit of mM's step S
//	rechecked t=MS against=mM confirmed|refuted|err=WHY   this peer's re-check of the evidence against mM
//	attest t=MS by=mN against=mM                 mN's attestation of the evidence against mM (poster: by=poster)
//	seat t=MS by=sN seat=K from=F [job]          sN's seat statement: it took winner K's seat after step F ([job]: of another job; by=mN: mN rejoined its seat K after step F)
//	calledin t=MS seat=K from=F                  this standby (or restarted winner) was called in to seat K after step F
//	witness t=MS by=mN of=mM from=F [seat=K]     mN's rejoin witness: winner mM (seat K, its own unless given) came back into the ring after step F
//	witnessed t=MS of=mM from=F                  this member's ring ran without winner mM, then with it after step F
//	answer of=mN step=S                          Answer: what this peer serves a fetch of mN's receipt for step S
//	shards                                       StandbyShards: the seats each called-in standby is checked on
func TestGolden(t *testing.T) {
	datadriven.Walk(t, "testdata", func(t *testing.T, path string) {
		g := &golden{}
		datadriven.RunTest(t, path, func(t *testing.T, d *datadriven.TestData) string {
			return g.run(t, d)
		})
	})
}

var gPoster = Address{0xbb}

func member(i int) Address  { return Address{0xa0, byte(i)} }
func standby(i int) Address { return Address{0xa5, byte(i)} }
func testParams() Params {
	return Params{ChainPollMs: 1000, RetryWaitMaxMs: 8000, ReceiptResendMs: 5000, ReadyEveryMs: 250, StartTimeoutMs: 10_000,
		FinishGraceMs: 3000, StallTimeoutMs: 20_000, SettleSlackMs: 60_000, SlashWithinMs: 300_000}
}

type golden struct {
	m     *Machine
	cfg   Config
	calls []Call // outstanding, oldest first
	txs   int
	evs   map[Address]*protocol.WorkEvidence // the latest evidence against each member
}

// evidence builds well-formed work evidence by verifier against accused at
// step: the accused's receipt for step commits to a period of that one
// step. The stand-in signatures make each accuser's evidence distinct.
func (g *golden) evidence(t *testing.T, by, accused Address, step uint64, fault uint8) *protocol.WorkEvidence {
	r := g.receipt(t, accused, step, "a")
	e := &protocol.WorkEvidence{JobID: g.cfg.Job.JobID, Accused: accused, Step: step, Fault: fault, Receipt: r.StepReceipt, ReceiptSig: r.Sig,
		LeafIndex: 0, LeafCount: 1, Leaf: []byte("leaf"), Recomputed: Hash{0xee}, Verifier: by}
	if fault == protocol.FaultTampered {
		e.HopIn, e.HopOut = []byte("in"), []byte("out")
	}
	e.Sig[0], e.Sig[1] = by[0], by[1]
	if g.evs == nil {
		g.evs = map[Address]*protocol.WorkEvidence{}
	}
	g.evs[accused] = e
	return e
}

func (g *golden) name(a Address) string {
	switch {
	case a == gPoster:
		return "poster"
	case a[0] == 0xa0:
		return fmt.Sprintf("m%d", a[1])
	case a[0] == 0xa5:
		return fmt.Sprintf("s%d", a[1])
	}
	return a.Short()
}

// names rewrites the short forms of the script's addresses and one-letter
// hashes in an event's text into their script names.
func (g *golden) names(text string) string {
	var pairs []string
	for _, a := range append(g.cfg.Award.Members(), gPoster) {
		pairs = append(pairs, a.Short(), g.name(a))
	}
	for c := byte('a'); c <= 'z'; c++ {
		pairs = append(pairs, Hash{c}.Short(), string(c))
	}
	return strings.NewReplacer(pairs...).Replace(text)
}

func parseMember(t *testing.T, s string) Address {
	t.Helper()
	if s == "poster" {
		return gPoster
	}
	i, err := strconv.Atoi(s[1:])
	if err != nil || (s[0] != 'm' && s[0] != 's') {
		t.Fatalf("bad member %q", s)
	}
	if s[0] == 's' {
		return standby(i)
	}
	return member(i)
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

func hashOf(s string) Hash { return Hash{s[0]} }

func (g *golden) receipt(t *testing.T, who Address, step uint64, h string) Receipt {
	r := Receipt{StepReceipt: protocol.StepReceipt{JobID: g.cfg.Job.JobID, Member: who, Step: step, ParamsHash: hashOf(h), ContribRoot: Hash{0xcc, who[0], who[1]}}}
	r.Sig[0], r.Sig[1], r.Sig[2] = who[0], who[1], h[0] // a stand-in: the core never checks signatures
	return r
}

func (g *golden) config(t *testing.T, d *datadriven.TestData) Config {
	k := int(intArg(t, d, "k", -1))
	a := &protocol.Award{JobID: Hash{7}, Poster: gPoster}
	for i := 1; i <= k; i++ {
		a.Winners = append(a.Winners, member(i))
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	for i := 1; i <= int(intArg(t, d, "standbys", 0)); i++ {
		a.Standbys = append(a.Standbys, standby(i))
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	job := &protocol.JobAnnounce{JobID: a.JobID, Poster: gPoster, GroupSize: uint32(k), Steps: uint64(intArg(t, d, "steps", -1)), Budget: big.NewInt(1_000_000)}
	role, err := ParseRole(strArg(d, "role", ""))
	if err != nil {
		t.Fatalf("%s: %v", d.Pos, err)
	}
	self := gPoster
	if role != RolePoster {
		self = parseMember(t, strArg(d, "self", "m1"))
	}
	return Config{Role: role, Self: self, Job: job, Award: a, SettleDeadlineMs: uint64(intArg(t, d, "deadline", 100_000)), Chain: !d.HasArg("nochain"),
		AuditRateBps: uint32(intArg(t, d, "rate", 0)), LocalSteps: uint64(intArg(t, d, "local", 0)), ReceiptEvery: uint64(intArg(t, d, "every", 0)),
		Rejoin: d.HasArg("rejoin"), AuditBound: uint32(intArg(t, d, "bound", 0))}
}

func (g *golden) run(t *testing.T, d *datadriven.TestData) string {
	var out strings.Builder
	now := uint64(intArg(t, d, "t", 0))
	step := func(in Input) {
		if err := g.m.Step(now, in); err != nil {
			fmt.Fprintf(&out, "step: %v\n", g.names(err.Error()))
		}
	}
	switch d.Cmd {
	case "new":
		g.cfg = g.config(t, d)
		m, err := New(now, testParams(), g.cfg)
		if err != nil {
			return fmt.Sprintf("new: %v\n", err)
		}
		g.m, g.calls = m, nil
	case "restore":
		g.cfg = g.config(t, d)
		rec := Record{Role: g.cfg.Role, Stage: Stage(strArg(d, "stage", "")), SettleDeadlineMs: g.cfg.SettleDeadlineMs}
		if s := strArg(d, "receipts", ""); s != "" {
			for _, r := range strings.Split(s, ",") {
				f := strings.Split(r, ":")
				st, _ := strconv.ParseUint(f[1], 10, 64)
				rec.Receipts = append(rec.Receipts, g.receipt(t, parseMember(t, f[0]), st, f[2]))
			}
		}
		if s := strArg(d, "seats", ""); s != "" {
			for _, st := range strings.Split(s, ",") {
				f := strings.Split(st, ":")
				seat, _ := strconv.ParseUint(f[1], 10, 32)
				from, _ := strconv.ParseUint(f[2], 10, 64)
				rec.Seats = append(rec.Seats, SignedSeat{SeatStatement: SeatStatement{JobID: g.cfg.Job.JobID, Standby: parseMember(t, f[0]), Seat: uint32(seat), From: from}})
			}
		}
		if s := strArg(d, "witnesses", ""); s != "" {
			for _, st := range strings.Split(s, ",") {
				f := strings.Split(st, ":")
				of := parseMember(t, f[0])
				from, _ := strconv.ParseUint(f[1], 10, 64)
				rec.Witnesses = append(rec.Witnesses, SignedWitness{RejoinWitness: RejoinWitness{SeatStatement{JobID: g.cfg.Job.JobID, Standby: of,
					Seat: uint32(g.cfg.Award.IndexOf(of)), From: from}}, Witness: parseMember(t, f[2])})
			}
		}
		if s := strArg(d, "credits", ""); s != "" {
			for _, c := range strings.Split(s, ",") {
				v, _ := strconv.ParseUint(c, 10, 64)
				rec.Credits = append(rec.Credits, v)
			}
		}
		m, err := Restore(now, testParams(), g.cfg, rec)
		if err != nil {
			return fmt.Sprintf("restore: %v\n", err)
		}
		g.m, g.calls = m, nil
	case "receipt":
		step(PeerReceipt{g.receipt(t, parseMember(t, strArg(d, "from", "")), uint64(intArg(t, d, "step", -1)), strArg(d, "hash", "a"))})
	case "equivocation":
		// Another follower's evidence: from's receipts for step of the
		// two hashes (hash=H1,H2).
		who, st, hs := parseMember(t, strArg(d, "from", "")), uint64(intArg(t, d, "step", -1)), strings.Split(strArg(d, "hash", "a,b"), ",")
		step(PeerEquivocation{Evidence{Member: who, Step: st, First: g.receipt(t, who, st, hs[0]), Second: g.receipt(t, who, st, hs[1])}})
	case "own":
		step(OwnReceipt{g.receipt(t, g.cfg.Self, uint64(intArg(t, d, "step", -1)), strArg(d, "hash", "a"))})
	case "ready":
		step(PeerReady{parseMember(t, strArg(d, "from", ""))})
	case "prepared":
		step(Prepared{})
	case "trained":
		step(TrainResult{ModelHash: hashOf(strArg(d, "hash", "z")), Steps: uint64(intArg(t, d, "steps", 0)), Err: strArg(d, "err", "")})
	case "tick":
		g.m.Tick(now)
	case "seat":
		st := SignedSeat{SeatStatement: SeatStatement{JobID: g.cfg.Job.JobID, Standby: parseMember(t, strArg(d, "by", "")),
			Seat: uint32(intArg(t, d, "seat", -1)), From: uint64(intArg(t, d, "from", -1))}}
		if d.HasArg("job") {
			st.JobID = Hash{0xff}
		}
		step(PeerSeat{Seat: st})
	case "witness":
		of := parseMember(t, strArg(d, "of", ""))
		w := SignedWitness{RejoinWitness: RejoinWitness{SeatStatement{JobID: g.cfg.Job.JobID, Standby: of,
			Seat: uint32(intArg(t, d, "seat", int64(g.m.Book().IndexOf(of)))), From: uint64(intArg(t, d, "from", -1))}},
			Witness: parseMember(t, strArg(d, "by", ""))}
		step(PeerWitness{Witness: w})
	case "witnessed":
		step(Witnessed{Member: parseMember(t, strArg(d, "of", "")), From: uint64(intArg(t, d, "from", -1))})
	case "calledin":
		step(CalledIn{Seat: uint32(intArg(t, d, "seat", -1)), From: uint64(intArg(t, d, "from", -1))})
	case "answer":
		a := g.m.Answer(&Fetch{Receipts: []Pair{{Member: parseMember(t, strArg(d, "of", "")), Step: uint64(intArg(t, d, "step", -1))}}})
		out.WriteString("answer")
		for _, r := range a.Receipts {
			fmt.Fprintf(&out, " %s@%d params=%c", g.name(r.Member), r.Step, r.ParamsHash[0])
		}
		out.WriteString("\n")
	case "shards":
		fmt.Fprintf(&out, "shards")
		sh := StandbyShards(g.m.Book())
		for _, a := range g.cfg.Award.Standbys {
			if c, ok := sh[a]; ok {
				fmt.Fprintf(&out, " %s=%v", g.name(a), c)
			}
		}
		out.WriteString("\n")
	case "audit":
		step(PeerAudit{protocol.Audit{JobID: g.cfg.Job.JobID, Verifier: parseMember(t, strArg(d, "by", "")), Member: parseMember(t, strArg(d, "of", "")),
			Step: uint64(intArg(t, d, "step", -1)), LeafHash: Hash{0x1e}, OK: !d.HasArg("fail")}})
	case "decline":
		dc := Decline{JobID: g.cfg.Job.JobID, Verifier: parseMember(t, strArg(d, "by", "")), Member: parseMember(t, strArg(d, "of", "")),
			Step: uint64(intArg(t, d, "step", -1)), Reason: uint8(intArg(t, d, "reason", int64(DeclineUnavailable)))}
		step(PeerDecline{dc})
	case "evidence":
		step(PeerEvidence{g.evidence(t, parseMember(t, strArg(d, "by", "")), parseMember(t, strArg(d, "against", "")), uint64(intArg(t, d, "step", -1)), uint8(intArg(t, d, "fault", 2)))})
	case "verified":
		of, st := parseMember(t, strArg(d, "of", "")), uint64(intArg(t, d, "step", -1))
		in := Verified{Member: of, Step: st, LeafHash: Hash{0x1e}, OK: d.HasArg("ok"), Err: strArg(d, "err", "")}
		if d.HasArg("decline") {
			in.Decline = DeclineUnavailable
		}
		if d.HasArg("fail") {
			in.Evidence = g.evidence(t, g.cfg.Self, of, st, uint8(intArg(t, d, "fault", 2)))
		}
		step(in)
	case "rechecked":
		ev := g.evs[parseMember(t, strArg(d, "against", ""))]
		if ev == nil {
			t.Fatalf("%s: no evidence against %s", d.Pos, strArg(d, "against", ""))
		}
		step(Rechecked{EvidenceHash: ev.EvidenceHash(), Confirmed: d.HasArg("confirmed"), Err: strArg(d, "err", "")})
	case "attest":
		ev := g.evs[parseMember(t, strArg(d, "against", ""))]
		if ev == nil {
			t.Fatalf("%s: no evidence against %s", d.Pos, strArg(d, "against", ""))
		}
		by := parseMember(t, strArg(d, "by", ""))
		in := PeerAttestation{Attestation: ev.Attestation(), Signer: by}
		in.Sig[0], in.Sig[1] = by[0], by[1]
		step(in)
	case "stop":
		step(Stop{Why: "the node stopped"})
	case "result", "view":
		kind := strArg(d, "call", "view")
		i := slices.IndexFunc(g.calls, func(c Call) bool { return c.Kind.String() == kind })
		if i < 0 {
			t.Fatalf("%s: no %s call outstanding", d.Pos, kind)
		}
		c := g.calls[i]
		g.calls = slices.Delete(g.calls, i, i+1)
		res := CallResult{ID: c.ID}
		switch {
		case d.HasArg("unreachable"):
			res.Outcome, res.Err = Unreachable, "dial tcp: connection refused"
		case strArg(d, "revert", "") != "":
			res.Outcome, res.Revert = Reverted, strArg(d, "revert", "")
		default:
			res.Outcome = OK
			if c.Kind != CallView && c.Kind != CallRegisterAward {
				g.txs++
				method := c.Kind.String()
				if c.Kind == CallWithdraw && c.Release {
					res.Txs = append(res.Txs, Tx{Method: "release", Hash: fmt.Sprintf("0x%02d", g.txs)})
					g.txs++
				}
				res.Txs = append(res.Txs, Tx{Method: method, Hash: fmt.Sprintf("0x%02d", g.txs)})
			}
			if a := intArg(t, d, "amount", 0); a != 0 {
				res.Amount = big.NewInt(a)
			}
		}
		if d.Cmd == "view" {
			res.View = &ChainView{HeadMs: uint64(intArg(t, d, "head", -1)), SettleDeadlineMs: uint64(intArg(t, d, "deadline", 100_000)),
				ReleaseAtMs: uint64(intArg(t, d, "release", 0)), GroupSize: g.cfg.Job.GroupSize, QuorumBps: uint16(intArg(t, d, "bps", 6666)), ClaimWindowMs: uint64(intArg(t, d, "window", 50_000)),
				Credit: big.NewInt(intArg(t, d, "credit", 0)), Released: d.HasArg("released")}
			statuses := map[string]ChainStatus{"none": ChainNone, "open": ChainOpen, "settled": ChainSettled, "closed": ChainClosed}
			res.View.Status = statuses[strArg(d, "status", "open")]
		}
		step(res)
	default:
		t.Fatalf("%s: unknown command %q", d.Pos, d.Cmd)
	}
	rd := g.m.Ready()
	g.m.Advance()
	g.print(&out, &rd)
	if out.Len() == 0 {
		return "ok\n"
	}
	return out.String()
}

func (g *golden) print(out *strings.Builder, rd *Ready) {
	if r := rd.Record; r != nil {
		fmt.Fprintf(out, "journal %s %s receipts=%d", r.Role, r.Stage, len(r.Receipts))
		if r.Credits != nil {
			fmt.Fprintf(out, " credits=%v", r.Credits)
		}
		for _, s := range r.Seats {
			fmt.Fprintf(out, " seat=%s:%d@%d", g.name(s.Standby), s.Seat, s.From)
		}
		for _, w := range r.Witnesses {
			fmt.Fprintf(out, " witness=%s@%d/%s", g.name(w.Standby), w.From, g.name(w.Witness))
		}
		if len(r.Txs) > 0 {
			var ks []string
			for k, v := range r.Txs {
				ks = append(ks, k+":"+v)
			}
			sort.Strings(ks)
			fmt.Fprintf(out, " txs=%s", strings.Join(ks, ","))
		}
		if r.Paid != "" {
			fmt.Fprintf(out, " paid=%s", r.Paid)
		}
		if r.Why != "" {
			fmt.Fprintf(out, " why=%q", r.Why)
		}
		for _, c := range r.Convictions {
			fmt.Fprintf(out, " convicted=%s@%d", g.name(c.Member), c.Step)
		}
		if slices.ContainsFunc(r.Audits, func(n uint64) bool { return n > 0 }) {
			fmt.Fprintf(out, " audits=%v", r.Audits)
		}
		out.WriteString("\n")
	}
	for _, c := range rd.Calls {
		if !slices.ContainsFunc(g.calls, func(o Call) bool { return o.ID == c.ID }) {
			g.calls = append(g.calls, c)
		}
		fmt.Fprintf(out, "call %d %v", c.ID, c.Kind)
		switch {
		case c.Kind == CallSettle:
			fmt.Fprintf(out, " credits=%v", c.Credits)
		case c.Proof != nil:
			var who []string
			for _, i := range c.Proof.Quorum.Members {
				who = append(who, g.name(g.cfg.Award.Members()[i]))
			}
			fmt.Fprintf(out, " step=%d params=%c quorum=%v", c.Proof.Step, c.Proof.ParamsHash[0], who)
		case c.Evidence != nil:
			fmt.Fprintf(out, " %s step=%d params=%c/%c", g.name(c.Evidence.Member), c.Evidence.Step, c.Evidence.First.ParamsHash[0], c.Evidence.Second.ParamsHash[0])
		case c.Conviction != nil:
			var who []string
			for _, s := range c.Conviction.Signers {
				who = append(who, g.name(s))
			}
			a := c.Conviction.Attestation
			fmt.Fprintf(out, " %s fault=%d step=%d quorum=%v", g.name(a.Accused), a.Fault, a.Step, who)
		case c.Release:
			out.WriteString(" release")
		}
		out.WriteString("\n")
	}
	for _, p := range rd.Publish {
		switch {
		case p.Receipt != nil:
			fmt.Fprintf(out, "publish receipt %s step=%d params=%c\n", g.name(p.Receipt.Member), p.Receipt.Step, p.Receipt.ParamsHash[0])
		case p.Audit != nil:
			fmt.Fprintf(out, "publish audit of %s step=%d ok=%v\n", g.name(p.Audit.Member), p.Audit.Step, p.Audit.OK)
		case p.Evidence != nil:
			fmt.Fprintf(out, "publish evidence against %s step=%d fault=%d\n", g.name(p.Evidence.Accused), p.Evidence.Step, p.Evidence.Fault)
		case p.Attestation != nil:
			fmt.Fprintf(out, "publish attestation against %s step=%d fault=%d\n", g.name(p.Attestation.Accused), p.Attestation.Step, p.Attestation.Fault)
		case p.Seat != nil:
			fmt.Fprintf(out, "publish seat of %s seat=%d from=%d\n", g.name(p.Seat.Standby), p.Seat.Seat, p.Seat.From)
		case p.Decline != nil:
			fmt.Fprintf(out, "publish decline of %s step=%d reason=%d\n", g.name(p.Decline.Member), p.Decline.Step, p.Decline.Reason)
		case p.Witness != nil:
			fmt.Fprintf(out, "publish witness of %s seat=%d from=%d\n", g.name(p.Witness.Standby), p.Witness.Seat, p.Witness.From)
		case p.Equivocation != nil:
			e := p.Equivocation
			fmt.Fprintf(out, "publish equivocation of %s step=%d params=%c/%c\n", g.name(e.Member), e.Step, e.First.ParamsHash[0], e.Second.ParamsHash[0])
		default:
			out.WriteString("publish ready\n")
		}
	}
	if f := rd.Fetch; f != nil {
		out.WriteString("fetch")
		for _, p := range f.Receipts {
			fmt.Fprintf(out, " %s@%d", g.name(p.Member), p.Step)
		}
		for _, a := range f.Seats {
			fmt.Fprintf(out, " seat:%s", g.name(a))
		}
		for _, a := range f.Witnesses {
			fmt.Fprintf(out, " witnesses:%s", g.name(a))
		}
		out.WriteString("\n")
	}
	for _, v := range rd.Verify {
		fmt.Fprintf(out, "verify %s step=%d under receipt %d (leaf %d of %d)\n", g.name(v.Member), v.Step, v.Receipt.Step, v.LeafIndex, v.LeafCount)
	}
	for _, ev := range rd.Recheck {
		fmt.Fprintf(out, "recheck %s's evidence against %s step=%d fault=%d\n", g.name(ev.Verifier), g.name(ev.Accused), ev.Step, ev.Fault)
	}
	for _, tr := range rd.Train {
		fmt.Fprintf(out, "train %v", tr.Kind)
		if tr.Kind == TrainCollect {
			fmt.Fprintf(out, " model=%c", tr.ModelHash[0])
		}
		if tr.Kind == TrainDrop {
			fmt.Fprintf(out, " %s", g.name(tr.Peer))
		}
		out.WriteString("\n")
	}
	for _, o := range rd.Observations {
		fmt.Fprintf(out, "observe %v %s", o.Kind, g.name(Address(o.Peer)))
		if o.Fault != 0 {
			fmt.Fprintf(out, " fault=%d", o.Fault)
		}
		if o.Step != 0 {
			fmt.Fprintf(out, " step=%d", o.Step)
		}
		if o.LatencyMs != 0 {
			fmt.Fprintf(out, " latency=%d", o.LatencyMs)
		}
		if o.Amount != nil {
			fmt.Fprintf(out, " amount=%v", o.Amount)
		}
		if o.Note != "" {
			fmt.Fprintf(out, " %q", g.names(o.Note))
		}
		out.WriteString("\n")
	}
	for _, e := range rd.Events {
		fmt.Fprintf(out, "event %s", e.Kind)
		if e.Peer != (Address{}) {
			fmt.Fprintf(out, " %s", g.name(e.Peer))
		}
		fmt.Fprintf(out, ": %s", g.names(e.Text))
		if e.Err != "" && e.Err != e.Text {
			fmt.Fprintf(out, " (%s)", e.Err)
		}
		out.WriteString("\n")
	}
}

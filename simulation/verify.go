package simulation

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"

	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// Verified work (PROTOCOL.md, "Verified work") runs in the job core, as on
// a node: every machine of a job (the poster's, each winner's, each
// standby's) derives each receipt period's audit sample from the group's
// signed receipts (job.PeriodSeeds, job.Assign), and asks its peer to
// recompute the pairs assigned to it (Ready.Verify); the engine answers
// with Verified after the recomputation's time and carries the audits,
// work evidence and fault attestations the machines publish to the job's
// other machines after the link's latency. Evidence is re-checked by every
// other member of the award (Ready.Recheck, answered with Rechecked); a
// quorum of attestations, the poster's counted, convicts: the members'
// machines drop the convict from the ring (a standby takes its place),
// the poster's slashes it (CallSlashFault, fault 2 or 4), pays it nothing
// for the job (jobcore.CreditCap) and pays verifiers per audit in its
// settlement (or lowers a settled credit with CallChallengeFault). A
// refuted accusation costs the accuser a fault report in every re-
// checker's book and its pay for that audit.
//
// The simulation does not compute gradients: a cheater's contribution is
// "wrong at the steps it cheated on", and a recomputation of (member,
// step) finds it wrong exactly when the member cheated at that step. That
// is faithful because the network's recomputation is exact (train/verify
// gives the member's bits, or their hash differs); what it leaves out is
// the recomputation itself, which is timed as one step's compute at the
// verifier's throughput plus fetching the training state the step starts
// from. The evidence's leaf and proof are stand-ins (the machines check
// their form; the shell, which checks their content, is not simulated).

// pairKey is one member's step in one group.
type pairKey struct {
	peer int32
	step uint64
}

// groupAudit is what the engine knows of a group's work: the steps its
// cheaters got wrong (the ground truth the recomputations read), the
// rings of the receipt period being trained, and what the machines did.
type groupAudit struct {
	// members[i] is the ring that computed step periodStart+i.
	periodStart uint64
	members     [][]int32
	wrong       map[pairKey]uint8 // a cheater's bad steps: the fault
	firstBad    map[int32]uint64
	cheated     map[int32]int    // bad steps per member
	convicted   map[int32]uint64 // the step of the evidence that convicted
	excluded    map[int32]bool   // convicts the ring's next re-form drops
	refuted     map[protocol.Hash]bool
	// audits are the audits the poster's machine paid per award member
	// (its journal's Audits), once it settled.
	audits []uint64
	// sampledThrough is the last step of a pair any machine was asked to
	// verify while the group trained: how far the audits kept up.
	sampledThrough uint64
	// trained counts the steps each member computed in the ring.
	trained map[int32]uint64
}

func newGroupAudit() *groupAudit {
	return &groupAudit{periodStart: 1, wrong: map[pairKey]uint8{}, firstBad: map[int32]uint64{}, cheated: map[int32]int{},
		convicted: map[int32]uint64{}, excluded: map[int32]bool{}, refuted: map[protocol.Hash]bool{}, trained: map[int32]uint64{}}
}

func (a *groupAudit) isConvicted(p int32) bool { _, ok := a.convicted[p]; return ok }

// verifyOut is a recomputation machine mach was asked for.
type verifyOut struct {
	mach int32
	v    jobcore.Verify
}

// recheckOut is a re-check machine mach was asked for.
type recheckOut struct {
	mach int32
	ev   *protocol.WorkEvidence
}

// workOut is a verified-work message on its way to machine to.
type workOut struct {
	to int32
	in jobcore.Input
}

// periodEnd reports whether the group's receipt for step closes a
// receipt period: every Period steps, and at the job's last step.
func (e *Engine) periodEnd(g *group, step uint64) bool {
	return step%e.sc.Verification.Period == 0 || step == g.job.stream.Steps
}

// unit draws a number in [0, 1) from a hash of the run's seed and parts:
// a cheater's choices, so that verification draws nothing from the
// engine's random stream and runs without cheaters replay as before.
func (e *Engine) unit(parts ...uint64) float64 {
	buf := binary.BigEndian.AppendUint64(nil, e.sc.Seed)
	for _, p := range parts {
		buf = binary.BigEndian.AppendUint64(buf, p)
	}
	h := protocol.Keccak256(buf)
	return float64(binary.BigEndian.Uint64(h[:8])>>11) / (1 << 53)
}

// Tags of unit's draws.
const (
	drawCheat uint64 = iota + 1
	drawLie
)

// cheatAt records what g's ring did at the step just completed (g.step),
// before its members sign their receipts for it: which of its cheaters
// cheated at it.
func (e *Engine) cheatAt(g *group) {
	a := g.audit
	step := g.step
	if step == a.periodStart+uint64(len(a.members)) {
		a.members = append(a.members, slices.Clone(g.ring))
	}
	for _, m := range g.ring {
		a.trained[m]++
		p := e.peers[m]
		if p.advSpec == nil || !scenario.Cheats(p.advSpec.Kind) || a.isConvicted(m) {
			continue
		}
		if e.unit(drawCheat, uint64(g.job.idx), uint64(m), step) >= p.advSpec.CheatRate {
			continue
		}
		fault := protocol.FaultWrongResult
		if p.adv == advTamperer {
			fault = protocol.FaultTampered
		}
		a.wrong[pairKey{m, step}] = fault
		a.cheated[m]++
		if _, ok := a.firstBad[m]; !ok {
			a.firstBad[m] = step
		}
		e.st.cheatedSteps++
	}
}

// periodDone forgets the rings of the period that ended at g.step.
func (e *Engine) periodDone(g *group) {
	if e.periodEnd(g, g.step) {
		g.audit.periodStart = g.step + 1
		g.audit.members = g.audit.members[:0]
	}
}

// contribRoot stands for the root of member m's leaves over the receipt
// period ending at step (the receipt's contribRoot): a hash of the job,
// the member and, for each step of the period it took part in, whether
// it contributed what it should have. Like the network's root, it differs
// between members and between an honest member and a cheater, and is
// fixed before anyone can know the period's sample.
func (e *Engine) contribRoot(g *group, m int32, step uint64) protocol.Hash {
	a := g.audit
	buf := append([]byte(nil), g.job.ann.JobID[:]...)
	buf = append(buf, e.peers[m].addr[:]...)
	for i, members := range a.members {
		if slices.Contains(members, m) {
			t := a.periodStart + uint64(i)
			buf = binary.BigEndian.AppendUint64(buf, t)
			buf = append(buf, a.wrong[pairKey{m, t}])
		}
	}
	return protocol.Keccak256(binary.BigEndian.AppendUint64(buf, step))
}

// recomputeUs is how long peer v takes to check one step of g's job:
// fetch the state the step starts from (parameters and two optimizer
// moments, by hash, over its downlink) and compute the member's step.
func (e *Engine) recomputeUs(g *group, v *peer) int64 {
	s := g.job.stream
	fetch := float64(12*s.ModelParams) / v.downBpus
	compute := s.StepGFLOP / float64(v.prof.Throughput) * float64(max(1, v.groups)) * 1e6
	return int64(fetch + compute)
}

// askVerify schedules the recomputation machine mi was asked for.
func (e *Engine) askVerify(mi int32, v jobcore.Verify) {
	jm := e.machines[mi]
	g := e.jobs[jm.job].group
	e.st.auditsSampled++
	if !g.done {
		g.audit.sampledThrough = max(g.audit.sampledThrough, v.Step)
	}
	e.verifies = append(e.verifies, verifyOut{mach: mi, v: v})
	e.schedule(e.now+e.recomputeUs(g, e.peers[jm.peer]), evAudit, jm.peer, int32(len(e.verifies)-1), 0)
}

// askRecheck schedules the re-check machine mi was asked for.
func (e *Engine) askRecheck(mi int32, ev *protocol.WorkEvidence) {
	jm := e.machines[mi]
	g := e.jobs[jm.job].group
	e.rechecks = append(e.rechecks, recheckOut{mach: mi, ev: ev})
	e.schedule(e.now+e.recomputeUs(g, e.peers[jm.peer]), evRecheck, jm.peer, int32(len(e.rechecks)-1), 0)
}

// auditDone answers a machine's Verify: the recomputation's verdict, or a
// lie when a false accuser chooses to. A peer that went offline, or does
// no work at all (a free-rider, a sybil: it sends no chunk either),
// answers nothing: the pair goes unchecked.
func (e *Engine) auditDone(ev *event) {
	out := e.verifies[ev.a]
	e.verifies[ev.a] = verifyOut{}
	jm := e.machines[out.mach]
	j := e.jobs[jm.job]
	g := j.group
	v := e.peers[jm.peer]
	member := e.peerOf(out.v.Member)
	b := e.line(ev)
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "member", int64(member.idx))
	b = logInt(b, "step", int64(out.v.Step))
	b = logInt(b, "verifier", int64(v.idx))
	if !v.online || !v.sendsData() || jm.gone {
		e.st.auditsMissed++
		e.log.end(logStr(b, "result", "not-done"))
		return
	}
	e.st.audits++
	e.st.peerEvents++
	v.auditsDone++
	in := jobcore.Verified{Member: out.v.Member, Step: out.v.Step, LeafHash: e.leafHash(j, member.idx, out.v.Step), OK: true}
	fault, bad := g.audit.wrong[pairKey{member.idx, out.v.Step}]
	lie := !bad && v.adv == advFalseAccuser && e.unit(drawLie, uint64(j.idx), uint64(member.idx), out.v.Step) < v.advSpec.CheatRate
	if lie {
		fault = protocol.FaultWrongResult
		v.falseAudits++
	}
	if bad || lie {
		in.OK = false
		in.Evidence = e.workEvidence(j, v, out.v, fault)
		e.st.auditsFailed++
		e.st.evidence++
		b = logInt(b, "fault", int64(fault))
		b = logHex(b, "evidence", in.Evidence.EvidenceHash().Bytes()[:4])
	}
	e.log.end(logStr(b, "result", map[bool]string{true: "ok", false: "evidence"}[in.OK]))
	e.stepMachine(out.mach, in)
}

// leafHash stands for the hash of member m's leaf at step.
func (e *Engine) leafHash(j *job, m int32, step uint64) protocol.Hash {
	return protocol.Keccak256(j.ann.JobID[:], e.peers[m].addr[:], binary.BigEndian.AppendUint64(nil, step), []byte("leaf"))
}

// workEvidence builds the evidence verifier v publishes against the pair
// of vr: the accused's signed receipt from the machine's book, the leaf's
// place in its period, stand-ins for the leaf, its proof and (for
// tampering) the hop records, and v's signature over the statement.
func (e *Engine) workEvidence(j *job, v *peer, vr jobcore.Verify, fault uint8) *protocol.WorkEvidence {
	ev := &protocol.WorkEvidence{JobID: j.ann.JobID, Accused: vr.Member, Step: vr.Step, Fault: fault,
		Receipt: vr.Receipt.StepReceipt, ReceiptSig: vr.Receipt.Sig, LeafIndex: vr.LeafIndex, LeafCount: vr.LeafCount,
		Leaf: e.leafHash(j, e.peerOf(vr.Member).idx, vr.Step).Bytes(), Recomputed: protocol.Keccak256([]byte("recomputed"), vr.Member[:]),
		Verifier: v.addr}
	if fault == protocol.FaultTampered {
		ev.HopIn, ev.HopOut = []byte("hop-in"), []byte("hop-out")
	}
	sig, err := v.key.SignHash(e.dom.Digest(ev.Statement()))
	if err != nil {
		panic(err)
	}
	copy(ev.Sig[:], sig)
	e.st.signatures++
	return ev
}

// recheck answers a machine's Recheck: it confirms exactly when the
// accused got the step wrong as the evidence claims.
func (e *Engine) recheck(ev *event) {
	out := e.rechecks[ev.a]
	e.rechecks[ev.a] = recheckOut{}
	jm := e.machines[out.mach]
	j := e.jobs[jm.job]
	q := e.peers[jm.peer]
	accused := e.peerOf(out.ev.Accused)
	b := e.line(ev)
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "accused", int64(accused.idx))
	b = logInt(b, "by", int64(q.idx))
	if !q.online || jm.gone {
		e.log.end(logStr(b, "result", "not-done"))
		return
	}
	e.st.rechecks++
	e.st.peerEvents++
	h := out.ev.EvidenceHash()
	confirmed := j.group.audit.wrong[pairKey{accused.idx, out.ev.Step}] == out.ev.Fault
	if !confirmed && !j.group.audit.refuted[h] {
		j.group.audit.refuted[h] = true
		e.st.falseAccusations++
		e.caught(e.peerOf(out.ev.Verifier))
	}
	e.log.end(logStr(b, "result", map[bool]string{true: "confirmed", false: "refuted"}[confirmed]))
	e.stepMachine(out.mach, jobcore.Rechecked{EvidenceHash: h, Confirmed: confirmed})
}

// publishWork sends machine mi's verified-work message to the job's other
// machines after each link's latency; an attestation also goes back to mi
// itself, signed, as a node's shell steps its own back.
func (e *Engine) publishWork(mi int32, pub jobcore.Publish) {
	jm := e.machines[mi]
	j := e.jobs[jm.job]
	from := e.peers[jm.peer]
	var in jobcore.Input
	self := false
	switch {
	case pub.Audit != nil:
		in = jobcore.PeerAudit{Audit: *pub.Audit}
	case pub.Evidence != nil:
		in = jobcore.PeerEvidence{Evidence: pub.Evidence}
	case pub.Attestation != nil:
		sig, err := from.key.SignHash(e.dom.Digest(*pub.Attestation))
		if err != nil {
			panic(err)
		}
		e.st.signatures++
		pa := jobcore.PeerAttestation{Attestation: *pub.Attestation, Signer: from.addr}
		copy(pa.Sig[:], sig)
		in, self = pa, true
	default:
		return
	}
	for _, to := range j.machines {
		if to == mi && !self {
			continue
		}
		var at int64
		if to != mi {
			at = e.net.latency(from, e.peers[e.machines[to].peer]) + e.net.hopUs
		}
		e.works = append(e.works, workOut{to: to, in: in})
		e.schedule(e.now+at, evWork, -1, int32(len(e.works)-1), 0)
	}
}

// work steps a verified-work message into the machine it was sent to.
func (e *Engine) work(ev *event) {
	out := e.works[ev.a]
	e.works[ev.a] = workOut{}
	jm := e.machines[out.to]
	if jm.gone || jm.m.Done() || !e.peers[jm.peer].online {
		return // a peer offline misses the message (gossip re-sends are not simulated)
	}
	if err := jm.m.Step(e.nowMs(), out.in); err != nil {
		// A machine refuses what it cannot use (evidence against a
		// member it does not know, say): as a node's would.
		b := e.log.begin(e.now, e.seq, "work-refused")
		b = logInt(b, "job", int64(jm.job))
		b = logInt(b, "peer", int64(jm.peer))
		e.log.end(logStr(b, "why", err.Error()))
		return
	}
	e.drainJob(out.to)
}

// convicted applies a conviction the job's machines report (a member's
// TrainDrop, the poster's EventConvicted): the engine records it and the
// ring drops the convict.
func (e *Engine) convicted(j *job, who protocol.Address, step uint64) {
	g := j.group
	p := e.peerOf(who)
	if p == nil || g.audit.isConvicted(p.idx) {
		return
	}
	g.audit.convicted[p.idx] = step
	e.caught(p)
	e.st.convictions++
	if g.audit.wrong[pairKey{p.idx, step}] == protocol.FaultTampered {
		e.st.convictedTampered++
	}
	b := e.log.begin(e.now, e.seq, "convicted")
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "peer", int64(p.idx))
	e.log.end(logInt(b, "step", int64(step)))
	if !g.done && !g.reforming && e.dropConvicts(g) {
		// The members stop taking the convict's chunks: the ring re-forms
		// now, without it, and the step in flight is redone. (A ring
		// re-forming drops it when it starts its next step.)
		g.gen++
		e.schedule(e.now, evFault, -1, g.idx, g.gen)
	}
}

// excludeConvicts marks the convicts g's ring drops at its re-form: in
// ring order, as many as leave the healthy members at the quorum (see
// dropConvicts).
func (e *Engine) excludeConvicts(g *group) {
	clear(g.audit.excluded)
	live := 0
	for _, m := range g.ring {
		if e.healthy(g, e.peers[m], -1) {
			live++
		}
	}
	for _, m := range g.ring {
		if g.audit.isConvicted(m) && e.healthy(g, e.peers[m], -1) && live-1 >= e.quorum(g.job.stream.GroupSize) {
			g.audit.excluded[m] = true
			live--
		}
	}
}

// dropConvicts reports whether g's ring holds a convict it can drop now:
// one whose going leaves the quorum. A ring at its quorum keeps a
// convict until the standbys its last re-form planned in join (the
// membership core counts only members present for its quorum, and calls
// standbys in from the next step): the convict's steps meanwhile are
// paid nothing (its credit is capped) and its wrong work is the cost.
func (e *Engine) dropConvicts(g *group) bool {
	n := 0
	for _, m := range g.ring {
		if g.audit.isConvicted(m) {
			n++
		}
	}
	return n > 0 && len(g.ring)-n >= e.quorum(g.job.stream.GroupSize)
}

// slashFault applies the poster's slashFault: one fault slash per job and
// member (the contract's key), and the convict's claims and challenges
// capped at jobcore.CreditCap (nothing, for faults 2 and 4).
func (e *Engine) slashFault(j *job, cj *chainJob, c *jobcore.Conviction) (*big.Int, string) {
	who := e.peerOf(c.Attestation.Accused)
	if who == nil {
		return nil, "UnknownMember"
	}
	slot := slashSlot{kind: 4, job: j.ann.JobID, who: who.addr}
	if e.chain.slots[slot] {
		return nil, "AlreadySlashed"
	}
	e.chain.slots[slot] = true
	cj.capped[who.idx] = jobcore.CreditCap(c.Attestation.Fault, c.Attestation.Step)
	amount := e.chain.slash(who, e.peers[j.poster], e.sc.Chain.FaultSlashBps, faultName(c.Attestation.Fault))
	return amount, ""
}

// challengeFault lowers member m's settled credit to jobcore.CreditCap
// (nothing, for faults 2 and 4; its verification pay kept), the difference back into the
// escrow.
func (e *Engine) challengeFault(j *job, cj *chainJob, c *jobcore.Conviction) string {
	who := e.peerOf(c.Attestation.Accused)
	if who == nil || cj.credit[who.idx] == nil {
		return "NothingCredited"
	}
	m := who.idx
	credit := cj.credit[m]
	capped := jobcore.CreditCap(c.Attestation.Fault, c.Attestation.Step)
	want := new(big.Int).Mul(memberPrice(j.award, who.addr), new(big.Int).SetUint64(capped+cj.auditSteps[m]))
	less := new(big.Int).Sub(credit, want)
	cj.capped[m] = capped
	if less.Sign() <= 0 {
		return ""
	}
	l := e.chain
	fee := bps(less, e.sc.Chain.FeeBps)
	net := new(big.Int).Sub(less, fee)
	cj.credit[m] = want
	l.escrow[j.idx].Add(l.escrow[j.idx], less)
	l.treasury.Sub(l.treasury, fee)
	l.balance[m].Sub(l.balance[m], net)
	e.peers[m].paid.Sub(e.peers[m].paid, net)
	return ""
}

// verifySummary fills the report's verification figures.
func (e *Engine) verifySummary(r *Report) {
	st := &e.st
	r.Verification = VerificationStats{RateBps: e.sc.Verification.RateBps, Period: e.sc.Verification.Period,
		CheatedSteps: st.cheatedSteps, Sampled: st.auditsSampled, Audits: st.audits, Missed: st.auditsMissed, Failed: st.auditsFailed,
		Evidence: st.evidence, Rechecks: st.rechecks, Convictions: st.convictions, ConvictedTampered: st.convictedTampered,
		FalseAccusations: st.falseAccusations, AuditsPaid: st.auditsPaid}
	for _, g := range e.groups {
		a := g.audit
		j := g.job
		cj := e.chain.jobs[j.idx]
		if g.step > 0 && a.sampledThrough > 0 && g.step-min(g.step, a.sampledThrough) > r.Verification.AuditLagMax {
			r.Verification.AuditLagMax, r.Verification.AuditLagJob = g.step-a.sampledThrough, int(j.idx)
		}
		for _, m := range g.award[len(j.award.Winners):] {
			c := cj.credit[m]
			if c == nil {
				continue
			}
			credited := new(big.Int).Quo(c, memberPrice(j.award, e.peers[m].addr)).Uint64() - cj.auditSteps[m]
			if credited > a.trained[m] && credited-a.trained[m] > r.Verification.StandbyOvercredit {
				r.Verification.StandbyOvercredit = credited - a.trained[m]
			}
		}
		for _, m := range g.award {
			p := e.peers[m]
			n := a.cheated[m]
			_, convicted := a.convicted[m]
			if n == 0 && !convicted {
				continue
			}
			cr := CheatReport{Job: int(j.idx), Peer: int(m), Kind: p.class(), CheatedSteps: n, FirstBad: a.firstBad[m], SampledThrough: a.sampledThrough,
				Convicted: convicted, JobStatus: j.status.String(), StepsDone: g.step, Standby: g.index(m) >= len(j.award.Winners)}
			if convicted {
				cr.ConvictedAt = a.convicted[m]
				cr.CreditCap = cj.capped[m]
			}
			if p.advSpec != nil {
				cr.Mode = p.advSpec.Mode
			}
			if c := cj.credit[m]; c != nil {
				cr.Credited = new(big.Int).Quo(c, memberPrice(j.award, p.addr)).Uint64() - cj.auditSteps[m]
			}
			if n > 0 && cr.Credited >= cr.FirstBad {
				cr.PaidBad = cr.Credited - cr.FirstBad + 1
			}
			r.Cheats = append(r.Cheats, cr)
		}
	}
}

// faultName names a fault kind for slashing reasons.
func faultName(f uint8) string {
	switch f {
	case 1:
		return "fault-missed-steps"
	case protocol.FaultWrongResult:
		return "fault-wrong-result"
	case 3:
		return "fault-garbage-data"
	case protocol.FaultTampered:
		return "fault-tampered"
	}
	return fmt.Sprintf("fault-%d", f)
}

// auditPay records, as the poster's settlement is mined, the audits its
// credits pay each award member (the poster's journal's Audits).
func (e *Engine) auditPay(j *job, cj *chainJob) {
	members := j.award.Members()
	for i, n := range j.group.audit.audits {
		if i >= len(members) || n == 0 {
			continue
		}
		p := e.peerOf(members[i])
		cj.auditSteps[p.idx] = n
		p.auditsPaid += n
		e.st.auditsPaid += n
	}
}

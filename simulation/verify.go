package simulation

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"

	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// Verified work (PROTOCOL.md, "Verified work"). Every member commits to
// its contribution at each step in the receipts it signs; after each
// receipt period the group's receipt signatures seed a sample of the
// period's (member, step) pairs, which the verifiers (the award's
// standbys not training, or the member's predecessor in the ring)
// recompute and publish as audits. The seed, the sample and the
// assignment are the job core's (job.AuditSeed, job.Audited,
// job.VerifierOf), as on a node.
// A failed audit is evidence: every other member of the award and the
// poster re-check it with one recomputation each; a quorum of
// confirmations slashes the accused (fault 2, wrong result, or 4,
// tampered), caps its credit at its last verified step and drops it from
// the ring, where a standby takes its place. Evidence a quorum refutes is
// a false accusation: the re-checkers publish their refutations, every
// follower records a fault against the accuser, and the accuser is paid
// nothing for that audit.
//
// The simulation does not compute gradients: a cheater's contribution is
// "wrong at the steps it cheated on", and an audit (or a re-check) of
// (member, step) finds it wrong exactly when the member cheated at that
// step. That is faithful because the network's recomputation is exact
// (train/verify gives the member's bits, or their hash differs); what it
// leaves out is the cost of a recomputation, which is timed here as one
// step's compute at the verifier's throughput plus fetching the training
// state the step starts from.

// Fault kinds of verified work, as in PROTOCOL.md's FaultAttestation.
const (
	faultWrongResult uint8 = 2
	faultTampered    uint8 = 4
)

// pairKey is one member's step in one group.
type pairKey struct {
	peer int32
	step uint64
}

// groupAudit is what a group's verification knows: the steps its cheaters
// got wrong, the receipts of the period being collected, and what the
// audits found.
type groupAudit struct {
	// members[i] is the ring that computed step periodStart+i.
	periodStart uint64
	members     [][]int32
	receipts    []jobcore.Receipt // signed receipts for the period's last step
	wrong       map[pairKey]uint8 // a cheater's bad steps: the fault
	firstBad    map[int32]uint64
	cheated     map[int32]int    // bad steps per member
	verified    map[int32]uint64 // last step an audit found right
	convicted   map[int32]uint64 // the step of the evidence that convicted
	pending     map[int32]bool   // evidence against the member being re-checked
	excluded    map[int32]bool   // convicts the ring's next re-form drops
	// paidAudits are the audits each verifier is credited for: pairs the
	// seed sampled whose result stood (not a refuted accusation).
	paidAudits map[int32]uint64
}

func newGroupAudit() *groupAudit {
	return &groupAudit{periodStart: 1, wrong: map[pairKey]uint8{}, firstBad: map[int32]uint64{}, cheated: map[int32]int{},
		verified: map[int32]uint64{}, convicted: map[int32]uint64{}, pending: map[int32]bool{}, excluded: map[int32]bool{}, paidAudits: map[int32]uint64{}}
}

func (a *groupAudit) isConvicted(p int32) bool { _, ok := a.convicted[p]; return ok }

// audit is one (member, step) pair being audited.
type audit struct {
	group    int32
	member   int32
	verifier int32
	step     uint64
	// Set when the audit is done: ok is what the verifier published,
	// fault the kind of fault its evidence claims, lie whether it lied.
	ok    bool
	fault uint8
	lie   bool
}

// evidenceRun is a failed audit being re-checked.
type evidenceRun struct {
	audit    int32
	quorum   int
	confirms int
	refutes  int
	waiting  int // re-checks not yet in
	done     bool
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
	a.members = append(a.members, slices.Clone(g.ring))
	for _, m := range g.ring {
		p := e.peers[m]
		if p.advSpec == nil || !scenario.Cheats(p.advSpec.Kind) || a.isConvicted(m) {
			continue
		}
		if e.unit(drawCheat, uint64(g.job.idx), uint64(m), step) >= p.advSpec.CheatRate {
			continue
		}
		fault := faultWrongResult
		if p.adv == advTamperer {
			fault = faultTampered
		}
		a.wrong[pairKey{m, step}] = fault
		a.cheated[m]++
		if _, ok := a.firstBad[m]; !ok {
			a.firstBad[m] = step
		}
		e.st.cheatedSteps++
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

// auditPeriod draws, at the end of a receipt period (g.step), the
// period's sample from the receipts just signed, and schedules the
// audits.
func (e *Engine) auditPeriod(g *group, receipts []jobcore.Receipt) {
	a := g.audit
	step := g.step
	if !e.periodEnd(g, step) {
		return
	}
	defer func() {
		a.periodStart = step + 1
		a.members = a.members[:0]
	}()
	if len(receipts) == 0 {
		return
	}
	j := g.job
	seed, err := jobcore.AuditSeed(j.ann.JobID, step, receipts)
	if err != nil {
		panic("simulation: the audit seed: " + err.Error())
	}
	var ring []protocol.Address
	for _, m := range g.ring {
		ring = append(ring, e.peers[m].addr)
	}
	// Each member's steps of the period are drawn, those it took part in
	// (a standby called in mid-period has no earlier step; a member
	// dropped mid-period has its steps before). The seed is known once the
	// last receipt reaches the verifier.
	for i, members := range a.members {
		t := a.periodStart + uint64(i)
		for _, m := range members {
			p := e.peers[m]
			if !jobcore.Audited(seed, p.addr, t, uint32(e.sc.Verification.RateBps)) {
				continue
			}
			e.st.auditsSampled++
			assigned, _ := jobcore.VerifierOf(seed, p.addr, t, j.award.Standbys, ring)
			v := e.pickVerifier(g, m, assigned)
			if v < 0 {
				e.st.auditsMissed++
				continue
			}
			var seen int64
			for _, r := range receipts {
				seen = max(seen, e.net.latency(e.peerOf(r.Member), e.peers[v]))
			}
			e.audits = append(e.audits, audit{group: g.idx, member: m, verifier: v, step: t})
			e.schedule(e.now+seen+e.recomputeUs(g, e.peers[v]), evAudit, v, int32(len(e.audits)-1), 0)
		}
	}
}

// pickVerifier returns who audits member m's pair: the assigned verifier
// when it is online and does work at all (a free-rider or a sybil
// publishes no audit, as it sends no chunk); else the first such standby
// of the award, then the member's predecessor in the ring. -1: nobody.
// The fallback is the simulation's: the protocol names one verifier per
// pair, and a pair whose verifier is away would go unchecked (the job
// core has no re-assignment yet); the simulation has the next one
// check it, and counts pairs nobody could check as missed.
func (e *Engine) pickVerifier(g *group, m int32, assigned protocol.Address) int32 {
	ok := func(v int32) bool {
		return v != m && v >= 0 && e.peers[v].online && e.peers[v].sendsData() && g.has(v) && !g.audit.isConvicted(v)
	}
	if p := e.peerOf(assigned); p != nil && ok(p.idx) {
		return p.idx
	}
	for _, s := range g.award[len(g.job.award.Winners):] {
		if ok(s) {
			return s
		}
	}
	if i := slices.Index(g.ring, m); i >= 0 && len(g.ring) > 1 {
		if s := g.ring[(i+len(g.ring)-1)%len(g.ring)]; ok(s) {
			return s
		}
	}
	return -1
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

// auditDone publishes a verifier's audit: the recomputation's verdict,
// or a lie when a false accuser chooses to. A failed audit is evidence,
// which the other members of the award and the poster re-check.
func (e *Engine) auditDone(ev *event) {
	ad := &e.audits[ev.a]
	g := e.groups[ad.group]
	a := g.audit
	v := e.peers[ad.verifier]
	b := e.line(ev)
	b = logInt(b, "job", int64(g.job.idx))
	b = logInt(b, "member", int64(ad.member))
	b = logInt(b, "step", int64(ad.step))
	b = logInt(b, "verifier", int64(v.idx))
	if !v.online {
		e.st.auditsMissed++
		e.log.end(logStr(b, "result", "verifier-offline"))
		return
	}
	e.st.audits++
	e.st.peerEvents++
	v.auditsDone++
	fault, bad := a.wrong[pairKey{ad.member, ad.step}]
	switch {
	case bad:
		ad.fault = fault
	case v.adv == advFalseAccuser && e.unit(drawLie, uint64(g.job.idx), uint64(ad.member), ad.step) < v.advSpec.CheatRate:
		ad.fault, ad.lie = faultWrongResult, true
		v.falseAudits++
	default:
		ad.ok = true
	}
	if ad.ok {
		a.verified[ad.member] = max(a.verified[ad.member], ad.step)
		a.paidAudits[v.idx]++
		e.log.end(logStr(b, "result", "ok"))
		return
	}
	e.st.auditsFailed++
	b = logInt(b, "fault", int64(ad.fault))
	if a.isConvicted(ad.member) || a.pending[ad.member] {
		// One evidence per accused and job is enough: the contract
		// slashes a fault once per job. The audit stands (or falls) with
		// the first one's re-checks; a true one is paid.
		if !ad.lie {
			a.paidAudits[v.idx]++
		}
		e.log.end(logStr(b, "result", "wrong-again"))
		return
	}
	e.log.end(logStr(b, "result", "evidence"))
	e.openEvidence(g, ev.a)
}

// openEvidence has every other member of g's award and the job's poster
// re-check audit ai with one recomputation each.
func (e *Engine) openEvidence(g *group, ai int32) {
	ad := &e.audits[ai]
	g.audit.pending[ad.member] = true
	e.st.evidence++
	run := evidenceRun{audit: ai, quorum: jobcore.QuorumOf(uint32(g.job.stream.GroupSize), uint16(e.quorumBps))}
	e.evidence = append(e.evidence, run)
	ri := int32(len(e.evidence) - 1)
	from := e.peers[ad.verifier]
	checkers := append(slices.Clone(g.award), g.job.poster)
	for _, q := range checkers {
		if q == ad.member || q == ad.verifier || !e.peers[q].online {
			continue
		}
		if q != g.job.poster && !g.has(q) {
			continue
		}
		e.evidence[ri].waiting++
		e.schedule(e.now+e.net.latency(from, e.peers[q])+e.net.hopUs+e.recomputeUs(g, e.peers[q]), evRecheck, q, ri, 0)
	}
	if e.evidence[ri].waiting == 0 {
		e.evidence[ri].done = true
		delete(g.audit.pending, ad.member)
	}
}

// recheck is one re-checker's recomputation of the evidence: it confirms
// (and signs a fault attestation) exactly when the accused got the step
// wrong as claimed. A quorum of confirmations convicts; a quorum of
// refutations, or every re-check in without a quorum, clears the
// accused and marks the accusation false.
func (e *Engine) recheck(ev *event) {
	run := &e.evidence[ev.a]
	ad := &e.audits[run.audit]
	g := e.groups[ad.group]
	q := e.peers[ev.peer]
	run.waiting--
	if run.done {
		return
	}
	b := e.line(ev)
	b = logInt(b, "job", int64(g.job.idx))
	b = logInt(b, "accused", int64(ad.member))
	b = logInt(b, "by", int64(q.idx))
	if !q.online {
		e.log.end(logStr(b, "result", "offline"))
	} else {
		e.st.rechecks++
		e.st.peerEvents++
		if g.audit.wrong[pairKey{ad.member, ad.step}] == ad.fault {
			run.confirms++
			e.log.end(logStr(b, "result", "confirmed"))
		} else {
			run.refutes++
			// The re-checker saw the accusation fail itself.
			e.observe(q, e.falseAccusation(g, ad))
			e.log.end(logStr(b, "result", "refuted"))
		}
	}
	switch {
	case run.confirms >= run.quorum:
		run.done = true
		delete(g.audit.pending, ad.member)
		e.convict(g, ad)
	case run.refutes >= run.quorum || run.waiting == 0:
		run.done = true
		delete(g.audit.pending, ad.member)
		if ad.lie || run.refutes > 0 {
			// The refutations are published on the job's topic: every
			// follower records the accuser's false accusation.
			e.st.falseAccusations++
			e.caught(e.peers[ad.verifier])
			e.observeJob(g.job, e.falseAccusation(g, ad))
		}
	}
}

// falseAccusation is the observation a refuted accusation yields against
// its accuser: a fault report of kind 2 (its published audit is a wrong
// result). score has no kind of its own for it yet.
func (e *Engine) falseAccusation(g *group, ad *audit) score.Observation {
	return score.Observation{Peer: score.Address(e.peers[ad.verifier].addr), Kind: score.KindFaultReported, Job: g.job.ann.JobID, Step: ad.step, Fault: faultWrongResult}
}

// convict carries out a quorum's verdict against ad's member: the slash
// (fault 2 or 4) goes to the chain, the member's credit is capped at its
// last verified step before the evidence, and the group drops it.
func (e *Engine) convict(g *group, ad *audit) {
	a := g.audit
	p := e.peers[ad.member]
	j := g.job
	a.convicted[p.idx] = ad.step
	e.caught(p)
	e.st.convictions++
	if ad.fault == faultTampered {
		e.st.convictedTampered++
	}
	// The poster settles the convict for its steps up to the last one an
	// audit found right (none, for a member that cheated from its first
	// step); once the poster has settled, the contract's challengeFault
	// caps the credit at the evidence's step − 1.
	cj := e.chain.jobs[j.idx]
	cap := min(a.verified[p.idx], ad.step-1)
	if cj.status != jobcore.ChainOpen {
		cap = ad.step - 1
	}
	cj.capped[p.idx] = cap
	b := e.log.begin(e.now, e.seq, "convicted")
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "peer", int64(p.idx))
	b = logInt(b, "step", int64(ad.step))
	b = logInt(b, "fault", int64(ad.fault))
	e.log.end(logInt(b, "credit-cap", int64(cap)))
	// The attestations are public on the job's topic.
	obsFault := ad.fault
	if obsFault == faultTampered {
		obsFault = 3 // score's fault kinds stop at 3 (garbage data), the nearest to tampering
	}
	e.observeJob(j, score.Observation{Peer: score.Address(p.addr), Kind: score.KindFaultReported, Job: j.ann.JobID, Step: ad.step, Fault: obsFault})
	e.txs = append(e.txs, &tx{kind: txFault, fault: ad.fault, job: j.idx, reporter: ad.verifier, accused: p.idx, step: ad.step})
	e.schedule(e.now+e.blockDelay(), evChainTx, -1, int32(len(e.txs)-1), 0)
	if cj.status != jobcore.ChainOpen {
		// The poster settled first: challengeFault cuts the credit.
		e.capCredit(j, cj, p.idx)
	}
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

// capCredit lowers member m's credit from j to its cap, taking the
// difference back into the escrow (the contract's challengeFault, sent by
// the poster or any re-checker after the settlement).
func (e *Engine) capCredit(j *job, cj *chainJob, m int32) {
	credit := cj.credit[m]
	if credit == nil {
		return
	}
	want := new(big.Int).Mul(memberPrice(j.award, e.peers[m].addr), new(big.Int).SetUint64(cj.capped[m]+cj.auditSteps[m]))
	less := new(big.Int).Sub(credit, want)
	if less.Sign() <= 0 {
		return
	}
	l := e.chain
	fee := bps(less, e.sc.Chain.FeeBps)
	net := new(big.Int).Sub(less, fee)
	cj.credit[m] = want
	l.escrow[j.idx].Add(l.escrow[j.idx], less)
	l.treasury.Sub(l.treasury, fee)
	l.balance[m].Sub(l.balance[m], net)
	e.peers[m].paid.Sub(e.peers[m].paid, net)
	b := e.log.begin(e.now, e.seq, "credit-cut")
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "peer", int64(m))
	e.log.end(logStr(b, "by", less.String()))
}

// verifierCredits adds to a settlement's credits (award order) the audits
// each verifier of j is owed, one step's price per audit, as far as the
// escrow left after the members' steps allows.
func (e *Engine) verifierCredits(j *job, credits []uint64) []uint64 {
	a := j.group.audit
	if len(a.paidAudits) == 0 {
		return credits
	}
	members := j.award.Members()
	credits = slices.Clone(credits)
	credits = append(credits, make([]uint64, max(0, len(members)-len(credits)))...)
	// What the members' steps, each at its own price, leave of the escrow
	// pays audits, each at the verifier's price.
	room := new(big.Int).Set(e.chain.escrow[j.idx])
	for i, c := range credits {
		room.Sub(room, new(big.Int).Mul(j.award.Prices[i], new(big.Int).SetUint64(c)))
	}
	if room.Sign() < 0 {
		room.SetInt64(0)
	}
	cj := e.chain.jobs[j.idx]
	for i, w := range members {
		n := a.paidAudits[e.peerOf(w).idx]
		if price := j.award.Prices[i]; price.Sign() > 0 {
			n = min(n, new(big.Int).Quo(room, price).Uint64())
			room.Sub(room, new(big.Int).Mul(price, new(big.Int).SetUint64(n)))
		}
		credits[i] += n
		cj.auditSteps[e.peerOf(w).idx] = n
		e.peerOf(w).auditsPaid += n
		e.st.auditsPaid += n
	}
	return credits
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
		for _, m := range g.award {
			p := e.peers[m]
			n := a.cheated[m]
			_, convicted := a.convicted[m]
			if n == 0 && !convicted {
				continue
			}
			cr := CheatReport{Job: int(j.idx), Peer: int(m), Kind: p.class(), CheatedSteps: n, FirstBad: a.firstBad[m],
				Convicted: convicted, JobStatus: j.status.String(), StepsDone: g.step}
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
			r.Cheats = append(r.Cheats, cr)
		}
	}
}

// String names a fault kind of verified work for slashing reasons.
func faultName(f uint8) string {
	switch f {
	case 1:
		return "fault-missed-steps"
	case faultWrongResult:
		return "fault-wrong-result"
	case 3:
		return "fault-garbage-data"
	case faultTampered:
		return "fault-tampered"
	}
	return fmt.Sprintf("fault-%d", f)
}

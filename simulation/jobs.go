package simulation

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"

	"github.com/trainmesh/trainmesh/auction"
	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// The job's life after its award runs in package job's pure core, as on
// a node: one job.Machine per (job, role), the poster's and each
// winner's. The poster's follows the group's step receipts, decides the
// credits, settles them and takes back the unspent escrow; a winner's
// gets ready, signs a receipt at the end of every receipt period it
// completes (and at the last step), and collects
// its pay (release and withdraw after the challenge window, a challenge
// if under-credited, a claim if the poster never settles).
//
// The engine feeds the machines: the award (New), readiness when the
// group forms (Prepared, and each other healthy winner's PeerReady),
// each period's own receipt (OwnReceipt) to the members of the ring when
// training.go completes the period's last step, the receipts they publish to the
// poster and the other winners after the link's latency (PeerReceipt),
// how training ended (TrainResult: the last step, a drop from the ring,
// the job's failure). It ticks each machine at the time it asks for
// (NextTick) on the virtual clock, and answers its chain calls against
// the simulated contract (ledger.go) a block later (the settle delay for
// settlements), stepping each result back. Training itself (TrainRun) is
// timed by training.go and membership.go; readiness announcements and
// receipt re-sends are not carried (the simulated network delivers each
// receipt once, and the group forms when training.go forms it). The
// machines' observations go into every online follower's book: they come
// from the group's receipts, public on the job's topic, and a follower
// recording other ones than the rest would clear later auctions by
// another view.
//
// A poster fault (scenario.Posters, drawn per job) drops a vanishing
// poster's settlement and its machine with it, so its winners claim
// after the settle deadline; or halves the first credited winner's
// steps in the settlement, so that winner challenges (posterFault).
//
// Standbys have machines too (job.RoleStandby): they follow the
// receipts, verify the pairs the audit sample assigns them, re-check
// evidence and collect their pay; a standby called into the ring signs
// receipts, which go to every machine of the job, its own included (its
// machine does not train, but derives the seeds from them like the others).
// Verified work's inputs and effects are verify.go's.
//
// Not simulated: equivocating receipts (members sign one hash per step).

// jobParams are the job core's timings in the simulation: the node's
// defaults (job.DefaultParams).
var jobParams = jobcore.DefaultParams()

// posterFault is how the poster of one job misbehaves after training
// (scenario.Posters: Vanish, UnderCredit).
type posterFault uint8

const (
	posterHonest posterFault = iota
	// posterVanishes never sends its settlement: the winners claim.
	posterVanishes
	// posterUnderCredits settles its first credited winner for half its
	// steps: that winner challenges.
	posterUnderCredits
)

// chainJob is what the simulated contract holds of one awarded job.
type chainJob struct {
	status           jobcore.ChainStatus
	settleDeadlineMs uint64
	releaseAtMs      uint64
	credit           map[int32]*big.Int // by member peer
	released         map[int32]bool
	fault            posterFault
	// capped is a convicted member's credit cap, in steps (verify.go);
	// auditSteps the audits a verifier was credited in the settlement.
	capped     map[int32]uint64
	auditSteps map[int32]uint64
}

// jobMachine is one peer's job core for one job.
type jobMachine struct {
	m      *jobcore.Machine
	job    int32
	peer   int32
	role   jobcore.Role
	tickAt int64  // when its next tick is scheduled (µs, 0: none)
	sent   uint64 // the highest own receipt step published
	gone   bool   // its peer vanished: it is fed and ticked no more
}

// callOut is a chain call of machine mach, waiting for its block.
type callOut struct {
	mach int32
	call jobcore.Call
}

// receiptOut is a receipt on its way to machine to.
type receiptOut struct {
	to int32
	r  jobcore.Receipt
}

// startJob builds the job machines of j's award: the poster's and each
// winner's.
func (e *Engine) startJob(j *job) {
	now := e.nowMs()
	cj := &chainJob{status: jobcore.ChainOpen, settleDeadlineMs: now + uint64(e.sc.Chain.SettleWindow.Micros()/1000),
		credit: map[int32]*big.Int{}, released: map[int32]bool{}, capped: map[int32]uint64{}, auditSteps: map[int32]uint64{}}
	// A draw only where a scenario asks for faulty posters: runs without
	// them keep their random streams.
	if pf := e.sc.Posters; pf.Vanish+pf.UnderCredit > 0 {
		switch u := e.rng.Float64(); {
		case u < pf.Vanish:
			cj.fault = posterVanishes
		case u < pf.Vanish+pf.UnderCredit:
			cj.fault = posterUnderCredits
		}
	}
	e.chain.jobs[j.idx] = cj
	add := func(role jobcore.Role, p int32) {
		m, err := jobcore.New(now, jobParams, jobcore.Config{Role: role, Self: e.peers[p].addr,
			Job: j.ann, Award: j.award, SettleDeadlineMs: cj.settleDeadlineMs, Chain: true,
			AuditRateBps: uint32(e.sc.Verification.RateBps), QuorumBps: uint16(e.quorumBps)})
		if err != nil {
			panic("simulation: a job machine: " + err.Error())
		}
		j.machines = append(j.machines, int32(len(e.machines)))
		e.machines = append(e.machines, &jobMachine{m: m, job: j.idx, peer: p, role: role})
	}
	add(jobcore.RolePoster, j.poster)
	for _, w := range j.award.Winners {
		add(jobcore.RoleMember, e.peerOf(w).idx)
	}
	// Standbys follow the job as its verifiers.
	for _, s := range j.award.Standbys {
		add(jobcore.RoleStandby, e.peerOf(s).idx)
	}
	for _, mi := range j.machines {
		e.drainJob(mi)
	}
}

// machineOf returns the index of peer p's machine for j, or -1.
func (e *Engine) machineOf(j *job, p int32) int32 {
	for _, mi := range j.machines {
		if e.machines[mi].peer == p {
			return mi
		}
	}
	return -1
}

// stepMachine steps in into machine mi at now and carries out what it
// asks.
func (e *Engine) stepMachine(mi int32, in jobcore.Input) {
	if mi < 0 || e.machines[mi].gone {
		return
	}
	if err := e.machines[mi].m.Step(e.nowMs(), in); err != nil {
		panic(fmt.Sprintf("simulation: job machine %d refused %T: %v", mi, in, err))
	}
	e.drainJob(mi)
}

// formJob tells the winners of j's group that the ring forms now: each
// healthy one is prepared, and sees the others' readiness.
func (e *Engine) formJob(g *group) {
	j := g.job
	for _, m := range g.ring {
		if !e.healthy(g, e.peers[m], -1) {
			continue
		}
		e.stepMachine(e.machineOf(j, m), jobcore.Prepared{})
		for _, q := range g.ring {
			if q != m && e.healthy(g, e.peers[q], -1) {
				e.stepMachine(e.machineOf(j, m), jobcore.PeerReady{Peer: e.peers[q].addr})
			}
		}
	}
}

// paramsHash is the parameters' hash every member of j's group reports
// for step: honest members agree (the simulation does not sum gradients).
func paramsHash(j *job, step uint64) jobcore.Hash {
	h := j.ann.JobID
	binary.BigEndian.PutUint64(h[24:], binary.BigEndian.Uint64(h[24:])^step)
	return h
}

// signReceipt has member m of j's group sign its receipt for step, the
// last of a receipt period (members receipt every verification.period
// steps, as a node every receipt-every, and at the job's last step): a
// winner's machine files and publishes it; a standby called in has no
// member's machine (its standby machine verifies, it does not train): its
// standby machine files it and it is published to the others. The receipt carries the member's
// contribution root and a real signature; the group's receipts seed the
// period's audit (verify.go).
func (e *Engine) signReceipt(j *job, m int32, step uint64) jobcore.Receipt {
	r := jobcore.Receipt{}
	r.JobID, r.Member, r.Step, r.ParamsHash = j.ann.JobID, e.peers[m].addr, step, paramsHash(j, step)
	r.ContribRoot = e.contribRoot(j.group, m, step)
	sig, err := e.peers[m].key.SignHash(e.dom.Digest(r.StepReceipt))
	if err != nil {
		panic(err)
	}
	copy(r.Sig[:], sig)
	e.st.signatures++
	if mi := e.machineOf(j, m); mi >= 0 && e.machines[mi].role == jobcore.RoleMember {
		e.stepMachine(mi, jobcore.OwnReceipt{Receipt: r})
	} else {
		// A called-in standby's machine files its own receipts too: they
		// are of the seeds its machine derives like everyone's.
		if mi >= 0 {
			e.stepMachine(mi, jobcore.PeerReceipt{Receipt: r})
		}
		e.publishReceipt(j, m, r)
	}
	return r
}

// publishReceipt sends member from's receipt to the poster's and the
// other winners' machines, each after its link's latency.
func (e *Engine) publishReceipt(j *job, from int32, r jobcore.Receipt) {
	for _, mi := range j.machines {
		to := e.machines[mi].peer
		if to == from {
			continue
		}
		e.receipts = append(e.receipts, receiptOut{to: mi, r: r})
		e.schedule(e.now+e.net.latency(e.peers[from], e.peers[to]), evReceipt, -1, int32(len(e.receipts)-1), 0)
	}
}

// receipt steps a receipt into the machine it was sent to.
func (e *Engine) receipt(ev *event) {
	out := e.receipts[ev.a]
	e.receipts[ev.a] = receiptOut{}
	e.stepMachine(out.to, jobcore.PeerReceipt{Receipt: out.r})
}

// trainEnded tells member p's machine for j how its training ended.
func (e *Engine) trainEnded(j *job, p int32, res jobcore.TrainResult) {
	mi := e.machineOf(j, p)
	if mi < 0 || e.machines[mi].role != jobcore.RoleMember || e.machines[mi].m.Stage() != jobcore.StageAwarded {
		return
	}
	e.stepMachine(mi, res)
}

// jobTick moves machine a to now.
func (e *Engine) jobTick(ev *event) {
	jm := e.machines[ev.a]
	if jm.tickAt != ev.b || jm.gone {
		return // superseded
	}
	jm.tickAt = 0
	jm.m.Tick(e.nowMs())
	e.drainJob(ev.a)
}

// drainJob carries out what machine mi asks, in job's order (nothing to
// persist in the simulation), and schedules its next tick.
func (e *Engine) drainJob(mi int32) {
	jm := e.machines[mi]
	j := e.jobs[jm.job]
	m := jm.m
	rd := m.Ready()
	m.Advance()
	for _, c := range rd.Calls {
		if c.Kind == jobcore.CallSettle {
			if c = e.posterFault(j, mi, c); jm.gone {
				continue
			}
		}
		e.calls = append(e.calls, callOut{mach: mi, call: c})
		at := e.now + e.sc.Chain.BlockTime.Micros()
		if c.Kind == jobcore.CallSettle {
			at = e.now + e.sc.Chain.SettleDelay.Micros()
		}
		e.schedule(at, evCallResult, -1, int32(len(e.calls)-1), 0)
	}
	for _, pub := range rd.Publish {
		// Readiness is fed when the group forms (formJob), and a receipt
		// re-sent reaches nobody new on the simulated network.
		if pub.Receipt != nil && pub.Receipt.Step > jm.sent {
			jm.sent = pub.Receipt.Step
			e.publishReceipt(j, jm.peer, *pub.Receipt)
		}
		e.publishWork(mi, pub)
	}
	for _, v := range rd.Verify {
		e.askVerify(mi, v)
	}
	for _, ev := range rd.Recheck {
		e.askRecheck(mi, ev)
	}
	if rd.Record != nil && jm.role == jobcore.RolePoster {
		j.group.audit.audits = rd.Record.Audits
	}
	for _, o := range rd.Observations {
		e.observeJob(j, o)
	}
	for _, ev := range rd.Events {
		if ev.Kind == jobcore.EventConvicted {
			e.convicted(j, ev.Peer, ev.Step)
		}
		if ev.Kind == jobcore.EventFailed || ev.Kind == jobcore.EventClaimed || ev.Kind == jobcore.EventChallenge {
			b := e.log.begin(e.now, e.seq, "job-"+string(ev.Kind))
			b = logInt(b, "job", int64(j.idx))
			b = logInt(b, "peer", int64(jm.peer))
			e.log.end(logStr(b, "why", ev.Err))
		}
	}
	if m.Done() || jm.gone {
		return
	}
	// Readiness announcements are not carried (formJob feeds readiness):
	// a member's machine is ticked for its chain reads and retries only.
	if next := m.NextTick(); next != 0 && (m.Stage() != jobcore.StageAwarded || jm.role != jobcore.RoleMember) {
		at := max(atUs(next), e.now)
		if jm.tickAt == 0 || at < jm.tickAt {
			jm.tickAt = at
			e.schedule(at, evJobTick, -1, mi, at)
		}
	}
}

// posterFault applies j's poster fault to its settlement c from machine
// mi: a vanishing poster's machine is gone (the call is never sent); an
// under-crediting one settles its first credited winner for half the
// steps. It returns the call to send.
func (e *Engine) posterFault(j *job, mi int32, c jobcore.Call) jobcore.Call {
	cj := e.chain.jobs[j.idx]
	switch cj.fault {
	case posterVanishes:
		e.machines[mi].gone = true
		b := e.log.begin(e.now, e.seq, "job-poster-vanished")
		e.log.end(logInt(b, "job", int64(j.idx)))
	case posterUnderCredits:
		c.Credits = slices.Clone(c.Credits)
		for i := range min(len(c.Credits), len(j.award.Winners)) {
			if c.Credits[i] > 0 {
				c.Credits[i] /= 2
				b := e.log.begin(e.now, e.seq, "job-poster-under-credits")
				b = logInt(b, "job", int64(j.idx))
				b = logInt(b, "peer", int64(e.peerOf(j.award.Winners[i]).idx))
				e.log.end(logInt(b, "steps", int64(c.Credits[i])))
				break
			}
		}
	}
	return c
}

// callResult answers a job machine's chain call as the simulated
// contract does at the block that includes it.
func (e *Engine) callResult(ev *event) {
	out := e.calls[ev.a]
	jm := e.machines[out.mach]
	if jm.gone {
		return
	}
	j := e.jobs[jm.job]
	l := e.chain
	cj := l.jobs[j.idx]
	now := e.nowMs()
	res := jobcore.CallResult{ID: out.call.ID, Outcome: jobcore.OK}
	hash := fmt.Sprintf("0x%x", e.seq)
	tx := func(method string) { res.Txs = append(res.Txs, jobcore.Tx{Method: method, Hash: hash}) }
	revert := func(why string) { res.Outcome, res.Revert = jobcore.Reverted, why }
	b := e.line(ev)
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "peer", int64(jm.peer))
	b = logStr(b, "call", out.call.Kind.String())
	credit := cj.credit[jm.peer]
	switch out.call.Kind {
	case jobcore.CallView:
		res.View = &jobcore.ChainView{HeadMs: now, Status: cj.status, SettleDeadlineMs: cj.settleDeadlineMs,
			ReleaseAtMs: cj.releaseAtMs, GroupSize: uint32(len(j.award.Winners)),
			QuorumBps: uint16(e.quorumBps), ClaimWindowMs: uint64(e.sc.Chain.ClaimWindow.Micros() / 1000), Released: cj.released[jm.peer]}
		if jm.peer != j.poster && credit != nil {
			res.View.Credit = new(big.Int).Set(credit)
		}
	case jobcore.CallRegisterAward:
		tx("registerAward")
	case jobcore.CallSettle:
		if cj.status != jobcore.ChainOpen || now > cj.settleDeadlineMs {
			revert("NotOpen")
			break
		}
		e.auditPay(j, cj)
		b = logInt(b, "paid", e.settle(j, cj, out.call.Credits))
		cj.status, cj.releaseAtMs = jobcore.ChainSettled, now+uint64(e.sc.Chain.ChallengeWindow.Micros()/1000)
		tx("settle")
	case jobcore.CallClaim:
		if cj.status != jobcore.ChainOpen || now < cj.settleDeadlineMs {
			revert("SettleDeadlineNotReached")
			break
		}
		if credit != nil {
			revert("AlreadyClaimed")
			break
		}
		if _, capped := cj.capped[jm.peer]; capped {
			revert("Convicted")
			break
		}
		e.pay(j, cj, jm.peer, out.call.Proof.Step)
		b = e.logCredit(b, j, cj, jm.peer, out.call.Proof.Step)
		tx("claim")
	case jobcore.CallChallenge:
		if cj.status != jobcore.ChainSettled || now >= cj.releaseAtMs {
			revert("ChallengeWindowClosed")
			break
		}
		if steps, capped := cj.capped[jm.peer]; capped && out.call.Proof.Step > steps {
			// challengeSteps cannot raise a convict's credit past the
			// cap its fault attestation set.
			revert("Convicted")
			break
		}
		b = logStr(b, "settled", cj.credit[jm.peer].String())
		e.pay(j, cj, jm.peer, out.call.Proof.Step)
		b = e.logCredit(b, j, cj, jm.peer, out.call.Proof.Step)
		tx("challengeSteps")
	case jobcore.CallSlashFault:
		amount, why := e.slashFault(j, cj, out.call.Conviction)
		if why != "" {
			revert(why)
			break
		}
		res.Amount = amount
		b = logInt(b, "slashed", int64(e.peerOf(out.call.Conviction.Attestation.Accused).idx))
		b = logStr(b, "fault", faultName(out.call.Conviction.Attestation.Fault))
		e.chainObserve(j, score.Observation{Peer: score.Address(out.call.Conviction.Attestation.Accused), Kind: score.KindSlashed, Job: j.ann.JobID, Amount: amount})
		tx("slashFault")
	case jobcore.CallChallengeFault:
		if cj.status != jobcore.ChainSettled || now >= cj.releaseAtMs {
			revert("ChallengeWindowClosed")
			break
		}
		if why := e.challengeFault(j, cj, out.call.Conviction); why != "" {
			revert(why)
			break
		}
		b = logInt(b, "capped", int64(e.peerOf(out.call.Conviction.Attestation.Accused).idx))
		tx("challengeFault")
	case jobcore.CallRefund:
		if cj.status != jobcore.ChainSettled || now < cj.releaseAtMs {
			revert("RefundTooEarly")
			break
		}
		res.Amount = l.refund(j)
		b = logStr(b, "refunded", res.Amount.String())
		cj.status = jobcore.ChainClosed
		tx("refund")
	case jobcore.CallWithdraw:
		// Tokens stay in the ledger (nobody's wallet is simulated): what
		// a member withdraws is its credit, paid into its balance there.
		if out.call.Release {
			if cj.released[jm.peer] {
				revert("NothingToRelease")
				break
			}
			cj.released[jm.peer] = true
			tx("release")
		}
		if jm.peer != j.poster && credit != nil {
			res.Amount = new(big.Int).Set(credit)
		}
		tx("withdraw")
	default:
		revert("NotSimulated")
	}
	if res.Outcome == jobcore.Reverted {
		b = logStr(b, "reverted", res.Revert)
		e.st.txReverted++
	}
	e.log.end(b)
	if err := jm.m.Step(now, res); err != nil {
		panic("simulation: a call result refused: " + err.Error())
	}
	e.drainJob(out.mach)
}

// memberPrice is who's price per step in a: the contract pays each member
// at its own price.
func memberPrice(a *auction.Award, who auction.Address) *big.Int {
	if p := a.PriceOf(a.IndexOf(who)); p != nil {
		return p
	}
	panic(fmt.Sprintf("simulation: %v paid for a job it is not a member of", who))
}

// logCredit adds to b the steps a claim or challenge proved, the price
// per step and member m's credit from j after it.
func (e *Engine) logCredit(b []byte, j *job, cj *chainJob, m int32, steps uint64) []byte {
	b = logInt(b, "steps", int64(steps))
	b = logStr(b, "price", memberPrice(j.award, e.peers[m].addr).String())
	return logStr(b, "credit", cj.credit[m].String())
}

// settle pays j's members the credits the poster settled (winners ‖
// standbys order, as the award lists them) and records the payments as
// every follower's chain watcher sees them. It returns how many members
// were paid.
func (e *Engine) settle(j *job, cj *chainJob, credits []uint64) int64 {
	members := j.award.Members()
	var paid int64
	for i, steps := range credits {
		if steps == 0 || i >= len(members) {
			continue
		}
		e.pay(j, cj, e.peerOf(members[i]).idx, steps)
		paid++
	}
	e.st.settlements++
	return paid
}

// pay raises member m's credit from j to steps (a settlement, a claim or
// a challenge): the difference leaves the escrow, less the fee, into its
// balance.
func (e *Engine) pay(j *job, cj *chainJob, m int32, steps uint64) {
	l := e.chain
	esc := l.escrow[j.idx]
	p := e.peers[m]
	if c, capped := cj.capped[m]; capped {
		// A convict is paid no step past its cap, but its audits.
		steps = min(steps, c+cj.auditSteps[m])
	}
	credit := new(big.Int).Mul(memberPrice(j.award, p.addr), new(big.Int).SetUint64(steps))
	more := new(big.Int).Set(credit)
	if old := cj.credit[m]; old != nil {
		more.Sub(more, old)
	}
	if more.Sign() <= 0 {
		return
	}
	if more.Cmp(esc) > 0 {
		panic(fmt.Sprintf("simulation: job %d credits more than its escrow", j.idx)) // at most K members a step
	}
	cj.credit[m] = credit
	esc.Sub(esc, more)
	fee := bps(more, e.sc.Chain.FeeBps)
	l.treasury.Add(l.treasury, fee)
	net := new(big.Int).Sub(more, fee)
	l.balance[m].Add(l.balance[m], net)
	p.paid.Add(p.paid, net)
	if price := memberPrice(j.award, p.addr); price.Sign() > 0 {
		steps := new(big.Int).Quo(more, price)
		p.margin.Add(p.margin, more)
		p.margin.Sub(p.margin, steps.Mul(steps, p.prof.PriceFloor.Int()))
	}
	e.chainObserve(j, score.Observation{Peer: score.Address(p.addr), Kind: score.KindSettlementPaid, Job: j.ann.JobID, Amount: more})
}

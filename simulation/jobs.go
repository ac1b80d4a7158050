package simulation

import (
	"encoding/binary"
	"fmt"
	"math/big"

	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// The job's life after its award runs in package job's pure core, as on
// a node: the poster's job.Machine follows the group's step receipts,
// decides the credits, settles them and takes back the unspent escrow.
// The engine feeds it the receipts (each member's, at every step it
// completes, after the member→poster link latency), ticks it at the
// times it asks for (NextTick) on the virtual clock, and answers its
// chain calls against the simulated contract (ledger.go) a block later;
// the observations it yields go into every online follower's book (the
// receipts are public on the job's topic).
//
// Not yet driven by the core: the members' side (their machines,
// readiness, claims and challenges, withdrawals) and equivocating
// receipts; training itself is timed by training.go and membership.go.

// jobParams are the job core's timings in the simulation: the node's
// defaults (job.DefaultParams).
var jobParams = jobcore.DefaultParams()

// challengeWindowMs is the simulated contract's challenge window: a
// settlement's credits are final, and the escrow left refundable, this
// long after it is mined.
const challengeWindowMs = 60_000

// claimWindowMs is the simulated contract's claim window after the
// settle deadline.
const claimWindowMs = 3_600_000

// settleWindowMs is how long after the award the poster may settle (the
// contract's settle deadline).
const settleWindowMs = 24 * 3_600_000

// chainJob is what the simulated contract holds of one awarded job.
type chainJob struct {
	status           jobcore.ChainStatus
	settleDeadlineMs uint64
	releaseAtMs      uint64
}

// callOut is a chain call of job job's poster machine, waiting for its
// block.
type callOut struct {
	job  int32
	call jobcore.Call
}

// startPoster builds the poster's job machine for j's award.
func (e *Engine) startPoster(j *job) {
	now := e.nowMs()
	cj := &chainJob{status: jobcore.ChainOpen, settleDeadlineMs: now + settleWindowMs}
	e.chain.jobs[j.idx] = cj
	m, err := jobcore.New(now, jobParams, jobcore.Config{Role: jobcore.RolePoster, Self: e.peers[j.poster].addr,
		Job: j.ann, Award: j.award, SettleDeadlineMs: cj.settleDeadlineMs, Chain: true})
	if err != nil {
		panic("simulation: the poster's job machine: " + err.Error())
	}
	j.machine = m
	e.drainJob(j)
}

// paramsHash is the parameters' hash every member of j's group reports
// for step: honest members agree (the simulation does not sum gradients).
func paramsHash(j *job, step uint64) jobcore.Hash {
	h := j.ann.JobID
	binary.BigEndian.PutUint64(h[24:], binary.BigEndian.Uint64(h[24:])^step)
	return h
}

// sendReceipt has member m of j's group publish its receipt for step:
// the poster gets it after the link's latency.
func (e *Engine) sendReceipt(j *job, m int32, step uint64) {
	if j.machine == nil {
		return
	}
	lat := e.net.latency(e.peers[m], e.peers[j.poster])
	e.schedule(e.now+lat, evReceipt, m, j.idx, int64(step))
}

// receipt steps a member's receipt into the poster's machine.
func (e *Engine) receipt(ev *event) {
	j := e.jobs[ev.a]
	step := uint64(ev.b)
	r := jobcore.Receipt{}
	r.JobID, r.Member, r.Step, r.ParamsHash = j.ann.JobID, e.peers[ev.peer].addr, step, paramsHash(j, step)
	if err := j.machine.Step(e.nowMs(), jobcore.PeerReceipt{Receipt: r}); err != nil {
		panic("simulation: a receipt refused: " + err.Error())
	}
	e.drainJob(j)
}

// jobTick moves j's poster machine to now.
func (e *Engine) jobTick(ev *event) {
	j := e.jobs[ev.a]
	if j.tickAt != ev.b {
		return // superseded
	}
	j.tickAt = 0
	j.machine.Tick(e.nowMs())
	e.drainJob(j)
}

// drainJob carries out what j's poster machine asks, in job's order
// (nothing to persist or publish in the simulation), and schedules its
// next tick.
func (e *Engine) drainJob(j *job) {
	m := j.machine
	rd := m.Ready()
	m.Advance()
	for _, c := range rd.Calls {
		e.calls = append(e.calls, callOut{job: j.idx, call: c})
		at := e.now + e.sc.Chain.BlockTime.Micros()
		if c.Kind == jobcore.CallSettle {
			at = e.now + e.sc.Chain.SettleDelay.Micros()
		}
		e.schedule(at, evCallResult, -1, int32(len(e.calls)-1), 0)
	}
	for _, o := range rd.Observations {
		// The poster's observations come from the group's receipts, public
		// on the job's topic: every follower online records them alike (a
		// follower that saw other arrival times than the poster would
		// clear later auctions by another view).
		e.observeJob(j, o)
	}
	for _, ev := range rd.Events {
		if ev.Kind == jobcore.EventFailed {
			b := e.log.begin(e.now, e.seq, "job-failed")
			b = logInt(b, "job", int64(j.idx))
			e.log.end(logStr(b, "why", ev.Err))
		}
	}
	if next := m.NextTick(); next != 0 && !m.Done() {
		at := max(atUs(next), e.now)
		if j.tickAt == 0 || at < j.tickAt {
			j.tickAt = at
			e.schedule(at, evJobTick, -1, j.idx, at)
		}
	}
}

// callResult answers a poster machine's chain call as the simulated
// contract does at the block that includes it.
func (e *Engine) callResult(ev *event) {
	out := e.calls[ev.a]
	j := e.jobs[out.job]
	l := e.chain
	cj := l.jobs[j.idx]
	now := e.nowMs()
	res := jobcore.CallResult{ID: out.call.ID, Outcome: jobcore.OK}
	hash := fmt.Sprintf("0x%x", e.seq)
	b := e.line(ev)
	b = logInt(b, "job", int64(j.idx))
	b = logStr(b, "call", out.call.Kind.String())
	switch out.call.Kind {
	case jobcore.CallView:
		res.View = &jobcore.ChainView{HeadMs: now, Status: cj.status, SettleDeadlineMs: cj.settleDeadlineMs,
			ReleaseAtMs: cj.releaseAtMs, PricePerStep: j.award.PricePerStep, GroupSize: uint32(len(j.award.Winners)),
			QuorumBps: uint16(e.quorumBps), ClaimWindowMs: claimWindowMs}
	case jobcore.CallSettle:
		if cj.status != jobcore.ChainOpen || now > cj.settleDeadlineMs {
			res.Outcome, res.Revert = jobcore.Reverted, "NotOpen"
			break
		}
		b = logInt(b, "paid", e.settle(j, out.call.Credits))
		cj.status, cj.releaseAtMs = jobcore.ChainSettled, now+challengeWindowMs
		res.Txs = []jobcore.Tx{{Method: "settle", Hash: hash}}
	case jobcore.CallRefund:
		if cj.status != jobcore.ChainSettled || now < cj.releaseAtMs {
			res.Outcome, res.Revert = jobcore.Reverted, "RefundTooEarly"
			break
		}
		res.Amount = l.refund(j)
		b = logStr(b, "refunded", res.Amount.String())
		cj.status = jobcore.ChainClosed
		res.Txs = []jobcore.Tx{{Method: "refund", Hash: hash}}
	case jobcore.CallWithdraw:
		// Tokens stay in the ledger (nobody's wallet is simulated): the
		// refund is the poster's balance there.
		res.Txs = []jobcore.Tx{{Method: "withdraw", Hash: hash}}
	default:
		res.Outcome, res.Revert = jobcore.Reverted, "NotSimulated"
	}
	if res.Outcome == jobcore.Reverted {
		b = logStr(b, "reverted", res.Revert)
		e.st.txReverted++
	}
	e.log.end(b)
	if err := j.machine.Step(now, res); err != nil {
		panic("simulation: a call result refused: " + err.Error())
	}
	e.drainJob(j)
}

// settle pays j's members the credits the poster settled (winners ‖
// standbys order, as the award lists them) and records the payments as
// every follower's chain watcher sees them. It returns how many members
// were paid.
func (e *Engine) settle(j *job, credits []uint64) int64 {
	l := e.chain
	esc := l.escrow[j.idx]
	members := j.award.Members()
	var paid int64
	for i, steps := range credits {
		if steps == 0 || i >= len(members) {
			continue
		}
		p := e.peerOf(members[i])
		credit := new(big.Int).Mul(j.award.PricePerStep, new(big.Int).SetUint64(steps))
		if credit.Cmp(esc) > 0 {
			panic(fmt.Sprintf("simulation: job %d credits more than its escrow", j.idx)) // at most K members a step
		}
		esc.Sub(esc, credit)
		fee := bps(credit, e.sc.Chain.FeeBps)
		l.treasury.Add(l.treasury, fee)
		net := new(big.Int).Sub(credit, fee)
		l.balance[p.idx].Add(l.balance[p.idx], net)
		p.paid.Add(p.paid, net)
		paid++
		e.chainObserve(j, score.Observation{Peer: score.Address(p.addr), Kind: score.KindSettlementPaid, Job: j.ann.JobID, Amount: credit})
	}
	e.st.settlements++
	return paid
}

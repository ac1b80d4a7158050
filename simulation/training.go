package simulation

import (
	"maps"
	"math"
	"slices"

	"github.com/trainmesh/trainmesh/auction"
	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// Training groups. A group is the award's winners in ring order. Each step
// every member computes its gradient (its share of the step's GFLOP at its
// throughput, shared with the other groups it is in), then the ring
// all-reduce runs: mesh/allreduce/schedule lists the transfers of every
// round and step, and the engine times each by the simulated link
// (serialised per link and lane, bandwidth, latency, a retransmission
// timeout when a chunk is lost). A member that sends nothing (a free-rider,
// one that went offline, one cut off by a partition, one that never got
// the award) stalls its successor, which times out after the chunk
// timeout; the ring re-forms as on the network, by the membership core
// (membership.go): the survivors agree on a view without the members that
// do not answer the coordinator's probe or that their successor accuses,
// redo the step, and the standbys the view plans in join from the next
// step. Below the quorum the job fails.
//
// Training's numbers are not computed: the simulation times the schedule's
// transfers, it does not sum gradients (schedule.Execute does that in the
// schedule's own tests).

// roundsMax caps the all-reduce's pipelining depth: a chunk size is raised
// until each segment is cut into at most this many chunks, so a step costs
// O(roundsMax · ranks²) transfers to time, whatever the model's size.
const roundsMax = 4

// rtoUs is the delay a lost chunk costs (a TCP retransmission timeout).
const rtoUs = 200_000

type group struct {
	idx   int32
	job   *job
	ring  []int32 // members in ring order: the view the survivors run in
	award []int32 // everyone the award names, winners first
	// machines are the membership cores of award's peers (membership.go).
	machines []*membership.Machine[memberID]
	got      []bool // got[i]: award[i] received the award
	steps    []uint64
	step     uint64 // steps completed by the group
	gen      int64  // bumped at every re-form: stale events are ignored
	retries  int
	started  int64
	done     bool
	audit    *groupAudit // verified work (verify.go)
	// reforming: the ring re-formed and waits out the re-form delay.
	reforming bool

	// computeUs and computeSteps are each member's compute time and steps
	// in this job: what the job's followers measure it deliver
	// (recordThroughput).
	computeUs    map[int32]int64
	computeSteps map[int32]uint64

	// Scratch for the transfer timing, reused across steps.
	arr                []int64
	compute, dead, cut []int64
	laneFree           []int64
	bw                 []float64
	lat                []int64
}

// quorum is the members a job needs to go on: ceil(K · quorumBps / 10000).
func (e *Engine) quorum(k int) int {
	return max(1, (k*e.quorumBps+9999)/10000)
}

// newGroup builds the group of an award, starting after the form delay.
func (e *Engine) newGroup(j *job, a *auction.Award) {
	g := &group{idx: int32(len(e.groups)), job: j, audit: newGroupAudit()}
	for _, w := range a.Winners {
		p := e.peerOf(w)
		g.ring = append(g.ring, p.idx)
		g.award = append(g.award, p.idx)
	}
	var standbys []int32
	for _, s := range a.Standbys {
		p := e.peerOf(s)
		standbys = append(standbys, p.idx)
		g.award = append(g.award, p.idx)
	}
	g.got = make([]bool, len(g.award))
	e.newMachines(g, g.ring, standbys)
	g.steps = make([]uint64, len(g.award))
	e.groups = append(e.groups, g)
	j.group = g
	e.startJob(j)
	e.schedule(e.now+e.sc.Training.FormDelay.Micros(), evTrainStart, -1, g.idx, 0)
}

func (g *group) index(p int32) int { return slices.Index(g.award, p) }

// gotAward records that member p has the award (its machine checked it).
func (g *group) gotAward(p int32) {
	if i := g.index(p); i >= 0 {
		g.got[i] = true
	}
}

func (g *group) has(p int32) bool {
	i := g.index(p)
	return i >= 0 && g.got[i]
}

// trainStart begins the first step.
func (e *Engine) trainStart(ev *event) {
	g := e.groups[ev.a]
	g.started = e.now
	for _, m := range g.ring {
		e.joinGroup(e.peers[m])
	}
	b := e.line(ev)
	b = logInt(b, "job", int64(g.job.idx))
	b = logInt(b, "members", int64(len(g.ring)))
	e.log.end(b)
	e.formJob(g)
	e.startStep(g)
}

func (e *Engine) joinGroup(p *peer) {
	if p.groups == 0 {
		p.busySince = e.now
	}
	p.groups++
}

func (e *Engine) leaveGroup(p *peer) {
	p.groups--
	if p.groups == 0 {
		p.busyUs += e.now - p.busySince
	}
}

// healthy reports whether member p would take part now, as the
// coordinator's probe and its successor's stream see it.
func (e *Engine) healthy(g *group, p *peer, coord int32) bool {
	return p.online && p.sendsData() && g.has(p.idx) && (coord < 0 || e.net.reachable(coord, p.idx, e.now))
}

// startStep times one training step of g from now and schedules its end,
// or the timeout of the first member left waiting.
func (e *Engine) startStep(g *group) {
	// Every healthy member asks its membership core which view runs this
	// step: the planned hand-over to standbys happens here.
	c := e.converse(g)
	for _, m := range g.ring {
		if e.healthy(g, e.peers[m], -1) {
			c.step(m, membership.Message[memberID]{Type: membership.MsgNeedView, Op: g.step})
		}
	}
	c.settle()
	if ring, _ := c.viewOf(g.ring); ring != nil {
		for _, m := range ring {
			if !slices.Contains(g.ring, m) {
				e.joinGroup(e.peers[m])
			}
		}
		g.ring = ring
	}
	if e.dropConvicts(g) {
		// Convicted while the ring re-formed: re-form again without the
		// convict, now that the standbys the last view planned in have
		// joined.
		e.schedule(e.now, evFault, -1, g.idx, g.gen)
		return
	}
	n := len(g.ring)
	s := g.job.stream
	if n < e.quorum(s.GroupSize) {
		e.failJob(g)
		return
	}
	seg := (s.ModelParams + int64(n) - 1) / int64(n)
	chunk := max(int64(e.sc.Training.ChunkElems), (seg+roundsMax-1)/roundsMax)
	layout, err := schedule.NewLayout(n, int(min(s.ModelParams, math.MaxInt32)), int(min(chunk, math.MaxInt32)))
	if err != nil {
		panic("simulation: all-reduce layout: " + err.Error())
	}
	rounds, steps := layout.Rounds(), layout.Steps()
	lanes := min(e.sc.Training.Lanes, rounds)
	g.compute = resize(g.compute, n)
	g.dead = resize(g.dead, n)
	g.cut = resize(g.cut, n)
	g.lat = resize(g.lat, n)
	g.laneFree = resize(g.laneFree, n*lanes)
	clear(g.laneFree)
	if cap(g.bw) < n {
		g.bw = make([]float64, n)
	}
	g.bw = g.bw[:n]
	jitter := e.sc.Training.ComputeJitter
	for r, m := range g.ring {
		p := e.peers[m]
		share := float64(max(1, p.groups))
		us := s.StepGFLOP / float64(p.prof.Throughput) * share * 1e6
		us *= 1 + jitter*(2*e.rng.Float64()-1)
		g.compute[r] = e.now + int64(us)
		switch {
		case !e.healthy(g, p, -1):
			g.dead[r] = math.MinInt64 // sends nothing at all
		default:
			g.dead[r] = p.offAt
			if !p.churns {
				g.dead[r] = never
			}
			if g.computeUs == nil {
				g.computeUs, g.computeSteps = map[int32]int64{}, map[int32]uint64{}
			}
			// The GPU's own time on this job: a provider that trains two
			// jobs at once gives each half its GPU, which says nothing of
			// whether its claim was true.
			g.computeUs[m] += int64(us / share)
			g.computeSteps[m]++
		}
		next := e.peers[g.ring[(r+1)%n]]
		g.cut[r] = e.net.cutAt(p.idx, next.idx, e.now)
		g.bw[r] = e.net.bandwidth(p, next) / float64(lanes)
		g.lat[r] = e.net.latency(p, next)
	}
	if n == 1 {
		// A group of one has nothing to reduce.
		e.schedule(g.compute[0], evStepDone, -1, g.idx, g.gen)
		return
	}
	g.arr = resize(g.arr, rounds*steps*n)
	at := func(j, k, r int) *int64 { return &g.arr[(j*steps+k)*n+r] }
	blockedAt, blocked := int64(never), false
	layout.Transfers(func(t schedule.Transfer) bool {
		var ready int64
		if t.Step == 0 {
			ready = g.compute[t.From]
		} else {
			ready = *at(t.Round, t.Step-1, t.From)
		}
		dst := at(t.Round, t.Step, t.To)
		if ready == never {
			*dst = never
			return true
		}
		lane := schedule.Lane(t.Round, lanes)
		free := &g.laneFree[t.From*lanes+lane]
		start := max(ready, *free)
		if start >= g.dead[t.From] || start >= g.cut[t.From] || g.dead[t.From] == math.MinInt64 {
			// The chunk never comes; its receiver waits from when it was due.
			blocked = true
			blockedAt = min(blockedAt, max(ready, e.now))
			*dst = never
			return true
		}
		dur := int64(float64(4*(t.Hi-t.Lo)) / g.bw[t.From])
		*free = start + dur
		arrive := start + dur + g.lat[t.From]
		if e.net.loss > 0 && e.rng.Float64() < e.net.loss {
			arrive += rtoUs
			e.st.chunksLost++
		}
		*dst = arrive
		e.st.transfers++
		return true
	})
	e.st.peerEvents += uint64(n)
	if blocked {
		e.schedule(blockedAt+e.sc.Training.ChunkTimeout.Micros(), evFault, -1, g.idx, g.gen)
		return
	}
	end := e.now
	for j := range rounds {
		for r := range n {
			end = max(end, *at(j, steps-1, r))
		}
	}
	e.schedule(end, evStepDone, -1, g.idx, g.gen)
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// stepDone credits a finished step and starts the next.
func (e *Engine) stepDone(ev *event) {
	g := e.groups[ev.a]
	if ev.b != g.gen || g.done {
		return
	}
	for _, m := range g.ring {
		g.machines[g.index(m)].Step(e.now*1000, membership.Message[memberID]{Type: membership.MsgFinished, Done: &membership.Done{Op: g.step, Members: len(g.ring)}})
		g.machines[g.index(m)].Advance()
	}
	g.step++
	g.retries = 0
	e.cheatAt(g)
	for _, m := range g.ring {
		g.steps[g.index(m)]++
		if e.periodEnd(g, g.step) {
			e.signReceipt(g.job, m, g.step)
		}
	}
	e.periodDone(g)
	b := e.line(ev)
	b = logInt(b, "job", int64(g.job.idx))
	b = logInt(b, "step", int64(g.step))
	e.log.end(b)
	if g.step >= g.job.stream.Steps {
		e.completeJob(g)
		return
	}
	e.startStep(g)
}

// fault re-forms the ring after a member timed out. Every healthy member
// sees the ring break and accuses its predecessor if that one sends
// nothing; then their membership cores agree on the next view (the first
// live member coordinates: it probes everyone, drops whoever does not
// answer or stands accused, checks the quorum and plans standbys in), and
// the step is redone in it after the re-form delay. The dropped members'
// faults (fault 1) are recorded by the job's followers and reported on
// chain.
func (e *Engine) fault(ev *event) {
	g := e.groups[ev.a]
	if ev.b != g.gen || g.done {
		return
	}
	j := g.job
	coord := int32(-1)
	var live []int32
	e.excludeConvicts(g)
	for _, m := range g.ring {
		if e.healthy(g, e.peers[m], -1) && !g.audit.excluded[m] {
			live = append(live, m)
			if coord < 0 {
				coord = m
			}
		}
	}
	c := e.converse(g)
	n := len(g.ring)
	for r, m := range g.ring {
		if !slices.Contains(live, m) {
			continue
		}
		if pred := g.ring[(r-1+n)%n]; pred != m && !slices.Contains(live, pred) {
			c.step(m, membership.Message[memberID]{Type: membership.MsgAccuse, Accuse: []membership.Accusation[memberID]{{Peer: idOf(pred), Kind: membership.FaultMissed, Detail: "sent no chunk within the chunk timeout"}}})
		}
		c.step(m, membership.Message[memberID]{Type: membership.MsgBroken, Epoch: g.machines[g.index(m)].Epoch()})
	}
	for _, m := range live {
		c.step(m, membership.Message[memberID]{Type: membership.MsgNeedView, Op: g.step})
	}
	c.settle()
	ring, _ := c.viewOf(live)
	b := e.line(ev)
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "step", int64(g.step+1))
	b = logInt(b, "dropped", int64(len(g.ring)-len(ring)))
	e.log.end(b)
	g.retries++
	if ring == nil {
		// The survivors are below the quorum (or found no coordinator):
		// the job fails. The members the coordinator dropped delivered no
		// more steps, which the job's followers record all the same; with
		// no live member to coordinate, that is every member that is not.
		dropped := c.dropped
		if dropped == nil {
			for _, m := range g.ring {
				if !slices.Contains(live, m) {
					dropped = append(dropped, membership.Accusation[memberID]{Peer: idOf(m), Kind: membership.FaultMissed})
				}
			}
		}
		for _, a := range dropped {
			if p := e.peers[e.peerIdx(a.Peer)]; slices.Contains(g.ring, p.idx) && !g.audit.isConvicted(p.idx) {
				e.caught(p)
				e.st.faults++
				e.observeJob(j, score.Observation{Peer: score.Address(p.addr), Kind: score.KindFaultReported, Job: j.ann.JobID, Step: g.step + 1, Fault: uint8(a.Kind)})
			}
		}
		e.failJob(g)
		return
	}
	if g.retries > stepRetriesMax {
		e.failJob(g)
		return
	}
	for _, m := range g.ring {
		if !slices.Contains(ring, m) {
			e.leaveGroup(e.peers[m])
			e.trainEnded(j, m, jobcore.TrainResult{Steps: g.step, Err: "dropped from the ring"})
		}
	}
	for _, f := range c.faults {
		p := e.peers[e.peerIdx(f.Peer)]
		if g.audit.isConvicted(p.idx) {
			continue // convicted of wrong work and slashed for it: not a missed step
		}
		e.caught(p)
		e.st.faults++
		// The survivors sign fault attestations and gossip them on the
		// job's topic: every follower online records the fault.
		e.observeJob(j, score.Observation{Peer: score.Address(p.addr), Kind: score.KindFaultReported, Job: j.ann.JobID, Step: g.step + 1, Fault: uint8(f.Kind)})
		e.submitFault(e.peers[ring[0]], j, p, g.step+1)
	}
	e.st.standbysCalled += len(c.called)
	g.ring = ring
	var rtt int64
	for _, m := range g.ring {
		if coord >= 0 {
			rtt = max(rtt, 2*e.net.latency(e.peers[coord], e.peers[m]))
		}
	}
	g.gen++
	g.reforming = true
	e.schedule(e.now+rtt+e.sc.Training.ReformDelay.Micros(), evReform, -1, g.idx, g.gen)
}

// reform redoes the step with the new ring.
func (e *Engine) reform(ev *event) {
	g := e.groups[ev.a]
	if ev.b != g.gen || g.done {
		return
	}
	g.reforming = false
	b := e.line(ev)
	b = logInt(b, "job", int64(g.job.idx))
	b = logInt(b, "members", int64(len(g.ring)))
	e.log.end(b)
	e.startStep(g)
}

// observeJob has every honest follower of j that is online record o: what
// the group publishes on the job's topic (its members' fault attestations
// and step receipts) reaches every follower alike. The peer o is about
// records it as well, as every follower records its own bids in the
// auction: a node that ranked its own bid by another view than everyone
// else's would clear differently from them.
func (e *Engine) observeJob(j *job, o score.Observation) {
	for _, f := range j.followers {
		if q := e.peers[f]; q.online {
			e.observe(q, o)
		}
	}
}

// recordThroughput has the job's followers record, for each member that
// computed steps, the throughput it delivered (the job's GFLOP per step
// over its GPU's mean compute time per step; a GPU shared between jobs
// counts only its time on this one) against what its bid claimed
// (score.KindThroughput): the evidence the next quality tables rank it by.
// The simulation times each member's compute, so it measures each member
// apart; on the network a poster sees only the group's pace in receipts
// (README, "Reputation").
func (e *Engine) recordThroughput(g *group) {
	j := g.job
	members := slices.Sorted(maps.Keys(g.computeUs))
	for _, m := range members {
		us, n := g.computeUs[m], g.computeSteps[m]
		if us <= 0 || n == 0 || j.stream.StepGFLOP <= 0 {
			continue
		}
		p := e.peers[m]
		delivered := uint64(math.Round(1000 * j.stream.StepGFLOP * float64(n) / (float64(us) / 1e6))) // MFLOP/s
		e.observeJob(j, score.Observation{Peer: score.Address(p.addr), Kind: score.KindThroughput, Job: j.ann.JobID,
			ClaimedMFLOPs: score.GFLOPsToMFLOPs(p.claimedThroughput()), DeliveredMFLOPs: max(1, delivered)})
	}
}

// completeJob ends a job whose steps are all done.
func (e *Engine) completeJob(g *group) {
	j := g.job
	g.done = true
	j.status = jobCompleted
	e.st.jobsCompleted++
	for _, m := range g.ring {
		e.leaveGroup(e.peers[m])
	}
	e.recordThroughput(g)
	for _, m := range g.award[:len(j.award.Winners)] {
		if slices.Contains(g.ring, m) {
			e.trainEnded(j, m, jobcore.TrainResult{ModelHash: paramsHash(j, g.step), Steps: g.step})
		} else {
			e.trainEnded(j, m, jobcore.TrainResult{Steps: g.step, Err: "not in the ring at the end"})
		}
	}
}

// failJob ends a job that fell below its quorum; members are paid for the
// steps they did.
func (e *Engine) failJob(g *group) {
	j := g.job
	g.done = true
	j.status = jobFailed
	e.st.jobsFailed++
	for _, m := range g.ring {
		e.leaveGroup(e.peers[m])
	}
	g.ring = nil
	e.recordThroughput(g)
	b := e.log.begin(e.now, e.seq, "failed")
	e.log.end(logInt(b, "job", int64(j.idx)))
	for _, m := range g.award[:len(j.award.Winners)] {
		e.trainEnded(j, m, jobcore.TrainResult{Steps: g.step, Err: "the group fell below its quorum"})
	}
}

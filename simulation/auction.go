package simulation

import (
	"errors"
	"math"
	"math/big"
	"slices"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// The auction shell of a simulated peer: what node/auction.go does on the
// network, on the virtual clock. Messages are signed with the peer's key
// (wire.Codec.Sign), published on the job's simulated topic, decoded and
// verified by every receiver (wire.Codec.Decode) and stepped into its
// auction.Machine; the machine's deadlines become tick events.

// postJob has a poster announce a job of a stream.
func (e *Engine) postJob(ev *event) {
	s := &e.sc.Jobs[ev.a]
	poster := e.peers[e.posters[e.rng.IntN(len(e.posters))]]
	now := e.nowMs()
	draft := auction.JobAnnounce{
		Poster:           poster.addr,
		ModelHash:        protocol.Keccak256([]byte("trainmesh/simulation/model/"), []byte(s.Name)),
		DatasetRoot:      protocol.Keccak256([]byte("trainmesh/simulation/dataset/"), []byte(s.Name)),
		GroupSize:        uint32(s.GroupSize),
		MinVRAMBytes:     uint64(s.MinVRAM),
		MinThroughput:    s.MinThroughput,
		Steps:            s.Steps,
		Budget:           s.BudgetOf(),
		CommitDeadlineMs: now + uint64(s.CommitWindow.Std().Milliseconds()),
		RevealDeadlineMs: now + uint64((s.CommitWindow + s.RevealWindow).Std().Milliseconds()),
		Nonce:            poster.nonce,
	}
	// The poster commits to the quality table of its own view; every
	// follower clears with it, whatever its own view says.
	var known []auction.Address
	for _, a := range poster.book.Peers() {
		known = append(known, auction.Address(a))
	}
	draft.Table = e.params.BuildTable(&draft, known, repView{e, poster}, func(a auction.Address) (auction.ThroughputEvidence, bool) {
		agg, ok := poster.book.Aggregate(score.Address(a))
		if !ok || agg.DeliveredMFLOPs == 0 {
			return auction.ThroughputEvidence{}, false
		}
		return auction.ThroughputEvidence{MFLOPs: agg.DeliveredMFLOPs, ClaimedMFLOPs: agg.ClaimedMFLOPs}, true
	})
	ann, err := e.params.NewJob(draft, now)
	poster.nonce++
	if err != nil {
		panic("simulation: a scenario job does not validate: " + err.Error()) // Validate mirrors NewJob's rules
	}
	signed, data, err := e.codec.Sign(poster.key, ann)
	if err != nil {
		panic(err)
	}
	j := &job{
		idx: int32(len(e.jobs)), stream: s, poster: poster.idx, ann: ann, class: auction.Class(ann.MinVRAMBytes),
		postedAt: e.now, late: len(e.jobs) >= e.jobsPlanned/2, clearings: map[auction.Hash]int{},
	}
	e.jobs = append(e.jobs, j)
	j.annMsg = e.register(data, poster.idx, j.idx)
	e.st.jobsAnnounced++
	e.chain.deposit(j)

	b := e.line(ev)
	b = logInt(b, "job", int64(j.idx))
	b = logInt(b, "poster", int64(poster.idx))
	b = logStr(b, "class", j.class)
	b = logHex(b, "id", ann.JobID[:])
	e.log.end(b)

	e.join(poster, j, signed)
	// The class topic: every subscriber hears of the job; each takes it up
	// with probability followers/subscribers (all of them, as the node
	// does, when the scenario sets no followers).
	subs := e.classSubs[j.class]
	p := 1.0
	if f := e.sc.Auction.Followers; f > 0 && f < len(subs) {
		p = float64(f) / float64(len(subs))
	}
	take := func(i int) {
		if sub := subs[i]; sub != poster.idx {
			e.gossip(poster, e.peers[sub], j.annMsg, e.now)
		}
	}
	if p >= 1 {
		for i := range subs {
			take(i)
		}
		return
	}
	// Bernoulli(p) over the list by geometric skips: the same
	// distribution as one draw per subscriber, in O(p·n) draws.
	logq := math.Log1p(-p)
	for i := -1; ; {
		i += 1 + int(math.Floor(math.Log1p(-e.rng.Float64())/logq))
		if i >= len(subs) || i < 0 {
			break
		}
		take(i)
	}
}

// register adds a distinct message to the run's table.
func (e *Engine) register(data []byte, from, jobIdx int32) int32 {
	m := &message{data: data, from: from, job: jobIdx}
	h := protocol.Keccak256(data)
	copy(m.digest[:], h[:4])
	e.msgs = append(e.msgs, m)
	e.st.messages++
	return int32(len(e.msgs) - 1)
}

// gossip sends message mi from a to b at time at: one copy now and up to
// resends more, a second apart, each lost with the network's loss; b gets
// the first that arrives (gossipsub drops the copies it has seen).
func (e *Engine) gossip(a, b *peer, mi int32, at int64) {
	if !a.online {
		e.st.sentOffline++
		return
	}
	if !e.net.reachable(a.idx, b.idx, at) {
		e.st.partitioned++
		return
	}
	size := float64(len(e.msgs[mi].data))
	arrive := at + e.net.latency(a, b) + e.net.hopUs + int64(size/a.upBpus)
	for c := range resends + 1 {
		if e.net.loss == 0 || e.rng.Float64() >= e.net.loss {
			e.schedule(arrive+int64(c)*resendEveryUs, evDeliver, b.idx, mi, 0)
			e.st.deliveries++
			return
		}
		e.st.lostCopies++
	}
	e.st.lostMessages++
}

// publish sends a job-topic message from p to every follower of the job.
func (e *Engine) publish(p *peer, j *job, mi int32) {
	j.published = append(j.published, published{msg: mi, from: p.idx, at: e.now})
	for _, f := range j.followers {
		if f != p.idx {
			e.gossip(p, e.peers[f], mi, e.now)
		}
	}
}

// join subscribes p to job j's topic and builds its machine. A peer that
// joins after messages were published still gets their later re-sends,
// as on the network.
func (e *Engine) join(p *peer, j *job, signed auction.Signed) *follow {
	m, err := auction.New(e.params, e.dom, signed, p.addr)
	if err != nil {
		panic("simulation: machine of a valid announcement: " + err.Error())
	}
	fol := &follow{job: j, m: m}
	p.follows[j.idx] = fol
	p.nFollow++
	j.followers = append(j.followers, p.idx)
	for _, pub := range j.published {
		if pub.from == p.idx {
			continue
		}
		// The first re-send published after the join (if any is left).
		for c := 1; c <= resends; c++ {
			at := pub.at + int64(c)*resendEveryUs
			if at < e.now {
				continue
			}
			from := e.peers[pub.from]
			if e.net.reachable(from.idx, p.idx, at) && (e.net.loss == 0 || e.rng.Float64() >= e.net.loss) && from.online {
				e.schedule(at+e.net.latency(from, p)+e.net.hopUs, evDeliver, p.idx, pub.msg, 0)
				e.st.deliveries++
				break
			}
		}
	}
	return fol
}

// verify decodes and checks a message as a node's gossip validator does.
func (e *Engine) verify(m *message) (auction.Signed, error) {
	if m.verified && !e.verifyEach {
		return m.signed, m.err
	}
	s, err := e.codec.Decode(m.data)
	e.st.verifications++
	if !m.verified {
		m.verified, m.signed, m.err = true, s, err
	}
	return s, err
}

// deliver hands a message to a peer: the validator (graylist, the
// auction's admission policy, rate limit), then the job's machine.
func (e *Engine) deliver(ev *event) {
	p := e.peers[ev.peer]
	m := e.msgs[ev.a]
	e.st.peerEvents++
	b := e.line(ev)
	b = logInt(b, "p", int64(p.idx))
	b = logInt(b, "from", int64(m.from))
	b = logHex(b, "msg", m.digest[:])
	result := e.receive(p, ev.a)
	b = logStr(b, "r", result)
	e.log.end(b)
}

// receive runs the validator and the machine on message mi and says what
// happened. The validator is the node's: decode and check the signature,
// then the auction's policy (auction.Params.AdmitAnnounce on a class topic,
// AdmitJob on a job's), then the per-author rate limit on what it accepts.
func (e *Engine) receive(p *peer, mi int32) string {
	m := e.msgs[mi]
	if !p.online {
		e.st.recvOffline++
		return "offline"
	}
	if p.rejects[m.from] >= e.sc.Auction.GraylistRejects {
		e.st.graylisted++
		return "graylisted"
	}
	j := e.jobs[m.job]
	s, err := e.verify(m)
	d := auction.Delivery{Msg: s, Err: err, Author: e.peers[m.from].addr, NowMs: e.nowMs()}
	fol := p.follows[m.job]
	var adm auction.Admission
	if mi == j.annMsg {
		adm = e.params.AdmitAnnounce(j.class, d)
	} else {
		adm = e.params.AdmitJob(j.ann, fol != nil, d)
	}
	switch adm.Verdict {
	case auction.Reject:
		if p.rejects == nil {
			p.rejects = map[int32]int{}
		}
		p.rejects[m.from]++
		e.st.rejected++
		return "rejected"
	case auction.Ignore:
		return ignoreResult(adm.Err, &e.st)
	}
	if !e.allow(p, m.from) {
		e.st.rateLimited++
		return "rate-limited"
	}
	if mi == j.annMsg {
		return e.onAnnounce(p, j, s)
	}
	err = fol.m.Step(e.nowMs(), s)
	e.flush(p, fol)
	return stepResult(err)
}

// ignoreResult names (and counts) a message the validator ignored.
func ignoreResult(err error, st *stats) string {
	switch {
	case errors.Is(err, auction.ErrNotFollowed):
		st.unknownJob++
		return "unknown-job"
	case errors.Is(err, auction.ErrEarly):
		return "early"
	}
	return "late"
}

// stepResult names a Step outcome for the log.
func stepResult(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, auction.ErrDuplicate):
		return "duplicate"
	case errors.Is(err, auction.ErrLate):
		return "late"
	case errors.Is(err, auction.ErrEarly):
		return "early"
	case errors.Is(err, auction.ErrEquivocation):
		return "equivocation"
	case errors.Is(err, auction.ErrEquivocated):
		return "equivocated"
	case errors.Is(err, auction.ErrMismatch):
		return "mismatch"
	case errors.Is(err, auction.ErrConflict):
		return "conflict"
	case errors.Is(err, auction.ErrFull):
		return "full"
	}
	return "dropped"
}

// onAnnounce has p follow a job it heard of, and bid or decline if it
// provides (node's onAnnounce and prepareOffer).
func (e *Engine) onAnnounce(p *peer, j *job, s auction.Signed) string {
	if _, ok := p.follows[j.idx]; ok {
		return "duplicate"
	}
	if p.nFollow >= e.sc.Auction.JobsMax {
		e.st.followFull++
		return "follow-full"
	}
	fol := e.join(p, j, s)
	switch {
	case p.kind != kindProvider:
	case p.adv == advSpammer:
		p.openJobs = append(p.openJobs, j.idx)
	default:
		busy := p.openBids >= e.sc.Auction.MaxOpenBids || p.groups > 0
		o := auction.Offer{VRAMBytes: uint64(p.prof.VRAM), Throughput: p.claimedThroughput(), PriceFloor: p.price, Busy: busy}
		if auction.Decide(j.ann, &o) != 0 {
			if err := fol.m.Offer(e.nowMs(), o); err == nil {
				p.declines++
			}
			e.flush(p, fol)
			return "declined"
		}
		fol.bid = true
		p.openBids++
		rtt := 2 * e.net.latency(p, e.peers[j.poster])
		e.schedule(e.now+offerDelayUs+rtt, evOffer, p.idx, j.idx, rtt)
	}
	e.flush(p, fol)
	return "follow"
}

// offer makes a provider's bid once its challenge answer and ping are in.
func (e *Engine) offer(ev *event) {
	p := e.peers[ev.peer]
	fol := p.follows[ev.a]
	e.st.peerEvents++
	b := e.line(ev)
	b = logInt(b, "p", int64(p.idx))
	b = logInt(b, "job", int64(ev.a))
	if fol == nil {
		e.log.end(logStr(b, "r", "forgotten"))
		return
	}
	j := fol.job
	// Every bidder of a job computes the same answer to its challenge; the
	// engine computes it once per job.
	if j.attestN != fol.m.ChallengeN() {
		a, err := attest.Answer(attest.CPU{}, fol.m.Seed(), fol.m.ChallengeN())
		if err != nil {
			panic(err)
		}
		j.attest, j.attestN = a, fol.m.ChallengeN()
	}
	var salt auction.Hash
	for i := 0; i < len(salt); i += 8 {
		v := e.rng.Uint64()
		for k := range 8 {
			salt[i+k] = byte(v >> (8 * k))
		}
	}
	o := auction.Offer{
		VRAMBytes: uint64(p.prof.VRAM), Throughput: p.claimedThroughput(), PriceFloor: p.price,
		LatencyMs: uint32(max(1, ev.b/1000)), Attestation: j.attest, Salt: salt,
	}
	if err := fol.m.Offer(e.nowMs(), o); err != nil {
		// Too late for the commit deadline: the provider says so, as the
		// node does.
		fol.bid = false
		p.openBids--
		if fol.m.Decline(e.nowMs(), auction.DeclineLate) == nil {
			p.declines++
		}
		e.log.end(logStr(b, "r", "too-late"))
		e.flush(p, fol)
		return
	}
	p.bids++
	e.st.bids++
	e.log.end(logStr(b, "r", "bid"))
	e.flush(p, fol)
}

// tick advances a machine to its deadline.
func (e *Engine) tick(ev *event) {
	p := e.peers[ev.peer]
	fol := p.follows[ev.a]
	if fol == nil || fol.tickAt != ev.at {
		return // superseded or forgotten
	}
	fol.tickAt = 0
	fol.ticks++
	e.st.peerEvents++
	b := e.line(ev)
	b = logInt(b, "p", int64(p.idx))
	b = logInt(b, "job", int64(ev.a))
	e.log.end(b)
	fol.m.Tick(e.nowMs())
	e.flush(p, fol)
}

// forget drops a finished auction's machine.
func (e *Engine) forget(ev *event) {
	p := e.peers[ev.peer]
	if _, ok := p.follows[ev.a]; ok {
		delete(p.follows, ev.a)
		p.nFollow--
	}
}

// flush signs and sends what the machine asks (stepping each message back
// in, as the node does) and handles its events, then schedules its next
// deadline.
func (e *Engine) flush(p *peer, fol *follow) {
	for fol.m.HasReady() {
		rd := fol.m.Ready()
		fol.m.Advance()
		for _, msg := range rd.Messages {
			e.send(p, fol, msg)
		}
		for i := range rd.Events {
			e.onEvent(p, fol, &rd.Events[i])
		}
	}
	if fol.m.Done() && !fol.done {
		fol.done = true
		if fol.bid {
			fol.bid = false
			p.openBids--
		}
		e.schedule(e.now+lingerUs, evForget, p.idx, fol.job.idx, 0)
		return
	}
	if fol.done {
		return
	}
	next := fol.m.NextDeadlineMs()
	if next == 0 || fol.ticks >= ticksPerJobMax {
		return
	}
	at := max(atUs(next), e.now+1)
	if fol.tickAt == 0 || at < fol.tickAt {
		fol.tickAt = at
		e.schedule(at, evTick, p.idx, fol.job.idx, at)
	}
}

// send signs one of the machine's messages and publishes it, unless the
// peer's misbehaviour says otherwise.
func (e *Engine) send(p *peer, fol *follow, msg auction.Message) {
	j := fol.job
	switch m := msg.(type) {
	case *auction.BidReveal:
		if p.adv == advNonRevealer && e.rng.Float64() < p.advSpec.Rate {
			e.st.withheld++
			return
		}
		if p.adv == advEquivocator && p.advSpec.Equivocate == "reveal" {
			other := *m
			other.Salt = protocol.Keccak256(m.Salt[:], []byte("equivocate"))
			e.equivocate(p, fol, m, &other)
			return
		}
	case *auction.BidCommit:
		if p.adv == advEquivocator && p.advSpec.Equivocate == "commit" {
			other := *m
			other.Commitment = protocol.Keccak256(m.Commitment[:], []byte("equivocate"))
			e.equivocate(p, fol, m, &other)
			return
		}
	}
	s, data, err := e.codec.Sign(p.key, msg)
	if err != nil {
		panic(err)
	}
	e.st.signatures++
	mi := e.register(data, p.idx, j.idx)
	e.publish(p, j, mi)
	if a, ok := msg.(*auction.Award); ok {
		e.onPosterAward(j, a)
	}
	_ = fol.m.Step(e.nowMs(), s)
}

// onEvent handles one auction event at peer p: reputation observations,
// evidence, the award.
func (e *Engine) onEvent(p *peer, fol *follow, ev *auction.Event) {
	j := fol.job
	e.st.auctionEvents++
	e.record(p, ev)
	switch ev.Kind {
	case auction.EventNoReveal:
		if q := e.peerOf(ev.Peer); q != nil && p.honest() {
			e.caught(q)
		}
	case auction.EventEquivocation:
		if j.equivocators == nil {
			j.equivocators = map[int32]bool{}
		}
		if q := e.peerOf(ev.Peer); q != nil {
			j.equivocators[q.idx] = true
		}
		if p.honest() {
			e.st.equivocationsSeen++
			e.submitEvidence(p, j, ev.Evidence)
		}
	case auction.EventCleared:
		fol.cleared = true
		j.clearedAt = e.now
		if !p.honest() {
			break
		}
		// Counted in j.clearings when the award reaches this follower
		// (EventAward), its clearing then final: a follower the award never
		// reaches is counted apart (Report.Jobs.ClearingsUnheard).
		fol.clearedTo = awardDigest(ev.Result.Award)
		j.cleared++
		if p.idx == j.poster && ev.Result.Award == nil {
			j.status = jobNoAward
			j.noAwardWhy = ev.Result.Why
			e.st.jobsNoAward++
			e.chain.refund(j)
		}
	case auction.EventRecleared:
		if p.honest() {
			fol.clearedTo = awardDigest(ev.Result.Award)
			j.recleared++
		}
	case auction.EventOmitted:
		if p.honest() {
			j.omitted++
		}
	case auction.EventAward:
		a := ev.Award.Msg.(*auction.Award)
		if p.honest() {
			j.clearings[fol.clearedTo]++
		}
		if p.honest() && p.idx != j.poster {
			if ev.Matches {
				j.matches++
			} else {
				j.mismatches++
			}
			if ev.Deviation != nil {
				j.deviations++
			}
		}
		if i := slices.Index(a.Winners, p.addr); i >= 0 && j.awardedAt != nil && j.awardedAt[i] == 0 {
			j.awardedAt[i] = e.now
		}
		if g := j.group; g != nil {
			g.gotAward(p.idx)
		}
	case auction.EventAwardMissing:
		e.st.awardsMissing++
	case auction.EventDropped:
		e.st.drops++
	}
}

// record records what ev shows of the bidders at peer p
// (auction.Observations, the policy the node records by too).
func (e *Engine) record(p *peer, ev *auction.Event) {
	for _, o := range auction.Observations(ev) {
		e.observe(p, score.Observation{Peer: score.Address(o.Peer), Kind: score.Kind(o.Conduct), Job: o.Job})
	}
}

// onPosterAward starts the job's training group once its poster has
// signed the award.
func (e *Engine) onPosterAward(j *job, a *auction.Award) {
	j.award = a
	j.awardDigest = awardDigest(a)
	j.awardAt = e.now
	j.awardedAt = make([]int64, len(a.Winners))
	j.status = jobTraining
	e.st.jobsAwarded++
	for _, p := range a.Prices[:len(a.Winners)] {
		price, _ := new(big.Float).SetInt(p).Float64()
		e.st.priceSum += price
		e.st.priceCount++
	}
	for _, w := range a.Winners {
		if q := e.peerOf(w); q != nil {
			q.wins++
			if j.late {
				q.winsLate++
			}
			if j.postedAt > q.caughtAt {
				q.winsAfterCaught++
			}
		}
	}
	for _, s := range a.Standbys {
		if q := e.peerOf(s); q != nil {
			q.standbys++
		}
	}
	e.newGroup(j, a)
}

// peerOf finds a peer by address (the award names addresses).
func (e *Engine) peerOf(a auction.Address) *peer {
	if e.byAddr == nil {
		e.byAddr = make(map[auction.Address]int32, len(e.peers))
		for _, p := range e.peers {
			e.byAddr[p.addr] = p.idx
		}
	}
	if i, ok := e.byAddr[a]; ok {
		return e.peers[i]
	}
	return nil
}

package simulation

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/wire"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// Errors of the package.
var (
	// ErrQueueFull reports a run whose pending events exceeded the
	// scenario's engine.events-max: the run stops rather than grow.
	ErrQueueFull = errors.New("simulation: event queue full")
	// ErrTooMuchWork reports a run that handled more events than the
	// scenario's engine.work-max allows.
	ErrTooMuchWork = errors.New("simulation: too much work")
	// ErrSetup reports a scenario the engine cannot build.
	ErrSetup = errors.New("simulation: cannot set up the scenario")
)

// baseMs is the Unix time, in ms, of the start of every run: auction
// deadlines and reputation observations carry real-looking timestamps.
const baseMs = 1_800_000_000_000

// Bounds of the engine beyond the scenario's own.
const (
	// lingerUs keeps a finished auction's machine this long, as the node
	// does (jobLinger), so late copies are still recognised.
	lingerUs = 10_000_000
	// resends and resendEveryUs: every gossip message is published again
	// this many times, this far apart (the node's publish loop).
	resends       = 2
	resendEveryUs = 1_000_000
	// ticksPerJobMax bounds the ticks one machine gets: the auction needs
	// three or four; a runaway deadline would otherwise spin the engine.
	ticksPerJobMax = 64
	// limitersMax bounds the per-author rate limiters one peer keeps (the
	// node's limiterPeersMax).
	limitersMax = 4096
	// stepRetriesMax bounds how often a group redoes one step before it
	// gives the job up.
	stepRetriesMax = 16
	// offerDelayUs is a provider's time to answer the GEMM challenge three
	// times on top of its ping to the poster (3.9 ms per run on a CPU).
	offerDelayUs = 12_000
)

// Options are a run's outputs beyond the report.
type Options struct {
	// Log receives the event log, one line per event; nil keeps only its
	// SHA-256 (Report.LogSHA256).
	Log io.Writer
	// Progress, when set, is called now and then with the virtual time
	// reached and the run's end.
	Progress func(now, end time.Duration)
}

// Result is a finished run.
type Result struct {
	Report *Report
	// Evidence is every equivocation an honest peer submitted to the
	// simulated chain, in submission order, with the verdict.
	Evidence []Submitted
	// Domain is the EIP-712 domain every message was signed under.
	Domain auction.Domain
}

// Submitted is one piece of slashing evidence and what the chain made of it.
type Submitted struct {
	Evidence *auction.Evidence
	// Reporter is the honest peer that sent it.
	Reporter auction.Address
	// Slashed reports whether it slashed (the first valid evidence per
	// slot does; later copies revert as already slashed).
	Slashed bool
	// Err is why it reverted, if it did.
	Err string
}

// Engine is one run of a scenario. It is not safe for concurrent use: Run
// owns it.
type Engine struct {
	sc     *scenario.Scenario
	opts   Options
	rng    *rand.Rand
	now    int64 // µs since the start
	end    int64
	seq    uint64
	q      queue
	params auction.Params
	dom    auction.Domain
	codec  *wire.Codec
	net    *netModel
	log    *eventLog
	chain  *ledger

	peers     []*peer
	byAddr    map[auction.Address]int32
	rings     map[int][]int32 // sybil rings by adversary group
	posters   []int32
	classSubs map[string][]int32
	jobs      []*job
	msgs      []*message
	groups    []*group
	txs       []*tx
	// The job machines, their chain calls and receipts in flight (jobs.go).
	machines []*jobMachine
	calls    []callOut
	receipts []receiptOut
	// jobsPlanned is how many jobs the run posts; the second half of them
	// are the "late" ones whose wins the report counts apart.
	jobsPlanned int
	submitted   []Submitted
	// Verified work in flight (verify.go): recomputations and re-checks
	// asked of machines, messages between machines.
	verifies []verifyOut
	rechecks []recheckOut
	works    []workOut

	// verifyEach decodes and verifies every delivery (scenario engine.verify).
	verifyEach bool
	// Derived constants.
	scoreParams score.Params
	stake       *big.Int
	quorumBps   int

	st     stats
	series []Sample
	// observers are the honest peers whose books the report reads, and
	// subjects the providers it asks them about (every adversary, and an
	// even spread of honest ones); seriesObservers is the smaller set the
	// time series samples.
	observers, seriesObservers, subjects []int32
}

// New builds the engine of a scenario (already validated by Decode).
func New(sc *scenario.Scenario, opts Options) (*Engine, error) {
	if err := sc.Validate(); err != nil {
		return nil, err
	}
	e := &Engine{
		sc: sc, opts: opts,
		rng:        rand.New(rand.NewPCG(sc.Seed, 0x7261696e6d657368)), // "trainmesh"
		end:        sc.Duration.Micros(),
		net:        newNetModel(sc),
		log:        newEventLog(opts.Log),
		classSubs:  map[string][]int32{},
		rings:      map[int][]int32{},
		verifyEach: sc.Engine.Verify == scenario.VerifyEach,
		stake:      sc.Chain.Stake.Int(),
		quorumBps:  sc.Chain.QuorumBps,
	}
	e.params = auction.DefaultParams()
	e.params.ClockGraceMs = uint64(sc.Auction.ClockGrace.Std().Milliseconds())
	e.params.CommitWindowMinMs = max(e.params.CommitWindowMinMs, 2*e.params.ClockGraceMs)
	e.params.RevealWindowMinMs = max(e.params.RevealWindowMinMs, 2*e.params.ClockGraceMs)
	e.params.ChallengeN = sc.Auction.ChallengeN
	e.params.StandbysMax = sc.Auction.StandbysMax
	for _, j := range sc.Jobs {
		e.params.CommitWindowMinMs = min(e.params.CommitWindowMinMs, uint64(j.CommitWindow.Std().Milliseconds()))
		e.params.RevealWindowMinMs = min(e.params.RevealWindowMinMs, uint64(j.RevealWindow.Std().Milliseconds()))
	}
	if err := e.params.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSetup, err)
	}
	contract, err := protocol.ParseAddress(sc.Chain.Settlement)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSetup, err)
	}
	e.dom = auction.Domain{ChainID: sc.Chain.ChainID, VerifyingContract: contract}
	e.codec = wire.NewCodec(e.dom, int(e.params.GroupSizeMax))
	e.scoreParams = score.DefaultParams()
	e.buildPeers()
	e.chain = newLedger(e)
	e.buildPartitions()
	e.scheduleJobs()
	e.scheduleChurn()
	e.scheduleSybils()
	e.schedule(0, evSample, -1, 0, 0)
	e.pickObservers()
	return e, nil
}

// Run runs a scenario to its end.
func Run(ctx context.Context, sc *scenario.Scenario, opts Options) (*Result, error) {
	e, err := New(sc, opts)
	if err != nil {
		return nil, err
	}
	return e.Run(ctx)
}

// progressEvery is how many events pass between progress reports and
// context checks.
const progressEvery = 1 << 14

// Run runs the scenario to its end (or until ctx is done) and returns the
// report. An Engine runs once.
func (e *Engine) Run(ctx context.Context) (*Result, error) {
	start := time.Now()
	for e.q.len() > 0 {
		if e.q.h[0].at > e.end {
			break
		}
		ev := e.q.pop()
		e.now = ev.at
		e.handle(&ev)
		e.st.events++
		if e.st.events%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if e.opts.Progress != nil {
				e.opts.Progress(time.Duration(e.now)*time.Microsecond, time.Duration(e.end)*time.Microsecond)
			}
		}
		if e.q.len() > e.sc.Engine.EventsMax || len(e.msgs) > e.sc.Engine.EventsMax {
			return nil, fmt.Errorf("%w: more than %d pending events or messages at %v (raise engine.events-max or shrink the scenario)", ErrQueueFull, e.sc.Engine.EventsMax, time.Duration(e.now)*time.Microsecond)
		}
		if int64(e.st.events) > e.sc.Engine.WorkMax {
			return nil, fmt.Errorf("%w: %d events handled by %v of %v (raise engine.work-max or shrink the scenario)", ErrTooMuchWork, e.st.events, time.Duration(e.now)*time.Microsecond, time.Duration(e.end)*time.Microsecond)
		}
	}
	e.now = e.end
	if e.opts.Progress != nil {
		e.opts.Progress(time.Duration(e.end)*time.Microsecond, time.Duration(e.end)*time.Microsecond)
	}
	rep := e.report(time.Since(start))
	sum, err := e.log.finish()
	rep.LogSHA256 = sum
	if err != nil {
		return nil, fmt.Errorf("simulation: writing the event log: %w", err)
	}
	return &Result{Report: rep, Evidence: e.submitted, Domain: e.dom}, nil
}

func (e *Engine) handle(ev *event) {
	switch ev.kind {
	case evJobPost:
		e.postJob(ev)
	case evDeliver:
		e.deliver(ev)
	case evOffer:
		e.offer(ev)
	case evTick:
		e.tick(ev)
	case evForget:
		e.forget(ev)
	case evChurn:
		e.churn(ev)
	case evTrainStart:
		e.trainStart(ev)
	case evStepDone:
		e.stepDone(ev)
	case evFault:
		e.fault(ev)
	case evReform:
		e.reform(ev)
	case evChainTx:
		e.chainTx(ev)
	case evReceipt:
		e.receipt(ev)
	case evJobTick:
		e.jobTick(ev)
	case evCallResult:
		e.callResult(ev)
	case evSpam:
		e.spam(ev)
	case evVouch:
		e.vouch(ev)
	case evSample:
		e.sample(ev)
	case evAudit:
		e.auditDone(ev)
	case evRecheck:
		e.recheck(ev)
	case evWork:
		e.work(ev)
	default:
		panic(fmt.Sprintf("simulation: event kind %d", ev.kind))
	}
}

// schedule queues an event at virtual time at (µs).
func (e *Engine) schedule(at int64, kind evKind, peer, a int32, b int64) {
	if at < e.now {
		panic(fmt.Sprintf("simulation: event %v scheduled in the past (%d < %d)", kind, at, e.now))
	}
	e.seq++
	e.q.push(event{at: at, seq: e.seq, kind: kind, peer: peer, a: a, b: b})
}

// nowMs is the virtual time as Unix ms, as the cores take it.
func (e *Engine) nowMs() uint64 { return uint64(baseMs + e.now/1000) }

// atUs converts a Unix ms deadline to virtual µs.
func atUs(ms uint64) int64 { return (int64(ms) - baseMs) * 1000 }

// expUs draws an exponential duration with the given mean, µs.
func (e *Engine) expUs(mean int64) int64 {
	return int64(e.rng.ExpFloat64() * float64(mean))
}

// line starts a log line for the event being handled.
func (e *Engine) line(ev *event) []byte {
	return e.log.begin(ev.at, ev.seq, ev.kind.String())
}

// buildPeers creates the peers: honest providers, adversaries, posters,
// in the scenario's order, with keys derived from the seed.
func (e *Engine) buildPeers() {
	sc := e.sc
	add := func(prof *scenario.Profile, region string, kind peerKind, adv *scenario.Adversary, ring int) {
		i := int32(len(e.peers))
		key := identity.FromSeed(fmt.Appendf(nil, "trainmesh/simulation/%d/peer/%d", sc.Seed, i))
		book, err := score.NewBook(e.scoreParams)
		if err != nil {
			panic(err) // DefaultParams validate
		}
		p := &peer{
			idx: i, key: key, addr: wire.Address(key.Address()), prof: prof, kind: kind, adv: advNone,
			upBpus: float64(prof.Uplink) / 1e6, downBpus: float64(prof.Downlink) / 1e6, accessUs: prof.AccessLatency.Micros(),
			region: e.region(region), online: true, offAt: never, caughtAt: never, book: book, follows: map[int32]*follow{}, ring: ring,
			price: prof.PriceFloor.Int(),
		}
		if adv != nil {
			p.adv = advOf(adv.Kind)
			p.advSpec = adv
			if adv.Kind == scenario.PriceManipulator {
				f := new(big.Float).Mul(new(big.Float).SetInt(p.price), big.NewFloat(adv.PriceFactor))
				p.price, _ = f.Int(nil)
			}
		}
		e.peers = append(e.peers, p)
	}
	for _, g := range sc.Providers {
		for range g.Count {
			add(sc.Profile(g.Profile), g.Region, kindProvider, nil, -1)
		}
	}
	for ai := range sc.Adversaries {
		a := &sc.Adversaries[ai]
		for range a.Count {
			add(sc.Profile(a.Profile), a.Region, kindProvider, a, ai)
		}
	}
	for range sc.Posters.Count {
		add(sc.Profile(sc.Posters.Profile), sc.Posters.Region, kindPoster, nil, -1)
		e.posters = append(e.posters, int32(len(e.peers)-1))
	}
	// Every class a peer follows: providers by their VRAM, posters all of
	// them (to see the market they rank bids in). Spammers follow like
	// providers, to flood the jobs they hear of.
	for _, class := range auction.AllClasses() {
		e.classSubs[class] = nil
	}
	for _, p := range e.peers {
		classes := auction.AllClasses()
		if p.kind == kindProvider {
			classes = auction.ClassesFor(uint64(p.prof.VRAM))
		}
		for _, c := range classes {
			e.classSubs[c] = append(e.classSubs[c], p.idx)
		}
	}
}

// region returns a named region's index, or draws one by the shares.
func (e *Engine) region(name string) int {
	regions := e.sc.Network.Regions
	if name != "" {
		for i, r := range regions {
			if r.Name == name {
				return i
			}
		}
	}
	var total float64
	for _, r := range regions {
		total += r.Share
	}
	u := e.rng.Float64() * total
	for i, r := range regions {
		if u < r.Share {
			return i
		}
		u -= r.Share
	}
	return len(regions) - 1
}

func (e *Engine) buildPartitions() {
	for _, ps := range e.sc.Network.Partitions {
		p := partition{from: ps.At.Micros(), to: ps.At.Micros() + ps.Duration.Micros(), side: make([]bool, len(e.peers))}
		for i, peer := range e.peers {
			if len(ps.Regions) > 0 {
				p.side[i] = slices.Contains(ps.Regions, e.sc.Network.Regions[peer.region].Name)
			} else {
				p.side[i] = e.rng.Float64() < ps.Share
			}
		}
		e.net.parts = append(e.net.parts, p)
	}
}

func (e *Engine) scheduleJobs() {
	for si := range e.sc.Jobs {
		s := &e.sc.Jobs[si]
		t := s.Start.Micros()
		for n := range s.Count {
			if t > e.end {
				break
			}
			e.schedule(t, evJobPost, -1, int32(si), int64(n))
			e.jobsPlanned++
			t += e.expUs(s.Interval.Micros())
		}
	}
}

func (e *Engine) scheduleChurn() {
	c := e.sc.Churn
	if c.Share <= 0 {
		return
	}
	for _, p := range e.peers {
		if p.kind != kindProvider || p.adv != advNone || e.rng.Float64() >= c.Share {
			continue
		}
		p.churns = true
		p.offAt = e.expUs(c.MeanOnline.Micros())
		e.schedule(p.offAt, evChurn, p.idx, 0, 0)
	}
}

func (e *Engine) scheduleSybils() {
	for _, p := range e.peers {
		switch p.adv {
		case advSybil:
			every := p.advSpec.VouchInterval.Micros()
			e.schedule(e.rng.Int64N(every), evVouch, p.idx, 0, 0)
			e.rings[p.ring] = append(e.rings[p.ring], p.idx)
		case advSpammer:
			e.schedule(e.expUs(int64(1e6/p.advSpec.Rate)), evSpam, p.idx, 0, 0)
		}
	}
}

// caught records the first time p was caught misbehaving.
func (e *Engine) caught(p *peer) {
	if p.caughtAt == never {
		p.caughtAt = e.now
	}
}

// pickObservers chooses the honest peers whose books the report reads
// and the providers it asks them about: all of them in small runs, an
// even spread in large ones (scoring every pair of 10,000 peers would cost
// more than the run).
func (e *Engine) pickObservers() {
	const observersMax, seriesMax, honestSubjectsMax = 256, 64, 256
	var honest, honestProviders []int32
	for _, p := range e.peers {
		switch {
		case p.adv != advNone:
			e.subjects = append(e.subjects, p.idx)
		case p.kind == kindProvider:
			honest = append(honest, p.idx)
			honestProviders = append(honestProviders, p.idx)
		default:
			honest = append(honest, p.idx)
		}
	}
	spread := func(from []int32, n int) []int32 {
		if len(from) <= n {
			return from
		}
		out := make([]int32, n)
		for i := range out {
			out[i] = from[i*len(from)/n]
		}
		return out
	}
	e.observers = spread(honest, observersMax)
	e.seriesObservers = spread(honest, seriesMax)
	e.subjects = append(e.subjects, spread(honestProviders, honestSubjectsMax)...)
	slices.Sort(e.subjects)
}

// churn takes a peer offline or brings it back.
func (e *Engine) churn(ev *event) {
	p := e.peers[ev.peer]
	p.online = !p.online
	c := e.sc.Churn
	b := e.line(ev)
	b = logInt(b, "p", int64(p.idx))
	if p.online {
		p.offAt = e.now + max(1, e.expUs(c.MeanOnline.Micros()))
		e.schedule(p.offAt, evChurn, p.idx, 0, 0)
		b = logStr(b, "state", "online")
	} else {
		p.offAt = e.now
		e.schedule(e.now+max(1, e.expUs(c.MeanOffline.Micros())), evChurn, p.idx, 0, 0)
		b = logStr(b, "state", "offline")
		e.st.churnOffline++
	}
	e.st.peerEvents++
	e.log.end(b)
}

// scoreOf returns peer's reputation in p's book now.
func (e *Engine) scoreOf(p *peer, a auction.Address) float64 {
	return p.book.Score(score.Address(a), e.nowMs())
}

// observe applies an observation to p's book (honest peers only: what
// adversaries believe does not change what they do).
func (e *Engine) observe(p *peer, o score.Observation) {
	if p.adv != advNone {
		return
	}
	if o.AtMs == 0 {
		o.AtMs = e.nowMs()
	}
	if _, err := p.book.Apply(o); err != nil {
		panic(fmt.Sprintf("simulation: observation refused: %v (%+v)", err, o))
	}
	e.st.observations++
	e.st.peerEvents++
}

// sample records the report's time series.
func (e *Engine) sample(ev *event) {
	s := Sample{AtS: float64(e.now) / 1e6, JobsAnnounced: e.st.jobsAnnounced, JobsCompleted: e.st.jobsCompleted, JobsFailed: e.st.jobsFailed}
	online, busy := 0, 0
	for _, p := range e.peers {
		if p.kind == kindProvider && p.online {
			online++
			if p.groups > 0 {
				busy++
			}
		}
	}
	if online > 0 {
		s.Utilisation = float64(busy) / float64(online)
	}
	s.Reputation = e.classScores(e.seriesObservers, false)
	if n := len(e.series); n > 0 && e.st.priceCount > e.series[n-1].priceCount {
		s.MeanPrice = (e.st.priceSum - e.series[n-1].priceSum) / float64(e.st.priceCount-e.series[n-1].priceCount)
	} else if n == 0 && e.st.priceCount > 0 {
		s.MeanPrice = e.st.priceSum / float64(e.st.priceCount)
	}
	s.priceSum, s.priceCount = e.st.priceSum, e.st.priceCount
	e.series = append(e.series, s)
	b := e.line(ev)
	b = logInt(b, "announced", int64(s.JobsAnnounced))
	b = logInt(b, "completed", int64(s.JobsCompleted))
	b = logInt(b, "busy", int64(busy))
	e.log.end(b)
	if next := e.now + e.sc.Engine.SampleInterval.Micros(); next <= e.end {
		e.schedule(next, evSample, -1, 0, 0)
	}
}

// classScores returns, per class of peer, the mean score honest observers
// give its peers (only pairs where the observer has observed the peer when
// known is set).
func (e *Engine) classScores(observers []int32, known bool) map[string]float64 {
	sums := map[string]float64{}
	counts := map[string]int{}
	for _, oi := range observers {
		o := e.peers[oi]
		for _, si := range e.subjects {
			p := e.peers[si]
			if p.idx == o.idx {
				continue
			}
			if known {
				if _, ok := o.book.Aggregate(score.Address(p.addr)); !ok {
					continue
				}
			}
			c := p.class()
			sums[c] += e.scoreOf(o, p.addr)
			counts[c]++
		}
	}
	out := map[string]float64{}
	for c, s := range sums {
		out[c] = s / float64(counts[c])
	}
	return out
}

// mathRound returns x rounded, as an int64.
func mathRound(x float64) int64 { return int64(math.Round(x)) }

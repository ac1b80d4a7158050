package simulation

import (
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/trainmesh/trainmesh/auction"
)

// stats are the run's counters.
type stats struct {
	events, peerEvents                            uint64
	messages, signatures, verifications           uint64
	deliveries, lostCopies, lostMessages          uint64
	partitioned, sentOffline, recvOffline         uint64
	rateLimited, graylisted, rejected, unknownJob uint64
	followFull                                    uint64
	auctionEvents, drops, observations            uint64
	bids, withheld, equivocations                 uint64
	equivocationsSeen                             uint64
	spamSent, vouches                             uint64
	jobsAnnounced, jobsAwarded, jobsNoAward       int
	jobsCompleted, jobsFailed                     int
	awardsMissing                                 int
	faults, standbysCalled                        int
	transfers, chunksLost                         uint64
	settlements                                   int
	txReverted                                    int
	churnOffline                                  int
	priceSum                                      float64
	priceCount                                    int
	// Verified work (verify.go).
	cheatedSteps, auditsSampled, audits      int
	auditsMissed, auditsFailed, evidence     int
	rechecks, convictions, convictedTampered int
	falseAccusations                         int
	auditsPaid                               uint64
}

// Report is what a run measured. It is written as JSON (trainmesh sim
// writes report.json) and drawn as charts (report.html).
type Report struct {
	Scenario    string  `json:"scenario"`
	Description string  `json:"description,omitempty"`
	Seed        uint64  `json:"seed"`
	Peers       int     `json:"peers"`
	Providers   int     `json:"providers"`
	VirtualS    float64 `json:"virtual_s"`
	// WallS is the run's wall-clock time (not part of the event log).
	WallS float64 `json:"wall_s"`
	// Events are the engine's events handled; PeerEvents the events handled
	// at one peer each (a delivery, an offer, a tick, one member's part in
	// a training step, one observation recorded).
	Events          uint64                 `json:"events"`
	PeerEvents      uint64                 `json:"peer_events"`
	PeerEventsPerS  float64                `json:"peer_events_per_wall_s"`
	LogLines        uint64                 `json:"log_lines"`
	LogSHA256       string                 `json:"log_sha256"`
	Jobs            JobStats               `json:"jobs"`
	ClearingLatency Percentiles            `json:"clearing_latency_ms"`
	Utilisation     float64                `json:"gpu_utilisation"`
	Prices          PriceStats             `json:"prices"`
	Classes         map[string]*ClassStats `json:"classes"`
	// Twins are each class's providers by machine profile, so that an
	// adversary can be set against honest peers of the same machine and
	// price (an overstater against its honest twin).
	Twins     []TwinStats            `json:"twins"`
	Slashings map[string]*SlashStats `json:"slashings"`
	// HonestSlashedPerPaid is what honest providers lost to slashes and
	// forfeited bonds over what they were paid (0 when unpaid): the cost
	// of honest accidents (going offline mid-job) against the market's
	// pay. Issue 17 asks for at most 0.01 on every shipped scenario.
	HonestSlashedPerPaid float64           `json:"honest_slashed_per_paid"`
	Evidence             EvidenceStats     `json:"evidence"`
	Verification         VerificationStats `json:"verification"`
	// Cheats are every (job, member) pair where the member cheated or
	// was convicted: whether verification caught it in its job, and
	// what it was paid.
	Cheats      []CheatReport `json:"cheats"`
	Network     NetworkStats  `json:"network"`
	Auction     AuctionStats  `json:"auction"`
	Training    TrainingStats `json:"training"`
	Ledger      LedgerStats   `json:"ledger"`
	Series      []Sample      `json:"series"`
	JobList     []JobReport   `json:"job_list"`
	Adversaries []PeerReport  `json:"adversaries"`
}

// JobStats counts jobs by outcome.
type JobStats struct {
	Announced      int     `json:"announced"`
	Awarded        int     `json:"awarded"`
	NoAward        int     `json:"no_award"`
	Completed      int     `json:"completed"`
	Failed         int     `json:"failed"`
	Unfinished     int     `json:"unfinished"`
	CompletedShare float64 `json:"completed_share"`
	// Agreement: honest followers the poster's signed award reached whose
	// clearing (with exactly the bids the award carries) equals it,
	// and those whose does not.
	ClearingsAgree    int `json:"clearings_agree"`
	ClearingsDisagree int `json:"clearings_disagree"`
	// ClearingsUnheard are honest followers of awarded jobs that cleared
	// but never received the award (offline, partitioned or lost when it
	// came): not disagreements, since they had nothing to compare with.
	ClearingsUnheard int `json:"clearings_unheard"`
	// Recleared are honest followers that cleared again with bids they
	// had missed, taken from the award (auction.EventRecleared).
	Recleared int `json:"recleared"`
	// Omitted counts, over honest followers, the bids a follower held that
	// the award was cleared without and that would have changed it
	// (auction.EventOmitted): the poster did not hear them in time, or
	// censored them. The follower clears with the award's bids all the
	// same, so these are observations of posters, not disagreements.
	Omitted int `json:"omitted"`
	// AgreeShare is ClearingsAgree over ClearingsAgree+ClearingsDisagree:
	// 1 when every follower clears with the announcement's quality table
	// and exactly the award's bids (PROTOCOL.md, "One view").
	AgreeShare float64 `json:"agree_share"`
	// Deviations are awards honest followers kept evidence against (the
	// award is not the clearing of the committed table and the reveals).
	Deviations int `json:"deviations"`
	// JobsAllAgree are the awarded jobs where every honest follower cleared
	// to the poster's award.
	JobsAllAgree int `json:"jobs_all_agree"`
}

// Percentiles summarise a distribution.
type Percentiles struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

// PriceStats are the clearing prices per member per step.
type PriceStats struct {
	PerStep Percentiles `json:"per_step"`
	// FloorRatio is price / the median honest price floor.
	MedianFloor float64 `json:"median_floor"`
}

// ClassStats describe one class of peer: honest providers, posters, or an
// adversary kind.
type ClassStats struct {
	Peers    int `json:"peers"`
	Bids     int `json:"bids"`
	Declines int `json:"declines"`
	Wins     int `json:"wins"`
	// WinsLate are wins of the second half of the run's jobs;
	// WinsAfterCaught wins of jobs announced after the peer was first
	// caught (dropped from a group, slashed, or seen not to reveal).
	WinsLate        int      `json:"wins_second_half"`
	WinsAfterCaught int      `json:"wins_after_caught"`
	Standbys        int      `json:"standbys"`
	Paid            *big.Int `json:"paid"`
	Slashed         *big.Int `json:"slashed"`
	// Net is Paid - Slashed: what the class ended with from the market
	// (negative: it lost more than it earned).
	Net *big.Int `json:"net"`
	// Profit is what its providers were credited (gross, before the
	// fee) less what those steps cost them at their true price floors:
	// what a price manipulator's underbidding earned over its costs.
	Profit *big.Int `json:"profit"`
	// Score is the mean reputation honest observers give the class's
	// providers at the end (every pair); ScoreKnown only over observers
	// that have observed the peer. Posters are not scored (0): they never
	// bid.
	Score      float64 `json:"score"`
	ScoreKnown float64 `json:"score_known"`
	// BusyShare is the share of the run the class's peers spent training.
	BusyShare float64 `json:"busy_share"`
	// Verified work: Detected counts the class's peers convicted of wrong
	// work at least once (in Convictions jobs); CheatedSteps the steps
	// they got wrong; Audits the audits they published as verifiers,
	// FalseAudits the lies among them; SlashedBy counts slashes by
	// reason (equivocation-*, fault-missed-steps, fault-wrong-result,
	// fault-tampered).
	Detected     int            `json:"detected"`
	Convictions  int            `json:"convictions"`
	CheatedSteps int            `json:"cheated_steps"`
	Audits       int            `json:"audits"`
	FalseAudits  int            `json:"false_audits"`
	SlashedBy    map[string]int `json:"slashed_by"`
}

// VerificationStats count the audits of members' work.
type VerificationStats struct {
	RateBps int    `json:"rate_bps"`
	Period  uint64 `json:"period"`
	// CheatedSteps are the (member, step) pairs cheaters got wrong;
	// Sampled the pairs the seeds drew; Audits those a verifier checked
	// (Missed: no verifier online); Failed the audits that found a step
	// wrong (lies included).
	CheatedSteps int `json:"cheated_steps"`
	Sampled      int `json:"sampled"`
	Audits       int `json:"audits"`
	Missed       int `json:"missed"`
	Failed       int `json:"failed"`
	// Evidence is re-checked by the award's other members and the
	// poster (Rechecks recomputations); Convictions are evidence a
	// quorum confirmed (ConvictedTampered of them for tampering);
	// FalseAccusations evidence refuted.
	Evidence          int `json:"evidence"`
	Rechecks          int `json:"rechecks"`
	Convictions       int `json:"convictions"`
	ConvictedTampered int `json:"convicted_tampered"`
	FalseAccusations  int `json:"false_accusations"`
	// AuditsPaid are the audits verifiers were credited in settlements.
	AuditsPaid uint64 `json:"audits_paid"`
	// AuditLagMax is, over the jobs that trained, the most steps between
	// the group's last step and the last step of a pair a verifier was
	// asked to check while the group trained (the last periods are
	// sampled as they close, or when the training ends).
	AuditLagMax uint64 `json:"audit_lag_max"`
	AuditLagJob int    `json:"audit_lag_job"`
	// StandbyOvercredit is the most training steps a standby called into
	// the ring was credited beyond those it computed (receipts credit it
	// from the receipt period it joined in).
	StandbyOvercredit uint64 `json:"standby_overcredit"`
}

// CheatReport is one member's wrong work in one job.
type CheatReport struct {
	Job          int    `json:"job"`
	Peer         int    `json:"peer"`
	Kind         string `json:"kind"`
	Mode         string `json:"mode,omitempty"`
	CheatedSteps int    `json:"cheated_steps"`
	// Standby: it was a standby of the award, called into the ring.
	Standby bool `json:"standby"`
	// FirstBad is its first wrong step (0: none).
	FirstBad uint64 `json:"first_bad"`
	// Convicted: a quorum confirmed evidence of step ConvictedAt; its
	// credit was capped at CreditCap steps.
	Convicted   bool   `json:"convicted"`
	ConvictedAt uint64 `json:"convicted_at,omitempty"`
	CreditCap   uint64 `json:"credit_cap"`
	// Credited are the training steps it was paid for in the job;
	// PaidBad those of them from its first bad step on.
	Credited  uint64 `json:"credited_steps"`
	PaidBad   uint64 `json:"paid_bad_steps"`
	JobStatus string `json:"job_status"`
	StepsDone uint64 `json:"job_steps_done"`
	// SampledThrough is the last step of the job that any verifier was
	// asked to check while the job trained.
	SampledThrough uint64 `json:"job_sampled_through"`
}

// SlashStats count slashes of one reason.
type SlashStats struct {
	Count  int      `json:"count"`
	Amount *big.Int `json:"amount"`
}

// EvidenceStats count equivocations.
type EvidenceStats struct {
	Equivocations uint64 `json:"equivocations_signed"`
	Detected      uint64 `json:"detections"`
	Submitted     int    `json:"submitted"`
	Slashed       int    `json:"slashed"`
	Reverted      int    `json:"reverted"`
}

// NetworkStats count what the simulated network did.
type NetworkStats struct {
	Messages      uint64 `json:"messages"`
	Signatures    uint64 `json:"signatures"`
	Verifications uint64 `json:"verifications"`
	Deliveries    uint64 `json:"deliveries"`
	LostCopies    uint64 `json:"lost_copies"`
	LostMessages  uint64 `json:"lost_messages"`
	Partitioned   uint64 `json:"partitioned"`
	SentOffline   uint64 `json:"sent_offline"`
	RecvOffline   uint64 `json:"received_offline"`
	RateLimited   uint64 `json:"rate_limited"`
	Graylisted    uint64 `json:"graylisted"`
	Rejected      uint64 `json:"rejected"`
	UnknownJob    uint64 `json:"unknown_job"`
	SpamSent      uint64 `json:"spam_sent"`
	Vouches       uint64 `json:"vouches"`
}

// AuctionStats count auction activity.
type AuctionStats struct {
	Bids          uint64 `json:"bids"`
	Withheld      uint64 `json:"reveals_withheld"`
	Events        uint64 `json:"machine_events"`
	Drops         uint64 `json:"drops"`
	AwardsMissing int    `json:"awards_missing"`
	FollowFull    uint64 `json:"follow_full"`
	Observations  uint64 `json:"observations"`
}

// TrainingStats count training activity.
type TrainingStats struct {
	Faults         int    `json:"faults"`
	StandbysCalled int    `json:"standbys_called"`
	Transfers      uint64 `json:"transfers"`
	ChunksLost     uint64 `json:"chunks_lost"`
	Settlements    int    `json:"settlements"`
	ChurnOffline   int    `json:"churn_departures"`
}

// LedgerStats summarise the simulated contract's books.
type LedgerStats struct {
	TokensIn   *big.Int `json:"tokens_in"`
	TokensHeld *big.Int `json:"tokens_held"`
	Treasury   *big.Int `json:"treasury"`
	TxReverted int      `json:"tx_reverted"`
}

// Sample is one point of the time series.
type Sample struct {
	AtS           float64            `json:"t_s"`
	JobsAnnounced int                `json:"jobs_announced"`
	JobsCompleted int                `json:"jobs_completed"`
	JobsFailed    int                `json:"jobs_failed"`
	Utilisation   float64            `json:"gpu_utilisation"`
	MeanPrice     float64            `json:"mean_price"`
	Reputation    map[string]float64 `json:"reputation"`

	priceSum   float64
	priceCount int
}

// JobReport is one job's outcome.
type JobReport struct {
	Index     int          `json:"index"`
	ID        auction.Hash `json:"id"`
	Stream    string       `json:"stream"`
	PostedS   float64      `json:"posted_s"`
	Status    string       `json:"status"`
	Followers int          `json:"followers"`
	Winners   []int        `json:"winners,omitempty"`
	Standbys  []int        `json:"standbys,omitempty"`
	Prices    []*big.Int   `json:"prices_per_step,omitempty"`
	Steps     uint64       `json:"steps_done"`
	// Award is the digest of the poster's signed award; Clearings the
	// honest followers' own clearings by digest (zero: no award).
	Award     auction.Hash    `json:"award"`
	Clearings []ClearingCount `json:"clearings"`
	Matches   int             `json:"matches"`
	Mismatch  int             `json:"mismatches"`
	LatencyMs float64         `json:"clearing_latency_ms,omitempty"`
	Why       string          `json:"no_award_why,omitempty"`
}

// ClearingCount is how many honest followers cleared to one award.
type ClearingCount struct {
	Award auction.Hash `json:"award"`
	Count int          `json:"count"`
}

// PeerReport is one adversary's record.
// TwinStats are one class's providers of one profile.
type TwinStats struct {
	Class   string `json:"class"`
	Profile string `json:"profile"`
	Peers   int    `json:"peers"`
	Wins    int    `json:"wins"`
	// Net is what they were paid less what they were slashed, all of
	// them; NetPerPeer its mean.
	Net        *big.Int `json:"net"`
	NetPerPeer float64  `json:"net_per_peer"`
	// Score is the mean reputation honest observers give them at the end.
	Score float64 `json:"score"`
}

type PeerReport struct {
	Index    int             `json:"index"`
	Address  auction.Address `json:"address"`
	Kind     string          `json:"kind"`
	Bids     int             `json:"bids"`
	Wins     int             `json:"wins"`
	WinsLate int             `json:"wins_second_half"`
	// CaughtS is when it was first caught (-1: never), WinsAfterCaught
	// its wins of jobs announced after that.
	CaughtS         float64  `json:"caught_s"`
	WinsAfterCaught int      `json:"wins_after_caught"`
	Paid            *big.Int `json:"paid"`
	Slashed         *big.Int `json:"slashed"`
	// Score is the mean reputation honest observers give it at the end.
	Score float64 `json:"score"`
	// Mode is how it cheats (lazy, poisoner); Audits, FalseAudits and
	// SlashedBy as in ClassStats.
	Mode        string `json:"mode,omitempty"`
	Audits      int    `json:"audits"`
	FalseAudits int    `json:"false_audits"`
	// AuditsPaid are the audits settlements credited it for.
	AuditsPaid uint64         `json:"audits_paid"`
	SlashedBy  map[string]int `json:"slashed_by,omitempty"`
}

func percentiles(xs []float64) Percentiles {
	if len(xs) == 0 {
		return Percentiles{}
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	q := func(f float64) float64 { return s[min(len(s)-1, int(math.Ceil(f*float64(len(s))))-1)] }
	return Percentiles{N: len(s), P50: q(0.5), P90: q(0.9), P99: q(0.99), Max: s[len(s)-1]}
}

func (e *Engine) report(wall time.Duration) *Report {
	sc := e.sc
	r := &Report{
		Scenario: sc.Name, Description: sc.Description, Seed: sc.Seed, Peers: len(e.peers),
		VirtualS: float64(e.end) / 1e6, WallS: wall.Seconds(),
		Events: e.st.events, PeerEvents: e.st.peerEvents, LogLines: e.log.lines,
		Classes: map[string]*ClassStats{}, Slashings: e.chain.slashes, Series: e.series,
		JobList: []JobReport{}, Adversaries: []PeerReport{}, Cheats: []CheatReport{},
	}
	if wall > 0 {
		r.PeerEventsPerS = float64(e.st.peerEvents) / wall.Seconds()
	}
	var latencies, prices []float64
	for _, j := range e.jobs {
		jr := JobReport{Index: int(j.idx), ID: j.ann.JobID, Stream: j.stream.Name, PostedS: float64(j.postedAt) / 1e6, Status: j.status.String(),
			Followers: len(j.followers), Award: j.awardDigest, Matches: j.matches, Mismatch: j.mismatches, Why: j.noAwardWhy}
		for d, n := range j.clearings {
			jr.Clearings = append(jr.Clearings, ClearingCount{Award: d, Count: n})
		}
		slices.SortFunc(jr.Clearings, func(a, b ClearingCount) int { return compareHash(a.Award, b.Award) })
		switch j.status {
		case jobCompleted:
			r.Jobs.Completed++
		case jobFailed:
			r.Jobs.Failed++
		case jobNoAward:
			r.Jobs.NoAward++
		default:
			r.Jobs.Unfinished++
		}
		if j.award != nil {
			r.Jobs.Awarded++
			jr.Prices = j.award.Prices
			for _, p := range j.award.Prices[:len(j.award.Winners)] {
				f, _ := new(big.Float).SetInt(p).Float64()
				prices = append(prices, f)
			}
			for _, w := range j.award.Winners {
				jr.Winners = append(jr.Winners, int(e.peerOf(w).idx))
			}
			for _, s := range j.award.Standbys {
				jr.Standbys = append(jr.Standbys, int(e.peerOf(s).idx))
			}
			last, all := int64(0), true
			for _, t := range j.awardedAt {
				all = all && t > 0
				last = max(last, t)
			}
			if all {
				jr.LatencyMs = float64(last-j.postedAt) / 1000
				latencies = append(latencies, jr.LatencyMs)
			}
			jr.Steps = j.group.step
			agree := true
			for _, c := range jr.Clearings {
				if c.Award == j.awardDigest {
					r.Jobs.ClearingsAgree += c.Count
				} else {
					r.Jobs.ClearingsDisagree += c.Count
					agree = false
				}
			}
			if agree {
				r.Jobs.JobsAllAgree++
			}
			r.Jobs.Deviations += j.deviations
			heard := 0
			for _, n := range j.clearings {
				heard += n
			}
			r.Jobs.ClearingsUnheard += j.cleared - heard
			r.Jobs.Recleared += j.recleared
			r.Jobs.Omitted += j.omitted
		}
		r.JobList = append(r.JobList, jr)
	}
	if n := r.Jobs.ClearingsAgree + r.Jobs.ClearingsDisagree; n > 0 {
		r.Jobs.AgreeShare = float64(r.Jobs.ClearingsAgree) / float64(n)
	}
	r.Jobs.Announced = len(e.jobs)
	if r.Jobs.Announced > 0 {
		r.Jobs.CompletedShare = float64(r.Jobs.Completed) / float64(r.Jobs.Announced)
	}
	r.ClearingLatency = percentiles(latencies)
	r.Prices.PerStep = percentiles(prices)
	var floors []float64
	var busy, providerTime float64
	for _, p := range e.peers {
		c := r.Classes[p.class()]
		if c == nil {
			c = &ClassStats{Paid: new(big.Int), Slashed: new(big.Int), Profit: new(big.Int), SlashedBy: map[string]int{}}
			r.Classes[p.class()] = c
		}
		c.Peers++
		c.Bids += p.bids
		c.Declines += p.declines
		c.Wins += p.wins
		c.WinsLate += p.winsLate
		c.WinsAfterCaught += p.winsAfterCaught
		c.Standbys += p.standbys
		c.Paid.Add(c.Paid, p.paid)
		c.Profit.Add(c.Profit, p.margin)
		c.Slashed.Add(c.Slashed, p.slashed)
		c.Audits += p.auditsDone
		c.FalseAudits += p.falseAudits
		for k, n := range p.slashes {
			c.SlashedBy[k] += n
		}
		b := p.busyUs
		if p.groups > 0 {
			b += e.end - p.busySince
		}
		c.BusyShare += float64(b) / float64(e.end)
		if p.kind == kindProvider {
			r.Providers++
			busy += float64(b)
			providerTime += float64(e.end)
			if p.honest() {
				f, _ := new(big.Float).SetInt(p.price).Float64()
				floors = append(floors, f)
			}
		}
	}
	for name, c := range r.Classes {
		c.BusyShare /= float64(c.Peers)
		c.Net = new(big.Int).Sub(c.Paid, c.Slashed)
		if name == "honest" && c.Paid.Sign() > 0 {
			r.HonestSlashedPerPaid, _ = new(big.Rat).SetFrac(c.Slashed, c.Paid).Float64()
		}
	}
	if providerTime > 0 {
		r.Utilisation = busy / providerTime
	}
	r.Prices.MedianFloor = percentiles(floors).P50
	for c, s := range e.classScores(e.observers, false) {
		if r.Classes[c] != nil {
			r.Classes[c].Score = s
		}
	}
	for c, s := range e.classScores(e.observers, true) {
		if r.Classes[c] != nil {
			r.Classes[c].ScoreKnown = s
		}
	}
	twins := map[[2]string]*TwinStats{}
	for _, p := range e.peers {
		if p.kind != kindProvider {
			continue
		}
		k := [2]string{p.class(), p.prof.Name}
		tw := twins[k]
		if tw == nil {
			tw = &TwinStats{Class: k[0], Profile: k[1], Net: new(big.Int)}
			twins[k] = tw
		}
		tw.Peers++
		tw.Wins += p.wins
		tw.Net.Add(tw.Net, p.paid)
		tw.Net.Sub(tw.Net, p.slashed)
		var sum float64
		for _, oi := range e.observers {
			sum += e.scoreOf(e.peers[oi], p.addr)
		}
		if len(e.observers) > 0 {
			tw.Score += sum / float64(len(e.observers))
		}
	}
	for _, tw := range twins {
		f, _ := new(big.Float).SetInt(tw.Net).Float64()
		tw.NetPerPeer = f / float64(tw.Peers)
		tw.Score /= float64(tw.Peers)
		r.Twins = append(r.Twins, *tw)
	}
	slices.SortFunc(r.Twins, func(a, b TwinStats) int {
		if c := strings.Compare(a.Class, b.Class); c != 0 {
			return c
		}
		return strings.Compare(a.Profile, b.Profile)
	})
	for _, p := range e.peers {
		if p.honest() {
			continue
		}
		var sum float64
		n := 0
		for _, oi := range e.observers {
			sum += e.scoreOf(e.peers[oi], p.addr)
			n++
		}
		pr := PeerReport{Index: int(p.idx), Address: p.addr, Kind: p.class(), Bids: p.bids, Wins: p.wins, WinsLate: p.winsLate,
			WinsAfterCaught: p.winsAfterCaught, CaughtS: -1, Paid: p.paid, Slashed: p.slashed}
		if p.caughtAt != never {
			pr.CaughtS = float64(p.caughtAt) / 1e6
		}
		pr.Mode, pr.Audits, pr.FalseAudits, pr.AuditsPaid, pr.SlashedBy = p.advSpec.Mode, p.auditsDone, p.falseAudits, p.auditsPaid, p.slashes
		if n > 0 {
			pr.Score = sum / float64(n)
		}
		r.Adversaries = append(r.Adversaries, pr)
	}
	e.verifySummary(r)
	detected := map[int]bool{}
	for _, c := range r.Cheats {
		cs := r.Classes[c.Kind]
		cs.CheatedSteps += c.CheatedSteps
		if c.Convicted {
			cs.Convictions++
			if !detected[c.Peer] {
				detected[c.Peer] = true
				cs.Detected++
			}
		}
	}
	st := &e.st
	r.Evidence = EvidenceStats{Equivocations: st.equivocations, Detected: st.equivocationsSeen, Submitted: len(e.submitted)}
	for _, s := range e.submitted {
		if s.Slashed {
			r.Evidence.Slashed++
		} else {
			r.Evidence.Reverted++
		}
	}
	r.Network = NetworkStats{
		Messages: st.messages, Signatures: st.signatures, Verifications: st.verifications, Deliveries: st.deliveries,
		LostCopies: st.lostCopies, LostMessages: st.lostMessages, Partitioned: st.partitioned, SentOffline: st.sentOffline,
		RecvOffline: st.recvOffline, RateLimited: st.rateLimited, Graylisted: st.graylisted, Rejected: st.rejected,
		UnknownJob: st.unknownJob, SpamSent: st.spamSent, Vouches: st.vouches,
	}
	r.Auction = AuctionStats{Bids: st.bids, Withheld: st.withheld, Events: st.auctionEvents, Drops: st.drops, AwardsMissing: st.awardsMissing, FollowFull: st.followFull, Observations: st.observations}
	r.Training = TrainingStats{Faults: st.faults, StandbysCalled: st.standbysCalled, Transfers: st.transfers, ChunksLost: st.chunksLost, Settlements: st.settlements, ChurnOffline: st.churnOffline}
	r.Ledger = LedgerStats{TokensIn: e.chain.in, TokensHeld: e.chain.held(), Treasury: e.chain.treasury, TxReverted: st.txReverted}
	return r
}

func compareHash(a, b auction.Hash) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

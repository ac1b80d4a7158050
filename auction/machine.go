package auction

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/protocol"
)

// EventKind names what a Machine observed.
type EventKind uint8

// Event kinds.
const (
	// EventCommit: a bidder's commit was applied.
	EventCommit EventKind = iota + 1
	// EventReveal: a bidder's reveal was applied (it may still fail
	// clearing's checks; see EventCleared's Result.Rejected).
	EventReveal
	// EventDecline: a provider declined, with Reason.
	EventDecline
	// EventDropped: a message was not applied; Err says why (errors.Is
	// with ErrLate, ErrDuplicate, ErrMismatch, ...).
	EventDropped
	// EventEquivocation: Evidence holds two different signed messages of
	// Peer for one slot; Peer is excluded from the job.
	EventEquivocation
	// EventNoReveal: Peer committed and never revealed (reputation's
	// "reveal missing" observation).
	EventNoReveal
	// EventCleared: the reveal window closed and Result is this peer's
	// clearing.
	EventCleared
	// EventAward: the poster's signed Award arrived and was checked
	// against this peer's clearing: Matches reports whether they agree.
	EventAward
	// EventAwardMissing: the poster sent no award within AwardWaitMs of
	// clearing although the bids allowed one.
	EventAwardMissing
	// EventRecleared: the poster's award carried bids this peer had missed
	// (Award.Bids; Adopted names their bidders) after it had cleared, and
	// Result is its clearing with them, which replaces EventCleared's.
	// Also emitted when the award's bids clear to another award than this
	// peer's own bids did: Result is then the clearing of exactly the
	// award's bids (PROTOCOL.md, "One view").
	EventRecleared
	// EventOmitted: Peer's bid, which this peer holds matched and
	// eligible, ranks within the award's deciding bids but the award was
	// cleared without it (it carries the bids that decide it, and Peer's is
	// not among them). The poster did not hear the bid, or censored it; no
	// one can tell which, so it is an observation of the poster, not a
	// disagreement: this peer clears with the award's bids.
	EventOmitted
)

func (k EventKind) String() string {
	switch k {
	case EventCommit:
		return "commit"
	case EventReveal:
		return "reveal"
	case EventDecline:
		return "decline"
	case EventDropped:
		return "dropped"
	case EventEquivocation:
		return "equivocation"
	case EventNoReveal:
		return "no-reveal"
	case EventCleared:
		return "cleared"
	case EventAward:
		return "award"
	case EventAwardMissing:
		return "award-missing"
	case EventRecleared:
		return "recleared"
	case EventOmitted:
		return "omitted"
	}
	return fmt.Sprintf("EventKind(%d)", uint8(k))
}

// Event is something a Machine observed. Fields beyond Kind, Job and Peer
// are set for the kinds that say so.
type Event struct {
	Kind EventKind
	Job  Hash
	// Peer is the message's signer, or the bidder concerned.
	Peer Address
	// Poster is the job's poster, whose award omitted Peer's bid
	// (EventOmitted).
	Poster Address
	// Msg is the kind of message concerned (drops).
	Msg Kind
	// Err is why a message was dropped.
	Err error
	// Reason is a decline's reason.
	Reason DeclineReason
	// Reveal is the applied reveal (EventReveal).
	Reveal *BidReveal
	// Evidence of an equivocation.
	Evidence *Evidence
	// Result of clearing (EventCleared, EventRecleared).
	Result *Result
	// Adopted are the bidders whose commit or reveal this peer took from
	// the poster's award (EventRecleared).
	Adopted []Address
	// Award is the poster's signed award (EventAward).
	Award *Signed
	// Matches reports whether the poster's award equals this peer's
	// clearing (EventAward). Every follower clears with the announcement's
	// committed quality table, so an honest poster's award always matches
	// where the follower saw the reveals the poster saw.
	Matches bool
	// Deviation is the evidence of an award that does not match
	// (EventAward with Matches false): poster misbehaviour, which anyone
	// can check with Params.CheckAwardEvidence.
	Deviation *AwardEvidence
}

// Ready is what a Machine asks its caller to do.
type Ready struct {
	// Messages are to be signed with the peer's key, published on the job's
	// topic, and stepped back into the machine, in order.
	Messages []Message
	// Events happened, in order.
	Events []Event
}

// Params.AwardWaitMs would make this configurable; a fixed bound is enough:
// the poster signs its award the moment it clears.
const awardWaitMs = 30_000

// Machine is the state of one job's auction on one peer. It is not safe for
// concurrent use.
type Machine struct {
	p        Params
	job      *JobAnnounce
	announce Signed
	seed     Hash // the announcement's EIP-712 digest: the challenge seed
	expect   Hash // the challenge's answer
	cap      *big.Int
	self     Address
	cleared  []Signed // the signed reveals clearing ranked, for evidence

	bidders  map[Address]*bidder
	declines map[Address]*Decline

	offered    bool
	ownReveal  *BidReveal // our sealed bid, once committed
	revealSent bool

	result       *Result  // set at clearing
	award        *Signed  // the poster's award, first seen
	awardBids    []Signed // the bids it carried (Award.Bids), nil if none
	awardChecked bool
	awardSent    bool
	awardMissing bool
	noReveal     map[Address]bool // bidders EventNoReveal was emitted for

	ready Ready
}

// bidder is what one bidder sent. A second, different commit or reveal
// excludes it; the first stays for the evidence.
type bidder struct {
	commit, reveal *Signed
	excluded       bool
}

// New returns the machine of the job announced by announce, for the peer
// self, under domain dom. announce must be verified by the caller (its
// signature recovers to the poster) and pass p.ValidateAnnounce; New checks
// the announcement again and returns ErrBadAnnounce if it fails (a quality
// table that does not hash to the announcement's root among the reasons).
// Bids are ranked at clearing with the announcement's quality table, never
// with this peer's own reputation view: every honest follower computes the
// poster's award.
func New(p Params, dom Domain, announce Signed, self Address) (*Machine, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	job, ok := announce.Msg.(*JobAnnounce)
	if !ok {
		return nil, fmt.Errorf("%w: not a job announcement", ErrBadAnnounce)
	}
	// The deadlines were checked against the clock by the caller when the
	// announcement arrived (ValidateAnnounce); New has no clock.
	if err := p.validateStatic(job); err != nil {
		return nil, err
	}
	seed := dom.Digest(job)
	expect, err := attest.Answer(attest.CPU{}, seed, p.ChallengeN)
	if err != nil {
		return nil, err
	}
	return &Machine{
		p: p, job: job, announce: announce, seed: seed, expect: expect, cap: PriceCap(job),
		self: self, bidders: map[Address]*bidder{}, declines: map[Address]*Decline{},
	}, nil
}

// Job returns the job's announcement.
func (m *Machine) Job() *JobAnnounce { return m.job }

// Announce returns the signed announcement the machine was built from.
func (m *Machine) Announce() Signed { return m.announce }

// Seed returns the seed of the job's GEMM challenge: the announcement's
// EIP-712 digest.
func (m *Machine) Seed() Hash { return m.seed }

// ChallengeN returns the size of the job's GEMM challenge.
func (m *Machine) ChallengeN() int { return m.p.ChallengeN }

// PriceCap returns the job's budget cap per member per step.
func (m *Machine) PriceCap() *big.Int { return new(big.Int).Set(m.cap) }

// Result returns this peer's clearing, or nil before the reveal window
// has closed.
func (m *Machine) Result() *Result { return m.result }

// Award returns the poster's signed award, or nil if none has arrived.
func (m *Machine) Award() *Signed { return m.award }

// commitClose and revealClose are when this peer stops accepting commits
// and reveals; revealOpen is when it starts accepting reveals.
func (m *Machine) commitClose() uint64 { return m.job.CommitDeadlineMs + m.p.ClockGraceMs }
func (m *Machine) revealOpen() uint64  { return m.job.CommitDeadlineMs }
func (m *Machine) revealClose() uint64 { return m.job.RevealDeadlineMs + m.p.ClockGraceMs }

// NextDeadlineMs returns the next time Tick has something to do, or 0 if
// nothing is pending.
func (m *Machine) NextDeadlineMs() uint64 {
	switch {
	case m.ownReveal != nil && !m.revealSent:
		return m.commitClose()
	case m.result == nil:
		return m.revealClose()
	case !m.Done():
		return m.revealClose() + awardWaitMs
	}
	return 0
}

// Done reports whether the auction is over for this peer: cleared, and the
// poster's award checked, or no award possible, or given up on.
func (m *Machine) Done() bool {
	return m.result != nil && (m.awardChecked || m.result.Award == nil || m.awardMissing)
}

func (m *Machine) emit(e Event) {
	e.Job = m.job.JobID
	m.ready.Events = append(m.ready.Events, e)
}

func (m *Machine) send(msg Message) { m.ready.Messages = append(m.ready.Messages, msg) }

func (m *Machine) drop(s Signed, err error) error {
	m.emit(Event{Kind: EventDropped, Peer: s.Msg.Signer(), Msg: s.Msg.Kind(), Err: err})
	return err
}

// Step applies one signed message for this job at nowMs. It returns nil if
// the message was applied, or why not (the same error as the EventDropped
// it emits). An equivocation returns ErrEquivocation: the message was
// applied to the extent of excluding its signer and emitting the evidence.
func (m *Machine) Step(nowMs uint64, s Signed) error {
	if s.Msg == nil {
		return fmt.Errorf("%w: empty message", ErrMalformed)
	}
	if s.Msg.Job() != m.job.JobID {
		return m.drop(s, ErrWrongJob)
	}
	switch msg := s.Msg.(type) {
	case *JobAnnounce:
		if protocol.SameMessage(msg, m.job) {
			return m.drop(s, ErrDuplicate)
		}
		return m.drop(s, ErrConflict)
	case *BidCommit:
		return m.stepCommit(nowMs, s, msg)
	case *BidReveal:
		return m.stepReveal(nowMs, s, msg)
	case *Decline:
		return m.stepDecline(nowMs, s, msg)
	case *Award:
		return m.stepAward(nowMs, s, msg)
	}
	return fmt.Errorf("%w: unknown message %T", ErrMalformed, s.Msg)
}

// slot returns the bidder's state, creating it if there is room.
func (m *Machine) slot(a Address) (*bidder, error) {
	if b, ok := m.bidders[a]; ok {
		return b, nil
	}
	if len(m.bidders) >= m.p.BiddersMax {
		return nil, ErrFull
	}
	b := &bidder{}
	m.bidders[a] = b
	return b, nil
}

// record stores s in *have (first message of the slot), or recognises a
// duplicate, or turns a different second message into evidence.
func (m *Machine) record(b *bidder, have **Signed, s Signed, kind EvidenceKind, applied EventKind) error {
	signer := s.Msg.Signer()
	if b.excluded {
		return m.drop(s, ErrEquivocated)
	}
	if *have == nil {
		*have = &s
		e := Event{Kind: applied, Peer: signer}
		if r, ok := s.Msg.(*BidReveal); ok {
			e.Reveal = r
		}
		m.emit(e)
		return nil
	}
	if protocol.SameMessage((*have).Msg, s.Msg) {
		return m.drop(s, ErrDuplicate)
	}
	b.excluded = true
	ev := &Evidence{Kind: kind, JobID: m.job.JobID, Signer: signer, First: **have, Second: s}
	m.emit(Event{Kind: EventEquivocation, Peer: signer, Msg: s.Msg.Kind(), Evidence: ev, Err: ErrEquivocation})
	return ErrEquivocation
}

func (m *Machine) stepCommit(nowMs uint64, s Signed, c *BidCommit) error {
	switch {
	case c.Bidder == m.job.Poster:
		return m.drop(s, ErrPosterBid)
	case nowMs >= m.commitClose():
		return m.drop(s, fmt.Errorf("%w: commit %d ms after the commit deadline", ErrLate, nowMs-m.job.CommitDeadlineMs))
	}
	b, err := m.slot(c.Bidder)
	if err != nil {
		return m.drop(s, err)
	}
	if err := m.record(b, &b.commit, s, EvidenceCommit, EventCommit); err != nil {
		return err
	}
	// A reveal that arrived first (possible within the grace) is checked
	// now that its commit is known.
	if b.reveal != nil && b.reveal.Msg.(*BidReveal).Commitment() != c.Commitment {
		m.emit(Event{Kind: EventDropped, Peer: c.Bidder, Msg: KindReveal, Err: ErrMismatch})
	}
	return nil
}

func (m *Machine) stepReveal(nowMs uint64, s Signed, r *BidReveal) error {
	switch {
	case r.Bidder == m.job.Poster:
		return m.drop(s, ErrPosterBid)
	case nowMs < m.revealOpen():
		return m.drop(s, fmt.Errorf("%w: reveal %d ms before the commit deadline", ErrEarly, m.revealOpen()-nowMs))
	case nowMs >= m.revealClose():
		return m.drop(s, fmt.Errorf("%w: reveal %d ms after the reveal deadline", ErrLate, nowMs-m.job.RevealDeadlineMs))
	}
	b, err := m.slot(r.Bidder)
	if err != nil {
		return m.drop(s, err)
	}
	// A reveal that does not open the commit is kept, not forgotten: it can
	// never win, and a second reveal from the same key is then evidence.
	if b.commit != nil && b.reveal == nil && !b.excluded && r.Commitment() != b.commit.Msg.(*BidCommit).Commitment {
		b.reveal = &s
		return m.drop(s, ErrMismatch)
	}
	return m.record(b, &b.reveal, s, EvidenceReveal, EventReveal)
}

func (m *Machine) stepDecline(nowMs uint64, s Signed, d *Decline) error {
	if nowMs >= m.revealClose() {
		return m.drop(s, fmt.Errorf("%w: decline after the reveal deadline", ErrLate))
	}
	if prev, ok := m.declines[d.Provider]; ok {
		if *prev == *d {
			return m.drop(s, ErrDuplicate)
		}
		return m.drop(s, ErrConflict)
	}
	if len(m.declines) >= m.p.BiddersMax {
		return m.drop(s, ErrFull)
	}
	m.declines[d.Provider] = d
	m.emit(Event{Kind: EventDecline, Peer: d.Provider, Reason: d.Reason})
	return nil
}

// ErrBadAward reports an award that cannot be right whatever the bids: it
// names the wrong number of winners, repeats a peer, or pays above the cap.
var ErrBadAward = errors.New("auction: invalid award")

func (m *Machine) stepAward(nowMs uint64, s Signed, a *Award) error {
	switch {
	case a.Poster != m.job.Poster:
		return m.drop(s, ErrNotPoster)
	case nowMs < m.job.RevealDeadlineMs:
		return m.drop(s, fmt.Errorf("%w: award before the reveal deadline", ErrEarly))
	}
	if m.award != nil {
		if protocol.SameMessage(m.award.Msg, a) {
			return m.drop(s, ErrDuplicate)
		}
		return m.drop(s, ErrConflict)
	}
	if err := m.checkAward(a); err != nil {
		return m.drop(s, err)
	}
	adopted := m.adopt(a.Bids)
	if len(a.Bids) > 0 {
		m.awardBids = slices.Clone(a.Bids)
	}
	if m.result != nil && (len(adopted) > 0 || m.awardBids != nil) {
		// Cleared without some of the bids the award was cleared with
		// (missed while offline, or lost), or with a bid the poster did
		// not clear with: clear again with exactly the award's bids, so
		// that this peer's clearing is the poster's whenever it holds the
		// award.
		m.reclear(adopted)
	}
	// The award is kept (and handed on in events) without its bids: they
	// are for followers' clearing, not part of what the poster signed.
	kept := *a
	kept.Bids = nil
	s.Msg = &kept
	m.award = &s
	m.compareAward()
	return nil
}

// adopt takes the commits and reveals an award carries (Award.Bids) into
// the bidders' slots this peer has empty, whatever their deadlines: each
// is signed by its bidder (the wire layer checked), so the poster can only
// pass on what a bidder sent; a reveal is still matched to its commit at
// clearing, and one that differs from what this peer holds is evidence of
// the bidder's equivocation as if gossip had brought it. It returns the
// bidders whose slots it filled.
func (m *Machine) adopt(bids []Signed) []Address {
	var got []Address
	for _, s := range bids {
		var b *bidder
		var have **Signed
		var kind EvidenceKind
		var applied EventKind
		switch msg := s.Msg.(type) {
		case *BidCommit:
			if msg.JobID != m.job.JobID || msg.Bidder == m.job.Poster {
				continue
			}
			var err error
			if b, err = m.slot(msg.Bidder); err != nil {
				continue
			}
			have, kind, applied = &b.commit, EvidenceCommit, EventCommit
		case *BidReveal:
			if msg.JobID != m.job.JobID || msg.Bidder == m.job.Poster {
				continue
			}
			var err error
			if b, err = m.slot(msg.Bidder); err != nil {
				continue
			}
			have, kind, applied = &b.reveal, EvidenceReveal, EventReveal
		default:
			continue
		}
		if *have != nil && protocol.SameMessage((*have).Msg, s.Msg) {
			continue
		}
		filled := *have == nil && !b.excluded
		if m.record(b, have, s, kind, applied) == nil && filled {
			if a := s.Msg.Signer(); !slices.Contains(got, a) {
				got = append(got, a)
			}
		}
	}
	return got
}

// reclear clears again with the award's bids, after adopt filled slots of
// the bidders adopted; it emits EventRecleared if bidders were adopted or
// the clearing changed.
func (m *Machine) reclear(adopted []Address) {
	res, cleared := m.setClearing()
	if res == nil {
		return
	}
	if len(adopted) == 0 && EqualAwards(res.Award, m.result.Award) {
		return
	}
	m.omitted(res, cleared)
	m.result, m.cleared = res, cleared
	m.emit(Event{Kind: EventRecleared, Result: res, Adopted: adopted})
}

// setClearing clears with exactly the bids the poster's award carried
// (awardBids): each bidder's carried commit and reveal, matched, whatever
// this peer holds for that bidder. Clearing depends only on the members'
// bids and the one ranked right after them (Clear), which are what an
// honest award carries, so this is the poster's clearing; a bid this peer
// holds outside them is the poster's omission (EventOmitted). It returns
// nil if the award carried no bids.
func (m *Machine) setClearing() (*Result, []Signed) {
	if m.awardBids == nil {
		return nil, nil
	}
	type pair struct{ commit, reveal *Signed }
	byBidder := map[Address]*pair{}
	var order []Address
	for i := range m.awardBids {
		s := &m.awardBids[i]
		a := s.Msg.Signer()
		p := byBidder[a]
		if p == nil {
			p = &pair{}
			byBidder[a] = p
			order = append(order, a)
		}
		switch s.Msg.(type) {
		case *BidCommit:
			if p.commit == nil {
				p.commit = s
			}
		case *BidReveal:
			if p.reveal == nil {
				p.reveal = s
			}
		}
	}
	slices.SortFunc(order, func(a, b Address) int { return bytes.Compare(a[:], b[:]) })
	var reveals []*BidReveal
	var cleared []Signed
	var rejected []Rejected
	for _, a := range order {
		p := byBidder[a]
		switch {
		case p.commit == nil || p.reveal == nil:
			rejected = append(rejected, Rejected{Bidder: a, Err: fmt.Errorf("%w: the award carries its commit or reveal alone", ErrUnmatched)})
		case p.reveal.Msg.(*BidReveal).Commitment() != p.commit.Msg.(*BidCommit).Commitment:
			rejected = append(rejected, Rejected{Bidder: a, Err: ErrMismatch})
		default:
			reveals = append(reveals, p.reveal.Msg.(*BidReveal))
			cleared = append(cleared, *p.reveal)
		}
	}
	res := m.p.Clear(m.job, reveals, m.expect)
	res.Rejected = append(res.Rejected, rejected...)
	slices.SortStableFunc(res.Rejected, func(a, b Rejected) int { return bytes.Compare(a.Bidder[:], b.Bidder[:]) })
	return res, cleared
}

// omitted emits EventOmitted for each bid this peer holds, matched and
// eligible, that the award's bids (carried: the reveals set cleared with)
// lack and that would have ranked among them within the members and the
// bid after them: a bid that would have changed the award had the poster
// cleared with it. A bid that would rank below all of those changes
// nothing and is no omission.
func (m *Machine) omitted(set *Result, carried []Signed) {
	in := map[Address]bool{}
	for _, s := range carried {
		in[s.Msg.Signer()] = true
	}
	addrs := make([]Address, 0, len(m.bidders))
	for a, b := range m.bidders {
		if !in[a] && !b.excluded && b.commit != nil && b.reveal != nil {
			addrs = append(addrs, a)
		}
	}
	slices.SortFunc(addrs, func(a, b Address) int { return bytes.Compare(a[:], b[:]) })
	deciding := int(m.job.GroupSize) + m.p.StandbysMax // positions 0..deciding change the award
	for _, a := range addrs {
		b := m.bidders[a]
		r := b.reveal.Msg.(*BidReveal)
		if r.Commitment() != b.commit.Msg.(*BidCommit).Commitment || m.p.Eligible(m.job, r, m.expect, m.cap) != nil {
			continue
		}
		me := Ranked{Reveal: r, QualityPPM: m.p.QualityOf(m.job, a), Tie: TieHash(m.job.JobID, a)}
		before := 0
		for i := range set.Ranked {
			if adjustedLess(&set.Ranked[i], &me) < 0 {
				before++
			}
		}
		if before <= deciding {
			m.emit(Event{Kind: EventOmitted, Peer: a, Poster: m.job.Poster})
		}
	}
}

// decisiveBids are the signed commits and reveals of res's members and of
// the bid ranked right after them: every bid the award's winners,
// standbys and prices depend on (Clear), which an award carries.
func (m *Machine) decisiveBids(res *Result) []Signed {
	n := min(len(res.Ranked), len(res.Award.Winners)+len(res.Award.Standbys)+1)
	out := make([]Signed, 0, 2*n)
	for _, r := range res.Ranked[:n] {
		b := m.bidders[r.Reveal.Bidder]
		out = append(out, *b.commit, *b.reveal)
	}
	return out
}

func (m *Machine) checkAward(a *Award) error {
	if len(a.Winners) != int(m.job.GroupSize) {
		return fmt.Errorf("%w: %d winners for %d seats", ErrBadAward, len(a.Winners), m.job.GroupSize)
	}
	if len(a.Standbys) > m.p.StandbysMax {
		return fmt.Errorf("%w: %d standbys, max %d", ErrBadAward, len(a.Standbys), m.p.StandbysMax)
	}
	if len(a.Prices) != len(a.Winners)+len(a.Standbys) {
		return fmt.Errorf("%w: %d prices for %d members", ErrBadAward, len(a.Prices), len(a.Winners)+len(a.Standbys))
	}
	for i, price := range a.Prices {
		if !protocol.FitsUint256(price) || price.Cmp(m.cap) > 0 {
			return fmt.Errorf("%w: member %d's price %v above the cap %v", ErrBadAward, i, price, m.cap)
		}
	}
	seen := map[Address]bool{m.job.Poster: true}
	for _, w := range append(slices.Clone(a.Winners), a.Standbys...) {
		if seen[w] {
			return fmt.Errorf("%w: %v listed twice or is the poster", ErrBadAward, w)
		}
		seen[w] = true
	}
	return nil
}

// compareAward checks the poster's award against our clearing once both
// exist.
func (m *Machine) compareAward() {
	if m.award == nil || m.result == nil || m.awardChecked {
		return
	}
	m.awardChecked = true
	e := Event{Kind: EventAward, Peer: m.job.Poster, Award: m.award, Matches: EqualAwards(m.award.Msg.(*Award), m.result.Award)}
	if !e.Matches && m.p.deviation(m.job, m.expect, m.clearedReveals(), m.award.Msg.(*Award)) == nil {
		// Every input to clearing is in the signed announcement (its
		// table) and the signed reveals: an award no set of them the
		// poster may have seen clears to is the poster's doing, and this
		// is the proof. A mismatch short of that (this peer saw a reveal
		// the poster may not have) proves nothing.
		e.Deviation = &AwardEvidence{Announce: m.announce, Reveals: slices.Clone(m.cleared), Award: *m.award}
	}
	m.emit(e)
}

// Offer is a provider's decision on this job at nowMs: it declines (a
// Decline to sign) or bids its price floor (a BidCommit to sign now; the
// BidReveal follows from Tick once the commit window has closed
// everywhere). o.Attestation must answer the job's challenge (Seed,
// ChallengeN).
func (m *Machine) Offer(nowMs uint64, o Offer) error {
	switch {
	case m.offered:
		return ErrAlreadyOffered
	case m.self == m.job.Poster:
		return ErrPosterBid
	case nowMs >= m.job.CommitDeadlineMs:
		return fmt.Errorf("%w: the commit deadline has passed", ErrLate)
	}
	m.offered = true
	if reason := Decide(m.job, &o); reason != 0 {
		m.send(&Decline{JobID: m.job.JobID, Provider: m.self, Reason: reason})
		return nil
	}
	if o.Attestation != m.expect {
		return fmt.Errorf("%w: the offer's attestation does not answer this job's challenge", ErrIneligible)
	}
	price := new(big.Int)
	if o.PriceFloor != nil {
		price.Set(o.PriceFloor)
	}
	m.ownReveal = &BidReveal{
		JobID: m.job.JobID, Bidder: m.self, PricePerStep: price, Throughput: o.Throughput,
		VRAMBytes: o.VRAMBytes, LatencyMs: o.LatencyMs, Attestation: o.Attestation, Salt: o.Salt,
	}
	m.send(&BidCommit{JobID: m.job.JobID, Bidder: m.self, Commitment: m.ownReveal.Commitment()})
	return nil
}

// Tick advances time to nowMs: it reveals our bid once every peer has
// closed its commit window, clears once the reveal window has closed, and
// gives up on the poster's award after a while.
func (m *Machine) Tick(nowMs uint64) {
	if m.ownReveal != nil && !m.revealSent && nowMs >= m.commitClose() && nowMs < m.revealClose() {
		m.revealSent = true
		m.send(m.ownReveal)
	}
	if m.result == nil && nowMs >= m.revealClose() {
		m.clear()
	}
	if m.result != nil && m.result.Award != nil && m.award == nil && !m.awardMissing && nowMs >= m.revealClose()+awardWaitMs {
		m.awardMissing = true
		m.emit(Event{Kind: EventAwardMissing, Peer: m.job.Poster})
	}
}

// clear matches reveals to commits and runs the clearing rule on the bids
// this peer holds (EventCleared, whose observations of the bidders are this
// peer's own), then, if the poster's award has already come with its bids,
// clears with exactly those (reclear).
func (m *Machine) clear() {
	addrs := make([]Address, 0, len(m.bidders))
	for a := range m.bidders {
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, func(a, b Address) int { return bytes.Compare(a[:], b[:]) })
	var reveals []*BidReveal
	var rejected []Rejected
	for _, a := range addrs {
		b := m.bidders[a]
		switch {
		case b.excluded:
			rejected = append(rejected, Rejected{Bidder: a, Err: ErrEquivocation})
		case b.commit == nil:
			rejected = append(rejected, Rejected{Bidder: a, Err: fmt.Errorf("%w: reveal without a commit", ErrUnmatched)})
		case b.reveal == nil:
			rejected = append(rejected, Rejected{Bidder: a, Err: fmt.Errorf("%w: committed, never revealed", ErrUnmatched)})
			if !m.noReveal[a] {
				if m.noReveal == nil {
					m.noReveal = map[Address]bool{}
				}
				m.noReveal[a] = true
				m.emit(Event{Kind: EventNoReveal, Peer: a})
			}
		default:
			r := b.reveal.Msg.(*BidReveal)
			if r.Commitment() != b.commit.Msg.(*BidCommit).Commitment {
				rejected = append(rejected, Rejected{Bidder: a, Err: ErrMismatch})
				continue
			}
			reveals = append(reveals, r)
			m.cleared = append(m.cleared, *b.reveal)
		}
	}
	res := m.p.Clear(m.job, reveals, m.expect)
	res.Rejected = append(res.Rejected, rejected...)
	slices.SortStableFunc(res.Rejected, func(a, b Rejected) int { return bytes.Compare(a.Bidder[:], b.Bidder[:]) })
	m.result = res
	m.emit(Event{Kind: EventCleared, Result: res})
	// The award came first (it may, within the clock grace): this peer's
	// clearing is that of the award's bids.
	m.reclear(nil)
	if m.self == m.job.Poster && res.Award != nil && !m.awardSent {
		m.awardSent = true
		// The award carries the bids that decide it, so that a follower
		// that missed some clears with them (adopt).
		sent := *res.Award
		sent.Bids = m.decisiveBids(res)
		m.send(&sent)
	}
	m.compareAward()
}

// clearedReveals are the reveals clearing ranked or rejected as ineligible.
func (m *Machine) clearedReveals() []*BidReveal {
	out := make([]*BidReveal, len(m.cleared))
	for i, s := range m.cleared {
		out[i] = s.Msg.(*BidReveal)
	}
	return out
}

// HasReady reports whether Ready has anything.
func (m *Machine) HasReady() bool { return len(m.ready.Messages)+len(m.ready.Events) > 0 }

// Ready returns the messages to sign and send and the events since the last
// Advance. Call Advance once they are handled.
func (m *Machine) Ready() Ready { return m.ready }

// Advance clears what Ready returned.
func (m *Machine) Advance() { m.ready = Ready{} }

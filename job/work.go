package job

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// Verified work in the machine (PROTOCOL.md, "Verified work"): every peer
// of the job derives each period's audit sample from the group's receipts;
// a verifier is asked to recompute the pairs assigned to it and publishes
// its audits; evidence of a mismatch is re-checked by every other member
// of the award and the poster; a quorum of confirmations convicts. The
// poster slashes the convict, pays it nothing for the job (CreditCap) and
// pays verifiers per valid audit.

// Bounds on what the machine keeps of verified work, against a flood of
// messages from the topic: a job has at most a few thousand periods and a
// group of at most a few dozen members.
const (
	seedsMax        = 4096
	auditsMax       = 1 << 16
	pendingAuditMax = 4096
	evidenceMax     = 64
	attestKeysMax   = 64
)

// DefaultQuorumBps is the contract's default quorum share (two thirds),
// used when Config.QuorumBps is 0.
const DefaultQuorumBps = 6666

// period is one sampled receipt period: its end step, seeds (each member
// of the seed group's from the others' receipts: Seeds) and the seed
// group: the members whose receipts for end made the seeds, in award
// order, and those receipts' signatures (the book keeps a member's latest
// receipts only; a late receipt re-seeds the period from them: resample).
type period struct {
	end   uint64
	seeds Seeds
	ring  []Address
	sigs  [][protocol.SignatureLen]byte
}

// auditRec is an audit the poster validated: the pair was drawn and
// assigned to its verifier.
type auditRec struct {
	verifier Address
	ok       bool
}

// evidenceRec is work evidence this peer has seen.
type evidenceRec struct {
	ev        *protocol.WorkEvidence
	rechecked bool // a Recheck is out or answered
	refuted   bool
}

// work is the machine's verified-work state.
type work struct {
	periods   []period // by end step
	verifying map[Pair]bool
	audits    map[Pair]auditRec // posters
	pending   []protocol.Audit  // posters: audits whose period has no seed yet
	evidence  map[Hash]*evidenceRec
	attests   map[protocol.FaultAttestation]map[Address][protocol.SignatureLen]byte
	convicted map[Address]Convicted
	capped    map[Address]bool // posters: the cap is in the credits settled or challenged
	backups   []backupSlash    // members and standbys: convictions to slash if the poster does not (backup.go)
	// awaited are the audits a poster whose training is over waits for
	// before it settles (phaseAudits), each pair with its verifier; owed
	// the receipts it waits for (owes), as (member, step).
	awaited map[Pair]Address
	owed    []Pair
	// rested is the last receipt step held when this peer's part in the
	// training ended and it sampled the periods left (seedRest): a
	// period up to it that it could not sample then (a receipt owed) is
	// sampled as seedRest would once its receipt comes.
	rested uint64
	// declined are the pairs whose verifier declined its audit (posters:
	// not awaited, unpaid unless the audit comes after all), and
	// pendingDeclines the declines whose period has no seed yet.
	declined        map[Pair]Address
	pendingDeclines []Decline
	// refused are the audits a poster refused as not drawn, judged
	// again when their period is re-seeded (rejudge).
	refused []protocol.Audit
}

func newWork() work {
	return work{verifying: map[Pair]bool{}, audits: map[Pair]auditRec{}, evidence: map[Hash]*evidenceRec{},
		attests:   map[protocol.FaultAttestation]map[Address][protocol.SignatureLen]byte{},
		convicted: map[Address]Convicted{}, capped: map[Address]bool{}, declined: map[Pair]Address{}}
}

func (m *Machine) rateBps() uint32 {
	if m.cfg.AuditRateBps == 0 {
		return DefaultRateBps(m.cfg.LocalSteps)
	}
	return m.cfg.AuditRateBps
}

// leaves says which steps of the job have leaves, the steps sampled.
func (m *Machine) leaves() Leaves { return Leaves{Steps: m.cfg.Job.Steps, Local: m.cfg.LocalSteps} }

func (m *Machine) quorum() int {
	bps := m.cfg.QuorumBps
	if bps == 0 {
		bps = DefaultQuorumBps
	}
	return max(QuorumOf(m.cfg.Job.GroupSize, bps), 1)
}

// periodStart is the first step of member's period that ends at end: the
// step after its previous receipt held, or after the step it started
// training from (Book.Base: 0 for a winner).
func (m *Machine) periodStart(member Address, end uint64) uint64 {
	start := m.book.Base(member) + 1
	for _, s := range m.book.perStep[member] {
		if s < end && s+1 > start {
			start = s + 1
		}
	}
	// The receipts held may lack the member's previous one (gossip
	// delivers out of order; TestVerifiedWork under load had the last
	// step's receipts before the first three periods'): its period still
	// starts after the scheduled end before end, where it closed its
	// commitment. Without this its earlier steps were asked under this
	// receipt, whose commitment has no leaf for them ("no leaf at step
	// 11 in the period ending at step 40"), and never again.
	if e := m.cfg.ReceiptEvery; e > 0 && end > 0 {
		start = max(start, (end-1)/e*e+1)
	}
	// A winner that rejoined after a restart trained nothing in its gaps:
	// its receipt's commitment has leaves from the step after it on only.
	for _, g := range m.book.Gaps(member) {
		if g.Through < end {
			start = max(start, g.Through+1)
		}
	}
	return start
}

// seedGroup returns who is expected to seed the period ending at step:
// the members of the award that were training before it, the winners
// (from step 1) and the standbys called in with a receipt for an earlier
// step. A standby whose first receipt is for step itself is sampled in
// the period (trainers) but is not one of its seed group: the others'
// followers could not tell whether its receipt is still on its way. A
// convict is in it as any member is where its receipt for step is held
// or owed (owes: it holds a later one), so that the seed does not depend
// on whether the conviction came before that receipt (followers on either
// side of it drew different samples); a convict without one is left out,
// so that the group does not wait for a receipt an expelled member never
// signs (the period closing, or the finish grace): if it comes after all,
// it re-seeds the period as any late receipt does (resample).
func (m *Machine) seedGroup(step uint64) []Address {
	var out []Address
	for _, a := range m.award.Members() {
		if slices.Contains(out, a) {
			continue
		}
		if _, bad := m.w.convicted[a]; bad {
			if _, held := m.book.Get(a, step); !held && !m.owes(a, step) {
				continue
			}
		}
		if m.award.IndexOf(a) < len(m.award.Winners) || (m.book.First(a) != 0 && m.book.First(a) < step) {
			out = append(out, a)
		}
	}
	return out
}

// unconvicted returns the award's members, once each and in award order,
// that are not convicted and satisfy keep.
func (m *Machine) unconvicted(keep func(Address) bool) []Address {
	var out []Address
	for _, a := range m.award.Members() {
		if _, bad := m.w.convicted[a]; bad || slices.Contains(out, a) {
			continue
		}
		if keep(a) {
			out = append(out, a)
		}
	}
	return out
}

// allFinished reports whether the training is over for certain: every
// winner receipted the last step, and so did every standby of the last
// period's seed group (called into the ring earlier). Waiting for those
// standbys too keeps the last period's seed, taken when a peer's part in
// the training ends, the same at every follower.
func (m *Machine) allFinished() bool {
	if m.book.Finished() != len(m.award.Winners) {
		return false
	}
	for _, a := range m.seedGroup(m.cfg.Job.Steps) {
		if _, ok := m.book.Get(a, m.cfg.Job.Steps); !ok {
			return false
		}
	}
	return true
}

// trainers returns the members the period ending at step samples: every
// member of the award not convicted with a receipt for step (it trained
// in the period), winners and called-in standbys alike.
func (m *Machine) trainers(step uint64) []Address {
	return m.unconvicted(func(a Address) bool {
		_, ok := m.book.Get(a, step)
		return ok
	})
}

// owes reports whether a lacks its receipt for step although it surely
// signed one: it holds a receipt for a later step, and step is not in the
// gap of a winner that rejoined after a restart (Book.Gaps). A member
// trains and receipts in step order, so the receipt is on its way
// (gossip delivers out of order). Where the book no longer holds a's
// receipts that old (ReceiptsPerMemberMax), nothing is said.
func (m *Machine) owes(a Address, step uint64) bool {
	if _, ok := m.book.Get(a, step); ok || m.book.Latest(a) <= step {
		return false
	}
	if held := m.book.perStep[a]; len(held) >= ReceiptsPerMemberMax && held[0] > step {
		return false
	}
	if m.book.InGap(a, step) {
		return false
	}
	return true
}

// owesScheduled is owes for a step the recipe schedules a receipt at
// (Config.ReceiptEvery; unknown, nothing is said): every member signs
// one there, so the receipt will come, and a peer whose part in the
// training is over waits for it before it samples the period (seedEnd; a
// poster before it settles, awaitAudits).
func (m *Machine) owesScheduled(a Address, step uint64) bool {
	e := m.cfg.ReceiptEvery
	return e > 0 && (step%e == 0 || step == m.cfg.Job.Steps) && m.owes(a, step)
}

// closed reports whether the period ending at step can be seeded although
// some of its seed group never receipted it (it left the ring: missed
// steps, a crash): every member that receipted step has receipted a later
// one, or two later receipt steps exist. Either way the group has trained
// on for a whole period after step, so the receipts for step that the
// seed takes are, at every follower, those signed at step: a receipt
// arrives well within a period (PROTOCOL.md, "Verified work"). Not while
// a member of the seed group that lacks its receipt for step holds a
// later one: it trained through step, so it signed that receipt, which
// gossip has delivered out of order (seen under load: a member's step-8
// receipt after its step-12 one) and which is on its way; a seed taken
// without it has another seed and ring than the other followers'.
// Later steps only this peer receipted say nothing of how gossip goes: a
// member files its own receipts as it signs them, and one whose training
// ran ahead of the others' receipts closed its periods from its own
// receipt alone, and was asked every other member's drawn pairs
// (TestMeasuredRingOrder: a ring of four, 12 steps in 0.1 s). A closed
// period is a guess either way: a receipt for it that comes later
// re-seeds it (resample).
func (m *Machine) closed(step uint64) bool {
	for _, a := range m.seedGroup(step) {
		if m.owes(a, step) {
			return false
		}
	}
	after := m.afterOthers(step)
	if after >= 2 {
		return true
	}
	if after == 0 {
		return false
	}
	for _, a := range m.trainers(step) {
		if m.book.Latest(a) <= step {
			return false
		}
	}
	return true
}

// afterOthers returns how many distinct steps after step members other
// than this peer receipted (Book.After, less this peer's own receipts).
func (m *Machine) afterOthers(step uint64) int {
	if m.book.IndexOf(m.cfg.Self) < 0 {
		return m.book.After(step)
	}
	var later []uint64
	for _, a := range m.award.Members() {
		if a == m.cfg.Self {
			continue
		}
		for _, s := range m.book.perStep[a] {
			if s > step && !slices.Contains(later, s) {
				later = append(later, s)
				if len(later) >= 2 {
					return len(later)
				}
			}
		}
	}
	return len(later)
}

// trySeed derives the sample of each period it can once the receipt for
// step came: the period ending at step once its whole seed group has
// receipted it, and earlier periods a member left that are now closed; a
// receipt for a period already seeded re-seeds it if its member is of the
// period's seed group and its receipt was not among the seed's (resample),
// and adds its member's pairs (a standby called in during the period).
func (m *Machine) trySeed(now uint64, step uint64) {
	m.resample(now, step)
	if i := m.periodAt(step); i >= 0 {
		if m.cfg.Role != RolePoster {
			m.assign(m.w.periods[i])
		}
		m.revalidate(now) // audits of this member's pairs may be waiting for its receipt
		return
	}
	when := func(e uint64) seedWhen {
		if e <= m.w.rested {
			return seedEnd
		}
		return seedClosed
	}
	m.seed(now, step, when(step))
	for _, e := range m.book.Ends() {
		if e >= step {
			break
		}
		if m.periodAt(e) < 0 && (e <= m.w.rested || m.closed(e)) {
			m.seed(now, e, when(e))
		}
	}
}

// periodAt returns the index of the sampled period ending at step, or -1.
func (m *Machine) periodAt(step uint64) int {
	i, ok := slices.BinarySearchFunc(m.w.periods, step, func(p period, s uint64) int { return cmpUint(p.end, s) })
	if !ok {
		return -1
	}
	return i
}

// seedWhen says which periods seed samples without the receipt of every
// member of their seed group.
type seedWhen uint8

const (
	// seedClosed: only closed ones (trySeed, while the training runs).
	seedClosed seedWhen = iota
	// seedEnd: this peer's part in the training is over (seedRest): any
	// period, except one that a member of its seed group owes its
	// receipt for (owesScheduled): that receipt is on its way, and a
	// seed taken without it has another seed and ring than at the
	// followers it reached first. The period is sampled when it comes
	// (trySeed).
	seedEnd
	// seedForce: a poster that stops samples what it holds.
	seedForce
)

// seedRest samples, once this peer's part in the training is over, every
// period still unsampled because a member of its seed group never
// receipted it and the job ended before the period closed (with
// seedEnd, not those a member owes its receipt for). Receipts are
// re-sent until the job is paid, so every peer of the job has the same
// ones by then, and a late one re-seeds its period (resample).
func (m *Machine) seedRest(now uint64, when seedWhen) {
	for _, s := range m.book.Ends() {
		m.w.rested = max(m.w.rested, s)
		m.seed(now, s, when)
	}
}

// seed derives the sample of the period ending at step from the receipts
// of its seed group: of all of them, or, once the period is closed (or
// at the end: when), of those that receipted it.
func (m *Machine) seed(now uint64, step uint64, when seedWhen) {
	if m.periodAt(step) >= 0 || len(m.w.periods) >= seedsMax {
		return
	}
	var ring []Address
	var sigs [][protocol.SignatureLen]byte
	complete, owed := true, false
	for _, a := range m.seedGroup(step) {
		r, ok := m.book.Get(a, step)
		if !ok {
			complete = false
			owed = owed || m.owesScheduled(a, step)
			continue
		}
		ring = append(ring, a)
		sigs = append(sigs, r.Sig)
	}
	ring, sigs = m.unequivocated(step, ring, sigs)
	switch {
	case len(ring) == 0:
		return
	case complete, when == seedForce, when == seedEnd && !owed:
	case !m.closed(step):
		return
	}
	p, ok := m.newPeriod(step, ring, sigs)
	if !ok {
		return
	}
	i, _ := slices.BinarySearchFunc(m.w.periods, step, func(p period, s uint64) int { return cmpUint(p.end, s) })
	m.w.periods = slices.Insert(m.w.periods, i, p)
	m.sampled(now, p)
}

// newPeriod seeds the period ending at step from the receipts of ring
// (their signatures sigs): PeriodSeeds.
func (m *Machine) newPeriod(step uint64, ring []Address, sigs [][protocol.SignatureLen]byte) (period, bool) {
	rs := make([]Receipt, len(ring))
	for i, a := range ring {
		rs[i] = Receipt{StepReceipt: protocol.StepReceipt{JobID: m.cfg.Job.JobID, Member: a, Step: step}, Sig: sigs[i]}
	}
	seeds, err := PeriodSeeds(m.cfg.Job.JobID, step, rs)
	if err != nil {
		return period{}, false
	}
	return period{end: step, seeds: seeds, ring: ring, sigs: sigs}, true
}

// sampled acts on a period just seeded or re-seeded: a verifier is asked
// for its pairs; the audits waiting for a seed are filed again.
func (m *Machine) sampled(now uint64, p period) {
	if m.cfg.Role != RolePoster {
		m.assign(p)
	}
	m.revalidate(now)
}

// resample re-seeds each sampled period ending at or after step whose
// seed group (seedGroup) now holds receipts for its end that its seed did
// not take, or whose seed took a receipt of a slot now known equivocated
// (unequivocated): it was seeded before they came (closed, or at the end
// of this peer's part in the training), from other receipts than the
// followers that got them in time. The new seed takes them too, and
// leaves the equivocated slot out, so every follower ends with the seed
// of the receipts signed for the period, whatever order they (and a
// member's two receipts for one step) arrived in (job golden scripts
// late-receipt, equivocated-receipt; TestSampleOrder). A receipt for
// step can change the periods from step on: its own, and, a standby's
// first, those it now seeds. A verifier is asked for the pairs of the
// new sample (those of the old one it was asked are answered as they
// come, and unpaid); a poster files the audits it holds of the period
// anew.
func (m *Machine) resample(now uint64, step uint64) {
	for i := range m.w.periods {
		p := m.w.periods[i]
		if p.end < step {
			continue
		}
		var ring []Address
		var sigs [][protocol.SignatureLen]byte
		for _, a := range m.seedGroup(p.end) {
			if j := slices.Index(p.ring, a); j >= 0 && p.sigs[j] != noSig {
				ring, sigs = append(ring, a), append(sigs, p.sigs[j])
			} else if r, ok := m.book.Get(a, p.end); ok {
				ring, sigs = append(ring, a), append(sigs, r.Sig)
			}
		}
		// Members of the old ring convicted since stay in it: a
		// conviction never takes a receipt out of a seed.
		for j, a := range p.ring {
			if !slices.Contains(ring, a) && p.sigs[j] != noSig {
				ring, sigs = append(ring, a), append(sigs, p.sigs[j])
			}
		}
		ring, sigs = m.awardOrder(ring, sigs)
		ring, sigs = m.unequivocated(p.end, ring, sigs)
		if slices.Equal(ring, p.ring) && slices.Equal(sigs, p.sigs) {
			continue
		}
		np, ok := m.newPeriod(p.end, ring, sigs)
		if !ok {
			continue
		}
		m.w.periods[i] = np
		why := "a receipt for it came after its sample"
		if len(ring) < len(p.ring) || slices.Contains(sigs, noSig) {
			why = "a member signed two receipts for it"
		}
		m.event(Event{Kind: EventResampled, Step: p.end,
			Text: fmt.Sprintf("resampled the period ending at step %d: seeded by %d receipts, not %d (%s)", p.end, signed(sigs), signed(p.sigs), why)})
		if m.cfg.Role == RolePoster {
			m.refile(i)
			m.rejudge(now, i)
		}
		m.sampled(now, np)
	}
}

// noSig stands, in a seed, for the signature of a receipt whose slot its
// member equivocated, where every receipt the seed would take is of such
// a slot (unequivocated).
var noSig [protocol.SignatureLen]byte

// signed counts the signatures of sigs that are not noSig.
func signed(sigs [][protocol.SignatureLen]byte) int {
	n := 0
	for _, s := range sigs {
		if s != noSig {
			n++
		}
	}
	return n
}

// unequivocated takes out of ring (and sigs) the members that signed two
// different receipts for end (Book.Equivocated): followers hold whichever
// came first, so a seed with either would differ between them; without
// both, every follower that holds them both, or another's evidence of
// them (PeerEquivocation, gossiped by the first follower that holds
// both), takes the same seed. What the equivocator gains is the seed
// without its receipt, which withholding its receipt past the period's
// closing gives it already (PROTOCOL.md, "Verified work"): a third
// receipt changes nothing. Where every member left is an equivocator,
// they stay, each with noSig for its signature: the period is sampled
// still, with a seed its members could foresee (a seed group of one
// steers its seed anyway, through its own commitment).
func (m *Machine) unequivocated(end uint64, ring []Address, sigs [][protocol.SignatureLen]byte) ([]Address, [][protocol.SignatureLen]byte) {
	var r2 []Address
	var s2 [][protocol.SignatureLen]byte
	for i, a := range ring {
		if !m.book.Equivocated(a, end) {
			r2, s2 = append(r2, a), append(s2, sigs[i])
		}
	}
	if len(r2) > 0 || len(ring) == 0 {
		return r2, s2
	}
	s2 = make([][protocol.SignatureLen]byte, len(ring))
	return ring, s2
}

// awardOrder sorts ring (and its signatures) into award order.
func (m *Machine) awardOrder(ring []Address, sigs [][protocol.SignatureLen]byte) ([]Address, [][protocol.SignatureLen]byte) {
	idx := make([]int, len(ring))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return m.award.IndexOf(ring[x]) - m.award.IndexOf(ring[y]) })
	r2, s2 := make([]Address, len(ring)), make([][protocol.SignatureLen]byte, len(ring))
	for k, i := range idx {
		r2[k], s2[k] = ring[i], sigs[i]
	}
	return r2, s2
}

// refile takes back (posters) the audits filed of the period at index i
// that its new sample no longer draws or assigns to their verifier: they
// wait with the unfiled ones (revalidate, which sampled runs next).
func (m *Machine) refile(i int) {
	for pair, rec := range m.w.audits {
		a := protocol.Audit{JobID: m.cfg.Job.JobID, Verifier: rec.verifier, Member: pair.Member, Step: pair.Step, OK: rec.ok}
		if m.periodOf(pair.Step) != i {
			continue
		}
		if drawn, _ := m.judge(a); drawn {
			continue
		}
		delete(m.w.audits, pair)
		m.addPending(a)
	}
}

// rejudge files (posters) the audits refused of the period at index i
// that its new sample draws: their verifier held a receipt this poster
// lacked (a late one, or a member's second for the period's end) and
// drew them first; each copy of an audit is published a few times, but
// the re-seed may come after the last.
func (m *Machine) rejudge(now uint64, i int) {
	refused := m.w.refused
	m.w.refused = nil
	for _, a := range refused {
		if m.periodOf(a.Step) == i {
			if drawn, wait := m.judge(a); drawn || wait {
				m.validateAudit(now, a)
				continue
			}
		}
		m.w.refused = append(m.w.refused, a)
	}
}

// periodOf returns the index of the first sampled period ending at or
// after step (len(periods): none).
func (m *Machine) periodOf(step uint64) int {
	i, _ := slices.BinarySearchFunc(m.w.periods, step, func(p period, s uint64) int { return cmpUint(p.end, s) })
	return i
}

// growable reports whether the sample of the period ending at end may
// still change (resample): a member of its seed group has no receipt
// for end held.
func (m *Machine) growable(end uint64) bool {
	for _, a := range m.seedGroup(end) {
		if _, ok := m.book.Get(a, end); !ok {
			return true
		}
	}
	return false
}

// addPending keeps an audit to file again at the next seed, once.
func (m *Machine) addPending(a protocol.Audit) {
	if len(m.w.pending) < pendingAuditMax && !slices.ContainsFunc(m.w.pending, func(b protocol.Audit) bool {
		return b.Member == a.Member && b.Step == a.Step && b.Verifier == a.Verifier
	}) {
		m.w.pending = append(m.w.pending, a)
	}
}

// revalidate files again the audits that waited for a seed or for their
// member's receipt (posters and winners: onAudit).
func (m *Machine) revalidate(now uint64) {
	if len(m.w.pending) == 0 && len(m.w.pendingDeclines) == 0 {
		return
	}
	pending, declines := m.w.pending, m.w.pendingDeclines
	m.w.pending, m.w.pendingDeclines = nil, nil
	for _, a := range pending {
		m.validateAudit(now, a)
	}
	for _, d := range declines {
		m.validateDecline(now, d)
	}
}

// assign asks this peer to verify the pairs of p's sample assigned to it.
func (m *Machine) assign(p period) {
	for _, w := range m.trainers(p.end) {
		if w == m.cfg.Self {
			continue
		}
		r, _ := m.book.Get(w, p.end)
		if r.ContribRoot == (Hash{}) {
			continue // the member commits to nothing: there is no leaf to check
		}
		from, lv := m.periodStart(w, p.end), m.leaves()
		for t := from; t <= p.end; t++ {
			if !lv.Has(t) || !Audited(p.seeds.Of(w), w, t, m.rateBps()) {
				continue
			}
			v, ok := VerifierOf(p.seeds.Of(w), w, t, m.award.Standbys, p.ring)
			pair := Pair{Member: w, Step: t}
			if !ok || v != m.cfg.Self || m.w.verifying[pair] || len(m.w.verifying) >= auditsMax {
				continue
			}
			m.w.verifying[pair] = true
			m.ready.Verify = append(m.ready.Verify, Verify{Member: w, Step: t, Receipt: r, LeafIndex: lv.Count(from, t) - 1, LeafCount: lv.Count(from, p.end)})
		}
		m.assignJobAudit(w)
	}
}

// jobAudit returns member's job audit (JobAuditStep: a local-steps job's
// one audit per member over all its steps), its step and verifier, once
// the period ending at the job's last step is seeded and member
// receipted it. Its steps run from the first it surely trained
// (jobAuditFrom) to the last, within the receipts the book keeps of a
// member (the latest ReceiptsPerMemberMax: half of them, so that every
// follower's window is the same, receipts arriving out of order).
func (m *Machine) jobAudit(member Address) (uint64, Address, bool) {
	lv := m.leaves()
	i := m.periodAt(lv.Steps)
	if !lv.JobAudits() || i < 0 {
		return 0, Address{}, false
	}
	p := m.w.periods[i]
	if _, ok := m.book.Get(member, p.end); !ok {
		return 0, Address{}, false
	}
	from, ok := m.jobAuditFrom(member)
	if !ok {
		return 0, Address{}, false
	}
	if e := m.cfg.ReceiptEvery; e > 0 {
		if keep := ReceiptsPerMemberMax / 2 * e; lv.Steps > keep {
			from = max(from, lv.Steps-keep+1)
		}
	}
	js := JobSeed(p.seeds.Of(member))
	t, ok := JobAuditStep(js, member, from, p.end, lv)
	if !ok {
		return 0, Address{}, false
	}
	v, ok := VerifierOf(js, member, t, m.award.Standbys, p.ring)
	return t, v, ok
}

// jobAuditFrom returns the first step of member's job audit: the first
// step it surely trained, so that every job audit is answerable. A winner
// trains from step 1. A standby called in trains from the step after it
// joined the ring, which the receipts pin to a receipt period only
// (Book.Base): a job audit drawn in that period before it joined was
// refused by its verifier (ErrNotTrained: the standby's commitment has
// no leaf there) and never paid. Its steps after its first receipt are
// all its own, and every follower reads that step alike from the
// receipts: its job audit is drawn from them. A winner that rejoined its
// ring after a restart (Book.Gaps) is drawn likewise from the steps after
// its latest gap, as far as its statements or witnesses are held. A standby whose first
// receipt is for the job's last step (called into the last period) has
// no such step; it is drawn from after the join step its seat statement
// states, when the book holds one the receipts do not refute, and has no
// job audit otherwise (its period's audits still sample it).
func (m *Machine) jobAuditFrom(member Address) (uint64, bool) {
	if m.award.IndexOf(member) < len(m.award.Winners) {
		if gaps := m.book.Gaps(member); len(gaps) > 0 {
			// Rejoined after a restart (its statement or witnesses
			// held): the steps of its gaps have no leaf of it; those
			// after its latest are all its own.
			return gaps[len(gaps)-1].Through + 1, true
		}
		return 1, true
	}
	if f := m.book.First(member); f != 0 && f < m.cfg.Job.Steps {
		return f + 1, true
	}
	if from, ok := m.joinedAfter(member); ok {
		return max(from+1, m.book.Base(member)+1), true
	}
	return 0, false
}

// assignJobAudit asks this peer for w's job audit if it is its verifier,
// under w's receipt of the period that holds the step (the first held at
// or after it).
func (m *Machine) assignJobAudit(w Address) {
	t, v, ok := m.jobAudit(w)
	pair := Pair{Member: w, Step: t}
	if !ok || v != m.cfg.Self || m.w.verifying[pair] || len(m.w.verifying) >= auditsMax {
		return
	}
	held := m.book.perStep[w]
	j, _ := slices.BinarySearch(held, t)
	if j == len(held) {
		return
	}
	end := held[j]
	r, _ := m.book.Get(w, end)
	from, lv := m.periodStart(w, end), m.leaves()
	if r.ContribRoot == (Hash{}) || t < from {
		return // no leaf committed, or its period's receipt not held
	}
	m.w.verifying[pair] = true
	m.ready.Verify = append(m.ready.Verify, Verify{Member: w, Step: t, Receipt: r, LeafIndex: lv.Count(from, t) - 1, LeafCount: lv.Count(from, end)})
	m.event(Event{Kind: EventJobAudit, Peer: w, Step: t, Text: fmt.Sprintf("job audit of %s drawn at step %d (under receipt %d)", w.Short(), t, end)})
}

// onVerified applies this peer's own audit: publish it, and on a mismatch
// publish the evidence and this peer's attestation.
func (m *Machine) onVerified(now uint64, in Verified) error {
	pair := Pair{Member: in.Member, Step: in.Step}
	if !m.w.verifying[pair] {
		return fmt.Errorf("%w: no audit of %s at step %d was asked", ErrParams, in.Member.Short(), in.Step)
	}
	if in.Err != "" {
		if in.Decline == 0 {
			m.event(Event{Kind: EventRefused, Peer: in.Member, Step: in.Step, Err: in.Err,
				Text: fmt.Sprintf("could not verify %s at step %d", in.Member.Short(), in.Step)})
			return nil
		}
		// Given up: the poster need not wait for this audit.
		d := Decline{JobID: m.cfg.Job.JobID, Verifier: m.cfg.Self, Member: in.Member, Step: in.Step, Reason: in.Decline}
		m.ready.Publish = append(m.ready.Publish, Publish{Decline: &d})
		m.event(Event{Kind: EventDeclined, Peer: in.Member, Step: in.Step, Err: in.Err,
			Text: fmt.Sprintf("could not verify %s at step %d: declined (%s)", in.Member.Short(), in.Step, declineText(in.Decline))})
		return nil
	}
	if !in.OK {
		ev := in.Evidence
		if ev == nil || ev.Accused != in.Member || ev.Step != in.Step || ev.Verifier != m.cfg.Self || ev.JobID != m.cfg.Job.JobID {
			return fmt.Errorf("%w: a failed audit of %s at step %d without its evidence", ErrParams, in.Member.Short(), in.Step)
		}
	}
	a := protocol.Audit{JobID: m.cfg.Job.JobID, Verifier: m.cfg.Self, Member: in.Member, Step: in.Step, LeafHash: in.LeafHash, OK: in.OK}
	m.ready.Publish = append(m.ready.Publish, Publish{Audit: &a})
	if in.OK {
		m.event(Event{Kind: EventAudit, Peer: in.Member, Step: in.Step, Text: fmt.Sprintf("verified %s at step %d: ok", in.Member.Short(), in.Step)})
		return nil
	}
	ev := in.Evidence
	h := ev.EvidenceHash()
	if _, done := m.w.convicted[in.Member]; done {
		// A convict is convicted once (as onEvidence and onFound): its
		// failed audit is published, not more evidence. A verifier that
		// finds a lazy member wrong at every later step otherwise
		// published evidence and attestations for each, a few times
		// over, in one burst with its other audits, and under load
		// gossip lost whole periods of those audits on the way to the
		// poster (TestVerifiedWork: "the poster saw 20 audits of the
		// honest winner; want 40").
		m.event(Event{Kind: EventEvidence, Peer: in.Member, Step: in.Step,
			Text: fmt.Sprintf("verified %s at step %d: %s; convicted already, no evidence published", in.Member.Short(), in.Step, faultText(ev.Fault))})
		return nil
	}
	m.w.evidence[h] = &evidenceRec{ev: ev, rechecked: true}
	m.ready.Publish = append(m.ready.Publish, Publish{Evidence: ev})
	att := ev.Attestation()
	m.ready.Publish = append(m.ready.Publish, Publish{Attestation: &att})
	m.event(Event{Kind: EventEvidence, Peer: in.Member, Step: in.Step,
		Text: fmt.Sprintf("verified %s at step %d: %s; evidence %s published", in.Member.Short(), in.Step, faultText(ev.Fault), h.Short())})
	return nil
}

// onFound publishes evidence this peer found and signed in its ring (an
// equivocation), with its attestation: as a failed audit's, without an
// audit. Once per accused: an equivocator is dropped from the ring at
// once, and every member holding the records finds it.
func (m *Machine) onFound(now uint64, ev *protocol.WorkEvidence) error {
	switch {
	case ev == nil:
		return fmt.Errorf("%w: no evidence", ErrParams)
	case ev.JobID != m.cfg.Job.JobID || ev.Verifier != m.cfg.Self:
		return fmt.Errorf("%w: evidence of job %s by %s found here", ErrParams, ev.JobID.Short(), ev.Verifier.Short())
	case m.award.IndexOf(ev.Accused) < 0:
		return fmt.Errorf("%w: evidence against %s, not of the award", ErrReceipt, ev.Accused.Short())
	}
	if err := ev.Check(); err != nil {
		return err
	}
	if _, done := m.w.convicted[ev.Accused]; done {
		return nil
	}
	for _, rec := range m.w.evidence {
		if rec.ev.Accused == ev.Accused && rec.ev.Verifier == m.cfg.Self && rec.ev.Fault == ev.Fault {
			return nil // published already
		}
	}
	if len(m.w.evidence) >= evidenceMax {
		return nil
	}
	h := ev.EvidenceHash()
	m.w.evidence[h] = &evidenceRec{ev: ev, rechecked: true}
	m.ready.Publish = append(m.ready.Publish, Publish{Evidence: ev})
	att := ev.Attestation()
	m.ready.Publish = append(m.ready.Publish, Publish{Attestation: &att})
	m.event(Event{Kind: EventEvidence, Peer: ev.Accused, Step: ev.Step,
		Text: fmt.Sprintf("found %s at step %d: %s; evidence %s published", ev.Accused.Short(), ev.Step, faultText(ev.Fault), h.Short())})
	return nil
}

// onEvidence asks for a re-check of evidence another peer published.
func (m *Machine) onEvidence(now uint64, ev *protocol.WorkEvidence) error {
	switch {
	case ev == nil:
		return fmt.Errorf("%w: no evidence", ErrParams)
	case ev.JobID != m.cfg.Job.JobID:
		return fmt.Errorf("%w: evidence for job %s", ErrReceipt, ev.JobID.Short())
	case m.award.IndexOf(ev.Accused) < 0 || m.award.IndexOf(ev.Verifier) < 0:
		return fmt.Errorf("%w: evidence between %s and %s, not both of the award", ErrReceipt, ev.Verifier.Short(), ev.Accused.Short())
	}
	if err := ev.Check(); err != nil {
		return err
	}
	h := ev.EvidenceHash()
	if m.w.evidence[h] != nil {
		return nil
	}
	if len(m.w.evidence) >= evidenceMax {
		m.event(Event{Kind: EventRefused, Peer: ev.Accused, Text: "too much evidence in one job; ignoring more"})
		return nil
	}
	rec := &evidenceRec{ev: ev}
	m.w.evidence[h] = rec
	m.event(Event{Kind: EventEvidence, Peer: ev.Accused, Step: ev.Step,
		Text: fmt.Sprintf("%s accuses %s at step %d: %s (evidence %s)", ev.Verifier.Short(), ev.Accused.Short(), ev.Step, faultText(ev.Fault), h.Short())})
	_, done := m.w.convicted[ev.Accused]
	if ev.Accused == m.cfg.Self || ev.Verifier == m.cfg.Self || done {
		return nil // nobody re-checks itself; a convict is convicted once
	}
	rec.rechecked = true
	m.ready.Recheck = append(m.ready.Recheck, ev)
	return nil
}

// onRechecked applies this peer's re-check: it attests a confirmed fault;
// a refuted one counts against the accuser.
func (m *Machine) onRechecked(now uint64, in Rechecked) error {
	rec := m.w.evidence[in.EvidenceHash]
	if rec == nil || !rec.rechecked || rec.ev.Verifier == m.cfg.Self {
		return fmt.Errorf("%w: no re-check of evidence %s was asked", ErrParams, in.EvidenceHash.Short())
	}
	ev := rec.ev
	switch {
	case in.Err != "":
		m.event(Event{Kind: EventRefused, Peer: ev.Accused, Step: ev.Step, Err: in.Err,
			Text: fmt.Sprintf("could not re-check the evidence against %s", ev.Accused.Short())})
	case in.Confirmed:
		att := ev.Attestation()
		m.ready.Publish = append(m.ready.Publish, Publish{Attestation: &att})
		m.event(Event{Kind: EventEvidence, Peer: ev.Accused, Step: ev.Step,
			Text: fmt.Sprintf("re-checked %s at step %d: %s confirmed; attesting", ev.Accused.Short(), ev.Step, faultText(ev.Fault))})
	default:
		rec.refuted = true
		m.observe(now, score.Observation{Peer: score.Address(ev.Verifier), Kind: score.KindFaultReported, Fault: protocol.FaultWrongResult,
			Step: ev.Step, Note: fmt.Sprintf("false accusation of %s", ev.Accused.Short())})
		m.event(Event{Kind: EventAccusation, Peer: ev.Verifier, Step: ev.Step,
			Text: fmt.Sprintf("re-checked %s at step %d: honest; %s accused it falsely", ev.Accused.Short(), ev.Step, ev.Verifier.Short())})
	}
	return nil
}

// onAttestation collects a re-checker's signature and convicts on a
// quorum.
func (m *Machine) onAttestation(now uint64, in PeerAttestation) error {
	a := in.Attestation
	switch {
	case a.JobID != m.cfg.Job.JobID:
		return fmt.Errorf("%w: attestation for job %s", ErrReceipt, a.JobID.Short())
	case a.Fault != protocol.FaultWrongResult && a.Fault != protocol.FaultTampered:
		return fmt.Errorf("%w: attestation of fault %d", ErrReceipt, a.Fault)
	case m.award.IndexOf(a.Accused) < 0:
		return fmt.Errorf("%w: attestation against %s, not of the award", ErrReceipt, a.Accused.Short())
	case in.Signer == a.Accused:
		return fmt.Errorf("%w: %s attests against itself", ErrReceipt, in.Signer.Short())
	case in.Signer != m.cfg.Job.Poster && m.award.IndexOf(in.Signer) < 0:
		return fmt.Errorf("%w: attestation by %s, not of the award", ErrReceipt, in.Signer.Short())
	}
	if _, done := m.w.convicted[a.Accused]; done {
		return nil
	}
	sigs := m.w.attests[a]
	if sigs == nil {
		if len(m.w.attests) >= attestKeysMax {
			return nil
		}
		sigs = map[Address][protocol.SignatureLen]byte{}
		m.w.attests[a] = sigs
	}
	sigs[in.Signer] = in.Sig
	if len(sigs) < m.quorum() {
		return nil
	}
	c := &Conviction{Attestation: a}
	for s := range sigs {
		c.Signers = append(c.Signers, s)
	}
	slices.SortFunc(c.Signers, func(x, y Address) int { return bytes.Compare(x[:], y[:]) })
	for _, s := range c.Signers {
		c.Sigs = append(c.Sigs, sigs[s])
	}
	m.convict(now, c)
	return nil
}

// convict applies a quorum's conviction: journal it, drop the convict from
// the ring, and (posters) slash it and cap its credit.
func (m *Machine) convict(now uint64, c *Conviction) {
	a := c.Attestation
	cv := Convicted{Member: a.Accused, Fault: a.Fault, Step: a.Step, EvidenceHash: a.EvidenceHash}
	m.w.convicted[a.Accused] = cv
	m.rec.Convictions = append(m.rec.Convictions, cv)
	m.save()
	m.observe(now, score.Observation{Peer: score.Address(a.Accused), Kind: score.KindFaultReported, Fault: a.Fault, Step: a.Step,
		Note: fmt.Sprintf("convicted by %d re-checkers", len(c.Signers))})
	m.event(Event{Kind: EventConvicted, Peer: a.Accused, Step: a.Step,
		Text: fmt.Sprintf("%s convicted of %s at step %d by %d re-checkers; paid for at most %d steps", a.Accused.Short(), faultText(a.Fault), a.Step, len(c.Signers), CreditCap(a.Fault, a.Step))})
	m.backupSlash(now, c)
	switch m.cfg.Role {
	case RoleMember:
		if a.Accused != m.cfg.Self && m.phase <= phaseTrain {
			m.ready.Train = append(m.ready.Train, Train{Kind: TrainDrop, Peer: a.Accused, Conviction: c})
		}
	case RolePoster:
		// A convict's audits are paid no more, and those it was to make
		// are worth nothing: the wait for them is over.
		m.awaitedIn(now, func(p Pair, v Address) bool { return p.Member == a.Accused || v == a.Accused })
		if !m.cfg.Chain {
			return
		}
		m.call(now, Call{Kind: CallSlashFault, Conviction: c})
		m.calls[m.nextID-1].peer = a.Accused
		m.challengeConvicts(now)
	}
}

// challengeConvicts lowers, with challengeFault, the settled credit of
// each convict whose cap the settlement did not carry. Before the
// settlement the cap goes into the credits (finish); while it is out, the
// challenge waits for it.
func (m *Machine) challengeConvicts(now uint64) {
	if m.cfg.Role != RolePoster || !m.cfg.Chain || m.rec.Stage != StageSettled {
		return
	}
	for _, cv := range m.rec.Convictions {
		i := m.award.IndexOf(cv.Member)
		if m.w.capped[cv.Member] || i < 0 || i >= len(m.rec.Credits) {
			continue
		}
		m.w.capped[cv.Member] = true
		if m.rec.Credits[i] <= CreditCap(cv.Fault, cv.Step) {
			continue // settled at or below the cap already
		}
		a := protocol.FaultAttestation{JobID: m.cfg.Job.JobID, Accused: cv.Member, Fault: cv.Fault, Step: cv.Step, EvidenceHash: cv.EvidenceHash}
		sigs := m.w.attests[a]
		c := &Conviction{Attestation: a}
		for s := range sigs {
			c.Signers = append(c.Signers, s)
		}
		slices.SortFunc(c.Signers, func(x, y Address) int { return bytes.Compare(x[:], y[:]) })
		for _, s := range c.Signers {
			c.Sigs = append(c.Sigs, sigs[s])
		}
		if len(c.Sigs) == 0 {
			continue // restored from the journal without the signatures
		}
		m.call(now, Call{Kind: CallChallengeFault, Conviction: c})
		m.calls[m.nextID-1].peer = cv.Member
	}
}

// onAudit files an audit (posters): one per pair, from the verifier the
// sample assigned, of a pair it drew. Audits of periods not yet seeded
// wait for their seed.
func (m *Machine) onAudit(now uint64, a protocol.Audit) error {
	switch {
	case a.JobID != m.cfg.Job.JobID:
		return fmt.Errorf("%w: audit for job %s", ErrReceipt, a.JobID.Short())
	case m.award.IndexOf(a.Member) < 0 || m.award.IndexOf(a.Verifier) < 0:
		return fmt.Errorf("%w: audit of %s by %s, not both of the award", ErrReceipt, a.Member.Short(), a.Verifier.Short())
	}
	if m.cfg.Role != RolePoster && m.cfg.Role != RoleMember {
		return nil
	}
	// The poster pays audits; a winner files them by the same rule for
	// its view in a claim tally (AuditTally), should the poster never
	// settle.
	m.validateAudit(now, a)
	return nil
}

// AuditTally returns the audits the poster's rule pays (auditCredits), per
// award member (winners ‖ standbys), as this poster or winner filed them:
// a winner's view of the audits for a claim tally (PROTOCOL.md, "Claim
// tallies").
func (m *Machine) AuditTally() []uint64 {
	if m.award == nil {
		return nil
	}
	return m.auditCredits()
}

// judge says whether the sample drew a's pair and assigned it to a's
// verifier (a period's draw or a job audit), or that it cannot tell yet
// (wait): the pair's period is not sampled, or its member's receipt for
// it not held, or the sample may still change (growable: a receipt of
// its seed group is missing, and may come, resample).
func (m *Machine) judge(a protocol.Audit) (drawn, wait bool) {
	i := m.periodOf(a.Step)
	var trained bool
	if i < len(m.w.periods) {
		_, trained = m.book.Get(a.Member, m.w.periods[i].end)
	}
	if !trained || m.periodStart(a.Member, m.w.periods[i].end) > a.Step {
		return false, true
	}
	p := m.w.periods[i]
	seed := p.seeds.Of(a.Member)
	v, ok := VerifierOf(seed, a.Member, a.Step, m.award.Standbys, p.ring)
	drawn = m.leaves().Has(a.Step) && Audited(seed, a.Member, a.Step, m.rateBps()) && ok && v == a.Verifier
	if lv := m.leaves(); !drawn && lv.JobAudits() && lv.Has(a.Step) {
		// A job audit? Its draw waits for the last period's seed.
		if m.periodAt(lv.Steps) < 0 {
			return false, true
		}
		t, jv, ok := m.jobAudit(a.Member)
		if !ok && m.seatLacked(a.Member) {
			// Its job audit is drawn from its seat statement, which may
			// still come (fetched): the audit waits for it (onSeat).
			return false, true
		}
		drawn = ok && t == a.Step && jv == a.Verifier
		if !drawn && m.growable(lv.Steps) {
			return false, true
		}
	}
	return drawn, !drawn && m.growable(p.end)
}

func (m *Machine) validateAudit(now uint64, a protocol.Audit) {
	pair := Pair{Member: a.Member, Step: a.Step}
	drawn, wait := m.judge(a)
	if wait {
		m.addPending(a)
		return
	}
	if !drawn || len(m.w.audits) >= auditsMax {
		if m.cfg.Role != RolePoster {
			return // a winner's tally only: the poster reports audits
		}
		m.event(Event{Kind: EventRefused, Peer: a.Verifier, Step: a.Step,
			Text: fmt.Sprintf("an audit of %s at step %d by %s the sample did not assign: unpaid", a.Member.Short(), a.Step, a.Verifier.Short())})
		if len(m.w.refused) < pendingAuditMax && !slices.Contains(m.w.refused, a) {
			m.w.refused = append(m.w.refused, a)
		}
		return
	}
	if _, dup := m.w.audits[pair]; dup {
		return // one audit per pair: its verifier's first
	}
	m.w.audits[pair] = auditRec{verifier: a.Verifier, ok: a.OK}
	delete(m.w.declined, pair) // declined, then done after all: it counts
	if m.cfg.Role != RolePoster {
		return
	}
	verdict := "ok"
	if !a.OK {
		verdict = "failed"
	}
	m.event(Event{Kind: EventAudit, Peer: a.Member, Step: a.Step,
		Text: fmt.Sprintf("%s verified %s at step %d: %s", a.Verifier.Short(), a.Member.Short(), a.Step, verdict)})
	m.awaitedIn(now, func(p Pair, _ Address) bool { return p == pair })
}

// awaitAudits collects, once the training is over and every period is
// sampled, the audits the poster waits for before it settles, and returns
// how many: each pair its sample drew (the periods' and the job audits)
// that is not filed yet, of a member that receipted the job's last step,
// assigned to a verifier that is not convicted and did not leave the ring
// (a standby never called in, or a member that receipted the last step).
// Pairs of a called-in standby's first period before it joined are not
// awaited (ErrNotTrained: the verifier refuses them), nor, when its seat
// statement is not held, any of that period's. For a standby called into
// the last period of a job with job audits, whose job audit is drawn from
// its statement, the statement is awaited instead (under the pair of the
// standby and step 0; the poster fetches it like anything it lacks), and
// once it comes, those pairs and the job audit it places (onSeat,
// reawait). The others' audits may never come
// (a verifier gone, an input unavailable): the wait is bounded.
// It waits likewise for each receipt a member owes (owes): its period is
// not sampled, or sampled without it, until it comes (resample), and a
// settlement without it pays another sample than the verifiers that got
// it in time drew.
func (m *Machine) awaitAudits() int {
	m.w.awaited, m.w.owed = map[Pair]Address{}, nil
	for _, s := range m.book.Ends() {
		for _, a := range m.seedGroup(s) {
			if m.owesScheduled(a, s) && len(m.w.owed) < pendingAuditMax {
				m.w.owed = append(m.w.owed, Pair{Member: a, Step: s})
			}
		}
	}
	last, lv := m.cfg.Job.Steps, m.leaves()
	finished := func(a Address) bool {
		_, ok := m.book.Get(a, last)
		return ok
	}
	answers := func(v Address) bool {
		_, bad := m.w.convicted[v]
		return !bad && (m.book.First(v) == 0 || finished(v))
	}
	await := func(w Address, t uint64, v Address) {
		pair := Pair{Member: w, Step: t}
		_, filed := m.w.audits[pair]
		// A decline counts from the pair's verifier in the sample as it
		// stands (a late receipt may have re-seeded it: resample).
		if dv, declined := m.w.declined[pair]; !filed && (!declined || dv != v) && answers(v) && len(m.w.awaited) < pendingAuditMax {
			m.w.awaited[pair] = v
		}
	}
	for _, p := range m.w.periods {
		for _, w := range m.trainers(p.end) {
			if r, _ := m.book.Get(w, p.end); !finished(w) || r.ContribRoot == (Hash{}) {
				continue
			}
			from := m.periodStart(w, p.end)
			if m.award.IndexOf(w) >= len(m.award.Winners) && m.book.First(w) == p.end {
				joined, ok := m.joinedAfter(w)
				if !ok {
					if _, stated := m.book.SeatOf(w); !stated && p.end == last && lv.JobAudits() && len(m.w.awaited) < pendingAuditMax {
						// Called into the last period: its job audit
						// is drawn from its statement.
						m.w.awaited[Pair{Member: w}] = w
					}
					continue
				}
				from = max(from, joined+1)
			}
			for t := from; t <= p.end; t++ {
				if !lv.Has(t) || !Audited(p.seeds.Of(w), w, t, m.rateBps()) {
					continue
				}
				if v, ok := VerifierOf(p.seeds.Of(w), w, t, m.award.Standbys, p.ring); ok {
					await(w, t, v)
				}
			}
		}
	}
	for _, w := range m.unconvicted(finished) {
		if t, v, ok := m.jobAudit(w); ok {
			await(w, t, v)
		}
	}
	return len(m.w.awaited) + len(m.w.owed)
}

// reawait collects the audits and receipts awaited anew (a poster in
// phaseAudits, after a receipt: a period sampled or re-seeded since
// draws other pairs) and closes the training once none is left.
func (m *Machine) reawait(now uint64) {
	if m.phase != phaseAudits {
		return
	}
	n := len(m.w.awaited) + len(m.w.owed)
	switch k := m.awaitAudits(); {
	case k == 0:
		m.closeTraining(now, m.finishWhy+"; every audit drawn is in")
	case k != n:
		// An audit came, or a receipt owed did and its period's pairs
		// are drawn now: their verifiers get a grace from here.
		m.auditsAt = max(m.auditsAt, min(now+m.p.FinishGraceMs, m.auditsEnd))
	}
}

// seatLacked reports whether member is a called-in standby (a standby
// with a receipt) whose seat statement this peer does not hold.
func (m *Machine) seatLacked(member Address) bool {
	if m.award.IndexOf(member) < len(m.award.Winners) || m.book.First(member) == 0 {
		return false
	}
	_, stated := m.book.SeatOf(member)
	return !stated
}

// joinedAfter returns the step after which a called-in standby joined the
// ring, as its seat statement states it, when the book holds one that the
// receipts do not refute.
func (m *Machine) joinedAfter(standby Address) (uint64, bool) {
	st, ok := m.book.SeatOf(standby)
	if !ok || CheckSeat(m.book, standby) != nil {
		return 0, false
	}
	return st.From, true
}

// auditGrace returns when a poster whose training ended at now settles
// without the audits still awaited (at), and the latest it may put that
// off to while they keep coming (end). At first FinishGraceMs, the wait
// it grants the last receipts, plus the time the last receipt period
// took, in which its verifiers recompute their share of it; each audit
// awaited that comes puts it off to FinishGraceMs after it (a verifier
// working through its queue), at most StallTimeoutMs after now. Both
// early enough for the settlement to go out before its deadline.
func (m *Machine) auditGrace(now uint64) (at, end uint64) {
	grace := m.p.FinishGraceMs
	if ends := m.book.Ends(); len(ends) >= 2 {
		a, okA := m.firstAt[ends[len(ends)-2]]
		b, okB := m.firstAt[ends[len(ends)-1]]
		if okA && okB && b > a {
			grace += b - a
		}
	}
	end = now + max(m.p.StallTimeoutMs, m.p.FinishGraceMs)
	if d := m.cfg.SettleDeadlineMs; d != 0 {
		end = min(end, d-min(d, m.p.ChainPollMs))
	}
	return min(now+grace, end), end
}

// awaitedText names the first audits awaited, in member then step order.
func (m *Machine) awaitedText() string {
	pairs := slices.SortedFunc(maps.Keys(m.w.awaited), func(x, y Pair) int {
		if c := bytes.Compare(x.Member[:], y.Member[:]); c != 0 {
			return c
		}
		return cmpUint(x.Step, y.Step)
	})
	var out []string
	for _, p := range m.w.owed {
		out = append(out, fmt.Sprintf("the receipt of %s for step %d", p.Member.Short(), p.Step))
	}
	for _, p := range pairs {
		if len(out) == 8 {
			out = append(out, fmt.Sprintf("and %d more", len(pairs)+len(m.w.owed)-len(out)))
			break
		}
		if p.Step == 0 {
			out = append(out, fmt.Sprintf("%s's seat statement", p.Member.Short()))
			continue
		}
		v := m.w.awaited[p]
		out = append(out, fmt.Sprintf("%s at step %d by %s", p.Member.Short(), p.Step, v.Short()))
	}
	return strings.Join(out, ", ")
}

// awaitedIn drops pair from the audits awaited, and closes the training
// once none is left.
func (m *Machine) awaitedIn(now uint64, drop func(Pair, Address) bool) {
	if m.phase != phaseAudits {
		return
	}
	n := len(m.w.awaited)
	for pair, v := range m.w.awaited {
		if drop(pair, v) {
			delete(m.w.awaited, pair)
		}
	}
	switch {
	case len(m.w.awaited) == 0 && len(m.w.owed) == 0 && len(m.w.declined) > 0:
		m.closeTraining(now, m.finishWhy+"; every audit drawn is in or declined")
	case len(m.w.awaited) == 0 && len(m.w.owed) == 0:
		m.closeTraining(now, m.finishWhy+"; every audit drawn is in")
	case len(m.w.awaited) < n:
		m.auditsAt = max(m.auditsAt, min(now+m.p.FinishGraceMs, m.auditsEnd))
	}
}

// auditCredits returns the audits the poster pays, per award member: an
// ok audit unless its member was convicted at that very step, a failed one
// only if it was; none to a verifier convicted itself, whose checks are
// worth nothing.
func (m *Machine) auditCredits() []uint64 {
	ms := m.award.Members()
	out := make([]uint64, len(ms))
	for pair, a := range m.w.audits {
		cv, convicted := m.w.convicted[pair.Member]
		hit := convicted && cv.Step == pair.Step
		if _, bad := m.w.convicted[a.verifier]; a.ok == hit || bad {
			continue
		}
		if i := m.award.IndexOf(a.verifier); i >= 0 {
			out[i]++
		}
	}
	return out
}

// payCredits turns the receipts' credits into the settlement's: each
// convict capped at CreditCap (nothing, for a wrong result or tampering),
// and each verifier's paid audits added, in award order: first from the
// job's verification bound (Config.AuditBound: the settlement's audits
// column, at most that many in all), then, past it, as steps within the
// steps bound (at most steps per member, groupSize × steps in all: the
// room convicts and unfinished winners leave).
func (m *Machine) payCredits(credits []uint64) []uint64 {
	for _, cv := range m.rec.Convictions {
		if i := m.award.IndexOf(cv.Member); i >= 0 && i < len(credits) {
			credits[i] = min(credits[i], CreditCap(cv.Fault, cv.Step))
		}
		m.w.capped[cv.Member] = true
	}
	audits := m.auditCredits()
	bound := uint64(m.cfg.AuditBound)
	var pay []uint64
	if bound > 0 {
		pay = make([]uint64, len(audits))
	}
	paid := make([]uint64, len(audits))
	for i, n := range audits {
		add := min(n, bound)
		if add == 0 {
			continue
		}
		bound -= add
		pay[i], paid[i], audits[i] = add, add, n-add
	}
	steps := m.cfg.Job.Steps
	var sum uint64
	for _, c := range credits {
		sum += c
	}
	room := uint64(m.cfg.Job.GroupSize) * steps
	room -= min(room, sum)
	for i, n := range audits {
		add := min(n, steps-min(steps, credits[i]), room)
		credits[i] += add
		room -= add
		paid[i] += add
	}
	for i, n := range pay {
		credits[i] += n
	}
	m.rec.Audits, m.rec.AuditPay = paid, pay
	return credits
}

// CreditCap is the most steps a member convicted of fault at step is paid
// for. A member that missed step (fault 1) did the steps before it, and
// the receipts prove them: step − 1. A member convicted of a wrong result
// (2) or of tampering (4) is paid nothing for the job: the sample checks
// only a few of its steps, so its unaudited steps before the convicting
// one are no more trustworthy than the one caught (a cheater that cheats
// from step 1 is caught, on average, 1/rate steps later), and no step of
// it is verified as a whole; paying to "its last verified step" would pay
// for bad steps that the sample did not draw. The contract's
// challengeFault caps at the same values (PROTOCOL.md, "Verified work").
func CreditCap(fault uint8, step uint64) uint64 {
	if fault == protocol.FaultWrongResult || fault == protocol.FaultTampered || step == 0 {
		return 0
	}
	return step - 1
}

func faultText(f uint8) string {
	switch f {
	case protocol.FaultWrongResult:
		return "wrong result"
	case protocol.FaultTampered:
		return "tampered all-reduce"
	}
	return fmt.Sprintf("fault %d", f)
}

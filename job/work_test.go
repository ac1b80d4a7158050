package job

import (
	"cmp"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

func workMachine(t *testing.T, role Role, self Address, k, standbys int, steps uint64) *Machine {
	t.Helper()
	a := &protocol.Award{JobID: Hash{7}, Poster: gPoster}
	for i := 1; i <= k; i++ {
		a.Winners = append(a.Winners, member(i))
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	for i := 1; i <= standbys; i++ {
		a.Standbys = append(a.Standbys, standby(i))
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	job := &protocol.JobAnnounce{JobID: a.JobID, Poster: gPoster, GroupSize: uint32(k), Steps: steps, Budget: big.NewInt(1_000_000)}
	m, err := New(0, testParams(), Config{Role: role, Self: self, Job: job, Award: a, SettleDeadlineMs: 100_000, Chain: true})
	if err != nil {
		t.Fatal(err)
	}
	m.Advance()
	return m
}

// TestConvictionNeedsQuorum: whatever attestations arrive (from members,
// standbys, the accused, the poster, strangers; repeated), a member is
// convicted exactly when the distinct signers that may count (award
// members other than the accused, and the poster) reach the quorum; and
// once only.
func TestConvictionNeedsQuorum(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 400; i++ {
		k, sb := 2+rng.IntN(5), rng.IntN(3)
		m := workMachine(t, RolePoster, gPoster, k, sb, 10)
		accused := member(1 + rng.IntN(k))
		att := protocol.FaultAttestation{JobID: Hash{7}, Accused: accused, Fault: protocol.FaultWrongResult, Step: 3, EvidenceHash: Hash{9}}
		if rng.IntN(2) == 0 {
			att.Fault = protocol.FaultTampered
		}
		pool := append(m.award.Members(), gPoster, Address{0xee}, accused)
		valid := map[Address]bool{}
		convictions := 0
		for j := rng.IntN(12); j > 0; j-- {
			who := pool[rng.IntN(len(pool))]
			err := m.Step(0, PeerAttestation{Attestation: att, Signer: who})
			counts := who != accused && (who == gPoster || m.award.IndexOf(who) >= 0)
			if counts != (err == nil) {
				t.Fatalf("case %d: attestation by %s: err %v", i, who.Short(), err)
			}
			before := len(valid) >= m.quorum()
			if counts {
				valid[who] = true
			}
			for _, e := range m.Ready().Events {
				if e.Kind == EventConvicted {
					convictions++
					if before || len(valid) < m.quorum() {
						t.Fatalf("case %d: convicted with %d valid signers, quorum %d", i, len(valid), m.quorum())
					}
				}
			}
			m.Advance()
		}
		if want := len(valid) >= m.quorum(); (convictions == 1) != want || convictions > 1 {
			t.Fatalf("case %d: %d convictions with %d valid signers, quorum %d", i, convictions, len(valid), m.quorum())
		}
	}
}

// TestPayCreditsBounds: whatever the receipts, audits and convictions, the
// settlement credits a convict of a wrong result or tampering nothing at
// all (CreditCap), adds audits
// only, and stays within the contract's bounds (steps per member,
// groupSize × steps in all).
func TestPayCreditsBounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 500; i++ {
		k, sb := 1+rng.IntN(5), rng.IntN(3)
		steps := uint64(1 + rng.IntN(20))
		m := workMachine(t, RolePoster, gPoster, k, sb, steps)
		ms := m.award.Members()
		in := make([]uint64, len(ms))
		for j := range in[:k] {
			in[j] = uint64(rng.IntN(int(steps) + 1))
		}
		for j := rng.IntN(40); j > 0; j-- {
			m.w.audits[Pair{Member: ms[rng.IntN(k)], Step: uint64(1 + rng.IntN(int(steps)))}] = auditRec{verifier: ms[rng.IntN(len(ms))], ok: rng.IntN(4) > 0}
		}
		var cvs []Convicted
		for j := 0; j < k; j++ {
			if rng.IntN(3) == 0 {
				fault := []uint8{protocol.FaultWrongResult, protocol.FaultTampered}[rng.IntN(2)]
				cv := Convicted{Member: ms[j], Fault: fault, Step: uint64(1 + rng.IntN(int(steps)))}
				cvs = append(cvs, cv)
				m.w.convicted[ms[j]] = cv
			}
		}
		m.rec.Convictions = cvs
		out := m.payCredits(append([]uint64(nil), in...))
		var sum uint64
		for j, c := range out {
			sum += c
			if c > steps {
				t.Fatalf("case %d: member %d credited %d of %d steps", i, j, c, steps)
			}
			capped := in[j]
			if _, ok := m.w.convicted[ms[j]]; ok {
				if c != 0 || m.rec.Audits[j] != 0 {
					t.Fatalf("case %d: convict %d credited %d steps (%d audits) from %d; want nothing", i, j, c, m.rec.Audits[j], in[j])
				}
				capped = 0
			}
			if c < capped || c-capped != m.rec.Audits[j] {
				t.Fatalf("case %d: member %d: %d from %d (capped %d) with %d audits paid", i, j, c, in[j], capped, m.rec.Audits[j])
			}
		}
		if sum > uint64(k)*steps {
			t.Fatalf("case %d: %d steps settled, bound %d", i, sum, uint64(k)*steps)
		}
	}
}

// TestWorkInputsRefused: inputs of verified work the machine does not
// apply, and why.
func TestWorkInputsRefused(t *testing.T) {
	m := workMachine(t, RoleStandby, standby(1), 2, 1, 4)
	m.cfg.AuditRateBps = 10_000
	for _, w := range m.award.Winners {
		r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: w, Step: 2, ParamsHash: Hash{1}, ContribRoot: Hash{2}}}
		r.Sig[0] = w[1]
		if err := m.Step(100, PeerReceipt{r}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(m.Ready().Verify); n != 4 {
		t.Fatalf("%d audits asked of the standby at 100%%; want 4", n)
	}
	m.Advance()
	ev := &protocol.WorkEvidence{JobID: Hash{7}, Accused: member(2), Step: 2, Fault: protocol.FaultWrongResult,
		Receipt: protocol.StepReceipt{JobID: Hash{7}, Member: member(2), Step: 2, ContribRoot: Hash{2}}, LeafCount: 1, Leaf: []byte{1}, Verifier: member(1)}
	stranger := *ev
	stranger.Verifier = Address{0xee}
	garbage := protocol.FaultAttestation{JobID: Hash{7}, Accused: member(2), Fault: protocol.FaultGarbageData, Step: 2}
	for _, c := range []struct {
		name string
		in   Input
		want error
	}{
		{"an audit nobody asked", Verified{Member: member(1), Step: 3, OK: true}, ErrParams},
		{"a failed audit without evidence", Verified{Member: member(1), Step: 1}, ErrParams},
		{"a re-check nobody asked", Rechecked{EvidenceHash: Hash{3}, Confirmed: true}, ErrParams},
		{"evidence by a stranger", PeerEvidence{&stranger}, ErrReceipt},
		{"evidence for another job", PeerEvidence{&protocol.WorkEvidence{JobID: Hash{8}}}, ErrReceipt},
		{"an attestation of fault 3", PeerAttestation{Attestation: garbage, Signer: member(1)}, ErrReceipt},
		{"an audit of a stranger", PeerAudit{protocol.Audit{JobID: Hash{7}, Verifier: standby(1), Member: Address{0xee}, Step: 1}}, ErrReceipt},
	} {
		if err := m.Step(200, c.in); !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v; want %v", c.name, err, c.want)
		}
	}
	// Well-formed evidence against a winner is re-checked by the standby.
	if err := m.Step(300, PeerEvidence{ev}); err != nil {
		t.Fatal(err)
	}
	if rc := m.Ready().Recheck; len(rc) != 1 || rc[0] != ev {
		t.Fatalf("Recheck = %v; want the evidence", rc)
	}
}

// TestSeedsCommonAcrossOrders: whoever leaves the ring and whichever
// standbys are called in, two followers that get the group's receipts in
// different orders (each period's receipts before any of a later step's,
// as gossip delivers them well within a receipt period) derive the same
// seed for every period, and seed every period but the last two while the
// training goes on (a period a member left is seeded once it closes; a
// follower not training itself);
// every member that receipted a period is sampled in it (its verifier is
// asked), called-in standbys included.
func TestSeedsCommonAcrossOrders(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for c := 0; c < 300; c++ {
		k, sb := 2+rng.IntN(4), rng.IntN(3)
		period, periods := uint64(1+rng.IntN(3)), 3+rng.IntN(6)
		steps := period * uint64(periods)
		ring := []Address{}
		for i := 1; i <= k; i++ {
			ring = append(ring, member(i))
		}
		free := []Address{}
		for i := 1; i <= sb; i++ {
			free = append(free, standby(i))
		}
		type timed struct {
			at float64
			r  Receipt
		}
		var rs []timed
		trained := map[uint64][]Address{}
		for q := 1; q <= periods; q++ {
			end := uint64(q) * period
			if len(ring) > 1 && rng.IntN(3) == 0 {
				i := rng.IntN(len(ring))
				ring = append(ring[:i:i], ring[i+1:]...) // it leaves before end
			}
			if len(free) > 0 && rng.IntN(3) == 0 {
				ring = append(ring, free[0]) // called in before end
				free = free[1:]
			}
			for _, a := range ring {
				r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: a, Step: end, ParamsHash: Hash{byte(q)}, ContribRoot: Hash{1, byte(q)}}}
				copy(r.Sig[:], a[:])
				r.Sig[40] = byte(end)
				rs = append(rs, timed{r: r})
				trained[end] = append(trained[end], a)
			}
		}
		var seeds [2]map[uint64]Seeds
		for f := range 2 {
			// Followers: a free standby (it verifies) when there is one,
			// else the poster.
			m := workMachine(t, RolePoster, gPoster, k, sb, steps)
			if sb > 0 {
				m = workMachine(t, RoleStandby, standby(sb), k, sb, steps)
				m.cfg.AuditRateBps = 10_000
			}
			for i := range rs {
				rs[i].at = float64(rs[i].r.Step/period) + rng.Float64()*0.99
			}
			order := slices.Clone(rs)
			slices.SortFunc(order, func(x, y timed) int { return cmp.Compare(x.at, y.at) })
			asked := map[Pair]bool{}
			for _, x := range order {
				if err := m.Step(1, PeerReceipt{x.r}); err != nil {
					t.Fatal(err)
				}
				for _, v := range m.Ready().Verify {
					asked[Pair{Member: v.Member, Step: v.Step}] = true
				}
				m.Advance()
			}
			seeds[f] = map[uint64]Seeds{}
			for _, p := range m.w.periods {
				seeds[f][p.end] = p.seeds
			}
			for q := 1; q <= periods-2; q++ {
				// A standby called in itself closes periods on the
				// others' later receipts only (closed): it may train
				// on alone.
				if _, ok := seeds[f][uint64(q)*period]; !ok && m.cfg.Role == RoleStandby && m.book.First(m.cfg.Self) == 0 {
					t.Fatalf("case %d: follower %d did not seed period %d of %d during the training", c, f, q, periods)
				}
			}
			if m.cfg.Role != RoleStandby {
				continue
			}
			m.seedRest(2, seedEnd)
			for _, v := range m.Ready().Verify {
				asked[Pair{Member: v.Member, Step: v.Step}] = true
			}
			m.Advance()
			for _, p := range m.w.periods {
				seeds[f][p.end] = p.seeds
			}
			// At 100% every pair of every member that trained is sampled;
			// the verifier (the last standby) is asked all those assigned
			// to it, and whoever is assigned, someone is.
			for end, ms := range trained {
				for _, a := range ms {
					if a == m.cfg.Self {
						continue
					}
					p := m.w.periods[m.periodAt(end)]
					if v, ok := VerifierOf(p.seeds.Of(a), a, end, m.award.Standbys, p.ring); !ok {
						t.Fatalf("case %d: %s at step %d has no verifier", c, a.Short(), end)
					} else if v == m.cfg.Self && !asked[Pair{Member: a, Step: end}] {
						t.Fatalf("case %d: %s at step %d assigned to %s but not asked", c, a.Short(), end, v.Short())
					}
				}
			}
		}
		for end, s := range seeds[0] {
			if o, ok := seeds[1][end]; ok && !o.equal(s) {
				t.Fatalf("case %d: followers derived different seeds for the period ending at %d of %d (k %d, sb %d)", c, end, steps, k, sb)
			}
		}
	}
}

// TestPayCreditsVerificationBound: with a verification bound (the audits
// the job escrowed for), verifiers are paid first from it, in the
// settlement's audits column, then as steps in the room the steps bound
// leaves; the steps part keeps the contract's steps bounds and the audits
// column its bound, and a job every winner trained in full pays its
// verifiers min(audits, bound).
func TestPayCreditsVerificationBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 500; i++ {
		k, sb := 1+rng.IntN(5), rng.IntN(3)
		steps := uint64(1 + rng.IntN(20))
		m := workMachine(t, RolePoster, gPoster, k, sb, steps)
		m.cfg.AuditBound = uint32(rng.IntN(12))
		full := rng.IntN(2) == 0
		ms := m.award.Members()
		in := make([]uint64, len(ms))
		for j := range in[:k] {
			in[j] = steps
			if !full {
				in[j] = uint64(rng.IntN(int(steps) + 1))
			}
		}
		for j := rng.IntN(40); j > 0; j-- {
			m.w.audits[Pair{Member: ms[rng.IntN(k)], Step: uint64(1 + rng.IntN(int(steps)))}] = auditRec{verifier: ms[rng.IntN(len(ms))], ok: true}
		}
		valid := m.auditCredits()
		out := m.payCredits(append([]uint64(nil), in...))
		var sumSteps, sumPay, sumValid, sumPaid uint64
		for j, c := range out {
			var pay uint64
			if m.rec.AuditPay != nil {
				pay = m.rec.AuditPay[j]
			}
			if pay > m.rec.Audits[j] || m.rec.Audits[j] > valid[j] || c != in[j]+m.rec.Audits[j] {
				t.Fatalf("case %d: member %d: credit %d from %d steps, %d audits paid (%d from the bound) of %d", i, j, c, in[j], m.rec.Audits[j], pay, valid[j])
			}
			if c-pay > steps {
				t.Fatalf("case %d: member %d settled %d steps of %d", i, j, c-pay, steps)
			}
			sumSteps += c - pay
			sumPay += pay
			sumValid += valid[j]
			sumPaid += m.rec.Audits[j]
		}
		if sumSteps > uint64(k)*steps || sumPay > uint64(m.cfg.AuditBound) {
			t.Fatalf("case %d: %d steps (bound %d), %d audits in the column (bound %d)", i, sumSteps, uint64(k)*steps, sumPay, m.cfg.AuditBound)
		}
		if m.cfg.AuditBound == 0 && m.rec.AuditPay != nil {
			t.Fatalf("case %d: an audits column without a bound: %v", i, m.rec.AuditPay)
		}
		if full && sumPaid != min(sumValid, uint64(m.cfg.AuditBound)) {
			t.Fatalf("case %d: a fully trained job paid %d of %d audits with a bound of %d", i, sumPaid, sumValid, m.cfg.AuditBound)
		}
	}
}

func TestAuditBound(t *testing.T) {
	for _, c := range []struct {
		group   uint32
		steps   uint64
		rateBps uint32
		want    uint32
	}{
		{2, 100, 500, 36},  // 2 x 2 x 100 x 0.05 = 20, + 16
		{4, 100, 0, 56},    // the default rate, 5%
		{1, 1, 500, 17},    // 0.1 rounded up, + 16
		{3, 7, 10_000, 58}, // every pair: 2 x 21 + 16
		{256, 1 << 40, 10_000, math.MaxUint32},
	} {
		if got := AuditBound(c.group, c.steps, c.rateBps); got != c.want {
			t.Errorf("AuditBound(%d, %d, %d) = %d, want %d", c.group, c.steps, c.rateBps, got, c.want)
		}
	}
}

// TestFoundEquivocation: evidence of an equivocation this member found
// in its ring (job.Found) is published with its attestation, once per
// accused; evidence by another signer, against a stranger or malformed is
// refused; a quorum of attestations convicts the equivocator and drops it.
func TestFoundEquivocation(t *testing.T) {
	m := workMachine(t, RoleMember, member(1), 3, 1, 20)
	ev := &protocol.WorkEvidence{JobID: Hash{7}, Accused: member(2), Step: 6, Fault: protocol.FaultTampered,
		LeafIndex: 5, HopOut: []byte{1}, HopIn: []byte{2}, Verifier: member(1)}
	if !ev.IsEquivocation() {
		t.Fatal("not the equivocation form")
	}
	other, stranger, bad := *ev, *ev, *ev
	other.Verifier = member(3)
	stranger.Accused = Address{0xee}
	bad.HopIn = nil
	for _, c := range []struct {
		name string
		ev   *protocol.WorkEvidence
		want error
	}{
		{"another member's", &other, ErrParams},
		{"against a stranger", &stranger, ErrReceipt},
		{"without both statements", &bad, protocol.ErrMalformed},
	} {
		if err := m.Step(100, Found{c.ev}); !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v; want %v", c.name, err, c.want)
		}
	}
	if n := len(m.Ready().Publish); n != 0 {
		t.Fatalf("%d publications of refused evidence", n)
	}
	if err := m.Step(200, Found{ev}); err != nil {
		t.Fatal(err)
	}
	pub := m.Ready().Publish
	if len(pub) != 2 || pub[0].Evidence != ev || pub[1].Attestation == nil || *pub[1].Attestation != ev.Attestation() {
		t.Fatalf("published %+v; want the evidence and this member's attestation", pub)
	}
	m.Advance()
	again := *ev
	again.LeafIndex = 6 // found again in the next operation
	if err := m.Step(300, Found{&again}); err != nil || len(m.Ready().Publish) != 0 {
		t.Fatalf("found again: %v, published %d; want nothing more", err, len(m.Ready().Publish))
	}
	att := ev.Attestation()
	for _, who := range []Address{member(1), member(3)} {
		if err := m.Step(400, PeerAttestation{Attestation: att, Signer: who}); err != nil {
			t.Fatal(err)
		}
	}
	var dropped bool
	for _, tr := range m.Ready().Train {
		dropped = dropped || (tr.Kind == TrainDrop && tr.Peer == member(2) && tr.Conviction != nil)
	}
	if !dropped {
		t.Errorf("train effects %+v; want the equivocator dropped with its conviction", m.Ready().Train)
	}
}

// TestJobAuditTrained: a standby called into the ring in the middle of a
// receipt period trained only the steps after it joined, and its
// verifier refuses an audit of a step before (node.ErrNotTrained): its
// job audit is drawn only from steps it trained, whatever the receipts'
// seed and wherever it joined. From the steps after its first receipt,
// which every follower reads alike, so that the poster and the verifier
// draw the same step, seat statement held or not; a standby called into
// the last period, from after the join step its statement states, and
// without one it has no job audit.
func TestJobAuditTrained(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 2))
	var before, drawn, none int
	for c := 0; c < 500; c++ {
		k := 2 + rng.IntN(3)
		h := uint64(2 + rng.IntN(4))
		every := h * uint64(1+rng.IntN(3))
		periods := uint64(2 + rng.IntN(5))
		steps := every * periods
		a := &protocol.Award{JobID: Hash{7, byte(c)}, Poster: gPoster}
		for i := 1; i <= k; i++ {
			a.Winners = append(a.Winners, member(i))
			a.Prices = append(a.Prices, big.NewInt(10))
		}
		a.Standbys = []Address{standby(1), standby(2)}
		a.Prices = append(a.Prices, big.NewInt(10), big.NewInt(10))
		job := &protocol.JobAnnounce{JobID: a.JobID, Poster: gPoster, GroupSize: uint32(k), Steps: steps, Budget: big.NewInt(1_000_000)}
		m, err := New(0, testParams(), Config{Role: RolePoster, Self: gPoster, Job: job, Award: a, SettleDeadlineMs: 1 << 40, Chain: true,
			AuditRateBps: 1, LocalSteps: h, ReceiptEvery: every})
		if err != nil {
			t.Fatal(err)
		}
		// Winner 1 leaves after the receipt of period q; the standby is
		// called in at an outer boundary after it, within period q+1.
		q := uint64(rng.IntN(int(periods)))
		from := q*every + h*uint64(rng.IntN(int(every/h)))
		stated := rng.IntN(2) == 0
		if stated {
			if err := m.Step(0, PeerSeat{Seat: SignedSeat{SeatStatement: SeatStatement{JobID: a.JobID, Standby: standby(1), Seat: 0, From: from}}}); err != nil {
				t.Fatal(err)
			}
		}
		receipt := func(who Address, end uint64) {
			r := Receipt{StepReceipt: protocol.StepReceipt{JobID: a.JobID, Member: who, Step: end, ParamsHash: Hash{byte(end)}, ContribRoot: Hash{1, who[1]}}}
			copy(r.Sig[:], who[:])
			r.Sig[30], r.Sig[31] = byte(rng.Uint32()), byte(end)
			if err := m.Step(0, PeerReceipt{Receipt: r}); err != nil {
				t.Fatal(err)
			}
		}
		for p := uint64(1); p <= periods; p++ {
			end := p * every
			for _, w := range a.Winners {
				if w != member(1) || p <= q {
					receipt(w, end)
				}
			}
			if p > q {
				receipt(standby(1), end)
			}
			m.Advance()
		}
		m.Tick(testParams().FinishGraceMs) // winner 1 never receipts the last step: the poster samples the rest
		if m.periodAt(steps) < 0 {
			t.Fatalf("case %d: the last period is not seeded", c)
		}
		st, _, ok := m.jobAudit(standby(1))
		first := (q + 1) * every
		switch {
		case !ok && (first < steps || stated):
			t.Fatalf("case %d: no job audit for a standby that trained steps %d..%d (first receipt %d, statement %v)", c, from+1, steps, first, stated)
		case !ok:
			none++
		case st <= from:
			t.Fatalf("case %d: job audit at step %d; the standby joined after step %d (first receipt %d, statement %v)", c, st, from, first, stated)
		case st%h != 0 && st != steps:
			t.Fatalf("case %d: job audit at step %d, not an outer step (H = %d)", c, st, h)
		default:
			drawn++
		}
		// The old rule drew from the period it joined in (Book.Base).
		if old, ok := JobAuditStep(JobSeed(m.w.periods[m.periodAt(steps)].seeds.Of(standby(1))), standby(1), m.book.Base(standby(1))+1, steps, m.leaves()); ok && old <= from {
			before++
		}
	}
	t.Logf("500 jobs: %d job audits of the standby drawn, %d none (called into the last period, no statement); the period's steps before it joined would have drawn %d", drawn, none, before)
	if before == 0 || none == 0 {
		t.Fatalf("the cases do not cover a join mid-period (%d) and one in the last period without a statement (%d)", before, none)
	}
}

// TestJobAuditAfterGap: a winner restarted mid-training and called back
// into its ring states where it trains again (its seat statement, Book.Gaps);
// its commitments have no leaf in its gap, so its job audit is drawn from
// the steps after it, never in it.
func TestJobAuditAfterGap(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 3))
	var inGap int
	for c := 0; c < 300; c++ {
		const h, every, steps = 5, 10, 40
		a := &protocol.Award{JobID: Hash{8, byte(c), byte(c >> 8)}, Poster: gPoster, Winners: []Address{member(1), member(2)},
			Prices: []*big.Int{big.NewInt(10), big.NewInt(10)}}
		job := &protocol.JobAnnounce{JobID: a.JobID, Poster: gPoster, GroupSize: 2, Steps: steps, Budget: big.NewInt(1_000_000)}
		m, err := New(0, testParams(), Config{Role: RolePoster, Self: gPoster, Job: job, Award: a, SettleDeadlineMs: 1 << 40, Chain: true,
			AuditRateBps: 1, LocalSteps: h, ReceiptEvery: every})
		if err != nil {
			t.Fatal(err)
		}
		from := uint64(every + h*rng.IntN(5)) // it rejoined after step 10..30
		if err := m.Step(0, PeerSeat{Seat: SignedSeat{SeatStatement: SeatStatement{JobID: a.JobID, Standby: member(1), Seat: 0, From: from}}}); err != nil {
			t.Fatal(err)
		}
		for end := uint64(every); end <= steps; end += every {
			for _, w := range a.Winners {
				if w == member(1) && end > every && end <= from {
					continue // restarted after its receipt of step 10
				}
				r := Receipt{StepReceipt: protocol.StepReceipt{JobID: a.JobID, Member: w, Step: end, ParamsHash: Hash{byte(end)}, ContribRoot: Hash{1, w[1]}}}
				copy(r.Sig[:], w[:])
				r.Sig[30], r.Sig[31] = byte(rng.Uint32()), byte(end)
				if err := m.Step(0, PeerReceipt{Receipt: r}); err != nil {
					t.Fatal(err)
				}
			}
		}
		st, _, ok := m.jobAudit(member(1))
		if !ok || st <= from {
			t.Fatalf("case %d: job audit at step %d (%v); the winner rejoined after step %d", c, st, ok, from)
		}
		if old, ok := JobAuditStep(JobSeed(m.w.periods[m.periodAt(steps)].seeds.Of(member(1))), member(1), 1, steps, m.leaves()); ok && old > every && old <= from {
			inGap++
		}
	}
	t.Logf("300 jobs: drawn from 1, %d job audits would have fallen in the gap", inGap)
	if inGap == 0 {
		t.Fatal("no case with a job audit in the gap: the test does not cover it")
	}
}

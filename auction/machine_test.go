package auction

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

func TestMachineHappyPath(t *testing.T) {
	p := testParams()
	job := testJob(2, 1_000_000) // cap = 1e6 / (2·100) = 5000 per step
	expect := expectOf(t, p, job)
	pm := newMachine(t, p, job, poster)
	bids := []bid{
		makeBid(job, expect, addr(1), 300, 20),
		makeBid(job, expect, addr(2), 100, 20),
		makeBid(job, expect, addr(3), 200, 20),
		makeBid(job, expect, addr(4), 400, 20),
	}
	for _, b := range bids {
		if err := pm.Step(tCommit, b.commit); err != nil {
			t.Fatalf("commit: %v", err)
		}
	}
	if got := len(eventsOf(drain(pm), EventCommit)); got != 4 {
		t.Fatalf("%d commit events; want 4", got)
	}
	pm.Tick(tReveal)
	for _, b := range bids {
		if err := pm.Step(tReveal, b.reveal); err != nil {
			t.Fatalf("reveal: %v", err)
		}
	}
	pm.Tick(tClear - 1)
	if pm.Result() != nil {
		t.Fatal("cleared before the reveal window closed")
	}
	drain(pm)
	pm.Tick(tClear)
	rd := drain(pm)
	res := pm.Result()
	if res == nil || res.Award == nil {
		t.Fatalf("no award: %+v", res)
	}
	want := &Award{JobID: job.JobID, Poster: poster, Winners: []Address{addr(2), addr(3)}, Standbys: []Address{addr(1), addr(4)},
		// Winners at the first loser's 300; the first standby at the most
		// it could ask and stay before the bid after it (399: asking 400 it
		// would tie b4 and lose on the tie hash), the last at the cap (no
		// bid after it).
		Prices: []*big.Int{big.NewInt(300), big.NewInt(300), big.NewInt(399), big.NewInt(5000)}}
	if !EqualAwards(res.Award, want) {
		t.Errorf("award = %+v; want %+v", res.Award, want)
	}
	if len(rd.Messages) != 1 || rd.Messages[0].Kind() != KindAward {
		t.Fatalf("poster machine sends %v; want its award to sign", rd.Messages)
	}
	// The poster signs and steps its own award back.
	if err := pm.Step(tClear+5, signed(rd.Messages[0])); err != nil {
		t.Fatal(err)
	}
	aw := eventsOf(drain(pm), EventAward)
	if len(aw) != 1 || !aw[0].Matches {
		t.Fatalf("award events %+v; want one that matches", aw)
	}
	if !pm.Done() {
		t.Error("machine not done after its award")
	}
}

// TestDropReasons feeds one bad message per case after a common setup and
// checks the reason it is dropped with.
func TestDropReasons(t *testing.T) {
	p := testParams()
	job := testJob(2, 1_000_000)
	expect := expectOf(t, p, job)
	b1 := makeBid(job, expect, addr(1), 100, 20)
	b2 := makeBid(job, expect, addr(2), 100, 20)
	other := testJob(2, 1_000_000)
	other.Nonce = 8
	other.JobID = protocol.JobIDOf(poster, 8)
	tamper := *b2.reveal.Msg.(*BidReveal)
	tamper.PricePerStep = big.NewInt(99)
	posterBid := makeBid(job, expect, poster, 1, 20)
	goodAward := &Award{JobID: job.JobID, Poster: poster, Winners: []Address{addr(1), addr(2)}, Standbys: []Address{}, Prices: []*big.Int{big.NewInt(5000), big.NewInt(5000)}}
	notPoster := *goodAward
	notPoster.Poster = addr(9)
	short := *goodAward
	short.Winners = []Address{addr(1)}
	twice := *goodAward
	twice.Winners = []Address{addr(1), addr(1)}
	dear := *goodAward
	dear.Prices = []*big.Int{big.NewInt(5000), big.NewInt(5001)}
	unpriced := *goodAward
	unpriced.Prices = []*big.Int{big.NewInt(5000)}

	tests := []struct {
		name  string
		setup []Signed // applied in their phase before msg
		at    uint64
		msg   Signed
		want  error
	}{
		{"commit for another job", nil, tCommit, makeBid(other, expect, addr(1), 1, 20).commit, ErrWrongJob},
		{"late commit", nil, tCommitDL + 100, b1.commit, ErrLate},
		{"commit within grace", nil, tCommitDL + 99, b1.commit, nil},
		{"duplicate commit", []Signed{b1.commit}, tCommit, b1.commit, ErrDuplicate},
		{"poster bids", nil, tCommit, posterBid.commit, ErrPosterBid},
		{"early reveal", []Signed{b1.commit}, tCommitDL - 1, b1.reveal, ErrEarly},
		{"late reveal", []Signed{b1.commit}, tRevealDL + 100, b1.reveal, ErrLate},
		{"reveal mismatch", []Signed{b2.commit}, tReveal, signed(&tamper), ErrMismatch},
		{"duplicate reveal", []Signed{b1.commit, b1.reveal}, tReveal, b1.reveal, ErrDuplicate},
		{"replayed announcement", nil, tCommit, signed(job), ErrDuplicate},
		{"conflicting decline", []Signed{signed(&Decline{JobID: job.JobID, Provider: addr(5), Reason: DeclineBusy})}, tCommit, signed(&Decline{JobID: job.JobID, Provider: addr(5), Reason: DeclineVRAM}), ErrConflict},
		{"award not from poster", nil, tClear, signed(&notPoster), ErrNotPoster},
		{"award before reveal deadline", nil, tRevealDL - 1, signed(goodAward), ErrEarly},
		{"award with too few winners", nil, tClear, signed(&short), ErrBadAward},
		{"award naming a peer twice", nil, tClear, signed(&twice), ErrBadAward},
		{"award above cap", nil, tClear, signed(&dear), ErrBadAward},
		{"award with a price missing", nil, tClear, signed(&unpriced), ErrBadAward},
		{"duplicate award", []Signed{signed(goodAward)}, tClear, signed(goodAward), ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMachine(t, p, job, addr(50))
			for _, s := range tt.setup {
				at := uint64(tCommit)
				switch s.Msg.Kind() {
				case KindReveal:
					at = tReveal
				case KindAward:
					at = tClear
				}
				if err := m.Step(at, s); err != nil {
					t.Fatalf("setup %v: %v", s.Msg.Kind(), err)
				}
			}
			drain(m)
			err := m.Step(tt.at, tt.msg)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Step = %v; want %v", err, tt.want)
			}
			if tt.want == nil {
				return
			}
			drops := eventsOf(drain(m), EventDropped)
			if len(drops) != 1 || !errors.Is(drops[0].Err, tt.want) || drops[0].Peer != tt.msg.Msg.Signer() {
				t.Errorf("drop events %+v; want one for %v with %v", drops, tt.msg.Msg.Signer(), tt.want)
			}
		})
	}
}

func TestEquivocation(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	honest := makeBid(job, expect, addr(1), 500, 20)
	cheat1 := makeBid(job, expect, addr(2), 100, 20)
	cheat2 := makeBid(job, expect, addr(2), 101, 20)
	for _, tc := range []struct {
		name    string
		commits []Signed
		reveals []Signed
		kind    EvidenceKind
	}{
		{"two commits", []Signed{honest.commit, cheat1.commit, cheat2.commit}, []Signed{honest.reveal, cheat1.reveal}, EvidenceCommit},
		{"two reveals", []Signed{honest.commit, cheat1.commit}, []Signed{honest.reveal, cheat1.reveal, cheat2.reveal}, EvidenceReveal},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newMachine(t, p, job, addr(50))
			var evs []Event
			for _, s := range tc.commits {
				m.Step(tCommit, s)
			}
			for _, s := range tc.reveals {
				m.Step(tReveal, s)
			}
			evs = append(evs, drain(m).Events...)
			var ev *Evidence
			for _, e := range evs {
				if e.Kind == EventEquivocation {
					ev = e.Evidence
				}
			}
			if ev == nil {
				t.Fatal("no evidence")
			}
			if ev.Kind != tc.kind || ev.Signer != addr(2) || ev.First.Equal(ev.Second) {
				t.Errorf("evidence %+v; want kind %v by %v with two different messages", ev, tc.kind, addr(2))
			}
			if err := ev.Check(); err != nil {
				t.Errorf("evidence does not check: %v", err)
			}
			eq := ev.Equivocation()
			first, second := eq.MsgA, eq.MsgB
			if len(first) == 0 || string(first) == string(second) {
				t.Error("submission does not hold two different ABI encodings")
			}
			// A further message from the cheat is refused, and it cannot win.
			if err := m.Step(tReveal, cheat2.reveal); !errors.Is(err, ErrEquivocated) && !errors.Is(err, ErrDuplicate) {
				t.Errorf("message after equivocation: %v", err)
			}
			m.Tick(tClear)
			if got := m.Result().Award.Winners; !slices.Equal(got, []Address{addr(1)}) {
				t.Errorf("winners %v; want only the honest bidder", got)
			}
		})
	}
}

func TestEvidenceCheckRejects(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	a, b := makeBid(job, expect, addr(1), 1, 20), makeBid(job, expect, addr(2), 2, 20)
	tests := []struct {
		name string
		e    Evidence
	}{
		{"same message", Evidence{Kind: EvidenceCommit, JobID: job.JobID, Signer: addr(1), First: a.commit, Second: a.commit}},
		{"two signers", Evidence{Kind: EvidenceCommit, JobID: job.JobID, Signer: addr(1), First: a.commit, Second: b.commit}},
		{"wrong kind", Evidence{Kind: EvidenceReveal, JobID: job.JobID, Signer: addr(1), First: a.commit, Second: a.reveal}},
		{"unknown kind", Evidence{Kind: 3, JobID: job.JobID, Signer: addr(1), First: a.commit, Second: a.reveal}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.e.Check(); !errors.Is(err, ErrMalformed) {
				t.Errorf("Check = %v; want ErrMalformed", err)
			}
		})
	}
}

func TestOfferBidsThenReveals(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	m := newMachine(t, p, job, addr(1))
	if m.Seed() != testDomain.Digest(job) {
		t.Fatal("challenge seed is not the announcement's digest")
	}
	offer := Offer{VRAMBytes: 24 << 30, Throughput: 30, LatencyMs: 12, Attestation: expect, Salt: Hash{9}, PriceFloor: big.NewInt(700)}
	if err := m.Offer(tCommit, offer); err != nil {
		t.Fatal(err)
	}
	if err := m.Offer(tCommit, offer); !errors.Is(err, ErrAlreadyOffered) {
		t.Errorf("second Offer = %v; want ErrAlreadyOffered", err)
	}
	rd := drain(m)
	if len(rd.Messages) != 1 {
		t.Fatalf("offer sends %v; want one commit", rd.Messages)
	}
	c := rd.Messages[0].(*BidCommit)
	m.Step(tCommit, signed(c))
	m.Tick(tCommitDL + 99) // some peers still take commits: do not reveal yet
	if rd := drain(m); len(rd.Messages) != 0 {
		t.Fatalf("revealed inside the grace: %v", rd.Messages)
	}
	m.Tick(tCommitDL + 100)
	rd = drain(m)
	if len(rd.Messages) != 1 || rd.Messages[0].Kind() != KindReveal {
		t.Fatalf("sends %v; want the reveal", rd.Messages)
	}
	r := rd.Messages[0].(*BidReveal)
	if r.Commitment() != c.Commitment || r.PricePerStep.Int64() != 700 || r.LatencyMs != 12 {
		t.Errorf("reveal %+v does not open commit %+v at the floor", r, c)
	}
	m.Tick(tCommitDL + 500)
	if rd := drain(m); len(rd.Messages) != 0 {
		t.Errorf("revealed twice: %v", rd.Messages)
	}
	bad := newMachine(t, p, job, addr(2))
	offer.Attestation = Hash{1}
	if err := bad.Offer(tCommit, offer); !errors.Is(err, ErrIneligible) {
		t.Errorf("offer with a wrong attestation = %v; want ErrIneligible", err)
	}
	late := newMachine(t, p, job, addr(3))
	if err := late.Offer(tCommitDL, offer); !errors.Is(err, ErrLate) {
		t.Errorf("offer after the deadline = %v; want ErrLate", err)
	}
}

func TestOfferDeclines(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000) // cap 10 000
	expect := expectOf(t, p, job)
	fits := Offer{VRAMBytes: 8 << 30, Throughput: 10, Attestation: expect, PriceFloor: big.NewInt(10_000)}
	tests := []struct {
		name string
		edit func(*Offer)
		want DeclineReason
	}{
		{"busy", func(o *Offer) { o.Busy = true }, DeclineBusy},
		{"too little VRAM", func(o *Offer) { o.VRAMBytes-- }, DeclineVRAM},
		{"too slow", func(o *Offer) { o.Throughput = 9 }, DeclineTooSlow},
		{"price floor above cap", func(o *Offer) { o.PriceFloor = big.NewInt(10_001) }, DeclinePrice},
		{"fits exactly", func(*Offer) {}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := fits
			tt.edit(&o)
			m := newMachine(t, p, job, addr(1))
			if err := m.Offer(tCommit, o); err != nil {
				t.Fatal(err)
			}
			msgs := drain(m).Messages
			if len(msgs) != 1 {
				t.Fatalf("sends %v", msgs)
			}
			d, isDecline := msgs[0].(*Decline)
			switch {
			case tt.want == 0 && isDecline:
				t.Errorf("declined (%v); want a bid", d.Reason)
			case tt.want != 0 && (!isDecline || d.Reason != tt.want):
				t.Errorf("sends %+v; want a decline for %v", msgs[0], tt.want)
			case isDecline:
				m.Step(tCommit, signed(d))
				if ev := eventsOf(drain(m), EventDecline); len(ev) != 1 || ev[0].Reason != tt.want {
					t.Errorf("decline events %+v", ev)
				}
			}
		})
	}
}

func TestAwardMismatchAndMissing(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	bids := []bid{makeBid(job, expect, addr(1), 100, 20), makeBid(job, expect, addr(2), 200, 20)}
	run := func() *Machine {
		m := newMachine(t, p, job, addr(50))
		for _, b := range bids {
			m.Step(tCommit, b.commit)
			m.Step(tReveal, b.reveal)
		}
		return m
	}
	// The poster's award arrives before this peer clears (its clock runs
	// ahead): the check waits for clearing.
	m := run()
	wrong := &Award{JobID: job.JobID, Poster: poster, Winners: []Address{addr(2)}, Standbys: []Address{}, Prices: []*big.Int{big.NewInt(100)}}
	if err := m.Step(tRevealDL+50, signed(wrong)); err != nil {
		t.Fatal(err)
	}
	if ev := eventsOf(drain(m), EventAward); len(ev) != 0 {
		t.Fatalf("award judged before clearing: %+v", ev)
	}
	m.Tick(tClear)
	ev := eventsOf(drain(m), EventAward)
	if len(ev) != 1 || ev[0].Matches {
		t.Fatalf("award events %+v; want one mismatch", ev)
	}
	// No award at all.
	m = run()
	m.Tick(tClear)
	m.Tick(tClear + awardWaitMs - 1)
	if len(eventsOf(drain(m), EventAwardMissing)) != 0 || m.Done() {
		t.Fatal("gave up on the award too early")
	}
	m.Tick(tClear + awardWaitMs)
	if len(eventsOf(drain(m), EventAwardMissing)) != 1 || !m.Done() {
		t.Fatal("did not give up on a missing award")
	}
}

func TestNoAwardWhenTooFewBids(t *testing.T) {
	p := testParams()
	job := testJob(3, 1_000_000)
	expect := expectOf(t, p, job)
	m := newMachine(t, p, job, poster)
	for i := 1; i <= 2; i++ {
		b := makeBid(job, expect, addr(i), 100, 20)
		m.Step(tCommit, b.commit)
		m.Step(tReveal, b.reveal)
	}
	m.Step(tCommit, signed(&Decline{JobID: job.JobID, Provider: addr(3), Reason: DeclineVRAM}))
	drain(m)
	m.Tick(tClear)
	rd := drain(m)
	if m.Result().Award != nil || len(rd.Messages) != 0 || !m.Done() {
		t.Fatalf("award %+v, messages %v with 2 bids for 3 seats", m.Result().Award, rd.Messages)
	}
	if m.Result().Why == "" {
		t.Error("no explanation for the missing award")
	}
}

func TestBiddersBounded(t *testing.T) {
	p := testParams()
	p.BiddersMax = 3
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	m := newMachine(t, p, job, addr(50))
	for i := 1; i <= 5; i++ {
		err := m.Step(tCommit, makeBid(job, expect, addr(i), 100, 20).commit)
		if (i > 3) != errors.Is(err, ErrFull) {
			t.Errorf("commit %d: %v", i, err)
		}
	}
}

func TestNewRejectsBadAnnouncement(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	job.JobID[0] ^= 1
	if _, err := New(p, testDomain, signed(job), addr(1)); !errors.Is(err, ErrBadAnnounce) {
		t.Errorf("New with a forged job ID: %v", err)
	}
	if _, err := New(p, testDomain, signed(&BidCommit{}), addr(1)); !errors.Is(err, ErrBadAnnounce) {
		t.Errorf("New from a commit: %v", err)
	}
}

// TestFollowerAdoptsMissedBids: a follower that missed commits and
// reveals (offline, or lost) takes them from the poster's award, which
// carries the bids that decide it, and its clearing then equals the
// award, whether the award comes after its clearing (it clears again) or
// before (it clears with them). A bid in the award that differs from what
// the follower holds is the bidder's equivocation.
func TestFollowerAdoptsMissedBids(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	bids := []bid{
		makeBid(job, expect, addr(1), 100, 20), makeBid(job, expect, addr(2), 150, 20),
		makeBid(job, expect, addr(3), 200, 20), makeBid(job, expect, addr(4), 300, 20),
		makeBid(job, expect, addr(5), 400, 20),
	}
	post := newMachine(t, p, job, poster)
	for _, b := range bids {
		post.Step(tCommit, b.commit)
		post.Step(tReveal, b.reveal)
	}
	post.Tick(tClear)
	rd := drain(post)
	if len(rd.Messages) != 1 {
		t.Fatalf("poster sends %d messages; want its award", len(rd.Messages))
	}
	sent := rd.Messages[0].(*Award)
	// Members 1 (winner), 2 and 3 (standbys) and bid 4, which sets 3's
	// price: a commit and a reveal each; bid 5 decides nothing.
	if len(sent.Bids) != 8 || sent.Bids[0].Msg.Kind() != KindCommit || sent.Bids[7].Msg.(*BidReveal).Bidder != addr(4) {
		t.Fatalf("award carries %d bids; want the commits and reveals of bidders 1 to 4", len(sent.Bids))
	}
	award := signed(sent)
	if err := post.Step(tClear, award); err != nil {
		t.Fatal(err)
	}
	if e := eventsOf(drain(post), EventAward); len(e) != 1 || !e[0].Matches || len(e[0].Award.Msg.(*Award).Bids) != 0 {
		t.Fatalf("poster's own award events %+v; want one match, kept without its bids", e)
	}
	// missed: bidder 1 entirely, bidder 3's reveal, bidder 5 entirely.
	follower := func() *Machine {
		m := newMachine(t, p, job, addr(60))
		for i, b := range bids {
			if i == 0 || i == 4 {
				continue
			}
			m.Step(tCommit, b.commit)
			if i != 2 {
				m.Step(tReveal, b.reveal)
			}
		}
		return m
	}
	for _, tc := range []struct {
		name      string
		awardAt   uint64
		reclears  bool
		wantEvent EventKind
	}{
		{"award after clearing", tClear + 500, true, EventRecleared},
		{"award before clearing", tRevealDL + 50, false, EventCleared},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := follower()
			if !tc.reclears {
				if err := m.Step(tc.awardAt, award); err != nil {
					t.Fatal(err)
				}
			}
			m.Tick(tClear)
			first := drain(m)
			if tc.reclears {
				if c := eventsOf(first, EventCleared); len(c) != 1 || EqualAwards(c[0].Result.Award, sent) {
					t.Fatalf("clearing without the missed bids %+v; want one that differs from the award", c)
				}
				if err := m.Step(tc.awardAt, award); err != nil {
					t.Fatal(err)
				}
			}
			rd := first
			if tc.reclears {
				rd.Events = append(first.Events, drain(m).Events...)
			}
			cl := eventsOf(rd, tc.wantEvent)
			if len(cl) != 1 || !EqualAwards(cl[0].Result.Award, sent) {
				t.Fatalf("%v events %+v; want one clearing equal to the award", tc.wantEvent, cl)
			}
			if a := eventsOf(rd, EventAward); len(a) != 1 || !a[0].Matches {
				t.Fatalf("award events %+v; want one match", a)
			}
			if tc.reclears {
				if !slices.Equal(cl[0].Adopted, []Address{addr(1), addr(3)}) {
					t.Errorf("adopted %v; want bidders 1 and 3", cl[0].Adopted)
				}
				// Bidder 3 was recorded as never revealing at the first
				// clearing; the second records its reveal, once.
				obs := Observations(&cl[0])
				if len(obs) != 2 || obs[0].Conduct != BidHonoured {
					t.Errorf("observations of the second clearing %+v; want the two adopted bids honoured", obs)
				}
				if n := len(eventsOf(rd, EventNoReveal)); n != 1 {
					t.Errorf("%d no-reveal events; want 1 (the first clearing's, not repeated)", n)
				}
			}
			if !m.Done() {
				t.Error("not done after a matching award")
			}
		})
	}
	// A bid in the award that differs from the follower's is evidence.
	m := newMachine(t, p, job, addr(60))
	other := makeBid(job, expect, addr(1), 101, 20)
	m.Step(tCommit, other.commit)
	m.Tick(tClear)
	drain(m)
	if err := m.Step(tClear+500, award); err != nil {
		t.Fatal(err)
	}
	if e := eventsOf(drain(m), EventEquivocation); len(e) != 1 || e[0].Peer != addr(1) {
		t.Fatalf("equivocation events %+v; want bidder 1's two commits", e)
	}
}

// TestFollowerHoldsBidPosterDidNotSee: a follower that holds a bid the
// poster never saw clears with exactly the bids the award carries, so its
// clearing still equals the award; the extra bid is an omission by the
// poster (EventOmitted) where it would have changed the award, and nothing
// where it would have ranked below every deciding bid. Whether the award
// comes before or after the follower's own clearing makes no difference.
func TestFollowerHoldsBidPosterDidNotSee(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	// The poster sees 2 to 5: winner 2, standbys 3 and 4, bid 5 sets 4's
	// price.
	seen := []bid{
		makeBid(job, expect, addr(2), 150, 20), makeBid(job, expect, addr(3), 200, 20),
		makeBid(job, expect, addr(4), 300, 20), makeBid(job, expect, addr(5), 400, 20),
	}
	post := newMachine(t, p, job, poster)
	for _, b := range seen {
		post.Step(tCommit, b.commit)
		post.Step(tReveal, b.reveal)
	}
	post.Tick(tClear)
	rd := drain(post)
	if len(rd.Messages) != 1 {
		t.Fatalf("poster sends %d messages; want its award", len(rd.Messages))
	}
	sent := rd.Messages[0].(*Award)
	award := signed(sent)
	for _, tc := range []struct {
		name    string
		extra   bid
		omitted bool // the extra bid would have changed the award
	}{
		{"extra bid would win", makeBid(job, expect, addr(1), 100, 20), true},
		{"extra bid would set the last standby's price", makeBid(job, expect, addr(7), 350, 20), true},
		{"extra bid ranks below every deciding bid", makeBid(job, expect, addr(6), 1000, 20), false},
	} {
		for _, before := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/award before clearing %v", tc.name, before), func(t *testing.T) {
				m := newMachine(t, p, job, addr(60))
				for _, b := range append(slices.Clone(seen), tc.extra) {
					m.Step(tCommit, b.commit)
					m.Step(tReveal, b.reveal)
				}
				awardAt := uint64(tClear + 500)
				if before {
					awardAt = tRevealDL + 50
					if err := m.Step(awardAt, award); err != nil {
						t.Fatal(err)
					}
				}
				m.Tick(tClear)
				if !before {
					if err := m.Step(awardAt, award); err != nil {
						t.Fatal(err)
					}
				}
				rd := drain(m)
				if !EqualAwards(m.Result().Award, sent) {
					t.Fatalf("follower's clearing %+v; want the award %+v", m.Result().Award, sent)
				}
				a := eventsOf(rd, EventAward)
				if len(a) != 1 || !a[0].Matches || a[0].Deviation != nil {
					t.Fatalf("award events %+v; want one match, no deviation", a)
				}
				om := eventsOf(rd, EventOmitted)
				re := eventsOf(rd, EventRecleared)
				if tc.omitted {
					if len(om) != 1 || om[0].Peer != tc.extra.reveal.Msg.Signer() || om[0].Poster != m.Job().Poster {
						t.Errorf("omitted events %+v; want the extra bidder's, naming the poster", om)
					}
					// Reputation scores the poster for it.
					if obs := Observations(&om[0]); len(obs) != 1 || obs[0].Peer != m.Job().Poster || obs[0].Conduct != OmittedBid {
						t.Errorf("observations of the omission %+v; want one omitted-bid of the poster", obs)
					}
					if len(re) != 1 || !EqualAwards(re[0].Result.Award, sent) || len(re[0].Adopted) != 0 {
						t.Errorf("recleared events %+v; want one, equal to the award, adopting no one", re)
					}
					// The own clearing ranked the extra bid: its
					// observations are this peer's (the bid was honoured).
					if c := eventsOf(rd, EventCleared); len(c) != 1 || EqualAwards(c[0].Result.Award, sent) {
						t.Errorf("cleared events %+v; want one of this peer's own bids, differing", c)
					}
				} else if len(om)+len(re) != 0 {
					t.Errorf("omitted %+v, recleared %+v; want none for a bid that decides nothing", om, re)
				}
				if !m.Done() {
					t.Error("not done after a matching award")
				}
			})
		}
	}
}

// TestAwardNotItsBidsClearing: an award whose carried bids clear to
// another award is the poster's deviation, with the carried reveals as
// the evidence, whatever bids the follower holds itself.
func TestAwardNotItsBidsClearing(t *testing.T) {
	p := testParams()
	job := testJob(1, 1_000_000)
	expect := expectOf(t, p, job)
	bids := []bid{
		makeBid(job, expect, addr(2), 150, 20), makeBid(job, expect, addr(3), 200, 20),
		makeBid(job, expect, addr(4), 300, 20), makeBid(job, expect, addr(5), 400, 20),
	}
	post := newMachine(t, p, job, poster)
	for _, b := range bids {
		post.Step(tCommit, b.commit)
		post.Step(tReveal, b.reveal)
	}
	post.Tick(tClear)
	forged := *drain(post).Messages[0].(*Award)
	forged.Winners, forged.Standbys = []Address{addr(3)}, []Address{addr(2), addr(4)}
	m := newMachine(t, p, job, addr(60))
	bids = append(bids, makeBid(job, expect, addr(1), 100, 20))
	for _, b := range bids {
		m.Step(tCommit, b.commit)
		m.Step(tReveal, b.reveal)
	}
	m.Tick(tClear)
	if err := m.Step(tClear+500, signed(&forged)); err != nil {
		t.Fatal(err)
	}
	a := eventsOf(drain(m), EventAward)
	if len(a) != 1 || a[0].Matches || a[0].Deviation == nil {
		t.Fatalf("award events %+v; want one mismatch with evidence", a)
	}
	if err := p.CheckAwardEvidence(testDomain, a[0].Deviation); err != nil {
		t.Errorf("the evidence does not check: %v", err)
	}
	if n := len(a[0].Deviation.Reveals); n != 4 {
		t.Errorf("evidence has %d reveals; want the award's 4", n)
	}
}

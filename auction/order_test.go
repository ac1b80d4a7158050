package auction

import (
	"fmt"
	"math/big"
	"slices"
	"testing"
)

// scenario is a set of signed messages for one job, honest and not:
// bidders who reveal, bidders who never reveal, equivocators, reveals that
// do not match, reveals without commits, duplicates and declines.
type scenario struct {
	job        *JobAnnounce
	msgs       []Signed
	nonReveals []Address
	cheats     []Address
}

func randomScenario(t *testing.T, p Params, r interface{ IntN(int) int }, rep MapReputation) *scenario {
	job := tableJob(p, testJob(uint32(1+r.IntN(3)), 10_000_000), rep)
	expect := expectOf(t, p, job)
	sc := &scenario{job: job}
	n := 3 + r.IntN(12)
	for i := 1; i <= n; i++ {
		who := addr(i)
		b := makeBid(job, expect, who, int64(1+r.IntN(500)), uint64(10+r.IntN(20)))
		switch r.IntN(8) {
		case 0: // commits, never reveals
			sc.msgs = append(sc.msgs, b.commit)
			sc.nonReveals = append(sc.nonReveals, who)
		case 1: // two commits
			other := makeBid(job, expect, who, 1000, 20)
			sc.msgs = append(sc.msgs, b.commit, other.commit, b.reveal)
			sc.cheats = append(sc.cheats, who)
		case 2: // two reveals
			other := *b.reveal.Msg.(*BidReveal)
			other.Salt[31] ^= 1
			sc.msgs = append(sc.msgs, b.commit, b.reveal, signed(&other))
			sc.cheats = append(sc.cheats, who)
		case 3: // a reveal that does not open the commit
			other := *b.reveal.Msg.(*BidReveal)
			other.PricePerStep = new(big.Int).Add(other.PricePerStep, big.NewInt(1))
			sc.msgs = append(sc.msgs, b.commit, signed(&other))
			sc.nonReveals = append(sc.nonReveals, who)
		case 4: // a reveal without a commit
			sc.msgs = append(sc.msgs, b.reveal)
			sc.nonReveals = append(sc.nonReveals, who)
		case 5: // sent twice
			sc.msgs = append(sc.msgs, b.commit, b.reveal, b.commit, b.reveal)
		case 6:
			sc.msgs = append(sc.msgs, signed(&Decline{JobID: job.JobID, Provider: who, Reason: DeclineBusy}))
		default:
			sc.msgs = append(sc.msgs, b.commit, b.reveal)
		}
	}
	return sc
}

// runScenario delivers msgs to a fresh machine in the given order, all at a
// time inside the grace after the commit deadline, when both commits and
// reveals are accepted, so that any order is possible, then clears.
func runScenario(t *testing.T, p Params, sc *scenario, order []int) *Result {
	m := newMachine(t, p, sc.job, addr(999))
	for _, i := range order {
		m.Step(tCommitDL+50, sc.msgs[i])
	}
	m.Tick(tClear)
	return m.Result()
}

func resultKey(res *Result) string {
	if res.Award == nil {
		return "no award: " + res.Why
	}
	a := res.Award
	return fmt.Sprintf("winners %v standbys %v prices %v", a.Winners, a.Standbys, a.Prices)
}

// TestClearingIndependentOfOrder: every permutation of the same messages
// yields the same award, and bidders who never (validly) revealed or who
// equivocated never win nor stand by.
func TestClearingIndependentOfOrder(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	r := newRand(t, 42)
	rep := MapReputation{Default: 0.5, Scores: map[Address]float64{addr(1): 1, addr(2): 0, addr(3): 0.9}}
	for c := range 60 {
		sc := randomScenario(t, p, r, rep)
		order := make([]int, len(sc.msgs))
		for i := range order {
			order[i] = i
		}
		first := runScenario(t, p, sc, order)
		want := resultKey(first)
		if first.Award != nil {
			for _, bad := range append(slices.Clone(sc.nonReveals), sc.cheats...) {
				if slices.Contains(first.Award.Winners, bad) || slices.Contains(first.Award.Standbys, bad) {
					t.Fatalf("case %d: %v never validly revealed or equivocated, yet is in %s", c, bad, want)
				}
			}
		}
		for range 20 {
			r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			if got := resultKey(runScenario(t, p, sc, order)); got != want {
				t.Fatalf("case %d: order %v gives %s; the original order gives %s", c, order, got, want)
			}
		}
	}
}

// TestNonRevealersNeverWin: however low a non-revealer's sealed bid, it
// never wins, even when that leaves too few bids for an award.
func TestNonRevealersNeverWin(t *testing.T) {
	p := testParams()
	p.ChallengeN = 8
	r := newRand(t, 3)
	for c := range 100 {
		job := testJob(uint32(1+r.IntN(3)), 10_000_000)
		expect := expectOf(t, p, job)
		m := newMachine(t, p, job, addr(999))
		var silent []Address
		for i := 1; i <= 2+r.IntN(8); i++ {
			b := makeBid(job, expect, addr(i), int64(1+r.IntN(1000)), 20)
			m.Step(tCommit, b.commit)
			if r.IntN(2) == 0 {
				silent = append(silent, addr(i))
				continue
			}
			m.Step(tReveal, b.reveal)
		}
		drain(m)
		m.Tick(tClear)
		noReveal := eventsOf(drain(m), EventNoReveal)
		if len(noReveal) != len(silent) {
			t.Fatalf("case %d: %d no-reveal events for %d silent bidders", c, len(noReveal), len(silent))
		}
		if a := m.Result().Award; a != nil {
			for _, s := range silent {
				if slices.Contains(a.Winners, s) || slices.Contains(a.Standbys, s) {
					t.Fatalf("case %d: non-revealer %v in award %+v", c, s, a)
				}
			}
		}
	}
}

package chain

import (
	"math/big"
	"testing"
	"time"
)

// TestVerifiersPaid (issue 16): a job escrowed with a verification bound
// pays its verifiers' audits even when every winner trained in full (the
// steps bound, groupSize x steps, is used up by the winners): each member
// is owed its price x (steps + audits), the audits in all at most the
// bound; what the settlement does not pay of the verification share is
// refunded; tokens in = paid + refunded + held.
func TestVerifiersPaid(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		const groupSize, steps, audits = 2, 10, 4
		price := tokens(1)
		training := tokens(20) // the auction's cap: 20 / (2 x 10) = 1 per step
		escrow := VerificationEscrow(training, groupSize, steps, audits)
		wantEq(t, "escrow", escrow, tokens(24)) // 20 + ceil(20 x 4 / 20)
		id, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: groupSize, Steps: steps, Audits: audits,
			Budget: escrow, SettleDeadline: e.now().Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		j := e.job(id)
		if j.Audits != audits {
			t.Fatalf("job's verification bound = %d, want %d", j.Audits, audits)
		}
		wantEq(t, "training budget", j.TrainingBudget(), training)
		// Two winners that trained every step, a standby that verified.
		a := e.award(id, price, w[:2], w[2])

		for _, c := range []struct {
			name   string
			p      Payout
			revert string
		}{
			{"audits over the bound", Payout{Award: a, Steps: []uint64{10, 10, 0}, Audits: []uint64{1, 1, 3}}, "TooManyAudits"},
			{"audits not one per member", Payout{Award: a, Steps: []uint64{10, 10, 0}, Audits: []uint64{1, 1}}, "LengthMismatch"},
			{"steps over the steps bound", Payout{Award: a, Steps: []uint64{10, 10, 1}, Audits: []uint64{0, 0, 0}}, "TooManySteps"},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := e.poster.Settle(e.ctx, []Payout{c.p})
				wantRevert(t, err, c.revert)
			})
		}
		e.tx(e.poster.Settle(e.ctx, []Payout{NewPayout(a, []uint64{11, 10, 2}, []uint64{1, 0, 2})}))
		wantEq(t, "credit w0 (10 steps, 1 audit)", e.credit(id, w[0]), mul(price, 11))
		wantEq(t, "credit w1 (10 steps)", e.credit(id, w[1]), mul(price, 10))
		wantEq(t, "credit standby (2 audits)", e.credit(id, w[2]), mul(price, 2))

		e.advance(e.cp.ChallengeWindow)
		for _, c := range w[:3] {
			e.tx(e.outsider.Release(e.ctx, c.Address(), id))
		}
		e.tx(e.outsider.Refund(e.ctx, id))
		paid := mul(price, 23)
		for i, gross := range []int64{11, 10, 2} {
			g := mul(price, gross)
			wantEq(t, "balance "+w[i].Address().Hex()[:8], e.balance(w[i]), sub(g, fee(g, e.cp.FeeBps)))
		}
		// The unused audit (4 in the bound, 3 paid) returns to the poster.
		wantEq(t, "poster refund", e.balance(e.poster), sub(escrow, paid))
		held := new(big.Int)
		for _, c := range append([]*Client{e.poster, e.gov}, w[:3]...) {
			held.Add(held, e.balance(c))
		}
		wantEq(t, "tokens in = held", held, escrow)
		wantEq(t, "contract tokens", e.tokenBalance(e.addrs.Settlement), escrow)
	})
}

// TestVerificationBoundCapsPrices: the contract caps each price at escrow
// / (groupSize x steps + audits), so a verification bound without the
// escrow to back it cannot be settled at the auction's cap; the unused
// share is all refunded when no audit is paid; a job without a bound pays
// no audits column.
func TestVerificationBoundCapsPrices(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		// 20 escrowed for 2 x 10 steps and 4 audits: the cap is 20 / 24 = 0.83.
		short, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: 2, Steps: 10, Audits: 4, Budget: tokens(20), SettleDeadline: e.now().Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		if got := e.job(short).TrainingBudget(); got.Cmp(tokens(20)) >= 0 {
			t.Fatalf("training budget of an escrow without a verification share = %v, want below 20 tokens", got)
		}
		_, err = e.poster.Settle(e.ctx, []Payout{{Award: e.award(short, tokens(1), w[:2]), Steps: []uint64{10, 10}}})
		wantRevert(t, err, "PriceAboveCap")

		none := e.deposit(2, 2, 10, tokens(20), time.Hour)
		a := e.award(none, tokens(1), w[:2])
		_, err = e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 9}, Audits: []uint64{0, 1}}})
		wantRevert(t, err, "TooManyAudits")

		escrow := VerificationEscrow(tokens(20), 2, 10, 4)
		full, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: 3, GroupSize: 2, Steps: 10, Audits: 4, Budget: escrow, SettleDeadline: e.now().Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		e.tx(e.poster.Settle(e.ctx, []Payout{NewPayout(e.award(full, tokens(1), w[:2]), []uint64{10, 10}, nil)}))
		e.advance(e.cp.ChallengeWindow)
		e.tx(e.outsider.Refund(e.ctx, full))
		wantEq(t, "refund of the unused verification share", e.balance(e.poster), sub(escrow, tokens(20)))
	})
}

func TestVerificationEscrow(t *testing.T) {
	for _, c := range []struct {
		budget    int64
		group     uint32
		steps     uint64
		audits    uint32
		want      int64
		trainedAt int64 // TrainingBudget of the escrow
	}{
		{20, 2, 10, 0, 20, 20},
		{20, 2, 10, 4, 24, 20},
		{21, 2, 10, 4, 26, 21}, // ceil(21 x 4 / 20) = 5
		{1000, 4, 100, 56, 1140, 1000},
		{7, 3, 7, 1, 8, 7},
	} {
		got := VerificationEscrow(big.NewInt(c.budget), c.group, c.steps, c.audits)
		if got.Int64() != c.want {
			t.Errorf("VerificationEscrow(%d, %d, %d, %d) = %v, want %d", c.budget, c.group, c.steps, c.audits, got, c.want)
		}
		j := &Job{GroupSize: c.group, Steps: c.steps, Audits: c.audits, Escrow: got}
		if tb := j.TrainingBudget(); tb.Int64() != c.trainedAt {
			t.Errorf("TrainingBudget of %v = %v, want %d", got, tb, c.trainedAt)
		}
		// The contract's cap is at least the auction's.
		units := int64(c.group)*int64(c.steps) + int64(c.audits)
		if capC, capA := got.Int64()/units, c.budget/(int64(c.group)*int64(c.steps)); capC < capA {
			t.Errorf("contract cap %d below the auction's %d", capC, capA)
		}
	}
}

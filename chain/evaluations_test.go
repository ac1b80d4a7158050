package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/protocol"
)

// evalJob is one job of the poster's with an evaluation, settled: winners
// w0 and w1 (10 steps each at 2 tokens), standby w2; the evaluators are
// w3, w4, the reporter and the outsider, each staking a token.
type evalJob struct {
	e     *env
	id    common.Hash
	award protocol.Award
	terms EvalTerms
	evals []*Client
}

// lossTerms: a held-out loss of at most 2.0 passes; 30% of the pay rides
// on it; evaluators paid one token each.
func lossTerms() EvalTerms {
	return EvalTerms{
		HeldOutHash: common.HexToHash("0x4e1d"), Threshold: 2 * protocol.ScoreScale, Tolerance: 1000,
		Fee: tokens(1), Quorum: 3, ConditionalBps: 3000, MinStake: tokens(1),
	}
}

func newEvalJob(t *testing.T, e *env, nonce uint64, terms EvalTerms) *evalJob {
	t.Helper()
	j := &evalJob{e: e, terms: terms, evals: []*Client{e.workers[3], e.workers[4], e.reporter, e.outsider}}
	for _, c := range j.evals {
		if s, err := e.gov.StakeOf(e.ctx, c.Address()); err != nil || s.Active.Sign() == 0 {
			e.tx(c.Stake(e.ctx, tokens(1)))
		}
	}
	j.id = e.deposit(nonce, 2, 10, tokens(100), time.Hour)
	e.tx(e.poster.OpenEvaluation(e.ctx, j.id, terms))
	j.award = e.award(j.id, tokens(2), e.workers[:2], e.workers[2])
	e.tx(e.poster.Settle(e.ctx, []Payout{{Award: j.award, Steps: []uint64{10, 10, 0}}}))
	return j
}

// score has evaluator c sign a score of the job's model; the outsider
// submits it (anyone may).
func (j *evalJob) score(c *Client, score uint64) (*Tx, error) {
	s, err := c.SignScore(protocol.Score{JobID: protocol.Hash(j.id), Evaluator: protocol.Address(c.Address()),
		ModelHash: protocol.Hash{0x0d}, HeldOutHash: protocol.Hash(j.terms.HeldOutHash), Score: score})
	if err != nil {
		j.e.t.Fatal(err)
	}
	return j.e.outsider.SubmitScore(j.e.ctx, j.award, s)
}

// TestEvaluationConditionalShare runs jobs with a held-out evaluation to
// their release: a passing median pays the conditional share, a failing
// one returns it to the poster, a lying evaluator moves neither, too few
// scores pay it, and only evaluators that agree with the result are paid.
func TestEvaluationConditionalShare(t *testing.T) {
	const pass, fail = 1_500_000, 2_500_000 // a loss of 1.5 and of 2.5 nats
	for _, tc := range []struct {
		name    string
		scores  []uint64 // by evaluators w3, w4, reporter, outsider
		outcome EvalOutcome
		result  uint64
		paid    []bool // which evaluators earn the fee
	}{
		{"passes", []uint64{pass, pass + 500, pass}, EvalPassed, pass, []bool{true, true, true}},
		{"fails", []uint64{fail, fail, fail}, EvalFailed, fail, []bool{true, true, true}},
		{"a liar cannot pass a failing model", []uint64{fail, 0, fail}, EvalFailed, fail, []bool{true, false, true}},
		{"a liar cannot fail a passing model", []uint64{pass, pass, 50 * protocol.ScoreScale}, EvalPassed, pass, []bool{true, true, false}},
		// The bound is fewer liars than half the scores: two of four drag
		// the median (the mean of the middle two) to 0.75, agreeing with
		// nobody, so nobody is paid.
		{"half the scores can move it", []uint64{fail, 0, 0, fail + 2000}, EvalPassed, fail / 2, []bool{false, false, false, false}},
		{"too few scores pay the share", []uint64{fail, fail}, EvalNoQuorum, 0, []bool{false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, simNet(t))
			j := newEvalJob(t, e, 1, lossTerms())
			for i, s := range tc.scores {
				e.tx(j.score(j.evals[i], s))
			}
			_, err := e.outsider.FinalizeEvaluation(e.ctx, j.id)
			wantRevert(t, err, "NotFinal")
			e.advance(e.cp.ChallengeWindow)
			_, err = j.score(j.evals[len(tc.scores)%len(j.evals)], pass)
			wantRevert(t, err, "ScoringClosed")

			// Release finalizes the evaluation first (the client does).
			w0 := e.workers[0]
			e.tx(w0.Release(e.ctx, w0.Address(), j.id))
			ev, err := e.gov.Evaluation(e.ctx, j.id)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Outcome != tc.outcome || ev.Result != tc.result {
				t.Fatalf("outcome %v result %d; want %v %d", ev.Outcome, ev.Result, tc.outcome, tc.result)
			}
			gross := mul(tokens(2), 10)
			net := sub(gross, fee(gross, e.cp.FeeBps))
			withheld := new(big.Int)
			if tc.outcome == EvalFailed {
				withheld = new(big.Int).Div(mul(net, 3000), big.NewInt(10_000))
			}
			wantEq(t, "w0's balance", e.balance(w0), sub(net, withheld))
			wantEq(t, "poster's balance", e.balance(e.poster), withheld)
			var paid int64
			for i, want := range tc.paid {
				got, err := e.gov.EvaluationBalance(e.ctx, j.evals[i].Address())
				if err != nil {
					t.Fatal(err)
				}
				if (got.Sign() > 0) != want {
					t.Errorf("evaluator %d earned %v; want paid %v", i, got, want)
				}
				if want {
					wantEq(t, "evaluator's fee", got, tokens(1))
					paid++
				}
			}
			{
				back, err := e.gov.EvaluationBalance(e.ctx, e.poster.Address())
				if err != nil {
					t.Fatal(err)
				}
				wantEq(t, "fees back to the poster", back, mul(tokens(1), 3-paid))
			}
			// The second winner's release pays the same way; fees withdraw.
			w1 := e.workers[1]
			e.tx(e.outsider.Release(e.ctx, w1.Address(), j.id))
			wantEq(t, "w1's balance", e.balance(w1), sub(net, withheld))
			wantEq(t, "poster's balance", e.balance(e.poster), mul(withheld, 2))
			if len(tc.paid) > 0 && tc.paid[0] {
				before := e.tokenBalance(j.evals[0].Address())
				e.tx(j.evals[0].WithdrawEvaluationFees(e.ctx))
				wantEq(t, "evaluator's tokens", e.tokenBalance(j.evals[0].Address()), add(before, tokens(1)))
			}
		})
	}
}

// TestEvaluationRules checks who may evaluate and when terms may be set.
func TestEvaluationRules(t *testing.T) {
	e := newEnv(t, simNet(t))
	terms := lossTerms()
	j := newEvalJob(t, e, 1, terms)
	w := e.workers
	sign := func(c *Client, s protocol.Score) protocol.SignedScore {
		sig, err := Sign(e.key(c), e.poster.Domain(), s)
		if err != nil {
			t.Fatal(err)
		}
		var out protocol.SignedScore
		out.Score = s
		copy(out.Sig[:], sig)
		return out
	}
	good := func(c *Client) protocol.Score {
		return protocol.Score{JobID: protocol.Hash(j.id), Evaluator: protocol.Address(c.Address()), HeldOutHash: protocol.Hash(terms.HeldOutHash), Score: 1}
	}
	for _, tc := range []struct {
		name string
		s    protocol.SignedScore
		want string
	}{
		{"a winner", sign(w[0], good(w[0])), "NotIndependent"},
		{"a standby", sign(w[2], good(w[2])), "NotIndependent"},
		{"the poster", sign(e.poster, good(e.poster)), "NotIndependent"},
		{"unstaked", sign(e.gov, good(e.gov)), "StakeTooLow"},
		{"another held-out set", sign(w[3], func() protocol.Score { s := good(w[3]); s.HeldOutHash = protocol.Hash{9}; return s }()), "WrongHeldOut"},
		{"signed by another key", sign(w[4], good(w[3])), "BadSignature"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.outsider.SubmitScore(e.ctx, j.award, tc.s)
			wantRevert(t, err, tc.want)
		})
	}
	e.tx(e.outsider.SubmitScore(e.ctx, j.award, sign(w[3], good(w[3]))))
	_, err := e.outsider.SubmitScore(e.ctx, j.award, sign(w[3], good(w[3])))
	wantRevert(t, err, "AlreadyScored")
	other := j.award
	other.Winners = other.Winners[:1]
	other.Prices = other.Prices[1:]
	_, err = e.outsider.SubmitScore(e.ctx, other, sign(w[4], good(w[4])))
	wantRevert(t, err, "AwardMismatch")

	// Terms are set once, by the poster, before the award is bound.
	_, err = e.poster.OpenEvaluation(e.ctx, j.id, terms)
	wantRevert(t, err, "JobNotOpen")
	id1 := e.deposit(3, 2, 10, tokens(100), time.Hour)
	_, err = w[0].OpenEvaluation(e.ctx, id1, terms)
	wantRevert(t, err, "NotPoster")
	e.tx(e.poster.OpenEvaluation(e.ctx, id1, terms))
	_, err = e.poster.OpenEvaluation(e.ctx, id1, terms)
	wantRevert(t, err, "EvaluationExists")
	id2 := e.deposit(2, 2, 10, tokens(100), time.Hour)
	e.tx(e.poster.RegisterAward(e.ctx, e.award(id2, tokens(2), w[:2]), e.sign(e.poster, e.award(id2, tokens(2), w[:2]))))
	_, err = e.poster.OpenEvaluation(e.ctx, id2, terms)
	wantRevert(t, err, "AwardAlreadyBound")
	bad := terms
	bad.Quorum = 2
	if _, err := e.poster.OpenEvaluation(e.ctx, id2, bad); err == nil {
		t.Fatal("a quorum of 2 was accepted")
	}
	// A job without an evaluation releases as before.
	a2 := e.award(id2, tokens(2), w[:2])
	e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a2, Steps: []uint64{10, 10}}}))
	e.advance(e.cp.ChallengeWindow)
	e.tx(w[0].Release(e.ctx, w[0].Address(), id2))
	gross := mul(tokens(2), 10)
	wantEq(t, "w0 paid in full", e.balance(w[0]), sub(gross, fee(gross, e.cp.FeeBps)))
}

// TestEvaluationWithholdsTrainingPayOnly: a failed evaluation withholds
// the conditional share of the members' training entries only; a
// standby's audit pay and a data holder's pay are paid in full. It runs
// on the embedded chain and on a real geth --dev.
func TestEvaluationWithholdsTrainingPayOnly(t *testing.T) {
	forEachNet(t, testEvaluationWithholdsTrainingPayOnly)
}

func testEvaluationWithholdsTrainingPayOnly(t *testing.T, n *testNet) {
	e := newEnv(t, n)
	w := e.workers
	terms := lossTerms()
	evals := []*Client{w[3], w[4], e.reporter}
	for _, c := range evals {
		e.tx(c.Stake(e.ctx, tokens(1)))
	}
	id, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: 2, Steps: 10, Audits: 4, Budget: tokens(100),
		Data: tokens(10), SettleDeadline: e.now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	e.tx(e.poster.OpenEvaluation(e.ctx, id, terms))
	a := e.award(id, tokens(2), w[:2], w[2])
	holder := e.outsider
	e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10, 0}, Audits: []uint64{0, 0, 3},
		Holders: []common.Address{holder.Address()}, HolderPay: []*big.Int{tokens(5)}}}))
	for _, c := range evals {
		s, err := c.SignScore(protocol.Score{JobID: protocol.Hash(id), Evaluator: protocol.Address(c.Address()),
			HeldOutHash: protocol.Hash(terms.HeldOutHash), Score: 3 * protocol.ScoreScale})
		if err != nil {
			t.Fatal(err)
		}
		e.tx(e.reporter.SubmitScore(e.ctx, a, s))
	}
	e.advance(e.cp.ChallengeWindow)
	net := func(gross *big.Int) *big.Int { return sub(gross, fee(gross, e.cp.FeeBps)) }
	for _, tc := range []struct {
		c    *Client
		want *big.Int
	}{
		{w[0], func() *big.Int {
			n := net(mul(tokens(2), 10))
			return sub(n, new(big.Int).Div(mul(n, 3000), big.NewInt(10_000)))
		}()},
		{w[2], net(mul(tokens(2), 3))}, // the standby's audits
		{holder, net(tokens(5))},       // the data holder
	} {
		e.tx(e.reporter.Release(e.ctx, tc.c.Address(), id))
		wantEq(t, "balance of "+short(tc.c), e.balance(tc.c), tc.want)
	}
	if ev, err := e.gov.Evaluation(e.ctx, id); err != nil || ev.Outcome != EvalFailed {
		t.Fatalf("evaluation %+v, %v", ev, err)
	}
}

package node

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// TestEvaluators (issue 21 item 4) runs two evaluated jobs on an embedded
// chain among a poster, two providers that train and three evaluator nodes
// (Config.Evaluate, no bidding): the poster opens each evaluation with the
// deposit and announces its terms, withholds the held-out chunks until the
// group's last receipts are in, and reveals them; each evaluator follows
// the winners' receipts, fetches the model (checked against their signed
// hash) and the held-out set (checked against the committed hash), scores
// the model as the poster's own scoring does, and submits its signed score
// on-chain; after the challenge window each finalizes and withdraws its
// fee. The first job's threshold (a held-out loss of at most 100 nats) is
// met: the members are paid in full. The second's (a loss of 0) cannot be:
// the conditional share of each member's training pay returns to the
// poster. Balances to the unit.
func TestEvaluators(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const providers, evaluators, k, steps, fee, share = 2, 3, 2, 20, 40, 2_500
	n := newJobNet(t, ctx, jobNetOptions{providers: providers + evaluators, holders: evaluators,
		config: func(i int, c *Config) { c.Evaluate = i > providers }})
	poster := n.nodes[0]
	post := func(t *testing.T, threshold uint64) (*JobOutcome, protocol.EvalTerms) {
		t.Helper()
		req := digitsJob(t, k, steps, k*steps*1000)
		// Under load a short window can lose a commit (the bidder checks the escrow and the evaluation on-chain, and times the challenge, first).
		req.CommitWindow, req.RevealWindow = 5*time.Second, 5*time.Second
		req.Evaluation = protocol.EvalTerms{HeldOutHash: HeldOutHash(req.Dataset.Manifest), Threshold: threshold, Tolerance: 100,
			Fee: big.NewInt(fee), Quorum: evaluators, ConditionalBps: share}
		// While the group trains, the held-out chunks are nobody's to fetch.
		out, err := poster.PostAndTrain(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if out.Job.Evaluation.HeldOutHash != req.Evaluation.HeldOutHash || out.Job.Evaluation.Quorum != evaluators {
			t.Errorf("announced terms %+v; want %+v", out.Job.Evaluation, req.Evaluation)
		}
		if len(out.Award.Winners) != k || len(out.Award.Standbys) != 0 {
			t.Fatalf("award %v + %v: want the two providers (evaluators never bid on an evaluated job)", out.Award.Winners, out.Award.Standbys)
		}
		for _, w := range out.Award.Winners {
			if i := n.index(w); i < 1 || i > providers {
				t.Fatalf("node %d won; evaluators do not bid on evaluated jobs", i)
			}
		}
		if !out.HasEval {
			t.Fatal("the poster did not score the model")
		}
		return out, req.Evaluation
	}
	withheld := func(net *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(net, big.NewInt(share)), big.NewInt(10_000))
	}
	posterSpent := new(big.Int)
	for _, tc := range []struct {
		name      string
		threshold uint64 // a held-out loss in millionths
		want      chain.EvalOutcome
	}{
		{"met", 100 * protocol.ScoreScale, chain.EvalPassed},
		{"unreachable", 0, chain.EvalFailed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, terms := post(t, tc.threshold)
			id := common.Hash(out.Job.JobID)
			want := ScoreOf(terms, out.Eval)
			for i := providers + 1; i <= providers+evaluators; i++ {
				ev := n.events[i].wait(ctx, t, out.Job.JobID, JobScored)
				t.Logf("node %d: %s", i, ev.Text)
			}
			if _, err := poster.Settle(ctx, out); err != nil {
				t.Fatal(err)
			}
			table, err := n.clients[0].PayoutTable(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if err := n.emb.AdvanceTime(n.cp.ChallengeWindow); err != nil {
				t.Fatal(err)
			}
			if _, err := poster.Refund(ctx, out); err != nil {
				t.Fatal(err)
			}
			for _, w := range out.Award.Winners {
				n.events[n.index(w)].wait(ctx, t, out.Job.JobID, JobWithdrawn)
			}
			for i := providers + 1; i <= providers+evaluators; i++ {
				ev := n.events[i].wait(ctx, t, out.Job.JobID, JobEvaluated)
				t.Logf("node %d: %s", i, ev.Text)
				wantTokens(t, fmt.Sprintf("evaluator %d's fee", i), ev.Amount, big.NewInt(fee))
			}
			e, err := n.clients[0].Evaluation(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			// Three evaluators, one deterministic evaluation: the same
			// score each, the one the poster's own scoring reads.
			if e.Outcome != tc.want || e.Result != want || len(e.Scores) != evaluators {
				t.Fatalf("evaluation %s, result %d, %d scores; want %s, %d (%s), %d", e.Outcome, e.Result, len(e.Scores), tc.want, want, FormatScore(terms, want), evaluators)
			}
			for _, s := range e.Scores {
				if s.Score != want || n.index(protocol.Address(s.Evaluator)) <= providers {
					t.Errorf("score %d by %s; want %d by an evaluator node", s.Score, s.Evaluator, want)
				}
			}
			// Each member withdrew its entries less the fee, and less the
			// conditional share of its training entry when the result
			// failed; the poster paid the table less what came back, and
			// the evaluators' fees.
			back := new(big.Int)
			for _, w := range out.Award.Winners {
				got := new(big.Int)
				for _, i := range table.Indices(common.Address(w)) {
					net := afterFee(table.Amounts[i], n.cp.FeeBps)
					if tc.want == chain.EvalFailed && i < len(out.Award.Members()) {
						back.Add(back, withheld(net))
						net.Sub(net, withheld(net))
					}
					got.Add(got, net)
				}
				ev := n.events[n.index(w)].wait(ctx, t, out.Job.JobID, JobWithdrawn)
				wantTokens(t, fmt.Sprintf("member %d paid", n.index(w)), ev.Amount, got)
			}
			if tc.want == chain.EvalFailed && back.Sign() == 0 {
				t.Error("a failed evaluation returned nothing to the poster")
			}
			posterSpent.Add(posterSpent, new(big.Int).Sub(table.Total(), back))
			posterSpent.Add(posterSpent, big.NewInt(fee*evaluators))
			t.Logf("%s; %v of the members' pay returned to the poster", EvaluationSummary(terms, e), back)
		})
	}
	held, err := n.clients[0].Balance(ctx, n.nodes[0].Key().Address())
	if err != nil {
		t.Fatal(err)
	}
	wantTokens(t, "poster's tokens and balance", new(big.Int).Add(n.tokens(ctx, 0), held), new(big.Int).Sub(n.tokensOf0[0], posterSpent))
	for i := providers + 1; i <= providers+evaluators; i++ {
		wantTokens(t, fmt.Sprintf("evaluator %d's tokens", i), n.tokens(ctx, i), new(big.Int).Add(n.tokensOf0[i], big.NewInt(2*fee)))
	}
}

// TestHeldOutWithheld: an evaluated job's poster serves every chunk but
// the held-out ones until it reveals them; the commitment is the held-out
// chunk list's and changes with it.
func TestHeldOutWithheld(t *testing.T) {
	ds := digitsJob(t, 1, 1, 1).Dataset
	man := ds.Manifest
	test := man.Indices(dataset.SplitTest, 0, 1)
	served := servedIndices(man, true)
	if len(test) == 0 || len(served)+len(test) != len(man.Chunks) {
		t.Fatalf("%d served + %d held out; want all %d chunks", len(served), len(test), len(man.Chunks))
	}
	for _, i := range served {
		if man.Chunks[i].Split == dataset.SplitTest {
			t.Fatalf("held-out chunk %d served", i)
		}
	}
	if servedIndices(man, false) != nil {
		t.Error("a job without an evaluation withholds chunks")
	}
	h := HeldOutHash(man)
	other := *man
	other.Chunks = append([]dataset.ChunkRef(nil), man.Chunks...)
	other.Chunks[test[0]].Hash[0] ^= 1
	if h == (protocol.Hash{}) || HeldOutHash(&other) == h {
		t.Error("the held-out hash does not commit to the held-out chunks")
	}
	for _, tc := range []struct {
		terms protocol.EvalTerms
		met   nn.Metrics
		want  uint64
	}{
		{protocol.EvalTerms{HigherIsBetter: true}, nn.Metrics{Correct: 3, Count: 4}, 750_000},
		{protocol.EvalTerms{}, nn.Metrics{LossSum: 3, Count: 2}, 1_500_000},
		{protocol.EvalTerms{}, nn.Metrics{LossSum: 1e30, Count: 1}, 1<<64 - 1},
	} {
		if got := ScoreOf(tc.terms, tc.met); got != tc.want {
			t.Errorf("ScoreOf(%+v, %+v) = %d; want %d", tc.terms, tc.met, got, tc.want)
		}
	}
}

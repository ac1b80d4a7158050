package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestSettleReleaseWithdraw walks the happy path: escrow, batched settlement,
// the challenge window, release net of the fee, withdrawal, and the refund of
// what the job did not spend.
func TestSettleReleaseWithdraw(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(2)
		budget := tokens(100) // cap: 100 / (2 members x 20 steps) = 2.5 per step
		id := e.deposit(1, 2, 20, budget, time.Hour)
		if got := e.job(id); got.Status != JobOpen || got.Escrow.Cmp(budget) != 0 || got.PayoutRoot != EmptyTable || got.Poster != e.poster.Address() {
			t.Fatalf("job after deposit = %+v", got)
		}
		wantEq(t, "escrowed tokens", e.tokenBalance(e.addrs.Settlement), budget)

		a := e.award(id, price, w[:2])
		tx := e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{20, 15}}}))
		t.Logf("settle 1 job of 2: %d gas", tx.GasUsed)
		wantEq(t, "credit w0", e.credit(id, w[0]), mul(price, 20))
		wantEq(t, "credit w1", e.credit(id, w[1]), mul(price, 15))
		j := e.job(id)
		if j.Status != JobSettled || j.ReleaseAt.Sub(e.now()) > e.cp.ChallengeWindow {
			t.Fatalf("job after settle = %+v", j)
		}

		// Settling twice is refused, and nothing is releasable during the window.
		_, err := e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{20, 15}}})
		wantRevert(t, err, "WrongStatus")
		_, err = e.gov.Release(e.ctx, w[0].Address(), id)
		wantRevert(t, err, "ChallengeWindowOpen")
		_, err = e.poster.Refund(e.ctx, id)
		wantRevert(t, err, "ChallengeWindowOpen")

		e.advance(e.cp.ChallengeWindow)
		e.tx(w[0].Release(e.ctx, w[0].Address(), id))
		e.tx(e.outsider.Release(e.ctx, w[1].Address(), id)) // anyone may release for anyone
		_, err = e.gov.Release(e.ctx, w[0].Address(), id)
		wantRevert(t, err, "NothingToRelease")
		gross0, gross1 := mul(price, 20), mul(price, 15)
		wantEq(t, "balance w0", e.balance(w[0]), sub(gross0, fee(gross0, e.cp.FeeBps)))
		wantEq(t, "balance w1", e.balance(w[1]), sub(gross1, fee(gross1, e.cp.FeeBps)))
		wantEq(t, "treasury", e.balance(e.gov), add(fee(gross0, e.cp.FeeBps), fee(gross1, e.cp.FeeBps)))

		// Withdraw: more than owed is refused; all of it is paid out.
		before := e.tokenBalance(w[0].Address())
		owed := e.balance(w[0])
		_, err = w[0].Withdraw(e.ctx, add(owed, big.NewInt(1)))
		wantRevert(t, err, "InsufficientBalance")
		tx = e.tx(w[0].Withdraw(e.ctx, nil))
		t.Logf("withdraw: %d gas", tx.GasUsed)
		wantEq(t, "w0 tokens", e.tokenBalance(w[0].Address()), add(before, owed))
		wantEq(t, "w0 balance", e.balance(w[0]), new(big.Int))
		_, err = w[0].Withdraw(e.ctx, big.NewInt(1))
		wantRevert(t, err, "InsufficientBalance")
		_, err = w[0].TransactRaw(e.ctx, "withdraw", w[0].sc.PackWithdraw(new(big.Int)))
		wantRevert(t, err, "ZeroAmount")

		// The poster gets back what the job did not spend, once.
		e.tx(e.outsider.Refund(e.ctx, id))
		wantEq(t, "poster refund", e.balance(e.poster), sub(budget, add(gross0, gross1)))
		if j := e.job(id); j.Status != JobClosed {
			t.Fatalf("status after refund = %v", j.Status)
		}
		_, err = e.poster.Refund(e.ctx, id)
		wantRevert(t, err, "WrongStatus")
		// Credits stay releasable after the refund closed the job.
		_, err = e.gov.Release(e.ctx, w[1].Address(), id)
		wantRevert(t, err, "NothingToRelease")
	})
}

// TestPayoutTableProofs: settlement stores the payout table's Merkle root
// (the one PayoutTable computes), and release takes only entries that
// prove against it, each once, for the member they name; members past the
// 64 whose flags the job record packs are released like the others.
func TestPayoutTableProofs(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		price := big.NewInt(1_000)
		// 40 winners and 40 standbys, one step each for 30 winners and 10
		// standbys (40 member-steps: the group's 40 x 1).
		id := e.deposit(1, 40, 1, mul(price, 40), time.Hour)
		a := e.award(id, price, nil)
		steps := make([]uint64, 80)
		for i := range 80 {
			addr := protocol.Address(common.BigToAddress(big.NewInt(int64(0x1000 + i))))
			a.Prices = append(a.Prices, price)
			if i < 40 {
				a.Winners = append(a.Winners, addr)
			} else {
				a.Standbys = append(a.Standbys, addr)
			}
			if i < 30 || i >= 70 {
				steps[i] = 1
			}
		}
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: steps}}))
		table, err := e.gov.PayoutTable(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.job(id).PayoutRoot; got != table.Root() || len(table.Members) != 80 {
			t.Fatalf("contract root %s, table root %s (%d entries)", got, table.Root(), len(table.Members))
		}
		wantEq(t, "table total", table.Total(), mul(price, 40))
		wantEq(t, "escrow left", e.job(id).Escrow, new(big.Int))
		e.advance(e.cp.ChallengeWindow)

		raw := func(entries ...bindings.SettlementEntry) error {
			_, err := e.outsider.TransactRaw(e.ctx, "release", e.outsider.sc.PackRelease(entries, common.Address(a.Standbys[30])))
			return err
		}
		good, _ := table.entry(70)
		inflated := good
		inflated.Amount = add(good.Amount, big.NewInt(1))
		elsewhere := good
		elsewhere.Index = big.NewInt(71)
		short := good
		short.Proof = good.Proof[:len(good.Proof)-1]
		for name, bad := range map[string]bindings.SettlementEntry{"a raised amount": inflated, "another index": elsewhere, "a short proof": short} {
			if err := raw(bad); RevertName(err) != "BadProof" {
				t.Errorf("release with %s: %v; want BadProof", name, err)
			}
		}
		tx := e.tx(e.outsider.Release(e.ctx, common.Address(a.Standbys[30]), id))
		t.Logf("release entry 70 of 80: %d gas", tx.GasUsed)
		if err := raw(good); RevertName(err) != "AlreadyReleased" {
			t.Fatalf("second release: %v; want AlreadyReleased", err)
		}
		for _, i := range []int{0, 63, 64, 70, 79} {
			done, err := e.gov.IsReleased(e.ctx, id, i)
			if err != nil || done != (i == 70) {
				t.Errorf("isReleased(%d) = %v, %v", i, done, err)
			}
		}
		e.tx(e.outsider.Release(e.ctx, common.Address(a.Winners[0]), id))
		if done, _ := e.gov.IsReleased(e.ctx, id, 0); !done {
			t.Error("entry 0 not released")
		}
		gross := price
		wantEq(t, "standby 30's balance", mustBig(e.gov.Balance(e.ctx, common.Address(a.Standbys[30]))), sub(gross, fee(gross, e.cp.FeeBps)))
	})
}

// TestSettleBatch settles several jobs in one transaction and checks every
// reason a settlement is refused.
func TestSettleBatch(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		var payouts []Payout
		for nonce := uint64(10); nonce < 13; nonce++ {
			id := e.deposit(nonce, 2, 10, tokens(20), time.Hour)
			payouts = append(payouts, Payout{Award: e.award(id, price, w[:2]), Steps: []uint64{10, 9}})
		}
		tx := e.tx(e.poster.Settle(e.ctx, payouts))
		t.Logf("settle 3 jobs of 2 members: %d gas", tx.GasUsed)
		for _, p := range payouts {
			if j := e.job(common.Hash(p.Award.JobID)); j.Status != JobSettled || e.owed(j.ID).Cmp(mul(price, 19)) != 0 || j.Escrow.Cmp(tokens(1)) != 0 {
				t.Fatalf("job %x after batch: %+v", p.Award.JobID, j)
			}
		}
		_, err := e.poster.Settle(e.ctx, payouts[1:2])
		wantRevert(t, err, "WrongStatus")

		id := e.deposit(20, 2, 10, tokens(20), time.Hour)
		good := Payout{Award: e.award(id, price, w[:2]), Steps: []uint64{10, 9}}
		cases := []struct {
			name    string
			by      *Client
			payouts []Payout
			want    string
		}{
			{"the same job twice in one batch", e.poster, []Payout{good, good}, "WrongStatus"},
			{"a settled job beside a new one", e.poster, []Payout{good, payouts[0]}, "WrongStatus"},
			{"not the poster", e.outsider, []Payout{good}, "NotPoster"},
			{"price above the cap", e.poster, []Payout{{Award: e.award(id, add(price, big.NewInt(1)), w[:2]), Steps: []uint64{1, 1}}}, "PriceAboveCap"},
			{"more steps than the job has", e.poster, []Payout{{Award: good.Award, Steps: []uint64{11, 0}}}, "StepOutOfRange"},
			{"more member-steps than the group can do", e.poster, []Payout{{Award: e.award(id, price, w[:2], w[2]), Steps: []uint64{10, 10, 1}}}, "TooManySteps"},
			{"steps not matching the members", e.poster, []Payout{{Award: good.Award, Steps: []uint64{10}}}, "LengthMismatch"},
			{"more winners than the group", e.poster, []Payout{{Award: e.award(id, price, w[:3]), Steps: []uint64{1, 1, 1}}}, "InvalidAward"},
			{"no winners", e.poster, []Payout{{Award: e.award(id, price, nil), Steps: []uint64{}}}, "InvalidAward"},
			{"an unknown job", e.poster, []Payout{{Award: e.award(common.Hash{1}, price, w[:2]), Steps: []uint64{1, 1}}}, "WrongStatus"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				_, err := c.by.Settle(e.ctx, c.payouts)
				wantRevert(t, err, c.want)
			})
		}
		e.tx(e.poster.Settle(e.ctx, []Payout{good}))

		// After the settle deadline the poster can no longer settle.
		late := e.deposit(21, 1, 10, tokens(10), 5*time.Second)
		e.advance(5 * time.Second)
		_, err = e.poster.Settle(e.ctx, []Payout{{Award: e.award(late, price, w[:1]), Steps: []uint64{10}}})
		wantRevert(t, err, "SettleDeadlinePassed")
	})
}

// TestDepositRejects covers every reason a deposit is refused.
func TestDepositRejects(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		e.deposit(1, 2, 10, tokens(20), time.Hour)
		future := e.now().Add(time.Hour).Unix()
		pack := func(nonce uint64, groupSize uint32, steps uint64, budget, deadline *big.Int) []byte {
			return e.poster.sc.PackDeposit(nonce, groupSize, steps, 0, budget, deadline, new(big.Int))
		}
		cases := []struct {
			name string
			data []byte
			want string
		}{
			{"a reused nonce", pack(1, 2, 10, tokens(20), big.NewInt(future)), "JobExists"},
			{"group size 0", pack(2, 0, 10, tokens(20), big.NewInt(future)), "InvalidJob"},
			{"group size above 256", pack(2, 257, 10, tokens(20), big.NewInt(future)), "InvalidJob"},
			{"zero steps", pack(2, 2, 0, tokens(20), big.NewInt(future)), "InvalidJob"},
			{"zero budget", pack(2, 2, 10, new(big.Int), big.NewInt(future)), "ZeroAmount"},
			{"a deadline in the past", pack(2, 2, 10, tokens(20), big.NewInt(e.now().Unix()-1)), "InvalidJob"},
			{"a budget of 2^96 or more", pack(2, 2, 10, new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(future)), "AmountTooLarge"},
			{"more than the allowance", pack(2, 2, 10, tokens(2_000_000), big.NewInt(future)), "ERC20InsufficientAllowance"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				_, err := e.poster.TransactRaw(e.ctx, "deposit", c.data)
				wantRevert(t, err, c.want)
			})
		}
		// The job ID is the poster's: keccak256(abi.encode(poster, nonce)).
		out, err := e.poster.call(e.ctx, "jobIdOf", e.addrs.Settlement, e.poster.sc.PackJobIdOf(e.poster.Address(), 1))
		if err != nil {
			t.Fatal(err)
		}
		onChain, err := e.poster.sc.UnpackJobIdOf(out)
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(onChain) != JobIDOf(e.poster.Address(), 1) {
			t.Fatalf("jobIdOf = %x; JobID = %x", onChain, JobIDOf(e.poster.Address(), 1))
		}
	})
}

// TestPerMemberPrices: every path that turns steps into money reads the
// member's own price from the award (settle, challengeSteps, challengeFault,
// claim), and binding checks one price per member, each under the cap.
func TestPerMemberPrices(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		// cap: 120 / (3 members x 10 steps) = 4 per step.
		p0, p1, p2, ps := tokens(1), tokens(3), tokens(4), tokens(2)
		id := e.deposit(1, 3, 10, tokens(120), time.Hour)
		a := priced(e.award(id, nil, w[:3], w[3]), p0, p1, p2, ps)

		for _, c := range []struct {
			name  string
			award protocol.Award
			want  string
		}{
			{"a price missing", priced(a, p0, p1, p2), "InvalidAward"},
			{"a price too many", priced(a, p0, p1, p2, ps, ps), "InvalidAward"},
			{"one price above the cap", priced(a, p0, p1, add(tokens(4), big.NewInt(1)), ps), "PriceAboveCap"},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := w[0].RegisterAward(e.ctx, c.award, e.sign(e.poster, c.award))
				wantRevert(t, err, c.want)
			})
		}
		// Settle: each its own price; the standby stood in for 2 steps.
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 6, 8, 2}}}))
		wantEq(t, "w0 credit", e.credit(id, w[0]), mul(p0, 10))
		wantEq(t, "w1 credit", e.credit(id, w[1]), mul(p1, 6))
		wantEq(t, "w2 credit", e.credit(id, w[2]), mul(p2, 8))
		wantEq(t, "standby credit", e.credit(id, w[3]), mul(ps, 2))
		wantEq(t, "job credited", e.owed(id), add(add(mul(p0, 10), mul(p1, 6)), add(mul(p2, 8), mul(ps, 2))))

		// challengeSteps raises w1 to 10 steps at w1's price.
		e.tx(e.outsider.ChallengeSteps(e.ctx, a, w[1].Address(), e.stepProof(a, 10, common.HexToHash("0x10"), w[0], w[1])))
		wantEq(t, "w1 credit after challenge", e.credit(id, w[1]), mul(p1, 10))
		// challengeFault lowers w2 to 4 steps at w2's price.
		f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[2].Address()), Fault: protocol.FaultMissedSteps, Step: 5}
		e.tx(e.outsider.ChallengeFault(e.ctx, a, f, e.faultQuorum(a, f, w[0], w[1])))
		wantEq(t, "w2 credit after fault", e.credit(id, w[2]), mul(p2, 4))

		// claim: a job the poster never settled pays the claimant its price.
		deadline := 20 * time.Second
		id2 := e.deposit(2, 3, 10, tokens(120), deadline)
		a2 := priced(e.award(id2, nil, w[:3]), p0, p1, p2)
		e.advance(deadline)
		e.tx(w[1].Claim(e.ctx, a2, e.sign(e.poster, a2), w[1].Address(), e.stepProof(a2, 7, common.HexToHash("0x07"), w[0], w[1])))
		gross := mul(p1, 7)
		wantEq(t, "w1 balance after claim", e.balance(w[1]), sub(gross, fee(gross, e.cp.FeeBps)))
	})
}

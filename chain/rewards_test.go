package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/protocol"
)

// settleOne settles a fresh job of the poster's (nonce) with w0 and w1 paid
// price x steps each and returns the fee the batch paid.
func (e *env) settleOne(nonce uint64, price *big.Int, steps uint64) *big.Int {
	e.t.Helper()
	id := e.deposit(nonce, 2, steps, mul(price, int64(2*steps)), time.Hour)
	e.tx(e.poster.Settle(e.ctx, []Payout{{Award: e.award(id, price, e.workers[:2]), Steps: []uint64{steps, steps}}}))
	return mul(fee(mul(price, int64(steps)), e.cp.FeeBps), 2)
}

func (e *env) rewards(c *Client) *big.Int {
	e.t.Helper()
	r, err := e.gov.RewardsOf(e.ctx, c.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *env) pool() FeePool {
	e.t.Helper()
	p, err := e.gov.FeePool(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// shareOf is what `stake` of `total` earns of `amount` dripped in one piece:
// the contract's arithmetic (perShare rounded down, then the share).
func shareOf(amount, stake, total *big.Int) *big.Int {
	ps := new(big.Int).Div(new(big.Int).Mul(amount, RewardScale), total)
	return new(big.Int).Div(new(big.Int).Mul(stake, ps), RewardScale)
}

// TestStakersEarnFees: stake → settle → claim → withdraw, on the embedded
// chain and on geth --dev. Two stakers (1:3) share a settlement's fees pro
// rata once the stream has dripped (one unbonding delay); nothing reaches the
// treasury while stake is active; a claim credits the balance, which is
// withdrawn as any balance; the dust stays accounted in the pool.
func TestStakersEarnFees(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		small, big3 := e.workers[3], e.workers[4]
		e.tx(small.Stake(e.ctx, tokens(100)))
		e.tx(big3.Stake(e.ctx, tokens(300)))
		_, err := small.ClaimRewards(e.ctx)
		wantRevert(t, err, "NothingToWithdraw")

		f := e.settleOne(1, tokens(3), 7)
		if f.Sign() == 0 {
			t.Fatal("the settlement paid no fee")
		}
		p := e.pool()
		wantEq(t, "streaming after settle", p.Streaming, f)
		wantEq(t, "earning", p.Earning, tokens(400))
		if got := p.End.Sub(p.Last); got != e.cp.UnbondingDelay {
			t.Fatalf("stream runs %v; want one unbonding delay %v", got, e.cp.UnbondingDelay)
		}
		wantEq(t, "treasury", e.balance(e.gov), new(big.Int))

		e.advance(e.cp.UnbondingDelay)
		rs, rb := e.rewards(small), e.rewards(big3)
		wantEq(t, "small staker's rewards", rs, shareOf(f, tokens(100), tokens(400)))
		wantEq(t, "large staker's rewards", rb, shareOf(f, tokens(300), tokens(400)))
		if dust := sub(f, add(rs, rb)); dust.Sign() < 0 || dust.Cmp(big.NewInt(2)) > 0 {
			t.Fatalf("fees %v, rewards %v + %v: dust %v", f, rs, rb, dust)
		}

		tx := e.tx(small.ClaimRewards(e.ctx))
		wantEq(t, "claimed (event)", small.Claimed(tx), rs)
		wantEq(t, "balance after claim", e.balance(small), rs)
		_, err = small.ClaimRewards(e.ctx)
		wantRevert(t, err, "NothingToWithdraw")
		before := e.tokenBalance(small.Address())
		e.tx(small.Withdraw(e.ctx, nil))
		wantEq(t, "tokens after withdrawing rewards", e.tokenBalance(small.Address()), add(before, rs))

		e.tx(big3.ClaimRewards(e.ctx))
		p = e.pool()
		wantEq(t, "streaming at the end", p.Streaming, new(big.Int))
		wantEq(t, "owed (dust)", p.Owed, sub(f, add(rs, rb)))
		wantEq(t, "treasury at the end", e.balance(e.gov), new(big.Int))
	})
}

// TestRewardsTimeStaked: a staker earns only what drips while its stake is
// active. One that stakes after a stream ran dry earns none of it; one that
// joins mid-stream earns its share of the rest only; a sandwich (stake in
// the block before a settlement, unbond in the block after) earns about
// the blocks it stayed for; unbonding stake earns nothing; and what drips
// while nothing is staked, or every fee with nothing staked, goes to the
// treasury. Every fee is accounted for to the unit.
func TestRewardsTimeStaked(t *testing.T) {
	e := newEnv(t, simNet(t))
	w := e.workers
	holder, late, sandwich := w[2], w[3], w[4]
	delay := e.cp.UnbondingDelay
	// Each staker's stream share: one second of a stream of f over the
	// delay, for bounds on what a block or two of staking can earn.
	perSecond := func(f *big.Int) *big.Int {
		return new(big.Int).Div(f, big.NewInt(int64(delay/time.Second)))
	}

	// Nothing staked: the fee goes to the treasury at once, as before
	// stakers earned it.
	f0 := e.settleOne(1, tokens(2), 5)
	wantEq(t, "treasury, nothing staked", e.balance(e.gov), f0)
	wantEq(t, "streaming, nothing staked", e.pool().Streaming, new(big.Int))

	// A stream that ran dry before a staker joined pays it nothing.
	e.tx(holder.Stake(e.ctx, tokens(100)))
	f1 := e.settleOne(2, tokens(2), 5)
	e.advance(delay)
	e.tx(late.Stake(e.ctx, tokens(100)))
	e.advance(delay)
	wantEq(t, "late staker, after a dry stream", e.rewards(late), new(big.Int))
	wantEq(t, "holder, alone while it dripped", e.rewards(holder), shareOf(f1, tokens(100), tokens(100)))
	e.tx(holder.ClaimRewards(e.ctx))
	e.tx(late.Unbond(e.ctx, tokens(100)))

	// A sandwich around a settlement: the fee drips over the delay, so
	// staking a block before it and unbonding a block after earns about a
	// block's drip, not a share of the fee.
	e.tx(sandwich.Stake(e.ctx, tokens(100)))
	f2 := e.settleOne(3, tokens(4), 9)
	e.tx(sandwich.Unbond(e.ctx, tokens(100)))
	got := e.rewards(sandwich)
	e.advance(delay)
	wantEq(t, "sandwich's rewards after it left", e.rewards(sandwich), got)
	if bound := mul(perSecond(f2), 3); got.Cmp(bound) > 0 {
		t.Fatalf("the sandwich earned %v of a fee of %v (bound: 3 s of the stream, %v)", got, f2, bound)
	}
	hs := e.rewards(holder)
	if want := sub(f2, mul(perSecond(f2), 3)); hs.Cmp(want) < 0 {
		t.Fatalf("the holder earned %v of %v; want at least %v", hs, f2, want)
	}

	// Mid-stream: a staker joining halfway earns half of what is left (the
	// holder's stake equals its own), none of what dripped before.
	f3 := e.settleOne(4, tokens(4), 9)
	e.advance(delay / 2)
	mid := e.pool()
	left := sub(mid.Streaming, mid.DripsAt(e.now()))
	lateBefore := e.rewards(late)
	e.tx(late.Stake(e.ctx, tokens(100)))
	e.advance(delay)
	lateGot := sub(e.rewards(late), lateBefore)
	half := new(big.Int).Div(left, big.NewInt(2))
	if lo, hi := sub(half, mul(perSecond(f3), 2)), add(half, big.NewInt(1)); lateGot.Cmp(lo) < 0 || lateGot.Cmp(hi) > 0 {
		t.Fatalf("late joined with %v left of %v: earned %v, want in [%v, %v]", left, f3, lateGot, lo, hi)
	}

	// Everyone leaves mid-stream: what drips after goes to the treasury.
	f4 := e.settleOne(5, tokens(4), 9)
	treasury := e.balance(e.gov)
	e.tx(holder.Unbond(e.ctx, tokens(100)))
	e.tx(late.Unbond(e.ctx, tokens(100)))
	wantEq(t, "earning after everyone unbonded", e.pool().Earning, new(big.Int))
	e.advance(delay)
	e.tx(holder.ClaimRewards(e.ctx)) // drips the stream
	p := e.pool()
	wantEq(t, "streaming after it ran dry", p.Streaming, new(big.Int))
	// The two unbonds' blocks and the one between dripped to stakers.
	if toTreasury := sub(e.balance(e.gov), treasury); toTreasury.Cmp(sub(f4, mul(perSecond(f4), 6))) < 0 || toTreasury.Cmp(f4) > 0 {
		t.Fatalf("fee %v dripped with nothing staked: %v to the treasury", f4, toTreasury)
	}
	// Every fee, to the unit: the treasury's, what stakers claimed into
	// their balances, and what the pool owes (unclaimed rewards and dust).
	claimed := new(big.Int)
	for _, c := range []*Client{holder, late, sandwich} {
		claimed.Add(claimed, e.balance(c))
	}
	all := add(f0, add(f1, add(f2, add(f3, f4))))
	wantEq(t, "fees = treasury + claimed + owed", add(e.balance(e.gov), add(claimed, p.Owed)), all)
}

// TestRewardsAndSlashing: a slash checkpoints the offender first, so it
// keeps what it earned and its slashed stake earns no more; the other
// stakers' rewards never drop, and they earn more of what drips after.
// A fault challenge takes the overpaid fee back out of the stream, never
// out of what stakers already earned.
func TestRewardsAndSlashing(t *testing.T) {
	e := newEnv(t, simNet(t))
	w := e.workers
	honest, cheat := w[3], w[4]
	e.tx(honest.Stake(e.ctx, tokens(100)))
	e.tx(cheat.Stake(e.ctx, tokens(100)))
	f := e.settleOne(1, tokens(5), 10)
	e.advance(e.cp.UnbondingDelay / 2)

	honestBefore, cheatBefore := e.rewards(honest), e.rewards(cheat)
	pair := equivocations(JobIDOf(e.poster.Address(), 9), cheat.Address())[0]
	ev, err := protocol.NewEquivocation(pair.a, e.sign(cheat, pair.a), pair.b, e.sign(cheat, pair.b))
	if err != nil {
		t.Fatal(err)
	}
	e.tx(e.reporter.SlashEquivocation(e.ctx, ev))
	st, _ := cheat.StakeOf(e.ctx, cheat.Address())
	wantEq(t, "cheat's stake after a half slash", st.Active, tokens(50))
	if r := e.rewards(cheat); r.Cmp(cheatBefore) < 0 {
		t.Fatalf("the offender's accrued rewards fell from %v to %v", cheatBefore, r)
	}
	if r := e.rewards(honest); r.Cmp(honestBefore) < 0 {
		t.Fatalf("the honest staker's rewards fell from %v to %v across a slash", honestBefore, r)
	}
	wantEq(t, "earning after the slash", e.pool().Earning, tokens(150))
	e.advance(e.cp.UnbondingDelay)
	hGain, cGain := sub(e.rewards(honest), honestBefore), sub(e.rewards(cheat), cheatBefore)
	// After the slash the honest staker earns two thirds of what drips,
	// the offender one third (100 : 50).
	if d := new(big.Int).Sub(hGain, mul(cGain, 2)); d.CmpAbs(mul(new(big.Int).Div(f, big.NewInt(40)), 2)) > 0 {
		t.Fatalf("after the slash: honest gained %v, offender %v; want 2:1", hGain, cGain)
	}

	// A challenge lowering an entry takes its fee back out of the stream.
	id := e.deposit(2, 4, 10, tokens(40), time.Hour)
	a := e.award(id, tokens(1), w[:4])
	e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10, 10, 10}}}))
	before := e.pool()
	honestR, cheatR := e.rewards(honest), e.rewards(cheat)
	missed := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[3].Address()), Fault: protocol.FaultMissedSteps, Step: 5}
	e.tx(e.outsider.ChallengeFault(e.ctx, a, missed, e.faultQuorum(a, missed, w[0], w[1], w[2])))
	after := e.pool()
	excess := sub(fee(tokens(10), e.cp.FeeBps), fee(tokens(4), e.cp.FeeBps))
	// Streaming fell by the excess plus what dripped in the one block.
	dripped := sub(sub(before.Streaming, after.Streaming), excess)
	if dripped.Sign() < 0 || dripped.Cmp(new(big.Int).Div(before.Streaming, big.NewInt(10))) > 0 {
		t.Fatalf("streaming %v → %v with an excess fee of %v", before.Streaming, after.Streaming, excess)
	}
	wantEq(t, "escrow after the challenge", e.job(id).Escrow, tokens(6))
	if e.rewards(honest).Cmp(honestR) < 0 || e.rewards(cheat).Cmp(cheatR) < 0 {
		t.Fatal("a fault challenge lowered accrued rewards")
	}
}

package chain

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/protocol"
)

// TestConvictedCannotRaiseCredit: a member slashed for a wrong result in a
// job (slashFault) cannot raise its credit by challenging the poster's
// settlement with its receipts: they show that it signed, not that its
// work was right (issue 16). Another member of the same job still can.
func TestConvictedCannotRaiseCredit(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		e.tx(w[1].Stake(e.ctx, tokens(100)))
		id := e.deposit(1, 4, 10, tokens(40), time.Hour)
		a := e.award(id, tokens(1), w[:4])
		f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[1].Address()), Fault: protocol.FaultWrongResult, Step: 4}
		e.tx(e.reporter.SlashFault(e.ctx, a, e.sign(e.poster, a), f, e.faultQuorum(a, f, w[0], w[2], w[3])))
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{9, 3, 10, 10}}}))
		params := common.HexToHash("0xaa")
		_, err := e.outsider.ChallengeSteps(e.ctx, a, w[1].Address(), e.stepProof(a, 10, params, w[0], w[1], w[2]))
		wantRevert(t, err, "ConvictedOfFault")
		e.tx(e.outsider.ChallengeSteps(e.ctx, a, w[0].Address(), e.stepProof(a, 10, params, w[0], w[1], w[2])))

	})
}

// TestConvictedCannotClaim: a winner slashed for a wrong result (fault 2)
// or tampering (4) in a job its poster never settled cannot claim pay for
// it with its receipts; a winner slashed for missed steps (fault 1) still
// claims the steps it did, and so does an honest one.
func TestConvictedCannotClaim(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		for _, c := range w[:4] {
			e.tx(c.Stake(e.ctx, tokens(100)))
		}
		deadline := 20 * time.Second
		id := e.deposit(1, 4, 10, tokens(40), deadline)
		a := e.award(id, tokens(1), w[:4])
		sig := e.sign(e.poster, a)
		for _, f := range []protocol.FaultAttestation{
			{JobID: protocol.Hash(id), Accused: protocol.Address(w[1].Address()), Fault: protocol.FaultWrongResult, Step: 4},
			{JobID: protocol.Hash(id), Accused: protocol.Address(w[2].Address()), Fault: protocol.FaultTampered, Step: 5},
			{JobID: protocol.Hash(id), Accused: protocol.Address(w[3].Address()), Fault: protocol.FaultMissedSteps, Step: 7},
		} {
			var others []*Client
			for _, c := range w[:4] {
				if protocol.Address(c.Address()) != f.Accused {
					others = append(others, c)
				}
			}
			e.tx(e.reporter.SlashFault(e.ctx, a, sig, f, e.faultQuorum(a, f, others...)))
		}
		for i, want := range []uint8{0, protocol.FaultWrongResult, protocol.FaultTampered, protocol.FaultMissedSteps} {
			got, err := e.gov.ConvictedOfFault(e.ctx, id, w[i].Address())
			if err != nil || got != want {
				t.Fatalf("ConvictedOfFault(w%d) = %d, %v; want %d", i, got, err, want)
			}
		}
		e.advance(deadline)
		params := common.HexToHash("0x06")
		for _, i := range []int{1, 2} {
			_, err := e.outsider.Claim(e.ctx, a, sig, w[i].Address(), e.stepProof(a, 6, params, w[0], w[1], w[2], w[3]))
			wantRevert(t, err, "ConvictedOfFault")
		}
		e.tx(e.outsider.Claim(e.ctx, a, sig, w[0].Address(), e.stepProof(a, 6, params, w[0], w[1], w[2], w[3])))
		e.tx(e.outsider.Claim(e.ctx, a, sig, w[3].Address(), e.stepProof(a, 6, params, w[0], w[1], w[2], w[3])))
		gross := tokens(6)
		for i, want := range []*big.Int{sub(gross, fee(gross, e.cp.FeeBps)), new(big.Int), new(big.Int), sub(gross, fee(gross, e.cp.FeeBps))} {
			wantEq(t, fmt.Sprintf("balance w%d", i), e.balance(w[i]), want)
		}
	})
}

// TestConvictedEntryGoesToPoster: a member convicted of a wrong result
// after the settlement, whose entry nobody lowered with challengeFault in
// the window, cannot release it: releasing it credits the poster (net of
// the fee paid into the stakers' stream at settlement) and the convict nothing.
// Tokens in = paid + refunded + held still.
func TestConvictedEntryGoesToPoster(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		e.tx(w[1].Stake(e.ctx, tokens(100)))
		budget := tokens(40)
		id := e.deposit(1, 4, 10, budget, time.Hour)
		a := e.award(id, tokens(1), w[:4])
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10, 10, 10}}}))
		f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[1].Address()), Fault: protocol.FaultWrongResult, Step: 4}
		e.tx(e.reporter.SlashFault(e.ctx, a, e.sign(e.poster, a), f, e.faultQuorum(a, f, w[0], w[2], w[3])))
		e.advance(e.cp.ChallengeWindow)
		e.tx(e.outsider.Refund(e.ctx, id))
		e.tx(e.outsider.Release(e.ctx, w[1].Address(), id))
		e.tx(e.outsider.Release(e.ctx, w[0].Address(), id))
		_, err := e.outsider.Release(e.ctx, w[1].Address(), id)
		wantRevert(t, err, "NothingToRelease")
		gross := tokens(10)
		net := sub(gross, fee(gross, e.cp.FeeBps))
		wantEq(t, "convict's balance", e.balance(w[1]), new(big.Int))
		wantEq(t, "w0's balance", e.balance(w[0]), net)
		wantEq(t, "poster's balance (the convict's entry)", e.balance(e.poster), net)
		// The other two entries are still held; the stakers' stream holds
		// the table's fees, the treasury the slash's share.
		e.tx(e.outsider.Release(e.ctx, w[2].Address(), id))
		e.tx(e.outsider.Release(e.ctx, w[3].Address(), id))
		held := new(big.Int)
		for _, c := range []*Client{e.poster, e.gov, e.reporter, w[0], w[1], w[2], w[3]} {
			held.Add(held, e.balance(c))
		}
		stake, err := e.gov.StakeOf(e.ctx, w[1].Address())
		if err != nil {
			t.Fatal(err)
		}
		held.Add(held, stake.Active).Add(held, stake.Unbonding)
		// w1's stake earns the fees: they are in the stakers' stream.
		pool := e.pool()
		held.Add(held, pool.Streaming).Add(held, pool.Owed)
		wantEq(t, "tokens in (budget + stake) = held", held, add(budget, tokens(100)))
		wantEq(t, "contract tokens", e.tokenBalance(e.addrs.Settlement), held)
	})
}

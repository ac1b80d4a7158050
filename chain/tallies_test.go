package chain

import (
	"bytes"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/protocol"
)

// tallyJob is a job of three winners and a standby, never settled, with a
// verification bound and a data pool, its award bound by w0's claim after
// the settle deadline.
type tallyJob struct {
	id      common.Hash
	a       protocol.Award
	price   *big.Int
	holders []*Client // by increasing address
	pool    *big.Int
	escrow  *big.Int
}

const tallyBound = 6

func (e *env) tallyJob(nonce uint64) tallyJob {
	e.t.Helper()
	w := e.workers
	price := tokens(1)
	budget := mul(price, 30)
	j := tallyJob{price: price, pool: tokens(5), escrow: VerificationEscrow(budget, 3, 10, tallyBound)}
	deadline := 20 * time.Second
	id, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: nonce, GroupSize: 3, Steps: 10, Audits: tallyBound, Budget: j.escrow,
		SettleDeadline: e.now().Add(deadline), Data: j.pool})
	if err != nil {
		e.t.Fatal(err)
	}
	j.id = id
	j.a = e.award(id, price, w[:3], w[3])
	j.holders = []*Client{w[4], e.reporter}
	slices.SortFunc(j.holders, func(x, y *Client) int { return bytes.Compare(x.Address().Bytes(), y.Address().Bytes()) })
	return j
}

// view has c sign its view: audits per member, pay per holder (j's).
func (e *env) view(j tallyJob, c *Client, audits []uint64, data ...*big.Int) protocol.SignedTally {
	e.t.Helper()
	t := protocol.ClaimTally{JobID: j.a.JobID, Member: protocol.Address(c.Address()), Audits: audits, Data: data}
	for _, h := range j.holders {
		t.Holders = append(t.Holders, protocol.Address(h.Address()))
	}
	s, err := c.SignTally(t)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) netOf(gross *big.Int) *big.Int { return sub(gross, fee(gross, e.cp.FeeBps)) }

// TestClaimTally: the claim path pays verifiers' audits and data holders'
// chunks from a quorum of the winners' signed views, each column at its
// quorum-th highest value (a liar among three moves nothing), tops up
// what later views add, never past the verification bound or the data
// pool, never twice, and only between the settle deadline and the end of
// the claim window; the refund returns the rest. Tokens in = out + held.
func TestClaimTally(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		j := e.tallyJob(1)
		a, price := j.a, j.price
		h0, h1 := j.holders[0], j.holders[1]
		honest := []uint64{1, 0, 0, 4} // w0 did 1 audit, the standby 4
		v0 := e.view(j, w[0], honest, tokens(2), tokens(1))
		v1 := e.view(j, w[1], honest, tokens(2), tokens(1))
		liar := e.view(j, w[2], []uint64{0, 0, 30, 30}, tokens(5), tokens(5))

		_, err := e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0, v1})
		wantRevert(t, err, "NotClaimable")
		e.advance(20 * time.Second)
		_, err = e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0, v1})
		wantRevert(t, err, "NoAward")
		e.tx(w[0].Claim(e.ctx, a, e.sign(e.poster, a), w[0].Address(), e.stepProof(a, 10, common.HexToHash("0x10"), w[0], w[1])))
		claimed := e.balance(w[0])
		_, err = e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0})
		wantRevert(t, err, "QuorumNotReached")
		forged := v1
		forged.Tally.Audits = []uint64{1, 0, 0, 5}
		_, err = e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0, forged})
		wantRevert(t, err, "BadSignature")

		// The liar and one honest winner: each column pays the second
		// highest value, never the liar's inflated one; the liar's low
		// value for w0 holds w0's audit back (two views are a bare
		// quorum: each can only lower the other's).
		tx := e.tx(e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0, liar}))
		t.Logf("claimTally, 2 views of 4 members and 2 holders: %d gas", tx.GasUsed)
		wantEq(t, "w0 balance", e.balance(w[0]), claimed)
		wantEq(t, "liar's balance", e.balance(w[2]), new(big.Int))
		wantEq(t, "standby balance", e.balance(w[3]), e.netOf(mul(price, 4)))
		wantEq(t, "holder 0 balance", e.balance(h0), e.netOf(tokens(2)))
		wantEq(t, "holder 1 balance", e.balance(h1), e.netOf(tokens(1)))
		// With the third view the honest pair outvotes the liar: w0's
		// audit is paid now, and nothing already paid is paid again.
		e.tx(e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{liar, v1, v0}))
		wantEq(t, "w0 balance, three views", e.balance(w[0]), add(claimed, e.netOf(price)))
		wantEq(t, "standby balance, three views", e.balance(w[3]), e.netOf(mul(price, 4)))
		_, err = e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0, v1, liar})
		wantRevert(t, err, "NothingToClaim")

		// Views that grew pay the difference, the audits up to the bound
		// (6: 1 + 4 paid, 1 left), the data up to the pool (5: 3 paid),
		// in the views' holder order.
		grown := []uint64{1, 0, 0, 9}
		g0 := e.view(j, w[0], grown, tokens(4), tokens(3))
		g1 := e.view(j, w[1], grown, tokens(4), tokens(3))
		e.tx(e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{g0, g1, liar}))
		wantEq(t, "standby balance at the bound", e.balance(w[3]), e.netOf(mul(price, 5)))
		wantEq(t, "holder 0 balance, pool", e.balance(h0), e.netOf(tokens(4)))
		wantEq(t, "holder 1 balance, pool", e.balance(h1), e.netOf(tokens(1)))
		ta, err := e.gov.Tallies(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		audits, data, err := e.gov.TallyPaid(e.ctx, a, []common.Address{h0.Address(), h1.Address()})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(audits, []uint64{1, 0, 0, 5}) || data[0].Cmp(tokens(4)) != 0 || data[1].Cmp(tokens(1)) != 0 {
			t.Fatalf("tallies %s paid audits %v, data %v", ta, audits, data)
		}
		_, err = e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{g0, g1})
		wantRevert(t, err, "NothingToClaim")

		e.advance(e.cp.ClaimWindow)
		_, err = e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{g0, g1})
		wantRevert(t, err, "NotClaimable")
		before := e.balance(e.poster)
		e.tx(e.outsider.Refund(e.ctx, j.id))
		// The escrow less w0's 10 steps and 6 audits; the pool less 5.
		wantEq(t, "poster refund", sub(e.balance(e.poster), before), sub(j.escrow, mul(price, 16)))
		_, err = e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{g0, g1})
		wantRevert(t, err, "NotOpen")
		// Tokens in = out + held: nothing is staked and every job is over.
		wantEq(t, "contract tokens", e.tokenBalance(e.addrs.Settlement), e.heldBalances())
	})
}

// TestClaimTallyConvict: a winner convicted of a wrong result in the job
// counts for nothing in a tally (its view is not a vote, and the quorum is
// of the winners not convicted), and is paid for no audit; a settled job
// takes no tally.
func TestClaimTallyConvict(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		e.tx(w[2].Stake(e.ctx, tokens(100)))
		j := e.tallyJob(1)
		a := j.a
		f := protocol.FaultAttestation{JobID: protocol.Hash(j.id), Accused: protocol.Address(w[2].Address()), Fault: protocol.FaultWrongResult, Step: 3}
		e.tx(e.reporter.SlashFault(e.ctx, a, e.sign(e.poster, a), f, e.faultQuorum(a, f, w[0], w[1])))
		e.advance(20 * time.Second)
		e.tx(w[0].Claim(e.ctx, a, e.sign(e.poster, a), w[0].Address(), e.stepProof(a, 5, common.HexToHash("0x05"), w[0], w[1])))
		claimed := e.balance(w[0])
		// Two winners are not convicted: the quorum is both of them.
		audits := []uint64{2, 0, 3, 0} // the convict verified 3 steps
		v0 := e.resign(w[0], protocol.ClaimTally{JobID: a.JobID, Member: protocol.Address(w[0].Address()), Audits: audits})
		v2 := e.resign(w[2], protocol.ClaimTally{JobID: a.JobID, Member: protocol.Address(w[2].Address()), Audits: audits})
		_, err := e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0, v2})
		wantRevert(t, err, "QuorumNotReached")
		v1 := e.resign(w[1], protocol.ClaimTally{JobID: a.JobID, Member: protocol.Address(w[1].Address()), Audits: audits})
		e.tx(e.outsider.ClaimTally(e.ctx, a, []protocol.SignedTally{v0, v1, v2}))
		wantEq(t, "w0 balance", e.balance(w[0]), add(claimed, e.netOf(mul(j.price, 2))))
		wantEq(t, "convict's balance", e.balance(w[2]), new(big.Int))

		// A settled job: the tally's window never opens.
		j2 := e.tallyJob(2)
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: j2.a, Steps: []uint64{10, 10, 10, 0}}}))
		e.advance(20 * time.Second)
		s := func(c *Client) protocol.SignedTally {
			return e.resign(c, protocol.ClaimTally{JobID: j2.a.JobID, Member: protocol.Address(c.Address()), Audits: []uint64{0, 0, 0, 4}})
		}
		_, err = e.outsider.ClaimTally(e.ctx, j2.a, []protocol.SignedTally{s(w[0]), s(w[1]), s(w[2])})
		wantRevert(t, err, "NotOpen")
	})
}

func (e *env) resign(c *Client, t protocol.ClaimTally) protocol.SignedTally {
	e.t.Helper()
	s, err := c.SignTally(t)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

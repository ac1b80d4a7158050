package chain

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestAuditPayKept (issue 16): a member's audit pay is an entry of its own
// in the payout table, so that correcting its steps keeps it: a
// challengeSteps raise sets the steps entry to price x step and the member
// is still owed its audits; a fault-1 cut lowers the steps entry to price x
// (step - 1) and leaves the audits; the audit entry cannot be challenged
// as a member's steps. Tokens in = paid + refunded.
func TestAuditPayKept(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		const group, steps, audits = 4, 10, 8
		escrow := VerificationEscrow(tokens(40), group, steps, audits)
		id, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: group, Steps: steps, Audits: audits, Budget: escrow,
			SettleDeadline: e.now().Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		a := e.award(id, price, w[:4])
		// The poster credits w0 5 steps and 2 audits (it trained 10), w1
		// 10 steps and 2 audits (it went offline after step 5).
		p := NewPayout(a, []uint64{7, 12, 10, 10}, []uint64{2, 2, 0, 0})
		e.tx(e.poster.Settle(e.ctx, []Payout{p}))
		table, err := e.gov.PayoutTable(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(table.Members) != 6 || table.Members[4] != w[0].Address() || table.Members[5] != w[1].Address() {
			t.Fatalf("table members %v: want the four members then w0's and w1's audit entries", table.Members)
		}
		wantEq(t, "w0 credit", e.credit(id, w[0]), mul(price, 7))

		// The raise: receipts for step 10 signed by w0, w1, w2.
		e.tx(e.outsider.ChallengeSteps(e.ctx, a, w[0].Address(), e.stepProof(a, 10, common.HexToHash("0xaa"), w[0], w[1], w[2])))
		wantEq(t, "w0 credit after the raise (10 steps + 2 audits)", e.credit(id, w[0]), mul(price, 12))

		// The cut: w0, w2, w3 attest w1 missed step 6.
		missed := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[1].Address()), Fault: protocol.FaultMissedSteps, Step: 6}
		e.tx(e.outsider.ChallengeFault(e.ctx, a, missed, e.faultQuorum(a, missed, w[0], w[2], w[3])))
		wantEq(t, "w1 credit after the cut (5 steps + 2 audits)", e.credit(id, w[1]), mul(price, 7))

		// An audit entry is not a member's steps entry: a cut aimed at it
		// names no member.
		entry, err := table.entry(5)
		if err != nil {
			t.Fatal(err)
		}
		q := e.faultQuorum(a, missed, w[0], w[2], w[3])
		_, err = e.outsider.TransactRaw(e.ctx, "challengeFault", e.outsider.sc.PackChallengeFault(id, awardBinding(a), entry, faultBinding(missed), q.binding()))
		wantRevert(t, err, "BadMemberIndex")
		_, err = e.outsider.TransactRaw(e.ctx, "challengeSteps", e.outsider.sc.PackChallengeSteps(id, awardBinding(a),
			bindings.SettlementEntry{JobId: id, Index: big.NewInt(4), Amount: mul(price, 2)}, e.stepProof(a, 10, common.HexToHash("0xaa"), w[0], w[1], w[2]).binding()))
		wantRevert(t, err, "NotAWinner")

		e.advance(e.cp.ChallengeWindow)
		for _, c := range w[:4] {
			e.tx(e.outsider.Release(e.ctx, c.Address(), id))
		}
		e.tx(e.outsider.Refund(e.ctx, id))
		paid := int64(12 + 7 + 10 + 10)
		for i, gross := range []int64{12, 7, 10, 10} {
			g := mul(price, gross)
			wantEq(t, "balance w"+string(rune('0'+i)), e.balance(w[i]), sub(g, fee(g, e.cp.FeeBps)))
		}
		wantEq(t, "poster refund", e.balance(e.poster), sub(escrow, mul(price, paid)))
		wantEq(t, "contract tokens = balances", e.tokenBalance(e.addrs.Settlement), add(e.heldBalances(), new(big.Int)))
	})
}

// TestDataPool (issue 21 item 3): a job escrows a data pool besides its
// budget; the settlement pays data holders from it in entries after the
// members' (a holder that is also a member is owed both); a table paying
// holders past the pool reverts; holders release like members; the rest of
// the pool is refunded with the escrow.
func TestDataPool(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		budget, data := tokens(20), tokens(10)
		id, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: 2, Steps: 10, Budget: budget, Data: data,
			SettleDeadline: e.now().Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		wantEq(t, "escrow", e.job(id).Escrow, budget)
		wantEq(t, "data pool", mustBig(e.gov.DataPool(e.ctx, id)), data)
		wantEq(t, "contract tokens", e.tokenBalance(e.addrs.Settlement), add(budget, data))
		a := e.award(id, tokens(1), w[:2])
		holder, other := w[4], w[0] // w4 holds data and trains nothing; w0 does both
		for _, c := range []struct {
			name   string
			p      Payout
			revert string
		}{
			{"past the pool", Payout{Award: a, Steps: []uint64{10, 10}, Holders: []common.Address{holder.Address(), other.Address()},
				HolderPay: []*big.Int{tokens(6), add(tokens(4), big.NewInt(1))}}, "DataPoolExceeded"},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := e.poster.Settle(e.ctx, []Payout{c.p})
				wantRevert(t, err, c.revert)
			})
		}
		// The client refuses a pay missing or one past a table entry's 96 bits.
		for _, pay := range [][]*big.Int{{tokens(6)}, {tokens(6), new(big.Int).Lsh(big.NewInt(1), 96)}} {
			_, err := e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10}, Holders: []common.Address{holder.Address(), other.Address()}, HolderPay: pay}})
			if !errors.Is(err, ErrBadParams) {
				t.Fatalf("settle paying holders %v: %v", pay, err)
			}
		}
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10}, Holders: []common.Address{holder.Address(), other.Address()},
			HolderPay: []*big.Int{tokens(6), tokens(3)}}}))
		wantEq(t, "data pool left", mustBig(e.gov.DataPool(e.ctx, id)), tokens(1))
		wantEq(t, "escrow left", e.job(id).Escrow, new(big.Int))
		wantEq(t, "holder's credit", e.credit(id, holder), tokens(6))
		wantEq(t, "member and holder's credit", e.credit(id, other), tokens(13))

		e.advance(e.cp.ChallengeWindow)
		for _, c := range []*Client{holder, other, w[1]} {
			e.tx(e.outsider.Release(e.ctx, c.Address(), id))
		}
		e.tx(e.outsider.Refund(e.ctx, id))
		wantEq(t, "data pool after the refund", mustBig(e.gov.DataPool(e.ctx, id)), new(big.Int))
		for _, c := range []struct {
			who   *Client
			gross *big.Int
		}{{holder, tokens(6)}, {other, tokens(13)}, {w[1], tokens(10)}} {
			wantEq(t, "balance", e.balance(c.who), sub(c.gross, fee(c.gross, e.cp.FeeBps)))
		}
		wantEq(t, "poster refund (the pool's rest)", e.balance(e.poster), tokens(1))
		wantEq(t, "contract tokens = balances", e.tokenBalance(e.addrs.Settlement), e.heldBalances())

		// A job never settled refunds its whole pool.
		idle, _, err := e.poster.Deposit(e.ctx, JobSpec{Nonce: 2, GroupSize: 1, Steps: 1, Budget: tokens(1), Data: tokens(2),
			SettleDeadline: e.now().Add(time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		e.advance(time.Minute + e.cp.ClaimWindow)
		e.tx(e.outsider.Refund(e.ctx, idle))
		wantEq(t, "poster refund of an unsettled job", e.balance(e.poster), tokens(4))
	})
}

// heldBalances is the sum of every account's balance in the contract
// (what it holds once no job owes anything and nothing is staked).
func (e *env) heldBalances() *big.Int {
	e.t.Helper()
	sum := new(big.Int)
	for _, c := range append([]*Client{e.poster, e.gov, e.reporter, e.outsider}, e.workers...) {
		sum.Add(sum, e.balance(c))
	}
	pool, err := e.gov.FeePool(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return sum.Add(sum, pool.Streaming).Add(sum, pool.Owed)
}

// TestDataPayout: the poster's rule for paying holders from members'
// receipts, case by case.
func TestDataPayout(t *testing.T) {
	d := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{0xee}}
	key := func(s string) *identity.Key { return identity.FromSeed([]byte("datapay/" + s)) }
	m0, m1, outsider, poster := key("m0"), key("m1"), key("outsider"), key("poster")
	h1, h2 := protocol.Address{0x11}, protocol.Address{0x22}
	award := protocol.Award{JobID: protocol.Hash{7}, Poster: protocol.Address(poster.Address()),
		Winners: []protocol.Address{protocol.Address(m0.Address()), protocol.Address(m1.Address())}, Prices: []*big.Int{big.NewInt(1), big.NewInt(1)}}
	chunk := func(i int) protocol.Hash { return protocol.Hash{0xc0, byte(i)} }
	// m0's shard holds the even chunks, m1's the odd ones.
	inShard := func(m protocol.Address, c protocol.Hash) bool {
		return (m == award.Winners[0]) == (c[1]%2 == 0)
	}
	signed := func(k *identity.Key, holder protocol.Address, chunks ...int) SignedDataReceipt {
		r := protocol.DataReceipt{JobID: award.JobID, Member: protocol.Address(k.Address()), Holder: holder}
		for _, c := range chunks {
			r.Chunks = append(r.Chunks, chunk(c))
		}
		sig, err := Sign(k, d, r)
		if err != nil {
			t.Fatal(err)
		}
		return SignedDataReceipt{Receipt: r, Sig: sig}
	}
	forged := signed(m0, h1, 0, 2, 4)
	forged.Receipt.Holder = h2 // signed for h1
	otherJob := signed(m0, h2, 0)
	otherJob.Receipt.JobID = protocol.Hash{8}
	price := big.NewInt(100)
	for _, c := range []struct {
		name     string
		receipts []SignedDataReceipt
		pool     int64
		want     map[protocol.Address]int64
		refused  int
		outside  int
	}{
		{"two members, two holders", []SignedDataReceipt{signed(m0, h1, 0, 2), signed(m0, h2, 4), signed(m1, h2, 1, 3)}, 1000,
			map[protocol.Address]int64{h1: 200, h2: 300}, 0, 0},
		{"a chunk outside the member's shard", []SignedDataReceipt{signed(m0, h1, 0, 1)}, 1000, map[protocol.Address]int64{h1: 100}, 0, 1},
		{"one chunk signed twice: the lower holder", []SignedDataReceipt{signed(m0, h2, 0, 2), signed(m0, h1, 2)}, 1000,
			map[protocol.Address]int64{h1: 100, h2: 100}, 0, 0},
		{"refused: forged, an outsider, the poster as holder, another job", []SignedDataReceipt{forged, signed(outsider, h1, 0),
			signed(m0, protocol.Address(poster.Address()), 0), otherJob}, 1000, map[protocol.Address]int64{}, 4, 0},
		{"scaled to the pool", []SignedDataReceipt{signed(m0, h1, 0, 2, 4), signed(m1, h2, 1)}, 200,
			map[protocol.Address]int64{h1: 150, h2: 50}, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := DataPayout(d, award, c.receipts, inShard, price, big.NewInt(c.pool))
			if got.Refused != c.refused || got.Outside != c.outside || len(got.Holders) != len(c.want) {
				t.Fatalf("got %+v", got)
			}
			for k, h := range got.Holders {
				if want, ok := c.want[protocol.Address(h)]; !ok || got.Pay[k].Int64() != want {
					t.Errorf("%s paid %v, want %d", h, got.Pay[k], want)
				}
				if k > 0 && bytes.Compare(got.Holders[k-1][:], h[:]) >= 0 {
					t.Errorf("holders not sorted: %v", got.Holders)
				}
			}
			if got.Total().Cmp(big.NewInt(c.pool)) > 0 {
				t.Errorf("paid %v past the pool %d", got.Total(), c.pool)
			}
		})
	}
}

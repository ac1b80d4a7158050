package chain

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/identity"
)

// TestReentrancy runs the settlement contract on a hostile token that calls
// back into it from inside every transfer, and checks that the guard refuses
// each re-entry while the books stay exact.
func TestReentrancy(t *testing.T) {
	n := simNet(t)
	ctx := t.Context()
	p := n.params
	deployer := identity.FromSeed([]byte("reentrancy/deployer"))
	user := identity.FromSeed([]byte("reentrancy/user"))
	n.fund(t, ctx, deployer.Address())
	n.fund(t, ctx, user.Address())

	rt := bindings.NewReentrantToken()
	chainID, _ := n.backend.ChainID(ctx)
	s := newSender(n.backend, deployer, chainID, p, decodeRevert)
	tx, err := s.transact(ctx, "deploy ReentrantToken", nil, hexutil.MustDecode(bindings.ReentrantTokenMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	token := tx.Receipt.ContractAddress
	cp := suiteContract(deployer.Address())
	addrs, _, err := Deploy(ctx, n.backend, deployer, p, DeployParams{Token: token, Contract: cp})
	if err != nil {
		t.Fatal(err)
	}
	p.Settlement = addrs.Settlement
	c, err := NewClient(ctx, n.backend, user, p)
	if err != nil {
		t.Fatal(err)
	}
	call := func(method string, data []byte) {
		t.Helper()
		if _, err := s.transact(ctx, method, &token, data, nil); err != nil {
			t.Fatal(err)
		}
	}
	view := func(data []byte) []byte {
		t.Helper()
		out, err := c.call(ctx, "view", token, data)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	guardID := revertABIs[0].Errors["ReentrancyGuardReentrantCall"].ID
	guardSelector := guardID[:4]
	checkBlocked := func(what string) {
		t.Helper()
		attempted, _ := rt.UnpackAttempted(view(rt.PackAttempted()))
		succeeded, _ := rt.UnpackSucceeded(view(rt.PackSucceeded()))
		result, _ := rt.UnpackResult(view(rt.PackResult()))
		if !attempted || succeeded || !bytes.HasPrefix(result, guardSelector) {
			t.Fatalf("%s: re-entry attempted=%v succeeded=%v result=%x; want it refused by the guard", what, attempted, succeeded, result)
		}
	}
	budget := big.NewInt(1_000_000)
	call("mint", rt.PackMint(user.Address(), budget))

	// 1. Re-entering withdraw from inside deposit's transferFrom.
	call("arm", rt.PackArm(addrs.Settlement, c.sc.PackWithdraw(big.NewInt(1))))
	now := headTime(t, n)
	id, _, err := c.Deposit(ctx, JobSpec{Nonce: 1, GroupSize: 1, Steps: 10, Budget: budget, SettleDeadline: now.Add(10 * time.Second)})
	if err != nil {
		t.Fatal(err)
	}
	checkBlocked("deposit")

	// 2. The token contract itself becomes a poster, is refunded, and
	// re-enters withdraw from inside its own withdrawal: the attack a guard
	// without checks-effects-interactions would let through twice.
	call("mint", rt.PackMint(token, budget))
	call("act approve", rt.PackAct(token, rt.PackApprove(addrs.Settlement, budget)))
	deadline := headTime(t, n).Add(time.Minute)
	call("act deposit", rt.PackAct(addrs.Settlement, c.sc.PackDeposit(2, 1, 10, 0, budget, big.NewInt(deadline.Unix()), new(big.Int))))
	n.advance(t, ctx, time.Minute+cp.ClaimWindow)
	tokenJob := JobIDOf(token, 2)
	if _, err := c.Refund(ctx, tokenJob); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "token's balance in the settlement", mustBig(c.Balance(ctx, token)), budget)
	half := new(big.Int).Div(budget, big.NewInt(2))
	call("arm", rt.PackArm(addrs.Settlement, c.sc.PackWithdraw(half)))
	call("act withdraw", rt.PackAct(addrs.Settlement, c.sc.PackWithdraw(half)))
	checkBlocked("withdraw")
	wantEq(t, "token's balance in the settlement after one withdrawal", mustBig(c.Balance(ctx, token)), half)
	wantEq(t, "tokens the token contract holds", mustBig(c.TokenBalance(ctx, token)), half)

	// 3. withdrawStake re-entered from inside its transfer.
	call("mint", rt.PackMint(token, budget))
	call("act approve", rt.PackAct(token, rt.PackApprove(addrs.Settlement, budget)))
	call("act stake", rt.PackAct(addrs.Settlement, c.sc.PackStake(budget)))
	call("act unbond", rt.PackAct(addrs.Settlement, c.sc.PackUnbond(budget)))
	n.advance(t, ctx, cp.UnbondingDelay)
	call("arm", rt.PackArm(addrs.Settlement, c.sc.PackWithdrawStake()))
	call("act withdrawStake", rt.PackAct(addrs.Settlement, c.sc.PackWithdrawStake()))
	checkBlocked("withdrawStake")

	// The books: what the settlement holds is exactly what it owes.
	held := mustBig(c.TokenBalance(ctx, addrs.Settlement))
	owed := add(mustBig(c.Balance(ctx, token)), escrowOf(t, c, id))
	wantEq(t, "settlement holdings", held, owed)
}

func headTime(t *testing.T, n *testNet) time.Time {
	t.Helper()
	h, err := n.backend.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// escrowOf is the unspent escrow of job id.
func escrowOf(t *testing.T, c *Client, id common.Hash) *big.Int {
	t.Helper()
	j, err := c.Job(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	return j.Escrowed()
}

// mustBig returns v; a failed view call is a broken test setup.
func mustBig(v *big.Int, err error) *big.Int {
	if err != nil {
		panic(err)
	}
	return v
}

package chain

import (
	"context"
	"flag"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/identity"
)

// suiteGov are the governance settings the tests deploy: voting and the
// timelock each last as long as suiteContract's windows (long enough for a
// test's few transactions however slow the machine, short enough for geth
// --dev to mine through); 10 tokens to propose.
func suiteGov(holders []GovAllocation) GovParams {
	return GovParams{
		Holders:           holders,
		VotingDelay:       time.Second,
		VotingPeriod:      40 * time.Second,
		TimelockDelay:     40 * time.Second,
		QuorumPercent:     4,
		ProposalThreshold: GovUnits(10),
	}
}

// govEnv is a settlement contract governed by one key (admin) and a
// token-holder governance with three holders: a 50%, b 30%, c 20%.
type govEnv struct {
	t        *testing.T
	ctx      context.Context
	net      *testNet
	gp       GovParams
	cp       ContractParams
	admin    *Client
	a, b, c  *Gov
	outsider *Gov
}

func newGovEnv(t *testing.T, n *testNet) *govEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	e := &govEnv{t: t, ctx: ctx, net: n}
	key := func(role string) *identity.Key {
		k := identity.FromSeed([]byte(n.name + "/" + t.Name() + "/" + role))
		n.fund(t, ctx, k.Address())
		return k
	}
	adminKey, aKey, bKey, cKey, outKey := key("admin"), key("a"), key("b"), key("c"), key("outsider")
	e.cp = suiteContract(adminKey.Address())
	addrs, _, err := Deploy(ctx, n.backend, adminKey, n.params, DeployParams{Contract: e.cp})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.gp = suiteGov([]GovAllocation{
		{aKey.Address(), GovUnits(500)}, {bKey.Address(), GovUnits(300)}, {cKey.Address(), GovUnits(200)},
	})
	gov, _, err := DeployGovernance(ctx, n.backend, adminKey, n.params, e.gp)
	if err != nil {
		t.Fatalf("deploy governance: %v", err)
	}
	p := n.params
	p.Settlement = addrs.Settlement
	client := func(k *identity.Key) *Client {
		c, err := NewClient(ctx, n.backend, k, p)
		if err != nil {
			t.Fatal(err)
		}
		c.embedded = n.embedded
		return c
	}
	e.admin = client(adminKey)
	g := func(k *identity.Key) *Gov {
		g, err := NewGov(ctx, client(k), gov.Governor)
		if err != nil {
			t.Fatal(err)
		}
		if g.Addresses() != gov {
			t.Fatalf("governor reads %+v, deployed %+v", g.Addresses(), gov)
		}
		return g
	}
	e.a, e.b, e.c, e.outsider = g(aKey), g(bKey), g(cKey), g(outKey)
	return e
}

func (e *govEnv) now() time.Time {
	e.t.Helper()
	h, err := e.net.backend.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// advancePast mines until the head is later than ts: calls are estimated
// on the head, so a vote needs a head past the snapshot, a queue one past
// the deadline, an execution one at the ETA or later.
func (e *govEnv) advancePast(ts time.Time) {
	e.t.Helper()
	if d := ts.Sub(e.now()) + time.Second; d > 0 {
		e.net.advance(e.t, e.ctx, d)
	}
}

func (e *govEnv) proposal(id *big.Int) *Proposal {
	e.t.Helper()
	p, err := e.a.Proposal(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *govEnv) wantState(id *big.Int, want ProposalState) *Proposal {
	e.t.Helper()
	p := e.proposal(id)
	if p.State != want {
		e.t.Fatalf("proposal %v is %v, want %v", id, p.State, want)
	}
	return p
}

func (e *govEnv) propose(g *Gov, description string, calls ...Call) *big.Int {
	e.t.Helper()
	id, _, err := g.Propose(e.ctx, description, calls...)
	if err != nil {
		e.t.Fatalf("propose %q: %v", description, err)
	}
	return id
}

func (e *govEnv) vote(g *Gov, id *big.Int, v Vote) {
	e.t.Helper()
	if _, err := g.CastVote(e.ctx, id, v, ""); err != nil {
		e.t.Fatalf("vote %v on %v: %v", v, id, err)
	}
}

func (e *govEnv) fee() uint16 {
	e.t.Helper()
	p, err := e.admin.ContractParams(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return p.FeeBps
}

// TestGovernanceByTokenHolders takes an existing settlement contract
// through a handover to the token holders' timelock and then through one
// round of proposals voted together: a fee change that passes and is
// executed, a fee outside Settlement's bounds that passes the vote and
// fails at execution, and a proposal voted down. Neither the old governance
// nor anyone else but the timelock can change the parameters afterwards.
func TestGovernanceByTokenHolders(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newGovEnv(t, n)
		gov := e.a.Addresses()

		// The timelock answers to the governor alone: the deployer
		// renounced its admin role, and a holder cannot schedule directly.
		_, err := e.a.c.send.transact(e.ctx, "schedule", &gov.Timelock,
			e.a.tl.PackSchedule(e.admin.Settlement(), new(big.Int), e.admin.sc.PackAcceptGovernance(), [32]byte{}, [32]byte{}, big.NewInt(40)), nil)
		wantRevert(t, err, "AccessControlUnauthorizedAccount")
		out, err := e.admin.call(e.ctx, "hasRole", gov.Timelock, e.a.tl.PackHasRole(roleAdmin, e.admin.Address()))
		if err != nil || common.BytesToHash(out) != (common.Hash{}) {
			t.Fatalf("the deployer still administers the timelock: %x, %v", out, err)
		}
		// Below the proposal threshold (10 tokens) nobody proposes.
		_, _, err = e.outsider.Propose(e.ctx, "take over", e.outsider.AcceptGovernanceCall())
		wantRevert(t, err, "GovernorInsufficientProposerVotes")

		// The handover: the admin starts it, the holders accept it.
		if _, err := e.admin.TransferGovernance(e.ctx, gov.Timelock); err != nil {
			t.Fatal(err)
		}
		lower := e.cp
		lower.FeeBps = 50
		tooHigh := e.cp
		tooHigh.FeeBps = 2000
		if tooHigh.Validate() == nil {
			t.Fatal("Validate accepts a 20% fee")
		}
		zero := e.cp
		zero.FeeBps = 0
		accept := e.propose(e.a, "hand Settlement to the token holders", e.a.AcceptGovernanceCall())
		feeID := e.propose(e.a, "lower the protocol fee to 0.5%", e.a.SetParamsCall(lower))
		badID := e.propose(e.b, "raise the protocol fee to 20%", e.b.SetParamsCall(tooHigh))
		downID := e.propose(e.c, "drop the protocol fee", e.c.SetParamsCall(zero))
		if _, _, err := e.a.Propose(e.ctx, "lower the protocol fee to 0.5%", e.a.SetParamsCall(lower)); RevertName(err) != "GovernorUnexpectedProposalState" {
			t.Fatalf("the same proposal twice: %v", err)
		}
		// Pending until a block after the snapshot (the embedded chain may
		// already have sealed one).
		p := e.proposal(feeID)
		if p.State == ProposalPending && p.Quorum != nil {
			t.Fatalf("a quorum before the snapshot: %v", p.Quorum)
		}
		if p.Proposer != e.a.c.Address() || len(p.Calls) != 1 || p.Calls[0].Target != e.admin.Settlement() {
			t.Fatalf("proposal as read: %+v", p)
		}
		if got := e.a.DescribeCall(p.Calls[0], &e.cp); got != "Settlement.setParams: fee-bps 100 -> 50" {
			t.Fatalf("described as %q", got)
		}

		e.advancePast(p.Snapshot)
		e.wantState(feeID, ProposalActive)
		for _, id := range []*big.Int{accept, feeID, badID} {
			e.vote(e.a, id, VoteFor)
		}
		e.vote(e.b, accept, VoteFor)
		e.vote(e.b, feeID, VoteAgainst)
		e.vote(e.b, badID, VoteFor)
		e.vote(e.c, feeID, VoteAbstain)
		e.vote(e.a, downID, VoteAgainst)
		e.vote(e.c, downID, VoteFor)
		_, err = e.a.CastVote(e.ctx, feeID, VoteAgainst, "changed my mind")
		wantRevert(t, err, "GovernorAlreadyCastVote")
		_, err = e.a.Queue(e.ctx, feeID)
		wantRevert(t, err, "GovernorUnexpectedProposalState")
		p = e.proposal(feeID)
		wantEq(t, "for", p.For, GovUnits(500))
		wantEq(t, "against", p.Against, GovUnits(300))
		wantEq(t, "abstain", p.Abstain, GovUnits(200))
		wantEq(t, "quorum (4% of 1000)", p.Quorum, GovUnits(40))

		e.advancePast(e.proposal(downID).Deadline) // the last proposal's
		e.wantState(downID, ProposalDefeated)
		_, err = e.c.Queue(e.ctx, downID)
		wantRevert(t, err, "GovernorUnexpectedProposalState")
		for _, id := range []*big.Int{accept, feeID, badID} {
			e.wantState(id, ProposalSucceeded)
			if _, err := e.outsider.Queue(e.ctx, id); err != nil {
				t.Fatalf("queue %v: %v", id, err)
			}
		}
		p = e.wantState(feeID, ProposalQueued)
		if p.ETA.IsZero() || p.ETA.Before(p.Deadline.Add(e.gp.TimelockDelay)) {
			t.Fatalf("eta %v: want %v after the deadline %v at least", p.ETA, e.gp.TimelockDelay, p.Deadline)
		}
		_, err = e.outsider.Execute(e.ctx, accept)
		wantRevert(t, err, "TimelockUnexpectedOperationState")

		e.advancePast(e.proposal(badID).ETA) // the last queued
		// Order matters: until the timelock accepted governance, the fee
		// change fails as the timelock is not yet Settlement's governance.
		_, err = e.outsider.Execute(e.ctx, feeID)
		wantRevert(t, err, "NotGovernance")
		if _, err := e.outsider.Execute(e.ctx, accept); err != nil {
			t.Fatal(err)
		}
		if g, err := e.admin.Governance(e.ctx); err != nil || g != gov.Timelock {
			t.Fatalf("governance = %s, %v; want the timelock %s", g, err, gov.Timelock)
		}
		if _, err := e.outsider.Execute(e.ctx, feeID); err != nil {
			t.Fatal(err)
		}
		e.wantState(feeID, ProposalExecuted)
		if got := e.fee(); got != 50 {
			t.Fatalf("fee = %d bps after the executed proposal, want 50", got)
		}

		// Out of Settlement's bounds: passed and queued, refused when run.
		_, err = e.outsider.Execute(e.ctx, badID)
		wantRevert(t, err, "InvalidParam")
		e.wantState(badID, ProposalQueued)
		if got := e.fee(); got != 50 {
			t.Fatalf("fee = %d bps after the failed execution, want 50", got)
		}

		// Only the timelock governs now: not the old governance, not a
		// holder acting alone.
		_, err = e.admin.SetParams(e.ctx, e.cp)
		wantRevert(t, err, "NotGovernance")
		_, err = e.a.c.SetParams(e.ctx, e.cp)
		wantRevert(t, err, "NotGovernance")
		_, err = e.admin.TransferGovernance(e.ctx, e.admin.Address())
		wantRevert(t, err, "NotGovernance")

		ids, err := e.c.Proposals(e.ctx)
		if err != nil || len(ids) != 4 || ids[1].Cmp(feeID) != 0 {
			t.Fatalf("proposals = %v, %v", ids, err)
		}
		descs, err := e.c.Descriptions(e.ctx)
		if err != nil || len(descs) != 4 || descs[feeID.String()] != "lower the protocol fee to 0.5%" {
			t.Fatalf("descriptions = %v, %v", descs, err)
		}
	})
}

// TestEmbeddedGovernance: the embedded chain (devnet, demo) deploys
// governance with Settlement, governed by the timelock from the start, its
// token split between the deployer and the funded accounts.
func TestEmbeddedGovernance(t *testing.T) {
	ctx := context.Background()
	holder := identity.FromSeed([]byte("trainmesh/chain/test/embedded-holder"))
	e, err := StartEmbedded(ctx, EmbeddedParams{StartTime: testStartTime, Fund: []common.Address{holder.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	gov := e.Addresses().Gov
	if g, err := e.Deployer().Governance(ctx); err != nil || g != gov.Timelock || g == (common.Address{}) {
		t.Fatalf("governance = %s, %v; want the timelock %s", g, err, gov.Timelock)
	}
	c, err := e.NewClient(ctx, holder)
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGov(ctx, c, gov.Governor)
	if err != nil {
		t.Fatal(err)
	}
	s, err := g.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := DevnetGovParams(nil)
	if s.VotingDelay != want.VotingDelay || s.VotingPeriod != want.VotingPeriod || s.TimelockDelay != want.TimelockDelay ||
		s.QuorumPercent != uint64(want.QuorumPercent) || s.Supply.Cmp(DevnetGovSupply) != 0 {
		t.Fatalf("settings %+v, want %+v with supply %v", s, want, DevnetGovSupply)
	}
	votes, bal, err := g.VotesOf(ctx, holder.Address())
	if err != nil || votes.Cmp(bal) != 0 || bal.Cmp(new(big.Int).Div(DevnetGovSupply, big.NewInt(2))) != 0 {
		t.Fatalf("holder votes %v of balance %v (%v): want half the supply, self-delegated", votes, bal, err)
	}
	if _, err := e.Deployer().SetParams(ctx, DevnetContractParams(e.Deployer().Address())); RevertName(err) != "NotGovernance" {
		t.Fatalf("the deployer set params: %v", err)
	}
	// One holder has half the votes: enough alone.
	cp, err := c.ContractParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cp.FeeBps = 25
	id, _, err := g.Propose(ctx, "fee 0.25%", g.SetParamsCall(cp))
	if err != nil {
		t.Fatal(err)
	}
	step := func(what string, after time.Time, f func() (*Tx, error)) {
		t.Helper()
		if now, _ := e.HeadTime(ctx); !now.After(after) {
			if err := e.AdvanceTime(after.Sub(now) + time.Second); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f(); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	p, err := g.Proposal(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	step("vote", p.Snapshot, func() (*Tx, error) { return g.CastVote(ctx, id, VoteFor, "cheaper jobs") })
	step("queue", p.Deadline, func() (*Tx, error) { return g.Queue(ctx, id) })
	if p, err = g.Proposal(ctx, id); err != nil {
		t.Fatal(err)
	}
	step("execute", p.ETA.Add(-time.Second), func() (*Tx, error) { return g.Execute(ctx, id) })
	if got, err := c.ContractParams(ctx); err != nil || got != cp {
		t.Fatalf("params %+v, %v; want %+v", got, err, cp)
	}
}

// TestGovParamsValidate: what Validate refuses.
func TestGovParamsValidate(t *testing.T) {
	holders := SplitSupply(GovUnits(100), common.Address{1}, common.Address{2}, common.Address{3})
	if got := new(big.Int).Add(new(big.Int).Add(holders[0].Amount, holders[1].Amount), holders[2].Amount); got.Cmp(GovUnits(100)) != 0 {
		t.Fatalf("split sums to %v", got)
	}
	ok := DefaultGovParams(holders)
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		mutate func(*GovParams)
	}{
		{"no holders", func(p *GovParams) { p.Holders = nil }},
		{"zero holder", func(p *GovParams) { p.Holders = []GovAllocation{{common.Address{}, GovUnits(1)}} }},
		{"empty allocation", func(p *GovParams) { p.Holders = []GovAllocation{{common.Address{1}, new(big.Int)}} }},
		{"supply past uint208", func(p *GovParams) {
			p.Holders = []GovAllocation{{common.Address{1}, new(big.Int).Lsh(big.NewInt(1), 208)}}
		}},
		{"no voting period", func(p *GovParams) { p.VotingPeriod = 0 }},
		{"fractional delay", func(p *GovParams) { p.VotingDelay = 1500 * time.Millisecond }},
		{"negative timelock", func(p *GovParams) { p.TimelockDelay = -time.Second }},
		{"no quorum", func(p *GovParams) { p.QuorumPercent = 0 }},
		{"quorum past 100%", func(p *GovParams) { p.QuorumPercent = 101 }},
		{"threshold past the supply", func(p *GovParams) { p.ProposalThreshold = GovUnits(101) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := ok
			c.mutate(&p)
			if err := p.Validate(); err == nil || !strings.Contains(err.Error(), "governance params") {
				t.Fatalf("Validate = %v", err)
			}
		})
	}
}

// TestContractParamsSet: every field Fields names, Set parses back.
func TestContractParamsSet(t *testing.T) {
	p := DefaultContractParams(common.Address{7})
	var q ContractParams
	for _, f := range p.Fields() {
		if err := q.Set(f.Name, f.Value); err != nil {
			t.Fatal(err)
		}
	}
	if q != p {
		t.Fatalf("round trip %+v, want %+v", q, p)
	}
	for _, bad := range [][2]string{{"fee-bps", "70000"}, {"fee-bps", "-1"}, {"treasury", "nope"}, {"claim-window", "1.5s"}, {"nothing", "1"}} {
		if err := q.Set(bad[0], bad[1]); err == nil {
			t.Errorf("Set(%s, %s) accepted", bad[0], bad[1])
		}
	}
}

// FuzzDescribeCall: DescribeCall decodes calldata read from the chain (a
// proposal anyone may make): it never panics, and a well-formed setParams
// of p is described as no change from p.
func FuzzDescribeCall(f *testing.F) {
	settlement := common.Address{0x5e}
	g := &Gov{c: &Client{settlement: settlement, sc: bindings.NewSettlement()}}
	cp := DefaultContractParams(common.Address{1})
	valid := g.SetParamsCall(cp).Data
	f.Add(valid, true)
	f.Add(valid[:len(valid)-7], true)
	f.Add(g.AcceptGovernanceCall().Data, true)
	f.Add([]byte{1, 2, 3}, true)
	f.Add(valid, false)
	f.Fuzz(func(t *testing.T, data []byte, toSettlement bool) {
		target := common.Address{0xee}
		if toSettlement {
			target = settlement
		}
		c := Call{Target: target, Data: data}
		g.DescribeCall(c, nil)
		g.DescribeCall(c, &cp)
		if toSettlement && len(data) >= 4 && string(data[:4]) == string(valid[:4]) {
			args, err := settlementABI.Methods["setParams"].Inputs.Unpack(data[4:])
			if err != nil || len(args) != 1 {
				return
			}
			b := abi.ConvertType(args[0], new(bindings.SettlementParams)).(*bindings.SettlementParams)
			p := contractParamsFrom(bindings.ParamsOutput(*b))
			if got := g.DescribeCall(c, &p); got != "Settlement.setParams: no change" {
				t.Fatalf("setParams of %+v described against itself as %q", p, got)
			}
		}
	})
}

var govGas = flag.Bool("chain.govgas", false, "run TestGovGas: log the gas of a governed fee change (BENCHMARKS.md)")

// TestGovGas logs the gas of a fee change through token-holder governance
// (propose, one vote, queue, execute) on the embedded chain, against
// setParams sent by a governing key, for BENCHMARKS.md. Gas is
// deterministic. Only with -chain.govgas:
//
//	go test ./chain -run TestGovGas -chain.govgas -v
func TestGovGas(t *testing.T) {
	if !*govGas {
		t.Skip("a measurement: run with -chain.govgas")
	}
	e := newGovEnv(t, simNet(t))
	next := e.cp
	next.FeeBps = 50
	direct, err := e.admin.SetParams(e.ctx, next)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.admin.TransferGovernance(e.ctx, e.a.Addresses().Timelock); err != nil {
		t.Fatal(err)
	}
	run := func(description string, call Call) []*Tx {
		id, propose, err := e.a.Propose(e.ctx, description, call)
		if err != nil {
			t.Fatal(err)
		}
		e.advancePast(e.proposal(id).Snapshot)
		vote, err := e.a.CastVote(e.ctx, id, VoteFor, "")
		if err != nil {
			t.Fatal(err)
		}
		e.advancePast(e.proposal(id).Deadline)
		queue, err := e.a.Queue(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		e.advancePast(e.proposal(id).ETA)
		execute, err := e.a.Execute(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return []*Tx{propose, vote, queue, execute}
	}
	accept := run("hand over", e.a.AcceptGovernanceCall())
	next.FeeBps = 25
	change := run("fee 0.25%", e.a.SetParamsCall(next))
	if got := e.fee(); got != 25 {
		t.Fatalf("fee %d bps, want 25", got)
	}
	sum := func(txs []*Tx) (s uint64) {
		for _, tx := range txs {
			s += tx.GasUsed
		}
		return s
	}
	t.Logf("setParams by a governing key: %d gas", direct.GasUsed)
	for _, r := range []struct {
		what string
		txs  []*Tx
	}{{"acceptGovernance", accept}, {"setParams (fee)", change}} {
		t.Logf("%s through governance: propose %d, vote %d, queue %d, execute %d; total %d gas (%.1fx the direct setParams)",
			r.what, r.txs[0].GasUsed, r.txs[1].GasUsed, r.txs[2].GasUsed, r.txs[3].GasUsed, sum(r.txs), float64(sum(r.txs))/float64(direct.GasUsed))
	}
}

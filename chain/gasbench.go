package chain

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// GasParams says what MeasureGas measures.
type GasParams struct {
	// Batches are the numbers of jobs settled in one transaction, 1 to 128.
	Batches []int
	// Members are the group sizes of the jobs (every member is paid), 1 to 16.
	Members []int
	// Fork is the embedded chain's gas schedule: "osaka" or "latest" (see
	// EmbeddedParams.Fork).
	Fork string
}

// DefaultGasParams: batches of 1, 8 and 64 jobs of 1 and 4 members, on the
// Osaka schedule.
func DefaultGasParams() GasParams {
	return GasParams{Batches: []int{1, 8, 64}, Members: []int{1, 4}, Fork: "osaka"}
}

// Validate reports the first problem with p.
func (p *GasParams) Validate() error {
	if len(p.Batches) == 0 || len(p.Members) == 0 {
		return fmt.Errorf("%w: gas: no batch sizes or group sizes", ErrBadParams)
	}
	for _, b := range p.Batches {
		if b < 1 || b > 128 {
			return fmt.Errorf("%w: gas: batch of %d jobs: want 1 to 128", ErrBadParams, b)
		}
	}
	for _, m := range p.Members {
		if m < 1 || m > 16 {
			return fmt.Errorf("%w: gas: group of %d: want 1 to 16", ErrBadParams, m)
		}
	}
	return nil
}

// SettleGas is the gas of one batched settlement.
type SettleGas struct {
	Jobs, Members int
	Gas           uint64
}

// PerPayout is the settlement's gas per provider paid.
func (s SettleGas) PerPayout() float64 { return float64(s.Gas) / float64(s.Jobs*s.Members) }

// GasReport is what MeasureGas found, every figure from one run on one
// chain.
type GasReport struct {
	Fork string
	// Transfer is a plain ERC-20 transfer between two accounts that already
	// hold the token: the baseline.
	Transfer uint64
	// TransferFresh is a transfer to an account that held none.
	TransferFresh uint64
	Deposit       uint64 // escrow one job (after approval)
	// RegisterAward is the first winner pinning the poster-signed award
	// of a job of 4 before training, as nodes do (job.CallRegisterAward);
	// settlements then find the award bound.
	RegisterAward uint64
	Settle        []SettleGas
	Release       uint64 // move one job's credit into a balance
	Withdraw      uint64 // pay a whole balance out
	// Slash is the gas of each kind of slash, each against a fresh
	// offender, with the reporter's and treasury's balances already held.
	Slash map[string]uint64
	// Stake, ClaimRewards and Unbond are a staker's calls: a first stake
	// (before the settlements, which therefore feed the stakers' fee
	// stream), a claim of the fees its stake earned (its balance already
	// held, as in steady state), and an unbond.
	Stake, ClaimRewards, Unbond uint64
	// DepositData is a deposit with a data pool; SettleData settles one
	// job of 4 (award bound) whose table also pays 4 audit entries and 4
	// data holders from the pool (PROTOCOL.md, "Paid data"), against the
	// batch of 1 job of 4 in Settle.
	DepositData, SettleData uint64
	// Claim is a winner's claim of a job of 4 never settled (3 receipts,
	// the award bound by registerAward); ClaimTally the tally that then
	// pays the same job's 4 members 2 audits each and 4 data holders,
	// from 3 winners' views (PROTOCOL.md, "Claim tallies").
	Claim, ClaimTally uint64
}

// MeasureGas starts an embedded chain and measures what settlement costs in
// gas: batched settlements, release, withdrawal and slashing, beside a plain
// ERC-20 transfer on the same chain.
func MeasureGas(ctx context.Context, p GasParams) (*GasReport, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	maxMembers := 0
	for _, m := range p.Members {
		maxMembers = max(maxMembers, m)
	}
	seed := func(s string) *identity.Key { return identity.FromSeed([]byte("trainmesh/chain/gas/" + s)) }
	posterKey, reporterKey, stakerKey := seed("poster"), seed("reporter"), seed("staker")
	var memberKeys []*identity.Key
	fund := []common.Address{posterKey.Address(), reporterKey.Address(), stakerKey.Address()}
	for i := range max(maxMembers, 4) {
		k := seed(fmt.Sprint("member", i))
		memberKeys = append(memberKeys, k)
		fund = append(fund, k.Address())
	}
	emb, err := StartEmbedded(ctx, EmbeddedParams{Fund: fund, Fork: p.Fork, FundTokens: big.NewInt(1e15),
		StartTime: time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		return nil, err
	}
	defer emb.Close()
	poster, err := emb.NewClient(ctx, posterKey)
	if err != nil {
		return nil, err
	}
	reporter, err := emb.NewClient(ctx, reporterKey)
	if err != nil {
		return nil, err
	}
	staker, err := emb.NewClient(ctx, stakerKey)
	if err != nil {
		return nil, err
	}
	members := make([]*Client, len(memberKeys))
	for i, k := range memberKeys {
		if members[i], err = emb.NewClient(ctx, k); err != nil {
			return nil, err
		}
	}
	r := &GasReport{Fork: p.Fork, Slash: map[string]uint64{}}
	if r.Fork == "" {
		r.Fork = "osaka"
	}
	if r.Transfer, err = gas(poster.TransferToken(ctx, reporter.Address(), big.NewInt(1))); err != nil {
		return nil, err
	}
	if r.TransferFresh, err = gas(poster.TransferToken(ctx, seed("fresh").Address(), big.NewInt(1))); err != nil {
		return nil, err
	}
	// Approve once for everything, so deposits measure the escrow alone.
	if err := poster.ensureAllowance(ctx, new(big.Int).Lsh(big.NewInt(1), 120)); err != nil {
		return nil, err
	}
	price := big.NewInt(1_000)
	const steps = 100
	nonce := uint64(0)
	var lastJob common.Hash
	// settleBatch escrows n jobs of m members, has each award pinned by its
	// first winner before training (as nodes do, so settle finds it bound)
	// and settles them in one transaction.
	settleBatch := func(m, n int) (uint64, error) {
		head, err := emb.HeadTime(ctx)
		if err != nil {
			return 0, err
		}
		payouts := make([]Payout, n)
		for i := range payouts {
			nonce++
			id, tx, err := poster.Deposit(ctx, JobSpec{Nonce: nonce, GroupSize: uint32(m), Steps: steps,
				Budget: new(big.Int).Mul(price, big.NewInt(int64(m*steps))), SettleDeadline: head.Add(24 * time.Hour)})
			if err != nil {
				return 0, err
			}
			r.Deposit = tx.GasUsed
			award := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(poster.Address())}
			st := make([]uint64, m)
			for j := range m {
				award.Winners = append(award.Winners, protocol.Address(members[j].Address()))
				award.Prices = append(award.Prices, price)
				st[j] = steps
			}
			sig, err := Sign(posterKey, poster.Domain(), award)
			if err != nil {
				return 0, err
			}
			if tx, err = members[0].RegisterAward(ctx, award, sig); err != nil {
				return 0, err
			}
			if m == 4 || r.RegisterAward == 0 {
				r.RegisterAward = tx.GasUsed
			}
			payouts[i] = Payout{Award: award, Steps: st}
			lastJob = id
		}
		return gas(poster.Settle(ctx, payouts))
	}
	// A staker: every settlement below pays its fees into the stakers'
	// stream (one accumulator update per batch).
	if err := staker.ensureAllowance(ctx, big.NewInt(1_000_000_000)); err != nil {
		return nil, err
	}
	if r.Stake, err = gas(staker.Stake(ctx, big.NewInt(1_000_000_000))); err != nil {
		return nil, err
	}
	// One job settled before anything is measured, so that the fee stream
	// is already running (the fees of earlier settlements), as it does in
	// steady state; its member releases it first below.
	if _, err := settleBatch(1, 1); err != nil {
		return nil, err
	}
	// A second later the staker claims: the stream has dripped once, so
	// the accumulator's slot already holds a value when settlements are
	// measured (its first write costs a new slot's 22,100 gas, once per
	// contract), and the staker's balance slot is held for the claim
	// measured below.
	if err := emb.AdvanceTime(time.Second); err != nil {
		return nil, err
	}
	if _, err := staker.ClaimRewards(ctx); err != nil {
		return nil, err
	}
	for _, m := range p.Members {
		for _, n := range p.Batches {
			g, err := settleBatch(m, n)
			if err != nil {
				return nil, err
			}
			r.Settle = append(r.Settle, SettleGas{Jobs: n, Members: m, Gas: g})
		}
	}
	cp, err := poster.ContractParams(ctx)
	if err != nil {
		return nil, err
	}
	if err := emb.AdvanceTime(cp.ChallengeWindow); err != nil {
		return nil, err
	}
	// Release one job first so that the member's balance is nonzero, as it
	// is in steady state, then measure releasing another.
	if _, err := members[0].Release(ctx, members[0].Address(), JobIDOf(poster.Address(), 1)); err != nil {
		return nil, err
	}
	if r.Release, err = gas(members[0].Release(ctx, members[0].Address(), lastJob)); err != nil {
		return nil, err
	}
	if r.Withdraw, err = gas(members[0].Withdraw(ctx, nil)); err != nil {
		return nil, err
	}
	// The staker claims again (its balance slot held, as in steady
	// state), then unbonds.
	if r.ClaimRewards, err = gas(staker.ClaimRewards(ctx)); err != nil {
		return nil, err
	}
	if r.Unbond, err = gas(staker.Unbond(ctx, big.NewInt(1))); err != nil {
		return nil, err
	}

	// Slashing: stake four offenders; warm the reporter's and treasury's
	// balances with a first slash; then one slash of each kind.
	offenders := members[:4]
	for _, o := range offenders {
		if _, err := o.Stake(ctx, big.NewInt(1_000_000_000)); err != nil {
			return nil, err
		}
	}
	warm, _ := equivocationOf(emb, offenders[0], protocol.EvidenceCommit, 1)
	if _, err := reporter.SlashEquivocation(ctx, warm); err != nil {
		return nil, err
	}
	for i, kind := range []protocol.EvidenceKind{protocol.EvidenceCommit, protocol.EvidenceReveal, protocol.EvidenceReceipt} {
		ev, err := equivocationOf(emb, offenders[i+1], kind, 2)
		if err != nil {
			return nil, err
		}
		if r.Slash[kind.TypeName()+" equivocation"], err = gas(reporter.SlashEquivocation(ctx, ev)); err != nil {
			return nil, err
		}
	}
	// A fault attested by 3 of a group of 4, the award already bound.
	nonce++
	head, _ := emb.HeadTime(ctx)
	id, _, err := poster.Deposit(ctx, JobSpec{Nonce: nonce, GroupSize: 4, Steps: steps, Budget: big.NewInt(1_000_000), SettleDeadline: head.Add(time.Hour)})
	if err != nil {
		return nil, err
	}
	award := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(poster.Address())}
	for _, o := range offenders {
		award.Winners = append(award.Winners, protocol.Address(o.Address()))
		award.Prices = append(award.Prices, big.NewInt(1))
	}
	sig, err := Sign(posterKey, poster.Domain(), award)
	if err != nil {
		return nil, err
	}
	if _, err := members[0].RegisterAward(ctx, award, sig); err != nil {
		return nil, err
	}
	fault := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(offenders[3].Address()), Fault: protocol.FaultWrongResult, Step: 1}
	sigs := map[common.Address][]byte{}
	for _, o := range offenders[:3] {
		if sigs[o.Address()], err = Sign(o.key, poster.Domain(), fault); err != nil {
			return nil, err
		}
	}
	q, err := NewQuorum(award, sigs)
	if err != nil {
		return nil, err
	}
	if r.Slash["fault, 3 of 4 attest"], err = gas(reporter.SlashFault(ctx, award, nil, fault, q)); err != nil {
		return nil, err
	}
	// A job of 4 paying audits and data holders.
	nonce++
	id = JobIDOf(poster.Address(), nonce)
	if r.DepositData, err = gas(func() (*Tx, error) {
		_, tx, err := poster.Deposit(ctx, JobSpec{Nonce: nonce, GroupSize: 4, Steps: steps, Audits: 8, Budget: big.NewInt(1_000_000),
			Data: big.NewInt(1_000), SettleDeadline: head.Add(time.Hour)})
		return tx, err
	}()); err != nil {
		return nil, err
	}
	award.JobID = protocol.Hash(id)
	if sig, err = Sign(posterKey, poster.Domain(), award); err != nil {
		return nil, err
	}
	if _, err := members[0].RegisterAward(ctx, award, sig); err != nil {
		return nil, err
	}
	p4 := Payout{Award: award, Steps: []uint64{steps, steps, steps, steps}, Audits: []uint64{2, 2, 2, 2}}
	for _, m := range members[:4] {
		p4.Holders = append(p4.Holders, m.Address())
		p4.HolderPay = append(p4.HolderPay, big.NewInt(100))
	}
	if r.SettleData, err = gas(poster.Settle(ctx, []Payout{p4})); err != nil {
		return nil, err
	}
	if err := measureClaim(ctx, emb, poster, members[:4], steps, nonce+1, r); err != nil {
		return nil, err
	}
	return r, nil
}

// measureClaim measures the claim path of a job of 4 (the members) whose
// poster never settles: a winner's claim with 3 receipts, then a tally of
// 3 views paying each member 2 audits and each member, as a data holder,
// 100 units.
func measureClaim(ctx context.Context, emb *Embedded, poster *Client, members []*Client, steps, nonce uint64, r *GasReport) error {
	head, err := emb.HeadTime(ctx)
	if err != nil {
		return err
	}
	id, _, err := poster.Deposit(ctx, JobSpec{Nonce: nonce, GroupSize: 4, Steps: steps, Audits: 8, Budget: big.NewInt(1_000_000),
		Data: big.NewInt(1_000), SettleDeadline: head.Add(time.Minute)})
	if err != nil {
		return err
	}
	d := poster.Domain()
	award := protocol.Award{JobID: protocol.Hash(id), Poster: protocol.Address(poster.Address())}
	for _, m := range members {
		award.Winners = append(award.Winners, protocol.Address(m.Address()))
		award.Prices = append(award.Prices, big.NewInt(1))
	}
	sig, err := Sign(poster.key, d, award)
	if err != nil {
		return err
	}
	if _, err := members[0].RegisterAward(ctx, award, sig); err != nil {
		return err
	}
	if err := emb.AdvanceTime(time.Minute); err != nil {
		return err
	}
	sigs := map[common.Address][]byte{}
	for _, m := range members[:3] {
		rc := protocol.StepReceipt{JobID: award.JobID, Member: protocol.Address(m.Address()), Step: steps}
		if sigs[m.Address()], err = Sign(m.key, d, rc); err != nil {
			return err
		}
	}
	q, err := NewQuorum(award, sigs)
	if err != nil {
		return err
	}
	proof := StepProof{Step: steps, ContribRoots: make([]common.Hash, len(q.Members)), Quorum: q}
	if r.Claim, err = gas(members[0].Claim(ctx, award, sig, members[0].Address(), proof)); err != nil {
		return err
	}
	var views []protocol.SignedTally
	for _, m := range members[:3] {
		t := protocol.ClaimTally{JobID: award.JobID, Member: protocol.Address(m.Address()), Audits: []uint64{2, 2, 2, 2}}
		for _, h := range members {
			t.Holders = append(t.Holders, protocol.Address(h.Address()))
			t.Data = append(t.Data, big.NewInt(100))
		}
		slices.SortFunc(t.Holders, func(a, b protocol.Address) int { return bytes.Compare(a[:], b[:]) })
		v, err := m.SignTally(t)
		if err != nil {
			return err
		}
		views = append(views, v)
	}
	r.ClaimTally, err = gas(members[0].ClaimTally(ctx, award, views))
	return err
}

// gas is a transaction's gas, or its error.
func gas(tx *Tx, err error) (uint64, error) {
	if err != nil {
		return 0, err
	}
	return tx.GasUsed, nil
}

// equivocationOf has offender sign two conflicting messages of kind for the
// job (poster-less) numbered nonce.
func equivocationOf(emb *Embedded, offender *Client, kind protocol.EvidenceKind, nonce uint64) (protocol.Equivocation, error) {
	id := protocol.JobIDOf(protocol.Address{}, nonce)
	who := protocol.Address(offender.Address())
	var a, b protocol.Struct
	switch kind {
	case protocol.EvidenceCommit:
		a, b = protocol.BidCommit{JobID: id, Bidder: who, Commitment: protocol.Hash{1}}, protocol.BidCommit{JobID: id, Bidder: who, Commitment: protocol.Hash{2}}
	case protocol.EvidenceReveal:
		a = protocol.BidReveal{JobID: id, Bidder: who, PricePerStep: big.NewInt(1), Salt: protocol.Hash{1}}
		b = protocol.BidReveal{JobID: id, Bidder: who, PricePerStep: big.NewInt(2), Salt: protocol.Hash{1}}
	default:
		a, b = protocol.StepReceipt{JobID: id, Member: who, Step: 1, ParamsHash: protocol.Hash{1}}, protocol.StepReceipt{JobID: id, Member: who, Step: 1, ParamsHash: protocol.Hash{2}}
	}
	d := offender.Domain()
	sa, err := Sign(offender.key, d, a)
	if err != nil {
		return protocol.Equivocation{}, err
	}
	sb, err := Sign(offender.key, d, b)
	if err != nil {
		return protocol.Equivocation{}, err
	}
	return protocol.NewEquivocation(a, sa, b, sb)
}

// Write prints the report as Markdown tables, each figure beside its ratio
// to the plain ERC-20 transfer of the same run.
func (r *GasReport) Write(w io.Writer) {
	ratio := func(g float64) string { return fmt.Sprintf("%.2f", g/float64(r.Transfer)) }
	fmt.Fprintf(w, "Gas schedule: %s. Baseline, same chain and run: ERC-20 transfer %d gas (to an account holding none: %d).\n\n", r.Fork, r.Transfer, r.TransferFresh)
	fmt.Fprintln(w, "| settlement batch | members per job | gas | gas per job | gas per provider payout | payout / transfer |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|")
	for _, s := range r.Settle {
		fmt.Fprintf(w, "| %d jobs | %d | %d | %.0f | %.0f | %s |\n", s.Jobs, s.Members, s.Gas, float64(s.Gas)/float64(s.Jobs), s.PerPayout(), ratio(s.PerPayout()))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| operation | gas | / transfer |")
	fmt.Fprintln(w, "|---|---:|---:|")
	row := func(name string, g uint64) { fmt.Fprintf(w, "| %s | %d | %s |\n", name, g, ratio(float64(g))) }
	row("ERC-20 transfer (baseline)", r.Transfer)
	row("deposit (escrow one job)", r.Deposit)
	row("register the award (job of 4, first winner)", r.RegisterAward)
	row("release one job's credit", r.Release)
	row("withdraw a balance", r.Withdraw)
	row("stake (first, allowance given)", r.Stake)
	row("claim a staker's fee rewards", r.ClaimRewards)
	row("unbond", r.Unbond)
	row("deposit with a data pool", r.DepositData)
	row("settle 1 job of 4 with 4 audit entries and 4 data holders", r.SettleData)
	row("claim: a winner of a job of 4 never settled, 3 receipts", r.Claim)
	row("claim tally: 3 views pay 4 members' audits and 4 data holders", r.ClaimTally)
	for _, k := range []string{"BidCommit equivocation", "BidReveal equivocation", "StepReceipt equivocation", "fault, 3 of 4 attest"} {
		row("slash: "+k, r.Slash[k])
	}
}

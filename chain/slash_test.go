package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestStake covers stake, unbonding and its delay.
func TestStake(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		p := e.workers[0]
		before := e.tokenBalance(p.Address())
		e.tx(p.Stake(e.ctx, tokens(100)))
		e.tx(p.Stake(e.ctx, tokens(50)))
		st, err := p.StakeOf(e.ctx, p.Address())
		if err != nil {
			t.Fatal(err)
		}
		wantEq(t, "active", st.Active, tokens(150))

		_, err = p.Unbond(e.ctx, tokens(151))
		wantRevert(t, err, "InsufficientStake")
		_, err = p.Unbond(e.ctx, new(big.Int))
		wantRevert(t, err, "ZeroAmount")
		_, err = p.WithdrawStake(e.ctx)
		wantRevert(t, err, "NothingToWithdraw")
		e.tx(p.Unbond(e.ctx, tokens(60)))
		_, err = p.WithdrawStake(e.ctx)
		wantRevert(t, err, "StakeLocked")
		st, _ = p.StakeOf(e.ctx, p.Address())
		wantEq(t, "unbonding", st.Unbonding, tokens(60))
		wantEq(t, "active", st.Active, tokens(90))

		e.advance(e.cp.UnbondingDelay)
		e.tx(p.WithdrawStake(e.ctx))
		wantEq(t, "tokens after withdrawing stake", e.tokenBalance(p.Address()), sub(before, tokens(90)))
		_, err = p.WithdrawStake(e.ctx)
		wantRevert(t, err, "NothingToWithdraw")
		_, err = p.TransactRaw(e.ctx, "stake", p.sc.PackStake(new(big.Int)))
		wantRevert(t, err, "ZeroAmount")
	})
}

// signedPair is two conflicting messages of one slot, signed.
type signedPair struct {
	kind protocol.EvidenceKind
	a, b protocol.Struct
}

// equivocations builds, for provider key k, one conflicting pair of each
// kind.
func equivocations(id common.Hash, who common.Address) []signedPair {
	reveal := protocol.BidReveal{JobID: protocol.Hash(id), Bidder: protocol.Address(who), PricePerStep: big.NewInt(5), Throughput: 900, VRAMBytes: 24 << 30, LatencyMs: 12, Salt: protocol.Hash(common.HexToHash("0x5a"))}
	reveal2 := reveal
	reveal2.PricePerStep = big.NewInt(4)
	return []signedPair{
		{protocol.EvidenceCommit, protocol.BidCommit{JobID: protocol.Hash(id), Bidder: protocol.Address(who), Commitment: reveal.Commitment()}, protocol.BidCommit{JobID: protocol.Hash(id), Bidder: protocol.Address(who), Commitment: reveal2.Commitment()}},
		{protocol.EvidenceReveal, reveal, reveal2},
		{protocol.EvidenceReceipt, protocol.StepReceipt{JobID: protocol.Hash(id), Member: protocol.Address(who), Step: 7, ParamsHash: protocol.Hash(common.HexToHash("0x01"))}, protocol.StepReceipt{JobID: protocol.Hash(id), Member: protocol.Address(who), Step: 7, ParamsHash: protocol.Hash(common.HexToHash("0x02"))}},
	}
}

// TestSlashEquivocation slashes each kind of equivocation once, pays the
// reporter its share, and refuses every kind of bad or replayed evidence.
func TestSlashEquivocation(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		cheat := e.workers[0]
		stake := tokens(1000)
		e.tx(cheat.Stake(e.ctx, stake))
		id := JobIDOf(e.poster.Address(), 77)
		remaining := new(big.Int).Set(stake)
		reward, toTreasury := new(big.Int), new(big.Int)
		for _, pair := range equivocations(id, cheat.Address()) {
			t.Run(pair.kind.TypeName(), func(t *testing.T) {
				ev, err := protocol.NewEquivocation(pair.a, e.sign(cheat, pair.a), pair.b, e.sign(cheat, pair.b))
				if err != nil {
					t.Fatal(err)
				}
				if who, err := CheckEquivocation(e.poster.Domain(), ev); err != nil || who != cheat.Address() {
					t.Fatalf("Check = %s, %v", who, err)
				}
				tx := e.tx(e.reporter.SlashEquivocation(e.ctx, ev))
				t.Logf("slash %s: %d gas", pair.kind, tx.GasUsed)
				slashed := fee(remaining, e.cp.EquivocationSlashBps)
				r := fee(slashed, e.cp.ReporterRewardBps)
				reward.Add(reward, r)
				toTreasury.Add(toTreasury, sub(slashed, r))
				remaining.Sub(remaining, slashed)
				st, _ := e.gov.StakeOf(e.ctx, cheat.Address())
				wantEq(t, "stake left", st.Active, remaining)
				wantEq(t, "reporter balance", e.balance(e.reporter), reward)
				wantEq(t, "treasury balance", e.balance(e.gov), toTreasury)
				step := uint64(0)
				if sr, ok := pair.a.(protocol.StepReceipt); ok {
					step = sr.Step
				}
				if done, err := e.gov.Slashed(e.ctx, pair.kind, id, cheat.Address(), step); err != nil || !done {
					t.Fatalf("Slashed = %v, %v", done, err)
				}
				// The same evidence again, or the pair swapped, is a replay.
				_, err = e.reporter.SlashEquivocation(e.ctx, ev)
				wantRevert(t, err, "AlreadySlashed")
				swapped := protocol.Equivocation{Kind: ev.Kind, MsgA: ev.MsgB, SigA: ev.SigB, MsgB: ev.MsgA, SigB: ev.SigA}
				_, err = e.outsider.SlashEquivocation(e.ctx, swapped)
				wantRevert(t, err, "AlreadySlashed")
			})
		}

		// Bad evidence, each against a fresh slot so that only the flaw trips.
		honest := e.workers[1]
		e.tx(honest.Stake(e.ctx, stake))
		fresh := func(nonce uint64) (protocol.BidCommit, protocol.BidCommit) {
			id := JobIDOf(e.poster.Address(), nonce)
			return protocol.BidCommit{JobID: protocol.Hash(id), Bidder: protocol.Address(honest.Address()), Commitment: protocol.Hash(common.HexToHash("0x01"))},
				protocol.BidCommit{JobID: protocol.Hash(id), Bidder: protocol.Address(honest.Address()), Commitment: protocol.Hash(common.HexToHash("0x02"))}
		}
		a, b := fresh(1)
		otherDomain := protocol.Domain{ChainID: 10, VerifyingContract: protocol.Address(e.addrs.Settlement)}
		sigOther, _ := Sign(e.key(honest), otherDomain, b)
		a2, _ := fresh(2)
		highS := lowToHighS(e.sign(honest, b))
		nonCanonical := append([]byte(nil), a.AppendABI(nil)...)
		nonCanonical[32] = 1 // a bit above the address
		eqv := func(kind protocol.EvidenceKind, ma, sa, mb, sb []byte) protocol.Equivocation {
			return protocol.Equivocation{Kind: kind, MsgA: ma, SigA: sa, MsgB: mb, SigB: sb}
		}
		cases := []struct {
			name string
			ev   protocol.Equivocation
			want string
		}{
			{"signed by another key", eqv(protocol.EvidenceCommit, a.AppendABI(nil), e.sign(honest, a), b.AppendABI(nil), e.sign(e.outsider, b)), "WrongSigner"},
			{"signed under another domain", eqv(protocol.EvidenceCommit, a.AppendABI(nil), e.sign(honest, a), b.AppendABI(nil), sigOther), "WrongSigner"},
			{"the same message twice", eqv(protocol.EvidenceCommit, a.AppendABI(nil), e.sign(honest, a), a.AppendABI(nil), e.sign(honest, a)), "NotEquivocation"},
			{"two slots", eqv(protocol.EvidenceCommit, a.AppendABI(nil), e.sign(honest, a), a2.AppendABI(nil), e.sign(honest, a2)), "NotSameSlot"},
			{"a short message", eqv(protocol.EvidenceCommit, a.AppendABI(nil)[:95], e.sign(honest, a), b.AppendABI(nil), e.sign(honest, b)), "BadEvidenceLength"},
			{"a message of another kind", eqv(protocol.EvidenceReceipt, a.AppendABI(nil), e.sign(honest, a), b.AppendABI(nil), e.sign(honest, b)), "BadEvidenceLength"},
			{"dirty high bits", eqv(protocol.EvidenceCommit, nonCanonical, e.sign(honest, a), b.AppendABI(nil), e.sign(honest, b)), "BadEvidenceEncoding"},
			{"an unknown kind", eqv(9, a.AppendABI(nil), e.sign(honest, a), b.AppendABI(nil), e.sign(honest, b)), "UnknownEvidenceKind"},
			{"a malleated (high-s) signature", eqv(protocol.EvidenceCommit, a.AppendABI(nil), e.sign(honest, a), b.AppendABI(nil), highS), "BadSignature"},
			{"a truncated signature", eqv(protocol.EvidenceCommit, a.AppendABI(nil), e.sign(honest, a), b.AppendABI(nil), e.sign(honest, b)[:64]), "BadSignature"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				if _, err := CheckEquivocation(e.poster.Domain(), c.ev); err == nil {
					t.Error("Check accepted evidence the contract refuses")
				}
				_, err := e.reporter.SlashEquivocation(e.ctx, c.ev)
				wantRevert(t, err, c.want)
			})
		}
		// Evidence against a key with no stake slashes nothing.
		broke := e.outsider
		x, y := protocol.BidCommit{JobID: protocol.Hash(id), Bidder: protocol.Address(broke.Address()), Commitment: protocol.Hash(common.HexToHash("0x01"))}, protocol.BidCommit{JobID: protocol.Hash(id), Bidder: protocol.Address(broke.Address()), Commitment: protocol.Hash(common.HexToHash("0x02"))}
		ev, _ := protocol.NewEquivocation(x, e.sign(broke, x), y, e.sign(broke, y))
		_, err := e.reporter.SlashEquivocation(e.ctx, ev)
		wantRevert(t, err, "NothingToSlash")

		// Unbonding stake is still slashable.
		e.tx(honest.Unbond(e.ctx, stake))
		ev, _ = protocol.NewEquivocation(a, e.sign(honest, a), b, e.sign(honest, b))
		e.tx(e.reporter.SlashEquivocation(e.ctx, ev))
		st, _ := e.gov.StakeOf(e.ctx, honest.Address())
		wantEq(t, "unbonding after slash", st.Unbonding, sub(stake, fee(stake, e.cp.EquivocationSlashBps)))
	})
}

// lowToHighS turns a valid signature into its malleated twin (s' = n - s,
// v flipped), which ecrecover accepts and the contract must not.
func lowToHighS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(out[32:64])
	s.Sub(crypto.S256().Params().N, s)
	copy(out[32:64], common.LeftPadBytes(s.Bytes(), 32))
	out[64] ^= 1 // 27 <-> 28
	return out
}

// TestSlashFault slashes a member a quorum of its group attests a fault
// against, once per job.
func TestSlashFault(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		bad := w[3]
		stake := tokens(500)
		e.tx(bad.Stake(e.ctx, stake))
		id := e.deposit(1, 4, 10, tokens(40), time.Hour)
		a := e.award(id, tokens(1), w[:4])
		posterSig := e.sign(e.poster, a)
		f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(bad.Address()), Fault: protocol.FaultWrongResult, Step: 3, EvidenceHash: protocol.Hash(crypto.Keccak256Hash([]byte("params mismatch")))}
		q := e.faultQuorum(a, f, w[0], w[1], w[2])

		outsiderAward := e.award(id, tokens(1), []*Client{w[0], w[1], w[2], e.outsider})
		cases := []struct {
			name      string
			award     protocol.Award
			posterSig []byte
			f         protocol.FaultAttestation
			q         Quorum
			want      string
		}{
			{"an award the poster did not sign", a, e.sign(e.outsider, a), f, q, "WrongSigner"},
			{"below the quorum", a, posterSig, f, e.faultQuorum(a, f, w[0], w[1]), "QuorumNotReached"},
			{"an accused outside the award", outsiderAward, e.sign(e.poster, outsiderAward), f, e.faultQuorum(outsiderAward, f, w[0], w[1], w[2]), "NotAMember"},
			{"an unknown fault kind", a, posterSig, protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(bad.Address()), Fault: 9, Step: 3}, q, "UnsupportedFault"},
			{"step 0", a, posterSig, protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(bad.Address()), Fault: protocol.FaultWrongResult}, q, "StepOutOfRange"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				_, err := e.reporter.SlashFault(e.ctx, c.award, c.posterSig, c.f, c.q)
				wantRevert(t, err, c.want)
			})
		}
		tx := e.tx(e.reporter.SlashFault(e.ctx, a, posterSig, f, q))
		t.Logf("slashFault with 3 attestations: %d gas", tx.GasUsed)
		slashed := fee(stake, e.cp.FaultSlashBps)
		st, _ := e.gov.StakeOf(e.ctx, bad.Address())
		wantEq(t, "stake after fault slash", st.Active, sub(stake, slashed))
		wantEq(t, "reporter", e.balance(e.reporter), fee(slashed, e.cp.ReporterRewardBps))
		// The award is now bound: a second slash of the member for this job
		// is refused, whatever fault or step it names.
		if j := e.job(id); j.AwardHash != common.Hash(a.StructHash()) {
			t.Fatal("slashFault did not bind the award")
		}
		_, err := e.reporter.SlashFault(e.ctx, a, nil, f, q)
		wantRevert(t, err, "AlreadySlashed")
		f2 := f
		f2.Step, f2.Fault = 4, protocol.FaultGarbageData
		_, err = e.reporter.SlashFault(e.ctx, a, nil, f2, e.faultQuorum(a, f2, w[0], w[1], w[2]))
		wantRevert(t, err, "AlreadySlashed")
		_, err = e.reporter.SlashFault(e.ctx, outsiderAward, nil, f, q)
		wantRevert(t, err, "AwardMismatch")
		_, err = e.reporter.SlashFault(e.ctx, e.award(common.Hash{9}, tokens(1), w[:4]), nil, f, q)
		wantRevert(t, err, "WrongStatus")
	})
}

// TestSlashFaultGroupOfTwo: in a group of two the honest member and the
// poster convict the other of a wrong result or tampering (faults 2 and 4),
// which neither can alone; for other faults the poster does not count.
func TestSlashFaultGroupOfTwo(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		stake := tokens(100)
		e.tx(w[1].Stake(e.ctx, stake))
		id := e.deposit(1, 2, 10, tokens(20), time.Hour)
		a := e.award(id, tokens(1), w[:2])
		posterSig := e.sign(e.poster, a)
		if q := e.cp.QuorumBps; (2*uint64(q)+9999)/10000 != 2 {
			t.Skipf("quorum of a group of two is not two at %d bps", q)
		}
		ev := protocol.Hash(crypto.Keccak256Hash([]byte("work evidence")))
		tampered := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[1].Address()), Fault: protocol.FaultTampered, Step: 5, EvidenceHash: ev}
		garbage := tampered
		garbage.Fault = protocol.FaultGarbageData
		for _, c := range []struct {
			name string
			f    protocol.FaultAttestation
			q    Quorum
			want string
		}{
			{"the member alone", tampered, e.faultQuorum(a, tampered, w[0]), "QuorumNotReached"},
			{"the poster alone", tampered, e.faultQuorum(a, tampered, e.poster), "QuorumNotReached"},
			{"the poster for garbage data", garbage, e.posterQuorum(a, garbage, w[0]), "BadMemberIndex"},
			{"the poster and the accused", tampered, e.faultQuorum(a, tampered, w[1], e.poster), "NotAMember"},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := e.reporter.SlashFault(e.ctx, a, posterSig, c.f, c.q)
				wantRevert(t, err, c.want)
			})
		}
		e.tx(e.reporter.SlashFault(e.ctx, a, posterSig, tampered, e.faultQuorum(a, tampered, w[0], e.poster)))
		st, _ := e.gov.StakeOf(e.ctx, w[1].Address())
		wantEq(t, "stake after the slash", st.Active, sub(stake, fee(stake, e.cp.FaultSlashBps)))
	})
}

// TestGovernance: only governance changes parameters, and governance moves
// in two steps.
func TestGovernance(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		next := e.cp
		next.FeeBps = 250
		next.ChallengeWindow = 2 * time.Hour
		next.UnbondingDelay = 3 * time.Hour
		_, err := e.outsider.SetParams(e.ctx, next)
		wantRevert(t, err, "NotGovernance")
		e.tx(e.gov.SetParams(e.ctx, next))
		got, err := e.outsider.ContractParams(e.ctx)
		if err != nil || got != next {
			t.Fatalf("params = %+v, %v; want %+v", got, err, next)
		}
		// Values the contract refuses, sent past the client's own checks.
		invalid := []struct {
			name   string
			mutate func(*ContractParams)
		}{
			{"treasury", func(p *ContractParams) { p.Treasury = common.Address{} }},
			{"feeBps", func(p *ContractParams) { p.FeeBps = 1001 }},
			{"equivocationSlashBps", func(p *ContractParams) { p.EquivocationSlashBps = 0 }},
			{"faultSlashBps", func(p *ContractParams) { p.FaultSlashBps = 10001 }},
			{"reporterRewardBps", func(p *ContractParams) { p.ReporterRewardBps = 10001 }},
			{"quorumBps", func(p *ContractParams) { p.QuorumBps = 5000 }},
			{"challengeWindow", func(p *ContractParams) { p.ChallengeWindow = 0 }},
			{"claimWindow", func(p *ContractParams) { p.ClaimWindow = 366 * 24 * time.Hour }},
			{"unbondingDelay", func(p *ContractParams) { p.UnbondingDelay = time.Hour }},
		}
		for _, c := range invalid {
			t.Run(c.name, func(t *testing.T) {
				p := next
				c.mutate(&p)
				if err := p.Validate(); err == nil {
					t.Error("Validate accepted it")
				}
				_, err := e.gov.TransactRaw(e.ctx, "setParams", e.gov.sc.PackSetParams(p.binding()))
				wantRevert(t, err, "InvalidParam")
			})
		}
		// A new job snapshots the new fee; the window applies to settlements.
		id := e.deposit(1, 1, 10, tokens(10), 3*time.Hour)
		if j := e.job(id); j.FeeBps != 250 {
			t.Fatalf("job fee = %d bps, want 250", j.FeeBps)
		}

		newGov := e.workers[0]
		_, err = e.outsider.TransferGovernance(e.ctx, newGov.Address())
		wantRevert(t, err, "NotGovernance")
		e.tx(e.gov.TransferGovernance(e.ctx, newGov.Address()))
		_, err = e.outsider.AcceptGovernance(e.ctx)
		wantRevert(t, err, "NotPendingGovernance")
		e.tx(newGov.AcceptGovernance(e.ctx))
		if g, _ := e.outsider.Governance(e.ctx); g != newGov.Address() {
			t.Fatalf("governance = %s", g)
		}
		_, err = e.gov.SetParams(e.ctx, e.cp)
		wantRevert(t, err, "NotGovernance")
		e.tx(newGov.SetParams(e.ctx, e.cp))
	})
}

// TestSignerMatchesIdentity: the evidence a node signs with its identity key
// recovers, on-chain and off, to the address identity derives.
func TestSignerMatchesIdentity(t *testing.T) {
	k := identity.FromSeed([]byte("signer"))
	d := protocol.Domain{ChainID: EmbeddedChainID, VerifyingContract: protocol.Address(common.HexToAddress("0x1234"))}
	m := protocol.StepReceipt{JobID: protocol.Hash(common.Hash{1}), Member: protocol.Address(k.Address()), Step: 3}
	sig, err := Sign(k, d, m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := identity.Recover(d.Digest(m), sig)
	if err != nil || got != k.Address() {
		t.Fatalf("Recover = %s, %v; want %s", got, err, k.Address())
	}
}

// TestMissedStepsBond: a member attested offline mid-job (fault 1) forfeits
// its bond, bondBps of its value in the job (price x the job's steps), not a
// share of its stake however large; a stake below the bond loses all of it.
// Proven wrong results still slash faultSlashBps of the stake.
func TestMissedStepsBond(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		rich, poor := w[3], w[2]
		e.tx(rich.Stake(e.ctx, tokens(5_000)))
		bond := fee(mul(price, 10), e.cp.BondBps) // 10 steps at 1 token
		e.tx(poor.Stake(e.ctx, sub(bond, big.NewInt(1))))
		id := e.deposit(1, 4, 10, tokens(40), time.Hour)
		a := e.award(id, price, w[:4])
		posterSig := e.sign(e.poster, a)
		missed := func(who *Client) (protocol.FaultAttestation, Quorum) {
			f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(who.Address()), Fault: protocol.FaultMissedSteps, Step: 4}
			var others []*Client
			for _, o := range w[:4] {
				if o != who {
					others = append(others, o)
				}
			}
			return f, e.faultQuorum(a, f, others...)
		}
		f, q := missed(rich)
		tx := e.tx(e.reporter.SlashFault(e.ctx, a, posterSig, f, q))
		t.Logf("slashFault (missed steps, bond): %d gas", tx.GasUsed)
		st, _ := e.gov.StakeOf(e.ctx, rich.Address())
		wantEq(t, "rich member's stake after the bond", st.Active, sub(tokens(5_000), bond))
		_, err := e.reporter.SlashFault(e.ctx, a, posterSig, f, q)
		wantRevert(t, err, "AlreadySlashed")

		f, q = missed(poor)
		e.tx(e.reporter.SlashFault(e.ctx, a, posterSig, f, q))
		st, _ = e.gov.StakeOf(e.ctx, poor.Address())
		wantEq(t, "poor member's stake after the bond", st.Active, new(big.Int))
	})
}

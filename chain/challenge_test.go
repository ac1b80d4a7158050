package chain

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestRegisterAward pins the poster-signed award before training, so that
// the poster cannot settle under another.
func TestRegisterAward(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		id := e.deposit(1, 2, 10, tokens(20), time.Hour)
		a := e.award(id, tokens(1), w[:2])

		_, err := w[0].RegisterAward(e.ctx, a, e.sign(e.outsider, a))
		wantRevert(t, err, "WrongSigner")
		_, err = w[0].RegisterAward(e.ctx, a, []byte{1, 2, 3})
		wantRevert(t, err, "BadSignature")
		e.tx(w[0].RegisterAward(e.ctx, a, e.sign(e.poster, a)))
		if j := e.job(id); j.AwardHash != common.Hash(a.StructHash()) || j.Escrow.Cmp(tokens(20)) != 0 {
			t.Fatalf("job after register = %+v", j)
		}
		_, err = w[1].RegisterAward(e.ctx, a, e.sign(e.poster, a))
		wantRevert(t, err, "AwardAlreadyBound")

		// The poster signed another award, cutting w1 out; it no longer counts.
		other := e.award(id, tokens(1), []*Client{w[0], e.poster})
		_, err = e.poster.Settle(e.ctx, []Payout{{Award: other, Steps: []uint64{10, 10}}})
		wantRevert(t, err, "AwardMismatch")
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10}}}))
	})
}

// TestChallengeSteps raises a winner's credit with a quorum of StepReceipts,
// and checks every reason such a challenge is refused.
func TestChallengeSteps(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		id := e.deposit(1, 4, 10, tokens(40), time.Hour) // quorum of 4 at 2/3: 3
		a := e.award(id, price, w[:4])
		// The poster claims w1 stopped after 3 steps and w3 after 10.
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 3, 10, 10}}}))
		params := common.HexToHash("0xaa")
		proof := e.stepProof(a, 10, params, w[0], w[1], w[2])

		bad := []struct {
			name   string
			winner common.Address
			award  protocol.Award
			proof  StepProof
			want   string
		}{
			{"below the quorum", w[1].Address(), a, e.stepProof(a, 10, params, w[0], w[1]), "QuorumNotReached"},
			{"without the winner's own receipt", w[1].Address(), a, e.stepProof(a, 10, params, w[0], w[2], w[3]), "MemberDidNotSign"},
			{"a receipt by another key", w[1].Address(), a, forge(proof, 1, e.sign(e.outsider, protocol.StepReceipt{JobID: protocol.Hash(id), Member: protocol.Address(w[1].Address()), Step: 10, ParamsHash: protocol.Hash(params)})), "WrongSigner"},
			{"receipts for another parameter hash", w[1].Address(), a, StepProof{Step: 10, ParamsHash: common.HexToHash("0xbb"), ContribRoots: proof.ContribRoots, Quorum: proof.Quorum}, "WrongSigner"},
			{"another member's contribution root", w[1].Address(), a, withRoot(proof, 1, proof.ContribRoots[0]), "WrongSigner"},
			{"a root missing", w[1].Address(), a, StepProof{Step: 10, ParamsHash: params, ContribRoots: proof.ContribRoots[:2], Quorum: proof.Quorum}, "LengthMismatch"},
			{"signers out of order", w[1].Address(), a, reversed(proof), "UnsortedSigners"},
			{"a step beyond the job", w[1].Address(), a, e.stepProof(a, 11, params, w[0], w[1], w[2]), "StepOutOfRange"},
			{"another award", w[1].Address(), e.award(id, price, w[:3]), proof, "AwardMismatch"},
			{"a member index past the award", w[1].Address(), a, forgeIndex(proof, 9), "BadMemberIndex"},
			{"a winner not underpaid", w[0].Address(), a, proof, "NotUnderpaid"},
		}
		for _, c := range bad {
			t.Run(c.name, func(t *testing.T) {
				_, err := e.outsider.ChallengeSteps(e.ctx, c.award, c.winner, c.proof)
				wantRevert(t, err, c.want)
			})
		}
		if _, err := e.outsider.ChallengeSteps(e.ctx, a, e.outsider.Address(), proof); err == nil {
			t.Fatal("a challenge for a non-winner went through")
		}
		_, err := e.outsider.TransactRaw(e.ctx, "challengeSteps", e.outsider.sc.PackChallengeSteps(id, awardBinding(a), bindings.SettlementEntry{JobId: id, Index: big.NewInt(4), Amount: new(big.Int)}, proof.binding()))
		wantRevert(t, err, "NotAWinner")

		tx := e.tx(e.outsider.ChallengeSteps(e.ctx, a, w[1].Address(), proof))
		t.Logf("challengeSteps with 3 receipts: %d gas", tx.GasUsed)
		wantEq(t, "w1 credit", e.credit(id, w[1]), mul(price, 10))
		wantEq(t, "job credited", e.owed(id), mul(price, 40))
		// Replaying the same evidence changes nothing.
		_, err = e.outsider.ChallengeSteps(e.ctx, a, w[1].Address(), proof)
		wantRevert(t, err, "NotUnderpaid")

		// After the window, challenges are closed.
		e.advance(e.cp.ChallengeWindow)
		_, err = e.outsider.ChallengeSteps(e.ctx, a, w[1].Address(), proof)
		wantRevert(t, err, "ChallengeWindowClosed")
		// Before settlement there is nothing to challenge.
		open := e.deposit(2, 4, 10, tokens(40), time.Hour)
		_, err = e.outsider.ChallengeSteps(e.ctx, e.award(open, price, w[:4]), w[1].Address(), proof)
		wantRevert(t, err, "WrongStatus")
	})
}

// TestChallengeFault lowers a member's credit with a quorum's attestation
// that it missed a step.
func TestChallengeFault(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		id := e.deposit(1, 4, 10, tokens(40), time.Hour)
		a := e.award(id, price, w[:4])
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10, 10, 10}}}))
		missed := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[3].Address()), Fault: protocol.FaultMissedSteps, Step: 5, EvidenceHash: protocol.Hash(common.HexToHash("0x5e"))}
		q := e.faultQuorum(a, missed, w[0], w[1], w[2])

		wrongKind := missed
		wrongKind.Fault = protocol.FaultGarbageData
		stranger := missed
		stranger.Accused = protocol.Address(e.outsider.Address())
		bad := []struct {
			name  string
			fault protocol.FaultAttestation
			q     Quorum
			want  string
		}{
			{"below the quorum", missed, e.faultQuorum(a, missed, w[0], w[1]), "QuorumNotReached"},
			{"the accused among the signers", missed, e.faultQuorum(a, missed, w[0], w[1], w[3]), "NotAMember"},
			{"a fault kind that says nothing of steps", wrongKind, e.faultQuorum(a, wrongKind, w[0], w[1], w[2]), "UnsupportedFault"},
			{"an accused outside the group", stranger, e.faultQuorum(a, stranger, w[0], w[1], w[2]), "NotAMember"},
			{"signatures over other fields", protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[3].Address()), Fault: protocol.FaultMissedSteps, Step: 4}, q, "WrongSigner"},
		}
		for _, c := range bad {
			t.Run(c.name, func(t *testing.T) {
				_, err := e.outsider.ChallengeFault(e.ctx, a, c.fault, c.q)
				wantRevert(t, err, c.want)
			})
		}
		tx := e.tx(e.outsider.ChallengeFault(e.ctx, a, missed, q))
		t.Logf("challengeFault with 3 attestations: %d gas", tx.GasUsed)
		wantEq(t, "w3 credit", e.credit(id, w[3]), mul(price, 4))
		wantEq(t, "job credited", e.owed(id), mul(price, 34))
		_, err := e.outsider.ChallengeFault(e.ctx, a, missed, q)
		wantRevert(t, err, "NotOverpaid")

		e.advance(e.cp.ChallengeWindow)
		_, err = e.outsider.ChallengeFault(e.ctx, a, missed, q)
		wantRevert(t, err, "ChallengeWindowClosed")
		// The freed escrow goes back to the poster, with the fee on it that
		// the treasury was credited at settlement and returned.
		e.tx(e.poster.Refund(e.ctx, id))
		wantEq(t, "poster refund", e.balance(e.poster), mul(price, 6))
		wantEq(t, "treasury", e.balance(e.gov), fee(mul(price, 34), e.cp.FeeBps))
	})
}

// TestChallengeFaultWork lowers the credit of a member convicted of a wrong
// result or of tampering (faults 2 and 4) to nothing,
// with the poster counted as one re-checker; the poster does not count for
// a missed step.
func TestChallengeFaultWork(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		id := e.deposit(1, 4, 10, tokens(40), time.Hour) // quorum 3
		a := e.award(id, price, w[:4])
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10, 10, 10}}}))
		ev := protocol.Hash(crypto.Keccak256Hash([]byte("work evidence")))
		wrong := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[3].Address()), Fault: protocol.FaultWrongResult, Step: 7, EvidenceHash: ev}
		tampered := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[2].Address()), Fault: protocol.FaultTampered, Step: 3, EvidenceHash: ev}
		missed := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[1].Address()), Fault: protocol.FaultMissedSteps, Step: 2}
		withPoster := e.faultQuorum(a, wrong, w[0], w[1], e.poster)
		if !slices.Contains(withPoster.Members, 4) {
			t.Fatalf("quorum %v does not carry the poster at index 4", withPoster.Members)
		}
		for _, c := range []struct {
			name  string
			fault protocol.FaultAttestation
			q     Quorum
			want  string
		}{
			{"two members without the poster", wrong, e.faultQuorum(a, wrong, w[0], w[1]), "QuorumNotReached"},
			{"the poster for a missed step", missed, e.posterQuorum(a, missed, w[0], w[2]), "BadMemberIndex"},
			{"the poster signing other fields", tampered, e.faultQuorum(a, tampered, w[0], w[1], e.poster), "WrongSigner"},
		} {
			t.Run(c.name, func(t *testing.T) {
				q := c.q
				if c.name == "the poster signing other fields" {
					q = forgePoster(a, q, e.sign(e.poster, wrong))
				}
				_, err := e.outsider.ChallengeFault(e.ctx, a, c.fault, q)
				wantRevert(t, err, c.want)
			})
		}
		// A convict of a wrong result or tampering is paid nothing for the
		// job, whatever the step: its unaudited earlier steps are no more
		// trustworthy than the one caught.
		e.tx(e.outsider.ChallengeFault(e.ctx, a, wrong, withPoster))
		wantEq(t, "w3 credit", e.credit(id, w[3]), new(big.Int))
		e.tx(e.outsider.ChallengeFault(e.ctx, a, tampered, e.faultQuorum(a, tampered, w[0], w[1], w[3])))
		wantEq(t, "w2 credit", e.credit(id, w[2]), new(big.Int))
		wantEq(t, "job credited", e.owed(id), mul(price, 20))
		_, err := e.outsider.ChallengeFault(e.ctx, a, wrong, withPoster)
		wantRevert(t, err, "NotOverpaid")
	})
}

// forgePoster replaces the poster's signature in a fault quorum.
func forgePoster(a protocol.Award, q Quorum, sig []byte) Quorum {
	out := Quorum{Members: q.Members, Sigs: append([][]byte(nil), q.Sigs...)}
	for i, m := range q.Members {
		if m == len(a.Members()) {
			out.Sigs[i] = sig
		}
	}
	return out
}

// TestClaim pays winners whose poster vanished after the award.
func TestClaim(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		deadline := 20 * time.Second
		id := e.deposit(1, 3, 10, tokens(30), deadline) // quorum of 3 at 2/3: 2
		a := e.award(id, price, w[:3])
		posterSig := e.sign(e.poster, a)
		at6 := e.stepProof(a, 6, common.HexToHash("0x06"), w[0], w[1])

		_, err := w[0].Claim(e.ctx, a, posterSig, w[0].Address(), at6)
		wantRevert(t, err, "SettleDeadlineNotReached")
		e.advance(deadline)
		_, err = e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 10, 10}}})
		wantRevert(t, err, "SettleDeadlinePassed")
		_, err = w[0].Claim(e.ctx, a, e.sign(e.outsider, a), w[0].Address(), at6)
		wantRevert(t, err, "WrongSigner")
		_, err = w[0].Refund(e.ctx, id)
		wantRevert(t, err, "RefundTooEarly")

		tx := e.tx(w[0].Claim(e.ctx, a, posterSig, w[0].Address(), at6))
		t.Logf("claim with 2 receipts: %d gas", tx.GasUsed)
		gross := mul(price, 6)
		wantEq(t, "w0 balance after claim", e.balance(w[0]), sub(gross, fee(gross, e.cp.FeeBps)))
		_, err = w[0].Claim(e.ctx, a, posterSig, w[0].Address(), at6)
		wantRevert(t, err, "NothingToClaim")
		// A later step pays the difference; anyone may submit it.
		at10 := e.stepProof(a, 10, common.HexToHash("0x10"), w[0], w[2])
		e.tx(e.outsider.Claim(e.ctx, a, posterSig, w[0].Address(), at10))
		gross = mul(price, 10)
		wantEq(t, "w0 balance after second claim", e.balance(w[0]), sub(gross, fee(gross, e.cp.FeeBps)))
		e.tx(w[2].Claim(e.ctx, a, posterSig, w[2].Address(), at10))
		// A claimed job has no challenge window to wait for, nor a table.
		_, err = w[0].Release(e.ctx, w[0].Address(), id)
		wantRevert(t, err, "NotSettled")

		e.advance(e.cp.ClaimWindow)
		_, err = w[1].Claim(e.ctx, a, posterSig, w[1].Address(), e.stepProof(a, 10, common.HexToHash("0x10"), w[0], w[1]))
		wantRevert(t, err, "ClaimWindowClosed")
		e.tx(e.poster.Refund(e.ctx, id))
		wantEq(t, "poster refund", e.balance(e.poster), mul(price, 10))
		_, err = w[1].Claim(e.ctx, a, posterSig, w[1].Address(), at6)
		wantRevert(t, err, "WrongStatus")
	})
}

// TestChallengeCappedByEscrow: a poster that over-credits a standby leaves
// no escrow for a winner's correction, until a fault attestation takes the
// standby's undeserved credit back.
func TestChallengeCappedByEscrow(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		price := tokens(1)
		id := e.deposit(1, 2, 10, tokens(20), time.Hour) // quorum of 2 at 2/3: 2
		a := e.award(id, price, w[:2], w[2])
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{10, 0, 10}}}))
		proof := e.stepProof(a, 10, common.HexToHash("0x10"), w[0], w[1])
		_, err := w[1].ChallengeSteps(e.ctx, a, w[1].Address(), proof)
		wantRevert(t, err, "EscrowExhausted")
		// The standby never trained: the group attests it missed step 1.
		f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[2].Address()), Fault: protocol.FaultMissedSteps, Step: 1}
		e.tx(w[1].ChallengeFault(e.ctx, a, f, e.faultQuorum(a, f, w[0], w[1])))
		wantEq(t, "standby credit", e.credit(id, w[2]), new(big.Int))
		e.tx(w[1].ChallengeSteps(e.ctx, a, w[1].Address(), proof))
		wantEq(t, "w1 credit", e.credit(id, w[1]), mul(price, 10))
		wantEq(t, "job credited", e.owed(id), tokens(20))
	})
}

// forge replaces the i-th signature of a proof.
func forge(p StepProof, i int, sig []byte) StepProof {
	sigs := append([][]byte(nil), p.Quorum.Sigs...)
	sigs[i] = sig
	return StepProof{Step: p.Step, ParamsHash: p.ParamsHash, ContribRoots: p.ContribRoots, Quorum: Quorum{Members: p.Quorum.Members, Sigs: sigs}}
}

// withRoot replaces the i-th contribution root of a proof.
func withRoot(p StepProof, i int, root common.Hash) StepProof {
	roots := append([]common.Hash(nil), p.ContribRoots...)
	roots[i] = root
	return StepProof{Step: p.Step, ParamsHash: p.ParamsHash, ContribRoots: roots, Quorum: p.Quorum}
}

// forgeIndex points the last signer at member index idx.
func forgeIndex(p StepProof, idx int) StepProof {
	members := append([]int(nil), p.Quorum.Members...)
	members[len(members)-1] = idx
	return StepProof{Step: p.Step, ParamsHash: p.ParamsHash, ContribRoots: p.ContribRoots, Quorum: Quorum{Members: members, Sigs: p.Quorum.Sigs}}
}

// reversed lists the signers in descending address order.
func reversed(p StepProof) StepProof {
	n := len(p.Quorum.Members)
	out := StepProof{Step: p.Step, ParamsHash: p.ParamsHash}
	for i := n - 1; i >= 0; i-- {
		out.Quorum.Members = append(out.Quorum.Members, p.Quorum.Members[i])
		out.Quorum.Sigs = append(out.Quorum.Sigs, p.Quorum.Sigs[i])
		out.ContribRoots = append(out.ContribRoots, p.ContribRoots[i])
	}
	return out
}

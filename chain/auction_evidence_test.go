package chain

import (
	"math/big"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/auction/wire"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestAuctionEvidenceSlashes: a bidder signs two different commits for one
// job; the auction's own state machine, fed the two gossiped messages,
// produces the equivocation evidence, and that evidence, submitted as the
// auction hands it over, slashes the bidder on-chain and pays the reporter.
// The two halves of the protocol (package protocol's EIP-712 in Go, signed
// by auction/wire; the contract's in Solidity) therefore agree byte for
// byte.
func TestAuctionEvidenceSlashes(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		cheat := e.workers[0]
		stake := tokens(1000)
		e.tx(cheat.Stake(e.ctx, stake))

		dom := e.poster.Domain()
		codec := wire.NewCodec(dom, 16)
		poster := auction.Address(e.poster.Address())
		job := &auction.JobAnnounce{
			JobID: protocol.JobIDOf(poster, 9), Poster: poster, ModelHash: auction.Hash{1}, DatasetRoot: auction.Hash{2},
			GroupSize: 1, MinVRAMBytes: 8 << 30, MinThroughput: 1, Steps: 100, Budget: big.NewInt(100_000),
			CommitDeadlineMs: 1_800_000_010_000, RevealDeadlineMs: 1_800_000_020_000, Nonce: 9,
		}
		announce, _, err := codec.Sign(e.key(e.poster), job)
		if err != nil {
			t.Fatal(err)
		}
		p := auction.DefaultParams()
		p.ChallengeN = attest.NMin
		m, err := auction.New(p, codec.Domain(), announce, auction.Address(e.reporter.Address()))
		if err != nil {
			t.Fatal(err)
		}
		bidder := auction.Address(cheat.Address())
		for _, commitment := range []auction.Hash{{0xaa}, {0xbb}} {
			_, data, err := codec.Sign(e.key(cheat), &auction.BidCommit{JobID: job.JobID, Bidder: bidder, Commitment: commitment})
			if err != nil {
				t.Fatal(err)
			}
			s, err := codec.Decode(data) // as a receiving node's validator does
			if err != nil {
				t.Fatal(err)
			}
			m.Step(job.CommitDeadlineMs-5_000, s)
		}
		var ev *auction.Evidence
		for _, event := range m.Ready().Events {
			if event.Kind == auction.EventEquivocation {
				ev = event.Evidence
			}
		}
		if ev == nil {
			t.Fatal("the auction did not report the double commit")
		}
		eq := ev.Equivocation()
		if who, err := CheckEquivocation(dom, eq); err != nil || who != cheat.Address() {
			t.Fatalf("off-chain check of the auction's evidence: %s, %v", who, err)
		}
		e.tx(e.reporter.SlashEquivocation(e.ctx, eq))

		slashed := fee(stake, e.cp.EquivocationSlashBps)
		st, err := e.gov.StakeOf(e.ctx, cheat.Address())
		if err != nil {
			t.Fatal(err)
		}
		wantEq(t, "stake left", st.Active, sub(stake, slashed))
		wantEq(t, "reporter reward", e.balance(e.reporter), fee(slashed, e.cp.ReporterRewardBps))
		_, err = e.outsider.SlashEquivocation(e.ctx, eq)
		wantRevert(t, err, "AlreadySlashed")
	})
}

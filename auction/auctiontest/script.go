// Package auctiontest holds a scripted auction that the auction shells'
// tests share: node and the simulation each run its events through their
// own recording path and must record what PROTOCOL.md says, so both engines
// record the same observations for the same auction.
//
// Like the auction core it is pure: no clock, no I/O, no signatures (the
// core never checks them; a Signed here carries a fixed marker).
package auctiontest

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/protocol"
)

// Who's who in the script: the poster, the follower whose machine the
// events come from (it does not bid), and one bidder per conduct.
var (
	Poster     = auction.Address{0x90, 0x57}
	Follower   = auction.Address{0xf0, 0x11}
	Winner     = auction.Address{0xa0, 0x01} // cheapest valid bid
	Standby    = auction.Address{0xa0, 0x02} // second valid bid
	NoReveal   = auction.Address{0xa0, 0x03} // commits, never reveals
	Mismatch   = auction.Address{0xa0, 0x04} // reveals a bid that does not open its commit
	Ineligible = auction.Address{0xa0, 0x05} // opens its commit; clearing rejects the bid (wrong attestation)
	Equivocal  = auction.Address{0xa0, 0x06} // two different commits
	Decliner   = auction.Address{0xa0, 0x07} // declines
)

// Domain is the script's EIP-712 domain.
var Domain = auction.Domain{ChainID: 1337, VerifyingContract: auction.Address{0xc0, 0x17}}

// Timeline of the scripted job, Unix ms.
const (
	tAnnounce = 1_000
	tCommit   = 5_000
	tCommitDL = 10_000
	tReveal   = 15_000
	tRevealDL = 20_000
)

// Params are the script's auction rules: the defaults with a small
// challenge and a short grace.
func Params() auction.Params {
	p := auction.DefaultParams()
	p.ClockGraceMs = 100
	p.CommitWindowMinMs = 1000
	p.RevealWindowMinMs = 1000
	p.ChallengeN = attest.NMin
	return p
}

// Job is the scripted job: one seat, a budget of 1000 per step.
func Job() *auction.JobAnnounce {
	return &auction.JobAnnounce{
		JobID: protocol.JobIDOf(Poster, 7), Poster: Poster, ModelHash: auction.Hash{1}, DatasetRoot: auction.Hash{2},
		GroupSize: 1, MinVRAMBytes: 8 << 30, MinThroughput: 10, Steps: 100, Budget: big.NewInt(100_000),
		CommitDeadlineMs: tCommitDL, RevealDeadlineMs: tRevealDL, Nonce: 7,
	}
}

// Signed wraps m with the script's marker signature.
func Signed(m auction.Message) auction.Signed {
	s := auction.Signed{Msg: m}
	s.Sig[0], s.Sig[64] = 0x5e, 27
	return s
}

// Want is what a follower must record of the script (PROTOCOL.md,
// "Reputation observations"): both ranked bids honoured, the missing and
// the mismatched reveal missing; nothing of the ineligible bid (it kept its
// word), the equivocator (slashed instead) or the decliner.
func Want() []auction.Observation {
	id := Job().JobID
	return []auction.Observation{
		{Peer: Winner, Conduct: auction.BidHonoured, Job: id},
		{Peer: Standby, Conduct: auction.BidHonoured, Job: id},
		{Peer: NoReveal, Conduct: auction.RevealMissing, Job: id},
		{Peer: Mismatch, Conduct: auction.RevealMissing, Job: id},
	}
}

// Events runs the scripted auction on the follower's machine and returns
// every event it emitted, in order: commits, a decline, an equivocation,
// reveals, a mismatch drop, and the clearing with its no-reveal. The job
// commits to no quality table: every bidder ranks as a newcomer. It fails only if the auction package
// changed under the script.
func Events() ([]auction.Event, error) {
	p, job := Params(), Job()
	m, err := auction.New(p, Domain, Signed(job), Follower)
	if err != nil {
		return nil, err
	}
	expect, err := attest.Answer(attest.CPU{}, m.Seed(), p.ChallengeN)
	if err != nil {
		return nil, err
	}
	reveal := func(who auction.Address, price int64, att auction.Hash) *auction.BidReveal {
		return &auction.BidReveal{
			JobID: job.JobID, Bidder: who, PricePerStep: big.NewInt(price), Throughput: 100,
			VRAMBytes: 16 << 30, LatencyMs: 20, Attestation: att, Salt: auction.Hash{byte(price), who[1]},
		}
	}
	commit := func(r *auction.BidReveal) *auction.BidCommit {
		return &auction.BidCommit{JobID: job.JobID, Bidder: r.Bidder, Commitment: r.Commitment()}
	}
	win, stand := reveal(Winner, 100, expect), reveal(Standby, 200, expect)
	nope, inel := reveal(NoReveal, 150, expect), reveal(Ineligible, 50, auction.Hash{0xba, 0xd})
	mis := reveal(Mismatch, 120, expect)
	misOpened := *mis
	misOpened.PricePerStep = big.NewInt(90) // not what it committed to
	eq := reveal(Equivocal, 80, expect)
	eqOther := commit(eq)
	eqOther.Commitment = auction.Hash{0xe9}

	steps := []struct {
		at  uint64
		msg auction.Message
	}{
		{tCommit, commit(win)}, {tCommit, commit(stand)}, {tCommit, commit(nope)},
		{tCommit, commit(mis)}, {tCommit, commit(inel)}, {tCommit, commit(eq)}, {tCommit, eqOther},
		{tCommit, &auction.Decline{JobID: job.JobID, Provider: Decliner, Reason: auction.DeclineBusy}},
		{tReveal, win}, {tReveal, stand}, {tReveal, &misOpened}, {tReveal, inel}, {tReveal, eq},
	}
	var events []auction.Event
	drain := func() {
		for m.HasReady() {
			events = append(events, m.Ready().Events...)
			m.Advance()
		}
	}
	for _, s := range steps {
		_ = m.Step(s.at, Signed(s.msg)) // the drops are among the events
		drain()
	}
	m.Tick(tRevealDL + p.ClockGraceMs)
	drain()
	res := m.Result()
	if res == nil || res.Award == nil || res.Award.Winners[0] != Winner || len(res.Ranked) != 2 {
		return nil, fmt.Errorf("auctiontest: the script cleared to %+v; want %v to win and %v to stand by", res, Winner, Standby)
	}
	rejected := map[auction.Address]error{}
	for _, r := range res.Rejected {
		rejected[r.Bidder] = r.Err
	}
	for who, want := range map[auction.Address]error{NoReveal: auction.ErrUnmatched, Mismatch: auction.ErrMismatch, Ineligible: auction.ErrIneligible, Equivocal: auction.ErrEquivocation} {
		if !errors.Is(rejected[who], want) {
			return nil, fmt.Errorf("auctiontest: clearing rejected %v with %v; want %v", who, rejected[who], want)
		}
	}
	return events, nil
}

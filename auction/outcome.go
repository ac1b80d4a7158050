package auction

import (
	"errors"
	"fmt"
	"slices"
)

// Conduct is what an auction showed of a bidder, for its reputation. The
// values are PROTOCOL.md's observation kinds ("Reputation observations"),
// so a shell records reputation/score.Kind(c).
type Conduct uint8

// Conducts an auction yields.
const (
	// BidHonoured: a reveal that opened its commit and that clearing
	// ranked (it met the job), whether it won or not.
	BidHonoured Conduct = 1
	// RevealMissing: a commit with no reveal, or with a reveal that does
	// not open it (as good as none: the bid could never win, and a bidder
	// could otherwise commit blind and reveal garbage at no cost).
	RevealMissing Conduct = 2
	// OmittedBid: the poster's award was cleared without a bid this
	// follower held matched and eligible that would have ranked among the
	// bids deciding it (EventOmitted). Conduct of the poster, not the
	// bidder.
	OmittedBid Conduct = 12
)

func (c Conduct) String() string {
	switch c {
	case BidHonoured:
		return "bid-honoured"
	case RevealMissing:
		return "reveal-missing"
	case OmittedBid:
		return "omitted-bid"
	}
	return fmt.Sprintf("Conduct(%d)", uint8(c))
}

// Observation is one reputation observation an auction yields: Peer's
// conduct in job Job.
type Observation struct {
	Peer    Address
	Conduct Conduct
	Job     Hash
	// Bidder is the bidder whose bid the poster Peer omitted (OmittedBid).
	Bidder Address
}

// Observations returns what a peer following a job records of e, one of its
// Machine's events (PROTOCOL.md, "Reputation observations"). Everything
// comes at clearing, where every follower has seen the same commits and
// reveals: an observation made mid-auction would move this peer's scores
// before it ranks the bids, and peers agree on an award only while their
// reputation views agree (Event.Matches).
//
//   - EventNoReveal: the bidder committed and never revealed: RevealMissing.
//   - EventOmitted: the poster omitted a deciding bid: OmittedBid of the
//     poster. It comes with the award, which every follower holding the
//     bid sees, and scores the poster, whom clearing never ranks.
//   - EventCleared: every ranked bid is BidHonoured; a reveal rejected for
//     not opening its commit (ErrMismatch) is RevealMissing. Other
//     rejections yield nothing: an equivocator is slashed instead, and a
//     reveal that opened its commit but fails the job (VRAM, throughput,
//     attestation, price) kept its word, though it cannot win.
//
// Every other event yields nothing.
func Observations(e *Event) []Observation {
	switch e.Kind {
	case EventNoReveal:
		return []Observation{{Peer: e.Peer, Conduct: RevealMissing, Job: e.Job}}
	case EventCleared:
		if e.Result == nil {
			return nil
		}
		out := make([]Observation, 0, len(e.Result.Ranked))
		for _, r := range e.Result.Ranked {
			out = append(out, Observation{Peer: r.Reveal.Bidder, Conduct: BidHonoured, Job: e.Job})
		}
		for _, r := range e.Result.Rejected {
			if errors.Is(r.Err, ErrMismatch) {
				out = append(out, Observation{Peer: r.Bidder, Conduct: RevealMissing, Job: e.Job})
			}
		}
		return out
	case EventOmitted:
		if e.Poster == (Address{}) || e.Poster == e.Peer {
			return nil
		}
		return []Observation{{Peer: e.Poster, Conduct: OmittedBid, Job: e.Job, Bidder: e.Peer}}
	case EventRecleared:
		// The first clearing recorded the rest; what is new is that the
		// adopted bidders did reveal (the poster saw them in time).
		var out []Observation
		for _, r := range e.Result.Ranked {
			if slices.Contains(e.Adopted, r.Reveal.Bidder) {
				out = append(out, Observation{Peer: r.Reveal.Bidder, Conduct: BidHonoured, Job: e.Job})
			}
		}
		return out
	}
	return nil
}

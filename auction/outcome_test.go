package auction_test

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/auctiontest"
)

// TestObservationsOfTheScript: the scripted auction (a winner, a standby, a
// non-revealer, a mismatched reveal, a reveal clearing rejects, an
// equivocator, a decliner) yields what PROTOCOL.md says, in event order.
func TestObservationsOfTheScript(t *testing.T) {
	events, err := auctiontest.Events()
	if err != nil {
		t.Fatal(err)
	}
	var got []auction.Observation
	for i := range events {
		got = append(got, auction.Observations(&events[i])...)
	}
	want := auctiontest.Want()
	sortObs(got)
	sortObs(want)
	if !slices.Equal(got, want) {
		t.Errorf("observations\n got %v\nwant %v", got, want)
	}
}

func sortObs(o []auction.Observation) {
	slices.SortFunc(o, func(a, b auction.Observation) int {
		if c := slices.Compare(a.Peer[:], b.Peer[:]); c != 0 {
			return c
		}
		return int(a.Conduct) - int(b.Conduct)
	})
}

// TestObservationsByEvent: what each kind of event yields.
func TestObservationsByEvent(t *testing.T) {
	job := auction.Hash{7}
	a, b, c := auction.Address{1}, auction.Address{2}, auction.Address{3}
	ranked := func(who auction.Address) auction.Ranked {
		return auction.Ranked{Reveal: &auction.BidReveal{Bidder: who, PricePerStep: big.NewInt(1)}}
	}
	tests := []struct {
		name string
		e    auction.Event
		want []auction.Observation
	}{
		{"no reveal", auction.Event{Kind: auction.EventNoReveal, Job: job, Peer: a},
			[]auction.Observation{{Peer: a, Conduct: auction.RevealMissing, Job: job}}},
		{"applied reveal: nothing until clearing", auction.Event{Kind: auction.EventReveal, Job: job, Peer: a}, nil},
		{"mismatch drop: nothing until clearing", auction.Event{Kind: auction.EventDropped, Job: job, Peer: a, Err: auction.ErrMismatch}, nil},
		{"commit", auction.Event{Kind: auction.EventCommit, Job: job, Peer: a}, nil},
		{"decline", auction.Event{Kind: auction.EventDecline, Job: job, Peer: a, Reason: auction.DeclineBusy}, nil},
		{"equivocation", auction.Event{Kind: auction.EventEquivocation, Job: job, Peer: a}, nil},
		{"award missing", auction.Event{Kind: auction.EventAwardMissing, Job: job, Peer: a}, nil},
		{"cleared", auction.Event{Kind: auction.EventCleared, Job: job, Result: &auction.Result{
			Ranked: []auction.Ranked{ranked(a), ranked(b)},
			Rejected: []auction.Rejected{
				{Bidder: c, Err: auction.ErrMismatch},
				{Bidder: auction.Address{4}, Err: fmt.Errorf("%w: wrong answer", auction.ErrIneligible)},
				{Bidder: auction.Address{5}, Err: auction.ErrEquivocation},
				{Bidder: auction.Address{6}, Err: fmt.Errorf("%w: committed, never revealed", auction.ErrUnmatched)},
				{Bidder: auction.Address{8}, Err: fmt.Errorf("%w: reveal without a commit", auction.ErrUnmatched)},
			},
		}}, []auction.Observation{
			{Peer: a, Conduct: auction.BidHonoured, Job: job},
			{Peer: b, Conduct: auction.BidHonoured, Job: job},
			{Peer: c, Conduct: auction.RevealMissing, Job: job},
		}},
		{"cleared without a result", auction.Event{Kind: auction.EventCleared, Job: job}, nil},
		{"omitted: the poster's conduct", auction.Event{Kind: auction.EventOmitted, Job: job, Peer: a, Poster: b},
			[]auction.Observation{{Peer: b, Conduct: auction.OmittedBid, Job: job, Bidder: a}}},
		{"omitted without a poster", auction.Event{Kind: auction.EventOmitted, Job: job, Peer: a}, nil},
		{"a poster omitting its own bid", auction.Event{Kind: auction.EventOmitted, Job: job, Peer: b, Poster: b}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := auction.Observations(&tt.e)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
	if errors.Is(auction.ErrUnmatched, auction.ErrMismatch) {
		t.Fatal("ErrUnmatched wraps ErrMismatch: a never-revealed commit would count twice")
	}
}

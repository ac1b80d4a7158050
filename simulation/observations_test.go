package simulation

import (
	"bytes"
	"os"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/auctiontest"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// TestAuctionObservationsAsScripted: a simulated peer records what
// PROTOCOL.md says of the shared scripted auction (auctiontest), through
// the engine's own path (onEvent into the peer's book); node's
// TestAuctionObservationsAsScripted holds the node to the same list, so
// both engines record the same observations for the same auction.
func TestAuctionObservationsAsScripted(t *testing.T) {
	events, err := auctiontest.Events()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("scenarios/honest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc, err := scenario.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(sc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var p *peer
	for _, q := range e.peers {
		if q.kind == kindProvider && q.honest() {
			p = q
			break
		}
	}
	if p == nil {
		t.Fatal("the honest scenario has no honest provider")
	}
	before := counts(p.book)
	m, err := auction.New(auctiontest.Params(), auctiontest.Domain, auctiontest.Signed(auctiontest.Job()), auctiontest.Follower)
	if err != nil {
		t.Fatal(err)
	}
	j := &job{idx: -1, poster: -1, ann: auctiontest.Job(), clearings: map[auction.Hash]int{}}
	fol := &follow{job: j, m: m}
	for i := range events {
		e.onEvent(p, fol, &events[i])
	}
	var got []auction.Observation
	for key, n := range counts(p.book) {
		for range n - before[key] {
			got = append(got, auction.Observation{Peer: auction.Address(key.peer), Conduct: auction.Conduct(key.kind), Job: j.ann.JobID})
		}
	}
	want := auctiontest.Want()
	for _, o := range [][]auction.Observation{got, want} {
		slices.SortFunc(o, func(a, b auction.Observation) int {
			if c := bytes.Compare(a.Peer[:], b.Peer[:]); c != 0 {
				return c
			}
			return int(a.Conduct) - int(b.Conduct)
		})
	}
	if !slices.Equal(got, want) {
		t.Errorf("the simulation recorded\n%v\nwant\n%v", got, want)
	}
}

type obsKey struct {
	peer score.Address
	kind score.Kind
}

// counts are a book's auction observations by peer and kind.
func counts(b *score.Book) map[obsKey]uint64 {
	out := map[obsKey]uint64{}
	for _, a := range b.Peers() {
		agg, _ := b.Aggregate(a)
		for _, k := range []score.Kind{score.KindBidHonoured, score.KindRevealMissing} {
			if agg.Counts[k] > 0 {
				out[obsKey{a, k}] = agg.Counts[k]
			}
		}
	}
	return out
}

package ringorder

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// sites is the round-trip matrix of peers at the given sites: near µs
// within a site, far between two (each way the same), plus jitter.
func sites(s []int, near, far int64, jitter func() int64) [][]int64 {
	m := make([][]int64, len(s))
	for i := range s {
		m[i] = make([]int64, len(s))
		for j := range s {
			switch {
			case i == j:
			case s[i] == s[j]:
				m[i][j] = near + jitter()
			default:
				m[i][j] = far + jitter()
			}
		}
	}
	return m
}

func ids(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("peer-%02d", i)
	}
	return out
}

func noJitter() int64 { return 0 }

func TestChoose(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sites []int
		rtt   [][]int64
		tour  bool
		order []int
		award int64
		got   int64
	}{
		// Two continents interleaved: award order crosses the ocean at
		// every hop (4 × 80 ms one way); the tour twice.
		{name: "two continents of 2", sites: []int{0, 1, 0, 1}, tour: true, order: []int{0, 2, 1, 3}, award: 320_000, got: 170_000},
		{name: "two continents of 4", sites: []int{0, 1, 0, 1, 0, 1, 0, 1}, tour: true, order: []int{0, 2, 4, 6, 1, 3, 5, 7}, award: 640_000, got: 190_000},
		{name: "three sites", sites: []int{0, 1, 2, 0, 1, 2}, tour: true, order: []int{0, 3, 1, 4, 2, 5}, award: 480_000, got: 255_000},
		{name: "already grouped", sites: []int{0, 0, 1, 1}, order: []int{0, 1, 2, 3}, award: 170_000, got: 170_000},
		{name: "one site", sites: []int{0, 0, 0, 0, 0}, order: []int{0, 1, 2, 3, 4}, award: 25_000, got: 25_000},
		{name: "ring of 3", sites: []int{0, 1, 0}, order: []int{0, 1, 2}},
		{name: "unmeasured", rtt: [][]int64{{0, 1, 1, 1}, {1, 0, 0, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}}, order: []int{0, 1, 2, 3}},
		// Loopback: tens of µs; a tour 30% shorter is still under 5 ms.
		{name: "loopback", rtt: [][]int64{{0, 90, 40, 90}, {90, 0, 90, 40}, {40, 90, 0, 90}, {90, 40, 90, 0}}, order: []int{0, 1, 2, 3}, award: 180, got: 130},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rtt := tc.rtt
			if rtt == nil {
				// 10 ms round trip within a site, 160 ms between.
				rtt = sites(tc.sites, 10_000, 160_000, noJitter)
			}
			d := Choose(ids(len(rtt)), rtt, DefaultMargin)
			if d.Tour != tc.tour || !slices.Equal(d.Order, tc.order) || d.AwardMicros != tc.award || d.TourMicros != tc.got {
				t.Errorf("Choose = %+v, want tour %v order %v, latency %d → %d µs", d, tc.tour, tc.order, tc.award, tc.got)
			}
			if !d.Tour && d.Reason == "" {
				t.Errorf("award order kept without a reason")
			}
		})
	}
}

// TestChooseTiesByPeerID: members at equal distance are visited smaller
// peer ID first, whatever their award index.
func TestChooseTiesByPeerID(t *testing.T) {
	rtt := sites([]int{0, 1, 0, 1, 0}, 10_000, 160_000, noJitter)
	names := []string{"e", "d", "c", "b", "a"}
	d := Choose(names, rtt, DefaultMargin)
	// From member 0 ("e"), the nearest are 2 ("c") and 4 ("a"): "a"
	// first. Then "c", then the other continent: 3 ("b") before 1 ("d").
	if want := []int{0, 4, 2, 3, 1}; !d.Tour || !slices.Equal(d.Order, want) {
		t.Fatalf("Choose = %+v, want the tour %v", d, want)
	}
}

// TestChooseProperties: on random matrices the order is a permutation
// starting at member 0, the same every time, never longer than award
// order when taken, shorter by the margin, and no 2-opt move improves it.
func TestChooseProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for it := range 2000 {
		n := 4 + rng.IntN(13)
		rtt := make([][]int64, n)
		for i := range rtt {
			rtt[i] = make([]int64, n)
			for j := range rtt[i] {
				if i != j {
					rtt[i][j] = 1 + rng.Int64N(300_000)
				}
			}
		}
		if it%3 == 0 { // metric-like: sites with jitter
			s := make([]int, n)
			for i := range s {
				s[i] = rng.IntN(3)
			}
			rtt = sites(s, 5_000, 150_000, func() int64 { return rng.Int64N(2_000) })
		}
		names := ids(n)
		rng.Shuffle(n, func(i, j int) { names[i], names[j] = names[j], names[i] })
		d := Choose(names, rtt, DefaultMargin)
		again := Choose(names, rtt, DefaultMargin)
		if !slices.Equal(d.Order, again.Order) {
			t.Fatalf("case %d: two derivations differ: %v, %v", it, d.Order, again.Order)
		}
		sorted := slices.Sorted(slices.Values(d.Order))
		for i, v := range sorted {
			if v != i {
				t.Fatalf("case %d: order %v is not a permutation of 0..%d", it, d.Order, n-1)
			}
		}
		if d.Order[0] != 0 {
			t.Fatalf("case %d: order %v does not start at member 0", it, d.Order)
		}
		w := func(a, b int) int64 { return rtt[a][b] + rtt[b][a] }
		if d.Tour {
			if cost(d.Order, w)/4 != d.TourMicros || d.AwardMicros-d.TourMicros < DefaultMargin.AbsMicros ||
				float64(d.AwardMicros-d.TourMicros) < DefaultMargin.Rel*float64(d.AwardMicros) {
				t.Fatalf("case %d: tour taken without the margin: %+v", it, d)
			}
		}
		tour := nearest(names, w)
		nn := cost(tour, w)
		twoOpt(tour, w)
		if cost(tour, w) > nn {
			t.Fatalf("case %d: 2-opt lengthened the tour", it)
		}
		for i := 1; i < n-1; i++ {
			for j := i + 1; j < n; j++ {
				a, b, c, e := tour[i-1], tour[i], tour[j], tour[(j+1)%n]
				if w(a, c)+w(b, e) < w(a, b)+w(c, e) {
					t.Fatalf("case %d: reversing %d..%d still shortens %v", it, i, j, tour)
				}
			}
		}
	}
}

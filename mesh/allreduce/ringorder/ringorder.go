// Package ringorder is the pure rule that orders a ring from measured
// round trips: every member of a group holds the same matrix of round
// trips (how they come to hold it is the caller's: mesh/allreduce
// gathers it through an all-reduce in award order) and derives the same
// ring from it, or keeps award order when the measured ring would not be
// faster by a margin.
//
// The rule: edge weights are the symmetrised round trips (i→j as i
// measured it plus j→i as j did); a nearest-neighbour tour starts at the
// award's first member and goes each time to the nearest member not yet
// in it (ties to the smaller peer ID); 2-opt then reverses the stretch
// between two edges whenever that makes the tour strictly shorter,
// scanning in index order and starting over after each reversal, until
// no reversal helps. The tour replaces award order only when it shortens
// the ring's estimated one-way latency (the sum of its edges' one-way
// delays) by at least Margin. Everything is integer arithmetic on
// microseconds, so every member, on any CPU, derives the same order.
//
// The ring order decides the summation order of the all-reduce (package
// schedule: segment s is summed from rank s round the ring), so a group
// whose order changes ends with other bits than in award order: the
// order is part of the group's spec (its digest covers the member list in
// order), and a job fixes it once, before its first step (PROTOCOL.md,
// "Ring order").
package ringorder

// Margin is how much faster the tour must be than award order to replace
// it: by at least Rel of award order's latency and at least AbsMicros.
type Margin struct {
	Rel       float64
	AbsMicros int64
}

// DefaultMargin: 10% and 5 ms of one-way ring latency. On loopback or a
// LAN, where round trips are tens of microseconds and their noise is as
// large, award order stays; on links tens of milliseconds apart a tour
// that avoids one long crossing per hop passes easily.
var DefaultMargin = Margin{Rel: 0.1, AbsMicros: 5000}

// Decision is the rule's result.
type Decision struct {
	// Order lists award indices in ring order; Order[0] is 0.
	Order []int
	// Tour reports whether Order is the measured tour (false: award
	// order, 0..n-1).
	Tour bool
	// AwardMicros and TourMicros are the estimated one-way ring latencies
	// of award order and of the tour, in microseconds; Reason says why
	// award order was kept, when it was.
	AwardMicros, TourMicros int64
	Reason                  string
}

// Choose applies the rule to the round-trip matrix rtt (rtt[i][j]: i's
// measured round trip to j, in microseconds; the diagonal is ignored) of
// the members whose peer IDs are ids, in award order. A matrix with a
// missing or non-positive entry keeps award order.
func Choose(ids []string, rtt [][]int64, m Margin) Decision {
	n := len(ids)
	award := make([]int, n)
	for i := range award {
		award[i] = i
	}
	d := Decision{Order: award}
	if n < 4 {
		// Rings of 2 or 3 have one cycle up to direction.
		d.Reason = "ring of fewer than 4"
		return d
	}
	if len(rtt) != n {
		d.Reason = "matrix of another size"
		return d
	}
	for i, row := range rtt {
		if len(row) != n {
			d.Reason = "matrix of another size"
			return d
		}
		for j, v := range row {
			if i != j && (v <= 0 || v > 1<<40) {
				d.Reason = "a round trip was not measured"
				return d
			}
		}
	}
	w := func(a, b int) int64 { return rtt[a][b] + rtt[b][a] }
	tour := nearest(ids, w)
	twoOpt(tour, w)
	// w is 4 one-way delays per edge: a round trip each way.
	d.AwardMicros, d.TourMicros = cost(award, w)/4, cost(tour, w)/4
	gain := d.AwardMicros - d.TourMicros
	switch {
	case gain < m.AbsMicros:
		d.Reason = "the tour is not faster by the absolute margin"
	case float64(gain) < m.Rel*float64(d.AwardMicros):
		d.Reason = "the tour is not faster by the relative margin"
	default:
		d.Order, d.Tour = tour, true
	}
	return d
}

// cost is the tour's length: the sum of its edges' weights, the closing
// edge included.
func cost(order []int, w func(a, b int) int64) int64 {
	var c int64
	for i, a := range order {
		c += w(a, order[(i+1)%len(order)])
	}
	return c
}

// nearest is the nearest-neighbour tour from member 0, ties to the
// smaller peer ID (then the smaller index, for equal IDs, which a valid
// group does not have).
func nearest(ids []string, w func(a, b int) int64) []int {
	n := len(ids)
	in := make([]bool, n)
	tour := []int{0}
	in[0] = true
	for len(tour) < n {
		cur, best := tour[len(tour)-1], -1
		for j := range n {
			if in[j] {
				continue
			}
			if best < 0 || w(cur, j) < w(cur, best) || w(cur, j) == w(cur, best) && ids[j] < ids[best] {
				best = j
			}
		}
		tour = append(tour, best)
		in[best] = true
	}
	return tour
}

// twoOpt improves tour in place: while some reversal of tour[i..j]
// (1 ≤ i < j < n, so tour[0] stays first) shortens it, it applies the
// first found in index order and starts over. Each reversal shortens the
// integer length, so it ends; maxPasses bounds it regardless.
func twoOpt(tour []int, w func(a, b int) int64) {
	n := len(tour)
	maxPasses := 64 * n * n
	for pass := 0; pass < maxPasses; pass++ {
		improved := false
		for i := 1; i < n-1 && !improved; i++ {
			for j := i + 1; j < n && !improved; j++ {
				a, b, c, e := tour[i-1], tour[i], tour[j], tour[(j+1)%n]
				if w(a, c)+w(b, e) < w(a, b)+w(c, e) {
					for l, r := i, j; l < r; l, r = l+1, r-1 {
						tour[l], tour[r] = tour[r], tour[l]
					}
					improved = true
				}
			}
		}
		if !improved {
			return
		}
	}
}

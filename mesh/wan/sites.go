package wan

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Sites is n peers with the same access link placed at named sites: two
// peers at the same site are near each other delays apart (one way), two
// at different sites far apart. sites[i] is peer i's site. "eu,us,eu,us"
// is two continents interleaved: the award order's ring crosses the ocean
// at every hop, where a ring that keeps each continent together crosses
// it twice.
func Sites(sites []string, upBps, downBps int64, near, far time.Duration) Config {
	n := len(sites)
	c := Config{Peers: make([]Access, n), Delay: make([][]time.Duration, n)}
	for i := range n {
		c.Peers[i] = Access{UpBps: upBps, DownBps: downBps}
		c.Delay[i] = make([]time.Duration, n)
		for j := range n {
			switch {
			case i == j:
			case sites[i] == sites[j]:
				c.Delay[i][j] = near
			default:
				c.Delay[i][j] = far
			}
		}
	}
	return c
}

// ParseDelays reads a one-way delay matrix written on one line: rows
// separated by ";", entries by ",", each a Go duration ("80ms", "1.5ms")
// or a bare number of milliseconds. Row i, entry j is the delay of bytes
// from peer i to peer j; the diagonal is written but ignored. Spaces are
// allowed around entries. "0,5,80;5,0,80;80,80,0" is three peers, the
// first two 5 ms apart and 80 ms from the third.
func ParseDelays(s string) ([][]time.Duration, error) {
	rows := strings.Split(strings.TrimSpace(s), ";")
	if len(rows) < 2 || len(rows) > MaxPeers {
		return nil, fmt.Errorf("%w: delay matrix of %d rows, want 2 to %d", ErrConfig, len(rows), MaxPeers)
	}
	m := make([][]time.Duration, len(rows))
	for i, row := range rows {
		ents := strings.Split(row, ",")
		if len(ents) != len(rows) {
			return nil, fmt.Errorf("%w: delay row %d has %d entries for %d rows", ErrConfig, i, len(ents), len(rows))
		}
		m[i] = make([]time.Duration, len(rows))
		for j, e := range ents {
			e = strings.TrimSpace(e)
			d, err := time.ParseDuration(e)
			if err != nil {
				ms, ferr := strconv.ParseFloat(e, 64)
				if ferr != nil || ms != ms || ms < 0 || ms > float64(MaxDelay/time.Millisecond) {
					return nil, fmt.Errorf("%w: delay %d→%d %q: want a duration or milliseconds, 0 to %v", ErrConfig, i, j, e, MaxDelay)
				}
				d = time.Duration(ms * float64(time.Millisecond))
			}
			if i != j && (d < 0 || d > MaxDelay) {
				return nil, fmt.Errorf("%w: delay %d→%d is %v, want 0 to %v", ErrConfig, i, j, d, MaxDelay)
			}
			m[i][j] = d
		}
	}
	return m, nil
}

// FormatDelays writes m as ParseDelays reads it (Go durations, which it
// reads back exactly).
func FormatDelays(m [][]time.Duration) string {
	var b strings.Builder
	for i, row := range m {
		if i > 0 {
			b.WriteByte(';')
		}
		for j, d := range row {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(d.String())
		}
	}
	return b.String()
}

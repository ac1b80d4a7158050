//go:build race

package benchmark

// raceEnabled reports whether the race detector is on: it slows every
// byte's handling several times, so a share of a link is not measured.
const raceEnabled = true

//go:build race

package node

// raceEnabled reports whether the race detector is on: it slows the nodes
// several times over, so timing-bound tests widen their windows.
const raceEnabled = true

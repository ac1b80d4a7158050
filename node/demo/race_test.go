//go:build race

package demo

// raceEnabled reports whether the race detector is on: it slows the nodes
// several-fold, so tests widen the demo's auction windows.
const raceEnabled = true

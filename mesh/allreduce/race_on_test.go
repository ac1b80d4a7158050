//go:build race

package allreduce

// raceEnabled reports whether the race detector is on: the 64 MiB case is
// left to the normal run, where it takes a second instead of a minute.
const raceEnabled = true

// Package clock is the one clock every trainmesh shell reads (STYLE.md §3).
//
// Shells (node, mesh, the chain client's waits) never call time.Now, time.After
// or time.Sleep themselves: they are handed a Clock, the real one in the binary
// and a Mock in tests, whose Add moves time and fires timers in order. Pure
// cores take no Clock at all: they are given `now` as data.
//
// The interface and its mock are go-clock's (filecoin-project/go-clock, the
// maintained fork of benbjohnson/clock that go-libp2p itself uses), so timers
// and tickers behave like the standard library's under both.
//
// It imports nothing of trainmesh.
package clock

import (
	"time"

	goclock "github.com/filecoin-project/go-clock"
)

type (
	// Clock is what a shell reads time from: Now, Since, Until, After,
	// Timer, Ticker, Sleep, AfterFunc, WithTimeout, WithDeadline.
	Clock = goclock.Clock
	// Mock is the clock of tests: it stands still until Add or Set moves it.
	Mock = goclock.Mock
	// Timer and Ticker are returned by a Clock; C is their channel.
	Timer  = goclock.Timer
	Ticker = goclock.Ticker
)

// Real returns the wall clock.
func Real() Clock { return goclock.New() }

// NewMock returns a clock standing at the Unix epoch; tests Set it to a
// plausible date when the code under test compares it with signed deadlines.
func NewMock() *Mock { return goclock.NewMock() }

// OrReal returns c, or the wall clock when c is nil (a zero Config).
func OrReal(c Clock) Clock {
	if c == nil {
		return Real()
	}
	return c
}

// NetDeadline is the deadline to give a socket or stream d from now. The
// kernel and libp2p's transports measure deadlines on the wall clock whatever
// clock the shell runs on, so this one reading stays on it.
func NetDeadline(d time.Duration) time.Time { return time.Now().Add(d) }

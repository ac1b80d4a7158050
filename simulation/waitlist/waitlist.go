// Package waitlist is an append-only list that goroutines can wait on. The
// harnesses that drive real processes and nodes collect what those write
// (JSON log lines, job events) in one as it arrives, and wait for the item
// they need instead of polling or sleeping.
package waitlist

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"sync"
)

// List holds the items added so far. The zero value is ready to use; a
// List must not be copied after first use.
type List[T any] struct {
	mu      sync.Mutex // mu guards the following
	items   []T
	changed chan struct{} // closed and replaced by each Add
}

// Add appends v and wakes every waiter.
func (l *List[T]) Add(v T) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.items = append(l.items, v)
	if l.changed != nil {
		close(l.changed)
		l.changed = nil
	}
}

// Snapshot returns the items so far and a channel that is closed by the
// next Add, for a caller that waits on several lists at once.
func (l *List[T]) Snapshot() ([]T, <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.changed == nil {
		l.changed = make(chan struct{})
	}
	return l.items[:len(l.items):len(l.items)], l.changed
}

// All returns the items so far for which match is true.
func (l *List[T]) All(match func(T) bool) []T {
	items, _ := l.Snapshot()
	var out []T
	for _, v := range items {
		if match(v) {
			out = append(out, v)
		}
	}
	return out
}

// Find returns the first item so far for which match is true.
func (l *List[T]) Find(match func(T) bool) (T, bool) {
	items, _ := l.Snapshot()
	for _, v := range items {
		if match(v) {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// ErrStopped is Wait's error when its stop channel closed first.
var ErrStopped = stoppedError{}

type stoppedError struct{}

func (stoppedError) Error() string { return "waitlist: stopped before a match" }

// Wait returns the first item, from the start of the list, for which
// match is true, waiting for it until ctx ends (its error) or stop is
// closed (ErrStopped); stop may be nil. Closing stop after the last Add
// (a process's output read to its end) never hides a match.
func (l *List[T]) Wait(ctx context.Context, stop <-chan struct{}, match func(T) bool) (T, error) {
	seen := 0
	next := func() (T, bool, <-chan struct{}) {
		items, changed := l.Snapshot()
		for ; seen < len(items); seen++ {
			if match(items[seen]) {
				return items[seen], true, nil
			}
		}
		var zero T
		return zero, false, changed
	}
	for {
		v, ok, changed := next()
		if ok {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-stop:
			if v, ok, _ := next(); ok { // added before stop closed
				return v, nil
			}
			return v, ErrStopped
		case <-changed:
		}
	}
}

// ScanJSON reads r to its end a line at a time and passes each to add,
// parsed as a JSON object (a line that is not one arrives as
// {"msg": "(not json) <line>"}) and as written. Lines may be up to 4 MiB.
func ScanJSON(r io.Reader, add func(line map[string]any, text string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil || line == nil {
			line = map[string]any{"msg": "(not json) " + sc.Text()}
		}
		add(line, sc.Text())
	}
	return sc.Err()
}

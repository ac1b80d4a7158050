package wan

import (
	"fmt"
	"os"
	"runtime"

	"golang.org/x/sys/unix"
)

// nsHandle is an open network namespace.
type nsHandle struct{ f *os.File }

func openNS(name string) (*nsHandle, error) {
	f, err := os.Open("/var/run/netns/" + name)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return &nsHandle{f: f}, nil
}

func (h *nsHandle) close() {
	if h != nil && h.f != nil {
		h.f.Close()
	}
}

// do runs f on a goroutine of its own whose thread is in namespace h:
// sockets f creates belong to h for their whole life, whichever thread
// uses them later. The thread goes back to its own namespace afterwards;
// if it cannot, it stays locked and its goroutine ends, so that the
// runtime ends the thread rather than reuse it in the wrong namespace.
func (h *nsHandle) do(f func() error) error {
	done := make(chan error, 1)
	go func() { done <- h.doLocked(f) }() // waited for just below
	return <-done
}

func (h *nsHandle) doLocked(f func() error) error {
	runtime.LockOSThread()
	own, err := os.Open(fmt.Sprintf("/proc/self/task/%d/ns/net", unix.Gettid()))
	if err != nil {
		runtime.UnlockOSThread()
		return err
	}
	defer own.Close()
	if err := unix.Setns(int(h.f.Fd()), unix.CLONE_NEWNET); err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("%w: setns: %v", ErrUnavailable, err)
	}
	ferr := f()
	if err := unix.Setns(int(own.Fd()), unix.CLONE_NEWNET); err != nil {
		return fmt.Errorf("wan: leaving a namespace: %w", err) // thread stays locked: discarded on exit
	}
	runtime.UnlockOSThread()
	return ferr
}

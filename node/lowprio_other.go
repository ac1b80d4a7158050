//go:build !linux

package node

import "runtime"

// lowPriority locks the calling goroutine to its OS thread, as on Linux,
// but leaves its priority as it is: outside Linux the nice value is the
// whole process's, and lowering it would slow the node's training too.
// The measurement's other bounds (one at a time, a bounded count of
// job-sized challenges, a deadline) still hold.
func lowPriority() error {
	runtime.LockOSThread()
	return nil
}

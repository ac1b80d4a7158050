//go:build linux

package node

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// lowPriority locks the calling goroutine to its OS thread and sets that
// thread's nice value to lowNice (on Linux the nice value is per thread),
// so that the kernel gives the job loop's and the training's threads the
// CPU first. The caller must return, and its goroutine end, without
// unlocking: the runtime then ends the thread instead of handing a
// low-priority thread to other goroutines (an unprivileged thread cannot
// raise its priority back).
func lowPriority() error {
	runtime.LockOSThread()
	return unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), lowNice)
}

package testnet

import "syscall"

// procAttr puts a child in a session of its own; withParent, the kernel
// also sends it SIGKILL when its parent ends (the parent-death signal),
// which no clean-up of the parent's has to run for. Linux ties that
// signal to the thread that started the child; the Go runtime ends a
// thread only when a goroutine locked to it exits, which the supervisor
// never does.
func procAttr(withParent bool) *syscall.SysProcAttr {
	a := &syscall.SysProcAttr{Setsid: true}
	if withParent {
		a.Pdeathsig = syscall.SIGKILL
	}
	return a
}

//go:build !linux

package testnet

import "syscall"

// procAttr puts a child in a session of its own. Elsewhere than on Linux
// there is no parent-death signal: a supervisor killed outright leaves its
// children to `testnet down`, which finds them in the state file.
func procAttr(withParent bool) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setsid: true}
}

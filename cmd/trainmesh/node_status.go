package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/trainmesh/trainmesh/node"
)

// status prints what a node in c.DataDir last wrote to its status file.
func (c *nodeCmd) status(env *runEnv) error {
	st, err := node.ReadStatus(c.DataDir)
	if errors.Is(err, node.ErrNoStatus) {
		return fmt.Errorf("%w; start one with: %s node --data-dir %s", err, selfName(), shellQuote(c.DataDir))
	}
	if err != nil {
		return err
	}
	printStatus(env.stdout, st, time.Now())
	return nil
}

// liveness is what became of the process a status file names.
type liveness int

const (
	// livenessUnknown: the file names no PID (or the system says nothing);
	// the file's age is all there is to go on.
	livenessUnknown liveness = iota
	livenessAlive
	livenessExited
	// livenessReused: a process has the PID, but it started after the node
	// last wrote the file, so it is another program.
	livenessReused
)

// startSlack absorbs the rounding of a process's start time (the boot time
// in /proc is whole seconds) and small steps of the wall clock.
const startSlack = 2 * time.Second

// processLiveness asks the system whether pid is still the node that wrote
// its status file at updatedMs. The node held the PID when it wrote the
// file, so a process with that PID that started after the write is another
// one (the kernel reused the PID).
func processLiveness(pid int, updatedMs int64) liveness {
	if pid <= 0 {
		return livenessUnknown
	}
	if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
		return livenessExited
	} else if err != nil && !errors.Is(err, syscall.EPERM) {
		return livenessUnknown
	}
	started, state, ok := procStart(pid)
	switch {
	case !ok:
		return livenessAlive // no /proc: the PID alone
	case state == 'Z' || state == 'X':
		return livenessExited // dead, not yet reaped by its parent
	case started.After(time.UnixMilli(updatedMs).Add(startSlack)):
		return livenessReused
	}
	return livenessAlive
}

// procStart reads a process's start time and state from Linux's /proc.
func procStart(pid int) (time.Time, byte, bool) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return time.Time{}, 0, false
	}
	// The command name (field 2) may hold spaces and parentheses: count
	// fields from its closing one. f[0] is field 3 (state), f[19] field 22
	// (start time in clock ticks since boot).
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return time.Time{}, 0, false
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 20 || len(f[0]) != 1 {
		return time.Time{}, 0, false
	}
	ticks, err := strconv.ParseUint(f[19], 10, 64)
	boot, ok := bootTime()
	if err != nil || !ok {
		return time.Time{}, f[0][0], false
	}
	// USER_HZ is 100 on every Linux ABI Go runs on.
	return boot.Add(time.Duration(ticks) * (time.Second / 100)), f[0][0], true
}

// bootTime reads when the system booted (/proc/stat's btime).
func bootTime() (time.Time, bool) {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return time.Time{}, false
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "btime "); ok {
			sec, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return time.Unix(sec, 0), err == nil
		}
	}
	return time.Time{}, false
}

// runState says in words whether the node of st runs: from its process
// where the system can tell, else from the file's age.
func runState(st node.Status, now time.Time) string {
	age := now.Sub(time.UnixMilli(st.UpdatedMs)).Round(time.Second)
	switch processLiveness(st.PID, st.UpdatedMs) {
	case livenessExited:
		return "not running (the process has exited)"
	case livenessReused:
		return "not running (its PID now belongs to another process)"
	case livenessAlive:
		if st.Stale(now) {
			return fmt.Sprintf("running, but it has not updated its status for %v", age)
		}
		return "running"
	}
	if st.Stale(now) {
		return fmt.Sprintf("not running? (no update for %v)", age)
	}
	return "running?"
}

// printStatus writes st for people: whether the node runs, then
// reachability, in words that say what it means for the user, then relays,
// hole punches and peers.
func printStatus(w io.Writer, st node.Status, now time.Time) {
	age := now.Sub(time.UnixMilli(st.UpdatedMs)).Round(time.Second)
	state := runState(st, now)
	fmt.Fprintf(w, "node %s (pid %d, %s, version %s, updated %v ago)\n", st.PeerID, st.PID, state, st.Version, age)
	if strings.HasPrefix(state, "not running (") {
		fmt.Fprintln(w, "what it last wrote before it stopped:")
	}
	how := "learnt by AutoNAT"
	if st.Configured {
		how = "configured"
	}
	switch st.Reachability {
	case "public":
		fmt.Fprintf(w, "reachability: public (%s): peers dial this node directly\n", how)
		if st.RelayService {
			fmt.Fprintln(w, "relay service: on (a limited relay for nodes behind NAT)")
		}
	case "private":
		fmt.Fprintf(w, "reachability: private, behind NAT or a firewall (%s): reached through relays, upgraded to direct connections by hole punching\n", how)
		if len(st.Relays) == 0 {
			fmt.Fprintln(w, "relays: none reserved yet: peers cannot reach this node until one is (it needs a public peer that offers the relay service)")
		} else {
			fmt.Fprintf(w, "relays: %s\n", strings.Join(st.Relays, ", "))
		}
	default:
		fmt.Fprintln(w, "reachability: unknown (AutoNAT has not answered yet: it needs a connected peer that runs the AutoNAT service)")
	}
	fmt.Fprintln(w, "advertised addresses:")
	if len(st.Addrs) == 0 {
		fmt.Fprintln(w, "  none yet")
	}
	for _, a := range st.Addrs {
		fmt.Fprintf(w, "  %s\n", a)
	}
	hp := st.HolePunch
	fmt.Fprintf(w, "hole punching: %d succeeded, %d failed", hp.Succeeded, hp.Failed)
	if hp.DirectDials > 0 {
		fmt.Fprintf(w, ", %d direct dials", hp.DirectDials)
	}
	if hp.LastPeer != "" {
		fmt.Fprintf(w, "; last success with %s in %d ms", hp.LastPeer, hp.LastMs)
	}
	if hp.LastError != "" {
		fmt.Fprintf(w, "; last failure: %s", hp.LastError)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "peers: %d direct, %d relayed\n", st.DirectPeers, st.RelayedPeers)
	for _, p := range st.Peers {
		fmt.Fprintf(w, "  %-8s %s %s\n", p.Kind, p.ID, p.Addr)
	}
}

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/trainmesh/trainmesh/node"
)

// status prints what a node in c.DataDir last wrote to its status file.
func (c *nodeCmd) status(env *runEnv) error {
	st, err := node.ReadStatus(c.DataDir)
	if errors.Is(err, node.ErrNoStatus) {
		return fmt.Errorf("%w; start one with: trainmesh node --data-dir %s", err, c.DataDir)
	}
	if err != nil {
		return err
	}
	printStatus(env.stdout, st, time.Now())
	return nil
}

// printStatus writes st for people: reachability first, in words that say
// what it means for the user, then relays, hole punches and peers.
func printStatus(w io.Writer, st node.Status, now time.Time) {
	age := now.Sub(time.UnixMilli(st.UpdatedMs)).Round(time.Second)
	state := "running"
	if st.Stale(now) {
		state = fmt.Sprintf("not running? (no update for %v)", age)
	}
	fmt.Fprintf(w, "node %s (pid %d, %s, version %s, updated %v ago)\n", st.PeerID, st.PID, state, st.Version, age)
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

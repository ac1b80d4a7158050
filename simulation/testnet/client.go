package testnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// EnvPassword passes the keys' password to the supervisor (not on its
// command line, where ps would show it).
const EnvPassword = "TRAINMESH_TESTNET_PASSWORD"

// Up starts a testnet in p.Dir and returns its state once it is ready.
// The processes keep running after Up returns (and after the program
// that called it exits); Down stops them.
func Up(ctx context.Context, p Params) (*State, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	if w := p.ExitWith.PID; w > 0 {
		p.ExitWith.Start = startTime(w)
		if w != os.Getpid() && !Alive(p.ExitWith) {
			return nil, fmt.Errorf("testnet: process %d, which the testnet is to end with, is not running", w)
		}
	}
	dir, err := filepath.Abs(p.Dir)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	if old, err := ReadState(dir); err == nil {
		for _, proc := range old.Procs() {
			if Alive(proc) {
				return nil, fmt.Errorf("%w: %s (pid %d)", ErrRunning, dir, proc.PID)
			}
		}
	}
	if err := os.Remove(filepath.Join(dir, StateFile)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	bin := p.Binary
	if bin == "" {
		if bin, err = os.Executable(); err != nil {
			return nil, err
		}
	}
	args := []string{"testnet", "supervise", "--dir", dir, "--nodes", strconv.Itoa(p.Nodes), "--vram", p.VRAM,
		"--price-floor", strconv.Itoa(p.PriceFloor), "--ready-timeout", p.ReadyTimeout.String(), "--stop-timeout", p.StopTimeout.String()}
	env := append([]string{EnvPassword + "=" + p.Password}, p.Env...)
	if p.ExitWith.PID > 0 {
		args = append(args, "--exit-with", strconv.Itoa(p.ExitWith.PID), "--exit-with-start", strconv.FormatUint(p.ExitWith.Start, 10))
	}
	cmd, sup, err := start(bin, args, env, filepath.Join(dir, "supervisor.log"), false)
	if err != nil {
		return nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	deadline := time.NewTimer(p.ReadyTimeout + 30*time.Second) // the supervisor's own bound, and its clean-up
	defer deadline.Stop()
	for {
		st, err := ReadState(dir)
		if err == nil && st.Supervisor.PID == sup.PID {
			switch {
			case st.Ready:
				return st, nil
			case st.Error != "":
				<-exited
				return nil, fmt.Errorf("%w: %s", ErrNotReady, st.Error)
			}
		}
		select {
		case err := <-exited:
			return nil, fmt.Errorf("%w (%v); its log ends:\n%s", errStopped, err, tail(filepath.Join(dir, "supervisor.log"), 15))
		case <-ctx.Done():
			_, _ = Stop(sup, p.StopTimeout*3)
			return nil, ctx.Err()
		case <-deadline.C:
			_, _ = Stop(sup, p.StopTimeout*3)
			return nil, fmt.Errorf("%w within %v", ErrNotReady, p.ReadyTimeout)
		case <-t.C:
		}
	}
}

// Stopped is how Down ended one process.
type Stopped struct {
	Name string
	Proc
	How string
}

// Down stops the testnet in dir: it asks the supervisor to stop
// everything, then stops whatever is still alive itself (SIGTERM, then
// SIGKILL after grace), checks that no process of the testnet is left,
// and removes the state file (and, with purge, the whole folder).
func Down(ctx context.Context, dir string, grace time.Duration, purge bool) ([]Stopped, error) {
	st, err := ReadState(dir)
	if err != nil {
		return nil, err
	}
	var out []Stopped
	signalled := false
	if Alive(st.Supervisor) {
		if err := syscall.Kill(st.Supervisor.PID, syscall.SIGTERM); err == nil {
			signalled = true
			// The supervisor stops every node and the chain, each within
			// grace plus grace for SIGKILL.
			wctx, cancel := context.WithTimeout(ctx, 4*grace+10*time.Second)
			waitGone(wctx, st.Supervisor)
			cancel()
		}
	}
	names := []string{"supervisor"}
	procs := []Proc{st.Supervisor}
	for _, n := range st.Nodes {
		names = append(names, fmt.Sprintf("node %d", n.Index))
		procs = append(procs, n.Proc)
	}
	if st.Chain.PID > 0 {
		names = append(names, "chain")
		procs = append(procs, st.Chain.Proc)
	}
	var left []string
	for i, p := range procs {
		how, err := Stop(p, grace)
		if err != nil {
			left = append(left, fmt.Sprintf("%s (pid %d): %v", names[i], p.PID, err))
			continue
		}
		switch {
		case how == "not running" && i == 0 && signalled:
			how = "stopped everything and exited (SIGTERM)"
		case how == "not running" && i > 0 && signalled:
			how = "stopped by the supervisor"
		}
		out = append(out, Stopped{Name: names[i], Proc: p, How: how})
	}
	for i, p := range procs {
		if Alive(p) {
			left = append(left, fmt.Sprintf("%s (pid %d) still running", names[i], p.PID))
		}
	}
	if len(left) > 0 {
		return out, fmt.Errorf("testnet: processes left behind: %s", strings.Join(left, "; "))
	}
	if purge {
		return out, os.RemoveAll(dir)
	}
	return out, os.Remove(filepath.Join(dir, StateFile))
}

// ProcStatus is one process as Status found it.
type ProcStatus struct {
	Name  string
	Proc  Proc
	Alive bool
	// Probe says what answered: the chain's ID over JSON-RPC, a node's
	// listening TCP port.
	Probe string
}

// Status reads the testnet in dir and probes each process.
func Status(ctx context.Context, dir string) (*State, []ProcStatus, error) {
	st, err := ReadState(dir)
	if err != nil {
		return nil, nil, err
	}
	out := []ProcStatus{{Name: "supervisor", Proc: st.Supervisor, Alive: Alive(st.Supervisor)}}
	if st.Chain.PID > 0 {
		ps := ProcStatus{Name: "chain", Proc: st.Chain.Proc, Alive: Alive(st.Chain.Proc)}
		if ps.Alive {
			ps.Probe = probeChain(ctx, st.Chain.RPC)
		}
		out = append(out, ps)
	}
	for _, n := range st.Nodes {
		ps := ProcStatus{Name: fmt.Sprintf("node %d", n.Index), Proc: n.Proc, Alive: Alive(n.Proc)}
		if ps.Alive {
			ps.Probe = probeNode(ctx, n)
		}
		out = append(out, ps)
	}
	return st, out, nil
}

// probeTimeout bounds one probe.
const probeTimeout = 2 * time.Second

func probeChain(ctx context.Context, rpc string) string {
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rpc, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	if err != nil {
		return "bad RPC address: " + err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "no answer: " + err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return fmt.Sprintf("RPC %s answers %s", rpc, strings.TrimSpace(string(body)))
}

// probeNode dials the node's first TCP listen address.
func probeNode(ctx context.Context, n Node) string {
	for _, a := range n.Addrs {
		// /ip4/127.0.0.1/tcp/PORT/p2p/ID
		parts := strings.Split(a, "/")
		if len(parts) >= 5 && parts[1] == "ip4" && parts[3] == "tcp" {
			hp := net.JoinHostPort(parts[2], parts[4])
			d := net.Dialer{Timeout: probeTimeout}
			c, err := d.DialContext(ctx, "tcp", hp)
			if err != nil {
				return "not listening on " + hp + ": " + err.Error()
			}
			c.Close()
			return "listening on " + hp
		}
	}
	return "no TCP address"
}

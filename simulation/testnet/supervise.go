package testnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/trainmesh/trainmesh/identity"
)

// localNodeFlags keep a node on 127.0.0.1 with nothing that reaches
// beyond it.
var localNodeFlags = []string{
	"--log-format", "json", "--listen", "/ip4/127.0.0.1/tcp/0",
	"--no-mdns", "--no-dht", "--no-relay-client", "--no-hole-punching", "--no-nat-port-map",
	"--light-kdf", "--presence-interval", "2s",
}

// childExit is a child's end, as its reaper saw it.
type childExit struct {
	pid int
	err error
}

// supervisor owns the testnet's processes.
type supervisor struct {
	p     Params
	bin   string
	env   []string
	st    *State
	exits chan childExit // one per child at most: bounded by NodesMax+1
	mu    sync.Mutex     // mu guards st against the reapers' notes
}

// Supervise is the supervisor process (`trainmesh testnet supervise`):
// it brings the testnet up, records it in the state file, and keeps it
// until ctx is done (SIGTERM), then stops every process and returns.
func Supervise(ctx context.Context, p Params) error {
	if err := p.validate(); err != nil {
		return err
	}
	bin := p.Binary
	if bin == "" {
		var err error
		if bin, err = os.Executable(); err != nil {
			return err
		}
	}
	s := &supervisor{
		p: p, bin: bin, env: append([]string{"TRAINMESH_PASSWORD=" + p.Password}, p.Env...),
		exits: make(chan childExit, NodesMax+1),
		st: &State{Dir: p.Dir, Supervisor: Proc{PID: os.Getpid(), Start: startTime(os.Getpid()), Log: filepath.Join(p.Dir, "supervisor.log")},
			Password: p.Password, StartedAt: time.Now().UTC().Format(time.RFC3339)},
	}
	if err := s.write(); err != nil {
		return err
	}
	if p.ExitWith.PID > 0 {
		// Tied to a process (a script's, a test's): the testnet ends with
		// it, stopped as by `testnet down`, even when that process was
		// killed and could not run its own clean-up (a go test timeout).
		var release func()
		ctx, release = tiedTo(ctx, p.ExitWith)
		defer release()
	}
	upCtx, cancel := context.WithTimeout(ctx, p.ReadyTimeout)
	err := s.up(upCtx)
	cancel()
	if err != nil {
		s.mu.Lock()
		s.st.Error = err.Error()
		s.mu.Unlock()
		s.stopAll()
		_ = s.write()
		return err
	}
	s.mu.Lock()
	s.st.Ready = true
	s.mu.Unlock()
	if err := s.write(); err != nil {
		s.stopAll()
		return err
	}
	fmt.Printf("testnet ready: %d nodes, chain at %s\n", len(s.st.Nodes), s.st.Chain.RPC)
	for {
		select {
		case <-ctx.Done():
			s.stopAll()
			s.mu.Lock()
			s.st.Stopped = true
			s.mu.Unlock()
			return s.write()
		case ex := <-s.exits:
			s.noteExit(ex)
			_ = s.write()
		}
	}
}

// tiedTo returns a context that is done when ctx is or when process p
// ends, whichever comes first; release ends the watch (and the context)
// and returns once its goroutine has.
func tiedTo(ctx context.Context, p Proc) (context.Context, func()) {
	tctx, stop := context.WithCancel(ctx)
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		if waitGone(tctx, p) && tctx.Err() == nil {
			fmt.Printf("process %d ended: stopping the testnet\n", p.PID)
			stop()
		}
	}()
	return tctx, func() { stop(); <-watched }
}

func (s *supervisor) write() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return writeState(s.st)
}

// startChild starts one process and a reaper for it.
func (s *supervisor) startChild(args []string, logPath string) (Proc, error) {
	cmd, proc, err := start(s.bin, args, s.env, logPath, true)
	if err != nil {
		return Proc{}, err
	}
	go func(cmd *exec.Cmd) {
		err := cmd.Wait()
		s.exits <- childExit{pid: cmd.Process.Pid, err: err}
	}(cmd)
	return proc, nil
}

// noteExit records a child that ended on its own.
func (s *supervisor) noteExit(ex childExit) {
	s.mu.Lock()
	defer s.mu.Unlock()
	why := "exited"
	if ex.err != nil {
		why = ex.err.Error()
	}
	if s.st.Chain.PID == ex.pid && s.st.Chain.Exited == "" {
		s.st.Chain.Exited = why
	}
	for i := range s.st.Nodes {
		if s.st.Nodes[i].PID == ex.pid && s.st.Nodes[i].Exited == "" {
			s.st.Nodes[i].Exited = why
		}
	}
}

// up creates the keys, starts the chain and the nodes, and waits until
// every node is up and node 0 has seen every other.
func (s *supervisor) up(ctx context.Context) error {
	p := s.p
	dirs := make([]string, p.Nodes)
	addrs := make([]string, p.Nodes)
	for i := range dirs {
		dirs[i] = filepath.Join(p.Dir, fmt.Sprintf("node%d", i))
		key, _, _, err := identity.LoadOrCreate(dirs[i], p.Password, identity.LightKDF)
		if err != nil {
			return fmt.Errorf("testnet: key of node %d: %w", i, err)
		}
		addrs[i] = key.Address().Hex()
	}
	posterDir := filepath.Join(p.Dir, "poster")
	poster, _, _, err := identity.LoadOrCreate(posterDir, p.Password, identity.LightKDF)
	if err != nil {
		return fmt.Errorf("testnet: poster key: %w", err)
	}
	jobPath := filepath.Join(p.Dir, JobFileName)
	if err := os.WriteFile(jobPath, []byte(jobFile(p)), 0o600); err != nil {
		return fmt.Errorf("testnet: job file: %w", err)
	}
	s.mu.Lock()
	s.st.PosterDir, s.st.PosterAddress, s.st.JobFile = posterDir, poster.Address().Hex(), jobPath
	s.mu.Unlock()

	// The chain: contracts deployed, every node and the poster funded.
	chainDir := filepath.Join(p.Dir, "chain")
	if err := os.MkdirAll(chainDir, 0o700); err != nil {
		return err
	}
	args := []string{"chain", "devnet", "--data-dir", chainDir, "--listen", "127.0.0.1:0", "--light-kdf", "--block", "1s"}
	for _, a := range append(slices.Clone(addrs), s.st.PosterAddress) {
		args = append(args, "--fund", a)
	}
	chainLog := filepath.Join(chainDir, "devnet.log")
	proc, err := s.startChild(args, chainLog)
	if err != nil {
		return err
	}
	proc.DataDir = chainDir
	s.mu.Lock()
	s.st.Chain.Proc = proc
	s.mu.Unlock()
	_ = s.write()
	if err := waitFor(ctx, proc, "the chain's RPC address", func() bool { return s.readChain(chainLog) }); err != nil {
		return err
	}
	_ = s.write()

	// The nodes: node 0 first, the rest bootstrapped to it and providing.
	chainArgs := []string{"--chain-id", strconv.FormatUint(s.st.Chain.ChainID, 10), "--settlement-contract", s.st.Chain.Settlement,
		"--rpc", s.st.Chain.RPC, "--confirmations", "1", "--chain-poll", "1s"}
	var boot []string
	for i := range p.Nodes {
		args := append([]string{"node", "--data-dir", dirs[i]}, localNodeFlags...)
		args = append(args, chainArgs...)
		for _, b := range boot {
			args = append(args, "--bootstrap", b)
		}
		provider := i > 0 || p.Nodes == 1
		if provider {
			args = append(args, "--provide", "--vram", p.VRAM, "--price-floor", strconv.Itoa(p.PriceFloor+10*i), "--throughput", "100")
		}
		proc, err := s.startChild(args, filepath.Join(dirs[i], "node.log"))
		if err != nil {
			return err
		}
		proc.DataDir = dirs[i]
		n := Node{Proc: proc, Index: i, Provider: provider}
		s.mu.Lock()
		s.st.Nodes = append(s.st.Nodes, n)
		s.mu.Unlock()
		var info nodeInfo
		if err := waitFor(ctx, proc, fmt.Sprintf("node %d to start", i), func() bool {
			var err error
			info, err = readNodeInfo(dirs[i])
			return err == nil && info.PID == proc.PID && len(info.Addrs) > 0
		}); err != nil {
			return err
		}
		s.mu.Lock()
		s.st.Nodes[i].PeerID, s.st.Nodes[i].Address, s.st.Nodes[i].Addrs = info.PeerID, info.Address, info.Addrs
		s.mu.Unlock()
		_ = s.write()
		if i == 0 {
			boot = info.Addrs
		}
	}
	// Bootstrapped: node 0 has seen every other node's presence.
	for _, n := range s.st.Nodes[1:] {
		if err := waitFor(ctx, s.st.Nodes[0].Proc, fmt.Sprintf("node 0 to see node %d", n.Index), func() bool {
			return seenPeer(s.st.Nodes[0].Log, n.PeerID)
		}); err != nil {
			return err
		}
	}
	return nil
}

// readChain parses the devnet's banner from its log.
func (s *supervisor) readChain(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	m, st, tk := devnetRPC.FindSubmatch(data), devnetSettlement.FindSubmatch(data), devnetToken.FindSubmatch(data)
	if m == nil || st == nil || tk == nil {
		return false
	}
	id, _ := strconv.ParseUint(string(m[1]), 10, 64)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.Chain.ChainID, s.st.Chain.RPC, s.st.Chain.Settlement, s.st.Chain.Token = id, string(m[2]), string(st[1]), string(tk[1])
	return true
}

// seenPeer reports whether a node's JSON log has a "peer seen" line for id.
func seenPeer(logPath, id string) bool {
	return scanLog(logPath, func(line string) bool {
		if !strings.Contains(line, id) {
			return false
		}
		var l map[string]any
		return json.Unmarshal([]byte(line), &l) == nil && l["msg"] == "peer seen" && l["peer"] == id
	})
}

// waitFor polls cond until it holds, failing if ctx ends or proc exits
// first (with the tail of its log).
func waitFor(ctx context.Context, proc Proc, what string, cond func() bool) error {
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for !cond() {
		if !Alive(proc) {
			return fmt.Errorf("%w: waiting for %s: process %d exited; its log ends:\n%s", ErrNotReady, what, proc.PID, tail(proc.Log, 15))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: waiting for %s: %v; the log of process %d ends:\n%s", ErrNotReady, what, ctx.Err(), proc.PID, tail(proc.Log, 15))
		case <-t.C:
		}
	}
	return nil
}

// stopAll stops the nodes (all at once, node 0 last) and then the chain.
func (s *supervisor) stopAll() {
	s.mu.Lock()
	nodes := slices.Clone(s.st.Nodes)
	chain := s.st.Chain.Proc
	s.mu.Unlock()
	var wg sync.WaitGroup
	for i := len(nodes) - 1; i >= 1; i-- {
		wg.Add(1)
		go func(p Proc) { defer wg.Done(); _, _ = Stop(p, s.p.StopTimeout) }(nodes[i].Proc)
	}
	wg.Wait()
	if len(nodes) > 0 {
		_, _ = Stop(nodes[0].Proc, s.p.StopTimeout)
	}
	if chain.PID > 0 {
		_, _ = Stop(chain, s.p.StopTimeout)
	}
	// Collect the reapers' reports, so the state says who ended how.
	for {
		select {
		case ex := <-s.exits:
			s.noteExit(ex)
		default:
			return
		}
	}
}

// errStopped reports an Up whose supervisor ended before the testnet was
// ready.
var errStopped = errors.New("testnet: the supervisor stopped before the testnet was ready")

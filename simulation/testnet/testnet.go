// Package testnet runs real-process testnets on 127.0.0.1: a local chain
// with the settlement contract deployed (`trainmesh chain devnet`), and N
// `trainmesh node` processes, each with its own data dir and key, funded on
// that chain and bootstrapped to node 0; N-1 of them provide.
//
// `trainmesh testnet up` starts a supervisor process (`trainmesh testnet
// supervise`, run in its own session so it outlives the command) that
// creates the keys, starts the chain and the nodes, waits until each node
// has started and node 0 has seen every other node's presence, and then
// waits on its children, reaping them. The supervisor records everything
// (PIDs with their start times, addresses, data dirs, logs) in a state
// file in the testnet's folder; `up` returns once that file says the
// testnet is ready. `testnet status` reads the file and probes each
// process; `testnet down` signals the supervisor, which stops the nodes
// and the chain (SIGTERM, then SIGKILL after a bound), then makes sure of
// every PID itself, and removes nothing but the state file unless told.
//
// Every process is identified by its PID and its start time, so a PID the
// kernel has reused for another program is never signalled. Only Linux
// exposes start times (/proc); elsewhere the PID alone is used.
//
// The package starts processes; it imports neither node nor chain, and
// reads node.json (node.InfoFile) with a struct of its own.
package testnet

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Errors of the package.
var (
	// ErrRunning reports a folder whose testnet is still running.
	ErrRunning = errors.New("testnet: a testnet is already running in this folder")
	// ErrNoTestnet reports a folder without a state file.
	ErrNoTestnet = errors.New("testnet: no testnet state in this folder")
	// ErrNotReady reports a testnet that did not come up.
	ErrNotReady = errors.New("testnet: the testnet did not come up")
)

// StateFile is the name of the state file in a testnet's folder.
const StateFile = "testnet.json"

// Params configure a testnet.
type Params struct {
	// Binary is the trainmesh executable to run (default: this one).
	Binary string
	// Dir is the testnet's folder: state file, data dirs and logs.
	Dir string
	// Nodes is how many nodes to start (1 to NodesMax).
	Nodes int
	// VRAM and PriceFloor are the providers' settings ("24GiB", "100");
	// provider i bids PriceFloor + 10·i, so their bids differ.
	VRAM       string
	PriceFloor int
	// Password protects every key the testnet creates (light KDF).
	Password string
	// Env is added to every child's environment.
	Env []string
	// ReadyTimeout bounds how long up waits for the testnet.
	ReadyTimeout time.Duration
	// StopTimeout bounds how long a process gets between SIGTERM and
	// SIGKILL.
	StopTimeout time.Duration
	// ExitWith, when its PID is set, ties the testnet to that process:
	// the supervisor stops the testnet when the process ends. Up takes
	// the PID and fills in its start time.
	ExitWith Proc
}

// NodesMax bounds a testnet's nodes: they all run on this machine.
const NodesMax = 64

// DefaultParams returns the settings of `trainmesh testnet up`.
func DefaultParams() Params {
	return Params{Nodes: 4, VRAM: "24GiB", PriceFloor: 100, Password: "testnet", ReadyTimeout: 3 * time.Minute, StopTimeout: 10 * time.Second}
}

func (p *Params) validate() error {
	switch {
	case p.Dir == "":
		return errors.New("testnet: no folder")
	case p.Nodes < 1 || p.Nodes > NodesMax:
		return fmt.Errorf("testnet: %d nodes: want 1 to %d", p.Nodes, NodesMax)
	case p.ReadyTimeout <= 0 || p.StopTimeout <= 0:
		return errors.New("testnet: timeouts must be positive")
	case p.PriceFloor < 0:
		return errors.New("testnet: negative price floor")
	}
	return nil
}

// Proc is a process the testnet started.
type Proc struct {
	PID int `json:"pid"`
	// Start is the process's start time in clock ticks since boot (Linux
	// /proc/PID/stat field 22); 0 where unknown.
	Start   uint64 `json:"start"`
	DataDir string `json:"data_dir,omitempty"`
	Log     string `json:"log"`
	// Exited is set by the supervisor when the process ended on its own.
	Exited string `json:"exited,omitempty"`
}

// Chain is the testnet's chain.
type Chain struct {
	Proc
	RPC        string `json:"rpc"`
	ChainID    uint64 `json:"chain_id"`
	Settlement string `json:"settlement"`
	Token      string `json:"token"`
}

// Node is one node of the testnet.
type Node struct {
	Proc
	Index    int      `json:"index"`
	PeerID   string   `json:"peer_id"`
	Address  string   `json:"address"`
	Addrs    []string `json:"addrs"`
	Provider bool     `json:"provider"`
}

// State is what the state file holds.
type State struct {
	Dir        string `json:"dir"`
	Supervisor Proc   `json:"supervisor"`
	Chain      Chain  `json:"chain"`
	Nodes      []Node `json:"nodes"`
	// PosterDir is a data dir with a funded key for `trainmesh submit`.
	PosterDir string `json:"poster_dir"`
	// JobFile is a small job the testnet's providers take (JobFileName).
	JobFile       string `json:"job_file,omitempty"`
	PosterAddress string `json:"poster_address"`
	Password      string `json:"password"`
	Ready         bool   `json:"ready"`
	Stopped       bool   `json:"stopped"`
	Error         string `json:"error,omitempty"`
	StartedAt     string `json:"started_at"`
}

// Bootstrap returns one full address of every node, for a client's
// --bootstrap flags. A client should take them all: node 0 does not
// provide, so it follows no job class and relays none of their gossip.
func (s *State) Bootstrap() []string {
	var out []string
	for _, n := range s.Nodes {
		if len(n.Addrs) > 0 {
			out = append(out, n.Addrs[0])
		}
	}
	return out
}

// SubmitArgs are the arguments of `trainmesh submit` that post the
// testnet's job file from its poster's account, escrowed on its chain and
// bootstrapped to every node. The keys' password goes in
// $TRAINMESH_PASSWORD.
func (s *State) SubmitArgs() []string {
	args := []string{"submit", s.JobFile, "--data-dir", s.PosterDir, "--listen", "/ip4/127.0.0.1/tcp/0", "--no-mdns",
		"--rpc", s.Chain.RPC, "--chain-id", strconv.FormatUint(s.Chain.ChainID, 10), "--settlement-contract", s.Chain.Settlement}
	for _, b := range s.Bootstrap() {
		args = append(args, "--bootstrap", b)
	}
	return args
}

// JobFileName is the job file `testnet up` writes in the testnet's folder.
const JobFileName = "job.toml"

// jobFile is a job the testnet's providers take: the digits MLP, a few
// seconds of training for K of them, windows short enough for a test,
// a budget well above their price floors.
func jobFile(p Params) string {
	k := min(2, max(p.Nodes-1, 1))
	const steps = 40
	budget := (p.PriceFloor + 10*p.Nodes) * 10 * k * steps
	return fmt.Sprintf(`# A small job for this testnet, written by trainmesh testnet up: the digits
# MLP, trained by %d of its providers for %d steps. Post it with the submit
# command testnet up printed. README's "Job files" has every setting.
group-size = %d
min-vram = %q
# No throughput floor: posters measure bidders (the timed GEMM challenge)
# at low priority, and on a loaded laptop an honest CPU reads under 1 GFLOP/s.
min-throughput = 0
budget = "%d"
commit-window = "5s"
reveal-window = "5s"

[model]
kind = "mlp"
hidden = [32]

[data]
builtin = "digits"

[train]
steps = %d
batch-size = 32
lr = 0.01
receipt-every = 10
`, k, steps, k, p.VRAM, budget, steps)
}

// Procs returns every process of the testnet, supervisor first.
func (s *State) Procs() []Proc {
	ps := []Proc{s.Supervisor}
	if s.Chain.PID > 0 {
		ps = append(ps, s.Chain.Proc)
	}
	for _, n := range s.Nodes {
		if n.PID > 0 {
			ps = append(ps, n.Proc)
		}
	}
	return ps
}

// ReadState reads a testnet's state file.
func ReadState(dir string) (*State, error) {
	data, err := os.ReadFile(filepath.Join(dir, StateFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoTestnet, dir)
	}
	if err != nil {
		return nil, err
	}
	var s State
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("testnet: state file %s: %w", filepath.Join(dir, StateFile), err)
	}
	return &s, nil
}

// writeState replaces the state file atomically.
func writeState(s *State) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(s.Dir, StateFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// nodeInfo is what a node writes to node.json (node.Info).
type nodeInfo struct {
	PeerID  string   `json:"peer_id"`
	Address string   `json:"address"`
	Addrs   []string `json:"addrs"`
	PID     int      `json:"pid"`
}

func readNodeInfo(dataDir string) (nodeInfo, error) {
	var info nodeInfo
	data, err := os.ReadFile(filepath.Join(dataDir, "node.json"))
	if err != nil {
		return info, err
	}
	return info, json.Unmarshal(data, &info)
}

// logLinesMax bounds the lines read from one log while waiting on it.
const logLinesMax = 1 << 20

// scanLog calls fn for each line of the file at path until fn returns
// true (then it reports true) or the file ends.
func scanLog(path string, fn func(line string) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 0; sc.Scan() && n < logLinesMax; n++ {
		if fn(sc.Text()) {
			return true
		}
	}
	return false
}

var (
	devnetRPC        = regexp.MustCompile(`trainmesh devnet: chain (\d+) at (http://\S+)`)
	devnetSettlement = regexp.MustCompile(`(?m)^\s+settlement\s+(0x[0-9a-fA-F]{40})`)
	devnetToken      = regexp.MustCompile(`(?m)^\s+stablecoin\s+(0x[0-9a-fA-F]{40})`)
)

// tail returns the last lines of a log, for error messages.
func tail(path string, lines int) string {
	var all []string
	scanLog(path, func(l string) bool {
		all = append(all, l)
		if len(all) > lines {
			all = all[1:]
		}
		return false
	})
	return strings.Join(all, "\n")
}

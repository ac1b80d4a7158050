package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/trainmesh/trainmesh/simulation/testnet"
)

// testnetCmd groups the real-process testnet commands.
type testnetCmd struct {
	Up        testnetUpCmd        `cmd:"" help:"Start a local chain and N trainmesh node processes on 127.0.0.1, funded and bootstrapped to each other; return once all are up."`
	Status    testnetStatusCmd    `cmd:"" help:"Show the testnet's processes, probing each."`
	Down      testnetDownCmd      `cmd:"" help:"Stop every process the testnet started (SIGTERM, then SIGKILL after --grace)."`
	Supervise testnetSuperviseCmd `cmd:"" hidden:"" help:"The testnet's supervisor (started by testnet up)."`
}

type testnetDirFlag struct {
	Dir string `help:"The testnet's folder: state file, data dirs, logs." default:"./testnet" type:"path"`
}

type testnetUpCmd struct {
	testnetDirFlag
	Nodes        int           `help:"How many nodes (node 0 bootstraps the others; nodes 1..N-1 provide)." default:"4"`
	VRAM         string        `help:"GPU memory the providers offer." default:"24GiB" name:"vram"`
	PriceFloor   int           `help:"Provider i bids this plus 10·i per step." default:"100"`
	ReadyTimeout time.Duration `help:"Give up if the testnet is not up within this long." default:"3m"`
	StopTimeout  time.Duration `help:"Time a process gets between SIGTERM and SIGKILL." default:"10s"`
	ExitWith     int           `help:"Stop the testnet when process PID ends (a script's or a test's own PID), however it ends." placeholder:"PID"`
}

func (c *testnetUpCmd) params() testnet.Params {
	p := testnet.DefaultParams()
	p.Dir, p.Nodes, p.VRAM, p.PriceFloor = c.Dir, c.Nodes, c.VRAM, c.PriceFloor
	p.ReadyTimeout, p.StopTimeout = c.ReadyTimeout, c.StopTimeout
	p.ExitWith.PID = c.ExitWith
	if pw, ok := os.LookupEnv(testnet.EnvPassword); ok {
		p.Password = pw
	}
	return p
}

func (c *testnetUpCmd) Run(env *runEnv) error {
	fmt.Fprintf(env.stderr, "starting a chain and %d nodes in %s ...\n", c.Nodes, c.Dir)
	st, err := testnet.Up(env.ctx, c.params())
	if err != nil {
		return testnetHint(err, c.Dir)
	}
	printTestnet(env, st)
	printTestnetCommands(env, st)
	return nil
}

// printTestnetCommands prints what to run next, each command on a line of
// its own, to be pasted as it is.
func printTestnetCommands(env *runEnv, st *testnet.State) {
	self := selfName()
	if st.JobFile != "" {
		fmt.Fprintf(env.stdout, "submit a job (%s, a small one written for this testnet) from the funded poster:\n  %s=%s %s %s\n",
			st.JobFile, EnvPassword, shellQuote(st.Password), self, shellJoin(st.SubmitArgs()...))
	}
	fmt.Fprintf(env.stdout, "see it:\n  %s testnet status --dir %s\nstop it:\n  %s testnet down --dir %s\n", self, shellQuote(st.Dir), self, shellQuote(st.Dir))
}

// testnetHint adds the command that gets past a testnet error, for the
// folder the user named.
func testnetHint(err error, dir string) error {
	switch {
	case errors.Is(err, testnet.ErrRunning):
		return fmt.Errorf("%w; stop it with: %s testnet down --dir %s", err, selfName(), shellQuote(dir))
	case errors.Is(err, testnet.ErrNoTestnet):
		return fmt.Errorf("%w; start one with: %s testnet up --dir %s", err, selfName(), shellQuote(dir))
	}
	return err
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func printTestnet(env *runEnv, st *testnet.State) {
	fmt.Fprintf(env.stdout, "testnet in %s (supervisor pid %d, keys' password in $%s or %q)\n", st.Dir, st.Supervisor.PID, testnet.EnvPassword, st.Password)
	fmt.Fprintf(env.stdout, "  chain    pid %-7d %s, chain ID %d, settlement %s, stablecoin %s\n", st.Chain.PID, st.Chain.RPC, st.Chain.ChainID, st.Chain.Settlement, st.Chain.Token)
	for _, n := range st.Nodes {
		role := "bootstrap"
		if n.Provider {
			role = "provider"
		}
		fmt.Fprintf(env.stdout, "  node %-3d pid %-7d %-9s %s  %s\n", n.Index, n.PID, role, n.Address, first(n.Addrs))
	}
	fmt.Fprintf(env.stdout, "  poster   %s (data dir %s, funded)\n", st.PosterAddress, st.PosterDir)
}

type testnetStatusCmd struct {
	testnetDirFlag
	JSON bool `help:"Print the state file and the probes as JSON." name:"json"`
}

func (c *testnetStatusCmd) Run(env *runEnv) error {
	st, procs, err := testnet.Status(env.ctx, c.Dir)
	if err != nil {
		return testnetHint(err, c.Dir)
	}
	if c.JSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"state": st, "processes": procs})
	}
	state := "ready"
	switch {
	case st.Stopped:
		state = "stopped"
	case st.Error != "":
		state = "failed: " + st.Error
	case !st.Ready:
		state = "starting"
	}
	fmt.Fprintf(env.stdout, "testnet in %s: %s\n", st.Dir, state)
	down := 0
	for _, p := range procs {
		alive := "running"
		if !p.Alive {
			alive = "not running"
			down++
		}
		fmt.Fprintf(env.stdout, "  %-10s pid %-7d %-11s %s\n", p.Name, p.Proc.PID, alive, p.Probe)
	}
	if down > 0 && st.Ready && !st.Stopped {
		return fmt.Errorf("%d of the testnet's %d processes are not running (logs: %s)", down, len(procs), strings.Join(logsOf(procs), ", "))
	}
	return nil
}

func logsOf(procs []testnet.ProcStatus) []string {
	var out []string
	for _, p := range procs {
		if !p.Alive && p.Proc.Log != "" {
			out = append(out, p.Proc.Log)
		}
	}
	return out
}

type testnetDownCmd struct {
	testnetDirFlag
	Grace time.Duration `help:"Time a process gets between SIGTERM and SIGKILL." default:"10s"`
	Purge bool          `help:"Also delete the testnet's folder (keys, data dirs, logs)."`
}

func (c *testnetDownCmd) Run(env *runEnv) error {
	stopped, err := testnet.Down(env.ctx, c.Dir, c.Grace, c.Purge)
	for _, s := range stopped {
		fmt.Fprintf(env.stdout, "%-10s pid %-7d %s\n", s.Name, s.PID, s.How)
	}
	if err != nil {
		return testnetHint(err, c.Dir)
	}
	if c.Purge {
		fmt.Fprintf(env.stdout, "removed %s\n", c.Dir)
	} else {
		fmt.Fprintf(env.stdout, "stopped; data dirs and logs kept in %s (--purge deletes them)\n", c.Dir)
	}
	return nil
}

type testnetSuperviseCmd struct {
	testnetDirFlag
	Nodes        int           `default:"4"`
	VRAM         string        `default:"24GiB" name:"vram"`
	PriceFloor   int           `default:"100"`
	ReadyTimeout time.Duration `default:"3m"`
	StopTimeout  time.Duration `default:"10s"`
	// ExitWith and its start time, as testnet up read them.
	ExitWith      int    `default:"0"`
	ExitWithStart uint64 `default:"0"`
}

func (c *testnetSuperviseCmd) Run(env *runEnv) error {
	up := testnetUpCmd{testnetDirFlag: c.testnetDirFlag, Nodes: c.Nodes, VRAM: c.VRAM, PriceFloor: c.PriceFloor, ReadyTimeout: c.ReadyTimeout, StopTimeout: c.StopTimeout}
	p := up.params()
	p.ExitWith = testnet.Proc{PID: c.ExitWith, Start: c.ExitWithStart}
	return testnet.Supervise(env.ctx, p)
}

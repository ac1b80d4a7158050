// Command trainmesh is the one binary of the trainmesh compute mesh: a home
// GPU owner runs `trainmesh node`; everything else (the demo, keys, and the
// tools later work adds) is a subcommand. This package holds flags and config
// only; the logic lives in the packages it calls.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/alecthomas/kong"

	"github.com/trainmesh/trainmesh/identity"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = "dev"

const description = `trainmesh: train open AI models on GPUs that nobody owns centrally.

Home GPU owners run "trainmesh node". Nodes find each other over libp2p, bid
for training jobs in sealed auctions, train in ad hoc groups that average
gradients peer to peer, and are paid through an Ethereum L2.

New here? Run "trainmesh demo" to watch a small mesh on this machine.

Every flag can also be set in a TOML file (--config) or through an
environment variable (shown as $TRAINMESH_...). Precedence: flag, then
environment, then file, then default.`

// globals are the flags every command takes.
type globals struct {
	Config    kong.ConfigFlag `help:"Read settings from this TOML file." type:"path" placeholder:"FILE" env:"TRAINMESH_CONFIG"`
	LogLevel  string          `help:"Log level: debug, info, warn or error." enum:"debug,info,warn,error" default:"info" toml:"log.level"`
	LogFormat string          `help:"Log format: text (for people) or json (for machines)." enum:"text,json" default:"text" toml:"log.format"`
}

type cli struct {
	globals

	Node    nodeCmd    `cmd:"" help:"Run a peer of the mesh until interrupted (Ctrl-C)."`
	Demo    demoCmd    `cmd:"" help:"Start a small mesh on this machine and show what happens."`
	Dash    dashCmd    `cmd:"" help:"Serve the reputation dashboard over nodes' stores (read-only) on 127.0.0.1."`
	Submit  submitCmd  `cmd:"" help:"Announce a training job (job.toml) and follow its auction to the award."`
	Key     keyCmd     `cmd:"" help:"Create, show or import the node's key (its identity and its Ethereum account)."`
	GPU     gpuCmd     `cmd:"" name:"gpu" help:"Show the GPUs and compute backend of this machine, and benchmark them."`
	Chain   chainCmd   `cmd:"" help:"Settlement on an Ethereum L2: a local devnet, deploy, balance, withdraw, stake, governance."`
	Version versionCmd `cmd:"" help:"Print the version of trainmesh and its main libraries."`
	Bench   benchCmd   `cmd:"" help:"Measure parts of trainmesh against baselines taken in the same run."`
	Sim     simCmd     `cmd:"" help:"Run a simulated testnet (scenario.yaml) on a virtual clock; write its report as JSON and charts."`
	Model   modelCmd   `cmd:"" help:"Model files: export a job's model as safetensors, verify it against the group's receipts, show, score and sample from it."`
	Testnet testnetCmd `cmd:"" help:"Run a testnet of real trainmesh node processes and a local chain on 127.0.0.1: up, status, down."`
}

// runEnv is what every command's Run receives.
type runEnv struct {
	ctx    context.Context
	log    *slog.Logger
	stdout io.Writer
	stderr io.Writer
	stdin  *os.File
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exitCode carries kong's requested exit (after --help, say) out of Parse
// without calling os.Exit, so run can be tested.
type exitCode int

// run executes the command line and returns the process exit status: 0 for
// success, 1 for a failed command, 2 for a bad command line or config.
func run(args []string, stdin *os.File, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			ec, ok := r.(exitCode)
			if !ok {
				panic(r)
			}
			code = int(ec)
		}
	}()
	c, kctx, err := parse(args, stdout, stderr)
	if err != nil {
		if ce := (*configError)(nil); errors.As(err, &ce) {
			err = ce // without the flag kong puts in front
		}
		fmt.Fprintf(stderr, "trainmesh: %v\n", err)
		return 2
	}
	log := newLogger(stderr, c.LogLevel, c.LogFormat)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := kctx.Run(&runEnv{ctx: ctx, log: log, stdout: stdout, stderr: stderr, stdin: stdin}); err != nil {
		fmt.Fprintf(stderr, "trainmesh: %s\n", userMessage(err))
		return 1
	}
	return 0
}

// parse parses a command line (with config file and environment) into c.
func parse(args []string, stdout, stderr io.Writer) (*cli, *kong.Context, error) {
	var c cli
	parser, err := kong.New(&c,
		kong.Name("trainmesh"),
		kong.Description(description),
		kong.UsageOnError(),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true, Summary: true}),
		kong.Configuration(loadTOMLConfig),
		kong.DefaultEnvars("TRAINMESH"),
		kong.Vars(defaultVars()),
		kong.Writers(stdout, stderr),
		kong.Exit(func(code int) { panic(exitCode(code)) }),
	)
	if err != nil {
		return nil, nil, err
	}
	kctx, err := parser.Parse(args)
	return &c, kctx, err
}

func newLogger(w io.Writer, level, format string) *slog.Logger {
	var lv slog.Level
	_ = lv.UnmarshalText([]byte(level)) // kong's enum has checked it
	opts := &slog.HandlerOptions{Level: lv}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// selfName is how the commands trainmesh prints for a person to run name
// trainmesh: "trainmesh" where that is this very binary on $PATH, else the
// path it was started by (./bin/trainmesh), so that a printed command
// works pasted into the same shell. `go run` builds into a temporary
// folder that is gone once it exits: there too, "trainmesh".
func selfName() string {
	exe, err := os.Executable()
	if err != nil {
		return "trainmesh"
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	if onPath, err := exec.LookPath("trainmesh"); err == nil {
		if real, err := filepath.EvalSymlinks(onPath); err == nil && real == exe {
			return "trainmesh"
		}
	}
	if arg0 := os.Args[0]; strings.ContainsRune(arg0, '/') && !strings.Contains(exe, string(filepath.Separator)+"go-build") {
		return shellQuote(arg0)
	}
	return "trainmesh"
}

// shellJoin writes a command line for a POSIX shell.
func shellJoin(args ...string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = shellQuote(a)
	}
	return strings.Join(q, " ")
}

// userMessage turns an error into the one line a user sees, adding what to
// do next where the cause is known.
func userMessage(err error) string {
	msg := err.Error()
	switch {
	case errors.Is(err, identity.ErrWrongPassword):
		msg += " (give the right one with $TRAINMESH_PASSWORD or --password-file)"
	case errors.Is(err, identity.ErrManyKeys):
		msg += " (keep one key file in the keystore dir, or use another --data-dir)"
	}
	return strings.ReplaceAll(msg, "\n", "; ")
}

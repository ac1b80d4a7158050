package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/mesh/identity"
	"github.com/trainmesh/trainmesh/node"
)

// submitCmd announces a job and follows its auction to the award. It runs
// its own short-lived node (ephemeral port, no DHT) with the key of
// --data-dir, the poster's account, joined to the mesh through --bootstrap
// (or mDNS on a LAN), and exits when the auction is over.
type submitCmd struct {
	dataDirFlag
	passwordFlags
	Job       string        `arg:"" type:"existingfile" help:"Job file (TOML): model-hash, dataset-root, group-size, min-vram, min-throughput, steps, budget, commit-window, reveal-window."`
	Bootstrap []string      `help:"Peers to reach the mesh through: full multiaddrs ending in /p2p/<peer ID>." placeholder:"MULTIADDR" toml:"mesh.bootstrap"`
	Listen    []string      `help:"Multiaddrs the short-lived submitting node listens on." default:"/ip4/0.0.0.0/tcp/0" placeholder:"MULTIADDR" env:"TRAINMESH_SUBMIT_LISTEN" toml:"submit.listen"`
	MDNS      bool          `help:"Find peers on the local network with multicast DNS." default:"true" negatable:"" name:"mdns" toml:"mesh.mdns"`
	Wait      time.Duration `help:"Give up if no provider follows the job's class within this long." default:"30s" toml:"submit.wait"`
	LightKDF  bool          `help:"Protect a newly created key with a fast, weaker key derivation (tests and demos only)." name:"light-kdf" toml:"key.light-kdf"`
	Auction   auctionFlags  `embed:""`
}

// jobFile is the job file's format.
type jobFile struct {
	ModelHash     string `toml:"model-hash"`
	DatasetRoot   string `toml:"dataset-root"`
	GroupSize     uint32 `toml:"group-size"`
	MinVRAM       string `toml:"min-vram"`
	MinThroughput uint64 `toml:"min-throughput"`
	Steps         uint64 `toml:"steps"`
	Budget        string `toml:"budget"`
	CommitWindow  string `toml:"commit-window"`
	RevealWindow  string `toml:"reveal-window"`
}

func readJobFile(path string) (node.JobSpec, error) {
	var f jobFile
	var spec node.JobSpec
	md, err := toml.DecodeFile(path, &f)
	if err != nil {
		return spec, fmt.Errorf("job file %s: %w", path, err)
	}
	if extra := md.Undecoded(); len(extra) > 0 {
		return spec, fmt.Errorf("job file %s: unknown key %s", path, extra[0])
	}
	bad := func(key string, err error) error { return fmt.Errorf("job file %s: %s: %w", path, key, err) }
	if spec.ModelHash, err = auction.ParseHash(f.ModelHash); err != nil {
		return spec, bad("model-hash (the model's content hash, 0x + 64 hex digits)", err)
	}
	if spec.DatasetRoot, err = auction.ParseHash(f.DatasetRoot); err != nil {
		return spec, bad("dataset-root (0x + 64 hex digits)", err)
	}
	if spec.MinVRAMBytes, err = parseBytes(f.MinVRAM); f.MinVRAM != "" && err != nil {
		return spec, bad("min-vram", err)
	}
	if spec.Budget, err = parseAmount(f.Budget); err != nil {
		return spec, bad("budget (stablecoin base units)", err)
	}
	for _, w := range []struct {
		key string
		val string
		dst *time.Duration
	}{{"commit-window", f.CommitWindow, &spec.CommitWindow}, {"reveal-window", f.RevealWindow, &spec.RevealWindow}} {
		if *w.dst, err = time.ParseDuration(w.val); err != nil {
			return spec, bad(w.key+" (e.g. \"30s\")", err)
		}
	}
	spec.GroupSize, spec.MinThroughput, spec.Steps = f.GroupSize, f.MinThroughput, f.Steps
	return spec, nil
}

func (c *submitCmd) Run(env *runEnv) error {
	spec, err := readJobFile(c.Job)
	if err != nil {
		return err
	}
	if err := refuseRunningNode(c.DataDir); err != nil {
		return err
	}
	password, err := c.password(env, false)
	if err != nil {
		return err
	}
	kdf := identity.StandardKDF
	if c.LightKDF {
		kdf = identity.LightKDF
	}
	key, err := node.OpenKey(c.DataDir, password, kdf, env.log)
	if err != nil {
		return fmt.Errorf("open key in %s: %w", identity.KeystoreDir(c.DataDir), err)
	}
	// The submitting node keeps its own state apart, so that it never
	// overwrites the node.json of a node that uses the same data dir.
	cfg := node.DefaultConfig(filepath.Join(c.DataDir, "submit"))
	cfg.Version = version
	cfg.Mesh.ListenAddrs = c.Listen
	cfg.Mesh.Bootstrap = c.Bootstrap
	cfg.Mesh.MDNS = c.MDNS
	cfg.Mesh.DHT = false // a short-lived node should not join the DHT's routing tables
	if cfg.Auction, err = c.Auction.config(); err != nil {
		return err
	}
	return submit(env.ctx, cfg, key, spec, c.Wait, env.stdout, env.log)
}

// refuseRunningNode stops submit from joining the mesh a second time with
// the key of a node that is running from the same data dir: two hosts with
// one peer ID confuse every peer.
func refuseRunningNode(dataDir string) error {
	data, err := os.ReadFile(filepath.Join(dataDir, node.InfoFile))
	if err != nil {
		return nil
	}
	var info node.Info
	if jsonErr := json.Unmarshal(data, &info); jsonErr != nil || info.PID <= 0 || info.PID == os.Getpid() {
		return nil
	}
	if syscall.Kill(info.PID, 0) == nil {
		return fmt.Errorf("a node with this key is running from %s (pid %d); submit from another --data-dir (the poster's account), or stop the node", dataDir, info.PID)
	}
	return nil
}

// submitEventsMax bounds the auction events waiting to be printed; a
// flooded auction loses lines of output, never blocks the node.
const submitEventsMax = 1024

func submit(ctx context.Context, cfg node.Config, key *identity.Key, spec node.JobSpec, wait time.Duration, out io.Writer, log *slog.Logger) error {
	events := make(chan node.AuctionEvent, submitEventsMax)
	n, err := node.New(ctx, cfg, key, log, node.WithAuctionObserver(func(e node.AuctionEvent) {
		select {
		case events <- e:
		default:
		}
	}))
	if err != nil {
		return err
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- n.Run(runCtx) }()
	defer func() { stop(); <-done }()

	pctx, cancel := context.WithTimeout(ctx, wait)
	job, err := n.PostJob(pctx, spec)
	cancel()
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("no provider reached within %v: %w (check --bootstrap)", wait, err)
		}
		return err
	}
	fmt.Fprintf(out, "job %s\n  poster %s, class %s\n  %d member(s), >= %d GiB VRAM, >= %d GFLOP/s, %d steps, budget %v (at most %v per member per step)\n  commits until %s, reveals until %s\n\n",
		job.JobID, job.Poster, auction.Class(job.MinVRAMBytes), job.GroupSize, job.MinVRAMBytes>>30, job.MinThroughput, job.Steps, job.Budget, auction.PriceCap(job),
		time.UnixMilli(int64(job.CommitDeadlineMs)).Format(time.TimeOnly), time.UnixMilli(int64(job.RevealDeadlineMs)).Format(time.TimeOnly))

	// The auction ends at the reveal deadline plus the grace; the award
	// follows at once. Allow for slow peers, then give up.
	end := time.UnixMilli(int64(job.RevealDeadlineMs)).Add(time.Duration(cfg.Auction.Params.ClockGraceMs)*time.Millisecond + 30*time.Second)
	timeout := time.NewTimer(time.Until(end))
	defer timeout.Stop()
	declines := map[auction.DeclineReason]int{}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timeout.C:
			return errors.New("the auction did not finish in time")
		case ev := <-events:
			if ev.Event == nil || ev.Job != job.JobID {
				continue
			}
			e := ev.Event
			switch e.Kind {
			case auction.EventCommit:
				fmt.Fprintf(out, "commit   %s sealed a bid\n", e.Peer)
			case auction.EventReveal:
				r := e.Reveal
				fmt.Fprintf(out, "reveal   %s asks %v per step (%d GiB VRAM, %d GFLOP/s, %d ms)\n", e.Peer, r.PricePerStep, r.VRAMBytes>>30, r.Throughput, r.LatencyMs)
			case auction.EventDecline:
				declines[e.Reason]++
				fmt.Fprintf(out, "decline  %s: %v\n", e.Peer, e.Reason)
			case auction.EventDropped:
				if !errors.Is(e.Err, auction.ErrDuplicate) {
					fmt.Fprintf(out, "dropped  %v from %s: %v\n", e.Msg, e.Peer, e.Err)
				}
			case auction.EventEquivocation:
				fmt.Fprintf(out, "evidence %s signed two different %vs; excluded, evidence kept for slashing\n", e.Peer, e.Msg)
			case auction.EventNoReveal:
				fmt.Fprintf(out, "missing  %s committed and never revealed\n", e.Peer)
			case auction.EventCleared:
				if e.Result.Award == nil {
					return fmt.Errorf("no award: %s%s", e.Result.Why, declineSummary(declines))
				}
			case auction.EventAward:
				a := e.Award.Msg.(*auction.Award)
				total := new(big.Int).Mul(a.PricePerStep, new(big.Int).SetUint64(uint64(len(a.Winners))*job.Steps))
				fmt.Fprintf(out, "\naward (signed by this node)\n  winners  %s\n  standbys %s\n  price    %v per member per step, at most %v for the job\n",
					addrList(a.Winners), addrList(a.Standbys), a.PricePerStep, total)
				return nil
			}
		}
	}
}

func addrList(as []auction.Address) string {
	if len(as) == 0 {
		return "none"
	}
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.String()
	}
	return strings.Join(s, ", ")
}

func declineSummary(d map[auction.DeclineReason]int) string {
	if len(d) == 0 {
		return ""
	}
	var parts []string
	for r, n := range d {
		parts = append(parts, fmt.Sprintf("%d %v", n, r))
	}
	sort.Strings(parts)
	return "; declines: " + strings.Join(parts, ", ")
}

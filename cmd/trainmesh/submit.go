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
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/node/jobfile"
)

// submitCmd carries a job through its whole life as its poster: escrow,
// auction, training by the winners (followed through their receipts), the
// model collected and scored, settlement, refund. It runs its own node
// (ephemeral port, no DHT) with the key of --data-dir, the poster's account,
// joined to the mesh through --bootstrap (or mDNS on a LAN), and exits when
// the job is settled and refunded.
type submitCmd struct {
	dataDirFlag
	passwordFlags
	Job          string        `arg:"" optional:"" type:"existingfile" help:"Job file (TOML): the model, the data, the training, and group-size, min-vram, budget, windows (see README, \"Submitting a job\")."`
	Resume       bool          `help:"Post nothing: finish the jobs this data dir's journal left unsettled or unrefunded (after a crash, Ctrl-C or a long challenge window)."`
	Bootstrap    []string      `help:"Peers to reach the mesh through: full multiaddrs ending in /p2p/<peer ID>." placeholder:"MULTIADDR" toml:"mesh.bootstrap"`
	Listen       []string      `help:"Multiaddrs the submitting node listens on (members fetch the data from it)." default:"/ip4/0.0.0.0/tcp/0" placeholder:"MULTIADDR" env:"TRAINMESH_SUBMIT_LISTEN" toml:"submit.listen"`
	MDNS         bool          `help:"Find peers on the local network with multicast DNS." default:"true" negatable:"" name:"mdns" toml:"mesh.mdns"`
	RelayClient  bool          `help:"Use circuit relays when this machine is not reachable from the internet." default:"true" negatable:"" toml:"mesh.relay-client"`
	HolePunching bool          `help:"Upgrade relayed connections to direct ones by hole punching." default:"true" negatable:"" toml:"mesh.hole-punching"`
	Wait         time.Duration `help:"Give up if no provider follows the job's class within this long." default:"30s" toml:"submit.wait"`
	RefundWait   time.Duration `help:"After settling, wait up to this long for the challenge window to pass and take back the unspent escrow (longer windows: run submit --resume later)." default:"5m" toml:"submit.refund-wait"`
	LightKDF     bool          `help:"Protect a newly created key with a fast, weaker key derivation (tests and demos only)." name:"light-kdf" toml:"key.light-kdf"`
	Unpaid       bool          `help:"Post the job without a chain: nothing is escrowed or settled, and providers that check escrows decline it. Without it, submit needs --rpc and --settlement-contract." toml:"submit.unpaid"`
	Auction      auctionFlags  `embed:""`
	Settle       settleFlags   `embed:""`
	Jobs         jobsFlags     `embed:""`
}

func (c *submitCmd) Run(env *runEnv) error {
	var req node.JobRequest
	switch {
	case c.Resume && c.Job != "":
		return errors.New("give a job file or --resume, not both")
	case c.Job != "":
		var err error
		if req, err = jobfile.Load(c.Job); err != nil {
			return err
		}
	case !c.Resume:
		return errors.New("no job file (or --resume to finish the jobs already posted from this data dir)")
	}
	if err := c.needChain(); err != nil {
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
	// The submitting node keeps its own state (and job journal) apart, so
	// that it never overwrites the node.json of a node that uses the same
	// data dir.
	cfg := node.DefaultConfig(submitDataDir(c.DataDir))
	cfg.Version = version
	cfg.Mesh.ListenAddrs = c.Listen
	cfg.Mesh.Bootstrap = c.Bootstrap
	cfg.Mesh.MDNS = c.MDNS
	// A short-lived node serves nobody else: no DHT routing, no relay or
	// AutoNAT service, no router port mapping.
	cfg.Mesh.DHT, cfg.Mesh.RelayService, cfg.Mesh.AutoNATService, cfg.Mesh.NATPortMap = false, false, false, false
	cfg.Mesh.RelayClient, cfg.Mesh.HolePunching = c.RelayClient, c.HolePunching
	cfg.Jobs = c.Jobs.config()
	if cfg.Auction, err = c.Auction.config(); err != nil {
		return err
	}
	settler, err := c.Settle.dial(env, key, cfg.Auction)
	if err != nil {
		return err
	}
	if settler != nil {
		defer settler.Close()
	}
	s := &submission{out: env.stdout, log: env.log, settler: settler, resumeCmd: c.resumeCommand(cfg.Auction), wait: c.Wait, refundWait: c.RefundWait}
	if c.Resume {
		return s.resume(env.ctx, cfg, key)
	}
	return s.run(env.ctx, cfg, key, req)
}

// errNoChain is submit without a chain to escrow on: a job posted so is
// declined by every provider that checks escrows, so it is refused unless
// the poster asks for it.
var errNoChain = errors.New("no chain to escrow the budget on: pass --rpc URL and --settlement-contract ADDRESS with its --chain-id (trainmesh chain devnet prints all three), or --unpaid to post a job nobody is paid for")

// needChain refuses a job without a chain unless --unpaid asks for one.
func (c *submitCmd) needChain() error {
	switch {
	case c.Resume && c.Settle.RPC == "":
		return errors.New("--resume settles and refunds: pass --rpc URL and --settlement-contract ADDRESS with its --chain-id, as the job was posted with")
	case c.Resume:
		return nil
	case c.Unpaid && c.Settle.RPC != "":
		return errors.New("--unpaid posts without a chain: drop --rpc, or --unpaid to escrow the budget")
	case !c.Unpaid && c.Settle.RPC == "":
		return errNoChain
	}
	return nil
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

// resumeCommand is the command that finishes this data dir's jobs later,
// as a user can paste it.
func (c *submitCmd) resumeCommand(ac node.AuctionConfig) string {
	return fmt.Sprintf("%s submit --resume --data-dir %s --rpc %s --chain-id %d --settlement-contract %s --confirmations %d",
		selfName(), shellQuote(c.DataDir), shellQuote(c.Settle.RPC), ac.Domain.ChainID, ac.Domain.VerifyingContract, c.Settle.Confirmations)
}

// shellQuote quotes s for a POSIX shell where it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-:=,+@%", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// submitEventsMax bounds the events waiting to be printed; a flooded
// auction loses lines of output, never blocks the node.
const submitEventsMax = 1024

// submission is one run of submit.
type submission struct {
	out        io.Writer
	log        *slog.Logger
	settler    *chain.Client
	resumeCmd  string // the command that finishes the job later
	wait       time.Duration
	refundWait time.Duration
	events     chan any // node.AuctionEvent or node.JobEvent

	// declines are the signed declines the poster's node saw, by job and
	// provider, recorded as the node reports them (before the clearing
	// that ends the auction), so that a job without an award can say why.
	mu       sync.Mutex
	declines map[auction.Hash]map[auction.Address]auction.DeclineReason
}

// declinesMax bounds the declines kept per job: more providers than this
// do not follow one job.
const declinesMax = 4096

// observe records what the summary needs; it runs on the node's loop.
func (s *submission) observe(e node.AuctionEvent) {
	if e.Event == nil || e.Event.Kind != auction.EventDecline {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.declines == nil {
		s.declines = map[auction.Hash]map[auction.Address]auction.DeclineReason{}
	}
	byPeer := s.declines[e.Job]
	if byPeer == nil {
		byPeer = map[auction.Address]auction.DeclineReason{}
		s.declines[e.Job] = byPeer
	}
	if len(byPeer) < declinesMax {
		byPeer[e.Event.Peer] = e.Event.Reason
	}
}

// declineSummary says in one phrase why the providers of a job declined:
// "3 providers declined: the budget is not escrowed", the commonest reason
// first. The reasons' own texts are used, so that new ones read as well.
func declineSummary(reasons map[auction.Address]auction.DeclineReason) string {
	if len(reasons) == 0 {
		return "no provider declined"
	}
	count := map[auction.DeclineReason]int{}
	for _, r := range reasons {
		count[r]++
	}
	order := make([]auction.DeclineReason, 0, len(count))
	for r := range count {
		order = append(order, r)
	}
	slices.SortFunc(order, func(a, b auction.DeclineReason) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return int(a) - int(b)
	})
	who := "providers"
	if len(reasons) == 1 {
		who = "provider"
	}
	parts := make([]string, len(order))
	for i, r := range order {
		parts[i] = r.String()
		if len(order) > 1 {
			parts[i] += fmt.Sprintf(" (%d)", count[r])
		}
	}
	return fmt.Sprintf("%d %s declined: %s", len(reasons), who, strings.Join(parts, ", "))
}

// noAward adds the declines to an auction's failure.
func (s *submission) noAward(err error, o *node.JobOutcome) error {
	if !errors.Is(err, node.ErrNoAward) || o == nil || o.Job == nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return fmt.Errorf("%w; %s", err, declineSummary(s.declines[o.Job.JobID]))
}

// start runs the poster's node and prints what it sees until stop.
func (s *submission) start(ctx context.Context, cfg node.Config, key *identity.Key) (*node.Node, func(), error) {
	s.events = make(chan any, submitEventsMax)
	send := func(e any) {
		select {
		case s.events <- e:
		default:
		}
	}
	opts := []node.Option{node.WithAuctionObserver(func(e node.AuctionEvent) { s.observe(e); send(e) }), node.WithJobObserver(func(e node.JobEvent) { send(e) })}
	if s.settler != nil {
		opts = append(opts, node.WithSettler(s.settler))
		s.settler.OnTx(func(tx *chain.Tx) { send(tx) })
	}
	n, err := node.New(ctx, cfg, key, s.log, opts...)
	if err != nil {
		return nil, nil, err
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- n.Run(runCtx) }()
	printed := make(chan struct{})
	go func() {
		defer close(printed)
		for {
			select {
			case e := <-s.events:
				s.print(e)
			case <-runCtx.Done():
				for {
					select {
					case e := <-s.events:
						s.print(e)
					default:
						return
					}
				}
			}
		}
	}()
	return n, func() { stop(); <-done; <-printed }, nil
}

func (s *submission) run(ctx context.Context, cfg node.Config, key *identity.Key, req node.JobRequest) error {
	if s.settler == nil {
		fmt.Fprintf(s.out, "--unpaid: the job is not escrowed and will not be settled; providers that check escrows decline it, the winners train it for nothing\n\n")
	}
	n, stop, err := s.start(ctx, cfg, key)
	if err != nil {
		return err
	}
	defer stop()
	r := req.Recipe
	l, _ := r.Model.Layout()
	fmt.Fprintf(s.out, "job: %s model (%d parameters) on %q (%d chunks, Merkle root %s), %d steps of %d rows per member\n  recipe hash %s (the announcement's modelHash)\n  %d member(s), >= %d GiB VRAM, >= %d GFLOP/s, budget %v (at most %v per member per step)\n\n",
		r.Model.Kind, l.Len(), req.Dataset.Manifest.Name, len(req.Dataset.Manifest.Chunks), req.Dataset.Root().Short(), r.Steps, r.BatchSize,
		r.Hash(), req.GroupSize, req.MinVRAMBytes>>30, req.MinThroughput, req.Budget,
		new(big.Int).Div(req.Budget, new(big.Int).SetUint64(uint64(req.GroupSize)*uint64(r.Steps))))

	// PostAndTrain waits for a provider to follow the job's class; bound
	// that wait by --wait, and the rest by the job's own deadlines.
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watchdog := time.AfterFunc(s.wait, func() {
		if !posted(n) {
			cancel()
		}
	})
	defer watchdog.Stop()
	o, err := n.PostAndTrain(pctx, req)
	if err != nil {
		if errors.Is(err, context.Canceled) && ctx.Err() == nil {
			return fmt.Errorf("no provider reached within %v (check --bootstrap)", s.wait)
		}
		return s.noAward(err, o)
	}
	s.printAward(o)
	if s.settler == nil {
		return nil
	}
	if _, err := n.Settle(ctx, o); err != nil {
		return err
	}
	return s.refund(ctx, n, o)
}

// posted reports whether the node has announced a job (a provider followed
// its class).
func posted(n *node.Node) bool {
	recs, _ := node.ReadJobs(n.DataDir())
	for _, r := range recs {
		if r.Stage != "" && r.Stage != node.StageEscrowed {
			return true
		}
	}
	return false
}

// refund waits for the challenge window when it ends within --refund-wait,
// then takes back the unspent escrow.
func (s *submission) refund(ctx context.Context, n *node.Node, o *node.JobOutcome) error {
	job, err := s.settler.Job(ctx, [32]byte(o.Job.JobID))
	if err != nil {
		return err
	}
	if until := time.Until(job.ReleaseAt); until > s.refundWait {
		fmt.Fprintf(s.out, "\nthe challenge window ends at %s; take back the unspent escrow then with:\n  %s\n",
			job.ReleaseAt.Format(time.DateTime), s.resumeCmd)
		return nil
	}
	fmt.Fprintf(s.out, "\nwaiting for the challenge window to end (%s) to take back the unspent escrow\n", job.ReleaseAt.Format(time.TimeOnly))
	refunded, err := n.Refund(ctx, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(s.out, "done: paid the group %v, refunded %v of a %v budget\n", new(big.Int).Sub(o.Job.Budget, refunded), refunded, o.Job.Budget)
	n.Done(o)
	return nil
}

// resume runs the node until every poster job in its journal is done.
func (s *submission) resume(ctx context.Context, cfg node.Config, key *identity.Key) error {
	recs, err := node.ReadJobs(cfg.DataDir)
	if err != nil {
		return err
	}
	open := 0
	for _, r := range recs {
		if r.Role == node.RolePoster && !done(r.Stage) {
			open++
			fmt.Fprintf(s.out, "job %s: %s\n", r.Job, r.Stage)
		}
	}
	if open == 0 {
		fmt.Fprintf(s.out, "no unfinished job in %s\n", filepath.Join(cfg.DataDir, node.JobsDir))
		return nil
	}
	n, stop, err := s.start(ctx, cfg, key)
	if err != nil {
		return err
	}
	defer stop()
	for {
		recs, _ := node.ReadJobs(n.DataDir())
		left := 0
		for _, r := range recs {
			if r.Role == node.RolePoster && !done(r.Stage) {
				left++
			}
		}
		if left == 0 {
			fmt.Fprintf(s.out, "every job is settled and refunded\n")
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(cfg.Jobs.ChainPoll):
		}
	}
}

func done(st node.Stage) bool {
	return st == node.StageRefunded || st == node.StageFailed || st == node.StageWithdrawn
}

// print writes one event as a line of the job's story.
func (s *submission) print(e any) {
	switch e := e.(type) {
	case *chain.Tx:
		fmt.Fprintf(s.out, "tx       %s\n", e)
	case node.JobEvent:
		switch e.Kind {
		case node.JobReceipt:
			fmt.Fprintf(s.out, "receipt  %s\n", e.Text)
		case node.JobPosted:
			fmt.Fprintf(s.out, "posted   job %s\n", e.Job)
		default:
			fmt.Fprintf(s.out, "%-8s %s\n", e.Kind, e.Text)
		}
	case node.AuctionEvent:
		if e.Event == nil {
			return
		}
		ev := e.Event
		switch ev.Kind {
		case auction.EventCommit:
			fmt.Fprintf(s.out, "commit   %s sealed a bid\n", ev.Peer)
		case auction.EventReveal:
			r := ev.Reveal
			fmt.Fprintf(s.out, "reveal   %s asks %v per step (%d GiB VRAM, %d GFLOP/s, %d ms)\n", ev.Peer, r.PricePerStep, r.VRAMBytes>>30, r.Throughput, r.LatencyMs)
		case auction.EventDecline:
			fmt.Fprintf(s.out, "decline  %s: %v\n", ev.Peer, ev.Reason)
		case auction.EventDropped:
			if !errors.Is(ev.Err, auction.ErrDuplicate) {
				fmt.Fprintf(s.out, "dropped  %v from %s: %v\n", ev.Msg, ev.Peer, ev.Err)
			}
		case auction.EventEquivocation:
			fmt.Fprintf(s.out, "evidence %s signed two different %vs; excluded, evidence kept for slashing\n", ev.Peer, ev.Msg)
		case auction.EventNoReveal:
			fmt.Fprintf(s.out, "missing  %s committed and never revealed\n", ev.Peer)
		case auction.EventCleared:
			if ev.Result.Award == nil {
				fmt.Fprintf(s.out, "cleared  no award: %s\n", ev.Result.Why)
			}
		}
	}
}

func (s *submission) printAward(o *node.JobOutcome) {
	a := o.Award
	// The most the winners can earn: each its own price for every step.
	total := new(big.Int)
	for _, p := range a.Prices[:len(a.Winners)] {
		total.Add(total, p)
	}
	total.Mul(total, new(big.Int).SetUint64(o.Job.Steps))
	fmt.Fprintf(s.out, "\naward (signed by this node)\n  winners  %s\n  standbys %s\n  prices   %v per step (winners, then standbys), at most %v for the job\n  credits  %v steps (from %d receipts)\n",
		addrList(a.Winners), addrList(a.Standbys), a.Prices, total, o.Credits, o.Receipts)
	if o.HasEval {
		fmt.Fprintf(s.out, "  model    %s, held-out accuracy %.2f%% (%d of %d), loss %.3f\n", o.ModelHash, 100*o.Eval.Accuracy(), o.Eval.Correct, o.Eval.Count, o.Eval.Loss())
	}
}

func addrList(as []auction.Address) string {
	if len(as) == 0 {
		return "none"
	}
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.String()
	}
	return strings.Join(out, ", ")
}

// submitDataDir is the data dir of the node `trainmesh submit --data-dir
// dataDir` runs: its state and job journal (and the models it collects)
// live there, apart from a node's that uses the same data dir.
func submitDataDir(dataDir string) string { return filepath.Join(dataDir, "submit") }

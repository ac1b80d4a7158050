// Package demo runs trainmesh's demo: the whole life of training jobs on
// one machine. An embedded chain with the settlement contract; several
// nodes on 127.0.0.1 that find each other over gossip; node 0 posts two
// jobs (the UCI digits MLP, then a character-level transformer on Newton's
// Opticks), escrowing each budget; the providers bid in sealed auctions;
// the winners fetch their shards over libp2p, train over the libp2p ring
// all-reduce and sign step receipts; node 0 collects and scores the
// models and settles both jobs in one transaction; after the challenge
// window the winners withdraw their pay and node 0 its refund; every node
// records what it saw in its reputation store.
package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/protocol"
)

// wall is the clock of the demo's narration: how long the mesh took to
// form and the run to finish, as a person watching it sees them.
var wall = clock.Real()

// Params configures a demo run.
type Params struct {
	// Nodes is how many nodes to start (2 to 32): node 0 posts, the others
	// provide.
	Nodes int
	// DataDir holds one data dir per node; empty means a temporary dir that
	// is removed afterwards.
	DataDir string
	// Timeout bounds the whole run.
	Timeout time.Duration
	// Version is announced by the nodes.
	Version string
	// AuctionWindow is each job's commit window and its reveal window.
	// Three seconds (the default) is ample on a laptop and holds on a
	// loaded one: with two, a provider on a 2-core machine at load 30
	// heard the job and checked its escrow after the commit deadline, and
	// the job drew no award. A race detector build needs more.
	AuctionWindow time.Duration
	// Train configures the jobs (train.go).
	Train TrainParams
	// Command is how the commands the demo prints for the user name
	// trainmesh (default "trainmesh"), so that they run as printed.
	Command string
	// Compute is the device every node trains on (the zero value: the
	// GPU when one answers, else the CPU); jobs train in reproducible
	// mode, so the parameter hash does not depend on it.
	Compute node.ComputeConfig
	// Evaluators is how many evaluator nodes (node.Config.Evaluate) to
	// start after the Nodes: the digits job names an evaluation with that
	// quorum, and they score its model (0: no evaluation; else 3 to 32).
	Evaluators int
}

// DefaultParams: five nodes (a poster and four providers), a minute at
// most.
func DefaultParams() Params {
	return Params{Nodes: 5, Evaluators: 3, Timeout: 10 * time.Minute, Version: "dev", AuctionWindow: 3 * time.Second, Train: DefaultTrainParams()}
}

// Validate reports the first problem with p.
func (p *Params) Validate() error {
	if p.Nodes < 2 || p.Nodes > 32 {
		return fmt.Errorf("demo: %d nodes: want 2 to 32", p.Nodes)
	}
	if p.Evaluators != 0 && (p.Evaluators < protocol.EvalMinQuorum || p.Evaluators > protocol.EvalMaxScores || p.Nodes+p.Evaluators > 40) {
		return fmt.Errorf("demo: %d evaluators: want 0, or %d to %d (the evaluation's quorum)", p.Evaluators, protocol.EvalMinQuorum, protocol.EvalMaxScores)
	}
	if p.AuctionWindow < time.Second {
		return fmt.Errorf("demo: auction window %v: want at least 1s", p.AuctionWindow)
	}
	if p.Timeout <= 0 {
		return errors.New("demo: timeout must be positive")
	}
	if p.Train.DigitsSteps < 0 || p.Train.LMSteps < 0 || p.Train.DigitsSteps%receiptEvery != 0 || p.Train.LMSteps%receiptEvery != 0 {
		return fmt.Errorf("demo: %d digits steps and %d LM steps: want multiples of %d (members sign a receipt every %d steps)",
			p.Train.DigitsSteps, p.Train.LMSteps, receiptEvery, receiptEvery)
	}
	return nil
}

// Summary is what a demo run found. Its money figures are read back from
// the chain.
type Summary struct {
	Nodes []NodeSummary
	// MeshFormed is how long until every node had seen every other.
	MeshFormed time.Duration
	// Training is what the jobs trained (nil when both were skipped).
	Training *Training
	// Jobs are the jobs' lives (auction, credits, pay).
	Jobs []JobSummary
	// Settlement is the contract the jobs settled on.
	Settlement common.Address
	// Governance is the settlement contract's governance, read back from
	// the chain at the end: the token holders' timelock.
	Governance common.Address
	// Txs are every transaction of the run, in order.
	Txs []*chain.Tx
}

// NodeSummary describes one demo node.
type NodeSummary struct {
	PeerID    peer.ID
	Address   string
	Addrs     []string
	PeersSeen int
	// DataDir is the node's data dir, holding its reputation store.
	DataDir string
	// Observations is how many observations the node recorded in its
	// reputation store, about PeersScored peers.
	Observations uint64
	PeersScored  int
	// TokensBefore and TokensAfter are the node's stablecoin balances on
	// the chain before the jobs and at the end.
	TokensBefore, TokensAfter *big.Int
	// Staked is the node's stake (nil if it staked none) and Rewards the
	// protocol fees it had earned at the end, claimable.
	Staked, Rewards *big.Int
}

// JobSummary is one job's life.
type JobSummary struct {
	Name    string
	Job     auction.Hash
	Winners []int // node indices, ring order
	// Asks, Thresholds and Prices are each winner's, in ring order: what it
	// asked per step, the most it could have asked and still won (found by
	// search over the poster's ranking, auction.Threshold) and the price per
	// step the award pays it.
	Asks, Thresholds, Prices []*big.Int
	// Standbys are the award's standbys (node indices, award order) and
	// StandbyPrices their prices per step: a standby verifies the winners'
	// work and is paid per audit at its price.
	Standbys      []int
	StandbyPrices []*big.Int
	// Credits are the steps (and audits) each award member is credited,
	// winners then standbys.
	Credits []uint64
	// Paid is what each paid award member withdrew (node index → base
	// units), as the chain reported it.
	Paid map[int]*big.Int
	// Refunded is what the poster got back.
	Refunded *big.Int
	// Agree of Checked nodes computed the poster's award themselves.
	Agree, Checked int
	// Evaluation is the job's independent evaluation, read back from the
	// chain at the end (nil when the job named none).
	Evaluation *Evaluation
}

// Evaluation is what a job's independent evaluation came to.
type Evaluation struct {
	Terms protocol.EvalTerms
	// Outcome, Result and Scores are the chain's.
	Outcome chain.EvalOutcome
	Result  uint64
	Scores  []uint64
	// Evaluators are the scoring nodes (indices, submission order) and
	// Fees what each withdrew.
	Evaluators []int
	Fees       map[int]*big.Int
	// Withheld is the conditional share returned to the poster (0 unless
	// the result failed).
	Withheld *big.Int
}

// Run runs the demo, printing what happens to out.
func Run(ctx context.Context, p Params, out io.Writer, log *slog.Logger) (*Summary, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	// Node goroutines narrate through observers while this goroutine prints
	// too.
	out = &lockedWriter{w: out}
	ctx, cancel := wall.WithTimeout(ctx, p.Timeout)
	defer cancel()
	root := p.DataDir
	if root == "" {
		tmp, err := os.MkdirTemp("", "trainmesh-demo-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		root = tmp
	}
	start := wall.Now()
	total := p.Nodes + p.Evaluators
	fmt.Fprintf(out, "trainmesh demo: %d nodes on 127.0.0.1 (%d of them evaluators), data in %s\n\n", total, p.Evaluators, root)

	keys := make([]*identity.Key, total)
	fund := make([]common.Address, total)
	for i := range keys {
		key, err := node.OpenKey(filepath.Join(root, fmt.Sprintf("node%d", i)), "", identity.LightKDF, log)
		if err != nil {
			return nil, err
		}
		keys[i], fund[i] = key, key.Address()
	}
	d, err := startChain(ctx, keys, out)
	if err != nil {
		return nil, err
	}
	defer d.close()
	sum := &Summary{Settlement: d.emb.Addresses().Settlement}

	// seen[i] holds the peers node i has heard announce themselves.
	var mu sync.Mutex
	seen := make([]map[peer.ID]bool, total)
	allSeen := make(chan struct{})
	complete := 0
	nodes := make([]*node.Node, total)
	names := map[peer.ID]string{}
	var bootstrap []string
	watch := newAuctionWatch(out, total)
	jobs := newJobWatch(out, watch)
	for i := range total {
		evaluator := i >= p.Nodes
		cfg := node.DefaultConfig(filepath.Join(root, fmt.Sprintf("node%d", i)))
		cfg.Mesh = mesh.LocalParams()
		cfg.Mesh.Bootstrap = bootstrap
		cfg.PresenceInterval = 5 * time.Second
		cfg.Version = p.Version
		cfg.Auction = auctionConfig(i, d.domain())
		if evaluator {
			cfg.Auction.Provider = node.ProviderConfig{} // bids on nothing
			cfg.Evaluate = true
		}
		cfg.Jobs = jobsConfig()
		cfg.Jobs.Compute = p.Compute
		seen[i] = map[peer.ID]bool{}
		observer := func(ev node.Event) {
			if ev.Kind != node.EventPeerSeen {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			seen[i][ev.Peer] = true
			fmt.Fprintf(out, "  gossip  node %d heard node %s announce itself (%s)\n", i, names[ev.Peer], ev.Text)
			if len(seen[i]) == total-1 {
				if complete++; complete == total {
					close(allSeen)
				}
			}
		}
		settler, err := d.client(ctx, keys[i], i)
		if err != nil {
			return nil, err
		}
		n, err := node.New(ctx, cfg, keys[i], log, node.WithObserver(observer), node.WithAuctionObserver(watch.observer(i)),
			node.WithSettler(settler), node.WithJobObserver(jobs.observer(i)), node.WithTrainObserver(jobs.trainObserver(i)))
		if err != nil {
			return nil, fmt.Errorf("demo: start node %d: %w", i, err)
		}
		nodes[i] = n
		mu.Lock()
		names[n.Host().ID()] = fmt.Sprint(i)
		mu.Unlock()
		watch.names[auction.Address(keys[i].Address())] = fmt.Sprint(i)
		watch.index[auction.Address(keys[i].Address())] = i
		if i == 0 {
			bootstrap = n.Host().FullAddrs()
		}
		before, err := settler.TokenBalance(ctx, keys[i].Address())
		if err != nil {
			return nil, err
		}
		sum.Nodes = append(sum.Nodes, NodeSummary{PeerID: n.Host().ID(), Address: keys[i].Address().Hex(), Addrs: n.Host().FullAddrs(), DataDir: cfg.DataDir, TokensBefore: before})
		fmt.Fprintf(out, "  node %d  peer %s\n          address %s\n          listens %s\n", i, n.Host().ID(), keys[i].Address(), n.Host().Addrs()[0])
		if evaluator {
			fmt.Fprintf(out, "          evaluator: scores the model of each job that names an evaluation (bids on none)\n")
		} else if pc := cfg.Auction.Provider; pc.Enabled {
			fmt.Fprintf(out, "          provider: %d GiB VRAM, price floor %v per step\n", pc.VRAMBytes>>30, pc.PriceFloor)
		} else {
			fmt.Fprintf(out, "          poster\n")
		}
	}
	fmt.Fprintln(out)

	var wg sync.WaitGroup
	runCtx, stop := context.WithCancel(ctx)
	for _, n := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Run(runCtx)
		}()
	}
	var runErr error
	select {
	case <-allSeen:
	case <-ctx.Done():
		runErr = fmt.Errorf("demo: nodes did not all find each other within %v", p.Timeout)
	}
	formed := wall.Since(start)
	if runErr == nil {
		fmt.Fprintf(out, "\nmesh formed: each of %d nodes heard all %d others over gossip in %v\n", total, total-1, formed.Round(time.Millisecond))
		sum.Training, sum.Jobs, runErr = runJobs(ctx, nodes, d, p, jobs, filepath.Join(root, "node0"), out)
	}
	stop()
	wg.Wait()

	sum.MeshFormed = formed
	sum.Txs = d.txs()
	mu.Lock()
	defer mu.Unlock()
	for i := range sum.Nodes {
		sum.Nodes[i].PeersSeen = len(seen[i])
	}
	if runErr != nil {
		return sum, runErr
	}
	if err := reportMoney(ctx, out, d, keys, sum); err != nil {
		return sum, err
	}
	reportReputation(out, p, nodes, sum)
	fmt.Fprintf(out, "\ndone in %v\n", wall.Since(start).Round(100*time.Millisecond))
	return sum, nil
}

// lockedWriter serialises writes from the demo's goroutines, so that lines
// printed by different nodes never interleave mid-line.
type lockedWriter struct {
	mu sync.Mutex // mu guards w
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

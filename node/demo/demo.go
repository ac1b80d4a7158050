// Package demo runs trainmesh's demo: several nodes in one process on
// 127.0.0.1 that find each other and gossip, each recording what it
// observes of the others in its reputation store, then run a sealed-bid
// auction (node 0 posts a job, the others bid or decline) and train as a
// group. Later stages of the project grow
// it into the whole life of a job (auction, training, settlement,
// reputation); each stage adds a step here.
package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/identity"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// Params configures a demo run.
type Params struct {
	// Nodes is how many nodes to start (2 to 32).
	Nodes int
	// DataDir holds one data dir per node; empty means a temporary dir that
	// is removed afterwards.
	DataDir string
	// Timeout bounds the whole run.
	Timeout time.Duration
	// Version is announced by the nodes.
	Version string
	// AuctionWindow is the demo job's commit window and its reveal window.
	// Two seconds is ample on a laptop; slow or loaded machines (a race
	// detector build, say) need more.
	AuctionWindow time.Duration
	// Train configures the training step (train.go).
	Train TrainParams
}

// DefaultParams: four nodes, a minute at most.
func DefaultParams() Params {
	return Params{Nodes: 4, Timeout: time.Minute, Version: "dev", AuctionWindow: 2 * time.Second, Train: DefaultTrainParams()}
}

// Validate reports the first problem with p.
func (p *Params) Validate() error {
	if p.Nodes < 2 || p.Nodes > 32 {
		return fmt.Errorf("demo: %d nodes: want 2 to 32", p.Nodes)
	}
	if p.AuctionWindow < time.Second {
		return fmt.Errorf("demo: auction window %v: want at least 1s", p.AuctionWindow)
	}
	if p.Timeout <= 0 {
		return errors.New("demo: timeout must be positive")
	}
	return nil
}

// Summary is what a demo run found.
type Summary struct {
	Nodes []NodeSummary
	// MeshFormed is how long until every node had seen every other.
	MeshFormed time.Duration
	// Training is what the training step found (nil when skipped).
	Training *Training
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
}

// Run runs the demo, printing what happens to out.
func Run(ctx context.Context, p Params, out io.Writer, log *slog.Logger) (*Summary, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	// Node loops narrate through observers while this goroutine prints too.
	out = &lockedWriter{w: out}
	ctx, cancel := context.WithTimeout(ctx, p.Timeout)
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
	start := time.Now()
	fmt.Fprintf(out, "trainmesh demo: %d nodes on 127.0.0.1, data in %s\n\n", p.Nodes, root)

	// seen[i] holds the peers node i has heard announce themselves.
	var mu sync.Mutex
	seen := make([]map[peer.ID]bool, p.Nodes)
	allSeen := make(chan struct{})
	complete := 0
	nodes := make([]*node.Node, p.Nodes)
	names := map[peer.ID]string{}
	var bootstrap []string
	sum := &Summary{}
	watch := newAuctionWatch(out, p.Nodes)
	watch.window = p.AuctionWindow
	for i := range p.Nodes {
		cfg := node.DefaultConfig(filepath.Join(root, fmt.Sprintf("node%d", i)))
		cfg.Mesh = mesh.LocalParams()
		cfg.Mesh.Bootstrap = bootstrap
		cfg.PresenceInterval = 5 * time.Second
		cfg.Version = p.Version
		cfg.Auction = auctionConfig(i)
		key, err := node.OpenKey(cfg.DataDir, "", identity.LightKDF, log)
		if err != nil {
			return nil, err
		}
		seen[i] = map[peer.ID]bool{}
		observer := func(ev node.Event) {
			if ev.Kind != node.EventPeerSeen {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			seen[i][ev.Peer] = true
			fmt.Fprintf(out, "  gossip  node %d heard node %s announce itself (%s)\n", i, names[ev.Peer], ev.Text)
			if len(seen[i]) == p.Nodes-1 {
				if complete++; complete == p.Nodes {
					close(allSeen)
				}
			}
		}
		n, err := node.New(ctx, cfg, key, log, node.WithObserver(observer), node.WithAuctionObserver(watch.observer(i)))
		if err != nil {
			return nil, fmt.Errorf("demo: start node %d: %w", i, err)
		}
		nodes[i] = n
		mu.Lock()
		names[n.Host().ID()] = fmt.Sprint(i)
		mu.Unlock()
		watch.names[auction.Address(key.Address())] = fmt.Sprint(i)
		if i == 0 {
			bootstrap = n.Host().FullAddrs()
		}
		sum.Nodes = append(sum.Nodes, NodeSummary{PeerID: n.Host().ID(), Address: key.Address().Hex(), Addrs: n.Host().FullAddrs(), DataDir: cfg.DataDir})
		fmt.Fprintf(out, "  node %d  peer %s\n          address %s\n          listens %s\n", i, n.Host().ID(), key.Address(), n.Host().Addrs()[0])
		if pc := cfg.Auction.Provider; pc.Enabled {
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
	formed := time.Since(start)
	if runErr == nil {
		fmt.Fprintf(out, "\nmesh formed: each of %d nodes heard all %d others over gossip in %v\n", p.Nodes, p.Nodes-1, formed.Round(time.Millisecond))
		runErr = watch.run(ctx, nodes[0], p.Nodes-1)
		if runErr == nil {
			hosts := make([]*mesh.Host, len(nodes))
			for i, n := range nodes {
				hosts[i] = n.Host()
			}
			sum.Training, runErr = runTraining(ctx, hosts, p.Train, filepath.Join(root, "node0"), out)
		}
	}
	stop()
	wg.Wait()

	sum.MeshFormed = formed
	mu.Lock()
	defer mu.Unlock()
	for i := range sum.Nodes {
		sum.Nodes[i].PeersSeen = len(seen[i])
	}
	if runErr != nil {
		return sum, runErr
	}
	reportReputation(out, p.DataDir, nodes, sum)
	return sum, nil
}

// reportReputation tells what the nodes recorded in their reputation stores
// (so far: every presence announcement each heard) and how to look at them.
func reportReputation(out io.Writer, kept string, nodes []*node.Node, sum *Summary) {
	fmt.Fprintf(out, "\nreputation: each node recorded what it observed in its own store (data dir/%s):\n", store.DirName)
	stores := make([]string, 0, len(nodes))
	for i, n := range nodes {
		rs := n.Reputation()
		sum.Nodes[i].Observations = rs.Seq()
		sum.Nodes[i].PeersScored = len(rs.Peers(0))
		fmt.Fprintf(out, "  node %d  %d observations (presence announcements) of %d peers\n", i, sum.Nodes[i].Observations, sum.Nodes[i].PeersScored)
		stores = append(stores, "--store "+sum.Nodes[i].DataDir)
	}
	if kept == "" {
		fmt.Fprintf(out, "\nThe demo's data dirs were temporary. To browse the stores, keep them and open the dashboard:\n"+
			"  trainmesh demo --data-dir DIR\n  trainmesh dash --store DIR/node0 --store DIR/node1 ...\n")
		return
	}
	fmt.Fprintf(out, "\nBrowse them on http://127.0.0.1:7475/ with:\n  trainmesh dash %s\n", strings.Join(stores, " "))
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

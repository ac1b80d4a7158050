package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/reputation/dash"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// reputationFlags are a node's reputation settings (config section
// [reputation]).
type reputationFlags struct {
	Dash             string        `help:"Serve the reputation dashboard and Prometheus /metrics on this loopback address (e.g. 127.0.0.1:7475). Off when empty." placeholder:"ADDR" toml:"reputation.dash" group:"Reputation"`
	SnapshotInterval time.Duration `help:"How often the node publishes a snapshot of its reputation store for 'trainmesh dash'." default:"${snapshot_interval}" toml:"reputation.snapshot-interval" group:"Reputation"`
	Retention        time.Duration `help:"How long raw observations are kept (their effect on scores is kept)." default:"${retention}" toml:"reputation.retention" group:"Reputation"`
}

func (f *reputationFlags) config() node.ReputationConfig {
	return node.ReputationConfig{DashAddr: f.Dash, SnapshotInterval: f.SnapshotInterval, Retention: f.Retention}
}

type dashCmd struct {
	Store   []string      `required:"" help:"A node's data dir (or its reputation folder, or a .snapshot file); repeat for several." type:"path" placeholder:"DIR"`
	Listen  string        `help:"Loopback address to serve the dashboard on." default:"127.0.0.1:7475" toml:"dash.listen"`
	Refresh time.Duration `help:"How often to look for a newer snapshot or store." default:"1s" toml:"dash.refresh"`
}

// Run serves the dashboard over read-only copies of the stores: a running
// node's latest published snapshot, or a stopped node's store copied into
// memory. It never opens a running node's live files and never writes.
func (c *dashCmd) Run(env *runEnv) error {
	if err := dash.CheckAddr(c.Listen); err != nil {
		return err
	}
	if c.Refresh < 100*time.Millisecond {
		return fmt.Errorf("dash: refresh %v: want at least 100ms", c.Refresh)
	}
	var sources []dash.Source
	var followers []*store.Follower
	loaded := 0
	for _, path := range c.Store {
		dir, err := store.ResolveStore(path)
		if err != nil {
			return err
		}
		f, err := store.NewFollower(dir, store.DefaultOptions())
		if err != nil {
			return err
		}
		if _, err := f.Refresh(); err != nil {
			env.log.Warn("store not loaded yet; retrying", "store", path, "err", err)
		} else {
			_, l, release := f.Acquire()
			release()
			env.log.Info("store loaded", "store", path, "source", l.Source, "seq", l.Seq, "taken_ms", l.TakenMs)
			loaded++
		}
		followers = append(followers, f)
		sources = append(sources, dash.Followed(path, f))
	}
	if loaded == 0 {
		return errors.New("dash: none of the stores could be read (see the warnings above)")
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(env.ctx)
	defer cancel() // before wg.Wait: stops the followers however Run ends
	for i, f := range followers {
		name := c.Store[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.Run(ctx, c.Refresh, func(l store.Loaded, err error) {
				if err != nil {
					env.log.Warn("store refresh failed; showing the previous copy", "store", name, "err", err)
					return
				}
				env.log.Info("store loaded", "store", name, "source", l.Source, "seq", l.Seq, "taken_ms", l.TakenMs)
			})
		}()
	}

	ln, err := net.Listen("tcp", c.Listen)
	if err != nil {
		return fmt.Errorf("dash: %w", err)
	}
	srv := dash.New(sources, nil, env.log).HTTPServer(c.Listen)
	url := "http://" + ln.Addr().String() + "/"
	env.log.Info("dashboard listening", "url", url)
	fmt.Fprintf(env.stdout, "trainmesh dash: open %s (Ctrl-C to stop)\n", url)
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/benchmark"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/wan"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/train"
)

// wanReducers is train.GroupReducers of ring all-reduce groups whose
// hosts reach each other only through an emulated home internet built
// from topo (nil: on loopback, unshaped), with the given compression. A
// group of one trains alone (train.LocalReducers): there is no link.
func wanReducers(topo func(k int) wan.Config, kind codec.Kind, log *slog.Logger) train.GroupReducers {
	return func(ctx context.Context, k, n int) ([]train.AllReducer, func(), error) {
		if k == 1 {
			return train.LocalReducers(ctx, k, n)
		}
		var closers []func()
		release := func() {
			for i := len(closers) - 1; i >= 0; i-- {
				closers[i]()
			}
		}
		ok := false
		defer func() {
			if !ok {
				release()
			}
		}()
		var net *wan.Net
		if topo != nil {
			var err error
			if net, err = wan.Start(ctx, topo(k)); err != nil {
				return nil, nil, err
			}
			closers = append(closers, func() { net.Close() })
		}
		hosts := make([]*mesh.Host, k)
		ids := make([]peer.ID, k)
		for i := range k {
			h, err := mesh.New(ctx, identity.FromSeed(fmt.Appendf(nil, "bench-wan-train-%d-%d", k, i)).LibP2P(), mesh.LocalParams(), nil)
			if err != nil {
				return nil, nil, err
			}
			closers = append(closers, func() { h.Close() })
			hosts[i], ids[i] = h, h.ID()
		}
		if net != nil {
			if err := benchmark.RouteHosts(net, hosts); err != nil {
				return nil, nil, err
			}
		} else {
			for _, a := range hosts {
				for _, b := range hosts {
					if a != b {
						a.Peerstore().AddAddrs(b.ID(), b.Addrs(), time.Hour)
					}
				}
			}
		}
		spec := allreduce.DefaultSpec(sha256.Sum256(fmt.Appendf(nil, "trainmesh/bench-wan-train/%d", k)), ids, nil, n)
		spec.Compression = kind
		ap := allreduce.DefaultParams()
		ap.Log = log
		groups := make([]*allreduce.Group, k)
		for i, h := range hosts {
			svc := allreduce.NewService(h, log)
			closers = append(closers, svc.Close)
			g, err := svc.NewGroup(spec, ap)
			if err != nil {
				return nil, nil, err
			}
			groups[i] = g
		}
		errs := make([]error, k)
		var wg sync.WaitGroup
		for i, g := range groups {
			wg.Go(func() { _, errs[i] = g.Form(ctx) })
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return nil, nil, err
		}
		ars := make([]train.AllReducer, k)
		for i, g := range groups {
			ars[i] = node.NewRingReducer(g)
		}
		ok = true
		return ars, release, nil
	}
}

// wanTrainRow is one training measurement: a group of Peers training
// data-parallel (H = 1: an all-reduce of the gradient every step) or with
// DiLoCo (an all-reduce of the outer gradient every H steps), with a wire
// encoding, on the emulated links or on loopback.
type wanTrainRow struct {
	Links       string `json:"links"`
	Compression string `json:"compression"`
	// LocalSteps is DiLoCo's H (1: data-parallel); Outer its outer
	// gradients' compression.
	LocalSteps int              `json:"local_steps"`
	Outer      string           `json:"outer_compression"`
	Row        train.ScalingRow `json:"group"`
	// Utilisation is compute time / wall time of member 0 (the group moves
	// in lockstep).
	Utilisation float64 `json:"compute_utilisation"`
}

// runTrain measures step time and compute utilisation of training over
// the topology and on loopback, for each encoding, H and outer compression.
func (c *benchWANCmd) runTrain(env *runEnv, topo func(k int) wan.Config, kinds []codec.Kind) ([]wanTrainRow, error) {
	var rows []wanTrainRow
	var outers []codec.Outer
	for _, o := range c.TrainOuter {
		oc, err := codec.ParseOuter(o)
		if err != nil {
			return nil, err
		}
		outers = append(outers, oc)
	}
	for _, k := range kinds {
		for _, h := range c.TrainH {
			for _, outer := range outers {
				if h <= 1 && outer.On() {
					continue // compression is of DiLoCo's outer gradients
				}
				for _, links := range []string{"wan", "loopback"} {
					t := topo
					if links == "loopback" {
						t = nil
					}
					p := train.ScalingParams{Model: c.Train, Members: []int{c.Peers}, Steps: c.TrainSteps, Warmup: c.TrainWarmup, Batch: c.TrainBatch,
						Reducers: wanReducers(t, k, quietRingLog(env)), LocalSteps: h, Compression: outer}
					got, err := train.MeasureScaling(env.ctx, p)
					if err != nil {
						return rows, fmt.Errorf("bench wan --train, %s %v H=%d %v: %w", links, k, h, outer, err)
					}
					g := got[len(got)-1]
					r := wanTrainRow{Links: links, Compression: k.String(), LocalSteps: max(1, h), Outer: outer.String(), Row: g, Utilisation: float64(g.Compute) / float64(g.Step)}
					rows = append(rows, r)
					if !c.JSON {
						ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
						fmt.Fprintf(env.stdout, "%9s %8s %3d %16s %8d %11s %11s %11s %12.2f\n", links, r.Compression, r.LocalSteps, r.Outer, g.Floats, ms(g.Step), ms(g.Compute), ms(g.Comm), r.Utilisation)
					}
				}
			}
		}
	}
	return rows, nil
}

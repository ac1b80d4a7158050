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
	"github.com/trainmesh/trainmesh/mesh/allreduce/ringorder"
	"github.com/trainmesh/trainmesh/mesh/wan"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/train"
)

// ringOrder is the ring order of a training measurement's groups: with
// measure, the first group built over the links measures its round trips
// and derives the order (allreduce.MeasureRTT, AgreeRTT, OrderedSpec),
// which the later groups — on loopback too — keep, as a job fixes its
// order once: the same order gives the same bits on any links.
type ringOrder struct {
	measure bool
	// order lists award indices in ring order (nil: award order, or not
	// decided yet); decision is the rule's, once made.
	order    []int
	decision *ringorder.Decision
}

// wanReducers is train.GroupReducers of ring all-reduce groups whose
// hosts reach each other only through an emulated home internet built
// from topo (nil: on loopback, unshaped), with the given compression, in
// the ring order ro says (nil: award order). A group of one trains alone
// (train.LocalReducers): there is no link.
func wanReducers(topo func(k int) wan.Config, kind codec.Kind, ro *ringOrder, log *slog.Logger) train.GroupReducers {
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
		ap := allreduce.DefaultParams()
		ap.Log = log
		svcs := make([]*allreduce.Service, k)
		for i, h := range hosts {
			svcs[i] = allreduce.NewService(h, log)
			closers = append(closers, svcs[i].Close)
		}
		form := func(spec allreduce.Spec) ([]*allreduce.Group, error) {
			groups := make([]*allreduce.Group, k)
			for i, svc := range svcs {
				g, err := svc.NewGroup(spec, ap)
				if err != nil {
					return nil, err
				}
				groups[i] = g
			}
			errs := make([]error, k)
			var wg sync.WaitGroup
			for i, g := range groups {
				wg.Go(func() { _, errs[i] = g.Form(ctx) })
			}
			wg.Wait()
			return groups, errors.Join(errs...)
		}
		if ro != nil && ro.measure && ro.decision == nil && net != nil {
			// The ring-order protocol, over the links, before the first
			// step: a group of its own in award order carries the matrix.
			rg, err := form(allreduce.DefaultSpec(sha256.Sum256(fmt.Appendf(nil, "trainmesh/bench-wan-train/rtt/%d", k)), ids, nil, k*k))
			if err != nil {
				return nil, nil, err
			}
			mats := make([][][]int64, k)
			errs := make([]error, k)
			var wg sync.WaitGroup
			for i, g := range rg {
				wg.Go(func() {
					row, err := allreduce.MeasureRTT(ctx, hosts[i].Host, ids, 5)
					if err == nil {
						mats[i], err = allreduce.AgreeRTT(ctx, g, i, row)
					}
					errs[i] = err
				})
			}
			wg.Wait()
			for _, g := range rg {
				g.Close()
			}
			if err := errors.Join(errs...); err != nil {
				return nil, nil, fmt.Errorf("measuring the ring order: %w", err)
			}
			_, d := allreduce.OrderedSpec(allreduce.DefaultSpec(allreduce.GroupID{}, ids, nil, 1), mats[0], ringorder.DefaultMargin)
			ro.decision = &d
			if d.Tour {
				ro.order = d.Order
			}
		}
		ring := ids
		if ro != nil && ro.order != nil {
			ring = make([]peer.ID, k)
			for i, j := range ro.order {
				ring[i] = ids[j]
			}
		}
		spec := allreduce.DefaultSpec(sha256.Sum256(fmt.Appendf(nil, "trainmesh/bench-wan-train/%d", k)), ring, nil, n)
		spec.Compression = kind
		groups, err := form(spec)
		if err != nil {
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
	// Overlap: DiLoCo's outer all-reduce overlapped with the next round.
	Overlap bool `json:"overlap"`
	// RingOrder lists award indices in ring order (empty: award order).
	RingOrder []int `json:"ring_order,omitempty"`
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
	// One ring order for the whole run: decided by the first group over
	// the links, kept by every later one (and on loopback).
	if c.TargetLoss > 0 && c.TrainEvalEvery < 1 {
		return nil, fmt.Errorf("--target-loss needs --train-eval-every")
	}
	var overlaps []bool
	for _, o := range c.TrainOverlap {
		switch o {
		case "off":
			overlaps = append(overlaps, false)
		case "on":
			overlaps = append(overlaps, true)
		default:
			return nil, fmt.Errorf("--train-overlap %q: want off or on", o)
		}
	}
	ro := &ringOrder{measure: c.Order}
	for _, k := range kinds {
		for _, h := range c.TrainH {
			for _, outer := range outers {
				for _, overlap := range overlaps {
					if h <= 1 && (outer.On() || overlap) {
						continue // compression and overlap are of DiLoCo's outer gradients
					}
					for _, links := range []string{"wan", "loopback"} {
						t := topo
						if links == "loopback" {
							t = nil
						}
						p := train.ScalingParams{Model: c.Train, Members: []int{c.Peers}, Steps: c.TrainSteps, Warmup: c.TrainWarmup, Batch: c.TrainBatch,
							Reducers: wanReducers(t, k, ro, quietRingLog(env)), LocalSteps: h, Compression: outer, Overlap: overlap,
							OuterLR: c.TrainOuterLR, OuterMomentum: c.TrainOuterMomentum, EvalEvery: c.TrainEvalEvery, TargetLoss: c.TargetLoss}
						got, err := train.MeasureScaling(env.ctx, p)
						if err != nil {
							return rows, fmt.Errorf("bench wan --train, %s %v H=%d %v overlap %v: %w", links, k, h, outer, overlap, err)
						}
						g := got[len(got)-1]
						r := wanTrainRow{Links: links, Compression: k.String(), LocalSteps: max(1, h), Outer: outer.String(), Row: g,
							Utilisation: float64(g.Compute) / float64(g.Step), Overlap: overlap, RingOrder: ro.order}
						rows = append(rows, r)
						if !c.JSON {
							ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
							target := "-"
							if g.StepsToTarget > 0 {
								target = fmt.Sprintf("%.1f s @%d", g.TimeToTarget.Seconds(), g.StepsToTarget)
							}
							fmt.Fprintf(env.stdout, "%9s %8s %3d %16s %7v %8d %11s %11s %11s %12.2f %9.4f %14s %10s\n", links, r.Compression, r.LocalSteps, r.Outer, overlap, g.Floats,
								ms(g.Step), ms(g.Compute), ms(g.Comm), r.Utilisation, g.HeldOutLoss, target, g.Hash[:8])
						}
					}
				}
			}
		}
	}
	if d := ro.decision; d != nil && !c.JSON {
		if d.Tour {
			fmt.Fprintf(env.stdout, "ring order from measured round trips: %v (one-way ring latency %.1f ms, award order %.1f ms), kept on loopback\n", d.Order, float64(d.TourMicros)/1e3, float64(d.AwardMicros)/1e3)
		} else {
			fmt.Fprintf(env.stdout, "ring order from measured round trips: award order kept (%s)\n", d.Reason)
		}
	}
	return rows, nil
}

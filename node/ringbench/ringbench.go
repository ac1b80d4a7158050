// Package ringbench builds training groups whose gradients go through the
// real ring all-reduce, for measuring them: each member gets its own
// libp2p host on 127.0.0.1 (mesh.LocalParams, a key from a fixed seed) and
// allreduce.Service, the group is formed over them in host order, and each
// member trains through node.NewRingReducer, as a node's member does in a
// job. It backs the ring variant of `trainmesh bench train` and
// BenchmarkGroupStepRing; train.MeasureScaling does the measuring.
//
// It lives under node, not train: train talks to no network (its
// TestNoNetwork forbids libp2p under train/...), and only cmd and node's
// own subpackages may import node, whose NewRingReducer it uses. It
// listens on 127.0.0.1 only and dials nothing else.
package ringbench

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
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/train"
)

// startTimeout bounds forming a benchmark's ring. Every host is on this
// machine's loopback, so formation takes milliseconds; a member missing
// after this long is a bug, and waiting allreduce's default two minutes
// for it would only hide that.
const startTimeout = 30 * time.Second

// Reducers returns the train.GroupReducers of ring all-reduce groups:
// a group of k starts k hosts, forms a ring over them for tensors of n
// floats (allreduce.DefaultSpec, the layout a job's ring uses) and hands
// member i the ring reducer of host i. Release closes the groups, the
// services and the hosts. log receives the all-reduce's messages (nil
// discards them).
func Reducers(log *slog.Logger) train.GroupReducers { return ReducersWith(log, codec.FP32) }

// ReducersWith is Reducers with the rings' chunk compression comp
// (codec.Ints for compressed DiLoCo's quantized values).
func ReducersWith(log *slog.Logger, comp codec.Kind) train.GroupReducers {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return func(ctx context.Context, k, n int) ([]train.AllReducer, func(), error) {
		r, err := start(ctx, k, n, comp, log)
		if err != nil {
			return nil, nil, err
		}
		ars := make([]train.AllReducer, k)
		for i, g := range r.groups {
			ars[i] = node.NewRingReducer(g)
		}
		return ars, r.close, nil
	}
}

// ring is one benchmark group: host i runs service i, which holds group i.
type ring struct {
	hosts  []*mesh.Host
	svcs   []*allreduce.Service
	groups []*allreduce.Group
}

func start(ctx context.Context, k, n int, comp codec.Kind, log *slog.Logger) (*ring, error) {
	if k < 1 || n < 1 {
		return nil, fmt.Errorf("ringbench: a group of %d for %d floats", k, n)
	}
	r := &ring{}
	ok := false
	defer func() {
		if !ok {
			r.close()
		}
	}()
	ids := make([]peer.ID, k)
	for i := range k {
		// The seed names the group size: each size gets fresh hosts.
		h, err := mesh.New(ctx, identity.FromSeed(fmt.Appendf(nil, "ringbench-%d-%d", k, i)).LibP2P(), mesh.LocalParams(), nil)
		if err != nil {
			return nil, fmt.Errorf("ringbench: host %d of %d: %w", i, k, err)
		}
		r.hosts = append(r.hosts, h)
		ids[i] = h.ID()
	}
	// Every host knows every other's addresses, as nodes learn them from
	// presence gossip.
	for _, a := range r.hosts {
		for _, b := range r.hosts {
			if a != b {
				a.Peerstore().AddAddrs(b.ID(), b.Addrs(), time.Hour)
			}
		}
	}
	// And is connected to every other before the ring forms, as nodes are
	// through gossip, one dial at a time: in a ring of 2 each member dials
	// the other as it forms, and two hosts on loopback dialling each other
	// at once from their (reused) listen ports can meet in a TCP
	// simultaneous open, where both sides start TLS as the client; both
	// dials fail and the swarm's dial backoff holds the address for 5 s.
	for i, a := range r.hosts {
		for _, b := range r.hosts[i+1:] {
			if err := a.Host.Connect(ctx, peer.AddrInfo{ID: b.ID()}); err != nil {
				return nil, fmt.Errorf("ringbench: connect the hosts: %w", err)
			}
		}
	}
	spec := allreduce.DefaultSpec(sha256.Sum256(fmt.Appendf(nil, "trainmesh/ringbench/%d", k)), ids, nil, n)
	spec.Compression = comp
	ap := allreduce.DefaultParams()
	ap.StartTimeout, ap.Log = startTimeout, log
	for _, h := range r.hosts {
		svc := allreduce.NewService(h, log)
		r.svcs = append(r.svcs, svc)
		g, err := svc.NewGroup(spec, ap)
		if err != nil {
			return nil, fmt.Errorf("ringbench: %w", err)
		}
		r.groups = append(r.groups, g)
	}
	errs := make([]error, k)
	var wg sync.WaitGroup
	for i, g := range r.groups {
		wg.Go(func() {
			f, err := g.Form(ctx)
			if err == nil && len(f.Members) != k {
				err = fmt.Errorf("member %d formed a ring of %d, want %d (dropped %v)", i, len(f.Members), k, f.Dropped)
			}
			errs[i] = err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("ringbench: form the ring: %w", err)
	}
	ok = true
	return r, nil
}

// close closes each service (and its group) before its host.
func (r *ring) close() {
	for _, s := range r.svcs {
		s.Close()
	}
	for _, h := range r.hosts {
		h.Close()
	}
}

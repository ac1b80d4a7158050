package benchmark

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/cespare/xxhash/v2"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
)

// PeerParams configure one peer of a ring run as its own process (the
// process fault tests, and the separate-process mode to come).
type PeerParams struct {
	Rank, Peers int
	// Seed names the run: peer keys derive from it and the rank.
	Seed string
	// Elems is the tensor length; Ops the number of all-reduces.
	Elems, Ops int
	Spec       allreduce.Spec // layout fields only; members are filled in
	Group      allreduce.Params
	// Security and Transport are the host's settings (mesh.Params).
	Security  string
	Transport mesh.TransportParams
	// KillAt, when set, makes the process kill itself (SIGKILL, no clean
	// up) right after sending this chunk: op, round, step.
	KillAt *[3]int
	// CPUProfile, when set, is a file to write a CPU profile of the
	// peer's operations to (runtime/pprof), from the ring's formation to
	// the last operation.
	CPUProfile string
	// Paced peers start each operation when a line comes on their input
	// (RunProcesses runs its baselines between operations).
	Paced bool
}

// PeerHello is the line a peer prints on start-up: who it is and where.
type PeerHello struct {
	Rank  int      `json:"rank"`
	ID    peer.ID  `json:"id"`
	Addrs []string `json:"addrs"`
}

// PeerReport is the line a peer prints after each operation.
type PeerReport struct {
	Op      int   `json:"op"`
	Members int   `json:"members"`
	Nanos   int64 `json:"ns"`
	// CPUNanos is the CPU time (user and system) the peer's process spent
	// in the operation.
	CPUNanos int64  `json:"cpu_ns"`
	Checksum uint64 `json:"checksum"`
	Err      string `json:"err,omitempty"`
	// Remotes are the remote addresses of the peer's connections to the
	// ring's members after the operation: where they went (bench wan
	// checks that each went through the emulated links).
	Remotes []string `json:"remotes,omitempty"`
}

// PeerInput is element i of rank's input to operation op: deterministic,
// so that a test can compute the exact expected result.
func PeerInput(rank, op, i int) float32 {
	x := uint32(rank*7919+op*104729+i) * 2654435761
	return float32(int32(x>>8)%20001-10000) / 997 * float32(1+rank%3)
}

// Checksum hashes a result buffer as the peer reports it.
func Checksum(buf []float32) uint64 { return xxhash.Sum64(codec.AsBytes(buf)) }

// RunPeer runs one peer: it prints a PeerHello line, reads the ring (one
// JSON array of PeerHello, in rank order) from in, then runs Ops
// all-reduces and prints a PeerReport after each; it returns when in ends.
func RunPeer(ctx context.Context, p PeerParams, in io.Reader, out io.Writer, log *slog.Logger) error {
	key := identity.FromSeed(fmt.Appendf(nil, "%s-%d", p.Seed, p.Rank))
	mp := mesh.LocalParams()
	if p.Security != "" {
		mp.Security = p.Security
	}
	if p.Transport != (mesh.TransportParams{}) {
		mp.Transport = p.Transport
	}
	h, err := mesh.New(ctx, key.LibP2P(), mp, log)
	if err != nil {
		return err
	}
	defer h.Close()
	clk := h.Clock()
	enc := json.NewEncoder(out)
	hello := PeerHello{Rank: p.Rank, ID: h.ID()}
	for _, a := range h.Addrs() {
		hello.Addrs = append(hello.Addrs, a.String())
	}
	if err := enc.Encode(hello); err != nil {
		return err
	}
	var ring []PeerHello
	rd := bufio.NewReaderSize(in, 1<<16)
	line, err := rd.ReadBytes('\n')
	if err != nil {
		return fmt.Errorf("read the ring: %w", err)
	}
	if err := json.Unmarshal(line, &ring); err != nil || len(ring) != p.Peers {
		return fmt.Errorf("ring of %d peers, want %d: %v", len(ring), p.Peers, err)
	}
	members := make([]peer.ID, len(ring))
	for i, r := range ring {
		members[i] = r.ID
		for _, a := range r.Addrs {
			ma, err := multiaddr.NewMultiaddr(a)
			if err != nil {
				return err
			}
			h.Peerstore().AddAddr(r.ID, ma, time.Hour)
		}
	}
	svc := allreduce.NewService(h, log)
	defer svc.Close()
	spec := p.Spec
	spec.Members, spec.Len = members, p.Elems
	gp := p.Group
	if p.KillAt != nil {
		at := *p.KillAt
		gp.AfterChunk = func(op uint64, round, step int) {
			if int(op) == at[0] && round == at[1] && step == at[2] {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
			}
		}
	}
	g, err := svc.NewGroup(spec, gp)
	if err != nil {
		return err
	}
	if _, err := g.Form(ctx); err != nil {
		return err
	}
	buf := make([]float32, p.Elems)
	if p.CPUProfile != "" {
		stop, err := startCPUProfile(p.CPUProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	for op := range p.Ops {
		for i := range buf {
			buf[i] = PeerInput(p.Rank, op, i)
		}
		if p.Paced {
			if _, err := rd.ReadBytes('\n'); err != nil {
				return fmt.Errorf("wait for operation %d: %w", op, err)
			}
		}
		cpu0 := processCPU()
		start := clk.Now()
		n, err := g.AllReduce(ctx, buf)
		r := PeerReport{Op: op, Members: n, Nanos: clk.Since(start).Nanoseconds(), CPUNanos: int64(processCPU() - cpu0)}
		if err != nil {
			r.Err = err.Error()
		} else {
			r.Checksum = Checksum(buf)
		}
		if op == p.Ops-1 && p.CPUProfile != "" {
			// The profile is complete before the last report goes out:
			// the parent may kill this process once it has read it.
			stopCPUProfile()
		}
		for _, m := range members {
			for _, c := range h.Network().ConnsToPeer(m) {
				r.Remotes = append(r.Remotes, c.RemoteMultiaddr().String())
			}
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
		if r.Err != "" {
			return err
		}
	}
	// Stay in the ring until the parent says everyone is done (closes
	// in): a member that left at once could take the last checksum
	// records still queued for its successor with it.
	_, _ = io.Copy(io.Discard, rd)
	return nil
}

// profiling guards the process-wide CPU profile: stopCPUProfile may run
// twice (after the last operation, and deferred on an early return).
var profiling struct {
	mu   sync.Mutex
	file *os.File
}

// startCPUProfile writes a CPU profile of this process to path until
// the returned function (or stopCPUProfile) runs.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	profiling.mu.Lock()
	profiling.file = f
	profiling.mu.Unlock()
	return stopCPUProfile, nil
}

func stopCPUProfile() {
	profiling.mu.Lock()
	defer profiling.mu.Unlock()
	if profiling.file == nil {
		return
	}
	pprof.StopCPUProfile()
	_ = profiling.file.Close()
	profiling.file = nil
}

package benchmark

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/trainmesh/trainmesh/clock"
)

// Command starts one peer process: the binary and arguments that run
// RunPeer for rank with the given extra arguments (the trainmesh command
// supplies `trainmesh bench allreduce-peer`).
type Command func(rank int, args []string) *exec.Cmd

// RunProcesses is Run with the all-reduce's peers as separate processes
// started by cmd. The peers are paced: each operation starts when this
// process says so, and between two operations the two baselines run here,
// on hosts with the same settings, so that all three see the same load of
// a shared machine, as in Run. Each peer reports the CPU time its process
// spent in each operation; Result.AllReduceCPU is their sum.
func RunProcesses(ctx context.Context, p Params, cmd Command, log *slog.Logger) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	clk := clock.OrReal(p.Clock)
	res, err := newResult(p)
	if err != nil {
		return res, err
	}
	res.Processes = true
	extra := []string{"--paced"}
	if p.CPUProfileDir != "" {
		extra = append(extra, "--cpuprofile", filepath.Join(p.CPUProfileDir, "peer-%d.pprof"))
	}
	pp, hellos, err := startPeers(ctx, p, p.Peers, cmd, extra)
	if err != nil {
		return res, err
	}
	defer pp.close()
	pp.paced = true
	hosts, err := startHosts(ctx, p)
	if err != nil {
		return res, err
	}
	defer func() {
		for _, h := range hosts {
			h.Close()
		}
	}()
	lp, tr, err := startBaselines(ctx, hosts, p)
	if err != nil {
		return res, err
	}
	defer lp.close()
	defer tr.close()
	rings := make([][]PeerHello, p.Peers)
	for i := range rings {
		rings[i] = hellos
	}
	if err := pp.start(rings); err != nil {
		return res, err
	}
	chunk := max(4<<10, p.ChunkBytes)
	var tAR, tLP, tTCP, cAR, cLP, cTCP []time.Duration
	for i := -p.Warmup; i < p.Iterations; i++ {
		d, cpu, _, err := pp.op(i + p.Warmup)
		if err != nil {
			return res, fmt.Errorf("all-reduce: %w", err)
		}
		c0 := processCPU()
		d2, err := lp.run(ctx, clk, res.LinkBytes, chunk)
		if err != nil {
			return res, fmt.Errorf("libp2p ring: %w", err)
		}
		c1 := processCPU()
		d3, err := tr.run(ctx, clk, res.LinkBytes, chunk)
		if err != nil {
			return res, fmt.Errorf("TCP ring: %w", err)
		}
		c2 := processCPU()
		log.Debug("iteration", "i", i, "allreduce", d, "allreduce cpu", cpu, "libp2p ring", d2, "tcp ring", d3)
		if i >= 0 {
			tAR, tLP, tTCP = append(tAR, d), append(tLP, d2), append(tTCP, d3)
			cAR, cLP, cTCP = append(cAR, cpu), append(cLP, c1-c0), append(cTCP, c2-c1)
		}
	}
	res.AllReduceTime, res.RingLibp2pTime, res.RingTCPTime = median(tAR), median(tLP), median(tTCP)
	res.AllReduceCPU, res.RingLibp2pCPU, res.RingTCPCPU = median(cAR), median(cLP), median(cTCP)
	res.finish()
	return res, nil
}

// processCPU is the CPU time (user and system) this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peerProcs are a ring's peers running as processes (RunPeer), talking
// with this one over their standard input and output.
type peerProcs struct {
	ctx   context.Context
	procs []*peerProc
	stop  func() bool
	// paced peers start each operation on a line from this process.
	paced bool
	last  []PeerReport
}

type peerProc struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines *bufio.Scanner
}

// startPeers starts n peers of p's layout with cmd (extra: further
// arguments) and returns them with their hellos, in rank order.
func startPeers(ctx context.Context, p Params, n int, cmd Command, extra []string) (*peerProcs, []PeerHello, error) {
	pp := &peerProcs{ctx: ctx, procs: make([]*peerProc, 0, n)}
	for i := range n {
		c := cmd(i, append([]string{
			"--rank", fmt.Sprint(i), "--peers", fmt.Sprint(n), "--seed", "bench-processes",
			"--elems", fmt.Sprint(p.Bytes / 4), "--ops", fmt.Sprint(p.Warmup + p.Iterations),
			"--chunk-bytes", fmt.Sprint(p.ChunkBytes), "--lanes", fmt.Sprint(p.Lanes), "--compression", p.Compression.String(),
			"--security", p.Security, "--yamux-window-bytes", fmt.Sprint(p.Transport.YamuxWindowBytes),
			"--yamux-message-bytes", fmt.Sprint(p.Transport.YamuxMessageBytes),
			"--yamux-initial-window-bytes", fmt.Sprint(p.Transport.YamuxInitialWindowBytes),
			fmt.Sprintf("--tls-batch-writes=%v", p.Transport.TLSBatchWrites),
			fmt.Sprintf("--direct-lanes=%v", p.DirectLanes),
		}, expandRank(extra, i)...))
		c.Stderr = os.Stderr
		stdin, err := c.StdinPipe()
		if err != nil {
			pp.close()
			return nil, nil, err
		}
		stdout, err := c.StdoutPipe()
		if err != nil {
			pp.close()
			return nil, nil, err
		}
		if err := c.Start(); err != nil {
			pp.close()
			return nil, nil, fmt.Errorf("start peer %d: %w", i, err)
		}
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		pp.procs = append(pp.procs, &peerProc{cmd: c, stdin: stdin, lines: sc})
	}
	// A peer that hangs must not hang the benchmark: kill them all if ctx
	// ends.
	pp.stop = context.AfterFunc(ctx, func() {
		for _, pr := range pp.procs {
			_ = pr.cmd.Process.Kill()
		}
	})
	hellos := make([]PeerHello, n)
	for i := range pp.procs {
		if err := pp.read(i, &hellos[i]); err != nil {
			pp.close()
			return nil, nil, err
		}
	}
	return pp, hellos, nil
}

// read decodes peer i's next line into v.
func (pp *peerProcs) read(i int, v any) error {
	if !pp.procs[i].lines.Scan() {
		return fmt.Errorf("peer %d ended: %v", i, errors.Join(pp.procs[i].lines.Err(), pp.ctx.Err()))
	}
	return json.Unmarshal(pp.procs[i].lines.Bytes(), v)
}

// start gives each peer i its ring (rings[i]: every peer's hello, the
// addresses as peer i is to reach them).
func (pp *peerProcs) start(rings [][]PeerHello) error {
	for i, pr := range pp.procs {
		line, err := json.Marshal(rings[i])
		if err != nil {
			return err
		}
		if _, err := pr.stdin.Write(append(line, '\n')); err != nil {
			return err
		}
	}
	return nil
}

// op starts operation op on paced peers and waits for every peer's
// report of it; it returns the slowest peer's time, the CPU time of all
// peers together, and the reports (reused on the next call).
func (pp *peerProcs) op(op int) (time.Duration, time.Duration, []PeerReport, error) {
	n := len(pp.procs)
	if pp.paced {
		for i, pr := range pp.procs {
			if _, err := pr.stdin.Write([]byte("go\n")); err != nil {
				return 0, 0, nil, fmt.Errorf("peer %d: %w", i, err)
			}
		}
	}
	if len(pp.last) != n {
		pp.last = make([]PeerReport, n)
	}
	var slowest, cpu time.Duration
	for i := range pp.procs {
		r := &pp.last[i]
		*r = PeerReport{}
		if err := pp.read(i, r); err != nil {
			return 0, 0, nil, err
		}
		if r.Err != "" || r.Op != op || r.Members != n {
			return 0, 0, nil, fmt.Errorf("peer %d: operation %d: %d members, %s", i, r.Op, r.Members, r.Err)
		}
		slowest = max(slowest, time.Duration(r.Nanos))
		cpu += time.Duration(r.CPUNanos)
	}
	return slowest, cpu, pp.last, nil
}

// run gives each peer its ring, waits for every peer's report of each
// operation, and returns the slowest peer's time of each after warmup,
// and the last reports.
func (pp *peerProcs) run(rings [][]PeerHello, warmup, iterations int, log *slog.Logger) ([]time.Duration, []PeerReport, error) {
	if err := pp.start(rings); err != nil {
		return nil, nil, err
	}
	var times []time.Duration
	var last []PeerReport
	for op := range warmup + iterations {
		slowest, _, reports, err := pp.op(op)
		if err != nil {
			return nil, nil, err
		}
		last = reports
		log.Debug("operation", "op", op, "slowest peer", slowest)
		if op >= warmup {
			times = append(times, slowest)
		}
	}
	return times, last, nil
}

// close ends the peers (idempotent): their input closes, which tells them
// everyone is done; they are killed if still running.
func (pp *peerProcs) close() {
	if pp.stop != nil {
		pp.stop()
	}
	for _, pr := range pp.procs {
		_ = pr.stdin.Close()
		_ = pr.cmd.Process.Kill()
		_ = pr.cmd.Wait()
	}
	pp.procs = nil
}

// expandRank returns args with %d replaced by rank (per-peer file names).
func expandRank(args []string, rank int) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = strings.ReplaceAll(a, "%d", fmt.Sprint(rank))
	}
	return out
}

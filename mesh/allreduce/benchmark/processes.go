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
	"time"
)

// Command starts one peer process: the binary and arguments that run
// RunPeer for rank with the given extra arguments (the trainmesh command
// supplies `trainmesh bench allreduce-peer`).
type Command func(rank int, args []string) *exec.Cmd

// RunProcesses is Run with the all-reduce's peers as separate processes
// started by cmd. The baselines run afterwards in this process, on hosts
// with the same settings: the peers run their operations back to back, so
// the three cannot be interleaved as in Run.
func RunProcesses(ctx context.Context, p Params, cmd Command, log *slog.Logger) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ops := p.Warmup + p.Iterations
	type proc struct {
		cmd   *exec.Cmd
		stdin io.WriteCloser
		lines *bufio.Scanner
	}
	procs := make([]*proc, p.Peers)
	defer func() {
		for _, pr := range procs {
			if pr != nil {
				_ = pr.stdin.Close()
				_ = pr.cmd.Process.Kill()
				_ = pr.cmd.Wait()
			}
		}
	}()
	for i := range procs {
		c := cmd(i, []string{
			"--rank", fmt.Sprint(i), "--peers", fmt.Sprint(p.Peers), "--seed", "bench-processes",
			"--elems", fmt.Sprint(p.Bytes / 4), "--ops", fmt.Sprint(ops),
			"--chunk-bytes", fmt.Sprint(p.ChunkBytes), "--lanes", fmt.Sprint(p.Lanes), "--compression", p.Compression.String(),
			"--security", p.Security, "--yamux-window-bytes", fmt.Sprint(p.Transport.YamuxWindowBytes),
			"--yamux-message-bytes", fmt.Sprint(p.Transport.YamuxMessageBytes),
			fmt.Sprintf("--tls-batch-writes=%v", p.Transport.TLSBatchWrites),
		})
		c.Stderr = os.Stderr
		stdin, err := c.StdinPipe()
		if err != nil {
			return Result{}, err
		}
		stdout, err := c.StdoutPipe()
		if err != nil {
			return Result{}, err
		}
		if err := c.Start(); err != nil {
			return Result{}, fmt.Errorf("start peer %d: %w", i, err)
		}
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		procs[i] = &proc{cmd: c, stdin: stdin, lines: sc}
	}
	// A peer that hangs must not hang the benchmark: kill them all if ctx
	// ends.
	stop := context.AfterFunc(ctx, func() {
		for _, pr := range procs {
			_ = pr.cmd.Process.Kill()
		}
	})
	defer stop()
	read := func(i int, v any) error {
		if !procs[i].lines.Scan() {
			return fmt.Errorf("peer %d ended: %v", i, errors.Join(procs[i].lines.Err(), ctx.Err()))
		}
		return json.Unmarshal(procs[i].lines.Bytes(), v)
	}
	ring := make([]PeerHello, p.Peers)
	for i := range procs {
		if err := read(i, &ring[i]); err != nil {
			return Result{}, err
		}
	}
	line, err := json.Marshal(ring)
	if err != nil {
		return Result{}, err
	}
	for _, pr := range procs {
		if _, err := pr.stdin.Write(append(line, '\n')); err != nil {
			return Result{}, err
		}
	}
	var tAR []time.Duration
	for op := range ops {
		var slowest time.Duration
		for i := range procs {
			var r PeerReport
			if err := read(i, &r); err != nil {
				return Result{}, err
			}
			if r.Err != "" || r.Op != op || r.Members != p.Peers {
				return Result{}, fmt.Errorf("peer %d: operation %d: %d members, %s", i, r.Op, r.Members, r.Err)
			}
			slowest = max(slowest, time.Duration(r.Nanos))
		}
		log.Debug("operation", "op", op, "slowest peer", slowest)
		if op >= p.Warmup {
			tAR = append(tAR, slowest)
		}
	}
	for _, pr := range procs {
		_ = pr.stdin.Close()
	}
	base, err := baselines(ctx, p)
	if err != nil {
		return Result{}, err
	}
	base.AllReduceTime = median(tAR)
	base.finish()
	return base, nil
}

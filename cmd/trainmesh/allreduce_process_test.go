package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/mesh/allreduce/benchmark"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// ringProc is one `trainmesh bench allreduce-peer` process.
type ringProc struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan []byte // stdout lines; closed at EOF
	done  chan error
}

func startRingProc(t *testing.T, args ...string) *ringProc {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), envRunAsMain+"=1")
	cmd.Stderr = &testLogWriter{t}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &ringProc{cmd: cmd, stdin: stdin, lines: make(chan []byte, 16), done: make(chan error, 1)}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.lines <- append([]byte(nil), sc.Bytes()...)
		}
		close(p.lines)
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.done
	})
	return p
}

func (p *ringProc) next(ctx context.Context, v any) error {
	select {
	case b, ok := <-p.lines:
		if !ok {
			return io.EOF
		}
		return json.Unmarshal(b, v)
	case <-ctx.Done():
		return ctx.Err()
	}
}

type testLogWriter struct{ t *testing.T }

func (w *testLogWriter) Write(b []byte) (int, error) {
	w.t.Log(string(b))
	return len(b), nil
}

// TestAllreduceProcessKill runs a 4-ring as four trainmesh processes and
// SIGKILLs one in the middle of the reduce-scatter or of the all-gather:
// the three survivors must finish the operation with the exact float32
// sum of their own inputs in ring order (bit for bit what the schedule's
// reference executor gives), and run the next one as three.
func TestAllreduceProcessKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const n, elems, victim = 4, 300000, 2
	for _, tc := range []struct {
		name string
		kill string // op,round,step
	}{
		{"mid-reduce-scatter", "0,1,1"},
		{"mid-all-gather", "0,1,4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			procs := make([]*ringProc, n)
			ring := make([]benchmark.PeerHello, n)
			for i := range procs {
				args := []string{"--log-level", "warn", "bench", "allreduce-peer", "--rank", fmt.Sprint(i), "--peers", fmt.Sprint(n),
					"--seed", t.Name(), "--elems", fmt.Sprint(elems), "--ops", "2", "--quorum", "2"}
				if i == victim {
					args = append(args, "--kill-at", tc.kill)
				}
				procs[i] = startRingProc(t, args...)
			}
			for i, p := range procs {
				if err := p.next(ctx, &ring[i]); err != nil {
					t.Fatalf("peer %d hello: %v", i, err)
				}
			}
			line, _ := json.Marshal(ring)
			for _, p := range procs {
				if _, err := p.stdin.Write(append(line, '\n')); err != nil {
					t.Fatal(err)
				}
			}
			survivors := []int{0, 1, 3}
			for op := range 2 {
				want := expectedChecksum(t, survivors, op, elems)
				for _, i := range survivors {
					var r benchmark.PeerReport
					if err := procs[i].next(ctx, &r); err != nil {
						t.Fatalf("peer %d op %d: %v", i, op, err)
					}
					if r.Err != "" || r.Op != op || r.Members != len(survivors) {
						t.Fatalf("peer %d: %+v; want op %d with %d members", i, r, op, len(survivors))
					}
					if r.Checksum != want {
						t.Fatalf("peer %d op %d: checksum %x; want %x, the survivors' exact sum", i, op, r.Checksum, want)
					}
					t.Logf("peer %d op %d: %d members in %v", i, op, r.Members, time.Duration(r.Nanos))
				}
			}
			for _, p := range procs {
				_ = p.stdin.Close()
			}
			select {
			case err := <-procs[victim].done:
				procs[victim].done <- err // for Cleanup
				t.Logf("victim: %v", err)
			case <-ctx.Done():
				t.Fatal("the victim did not die")
			}
		})
	}
}

// expectedChecksum computes, in memory, what the ring of the given ranks
// produces for operation op.
func expectedChecksum(t *testing.T, ranks []int, op, elems int) uint64 {
	l, err := schedule.NewLayout(len(ranks), elems, (64<<10)/4)
	if err != nil {
		t.Fatal(err)
	}
	bufs := make([][]float32, len(ranks))
	for k, r := range ranks {
		bufs[k] = make([]float32, elems)
		for i := range bufs[k] {
			bufs[k][i] = benchmark.PeerInput(r, op, i)
		}
	}
	schedule.Execute(l, bufs, codec.Add)
	return benchmark.Checksum(bufs[0])
}

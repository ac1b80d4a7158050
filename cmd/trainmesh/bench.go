package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/benchmark"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
)

// benchCmd groups the benchmarks. Each child measures one part against a
// baseline taken in the same run and prints the ratio; add a child per part.
type benchCmd struct {
	Allreduce     benchAllreduceCmd     `cmd:"" name:"allreduce" help:"Ring all-reduce on 127.0.0.1 against concurrent ring-shaped libp2p and raw TCP transfers."`
	AllreducePeer benchAllreducePeerCmd `cmd:"" name:"allreduce-peer" hidden:"" help:"One peer of a ring in its own process (driven by tests)."`
	Train         benchTrainCmd         `cmd:"" name:"train" help:"Training step time (compute vs all-reduce) and scaling efficiency of 1 to 8 members."`
	Gas           benchGasCmd           `cmd:"" name:"gas" help:"Gas of settlement, withdrawal and slashing against a plain ERC-20 transfer."`
	WAN           benchWANCmd           `cmd:"" name:"wan" help:"Ring all-reduce over an emulated home internet (network namespaces, shaped links, delay; needs root) as a fraction of the slowest link."`
	Verify        benchVerifyCmd        `cmd:"" name:"verify" help:"A verifier's cost per recomputed step against a member's step time, and the chance of catching a cheat."`
}

type benchAllreduceCmd struct {
	Peers       int    `help:"Ring size (2 to 32)." default:"4" toml:"bench.allreduce.peers"`
	Size        string `help:"Tensor size: bytes, or with a KiB, MiB or GiB suffix." default:"64MiB" toml:"bench.allreduce.size"`
	Iterations  int    `help:"Measured runs of each; the median is reported." default:"5" toml:"bench.allreduce.iterations"`
	Warmup      int    `help:"Unmeasured runs of each first." default:"1" toml:"bench.allreduce.warmup"`
	ChunkBytes  int    `help:"Chunk size on the wire, in bytes." default:"1048576" name:"chunk-bytes" toml:"bench.allreduce.chunk-bytes"`
	Lanes       int    `help:"Streams per ring link." default:"4" toml:"bench.allreduce.lanes"`
	Compression string `help:"Chunk encoding: fp32, fp16, int8 or ints (lossless: integer chunks packed)." enum:"fp32,fp16,int8,ints" default:"fp32" toml:"bench.allreduce.compression"`
	Transcripts bool   `help:"Record, sign (secp256k1) and exchange per-hop transcripts (verified work), to measure their cost; fp32 only." toml:"bench.allreduce.transcripts"`
	Security    string `help:"Transport security: tls or noise." enum:"tls,noise" default:"tls" toml:"bench.allreduce.security"`
	YamuxWindow uint32 `help:"Largest yamux stream window, in bytes." default:"16777216" name:"yamux-window-bytes" toml:"bench.allreduce.yamux-window-bytes"`
	YamuxMsg    uint32 `help:"Largest yamux frame, in bytes." default:"262144" name:"yamux-message-bytes" toml:"bench.allreduce.yamux-message-bytes"`
	YamuxInit   uint32 `help:"Receive window a stream grants at once, in bytes (0: yamux's 256 KiB)." default:"4194304" name:"yamux-initial-window-bytes" toml:"bench.allreduce.yamux-initial-window-bytes"`
	TLSBatch    bool   `help:"Send the TLS records of each write in one system call (--no-tls-batch-writes: one per record, as go-libp2p does)." default:"true" negatable:"" name:"tls-batch-writes"`
	Unbatched   bool   `help:"Also measure the libp2p ring with go-libp2p's TLS as it is (one system call per record), on hosts of its own." name:"unbatched-tls"`
	LaneConns   bool   `help:"Also measure the libp2p ring with a connection per lane (an extra host per peer and lane) instead of one per link." name:"lane-conns"`
	DirectLanes bool   `help:"Carry the all-reduce's lanes on TCP connections of their own, keyed over their libp2p streams (--no-direct-lanes: on the libp2p streams)." default:"true" negatable:"" name:"direct-lanes"`
	JSON        bool   `help:"Print the figures as JSON." name:"json"`
	Processes   bool   `help:"Run each peer of the all-reduce as its own process (a real peer is a process of its own); the baselines run in this process between its operations."`
	CPUProfile  string `help:"With --processes: a directory where each peer process writes a CPU profile of its operations (peer-RANK.pprof; go tool pprof reads it)." name:"cpuprofile" type:"path"`
}

func (c *benchAllreduceCmd) Run(env *runEnv) error {
	size, err := parseSize(c.Size)
	if err != nil {
		return err
	}
	comp, err := codec.ParseKind(c.Compression)
	if err != nil {
		return err
	}
	p := benchmark.DefaultParams()
	p.Peers, p.Bytes, p.Iterations, p.Warmup = c.Peers, size, c.Iterations, c.Warmup
	p.ChunkBytes, p.Lanes, p.Compression, p.Security = c.ChunkBytes, c.Lanes, comp, c.Security
	p.Transport.YamuxWindowBytes, p.Transport.YamuxMessageBytes = c.YamuxWindow, c.YamuxMsg
	p.Transport.YamuxInitialWindowBytes = c.YamuxInit
	p.Transport.TLSBatchWrites = c.TLSBatch
	p.LaneConns, p.UnbatchedTLS, p.Transcripts = c.LaneConns, c.Unbatched, c.Transcripts
	p.DirectLanes = c.DirectLanes
	if c.CPUProfile != "" {
		if !c.Processes {
			return fmt.Errorf("--cpuprofile profiles the peer processes: add --processes (in one process, use go test -cpuprofile)")
		}
		if err := os.MkdirAll(c.CPUProfile, 0o755); err != nil {
			return err
		}
		p.CPUProfileDir = c.CPUProfile
	}
	var r benchmark.Result
	if c.Processes {
		if c.LaneConns || c.Unbatched || c.Transcripts {
			return fmt.Errorf("--lane-conns, --unbatched-tls and --transcripts are measured in one process only; drop --processes or them")
		}
		cmd, err := peerCommand(env)
		if err != nil {
			return err
		}
		r, err = benchmark.RunProcesses(env.ctx, p, cmd, env.log)
		if err != nil {
			return err
		}
	} else if r, err = benchmark.Run(env.ctx, p, env.log); err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	gb := func(x float64) string { return fmt.Sprintf("%.3f GB/s", x/1e9) }
	mode := "in one process"
	if r.Processes {
		mode = "as separate processes"
	}
	security := r.Security
	if security == "tls" && !r.TLSBatchWrites {
		security = "tls (records unbatched)"
	}
	fmt.Fprintf(env.stdout, "ring all-reduce: %d peers on 127.0.0.1 %s, %d bytes (%s, %d float32) each, %d bytes per link, median of %d; chunks %d B, %d lanes, %s, %s, yamux window %d B, frames %d B\n",
		r.Peers, mode, r.Bytes, c.Size, r.Bytes/4, r.LinkBytes, r.Iterations, r.ChunkBytes, r.Lanes, r.Compression, security, r.YamuxWindow, r.YamuxMsg)
	tw := tabwriter.NewWriter(env.stdout, 2, 4, 2, ' ', 0)
	name := "all-reduce"
	if r.Transcripts {
		name = "all-reduce with signed transcripts"
	}
	fmt.Fprintf(tw, "%s\ttime %v\talgbw %s\tbusbw %s\n", name, r.AllReduceTime.Round(1e5), gb(r.AlgBW), gb(r.BusBW))
	fmt.Fprintf(tw, "ring of libp2p streams\ttime %v\tper link %s\t\n", r.RingLibp2pTime.Round(1e5), gb(r.RingLibp2p))
	fmt.Fprintf(tw, "ring of raw TCP\ttime %v\tper link %s\t\n", r.RingTCPTime.Round(1e5), gb(r.RingTCP))
	if r.RingLaneConnsTime > 0 {
		fmt.Fprintf(tw, "ring of libp2p, a connection per lane\ttime %v\tper link %s\t\n", r.RingLaneConnsTime.Round(1e5), gb(r.RingLaneConns))
	}
	if r.RingUnbatchedTime > 0 {
		fmt.Fprintf(tw, "ring of libp2p, TLS records unbatched\ttime %v\tper link %s\t\n", r.RingUnbatchedTime.Round(1e5), gb(r.RingUnbatched))
	}
	if r.SchedAllReduce.P50 > 0 {
		fmt.Fprintf(tw, "Go scheduler latency\tall-reduce p50 %v p99 %v\tlibp2p ring p50 %v p99 %v\t\n",
			r.SchedAllReduce.P50.Round(time.Microsecond), r.SchedAllReduce.P99.Round(time.Microsecond), r.SchedLibp2p.P50.Round(time.Microsecond), r.SchedLibp2p.P99.Round(time.Microsecond))
	}
	if r.AllReduceCPU > 0 {
		perByte := func(d time.Duration) string {
			return fmt.Sprintf("%.2f ns per link byte", float64(d.Nanoseconds())/float64(r.LinkBytes*int64(r.Peers)))
		}
		fmt.Fprintf(tw, "CPU time, all peers	all-reduce %v (%s)	libp2p ring %v (%s)	TCP ring %v (%s)\n",
			r.AllReduceCPU.Round(time.Millisecond), perByte(r.AllReduceCPU), r.RingLibp2pCPU.Round(time.Millisecond), perByte(r.RingLibp2pCPU), r.RingTCPCPU.Round(time.Millisecond), perByte(r.RingTCPCPU))
	}
	fmt.Fprintf(tw, "busbw / libp2p ring\t%.3f\t(1.0 is the ring's ceiling)\t\n", r.BusOverLibp2p)
	fmt.Fprintf(tw, "busbw / TCP ring\t%.3f\t(per link, same run)\t\n", r.BusOverTCP)
	fmt.Fprintf(tw, "libp2p ring / TCP ring\t%.3f\t\t\n", r.Libp2pOverTCP)
	if r.RingLaneConnsTime > 0 {
		fmt.Fprintf(tw, "libp2p ring, a connection per lane / TCP ring\t%.3f\t\t\n", r.LaneConnsOverTCP)
	}
	if r.RingUnbatchedTime > 0 {
		fmt.Fprintf(tw, "libp2p ring, TLS records unbatched / TCP ring\t%.3f\t\t\n", r.UnbatchedOverTCP)
		fmt.Fprintf(tw, "libp2p ring / libp2p ring unbatched\t%.3f\t(what batching TLS records gains)\t\n", r.RingLibp2p/r.RingUnbatched)
	}
	return tw.Flush()
}

// parseSize reads "4096", "64KiB", "64MiB" or "1GiB".
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("size %q: want a positive number of bytes, optionally with KiB, MiB or GiB", s)
	}
	return n * mult, nil
}

// benchAllreducePeerCmd is one peer of a ring in its own process, driven
// over stdin/stdout by a parent (the process fault tests). Hidden: it is
// not meant to be run by hand.
// peerCommand starts one peer of a ring as a process: this binary's
// `bench allreduce-peer`.
func peerCommand(env *runEnv) (benchmark.Command, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return func(rank int, args []string) *exec.Cmd {
		cmd := exec.CommandContext(env.ctx, exe, append([]string{"--log-level", "warn", "bench", "allreduce-peer"}, args...)...)
		// Makes a test binary act as trainmesh (see main_test.go); the
		// real binary ignores it.
		cmd.Env = append(os.Environ(), "TRAINMESH_TEST_RUN_AS_MAIN=1")
		return cmd
	}, nil
}

type benchAllreducePeerCmd struct {
	Rank        int    `help:"This peer's rank." required:""`
	Peers       int    `help:"Ring size." required:""`
	Seed        string `help:"Run name; keys derive from it." default:"bench"`
	Elems       int    `help:"Tensor length in float32 elements." default:"1048576"`
	Ops         int    `help:"All-reduces to run." default:"1"`
	Quorum      int    `help:"Quorum (0: majority)." default:"0"`
	KillAt      []int  `help:"Kill this process after sending chunk op,round,step." name:"kill-at"`
	ChunkBytes  int    `help:"Chunk size on the wire, in bytes." default:"65536" name:"chunk-bytes"`
	Lanes       int    `help:"Streams per ring link." default:"4"`
	Compression string `help:"Chunk encoding." enum:"fp32,fp16,int8,ints" default:"fp32"`
	Security    string `help:"Transport security." enum:"tls,noise" default:"tls"`
	YamuxWindow uint32 `help:"Largest yamux stream window, in bytes." default:"16777216" name:"yamux-window-bytes"`
	YamuxMsg    uint32 `help:"Largest yamux frame, in bytes." default:"262144" name:"yamux-message-bytes"`
	TLSBatch    bool   `help:"Send the TLS records of each write in one system call." default:"true" negatable:"" name:"tls-batch-writes"`
	DirectLanes bool   `help:"Carry the lanes on TCP connections of their own." default:"true" negatable:"" name:"direct-lanes"`
	// The emulated links of bench wan want the defaults of a job's ring
	// and the bench's initial window.
	YamuxInit    uint32        `help:"Receive window a stream grants at once, in bytes (0: yamux's)." default:"0" name:"yamux-initial-window-bytes"`
	ChunkTimeout time.Duration `help:"How long a chunk may take before its sender is dropped." default:"5s" name:"chunk-timeout"`
	StartTimeout time.Duration `help:"How long forming the ring may take." default:"15s" name:"start-timeout"`
	CPUProfile   string        `help:"Write a CPU profile of the operations to this file." name:"cpuprofile" type:"path"`
	Paced        bool          `help:"Start each operation on a line of input (the parent runs baselines between operations)."`
}

func (c *benchAllreducePeerCmd) Run(env *runEnv) error {
	p := benchmark.PeerParams{Rank: c.Rank, Peers: c.Peers, Seed: c.Seed, Elems: c.Elems, Ops: c.Ops, CPUProfile: c.CPUProfile, Paced: c.Paced}
	p.Spec = allreduce.DefaultSpec(allreduce.GroupID{'p', 'e', 'e', 'r'}, make([]peer.ID, c.Peers), nil, c.Elems)
	comp, err := codec.ParseKind(c.Compression)
	if err != nil {
		return err
	}
	p.Spec.ChunkBytes, p.Spec.Lanes, p.Spec.Compression = c.ChunkBytes, c.Lanes, comp
	p.Security = c.Security
	p.Transport = mesh.TransportParams{YamuxWindowBytes: c.YamuxWindow, YamuxMessageBytes: c.YamuxMsg, TLSBatchWrites: c.TLSBatch, YamuxInitialWindowBytes: c.YamuxInit}
	if err := p.Transport.Validate(); err != nil {
		return err
	}
	if c.Quorum > 0 {
		p.Spec.Quorum = c.Quorum
	}
	p.Group = allreduce.DefaultParams()
	p.Group.ChunkTimeout, p.Group.StartTimeout, p.Group.ProbeTimeout, p.Group.ViewTimeout = c.ChunkTimeout, c.StartTimeout, 2*time.Second, max(20*time.Second, c.StartTimeout)
	p.Group.DirectLanes = c.DirectLanes
	if len(c.KillAt) > 0 {
		if len(c.KillAt) != 3 {
			return fmt.Errorf("--kill-at wants op,round,step")
		}
		p.KillAt = &[3]int{c.KillAt[0], c.KillAt[1], c.KillAt[2]}
	}
	return benchmark.RunPeer(env.ctx, p, env.stdin, env.stdout, env.log)
}

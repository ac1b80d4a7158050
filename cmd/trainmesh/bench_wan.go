package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/benchmark"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/ringorder"
	"github.com/trainmesh/trainmesh/mesh/wan"
)

// benchWANCmd is `trainmesh bench wan`: the ring all-reduce over an
// emulated home internet (package wan: a network namespace per peer,
// rate-limited up and down links, a one-way delay per path), as a fraction
// of the ring's slowest link, for each size and encoding asked, with the
// same all-reduce on loopback in the same run. Needs root.
type benchWANCmd struct {
	Peers              int           `help:"Ring size (2 to 32)." default:"4" toml:"bench.wan.peers"`
	Up                 string        `help:"Each peer's uplink: bit/s, or with a kbit, Mbit or Gbit suffix." default:"20Mbit" toml:"bench.wan.up"`
	Down               string        `help:"Each peer's downlink." default:"100Mbit" toml:"bench.wan.down"`
	Delay              time.Duration `help:"One-way delay between every two peers (0 to 2s); with --sites, between two peers at different sites." default:"40ms" toml:"bench.wan.delay"`
	Sites              []string      `help:"Each peer's site, in award order (e.g. eu,us,eu,us: two continents interleaved); peers at one site are --site-delay apart, others --delay. As many as --peers." toml:"bench.wan.sites"`
	SiteDelay          time.Duration `help:"One-way delay between two peers at the same site (--sites)." default:"5ms" name:"site-delay" toml:"bench.wan.site-delay"`
	Delays             string        `help:"The one-way delay of every pair, a matrix on one line: rows (from peer i) separated by ';', entries (to peer j) by ',', each a duration or milliseconds (e.g. '0,5,80;5,0,80;80,80,0'); replaces --delay and --sites." toml:"bench.wan.delays"`
	Loss               float64       `help:"Probability that a packet a peer sends is dropped (0 to 0.2), by an nftables rule in its namespace; the delay is added after the lossy hop, so a loss costs less than over a real long path (package wan)." default:"0" toml:"bench.wan.loss"`
	Order              bool          `help:"Also time, in the same iterations, the ring in the order its members derive from their measured round trips (PROTOCOL.md, Ring order), next to award order." name:"measured-order" toml:"bench.wan.measured-order"`
	Sizes              []string      `help:"Tensor sizes (bytes, or with KiB, MiB or GiB); larger ones take long at home rates: 256MiB fp32 over 20 Mbit/s is about 2.5 minutes." default:"1MiB,4MiB,16MiB,64MiB" toml:"bench.wan.sizes"`
	Compression        []string      `help:"Encodings to measure: fp32, fp16, int8." default:"fp32,fp16,int8" toml:"bench.wan.compression"`
	Iterations         int           `help:"Measured runs of each; the median is reported." default:"1" toml:"bench.wan.iterations"`
	Warmup             int           `help:"Unmeasured runs of each first." default:"0" toml:"bench.wan.warmup"`
	ChunkBytes         []int         `help:"Chunk sizes on the wire, in bytes of float32 (0: what a job's ring uses, allreduce.ChunkBytesFor); each is measured." default:"0" name:"chunk-bytes" toml:"bench.wan.chunk-bytes"`
	Lanes              []int         `help:"Streams per ring link; each is measured." default:"4" toml:"bench.wan.lanes"`
	YamuxWindow        uint32        `help:"Largest yamux stream window, in bytes." default:"16777216" name:"yamux-window-bytes" toml:"bench.wan.yamux-window-bytes"`
	YamuxInit          []uint32      `help:"Receive windows a stream grants at once, in bytes (0: yamux's 256 KiB, grown by auto-tuning); each is measured." default:"4194304" name:"yamux-initial-window-bytes" toml:"bench.wan.yamux-initial-window-bytes"`
	Loopback           bool          `help:"Also time the same all-reduce on 127.0.0.1, unshaped, in the same run." default:"true" negatable:"" toml:"bench.wan.loopback"`
	Ceilings           bool          `help:"Also time, over the same links, every peer streaming the same wire bytes to its successor at once, over libp2p and over plain TCP: what no ring schedule can beat." default:"true" negatable:"" toml:"bench.wan.ceilings"`
	AllReduce          bool          `help:"Measure the all-reduce's sizes and encodings (--no-allreduce: only the training of --train)." default:"true" negatable:"" name:"allreduce" toml:"bench.wan.allreduce"`
	Train              string        `help:"Also train this model data-parallel (an all-reduce of the gradient every step, one group of --peers) with each encoding, over the links and on loopback: step time and compute utilisation. mlp (digits) or charlm." enum:",mlp,charlm" default:"" toml:"bench.wan.train"`
	TrainSteps         int           `help:"Measured training steps." default:"20" name:"train-steps" toml:"bench.wan.train-steps"`
	TrainWarmup        int           `help:"Unmeasured training steps first." default:"3" name:"train-warmup" toml:"bench.wan.train-warmup"`
	TrainH             []int         `help:"DiLoCo local steps H to train with (1: data-parallel, an all-reduce every step); each is measured." default:"1" name:"train-local-steps" toml:"bench.wan.train-local-steps"`
	TrainOuter         []string      `help:"DiLoCo outer-gradient compressions (none, topk:F, int2/int4/int8, topk:F+intN) for H > 1; each is measured." default:"none" name:"train-outer" toml:"bench.wan.train-outer"`
	TrainBatch         int           `help:"Rows per member per step." default:"64" name:"train-batch" toml:"bench.wan.train-batch"`
	TrainOverlap       []string      `help:"DiLoCo with its outer all-reduce overlapped with the next round's compute, the outer step one round late (train.Params.Overlap), for H > 1: off, on, or off,on (each is measured)." default:"off" name:"train-overlap" toml:"bench.wan.train-overlap"`
	TrainOuterLR       float32       `help:"DiLoCo's outer learning rate (0: its default, 0.7)." default:"0" name:"train-outer-lr" toml:"bench.wan.train-outer-lr"`
	TrainOuterMomentum float32       `help:"DiLoCo's outer Nesterov momentum (used with --train-outer-lr; when that is 0, DiLoCo's 0.9); the overlapped outer step wants at most 0.7." default:"0" name:"train-outer-momentum" toml:"bench.wan.train-outer-momentum"`
	TrainEvalEvery     int           `help:"Evaluate member 0 on the held-out set every this many steps (0: at the end only); --target-loss needs it." default:"0" name:"train-eval-every" toml:"bench.wan.train-eval-every"`
	TargetLoss         float64       `help:"Report the wall time (evaluations left out) and steps to the first evaluation whose held-out loss is at most this (0: none)." default:"0" name:"target-loss" toml:"bench.wan.target-loss"`
	Processes          bool          `help:"Also time the all-reduce with each peer a process of its own over the same links, before the rest of each run (a real peer is a process; the in-process ring of the same run is the baseline)." toml:"bench.wan.processes"`
	JSON               bool          `help:"Print the figures as JSON." name:"json"`
}

func (c *benchWANCmd) Run(env *runEnv) error {
	up, err := parseRate(c.Up)
	if err != nil {
		return err
	}
	down, err := parseRate(c.Down)
	if err != nil {
		return err
	}
	topoFor, err := c.topology(up, down)
	if err != nil {
		return err
	}
	topo := topoFor(c.Peers)
	if err := topo.Validate(); err != nil {
		return err
	}
	if err := wan.Available(); err != nil {
		return err
	}
	var sizes []int64
	for _, s := range c.Sizes {
		b, err := parseSize(s)
		if err != nil {
			return err
		}
		sizes = append(sizes, b)
	}
	var kinds []codec.Kind
	for _, s := range c.Compression {
		k, err := codec.ParseKind(s)
		if err != nil {
			return err
		}
		kinds = append(kinds, k)
	}
	if !c.JSON && c.AllReduce {
		fmt.Fprintf(env.stdout, "ring all-reduce over an emulated home internet: %d peers, each %s up / %s down, %s, loss %g;\nyamux window up to %d B; median of %d after %d warm-up; fraction = wire bytes per link / time / slowest ring link;\nthe libp2p and TCP rings move the same wire bytes over the same links, every peer to its successor at once\n",
			c.Peers, c.Up, c.Down, c.delaysString(), c.Loss, c.YamuxWindow, c.Iterations, c.Warmup)
	}
	// Rows are printed as they are measured (a run takes minutes), so in
	// fixed columns rather than through a tabwriter.
	const row = "%8s %8s %7s %5s %8s %13s %9s %9s %8s %8s %14s %14s %9s\n"
	if !c.JSON && c.AllReduce {
		fmt.Fprintf(env.stdout, row, "size", "encoding", "chunk", "lanes", "init win", "wire per link", "time", "ideal", "Mbit/s", "fraction", "libp2p ring", "TCP ring", "loopback")
	}
	var results []benchmark.WANResult
	if !c.AllReduce {
		sizes = nil
	}
	for _, size := range sizes {
		for _, k := range kinds {
			for _, chunk := range c.ChunkBytes {
				for _, lanes := range c.Lanes {
					for _, iw := range c.YamuxInit {
						p := benchmark.WANParams{Params: benchmark.DefaultParams(), Topology: topo, Loopback: c.Loopback, Ceilings: c.Ceilings,
							MeasuredOrder: c.Order, Margin: ringorder.DefaultMargin}
						p.Bytes, p.Iterations, p.Warmup = size, c.Iterations, c.Warmup
						cb := chunk
						if cb == 0 {
							cb = allreduce.ChunkBytesFor(int(size/4), c.Peers, lanes)
						}
						p.ChunkBytes, p.Lanes, p.Compression = cb, lanes, k
						p.Transport.YamuxWindowBytes, p.Transport.YamuxInitialWindowBytes = c.YamuxWindow, iw
						if c.Processes {
							if p.Processes, err = peerCommand(env); err != nil {
								return err
							}
						}
						r, err := benchmark.RunWAN(env.ctx, p, quietRingLog(env))
						if err != nil {
							return fmt.Errorf("bench wan, %d bytes %v: %w", size, k, err)
						}
						results = append(results, r)
						if !c.JSON {
							fmt.Fprintf(env.stdout, row, sizeString(size), r.Compression, sizeString(int64(cb)), strconv.Itoa(lanes), sizeString(int64(max(iw, 256<<10))),
								fmt.Sprintf("%.1f MB", float64(r.WireBytes)/1e6), r.AllReduceTime.Round(time.Millisecond), r.IdealTime.Round(time.Millisecond),
								fmt.Sprintf("%.1f", r.LinkBps/1e6), fmt.Sprintf("%.2f", r.Fraction),
								timeFrac(r.Libp2pRingTime, r.Libp2pFraction), timeFrac(r.TCPRingTime, r.TCPFraction), timeFrac(r.LoopbackTime, -1))
							if r.ProcessesTime > 0 {
								fmt.Fprintf(env.stdout, "  peers as separate processes: %v, %.2f of the bottleneck (in one process %v, %.2f; %.2fx)\n",
									r.ProcessesTime.Round(time.Millisecond), r.ProcessesFraction, r.AllReduceTime.Round(time.Millisecond), r.Fraction, float64(r.AllReduceTime)/float64(r.ProcessesTime))
							}
							if d := r.Order; d != nil {
								line := fmt.Sprintf("  ring order from measured round trips: %v, one-way ring latency %.1f ms (award order %.1f ms): ", d.Order, float64(d.TourMicros)/1e3, float64(d.AwardMicros)/1e3)
								if d.Tour {
									line += fmt.Sprintf("taken, %v, %.2f of the bottleneck (award order %v, %.2f; %.2fx)", r.OrderedTime.Round(time.Millisecond), r.OrderedFraction, r.AllReduceTime.Round(time.Millisecond), r.Fraction, float64(r.AllReduceTime)/float64(r.OrderedTime))
								} else {
									line += "award order kept: " + d.Reason
								}
								fmt.Fprintln(env.stdout, line)
							}
						}
					}
				}
			}
		}
	}
	var trainRows []wanTrainRow
	if c.Train != "" {
		if !c.JSON {
			fmt.Fprintf(env.stdout, "\ntraining %s over %d peers, each %s up / %s down, %s, and on loopback; %d members, %d rows each per step, %d steps after %d warm-up; every member in this process on its own CPU backend;\nutilisation = member 0's compute time / wall time per step\n", c.Train, c.Peers, c.Up, c.Down, c.delaysString(), c.Peers, c.TrainBatch, c.TrainSteps, c.TrainWarmup)
			fmt.Fprintf(env.stdout, "%9s %8s %3s %16s %7s %8s %11s %11s %11s %12s %9s %14s %10s\n", "links", "encoding", "H", "outer", "overlap", "floats", "step", "compute", "all-reduce", "utilisation", "held-out", "to target", "params")
		}
		var err error
		trainRows, err = c.runTrain(env, topoFor, kinds)
		if err != nil {
			return err
		}
	}
	if c.JSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		if c.Train != "" {
			return enc.Encode(map[string]any{"allreduce": results, "train": trainRows})
		}
		return enc.Encode(results)
	}
	return nil
}

// topology returns the topology of k peers the flags describe.
func (c *benchWANCmd) topology(up, down int64) (func(k int) wan.Config, error) {
	withLoss := func(cfg wan.Config) wan.Config {
		for i := range cfg.Peers {
			cfg.Peers[i].Loss = c.Loss
		}
		return cfg
	}
	switch {
	case c.Delays != "":
		m, err := wan.ParseDelays(c.Delays)
		if err != nil {
			return nil, err
		}
		if len(m) != c.Peers {
			return nil, fmt.Errorf("--delays has %d rows for %d peers", len(m), c.Peers)
		}
		return func(k int) wan.Config {
			cfg := wan.Uniform(k, up, down, 0)
			for i := range k {
				for j := range k {
					cfg.Delay[i][j] = m[i][j]
				}
			}
			return withLoss(cfg)
		}, nil
	case len(c.Sites) > 0:
		if len(c.Sites) != c.Peers {
			return nil, fmt.Errorf("--sites names %d sites for %d peers", len(c.Sites), c.Peers)
		}
		return func(k int) wan.Config { return withLoss(wan.Sites(c.Sites[:k], up, down, c.SiteDelay, c.Delay)) }, nil
	}
	return func(k int) wan.Config { return withLoss(wan.Uniform(k, up, down, c.Delay)) }, nil
}

// delaysString describes the delays for the report's header.
func (c *benchWANCmd) delaysString() string {
	switch {
	case c.Delays != "":
		return "one-way delays " + c.Delays
	case len(c.Sites) > 0:
		return fmt.Sprintf("sites %s: %v one way within a site, %v across", strings.Join(c.Sites, ","), c.SiteDelay, c.Delay)
	}
	return fmt.Sprintf("%v one way between any two (round trip %v)", c.Delay, 2*c.Delay)
}

// timeFrac prints a time and, when f ≥ 0, a fraction; "-" when not
// measured.
func timeFrac(d time.Duration, f float64) string {
	switch {
	case d == 0:
		return "-"
	case f < 0:
		return d.Round(time.Millisecond).String()
	}
	return fmt.Sprintf("%v %.2f", d.Round(time.Millisecond), f)
}

// parseRate reads "20000000", "512kbit", "20Mbit" or "1Gbit" as bit/s.
func parseRate(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"Gbit", 1e9}, {"Mbit", 1e6}, {"kbit", 1e3}, {"bit", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 1 || n > wan.MaxRate/mult {
		return 0, fmt.Errorf("rate %q: want a positive whole number of bit/s, optionally with kbit, Mbit or Gbit", s)
	}
	return n * mult, nil
}

func sizeString(b int64) string {
	switch {
	case b >= 1<<30 && b%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", b>>30)
	case b >= 1<<20 && b%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", b>>20)
	case b >= 1<<10 && b%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", b>>10)
	}
	return fmt.Sprintf("%dB", b)
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"text/tabwriter"
	"time"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/node/ringbench"
	"github.com/trainmesh/trainmesh/train"
)

// benchTrainCmd is `trainmesh bench train`: the step time of a training
// group split into compute and all-reduce time, and the scaling
// efficiency of groups of 1, 2, 4 and 8 members against the 1-member
// throughput measured in the same run, with the in-memory all-reducer
// (train.LocalGroup), the real ring all-reduce over libp2p hosts on
// 127.0.0.1 (node/ringbench), or both, one after the other.
type benchTrainCmd struct {
	Model   string `help:"Model: mlp (digits, 64-256-10), charlm (the demo's transformer), llama (the same shape as a Llama, grouped-query, on the same bytes), llama-bpe (that Llama on Opticks tokenized by a 512-token BPE) or llama-demo (the demo's language model: that Llama on a 384-token BPE, contexts of 16 tokens)." enum:"mlp,charlm,llama,llama-bpe,llama-demo" default:"mlp" toml:"bench.train.model"`
	Members []int  `help:"Group sizes to measure (1 is always measured, as the baseline)." default:"1,2,4,8" toml:"bench.train.members"`
	Steps   int    `help:"Measured steps per group size." default:"200" toml:"bench.train.steps"`
	Warmup  int    `help:"Unmeasured steps first." default:"20" toml:"bench.train.warmup"`
	Batch   int    `help:"Rows (examples or sequences) per member per step." default:"64" toml:"bench.train.batch"`
	Reducer string `help:"All-reducer: local (in memory, one process), ring (the libp2p ring all-reduce, one host per member on 127.0.0.1) or both." enum:"local,ring,both" default:"both" toml:"bench.train.reducer"`
	// LocalSteps and Compression measure DiLoCo and its compressed outer
	// gradients; with compression, the same groups run uncompressed first,
	// in the same run, for the comparison.
	LocalSteps  int     `help:"DiLoCo local steps H (1: synchronous data-parallel)." default:"1" name:"local-steps" toml:"bench.train.local-steps"`
	Compression string  `help:"DiLoCo outer-gradient compression: none, topk:F, int2, int4, int8 or topk:F+intN; the uncompressed run comes first for comparison." default:"none" toml:"bench.train.compression"`
	OuterLR     float32 `help:"DiLoCo outer learning rate (0: 0.7)." name:"outer-lr" toml:"bench.train.outer-lr"`
	OuterMom    float32 `help:"DiLoCo outer momentum (used when --outer-lr is set)." name:"outer-momentum" toml:"bench.train.outer-momentum"`
	JSON        bool    `help:"Print the figures as JSON." name:"json"`
}

// benchTrainRun is one all-reducer's figures under one compression.
type benchTrainRun struct {
	Reducer     string             `json:"reducer"`
	Compression string             `json:"compression"`
	Groups      []train.ScalingRow `json:"groups"`
}

func (c *benchTrainCmd) Run(env *runEnv) error {
	reducers := []string{c.Reducer}
	if c.Reducer == "both" {
		reducers = []string{"local", "ring"}
	}
	comp, err := codec.ParseOuter(c.Compression)
	if err != nil {
		return err
	}
	if comp.On() && c.LocalSteps < 2 {
		return fmt.Errorf("--compression %v compresses DiLoCo's outer gradients: it needs --local-steps ≥ 2", comp)
	}
	comps := []codec.Outer{{}}
	if comp.On() {
		comps = append(comps, comp)
	}
	var runs []benchTrainRun
	for _, name := range reducers {
		for _, o := range comps {
			p := train.ScalingParams{Model: c.Model, Members: c.Members, Steps: c.Steps, Warmup: c.Warmup, Batch: c.Batch, Reducers: train.LocalReducers,
				LocalSteps: c.LocalSteps, Compression: o, OuterLR: c.OuterLR, OuterMomentum: c.OuterMom}
			if name == "ring" {
				// Quantized values go packed (codec.Ints, lossless);
				// everything else as float32, as a job's ring sends it.
				ring := codec.FP32
				if o.Bits > 0 {
					ring = codec.Ints
				}
				p.Reducers = ringbench.ReducersWith(quietRingLog(env), ring)
			}
			rows, err := train.MeasureScaling(env.ctx, p)
			if err != nil {
				return fmt.Errorf("bench train, %s all-reducer, compression %v: %w", name, o, err)
			}
			runs = append(runs, benchTrainRun{Reducer: name, Compression: o.String(), Groups: rows})
		}
	}
	if c.JSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"model": c.Model, "batch_per_member": c.Batch, "steps": c.Steps, "warmup": c.Warmup, "local_steps": c.LocalSteps, "runs": runs})
	}
	floats := runs[0].Groups[0].Floats
	fmt.Fprintf(env.stdout, "training step of %s, %d rows per member, %d steps after %d warmup, every member in this process on its own CPU backend;\none all-reduce of %d float32 (%d bytes) per step",
		c.Model, c.Batch, c.Steps, c.Warmup, floats, 4*floats)
	if c.LocalSteps > 1 {
		fmt.Fprintf(env.stdout, " every %d steps (DiLoCo)", c.LocalSteps)
	}
	fmt.Fprintln(env.stdout)
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }
	for _, r := range runs {
		switch r.Reducer {
		case "local":
			fmt.Fprintln(env.stdout, "\nlocal: in-memory all-reducer (train.LocalGroup); all-reduce = wait for the slowest member + in-memory sum")
		case "ring":
			fmt.Fprintln(env.stdout, "\nring: libp2p ring all-reduce, one host per member on 127.0.0.1 (TCP, TLS, yamux); all-reduce = wait + network; setup = start hosts and form the ring")
		}
		fmt.Fprintf(env.stdout, "outer-gradient compression: %s\n", r.Compression)
		tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "members\tstep\tcompute\tall-reduce\tother\trows/s\tefficiency vs 1\tsetup\tsent/step\theld-out loss\t")
		for _, g := range r.Groups {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%.0f\t%.2f\t%s\t%.0f B\t%.4f\t\n", g.Members, ms(g.Step), ms(g.Compute), ms(g.Comm),
				ms(g.Step-g.Compute-g.Comm), g.RowsPerSec, g.Efficiency, ms(g.Setup), g.WireBytes, g.HeldOutLoss)
		}
		tw.Flush()
	}
	fmt.Fprintln(env.stdout, "\nefficiency = rows/s / (members × the same all-reducer's 1-member rows/s); every member shares this\nmachine's cores, so on one machine efficiency falls once members outnumber them, whatever the all-reducer.\nsent/step = what member 0 sends on a ring of that size per step (train.WireBytes: the codec's sizes, headers not counted).")
	return nil
}

// quietRingLog is the log for the benchmark's rings: every group size
// forms a new ring, whose members each log at Info that it formed and how
// each link goes, which would bury the table; so below Debug only warnings
// and errors come through.
func quietRingLog(env *runEnv) *slog.Logger {
	if env.log.Enabled(env.ctx, slog.LevelDebug) {
		return env.log
	}
	return slog.New(minLevel{env.log.Handler(), slog.LevelWarn})
}

// minLevel drops records below min.
type minLevel struct {
	slog.Handler
	min slog.Level
}

func (h minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h minLevel) WithAttrs(a []slog.Attr) slog.Handler {
	return minLevel{h.Handler.WithAttrs(a), h.min}
}
func (h minLevel) WithGroup(g string) slog.Handler { return minLevel{h.Handler.WithGroup(g), h.min} }

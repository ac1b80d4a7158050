package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/trainmesh/trainmesh/train"
)

// benchTrainCmd is `trainmesh bench train`: the step time of a training
// group split into compute and all-reduce time, and the scaling
// efficiency of groups of 1, 2, 4 and 8 members against the 1-member
// throughput measured in the same run. The parent `bench` command holds
// it as:
//
//	Train benchTrainCmd `cmd:"" name:"train" help:"Training step time (compute vs all-reduce) and scaling efficiency of 1 to 8 members."`
type benchTrainCmd struct {
	Model   string `help:"Model: mlp (digits, 64-256-10) or charlm (the demo's transformer)." enum:"mlp,charlm" default:"mlp" toml:"bench.train.model"`
	Members []int  `help:"Group sizes to measure (1 is always measured, as the baseline)." default:"1,2,4,8" toml:"bench.train.members"`
	Steps   int    `help:"Measured steps per group size." default:"200" toml:"bench.train.steps"`
	Warmup  int    `help:"Unmeasured steps first." default:"20" toml:"bench.train.warmup"`
	Batch   int    `help:"Rows (examples or sequences) per member per step." default:"64" toml:"bench.train.batch"`
	JSON    bool   `help:"Print the figures as JSON." name:"json"`
}

func (c *benchTrainCmd) Run(env *runEnv) error {
	p := train.ScalingParams{Model: c.Model, Members: c.Members, Steps: c.Steps, Warmup: c.Warmup, Batch: c.Batch}
	rows, err := train.MeasureScaling(env.ctx, p)
	if err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"model": c.Model, "batch_per_member": c.Batch, "steps": c.Steps, "groups": rows})
	}
	fmt.Fprintf(env.stdout, "training step of %s, %d rows per member, %d steps, in-memory all-reducer (one process, CPU backends)\n", c.Model, c.Batch, c.Steps)
	tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "members\tstep\tcompute\tall-reduce\trows/s\tefficiency vs 1\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d\t%v\t%v\t%v\t%.0f\t%.2f\t\n", r.Members, r.Step.Round(time.Microsecond),
			r.Compute.Round(time.Microsecond), r.Comm.Round(time.Microsecond), r.RowsPerSec, r.Efficiency)
	}
	tw.Flush()
	fmt.Fprintln(env.stdout, "all-reduce time is the wait for the slowest member plus the in-memory sum, not network time;\nmembers share this machine's cores, so efficiency falls once they outnumber them.")
	return nil
}

package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/trainmesh/trainmesh/train/verify"
)

// benchVerifyCmd is `trainmesh bench verify` (issue 16): what it costs to
// check a member's step by exact recomputation (train/verify), next to
// what the step cost the member, measured in the same run, and the chance
// that a member who cheats is caught within one job at a verification
// rate.
type benchVerifyCmd struct {
	Model     string  `help:"Model: mlp (digits, 64-256-10) or charlm (the demo's transformer)." enum:"mlp,charlm" default:"mlp" toml:"bench.verify.model"`
	Members   int     `help:"Members of the group that trains." default:"4" toml:"bench.verify.members"`
	Steps     int     `help:"Steps the group trains." default:"40" toml:"bench.verify.steps"`
	Batch     int     `help:"Rows (examples or sequences) per member per step." default:"32" toml:"bench.verify.batch"`
	HashEvery int     `help:"Receipt period in steps (leaves per commitment root)." default:"10" name:"hash-every" toml:"bench.verify.hash-every"`
	Local     int     `help:"Local steps per all-reduce (DiLoCo's H; 1: synchronous). With H > 1 outer steps are checked and counted, and each member's job audit is added." default:"1" toml:"bench.verify.local"`
	Checks    int     `help:"(member, step) pairs verified and timed." default:"20" toml:"bench.verify.checks"`
	Rate      float64 `help:"Fraction of (member, step) pairs that verifiers check, for the cost and detection figures (0: the job's default audit rate, 500 bps per step, or with --local 500 bps per outer step and a job audit)." default:"0" toml:"bench.verify.rate"`
	JobSteps  int     `help:"Job length in steps for the detection probability (0: the default job's, 100 steps, or with --local the job file's 400)." default:"0" name:"job-steps" toml:"bench.verify.job-steps"`
	JSON      bool    `help:"Print the figures as JSON." name:"json"`
}

func (c *benchVerifyCmd) Run(env *runEnv) error {
	p := verify.DefaultBenchParams()
	p.Model, p.Members, p.Steps, p.Batch, p.HashEvery = c.Model, c.Members, c.Steps, c.Batch, c.HashEvery
	p.Checks, p.Local = c.Checks, c.Local
	if c.Rate != 0 {
		p.Rate = c.Rate
	} else if c.Local > 1 {
		p.Rate = verify.DefaultOuterRate
	}
	if c.JobSteps != 0 {
		p.JobSteps = c.JobSteps
	} else if c.Local > 1 {
		p.JobSteps = verify.DefaultLocalJobSteps
	}
	r, err := verify.Measure(env.ctx, p)
	if err != nil {
		return fmt.Errorf("bench verify: %w", err)
	}
	if c.JSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.3f ms", float64(d)/float64(time.Millisecond)) }
	fmt.Fprintf(env.stdout, "verification of %s steps by exact recomputation on the CPU backend: a group of %d trained %d steps of %d rows per member,\nreceipts every %d steps; contribution %d float32\n",
		c.Model, c.Members, c.Steps, c.Batch, c.HashEvery, r.Floats)
	step, rate := "step", p.Rate
	if c.Local > 1 {
		step = "outer step"
		fmt.Fprintf(env.stdout, "%d local steps per all-reduce (DiLoCo): a check recomputes an outer step's %d local steps; each member also gets one job audit\n", c.Local, c.Local)
	}
	fmt.Fprintln(env.stdout)
	tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "member %s (alone, compute + commitment)\t%s\t\n", step, ms(r.MemberStep))
	fmt.Fprintf(tw, "  of which the commitment (sha256 of state, contribution, sum)\t%s\t\n", ms(r.Commit))
	fmt.Fprintf(tw, "one check (mean of %d)\t%s\t\n", c.Checks, ms(r.Verify))
	fmt.Fprintf(tw, "check / member %s\t%.2f\t\n", step, r.Ratio)
	if c.Local > 1 {
		fmt.Fprintf(tw, "verifiers' compute / group's at rate %.3f per outer step and a job audit in %d\t%.1f%%\t\n", rate, p.JobSteps/c.Local, 100*r.Cost)
	} else {
		fmt.Fprintf(tw, "verifiers' compute / group's at rate %.3f\t%.1f%%\t\n", rate, 100*r.Cost)
	}
	fmt.Fprintf(tw, "checks that found the honest member right\t%d/%d\t\n", r.Honest, c.Checks)
	tw.Flush()
	if c.Local > 1 {
		fmt.Fprintf(env.stdout, "\nprobability of catching a member within a %d-step job (%d outer steps) at rate %.3f and a job audit (1 − (1 − rate)^cheated · (1 − cheated/outer)):\n", p.JobSteps, p.JobSteps/c.Local, rate)
	} else {
		fmt.Fprintf(env.stdout, "\nprobability of catching a member within a %d-step job at rate %.3f (1 − (1 − rate)^cheated steps):\n", p.JobSteps, rate)
	}
	tw = tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "cheats on\t%ss\tcaught\t\n", step)
	for _, d := range r.Detect {
		fmt.Fprintf(tw, "%.0f%%\t%d\t%.4f\t\n", 100*d.CheatFraction, d.CheatedSteps, d.Probability)
	}
	tw.Flush()
	fmt.Fprintln(env.stdout, "\na lazy member (zeros on every step) is the first row. A check is verify.CheckStep: one step recomputed from the state\nthe member's leaf commits to (fetched by hash), as the node's auditors run it on the pairs job.Audited draws.")
	return nil
}

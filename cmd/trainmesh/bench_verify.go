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
	Checks    int     `help:"(member, step) pairs verified and timed." default:"20" toml:"bench.verify.checks"`
	Rate      float64 `help:"Fraction of (member, step) pairs that verifiers check, for the cost and detection figures (the job's default audit rate: 500 bps)." default:"0.05" toml:"bench.verify.rate"`
	JobSteps  int     `help:"Job length in steps for the detection probability (the default job's)." default:"100" name:"job-steps" toml:"bench.verify.job-steps"`
	JSON      bool    `help:"Print the figures as JSON." name:"json"`
}

func (c *benchVerifyCmd) Run(env *runEnv) error {
	p := verify.DefaultBenchParams()
	p.Model, p.Members, p.Steps, p.Batch, p.HashEvery = c.Model, c.Members, c.Steps, c.Batch, c.HashEvery
	p.Checks, p.Rate, p.JobSteps = c.Checks, c.Rate, c.JobSteps
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
	fmt.Fprintf(env.stdout, "verification of %s steps by exact recomputation on the CPU backend: a group of %d trained %d steps of %d rows per member,\nreceipts every %d steps; contribution %d float32\n\n",
		c.Model, c.Members, c.Steps, c.Batch, c.HashEvery, r.Floats)
	tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "member step (alone, compute + commitment)\t%s\t\n", ms(r.MemberStep))
	fmt.Fprintf(tw, "  of which the commitment (sha256 of state, contribution, sum)\t%s\t\n", ms(r.Commit))
	fmt.Fprintf(tw, "one check (mean of %d)\t%s\t\n", c.Checks, ms(r.Verify))
	fmt.Fprintf(tw, "check / member step\t%.2f\t\n", r.Ratio)
	fmt.Fprintf(tw, "verifiers' compute / group's at rate %.3f\t%.1f%%\t\n", c.Rate, 100*r.Cost)
	fmt.Fprintf(tw, "checks that found the honest member right\t%d/%d\t\n", r.Honest, c.Checks)
	tw.Flush()
	fmt.Fprintf(env.stdout, "\nprobability of catching a member within a %d-step job at rate %.3f (1 − (1 − rate)^cheated steps):\n", c.JobSteps, c.Rate)
	tw = tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "cheats on\tsteps\tcaught\t")
	for _, d := range r.Detect {
		fmt.Fprintf(tw, "%.0f%%\t%d\t%.4f\t\n", 100*d.CheatFraction, d.CheatedSteps, d.Probability)
	}
	tw.Flush()
	fmt.Fprintln(env.stdout, "\na lazy member (zeros on every step) is the first row. A check is verify.CheckStep: one step recomputed from the state\nthe member's leaf commits to (fetched by hash), as the node's auditors run it on the pairs job.Audited draws.")
	return nil
}

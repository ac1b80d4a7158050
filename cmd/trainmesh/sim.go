package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/trainmesh/trainmesh/simulation"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// simCmd runs a scenario on the discrete-event engine.
type simCmd struct {
	Scenario string `arg:"" type:"existingfile" help:"Scenario file (YAML; see simulation/scenarios)."`
	Seed     uint64 `help:"Run with this seed instead of the scenario's (0: the scenario's)." default:"0"`
	Peers    int    `help:"Scale the scenario to about this many peers, same load per peer (0: as written)." default:"0"`
	Out      string `help:"Folder to write report.json and report.html to." default:"sim-report" type:"path"`
	EventLog string `help:"Also write the event log here ('-': standard output)." name:"event-log" placeholder:"FILE"`
	Bench    string `help:"Instead of one run: run the scenario scaled to each of these peer counts, print how wall time grows against the first, write no report." placeholder:"N,N,..."`
}

// simGCPercent trades memory for speed while a run lasts: the engine
// allocates many short-lived objects (messages, machine state) and the
// default GOGC=100 spends a fifth of a large run collecting them.
const simGCPercent = 400

func (c *simCmd) Run(env *runEnv) error {
	f, err := os.Open(c.Scenario)
	if err != nil {
		return err
	}
	sc, err := scenario.Decode(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", c.Scenario, err)
	}
	if c.Seed != 0 {
		sc.Seed = c.Seed
	}
	defer debug.SetGCPercent(debug.SetGCPercent(simGCPercent))
	if c.Bench != "" {
		return c.bench(env, sc)
	}
	if c.Peers > 0 {
		if sc, err = sc.Scaled(c.Peers); err != nil {
			return err
		}
	}
	// Make the output folders first: a typo there should not cost a run.
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return err
	}
	opts := simulation.Options{Progress: newSimProgress(env.stderr, sc.Name)}
	if c.EventLog != "" {
		w := env.stdout
		if c.EventLog != "-" {
			if err := os.MkdirAll(filepath.Dir(c.EventLog), 0o755); err != nil {
				return err
			}
			lf, err := os.Create(c.EventLog)
			if err != nil {
				return err
			}
			defer lf.Close()
			w = lf
		}
		opts.Log = w
	}
	fmt.Fprintf(env.stderr, "simulating %s: %d peers, %d jobs, %v of virtual time, seed %d\n", sc.Name, sc.Peers(), sc.JobCount(), sc.Duration.Std(), sc.Seed)
	res, err := simulation.Run(env.ctx, sc, opts)
	if err != nil {
		return err
	}
	r := res.Report
	jsonPath, htmlPath := filepath.Join(c.Out, "report.json"), filepath.Join(c.Out, "report.html")
	if err := writeFileWith(jsonPath, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}); err != nil {
		return err
	}
	if err := writeFileWith(htmlPath, func(w io.Writer) error { return simulation.WriteHTML(w, r) }); err != nil {
		return err
	}
	out := env.stderr
	if c.EventLog != "-" {
		out = env.stdout
	}
	printSimSummary(out, r)
	fmt.Fprintf(out, "report: %s and %s\n", jsonPath, htmlPath)
	return nil
}

// writeFileWith writes a file through fn, reporting the first error.
func writeFileWith(path string, fn func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func printSimSummary(w io.Writer, r *simulation.Report) {
	j := r.Jobs
	fmt.Fprintf(w, "%s (seed %d): %d peers, %.0f s virtual in %.1f s wall, %d peer-events (%.0f per second)\n",
		r.Scenario, r.Seed, r.Peers, r.VirtualS, r.WallS, r.PeerEvents, r.PeerEventsPerS)
	fmt.Fprintf(w, "  jobs       %d announced, %d awarded, %d completed (%.0f%%), %d failed, %d without award\n",
		j.Announced, j.Awarded, j.Completed, 100*j.CompletedShare, j.Failed, j.NoAward)
	fmt.Fprintf(w, "  clearing   p50 %.0f ms, p90 %.0f ms, p99 %.0f ms; %d of %d honest clearings equal the poster's award (%.2f%%; %d cleared again with the bids the award carried, %d held bids it lacked that would have changed it; %d never received the award, not counted); %d deviating awards with evidence\n",
		r.ClearingLatency.P50, r.ClearingLatency.P90, r.ClearingLatency.P99, j.ClearingsAgree, j.ClearingsAgree+j.ClearingsDisagree, 100*j.AgreeShare, j.Recleared, j.Omitted, j.ClearingsUnheard, j.Deviations)
	fmt.Fprintf(w, "  market     GPU utilisation %.3f, price per step p50 %.0f (median honest floor %.0f)\n",
		r.Utilisation, r.Prices.PerStep.P50, r.Prices.MedianFloor)
	fmt.Fprintf(w, "  evidence   %d equivocations detected, %d slashed; %d training faults\n", r.Evidence.Detected, r.Evidence.Slashed, r.Training.Faults)
	fmt.Fprintf(w, "  penalties  honest providers slashed / paid %.4f", r.HonestSlashedPerPaid)
	if c := r.Classes[scenario.FreeRider]; c != nil {
		fmt.Fprintf(w, "; free-riders' net %v (paid %v, slashed %v)", c.Net, c.Paid, c.Slashed)
	}
	fmt.Fprintln(w)
	v := r.Verification
	fmt.Fprintf(w, "  verified   %d of %d sampled pairs audited (%d bps, period %d), %d failed; %d convictions (%d tampering), %d false accusations; %d cheated steps\n",
		v.Audits, v.Sampled, v.RateBps, v.Period, v.Failed, v.Convictions, v.ConvictedTampered, v.FalseAccusations, v.CheatedSteps)
	for _, name := range sortedKeys(r.Classes) {
		c := r.Classes[name]
		if name == "poster" {
			fmt.Fprintf(w, "  %-17s %4d peers (post jobs, do not bid)\n", name, c.Peers)
			continue
		}
		fmt.Fprintf(w, "  %-17s %4d peers, %5d wins (%d after caught), paid %v (credited %v over the steps' cost at true floors), slashed %v, net %v, score %.3f\n", name, c.Peers, c.Wins, c.WinsAfterCaught, c.Paid, c.Profit, c.Slashed, c.Net, c.Score)
		if c.Detected+c.Audits+len(c.SlashedBy) > 0 {
			var slashed []string
			for _, k := range sortedKeys(c.SlashedBy) {
				slashed = append(slashed, fmt.Sprintf("%s %d", k, c.SlashedBy[k]))
			}
			kinds := "none"
			if len(slashed) > 0 {
				kinds = strings.Join(slashed, ", ")
			}
			fmt.Fprintf(w, "  %-17s detected %d (in %d jobs, %d cheated steps), audits %d (%d false), slashed by kind: %s\n", "", c.Detected, c.Convictions, c.CheatedSteps, c.Audits, c.FalseAudits, kinds)
		}
	}
	fmt.Fprintf(w, "  event log  %d lines, sha256 %s\n", r.LogLines, r.LogSHA256)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// bench runs the scenario at each size and prints how wall time grows
// against the first size, measured in the same run.
func (c *simCmd) bench(env *runEnv, sc *scenario.Scenario) error {
	var sizes []int
	for _, s := range strings.Split(c.Bench, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("--bench %q: want peer counts such as 100,1000,10000", c.Bench)
		}
		sizes = append(sizes, n)
	}
	if len(sizes) == 0 {
		return errors.New("--bench: no sizes")
	}
	fmt.Fprintf(env.stdout, "%s, seed %d: wall time by size, against %d peers in the same run\n", sc.Name, sc.Seed, sizes[0])
	fmt.Fprintf(env.stdout, "%8s %7s %12s %9s %14s %12s %14s\n", "peers", "jobs", "peer-events", "wall (s)", "peer-events/s", "wall ratio", "per-peer ratio")
	var base *simulation.Report
	for _, n := range sizes {
		s, err := sc.Scaled(n)
		if err != nil {
			return err
		}
		res, err := simulation.Run(env.ctx, s, simulation.Options{})
		if err != nil {
			return err
		}
		r := res.Report
		if base == nil {
			base = r
		}
		wallRatio := r.WallS / base.WallS
		perPeer := wallRatio / (float64(r.Peers) / float64(base.Peers))
		fmt.Fprintf(env.stdout, "%8d %7d %12d %9.2f %14.0f %12.2f %14.2f\n", r.Peers, r.Jobs.Announced, r.PeerEvents, r.WallS, r.PeerEventsPerS, wallRatio, perPeer)
	}
	fmt.Fprintln(env.stdout, "per-peer ratio: (wall / wall at the first size) / (peers / peers at the first size); 1.00 is linear growth")
	return nil
}

// newSimProgress shows the run's virtual time: a progress bar on a
// terminal, a line every tenth otherwise.
func newSimProgress(w io.Writer, name string) func(now, end time.Duration) {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar := progressbar.NewOptions(1000, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(name),
			progressbar.OptionSetWidth(30), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish(),
			progressbar.OptionSetPredictTime(true))
		return func(now, end time.Duration) {
			_ = bar.Set(int(1000 * now / max(end, 1)))
			if now >= end {
				_ = bar.Finish()
			}
		}
	}
	next := 0
	return func(now, end time.Duration) {
		if pct := int(100 * now / max(end, 1)); pct >= next {
			fmt.Fprintf(w, "  %s: %3d%% (virtual %v of %v)\n", name, pct, now.Round(time.Second), end)
			next = pct/10*10 + 10
		}
	}
}

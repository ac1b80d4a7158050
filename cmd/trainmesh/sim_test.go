package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/simulation"
)

// TestSimCommand: `trainmesh sim scenario.yaml` runs the scenario and
// writes its report as JSON and as a self-contained HTML page whose
// embedded data is the same report; the event log it writes hashes to the
// report's LogSHA256 (checked by the simulation's own tests).
func TestSimCommand(t *testing.T) {
	out := t.TempDir()
	logPath := filepath.Join(out, "events.log")
	code, stdout, stderr := runCLI(t, "sim", "../../simulation/scenarios/honest.yaml", "--out", out, "--event-log", logPath, "--seed", "5")
	if code != 0 {
		t.Fatalf("sim: exit %d\n%s\n%s", code, stdout, stderr)
	}
	t.Log(stdout)
	for _, want := range []string{"honest (seed 5)", "jobs ", "clearing   p50", "report: "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("sim output lacks %q", want)
		}
	}
	if !strings.Contains(stderr, "100%") {
		t.Errorf("no progress shown on stderr: %q", stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r simulation.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	if r.Seed != 5 || r.Jobs.Announced == 0 || r.Jobs.Completed == 0 || len(r.Series) == 0 || len(r.JobList) != r.Jobs.Announced {
		t.Errorf("report: seed %d, jobs %+v, %d samples, %d jobs listed", r.Seed, r.Jobs, len(r.Series), len(r.JobList))
	}
	if fi, err := os.Stat(logPath); err != nil || fi.Size() == 0 || uint64(strings.Count(mustRead(t, logPath), "\n")) != r.LogLines {
		t.Errorf("event log %s: %v; want %d lines", logPath, err, r.LogLines)
	}
	page := mustRead(t, filepath.Join(out, "report.html"))
	m := regexp.MustCompile(`(?s)<script id="report-data" type="application/json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("report.html embeds no report data")
	}
	var embedded simulation.Report
	if err := json.Unmarshal([]byte(m[1]), &embedded); err != nil || embedded.LogSHA256 != r.LogSHA256 {
		t.Errorf("report.html's data: %v, log hash %q; want %q", err, embedded.LogSHA256, r.LogSHA256)
	}
	if !strings.Contains(page, "uPlot") {
		t.Error("report.html does not embed uPlot")
	}
}

// TestSimBench: --bench runs the scenario at each size and prints the
// growth of wall time against the first size.
func TestSimBench(t *testing.T) {
	code, stdout, stderr := runCLI(t, "sim", "../../simulation/scenarios/honest.yaml", "--bench", "22,44")
	if code != 0 {
		t.Fatalf("sim --bench: exit %d\n%s\n%s", code, stdout, stderr)
	}
	t.Log(stdout)
	lines := regexp.MustCompile(`(?m)^\s+(22|44)\s+\d+\s+\d+\s+[\d.]+\s+\d+\s+[\d.]+\s+[\d.]+$`).FindAllString(stdout, -1)
	if len(lines) != 2 {
		t.Errorf("want a row for 22 and 44 peers; got:\n%s", stdout)
	}
}

func TestSimRejectsBadScenario(t *testing.T) {
	path := writeFile(t, t.TempDir(), "bad.yaml", "name: x\nduration: 1m\ncolour: red\n")
	code, _, stderr := runCLI(t, "sim", path)
	if code != 1 || !strings.Contains(stderr, "colour") {
		t.Errorf("exit %d, %q; want a refusal naming the unknown key", code, stderr)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

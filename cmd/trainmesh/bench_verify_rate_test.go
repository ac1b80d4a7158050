package main

import (
	"math"
	"reflect"
	"strconv"
	"testing"

	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/train/verify"
)

// TestBenchVerifyRateIsTheJobs: `bench verify` measures verification at
// the job's default audit rates. train may not import job (the layer
// table), so verify.DefaultRate and verify.DefaultOuterRate are
// literals; this holds them to job.DefaultAuditRateBps and
// job.DefaultOuterAuditRateBps, and the command's --rate to 0 (the
// job's default for the mode).
func TestBenchVerifyRateIsTheJobs(t *testing.T) {
	want := float64(job.DefaultAuditRateBps) / 10_000
	if verify.DefaultRate != want || verify.DefaultBenchParams().Rate != want {
		t.Errorf("verify.DefaultRate %v, DefaultBenchParams().Rate %v; the job's default audit rate is %v",
			verify.DefaultRate, verify.DefaultBenchParams().Rate, want)
	}
	if outer := float64(job.DefaultOuterAuditRateBps) / 10_000; verify.DefaultOuterRate != outer {
		t.Errorf("verify.DefaultOuterRate %v; the job's default rate per outer step is %v", verify.DefaultOuterRate, outer)
	}
	f, ok := reflect.TypeOf(benchVerifyCmd{}).FieldByName("Rate")
	if !ok {
		t.Fatal("benchVerifyCmd has no Rate field")
	}
	got, err := strconv.ParseFloat(f.Tag.Get("default"), 64)
	if err != nil || got != 0 {
		t.Errorf("bench verify --rate defaults to %q; want 0, the job's default for the mode", f.Tag.Get("default"))
	}
	// The detection formula of the local-steps figures is the job core's.
	for _, c := range []int{1, 4, 20, 40} {
		if a, b := verify.DetectProbabilityJob(verify.DefaultOuterRate, c, 40), job.JobDetection(job.DefaultOuterAuditRateBps, uint64(c), 40); math.Abs(a-b) > 1e-12 {
			t.Errorf("%d of 40 outer steps cheated: bench says %v, job.JobDetection %v", c, a, b)
		}
	}
}

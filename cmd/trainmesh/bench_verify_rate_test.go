package main

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/train/verify"
)

// TestBenchVerifyRateIsTheJobs: `bench verify` measures verification at
// the job's default audit rate. train may not import job (the layer
// table), so verify.DefaultRate and the command's --rate default are
// literals; this holds both to job.DefaultAuditRateBps.
func TestBenchVerifyRateIsTheJobs(t *testing.T) {
	want := float64(job.DefaultAuditRateBps) / 10_000
	if verify.DefaultRate != want || verify.DefaultBenchParams().Rate != want {
		t.Errorf("verify.DefaultRate %v, DefaultBenchParams().Rate %v; the job's default audit rate is %v",
			verify.DefaultRate, verify.DefaultBenchParams().Rate, want)
	}
	f, ok := reflect.TypeOf(benchVerifyCmd{}).FieldByName("Rate")
	if !ok {
		t.Fatal("benchVerifyCmd has no Rate field")
	}
	got, err := strconv.ParseFloat(f.Tag.Get("default"), 64)
	if err != nil || got != want {
		t.Errorf("bench verify --rate defaults to %q; the job's default audit rate is %v", f.Tag.Get("default"), want)
	}
}

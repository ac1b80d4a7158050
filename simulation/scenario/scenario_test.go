package scenario

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const minimal = `
name: tiny
duration: 10m
profiles:
  - {name: gpu, vram: 24GiB, throughput: 1000, price-floor: 100}
providers:
  - {count: 4, profile: gpu}
posters: {count: 1}
jobs:
  - {name: j, count: 3, group-size: 2, steps: 10, min-vram: 8GiB, budget-per-step: 500, model-params: 1000, step-gflop: 1}
`

func TestDecodeAppliesDefaults(t *testing.T) {
	s, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"seed", s.Seed, uint64(1)},
		{"duration", s.Duration.Std(), 10 * time.Minute},
		{"regions", len(s.Network.Regions), 1},
		{"vram", uint64(s.Profiles[0].VRAM), uint64(24 << 30)},
		{"uplink", uint64(s.Profiles[0].Uplink), uint64(100e6 / 8)},
		{"commit window", s.Jobs[0].CommitWindow.Std(), 10 * time.Second},
		{"budget", s.Jobs[0].BudgetOf().Int64(), int64(2 * 10 * 500)},
		{"clock grace", s.Auction.ClockGrace.Std(), time.Second},
		{"challenge", s.Auction.ChallengeN, 8},
		{"quorum", s.Chain.QuorumBps, 6666},
		{"settle window", s.Chain.SettleWindow.Std(), 24 * time.Hour},
		{"challenge window", s.Chain.ChallengeWindow.Std(), time.Minute},
		{"claim window", s.Chain.ClaimWindow.Std(), time.Hour},
		{"verify", s.Engine.Verify, VerifyOnce},
		{"audit rate", s.Verification.RateBps, 500},
		{"audit period", s.Verification.Period, uint64(10)},
		{"peers", s.Peers(), 5},
		{"jobs", s.JobCount(), 3},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v; want %v", c.name, c.got, c.want)
		}
	}
}

// TestDecodeRejects: strict decoding and the bounds, each failing with a
// message that names the problem.
func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name, edit, want string
		is               error
	}{
		{"unknown top-level key", minimal + "colour: red\n", "colour", ErrDecode},
		{"unknown nested key", strings.Replace(minimal, "posters: {count: 1}", "posters: {count: 1, cuont: 2}", 1), "cuont", ErrDecode},
		{"second document", minimal + "---\nname: again\n", "more than one document", ErrDecode},
		{"empty", "", "empty", ErrDecode},
		{"bad duration", strings.Replace(minimal, "duration: 10m", "duration: soon", 1), "not a duration", ErrDecode},
		{"bad size", strings.Replace(minimal, "vram: 24GiB", "vram: lots", 1), "not a size", ErrDecode},
		{"negative amount", strings.Replace(minimal, "price-floor: 100", "price-floor: -1", 1), "whole number", ErrDecode},
		{"wrong type", strings.Replace(minimal, "count: 4", "count: four", 1), "four", ErrDecode},
		{"too many peers", strings.Replace(minimal, "count: 4", "count: 100001", 1), "count 100001", ErrInvalid},
		{"unknown profile", strings.Replace(minimal, "profile: gpu}", "profile: tpu}", 1), "unknown profile", ErrInvalid},
		{"poster faults above 1", strings.Replace(minimal, "posters: {count: 1}", "posters: {count: 1, vanish: 0.6, under-credit: 0.5}", 1), "summing to at most 1", ErrInvalid},
		{"claim window too short", minimal + "chain: {claim-window: 10ms}\n", "claim-window", ErrInvalid},
		{"unknown adversary", minimal + "adversaries:\n  - {kind: gremlin, count: 1}\n", "gremlin", ErrInvalid},
		{"misplaced option", minimal + "adversaries:\n  - {kind: free-rider, count: 1, price-factor: 2}\n", "price manipulators only", ErrInvalid},
		{"window below grace", strings.Replace(minimal, "step-gflop: 1}", "step-gflop: 1, commit-window: 1s}", 1), "twice the clock grace", ErrInvalid},
		{"no posters", strings.Replace(minimal, "posters: {count: 1}", "posters: {count: 0}", 1), "at least one poster", ErrInvalid},
		{"loss", minimal + "network: {loss: 0.9}\n", "loss", ErrInvalid},
		{"zero duration", strings.Replace(minimal, "duration: 10m", "duration: 0s", 1), "duration", ErrInvalid},
		{"unknown lazy mode", minimal + "adversaries:\n  - {kind: lazy, count: 1, mode: sleepy}\n", "want one of zeros, stale", ErrInvalid},
		{"unknown poisoner mode", minimal + "adversaries:\n  - {kind: poisoner, count: 1, mode: zeros}\n", "want one of scaled, sign-flip, random", ErrInvalid},
		{"mode on a tamperer", minimal + "adversaries:\n  - {kind: tamperer, count: 1, mode: scaled}\n", "lazy members and poisoners only", ErrInvalid},
		{"cheat rate above 1", minimal + "adversaries:\n  - {kind: tamperer, count: 1, cheat-rate: 1.5}\n", "cheat-rate 1.5", ErrInvalid},
		{"cheat rate negative", minimal + "adversaries:\n  - {kind: false-accuser, count: 1, cheat-rate: -0.5}\n", "cheat-rate -0.5", ErrInvalid},
		{"cheat rate on a free-rider", minimal + "adversaries:\n  - {kind: free-rider, count: 1, cheat-rate: 0.5}\n", "cheat-rate applies", ErrInvalid},
		{"audit rate above 10000", minimal + "verification: {rate-bps: 20000}\n", "verification rate-bps 20000", ErrInvalid},
		{"audit period too long", minimal + "verification: {period: 1000000}\n", "period 1000000", ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.edit))
			if err == nil || !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse = %v; want %v naming %q", err, tt.is, tt.want)
			}
		})
	}
	big := make([]byte, FileBytesMax+1)
	for i := range big {
		big[i] = ' '
	}
	if _, err := Parse(big); !errors.Is(err, ErrDecode) {
		t.Errorf("a file over %d bytes: %v", FileBytesMax, err)
	}
}

// TestShippedScenarios: every file in simulation/scenarios decodes.
func TestShippedScenarios(t *testing.T) {
	files, err := filepath.Glob("../scenarios/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios found: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Parse(data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if want := strings.TrimSuffix(filepath.Base(f), ".yaml"); s.Name != want {
			t.Errorf("%s: name %q; want the file's name %q", f, s.Name, want)
		}
	}
}

func TestScaled(t *testing.T) {
	s, err := Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Scaled(50)
	if err != nil {
		t.Fatal(err)
	}
	if c.Peers() != 50 || c.JobCount() != 30 || c.Jobs[0].Interval*10 != s.Jobs[0].Interval {
		t.Errorf("scaled to %d peers, %d jobs, interval %v; want 50, 30, %v", c.Peers(), c.JobCount(), c.Jobs[0].Interval.Std(), s.Jobs[0].Interval.Std()/10)
	}
	if s.Peers() != 5 || s.Providers[0].Count != 4 {
		t.Error("Scaled changed its receiver")
	}
	if _, err := s.Scaled(PeersMax + 1); !errors.Is(err, ErrInvalid) {
		t.Errorf("scaling past PeersMax: %v", err)
	}
}

// FuzzDecode: no input makes the decoder panic, and whatever it accepts
// validates and stays within the bounds.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(minimal))
	files, _ := filepath.Glob("../scenarios/*.yaml")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Add([]byte("jobs: [{count: 1e9}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrDecode) && !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v is neither ErrDecode nor ErrInvalid", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("accepted a scenario that does not validate: %v", err)
		}
		if s.Peers() > PeersMax || s.JobCount() > JobsMax || s.Duration > DurationMax {
			t.Fatalf("accepted %d peers, %d jobs, %v", s.Peers(), s.JobCount(), s.Duration.Std())
		}
	})
}

// TestCheaterDefaults: a cheating kind without a mode or a rate cheats in
// its default mode on every step; a false accuser lies in every audit.
func TestCheaterDefaults(t *testing.T) {
	s, err := Parse([]byte(minimal + "adversaries:\n  - {kind: lazy, count: 1}\n  - {kind: poisoner, count: 1, mode: random, cheat-rate: 0.25}\n  - {kind: tamperer, count: 1}\n  - {kind: false-accuser, count: 1}\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		mode string
		rate float64
	}{{"zeros", 1}, {"random", 0.25}, {"", 1}, {"", 1}}
	for i, w := range want {
		if a := s.Adversaries[i]; a.Mode != w.mode || a.CheatRate != w.rate {
			t.Errorf("%s: mode %q, cheat-rate %v; want %q, %v", a.Kind, a.Mode, a.CheatRate, w.mode, w.rate)
		}
	}
	if !Cheats(Lazy) || !Cheats(Tamperer) || Cheats(FalseAccuser) || Cheats(FreeRider) {
		t.Error("Cheats: want lazy, poisoner and tamperer only")
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

func TestBenchTrain(t *testing.T) {
	var out bytes.Buffer
	env := &runEnv{ctx: context.Background(), log: slog.New(slog.DiscardHandler), stdout: &out, stderr: &out}
	c := &benchTrainCmd{Model: "mlp", Members: []int{1, 2}, Steps: 4, Warmup: 1, Batch: 8}
	if err := c.Run(env); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "efficiency vs 1") {
		t.Fatalf("output:\n%s", out.String())
	}
	out.Reset()
	c.JSON = true
	if err := c.Run(env); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Groups []struct{ Members int }
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got.Groups) != 2 {
		t.Fatalf("JSON %s: %v", out.String(), err)
	}
}

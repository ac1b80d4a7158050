package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestBenchGas(t *testing.T) {
	var out bytes.Buffer
	env := &runEnv{ctx: t.Context(), log: slog.New(slog.DiscardHandler), stdout: &out, stderr: &out}
	cmd := &benchGasCmd{Batches: []int{2}, Members: []int{1}, Fork: "osaka"}
	if err := cmd.Run(env); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ERC-20 transfer", "| 2 jobs | 1 |", "slash: fault"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
	}
}

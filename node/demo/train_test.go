package demo

import "testing"

func TestSparkline(t *testing.T) {
	if got := sparkline([]float64{3, 2, 1, 0}, 4); got != "█▅▃▁" {
		t.Fatalf("sparkline = %q", got)
	}
	if got := sparkline([]float64{1, 1}, 10); got != "▁▁" {
		t.Fatalf("flat sparkline = %q", got)
	}
}

package attest

import (
	"errors"
	"testing"
)

// naive is the textbook i-j-k product with a different summation order from
// CPU's: exact integer arithmetic must make the two agree bit for bit.
type naive struct{}

func (naive) Sgemm(n int, a, b, c []float32) {
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			var s float32
			for k := n - 1; k >= 0; k-- { // reversed on purpose
				s += a[i*n+k] * b[k*n+j]
			}
			c[i*n+j] = s
		}
	}
}

func TestAnswerIndependentOfSummationOrder(t *testing.T) {
	for _, n := range []int{NMin, 33, 64} {
		seed := [32]byte{byte(n), 1, 2, 3}
		got, err := Answer(CPU{}, seed, n)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := Answer(naive{}, seed, n)
		if got != want {
			t.Errorf("n=%d: CPU answer %x != naive answer %x", n, got, want)
		}
		other, _ := Answer(CPU{}, [32]byte{byte(n), 9}, n)
		if other == got {
			t.Errorf("n=%d: two seeds gave the same answer", n)
		}
	}
}

func TestInputsRange(t *testing.T) {
	a, b, err := Inputs([32]byte{7}, 16)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[float32]bool{}
	for _, v := range append(a, b...) {
		if v < -8 || v > 8 || v != float32(int(v)) {
			t.Fatalf("entry %v outside the integers -8..8", v)
		}
		seen[v] = true
	}
	if len(seen) < 15 {
		t.Errorf("only %d distinct entries in 512 draws", len(seen))
	}
}

func TestBadSize(t *testing.T) {
	for _, n := range []int{0, NMin - 1, NMax + 1} {
		if _, err := Answer(CPU{}, [32]byte{}, n); !errors.Is(err, ErrBadSize) {
			t.Errorf("Answer(n=%d) err = %v; want ErrBadSize", n, err)
		}
	}
}

func TestNegativeZeroIsCanonical(t *testing.T) {
	negZero := float32(0)
	negZero = -negZero
	if Digest([]float32{negZero, 1}) != Digest([]float32{0, 1}) {
		t.Error("-0 and +0 hash differently")
	}
}

func BenchmarkCPUAnswer(b *testing.B) {
	seed := [32]byte{1}
	b.SetBytes(0)
	for b.Loop() {
		if _, err := Answer(CPU{}, seed, DefaultN); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(FLOPs(DefaultN))*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

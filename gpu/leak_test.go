package gpu

import (
	"runtime"
	"testing"
	"testing/synctest"
	"time"
)

// leakCycles is the judged number of alloc/free cycles.
const leakCycles = 1000

// TestNoLeaks runs 1000 alloc/compute/free cycles and checks that nothing
// is left: the backend's live-allocation count returns to zero, device
// memory (on a GPU: the driver's free-memory figure) returns to where it
// was, and no goroutine outlives the work. The cycles run in a synctest
// bubble, which fails the test if a goroutine started inside it (gonum's
// GEMM workers, say) is still blocked when the work is done.
func TestNoLeaks(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b Backend) {
		const n = 128 * 128
		// On a GPU each cycle holds 4 MiB, so a leak would be 4 GiB.
		big := 0
		if _, ok := deviceMem(b); ok {
			big = 1 << 20
		}
		free0, hasMem := deviceMem(b)
		goroutines := runtime.NumGoroutine()
		synctest.Test(t, func(t *testing.T) {
			for i := 0; i < leakCycles; i++ {
				a, err := b.Alloc(n)
				must(t, err)
				c, err := b.Alloc(n + big)
				must(t, err)
				ids, err := b.AllocInt32(8)
				must(t, err)
				must(t, b.Fill(a, float32(i)))
				if i%100 == 0 { // the parallel GEMM path, now and then
					must(t, MatMul(b, c.View(0, n), a, a, false, true, 128, 128, 128))
				}
				must(t, b.Free(a))
				must(t, b.Free(c))
				must(t, b.Free(ids))
			}
			must(t, b.Sync())
		})
		if u := b.Live(); u.Buffers != 0 || u.Bytes != 0 {
			t.Errorf("after %d cycles: %v live, want none", leakCycles, u)
		}
		// Goroutines outside the bubble (the runtime's finalizer goroutine
		// while it runs a finalizer, another test's exiting worker) come and
		// go on their own: a leak is a count that stays above, so poll for
		// a while (as goleak does) before calling it one.
		g := runtime.NumGoroutine()
		for wait := time.Millisecond; g > goroutines && wait < 4*time.Second; wait *= 2 {
			runtime.GC()
			time.Sleep(wait)
			g = runtime.NumGoroutine()
		}
		if g > goroutines {
			t.Errorf("goroutines: %d before, %d after", goroutines, g)
		}
		if hasMem {
			free1, _ := deviceMem(b)
			// The driver may round allocations and keep small pools; a
			// leak of even one cycle per ten would be 400 MiB.
			const slack = 64 << 20
			if free1+slack < free0 {
				t.Errorf("device free memory %d MiB before, %d MiB after %d cycles", free0>>20, free1>>20, leakCycles)
			}
			t.Logf("device free memory: %d MiB before, %d MiB after", free0>>20, free1>>20)
		}
	})
}

// deviceMem returns the device's free memory where the backend has a
// device (CUDA, or the emulator's heap).
func deviceMem(b Backend) (uint64, bool) {
	e, ok := b.(*engine)
	if !ok {
		return 0, false
	}
	c, ok := e.ops.(*cudaOps)
	if !ok {
		return 0, false
	}
	free, _, err := c.drv.MemInfo()
	return free, err == nil
}

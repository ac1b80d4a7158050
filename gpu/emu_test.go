//go:build cgo

package gpu

import (
	"testing"

	"github.com/trainmesh/trainmesh/gpu/internal/kernelemu"
	"github.com/trainmesh/trainmesh/gpu/kernels"
)

// The CUDA backend on the kernel emulator: the real kernel source and the
// real launch code, run on the CPU (see package kernelemu).
func init() {
	testBackends = append(testBackends, backendCase{name: "cuda-emu", open: openEmu, emulated: true})
}

func openEmu(t *testing.T) Backend {
	t.Helper()
	drv, err := kernelemu.Open(kernels.Names[:])
	if err != nil {
		t.Fatal(err)
	}
	b, err := newCUDA(drv, true)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

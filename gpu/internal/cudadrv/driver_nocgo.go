//go:build !cgo

package cudadrv

import (
	"fmt"
	"unsafe"
)

// errNoCgo says why: this build cannot call C libraries at all.
var errNoCgo = fmt.Errorf("%w (trainmesh was built with CGO_ENABLED=0; rebuild with cgo for GPU support)", ErrNoDriver)

// DeviceCount always fails without cgo.
func DeviceCount() (int, error) { return 0, errNoCgo }

// Driver is never opened without cgo; its methods exist so that gpu
// compiles the same way in both builds.
type Driver struct{}

// Open always fails without cgo.
func Open(Options) (*Driver, error) { return nil, errNoCgo }

func (*Driver) Info() Info                                 { return Info{} }
func (*Driver) Close() error                               { return errNoCgo }
func (*Driver) Alloc(uint64) (uint64, error)               { return 0, errNoCgo }
func (*Driver) Free(uint64) error                          { return errNoCgo }
func (*Driver) HtoD(uint64, unsafe.Pointer, uint64) error  { return errNoCgo }
func (*Driver) DtoH(unsafe.Pointer, uint64, uint64) error  { return errNoCgo }
func (*Driver) DtoD(uint64, uint64, uint64) error          { return errNoCgo }
func (*Driver) Launch(int, uint32, uint32, []uint64) error { return errNoCgo }
func (*Driver) HasBLAS() bool                              { return false }
func (*Driver) Gemm(GEMM) error                            { return ErrNoBLAS }
func (*Driver) Sync() error                                { return errNoCgo }
func (*Driver) SetTF32(bool) error                         { return ErrNoBLAS }
func (*Driver) MemInfo() (uint64, uint64, error)           { return 0, 0, errNoCgo }
func (*Driver) HostAlloc(uint64) (unsafe.Pointer, error)   { return nil, errNoCgo }
func (*Driver) HostFree(unsafe.Pointer) error              { return errNoCgo }

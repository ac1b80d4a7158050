//go:build !cgo

package nvml

import "fmt"

var errNoCgo = fmt.Errorf("%w: trainmesh was built with CGO_ENABLED=0; rebuild with cgo to list GPUs", ErrNoLibrary)

// Lib is never opened without cgo.
type Lib struct{}

// Open always fails without cgo.
func Open() (*Lib, error) { return nil, errNoCgo }

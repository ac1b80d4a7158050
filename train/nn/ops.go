package nn

import (
	"fmt"

	"github.com/trainmesh/trainmesh/gpu"
)

// ops wraps a backend with a sticky error, like bufio.Writer: after the
// first failure every later call does nothing, and the caller checks err
// once at the end of a forward or backward pass. It keeps the layer code
// readable (one line per op) without losing any error.
type ops struct {
	b   gpu.Backend
	err error
}

func (o *ops) fail(op string, err error) {
	if err != nil && o.err == nil {
		o.err = fmt.Errorf("nn: %s: %w", op, err)
	}
}

func (o *ops) alloc(n int) *gpu.Buffer {
	if o.err != nil {
		return nil
	}
	b, err := o.b.Alloc(n)
	o.fail("alloc", err)
	return b
}

func (o *ops) allocInt32(n int) *gpu.Buffer {
	if o.err != nil {
		return nil
	}
	b, err := o.b.AllocInt32(n)
	o.fail("alloc", err)
	return b
}

func (o *ops) gemm(g gpu.GEMM) {
	if o.err == nil {
		o.fail("gemm", o.b.Gemm(g))
	}
}

// matmul sets c (m×n) = op(a)·op(b), packed.
func (o *ops) matmul(c, a, b *gpu.Buffer, ta, tb bool, m, n, k int) {
	o.gemm(gpu.GEMM{TransA: ta, TransB: tb, M: m, N: n, K: k, Alpha: 1, A: a, B: b, C: c})
}

func (o *ops) do(name string, f func() error) {
	if o.err == nil {
		o.fail(name, f())
	}
}

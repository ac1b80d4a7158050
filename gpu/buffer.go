package gpu

import "fmt"

// DType is the element type of a Buffer.
type DType uint8

// Element types. Both are 4 bytes wide.
const (
	Float32 DType = iota + 1
	Int32
)

func (d DType) String() string {
	switch d {
	case Float32:
		return "float32"
	case Int32:
		return "int32"
	}
	return "dtype?"
}

// Buffer is an opaque handle to n elements in a backend's memory: host
// memory for the CPU backend, device memory for CUDA. Only the backend
// that allocated it may use it. A view (View) shares its allocation's
// memory and is valid until that allocation is freed.
type Buffer struct {
	n     int
	dtype DType
	owner *engine
	root  *Buffer // the allocation; itself unless a view
	off   int     // elements from the start of root

	// Storage, per backend.
	f    []float32 // CPU, Float32
	i    []int32   // CPU, Int32
	dptr uint64    // CUDA: device address of element 0

	freed bool // on root only
}

// Len returns the number of elements.
func (b *Buffer) Len() int { return b.n }

// DType returns the element type.
func (b *Buffer) DType() DType { return b.dtype }

// Bytes returns the size in bytes.
func (b *Buffer) Bytes() int64 { return int64(b.n) * 4 }

// View returns the n elements starting at off, sharing b's memory. It
// panics when the range is not inside b, as slicing does.
func (b *Buffer) View(off, n int) *Buffer {
	if off < 0 || n < 0 || off+n > b.n {
		panic(fmt.Sprintf("gpu: view [%d:%d] of a buffer of %d", off, off+n, b.n))
	}
	v := &Buffer{n: n, dtype: b.dtype, owner: b.owner, root: b.root, off: b.off + off}
	switch {
	case b.f != nil:
		v.f = b.f[off : off+n : off+n]
	case b.i != nil:
		v.i = b.i[off : off+n : off+n]
	}
	if b.dptr != 0 {
		v.dptr = b.dptr + uint64(off)*4
	}
	return v
}

func (b *Buffer) String() string {
	if b == nil {
		return "<nil buffer>"
	}
	return fmt.Sprintf("%s[%d]@%d", b.dtype, b.n, b.off)
}

// overlaps reports whether b and c share memory.
func (b *Buffer) overlaps(c *Buffer) bool {
	return b.root == c.root && b.off < c.off+c.n && c.off < b.off+b.n && b.n > 0 && c.n > 0
}

package gpu

import "math"

// HostGEMM computes c = a·b for row-major n×n float32 matrices in host
// memory on a backend: copy in, one Gemm, copy out. It has the method set
// of auction/attest.GEMM, so a node answers the GEMM challenge, and
// times the throughput it bids, on the device it trains on.
//
// attest.GEMM's Sgemm cannot return an error: the first one is kept in
// Err and c is filled with NaNs, whose digest matches no answer, so a
// failing device never bids with a wrong answer it believes right.
type HostGEMM struct {
	B   Backend
	Err error
	// bufs are A, B and C on the device, kept between calls of one size.
	bufs [3]*Buffer
	n    int
}

// Sgemm implements auction/attest.GEMM.
func (h *HostGEMM) Sgemm(n int, a, b, c []float32) {
	if err := h.sgemm(n, a, b, c); err != nil {
		if h.Err == nil {
			h.Err = err
		}
		nan := math.Float32frombits(0x7fc00000)
		for i := range c[:n*n] {
			c[i] = nan
		}
	}
}

func (h *HostGEMM) sgemm(n int, a, b, c []float32) error {
	if h.n != n {
		if err := h.Release(); err != nil {
			return err
		}
		for i := range h.bufs {
			buf, err := h.B.Alloc(n * n)
			if err != nil {
				return err
			}
			h.bufs[i] = buf
		}
		h.n = n
	}
	if err := h.B.Upload(h.bufs[0], a[:n*n]); err != nil {
		return err
	}
	if err := h.B.Upload(h.bufs[1], b[:n*n]); err != nil {
		return err
	}
	if err := MatMul(h.B, h.bufs[2], h.bufs[0], h.bufs[1], false, false, n, n, n); err != nil {
		return err
	}
	return h.B.Download(c[:n*n], h.bufs[2])
}

// Release frees the device buffers (Close of the backend frees them too).
func (h *HostGEMM) Release() error {
	var first error
	for i, buf := range h.bufs {
		if buf != nil {
			if err := h.B.Free(buf); err != nil && first == nil {
				first = err
			}
		}
		h.bufs[i] = nil
	}
	h.n = 0
	return first
}

// OnGPU reports whether b runs on a CUDA device.
func OnGPU(b Backend) bool { return cudaOf(b) != nil }

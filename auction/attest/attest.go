// Package attest owns the GEMM challenge behind a bid's throughput
// attestation: a small fp32 matrix product seeded by the job announcement's
// EIP-712 digest, whose answer (keccak256 of the product) a bidder reveals
// and any peer can recompute.
//
// The challenge ties a bid to a job: its seed is unknown before the
// announcement, so an answer cannot be precomputed or reused across jobs.
// Timing the product is how a provider measures the throughput it bids.
//
// The matrices hold small integers (-8 to 8), so every product and partial
// sum is an integer well below 2^24 and exact in fp32: the answer does not
// depend on summation order, blocking or fused multiply-adds, and a CUDA
// backend gets the very bits the CPU does. The GEMM is behind a small
// interface so that the gpu package can supply its own.
//
// Like the auction core it is pure: no clock, no I/O, no goroutines.
package attest

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"golang.org/x/crypto/sha3"
)

// Bounds on the challenge size n (an n×n by n×n product).
const (
	// NMin keeps the answer from being trivial.
	NMin = 8
	// NMax keeps every partial sum exact in fp32: |c| <= n·8·8 < 2^24 needs
	// n < 262144; 1024 also bounds a verifier's work (2 GFLOP).
	NMax = 1024
	// DefaultN is the size bids use: 2·128³ ≈ 4.2 MFLOP, a few milliseconds
	// on one CPU core, so every peer can afford to verify it.
	DefaultN = 128
)

// ErrBadSize reports a challenge size outside [NMin, NMax].
var ErrBadSize = errors.New("attest: challenge size out of range")

// GEMM computes c = a·b for row-major n×n float32 matrices, overwriting c.
// The gpu package implements it on a device; CPU is the reference.
type GEMM interface {
	Sgemm(n int, a, b, c []float32)
}

// CPU is the pure-Go reference GEMM (i-k-j loop order, so the inner loop
// streams rows of b and c).
type CPU struct{}

// Sgemm implements GEMM.
func (CPU) Sgemm(n int, a, b, c []float32) {
	clear(c[:n*n])
	for i := 0; i < n; i++ {
		ci := c[i*n : i*n+n]
		for k := 0; k < n; k++ {
			aik := a[i*n+k]
			if aik == 0 {
				continue
			}
			bk := b[k*n : k*n+n]
			for j := range ci {
				ci[j] += aik * bk[j]
			}
		}
	}
}

// FLOPs is the floating-point work of one challenge of size n: 2n³.
func FLOPs(n int) uint64 { return 2 * uint64(n) * uint64(n) * uint64(n) }

// Inputs returns the challenge's matrices for seed: entries in [-8, 8] drawn
// from keccak256(seed ‖ counter), one byte each.
func Inputs(seed [32]byte, n int) (a, b []float32, err error) {
	if n < NMin || n > NMax {
		return nil, nil, fmt.Errorf("%w: %d, want %d to %d", ErrBadSize, n, NMin, NMax)
	}
	a, b = make([]float32, n*n), make([]float32, n*n)
	var ctr [8]byte
	var block [32]byte
	h := sha3.NewLegacyKeccak256()
	fill := func(dst []float32, stream uint64) {
		for i := 0; i < len(dst); i += len(block) {
			binary.BigEndian.PutUint64(ctr[:], stream<<40|uint64(i/len(block)))
			h.Reset()
			h.Write(seed[:])
			h.Write(ctr[:])
			h.Sum(block[:0])
			for j := 0; j < len(block) && i+j < len(dst); j++ {
				dst[i+j] = float32(int(block[j]%17) - 8)
			}
		}
	}
	fill(a, 1)
	fill(b, 2)
	return a, b, nil
}

// Digest returns keccak256 of c as little-endian IEEE-754 float32 words,
// with -0 written as +0 (a backend that starts from a·b instead of 0 may
// produce either).
func Digest(c []float32) [32]byte {
	buf := make([]byte, 4*len(c))
	for i, v := range c {
		bits := math.Float32bits(v)
		if v == 0 {
			bits = 0
		}
		binary.LittleEndian.PutUint32(buf[4*i:], bits)
	}
	var out [32]byte
	h := sha3.NewLegacyKeccak256()
	h.Write(buf)
	h.Sum(out[:0])
	return out
}

// Answer runs the challenge for seed on g and returns the attestation.
func Answer(g GEMM, seed [32]byte, n int) ([32]byte, error) {
	a, b, err := Inputs(seed, n)
	if err != nil {
		return [32]byte{}, err
	}
	c := make([]float32, n*n)
	g.Sgemm(n, a, b, c)
	return Digest(c), nil
}

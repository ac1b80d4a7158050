// Package codec encodes the chunks of trainmesh's ring all-reduce on the
// wire: float32 as is, compressed to float16 or to int8 with one scale
// per chunk, or, losslessly, integer-valued chunks packed into as few bits
// as they need (Ints; outer.go's compressed DiLoCo sends such integers). It is pure (no I/O, no clock, no goroutine) and imports no
// networking, so the engine and the simulation share it.
//
// # Wire format
//
// All multi-byte values are little-endian.
//
//	FP32: n × float32
//	FP16: n × IEEE 754 binary16 (round to nearest even)
//	Int8: float32 scale σ ≥ 0, then n × int8 q; the value is q·σ
//	IntsW (W = 2…24; kind 32+W): n × W bits, packed from the first
//	      byte's least significant bit up, each a sign bit (bit W−1) over
//	      a W−1-bit magnitude: the integer value, −0 kept; the last
//	      byte's unused high bits are 0
//
// # Error added by compression
//
// A chunk's partial sum is encoded once per reduce-scatter hop (N-1 times)
// and the owner's final sum once more for the all-gather, which forwards
// those bytes unchanged: N roundings per element in all. Bound states what
// that adds over the exact sum; the tests check it against a float64
// reference. A chunk whose values the compressed form cannot carry
// (non-finite values; beyond float16's range; tiny int8 scales) is sent as
// FP32 instead, which Choose decides and the receiver learns from the
// chunk's header.
package codec

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"unsafe"

	"github.com/x448/float16"
)

// Errors returned by this package.
var (
	// ErrKind reports an unknown encoding.
	ErrKind = errors.New("codec: unknown encoding")
	// ErrMalformed reports a payload that is not a valid encoding of the
	// expected number of elements.
	ErrMalformed = errors.New("codec: malformed payload")
)

// Kind is a chunk encoding, and the compression a group agrees on.
type Kind uint8

// The encodings. Their numbers are on the wire.
const (
	FP32 Kind = 1
	FP16 Kind = 2
	Int8 Kind = 3
	// Ints is a group's lossless compression: a chunk of integers of
	// magnitude below 2²³ goes as IntsW with the fewest bits W that
	// carry its largest magnitude, any other chunk as FP32. Exact: the
	// all-reduce's result is FP32's, bit for bit.
	Ints Kind = 4
)

// intsBase + W is the chunk kind of W-bit packed integers.
const (
	intsBase    = 32
	intsBitsMin = 2
	intsBitsMax = 24
)

// IntsW is the chunk kind of w-bit packed integers (2 ≤ w ≤ 24).
func IntsW(w int) Kind {
	if w < intsBitsMin || w > intsBitsMax {
		panic(fmt.Sprintf("codec: %d-bit integers", w))
	}
	return Kind(intsBase + w)
}

// packed returns the width of a packed-integer chunk kind, or 0.
func (k Kind) packed() int {
	if w := int(k) - intsBase; w >= intsBitsMin && w <= intsBitsMax {
		return w
	}
	return 0
}

// Group reports whether k is a compression a group may agree on (FP32,
// FP16, Int8, Ints), not a chunk kind only.
func (k Kind) Group() bool { return k >= FP32 && k <= Ints }

// Lossless reports whether a group's all-reduce under k gives FP32's bits.
func (k Kind) Lossless() bool { return k == FP32 || k == Ints }

func (k Kind) String() string {
	switch k {
	case FP32:
		return "fp32"
	case FP16:
		return "fp16"
	case Int8:
		return "int8"
	case Ints:
		return "ints"
	}
	if w := k.packed(); w > 0 {
		return fmt.Sprintf("ints%d", w)
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// ParseKind parses "fp32" (or "none"), "fp16", "int8" or "ints".
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(s) {
	case "fp32", "none", "":
		return FP32, nil
	case "fp16":
		return FP16, nil
	case "int8":
		return Int8, nil
	case "ints":
		return Ints, nil
	}
	return 0, fmt.Errorf("%w %q: want fp32, fp16, int8 or ints", ErrKind, s)
}

// Valid reports whether k is one of the encodings: a group's (Group) or
// a packed-integer chunk's.
func (k Kind) Valid() bool { return k.Group() || k.packed() > 0 }

// Allowed reports whether a chunk may arrive encoded as k in a group that
// agreed on compression c: c itself, the FP32 fallback, or under Ints a
// packed-integer chunk.
func Allowed(c, k Kind) bool { return k == FP32 || k == c || c == Ints && k.packed() > 0 }

// EncodedLen is the payload size of n elements encoded as k.
func EncodedLen(k Kind, n int) int {
	switch k {
	case FP32:
		return 4 * n
	case FP16:
		return 2 * n
	case Int8:
		return 4 + n
	case Ints:
		return (n*intsBitsMax + 7) / 8 // the widest
	}
	if w := k.packed(); w > 0 {
		return (n*w + 7) / 8
	}
	panic(fmt.Sprintf("codec: EncodedLen of %v", k))
}

// fp16Max is the largest finite float16.
const fp16Max = 65504

// int8ScaleMin is the smallest chunk maximum sent as int8: below it the
// scale would be subnormal or zero and lose the bound's relative accuracy,
// so such (vanishingly small) chunks go as FP32.
const int8MaxAbsMin = 0x1p-100

// Choose returns how a chunk of src is encoded in a group using compression
// c, and the int8 scale (0 otherwise): c itself, unless src holds values c
// cannot carry, in which case FP32.
func Choose(c Kind, src []float32) (Kind, float32) {
	switch c {
	case FP32:
		return FP32, 0
	case FP16:
		for _, v := range src {
			// NaN fails the comparison too: !(|v| <= max).
			if !(abs32(v) <= fp16Max) {
				return FP32, 0
			}
		}
		return FP16, 0
	case Int8:
		var m float32
		for _, v := range src {
			a := abs32(v)
			if !(a <= math.MaxFloat32) { // NaN or ±Inf
				return FP32, 0
			}
			m = max(m, a)
		}
		if m == 0 {
			return Int8, 0
		}
		if m < int8MaxAbsMin {
			return FP32, 0
		}
		return Int8, m / 127
	case Ints:
		if w := intsWidth(src); w > 0 {
			return IntsW(w), 0
		}
		return FP32, 0
	}
	panic(fmt.Sprintf("codec: Choose under %v", c))
}

// Encode writes src encoded as k (with int8 scale scale) into dst, which
// must be EncodedLen(k, len(src)) bytes.
func Encode(dst []byte, k Kind, scale float32, src []float32) {
	if len(dst) != EncodedLen(k, len(src)) {
		panic(fmt.Sprintf("codec: encode %d elements into %d bytes", len(src), len(dst)))
	}
	switch k {
	case FP32:
		if nativeLittleEndian {
			copy(dst, AsBytes(src))
			return
		}
		for i, v := range src {
			binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(v))
		}
	case FP16:
		for i, v := range src {
			binary.LittleEndian.PutUint16(dst[2*i:], float16.Fromfloat32(v).Bits())
		}
	case Int8:
		binary.LittleEndian.PutUint32(dst, math.Float32bits(scale))
		q := dst[4:]
		if scale == 0 {
			clear(q)
			return
		}
		for i, v := range src {
			q[i] = byte(quantize(v, scale))
		}
	default:
		w := k.packed()
		if w == 0 {
			panic(fmt.Sprintf("codec: encode as %v", k))
		}
		packInts(dst, w, src)
	}
}

// quantize returns round(v/σ) clamped to [-127, 127]. Dividing (not
// multiplying by 1/σ) keeps it idempotent: quantize(q·σ, σ) = q, which lets
// the all-gather re-encode a decoded chunk and send the very same bytes.
func quantize(v, scale float32) int8 {
	x := math.RoundToEven(float64(v / scale))
	return int8(max(-127, min(127, x)))
}

// Decode writes the n = len(dst) elements of payload, encoded as k, into
// dst. It returns the int8 scale (0 for other kinds).
func Decode(dst []float32, k Kind, payload []byte) (float32, error) {
	scale, err := check(k, len(dst), payload)
	if err != nil {
		return 0, err
	}
	switch k {
	case FP32:
		if nativeLittleEndian {
			copy(AsBytes(dst), payload)
			return 0, nil
		}
		for i := range dst {
			dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(payload[4*i:]))
		}
	case FP16:
		for i := range dst {
			h := binary.LittleEndian.Uint16(payload[2*i:])
			if h&0x7c00 == 0x7c00 {
				return 0, fmt.Errorf("%w: non-finite float16 at %d (encoders never send one)", ErrMalformed, i)
			}
			dst[i] = float16.Frombits(h).Float32()
		}
	default: // packed integers (check passed)
		unpackInts(dst, k.packed(), payload, false)
	case Int8:
		q := payload[4:]
		for i := range dst {
			// The explicit conversion forbids fusing the product into a
			// later addition, so every platform decodes the same bits.
			dst[i] = float32(float32(int8(q[i])) * scale)
		}
	}
	return scale, nil
}

// DecodeAdd adds the n = len(dst) elements of payload, encoded as k, into
// dst element by element.
func DecodeAdd(dst []float32, k Kind, payload []byte) error {
	scale, err := check(k, len(dst), payload)
	if err != nil {
		return err
	}
	switch k {
	case FP32:
		if nativeLittleEndian {
			Add(dst, asFloats(payload))
			return nil
		}
		for i := range dst {
			dst[i] += math.Float32frombits(binary.LittleEndian.Uint32(payload[4*i:]))
		}
	case FP16:
		for i := range dst {
			h := binary.LittleEndian.Uint16(payload[2*i:])
			if h&0x7c00 == 0x7c00 {
				return fmt.Errorf("%w: non-finite float16 at %d (encoders never send one)", ErrMalformed, i)
			}
			dst[i] += float16.Frombits(h).Float32()
		}
	case Int8:
		q := payload[4:]
		for i := range dst {
			dst[i] += float32(float32(int8(q[i])) * scale)
		}
	default: // packed integers (check passed)
		unpackInts(dst, k.packed(), payload, true)
	}
	return nil
}

// check validates a payload's kind, length and int8 scale.
func check(k Kind, n int, payload []byte) (float32, error) {
	if !k.Valid() || k == Ints {
		return 0, fmt.Errorf("%w %d", ErrKind, uint8(k))
	}
	if want := EncodedLen(k, n); len(payload) != want {
		return 0, fmt.Errorf("%w: %d bytes for %d %v elements, want %d", ErrMalformed, len(payload), n, k, want)
	}
	if w := k.packed(); w > 0 {
		// Canonical: the last byte's unused bits are 0, so one chunk has
		// one encoding.
		if used := n * w % 8; used != 0 && payload[len(payload)-1]>>used != 0 {
			return 0, fmt.Errorf("%w: %v padding bits set", ErrMalformed, k)
		}
		return 0, nil
	}
	if k != Int8 {
		return 0, nil
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(payload))
	if !(scale >= 0 && scale <= math.MaxFloat32) {
		return 0, fmt.Errorf("%w: int8 scale %v", ErrMalformed, scale)
	}
	return scale, nil
}

// Round replaces v with what its encoding as k (scale for int8) decodes
// to. The owner of a segment rounds its final sum this way before the
// all-gather, so that it ends with the same bits as the members that decode
// what it sends.
func Round(v []float32, k Kind, scale float32) {
	if k.packed() > 0 {
		return // lossless
	}
	switch k {
	case FP32:
	case FP16:
		for i, x := range v {
			v[i] = float16.Fromfloat32(x).Float32()
		}
	case Int8:
		if scale == 0 {
			clear(v)
			return
		}
		for i, x := range v {
			v[i] = float32(float32(quantize(x, scale)) * scale)
		}
	default:
		panic(fmt.Sprintf("codec: round as %v", k))
	}
}

// Add adds src into dst element by element (len(src) ≥ len(dst)). It is
// the reduce-scatter's inner loop, unrolled by hand because the compiler
// does not vectorise it.
func Add(dst, src []float32) {
	src = src[:len(dst)]
	i := 0
	for ; i+8 <= len(dst); i += 8 {
		d := dst[i : i+8 : i+8]
		s := src[i : i+8 : i+8]
		d[0] += s[0]
		d[1] += s[1]
		d[2] += s[2]
		d[3] += s[3]
		d[4] += s[4]
		d[5] += s[5]
		d[6] += s[6]
		d[7] += s[7]
	}
	for ; i < len(dst); i++ {
		dst[i] += src[i]
	}
}

// Bound is the largest error the all-reduce of one element may add over
// the exact real sum, for a ring of ranks members using compression k.
// absSum is Σ|xᵢ| over the members' inputs for that element; chunkMaxSum is
// Σ maxⱼ|xᵢ[j]| over the members, the maximum taken over the element's chunk
// (only int8 needs it). With u = 2⁻²⁴ (float32's unit roundoff):
//
//	FP32: (N-1)·u/(1-(N-1)·u) · absSum — recursive summation in a fixed
//	      order (Higham, Accuracy and Stability of Numerical Algorithms,
//	      §4.2), N-1 additions per element.
//	FP16: N·(2⁻¹⁰·absSum + 2⁻²⁴). Each of the N roundings to float16 errs by
//	      at most 2⁻¹¹ of the partial sum (≤ absSum) in the normal range, or
//	      2⁻²⁵ in the subnormal range; the factor 2 covers the float32
//	      additions and the growth of partial sums by earlier errors.
//	Int8: N·(1+N/200)·(chunkMaxSum/250 + 2⁻²³·absSum). Each rounding errs by
//	      at most half a step, σ/2 = max|partial sum|/254 over the chunk, and
//	      a partial sum's chunk maximum is at most chunkMaxSum grown by the
//	      earlier errors (the 1+N/200 factor); the last term covers the
//	      float32 additions.
func Bound(k Kind, ranks int, absSum, chunkMaxSum float64) float64 {
	n := float64(ranks)
	const u = 0x1p-24
	switch k {
	case FP32, Ints:
		// Ints: integer chunks sum exactly, others go as FP32.
		// The float64 reference itself rounds too; one more u covers it.
		return (n-1)*u/(1-(n-1)*u)*absSum + u*absSum
	case FP16:
		return n * (0x1p-10*absSum + 0x1p-24)
	case Int8:
		return n * (1 + n/200) * (chunkMaxSum/250 + 0x1p-23*absSum)
	}
	panic(fmt.Sprintf("codec: Bound of %v", k))
}

func abs32(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }

// nativeLittleEndian reports whether this machine stores float32 in the
// wire's byte order, so that chunks can be sent and received in place.
var nativeLittleEndian = func() bool {
	x := uint32(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// NativeLittleEndian reports whether AsBytes views a tensor in the wire's
// byte order (true on every platform Go supports but a few old ones).
func NativeLittleEndian() bool { return nativeLittleEndian }

// AsBytes views a float32 slice as its bytes (no copy). On little-endian
// machines those are the FP32 wire bytes.
func AsBytes(v []float32) []byte {
	if len(v) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&v[0])), 4*len(v))
}

// asFloats views 4-byte-aligned bytes as float32s (no copy).
func asFloats(b []byte) []float32 {
	if len(b) == 0 {
		return nil
	}
	if uintptr(unsafe.Pointer(&b[0]))%4 != 0 {
		out := make([]float32, len(b)/4)
		copy(AsBytes(out), b)
		return out
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4)
}

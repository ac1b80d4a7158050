package codec

import "math"

// intsMagMax is the largest magnitude a packed integer carries: every
// integer of at most this magnitude is a float32 exactly.
const intsMagMax = 1<<(intsBitsMax-1) - 1

// IntsBits is the width of the packed kind that carries integers of
// magnitude up to m (at least 2 bits: sign and magnitude).
func IntsBits(m int) int {
	w := 2
	for m>>(w-1) != 0 {
		w++
	}
	return w
}

// intsWidth is the fewest bits (sign and magnitude) that carry every value
// of src, or 0 when one is not an integer of magnitude ≤ intsMagMax.
func intsWidth(src []float32) int {
	var m uint32
	for _, v := range src {
		a := abs32(v)
		// NaN fails the comparison; Trunc keeps integers, ±0 included.
		if !(a <= intsMagMax) || float32(math.Trunc(float64(a))) != a {
			return 0
		}
		m |= uint32(a)
	}
	return IntsBits(int(m))
}

// packInts writes src (integers, intsWidth ≤ w) as w-bit sign-magnitude
// fields into dst, least significant bit first.
func packInts(dst []byte, w int, src []float32) {
	var acc uint64
	bits, at := 0, 0
	for _, v := range src {
		x := uint64(abs32(v))
		if math.Signbit(float64(v)) {
			x |= 1 << (w - 1)
		}
		acc |= x << bits
		bits += w
		for bits >= 8 {
			dst[at] = byte(acc)
			acc >>= 8
			bits -= 8
			at++
		}
	}
	if bits > 0 {
		dst[at] = byte(acc)
	}
}

// unpackInts reads len(dst) w-bit fields of payload into dst, or adds
// them.
func unpackInts(dst []float32, w int, payload []byte, add bool) {
	var acc uint64
	bits, at := 0, 0
	mag := uint64(1)<<(w-1) - 1
	for i := range dst {
		for bits < w {
			acc |= uint64(payload[at]) << bits
			at++
			bits += 8
		}
		x := acc & (mag<<1 | 1)
		acc >>= w
		bits -= w
		v := float32(x & mag)
		if x>>(w-1) != 0 {
			v = -v
		}
		if add {
			dst[i] += v
		} else {
			dst[i] = v
		}
	}
}

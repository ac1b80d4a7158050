package codec

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// TestIntsLossless: integer chunks of every width round-trip bit for bit
// (−0 included) through the narrowest packed kind, which Choose picks,
// and Round leaves them alone; DecodeAdd adds exactly what Decode gives.
func TestIntsLossless(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 6))
	for w := intsBitsMin; w <= intsBitsMax; w++ {
		for _, n := range []int{1, 2, 3, 7, 8, 9, 100, 1001} {
			maxMag := int64(1)<<(w-1) - 1
			src := make([]float32, n)
			for i := range src {
				v := float32(rng.Int64N(2*maxMag+1) - maxMag)
				if rng.IntN(9) == 0 {
					v = float32(math.Copysign(0, -1))
				}
				src[i] = v
			}
			src[rng.IntN(n)] = float32(maxMag) // the width is needed
			kind, scale := Choose(Ints, src)
			if kind != IntsW(w) || scale != 0 || !Allowed(Ints, kind) || !kind.Valid() || kind.Group() {
				t.Fatalf("w=%d n=%d: Choose = %v, %v; want %v", w, n, kind, scale, IntsW(w))
			}
			enc := make([]byte, EncodedLen(kind, n))
			if len(enc) != (n*w+7)/8 || len(enc) > EncodedLen(FP32, n) {
				t.Fatalf("w=%d n=%d: %d bytes", w, n, len(enc))
			}
			Encode(enc, kind, 0, src)
			got := make([]float32, n)
			if _, err := Decode(got, kind, enc); err != nil {
				t.Fatalf("w=%d n=%d: %v", w, n, err)
			}
			acc := make([]float32, n)
			if err := DecodeAdd(acc, kind, enc); err != nil {
				t.Fatal(err)
			}
			rounded := append([]float32(nil), src...)
			Round(rounded, kind, 0)
			for i := range src {
				if math.Float32bits(got[i]) != math.Float32bits(src[i]) || math.Float32bits(rounded[i]) != math.Float32bits(src[i]) {
					t.Fatalf("w=%d n=%d element %d: decoded %v, rounded %v, want %v", w, n, i, got[i], rounded[i], src[i])
				}
				if acc[i] != src[i] {
					t.Fatalf("w=%d n=%d element %d: 0+DecodeAdd %v, want %v", w, n, i, acc[i], src[i])
				}
			}
		}
	}
}

// TestIntsFallsBack: a chunk that is not all integers of magnitude below
// 2²³ goes as FP32; zeros take the narrowest width.
func TestIntsFallsBack(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  []float32
		want Kind
	}{
		{"fraction", []float32{1, 2.5}, FP32},
		{"NaN", []float32{1, float32(math.NaN())}, FP32},
		{"Inf", []float32{float32(math.Inf(-1))}, FP32},
		{"2^23", []float32{1 << 23}, FP32},
		{"2^23-1", []float32{-(1<<23 - 1)}, IntsW(24)},
		{"tiny", []float32{0x1p-100}, FP32},
		{"zeros", []float32{0, 0, float32(math.Copysign(0, -1))}, IntsW(2)},
		{"ones", []float32{1, -1}, IntsW(2)},
		{"two", []float32{2}, IntsW(3)},
		{"empty", nil, IntsW(2)},
	} {
		if got, _ := Choose(Ints, tc.src); got != tc.want {
			t.Errorf("%s: Choose = %v, want %v", tc.name, got, tc.want)
		}
	}
	if k, err := ParseKind("ints"); err != nil || k != Ints || k.String() != "ints" || !k.Lossless() || !k.Group() {
		t.Fatalf("ParseKind(ints) = %v, %v", k, err)
	}
	if Allowed(Int8, IntsW(4)) || Allowed(FP16, IntsW(4)) {
		t.Fatal("packed integers allowed in a lossy group")
	}
}

// TestIntsRejects: a packed payload of the wrong length or with padding
// bits set is malformed; Ints itself is not a chunk kind.
func TestIntsRejects(t *testing.T) {
	dst := make([]float32, 3)
	for _, tc := range []struct {
		name    string
		k       Kind
		payload []byte
	}{
		{"short", IntsW(5), []byte{0}},
		{"long", IntsW(5), []byte{0, 0, 0}},
		{"padding", IntsW(5), []byte{0, 0x80}},
		{"group kind", Ints, make([]byte, 9)},
		{"width 25", Kind(intsBase + 25), make([]byte, 10)},
	} {
		if _, err := Decode(dst, tc.k, tc.payload); !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrKind) {
			t.Errorf("%s: %v, want ErrMalformed or ErrKind", tc.name, err)
		}
	}
}

// FuzzDecodeInts: any payload a packed kind accepts re-encodes to the very
// same bytes (one encoding per chunk), and its values are integers Choose
// sends at that width or narrower.
func FuzzDecodeInts(f *testing.F) {
	f.Add(uint8(5), uint16(3), []byte{0x21, 0x04})
	f.Add(uint8(2), uint16(4), []byte{0xff})
	f.Add(uint8(24), uint16(1), []byte{0xff, 0xff, 0xff})
	f.Add(uint8(9), uint16(2), []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, w uint8, n uint16, payload []byte) {
		k := Kind(intsBase + int(w%32))
		dst := make([]float32, int(n)%2048)
		if _, err := Decode(dst, k, payload); err != nil {
			return
		}
		back := make([]byte, len(payload))
		Encode(back, k, 0, dst)
		if string(back) != string(payload) {
			t.Fatalf("%v: %x decodes to %v, which encodes to %x", k, payload, dst, back)
		}
		if c, _ := Choose(Ints, dst); c.packed() == 0 || c.packed() > k.packed() {
			t.Fatalf("%v: values %v chosen as %v", k, dst, c)
		}
	})
}

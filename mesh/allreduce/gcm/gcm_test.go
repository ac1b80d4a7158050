package gcm

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"math/rand/v2"
	"testing"
)

func stdGCM(t testing.TB, key []byte) cipher.AEAD {
	b, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	g, err := cipher.NewGCM(b)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestExpandKey(t *testing.T) {
	// FIPS 197, appendix A.1: the last round key of 2b7e1516...
	key := []byte{0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c}
	rk := expandKey128(key)
	want := []byte{0xd0, 0x14, 0xf9, 0xa8, 0xc9, 0xee, 0x25, 0x89, 0xe1, 0x3f, 0x0c, 0xc8, 0xb6, 0x63, 0x0c, 0xa6}
	if !bytes.Equal(rk[10][:], want) {
		t.Fatalf("round key 10 %x, want %x", rk[10], want)
	}
}

func TestGFMul(t *testing.T) {
	if !haveVector {
		t.Skip("no vector code on this CPU")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 1000 {
		a, h := el{r.Uint64(), r.Uint64()}, el{r.Uint64(), r.Uint64()}
		got := a
		gfmul(&got, &h)
		if want := mul(a, h); got != want {
			t.Fatalf("gfmul(%x, %x) = %x, want %x", a, h, got, want)
		}
	}
}

// check seals and opens pt with ad under key at offsets of dst and src,
// in place and not, against crypto/cipher's GCM.
func check(t *testing.T, key, nonce, pt, ad []byte, off int) {
	t.Helper()
	g, err := New(key)
	if err != nil {
		t.Fatal(err)
	}
	s := stdGCM(t, key)
	want := s.Seal(nil, nonce, pt, ad)
	buf := make([]byte, off+len(pt)+16+off)
	got := g.Seal(buf[off:off], nonce, pt, ad)
	if !bytes.Equal(got, want) {
		t.Fatalf("seal of %d bytes (ad %d, offset %d):\n got %x\nwant %x", len(pt), len(ad), off, got, want)
	}
	// Sealed in place (dst the plaintext's storage).
	ip := make([]byte, off+len(pt), off+len(pt)+16)[off:]
	copy(ip, pt)
	if got := g.Seal(ip[:0], nonce, ip, ad); !bytes.Equal(got, want) {
		t.Fatalf("seal in place of %d bytes (offset %d): got %x, want %x", len(pt), off, got, want)
	}
	// In place, as the lane reader opens a record it holds.
	inplace := append(make([]byte, off), want...)[off:]
	p, err := g.Open(inplace[:0], nonce, inplace, ad)
	if err != nil || !bytes.Equal(p, pt) {
		t.Fatalf("open in place of %d bytes (offset %d): %v", len(pt), off, err)
	}
	out := make([]byte, off+len(pt))
	p, err = g.Open(out[off:off], nonce, want, ad)
	if err != nil || !bytes.Equal(p, pt) {
		t.Fatalf("open of %d bytes (offset %d): %v", len(pt), off, err)
	}
	// Any flipped bit fails, and leaves no plaintext behind.
	for _, i := range []int{0, len(want) / 2, len(want) - 1} {
		bad := bytes.Clone(want)
		bad[i] ^= 0x10
		dst := make([]byte, len(pt))
		if _, err := g.Open(dst[:0], nonce, bad, ad); err == nil {
			t.Fatalf("open of %d bytes accepted a flipped bit at %d", len(pt), i)
		}
		if !bytes.Equal(dst, make([]byte, len(pt))) {
			t.Fatalf("a failed open left plaintext")
		}
	}
	if len(ad) > 0 {
		bad := bytes.Clone(ad)
		bad[0] ^= 1
		if _, err := g.Open(nil, nonce, want, bad); err == nil {
			t.Fatalf("open accepted other associated data")
		}
	}
}

func TestMatchesStdlib(t *testing.T) {
	if !haveVector {
		t.Log("no vector code on this CPU: New is crypto/cipher's GCM")
	}
	r := rand.New(rand.NewPCG(5, 6))
	fill := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	lengths := []int{0, 1, 15, 16, 17, 255, 256, 257, 511, 512, 513, 4095, 4096, 4097, 65536 + 13, 1 << 20}
	for range 40 {
		lengths = append(lengths, r.IntN(3000))
	}
	for _, n := range lengths {
		for _, off := range []int{0, 1, 7} {
			check(t, fill(16), fill(12), fill(n), fill(r.IntN(40)), off)
		}
	}
	// 24- and 32-byte keys take crypto/cipher's GCM.
	check(t, fill(24), fill(12), fill(1000), fill(13), 0)
	check(t, fill(32), fill(12), fill(1000), fill(13), 0)
}

// FuzzMatchesStdlib: any message and associated data, at any offset,
// under a key and nonce drawn from seed, seals to crypto/cipher's bytes
// and opens back; a flipped bit fails.
func FuzzMatchesStdlib(f *testing.F) {
	f.Add(uint64(0), []byte("trainmesh"), []byte("hdr"), uint8(0))
	f.Add(uint64(1), make([]byte, 700), []byte{}, uint8(3))
	f.Add(uint64(2), make([]byte, 256), make([]byte, 13), uint8(5))
	f.Fuzz(func(t *testing.T, seed uint64, pt, ad []byte, off uint8) {
		r := rand.New(rand.NewPCG(seed, 7))
		key, nonce := make([]byte, 16), make([]byte, 12)
		for i := range key {
			key[i] = byte(r.Uint32())
		}
		for i := range nonce {
			nonce[i] = byte(r.Uint32())
		}
		check(t, key, nonce, pt, ad, int(off%16))
	})
}

func benchmark(b *testing.B, a cipher.AEAD, open bool) {
	p := make([]byte, 1<<20)
	n := make([]byte, 12)
	ct := a.Seal(nil, n, p, n)
	out := make([]byte, 0, len(ct))
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		if open {
			if _, err := a.Open(out[:0], n, ct, n); err != nil {
				b.Fatal(err)
			}
		} else {
			out = a.Seal(out[:0], n, p, n)
		}
	}
}

func BenchmarkSeal(b *testing.B) {
	g, _ := New(make([]byte, 16))
	benchmark(b, g, false)
}
func BenchmarkOpen(b *testing.B) {
	g, _ := New(make([]byte, 16))
	benchmark(b, g, true)
}
func BenchmarkSealStdlib(b *testing.B) { benchmark(b, stdGCM(b, make([]byte, 16)), false) }
func BenchmarkOpenStdlib(b *testing.B) { benchmark(b, stdGCM(b, make([]byte, 16)), true) }

// TestVectors: test cases 1 and 2 of the GCM specification (McGrew and
// Viega), AES-128 with a zero key and a zero 96-bit IV, independent of
// crypto/cipher.
func TestVectors(t *testing.T) {
	for _, tc := range []struct{ pt, want string }{
		{"", "58e2fccefa7e3061367f1d57a4e7455a"},
		{"00000000000000000000000000000000", "0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf"},
	} {
		g, err := New(make([]byte, 16))
		if err != nil {
			t.Fatal(err)
		}
		pt, _ := hex.DecodeString(tc.pt)
		if got := hex.EncodeToString(g.Seal(nil, make([]byte, 12), pt, nil)); got != tc.want {
			t.Errorf("seal of %q: %s, want %s", tc.pt, got, tc.want)
		}
	}
}

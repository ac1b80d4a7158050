package gcm

import "unsafe"

// sliceForAppend extends in by n bytes: head is the whole, tail the new
// part (crypto/cipher's helper).
func sliceForAppend(in []byte, n int) (head, tail []byte) {
	if total := len(in) + n; cap(in) >= total {
		head = in[:total]
	} else {
		head = make([]byte, total)
		copy(head, in)
	}
	tail = head[len(in):]
	return
}

// inexactOverlap reports whether x and y share memory at other than the
// same start (crypto/internal/fips140/alias's rule: in place is allowed).
func inexactOverlap(x, y []byte) bool {
	if len(x) == 0 || len(y) == 0 || &x[0] == &y[0] {
		return false
	}
	xs, ys := uintptr(unsafe.Pointer(&x[0])), uintptr(unsafe.Pointer(&y[0]))
	return xs <= ys+uintptr(len(y)-1) && ys <= xs+uintptr(len(x)-1)
}

// sbox is AES's S-box, computed: the inverse in GF(2^8) (x^8+x^4+x^3+x+1)
// then the affine map.
var sbox = func() (s [256]byte) {
	mul := func(a, b byte) byte {
		var p byte
		for b != 0 {
			if b&1 != 0 {
				p ^= a
			}
			hi := a & 0x80
			a <<= 1
			if hi != 0 {
				a ^= 0x1b
			}
			b >>= 1
		}
		return p
	}
	for x := range 256 {
		inv := byte(0)
		if x != 0 {
			// x^254 = x^-1
			r, b := byte(1), byte(x)
			for e := 254; e > 0; e >>= 1 {
				if e&1 != 0 {
					r = mul(r, b)
				}
				b = mul(b, b)
			}
			inv = r
		}
		rot := func(v byte, k uint) byte { return v<<k | v>>(8-k) }
		s[x] = inv ^ rot(inv, 1) ^ rot(inv, 2) ^ rot(inv, 3) ^ rot(inv, 4) ^ 0x63
	}
	return
}()

// expandKey128 is AES-128's key schedule (FIPS 197, 5.2), round keys in
// byte order as AESENC takes them.
func expandKey128(key []byte) (rk [11][16]byte) {
	var w [44][4]byte
	for i := range 4 {
		copy(w[i][:], key[4*i:])
	}
	rcon := byte(1)
	for i := 4; i < 44; i++ {
		t := w[i-1]
		if i%4 == 0 {
			t = [4]byte{sbox[t[1]] ^ rcon, sbox[t[2]], sbox[t[3]], sbox[t[0]]}
			hi := rcon & 0x80
			rcon <<= 1
			if hi != 0 {
				rcon ^= 0x1b
			}
		}
		for j := range 4 {
			w[i][j] = w[i-4][j] ^ t[j]
		}
	}
	for r := range 11 {
		for c := range 4 {
			copy(rk[r][4*c:], w[4*r+c][:])
		}
	}
	return
}

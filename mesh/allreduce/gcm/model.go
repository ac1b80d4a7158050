package gcm

import (
	"crypto/cipher"
	"encoding/binary"
)

// The GHASH arithmetic, in the representation the assembly uses: a block
// is byte-reversed and read as a little-endian 128-bit integer (el), and
// the hash key is kept multiplied by x (double), so that mul(a, double(h))
// is the field product a·h (the method of Intel's carry-less
// multiplication white paper, as Go's own AES-GCM assembly uses it).

type el struct{ lo, hi uint64 }

func (a el) xor(b el) el { return el{a.lo ^ b.lo, a.hi ^ b.hi} }

// load reads a GCM block into the representation.
func load(b []byte) el {
	return el{binary.BigEndian.Uint64(b[8:16]), binary.BigEndian.Uint64(b[0:8])}
}

// store writes x back as a GCM block.
func (a el) store(b []byte) {
	binary.BigEndian.PutUint64(b[8:16], a.lo)
	binary.BigEndian.PutUint64(b[0:8], a.hi)
}

// clmul is the carry-less product of a and b.
func clmul(a, b uint64) el {
	var r el
	for i := range 64 {
		if b>>i&1 == 1 {
			r.lo ^= a << i
			if i > 0 {
				r.hi ^= a >> (64 - i)
			}
		}
	}
	return r
}

const polyHi = 0xc200000000000000

// double returns h·x in the representation: h shifted left by one, the
// reduction polynomial folded in when the top bit falls out.
func double(h el) el {
	msb := h.hi >> 63
	r := el{h.lo << 1, h.hi<<1 | h.lo>>63}
	if msb == 1 {
		r = r.xor(el{1, polyHi})
	}
	return r
}

// mul returns a·h for h2 = double(h).
func mul(a, h2 el) el {
	lo := clmul(a.lo, h2.lo)
	hi := clmul(a.hi, h2.hi)
	m := clmul(a.lo, h2.hi).xor(clmul(a.hi, h2.lo))
	acc0 := el{lo.lo, lo.hi ^ m.lo}
	acc1 := el{hi.lo ^ m.hi, hi.hi}
	for range 2 {
		t := clmul(acc0.lo, polyHi)
		acc0 = el{acc0.hi ^ t.lo, acc0.lo ^ t.hi}
	}
	return acc0.xor(acc1)
}

// ghashBlocks hashes b (padded with zeros to whole blocks) into y.
func ghashBlocks(y, h2 el, b []byte) el {
	var blk [16]byte
	for len(b) > 0 {
		n := copy(blk[:], b)
		clear(blk[n:])
		y = mul(y.xor(load(blk[:])), h2)
		b = b[n:]
	}
	return y
}

// ctrXOR XORs src with the key stream from counter block ctr (advanced
// past what it used) into dst.
func ctrXOR(blk cipher.Block, ctr *[16]byte, dst, src []byte) {
	var ks [16]byte
	for len(src) > 0 {
		blk.Encrypt(ks[:], ctr[:])
		binary.BigEndian.PutUint32(ctr[12:], binary.BigEndian.Uint32(ctr[12:])+1)
		n := min(len(src), 16)
		for i := range n {
			dst[i] = src[i] ^ ks[i]
		}
		dst, src = dst[n:], src[n:]
	}
}

//go:build !purego

package gcm

import (
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"
	"errors"

	"golang.org/x/sys/cpu"
)

var haveVector = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VL &&
	cpu.X86.HasAVX512VAES && cpu.X86.HasAVX512VPCLMULQDQ && cpu.X86.HasPCLMULQDQ && cpu.X86.HasAVX

//go:noescape
func gfmul(y *el, h2 *el)

//go:noescape
func sealBlocks(rk *[11][16]byte, hp *[16]el, ctr *[16]byte, y *el, dst, src *byte, n int)

//go:noescape
func openBlocks(rk *[11][16]byte, hp *[16]el, ctr *[16]byte, y *el, dst, src *byte, n int)

const (
	nonceSize = 12
	tagSize   = 16
	groupLen  = 256 // bytes of the 16 blocks the vector code takes at a time
)

var errOpen = errors.New("cipher: message authentication failed")

type vector struct {
	blk cipher.Block // for the counter blocks of a message's tail and the tag mask
	rk  [11][16]byte // AES-128 round keys
	hp  [16]el       // H^16 ... H^1, each times x
	h2  el           // H times x
}

func newVector(key []byte, b cipher.Block) cipher.AEAD {
	g := &vector{blk: b}
	g.rk = expandKey128(key)
	var z, h [16]byte
	b.Encrypt(h[:], z[:])
	g.h2 = double(load(h[:]))
	p := g.h2
	for i := 15; i >= 0; i-- {
		g.hp[i] = p
		if i > 0 {
			q := p
			gfmul(&q, &g.h2) // H^(k+1) times x
			p = q
		}
	}
	return g
}

func (g *vector) NonceSize() int { return nonceSize }
func (g *vector) Overhead() int  { return tagSize }

// ghash hashes b, zero-padded to whole blocks, into y.
func (g *vector) ghash(y *el, b []byte) {
	var blk [16]byte
	for len(b) > 0 {
		n := copy(blk[:], b)
		clear(blk[n:])
		*y = y.xor(load(blk[:]))
		gfmul(y, &g.h2)
		b = b[n:]
	}
}

// tag finishes y with the lengths and masks it with the first counter
// block's key stream.
func (g *vector) tag(out []byte, y el, j0 *[16]byte, adLen, ctLen int) {
	var lens [16]byte
	binary.BigEndian.PutUint64(lens[:8], uint64(adLen)*8)
	binary.BigEndian.PutUint64(lens[8:], uint64(ctLen)*8)
	y = y.xor(load(lens[:]))
	gfmul(&y, &g.h2)
	var mask [16]byte
	g.blk.Encrypt(mask[:], j0[:])
	y.store(out)
	subtle.XORBytes(out, out, mask[:])
}

// begin returns a message's first counter block (the tag's mask), the
// counter block its key stream starts from, and GHASH over ad.
func (g *vector) begin(nonce, ad []byte) (j0, ctr [16]byte, y el) {
	copy(j0[:], nonce)
	j0[15] = 1
	ctr = j0
	ctr[15] = 2
	g.ghash(&y, ad)
	return j0, ctr, y
}

func (g *vector) Seal(dst, nonce, plaintext, ad []byte) []byte {
	if len(nonce) != nonceSize {
		panic("gcm: incorrect nonce length given to GCM")
	}
	if uint64(len(plaintext)) > (1<<32-2)*16 {
		panic("gcm: message too large for GCM")
	}
	ret, out := sliceForAppend(dst, len(plaintext)+tagSize)
	if inexactOverlap(out, plaintext) {
		panic("gcm: invalid buffer overlap")
	}
	j0, ctr, y := g.begin(nonce, ad)
	n := len(plaintext) / groupLen
	if n > 0 {
		sealBlocks(&g.rk, &g.hp, &ctr, &y, &out[0], &plaintext[0], n)
	}
	done := n * groupLen
	ctrXOR(g.blk, &ctr, out[done:len(plaintext)], plaintext[done:])
	g.ghash(&y, out[done:len(plaintext)])
	g.tag(out[len(plaintext):], y, &j0, len(ad), len(plaintext))
	return ret
}

func (g *vector) Open(dst, nonce, ciphertext, ad []byte) ([]byte, error) {
	if len(nonce) != nonceSize {
		panic("gcm: incorrect nonce length given to GCM")
	}
	if len(ciphertext) < tagSize || uint64(len(ciphertext)) > (1<<32-2)*16+tagSize {
		return nil, errOpen
	}
	tag := ciphertext[len(ciphertext)-tagSize:]
	ciphertext = ciphertext[:len(ciphertext)-tagSize]
	ret, out := sliceForAppend(dst, len(ciphertext))
	if inexactOverlap(out, ciphertext) {
		panic("gcm: invalid buffer overlap")
	}
	j0, ctr, y := g.begin(nonce, ad)
	n := len(ciphertext) / groupLen
	if n > 0 {
		openBlocks(&g.rk, &g.hp, &ctr, &y, &out[0], &ciphertext[0], n)
	}
	done := n * groupLen
	g.ghash(&y, ciphertext[done:]) // before the decryption, which may overwrite it
	var want [tagSize]byte
	g.tag(want[:], y, &j0, len(ad), len(ciphertext))
	if subtle.ConstantTimeCompare(want[:], tag) != 1 {
		clear(out)
		return nil, errOpen
	}
	ctrXOR(g.blk, &ctr, out[done:], ciphertext[done:])
	return ret, nil
}

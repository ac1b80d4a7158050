package gcm

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// modelSeal is AES-GCM from the model's pieces.
func modelSeal(key, nonce, pt, ad []byte) []byte {
	blk, _ := aes.NewCipher(key)
	var z, h [16]byte
	blk.Encrypt(h[:], z[:])
	h2 := double(load(h[:]))
	var ctr [16]byte
	copy(ctr[:], nonce)
	ctr[15] = 1
	var tagMask [16]byte
	blk.Encrypt(tagMask[:], ctr[:])
	ctr[15] = 2
	ct := make([]byte, len(pt))
	ctrXOR(blk, &ctr, ct, pt)
	y := ghashBlocks(el{}, h2, ad)
	y = ghashBlocks(y, h2, ct)
	var lens [16]byte
	binary.BigEndian.PutUint64(lens[:8], uint64(len(ad))*8)
	binary.BigEndian.PutUint64(lens[8:], uint64(len(pt))*8)
	y = mul(y.xor(load(lens[:])), h2)
	var tag [16]byte
	y.store(tag[:])
	for i := range tag {
		tag[i] ^= tagMask[i]
	}
	return append(ct, tag[:]...)
}

func TestModelMatchesStdlib(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		key := make([]byte, 16)
		nonce := make([]byte, 12)
		for j := range key {
			key[j] = byte(r.Uint32())
		}
		for j := range nonce {
			nonce[j] = byte(r.Uint32())
		}
		pt := make([]byte, r.IntN(600))
		ad := make([]byte, r.IntN(40))
		for j := range pt {
			pt[j] = byte(r.Uint32())
		}
		for j := range ad {
			ad[j] = byte(r.Uint32())
		}
		b, _ := aes.NewCipher(key)
		g, _ := cipher.NewGCM(b)
		want := g.Seal(nil, nonce, pt, ad)
		if got := modelSeal(key, nonce, pt, ad); !bytes.Equal(got, want) {
			t.Fatalf("case %d: model %x, stdlib %x", i, got, want)
		}
	}
}

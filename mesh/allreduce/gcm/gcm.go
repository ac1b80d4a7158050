// Package gcm is AES-128-GCM for the all-reduce's direct lanes: on amd64
// CPUs with VAES and VPCLMULQDQ (AVX-512) it seals and opens 16 blocks at
// a time in 512-bit registers, which Go's crypto/cipher (AES-NI and
// PCLMULQDQ on 128-bit registers) does not; elsewhere it is
// crypto/cipher's GCM. Both compute the same bytes (the standard GCM of
// NIST SP 800-38D, 12-byte nonces, 16-byte tags): TestMatchesStdlib and
// FuzzMatchesStdlib check that on every length and alignment.
package gcm

import (
	"crypto/aes"
	"crypto/cipher"
)

// New returns an AES-GCM AEAD with a 12-byte nonce and a 16-byte tag for
// key (16, 24 or 32 bytes; only 16-byte keys take the vector code).
func New(key []byte) (cipher.AEAD, error) {
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if len(key) == 16 && haveVector {
		return newVector(key, b), nil
	}
	return cipher.NewGCM(b)
}

// Vector reports whether New's 16-byte keys take the vector code here.
func Vector() bool { return haveVector }

// Package identity owns a node's one secp256k1 key.
//
// The same 32-byte scalar is the libp2p identity (so the peer ID derives from
// it) and the Ethereum account (so the address derives from it). Anything a
// peer signs on the mesh can therefore be checked on-chain with ecrecover, and
// any peer ID can be mapped to the address that gets paid or slashed.
//
// Keys at rest use go-ethereum's keystore format (scrypt + AES-128-CTR, the
// same JSON geth writes), in files of mode 0600; see keystore.go.
package identity

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Errors returned by this package. Callers match them with errors.Is.
var (
	// ErrBadKey reports key material that is not a valid secp256k1 scalar.
	ErrBadKey = errors.New("identity: invalid secp256k1 private key")
	// ErrBadSignature reports a signature that is malformed or does not recover.
	ErrBadSignature = errors.New("identity: invalid signature")
	// ErrNotSecp256k1 reports a peer ID whose key is not secp256k1, so it has no
	// Ethereum address.
	ErrNotSecp256k1 = errors.New("identity: peer key is not secp256k1")
	// ErrNoKey reports a data dir without a key file.
	ErrNoKey = errors.New("identity: no key file found")
	// ErrManyKeys reports a keystore dir holding more than one key when the
	// caller did not say which to use.
	ErrManyKeys = errors.New("identity: more than one key file found; pass the address of the one to use")
	// ErrWrongPassword reports a keystore file that the password does not open.
	ErrWrongPassword = errors.New("identity: wrong keystore password")
)

// SignatureLen is the length of an Ethereum signature: r (32) || s (32) || v (1).
const SignatureLen = 65

// Key is a node's identity. The zero value is not usable; build one with
// Generate, FromSeed, FromBytes or Load.
type Key struct {
	priv *ecdsa.PrivateKey
}

// Generate returns a fresh key from the operating system's randomness.
func Generate() (*Key, error) {
	priv, err := ethcrypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("identity: generate key: %w", err)
	}
	return &Key{priv: priv}, nil
}

// FromSeed derives a key deterministically from seed bytes. The simulation and
// tests use it: Go's ecdsa.GenerateKey ignores custom randomness sources, so a
// seeded key has to be derived, not generated. Never use it for a real node.
func FromSeed(seed []byte) *Key {
	// Hash until the scalar is valid; a miss has probability ~2^-128.
	h := ethcrypto.Keccak256(append([]byte("trainmesh/identity/seed"), seed...))
	for {
		if k, err := FromBytes(h); err == nil {
			return k
		}
		h = ethcrypto.Keccak256(h)
	}
}

// FromBytes builds a key from a 32-byte big-endian private scalar.
func FromBytes(raw []byte) (*Key, error) {
	priv, err := ethcrypto.ToECDSA(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadKey, err)
	}
	return &Key{priv: priv}, nil
}

// FromECDSA wraps an existing go-ethereum key.
func FromECDSA(priv *ecdsa.PrivateKey) *Key { return &Key{priv: priv} }

// Bytes returns the 32-byte private scalar. Handle with care.
func (k *Key) Bytes() []byte { return ethcrypto.FromECDSA(k.priv) }

// ECDSA returns the key as go-ethereum uses it (transaction signing).
func (k *Key) ECDSA() *ecdsa.PrivateKey { return k.priv }

// Address returns the Ethereum address of the key.
func (k *Key) Address() common.Address { return ethcrypto.PubkeyToAddress(k.priv.PublicKey) }

// LibP2P returns the key as a libp2p private key.
func (k *Key) LibP2P() p2pcrypto.PrivKey {
	priv, err := p2pcrypto.UnmarshalSecp256k1PrivateKey(k.Bytes())
	if err != nil {
		// The scalar was validated when the Key was built; both libraries use
		// the same curve, so this cannot fail.
		panic(fmt.Sprintf("identity: libp2p rejected a valid secp256k1 key: %v", err))
	}
	return priv
}

// PeerID returns the libp2p peer ID of the key.
func (k *Key) PeerID() peer.ID {
	id, err := peer.IDFromPrivateKey(k.LibP2P())
	if err != nil {
		panic(fmt.Sprintf("identity: peer ID of a valid key: %v", err))
	}
	return id
}

// SignHash signs a 32-byte digest (an EIP-712 digest, say) and returns the
// 65-byte signature r||s||v with v in {27, 28}, the form Solidity's ecrecover
// and eth_signTypedData use.
func (k *Key) SignHash(digest [32]byte) ([]byte, error) {
	sig, err := ethcrypto.Sign(digest[:], k.priv)
	if err != nil {
		return nil, fmt.Errorf("identity: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Recover returns the address that signed digest with sig (r||s||v, v in
// {0, 1} or {27, 28}). Signatures with a high s value are rejected, as the
// contracts do, so that a signature has one valid encoding.
func Recover(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLen {
		return common.Address{}, fmt.Errorf("%w: length %d, want %d", ErrBadSignature, len(sig), SignatureLen)
	}
	norm := make([]byte, SignatureLen)
	copy(norm, sig)
	if norm[64] >= 27 {
		norm[64] -= 27
	}
	if norm[64] > 1 {
		return common.Address{}, fmt.Errorf("%w: recovery id %d", ErrBadSignature, sig[64])
	}
	if !ethcrypto.ValidateSignatureValues(norm[64], bigFrom(norm[:32]), bigFrom(norm[32:64]), true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	pub, err := ethcrypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return ethcrypto.PubkeyToAddress(*pub), nil
}

// AddressOf returns the Ethereum address behind a libp2p peer ID. secp256k1
// public keys are small enough that libp2p inlines them in the peer ID, so no
// lookup is needed.
func AddressOf(id peer.ID) (common.Address, error) {
	pub, err := id.ExtractPublicKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("identity: public key of %s: %w", id, err)
	}
	return AddressOfPubKey(pub)
}

// AddressOfPubKey returns the Ethereum address of a libp2p public key.
func AddressOfPubKey(pub p2pcrypto.PubKey) (common.Address, error) {
	if pub.Type() != p2pcrypto.Secp256k1 {
		return common.Address{}, ErrNotSecp256k1
	}
	raw, err := pub.Raw() // 33-byte compressed point
	if err != nil {
		return common.Address{}, fmt.Errorf("identity: raw public key: %w", err)
	}
	ecpub, err := ethcrypto.DecompressPubkey(raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("identity: decompress public key: %w", err)
	}
	return ethcrypto.PubkeyToAddress(*ecpub), nil
}

func bigFrom(b []byte) *big.Int { return new(big.Int).SetBytes(b) }

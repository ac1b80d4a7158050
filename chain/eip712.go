package chain

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// The signed messages, their EIP-712 domain, type strings and hashing, their
// ABI encoding and the job ID derivation are package protocol's, the one
// definition the contract's is checked against (eip712_test.go). Here they
// meet secp256k1 and go-ethereum's types: protocol's [20]byte and [32]byte
// convert to common.Address and common.Hash with a plain Go conversion.

// Sign signs m under d with key: 65 bytes r‖s‖v, v in {27, 28}, low s.
func Sign(key *identity.Key, d protocol.Domain, m protocol.Struct) ([]byte, error) {
	return key.SignHash(d.Digest(m))
}

// Recover returns the address that signed m under d.
func Recover(d protocol.Domain, m protocol.Struct, sig []byte) (common.Address, error) {
	return identity.Recover(d.Digest(m), sig)
}

// JobIDOf is protocol.JobIDOf in go-ethereum's types: the ID of the job
// poster escrows with nonce.
func JobIDOf(poster common.Address, nonce uint64) common.Hash {
	return common.Hash(protocol.JobIDOf(protocol.Address(poster), nonce))
}

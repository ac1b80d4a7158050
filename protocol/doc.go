// Package protocol owns the schema of trainmesh's signed messages, once:
// the message types (JobAnnounce, BidCommit, BidReveal, Decline, Award,
// StepReceipt, FaultAttestation), the EIP-712 domain, type strings and
// struct hashing, their Solidity ABI encoding and its strict decoders, the
// equivocation evidence and its kinds, and the derivation of job IDs
// (PROTOCOL.md, "Signed messages"). The settlement contract rebuilds these
// very hashes, so any change here is a protocol change; a test in chain
// checks every type hash against the compiled contract's.
//
// Everything that signs or verifies (auction/wire for gossip, chain for the
// contract, node for receipts) and the pure cores (auction, job) use these
// types and nothing else. The package holds 20-byte addresses and 32-byte hashes as
// its own [20]byte and [32]byte types; chain converts them to go-ethereum's
// common.Address and common.Hash at its edge with a plain Go conversion.
//
// It is a pure package, like the auction core that imports it: it imports
// neither go-ethereum nor libp2p nor badger, nor net, os, time, sync,
// math/rand or crypto/rand, and starts no goroutine (cmd/trainmesh's
// architecture test enforces it). It hashes with golang.org/x/crypto/sha3's
// legacy Keccak-256 and cannot recover signers: signing and recovery, which
// need secp256k1, stay with the callers that hold keys (auction/wire,
// chain).
package protocol

// Package chain owns trainmesh's settlement layer on an EVM chain: the
// Solidity contracts (chain/contracts, compiled with a pinned solc), their
// generated Go bindings (chain/bindings), and the client that escrows job
// budgets, stakes, settles batches of jobs, challenges, claims, slashes and
// withdraws.
//
// The client runs against either backend Params selects: an embedded chain
// in this process (go-ethereum's simulated backend, the default; see
// Embedded), or any EVM JSON-RPC endpoint (a local `geth --dev`, an OP Stack
// or Arbitrum L2). It manages nonces, caps estimated gas, and waits for
// receipts with a timeout and a reorg-safe confirmation depth.
//
// A settled job is one Merkle root of its payout table on-chain (the table
// itself in the JobSettled event); PayoutTable rebuilds the current table
// from the events and checks it against the root, and Release, Credit,
// ChallengeSteps and ChallengeFault build the entries and proofs the
// contract takes from it, so callers name jobs and members, never proofs.
//
// The chain is never on the hot path of training: a job touches it to
// escrow, to settle, and when someone misbehaves.
//
// The package imports go-ethereum and mesh/identity; nothing in mesh, auction
// or train imports it.
package chain

// Package simulation runs trainmesh testnets: thousands of simulated peers
// in one process on a virtual clock (this package), or a handful of real
// `trainmesh node` processes on 127.0.0.1 (package simulation/testnet).
//
// # The discrete-event engine
//
// One priority queue holds every pending event, ordered by (virtual time,
// sequence number); one seeded *rand.Rand (PCG) makes every random choice.
// The engine pops an event, advances the virtual clock to it, and runs it
// to completion; nothing else runs. There is no goroutine per peer, no
// wall clock and no map iteration whose order could leak into the run, so
// one scenario and one seed give the same event log byte for byte (on one
// platform: Go may fuse floating-point multiply-adds on some CPUs).
//
// The simulated peers run trainmesh's own cores, not models of them:
//
//   - auction.Machine (New, Step, Tick, Offer, Ready/Advance) for every job
//     a peer follows, with real EIP-712 messages signed by auction/wire
//     under keys from identity.FromSeed, decoded and signature-checked by
//     wire.Codec.Decode as a node's gossip validator does;
//   - mesh/allreduce/schedule for the transfers of every training step,
//     timed by the simulated network's latency and bandwidth;
//   - mesh/allreduce/membership, one Machine per member and standby of a
//     group, for re-forming the ring when it breaks (membership.go);
//   - job.Machine, one per awarded job and role (the poster's and each
//     winner's), for the job's life after its award (jobs.go): readiness,
//     step receipts sent through the simulated network, the credits, the
//     settlement, the refund and the winners' pay, the observations the
//     group's receipts yield; its chain calls are answered by the
//     simulated settlement contract (ledger.go) at the virtual time,
//     whose settle deadline and windows are scenario settings; a share
//     of posters may vanish before settling or under-credit a winner
//     (scenario.Posters), which drives the winners' claims and
//     challenges;
//   - reputation/score.Book, one per peer, fed the observations a node
//     records (PROTOCOL.md, "Reputation observations"), which each peer's
//     auctions read through auction.Reputation;
//   - verified work (verify.go) in the same job.Machine, one more per
//     standby: each period's audit sample from the group's real signed
//     receipts (job.PeriodSeeds, job.Assign), the recomputations it asks
//     of verifiers (answered after their time), the audits, evidence and
//     signed fault attestations carried between the machines, the
//     re-checks, the quorum that convicts, the slash (fault 2 wrong
//     result, 4 tampered) and the credit cap the poster's machine asks
//     of the simulated contract, the convict's drop from the ring, and
//     the false accuser's refutation.
//
// # Cheaters
//
// The simulation does not compute gradients. A cheater's contribution
// (a lazy member's zeros or stale gradient, a poisoner's scaled,
// sign-flipped or random one, a tamperer's altered forwarded sums) is
// modelled as "wrong at the steps S it cheated on", and an audit or a
// re-check of (member, step) finds it wrong exactly when the step is in
// S. That is faithful, not optimistic: the network's recomputation is
// exact (train/verify recomputes the member's step bit for bit from the
// state it committed to, and compares hashes), so it never misses a
// wrong step it checks and never flags a right one. What is simulated is
// everything around it: which pairs the seed samples, who verifies and
// whether they are online, how long a recomputation takes (fetching the
// state, one step's compute), the re-checks, the quorum, the chain, and
// the ring going on without the convict.
//
// What the simulation models rather than runs (gossipsub's mesh, the
// chain, training's numbers) and what it shortcuts for speed is listed in
// the README's Simulation section.
//
// The engine imports no libp2p and no chain client; it reaches
// go-ethereum only through auction/wire and mesh/identity (secp256k1).
package simulation

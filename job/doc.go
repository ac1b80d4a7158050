// Package job is the life of one job after its award, on one peer, as a pure
// state machine in the etcd-raft shape of package auction: the poster's side
// (follow the group's step receipts, settle the credits they prove, take back
// the unspent escrow) and a winner's (prepare, wait for the group to be
// ready, train, sign receipts, then collect its pay: release and withdraw
// after the challenge window, challenge an under-credit, claim when the
// poster never settled), and a standby's (verify, then collect its pay).
//
// Verified work (PROTOCOL.md, "Verified work"; audit.go and work.go): every
// role derives each receipt period's audit sample from the group's signed
// receipts (PeriodSeeds, Audited, VerifierOf, Assign): seeded by the members
// that were training before the period once they all receipted it (each
// member's own pairs by the others' receipts, so that its own cannot
// steer them), or,
// when one left the ring, once the period closed; sampling every member
// that trained it, winners and called-in standbys alike. A verifier is asked to
// recompute the pairs assigned to it (Ready.Verify, answered by Verified)
// and publishes its signed Audit, and on a mismatch the WorkEvidence and
// its FaultAttestation. Every other member of the award and the poster
// re-checks evidence with one recomputation (Ready.Recheck, answered by
// Rechecked): a confirmation is attested, a refutation is recorded against
// the accuser. Attestations (PeerAttestation) from a quorum of the group,
// the poster counting as one, convict: members drop the convict from the
// ring (TrainDrop); the poster slashes it (CallSlashFault), pays it nothing
// for the job (CreditCap: in the settlement, or with CallChallengeFault
// once settled) and pays each verifier per valid audit
// (PeerAudit) within the contract's bounds. A local-steps job adds one
// job audit per member over all its outer steps, drawn with its seed of
// the last period (JobAuditStep). A standby the ring calls in states the
// seat it took in a signed SeatStatement (CalledIn, PeerSeat), checked
// against the receipts, and verifiers check it on exactly that seat
// (StandbyShards). A winner restarted and called back into its own seat
// states where it trains again the same way, and the ring's other members
// witness it (Witnessed, PeerWitness): its gap is not credited (Book.Gaps).
//
// The machine is fed events through Step (a receipt, a readiness message,
// training's results, what a chain call returned, what the chain shows at a
// block; audits, evidence, attestations and the results of this peer's own
// recomputations) and time through Tick, both with now in Unix
// milliseconds. It asks its caller to act through Ready, in this order:
//
//  1. persist Ready.Record (the job's journal) before anything else, so that
//     a restart finds every transaction the machine is about to send;
//  2. carry out Ready.Calls (chain calls) and step each one's CallResult back
//     with the call's ID; the shell may batch the settle calls of several
//     jobs into one transaction (the contract settles a batch);
//  3. publish Ready.Publish on the job's training topic, signed by the peer
//     (receipts, evidence and a member's two receipts for one step come
//     signed already; an attestation, once signed, is stepped back as a
//     PeerAttestation from this peer);
//  4. carry out Ready.Train (start, run, stop training; drop a convict from
//     the ring; collect the model);
//  5. carry out Ready.Verify and Ready.Recheck (recompute steps) and step
//     each answer back (Verified, Rechecked);
//  6. ask the job's other followers for Ready.Fetch, the receipts and
//     seat statements this peer lacks (fetch.go), and step what comes,
//     each signature checked, back as PeerReceipt and PeerSeat (a slot's
//     two receipts together, as a PeerEquivocation);
//  7. record Ready.Observations in the reputation store and show Ready.Events;
//
// then call Advance. Results come back as later events; nothing inside waits.
//
// A restarted peer rebuilds the machine with Restore from the last Record it
// persisted; the stage the record names says where to go on.
//
// The package holds no goroutine, lock, clock, randomness or I/O, and must
// not import go-ethereum, libp2p, badger, chain, mesh or node: the shell
// (node) verifies signatures and talks to the network and the chain, and the
// simulation drives the very same rules on a virtual clock. A Machine is not
// safe for concurrent use.
package job

// Package auction owns trainmesh's sealed-bid job auction: the job
// announcement, the commit-reveal bids, declines, the clearing rule and the
// poster's award, all as EIP-712 typed data (PROTOCOL.md), and the per-job
// state machine that every peer following a job runs.
//
// The package is a pure, deterministic core in the shape of etcd's raft: it
// reads no clock (every call takes nowMs, Unix milliseconds), does no I/O,
// starts no goroutine, uses no global randomness and imports neither libp2p
// nor go-ethereum (cmd/trainmesh's architecture test enforces it). The same
// code therefore runs on the network and in the simulation's virtual time.
//
// # Using a Machine
//
// A peer builds one Machine per job it follows, from the verified job
// announcement (New). It then feeds it
//
//   - Step(nowMs, signed): every signed message for the job, already decoded
//     and signature-checked by the shell (auction/wire), its own included;
//   - Tick(nowMs): the passage of time, at least every few hundred
//     milliseconds while the job is open;
//   - Offer(nowMs, offer): once, on a provider, its own capabilities and
//     price floor; the machine decides to bid or to decline.
//
// After each call the caller drains Ready(): Messages are unsigned messages
// the peer must sign with its key, publish on the job's topic and Step back
// into the machine (so a peer's own commit, reveal and award are recorded
// exactly like everyone else's); Events are what happened, for logs, the
// demo, reputation and the chain (evidence). Advance() then clears them.
// The Machine is not safe for concurrent use: one goroutine (the node's
// loop) owns it.
//
// # Timing
//
// Receivers accept commits until CommitDeadlineMs + ClockGraceMs and reveals
// from CommitDeadlineMs until RevealDeadlineMs + ClockGraceMs, and clear at
// RevealDeadlineMs + ClockGraceMs. The grace absorbs gossip delay and clock
// skew, so that peers whose clocks differ by less than it accept the same
// messages. Honest bidders commit as soon as they decide and reveal only once
// every receiver has closed its commit window (CommitDeadlineMs +
// ClockGraceMs), so no reveal can inform a late commit.
//
// # Clearing
//
// See Clear: valid reveals are ranked by price adjusted for quality, taken
// from the quality table the announcement commits to (QualityOf; the
// poster's evidence, never a bid's claim), the best K win, and each member
// is paid its critical value, the most it could have asked and kept its
// place, capped by the budget. Ties break by keccak256(jobId ‖ bidder).
// Since every follower clears with the committed table, every honest
// follower that saw the poster's reveals computes the poster's award, and
// an award no such set of reveals explains is kept as AwardEvidence. An equivocating bidder (two different
// signed commits or reveals for one job) is excluded wherever both messages
// were seen, and the pair is Evidence for slashing; a bidder that commits
// and never reveals cannot win.
package auction

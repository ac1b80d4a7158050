// Package membership is the pure core of the all-reduce's membership: the
// views a training group's ring runs in, their epochs, the quorum, who is
// to blame when the ring stalls, the coordinator's decision and the call-in
// of standbys. mesh/allreduce (the network) and the simulation drive the
// very same code.
//
// It is in the shape of etcd's raft, as the auction is: a Machine holds one
// member's state; the shell feeds it Step(nowNs, msg) (what happened here,
// peers' requests, peers' answers to this member's requests) and
// Tick(nowNs), then drains Ready() and calls Advance(). Ready says, in
// order: abort the operation in progress (a new view is being agreed),
// drop the linked ring, send Messages (requests to peers; answers to
// peers' requests, routed by their Ref), report Faults (members dropped),
// and deliver the Outcome of the pending MsgNeedView (run in this view,
// the operation already completed, back to standby, excluded, quorum
// lost, no coordinator). Time is data (nanoseconds, from any fixed
// origin); the package reads no clock, does no I/O, starts no goroutine,
// holds no lock and uses no randomness, and it imports neither libp2p nor
// anything of trainmesh (cmd/trainmesh's architecture tests enforce it).
// Members are named by any string type (ID): the shell's peer.ID, the
// simulation's own names. The Machine is not safe for concurrent use.
//
// # Views and epochs
//
// The members agree on a view: an epoch number and the ring (award order,
// minus dropped members). A member whose ring fails (MsgBroken) asks the
// members of its view, in ring order, skipping any it accuses, to
// coordinate the next epoch (MsgJoin); a coordinator's redirect is
// followed once. A member asked to coordinate probes every member and
// standby (MsgProbe, which also makes them abort), keeps the ones that
// answer minus those Blame drops, checks the quorum, decides which
// operation the view runs (the failed one, redone, or the next one if the
// old ring had in fact finished it everywhere), plans the standbys' entry
// from the next operation that is a join point (Spec.JoinPoint; MsgActivate;
// a standby that does not take the call is left out), and answers every
// join with that decision (Decide).
// A coordinator that finds a member already in the epoch it was asked for
// redirects the askers there, so that one epoch has one ring (not to one
// whose view keeps a member proved to have sent garbage). A coordinator
// that its own decision would drop does not decide: it redirects to the
// first survivor in ring order, the member that every survivor knowing
// of the drop asks. An excluded member coordinates nothing, nor does a
// called-in standby or a restarted member that has completed no
// operation of the ring (its view is the award's or a plan it has not
// run), and no coordinator sends askers to one.
//
// # Convicts
//
// A garbage accusation that the shell marks Proven (an expulsion on a
// quorum's conviction, a lie about a hop shown by signed statements) is
// permanent at its accuser: it goes with every join and probe reply, so
// any coordination, whenever it probes, drops the convict, and a view
// that keeps it (decided before the proof reached its coordinator) is
// refused: the accuser asks for the next epoch at once (EventRefused).
//
// # Called-in standbys
//
// A standby called in from the next operation that has completed none
// yet does not set the operation of a later view (its ring may never
// have reached the planned one); adopting a view of another operation,
// it starts over there (OutcomeBackToStandby, then allreduce.ErrCallIn
// for its trainer), or, where that operation is no join point or comes
// before the one it was planned from (its trainer fetches the state
// after it, which only a ring that completes it without the joiner can
// give), is planned in again from the next one. A member moving into its
// planned view carries the previous operation's checksum (View.Prev), so
// that a member still comparing checksums that asks it finishes that
// operation.
//
// That is not a promise: a member that accuses the first in ring order
// skips it and coordinates the epoch itself, and if its probe reaches the
// first before that one has adopted its own decision, it does not defer;
// likewise a called-in standby holds the planned ring with every standby
// the coordinator called, even one that then did not take the call. What
// holds (TestAgreementUnderRandomFailures) is that with a majority quorum
// at most one ring of an epoch is adopted by all its members; the others
// never link (each lane's hello carries the view's digest), break at
// link-up, and the next epoch settles it.
//
// # Who is to blame when the ring stalls
//
// A member that stops sending (or reading) stalls the whole ring, not only
// its successor: every chunk moves on only once its receiver has it, so
// each member downstream of the silent one soon waits on its own
// predecessor, and each upstream one on its successor once the stream
// windows fill. Their waits begin within a few chunk hops of each other,
// so when the first chunk deadline (ChunkTimeout) fires, the others are
// about to fire too, and many do (seen on loopback: all three survivors of
// a 4-ring timed out in the same millisecond, each accusing its
// predecessor, and the coordinator dropped all three). The abort that the
// first one starts (its streams reset, the coordinator's probes) races the
// other timers, so which members accuse whom is down to scheduling.
//
// Three rules make the outcome independent of that race:
//
//  1. A member that was stalled on a neighbour says so, whether its own
//     deadline fired or not: when its operation is aborted, or when a
//     coordinator probes it, each of its lanes that had been waiting on a
//     neighbour for at least half of ChunkTimeout (Stalled) accuses that
//     neighbour of missing chunks (a stall note, FaultMissed like a
//     deadline). The shell measures the waits; this package decides.
//  2. A member that is itself holding up a lane accuses nobody of missing
//     chunks, neither by deadline nor by note: one of its lanes has had a
//     chunk in hand (received and not yet passed on, or its own to send)
//     for half of ChunkTimeout without waiting on anyone (HoldsUp;
//     MsgAccuse's Holding). The silent member is such a one; the lanes of
//     it that were waiting on its predecessor when it stopped would
//     otherwise accuse it, and close the chain below into a cycle.
//  3. The coordinator excuses a member accused of missing chunks if it
//     answered the probe and itself accused a neighbour of missing chunks:
//     it was waiting, not silent (Blame). The chain of accusations then
//     ends at the member that waited on nobody, which is dropped. If every
//     accused member is excused (a cycle, with no end to blame), all the
//     accusations stand, as they would without this rule.
//
// What the end of a chain is then depends on the silence rule (Judge,
// silence.go): an accused member that reported holding a chunk up
// (ProbeReply.Holding) or did not answer is dropped; against any other,
// the accusation is a dispute between the two, both kept, the operation
// redone in a ring that keeps the pair apart (View.Disputes, Separate),
// and a member in two disputes is dropped (FaultSilence). Blame is the
// rule without disputes.
//
// What it cannot tell: a member that starts an operation more than
// ChunkTimeout/2 after the others (within StartTimeout, so not late) is
// blamed if the ring breaks for another reason while the others wait on
// it; and a member starved of CPU for ChunkTimeout/2 in the middle of a
// chunk counts as holding it up.
//
// # Bounds
//
// A coordination keeps at most coordinationsMax agreements (the latest
// answers late joins); the accusations a joiner adds are bounded by the
// square of the group's size; a probe reply with more accusations than
// peers is not counted; an accusation's text is cut at
// AccusationDetailMax bytes.
package membership

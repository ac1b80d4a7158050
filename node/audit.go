package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train/commit"
)

// Verified work on the network (issue 16, PROTOCOL.md "Verified work"):
// the job core (package job) draws each period's sample from the group's
// receipts, says which pairs this peer verifies (Ready.Verify) and which
// evidence it re-checks (Ready.Recheck), collects the attestations,
// convicts on a quorum, slashes and caps credits. This file is the
// shell's side: it recomputes (verifier.go), fills and signs evidence,
// signs audits and attestations, publishes them on the training topic,
// checks what arrives there before the core sees it, and carries out the
// fault slashing calls.

// RoleStandby is a standby's part in a job: it trains nothing (it waits to
// be called in) and verifies the winners' work (job.RoleStandby).
const RoleStandby = "standby"

// auditedOf returns what a recomputation of jr's job needs (its recipe
// and award), once the recipe is known.
func (jr *jobRun) auditedOf() (*audited, error) {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.audit != nil {
		return jr.audit, nil
	}
	if jr.recipe == nil || jr.award == nil {
		return nil, errors.New("node: the job's recipe is not known yet")
	}
	if jr.poster == "" {
		// A restored member learns it from presence (findPoster): the
		// shards come from the poster.
		return nil, fmt.Errorf("%w: the poster's peer ID is not known yet", ErrUnavailable)
	}
	jr.audit = &audited{job: jr.id, recipe: jr.recipe, award: jr.award.Msg.(*auction.Award), poster: jr.poster}
	return jr.audit, nil
}

// verifyTries is how many times a verifier recomputes a pair whose input
// it could not fetch (ErrUnavailable), ReceiptResend apart, before it
// declines the audit (job.DeclineUnavailable): a holder restarting or a
// connection dropping is no reason to give up; an input no live peer
// holds is (a restarted member's segments it sent its successor, kept in
// memory only), and without a decline the poster waited its audit grace
// for that audit.
const verifyTries = 3

// verifyPair carries out a job.Verify: it recomputes the pair, and on a
// mismatch fills and signs the evidence; the answer is stepped back.
func (n *Node) verifyPair(jr *jobRun, v job.Verify) { n.verifyTry(jr, v, 1) }

// verifyTry is verifyPair's try-th recomputation of v.
func (n *Node) verifyTry(jr *jobRun, v job.Verify, try int) {
	out, answer := job.Verified{Member: v.Member, Step: v.Step}, true
	defer func() {
		if answer {
			n.postJob(func() { n.stepRun(jr, out) })
		}
	}()
	// A restored member's poster is not known until presence tells it
	// (its shards come from the poster): it asked "" for them and found
	// none (TestMemberRestartRejoins, 1 run in 9).
	var a *audited
	var res auditResult
	err := n.findPoster(jr)
	if err != nil {
		err = fmt.Errorf("%w: %w", ErrUnavailable, err)
	} else {
		a, err = jr.auditedOf()
	}
	if err == nil {
		res, err = n.recompute(jr.ctx, a, auditTask{member: v.Member, step: v.Step, root: commit.Hash(v.Receipt.ContribRoot)})
	}
	if errors.Is(err, ErrUnavailable) && jr.ctx.Err() == nil {
		if try < verifyTries {
			// Again later, off the queue: the others' recomputations go
			// on meanwhile.
			answer = false
			n.log.Debug("job: verification input unavailable; trying again", "job", jr.id.Short(), "member", v.Member.Short(), "step", v.Step, "try", try, "err", err)
			n.spawnJob(jr, "recompute again", func() {
				w := n.clk.Timer(n.cfg.Jobs.ReceiptResend)
				select {
				case <-jr.ctx.Done():
					w.Stop()
					return
				case <-w.C:
				}
				n.postJob(func() { n.recomputeLater(jr, func() { n.verifyTry(jr, v, try+1) }) })
			})
			return
		}
		out.Decline = job.DeclineUnavailable
	}
	if errors.Is(err, ErrNotTrained) {
		// The member's own commitment has no leaf at the step: no try
		// will find one, and the poster need not wait for this audit.
		out.Decline = job.DeclineUnavailable
	}
	if err != nil {
		out.Err = err.Error()
		return
	}
	verdict := res.verdict
	var e *protocol.WorkEvidence
	if q := res.equivocated; q != nil {
		// The statement its leaf names is not the one its ring holds:
		// a failed audit, with the two contradicting statements it
		// signed as evidence in the equivocation form (as its ring
		// files them, equivocation.go), re-checked by signatures alone.
		n.log.Warn("job: a member's statement of its all-reduce contradicts its successor's", "job", jr.id.Short(), "member", v.Member.Short(), "step", v.Step, "op", q.op)
		out.LeafHash = protocol.Hash(verdict.Leaf.Hash())
		eq := q.equivocation()
		e = &protocol.WorkEvidence{JobID: jr.id, Accused: v.Member, Step: v.Step, Fault: protocol.FaultTampered,
			LeafIndex: q.op, HopOut: eq.Pred.Encode(), HopIn: eq.Succ.Encode(), Verifier: n.auc.self}
	} else {
		out.LeafHash, out.OK = protocol.Hash(verdict.Leaf.Hash()), verdict.Honest && len(res.tampered) == 0
		if out.OK {
			return
		}
		e = &protocol.WorkEvidence{JobID: jr.id, Accused: v.Member, Step: v.Step, Fault: protocol.FaultWrongResult,
			Receipt: v.Receipt.StepReceipt, ReceiptSig: v.Receipt.Sig, LeafIndex: uint64(verdict.Index), LeafCount: uint64(res.count),
			Leaf: verdict.Leaf.Encode(), Proof: protoHashes(res.proof), Recomputed: protocol.Hash(verdict.Recomputed), Verifier: n.auc.self}
		if verdict.Honest {
			// It committed to its honest contribution and sent, somewhere
			// in the ring, what does not follow from it: tampering in
			// transit, proved by its signed statement and its
			// predecessor's.
			f := res.tampered[0]
			n.log.Warn("job: a member tampered with the all-reduce", "job", jr.id.Short(), "member", v.Member.Short(), "step", v.Step, "hop", f.Hop, "finding", f.Kind.String())
			e.Fault, e.HopIn, e.HopOut = protocol.FaultTampered, res.hops.pred.Encode(), res.hops.own.Encode()
		}
	}
	sig, err := chain.Sign(n.key, n.cfg.Auction.Domain, e.Statement())
	if err != nil {
		out.Err = err.Error()
		return
	}
	e.Sig = [protocol.SignatureLen]byte(sig)
	out.Evidence = e
}

// recheck carries out a job.Recheck: one recomputation of the step the
// evidence names.
func (n *Node) recheck(jr *jobRun, e *protocol.WorkEvidence) {
	out := job.Rechecked{EvidenceHash: e.EvidenceHash()}
	defer func() { n.postJob(func() { n.stepRun(jr, out) }) }()
	if e.IsEquivocation() {
		// No recomputation: the accused's two signatures convict.
		aw := jr.awardMsg()
		if aw == nil {
			out.Err = "no award yet"
			return
		}
		out.Confirmed = checkEquivocation(e, aw.Members()) == nil
		return
	}
	a, err := jr.auditedOf()
	if err != nil {
		out.Err = err.Error()
		return
	}
	t := auditTask{member: e.Accused, step: e.Step, root: commit.Hash(e.Receipt.ContribRoot)}
	if e.Fault == protocol.FaultTampered {
		hp, err := evidenceHops(e, a.award.Members())
		if err != nil {
			out.Err = err.Error()
			return
		}
		t.hops = &hp
	}
	res, err := n.recompute(jr.ctx, a, t)
	if err == nil && res.equivocated != nil {
		// The accused's hops blob holds two statements of its own that
		// contradict: the step was not recomputed, so no verdict on this
		// evidence (the verifiers that draw the step file the
		// equivocation).
		err = fmt.Errorf("%w: the accused's statement of operation %d contradicts its successor's", errHops, res.equivocated.op)
	}
	if err != nil {
		out.Err = err.Error()
		return
	}
	switch e.Fault {
	case protocol.FaultTampered:
		// The contribution checks and a hop does not follow from it.
		out.Confirmed = res.verdict.Honest && len(res.tampered) > 0
	default:
		out.Confirmed = !res.verdict.Honest
	}
}

// evidenceHops decodes and checks fault-4 evidence's statements: HopOut
// the accused's, signed by it, whose transcript its leaf commits to, or
// (a compressed outer step) of the statistics' all-reduce just before,
// which the leaf does not name: re-checkers link it to the leaf's values
// by its operation (Node.recompute), and refute it otherwise; HopIn its
// predecessor's, signed by another member of the award (a called-in
// standby rings with the winners), of the same all-reduce.
func evidenceHops(e *protocol.WorkEvidence, members []auction.Address) (hopPair, error) {
	var p hopPair
	var err error
	if p.own, err = transcript.DecodeStatement(e.HopOut); err != nil {
		return p, err
	}
	if p.pred, err = transcript.DecodeStatement(e.HopIn); err != nil {
		return p, err
	}
	leaf, err := commit.DecodeLeaf(e.Leaf)
	if err != nil {
		return p, err
	}
	if leaf.Transcript == (commit.Hash{}) {
		return p, fmt.Errorf("%w: the accused's leaf commits to no transcript", errHops)
	}
	return p, checkHopPair(p, [32]byte{}, members, e.Accused)
}

// publishWork signs (audits, attestations) and publishes a verified-work
// message of the core; this peer's own attestation goes back into the
// core, which counts it.
func (n *Node) publishWork(jr *jobRun, p job.Publish) {
	dom := n.cfg.Auction.Domain
	var data []byte
	switch {
	case p.Audit != nil:
		sig, err := chain.Sign(n.key, dom, *p.Audit)
		if err != nil {
			return
		}
		data = encodeAudit(signedAudit{Audit: *p.Audit, Sig: [protocol.SignatureLen]byte(sig)})
		// Filed here too (gossip does not bring a peer its own): a
		// winner's view in a claim tally counts the audits it did.
		a := *p.Audit
		n.postJob(func() { n.stepRun(jr, job.PeerAudit{Audit: a}) })
	case p.Evidence != nil:
		data = encodeEvidence(p.Evidence)
	case p.Equivocation != nil:
		// A member's two receipts for one step, which this node held
		// both of: a follower that got one only (gossip dedups by the
		// author's sequence number, which an equivocator may reuse;
		// a fetch answers the one a peer holds) learns of the other.
		data = p.Equivocation.Encode()
	case p.Attestation != nil:
		sig, err := chain.Sign(n.key, dom, *p.Attestation)
		if err != nil {
			return
		}
		sa := signedAttestation{FaultAttestation: *p.Attestation, Sig: [protocol.SignatureLen]byte(sig)}
		n.postJob(func() {
			n.stepRun(jr, job.PeerAttestation{Attestation: sa.FaultAttestation, Signer: n.auc.self, Sig: sa.Sig})
		})
		data = encodeAttestation(sa)
	case p.Seat != nil:
		// This standby's seat statement (callin.go): filed here too, so
		// that its own StandbyShards agree with its followers'.
		sig, err := chain.Sign(n.key, dom, *p.Seat)
		if err != nil {
			return
		}
		ss := job.SignedSeat{SeatStatement: *p.Seat, Sig: [protocol.SignatureLen]byte(sig)}
		n.postJob(func() { n.stepRun(jr, job.PeerSeat{Seat: ss}) })
		data = ss.Encode()
	case p.Decline != nil:
		// A verifier giving an audit up, signed and published as its
		// audit would have been; filed here too, as an audit.
		sig, err := chain.Sign(n.key, dom, *p.Decline)
		if err != nil {
			return
		}
		sd := job.SignedDecline{Decline: *p.Decline, Sig: [protocol.SignatureLen]byte(sig)}
		n.postJob(func() { n.stepRun(jr, job.PeerDecline{Decline: sd.Decline}) })
		data = sd.Encode()
	case p.Witness != nil:
		// This member's witness of a winner's rejoin (witnessRejoins),
		// filed here too: it counts in its own book's quorum.
		sig, err := chain.Sign(n.key, dom, *p.Witness)
		if err != nil {
			return
		}
		sw := job.SignedWitness{RejoinWitness: *p.Witness, Witness: n.auc.self, Sig: [protocol.SignatureLen]byte(sig)}
		n.postJob(func() { n.stepRun(jr, job.PeerWitness{Witness: sw}) })
		data = sw.Encode()
	default:
		return
	}
	t := jr.topic
	if t == nil {
		return
	}
	// Evidence and attestations go out a few times: gossip reaches a peer
	// whose mesh formed late only with a later copy, and a conviction
	// needs every one of them.
	// Audits too: a verifier publishes a period's audits in one burst,
	// and under load gossip lost some of them on the way to the poster,
	// which pays them and counts them (TestVerifiedWork: "the poster saw
	// 32 audits of the honest winner; want 40"); a copy counts once
	// (job: one audit per pair).
	times := workRepublish
	for i := range times {
		if err := t.Publish(jr.ctx, data); err != nil && jr.ctx.Err() == nil {
			n.log.Debug("job: publish", "job", jr.id.Short(), "err", err)
		}
		if i == times-1 {
			return
		}
		w := n.clk.Timer(n.cfg.Jobs.ReceiptResend)
		select {
		case <-jr.ctx.Done():
			w.Stop()
			return
		case <-w.C:
		}
	}
}

// workRepublish is how many times audits, evidence and attestations are
// published, ReceiptResend apart.
const workRepublish = 4

// slashFault carries out CallSlashFault and CallChallengeFault: the
// conviction's quorum (the poster's signature placed by
// chain.NewFaultQuorum) to slashFault, or to challengeFault when the
// poster settled before the conviction.
func (n *Node) faultCall(ctx context.Context, c job.Call, award protocol.Award, posterSig []byte) (*chain.Tx, *big.Int, error) {
	cv := c.Conviction
	if cv == nil {
		return nil, nil, errors.New("node: a fault call without its conviction")
	}
	sigs := make(map[common.Address][]byte, len(cv.Signers))
	for i, s := range cv.Signers {
		sigs[common.Address(s)] = append([]byte(nil), cv.Sigs[i][:]...)
	}
	q, err := chain.NewFaultQuorum(award, cv.Attestation.Fault, sigs)
	if err != nil {
		return nil, nil, err
	}
	if c.Kind == job.CallChallengeFault {
		tx, err := n.settler.ChallengeFault(ctx, award, cv.Attestation, q)
		return tx, nil, err
	}
	tx, err := n.settler.SlashFault(ctx, award, posterSig, cv.Attestation, q)
	if err != nil {
		return tx, nil, err
	}
	return tx, n.slashedAmount(tx), nil
}

// validateWorkMsg is the training topic's validator for verified-work
// messages: well formed, signed by their author, who is of the award; work
// evidence also carries the accused's signed receipt and the leaf's proof
// under its root, and fault-4 evidence its two hop statements, signed by
// the accused and another winner, the accused's its leaf's, and no
// equivocation of the predecessor (evidenceHops); the core checks the
// rest.
func (n *Node) validateWorkMsg(jr *jobRun, m *mesh.Message) mesh.Outcome {
	addr, err := identity.AddressOf(m.Author)
	if err != nil {
		return mesh.Reject
	}
	author := protocol.Address(addr)
	dom := n.cfg.Auction.Domain
	var signer common.Address
	var in job.Input
	switch m.Data[0] {
	case kindAudit:
		a, err := decodeAudit(m.Data)
		if err != nil || a.JobID != jr.id {
			return mesh.Reject
		}
		if signer, err = chain.Recover(dom, a.Audit, a.Sig[:]); err != nil || protocol.Address(signer) != a.Verifier {
			return mesh.Reject
		}
		in = job.PeerAudit{Audit: a.Audit}
	case kindEvidence:
		e, err := decodeEvidence(m.Data)
		if err != nil || e.JobID != jr.id {
			return mesh.Reject
		}
		if signer, err = chain.Recover(dom, e.Statement(), e.Sig[:]); err != nil || protocol.Address(signer) != e.Verifier {
			return mesh.Reject
		}
		if e.IsEquivocation() {
			// Two signatures of the accused (equivocation.go), checked
			// before relaying.
			aw := jr.awardMsg()
			if aw == nil {
				return mesh.Ignore
			}
			if err := checkEquivocation(e, aw.Members()); err != nil {
				return mesh.Reject
			}
		} else if err := checkEvidence(dom, e); err != nil {
			return mesh.Reject
		}
		if e.Fault == protocol.FaultTampered && !e.IsEquivocation() {
			// The hop statements' signatures, before relaying: a forged
			// or mismatched one is the publisher's fault.
			aw := jr.awardMsg()
			if aw == nil {
				return mesh.Ignore
			}
			if _, err := evidenceHops(e, aw.Members()); err != nil {
				return mesh.Reject
			}
		}
		in = job.PeerEvidence{Evidence: e}
	case kindAttestation:
		a, err := decodeAttestation(m.Data)
		if err != nil || a.JobID != jr.id {
			return mesh.Reject
		}
		if signer, err = chain.Recover(dom, a.FaultAttestation, a.Sig[:]); err != nil {
			return mesh.Reject
		}
		in = job.PeerAttestation{Attestation: a.FaultAttestation, Signer: protocol.Address(signer), Sig: a.Sig}
	default:
		return mesh.Reject
	}
	if protocol.Address(signer) != author {
		return mesh.Reject // published by their signer only
	}
	if !jr.knows(author) {
		return mesh.Ignore
	}
	m.Decoded = in
	return mesh.Accept
}

// checkEvidence checks what the core leaves to the shell: the accused's
// signature of its receipt and the leaf's inclusion proof under the
// receipt's contribution root.
func checkEvidence(dom protocol.Domain, e *protocol.WorkEvidence) error {
	if err := verifyReceipt(dom, &job.Receipt{StepReceipt: e.Receipt, Sig: e.ReceiptSig}); err != nil {
		return err
	}
	leaf, err := commit.DecodeLeaf(e.Leaf)
	if err != nil {
		return err
	}
	if leaf.Step != e.Step {
		return fmt.Errorf("node: a leaf of step %d for step %d", leaf.Step, e.Step)
	}
	return commit.Verify(commit.Hash(e.Receipt.ContribRoot), leaf, int(e.LeafIndex), int(e.LeafCount), commitHashes(e.Proof))
}

// fetchRecipe fetches the job's recipe from its poster (this node's own
// store when it is the poster), trying again every ChainPoll until ctx
// ends, and checks it against the job's modelHash.
func (n *Node) fetchRecipe(ctx context.Context, jr *jobRun) (*Recipe, error) {
	for {
		var data []byte
		var err error
		if jr.poster == n.host.ID() {
			data, _ = n.blobs.Get([32]byte(jr.job.ModelHash))
		} else {
			data, err = n.blobClient.Fetch(ctx, jr.poster.String(), [32]byte(jr.job.ModelHash), recipeBytesMax)
		}
		if err == nil {
			return DecodeRecipe(data, jr.job.ModelHash)
		}
		t := n.clk.Timer(n.cfg.Jobs.ChainPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// startStandby starts a standby's run: the training topic and a job
// machine in the standby's role (it verifies and collects its audit pay),
// once the recipe (the audit rate) is known, and its ring endpoint, which
// trains if the ring calls it in (callin.go).
func (n *Node) startStandby(j *auction.JobAnnounce, announce auction.Signed, poster peer.ID, s auction.Signed) {
	jr := newRun(j.JobID, RoleStandby, announce, j, poster, n.runCtx)
	jr.setAward(s)
	jr.rec = &JobRecord{Job: j.JobID, Role: RoleStandby, Stage: StageAwarded,
		Announce: n.auc.codec.Encode(jr.announce), Award: n.auc.codec.Encode(s)}
	if err := n.addRun(jr); err != nil {
		n.log.Warn("job: cannot verify", "job", j.JobID.Short(), "err", err)
		return
	}
	n.postJob(func() {
		if err := n.joinTrainTopic(jr); err != nil {
			n.log.Warn("job: cannot verify: join the training topic", "job", j.JobID.Short(), "err", err)
			n.removeRun(jr)
			return
		}
		n.withRecipe(jr, func() {
			n.startMachine(jr)
			if jr.m != nil && !jr.removed {
				// The standby's ring endpoint waits to be called in
				// (callin.go).
				a := jr.awardMsg()
				n.spawnJob(jr, "standby training", func() { n.train(jr, nil, a) })
			}
		})
	})
}

// withRecipe fetches jr's recipe off the job loop, then runs then on it.
func (n *Node) withRecipe(jr *jobRun, then func()) {
	n.spawnJob(jr, "fetch the recipe", func() {
		r, err := n.fetchRecipe(jr.ctx, jr)
		n.postJob(func() {
			if err != nil {
				if jr.ctx.Err() == nil {
					n.log.Warn("job: cannot follow: the recipe", "job", jr.id.Short(), "err", err)
				}
				n.removeRun(jr)
				return
			}
			jr.setRecipe(r)
			then()
		})
	})
}

// setRecipe records the job's recipe (verifiers recompute with it).
func (jr *jobRun) setRecipe(r *Recipe) {
	jr.mu.Lock()
	jr.recipe = r
	jr.mu.Unlock()
}

// startMachine builds a member's or standby's machine (on the job loop).
func (n *Node) startMachine(jr *jobRun) {
	if jr.removed {
		return
	}
	m, err := job.New(n.nowMs(), n.cfg.Jobs.jobParams(), n.coreConfig(jr))
	if err != nil {
		n.log.Warn("job: cannot follow", "job", jr.id.Short(), "role", jr.role, "err", err)
		n.removeRun(jr)
		return
	}
	jr.m = m
	n.drain(jr)
}

// faultCallTimeout bounds one fault call's wait for its transaction.
const faultCallTimeout = 5 * time.Minute

func protoHashes(hs []commit.Hash) []protocol.Hash {
	out := make([]protocol.Hash, len(hs))
	for i, h := range hs {
		out[i] = protocol.Hash(h)
	}
	return out
}

func commitHashes(hs []protocol.Hash) []commit.Hash {
	out := make([]commit.Hash, len(hs))
	for i, h := range hs {
		out[i] = commit.Hash(h)
	}
	return out
}

// recomputesMax bounds the recomputations waiting in one run: a period's
// sample at a 100% rate in a group of a few dozen is a few thousand.
const recomputesMax = 4096

// recomputeLater queues fn on jr's recomputation worker, starting it on
// first use (from the job loop, which owns the queue's creation).
func (n *Node) recomputeLater(jr *jobRun, fn func()) {
	if jr.recomputes == nil {
		q := make(chan func(), recomputesMax)
		jr.recomputes = q
		n.spawnJob(jr, "recompute", func() {
			for {
				select {
				case <-jr.ctx.Done():
					return
				case f := <-q:
					f()
				}
			}
		})
	}
	select {
	case jr.recomputes <- fn:
	default:
		n.log.Warn("job: too many recomputations queued; one dropped", "job", jr.id.Short())
	}
}

// validateSeat is the training topic's validator for a called-in
// standby's seat statement (job.SignedSeat): decodeSignedSeat's checks,
// and a standby of the award; the core checks it against the award and
// the receipts (Book.AddSeat, job.CheckSeat).
func (n *Node) validateSeat(jr *jobRun, m *mesh.Message) mesh.Outcome {
	s, err := decodeSignedSeat(n.cfg.Auction.Domain, jr.id, m.Author, m.Data)
	if err != nil {
		n.log.Debug("job: seat statement rejected", "job", jr.id.Short(), "from", m.Author, "err", err)
		return mesh.Reject
	}
	if !jr.knows(s.Standby) {
		return mesh.Ignore
	}
	m.Decoded = job.PeerSeat{Seat: *s}
	return mesh.Accept
}

// validateDecline is the training topic's validator for an audit's
// decline (job.SignedDecline): decodeSignedDecline's checks, and a
// verifier of the award; the core checks that the sample assigned it the
// pair.
func (n *Node) validateDecline(jr *jobRun, m *mesh.Message) mesh.Outcome {
	d, err := decodeSignedDecline(n.cfg.Auction.Domain, jr.id, m.Author, m.Data)
	if err != nil {
		n.log.Debug("job: decline rejected", "job", jr.id.Short(), "from", m.Author, "err", err)
		return mesh.Reject
	}
	if !jr.knows(d.Verifier) {
		return mesh.Ignore
	}
	m.Decoded = job.PeerDecline{Decline: d.Decline}
	return mesh.Accept
}

// errDeclineSig: a decline not signed and published by the verifier it
// names.
var errDeclineSig = fmt.Errorf("%w: not signed and published by its verifier", job.ErrDecline)

// decodeSignedDecline decodes a decline of job (job.DecodeDecline:
// strict) and checks that its verifier signed it under dom and is its
// gossip author.
func decodeSignedDecline(dom protocol.Domain, jobID auction.Hash, author peer.ID, data []byte) (*job.SignedDecline, error) {
	d, err := job.DecodeDecline(data)
	if err != nil {
		return nil, err
	}
	if d.JobID != jobID {
		return nil, fmt.Errorf("%w: of job %s", job.ErrDecline, d.JobID.Short())
	}
	if err := signedAndPublishedBy(dom, d.Decline, d.Sig[:], d.Verifier, author, errDeclineSig); err != nil {
		return nil, err
	}
	return d, nil
}

// validateWitness is the training topic's validator for a rejoin witness
// (job.SignedWitness): decodeSignedWitness's checks, its witness and
// member peers of the award; the core checks it against the award
// (Book.AddWitness).
func (n *Node) validateWitness(jr *jobRun, m *mesh.Message) mesh.Outcome {
	w, err := decodeSignedWitness(n.cfg.Auction.Domain, jr.id, m.Author, m.Data)
	if err != nil {
		n.log.Debug("job: rejoin witness rejected", "job", jr.id.Short(), "from", m.Author, "err", err)
		return mesh.Reject
	}
	if !jr.knows(w.Witness) || !jr.knows(w.Standby) {
		return mesh.Ignore
	}
	m.Decoded = job.PeerWitness{Witness: *w}
	return mesh.Accept
}

// decodeSignedWitness decodes a rejoin witness of job (job.DecodeWitness:
// strict), recovers its witness from the signature under dom and checks
// that it is the gossip author.
func decodeSignedWitness(dom protocol.Domain, jobID auction.Hash, author peer.ID, data []byte) (*job.SignedWitness, error) {
	w, err := job.DecodeWitness(data)
	if err != nil {
		return nil, err
	}
	if w.JobID != jobID {
		return nil, fmt.Errorf("%w: a witness of job %s", job.ErrSeat, w.JobID.Short())
	}
	signer, err := chain.Recover(dom, w.RejoinWitness, w.Sig[:])
	if err != nil {
		return nil, fmt.Errorf("%w: a witness's signature: %w", job.ErrSeat, err)
	}
	if addr, err := identity.AddressOf(author); err != nil || protocol.Address(addr) != protocol.Address(signer) {
		return nil, fmt.Errorf("%w: a witness signed by %s, published by %s", job.ErrSeat, protocol.Address(signer).Short(), author)
	}
	w.Witness = auction.Address(signer)
	return w, nil
}

// errSeatSig: a seat statement not signed by the standby it names, or
// published by another peer.
var errSeatSig = fmt.Errorf("%w: not signed and published by its standby", job.ErrSeat)

// decodeSignedSeat decodes a seat statement of job (job.DecodeSeat:
// strict) and checks that its standby signed it under dom and is its
// gossip author.
func decodeSignedSeat(dom protocol.Domain, jobID auction.Hash, author peer.ID, data []byte) (*job.SignedSeat, error) {
	s, err := job.DecodeSeat(data)
	if err != nil {
		return nil, err
	}
	if s.JobID != jobID {
		return nil, fmt.Errorf("%w: of job %s", job.ErrSeat, s.JobID.Short())
	}
	if err := signedAndPublishedBy(dom, s.SeatStatement, s.Sig[:], s.Standby, author, errSeatSig); err != nil {
		return nil, err
	}
	return s, nil
}

// signedAndPublishedBy checks that sig signs m under dom by named, the
// peer the statement names as its signer, and that named is the gossip
// author; errSig (wrapped) says which statement failed.
func signedAndPublishedBy(dom protocol.Domain, m protocol.Struct, sig []byte, named protocol.Address, author peer.ID, errSig error) error {
	signer, err := chain.Recover(dom, m, sig)
	if err != nil || protocol.Address(signer) != named {
		return fmt.Errorf("%w (signed by %s, names %s)", errSig, protocol.Address(signer).Short(), named.Short())
	}
	if addr, err := identity.AddressOf(author); err != nil || protocol.Address(addr) != named {
		return fmt.Errorf("%w (published by %s)", errSig, author)
	}
	return nil
}

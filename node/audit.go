package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/train/commit"
)

// Verified work on the network (issue 16, PROTOCOL.md "Verified work"):
// every peer of a job (its winners, its standbys, its poster) runs an
// auditor beside the job's machine. It follows the group's receipts; once
// every winner has receipted a period's last step it draws the period's
// sample (job.AuditSeed, job.Assign: standbys verify, or each member its
// successor when there is none), recomputes the pairs assigned to this
// peer (verifier.go) and publishes a signed Audit for each, and on a
// mismatch a signed WorkEvidence. Every other award member re-checks
// evidence with one recomputation and, when it confirms it, signs a
// FaultAttestation; one that finds the accused honest signs nothing and
// records the accuser's false accusation. The poster collects the
// attestations and, with a quorum of the group (the contract's), submits
// them to slashFault, and caps the convicted member's credit at the steps
// before the fault.
//
// The auditor's state is its own goroutine's; the topic reader and the
// member's receipt signer send it messages (send), dropping, and
// counting, what does not fit in its queue: receipts come again (members
// re-send their latest), and evidence is re-published by its verifier.

// auditInputsLen bounds the messages waiting for a job's auditor while it
// recomputes: a period brings one receipt per winner and one audit per
// sampled pair.
const auditInputsLen = 1024

// auditRetryMax is how many times an auditor publishes its evidence and
// attestations, AuditRepublish apart, until the poster has slashed:
// gossip reaches a peer that joined late only with a later copy.
const auditRepublishMax = 5

// auditor is one job's verified work on this node.
type auditor struct {
	n       *Node
	jr      *jobRun
	in      chan any // job.Receipt, *signedAudit, *protocol.WorkEvidence, *signedAttestation
	dropped atomic.Uint64
	// done is closed when the sample of the job's last period has been
	// audited by everyone it names (or the auditor stopped): a poster
	// settles after it.
	done chan struct{}

	// The auditor's goroutine owns the following.
	a          *audited
	rate       uint32
	every      uint64
	book       *job.Book
	sampled    map[uint64][]job.Pair // period end → its sample
	audits     map[job.Pair]map[auction.Address]bool
	evidence   map[protocol.Hash]*protocol.WorkEvidence
	attest     map[protocol.Hash]map[common.Address][]byte
	convicted  map[auction.Address]bool
	doneClosed bool
}

// startAuditor starts jr's auditor (any role); the topic reader feeds it
// from then on.
func (n *Node) startAuditor(jr *jobRun) {
	au := &auditor{n: n, jr: jr, in: make(chan any, auditInputsLen), done: make(chan struct{}),
		sampled: map[uint64][]job.Pair{}, audits: map[job.Pair]map[auction.Address]bool{},
		evidence: map[protocol.Hash]*protocol.WorkEvidence{}, attest: map[protocol.Hash]map[common.Address][]byte{},
		convicted: map[auction.Address]bool{}}
	jr.mu.Lock()
	jr.aud = au
	jr.mu.Unlock()
	if !n.goes.Go(stageJobs, "auditor", func() { au.run(jr.ctx) }) {
		close(au.done)
	}
}

// auditorOf returns jr's auditor, or nil.
func (jr *jobRun) auditor() *auditor {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	return jr.aud
}

// send queues a message for the auditor, or drops it when the queue is
// full.
func (au *auditor) send(v any) {
	if au == nil {
		return
	}
	select {
	case au.in <- v:
	default:
		au.dropped.Add(1)
	}
}

func (au *auditor) run(ctx context.Context) {
	defer func() {
		if !au.doneClosed {
			close(au.done)
		}
	}()
	if err := au.prepare(ctx); err != nil {
		if ctx.Err() == nil {
			au.n.log.Warn("job: cannot audit", "job", au.jr.id.Short(), "err", err)
		}
		return
	}
	for {
		select {
		case <-ctx.Done():
			return
		case v := <-au.in:
			au.handle(ctx, v)
		}
	}
}

// prepare learns the job's recipe (fetched from the poster and checked
// against the job's modelHash) and award.
func (au *auditor) prepare(ctx context.Context) error {
	n, jr := au.n, au.jr
	award := jr.awardMsg()
	if award == nil || jr.job == nil {
		return errors.New("no award")
	}
	var data []byte
	if jr.poster == n.host.ID() {
		data, _ = n.blobs.Get([32]byte(jr.job.ModelHash))
	} else {
		var err error
		for ctx.Err() == nil {
			if data, err = n.blobClient.Fetch(ctx, jr.poster.String(), [32]byte(jr.job.ModelHash), recipeBytesMax); err == nil {
				break
			}
			t := n.clk.Timer(n.cfg.Jobs.ChainPoll)
			select {
			case <-ctx.Done():
			case <-t.C:
			}
			t.Stop()
		}
	}
	r, err := DecodeRecipe(data, jr.job.ModelHash)
	if err != nil {
		return err
	}
	au.a = &audited{job: jr.id, recipe: r, award: award, poster: jr.poster}
	au.rate = r.auditRate()
	au.every = uint64(r.HashEvery)
	au.book = job.NewBook(award, jr.job.Steps)
	return nil
}

func (au *auditor) self() auction.Address { return au.n.auc.self }

func (au *auditor) handle(ctx context.Context, v any) {
	switch m := v.(type) {
	case job.Receipt:
		au.onReceipt(ctx, m)
	case *signedAudit:
		au.onAudit(m)
	case *protocol.WorkEvidence:
		au.onEvidence(ctx, m)
	case *signedAttestation:
		au.onAttestation(ctx, m)
	}
}

// onReceipt files a receipt and, once every winner has receipted a
// period's last step, draws and carries out the period's sample.
func (au *auditor) onReceipt(ctx context.Context, r job.Receipt) {
	if added, _, err := au.book.Add(r); err != nil || !added || r.Step%au.every != 0 {
		return
	}
	if _, ok := au.sampled[r.Step]; ok {
		return
	}
	award := au.a.award
	receipts := make([]job.Receipt, 0, len(award.Winners))
	for _, w := range award.Winners {
		rw, ok := au.book.Get(w, r.Step)
		if !ok {
			return
		}
		receipts = append(receipts, rw)
	}
	seed, err := job.AuditSeed(au.a.job, r.Step, receipts)
	if err != nil {
		return
	}
	from := r.Step - au.every + 1
	assigned := job.Assign(seed, award.Winners, award.Standbys, from, r.Step, au.rate)
	var pairs, mine []job.Pair
	for _, as := range assigned {
		pairs = append(pairs, as.Pairs...)
		if as.Verifier == au.self() {
			mine = as.Pairs
		}
	}
	au.sampled[r.Step] = pairs
	au.n.log.Info("job: audit sample", "job", au.a.job.Short(), "period", r.Step, "pairs", len(pairs), "mine", len(mine))
	for _, p := range mine {
		if ctx.Err() != nil {
			return
		}
		au.audit(ctx, p, receipts[slices.Index(award.Winners, p.Member)])
	}
	au.checkDone()
}

// audit recomputes one pair and publishes the outcome: an Audit, and on a
// mismatch WorkEvidence.
func (au *auditor) audit(ctx context.Context, p job.Pair, r job.Receipt) {
	n := au.n
	res, err := n.recompute(ctx, au.a, auditTask{member: p.Member, step: p.Step, root: commit.Hash(r.ContribRoot)})
	if err != nil {
		n.emitJob(JobEvent{Job: au.a.job, Kind: JobAudit, Peer: p.Member, Step: p.Step, Err: err,
			Text: fmt.Sprintf("could not recompute step %d of %s: %v", p.Step, p.Member.Short(), err)})
		return
	}
	v := res.verdict
	a := protocol.Audit{JobID: au.a.job, Verifier: au.self(), Member: p.Member, Step: p.Step, LeafHash: protocol.Hash(v.Leaf.Hash()), OK: v.Honest}
	sig, err := chain.Sign(n.key, n.cfg.Auction.Domain, a)
	if err != nil {
		return
	}
	sa := &signedAudit{Audit: a, Sig: [protocol.SignatureLen]byte(sig)}
	au.publish(encodeAudit(*sa))
	au.onAudit(sa)
	if v.Honest {
		return
	}
	e := &protocol.WorkEvidence{JobID: au.a.job, Accused: p.Member, Step: p.Step, Fault: protocol.FaultWrongResult,
		Receipt: r.StepReceipt, ReceiptSig: r.Sig, LeafIndex: uint64(v.Index), LeafCount: uint64(res.count),
		Leaf: v.Leaf.Encode(), Proof: protoHashes(res.proof), Recomputed: protocol.Hash(v.Recomputed), Verifier: au.self()}
	if sig, err = chain.Sign(n.key, n.cfg.Auction.Domain, e.Statement()); err != nil {
		return
	}
	e.Sig = [protocol.SignatureLen]byte(sig)
	n.emitJob(JobEvent{Job: au.a.job, Kind: JobEvidence, Peer: p.Member, Step: p.Step,
		Text: fmt.Sprintf("%s contributed %s at step %d; the recomputation gives %s: evidence %s published",
			p.Member.Short(), v.Leaf.Contribution.Short(), p.Step, v.Recomputed.Short(), e.EvidenceHash().Short())})
	au.publish(encodeEvidence(e))
	// The verifier's own recomputation confirms its evidence: it attests
	// like any re-checker.
	au.evidence[e.EvidenceHash()] = e
	au.attestTo(ctx, e)
}

// onAudit records an audit of a sampled pair.
func (au *auditor) onAudit(a *signedAudit) {
	p := job.Pair{Member: a.Member, Step: a.Step}
	if au.audits[p] == nil {
		au.audits[p] = map[auction.Address]bool{}
	}
	if _, seen := au.audits[p][a.Verifier]; seen {
		return
	}
	au.audits[p][a.Verifier] = a.OK
	au.n.emitJob(JobEvent{Job: au.a.job, Kind: JobAudit, Peer: a.Member, Step: a.Step,
		Text: fmt.Sprintf("%s audited step %d of %s: ok %v", a.Verifier.Short(), a.Step, a.Member.Short(), a.OK)})
	au.checkDone()
}

// checkDone closes done once the last period is sampled and every pair
// of every sample is audited.
func (au *auditor) checkDone() {
	if au.doneClosed {
		return
	}
	if _, ok := au.sampled[au.jr.job.Steps]; !ok {
		return
	}
	for _, pairs := range au.sampled {
		for _, p := range pairs {
			if len(au.audits[p]) == 0 {
				return
			}
		}
	}
	au.doneClosed = true
	close(au.done)
}

// checkEvidence checks what a re-checker can without recomputing: the
// accused's receipt signature, the verifier's signature, both in the
// award, the leaf under the receipt's root.
func (au *auditor) checkEvidence(e *protocol.WorkEvidence) (commit.Leaf, error) {
	dom := au.n.cfg.Auction.Domain
	award := au.a.award
	if e.JobID != au.a.job {
		return commit.Leaf{}, errors.New("evidence of another job")
	}
	if !slices.Contains(award.Winners, e.Accused) || award.IndexOf(e.Verifier) < 0 {
		return commit.Leaf{}, errors.New("the accused is not a winner or the verifier not a member")
	}
	if err := verifyReceipt(dom, &job.Receipt{StepReceipt: e.Receipt, Sig: e.ReceiptSig}); err != nil {
		return commit.Leaf{}, err
	}
	if who, err := chain.Recover(dom, e.Statement(), e.Sig[:]); err != nil || protocol.Address(who) != e.Verifier {
		return commit.Leaf{}, errors.New("the evidence is not signed by its verifier")
	}
	leaf, err := commit.DecodeLeaf(e.Leaf)
	if err != nil {
		return leaf, err
	}
	if leaf.Step != e.Step {
		return leaf, fmt.Errorf("a leaf of step %d for step %d", leaf.Step, e.Step)
	}
	if err := commit.Verify(commit.Hash(e.Receipt.ContribRoot), leaf, int(e.LeafIndex), int(e.LeafCount), commitHashes(e.Proof)); err != nil {
		return leaf, err
	}
	return leaf, nil
}

// onEvidence re-checks evidence against a member with one recomputation.
func (au *auditor) onEvidence(ctx context.Context, e *protocol.WorkEvidence) {
	h := e.EvidenceHash()
	if _, ok := au.evidence[h]; ok {
		return
	}
	if _, err := au.checkEvidence(e); err != nil {
		au.n.log.Info("job: evidence refused", "job", au.a.job.Short(), "from", e.Verifier.Short(), "err", err)
		return
	}
	au.evidence[h] = e
	self := au.self()
	if e.Accused == self || au.jr.role == RolePoster {
		// The accused does not judge itself; the poster is no member
		// (the contract counts members' attestations only): it collects.
		return
	}
	au.attestTo(ctx, e)
}

// attestTo recomputes the accused's step and, if it confirms the
// evidence, signs and publishes its FaultAttestation; if it refutes it,
// records the accuser's false accusation.
func (au *auditor) attestTo(ctx context.Context, e *protocol.WorkEvidence) {
	n := au.n
	res, err := n.recompute(ctx, au.a, auditTask{member: e.Accused, step: e.Step, root: commit.Hash(e.Receipt.ContribRoot)})
	if err != nil {
		n.log.Warn("job: cannot re-check evidence", "job", au.a.job.Short(), "accused", e.Accused.Short(), "step", e.Step, "err", err)
		return
	}
	if res.verdict.Honest {
		n.Observe(score.Observation{Peer: score.Address(e.Verifier), Kind: score.KindFaultReported, Job: au.a.job,
			Step: e.Step, Fault: protocol.FaultWrongResult})
		n.emitJob(JobEvent{Job: au.a.job, Kind: JobEvidence, Peer: e.Verifier, Step: e.Step,
			Text: fmt.Sprintf("%s accused %s of step %d falsely: the recomputation matches its commitment", e.Verifier.Short(), e.Accused.Short(), e.Step)})
		return
	}
	f := e.Attestation()
	sig, err := chain.Sign(n.key, n.cfg.Auction.Domain, f)
	if err != nil {
		return
	}
	sa := &signedAttestation{FaultAttestation: f, Sig: [protocol.SignatureLen]byte(sig)}
	n.emitJob(JobEvent{Job: au.a.job, Kind: JobEvidence, Peer: e.Accused, Step: e.Step,
		Text: fmt.Sprintf("re-checked evidence %s: %s's step %d is wrong; attested", f.EvidenceHash.Short(), e.Accused.Short(), e.Step)})
	au.onAttestation(ctx, sa)
	data := encodeAttestation(*sa)
	ev := encodeEvidence(e)
	// Published a few times over: a late subscriber (the poster's mesh
	// may not reach every member at once) gets a later copy.
	n.spawnJob(au.jr, "attestation", func() {
		for i := range auditRepublishMax {
			au.publish(ev)
			au.publish(data)
			if i == auditRepublishMax-1 {
				return
			}
			t := n.clk.Timer(n.cfg.Jobs.ReceiptResend)
			select {
			case <-au.jr.ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
	})
}

// onAttestation collects attestations; the poster submits a quorum.
func (au *auditor) onAttestation(ctx context.Context, a *signedAttestation) {
	n, award := au.n, au.a.award
	if a.JobID != au.a.job || au.convicted[a.Accused] {
		return
	}
	who, err := chain.Recover(n.cfg.Auction.Domain, a.FaultAttestation, a.Sig[:])
	if err != nil || award.IndexOf(protocol.Address(who)) < 0 || protocol.Address(who) == a.Accused {
		return
	}
	if au.attest[a.EvidenceHash] == nil {
		au.attest[a.EvidenceHash] = map[common.Address][]byte{}
	}
	au.attest[a.EvidenceHash][who] = append([]byte(nil), a.Sig[:]...)
	if au.jr.role != RolePoster || n.settler == nil {
		return
	}
	cp, err := n.contractParams(ctx)
	if err != nil {
		return
	}
	sigs := au.attest[a.EvidenceHash]
	if len(sigs) < job.QuorumOf(uint32(len(award.Winners)), cp.QuorumBps) {
		return
	}
	au.convicted[a.Accused] = true
	au.jr.convict(a.Accused, a.Step)
	n.emitJob(JobEvent{Job: au.a.job, Kind: JobEvidence, Peer: a.Accused, Step: a.Step,
		Text: fmt.Sprintf("%d members attest that %s's step %d is wrong: its credit stops at step %d; slashing", len(sigs), a.Accused.Short(), a.Step, a.Step-1)})
	q, err := chain.NewQuorum(*award, sigs)
	if err != nil {
		n.log.Warn("job: fault quorum", "job", au.a.job.Short(), "err", err)
		return
	}
	f := a.FaultAttestation
	n.spawnJob(au.jr, "slash fault", func() { n.slashFault(au.jr, f, q) })
}

// slashFault submits a quorum's FaultAttestation for slashing.
func (n *Node) slashFault(jr *jobRun, f protocol.FaultAttestation, q chain.Quorum) {
	ctx, cancel := n.clk.WithTimeout(jr.ctx, 5*time.Minute)
	defer cancel()
	jr.mu.Lock()
	award, sig := *jr.award.Msg.(*auction.Award), append([]byte(nil), jr.award.Sig[:]...)
	jr.mu.Unlock()
	var tx *chain.Tx
	err := n.retry(ctx, jr.id, "fault slashing", func() (err error) {
		tx, err = n.settler.SlashFault(ctx, award, sig, f, q)
		return err
	})
	if err != nil {
		n.emitJob(JobEvent{Job: jr.id, Kind: JobFailed, Peer: f.Accused, Err: err, Text: "fault evidence was not accepted"})
		return
	}
	amount := n.slashedAmount(tx)
	n.Observe(score.Observation{Peer: score.Address(f.Accused), Kind: score.KindSlashed, Job: jr.id, Amount: amount})
	n.emitJob(JobEvent{Job: jr.id, Kind: JobSlashed, Peer: f.Accused, Tx: tx, Amount: amount, Step: f.Step,
		Text: fmt.Sprintf("%s slashed %v for a wrong result at step %d (fault %d, tx %s)", f.Accused.Short(), amount, f.Step, f.Fault, tx.Hash.Hex()[:12])})
}

// publish sends a message on the job's training topic.
func (au *auditor) publish(data []byte) {
	t := au.jr.topic
	if t == nil {
		return
	}
	if err := t.Publish(au.jr.ctx, data); err != nil && au.jr.ctx.Err() == nil {
		au.n.log.Debug("job: publish", "job", au.a.job.Short(), "err", err)
	}
}

// convict caps a member's credit at the steps before step (the poster's
// settlement reads it).
func (jr *jobRun) convict(member auction.Address, step uint64) {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.convicted == nil {
		jr.convicted = map[auction.Address]uint64{}
	}
	if s, ok := jr.convicted[member]; !ok || step < s {
		jr.convicted[member] = step
	}
}

// capCredits returns credits (award order) with each convicted member's
// cut to the steps before its fault.
func (jr *jobRun) capCredits(credits []uint64) []uint64 {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	a := jr.award.Msg.(*auction.Award)
	out := slices.Clone(credits)
	for m, step := range jr.convicted {
		if i := a.IndexOf(m); i >= 0 && i < len(out) {
			out[i] = min(out[i], step-1)
		}
	}
	return out
}

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

// validateAuditMsg is the training topic's validator for verified-work
// messages: well formed, signed by their author, who is a member of the
// award (the poster publishes none).
func (n *Node) validateAuditMsg(jr *jobRun, m *mesh.Message) mesh.Outcome {
	addr, err := identity.AddressOf(m.Author)
	if err != nil {
		return mesh.Reject
	}
	author := protocol.Address(addr)
	dom := n.cfg.Auction.Domain
	var signer common.Address
	var msg any
	switch m.Data[0] {
	case kindAudit:
		a, err := decodeAudit(m.Data)
		if err != nil || a.JobID != jr.id {
			return mesh.Reject
		}
		signer, err = chain.Recover(dom, a.Audit, a.Sig[:])
		if err != nil || protocol.Address(signer) != a.Verifier {
			return mesh.Reject
		}
		msg = a
	case kindEvidence:
		e, err := decodeEvidence(m.Data)
		if err != nil || e.JobID != jr.id {
			return mesh.Reject
		}
		signer, err = chain.Recover(dom, e.Statement(), e.Sig[:])
		if err != nil || protocol.Address(signer) != e.Verifier {
			return mesh.Reject
		}
		msg = e
	case kindAttestation:
		a, err := decodeAttestation(m.Data)
		if err != nil || a.JobID != jr.id {
			return mesh.Reject
		}
		signer, err = chain.Recover(dom, a.FaultAttestation, a.Sig[:])
		if err != nil {
			return mesh.Reject
		}
		msg = a
	default:
		return mesh.Reject
	}
	if protocol.Address(signer) != author {
		return mesh.Reject // published by their signer only
	}
	if !jr.knows(author) {
		return mesh.Ignore
	}
	m.Decoded = msg
	return mesh.Accept
}

// RoleStandby is a standby's part in a job: it trains nothing (it waits
// to be called in) and verifies the winners' work (PROTOCOL.md,
// "Verified work"). A standby's run has no job machine and no journal:
// it follows the training topic with its auditor only.
const RoleStandby = "standby"

// standbyLingerMax bounds how long a standby's run follows a job: past the
// settle deadline nobody pays for an audit.
const standbyLingerMax = 24 * time.Hour

// startStandby starts a standby's run: the training topic and an auditor,
// until the job's last period is audited and the evidence of it settled
// (FinishGrace later), or the job's settle deadline.
func (n *Node) startStandby(js *jobState, s auction.Signed) {
	j := js.m.Job()
	jr := newRun(j.JobID, RoleStandby, js.m.Announce(), j, js.poster, n.runCtx)
	jr.setAward(s)
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
		n.startAuditor(jr)
		au := jr.auditor()
		n.emitJob(JobEvent{Job: j.JobID, Kind: JobAwarded, Text: "a standby of the award: verifying the winners' work"})
		n.spawnJob(jr, "standby", func() {
			limit := n.clk.Timer(standbyLingerMax)
			defer limit.Stop()
			select {
			case <-au.done:
				// Re-checks of the last period's evidence, and the
				// attestations' republishing, come after it.
				t := n.clk.Timer(n.cfg.Jobs.FinishGrace)
				select {
				case <-t.C:
				case <-jr.ctx.Done():
				}
				t.Stop()
			case <-limit.C:
			case <-jr.ctx.Done():
			}
			n.postJob(func() { n.removeRun(jr) })
		})
	})
}

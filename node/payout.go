package node

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// The receipt book, credits, step proofs and receipt equivocation are the
// job core's (job.Book); what stays here converts between its pure types
// and the chain client's and the wire's.

// toJob returns r in the job core's form. r's signature is 65 bytes
// (DecodeReceipt and signing make it so).
func (r *Receipt) toJob() job.Receipt {
	jr := job.Receipt{JobID: r.JobID, Member: r.Member, Step: r.Step, ParamsHash: r.ParamsHash}
	copy(jr.Sig[:], r.Sig)
	return jr
}

// receiptOf is toJob's inverse.
func receiptOf(r job.Receipt) *Receipt {
	return &Receipt{StepReceipt: protocol.StepReceipt{JobID: r.JobID, Member: r.Member, Step: r.Step, ParamsHash: r.ParamsHash},
		Sig: append([]byte(nil), r.Sig[:]...)}
}

// chainProof returns a step proof in the contract's form.
func chainProof(p job.StepProof) chain.StepProof {
	q := chain.Quorum{Members: append([]int(nil), p.Quorum.Members...)}
	for _, s := range p.Quorum.Sigs {
		q.Sigs = append(q.Sigs, append([]byte(nil), s[:]...))
	}
	return chain.StepProof{Step: p.Step, ParamsHash: common.Hash(p.ParamsHash), Quorum: q}
}

// chainEquivocation returns receipt equivocation evidence in the
// contract's form.
func chainEquivocation(ev *job.Evidence) protocol.Equivocation {
	a, sa, b, sb := ev.Submission()
	return protocol.Equivocation{Kind: protocol.EvidenceKind(ev.Kind()), MsgA: a, SigA: sa, MsgB: b, SigB: sb}
}

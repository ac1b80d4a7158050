package node

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
)

// The receipt book, credits, step proofs and receipt equivocation are the
// job core's (job.Book); what stays here converts between its pure types
// and the chain client's and the wire's.

// toJob returns r in the job core's form. r's signature is 65 bytes
// (DecodeReceipt and signing make it so).
func (r *Receipt) toJob() job.Receipt {
	jr := job.Receipt{StepReceipt: r.StepReceipt}
	copy(jr.Sig[:], r.Sig)
	return jr
}

// receiptOf is toJob's inverse.
func receiptOf(r job.Receipt) *Receipt {
	return &Receipt{StepReceipt: r.StepReceipt, Sig: append([]byte(nil), r.Sig[:]...)}
}

// chainProof returns a step proof in the contract's form.
func chainProof(p job.StepProof) chain.StepProof {
	q := chain.Quorum{Members: append([]int(nil), p.Quorum.Members...)}
	for _, s := range p.Quorum.Sigs {
		q.Sigs = append(q.Sigs, append([]byte(nil), s[:]...))
	}
	return chain.StepProof{Step: p.Step, ParamsHash: common.Hash(p.ParamsHash), Quorum: q}
}

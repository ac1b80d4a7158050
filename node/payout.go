package node

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
)

// The receipt book, credits, step proofs and receipt equivocation are the
// job core's (job.Book); what stays here converts between its pure types
// and the chain client's and the wire's.

// chainProof returns a step proof in the contract's form.
func chainProof(p job.StepProof) chain.StepProof {
	q := chain.Quorum{Members: append([]int(nil), p.Quorum.Members...)}
	for _, s := range p.Quorum.Sigs {
		q.Sigs = append(q.Sigs, append([]byte(nil), s[:]...))
	}
	return chain.StepProof{Step: p.Step, ParamsHash: common.Hash(p.ParamsHash), Quorum: q}
}

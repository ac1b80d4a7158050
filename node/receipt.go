package node

import (
	"fmt"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// TrainTopic is the gossip topic of one job's training group: the members'
// signed StepReceipts, which the poster settles with and a winner claims
// with when the poster is gone (PROTOCOL.md, "Training gossip"). Its wire
// format is package job's (wire.go).
func TrainTopic(job auction.Hash) string { return "trainmesh/train/1/" + job.Hex() }

// verifyReceipt checks that r was signed under d by its member. A receipt
// is EIP-712 typed data under the settlement contract's domain, so the
// contract checks these very bytes.
func verifyReceipt(d protocol.Domain, r *job.Receipt) error {
	who, err := chain.Recover(d, r.StepReceipt, r.Sig[:])
	if err != nil {
		return fmt.Errorf("%w: %v", job.ErrReceipt, err)
	}
	if protocol.Address(who) != r.Member {
		return fmt.Errorf("%w: signed by %s, names member %s", job.ErrReceipt, who, r.Member)
	}
	return nil
}

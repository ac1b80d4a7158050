package chain

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/protocol"
)

// TestConvictedCannotRaiseCredit: a member slashed for a wrong result in a
// job (slashFault) cannot raise its credit by challenging the poster's
// settlement with its receipts: they show that it signed, not that its
// work was right (issue 16). Another member of the same job still can.
// (A claim on a job never settled is not barred: the contract is at
// EIP-170's size limit.)
func TestConvictedCannotRaiseCredit(t *testing.T) {
	forEachNet(t, func(t *testing.T, n *testNet) {
		e := newEnv(t, n)
		w := e.workers
		e.tx(w[1].Stake(e.ctx, tokens(100)))
		id := e.deposit(1, 4, 10, tokens(40), time.Hour)
		a := e.award(id, tokens(1), w[:4])
		f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[1].Address()), Fault: protocol.FaultWrongResult, Step: 4}
		e.tx(e.reporter.SlashFault(e.ctx, a, e.sign(e.poster, a), f, e.faultQuorum(a, f, w[0], w[2], w[3])))
		e.tx(e.poster.Settle(e.ctx, []Payout{{Award: a, Steps: []uint64{9, 3, 10, 10}}}))
		params := common.HexToHash("0xaa")
		_, err := e.outsider.ChallengeSteps(e.ctx, a, w[1].Address(), e.stepProof(a, 10, params, w[0], w[1], w[2]))
		wantRevert(t, err, "ConvictedOfFault")
		e.tx(e.outsider.ChallengeSteps(e.ctx, a, w[0].Address(), e.stepProof(a, 10, params, w[0], w[1], w[2])))

	})
}

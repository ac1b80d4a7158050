package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/protocol"
)

// Independent evaluation of a job's final model (Evaluations.sol; PROTOCOL.md,
// "Independent evaluators"): the poster opens an evaluation before the award
// is bound, evaluators that are not members submit signed scores until the
// job's challenge window ends, anyone finalizes, and release pays the
// conditional share of each entry to the poster when the median failed the
// threshold.

// Evaluation limits, as the contract has them.
const (
	EvalMinQuorum = protocol.EvalMinQuorum
	EvalMaxScores = protocol.EvalMaxScores
)

// Evaluator is what a node needs of the chain to open, score and read
// evaluations; *Client is one. It is apart from Settler so that a
// settlement layer without evaluations still is a Settler.
type Evaluator interface {
	OpenEvaluation(ctx context.Context, jobID common.Hash, t EvalTerms) (*Tx, error)
	SignScore(s protocol.Score) (protocol.SignedScore, error)
	SubmitScore(ctx context.Context, award protocol.Award, s protocol.SignedScore) (*Tx, error)
	FinalizeEvaluation(ctx context.Context, jobID common.Hash) (*Tx, error)
	Evaluation(ctx context.Context, jobID common.Hash) (*Evaluation, error)
	EvaluationBalance(ctx context.Context, account common.Address) (*big.Int, error)
	WithdrawEvaluationFees(ctx context.Context) (*Tx, error)
}

var _ Evaluator = (*Client)(nil)

// EvalTerms are what a poster sets for its job's evaluation (and announces).
type EvalTerms struct {
	// HeldOutHash is the content hash of the held-out set (its dataset
	// root, as train/dataset names a dataset).
	HeldOutHash common.Hash
	// Threshold the median score must reach: at least it when
	// HigherIsBetter (accuracy), at most it otherwise (loss). In
	// millionths (protocol.ScoreScale), as scores are.
	Threshold uint64
	// Tolerance: a score within it of the median agrees (and is paid).
	Tolerance uint64
	// Fee is paid to each of the first Quorum evaluators whose score
	// agrees; Fee x Quorum is escrowed at Open.
	Fee *big.Int
	// Quorum is the fewest scores a result rests on, 3 to 32.
	Quorum         uint8
	HigherIsBetter bool
	// ConditionalBps is the share (basis points) of each member's net pay
	// that returns to the poster if the result fails the threshold.
	ConditionalBps uint16
	// MinStake is the least stake (Settlement) an evaluator must hold.
	MinStake *big.Int
}

// EvalTermsOf is the chain's form of an announcement's terms.
func EvalTermsOf(p protocol.EvalTerms) EvalTerms {
	return EvalTerms{HeldOutHash: common.Hash(p.HeldOutHash), Threshold: p.Threshold, Tolerance: p.Tolerance, Fee: p.Fee, Quorum: p.Quorum,
		HigherIsBetter: p.HigherIsBetter, ConditionalBps: p.ConditionalBps, MinStake: p.MinStake}
}

// Protocol is the announcement's form of the terms.
func (t EvalTerms) Protocol() protocol.EvalTerms {
	return protocol.EvalTerms{HeldOutHash: protocol.Hash(t.HeldOutHash), HigherIsBetter: t.HigherIsBetter, Threshold: t.Threshold,
		Tolerance: t.Tolerance, Fee: t.Fee, Quorum: t.Quorum, ConditionalBps: t.ConditionalBps, MinStake: t.MinStake}
}

// Same reports whether t and o are the same terms (nil amounts read 0).
func (t EvalTerms) Same(o EvalTerms) bool {
	a, b := t, o
	a.Fee, a.MinStake, b.Fee, b.MinStake = nil, nil, nil, nil
	return a == b && orZero(t.Fee).Cmp(orZero(o.Fee)) == 0 && orZero(t.MinStake).Cmp(orZero(o.MinStake)) == 0
}

// Pot is what opening the evaluation escrows: Fee x Quorum.
func (t EvalTerms) Pot() *big.Int {
	if t.Fee == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(t.Fee, big.NewInt(int64(t.Quorum)))
}

// Validate checks what the contract checks.
func (t EvalTerms) Validate() error {
	switch {
	case t.HeldOutHash == (common.Hash{}):
		return fmt.Errorf("%w: evaluation without a held-out set hash", ErrBadParams)
	case t.Quorum < EvalMinQuorum || t.Quorum > EvalMaxScores:
		return fmt.Errorf("%w: evaluation quorum %d, want %d to %d", ErrBadParams, t.Quorum, EvalMinQuorum, EvalMaxScores)
	case t.ConditionalBps > 10_000:
		return fmt.Errorf("%w: conditional share %d bps above 10000", ErrBadParams, t.ConditionalBps)
	case t.Fee != nil && (t.Fee.Sign() < 0 || t.Fee.BitLen() > 96):
		return fmt.Errorf("%w: evaluator fee %v out of range", ErrBadParams, t.Fee)
	case t.MinStake != nil && (t.MinStake.Sign() < 0 || t.MinStake.BitLen() > 128):
		return fmt.Errorf("%w: evaluator stake %v out of range", ErrBadParams, t.MinStake)
	}
	return nil
}

// Passes reports whether a result passes the threshold.
func (t EvalTerms) Passes(result uint64) bool {
	if t.HigherIsBetter {
		return result >= t.Threshold
	}
	return result <= t.Threshold
}

func (t EvalTerms) binding() bindings.EvaluationsTerms {
	return bindings.EvaluationsTerms{
		HeldOutHash: t.HeldOutHash, Threshold: t.Threshold, Tolerance: t.Tolerance, Fee: orZero(t.Fee),
		Quorum: t.Quorum, HigherIsBetter: t.HigherIsBetter, ConditionalBps: t.ConditionalBps, MinStake: orZero(t.MinStake),
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// EvalOutcome is where an evaluation is, as the contract numbers it.
type EvalOutcome uint8

const (
	EvalNone EvalOutcome = iota
	EvalOpen
	EvalPassed
	EvalFailed
	EvalNoQuorum
)

func (o EvalOutcome) String() string {
	switch o {
	case EvalNone:
		return "none"
	case EvalOpen:
		return "open"
	case EvalPassed:
		return "passed"
	case EvalFailed:
		return "failed"
	case EvalNoQuorum:
		return "no quorum"
	}
	return fmt.Sprintf("EvalOutcome(%d)", uint8(o))
}

// EvalScore is one evaluator's recorded score.
type EvalScore struct {
	Evaluator common.Address
	Score     uint64
}

// Evaluation is a job's evaluation on-chain.
type Evaluation struct {
	Terms   EvalTerms
	Outcome EvalOutcome
	// Result is the median score, once finalized with a quorum.
	Result uint64
	// Scores in submission order.
	Scores []EvalScore
}

// Agrees reports whether score agrees with the result (within Tolerance).
func (e *Evaluation) Agrees(score uint64) bool {
	d := score - e.Result
	if score < e.Result {
		d = e.Result - score
	}
	return d <= e.Terms.Tolerance
}

// Evaluations is the evaluations contract's address (Settlement creates it).
func (c *Client) Evaluations(ctx context.Context) (common.Address, error) {
	c.evalMu.Lock()
	defer c.evalMu.Unlock()
	if c.evaluations != (common.Address{}) {
		return c.evaluations, nil
	}
	out, err := c.call(ctx, "evaluations", c.settlement, c.sc.PackEvaluations())
	if err != nil {
		return common.Address{}, err
	}
	a, err := c.sc.UnpackEvaluations(out)
	if err != nil {
		return common.Address{}, err
	}
	c.evaluations = a
	return a, nil
}

func (c *Client) evalTransact(ctx context.Context, method string, data []byte, err error) (*Tx, error) {
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadParams, method, err)
	}
	to, err := c.Evaluations(ctx)
	if err != nil {
		return nil, err
	}
	return c.send.transact(ctx, method, &to, data, nil)
}

// OpenEvaluation opens the evaluation of the client's open job jobID, before
// its award is bound, approving and escrowing the evaluators' fees.
func (c *Client) OpenEvaluation(ctx context.Context, jobID common.Hash, t EvalTerms) (*Tx, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	ev, err := c.Evaluations(ctx)
	if err != nil {
		return nil, err
	}
	c.allowMu.Lock() // see Deposit
	defer c.allowMu.Unlock()
	if err := c.ensureAllowanceFor(ctx, ev, t.Pot()); err != nil {
		return nil, err
	}
	data, err := c.ev.TryPackOpen(jobID, t.binding())
	return c.evalTransact(ctx, "open", data, err)
}

// SignScore signs s (whose Evaluator must be the client's account) under
// the deployment's domain.
func (c *Client) SignScore(s protocol.Score) (protocol.SignedScore, error) {
	var out protocol.SignedScore
	if common.Address(s.Evaluator) != c.Address() {
		return out, fmt.Errorf("%w: score names evaluator %s, the key is %s", ErrBadParams, s.Evaluator, c.Address())
	}
	sig, err := Sign(c.key, c.domain, s)
	if err != nil {
		return out, err
	}
	out.Score = s
	copy(out.Sig[:], sig)
	return out, nil
}

// CheckScore returns the evaluator that signed s under d, or an error if
// the signature is not the evaluator's.
func CheckScore(d protocol.Domain, s protocol.SignedScore) (common.Address, error) {
	who, err := Recover(d, s.Score, s.Sig[:])
	if err != nil {
		return common.Address{}, err
	}
	if who != common.Address(s.Score.Evaluator) {
		return common.Address{}, fmt.Errorf("%w: score signed by %s names %s", ErrBadEvidence, who, s.Score.Evaluator)
	}
	return who, nil
}

// SubmitScore records a signed score of award's job (anyone may submit
// anyone's). The evaluator may be no member of the award nor its poster.
func (c *Client) SubmitScore(ctx context.Context, award protocol.Award, s protocol.SignedScore) (*Tx, error) {
	a := awardBinding(award)
	data, err := c.ev.TryPackSubmit(s.Score.JobID, bindings.EvaluationsAward{Winners: a.Winners, Standbys: a.Standbys, Prices: a.Prices},
		common.Address(s.Score.Evaluator),
		bindings.EvaluationsScore{ModelHash: s.Score.ModelHash, HeldOutHash: s.Score.HeldOutHash, Score: s.Score.Score}, s.Sig[:])
	return c.evalTransact(ctx, "submit", data, err)
}

// FinalizeEvaluation computes the job's result once its challenge window
// is over, paying the agreeing evaluators.
func (c *Client) FinalizeEvaluation(ctx context.Context, jobID common.Hash) (*Tx, error) {
	data, err := c.ev.TryPackFinalize(jobID)
	return c.evalTransact(ctx, "finalize", data, err)
}

// WithdrawEvaluationFees sends the client's balance in the evaluations
// contract (fees earned, or a poster's unspent fees) to its account.
func (c *Client) WithdrawEvaluationFees(ctx context.Context) (*Tx, error) {
	data, err := c.ev.TryPackWithdraw()
	return c.evalTransact(ctx, "withdraw", data, err)
}

// EvaluationBalance is account's withdrawable balance in the evaluations
// contract.
func (c *Client) EvaluationBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	to, err := c.Evaluations(ctx)
	if err != nil {
		return nil, err
	}
	out, err := c.call(ctx, "balances", to, c.ev.PackBalances(account))
	if err != nil {
		return nil, err
	}
	return c.ev.UnpackBalances(out)
}

// Evaluation reads a job's evaluation (Outcome EvalNone: it has none).
func (c *Client) Evaluation(ctx context.Context, jobID common.Hash) (*Evaluation, error) {
	to, err := c.Evaluations(ctx)
	if err != nil {
		return nil, err
	}
	out, err := c.call(ctx, "evaluationOf", to, c.ev.PackEvaluationOf(jobID))
	if err != nil {
		return nil, err
	}
	o, err := c.ev.UnpackEvaluationOf(out)
	if err != nil {
		return nil, err
	}
	t := o.Terms
	e := &Evaluation{
		Terms: EvalTerms{HeldOutHash: t.HeldOutHash, Threshold: t.Threshold, Tolerance: t.Tolerance, Fee: t.Fee, Quorum: t.Quorum,
			HigherIsBetter: t.HigherIsBetter, ConditionalBps: t.ConditionalBps, MinStake: t.MinStake},
		Outcome: EvalOutcome(o.Outcome),
		Result:  o.Result,
	}
	for _, s := range o.Scores {
		e.Scores = append(e.Scores, EvalScore{Evaluator: s.Evaluator, Score: s.Score})
	}
	return e, nil
}

// finalizeOpenEvaluations finalizes the open evaluations of jobs whose
// challenge window is over, so that their release can go through (release
// reverts EvaluationPending before). A job whose window is still open is
// left to the contract to refuse.
func (c *Client) finalizeOpenEvaluations(ctx context.Context, jobIDs []common.Hash) error {
	if _, err := c.Evaluations(ctx); err != nil {
		// A settlement contract from before evaluations has none to
		// finalize; anything else, release itself will meet and report.
		return nil
	}
	now, err := c.HeadTime(ctx)
	if err != nil {
		return err
	}
	for _, id := range jobIDs {
		ev, err := c.Evaluation(ctx, id)
		if err != nil {
			return err
		}
		if ev.Outcome != EvalOpen {
			continue
		}
		j, err := c.Job(ctx, id)
		if err != nil {
			return err
		}
		if j.Status == JobSettled && now.Before(j.ReleaseAt) || j.Status == JobOpen {
			continue
		}
		if _, err := c.FinalizeEvaluation(ctx, id); err != nil && !errors.Is(err, ErrReverted) {
			return err
		}
	}
	return nil
}

func (c *Client) ensureAllowanceFor(ctx context.Context, spender common.Address, amount *big.Int) error {
	if amount.Sign() == 0 {
		return nil
	}
	out, err := c.call(ctx, "allowance", c.token, c.tc.PackAllowance(c.Address(), spender))
	if err != nil {
		return err
	}
	have, err := c.tc.UnpackAllowance(out)
	if err != nil {
		return err
	}
	if have.Cmp(amount) >= 0 {
		return nil
	}
	token := c.token
	_, err = c.send.transact(ctx, "approve", &token, c.tc.PackApprove(spender, amount), nil)
	return err
}

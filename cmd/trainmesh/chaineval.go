package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/node/jobfile"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
)

// chainEvalCmd groups the independent evaluation of a job's model
// (chain/contracts/Evaluations.sol; README, "Settlement on an L2" item 11).
type chainEvalCmd struct {
	Open     chainEvalOpenCmd     `cmd:"" help:"As a job's poster, before its award is bound: commit to a held-out set and make a share of the members' pay conditional on its score."`
	Score    chainEvalScoreCmd    `cmd:"" help:"As an evaluator: score a job's final model on the held-out set (or give --value), sign the score, and submit it with --award."`
	Submit   chainEvalSubmitCmd   `cmd:"" help:"Submit a signed score (anyone's) printed by chain eval score."`
	Finalize chainEvalFinalizeCmd `cmd:"" help:"After the job's challenge window: compute the result (the median of the scores) and pay the agreeing evaluators."`
	Status   chainEvalStatusCmd   `cmd:"" help:"Show a job's evaluation: its terms, the scores, the result."`
	Withdraw chainEvalWithdrawCmd `cmd:"" help:"Withdraw the node's evaluator fees (or a poster's unspent fees)."`
}

type chainEvalFlags struct {
	dataDirFlag
	passwordFlags
	Chain chainFlags `embed:""`
}

// dialForJob parses a command's job ID, then dials the chain (the caller
// closes the client).
func (f *chainEvalFlags) dialForJob(env *runEnv, job string) (common.Hash, *chain.Client, error) {
	id, err := parseJobID(job)
	if err != nil {
		return common.Hash{}, nil, err
	}
	cl, err := dialChain(env, f.DataDir, &f.passwordFlags, &f.Chain)
	return id, cl, err
}

func parseJobID(s string) (common.Hash, error) {
	h, err := protocol.ParseHash(s)
	if err != nil {
		return common.Hash{}, fmt.Errorf("job ID %q: %w", s, err)
	}
	return common.Hash(h), nil
}

// parseScore reads a score as printed (a loss of 1.5, an accuracy of
// 0.931) into millionths (protocol.ScoreScale).
func parseScore(s string) (uint64, error) {
	var v float64
	if _, err := fmt.Sscan(s, &v); err != nil || v < 0 || math.IsNaN(v) || v*protocol.ScoreScale >= math.MaxUint64 {
		return 0, fmt.Errorf("score %q: want a non-negative number (a loss in nats, or an accuracy as a fraction)", s)
	}
	return uint64(math.Round(v * protocol.ScoreScale)), nil
}

func formatScore(v uint64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.6f", float64(v)/protocol.ScoreScale), "0"), ".")
}

type chainEvalOpenCmd struct {
	chainEvalFlags
	Job       string  `arg:"" help:"The job's ID (deposited, its award not bound yet)."`
	HeldOut   string  `help:"The held-out set's commitment (0x…): keccak256 of the content hashes of the data's held-out chunks in manifest order (node.HeldOutHash; a job file's [evaluation] computes it), served after training." required:"" name:"held-out"`
	Metric    string  `help:"What evaluators measure: loss (passes at or below the threshold) or accuracy (at or above)." enum:"loss,accuracy" default:"loss"`
	Threshold string  `help:"The score the result must reach (a loss in nats, an accuracy as a fraction)." required:""`
	Share     float64 `help:"Percent of each member's training pay that is paid only if the result passes." default:"20"`
	Quorum    uint8   `help:"The fewest scores a result rests on (3 to 32); fewer pay the share." default:"3"`
	Fee       string  `help:"Paid to each of the first quorum evaluators whose score agrees with the result (escrowed now: fee x quorum)." default:"0"`
	Tolerance string  `help:"A score within this of the result agrees." default:"0.001"`
	MinStake  string  `help:"The least stake (in Settlement) an evaluator must hold." default:"0" name:"min-stake"`
}

func (c *chainEvalOpenCmd) Run(env *runEnv) error {
	id, err := parseJobID(c.Job)
	if err != nil {
		return err
	}
	held, err := protocol.ParseHash(c.HeldOut)
	if err != nil {
		return fmt.Errorf("--held-out: %w", err)
	}
	if c.Share < 0 || c.Share > 100 {
		return fmt.Errorf("--share %v: want 0 to 100 percent", c.Share)
	}
	t := chain.EvalTerms{HeldOutHash: common.Hash(held), Quorum: c.Quorum, HigherIsBetter: c.Metric == "accuracy",
		ConditionalBps: uint16(math.Round(c.Share * 100))}
	if t.Threshold, err = parseScore(c.Threshold); err != nil {
		return fmt.Errorf("--threshold: %w", err)
	}
	if t.Tolerance, err = parseScore(c.Tolerance); err != nil {
		return fmt.Errorf("--tolerance: %w", err)
	}
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	dec, err := cl.TokenDecimals(env.ctx)
	if err != nil {
		return err
	}
	if t.Fee, err = chain.ParseAmount(c.Fee, dec); err != nil {
		return fmt.Errorf("--fee: %w", err)
	}
	if t.MinStake, err = chain.ParseAmount(c.MinStake, dec); err != nil {
		return fmt.Errorf("--min-stake: %w", err)
	}
	if _, err := cl.OpenEvaluation(env.ctx, id, t); err != nil {
		return err
	}
	cmp := "≤"
	if t.HigherIsBetter {
		cmp = "≥"
	}
	fmt.Fprintf(env.stdout, "evaluation opened for job %s: a held-out %s %s %s passes; %.2f%% of the members' training pay rides on it; %s escrowed for %d evaluators' fees\n",
		id, c.Metric, cmp, formatScore(t.Threshold), c.Share, chain.FormatAmount(t.Pot(), dec), t.Quorum)
	return nil
}

// awardFile reads an award as JSON (protocol.Award's fields: JobID,
// Poster, Winners, Standbys, Prices), as a node's job record holds it.
func awardFile(path string) (protocol.Award, error) {
	var a protocol.Award
	b, err := os.ReadFile(path)
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal(b, &a); err != nil {
		return a, fmt.Errorf("%s: %w", path, err)
	}
	if len(a.Prices) != len(a.Winners)+len(a.Standbys) {
		return a, fmt.Errorf("%s: %d prices for %d members", path, len(a.Prices), len(a.Winners)+len(a.Standbys))
	}
	return a, nil
}

type chainEvalScoreCmd struct {
	chainEvalFlags
	Job   string `arg:"" help:"The job's ID."`
	Model string `help:"The job's final model file (trainmesh model export)." type:"existingfile"`
	Data  string `help:"A job file (TOML) whose [data] names the held-out set; its held-out split is scored." type:"existingfile"`
	Rows  int    `help:"Rows per evaluation batch." default:"128"`
	Value string `help:"A score measured elsewhere instead of --model and --data (a loss in nats or an accuracy as a fraction)."`
	Award string `help:"The job's award as JSON: submit the score too." type:"existingfile"`
}

func (c *chainEvalScoreCmd) Run(env *runEnv) error {
	id, err := parseJobID(c.Job)
	if err != nil {
		return err
	}
	if (c.Value == "") == (c.Model == "" || c.Data == "") {
		return errors.New("give --model and --data (to score the model), or --value")
	}
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	ev, err := cl.Evaluation(env.ctx, id)
	if err != nil {
		return err
	}
	if ev.Outcome != chain.EvalOpen {
		return fmt.Errorf("job %s's evaluation is %v, not open", id, ev.Outcome)
	}
	s := protocol.Score{JobID: protocol.Hash(id), Evaluator: protocol.Address(cl.Address()), HeldOutHash: protocol.Hash(ev.Terms.HeldOutHash)}
	if c.Value != "" {
		if s.Score, err = parseScore(c.Value); err != nil {
			return err
		}
	} else {
		var root [32]byte
		s.Score, s.ModelHash, root, err = scoreModel(env, c.Model, c.Data, c.Rows, ev.Terms.HigherIsBetter)
		if err != nil {
			return err
		}
		if root != ev.Terms.HeldOutHash {
			return fmt.Errorf("the data %s's held-out split hashes to 0x%x; the evaluation committed to %s", c.Data, root, ev.Terms.HeldOutHash)
		}
	}
	signed, err := cl.SignScore(s)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "score %s of job %s by %s\nsigned score %s\n", formatScore(s.Score), id, cl.Address(), hex.EncodeToString(signed.Encode()))
	if c.Award == "" {
		fmt.Fprintln(env.stdout, "(submit it with: trainmesh chain eval submit SIGNED_SCORE --award FILE)")
		return nil
	}
	return submitScore(env, cl, c.Award, signed)
}

// scoreModel measures a model file on a job file's held-out split with
// `trainmesh model eval`'s code: the loss, or the accuracy, in millionths;
// the parameters' hash (what receipts sign) and the data's held-out
// commitment (node.HeldOutHash).
func scoreModel(env *runEnv, modelPath, dataPath string, rows int, accuracy bool) (score uint64, modelHash protocol.Hash, root [32]byte, err error) {
	m, _, err := readModelFile(modelPath)
	if err != nil {
		return 0, modelHash, root, err
	}
	req, err := jobfile.Load(dataPath)
	if err != nil {
		return 0, modelHash, root, err
	}
	eval, err := heldOut(env.ctx, req.Dataset)
	if err != nil {
		return 0, modelHash, root, err
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		return 0, modelHash, root, err
	}
	defer be.Close()
	net, err := nn.New(be, m.Spec, max(rows, 1))
	if err != nil {
		return 0, modelHash, root, err
	}
	defer net.Close()
	if err := net.SetParams(m.Params); err != nil {
		return 0, modelHash, root, err
	}
	met, err := train.Evaluate(net, eval)
	if err != nil {
		return 0, modelHash, root, err
	}
	// The score an evaluator node submits for the same model and data.
	return node.ScoreOf(protocol.EvalTerms{HigherIsBetter: accuracy}, met), protocol.Hash(model.ParamsHash(m.Params)), [32]byte(node.HeldOutHash(req.Dataset.Manifest)), nil
}

func submitScore(env *runEnv, cl *chain.Client, awardPath string, s protocol.SignedScore) error {
	a, err := awardFile(awardPath)
	if err != nil {
		return err
	}
	if a.JobID != s.Score.JobID {
		return fmt.Errorf("the award is job %s's, the score job %s's", a.JobID, s.Score.JobID)
	}
	if _, err := chain.CheckScore(cl.Domain(), s); err != nil {
		return err
	}
	if _, err := cl.SubmitScore(env.ctx, a, s); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "submitted %s's score %s\n", common.Address(s.Score.Evaluator), formatScore(s.Score.Score))
	return nil
}

type chainEvalSubmitCmd struct {
	chainEvalFlags
	Score string `arg:"" help:"The signed score in hex, as chain eval score prints it."`
	Award string `help:"The job's award as JSON." type:"existingfile" required:""`
}

func (c *chainEvalSubmitCmd) Run(env *runEnv) error {
	b, err := hex.DecodeString(strings.TrimPrefix(c.Score, "0x"))
	if err != nil {
		return fmt.Errorf("signed score: %w", err)
	}
	s, err := protocol.DecodeSignedScore(b)
	if err != nil {
		return err
	}
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	return submitScore(env, cl, c.Award, *s)
}

type chainEvalFinalizeCmd struct {
	chainEvalFlags
	Job string `arg:"" help:"The job's ID."`
}

func (c *chainEvalFinalizeCmd) Run(env *runEnv) error {
	id, cl, err := c.dialForJob(env, c.Job)
	if err != nil {
		return err
	}
	defer cl.Close()
	if _, err := cl.FinalizeEvaluation(env.ctx, id); err != nil {
		return err
	}
	return printEvaluation(env, cl, id)
}

type chainEvalStatusCmd struct {
	chainEvalFlags
	Job string `arg:"" help:"The job's ID."`
}

func (c *chainEvalStatusCmd) Run(env *runEnv) error {
	id, cl, err := c.dialForJob(env, c.Job)
	if err != nil {
		return err
	}
	defer cl.Close()
	return printEvaluation(env, cl, id)
}

func printEvaluation(env *runEnv, cl *chain.Client, id common.Hash) error {
	ev, err := cl.Evaluation(env.ctx, id)
	if err != nil {
		return err
	}
	if ev.Outcome == chain.EvalNone {
		fmt.Fprintf(env.stdout, "job %s has no evaluation\n", id)
		return nil
	}
	dec, err := cl.TokenDecimals(env.ctx)
	if err != nil {
		return err
	}
	t := ev.Terms
	metric, cmp := "loss", "≤"
	if t.HigherIsBetter {
		metric, cmp = "accuracy", "≥"
	}
	fmt.Fprintf(env.stdout, "evaluation    %s\nheld-out set  %s\npasses        %s %s %s\nconditional   %.2f%% of each member's training pay\nquorum        %d scores; fee %s to each agreeing evaluator (within %s); least stake %s\n",
		ev.Outcome, t.HeldOutHash, metric, cmp, formatScore(t.Threshold), float64(t.ConditionalBps)/100, t.Quorum,
		chain.FormatAmount(t.Fee, dec), formatScore(t.Tolerance), chain.FormatAmount(t.MinStake, dec))
	for _, s := range ev.Scores {
		note := ""
		if ev.Outcome == chain.EvalPassed || ev.Outcome == chain.EvalFailed {
			note = "  disagrees"
			if ev.Agrees(s.Score) {
				note = "  agrees"
			}
		}
		fmt.Fprintf(env.stdout, "score         %s by %s%s\n", formatScore(s.Score), s.Evaluator, note)
	}
	if ev.Outcome == chain.EvalPassed || ev.Outcome == chain.EvalFailed {
		fmt.Fprintf(env.stdout, "result        %s (the median of %d scores): %s\n", formatScore(ev.Result), len(ev.Scores), ev.Outcome)
	}
	return nil
}

type chainEvalWithdrawCmd struct {
	chainEvalFlags
}

func (c *chainEvalWithdrawCmd) Run(env *runEnv) error {
	cl, err := dialChain(env, c.DataDir, &c.passwordFlags, &c.Chain)
	if err != nil {
		return err
	}
	defer cl.Close()
	bal, err := cl.EvaluationBalance(env.ctx, cl.Address())
	if err != nil {
		return err
	}
	if bal.Sign() == 0 {
		fmt.Fprintln(env.stdout, "no evaluation fees to withdraw")
		return nil
	}
	if _, err := cl.WithdrawEvaluationFees(env.ctx); err != nil {
		return err
	}
	dec, err := cl.TokenDecimals(env.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "withdrew %s\n", chain.FormatAmount(new(big.Int).Set(bal), dec))
	return nil
}

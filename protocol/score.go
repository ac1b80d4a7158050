package protocol

import (
	"fmt"
	"math/big"
)

// Independent evaluation (PROTOCOL.md, "Independent evaluators"): an
// evaluator that is neither the poster nor a member of a job's award scores
// the job's final model on the held-out set the poster committed to, and
// signs a Score under the deployment's domain. The evaluations contract
// takes the median of a quorum of them.

// ScoreScale is the fixed point of Score.Score and of a threshold: a score
// of 1.5 (a loss of 1.5 nats, or 1.5% read as a fraction 0.015) travels as
// 1,500,000. Six decimals keep a held-out loss or accuracy exact to what
// `trainmesh model eval` prints.
const ScoreScale = 1_000_000

// Score is an evaluator's signed measurement of a job's final model
// (ModelHash: the parameters hash the final step's receipts name) on its
// held-out set (HeldOutHash: the content hash the evaluation committed to),
// in millionths (ScoreScale).
type Score struct {
	JobID       Hash
	Evaluator   Address
	ModelHash   Hash
	HeldOutHash Hash
	Score       uint64
}

// ScoreABILen is the size of a Score's ABI fields.
const ScoreABILen = 5 * word

// SignedScoreLen is the size of a signed Score on the wire: its ABI fields
// then the evaluator's 65-byte signature.
const SignedScoreLen = ScoreABILen + SignatureLen

func (m Score) Job() Hash       { return m.JobID }
func (m Score) Signer() Address { return m.Evaluator }

func (m Score) AppendABI(dst []byte) []byte {
	dst = append(dst, m.JobID[:]...)
	dst = appendWord(dst, m.Evaluator[:])
	dst = append(dst, m.ModelHash[:]...)
	dst = append(dst, m.HeldOutHash[:]...)
	return appendUint(dst, m.Score)
}

// DecodeScore parses the ABI fields of a Score (strict, as every decoder).
func DecodeScore(b []byte) (*Score, error) {
	if err := exactLen(b, ScoreABILen, "score"); err != nil {
		return nil, err
	}
	r := &abiReader{b: b}
	m := &Score{JobID: r.hash(), Evaluator: r.address(), ModelHash: r.hash(), HeldOutHash: r.hash(), Score: r.uint(64)}
	return m, r.end()
}

// SignedScore is a Score with its evaluator's signature, as evaluators
// publish it on the job's training topic and as the contract takes it.
type SignedScore struct {
	Score Score
	Sig   [SignatureLen]byte
}

// Encode returns the wire form: the ABI fields, then the signature.
func (s SignedScore) Encode() []byte {
	return append(s.Score.AppendABI(make([]byte, 0, SignedScoreLen)), s.Sig[:]...)
}

// DecodeSignedScore parses the wire form of a SignedScore. It checks the
// encoding only; the caller recovers the signer under its domain.
func DecodeSignedScore(b []byte) (*SignedScore, error) {
	if len(b) != SignedScoreLen {
		return nil, fmt.Errorf("%w: signed score of %d bytes, want %d", ErrMalformed, len(b), SignedScoreLen)
	}
	m, err := DecodeScore(b[:ScoreABILen])
	if err != nil {
		return nil, err
	}
	s := &SignedScore{Score: *m}
	copy(s.Sig[:], b[ScoreABILen:])
	return s, nil
}

// Evaluation limits, as the evaluations contract has them.
const (
	EvalMinQuorum = 3
	EvalMaxScores = 32
	evalFeeBits   = 96
	evalStakeBits = 128
)

// EvalTerms are a job's evaluation terms, as the poster opens them on-chain
// (Evaluations.Terms) and signs them in its announcement (JobAnnounce's
// last eight fields). A zero HeldOutHash means the job has no evaluation.
type EvalTerms struct {
	// HeldOutHash commits to the held-out set: keccak256 of the content
	// hashes of the dataset's held-out chunks, in manifest order
	// (node.HeldOutHash). The poster serves those chunks only after
	// training.
	HeldOutHash Hash
	// HigherIsBetter: the metric is an accuracy (passes at >= Threshold);
	// otherwise a loss (passes at <= Threshold).
	HigherIsBetter bool
	// Threshold and Tolerance are in ScoreScale units: a score within
	// Tolerance of the result agrees with it (and its evaluator is paid).
	Threshold, Tolerance uint64
	// Fee is paid to each of the first Quorum agreeing evaluators (uint96).
	Fee *big.Int
	// Quorum is the fewest scores a result rests on, EvalMinQuorum to
	// EvalMaxScores: the number of evaluators the job asks for.
	Quorum uint8
	// ConditionalBps is the share (basis points) of each member's training
	// pay returned to the poster if the result fails the threshold.
	ConditionalBps uint16
	// MinStake is the least stake an evaluator holds (uint128).
	MinStake *big.Int
}

// Set reports whether the terms name an evaluation.
func (t EvalTerms) Set() bool { return t.HeldOutHash != (Hash{}) }

// Passes reports whether a result passes the threshold.
func (t EvalTerms) Passes(result uint64) bool {
	if t.HigherIsBetter {
		return result >= t.Threshold
	}
	return result <= t.Threshold
}

// Validate checks the terms as the contract does; terms not Set must be
// zero in every field (one encoding for "no evaluation").
func (t EvalTerms) Validate() error {
	if !t.Set() {
		if t != (EvalTerms{Fee: t.Fee, MinStake: t.MinStake}) || t.Fee != nil && t.Fee.Sign() != 0 || t.MinStake != nil && t.MinStake.Sign() != 0 {
			return fmt.Errorf("%w: evaluation terms without a held-out set hash", ErrMalformed)
		}
		return nil
	}
	switch {
	case t.Quorum < EvalMinQuorum || t.Quorum > EvalMaxScores:
		return fmt.Errorf("%w: evaluation quorum %d, want %d to %d", ErrMalformed, t.Quorum, EvalMinQuorum, EvalMaxScores)
	case t.ConditionalBps > 10_000:
		return fmt.Errorf("%w: conditional share %d bps above 10000", ErrMalformed, t.ConditionalBps)
	case t.Fee != nil && (t.Fee.Sign() < 0 || t.Fee.BitLen() > evalFeeBits):
		return fmt.Errorf("%w: evaluator fee %v out of range", ErrMalformed, t.Fee)
	case t.MinStake != nil && (t.MinStake.Sign() < 0 || t.MinStake.BitLen() > evalStakeBits):
		return fmt.Errorf("%w: evaluator stake %v out of range", ErrMalformed, t.MinStake)
	}
	return nil
}

func (t EvalTerms) appendABI(dst []byte) []byte {
	dst = append(dst, t.HeldOutHash[:]...)
	b := uint64(0)
	if t.HigherIsBetter {
		b = 1
	}
	dst = appendUint(dst, b)
	dst = appendUint(dst, t.Threshold)
	dst = appendUint(dst, t.Tolerance)
	dst = appendBig(dst, t.Fee)
	dst = appendUint(dst, uint64(t.Quorum))
	dst = appendUint(dst, uint64(t.ConditionalBps))
	return appendBig(dst, t.MinStake)
}

// evalTerms reads the terms (their encoding only: Validate checks the
// values, as the auction's announcement check does).
func (r *abiReader) evalTerms() EvalTerms {
	t := EvalTerms{HeldOutHash: r.hash(), HigherIsBetter: r.boolean(), Threshold: r.uint(64), Tolerance: r.uint(64),
		Fee: r.bigN(evalFeeBits), Quorum: uint8(r.uint(8)), ConditionalBps: uint16(r.uint(16)), MinStake: r.bigN(evalStakeBits)}
	if !t.Set() && t.Fee.Sign() == 0 && t.MinStake.Sign() == 0 {
		// No evaluation decodes as the zero terms, as one is built.
		t.Fee, t.MinStake = nil, nil
	}
	return t
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Settlement} from "./Settlement.sol";

/// @title Evaluations: independent scores of a job's final model.
///
/// @notice Settlement creates this contract in its constructor (one per
/// deployment, `Settlement.evaluations()`), so that its runtime code stays
/// out of Settlement's (EIP-170) while Settlement can trust what it answers.
///
///  1. Before the award is bound, the poster of an open job `open`s an
///     evaluation: the held-out set's content hash, the metric's direction,
///     a threshold, the share of every member's pay that is conditional on
///     the score passing it (conditionalBps), the least number of scores
///     that makes a result (quorum, >= 3), a fee per evaluator whose score
///     agrees with the result (within `tolerance`), and the least stake an
///     evaluator must hold in Settlement. The evaluators' fees (fee x
///     quorum) are escrowed here. The job's announcement names the same
///     terms, and members check them before they train: after the award is
///     bound they cannot change.
///  2. After training the poster serves the held-out set; evaluators (any
///     account that is neither the poster nor a member of the award, with
///     at least minStake staked) score the final model and sign an EIP-712
///     Score under Settlement's domain; anyone may `submit` it, until the
///     job's challenge window ends (the release time). At most MAX_SCORES.
///  3. After that, anyone may `finalize`: the result is the median of the
///     scores (the mean of the two middle ones for an even count), so that
///     fewer liars than half the scores cannot move it outside the honest
///     scores' range; with fewer than `quorum` scores there is no result
///     and the conditional share is paid (the poster, who serves the
///     held-out set, could otherwise withhold it to keep the share). The
///     first `quorum` evaluators whose scores agree with the result are
///     paid the fee; the rest of the fees return to the poster.
///  4. Settlement's `release` asks `withheldBps`: for a failed result, that
///     share of each member's net training entry goes to the poster
///     instead (audit pay and data holders' pay are not conditional).
///     Release of a job whose evaluation is open reverts until it is
///     finalized. Claims (a job its poster never settled) are paid in
///     full: the condition protects a poster that settles.
///
/// Invariant: token.balanceOf(this) == sum of balances + fee x quorum of
/// every open evaluation.
contract Evaluations is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 public constant BPS = 10_000;
    /// @notice The fewest scores a result may rest on: one liar among three
    /// cannot move the median outside the two honest scores.
    uint256 public constant MIN_QUORUM = 3;
    /// @notice The most scores one evaluation takes; bounds the loops.
    uint256 public constant MAX_SCORES = 32;
    /// @notice PROTOCOL.md's Score type, signed under Settlement's domain.
    bytes32 public constant SCORE_TYPEHASH =
        keccak256("Score(bytes32 jobId,address evaluator,bytes32 modelHash,bytes32 heldOutHash,uint64 score)");

    /// @notice Where an evaluation is: None (the job has none), Open
    /// (taking scores), Passed, Failed, NoQuorum (finalized).
    enum Outcome {
        None,
        Open,
        Passed,
        Failed,
        NoQuorum
    }

    /// @notice What the poster sets with `open` (and announces).
    struct Terms {
        bytes32 heldOutHash; // content hash of the held-out set
        uint64 threshold; // in score units (PROTOCOL.md: millionths)
        uint64 tolerance; // |score - result| <= tolerance agrees
        uint96 fee; // paid to each of the first `quorum` agreeing evaluators
        uint8 quorum; // MIN_QUORUM..MAX_SCORES
        bool higherIsBetter; // accuracy: passes at >= threshold; loss: <=
        uint16 conditionalBps; // share of each member's net pay withheld on failure
        uint128 minStake; // an evaluator's least stake in Settlement
    }

    /// @notice One evaluator's score, one slot.
    struct Scored {
        address evaluator;
        uint64 score;
    }

    /// @notice The fields of a Score besides jobId and evaluator.
    struct Score {
        bytes32 modelHash;
        bytes32 heldOutHash;
        uint64 score;
    }

    /// @notice A job's award as Settlement binds it (Settlement.Award's
    /// fields; its own type so that the two ABIs' bindings do not clash).
    struct Award {
        address[] winners;
        address[] standbys;
        uint256[] prices;
    }

    struct Evaluation {
        Terms terms;
        Outcome outcome;
        uint64 result; // the median, once finalized with a quorum
        // The award's member count (winners + standbys), from the first
        // score: the payout table's entries below it are training pay.
        uint16 members;
        Scored[] scores;
    }

    Settlement public immutable settlement;
    IERC20 public immutable token;
    mapping(bytes32 jobId => Evaluation) internal evals;
    /// @notice Withdrawable amounts (evaluators' fees, posters' returned fees).
    mapping(address account => uint256) public balances;

    event EvaluationOpened(bytes32 indexed jobId, Terms terms);
    event ScoreSubmitted(bytes32 indexed jobId, address indexed evaluator, bytes32 modelHash, uint64 score);
    event EvaluationFinalized(bytes32 indexed jobId, Outcome outcome, uint64 result, uint256 scores, uint256 paid);
    event Withdrawn(address indexed account, uint256 amount);

    error NotPoster(bytes32 jobId, address caller);
    error JobNotOpen(bytes32 jobId);
    error AwardAlreadyBound(bytes32 jobId);
    error EvaluationExists(bytes32 jobId);
    error InvalidTerms(string name);
    error NotOpen(bytes32 jobId);
    error ScoringClosed(bytes32 jobId);
    error NotFinal(bytes32 jobId);
    error EvaluationPending(bytes32 jobId);
    error NoAward(bytes32 jobId);
    error AwardMismatch(bytes32 jobId);
    error WrongHeldOut(bytes32 want, bytes32 got);
    error BadSignature();
    error NotIndependent(address evaluator);
    error StakeTooLow(uint256 have, uint256 want);
    error AlreadyScored(address evaluator);
    error TooManyScores();
    error NothingToWithdraw();

    // Settlement's constructor passes itself and its token: it has no
    // code yet to be asked.
    constructor(Settlement settlement_, IERC20 token_) {
        settlement = settlement_;
        token = token_;
    }

    /// @notice Opens the evaluation of the caller's open job, before its
    /// award is bound, escrowing fee x quorum from the caller.
    function open(bytes32 jobId, Terms calldata t) external nonReentrant {
        (address poster, Settlement.Status st,, bytes32 awardHash) = _job(jobId);
        if (msg.sender != poster) revert NotPoster(jobId, msg.sender);
        if (st != Settlement.Status.Open) revert JobNotOpen(jobId);
        if (awardHash != 0) revert AwardAlreadyBound(jobId);
        Evaluation storage ev = evals[jobId];
        if (ev.outcome != Outcome.None) revert EvaluationExists(jobId);
        if (t.heldOutHash == 0) revert InvalidTerms("heldOutHash");
        if (t.quorum < MIN_QUORUM || t.quorum > MAX_SCORES) revert InvalidTerms("quorum");
        if (t.conditionalBps > BPS) revert InvalidTerms("conditionalBps");
        ev.terms = t;
        ev.outcome = Outcome.Open;
        emit EvaluationOpened(jobId, t);
        settlement.markEvaluated(jobId);
        uint256 pot = uint256(t.fee) * t.quorum;
        if (pot > 0) token.safeTransferFrom(msg.sender, address(this), pot);
    }

    /// @notice Records a signed Score of the job's final model. `award` is
    /// the job's bound award (an evaluator may be none of its members).
    /// Anyone may submit it, while the job's challenge window is open.
    function submit(bytes32 jobId, Award calldata award, address evaluator, Score calldata s, bytes calldata sig)
        external
        nonReentrant
    {
        Evaluation storage ev = evals[jobId];
        if (ev.outcome != Outcome.Open) revert NotOpen(jobId);
        (address poster, Settlement.Status st, uint40 deadline, bytes32 awardHash) = _job(jobId);
        if (_final(st, deadline)) revert ScoringClosed(jobId);
        if (awardHash == 0) revert NoAward(jobId);
        if (settlement.hashAward(jobId, poster, Settlement.Award(award.winners, award.standbys, award.prices)) != awardHash) revert AwardMismatch(jobId);
        Terms storage t = ev.terms;
        if (s.heldOutHash != t.heldOutHash) revert WrongHeldOut(t.heldOutHash, s.heldOutHash);
        bytes32 digest = keccak256(
            abi.encodePacked(
                "\x19\x01",
                settlement.domainSeparator(),
                keccak256(abi.encode(SCORE_TYPEHASH, jobId, evaluator, s.modelHash, s.heldOutHash, s.score))
            )
        );
        (address signer, ECDSA.RecoverError e,) = ECDSA.tryRecover(digest, sig);
        if (e != ECDSA.RecoverError.NoError || signer != evaluator || evaluator == address(0)) revert BadSignature();
        // The poster and every member have a stake in the result: a member's
        // entry carries the conditional share, the poster gets it back.
        if (evaluator == poster) revert NotIndependent(evaluator);
        for (uint256 i; i < award.winners.length; ++i) {
            if (award.winners[i] == evaluator) revert NotIndependent(evaluator);
        }
        for (uint256 i; i < award.standbys.length; ++i) {
            if (award.standbys[i] == evaluator) revert NotIndependent(evaluator);
        }
        uint256 have = settlement.stakeOf(evaluator);
        if (have < t.minStake) revert StakeTooLow(have, t.minStake);
        Scored[] storage scores = ev.scores;
        uint256 n = scores.length;
        if (n >= MAX_SCORES) revert TooManyScores();
        for (uint256 i; i < n; ++i) {
            if (scores[i].evaluator == evaluator) revert AlreadyScored(evaluator);
        }
        if (n == 0) ev.members = uint16(award.winners.length + award.standbys.length);
        scores.push(Scored(evaluator, s.score));
        emit ScoreSubmitted(jobId, evaluator, s.modelHash, s.score);
    }

    /// @notice Computes the result once no score can come any more (the
    /// job's challenge window is over, or the job is closed), pays the
    /// agreeing evaluators and returns the rest of the fees to the poster.
    /// Anyone may call it.
    function finalize(bytes32 jobId) external nonReentrant {
        Evaluation storage ev = evals[jobId];
        if (ev.outcome != Outcome.Open) revert NotOpen(jobId);
        (address poster, Settlement.Status st, uint40 deadline,) = _job(jobId);
        if (!_final(st, deadline)) revert NotFinal(jobId);
        Terms memory t = ev.terms;
        Scored[] storage scores = ev.scores;
        uint256 n = scores.length;
        uint256 pot = uint256(t.fee) * t.quorum;
        uint256 paid;
        uint64 result;
        if (n < t.quorum) {
            ev.outcome = Outcome.NoQuorum;
        } else {
            uint64[] memory v = new uint64[](n);
            for (uint256 i; i < n; ++i) {
                v[i] = scores[i].score;
            }
            result = _median(v);
            ev.result = result;
            bool passed = t.higherIsBetter ? result >= t.threshold : result <= t.threshold;
            ev.outcome = passed ? Outcome.Passed : Outcome.Failed;
            for (uint256 i; i < n && paid < t.quorum; ++i) {
                Scored memory sc = scores[i];
                uint64 d = sc.score > result ? sc.score - result : result - sc.score;
                if (d <= t.tolerance) {
                    balances[sc.evaluator] += t.fee;
                    ++paid;
                }
            }
        }
        balances[poster] += pot - paid * t.fee;
        emit EvaluationFinalized(jobId, ev.outcome, result, n, paid);
    }

    /// @notice Sends the caller's balance to the caller.
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice The share (basis points) of payout-table entry `index` of
    /// the job that Settlement's release returns to the poster:
    /// conditionalBps after a failed result for a member's training entry
    /// (the table's first entries, one per member), else 0; audit pay and
    /// data holders' pay are not conditional on the model. Reverts while
    /// the evaluation is open.
    function withheldBps(bytes32 jobId, uint256 index) external view returns (uint256) {
        Evaluation storage ev = evals[jobId];
        Outcome o = ev.outcome;
        if (o == Outcome.Open) revert EvaluationPending(jobId);
        return o == Outcome.Failed && index < ev.members ? ev.terms.conditionalBps : 0;
    }

    /// @notice A job's evaluation: its terms, where it is, its result and
    /// its scores in submission order.
    function evaluationOf(bytes32 jobId)
        external
        view
        returns (Terms memory terms, Outcome outcome, uint64 result, Scored[] memory scores)
    {
        Evaluation storage ev = evals[jobId];
        return (ev.terms, ev.outcome, ev.result, ev.scores);
    }

    // A job's settlement state: its poster, status, deadline (settle
    // deadline while open, release time once settled) and bound award.
    function _job(bytes32 jobId)
        private
        view
        returns (address poster, Settlement.Status st, uint40 deadline, bytes32 awardHash)
    {
        (poster,,,,,, deadline,, st,, awardHash) = settlement.jobs(jobId);
    }

    // Whether no score can come any more: the job's challenge window is
    // over (release may begin), or the job is closed.
    function _final(Settlement.Status st, uint40 deadline) private view returns (bool) {
        return st == Settlement.Status.Closed || (st == Settlement.Status.Settled && block.timestamp >= deadline);
    }

    // The median of v (sorted in place): the middle value, or the floor of
    // the mean of the two middle values.
    function _median(uint64[] memory v) private pure returns (uint64) {
        uint256 n = v.length;
        for (uint256 i = 1; i < n; ++i) {
            uint64 x = v[i];
            uint256 j = i;
            while (j > 0 && v[j - 1] > x) {
                v[j] = v[j - 1];
                --j;
            }
            v[j] = x;
        }
        if (n % 2 == 1) return v[n / 2];
        return uint64((uint256(v[n / 2 - 1]) + v[n / 2]) / 2);
    }
}

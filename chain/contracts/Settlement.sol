// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Settlement: escrow, optimistic settlement, stake and slashing for trainmesh.
///
/// @notice The life of a job's money, in base units of one ERC-20 stablecoin:
///
///  1. The poster escrows the budget with `deposit`; the job ID is
///     keccak256(abi.encode(poster, nonce)) (PROTOCOL.md), so nobody else can
///     take a poster's job ID.
///  2. The auction runs off-chain. The poster signs an EIP-712 `Award`
///     (winners, standbys, and each member's price per step: the clearing's
///     critical values, PROTOCOL.md). Any member may pin it on-chain with
///     `registerAward` before training, so a poster cannot later settle under
///     another award.
///  3. Before the job's settle deadline the poster calls `settle` (batched
///     over jobs) with each member's completed steps; each member is credited
///     its own price x steps. Credits become releasable after the challenge
///     window.
///  4. During the window anyone may correct the table with signatures of the
///     group: `challengeSteps` (a quorum of StepReceipts shows a winner reached
///     a later step than credited) raises a credit; `challengeFault` (a quorum
///     of FaultAttestations shows a member missed a step, computed a wrong
///     result or tampered with the all-reduce) lowers one.
///  5. If the poster never settles, winners `claim` after the settle deadline
///     with the poster-signed Award and a quorum of StepReceipts; claims are
///     verified in full, so they are paid at once.
///  6. `release` moves credits whose window has passed into balances, minus the
///     protocol fee (snapshotted at deposit); owners `withdraw` (pull payments).
///     `refund` returns unspent escrow to the poster once nothing can claim it.
///
/// Providers `stake`; stake leaves only through `unbond` and, after the
/// unbonding delay, `withdrawStake`, and stays slashable while unbonding.
/// `slashEquivocation` takes two different EIP-712 messages one key signed for
/// one slot; `slashFault` takes a FaultAttestation signed by a quorum of the
/// award's members. A share of the slashed stake goes to the reporter, the rest
/// to the treasury. Each slot is slashed at most once.
///
/// Invariant: token.balanceOf(this) == unspent escrow of open and settled jobs
/// + unreleased credits + balances + stakes, i.e. tokens in = tokens out +
/// tokens held. Every external function that changes state is nonReentrant and
/// follows checks-effects-interactions.
contract Settlement is EIP712, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ------------------------------------------------------------------
    // Constants

    /// @notice Basis points in one whole.
    uint256 public constant BPS = 10_000;
    /// @notice The protocol fee can never exceed 10% of a payout.
    uint256 public constant MAX_FEE_BPS = 1_000;
    /// @notice Longest allowed governed window (challenge, claim, unbonding).
    uint256 public constant MAX_WINDOW = 365 days;
    /// @notice Largest group a job may ask for; bounds the loops over members.
    uint256 public constant MAX_GROUP_SIZE = 256;

    /// @notice Equivocation kinds (PROTOCOL.md) and the fault-slash namespace.
    uint8 public constant KIND_BID_COMMIT = 1;
    uint8 public constant KIND_BID_REVEAL = 2;
    uint8 public constant KIND_STEP_RECEIPT = 3;
    uint8 public constant KIND_FAULT = 4;

    /// @notice Fault kinds (PROTOCOL.md).
    uint8 public constant FAULT_MISSED_STEPS = 1;
    uint8 public constant FAULT_WRONG_RESULT = 2;
    uint8 public constant FAULT_GARBAGE_DATA = 3;
    uint8 public constant FAULT_TAMPERED = 4;

    // EIP-712 type hashes; the strings are PROTOCOL.md's, byte for byte.
    bytes32 public constant BID_COMMIT_TYPEHASH =
        keccak256("BidCommit(bytes32 jobId,address bidder,bytes32 commitment)");
    bytes32 public constant BID_REVEAL_TYPEHASH = keccak256(
        "BidReveal(bytes32 jobId,address bidder,uint256 pricePerStep,uint64 throughput,uint64 vramBytes,uint32 latencyMs,bytes32 attestation,bytes32 salt)"
    );
    bytes32 public constant AWARD_TYPEHASH =
        keccak256("Award(bytes32 jobId,address poster,address[] winners,address[] standbys,uint256[] prices)");
    bytes32 public constant STEP_RECEIPT_TYPEHASH =
        keccak256("StepReceipt(bytes32 jobId,address member,uint64 step,bytes32 paramsHash,bytes32 contribRoot)");
    bytes32 public constant FAULT_ATTESTATION_TYPEHASH =
        keccak256("FaultAttestation(bytes32 jobId,address accused,uint8 fault,uint64 step,bytes32 evidenceHash)");

    // ------------------------------------------------------------------
    // Types

    /// @notice Where a job is in its life.
    /// Open: escrowed, not settled (claims allowed after the settle deadline).
    /// Settled: the poster settled; challenges until releaseAt.
    /// Closed: unspent escrow refunded; credits may still be released.
    enum Status {
        None,
        Open,
        Settled,
        Closed
    }

    /// @notice One escrowed job. Amounts fit 128 bits (checked at deposit).
    struct Job {
        address poster;
        uint32 groupSize;
        uint64 steps;
        uint128 budget;
        uint128 credited; // credited to members so far (gross, before fees)
        uint40 settleDeadline; // unix seconds
        uint40 releaseAt; // unix seconds; 0 until settled
        uint16 feeBps; // protocol fee snapshotted at deposit
        Status status;
        bytes32 awardHash; // EIP-712 struct hash of the bound award; 0 if none
    }

    /// @notice A member's credit from one job (gross, before the fee).
    struct Credit {
        uint128 amount;
        bool released;
    }

    /// @notice A provider's stake.
    struct Stake {
        uint128 active;
        uint128 unbonding;
        uint64 unlockAt;
    }

    /// @notice The fields of an EIP-712 Award besides jobId and poster (which
    /// the contract knows). Members are winners then standbys; an index into
    /// that concatenation names a member, and prices[index] is that member's
    /// price per step (one per member).
    struct Award {
        address[] winners;
        address[] standbys;
        uint256[] prices;
    }

    /// @notice One job of a settlement batch: the award and each member's
    /// completed steps, in member order.
    struct JobPayout {
        bytes32 jobId;
        Award award;
        uint64[] steps;
    }

    /// @notice Signatures of group members. members[i] is the index of the
    /// i-th signer in the award's member list; signers must be sorted by
    /// strictly increasing address, so that no member counts twice. In a
    /// FaultAttestation quorum for faults 2 and 4 (proved by re-checkable
    /// evidence), the index one past the last member names the job's
    /// poster, who counts as one re-checker.
    struct Quorum {
        uint256[] members;
        bytes[] signatures;
    }

    /// @notice StepReceipts of one step with one parameter hash, each signed
    /// by the member it names. contribRoots[i] is the contribution root the
    /// i-th signer's receipt carries (each member commits to its own).
    struct StepProof {
        uint64 step;
        bytes32 paramsHash;
        bytes32[] contribRoots;
        Quorum quorum;
    }

    /// @notice The fields of a FaultAttestation besides jobId.
    struct Fault {
        address accused;
        uint8 fault;
        uint64 step;
        bytes32 evidenceHash;
    }

    /// @notice Governed parameters. Units: basis points (1/10000) and seconds.
    struct Params {
        address treasury; // receives fees and the non-reporter share of slashes
        uint16 feeBps; // protocol fee on payouts, 0..MAX_FEE_BPS
        uint16 equivocationSlashBps; // share of stake slashed for equivocation, 1..BPS
        uint16 faultSlashBps; // share of stake slashed for an attested fault, 1..BPS
        uint16 reporterRewardBps; // reporter's share of a slash, 0..BPS
        uint16 quorumBps; // share of groupSize that makes a quorum, >BPS/2..BPS
        uint32 challengeWindow; // seconds from settle to release, 1..MAX_WINDOW
        uint32 claimWindow; // seconds after the settle deadline for claims, 1..MAX_WINDOW
        uint32 unbondingDelay; // seconds from unbond to withdrawStake, challengeWindow..MAX_WINDOW
    }

    // ------------------------------------------------------------------
    // State

    /// @notice The stablecoin of escrow, stake and payouts.
    IERC20 public immutable token;
    /// @notice The only account that may change parameters.
    address public governance;
    /// @notice The account governance is being handed to (two-step transfer).
    address public pendingGovernance;
    /// @notice Current parameters.
    Params public params;

    /// @notice Jobs by ID.
    mapping(bytes32 jobId => Job) public jobs;
    /// @notice Credits by job and member.
    mapping(bytes32 jobId => mapping(address member => Credit)) public credits;
    /// @notice Withdrawable amounts (released payouts, refunds, fees, rewards).
    mapping(address account => uint256) public balances;
    /// @notice Stakes by provider.
    mapping(address provider => Stake) public stakes;
    /// @notice Slots already slashed (see slashKey).
    mapping(bytes32 key => bool) public slashed;

    // ------------------------------------------------------------------
    // Events

    event JobEscrowed(
        bytes32 indexed jobId,
        address indexed poster,
        uint64 nonce,
        uint32 groupSize,
        uint64 steps,
        uint256 budget,
        uint40 settleDeadline
    );
    event AwardBound(bytes32 indexed jobId, bytes32 awardHash);
    event JobSettled(bytes32 indexed jobId, uint256 total, uint40 releaseAt);
    event Credited(bytes32 indexed jobId, address indexed member, uint256 amount);
    event CreditCorrected(
        bytes32 indexed jobId, address indexed member, address indexed challenger, uint256 oldAmount, uint256 newAmount
    );
    event Released(address indexed account, uint256 amount, uint256 fee);
    event Refunded(bytes32 indexed jobId, address indexed poster, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event Staked(address indexed provider, uint256 amount);
    event UnbondStarted(address indexed provider, uint256 amount, uint64 unlockAt);
    event StakeWithdrawn(address indexed provider, uint256 amount);
    event Slashed(
        address indexed offender, bytes32 indexed key, uint8 kind, uint256 amount, address indexed reporter, uint256 reward
    );
    event ParamsChanged(Params params);
    event GovernanceTransferStarted(address indexed current, address indexed pending);
    event GovernanceTransferred(address indexed previous, address indexed current);

    // ------------------------------------------------------------------
    // Errors

    error NotGovernance(address caller);
    error NotPendingGovernance(address caller);
    error InvalidParam(string name);
    error ZeroAmount();
    error AmountTooLarge(uint256 amount);
    error UnsupportedToken(uint256 expected, uint256 received);
    error InvalidJob(string reason);
    error JobExists(bytes32 jobId);
    error WrongStatus(bytes32 jobId, Status status);
    error NotPoster(bytes32 jobId, address caller);
    error SettleDeadlinePassed(bytes32 jobId, uint40 deadline);
    error SettleDeadlineNotReached(bytes32 jobId, uint40 deadline);
    error ClaimWindowClosed(bytes32 jobId, uint256 closedAt);
    error ChallengeWindowClosed(bytes32 jobId, uint40 closedAt);
    error ChallengeWindowOpen(bytes32 jobId, uint40 opensAt);
    error RefundTooEarly(bytes32 jobId, uint256 allowedAt);
    error InvalidAward(string reason);
    error AwardMismatch(bytes32 jobId, bytes32 bound, bytes32 given);
    error AwardAlreadyBound(bytes32 jobId);
    error PriceAboveCap(uint256 price, uint256 cap);
    error LengthMismatch(uint256 want, uint256 got);
    error StepOutOfRange(uint256 step, uint256 max);
    error TooManySteps(uint256 sum, uint256 max);
    error NotAWinner(uint256 index);
    error NotAMember(address account);
    error BadMemberIndex(uint256 index);
    error BadSignature();
    error WrongSigner(address expected, address recovered);
    error UnsortedSigners();
    error QuorumNotReached(uint256 have, uint256 need);
    error MemberDidNotSign(address member);
    error NotUnderpaid(uint256 credited, uint256 due);
    error NotOverpaid(uint256 credited, uint256 cap);
    error NothingToClaim(uint256 credited, uint256 due);
    error EscrowExhausted(bytes32 jobId);
    error NothingToRelease(address account);
    error InsufficientBalance(uint256 have, uint256 want);
    error InsufficientStake(uint256 have, uint256 want);
    error StakeLocked(uint64 unlockAt);
    error NothingToWithdraw();
    error UnknownEvidenceKind(uint8 kind);
    error BadEvidenceLength(uint256 want, uint256 got);
    error BadEvidenceEncoding();
    error NotSameSlot();
    error NotEquivocation();
    error UnsupportedFault(uint8 fault);
    error AlreadySlashed(bytes32 key);
    error NothingToSlash(address offender);

    // ------------------------------------------------------------------
    // Construction and governance

    constructor(IERC20 token_, address governance_, Params memory params_) EIP712("trainmesh", "1") {
        if (address(token_) == address(0)) revert InvalidParam("token");
        if (governance_ == address(0)) revert InvalidParam("governance");
        _validate(params_);
        token = token_;
        governance = governance_;
        params = params_;
        emit GovernanceTransferred(address(0), governance_);
        emit ParamsChanged(params_);
    }

    modifier onlyGovernance() {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        _;
    }

    /// @notice Replaces the parameters. Fees apply to jobs deposited later,
    /// windows to settlements and unbonds started later; slash fractions and
    /// the quorum at once.
    function setParams(Params calldata p) external onlyGovernance nonReentrant {
        _validate(p);
        params = p;
        emit ParamsChanged(p);
    }

    /// @notice Starts handing governance to `next`, who must accept.
    function transferGovernance(address next) external onlyGovernance nonReentrant {
        pendingGovernance = next;
        emit GovernanceTransferStarted(governance, next);
    }

    /// @notice Completes a governance transfer.
    function acceptGovernance() external nonReentrant {
        if (msg.sender != pendingGovernance || msg.sender == address(0)) revert NotPendingGovernance(msg.sender);
        emit GovernanceTransferred(governance, msg.sender);
        governance = msg.sender;
        pendingGovernance = address(0);
    }

    function _validate(Params memory p) private pure {
        if (p.treasury == address(0)) revert InvalidParam("treasury");
        if (p.feeBps > MAX_FEE_BPS) revert InvalidParam("feeBps");
        if (p.equivocationSlashBps == 0 || p.equivocationSlashBps > BPS) revert InvalidParam("equivocationSlashBps");
        if (p.faultSlashBps == 0 || p.faultSlashBps > BPS) revert InvalidParam("faultSlashBps");
        if (p.reporterRewardBps > BPS) revert InvalidParam("reporterRewardBps");
        // More than half: two disjoint quorums cannot both exist.
        if (p.quorumBps <= BPS / 2 || p.quorumBps > BPS) revert InvalidParam("quorumBps");
        if (p.challengeWindow == 0 || p.challengeWindow > MAX_WINDOW) revert InvalidParam("challengeWindow");
        if (p.claimWindow == 0 || p.claimWindow > MAX_WINDOW) revert InvalidParam("claimWindow");
        // Stake must outlive the window in which a fault can still surface.
        if (p.unbondingDelay < p.challengeWindow || p.unbondingDelay > MAX_WINDOW) {
            revert InvalidParam("unbondingDelay");
        }
    }

    // ------------------------------------------------------------------
    // Escrow

    /// @notice Escrows `budget` for the caller's job `nonce` and returns its
    /// ID. The caller must have approved the budget. Members are paid
    /// their own price per step x steps completed, and no price may exceed
    /// budget / (groupSize x steps), so the credits fit the budget.
    function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint256 budget, uint40 settleDeadline)
        external
        nonReentrant
        returns (bytes32 jobId)
    {
        if (groupSize == 0 || groupSize > MAX_GROUP_SIZE) revert InvalidJob("groupSize");
        if (steps == 0) revert InvalidJob("steps");
        if (budget == 0) revert ZeroAmount();
        if (budget > type(uint128).max) revert AmountTooLarge(budget);
        if (settleDeadline <= block.timestamp) revert InvalidJob("settleDeadline");
        jobId = jobIdOf(msg.sender, nonce);
        Job storage job = jobs[jobId];
        if (job.status != Status.None) revert JobExists(jobId);
        job.poster = msg.sender;
        job.groupSize = groupSize;
        job.steps = steps;
        job.budget = uint128(budget);
        job.settleDeadline = settleDeadline;
        job.feeBps = params.feeBps;
        job.status = Status.Open;
        emit JobEscrowed(jobId, msg.sender, nonce, groupSize, steps, budget, settleDeadline);
        _pullIn(msg.sender, budget);
    }

    /// @notice Pins the poster-signed award of an open job. Members call it
    /// (or check that it was called) before they train, so that the poster
    /// cannot settle under another award.
    function registerAward(bytes32 jobId, Award calldata award, bytes calldata posterSig) external nonReentrant {
        Job storage job = _openJob(jobId);
        if (job.awardHash != 0) revert AwardAlreadyBound(jobId);
        _bindAward(jobId, job, award, posterSig, true);
    }

    // ------------------------------------------------------------------
    // Settlement

    /// @notice Settles a batch of the caller's jobs: credits each member
    /// its own price x steps[i]. Credits are releasable after the challenge
    /// window. Each job settles once, before its settle deadline.
    function settle(JobPayout[] calldata batch) external nonReentrant {
        uint40 releaseAt = uint40(block.timestamp + params.challengeWindow);
        for (uint256 i; i < batch.length; ++i) {
            _settleOne(batch[i], releaseAt);
        }
    }

    function _settleOne(JobPayout calldata p, uint40 releaseAt) private {
        Job storage job = _openJob(p.jobId);
        if (msg.sender != job.poster) revert NotPoster(p.jobId, msg.sender);
        if (block.timestamp >= job.settleDeadline) revert SettleDeadlinePassed(p.jobId, job.settleDeadline);
        _bindAward(p.jobId, job, p.award, "", false);
        uint256 nWinners = p.award.winners.length;
        uint256 n = nWinners + p.award.standbys.length;
        if (p.steps.length != n) revert LengthMismatch(n, p.steps.length);
        uint256 maxSteps = job.steps;
        uint256 sum;
        uint256 total;
        for (uint256 i; i < n; ++i) {
            uint256 s = p.steps[i];
            if (s == 0) continue;
            if (s > maxSteps) revert StepOutOfRange(s, maxSteps);
            sum += s;
            address member = i < nWinners ? p.award.winners[i] : p.award.standbys[i - nWinners];
            uint256 amount = s * p.award.prices[i];
            total += amount;
            // += rather than =: an award listing one address twice still
            // keeps credits equal to job.credited.
            credits[p.jobId][member].amount += uint128(amount);
            emit Credited(p.jobId, member, amount);
        }
        // At most groupSize members train at any step. With every price
        // under the cap checked when the award was bound, total <= budget.
        uint256 maxSum = uint256(job.groupSize) * maxSteps;
        if (sum > maxSum) revert TooManySteps(sum, maxSum);
        job.credited = uint128(total);
        job.releaseAt = releaseAt;
        job.status = Status.Settled;
        emit JobSettled(p.jobId, total, releaseAt);
    }

    /// @notice Raises a winner's credit during the challenge window: a quorum
    /// of the group (the winner among them) signed StepReceipts for step
    /// proof.step with one parameter hash, so the winner completed
    /// proof.step steps. Anyone may submit it.
    function challengeSteps(bytes32 jobId, Award calldata award, uint256 winner, StepProof calldata proof)
        external
        nonReentrant
    {
        Job storage job = _settledInWindow(jobId);
        _matchAward(jobId, job, award);
        address member = _winner(award, winner);
        _checkStepProof(jobId, job, award, member, proof);
        Credit storage c = credits[jobId][member];
        uint256 due = uint256(proof.step) * award.prices[winner];
        uint256 old = c.amount;
        if (due <= old) revert NotUnderpaid(old, due);
        uint256 add = _fitEscrow(jobId, job, due - old);
        c.amount = uint128(old + add);
        job.credited += uint128(add);
        emit CreditCorrected(jobId, member, msg.sender, old, old + add);
    }

    /// @notice Lowers a member's credit during the challenge window: a quorum
    /// of the other members attested that it missed step fault.step (fault
    /// kind 1), or that its work at fault.step was wrong (2) or tampered
    /// with (4), so it is paid for at most fault.step - 1 steps. For faults
    /// 2 and 4 the poster's signature counts as one re-checker. The
    /// difference returns to the escrow.
    function challengeFault(bytes32 jobId, Award calldata award, Fault calldata fault, Quorum calldata quorum)
        external
        nonReentrant
    {
        Job storage job = _settledInWindow(jobId);
        _matchAward(jobId, job, award);
        uint8 f = fault.fault;
        if (f != FAULT_MISSED_STEPS && f != FAULT_WRONG_RESULT && f != FAULT_TAMPERED) revert UnsupportedFault(f);
        _checkFaultQuorum(jobId, job, award, fault, quorum);
        Credit storage c = credits[jobId][fault.accused];
        // step >= 1 checked above; the accused is a member, checked there too.
        uint256 cap = uint256(fault.step - 1) * _priceOf(award, fault.accused);
        uint256 old = c.amount;
        if (old <= cap) revert NotOverpaid(old, cap);
        c.amount = uint128(cap);
        job.credited -= uint128(old - cap);
        emit CreditCorrected(jobId, fault.accused, msg.sender, old, cap);
    }

    /// @notice Pays a winner of a job its poster never settled: after the
    /// settle deadline and within the claim window, with the poster-signed
    /// award and a quorum of StepReceipts for step proof.step. A later claim
    /// with a later step pays the difference. Anyone may submit it; the
    /// winner's balance is credited at once, minus the fee.
    function claim(bytes32 jobId, Award calldata award, bytes calldata posterSig, uint256 winner, StepProof calldata proof)
        external
        nonReentrant
    {
        Job storage job = _openJob(jobId);
        if (block.timestamp < job.settleDeadline) revert SettleDeadlineNotReached(jobId, job.settleDeadline);
        uint256 closesAt = uint256(job.settleDeadline) + params.claimWindow;
        if (block.timestamp >= closesAt) revert ClaimWindowClosed(jobId, closesAt);
        _bindAward(jobId, job, award, posterSig, true);
        address member = _winner(award, winner);
        _checkStepProof(jobId, job, award, member, proof);
        Credit storage c = credits[jobId][member];
        uint256 due = uint256(proof.step) * award.prices[winner];
        uint256 old = c.amount;
        if (due <= old) revert NothingToClaim(old, due);
        uint256 add = _fitEscrow(jobId, job, due - old);
        c.amount = uint128(old + add);
        c.released = true;
        job.credited += uint128(add);
        emit Credited(jobId, member, add);
        _creditReleased(member, add, job.feeBps);
    }

    /// @notice Moves `account`'s credits from the given jobs, whose challenge
    /// windows have passed, into its balance, minus the protocol fee. Anyone
    /// may call it for anyone.
    function release(bytes32[] calldata jobIds, address account) external nonReentrant returns (uint256 gross) {
        uint256 net;
        uint256 fee;
        for (uint256 i; i < jobIds.length; ++i) {
            Job storage job = jobs[jobIds[i]];
            if (job.releaseAt == 0) revert WrongStatus(jobIds[i], job.status);
            if (block.timestamp < job.releaseAt) revert ChallengeWindowOpen(jobIds[i], job.releaseAt);
            Credit storage c = credits[jobIds[i]][account];
            if (c.released || c.amount == 0) continue;
            c.released = true;
            uint256 f = uint256(c.amount) * job.feeBps / BPS;
            gross += c.amount;
            fee += f;
            net += c.amount - f;
        }
        if (gross == 0) revert NothingToRelease(account);
        balances[account] += net;
        if (fee > 0) balances[params.treasury] += fee;
        emit Released(account, net, fee);
    }

    /// @notice Credits the poster with the escrow no member can claim any
    /// more: after the challenge window of a settled job, or after the claim
    /// window of a job never settled. Anyone may call it.
    function refund(bytes32 jobId) external nonReentrant {
        Job storage job = jobs[jobId];
        if (job.status == Status.Settled) {
            if (block.timestamp < job.releaseAt) revert ChallengeWindowOpen(jobId, job.releaseAt);
        } else if (job.status == Status.Open) {
            uint256 allowedAt = uint256(job.settleDeadline) + params.claimWindow;
            if (block.timestamp < allowedAt) revert RefundTooEarly(jobId, allowedAt);
        } else {
            revert WrongStatus(jobId, job.status);
        }
        uint256 amount = uint256(job.budget) - job.credited;
        job.status = Status.Closed;
        if (amount > 0) balances[job.poster] += amount;
        emit Refunded(jobId, job.poster, amount);
    }

    /// @notice Sends `amount` of the caller's balance to the caller.
    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 have = balances[msg.sender];
        if (amount > have) revert InsufficientBalance(have, amount);
        balances[msg.sender] = have - amount;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------
    // Stake

    /// @notice Adds `amount` to the caller's stake. The caller must have
    /// approved it.
    function stake(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Stake storage s = stakes[msg.sender];
        uint256 next = uint256(s.active) + amount;
        if (next > type(uint128).max) revert AmountTooLarge(amount);
        s.active = uint128(next);
        emit Staked(msg.sender, amount);
        _pullIn(msg.sender, amount);
    }

    /// @notice Starts unbonding `amount` of the caller's active stake. It
    /// stays slashable until withdrawn; a new unbond adds to the unbonding
    /// amount and restarts the delay for all of it.
    function unbond(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Stake storage s = stakes[msg.sender];
        if (amount > s.active) revert InsufficientStake(s.active, amount);
        s.active -= uint128(amount);
        s.unbonding += uint128(amount);
        s.unlockAt = uint64(block.timestamp + params.unbondingDelay);
        emit UnbondStarted(msg.sender, amount, s.unlockAt);
    }

    /// @notice Sends the caller's unbonded stake to the caller once the
    /// unbonding delay has passed.
    function withdrawStake() external nonReentrant {
        Stake storage s = stakes[msg.sender];
        uint256 amount = s.unbonding;
        if (amount == 0) revert NothingToWithdraw();
        if (block.timestamp < s.unlockAt) revert StakeLocked(s.unlockAt);
        s.unbonding = 0;
        emit StakeWithdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------
    // Slashing

    /// @notice Slashes the signer of two different messages of one kind for
    /// one slot (PROTOCOL.md): kind 1 BidCommit and 2 BidReveal (slot jobId,
    /// bidder), 3 StepReceipt (slot jobId, member, step). Each message is the
    /// ABI encoding of its fields in type-string order; each signature is 65
    /// bytes r||s||v with v in {27, 28} and low s, by the address in the
    /// message. The caller gets the reporter's share.
    function slashEquivocation(uint8 kind, bytes calldata msgA, bytes calldata sigA, bytes calldata msgB, bytes calldata sigB)
        external
        nonReentrant
        returns (uint256 amount)
    {
        (address signer, bytes32 key) = _verifyEquivocation(kind, msgA, sigA, msgB, sigB);
        amount = _slash(signer, key, kind, params.equivocationSlashBps);
    }

    /// @notice Slashes a member of a job's group that a quorum of the other
    /// members attested a fault against (one FaultAttestation, each signer
    /// signing the same fields). For faults 2 (wrong result) and 4
    /// (tampered), proved by evidence any re-checker recomputes, the
    /// poster's signature counts as one re-checker, so a group of two can
    /// convict. The award is the bound one or, if none is bound yet, one the
    /// poster signed. A member is slashed for faults at most once per job.
    function slashFault(
        bytes32 jobId,
        Award calldata award,
        bytes calldata posterSig,
        Fault calldata fault,
        Quorum calldata quorum
    ) external nonReentrant returns (uint256 amount) {
        Job storage job = jobs[jobId];
        if (job.status == Status.None) revert WrongStatus(jobId, Status.None);
        if (fault.fault < FAULT_MISSED_STEPS || fault.fault > FAULT_TAMPERED) revert UnsupportedFault(fault.fault);
        if (job.awardHash != 0) {
            _matchAward(jobId, job, award);
        } else if (job.status == Status.Open) {
            _bindAward(jobId, job, award, posterSig, true);
        } else {
            // Closed without ever binding an award: check the poster's
            // signature, nothing is left to pin.
            _expectSigner(_hashTypedDataV4(hashAward(jobId, job.poster, award)), posterSig, job.poster);
        }
        _checkFaultQuorum(jobId, job, award, fault, quorum);
        amount = _slash(fault.accused, slashKey(KIND_FAULT, jobId, fault.accused, 0), KIND_FAULT, params.faultSlashBps);
    }

    function _slash(address offender, bytes32 key, uint8 kind, uint256 bps) private returns (uint256 amount) {
        if (slashed[key]) revert AlreadySlashed(key);
        Stake storage s = stakes[offender];
        amount = (uint256(s.active) + s.unbonding) * bps / BPS;
        if (amount == 0) revert NothingToSlash(offender);
        slashed[key] = true;
        uint256 fromActive = amount <= s.active ? amount : s.active;
        s.active -= uint128(fromActive);
        s.unbonding -= uint128(amount - fromActive);
        uint256 reward = amount * params.reporterRewardBps / BPS;
        if (reward > 0) balances[msg.sender] += reward;
        if (amount > reward) balances[params.treasury] += amount - reward;
        emit Slashed(offender, key, kind, amount, msg.sender, reward);
    }

    // ------------------------------------------------------------------
    // Views

    /// @notice keccak256(abi.encode(poster, nonce)) (PROTOCOL.md).
    function jobIdOf(address poster, uint64 nonce) public pure returns (bytes32) {
        return keccak256(abi.encode(poster, nonce));
    }

    /// @notice The key under which a slash is recorded: kinds 1 and 2 per
    /// (jobId, signer), kind 3 per (jobId, member, step), kind 4 (fault)
    /// per (jobId, accused).
    function slashKey(uint8 kind, bytes32 jobId, address who, uint256 step) public pure returns (bytes32) {
        return keccak256(abi.encode(kind, jobId, who, step));
    }

    /// @notice The EIP-712 domain separator (PROTOCOL.md: name "trainmesh",
    /// version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @notice The EIP-712 struct hash of a job's Award.
    function hashAward(bytes32 jobId, address poster, Award calldata award) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                AWARD_TYPEHASH,
                jobId,
                poster,
                keccak256(abi.encodePacked(award.winners)),
                keccak256(abi.encodePacked(award.standbys)),
                keccak256(abi.encodePacked(award.prices))
            )
        );
    }

    /// @notice How many signers make a quorum in a group of groupSize.
    function quorumOf(uint256 groupSize) public view returns (uint256) {
        uint256 q = (groupSize * params.quorumBps + BPS - 1) / BPS;
        return q == 0 ? 1 : q;
    }

    /// @notice The total of a provider's stake, active and unbonding.
    function stakeOf(address provider) external view returns (uint256) {
        Stake storage s = stakes[provider];
        return uint256(s.active) + s.unbonding;
    }

    // ------------------------------------------------------------------
    // Internals

    function _openJob(bytes32 jobId) private view returns (Job storage job) {
        job = jobs[jobId];
        if (job.status != Status.Open) revert WrongStatus(jobId, job.status);
    }

    function _settledInWindow(bytes32 jobId) private view returns (Job storage job) {
        job = jobs[jobId];
        if (job.status != Status.Settled) revert WrongStatus(jobId, job.status);
        if (block.timestamp >= job.releaseAt) revert ChallengeWindowClosed(jobId, job.releaseAt);
    }

    /// Binds award to an open job that has none, checking the poster's
    /// signature when withSig; if one is bound, award must be it.
    function _bindAward(bytes32 jobId, Job storage job, Award calldata award, bytes memory posterSig, bool withSig)
        private
    {
        bytes32 h = hashAward(jobId, job.poster, award);
        if (job.awardHash != 0) {
            if (h != job.awardHash) revert AwardMismatch(jobId, job.awardHash, h);
            return;
        }
        if (withSig) _expectSigner(_hashTypedDataV4(h), posterSig, job.poster);
        uint256 nWinners = award.winners.length;
        if (nWinners == 0 || nWinners > job.groupSize) revert InvalidAward("winners");
        if (award.standbys.length > job.groupSize) revert InvalidAward("standbys");
        if (award.prices.length != nWinners + award.standbys.length) revert InvalidAward("prices");
        // PROTOCOL.md: every price <= budget / (groupSize x steps), so at most
        // groupSize members paid per step never exceed the budget.
        uint256 cap = uint256(job.budget) / (uint256(job.groupSize) * job.steps);
        for (uint256 i; i < award.prices.length; ++i) {
            if (award.prices[i] > cap) revert PriceAboveCap(award.prices[i], cap);
        }
        job.awardHash = h;
        emit AwardBound(jobId, h);
    }

    function _matchAward(bytes32 jobId, Job storage job, Award calldata award) private view {
        bytes32 h = hashAward(jobId, job.poster, award);
        if (h != job.awardHash) revert AwardMismatch(jobId, job.awardHash, h);
    }

    function _winner(Award calldata award, uint256 index) private pure returns (address) {
        if (index >= award.winners.length) revert NotAWinner(index);
        return award.winners[index];
    }

    function _member(Award calldata award, uint256 index) private pure returns (address) {
        uint256 nWinners = award.winners.length;
        if (index < nWinners) return award.winners[index];
        if (index - nWinners >= award.standbys.length) revert BadMemberIndex(index);
        return award.standbys[index - nWinners];
    }

    /// Checks that a quorum of members, `member` among them, signed
    /// StepReceipt(jobId, signer, proof.step, proof.paramsHash,
    /// proof.contribRoots[i]).
    function _checkStepProof(
        bytes32 jobId,
        Job storage job,
        Award calldata award,
        address member,
        StepProof calldata proof
    ) private view {
        if (proof.step == 0 || proof.step > job.steps) revert StepOutOfRange(proof.step, job.steps);
        Quorum calldata q = proof.quorum;
        uint256 n = q.members.length;
        if (q.signatures.length != n) revert LengthMismatch(n, q.signatures.length);
        if (proof.contribRoots.length != n) revert LengthMismatch(n, proof.contribRoots.length);
        bool sawMember;
        address prev;
        for (uint256 i; i < n; ++i) {
            address signer = _member(award, q.members[i]);
            if (signer <= prev) revert UnsortedSigners();
            prev = signer;
            bytes32 structHash = keccak256(
                abi.encode(STEP_RECEIPT_TYPEHASH, jobId, signer, proof.step, proof.paramsHash, proof.contribRoots[i])
            );
            _expectSigner(_hashTypedDataV4(structHash), q.signatures[i], signer);
            if (signer == member) sawMember = true;
        }
        if (!sawMember) revert MemberDidNotSign(member);
        uint256 need = quorumOf(job.groupSize);
        if (n < need) revert QuorumNotReached(n, need);
    }

    /// Checks that a quorum of members other than the accused signed the
    /// FaultAttestation, and that the accused is a member. For faults 2 and
    /// 4 the poster (index members.length) may be one of the signers.
    function _checkFaultQuorum(
        bytes32 jobId,
        Job storage job,
        Award calldata award,
        Fault calldata fault,
        Quorum calldata q
    ) private view {
        if (fault.step == 0 || fault.step > job.steps) revert StepOutOfRange(fault.step, job.steps);
        if (!_isMember(award, fault.accused)) revert NotAMember(fault.accused);
        uint256 n = q.members.length;
        if (q.signatures.length != n) revert LengthMismatch(n, q.signatures.length);
        bytes32 digest = _hashTypedDataV4(
            keccak256(
                abi.encode(
                    FAULT_ATTESTATION_TYPEHASH, jobId, fault.accused, fault.fault, fault.step, fault.evidenceHash
                )
            )
        );
        // Evidence of faults 2 and 4 is re-checked by recomputation, which
        // the poster can do as well as any member.
        bool posterCounts = fault.fault == FAULT_WRONG_RESULT || fault.fault == FAULT_TAMPERED;
        uint256 posterIndex = award.winners.length + award.standbys.length;
        address prev;
        for (uint256 i; i < n; ++i) {
            address signer = posterCounts && q.members[i] == posterIndex ? job.poster : _member(award, q.members[i]);
            if (signer <= prev) revert UnsortedSigners();
            prev = signer;
            if (signer == fault.accused) revert NotAMember(signer); // the accused does not count
            _expectSigner(digest, q.signatures[i], signer);
        }
        uint256 need = quorumOf(job.groupSize);
        if (n < need) revert QuorumNotReached(n, need);
    }

    /// The price per step of member `who`: the highest of its entries, should
    /// a poster have listed it twice (a correction caps a credit at this
    /// price x steps, so never below what one entry paid).
    function _priceOf(Award calldata award, address who) private pure returns (uint256 price) {
        uint256 nWinners = award.winners.length;
        uint256 n = nWinners + award.standbys.length;
        for (uint256 i; i < n; ++i) {
            address a = i < nWinners ? award.winners[i] : award.standbys[i - nWinners];
            if (a == who && award.prices[i] > price) price = award.prices[i];
        }
    }

    function _isMember(Award calldata award, address who) private pure returns (bool) {
        for (uint256 i; i < award.winners.length; ++i) {
            if (award.winners[i] == who) return true;
        }
        for (uint256 i; i < award.standbys.length; ++i) {
            if (award.standbys[i] == who) return true;
        }
        return false;
    }

    /// Caps a credit increase at the escrow left; reverts if none is left.
    function _fitEscrow(bytes32 jobId, Job storage job, uint256 want) private view returns (uint256) {
        uint256 room = uint256(job.budget) - job.credited;
        if (room == 0) revert EscrowExhausted(jobId);
        return want < room ? want : room;
    }

    function _creditReleased(address account, uint256 gross, uint16 feeBps) private {
        uint256 fee = gross * feeBps / BPS;
        balances[account] += gross - fee;
        if (fee > 0) balances[params.treasury] += fee;
        emit Released(account, gross - fee, fee);
    }

    function _expectSigner(bytes32 digest, bytes memory sig, address expected) private pure {
        // OpenZeppelin's tryRecover rejects high s and v outside {27, 28}.
        (address got, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig);
        if (err != ECDSA.RecoverError.NoError) revert BadSignature();
        if (got != expected) revert WrongSigner(expected, got);
    }

    /// Checks an equivocation pair and returns its signer and slash key.
    function _verifyEquivocation(
        uint8 kind,
        bytes calldata msgA,
        bytes calldata sigA,
        bytes calldata msgB,
        bytes calldata sigB
    ) private view returns (address signer, bytes32 key) {
        bytes32 hashA = _evidenceHash(kind, msgA);
        bytes32 hashB = _evidenceHash(kind, msgB);
        (signer, key) = _evidenceSlot(kind, msgA);
        (, bytes32 keyB) = _evidenceSlot(kind, msgB);
        if (key != keyB) revert NotSameSlot();
        if (hashA == hashB) revert NotEquivocation();
        _expectSigner(_hashTypedDataV4(hashA), sigA, signer);
        _expectSigner(_hashTypedDataV4(hashB), sigB, signer);
    }

    /// The EIP-712 struct hash of an evidence message, after checking its
    /// length and encoding. All fields are static, so abi.encode(typeHash,
    /// fields...) is the type hash followed by the message bytes.
    function _evidenceHash(uint8 kind, bytes calldata m) private pure returns (bytes32) {
        (bytes32 typeHash, uint256 words) = _evidenceType(kind);
        if (m.length != words * 32) revert BadEvidenceLength(words * 32, m.length);
        _checkEncoding(kind, m);
        return keccak256(abi.encodePacked(typeHash, m));
    }

    /// The signer named in an evidence message (word 1) and the slash key of
    /// its slot: word 0 is the jobId, word 2 the step of a StepReceipt.
    function _evidenceSlot(uint8 kind, bytes calldata m) private pure returns (address signer, bytes32 key) {
        signer = address(uint160(uint256(bytes32(m[32:64]))));
        uint256 step = kind == KIND_STEP_RECEIPT ? uint256(bytes32(m[64:96])) : 0;
        key = slashKey(kind, bytes32(m[0:32]), signer, step);
    }

    function _evidenceType(uint8 kind) private pure returns (bytes32 typeHash, uint256 words) {
        if (kind == KIND_BID_COMMIT) return (BID_COMMIT_TYPEHASH, 3);
        if (kind == KIND_BID_REVEAL) return (BID_REVEAL_TYPEHASH, 8);
        if (kind == KIND_STEP_RECEIPT) return (STEP_RECEIPT_TYPEHASH, 5);
        revert UnknownEvidenceKind(kind);
    }

    /// Rejects non-canonical ABI words: an address or a small integer with
    /// high bits set would hash differently from what its signer signed.
    function _checkEncoding(uint8 kind, bytes calldata m) private pure {
        if (uint256(bytes32(m[32:64])) >> 160 != 0) revert BadEvidenceEncoding(); // address
        if (kind == KIND_BID_REVEAL) {
            if (uint256(bytes32(m[96:128])) >> 64 != 0) revert BadEvidenceEncoding(); // throughput uint64
            if (uint256(bytes32(m[128:160])) >> 64 != 0) revert BadEvidenceEncoding(); // vramBytes uint64
            if (uint256(bytes32(m[160:192])) >> 32 != 0) revert BadEvidenceEncoding(); // latencyMs uint32
        } else if (kind == KIND_STEP_RECEIPT) {
            if (uint256(bytes32(m[64:96])) >> 64 != 0) revert BadEvidenceEncoding(); // step uint64
        }
    }

    /// Takes `amount` from `from`; rejects tokens that deliver less than asked
    /// (fee-on-transfer), which would break the accounting.
    function _pullIn(address from, uint256 amount) private {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(from, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != amount) revert UnsupportedToken(amount, received);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Evaluations} from "./Evaluations.sol";
import {Tallies} from "./Tallies.sol";

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
///     over jobs) with each member's completed steps. The contract computes
///     the job's payout table (member i is owed its own price x steps[i];
///     then an entry per member paid audits, price x audits[i], which no
///     correction touches; then the data holders the job's data pool pays
///     for chunks members signed for, PROTOCOL.md "Paid data")
///     and stores one commitment per job: the Merkle root of that table
///     (payoutRoot), emitting the table in JobSettled. No storage per member:
///     that is what makes a payout cost a fraction of a token transfer.
///  4. During the challenge window anyone may correct the table with
///     signatures of the group, giving the entry and its Merkle proof:
///     `challengeSteps` (a quorum of StepReceipts shows a winner reached a
///     later step than credited) raises an entry; `challengeFault` (a quorum
///     of FaultAttestations shows a member missed a step, computed a wrong
///     result or tampered with the all-reduce) lowers one. The contract
///     replaces the entry and stores the new root.
///  5. If the poster never settles, winners `claim` after the settle deadline
///     with the poster-signed Award and a quorum of StepReceipts; claims are
///     verified in full, so they are paid at once. Verifiers' audits and
///     data holders' chunks are paid from the winners' signed views
///     (`tallies`, created here: Tallies.sol), at once too.
///  6. After the window, `release` takes members' entries with their proofs
///     as calldata, marks each released in the job's bitmap and moves the
///     amounts into balances, minus the protocol fee (snapshotted at deposit;
///     the treasury is credited the fees of a whole table when it is
///     settled, so a release writes no treasury balance); owners `withdraw`
///     (pull payments). `refund` returns unspent escrow to the poster once
///     nothing can claim it. A job may name an evaluation (`evaluations`,
///     created here): if its held-out score failed the poster's threshold,
///     release pays the conditional share of each entry to the poster.
///
/// Providers `stake`; stake leaves only through `unbond` and, after the
/// unbonding delay, `withdrawStake`, and stays slashable while unbonding.
/// Stakers earn the protocol's fees (no inflation): each settled batch's
/// fees join a stream that drips to the active stake over one unbonding
/// delay (see _drip), pro rata to stake and time staked, through a
/// reward-per-share accumulator updated once per fee-paying call, never per
/// staker; each staker's share is checkpointed when its active stake
/// changes (stake, unbond, slash) and pulled with `claimRewards` into its
/// balance. Stake that is unbonding earns nothing; what drips while no
/// stake is active goes to the treasury; rounding dust stays in
/// feePool.owed. A staker joining after a settlement earns only what drips
/// after it joined, so staking just before a settlement and unbonding just
/// after earns almost nothing.
/// `slashEquivocation` takes two different EIP-712 messages one key signed for
/// one slot; `slashFault` takes a FaultAttestation signed by a quorum of the
/// award's members. A share of what is taken goes to the reporter, the rest
/// to the treasury. Each slot is slashed at most once.
///
/// Penalties are proportionate to the harm. A member that goes offline
/// mid-job (fault 1, missed steps) loses the pay for the steps it did not do
/// (settlement and challengeFault) and forfeits a bond: bondBps of its value
/// in the job (its price x the job's steps), taken from its stake, never more
/// than that whatever the stake. A home node whose router reboots loses a
/// bounded, predictable amount tied to what it stood to earn; a free-rider
/// (wins, then does nothing) earns nothing and still loses the bond. Shares
/// of the whole stake are slashed only for what cannot happen by accident:
/// equivocation (two signed messages for one slot) and proven wrong results
/// or tampering (faults 2 and up).
///
/// Invariant: token.balanceOf(this) == escrow of open and settled jobs (what
/// no member is owed yet) + unreleased entries of payout tables (net of the
/// fee) + claimed-but-unpaid nothing (claims pay at once) + balances +
/// stakes + feePool.streaming + feePool.owed + data pools, i.e. tokens in = tokens out +
/// tokens held. Every external function that changes state is
/// nonReentrant and follows checks-effects-interactions.
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
    /// @notice A job's payoutRoot before settlement: the commitment of a table
    /// with no entries. It is nonzero so that deposit creates the slot and
    /// settle overwrites it (5,000 gas rather than 22,100 for a new slot);
    /// no entry's leaf hashes to it (it is not keccak256 of 96 bytes).
    bytes32 internal constant EMPTY_TABLE = keccak256("trainmesh.payouts.empty");
    /// @notice Fixed-point scale of FeePool.perShare: 1e24 keeps what a drip
    /// loses to rounding below a unit for any stake under 1e24 units.
    uint256 internal constant REWARD_SCALE = 1e24;
    /// @notice Members whose released flags live in the job's record; members
    /// at higher indices use releasedHigh (one more slot per 256 of them).
    uint256 private constant PACKED_RELEASED = 64;

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
    /// Settled: the poster settled; challenges until the release time.
    /// Closed: unspent escrow refunded; entries may still be released.
    enum Status {
        None,
        Open,
        Settled,
        Closed
    }

    /// @notice One escrowed job, in four storage slots, every one written at
    /// deposit or when the award is bound, so that settle and release only
    /// overwrite: (poster, groupSize, steps), payoutRoot, (escrow, audits,
    /// deadline, feeBps, status, released), awardHash. Amounts fit 96 bits (the budget
    /// is checked at deposit), which lets the table pack an entry in 32
    /// bytes.
    struct Job {
        address poster;
        uint32 groupSize;
        uint64 steps;
        // Merkle root of the payout table (see leafOf): EMPTY_TABLE until
        // settled; challenges replace entries and so the root.
        bytes32 payoutRoot;
        // Tokens held for the job that no member is owed yet: the budget at
        // deposit, less claims and the settled table's total, plus what
        // challengeFault takes back; refunded to the poster at the end.
        // Never above the budget, which is below 2^96.
        uint96 escrow;
        // The verification bound: the most audits the settlement may pay,
        // each at its verifier's price per step (deposit's `audits`).
        uint32 audits;
        // Open: the settle deadline. Settled or Closed after a settlement:
        // the release time (end of the challenge window). Unix seconds.
        uint40 deadline;
        uint16 feeBps; // protocol fee snapshotted at deposit
        Status status;
        // Bit i: table entry i has been released (i < PACKED_RELEASED).
        uint64 released;
        bytes32 awardHash; // EIP-712 struct hash of the bound award; 0 if none
    }

    /// @notice One entry of a job's payout table and its Merkle proof: member
    /// index (winners then standbys) in the award, gross amount owed.
    struct Entry {
        bytes32 jobId;
        uint256 index;
        uint256 amount;
        bytes32[] proof;
    }

    /// @notice A provider's stake and its share of the fees.
    struct Stake {
        uint128 active; // earns fees; slashed first
        uint128 unbonding; // earns nothing; slashable until withdrawn
        uint64 unlockAt;
        // Fees earned up to the last checkpoint, not yet claimed.
        uint128 rewards;
        // feePool.perShare at the last checkpoint.
        uint256 perSharePaid;
    }

    /// @notice The stakers' fees. A fee joins `streaming`, which drips to
    /// the active stake linearly until `end` (restarted at one unbonding
    /// delay from the latest fee): each drip adds drip x REWARD_SCALE /
    /// earning to perShare and the drip to owed. Three slots, updated once
    /// per fee-paying call whatever the number of stakers.
    struct FeePool {
        uint128 earning; // the sum of active stakes
        uint40 last; // when the stream last dripped
        uint40 end; // when the stream runs dry
        uint128 streaming; // fees not dripped yet
        // Dripped to stakers and not claimed: their rewards plus the
        // rounding dust (each checkpoint rounds down), which stays here.
        uint128 owed;
        uint256 perShare; // fees per unit of active stake, x REWARD_SCALE
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

    /// @notice One job of a settlement batch: the award, each member's
    /// completed steps and each member's paid audits (its verification
    /// work: empty when none is paid), in member order, and the data
    /// holders paid from the job's data pool, each as its table entry
    /// (the holder's address, then what it is paid as a uint96). The
    /// table: member i is owed its price x steps[i] (entry i); then, for
    /// each member with audits, its price x audits[i] in an entry of its
    /// own (so that a correction of its steps leaves its audit pay as it
    /// was); then the holders' entries.
    struct JobPayout {
        bytes32 jobId;
        Award award;
        uint64[] steps;
        uint64[] audits;
        bytes32[] holders;
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
        uint16 bondBps; // share of a member's job value forfeited for missed steps, 0..BPS
        uint16 quorumBps; // share of groupSize that makes a quorum, >BPS/2..BPS
        uint32 challengeWindow; // seconds from settle to release, 1..MAX_WINDOW
        uint32 claimWindow; // seconds after the settle deadline for claims, 1..MAX_WINDOW
        uint32 unbondingDelay; // seconds from unbond to withdrawStake, challengeWindow..MAX_WINDOW
    }

    // ------------------------------------------------------------------
    // State

    /// @notice The stablecoin of escrow, stake and payouts.
    IERC20 public immutable token;
    /// @notice The block this contract was deployed in: clients scan its
    /// events (payout tables) from here, not from block 0.
    uint256 public immutable deployBlock;
    /// @notice Independent evaluations of jobs' models (Evaluations.sol),
    /// created with this contract: its own code, outside this one's EIP-170
    /// limit; release asks it what share a failed evaluation withholds.
    Evaluations public immutable evaluations;
    /// @notice Jobs whose poster opened an evaluation (Evaluations.open
    /// marks them): only their releases ask the evaluations contract, so
    /// that every other release costs one storage read more, not a call.
    mapping(bytes32 jobId => bool) public evaluated;
    /// @notice The claim path's audit and data pay (Tallies.sol), created
    /// with this contract: it checks the winners' signed views and asks
    /// `payTally` to pay what they prove.
    Tallies public immutable tallies;
    /// @notice The only account that may change parameters.
    address public governance;
    /// @notice The account governance is being handed to (two-step transfer).
    address public pendingGovernance;
    /// @notice Current parameters.
    Params public params;

    /// @notice Jobs by ID.
    mapping(bytes32 jobId => Job) public jobs;
    /// @notice What claims paid each winner of a job never settled (gross).
    mapping(bytes32 jobId => mapping(address member => uint256)) public claimed;
    /// @notice Released flags of table entries at index PACKED_RELEASED and
    /// up, 256 to a word (see Job.released for the others).
    mapping(bytes32 jobId => mapping(uint256 word => uint256 bits)) private releasedHigh;
    /// @notice Withdrawable amounts (released payouts, refunds, fees, rewards).
    mapping(address account => uint256) public balances;
    /// @notice Stakes by provider.
    mapping(address provider => Stake) public stakes;
    /// @notice The stakers' fee stream and accumulator.
    FeePool public feePool;
    /// @notice Each job's data pool (deposit's `data`): what may still pay
    /// the holders that serve the job's dataset, per chunk a member
    /// received and signed for (PROTOCOL.md, "Paid data"); the rest is
    /// refunded with the escrow.
    mapping(bytes32 jobId => uint256) public dataPool;
    /// @notice Slots already slashed (see slashKey): 0 if not; for a fault
    /// slash (KIND_FAULT) the fault kind (1 to 4), so that a conviction of a
    /// wrong result or tampering (2, 4) can bar the convict's pay; 1 for
    /// an equivocation.
    mapping(bytes32 key => uint8) public slashed;

    // ------------------------------------------------------------------
    // Events

    event JobEscrowed(
        bytes32 indexed jobId,
        address indexed poster,
        uint64 nonce,
        uint32 groupSize,
        uint64 steps,
        uint32 audits,
        uint256 budget,
        uint40 settleDeadline
    );
    event AwardBound(bytes32 indexed jobId, bytes32 awardHash);
    /// The payout table in full, so that members can rebuild it and their
    /// proofs from the chain alone: 32 bytes per entry in member order, the
    /// member's address then its gross amount as a uint96. The total is the
    /// sum of the amounts, the release time the job's (jobs(jobId)): every
    /// word of event data costs each job of a batch.
    event JobSettled(bytes32 indexed jobId, bytes table);
    event Credited(bytes32 indexed jobId, address indexed member, uint256 amount);
    /// A challenge replaced entry `index` of the table; payoutRoot is the new root.
    event CreditCorrected(
        bytes32 indexed jobId,
        address indexed member,
        address indexed challenger,
        uint256 index,
        uint256 oldAmount,
        uint256 newAmount,
        bytes32 payoutRoot
    );
    event Released(address indexed account, uint256 amount, uint256 fee);
    event Refunded(bytes32 indexed jobId, address indexed poster, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event Staked(address indexed provider, uint256 amount);
    event UnbondStarted(address indexed provider, uint256 amount, uint64 unlockAt);
    event StakeWithdrawn(address indexed provider, uint256 amount);
    event RewardsClaimed(address indexed staker, uint256 amount);
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
    error TooManyAudits(uint256 sum, uint256 max);
    error DataPoolExceeded(uint256 sum, uint256 pool);
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
    error AlreadyReleased(bytes32 jobId, uint256 index);
    error NotSettled(bytes32 jobId);
    error BadProof(bytes32 jobId, uint256 index);
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
    error ConvictedOfFault();
    error NothingToSlash(address offender);
    error NotEvaluations(address caller);
    error NotTallies(address caller);

    // ------------------------------------------------------------------
    // Construction and governance

    constructor(IERC20 token_, address governance_, Params memory params_) EIP712("trainmesh", "1") {
        if (address(token_) == address(0)) revert InvalidParam("token");
        if (governance_ == address(0)) revert InvalidParam("governance");
        _validate(params_);
        token = token_;
        deployBlock = block.number;
        governance = governance_;
        params = params_;
        // Nonzero from the start, so that no drip writes the accumulator's
        // slot for the first time (see stake).
        feePool.perShare = 1;
        evaluations = new Evaluations(this, token_);
        tallies = new Tallies(this);
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
        if (p.bondBps > BPS) revert InvalidParam("bondBps");
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
    /// their own price per step x (steps completed + audits paid); the
    /// settlement pays at most `audits` audits in all (the verification
    /// bound) and no price may exceed budget / (groupSize x steps +
    /// audits), so the credits fit the budget. The part of the budget
    /// beyond price x groupSize x steps is the verification share: what
    /// the settlement does not pay of it is refunded with the rest.
    /// `data` is the job's data pool, escrowed besides the budget: the
    /// most the settlement pays the holders that serve the dataset.
    function deposit(
        uint64 nonce,
        uint32 groupSize,
        uint64 steps,
        uint32 audits,
        uint256 budget,
        uint40 settleDeadline,
        uint256 data
    ) external nonReentrant returns (bytes32 jobId) {
        if (groupSize == 0 || groupSize > MAX_GROUP_SIZE) revert InvalidJob("groupSize");
        if (steps == 0) revert InvalidJob("steps");
        if (budget == 0) revert ZeroAmount();
        if (budget > type(uint96).max || data > type(uint96).max) revert AmountTooLarge(budget + data);
        if (settleDeadline <= block.timestamp) revert InvalidJob("settleDeadline");
        jobId = jobIdOf(msg.sender, nonce);
        Job storage job = jobs[jobId];
        if (job.status != Status.None) revert JobExists(jobId);
        job.poster = msg.sender;
        job.groupSize = groupSize;
        job.steps = steps;
        job.payoutRoot = EMPTY_TABLE;
        job.escrow = uint96(budget);
        job.audits = audits;
        job.deadline = settleDeadline;
        job.feeBps = params.feeBps;
        job.status = Status.Open;
        if (data > 0) dataPool[jobId] = data;
        emit JobEscrowed(jobId, msg.sender, nonce, groupSize, steps, audits, budget, settleDeadline);
        _pullIn(msg.sender, budget + data);
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

    /// @notice Settles a batch of the caller's jobs: for each, the payout
    /// table (member i is owed its price x steps[i]) becomes the job's
    /// payoutRoot, releasable after the challenge window. Each job settles
    /// once, before its settle deadline.
    function settle(JobPayout[] calldata batch) external nonReentrant {
        uint40 releaseAt = uint40(block.timestamp + params.challengeWindow);
        uint256 fees;
        for (uint256 i; i < batch.length; ++i) {
            fees += _settleOne(batch[i], releaseAt);
        }
        // The fees of the tables, once per batch (one accumulator update);
        // releases pay members net.
        if (fees > 0) _addFees(fees);
    }

    function _settleOne(JobPayout calldata p, uint40 releaseAt) private returns (uint256 fee) {
        // Nothing this job puts in memory outlives it: hand the memory back
        // at the end, so a batch's memory (whose cost grows with the square
        // of its size) stays that of one job.
        uint256 freeMem;
        assembly ("memory-safe") {
            freeMem := mload(0x40)
        }
        Job storage job = _openJob(p.jobId);
        if (msg.sender != job.poster) revert NotPoster(p.jobId, msg.sender);
        if (block.timestamp >= job.deadline) revert SettleDeadlinePassed(p.jobId, job.deadline);
        _bindAward(p.jobId, job, p.award, "", false);
        uint256 feeBps = job.feeBps;
        (bytes memory table, bytes32 root, uint256 total, uint256 f) = _tableOf(job, p, feeBps);
        // The holders' part comes from the data pool, the rest from the
        // escrow.
        total -= _payData(p);
        // With every price under the cap checked when the award was bound
        // (the escrow was the whole budget then), total <= budget; checking
        // costs nothing and keeps the invariant local.
        uint256 escrow = job.escrow;
        if (total > escrow) revert EscrowExhausted(p.jobId);
        job.payoutRoot = root;
        job.escrow = uint96(escrow - total);
        job.deadline = releaseAt;
        job.status = Status.Settled;
        emit JobSettled(p.jobId, table);
        assembly ("memory-safe") {
            mstore(0x40, freeMem)
        }
        return f;
    }

    /// Takes what a settlement pays data holders out of the job's data pool
    /// and returns it; reverts past the pool.
    function _payData(JobPayout calldata p) private returns (uint256 sum) {
        uint256 n = p.holders.length;
        if (n == 0) return 0;
        for (uint256 i; i < n; ++i) {
            sum += uint96(uint256(p.holders[i]));
        }
        uint256 pool = dataPool[p.jobId];
        if (sum > pool) revert DataPoolExceeded(sum, pool);
        dataPool[p.jobId] = pool - sum;
    }

    /// The payout table of a settlement (see JobPayout) packed as
    /// JobSettled publishes it, its Merkle root, its total and the protocol
    /// fee on its entries (each rounded down, as a release would).
    function _tableOf(Job storage job, JobPayout calldata p, uint256 feeBps)
        private
        view
        returns (bytes memory table, bytes32 root, uint256 total, uint256 fee)
    {
        uint256 n = p.award.winners.length + p.award.standbys.length;
        if (p.steps.length != n) revert LengthMismatch(n, p.steps.length);
        if (p.audits.length != 0 && p.audits.length != n) revert LengthMismatch(n, p.audits.length);
        uint256 maxSteps = job.steps;
        uint256 sum;
        uint64[] calldata steps = p.steps;
        for (uint256 i; i < n; ++i) {
            uint256 s = steps[i];
            if (s > maxSteps) revert StepOutOfRange(s, maxSteps);
            sum += s;
        }
        // At most groupSize members train at any step.
        uint256 maxSum = uint256(job.groupSize) * maxSteps;
        if (sum > maxSum) revert TooManySteps(sum, maxSum);
        // At most the verification bound's audits, so that the table stays
        // within groupSize x steps + audits units at prices under the cap.
        uint64[] calldata audits = p.audits;
        sum = 0;
        // One more entry per member paid audits, one per data holder.
        uint256 m = n + p.holders.length;
        for (uint256 i; i < audits.length; ++i) {
            uint256 a = audits[i];
            sum += a;
            if (a != 0) ++m;
        }
        if (sum > job.audits) revert TooManyAudits(sum, job.audits);
        table = new bytes(32 * m);
        bytes32[] memory level = new bytes32[](m);
        total = _fillTable(table, p);
        for (uint256 i; i < m; ++i) {
            uint256 entry;
            assembly ("memory-safe") {
                entry := mload(add(table, add(32, mul(32, i))))
            }
            uint256 amount = uint96(entry);
            fee += amount * feeBps / BPS;
            level[i] = leafOf(i, address(uint160(entry >> 96)), amount);
        }
        root = _rootOf(level);
    }

    /// Fills table from a settlement (checked: steps, audits, the data
    /// pool); returns the total.
    function _fillTable(bytes memory table, JobPayout calldata p) private pure returns (uint256 total) {
        // Calldata slices decoded once: each p.award.x[i] would decode the
        // nested offsets again, per member.
        address[] calldata winners = p.award.winners;
        uint64[] calldata steps = p.steps;
        uint64[] calldata audits = p.audits;
        uint256[] calldata prices = p.award.prices;
        uint256 n = steps.length;
        uint256 k = n; // the next entry after the members'
        for (uint256 i; i < n; ++i) {
            address member = i < winners.length ? winners[i] : p.award.standbys[i - winners.length];
            // < 2^96: price <= budget / (groupSize x steps + audits) and
            // steps + audits <= that sum, budget < 2^96.
            uint256 amount = steps[i] * prices[i];
            total += amount;
            assembly ("memory-safe") {
                mstore(add(table, add(32, mul(32, i))), or(shl(96, member), amount))
            }
            if (audits.length != 0 && audits[i] != 0) {
                amount = audits[i] * prices[i];
                total += amount;
                uint256 pos = k++;
                assembly ("memory-safe") {
                    mstore(add(table, add(32, mul(32, pos))), or(shl(96, member), amount))
                }
            }
        }
        // Holders' entries as given (the pool bounds their sum: _payData).
        bytes32[] calldata holders = p.holders;
        for (uint256 i; i < holders.length; ++i) {
            bytes32 e = holders[i];
            total += uint96(uint256(e));
            uint256 pos = k++;
            assembly ("memory-safe") {
                mstore(add(table, add(32, mul(32, pos))), e)
            }
        }
    }

    /// @notice Raises a winner's entry during the challenge window: a quorum
    /// of the group (the winner among them) signed StepReceipts for step
    /// proof.step with one parameter hash, so the winner completed
    /// proof.step steps. `entry` is the winner's current entry (index =
    /// winner) with its proof. Anyone may submit it.
    function challengeSteps(bytes32 jobId, Award calldata award, Entry calldata entry, StepProof calldata proof)
        external
        nonReentrant
    {
        Job storage job = _settledInWindow(jobId);
        _matchAward(jobId, job, award);
        address member = _winner(award, entry.index);
        // A member slashed for a fault in this job (a quorum re-checked
        // its wrong result) cannot raise its credit with receipts: they
        // prove it signed, not that its work was right.
        if (slashed[slashKey(KIND_FAULT, jobId, member, 0)] != 0) revert ConvictedOfFault();
        _checkStepProof(jobId, job, award, member, proof);
        uint256 due = uint256(proof.step) * _priceAt(award, entry.index);
        uint256 old = entry.amount;
        if (due <= old) revert NotUnderpaid(old, due);
        uint256 add = _fitEscrow(jobId, job, due - old);
        _replaceEntry(jobId, job, entry, member, old + add);
        job.escrow -= uint96(add);
        // The stakers' stream holds the table's fees: add the fee on the raise.
        uint256 feeBps = job.feeBps;
        uint256 moreFee = (old + add) * feeBps / BPS - old * feeBps / BPS;
        if (moreFee > 0) _addFees(moreFee);
    }

    /// @notice Lowers a member's entry during the challenge window: a quorum
    /// of the other members attested that it missed step fault.step (fault
    /// kind 1), or that its work at fault.step was wrong (2) or tampered
    /// with (4). It is paid for at most fault.step - 1 steps for fault 1, and
    /// nothing for faults 2 and 4. For faults 2 and 4 the poster's signature
    /// counts as one re-checker. `entry` is the accused's current entry with
    /// its proof. The difference returns to the escrow.
    function challengeFault(
        bytes32 jobId,
        Award calldata award,
        Entry calldata entry,
        Fault calldata fault,
        Quorum calldata quorum
    ) external nonReentrant {
        Job storage job = _settledInWindow(jobId);
        _matchAward(jobId, job, award);
        uint8 f = fault.fault;
        if (f != FAULT_MISSED_STEPS && f != FAULT_WRONG_RESULT && f != FAULT_TAMPERED) revert UnsupportedFault(f);
        _checkFaultQuorum(jobId, job, award, fault, quorum);
        if (_member(award, entry.index) != fault.accused) revert NotAMember(fault.accused);
        // Missed steps: paid to the step before. A wrong result or tampering:
        // nothing, since the sample checked only some of its steps and the
        // unaudited ones are no more trustworthy than the one caught.
        uint256 cap = f == FAULT_MISSED_STEPS ? uint256(fault.step - 1) * _priceAt(award, entry.index) : 0; // step >= 1 checked above
        uint256 old = entry.amount;
        if (old <= cap) revert NotOverpaid(old, cap);
        _replaceEntry(jobId, job, entry, fault.accused, cap);
        // The fee on the part taken back went to the fee stream at
        // settlement (or to the treasury, with nothing staked): it returns
        // to the escrow out of the stream not dripped yet, then out of the
        // treasury's balance. What stakers were already paid stays theirs
        // (a challenge never takes accrued rewards), and what the treasury
        // withdrew stays lost to the escrow: tokens in = out + held
        // whatever they did.
        uint256 feeBps = job.feeBps;
        uint256 excess = old * feeBps / BPS - cap * feeBps / BPS;
        FeePool storage p = _drip();
        uint256 s = p.streaming;
        uint256 back = excess < s ? excess : s;
        p.streaming = uint128(s - back);
        address treasury = params.treasury;
        uint256 has = balances[treasury];
        uint256 more = excess - back < has ? excess - back : has;
        if (more > 0) balances[treasury] = has - more;
        job.escrow += uint96(old - cap - excess + back + more);
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
        if (block.timestamp < job.deadline) revert SettleDeadlineNotReached(jobId, job.deadline);
        uint256 closesAt = uint256(job.deadline) + params.claimWindow;
        if (block.timestamp >= closesAt) revert ClaimWindowClosed(jobId, closesAt);
        _bindAward(jobId, job, award, posterSig, true);
        address member = _winner(award, winner);
        // A member convicted of a wrong result or tampering in this job is
        // paid nothing for it (as challengeFault caps it): its receipts
        // prove that it signed, not that its work was right.
        if (_convicted(jobId, member)) revert ConvictedOfFault();
        _checkStepProof(jobId, job, award, member, proof);
        uint256 due = uint256(proof.step) * _priceAt(award, winner);
        uint256 old = claimed[jobId][member];
        if (due <= old) revert NothingToClaim(old, due);
        uint256 add = _fitEscrow(jobId, job, due - old);
        claimed[jobId][member] = old + add;
        job.escrow -= uint96(add);
        emit Credited(jobId, member, add);
        _creditReleased(member, add, job.feeBps);
    }

    /// @notice Moves `account`'s entries of settled jobs whose challenge
    /// windows have passed into its balance, net of the protocol fee (which
    /// the treasury was credited at settlement). Each entry (job, index,
    /// amount) comes with its Merkle proof against the job's payoutRoot and
    /// must name `account`; it is released once. Anyone may call it for
    /// anyone. The entry of a member convicted of a wrong result or
    /// tampering in the entry's job (slashFault, faults 2 and 4) that no
    /// challengeFault lowered in the window is released to the job's
    /// poster instead: a convict is paid nothing for the job.
    function release(Entry[] calldata entries, address account) external nonReentrant returns (uint256 gross) {
        uint256 fee;
        bool any;
        for (uint256 i; i < entries.length; ++i) {
            Entry calldata e = entries[i];
            Job storage job = jobs[e.jobId];
            Status st = job.status;
            if (st != Status.Settled && (st != Status.Closed || job.payoutRoot == EMPTY_TABLE)) revert NotSettled(e.jobId);
            if (block.timestamp < job.deadline) revert ChallengeWindowOpen(e.jobId, job.deadline);
            if (_verify(e.proof, e.index, leafOf(e.index, account, e.amount)) != job.payoutRoot) {
                revert BadProof(e.jobId, e.index);
            }
            _markReleased(e.jobId, job, e.index);
            uint256 f = e.amount * job.feeBps / BPS;
            if (_convicted(e.jobId, account)) {
                // The fee paid into the stakers' stream at settlement stays.
                if (e.amount > f) balances[job.poster] += e.amount - f;
                emit Refunded(e.jobId, job.poster, e.amount - f);
                any = true;
                continue;
            }
            uint256 w = _withheld(e, job, e.amount - f);
            if (w > 0) any = true;
            gross += e.amount - w;
            fee += f;
        }
        if (gross == 0 && !any) revert NothingToRelease(account);
        balances[account] += gross - fee;
        emit Released(account, gross - fee, fee);
    }

    /// @notice Pays what a tally of a job never settled proves (only
    /// `tallies` may call it, having checked the winners' views, the claim
    /// window and the bounds): each `to[i]` is credited `gross[i]` at once,
    /// minus the fee; `fromPool` of the total comes from the job's data
    /// pool, the rest from its escrow.
    function payTally(bytes32 jobId, address[] calldata to, uint256[] calldata gross, uint256 fromPool)
        external
        nonReentrant
    {
        if (msg.sender != address(tallies)) revert NotTallies(msg.sender);
        Job storage job = _openJob(jobId);
        uint256 feeBps = job.feeBps;
        uint256 total;
        uint256 fees;
        for (uint256 i; i < to.length; ++i) {
            uint256 g = gross[i];
            uint256 fee = g * feeBps / BPS;
            total += g;
            fees += fee;
            balances[to[i]] += g - fee;
            emit Credited(jobId, to[i], g);
            emit Released(to[i], g - fee, fee);
        }
        // The bounds after the credits (a revert undoes them): the award's
        // price cap keeps the bound's audits within the escrow beside
        // every winner's claims, checked all the same.
        uint256 pool = dataPool[jobId];
        uint256 escrow = job.escrow;
        if (fromPool > pool) revert DataPoolExceeded(fromPool, pool);
        if (total - fromPool > escrow) revert EscrowExhausted(jobId);
        dataPool[jobId] = pool - fromPool;
        job.escrow = uint96(escrow - (total - fromPool));
        if (fees > 0) _addFees(fees);
    }

    /// @notice Credits the poster with the escrow no member can claim any
    /// more: after the challenge window of a settled job, or after the claim
    /// window of a job never settled. Anyone may call it.
    function refund(bytes32 jobId) external nonReentrant {
        Job storage job = jobs[jobId];
        if (job.status == Status.Settled) {
            if (block.timestamp < job.deadline) revert ChallengeWindowOpen(jobId, job.deadline);
        } else if (job.status == Status.Open) {
            uint256 allowedAt = uint256(job.deadline) + params.claimWindow;
            if (block.timestamp < allowedAt) revert RefundTooEarly(jobId, allowedAt);
        } else {
            revert WrongStatus(jobId, job.status);
        }
        // The data pool's rest goes back with the escrow.
        uint256 amount = uint256(job.escrow) + dataPool[jobId];
        job.escrow = 0;
        dataPool[jobId] = 0;
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
        // Checkpointed first: the new stake earns only what drips from now.
        (Stake storage s, FeePool storage p) = _checkpoint(msg.sender);
        uint256 next = uint256(s.active) + amount;
        if (next > type(uint128).max) revert AmountTooLarge(amount);
        s.active = uint128(next);
        p.earning += uint128(amount);
        // The word holding rewards is made nonzero here (unlockAt 1 is in
        // the past: it only matters once unbonding is nonzero, and unbond
        // sets it). A drip's gas depends on the block's time, which an
        // estimate made in the block of the last drip does not see; with
        // this and perShare it never writes a slot for the first time (a
        // new slot costs 22,100 gas, far more under state-gas schedules).
        if (s.unlockAt == 0) s.unlockAt = 1;
        emit Staked(msg.sender, amount);
        _pullIn(msg.sender, amount);
    }

    /// @notice Starts unbonding `amount` of the caller's active stake. It
    /// stays slashable until withdrawn and earns no fees from now; a new
    /// unbond adds to the unbonding amount and restarts the delay for all
    /// of it.
    function unbond(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        (Stake storage s, FeePool storage p) = _checkpoint(msg.sender);
        if (amount > s.active) revert InsufficientStake(s.active, amount);
        s.active -= uint128(amount);
        p.earning -= uint128(amount);
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

    /// @notice Credits the caller's balance with the fees its stake has
    /// earned (withdrawn as any balance).
    function claimRewards() external nonReentrant returns (uint256 amount) {
        (Stake storage s, FeePool storage p) = _checkpoint(msg.sender);
        amount = s.rewards;
        if (amount == 0) revert NothingToWithdraw();
        s.rewards = 0;
        p.owed -= uint128(amount);
        balances[msg.sender] += amount;
        emit RewardsClaimed(msg.sender, amount);
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

    /// @notice Penalises a member of a job's group that a quorum of the other
    /// members attested a fault against (one FaultAttestation, each signer
    /// signing the same fields). For faults 2 (wrong result) and 4
    /// (tampered), proved by evidence any re-checker recomputes, the
    /// poster's signature counts as one re-checker, so a group of two can
    /// convict. The award is the bound one or, if none is bound yet, one the
    /// poster signed. Fault 1 (missed steps: offline mid-job) forfeits the
    /// member's bond, bondBps of its job value (its price x the job's steps),
    /// from its stake; other faults slash faultSlashBps of the whole stake.
    /// A member is penalised for faults at most once per job.
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
        bytes32 key = slashKey(KIND_FAULT, jobId, fault.accused, 0);
        Stake storage s = stakes[fault.accused];
        uint256 held = uint256(s.active) + s.unbonding;
        uint256 take;
        if (fault.fault == FAULT_MISSED_STEPS) {
            // A bond, not a share of the stake: what the member stood to
            // earn in this job bounds what going offline can cost it.
            uint256 value = _priceOf(award, fault.accused) * job.steps;
            uint256 bond = value * params.bondBps / BPS;
            take = bond < held ? bond : held;
        } else {
            take = held * params.faultSlashBps / BPS;
        }
        amount = _take(fault.accused, key, KIND_FAULT, fault.fault, take);
    }

    function _slash(address offender, bytes32 key, uint8 kind, uint256 bps) private returns (uint256 amount) {
        Stake storage s = stakes[offender];
        amount = _take(offender, key, kind, 1, (uint256(s.active) + s.unbonding) * bps / BPS);
    }

    /// Takes `amount` (at most the stake) from offender's stake, active
    /// first, and pays the reporter its share, the treasury the rest.
    function _take(address offender, bytes32 key, uint8 kind, uint8 mark, uint256 amount) private returns (uint256) {
        if (slashed[key] != 0) revert AlreadySlashed(key);
        if (amount == 0) revert NothingToSlash(offender);
        // Checkpointed first: the offender keeps what it earned, and the
        // slashed stake earns no more; nobody else's rewards change.
        (Stake storage s, FeePool storage p) = _checkpoint(offender);
        slashed[key] = mark;
        uint256 fromActive = amount <= s.active ? amount : s.active;
        s.active -= uint128(fromActive);
        p.earning -= uint128(fromActive);
        s.unbonding -= uint128(amount - fromActive);
        uint256 reward = amount * params.reporterRewardBps / BPS;
        if (reward > 0) balances[msg.sender] += reward;
        if (amount > reward) balances[params.treasury] += amount - reward;
        emit Slashed(offender, key, kind, amount, msg.sender, reward);
        return amount;
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

    /// @notice The leaf of entry `index` of a payout table: member `member`
    /// is owed `amount` (gross). The tree is positional: leaves in member
    /// order; each node is keccak256(left ++ right), a last node without a
    /// right sibling at any level paired with zero. A leaf hashes 96 bytes
    /// and a node 64, so neither can pass for the other.
    function leafOf(uint256 index, address member, uint256 amount) internal pure returns (bytes32 leaf) {
        // keccak256(abi.encode(index, member, amount)) without allocating:
        // settle hashes one leaf per member.
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, index)
            mstore(add(m, 0x20), and(member, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x40), amount)
            leaf := keccak256(m, 0x60)
        }
    }

    /// @notice Whether entry `index` of a job's payout table was released.
    function isReleased(bytes32 jobId, uint256 index) public view returns (bool) {
        if (index < PACKED_RELEASED) return (uint256(jobs[jobId].released) >> index) & 1 != 0;
        return releasedHigh[jobId][index >> 8] & (1 << (index & 255)) != 0;
    }

    /// @notice The fees `staker` would be credited if it claimed now.
    function rewardsOf(address staker) external view returns (uint256) {
        FeePool memory p = feePool;
        Stake memory s = stakes[staker];
        uint256 ps = p.perShare;
        if (p.earning != 0) ps += _dripAmount(p) * REWARD_SCALE / p.earning;
        return s.rewards + uint256(s.active) * (ps - s.perSharePaid) / REWARD_SCALE;
    }

    /// @notice The total of a provider's stake, active and unbonding.
    function stakeOf(address provider) external view returns (uint256) {
        Stake storage s = stakes[provider];
        return uint256(s.active) + s.unbonding;
    }

    // ------------------------------------------------------------------
    // Internals

    /// What the stream drips from p.last to now: linearly, so the whole of
    /// it by p.end.
    function _dripAmount(FeePool memory p) private view returns (uint256) {
        uint256 s = p.streaming;
        if (s == 0 || block.timestamp <= p.last) return 0;
        if (block.timestamp >= p.end) return s;
        // last < now < end
        return s * (block.timestamp - p.last) / (p.end - p.last);
    }

    /// Drips the stream up to now into the accumulator, or to the treasury
    /// while no stake is active (nobody earns then).
    function _drip() private returns (FeePool storage p) {
        p = feePool;
        uint256 d = _dripAmount(p);
        if (d != 0) {
            p.streaming -= uint128(d);
            uint256 e = p.earning;
            if (e == 0) {
                balances[params.treasury] += d;
            } else {
                p.perShare += d * REWARD_SCALE / e;
                p.owed += uint128(d);
            }
        }
        p.last = uint40(block.timestamp);
    }

    /// Adds protocol fees to the stakers' stream, which then drips over one
    /// unbonding delay from now: a stake earns a fee only by staying active
    /// while it drips. With no stake active they go to the treasury.
    function _addFees(uint256 fee) private {
        FeePool storage p = _drip();
        if (p.earning == 0) {
            balances[params.treasury] += fee;
            return;
        }
        p.streaming += uint128(fee);
        p.end = uint40(block.timestamp + params.unbondingDelay);
    }

    /// Credits `who` with what its active stake earned since its last
    /// checkpoint (rounded down; the dust stays in feePool.owed). Called
    /// before its active stake changes and when it claims.
    function _checkpoint(address who) private returns (Stake storage s, FeePool storage p) {
        p = _drip();
        s = stakes[who];
        uint256 ps = p.perShare;
        s.rewards += uint128(uint256(s.active) * (ps - s.perSharePaid) / REWARD_SCALE);
        s.perSharePaid = ps;
    }

    /// Whether `member` was slashed for a wrong result or tampering (faults
    /// 2 and 4) in job `jobId`.
    function _convicted(bytes32 jobId, address member) private view returns (bool) {
        uint8 f = slashed[slashKey(KIND_FAULT, jobId, member, 0)];
        return f == FAULT_WRONG_RESULT || f == FAULT_TAMPERED;
    }

    function _openJob(bytes32 jobId) private view returns (Job storage job) {
        job = jobs[jobId];
        if (job.status != Status.Open) revert WrongStatus(jobId, job.status);
    }

    function _settledInWindow(bytes32 jobId) private view returns (Job storage job) {
        job = jobs[jobId];
        if (job.status != Status.Settled) revert WrongStatus(jobId, job.status);
        if (block.timestamp >= job.deadline) revert ChallengeWindowClosed(jobId, job.deadline);
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
        // PROTOCOL.md: every price <= budget / (groupSize x steps + audits),
        // so at most groupSize members paid per step and the verification
        // bound's audits never exceed the budget. An award is bound before
        // anything is credited (settle and claim bind first), so the escrow
        // is still the whole budget here.
        uint256 cap = uint256(job.escrow) / (uint256(job.groupSize) * job.steps + job.audits);
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

    /// The price per step of the member at `index` (winners then standbys).
    function _priceAt(Award calldata award, uint256 index) private pure returns (uint256) {
        return award.prices[index];
    }

    /// The Merkle root of a table's leaves (see leafOf). Overwrites level.
    function _rootOf(bytes32[] memory level) private pure returns (bytes32) {
        uint256 n = level.length;
        if (n == 0) return EMPTY_TABLE;
        while (n > 1) {
            uint256 half = (n + 1) / 2;
            for (uint256 i; i < half; ++i) {
                bytes32 left = level[2 * i];
                bytes32 right = 2 * i + 1 < n ? level[2 * i + 1] : bytes32(0);
                level[i] = _hashPair(left, right);
            }
            n = half;
        }
        return level[0];
    }

    /// The root that `proof` leads to from `leaf` at position `index`.
    function _verify(bytes32[] calldata proof, uint256 index, bytes32 leaf) private pure returns (bytes32 node) {
        node = leaf;
        for (uint256 i; i < proof.length; ++i) {
            node = index & 1 == 0 ? _hashPair(node, proof[i]) : _hashPair(proof[i], node);
            index >>= 1;
        }
        // A proof too short for its index would name another position.
        if (index != 0) return bytes32(0);
    }

    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }

    /// Checks entry against the job's root, then replaces its amount with
    /// `amount` and stores the new root (same proof: the siblings are
    /// unchanged). Entries are replaced only in the challenge window, before
    /// any can be released.
    function _replaceEntry(bytes32 jobId, Job storage job, Entry calldata entry, address member, uint256 amount)
        private
    {
        if (
            entry.jobId != jobId
                || _verify(entry.proof, entry.index, leafOf(entry.index, member, entry.amount)) != job.payoutRoot
        ) {
            revert BadProof(jobId, entry.index);
        }
        bytes32 root = _verify(entry.proof, entry.index, leafOf(entry.index, member, amount));
        job.payoutRoot = root;
        emit CreditCorrected(jobId, member, msg.sender, entry.index, entry.amount, amount, root);
    }

    function _markReleased(bytes32 jobId, Job storage job, uint256 index) private {
        if (index < PACKED_RELEASED) {
            uint256 bits = job.released;
            if ((bits >> index) & 1 != 0) revert AlreadyReleased(jobId, index);
            job.released = uint64(bits | (1 << index));
        } else {
            uint256 bit = 1 << (index & 255);
            uint256 bits = releasedHigh[jobId][index >> 8];
            if (bits & bit != 0) revert AlreadyReleased(jobId, index);
            releasedHigh[jobId][index >> 8] = bits | bit;
        }
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
        uint256 room = job.escrow;
        if (room == 0) revert EscrowExhausted(jobId);
        return want < room ? want : room;
    }

    /// @notice Marks a job as evaluated; only the evaluations contract may.
    function markEvaluated(bytes32 jobId) external nonReentrant {
        if (msg.sender != address(evaluations)) revert NotEvaluations(msg.sender);
        evaluated[jobId] = true;
    }

    // The conditional share of a net entry that a failed evaluation of the
    // job withholds, credited to the poster (Evaluations.withheldBps: for a
    // member's training entry only; it reverts while the evaluation is open).
    function _withheld(Entry calldata e, Job storage job, uint256 net) private returns (uint256 w) {
        bytes32 jobId = e.jobId;
        if (!evaluated[jobId]) return 0;
        w = net * evaluations.withheldBps(jobId, e.index) / BPS;
        if (w > 0) {
            address poster = job.poster;
            balances[poster] += w;
            emit Refunded(jobId, poster, w);
        }
    }

    function _creditReleased(address account, uint256 gross, uint16 feeBps) private {
        uint256 fee = gross * feeBps / BPS;
        balances[account] += gross - fee;
        if (fee > 0) _addFees(fee);
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

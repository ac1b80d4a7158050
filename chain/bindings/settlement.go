// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// SettlementAward is an auto generated low-level Go binding around an user-defined struct.
type SettlementAward struct {
	Winners  []common.Address
	Standbys []common.Address
	Prices   []*big.Int
}

// SettlementEntry is an auto generated low-level Go binding around an user-defined struct.
type SettlementEntry struct {
	JobId  [32]byte
	Index  *big.Int
	Amount *big.Int
	Proof  [][32]byte
}

// SettlementFault is an auto generated low-level Go binding around an user-defined struct.
type SettlementFault struct {
	Accused      common.Address
	Fault        uint8
	Step         uint64
	EvidenceHash [32]byte
}

// SettlementJobPayout is an auto generated low-level Go binding around an user-defined struct.
type SettlementJobPayout struct {
	JobId   [32]byte
	Award   SettlementAward
	Steps   []uint64
	Audits  []uint64
	Holders [][32]byte
}

// SettlementParams is an auto generated low-level Go binding around an user-defined struct.
type SettlementParams struct {
	Treasury             common.Address
	FeeBps               uint16
	EquivocationSlashBps uint16
	FaultSlashBps        uint16
	ReporterRewardBps    uint16
	BondBps              uint16
	QuorumBps            uint16
	ChallengeWindow      uint32
	ClaimWindow          uint32
	UnbondingDelay       uint32
}

// SettlementQuorum is an auto generated low-level Go binding around an user-defined struct.
type SettlementQuorum struct {
	Members    []*big.Int
	Signatures [][]byte
}

// SettlementStepProof is an auto generated low-level Go binding around an user-defined struct.
type SettlementStepProof struct {
	Step         uint64
	ParamsHash   [32]byte
	ContribRoots [][32]byte
	Quorum       SettlementQuorum
}

// SettlementMetaData contains all meta data concerning the Settlement contract.
var SettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AwardAlreadyBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bound\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"AwardMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadEvidenceEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadEvidenceLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadMemberIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"closedAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"opensAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ConvictedOfFault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"DataPoolExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"EscrowExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidAward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParam\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberDidNotSign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotAWinner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotEvaluations\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"NotOverpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSameSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTallies\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NotUnderpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToRelease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"}],\"name\":\"NothingToSlash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PriceAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"allowedAt\",\"type\":\"uint256\"}],\"name\":\"RefundTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyAudits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManySteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownEvidenceKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsortedSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"}],\"name\":\"UnsupportedFault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"name\":\"AwardBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"name\":\"CreditCorrected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pending\",\"type\":\"address\"}],\"name\":\"GovernanceTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"audits\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"}],\"name\":\"JobEscrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"table\",\"type\":\"bytes\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structSettlement.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"UnbondStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AWARD_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_COMMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_REVEAL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_GARBAGE_DATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_MISSED_STEPS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_TAMPERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_WRONG_RESULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_COMMIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_REVEAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FAULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_STEP_RECEIPT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GROUP_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP_RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry\",\"name\":\"entry\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"challengeFault\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry\",\"name\":\"entry\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"challengeSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"winner\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"dataPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"audits\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"evaluated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"evaluations\",\"outputs\":[{\"internalType\":\"contractEvaluations\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePool\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"earning\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"last\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"end\",\"type\":\"uint40\"},{\"internalType\":\"uint128\",\"name\":\"streaming\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"owed\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"perShare\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"}],\"name\":\"hashAward\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isReleased\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"jobIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"jobs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"audits\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"released\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"markEvaluated\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"gross\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"fromPool\",\"type\":\"uint256\"}],\"name\":\"payTally\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"groupSize\",\"type\":\"uint256\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"}],\"name\":\"registerAward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"}],\"name\":\"rewardsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"steps\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"audits\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"holders\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.JobPayout[]\",\"name\":\"batch\",\"type\":\"tuple[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"msgA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"msgB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slashEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"slashFault\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"slashKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"active\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"rewards\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"perSharePaid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tallies\",\"outputs\":[{\"internalType\":\"contractTallies\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Settlement",
	Bin: "0x6101e08060405234610891578061a28a803803809161001e8285610895565b83398101036101808112610891578151916001600160a01b0383168084036108915761014061004f602084016108b8565b93603f1901126108915760405161014081016001600160401b038111828210176105af57604052610082604084016108b8565b8152610090606084016108cc565b602082019081526100a3608085016108cc565b604083019081526100b660a086016108cc565b606084019081526100c960c087016108cc565b91608085019283526100dd60e088016108cc565b9360a086019485526100f261010089016108cc565b9560c081019687526101076101208a016108db565b9760e082019889526101316101606101226101408d016108db565b9b61010085019c8d52016108db565b9a61012083019b8c52604051610148604082610895565b600981526020810190680e8e4c2d2dcdacae6d60bb1b82526040519161016f604084610895565b600183526020830191603160f81b8352610188816108ec565b6101205261019584610a8e565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526101fe60c082610895565b5190206080523060c0528115610863576001600160a01b03169b8c156108305782516001600160a01b0316156107ff576103e861ffff855116116107d05761ffff85511680159081156107c4575b5061077e5761ffff8651168015908115610772575b5061073c5761271061ffff885116116107025761271061ffff895116116106d25761138861ffff8a5116118015906106c2575b6106905763ffffffff8a51168015908115610682575b5061064a5763ffffffff8b5116801590811561063c575b506106085763ffffffff8c511663ffffffff8b511681109081156105fa575b506105c357610160524361018052600380546001600160a01b0319168d179055815183518551875189518b518d5160a09590951b61ffff60a01b166001600160a01b03969096169590951760b09390931b61ffff60b01b169290921760c09190911b61ffff60c01b161760d09190911b61ffff60d01b161760e09290921b61ffff60e01b169190911760f09190911b6001600160f01b031916176005558851600680548c518e516001600160601b031990921663ffffffff949094169390931760209390931b67ffffffff000000001692909217604092831b6bffffffff0000000000000000161790556001600e555190611caf8083016001600160401b038111848210176105af576040928492616b40843930825260208201520301905ff080156105a4576101a052604051611a9b808201906001600160401b038211838310176105af5760209183916187ef83393081520301905ff080156105a4576101c0526040519a5f7f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a3600160a01b600190039051168a525161ffff1660208a01525161ffff1660408901525161ffff1660608801525161ffff1660808701525161ffff1660a08601525161ffff1660c08501525163ffffffff1660e08401525163ffffffff166101008301525163ffffffff166101208201526101407f57930c0b25b7aebfabfb24dd08c2118b0f5028a78cf55890b42bc0f00dadd17691a1604051615f6d9081610bd38239608051816156f9015260a051816157b0015260c051816156c3015260e051816157480152610100518161576e0152610120518161121a015261014051816112430152610160518181816102cd0152818161063701528181612bf80152614fb60152610180518161110801526101a05181818161134e0152818161349d01526146b701526101c0518181816134530152613c120152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b604051634389d5ab60e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606490fd5b6301e133809150115f6102e0565b604051634389d5ab60e01b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606490fd5b6301e133809150115f6102c1565b604051634389d5ab60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b6301e133809150115f6102aa565b604051634389d5ab60e01b815260206004820152600960248201526871756f72756d42707360b81b6044820152606490fd5b5061271061ffff8a511611610294565b604051634389d5ab60e01b8152602060048201526007602482015266626f6e6442707360c81b6044820152606490fd5b604051634389d5ab60e01b81526020600482015260116024820152707265706f7274657252657761726442707360781b6044820152606490fd5b604051634389d5ab60e01b815260206004820152600d60248201526c6661756c74536c61736842707360981b6044820152606490fd5b6127109150115f610261565b604051634389d5ab60e01b815260206004820152601460248201527f65717569766f636174696f6e536c6173684270730000000000000000000000006044820152606490fd5b6127109150115f61024c565b604051634389d5ab60e01b815260206004820152600660248201526566656542707360d01b6044820152606490fd5b604051634389d5ab60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606490fd5b604051634389d5ab60e01b815260206004820152600a602482015269676f7665726e616e636560b01b6044820152606490fd5b604051634389d5ab60e01b81526020600482015260056024820152643a37b5b2b760d91b6044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176105af57604052565b51906001600160a01b038216820361089157565b519061ffff8216820361089157565b519063ffffffff8216820361089157565b908151602081105f14610966575090601f815111610926576020815191015160208210610917571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6001600160401b0381116105af575f54600181811c91168015610a84575b6020821014610a7057601f8111610a32575b50602092601f82116001146109d357928192935f926109c8575b50508160011b915f199060031b1c1916175f5560ff90565b015190505f806109b0565b601f198216935f8052805f20915f5b868110610a1a5750836001959610610a02575b505050811b015f5560ff90565b01515f1960f88460031b161c191690555f80806109f5565b919260206001819286850151815501940192016109e2565b81811115610996575f805260205f20601f80840160051c809201920160051c03905f5b828110610a63575050610996565b5f82820155600101610a55565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610984565b908151602081105f14610ab9575090601f815111610926576020815191015160208210610917571790565b6001600160401b0381116105af57600154600181811c91168015610bc8575b6020821014610a7057601f8111610b89575b50602092601f8211600114610b2857928192935f92610b1d575b50508160011b915f199060031b1c19161760015560ff90565b015190505f80610b04565b601f1982169360015f52805f20915f5b868110610b715750836001959610610b59575b505050811b0160015560ff90565b01515f1960f88460031b161c191690555f8080610b4b565b91926020600181928685015181550194019201610b38565b81811115610aea5760015f5260205f20601f80840160051c809201920160051c03905f5b828110610bbb575050610aea565b5f82820155600101610bad565b90607f1690610ad856fe6102606040526004361015610012575f80fd5b5f3560e01c806268fbde14613baf57806301b40230146137c0578063045eed9f14613509578063053c109814613482578063107265431461343e57806316934fc4146133c957806317754cd5146133ad57806319d878ff146131d25780631c6c774a14612ebc5780631f30e0cb14612e9e578063238efcbc14612df7578063249d39e914612ddb57806327de9e3214612c9857806327e235e314612c605780632d748cf714612c315780632e1a7d4d14612b785780633262cc1b14611334578063372500ab14612ab957806338ed7cfc146129f55780633b00feb1146103895780633eb0d1cf1461214b5780634262336014612105578063479ba7ae14611f9b5780635aa6e67514611f735780635c21868c1461190257806361b143df146118d557806363ac503f146115765780637249fbb6146113c857806377c36fd61461137d578063795a6f3b1461133957806379b2469e146113345780637a24c0c5146105ac57806380c2401a146112fa57806384b0196e146112025780638f3729e3146111c857806391bfae2b1461118e5780639b224b2c146111645780639d1855881461112b578063a3ec191a146110f1578063a694fc3a14610fdb578063ac2fc23f14610f3f578063ae2e933b14610edb578063ae3dcc8314610a13578063b18ff35d146109d9578063b2fc5b591461068f578063bed9d861146105b1578063bf8ad8b6146105ac578063c58153f614610581578063c791ddcd14610384578063cff0ab96146104eb578063d295bf09146104ab578063d38bfff41461040c578063d55be8c6146103f0578063deb96634146103d2578063dfcae6221461038e578063e039226c14610389578063ecd21e6d14610384578063f141447a1461034a578063f39c38a014610322578063f698da25146103005763fc0c546a146102b8575f80fd5b346102fc575f3660031901126102fc576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346102fc575f3660031901126102fc57602061031a6156c0565b604051908152f35b346102fc575f3660031901126102fc576004546040516001600160a01b039091168152602090f35b346102fc575f3660031901126102fc5760206040517f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef8152f35b613f9d565b613f33565b346102fc5760403660031901126102fc576103a7613e66565b6004355f52600860205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b346102fc575f3660031901126102fc5760206040516301e133808152f35b346102fc575f3660031901126102fc5760206040516103e88152f35b346102fc5760203660031901126102fc57610425613e7c565b6003546001600160a01b03169033829003610498576104426144be565b600480546001600160a01b0319166001600160a01b03929092169182179055907f1c4bb4e3cab7b72da7eb9f0ae62554dda85dc7fb907c946ad2776095b95ac1ad5f80a35f5f516020615f185f395f51905f525d005b63988d1f0360e01b5f523360045260245ffd5b346102fc5760803660031901126102fc576104c4613f8d565b6044356001600160a01b03811681036102fc5760209161031a916064359160243590614487565b346102fc575f3660031901126102fc5761014060055463ffffffff6006546040519260018060a01b038116845261ffff8160a01c16602085015261ffff8160b01c16604085015261ffff8160c01c16606085015261ffff8160d01c16608085015261ffff8160e01c1660a085015260f01c60c084015281811660e0840152818160201c1661010084015260401c16610120820152f35b346102fc5760403660031901126102fc5760206105a2602435600435614406565b6040519015158152f35b613f4e565b346102fc575f3660031901126102fc576105c96144be565b335f52600b60205260405f20805460801c8015610680576001600160401b036001830154169182421061066d5761065b92506001600160801b0381541690556040518181527f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc60203392a2337f0000000000000000000000000000000000000000000000000000000000000000615194565b5f5f516020615f185f395f51905f525d005b82631a28814f60e21b5f5260045260245ffd5b630686827b60e51b5f5260045ffd5b346102fc5760a03660031901126102fc576106a8613f8d565b6024356001600160401b0381116102fc576106c7903690600401613e92565b90916044356001600160401b0381116102fc576106e8903690600401613e92565b9390926064356001600160401b0381116102fc5761070a903690600401613e92565b9590946084356001600160401b0381116102fc5761072c903690600401613e92565b926107356144be565b61076261075961074687898b615ba4565b966107528c8c8c615ba4565b988a615cb4565b9a909989615cb4565b905089036109ca578585146109bb576107c4956107bc896107ae936107b66107b6976107ae849b6107916156c0565b6042916040519161190160f01b8352600283015260228201522090565b9236916140c2565b90615669565b6107916156c0565b61ffff60055460b01c169261271061080760018060a01b03851695865f52600b60205261080260405f20546001600160801b038160801c911661400d565b613fdc565b0492815f52601060205260ff60405f2054166109a857831561099557936108c761089c6108a76001600160801b036108406020996150fe565b5f88815260108c5260409020805460ff191660011790558154919491831690818b1161098b578361088d8c935b8261087b8187168093614167565b1683198a541617895582845416614167565b1684198254161790558961401a565b16825460801c614167565b81546001600160801b031660809190911b6001600160801b031916179055565b6127106108dd61ffff60055460d01c1686613fdc565b048061096e575b80851161093d575b60ff60405194168452848685015260408401527f867b1d2fac067e2a31713f01e702468335f53462160bd8732a23d47344fecb7560603394a45f5f516020615f185f395f51905f525d604051908152f35b610947818661401a565b60018060a01b03600554165f52600a875261096760405f2091825461400d565b90556108ec565b335f52600a865260405f2061098482825461400d565b90556108e4565b8361088d8361086d565b84630752994b60e51b5f5260045260245ffd5b506316e5043d60e01b5f5260045260245ffd5b630b69ebb360e01b5f5260045ffd5b63711c3ecd60e01b5f5260045ffd5b346102fc575f3660031901126102fc5760206040517f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb028152f35b346102fc576101003660031901126102fc576004356024356001600160401b0381116102fc578060040190606060031982360301126102fc576044356001600160401b0381116102fc57610a6b903690600401613e92565b9360803660631901126102fc5760e435946001600160401b0386116102fc57604060031987360301126102fc57610aa06144be565b815f52600760205260405f209560ff600288015460b81c1691610ac283613f15565b8215610ec457600160ff610ad4614278565b16108015610eb0575b610e93576003880154610b1c95610b0e94909115610e4657505050610b03868885614e60565b600401858784615279565b610b16614027565b90614452565b926001600160a01b03610b2d614027565b165f52600b602052610b5060405f20546001600160801b038160801c911661400d565b92600160ff610b5d614278565b1603610e2657610b6b614027565b905f93610b788280614051565b60248301949150610b94610b8c8686614051565b90508261400d565b946001600160a01b03909216915f5b868110610d865750505050505050610bc661271092610bd6925460c01c90613fdc565b61ffff60055460e01c1690613fdc565b049080821015610d7f57505b610bea614027565b610bf2614278565b92805f52601060205260ff60405f205416610d6d578215610d4c57610c766020946108a76001600160801b0361089c610c2a876150fe565b9094875f5260108b5260ff60405f20911660ff198254161790558285541690818a11155f14610d425783610c678b938261087b8187168093614167565b1684198254161790558861401a565b612710610c8c61ffff60055460d01c1685613fdc565b0480610d25575b808411610cf4575b6040519060048252848683015260408201527f867b1d2fac067e2a31713f01e702468335f53462160bd8732a23d47344fecb756060339460018060a01b031692a45f5f516020615f185f395f51905f525d604051908152f35b610cfe818561401a565b60018060a01b03600554165f52600a8652610d1e60405f2091825461400d565b9055610c9b565b335f52600a855260405f20610d3b82825461400d565b9055610c93565b83610c678361086d565b50630752994b60e51b5f9081526001600160a01b0391909116600452602490fd5b6316e5043d60e01b5f5260045260245ffd5b9050610be2565b82811015610e005783610dab610da683610da08a80614051565b90613fb8565b61403d565b6001600160a01b03161480610de6575b610dc8575b600101610ba3565b97506001610ddd89610da06044880189614051565b35989050610dc0565b5088610df982610da0604489018a614051565b3511610dbb565b83610e21610da6610e11858a614051565b610e1b888761401a565b91613fb8565b610dab565b505050610e406127109161ffff60055460c01c1690613fdc565b04610be2565b600190610e5281613f15565b03610e7357610e6690610e6e9236916140c2565b87898661478c565b610b03565b610e6e916107b660018060a01b038b5416926107ae6107bc8c868b6142c3565b60ff610e9d614278565b63cbe050f560e01b5f521660045260245ffd5b50600460ff610ebd614278565b1611610add565b8363276065d160e21b5f526004525f60245260445ffd5b346102fc575f3660031901126102fc5760c0600c54600d54600e549064ffffffffff604051936001600160801b0381168552818160801c16602086015260a81c1660408401526001600160801b038116606084015260801c608083015260a0820152f35b346102fc5760603660031901126102fc576004356024356001600160401b0381116102fc57606060031982360301126102fc576044356001600160401b0381116102fc57610f91903690600401613e92565b610f9c9391936144be565b610fa5826144f3565b906003820154610fc85761065b94610fbe9136916140c2565b926004019161478c565b82636b270f6160e11b5f5260045260245ffd5b346102fc5760203660031901126102fc57600435610ff76144be565b80156110e257611006336150fe565b61101a836001600160801b0384541661400d565b6001600160801b0381116110cf57916001916001600160801b038061065b969516166001600160801b03198354161782556001600160801b0361106281861682845416614187565b166001600160801b0319825416179055016001600160401b03815416156110b7575b506040518181527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a233614fa0565b805467ffffffffffffffff1916600117905582611084565b836304041d9560e11b5f5260045260245ffd5b631f2a200560e01b5f5260045ffd5b346102fc575f3660031901126102fc5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102fc5760403660031901126102fc57611144613e7c565b602435906001600160401b03821682036102fc5760209161031a916143d4565b346102fc5760203660031901126102fc576004355f52600f602052602060405f2054604051908152f35b346102fc575f3660031901126102fc5760206040517f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d8152f35b346102fc575f3660031901126102fc5760206040517fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf648152f35b346102fc575f3660031901126102fc5761129e61123e7f0000000000000000000000000000000000000000000000000000000000000000615977565b6112677f0000000000000000000000000000000000000000000000000000000000000000615a9a565b60206112ac6040519261127a8385614086565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190613f69565b908582036040870152613f69565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106112e357505050500390f35b8351855286955093810193928101926001016112d4565b346102fc575f3660031901126102fc5760206040517f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a19336258152f35b613efa565b346102fc575f3660031901126102fc576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102fc5760603660031901126102fc57611396613e66565b6044356001600160401b0381116102fc57606060031982360301126102fc5760209161031a91600401906004356142c3565b346102fc5760203660031901126102fc576004356113e46144be565b805f52600760205260405f20906002820191825460ff8160b81c1661140881613f15565b600281036114ed575064ffffffffff8160801c168042106114d757505f516020615ef85f395f51905f52916114556020925b855f52600f84526001600160601b0360405f2054911661400d565b85546bffffffffffffffffffffffff191686555f858152600f84526040812055855460ff60b81b1916600360b81b17909555846114b1575b546040519485526001600160a01b031693a35f5f516020615f185f395f51905f525d005b60018060a01b038154165f52600a825260405f206114d086825461400d565b905561148d565b8363205b79cb60e21b5f5260045260245260445ffd5b6114f681613f15565b60018103611556575061151e63ffffffff60065460201c1664ffffffffff8360801c1661400d565b80421061154057505f516020615ef85f395f51905f529161145560209261143a565b83632d1d8e9f60e01b5f5260045260245260445ffd5b63276065d160e21b5f52600484905261156e81613f15565b60245260445ffd5b346102fc576101003660031901126102fc576024356004356001600160401b0382116102fc578160040191606060031982360301126102fc57604435926001600160401b0384116102fc57608060031985360301126102fc5760803660631901126102fc5760e435906001600160401b0382116102fc57604060031983360301126102fc576116036144be565b61160c84614def565b92611618828587614e60565b60ff611622614278565b169260018414938415806118ca575b806118bf575b6118ad575061164b90600401838688615279565b60248601359261165b84846154d3565b6001600160a01b0361166b614027565b166001600160a01b0390911603611885571561187a5760a4356001600160401b038116908181036102fc57505f1901916001600160401b038311611818576116ce93610da06116c69260446001600160401b03950190614051565b359116613fdc565b80935b60448101359382851115611863578361170a6001600160601b0396946117ce946002946117d398611700614027565b9260040191614e8c565b01946117ce61173b61ffff885460a81c166127106117348161172c848a613fdc565b049286613fdc565b049061401a565b6117c9600161174861554d565b0180546001600160801b0316949085841015611850576001600160801b038061177286809961401a565b16166001600160801b031982541617905560018060a01b036005541696875f52600a60205260405f205497886117a8888761401a565b101561184a576117b8878661401a565b985b898061182c575b50505061401a565b61401a565b61400d565b166001600160601b03825416016001600160601b038111611818576001600160601b03166001600160601b03198254161790555f5f516020615f185f395f51905f525d005b634e487b7160e01b5f52601160045260245ffd5b6118359161401a565b905f52600a60205260405f20558b80896117c1565b886117ba565b6001600160801b0380611772888061401a565b8285634b86679360e01b5f5260045260245260445ffd5b5050505f80936116d1565b61188d614027565b6363a7ccd760e11b5f9081526001600160a01b0391909116600452602490fd5b63cbe050f560e01b5f5260045260245ffd5b506004811415611637565b506002811415611631565b346102fc5760203660031901126102fc576004355f526010602052602060ff60405f205416604051908152f35b346102fc576101403660031901126102fc576003546001600160a01b031633036104985761192e6144be565b60405161014081018181106001600160401b03821117611f5f57604052611953613e7c565b9081815261195f614212565b916020820192835261196f614223565b6040830190815261197e614234565b6060840190815261198d614245565b6080850190815261199c614256565b9160a086019283526119ac614267565b9360c087019485526119bc613ebf565b9760e088019889526119cc613ed2565b9661010089019788526101206119e0613ee6565b99019889526001600160a01b031615611f2e5761ffff6103e891511611611eff575161ffff168015908115611ef3575b50611eb6575161ffff168015908115611eaa575b50611e745761ffff61271091511611611e3a5761ffff61271091511611611e0a5761138861ffff8251161190811591611df8575b50611dc65763ffffffff8351168015908115611db8575b50611d80575163ffffffff168015908115611d72575b50611d3e5763ffffffff809151169151168110908115611d30575b50611cf9576004356001600160a01b038116908181036102fc57506001600160601b0360a01b600554161760055560243561ffff811681036102fc576005546044359161ffff831683036102fc576064359061ffff821682036102fc576084359161ffff831683036102fc5760a4359361ffff851685036102fc5760c43561ffff811681036102fc5760e09590951b61ffff60e01b1660d09490941b61ffff60d01b166001600160a01b0390911660a09390931b61ffff60a01b169290921760b09590951b61ffff60b01b169490941760c09490941b61ffff60c01b1693909317929092179190911760f09190911b6001600160f01b0319161760055563ffffffff60e435908116908181036102fc575060065490610104359063ffffffff821682036102fc57610124359063ffffffff821682036102fc576bffffffff00000000000000008267ffffffff00000000935060401b16936001600160601b031916179160201b1617176006557f57930c0b25b7aebfabfb24dd08c2118b0f5028a78cf55890b42bc0f00dadd17661014060405160018060a01b03611c42613e7c565b16815261ffff611c50614212565b16602082015261ffff611c61614223565b16604082015261ffff611c72614234565b16606082015261ffff611c83614245565b16608082015261ffff611c94614256565b1660a082015261ffff611ca5614267565b1660c082015263ffffffff611cb8613ebf565b1660e082015263ffffffff611ccb613ed2565b1661010082015263ffffffff611cdf613ee6565b16610120820152a15f5f516020615f185f395f51905f525d005b604051634389d5ab60e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606490fd5b6301e1338091501181611aa0565b604051634389d5ab60e01b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606490fd5b6301e1338091501183611a85565b604051634389d5ab60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b6301e1338091501184611a6f565b604051634389d5ab60e01b815260206004820152600960248201526871756f72756d42707360b81b6044820152606490fd5b612710915061ffff9051161184611a58565b604051634389d5ab60e01b8152602060048201526007602482015266626f6e6442707360c81b6044820152606490fd5b604051634389d5ab60e01b81526020600482015260116024820152707265706f7274657252657761726442707360781b6044820152606490fd5b604051634389d5ab60e01b815260206004820152600d60248201526c6661756c74536c61736842707360981b6044820152606490fd5b61271091501187611a24565b604051634389d5ab60e01b815260206004820152601460248201527365717569766f636174696f6e536c61736842707360601b6044820152606490fd5b61271091501188611a10565b604051634389d5ab60e01b815260206004820152600660248201526566656542707360d01b6044820152606490fd5b604051634389d5ab60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606490fd5b634e487b7160e01b5f52604160045260245ffd5b346102fc575f3660031901126102fc576003546040516001600160a01b039091168152602090f35b346102fc5760203660031901126102fc57611fb4613e7c565b611fbc6141a7565b9060018060a01b03165f52600b60205260405f20906040519060a082018281106001600160401b03821117611f5f5760405282546001600160801b038116835260801c602083015260026001840154936001600160401b03851660408501526001600160801b03606085019560401c1685520154926080830193845260a0820151916001600160801b0381511661208b575b602061031a8569d3c21bcecceda10000006120848961207e896001600160801b03808b511696511692519061401a565b90613fdc565b049061400d565b61209881949392946151e6565b9469d3c21bcecceda100000086029580870469d3c21bcecceda100000014901517156118185761207e61031a956001600160801b03806120f669d3c21bcecceda1000000976120f060209c846120849a511690613fef565b9061400d565b9798505050935050945061204e565b346102fc5760203660031901126102fc576001600160a01b03612126613e7c565b165f52600b602052602061031a60405f20546001600160801b038160801c911661400d565b346102fc5760203660031901126102fc576004356001600160401b0381116102fc5761217b903690600401613e36565b6101c0526102405261218b6144be565b64ffffffffff6121a363ffffffff600654164261400d565b166101a0525f6101608190526101e0525b6101c0516101e05110156129ca576101e05160051b61024051013561022052609e19610240513603016102205112156102fc5760405161014052612200610220516102405101356144f3565b60e0819052546001600160a01b031633036129aa5764ffffffffff600260e051015460801c168042101561298b575061022051610240516122769161224a910160208101906151d1565b602061012081905260405191906122619083614086565b5f825260e051610220516102405101356149c6565b60e051600201545f6101805261022051610240516122dd916122a7916122a1910160208101906151d1565b80614051565b90506122d56122c96020610220516102405101016102205161024051016151d1565b61012051810190614051565b91905061400d565b610220516102405182916122f691016040810190614051565b90500361297457610220516102405161231491016060810190614051565b9050151580612951575b6129225760e051548060c01c5f91612349604061022051610240510101610220516102405101614051565b905f915b8683106128d4575050509063ffffffff61236a9260a01c16613fdc565b908181116128bf575050610220516102405161238b91016060810190614051565b91906123af5f926122d5608061022051610240510101610220516102405101614051565b925f5b81811061287c5750505063ffffffff8360601c1690818111612867575050600581901b6001600160fb1b0382168203611818576124016123f1826140a7565b6040516101005261010051614086565b806101005152612413601f19916140a7565b013661012051610100510137612428816143bd565b916124366040519384614086565b818352601f19612445836143bd565b0136610120518501375f60c052610220516102405161246d916122a1910160208101906151d1565b61020052610220516102405161248891016040810190614051565b91906124a7606061022051610240510101610220516102405101614051565b61022051610240516124cc916124c2910160208101906151d1565b6040810190614051565b929091865f5b8181106127245750505050505050506124fe608061022051610240510101610220516102405101614051565b9091905f5b8181106126de57505050505f5b82811061266b5750505061252390615d03565b61253f612537610220516102405101615850565b60c05161401a565b906001600160601b03600260e0510154169081831161264f576001600160601b0392839261257392600160e051015561401a565b16166001600160601b0319600260e05101541617600260e05101556125be6101a051600260e051019081549064ffffffffff60801b9060801b169064ffffffffff60801b1916179055565b600160b91b60ff60b81b19600260e05101541617600260e05101556040516101205181527f357e2168f73ffce5fedb878dc3f9b75a4a7c232967790692abcb836de5c1263a61022051610240510135918061262161012051820161010051613f69565b0390a26101405160405261263b610180516101605161400d565b6101605260016101e051016101e0526121b4565b63f9f8089160e01b5f526102205161024051013560045260245ffd5b6001906126cd610120518260051b610100510101516001600160601b038116906126ac6127106126a261ffff8960a81c1685613fdc565b046101805161400d565b6101805260408051858152606092831c602082015290810192909252902090565b6126d7828761583c565b5201612510565b806126ec6001928487613fb8565b356127026001600160601b03821660c05161400d565b60c05261270e8561582e565b94610120519060051b6101005101015201612503565b6102005181101561282f57612740610da682610200518b613fb8565b61276961275661275184868c613fb8565b6140f8565b6001600160401b036116c6858b8b613fb8565b60a05261277a60a05160c05161400d565b60c05260a0518160601b17610120518360051b6101005101015283151580612810575b6127ab575b506001016124d2565b98906001916127d46127c161275184888a613fb8565b6001600160401b036116c6858c8c613fb8565b6080526127e560805160c05161400d565b60c0526127f18161582e565b9a6080519060601b1790610120519060051b61010051010152906127a2565b506001600160401b03612827612751848789613fb8565b16151561279d565b612862610da66128556122c96020610220516102405101016102205161024051016151d1565b610e1b610200518661401a565b612740565b6316f9a75560e01b5f5260045260245260445ffd5b61289d6001600160401b03612895612751848688613fb8565b16809561400d565b936128ab575b6001016123b2565b936128b760019161582e565b9490506128a3565b63430d767360e01b5f5260045260245260445ffd5b9091946001600160401b036128ed612751888587613fb8565b169085821161290b576001916129029161400d565b9501919061234d565b858263a2fc5cfd60e01b5f5260045260245260445ffd5b610220516102405161293991016060810190614051565b9190506355c5b3e360e11b5f5260045260245260445ffd5b506102205161024051829161296b91016060810190614051565b9050141561231e565b610220516102405161293991016040810190614051565b632d46907760e21b5f526102205161024051013560045260245260445ffd5b63efbf493960e01b5f52610220516102405101356004523360245260445ffd5b610160516129e4575f5f516020615f185f395f51905f525d005b6129f061016051614538565b61065b565b346102fc5760203660031901126102fc576004355f52600760205261016060405f20805490600181015490600281015490600360ff8360b81c16910154926040519460018060a01b038116865263ffffffff8160a01c16602087015260c01c604086015260608501526001600160601b038216608085015263ffffffff8260601c1660a085015264ffffffffff8260801c1660c085015261ffff8260a81c1660e0850152612aa281613f15565b61010084015260c01c610120830152610140820152f35b346102fc575f3660031901126102fc57612ad16144be565b6001612adc336150fe565b9101906001600160801b03825460401c16908115610680576001612b1d91602094600160401b600160c01b03198154169055016108a783825460801c614167565b335f52600a825260405f20612b3382825461400d565b90556040518181527ffc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe833392a25f5f516020615f185f395f51905f525d604051908152f35b346102fc5760203660031901126102fc57600435612b946144be565b80156110e257335f52600a60205260405f2054808211612c1c5790612bbc8161065b9361401a565b335f52600a60205260405f20556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2337f0000000000000000000000000000000000000000000000000000000000000000615194565b63cf47918160e01b5f5260045260245260445ffd5b346102fc5760203660031901126102fc576004355f526002602052602060ff60405f2054166040519015158152f35b346102fc5760203660031901126102fc576001600160a01b03612c81613e7c565b165f52600a602052602060405f2054604051908152f35b346102fc5760203660031901126102fc57600435612cb46144be565b80156110e257612cc3336150fe565b906001600160801b0381541691828411612dc457612d3b6001600160401b0393612d5b926001600160801b03612cfc8189168094614167565b166001600160801b03198654161785556001600160801b03612d218382845416614167565b166001600160801b0319825416179055835460801c614187565b82546001600160801b031660809190911b6001600160801b031916178255565b600182612d7363ffffffff60065460401c164261400d565b169101908219825416178155541660405191825260208201527f945550dce0b42f10b5539395a8a3a7ee163db05456fe2de922d98564e641c49c60403392a25f5f516020615f185f395f51905f525d005b50506322df051360e11b5f5260045260245260445ffd5b346102fc575f3660031901126102fc5760206040516127108152f35b346102fc575f3660031901126102fc57612e0f6144be565b600454336001600160a01b03821614801590612e96575b612e8357600354336001600160a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b03199081163317600355166004555f5f516020615f185f395f51905f525d005b638396ca0960e01b5f523360045260245ffd5b503315612e26565b346102fc5760203660031901126102fc57602061031a60043561412c565b346102fc5760e03660031901126102fc576004356001600160401b038116908181036102fc5760243563ffffffff8116928382036102fc57604435936001600160401b038516908186036102fc576064359163ffffffff8316918284036102fc576084359560a43564ffffffffff8116958682036102fc5760c43599612f406144be565b841580156131c7575b6131955785156131675789156110e2576001600160601b038a118015613157575b61313b574288111561310457612f8090336143d4565b9a8b5f52600760205260405f2090600282019460ff865460b81c16612fa481613f15565b6130f15760a01b63ffffffff60a01b16331760c09190911b6001600160c01b03191617815560209a8c9a6130c79a6130c19a9299919890979296919590949293919261304c927fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a0906001015583546001600160a81b0319166001600160601b038b161760609190911b63ffffffff60601b161760809190911b64ffffffffff60801b16178255565b600554815462ffffff60a81b191660089190911b61ffff60a81b1617600160b81b179055866130df575b6040519485528a8501526040840152606083015282608083015260a0820152857fa2f6af8bfea277dde36fa7e0e70858bc0febc917e56e83c5621e8cb853f6f14c60c03393a361400d565b33614fa0565b5f5f516020615f185f395f51905f525d604051908152f35b895f52600f8b528660405f2055613076565b8d639e2b4bfd60e01b5f5260045260245ffd5b6040516333991d4960e11b815260206004820152600e60248201526d736574746c65446561646c696e6560901b6044820152606490fd5b6131458b8b61400d565b6304041d9560e11b5f5260045260245ffd5b506001600160601b038b11612f6a565b6040516333991d4960e11b8152602060048201526005602482015264737465707360d81b6044820152606490fd5b6040516333991d4960e11b815260206004820152600960248201526867726f757053697a6560b81b6044820152606490fd5b506101008511612f49565b346102fc5760803660031901126102fc576024356004356001600160401b0382116102fc5781600401606060031984360301126102fc57604435906001600160401b0382116102fc57608060031983360301126102fc576064356001600160401b0381116102fc576080816004019160031990360301126102fc576132556144be565b61325e84614def565b9461326a838787614e60565b60248401359261327a8482614ac2565b936132858588614452565b5f52601060205260ff60405f20541661339e57610da08260446001600160401b036132bf886127516132cf9a8f8f9a8e916132c89c614b3a565b16950190614051565b3590613fdc565b92604483013593848111156133885761335b8561ffff6002896133256127109961173499610802996133629e61331b6133148f9c8b61330d9161401a565b8385614db5565b809a61400d565b9360040191614e8c565b016001600160601b0361333d8185168284541661410c565b166001600160601b03198254161781555460a81c169384918861400d565b0493613fdc565b80613379575f5f516020615f185f395f51905f525d005b61338290614538565b8061065b565b8463521ab31960e11b5f5260045260245260445ffd5b634f7d848160e01b5f5260045ffd5b346102fc575f3660031901126102fc5760206040516101008152f35b346102fc5760203660031901126102fc576001600160a01b036133ea613e7c565b165f52600b60205260a060405f208054906001600160801b03600260018301549201549160405193828116855260801c60208501526001600160401b038116604085015260401c1660608301526080820152f35b346102fc575f3660031901126102fc576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102fc5760203660031901126102fc5761349b6144be565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036134f6576004355f52600260205260405f20600160ff198254161790555f5f516020615f185f395f51905f525d005b63063058ed60e11b5f523360045260245ffd5b346102fc5760a03660031901126102fc576004356024356001600160401b0381116102fc578060040190606060031982360301126102fc576044356001600160401b0381116102fc57613560903690600401613e92565b91909260643591608435916001600160401b0383116102fc576080836004019360031990360301126102fc576135946144be565b61359d876144f3565b95600287019564ffffffffff875460801c168042106137aa576135cc9063ffffffff60065460201c169061400d565b8042101561379457506135ec916135e49136916140c2565b82888a61478c565b6135f68482614ac2565b936136018589614646565b61339e57610da08260446001600160401b036132bf8861275161362c9a8f8f9a6132c89b8f92614b3a565b92845f52600860205260405f2060018060a01b0383165f5260205260405f2054938481111561377e5761372861ffff60409587956136a661369f613757976136987f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd9c6127109961401a565b908d614db5565b809861400d565b8a5f526008602052885f2060018060a01b0383165f52602052885f20556001600160601b036136da8189168285541661410c565b166001600160601b031983541617825560018060a01b031680997f018ebeb0b47d6b51edd49e863b83fc8e4a257babf59cc01d51921250795f57a360208a518a8152a35460a81c1684613fdc565b048261373582809561401a565b875f52600a60205261374b865f2091825461400d565b9055816137755761401a565b9082519182526020820152a25f5f516020615f185f395f51905f525d005b6117c982614538565b8463db2e106360e01b5f5260045260245260445ffd5b89630545f9d360e21b5f5260045260245260445ffd5b8963b4812f4d60e01b5f5260045260245260445ffd5b346102fc5760403660031901126102fc576004356001600160401b0381116102fc576137f0903690600401613e36565b6137f8613e66565b6138006144be565b5f9283919036819003607e19019083805b86881015613af8578760051b830135848112156102fc57830190813591825f52600760205260405f2060028101805460ff8160b81c1661385081613f15565b60028114159081613aaf575b50613a9c5764ffffffffff9060801c16804210613a8657509082916138c061388860608c960185614051565b604080516020888101358083526001600160a01b03909a16908201528188013591810182905260609020909793929184915b926145da565b600184015403613a70576040811015613a0357815460c01c90600182821c166139ed5782546001600160c01b0316600190911b90911760c01b6001600160c01b0319161781556127109061391e9061ffff905b5460a81c1685613fdc565b049461392a8a82614646565b6139785750906139449161393e868561401a565b91614676565b908161396f575b613965926120f06001959361395f9361401a565b9761400d565b975b019694613811565b6001945061394b565b93999b955060209150846139ad9184965f516020615ef85f395f51905f5295116139bd575b546001600160a01b03169561401a565b604051908152a360018091613967565b6139c7828861401a565b60018060a01b038254165f52600a85526139e660405f2091825461400d565b905561399d565b8763a2dc74e760e01b5f5260045260245260445ffd5b600160ff82161b90875f52600960205260405f208160081c90815f5260205260405f205491838316613a5a57509261391e9261ffff92612710958b5f52600960205260405f20905f526020521760405f2055613913565b8963a2dc74e760e01b5f5260045260245260445ffd5b86631f1b9d2d60e11b5f5260045260245260445ffd5b8563205b79cb60e21b5f5260045260245260445ffd5b85631d46cb0560e01b5f5260045260245ffd5b60039150613abc81613f15565b14801590613acb575b8e61385c565b507fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a0600184015414613ac5565b85859282159081613ba6575b50613b8857917f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd604084613b3a6020968661401a565b9360018060a01b031693845f52600a8752613b59835f2091825461400d565b9055613b65818661401a565b90825191825286820152a25f5f516020615f185f395f51905f525d604051908152f35b634b90c98b60e11b5f9081526001600160a01b038416600452602490fd5b90501584613b04565b346102fc5760803660031901126102fc576004356024356001600160401b0381116102fc57613be2903690600401613e36565b90916044356001600160401b0381116102fc57613c03903690600401613e36565b9360643591613c106144be565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303613e23576002613c4b856144f3565b019461ffff865460a81c16905f935f985f5b838110613d2157505050505050825f52600f60205260405f2054926001600160601b0385541693808411613d0b5784613c96858561401a565b11613cf85783613cd0936001600160601b039693613cb88897613cca9561401a565b905f52600f60205260405f205561401a565b9061401a565b16166001600160601b031982541617905580613379575f5f516020615f185f395f51905f525d005b5063f9f8089160e01b5f5260045260245ffd5b83630e8cb89760e31b5f5260045260245260445ffd5b80613d7a9b977f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd6040613d57600195878c613fb8565b359e8f93613d74612710613d6b8d88613fdc565b0495869261400d565b9c61400d565b9e613d85848261401a565b868060a01b03613d99610da6888d8d613fb8565b165f52600a602052613daf835f2091825461400d565b90558d868060a01b03613dc6610da6888d8d613fb8565b16907f018ebeb0b47d6b51edd49e863b83fc8e4a257babf59cc01d51921250795f57a360208551858152a3613e0984613e03610da6888d8d613fb8565b9261401a565b9382519485526020850152858060a01b031692a201613c5d565b633ae03dad60e11b5f523360045260245ffd5b9181601f840112156102fc578235916001600160401b0383116102fc576020808501948460051b0101116102fc57565b602435906001600160a01b03821682036102fc57565b600435906001600160a01b03821682036102fc57565b9181601f840112156102fc578235916001600160401b0383116102fc57602083818601950101116102fc57565b60e4359063ffffffff821682036102fc57565b610104359063ffffffff821682036102fc57565b610124359063ffffffff821682036102fc57565b346102fc575f3660031901126102fc57602060405160028152f35b60041115613f1f57565b634e487b7160e01b5f52602160045260245ffd5b346102fc575f3660031901126102fc57602060405160018152f35b346102fc575f3660031901126102fc57602060405160048152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b6004359060ff821682036102fc57565b346102fc575f3660031901126102fc57602060405160038152f35b9190811015613fc85760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8181029291811591840414171561181857565b8115613ff9570490565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161181857565b9190820391821161181857565b6064356001600160a01b03811681036102fc5790565b356001600160a01b03811681036102fc5790565b903590601e19813603018212156102fc57018035906001600160401b0382116102fc57602001918160051b360383136102fc57565b90601f801991011681019081106001600160401b03821117611f5f57604052565b6001600160401b038111611f5f57601f01601f191660200190565b9291926140ce826140a7565b916140dc6040519384614086565b8294818452818301116102fc578281602093845f960137010152565b356001600160401b03811681036102fc5790565b906001600160601b03809116911603906001600160601b03821161181857565b61413c9060055460f01c90613fdc565b6127108101908181116118185761270f01908111611818576127109004806141645750600190565b90565b906001600160801b03809116911603906001600160801b03821161181857565b906001600160801b03809116911601906001600160801b03821161181857565b6040519060c082018281106001600160401b03821117611f5f576040528164ffffffffff600c546001600160801b0381168352818160801c16602084015260a81c166040820152600d546001600160801b038116606083015260801c608082015260a0600e54910152565b6024359061ffff821682036102fc57565b6044359061ffff821682036102fc57565b6064359061ffff821682036102fc57565b6084359061ffff821682036102fc57565b60a4359061ffff821682036102fc57565b60c4359061ffff821682036102fc57565b60843560ff811681036102fc5790565b905f905b8082106142995750505090565b90919283359060018060a01b0382168092036102fc5760208160019382935201940192019061428c565b916142f66142e86142d48380614051565b929060405192839160208301958691614288565b03601f198101835282614086565b5190209061431e6143106142e86142d46020850185614051565b519020916040810190614051565b60405160208101929091906001600160fb1b0382116102fc57826020916143579360051b8091873781010301601f198101835282614086565b519020916040519360208501957f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb028752604086015260018060a01b03166060850152608084015260a083015260c082015260c081526143b760e082614086565b51902090565b6001600160401b038111611f5f5760051b60200190565b604080516001600160a01b03909216602083019081526001600160401b039093168282015281526143b7606082614086565b60408210614434575f52600960205260405f208160081c5f52602052600160ff60405f205492161b16151590565b906001915f526007602052600260405f20015460c01c901c16151590565b9060405190602082019260048452604083015260018060a01b031660608201525f6080820152608081526143b760a082614086565b9290916040519260ff6020850195168552604084015260018060a01b031660608301526080820152608081526143b760a082614086565b5f516020615f185f395f51905f525c6144e45760015f516020615f185f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b90815f52600760205260405f209160ff600284015460b81c169061451682613f15565b60018203614522575050565b63276065d160e21b5f5260045261156e81613f15565b61454061554d565b906001600160801b03825416156145b3576001600160801b0361456c8160018501931682845416614187565b166001600160801b031982541617905561459163ffffffff60065460401c164261400d565b815464ffffffffff60a81b191660a89190911b64ffffffffff60a81b16179055565b905060018060a01b03600554165f52600a6020526145d660405f2091825461400d565b9055565b909392935f915b8183106145f6575050506145f157565b5f9150565b9091929460018616155f1461462a57614610848484613fb8565b35905f52602052600160405f205b95811c930191906145e1565b614635848484613fb8565b355f52602052600160405f2061461e565b9061465091614452565b5f52601060205260ff60405f2054166002811490811561466e575090565b600491501490565b909291813591825f52600260205260ff60405f2054161561478457604051636e8394d560e11b815260048101849052602091820135602482015290816044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115614779575f91614745575b506146fd9061271092613fdc565b049283614708575050565b60018060a01b0390541690815f52600a60205260405f2061472a85825461400d565b90555f516020615ef85f395f51905f526020604051868152a3565b90506020813d602011614771575b8161476060209383614086565b810103126102fc57516127106146ef565b3d9150614753565b6040513d5f823e3d90fd5b505f93505050565b81546001600160a01b038116959093929091906147aa8488846142c3565b9660038201968754806149985750906147ce916147c98a6107916156c0565b615669565b6147d88480614051565b80969150158015614986575b6149565760208501916147f78387614051565b93905063ffffffff8360a01c168094116149255761482960408801986122d56148208b8b614051565b9490508a614051565b036148f65761485f61484f6148669460026001600160601b039401549460c01c90613fdc565b63ffffffff8460601c169061400d565b9116613fef565b955f5b6148738686614051565b90508110156148be578761488b82610da08989614051565b351161489957600101614869565b6148a88891610da08888614051565b35634216244560e11b5f5260045260245260445ffd5b50919550937f30ee672a3c125782301e90132c662ce86f816103c9267114b73114077b0605bd935060209250819055604051908152a2565b604051634436cf7560e01b815260206004820152600660248201526570726963657360d01b6044820152606490fd5b604051634436cf7560e01b81526020600482015260086024820152677374616e6462797360c01b6044820152606490fd5b604051634436cf7560e01b815260206004820152600760248201526677696e6e65727360c81b6044820152606490fd5b5063ffffffff8160a01c1686116147e4565b965050505091509392508183036149ae57505050565b633ee5bff760e21b5f5260045260245260445260645ffd5b8154909491935091906149e3826001600160a01b038516876142c3565b946003850194855480614aae57506149fb8480614051565b80969150158015614a9c575b614956576020850191614a1a8387614051565b93905063ffffffff8360a01c1680941161492557614a4360408801986122d56148208b8b614051565b036148f65761485f61484f614a699460026001600160601b039401549460c01c90613fdc565b955f5b614a768686614051565b90508110156148be5787614a8e82610da08989614051565b351161489957600101614a6c565b5063ffffffff8160a01c168611614a07565b94505091509392508183036149ae57505050565b614acc8180614051565b9050821015614ae65761416491610da082610da693614051565b50633b9052cf60e01b5f5260045260245ffd5b9190811015613fc85760051b81013590601e19813603018212156102fc5701908135916001600160401b0383116102fc5760200182360381136102fc579190565b91939290926001600160401b03614b50826140f8565b16158015614d96575b614d68576060810135603e19823603018112156102fc57810191614b7d8380614051565b9690506020840187614b8f8287614051565b905003614d5d576040840188614ba58287614051565b905003614d52576001600160a01b03909316955f95929386939091602087013590855b8c8110614c245750505050505050505015614c12575063ffffffff614bf1915460a01c1661412c565b90818110614bfd575050565b631a88566160e21b5f5260045260245260445ffd5b631926175560e11b5f5260045260245ffd5b614c3c614c3582610da08780614051565b35896154d3565b966001600160a01b038089169116811115614d43578b908887848d614c60816140f8565b92614c6a91614051565b614c749291613fb8565b356040519060208201927f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d84528860408401528560608401526001600160401b031660808301528860a083015260c082015260c08152614cd560e082614086565b519020614ce06156c0565b90614d02916042916040519161190160f01b8352600283015260228201522090565b9084614d0e8b8a614051565b614d189291614af9565b3690614d23926140c2565b614d2c92615669565b14614d3a575b600101614bc8565b60019950614d32565b63d02ef0e560e01b5f5260045ffd5b612939899186614051565b612939889186614051565b6001600160401b03614d7a85926140f8565b915460c01c9163a2fc5cfd60e01b5f521660045260245260445ffd5b50614da0816140f8565b6001600160401b03855460c01c911611614b59565b9060026001600160601b0391015416908115614ddd575080821015614dd8575090565b905090565b63f9f8089160e01b5f5260045260245ffd5b90815f52600760205260405f2091600283015460ff8160b81c16614e1281613f15565b60028103614e48575064ffffffffff9060801c169081421015614e33575050565b63036ddd4960e41b5f5260045260245260445ffd5b63276065d160e21b5f52600483905261156e81613f15565b815491929091600391614e7c916001600160a01b0316846142c3565b920154908183036149ae57505050565b9293919083823514801590614f52575b614f375791604082614ee89594614eb860606001960183614051565b9790602084013580996138ba888d84909160609260405192835260018060a01b0316602083015260408201522090565b94018490558151958652013560208501526040840152606083015233926001600160a01b0316917f08b064843593bd08f07f687ad9bf074dfda39c524df169259aa94de57c57743690608090a4565b60208285631f1b9d2d60e11b5f52600452013560245260445ffd5b50614f94614f636060840184614051565b6020850135906138ba60408701358a84909160609260405192835260018060a01b0316602083015260408201522090565b60018201541415614e9c565b6040516370a0823160e01b8152306004820152907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0381169190602084602481865afa938415614779575f946150c6575b509161504060209260249594604051916323b872dd60e01b8684015260018060a01b0316878301523060448301528760648301526064825261503b608483614086565b6157d6565b6040516370a0823160e01b815230600482015293849182905afa8015614779575f90615092575b615071925061401a565b9080820361507d575050565b63245fd5b160e21b5f5260045260245260445ffd5b506020823d6020116150be575b816150ac60209383614086565b810103126102fc576150719151615067565b3d915061509f565b9350916020843d6020116150f6575b816150e260209383614086565b810103126102fc5792519291615040614ff8565b3d91506150d5565b61510661554d565b9060018060a01b03165f52600b60205260405f209160028201546001600160801b038454166001600160801b0369d3c21bcecceda1000000615151600288019361207e85548761401a565b041661516e60018701916001600160801b03835460401c16614187565b600160401b600160c01b0382549160401b1690600160401b600160c01b03191617905555565b60405163a9059cbb60e01b60208201526001600160a01b0390921660248301526044808301939093529181526151cf9161503b606483614086565b565b903590605e19813603018212156102fc570190565b6001600160801b0360608201511680158015615264575b61525e57604082019164ffffffffff8351164210156152585764ffffffffff61523260208293019361207e838651164261401a565b93511691511690039064ffffffffff82116118185764ffffffffff614164921690613fef565b50905090565b50505f90565b5064ffffffffff6020830151164211156151fd565b909160a435936001600160401b038516928386141591826102fc57841580156154c3575b6154a0576064356001600160a01b038116808214159691876102fc576152c381886158d6565b1561548d576152d28480614051565b9a905060208501958b6152e58888614051565b90500361548257896102fc576084359460ff8616988987036102fc576102fc5761536e92506040519060208201927f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a19336258452604083015285606083015289608083015260a082015260c43560c082015260c0815261536360e082614086565b5190206107916156c0565b9560028114938415615475575b505061539961538a8880614051565b90506122d560208a018a614051565b965f935f5b8c81106153c357505050505050505050505063ffffffff614bf1915460a01c1661412c565b818061545e575b15615441578b546001600160a01b03165b6001600160a01b038181169716871115614d435780968c6102fc5786811461542f57509061542960019261542361541c846154168e8e614051565b90614af9565b36916140c2565b8c615669565b0161539e565b6363a7ccd760e11b5f5260045260245ffd5b61545961545282610da08a80614051565b35846154d3565b6153db565b508961546e82610da08a80614051565b35146153ca565b5060041492505f8061537b565b8b6129398888614051565b506363a7ccd760e11b5f5260045260245ffd5b848688856102fc57505460c01c9063a2fc5cfd60e01b5f5260045260245260445ffd5b5085545f935060c01c851161529d565b6154dd8180614051565b80929150831061553a576154f1828461401a565b9060208101916155018383614051565b91905010156155275791610e1b61551f6141649593610da695614051565b92909361401a565b83630733de0f60e11b5f5260045260245ffd5b610da6915091610da08361416494614051565b600c9061556061555b6141a7565b6151e6565b8015801561558d575b5050600c805464ffffffffff60801b19164260801b64ffffffffff60801b16179055565b6001600160801b038216906001600160801b036155ae8382600d5416614167565b166001600160801b0319600d541617600d556001600160801b03600c54169081155f146156035750505060018060a01b03600554165f52600a6020526155f960405f2091825461400d565b90555b5f80615569565b69d3c21bcecceda1000000840293840469d3c21bcecceda10000001417156118185761563561563d9161564b94613fef565b600e5461400d565b600e55600d5460801c614187565b6001600160801b03600d549181199060801b16911617600d556155fc565b9061567391615b6a565b5090919061568081613f15565b6156b1576001600160a01b03918216911680820361569c575050565b63366d29f760e01b5f5260045260245260445ffd5b635cd5d23360e01b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614806157ad575b1561571b577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526143b760c082614086565b507f000000000000000000000000000000000000000000000000000000000000000046146156f2565b905f602091828151910182855af115614779575f513d61582557506001600160a01b0381163b155b6158055750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b600114156157fe565b5f1981146118185760010190565b8051821015613fc85760209160051b010190565b905f91608081016158618183614051565b809291501561478457905f915b8183106158a65750505035805f52600f60205260405f2054808411613d0b57836158979161401a565b905f52600f60205260405f2055565b9091946158cd6001916001600160601b036158c589610da0878a614051565b35169061400d565b9501919061586e565b906001600160a01b03165f5b6158ec8380614051565b905081101561592c578181615916610da66159078780614051565b6001600160a01b039491613fb8565b1614615924576001016158e2565b505050600190565b50602082015f5b61593d8285614051565b905081101561596f578281615958610da66159078689614051565b161461596657600101615933565b50505050600190565b505050505f90565b60ff81146159bd5760ff811690601f82116159ae576040519161599b604084614086565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b506040515f5f548060011c9160018216918215615a90575b602084108314615a7c578385528492908115615a5d5750600114615a00575b61416492500382614086565b505f80805290917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b818310615a41575050906020614164928201016159f4565b6020919350806001915483858801015201910190918392615a29565b6020925061416494915060ff191682840152151560051b8201016159f4565b634e487b7160e01b5f52602260045260245ffd5b92607f16926159d5565b60ff8114615abe5760ff811690601f82116159ae576040519161599b604084614086565b506040515f6001548060011c9160018216918215615b60575b602084108314615a7c578385528492908115615a5d5750600114615b015761416492500382614086565b5060015f90815290917fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b818310615b44575050906020614164928201016159f4565b6020919350806001915483858801015201910190918392615b2c565b92607f1692615ad7565b8151919060418303615b9a57615b939250602082015190606060408401519301515f1a90615dce565b9192909190565b50505f9160029190565b9190615baf83615e50565b8060059592951b908082046020149015171561181857808403615c9d5750826040116102fc57602082013560a01c615c575760ff1660028103615c665750816080116102fc57606081013560401c615c57578160a0116102fc57608081013560401c615c57578160c0116102fc5760a081013560201c615c575760406143b7915b838251948592602084019788528484013781015f838201520301601f198101835282614086565b63379a7a8760e11b5f5260045ffd5b600314615c79575b60406143b791615c30565b816060116102fc57604081013560401c15615c6e5763379a7a8760e11b5f5260045ffd5b839063786ccf6f60e11b5f5260045260245260445ffd5b909291806040116102fc576001600160a01b036020850135169360ff8316600303615cfc57816060116102fc576040810135915b6020116102fc576141649285913590614487565b5f91615ce8565b80518015615da8575b60018111615d235750805115613fc8576020015190565b600181018082116118185760011c905f5b828110615d42575050615d0c565b600181901b906001600160ff1b038116810361181857615d62828661583c565b51600183018093116118185760019284811015615da057615d83908761583c565b51905b5f5260205260405f20615d99828761583c565b5201615d34565b505f90615d86565b50507fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a090565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615e45579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15614779575f516001600160a01b03811615615e3b57905f905f90565b505f906001905f90565b5050505f9160039190565b60ff169060018214615ecf5760028214615ea75760038214615e7f5750634a3ad8cb60e01b5f5260045260245ffd5b7f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d9150600590565b7f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef9150600890565b7fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf64915060039056fef552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe1839b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220684855d53fe1fc8c2aad402f213b48f428994f2b006295058465101e854b925e64736f6c6343000825003360c0346100a757601f611caf38819003918201601f19168301916001600160401b038311848410176100ab5780849260409485528339810103126100a7578051906001600160a01b03821682036100a75760200151906001600160a01b03821682036100a75760805260a052604051611bef90816100c082396080518181816103e301528181610a0301528181610dd30152611810015260a05181818160c201526104b30152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60a0806040526004361015610012575f80fd5b5f905f3560e01c908163249d39e914611482575080632738940614610ceb57806327e235e314610caf5780632e0ef42214610c955780633ccfd60b14610be057806349fc40b714610a3257806351160630146109ee5780635f3ad709146109d357806392584d801461064a578063944303a814610610578063a9ca52c114610199578063dd0729aa146100f45763fc0c546a146100ad575f80fd5b346100f157806003193601126100f1576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346100f15760403660031901126100f157600435908181528060205260408120600381015460ff8116936005851015610185576001851461017357506003602094149081610160575b501561015a5760019150015460f01c5b61ffff60405191168152f35b5061014e565b61ffff915060481c16602435105f61013e565b6322ce518560e01b8452600452602483fd5b634e487b7160e01b84526021600452602484fd5b50346104fb576101203660031901126104fb576004356101003660231901126104fb576101c4611798565b6101cd816117f2565b926001600160a01b0316330390506105f9576001906101eb816115fa565b036105e6576105d457805f525f60205260405f206003810160ff81541660058110156105c0576105ad5760243591821561057957600360ff61022b611761565b16108015610565575b6105365761271061ffff610246611771565b16116104ff5782815560018101906044356001600160401b0381168082036104fb57835491606435926001600160401b038416948585036104fb576bffffffffffffffffffffffff60801b610299611782565b60801b169660ff60e01b6102ab611761565b60e01b169760c43598891515809a036104fb576002946001600160f01b03196102d2611771565b60f01b166001600160f01b036fffffffffffffffff000000000000000060408c901b166001600160f01b03199390931661ffff60e01b198b16179290921793909317161760ff60e81b60e88b901b1617179055610104356001600160801b038116989291909101908890036104fb57876001600160801b0319825416179055600160ff198254161790556040519687525060208601525060408401526084356001600160601b0381168091036104fb57606084015260a43560ff81168091036104fb57608084015260a083015260e43561ffff81168091036104fb57827f30d370a856476a38381d8dab2595721a955b6fe05ae7356fd67d5bfcfab37ae0926101009260c08796015260e0820152a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b156104fb575f9160248392604051948593849262a7821360e31b845260048401525af180156104f0576104dd575b506104626001600160601b03610450611782565b1660ff61045b611761565b169061170c565b8061047c575b50805f516020611b9a5f395f51905f525d80f35b6104d790604051906323b872dd60e01b60208301523360248301523060448301526064820152606481526104b1608482611515565b7f0000000000000000000000000000000000000000000000000000000000000000611b41565b5f610468565b6104e991505f90611515565b5f5f61043c565b6040513d5f823e3d90fd5b5f80fd5b60405163f191a03160e01b815260206004820152600e60248201526d636f6e646974696f6e616c42707360901b6044820152606490fd5b60405163f191a03160e01b815260206004820152600660248201526571756f72756d60d01b6044820152606490fd5b50602060ff610572611761565b1611610234565b60405163f191a03160e01b815260206004820152600b60248201526a0d0cad8c89eeae890c2e6d60ab1b6044820152606490fd5b8263566170bb60e11b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b636b270f6160e11b5f5260045260245ffd5b5063489d879760e11b5f5260045260245ffd5b8263efbf493960e01b5f526004523360245260445ffd5b346104fb575f3660031901126104fb5760206040517f525587963309a495ae18185f0bd949e8f454446d410810e0f0f2af06a13420638152f35b346104fb5760203660031901126104fb57600435610666611798565b805f525f60205260405f206003810180549160ff831660058110156105c0576001036109c1576106a392610699856117f2565b5090959195611922565b156109ae5760046106b38361165e565b920191825490606081016001600160601b03815116936106dc608084019560ff8751169061170c565b925f955f9760ff82511687105f146107b257505050506001600160601b0361071291600460ff198954161788555b51168461170c565b810390811161079e5760ff6080956001600160401b03927f3ddaab468d9a44275e54d7d73b1cf24f39246066ac79628426bba2def48d27059860018060a01b03165f52600160205261076960405f20918254611651565b905554169361077b604051809661149c565b16602084015260408301526060820152a25f5f516020611b9a5f395f51905f525d005b634e487b7160e01b5f52601160045260245ffd5b94969750946107c7819b9499929a939b611536565b6107d46040519182611515565b818152601f196107e383611536565b013660208301375f5b82811061098257506107fd9061199e565b68ffffffffffffffff0019909b1660088c901b68ffffffffffffffff001617825560a08a01516001600160401b038c169b97901561096c576001600160401b0360208c0151168c10155b156109655760025b60058110156105c05760ff809c989c19855416911617835560405f9701965b82811080610958575b15610939578c8b61089161088b848b61163c565b506116de565b918b60208401916001600160401b038351169081115f1461092957506001600160401b036108c0925116611741565b6001600160401b03808c5116911611156108e5575b50506108e090611733565b61086e565b9a610921916001600160601b036108e0949d51169060018060a01b039051165f52600160205261091a60405f20918254611651565b9055611733565b99908b6108d5565b906109349250611741565b6108c0565b5094509450966107129299506001600160601b0391985095949561070a565b5060ff8c51168a10610877565b600361084f565b6001600160401b0360208c0151168c1115610847565b806001600160401b036109976001938a61163c565b505460a01c166109a7828561171f565b52016107ec565b8463c82dbb6760e01b5f5260045260245ffd5b83620d1c2160e71b5f5260045260245ffd5b346104fb575f3660031901126104fb57602060405160038152f35b346104fb575f3660031901126104fb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346104fb5760203660031901126104fb575f60e0604051610a52816114f9565b8281528260208201528260408201528260608201528260808201528260a08201528260c082015201526004355f525f60205260405f20600381015490610a9b600482019161165e565b8154610aa681611536565b90610ab46040519283611515565b8082526020820180945f5260205f205f915b838310610bc3576001600160401b03888888886040519485946001600160801b0360e0610160880195805189528460208201511660208a01528460408201511660408a01526001600160601b0360608201511660608a015260ff60808201511660808a015260a0810151151560a08a015261ffff60c08201511660c08a015201511660e0870152610b5e610100870160ff831661149c565b60081c1661012085015261016061014085015251809152610180830191905f5b818110610b8c575050500390f35b825180516001600160a01b031685526020908101516001600160401b03168186015286955060409094019390920191600101610b7e565b600160208192610bd2856116de565b815201920192019190610ac6565b346104fb575f3660031901126104fb57610bf8611798565b335f52600160205260405f20548015610c8657610c7490335f5260016020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a26040519063a9059cbb60e01b60208301523360248301526044820152604481526104b1606482611515565b5f5f516020611b9a5f395f51905f525d005b630686827b60e51b5f5260045ffd5b346104fb575f3660031901126104fb576020604051818152f35b346104fb5760203660031901126104fb576004356001600160a01b038116908190036104fb575f526001602052602060405f2054604051908152f35b346104fb5760e03660031901126104fb576024356004356001600160401b0382116104fb578160040191606060031982360301126104fb576044356001600160a01b03811693908490036104fb5760603660631901126104fb5760c435926001600160401b0384116104fb57366023850112156104fb5783600401356001600160401b0381116104fb5736602482870101116104fb57610d89611798565b815f525f60205260405f209460038601549160ff831660058110156105c0576001036109c15790839291610dbf610dc7956117f2565b929791611922565b61146f57801561145c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031695879594939291906044610e0f88806114a9565b909b610e2c610e2260248301809c6114a9565b949092018d6114a9565b93909d6040516080526060608051019060805182106001600160401b0383111761127e57610e6d94610e6292604052369161154d565b60805152369161154d565b9a6020608051019b8c52610e8082611536565b91610e8e6040519384611515565b808352602083019060051b8201913683116104fb57905b82821061144c5750505090610f1491604060805101908152604051928392633be1b7eb60e11b845289600485015260018060a01b03169c8d602485015260606044850152610f01608051516060606487015260c48601906115a8565b90518482036063190160848601526115a8565b9051906063198382030160a4840152602080835192838152019201905f5b81811061143357505050908060209203818b5afa9081156104f0575f91611401575b50036113ee576084359189548084036113d7575060405163f698da2560e01b8152906020826004818b5afa80156104f0578c925f916113a0575b50925f602061105e949589606435986001600160401b03610fad6115e4565b60405192868401947f525587963309a495ae18185f0bd949e8f454446d410810e0f0f2af06a1342063865260408501528b60608501528c608085015260a08401521660c082015260c0815261100360e082611515565b519020604051908382019261190160f01b8452602283015260428201526042815261102f606282611515565b519020928060246040519661104d85601f19601f8601160189611515565b828852018387013784010152611964565b5090919061106b816115fa565b159182159261138c575b50508015611384575b6113755788968714611362575f5b61109687806114a9565b90508110156110e65787816110c56110c06110b18b806114a9565b6001600160a01b039491611604565b611628565b16146110d35760010161108c565b876366246ae560e01b5f5260045260245ffd5b509091929493965f5b6110f987876114a9565b90508110156111225787816111146110c06110b18b8b6114a9565b16146110d3576001016110ef565b509091939294602460208960405192838092630213119b60e51b82528c60048301525afa9081156104f0575f91611330575b506001600160801b036002840154169081811061131b5750506004820194855494602086101561130c575f5b8681106112d657508515611292575b5050505061119b6115e4565b92604051926111a9846114de565b8684526001600160401b0360208501951685526801000000000000000081101561127e576111dc9160018201815561163c565b61126b579151825493516001600160e01b03199094166001600160a01b03919091161760a09390931b67ffffffffffffffff60a01b169290921790557f9bee2837e88971041ec216793631b00cf3b716259a47d7d68ee42a5385ee778a906040906001600160401b0361124d6115e4565b8351928352166020820152a35f5f516020611b9a5f395f51905f525d005b634e487b7160e01b5f525f60045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6112bc816112b46003956112ac8361ffff60481b966114a9565b9390506114a9565b919050611651565b60481b169061ffff60481b1916179101558580808061118f565b896112e1828a61163c565b50546001600160a01b0316146112f957600101611180565b896397d84e4b60e01b5f5260045260245ffd5b63a487d2d160e01b5f5260045ffd5b63829f116360e01b5f5260045260245260445ffd5b90506020813d60201161135a575b8161134b60209383611515565b810103126104fb575188611154565b3d915061133e565b866366246ae560e01b5f5260045260245ffd5b635cd5d23360e01b5f5260045ffd5b50881561107e565b6001600160a01b031614159050898b611075565b9250506020823d6020116113cf575b816113bc60209383611515565b810103126104fb5790518b91905f610f8e565b3d91506113af565b839063d9941f9f60e01b5f5260045260245260445ffd5b83630be6bc7560e21b5f5260045260245ffd5b90506020813d60201161142b575b8161141c60209383611515565b810103126104fb57518c610f54565b3d915061140f565b8251845285945060209384019390920191600101610f32565b8135815260209182019101610ea5565b84631823865760e01b5f5260045260245ffd5b84632c63b04b60e01b5f5260045260245ffd5b346104fb575f3660031901126104fb578061271060209252f35b9060058210156105c05752565b903590601e19813603018212156104fb57018035906001600160401b0382116104fb57602001918160051b360383136104fb57565b604081019081106001600160401b0382111761127e57604052565b61010081019081106001600160401b0382111761127e57604052565b90601f801991011681019081106001600160401b0382111761127e57604052565b6001600160401b03811161127e5760051b60200190565b929161155882611536565b936115666040519586611515565b602085848152019260051b81019182116104fb57915b81831061158857505050565b82356001600160a01b03811681036104fb5781526020928301920161157c565b90602080835192838152019201905f5b8181106115c55750505090565b82516001600160a01b03168452602093840193909201916001016115b8565b60a4356001600160401b03811681036104fb5790565b600411156105c057565b91908110156116145760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160a01b03811681036104fb5790565b8054821015611614575f5260205f2001905f90565b9190820180921161079e57565b9060405161166b816114f9565b60e06001600160801b03600283958054855260018101546001600160401b03811660208701526001600160401b038160401c1660408701526001600160601b038160801c16606087015260ff81861c16608087015260ff8160e81c16151560a087015260f01c60c0860152015416910152565b906040516116eb816114de565b91546001600160a01b038116835260a01c6001600160401b03166020830152565b8181029291811591840414171561079e57565b80518210156116145760209160051b010190565b5f19811461079e5760010190565b906001600160401b03809116911603906001600160401b03821161079e57565b60a43560ff811681036104fb5790565b60e43561ffff811681036104fb5790565b6084356001600160601b03811681036104fb5790565b5f516020611b9a5f395f51905f525c6117be5760015f516020611b9a5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b519063ffffffff821682036104fb57565b51906001600160401b03821682036104fb57565b604051630e3b5f3f60e21b81526004810191909152610160816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156104f0575f905f925f915f91611855575b5090929193565b9350505050610160813d821161191a575b816118746101609383611515565b810103126104fb5780516001600160a01b03811681036104fb5761189a602083016117cd565b506118a7604083016117de565b5060808201516001600160601b038116036104fb576118c860a083016117cd565b5060c08201519064ffffffffff821682036104fb5760e083015161ffff8116036104fb576101008301519260048410156104fb578061190d61012061014093016117de565b500151909192905f61184e565b3d9150611866565b9061192c826115fa565b6003821491821561193c57505090565b600291925061194a816115fa565b149081611955575090565b64ffffffffff91501642101590565b81519190604183036119945761198d9250602082015190606060408401519301515f1a90611abf565b9192909190565b50505f9160029190565b805160015b818110611a1257506001808216146119f75760011c905f1982019082821161079e576001600160401b036119e88194826119e06119f0968661171f565b51169361171f565b511690611651565b60011c1690565b6001600160401b0391611a0d9160011c9061171f565b511690565b926001600160401b03611a278585949561171f565b511692845b8015801580611a98575b15611a7f575f1982019180831161079e57611a656001600160401b03611a5c858961171f565b5116918761171f565b5215611a2c57634e487b7160e01b5f52601160045260245ffd5b5093611a91600193969294958661171f565b52016119a3565b505f19820182811161079e576001600160401b03611ab788928861171f565b511611611a36565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611b36579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156104f0575f516001600160a01b03811615611b2c57905f905f90565b505f906001905f90565b5050505f9160039190565b905f602091828151910182855af1156104f0575f513d611b9057506001600160a01b0381163b155b611b705750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b60011415611b6956fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220deb5bead318e8cd5f4aa2a64a06b3e31138a3268eab13b32e6b5492e15e6f66064736f6c6343000825003360a0346100b057601f611a9b38819003918201601f19168301916001600160401b038311848410176100b4578084926020946040528339810103126100b057516001600160a01b03811681036100b0576080526040516119d290816100c982396080518181816101170152818161017e01528181610301015281816103c50152818161054a0152818161065a0152818161092c01528181610b1b01528181610bac01528181611392015261178f0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60c06040526004361015610011575f80fd5b5f5f3560e01c806336c1447f146113eb578063388d3300146113c1578063511606301461137d5780639d98caf714611343578063a35e70b21461130e5763f4da94511461005c575f80fd5b34610761576060366003190112610761576024359067ffffffffffffffff82116107615760606003198336030112610761576044359167ffffffffffffffff83116107615760a06003198436030112610761577f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6112ff5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051630e3b5f3f60e21b81526004803590820152610160816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610c1b575f905f905f905f946112cb575b5060019061016281611591565b036112b7576040516367f855cb60e11b815290610140826004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610c1b575f926111fc575b5064ffffffffff168042109182156111e1575b50506111cc5781156111b7576101e260048401806115bc565b6101f560248694939401866004016115bc565b909161020760448801886004016115bc565b93909260405196606088019088821067ffffffffffffffff8311176111a3576102419461023892604052369161160a565b8752369161160a565b9060208501918252610252836115f2565b92610260604051948561144e565b808452602084019060051b82019136831161076157905b82821061119357505050916102fd84926102ea60209560406102d798019283526040519788968796633be1b7eb60e11b8852600435600489015260018060a01b0316602488015260606044880152516060606488015260c487019061165e565b905185820360631901608487015261165e565b90518382036063190160a4850152611470565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610c1b575f91611161575b500361114c575f925f5b61035060048401806115bc565b90508110156103a55761038361037b6103768361037060048801806115bc565b9061169a565b6116aa565b60043561173a565b15610391575b600101610343565b9361039d6001916116be565b949050610389565b50604051631f30e0cb60e01b8152600481018590529092906020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610c1b575f608052611119575b5061040f60248401846004016115bc565b8093915061042360448601866004016115bc565b905003611108578261043b60648601866004016115bc565b9050036110f7578261045360848601866004016115bc565b9050036110e6575f91825b61046b60048701806115bc565b90508410156104c8576104886103768561037060048a01806115bc565b6001600160a01b03918216911611156104b95760016104b16103768561037060048a01806115bc565b93019261045e565b63261c1d6b60e11b5f5260045ffd5b5083856104f56104db60048601806115bc565b90506104ed60248701876004016115bc565b9190506115af565b9161050360048301806115bc565b604051908160208101938490925f5b8181106110b657505061052e925003601f19810183528261144e565b51902060405163f698da2560e01b8152909390916020836004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610c1b575f93611082575b5061058c816116cc565b945f935f935f5b848110610cf7575050505050508083526080518110610cdf57505f9384906105d36105c160048301806115bc565b90506104ed60248401846004016115bc565b946105ec6105e460048601806115bc565b9050876115af565b61060e6105f8826115f2565b91610606604051938461144e565b8083526115f2565b601f190136602083013761063861063361062b60048801806115bc565b9050896115af565b6116cc565b604051630e3b5f3f60e21b8152600480359082015290939091610160836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610c1b575f93610ca3575b5092976004355f52600160205260405f2054936106af89516116cc565b60a0525f995b828b1080610c94575b156108ee576106d060048501806115bc565b8c101590506108ad576106ed6103768c61037060048801806115bc565b925b6106fb8460043561173a565b6108a0575f5b8b51811015610765576107378d6103708e848f6107288160446107309301906004016115bc565b929093611719565b51916116fe565b359067ffffffffffffffff82168092036107615760019161075a8260a051611719565b5201610701565b5f80fd5b509a9b95979091929b61077c60805160a051611859565b986004355f525f60205260405f20825f5260205260405f2054998a811115610891578a6107a89161172d565b9963ffffffff88166107ba838261172d565b8c11610870575b506107f28b6107f8936107d58280956115af565b6004355f525f60205260405f20875f5260205260405f20556115af565b986115af565b9c6108038386611719565b6001600160a01b0390911690526108248161037060448801600489016115bc565b3591898381020483148a15171561085c5761084e61085493610845836116be565b9b02918a611719565b526116be565b9991906106b5565b634e487b7160e01b5f52601160045260245ffd5b829b506107d5916108876107f8946107f29361172d565b9c935091506107c1565b50969c506108549198506116be565b9a610854919293506116be565b6108e86103768c6108e26108c760248901896004016115bc565b9190926108da8a6004018b6004016115bc565b91905061172d565b9161169a565b926106ef565b868c8b8b858c8b6004355f52600160205260405f2055945f95604051916326c892cb60e21b8352600435600484015260208360248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa928315610c1b575f93610c60575b5061096786516116cc565b985f975b61097860048801806115bc565b9050891080610c57575b15610acd575f5b8b89518210156109c757906001916109c0826109b98e6103708f8f610730610728826064899401906004016115bc565b3592611719565b5201610989565b5050976109d66080518c611859565b6109ea6103768361037060048c01806115bc565b9a6004355f52600260205260405f2060018060a01b038d165f5260205260405f20549182811115610ac057908c610a2684610a9a96959461172d565b92610a31838b61172d565b8411610aa0575b918391610a4883610a6f956115af565b906004355f52600260205260405f209060018060a01b03165f5260205260405f20556115af565b9b610a7a878a611719565b6001600160a01b03909116905261084e610a93876116be565b9686611719565b9761096b565b90610a48935091610a6f92610ab5828c61172d565b945091909250610a38565b509a5050610a9a906116be565b8590888b93958015610c48578084528552519060405191825260208201528260408201527f1230fe90d33d1ffb48aee4a65799955f204946a4174295ee3808e2fa54cbd25d606060043592a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b15610761579160405192839162347def60e11b8352608483016004356004850152608060248501528251809152602060a485019301905f5b818110610c265750505092610b9f83925f95600319858303016044860152611470565b60648301919091520381837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015610c1b57610c08575b50807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b610c1491505f9061144e565b5f81610be1565b6040513d5f823e3d90fd5b82516001600160a01b0316855287955060209485019490920191600101610b7c565b6312d37ee560e31b5f5260045ffd5b50848a10610982565b9092506020813d602011610c8c575b81610c7c6020938361144e565b810103126107615751918961095c565b3d9150610c6f565b5063ffffffff851686106106be565b610cc69193506101603d8111610cd8575b610cbe818361144e565b8101906114ec565b5050505050945050505050918a610692565b503d610cb4565b631a88566160e21b5f5260045260805160245260445ffd5b610d0b8161037060248b018b6004016115bc565b35610d1960048d01806115bc565b905081101561107057610d37906103769061037060048f01806115bc565b956001600160a01b039081169087161115611061578582610d6883610d6260448d018d6004016115bc565b906116fe565b90500361104c57610d8382610d6260648c018c6004016115bc565b9050610d9260048b01806115bc565b9190500361101057610dae82610d6260448c018c6004016115bc565b604051908160208101938490925f905b808210610fe0575050610dda925003601f19810183528261144e565b519020610df183610d6260648d018d6004016115bc565b604051916001600160fb1b0382116107615782602091610e259360051b80918484013781010301601f19810183528261144e565b602081519101206040519060208201927fb5698cbbe93386f55fdd6f1d37e9f8d4517c815a096bfe69da2889942e6ebf418452600435604084015260018060a01b038516606084015260808301528760a083015260c082015260c08152610e8d60e08261144e565b519020604051602081019161190160f01b8352866022830152604282015260428152610eba60628261144e565b519020610ecd60848b018b6004016115bc565b841015610fcc578360051b81013590601e1981360301821215610761570180359167ffffffffffffffff831161076157602082019280360384136107615760405192610f23601f8301601f19166020018561144e565b8184526020823692010111610761576020815f92610f4896838701378401015261181f565b50610f5281611591565b1590811591610fb5575b50610f955790610f7060019260043561173a565b610f905780610f88610f818a6116be565b998c611719565b525b01610593565b610f8a565b639a7d38d960e01b5f9081526001600160a01b0391909116600452602490fd5b6001600160a01b038381169116141590508d610f5c565b634e487b7160e01b5f52603260045260245ffd5b9190925083359067ffffffffffffffff821680920361076157602081600193829352019401920184929391610dbe565b8861103483610d6261102560048501806115bc565b946064810191506004016115bc565b9190506355c5b3e360e11b5f5260045260245260445ffd5b5061103490610d6260448a0160048b016115bc565b63d02ef0e560e01b5f5260045ffd5b633b9052cf60e01b5f5260045260245ffd5b9092506020813d6020116110ae575b8161109e6020938361144e565b8101031261076157519187610582565b3d9150611091565b9092509060019060209081906001600160a01b036110d38861143a565b1681520194019101918492939193610512565b8261103460848601600487016115bc565b8261103460648601600487016115bc565b8261103460448601600487016115bc565b6020813d602011611144575b816111326020938361144e565b810103126107615751608052836103fe565b3d9150611125565b630be6bc7560e21b5f5260043560045260245ffd5b90506020813d60201161118b575b8161117c6020938361144e565b8101031261076157515f610339565b3d915061116f565b8135815260209182019101610277565b634e487b7160e01b5f52604160045260245ffd5b631823865760e01b5f5260043560045260245ffd5b633e6cb1bf60e11b5f5260043560045260245ffd5b6111f2925063ffffffff16906115af565b4210155f806101c9565b909150610140813d82116112af575b81611219610140938361144e565b81010312610761578061123164ffffffffff926114a3565b5061123e602082016114dd565b5061124b604082016114dd565b50611258606082016114dd565b50611265608082016114dd565b5061127260a082016114dd565b5061127f60c082016114dd565b5061128c60e082016114b7565b506112a76101206112a061010084016114b7565b92016114b7565b5091906101b6565b3d915061120b565b620d1c2160e71b5f5260043560045260245ffd5b915050600192506112eb91506101603d8111610cd857610cbe818361144e565b9a9750509650509592505050929190610155565b633ee5aeb560e01b5f5260045ffd5b34610761576040366003190112610761576004355f525f60205260405f206024355f52602052602060405f2054604051908152f35b34610761575f3660031901126107615760206040517fb5698cbbe93386f55fdd6f1d37e9f8d4517c815a096bfe69da2889942e6ebf418152f35b34610761575f366003190112610761576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610761576020366003190112610761576004355f526001602052602060405f2054604051908152f35b34610761576040366003190112610761576024356001600160a01b0381168103610761576004355f52600260205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b35906001600160a01b038216820361076157565b90601f8019910116810190811067ffffffffffffffff8211176111a357604052565b90602080835192838152019201905f5b81811061148d5750505090565b8251845260209384019390920191600101611480565b51906001600160a01b038216820361076157565b519063ffffffff8216820361076157565b519067ffffffffffffffff8216820361076157565b519061ffff8216820361076157565b908161016091031261076157611501816114a3565b9161150e602083016114b7565b9161151b604082016114c8565b9160608201519160808101516bffffffffffffffffffffffff81168103610761579161154960a083016114b7565b9160c081015164ffffffffff81168103610761579161156a60e083016114dd565b916101008101516004811015610761579161014061158b61012084016114c8565b92015190565b6004111561159b57565b634e487b7160e01b5f52602160045260245ffd5b9190820180921161085c57565b903590601e1981360301821215610761570180359067ffffffffffffffff821161076157602001918160051b3603831361076157565b67ffffffffffffffff81116111a35760051b60200190565b929190611616816115f2565b93611624604051958661144e565b602085838152019160051b810192831161076157905b82821061164657505050565b602080916116538461143a565b81520191019061163a565b90602080835192838152019201905f5b81811061167b5750505090565b82516001600160a01b031684526020938401939092019160010161166e565b9190811015610fcc5760051b0190565b356001600160a01b03811681036107615790565b5f19811461085c5760010190565b906116d6826115f2565b6116e3604051918261144e565b82815280926116f4601f19916115f2565b0190602036910137565b90821015610fcc576117159160051b8101906115bc565b9091565b8051821015610fcc5760209160051b010190565b9190820391821161085c57565b9060405190602082019260048452604083015260018060a01b031660608201525f60808201526080815261176f60a08261144e565b5190206040516361b143df60e01b815260048101919091526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610c1b575f906117e2575b60ff915016600281149081156117da575090565b600491501490565b506020813d602011611817575b816117fc6020938361144e565b81010312610761575160ff811681036107615760ff906117c6565b3d91506117ef565b815191906041830361184f576118489250602082015190606060408401519301515f1a9061191a565b9192909190565b50505f9160029190565b805160019392905b8085106118855750919250905f19810190811161085c5761188191611719565b5190565b61188f8584611719565b5193855b80158015806118fc575b156118dd575f1982019180831161085c576118c36118bb8489611719565b519188611719565b521561189357634e487b7160e01b5f52601160045260245ffd5b50946118f160019394959697929787611719565b520193929190611861565b505f19820182811161085c57611913889188611719565b511061189d565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611991579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610c1b575f516001600160a01b0381161561198757905f905f90565b505f906001905f90565b5050505f916003919056fea26469706673582212208889db4458e560d5a32e7d828ddc37b15830f88d60c0dbe3fea662b38c8c244764736f6c63430008250033",
}

// Settlement is an auto generated Go binding around an Ethereum contract.
type Settlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Settlement) GetABI() abi.ABI {
	return c.abi
}

// NewSettlement creates a new instance of Settlement.
func NewSettlement() *Settlement {
	parsed, err := SettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Settlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Settlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address governance_, (address,uint16,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) params_) returns()
func (settlement *Settlement) PackConstructor(token_ common.Address, governance_ common.Address, params_ SettlementParams) []byte {
	enc, err := settlement.abi.Pack("", token_, governance_, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAWARDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb18ff35d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AWARD_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) PackAWARDTYPEHASH() []byte {
	enc, err := settlement.abi.Pack("AWARD_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAWARDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb18ff35d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AWARD_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) TryPackAWARDTYPEHASH() ([]byte, error) {
	return settlement.abi.Pack("AWARD_TYPEHASH")
}

// UnpackAWARDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb18ff35d.
//
// Solidity: function AWARD_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) UnpackAWARDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("AWARD_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBIDCOMMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f3729e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BID_COMMIT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) PackBIDCOMMITTYPEHASH() []byte {
	enc, err := settlement.abi.Pack("BID_COMMIT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBIDCOMMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f3729e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BID_COMMIT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) TryPackBIDCOMMITTYPEHASH() ([]byte, error) {
	return settlement.abi.Pack("BID_COMMIT_TYPEHASH")
}

// UnpackBIDCOMMITTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f3729e3.
//
// Solidity: function BID_COMMIT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) UnpackBIDCOMMITTYPEHASH(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("BID_COMMIT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBIDREVEALTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf141447a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BID_REVEAL_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) PackBIDREVEALTYPEHASH() []byte {
	enc, err := settlement.abi.Pack("BID_REVEAL_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBIDREVEALTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf141447a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BID_REVEAL_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) TryPackBIDREVEALTYPEHASH() ([]byte, error) {
	return settlement.abi.Pack("BID_REVEAL_TYPEHASH")
}

// UnpackBIDREVEALTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf141447a.
//
// Solidity: function BID_REVEAL_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) UnpackBIDREVEALTYPEHASH(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("BID_REVEAL_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (settlement *Settlement) PackBPS() []byte {
	enc, err := settlement.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (settlement *Settlement) TryPackBPS() ([]byte, error) {
	return settlement.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (settlement *Settlement) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFAULTATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80c2401a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FAULT_ATTESTATION_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) PackFAULTATTESTATIONTYPEHASH() []byte {
	enc, err := settlement.abi.Pack("FAULT_ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFAULTATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80c2401a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FAULT_ATTESTATION_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) TryPackFAULTATTESTATIONTYPEHASH() ([]byte, error) {
	return settlement.abi.Pack("FAULT_ATTESTATION_TYPEHASH")
}

// UnpackFAULTATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80c2401a.
//
// Solidity: function FAULT_ATTESTATION_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) UnpackFAULTATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("FAULT_ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFAULTGARBAGEDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc791ddcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FAULT_GARBAGE_DATA() view returns(uint8)
func (settlement *Settlement) PackFAULTGARBAGEDATA() []byte {
	enc, err := settlement.abi.Pack("FAULT_GARBAGE_DATA")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFAULTGARBAGEDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc791ddcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FAULT_GARBAGE_DATA() view returns(uint8)
func (settlement *Settlement) TryPackFAULTGARBAGEDATA() ([]byte, error) {
	return settlement.abi.Pack("FAULT_GARBAGE_DATA")
}

// UnpackFAULTGARBAGEDATA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc791ddcd.
//
// Solidity: function FAULT_GARBAGE_DATA() view returns(uint8)
func (settlement *Settlement) UnpackFAULTGARBAGEDATA(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("FAULT_GARBAGE_DATA", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFAULTMISSEDSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe039226c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FAULT_MISSED_STEPS() view returns(uint8)
func (settlement *Settlement) PackFAULTMISSEDSTEPS() []byte {
	enc, err := settlement.abi.Pack("FAULT_MISSED_STEPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFAULTMISSEDSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe039226c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FAULT_MISSED_STEPS() view returns(uint8)
func (settlement *Settlement) TryPackFAULTMISSEDSTEPS() ([]byte, error) {
	return settlement.abi.Pack("FAULT_MISSED_STEPS")
}

// UnpackFAULTMISSEDSTEPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe039226c.
//
// Solidity: function FAULT_MISSED_STEPS() view returns(uint8)
func (settlement *Settlement) UnpackFAULTMISSEDSTEPS(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("FAULT_MISSED_STEPS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFAULTTAMPERED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf8ad8b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FAULT_TAMPERED() view returns(uint8)
func (settlement *Settlement) PackFAULTTAMPERED() []byte {
	enc, err := settlement.abi.Pack("FAULT_TAMPERED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFAULTTAMPERED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf8ad8b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FAULT_TAMPERED() view returns(uint8)
func (settlement *Settlement) TryPackFAULTTAMPERED() ([]byte, error) {
	return settlement.abi.Pack("FAULT_TAMPERED")
}

// UnpackFAULTTAMPERED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf8ad8b6.
//
// Solidity: function FAULT_TAMPERED() view returns(uint8)
func (settlement *Settlement) UnpackFAULTTAMPERED(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("FAULT_TAMPERED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFAULTWRONGRESULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79b2469e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FAULT_WRONG_RESULT() view returns(uint8)
func (settlement *Settlement) PackFAULTWRONGRESULT() []byte {
	enc, err := settlement.abi.Pack("FAULT_WRONG_RESULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFAULTWRONGRESULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79b2469e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FAULT_WRONG_RESULT() view returns(uint8)
func (settlement *Settlement) TryPackFAULTWRONGRESULT() ([]byte, error) {
	return settlement.abi.Pack("FAULT_WRONG_RESULT")
}

// UnpackFAULTWRONGRESULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79b2469e.
//
// Solidity: function FAULT_WRONG_RESULT() view returns(uint8)
func (settlement *Settlement) UnpackFAULTWRONGRESULT(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("FAULT_WRONG_RESULT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDBIDCOMMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b00feb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_BID_COMMIT() view returns(uint8)
func (settlement *Settlement) PackKINDBIDCOMMIT() []byte {
	enc, err := settlement.abi.Pack("KIND_BID_COMMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDBIDCOMMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b00feb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_BID_COMMIT() view returns(uint8)
func (settlement *Settlement) TryPackKINDBIDCOMMIT() ([]byte, error) {
	return settlement.abi.Pack("KIND_BID_COMMIT")
}

// UnpackKINDBIDCOMMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b00feb1.
//
// Solidity: function KIND_BID_COMMIT() view returns(uint8)
func (settlement *Settlement) UnpackKINDBIDCOMMIT(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("KIND_BID_COMMIT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDBIDREVEAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3262cc1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_BID_REVEAL() view returns(uint8)
func (settlement *Settlement) PackKINDBIDREVEAL() []byte {
	enc, err := settlement.abi.Pack("KIND_BID_REVEAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDBIDREVEAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3262cc1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_BID_REVEAL() view returns(uint8)
func (settlement *Settlement) TryPackKINDBIDREVEAL() ([]byte, error) {
	return settlement.abi.Pack("KIND_BID_REVEAL")
}

// UnpackKINDBIDREVEAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3262cc1b.
//
// Solidity: function KIND_BID_REVEAL() view returns(uint8)
func (settlement *Settlement) UnpackKINDBIDREVEAL(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("KIND_BID_REVEAL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDFAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a24c0c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_FAULT() view returns(uint8)
func (settlement *Settlement) PackKINDFAULT() []byte {
	enc, err := settlement.abi.Pack("KIND_FAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDFAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a24c0c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_FAULT() view returns(uint8)
func (settlement *Settlement) TryPackKINDFAULT() ([]byte, error) {
	return settlement.abi.Pack("KIND_FAULT")
}

// UnpackKINDFAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a24c0c5.
//
// Solidity: function KIND_FAULT() view returns(uint8)
func (settlement *Settlement) UnpackKINDFAULT(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("KIND_FAULT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDSTEPRECEIPT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd21e6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_STEP_RECEIPT() view returns(uint8)
func (settlement *Settlement) PackKINDSTEPRECEIPT() []byte {
	enc, err := settlement.abi.Pack("KIND_STEP_RECEIPT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDSTEPRECEIPT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd21e6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_STEP_RECEIPT() view returns(uint8)
func (settlement *Settlement) TryPackKINDSTEPRECEIPT() ([]byte, error) {
	return settlement.abi.Pack("KIND_STEP_RECEIPT")
}

// UnpackKINDSTEPRECEIPT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xecd21e6d.
//
// Solidity: function KIND_STEP_RECEIPT() view returns(uint8)
func (settlement *Settlement) UnpackKINDSTEPRECEIPT(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("KIND_STEP_RECEIPT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (settlement *Settlement) PackMAXFEEBPS() []byte {
	enc, err := settlement.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (settlement *Settlement) TryPackMAXFEEBPS() ([]byte, error) {
	return settlement.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint256)
func (settlement *Settlement) UnpackMAXFEEBPS(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXGROUPSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17754cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GROUP_SIZE() view returns(uint256)
func (settlement *Settlement) PackMAXGROUPSIZE() []byte {
	enc, err := settlement.abi.Pack("MAX_GROUP_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGROUPSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17754cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GROUP_SIZE() view returns(uint256)
func (settlement *Settlement) TryPackMAXGROUPSIZE() ([]byte, error) {
	return settlement.abi.Pack("MAX_GROUP_SIZE")
}

// UnpackMAXGROUPSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17754cd5.
//
// Solidity: function MAX_GROUP_SIZE() view returns(uint256)
func (settlement *Settlement) UnpackMAXGROUPSIZE(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("MAX_GROUP_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (settlement *Settlement) PackMAXWINDOW() []byte {
	enc, err := settlement.abi.Pack("MAX_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeb96634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (settlement *Settlement) TryPackMAXWINDOW() ([]byte, error) {
	return settlement.abi.Pack("MAX_WINDOW")
}

// UnpackMAXWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint256)
func (settlement *Settlement) UnpackMAXWINDOW(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("MAX_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTEPRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91bfae2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STEP_RECEIPT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) PackSTEPRECEIPTTYPEHASH() []byte {
	enc, err := settlement.abi.Pack("STEP_RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTEPRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91bfae2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STEP_RECEIPT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) TryPackSTEPRECEIPTTYPEHASH() ([]byte, error) {
	return settlement.abi.Pack("STEP_RECEIPT_TYPEHASH")
}

// UnpackSTEPRECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91bfae2b.
//
// Solidity: function STEP_RECEIPT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) UnpackSTEPRECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("STEP_RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238efcbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptGovernance() returns()
func (settlement *Settlement) PackAcceptGovernance() []byte {
	enc, err := settlement.abi.Pack("acceptGovernance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238efcbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptGovernance() returns()
func (settlement *Settlement) TryPackAcceptGovernance() ([]byte, error) {
	return settlement.abi.Pack("acceptGovernance")
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address account) view returns(uint256)
func (settlement *Settlement) PackBalances(account common.Address) []byte {
	enc, err := settlement.abi.Pack("balances", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balances(address account) view returns(uint256)
func (settlement *Settlement) TryPackBalances(account common.Address) ([]byte, error) {
	return settlement.abi.Pack("balances", account)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address account) view returns(uint256)
func (settlement *Settlement) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ac503f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeFault(bytes32 jobId, (address[],address[],uint256[]) award, (bytes32,uint256,uint256,bytes32[]) entry, (address,uint8,uint64,bytes32) fault, (uint256[],bytes[]) quorum) returns()
func (settlement *Settlement) PackChallengeFault(jobId [32]byte, award SettlementAward, entry SettlementEntry, fault SettlementFault, quorum SettlementQuorum) []byte {
	enc, err := settlement.abi.Pack("challengeFault", jobId, award, entry, fault, quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ac503f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeFault(bytes32 jobId, (address[],address[],uint256[]) award, (bytes32,uint256,uint256,bytes32[]) entry, (address,uint8,uint64,bytes32) fault, (uint256[],bytes[]) quorum) returns()
func (settlement *Settlement) TryPackChallengeFault(jobId [32]byte, award SettlementAward, entry SettlementEntry, fault SettlementFault, quorum SettlementQuorum) ([]byte, error) {
	return settlement.abi.Pack("challengeFault", jobId, award, entry, fault, quorum)
}

// PackChallengeSteps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19d878ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeSteps(bytes32 jobId, (address[],address[],uint256[]) award, (bytes32,uint256,uint256,bytes32[]) entry, (uint64,bytes32,bytes32[],(uint256[],bytes[])) proof) returns()
func (settlement *Settlement) PackChallengeSteps(jobId [32]byte, award SettlementAward, entry SettlementEntry, proof SettlementStepProof) []byte {
	enc, err := settlement.abi.Pack("challengeSteps", jobId, award, entry, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeSteps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19d878ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeSteps(bytes32 jobId, (address[],address[],uint256[]) award, (bytes32,uint256,uint256,bytes32[]) entry, (uint64,bytes32,bytes32[],(uint256[],bytes[])) proof) returns()
func (settlement *Settlement) TryPackChallengeSteps(jobId [32]byte, award SettlementAward, entry SettlementEntry, proof SettlementStepProof) ([]byte, error) {
	return settlement.abi.Pack("challengeSteps", jobId, award, entry, proof)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045eed9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 jobId, (address[],address[],uint256[]) award, bytes posterSig, uint256 winner, (uint64,bytes32,bytes32[],(uint256[],bytes[])) proof) returns()
func (settlement *Settlement) PackClaim(jobId [32]byte, award SettlementAward, posterSig []byte, winner *big.Int, proof SettlementStepProof) []byte {
	enc, err := settlement.abi.Pack("claim", jobId, award, posterSig, winner, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045eed9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 jobId, (address[],address[],uint256[]) award, bytes posterSig, uint256 winner, (uint64,bytes32,bytes32[],(uint256[],bytes[])) proof) returns()
func (settlement *Settlement) TryPackClaim(jobId [32]byte, award SettlementAward, posterSig []byte, winner *big.Int, proof SettlementStepProof) ([]byte, error) {
	return settlement.abi.Pack("claim", jobId, award, posterSig, winner, proof)
}

// PackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x372500ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRewards() returns(uint256 amount)
func (settlement *Settlement) PackClaimRewards() []byte {
	enc, err := settlement.abi.Pack("claimRewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x372500ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRewards() returns(uint256 amount)
func (settlement *Settlement) TryPackClaimRewards() ([]byte, error) {
	return settlement.abi.Pack("claimRewards")
}

// UnpackClaimRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x372500ab.
//
// Solidity: function claimRewards() returns(uint256 amount)
func (settlement *Settlement) UnpackClaimRewards(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("claimRewards", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfcae622.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(bytes32 jobId, address member) view returns(uint256)
func (settlement *Settlement) PackClaimed(jobId [32]byte, member common.Address) []byte {
	enc, err := settlement.abi.Pack("claimed", jobId, member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfcae622.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(bytes32 jobId, address member) view returns(uint256)
func (settlement *Settlement) TryPackClaimed(jobId [32]byte, member common.Address) ([]byte, error) {
	return settlement.abi.Pack("claimed", jobId, member)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfcae622.
//
// Solidity: function claimed(bytes32 jobId, address member) view returns(uint256)
func (settlement *Settlement) UnpackClaimed(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("claimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDataPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b224b2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataPool(bytes32 jobId) view returns(uint256)
func (settlement *Settlement) PackDataPool(jobId [32]byte) []byte {
	enc, err := settlement.abi.Pack("dataPool", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b224b2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataPool(bytes32 jobId) view returns(uint256)
func (settlement *Settlement) TryPackDataPool(jobId [32]byte) ([]byte, error) {
	return settlement.abi.Pack("dataPool", jobId)
}

// UnpackDataPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b224b2c.
//
// Solidity: function dataPool(bytes32 jobId) view returns(uint256)
func (settlement *Settlement) UnpackDataPool(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("dataPool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployBlock() view returns(uint256)
func (settlement *Settlement) PackDeployBlock() []byte {
	enc, err := settlement.abi.Pack("deployBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployBlock() view returns(uint256)
func (settlement *Settlement) TryPackDeployBlock() ([]byte, error) {
	return settlement.abi.Pack("deployBlock")
}

// UnpackDeployBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint256)
func (settlement *Settlement) UnpackDeployBlock(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("deployBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c6c774a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint32 audits, uint256 budget, uint40 settleDeadline, uint256 data) returns(bytes32 jobId)
func (settlement *Settlement) PackDeposit(nonce uint64, groupSize uint32, steps uint64, audits uint32, budget *big.Int, settleDeadline *big.Int, data *big.Int) []byte {
	enc, err := settlement.abi.Pack("deposit", nonce, groupSize, steps, audits, budget, settleDeadline, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c6c774a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint32 audits, uint256 budget, uint40 settleDeadline, uint256 data) returns(bytes32 jobId)
func (settlement *Settlement) TryPackDeposit(nonce uint64, groupSize uint32, steps uint64, audits uint32, budget *big.Int, settleDeadline *big.Int, data *big.Int) ([]byte, error) {
	return settlement.abi.Pack("deposit", nonce, groupSize, steps, audits, budget, settleDeadline, data)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c6c774a.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint32 audits, uint256 budget, uint40 settleDeadline, uint256 data) returns(bytes32 jobId)
func (settlement *Settlement) UnpackDeposit(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("deposit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) PackDomainSeparator() []byte {
	enc, err := settlement.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) TryPackDomainSeparator() ([]byte, error) {
	return settlement.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (settlement *Settlement) PackEip712Domain() []byte {
	enc, err := settlement.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (settlement *Settlement) TryPackEip712Domain() ([]byte, error) {
	return settlement.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (settlement *Settlement) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := settlement.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEvaluated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d748cf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evaluated(bytes32 jobId) view returns(bool)
func (settlement *Settlement) PackEvaluated(jobId [32]byte) []byte {
	enc, err := settlement.abi.Pack("evaluated", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvaluated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d748cf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evaluated(bytes32 jobId) view returns(bool)
func (settlement *Settlement) TryPackEvaluated(jobId [32]byte) ([]byte, error) {
	return settlement.abi.Pack("evaluated", jobId)
}

// UnpackEvaluated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d748cf7.
//
// Solidity: function evaluated(bytes32 jobId) view returns(bool)
func (settlement *Settlement) UnpackEvaluated(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("evaluated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEvaluations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795a6f3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evaluations() view returns(address)
func (settlement *Settlement) PackEvaluations() []byte {
	enc, err := settlement.abi.Pack("evaluations")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvaluations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795a6f3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evaluations() view returns(address)
func (settlement *Settlement) TryPackEvaluations() ([]byte, error) {
	return settlement.abi.Pack("evaluations")
}

// UnpackEvaluations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x795a6f3b.
//
// Solidity: function evaluations() view returns(address)
func (settlement *Settlement) UnpackEvaluations(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("evaluations", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2e933b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feePool() view returns(uint128 earning, uint40 last, uint40 end, uint128 streaming, uint128 owed, uint256 perShare)
func (settlement *Settlement) PackFeePool() []byte {
	enc, err := settlement.abi.Pack("feePool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2e933b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feePool() view returns(uint128 earning, uint40 last, uint40 end, uint128 streaming, uint128 owed, uint256 perShare)
func (settlement *Settlement) TryPackFeePool() ([]byte, error) {
	return settlement.abi.Pack("feePool")
}

// FeePoolOutput serves as a container for the return parameters of contract
// method FeePool.
type FeePoolOutput struct {
	Earning   *big.Int
	Last      *big.Int
	End       *big.Int
	Streaming *big.Int
	Owed      *big.Int
	PerShare  *big.Int
}

// UnpackFeePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae2e933b.
//
// Solidity: function feePool() view returns(uint128 earning, uint40 last, uint40 end, uint128 streaming, uint128 owed, uint256 perShare)
func (settlement *Settlement) UnpackFeePool(data []byte) (FeePoolOutput, error) {
	out, err := settlement.abi.Unpack("feePool", data)
	outstruct := new(FeePoolOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Earning = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Last = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.End = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Streaming = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Owed = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.PerShare = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governance() view returns(address)
func (settlement *Settlement) PackGovernance() []byte {
	enc, err := settlement.abi.Pack("governance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governance() view returns(address)
func (settlement *Settlement) TryPackGovernance() ([]byte, error) {
	return settlement.abi.Pack("governance")
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (settlement *Settlement) UnpackGovernance(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("governance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHashAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77c36fd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAward(bytes32 jobId, address poster, (address[],address[],uint256[]) award) pure returns(bytes32)
func (settlement *Settlement) PackHashAward(jobId [32]byte, poster common.Address, award SettlementAward) []byte {
	enc, err := settlement.abi.Pack("hashAward", jobId, poster, award)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77c36fd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAward(bytes32 jobId, address poster, (address[],address[],uint256[]) award) pure returns(bytes32)
func (settlement *Settlement) TryPackHashAward(jobId [32]byte, poster common.Address, award SettlementAward) ([]byte, error) {
	return settlement.abi.Pack("hashAward", jobId, poster, award)
}

// UnpackHashAward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77c36fd6.
//
// Solidity: function hashAward(bytes32 jobId, address poster, (address[],address[],uint256[]) award) pure returns(bytes32)
func (settlement *Settlement) UnpackHashAward(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("hashAward", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58153f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isReleased(bytes32 jobId, uint256 index) view returns(bool)
func (settlement *Settlement) PackIsReleased(jobId [32]byte, index *big.Int) []byte {
	enc, err := settlement.abi.Pack("isReleased", jobId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58153f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isReleased(bytes32 jobId, uint256 index) view returns(bool)
func (settlement *Settlement) TryPackIsReleased(jobId [32]byte, index *big.Int) ([]byte, error) {
	return settlement.abi.Pack("isReleased", jobId, index)
}

// UnpackIsReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58153f6.
//
// Solidity: function isReleased(bytes32 jobId, uint256 index) view returns(bool)
func (settlement *Settlement) UnpackIsReleased(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isReleased", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d185588.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobIdOf(address poster, uint64 nonce) pure returns(bytes32)
func (settlement *Settlement) PackJobIdOf(poster common.Address, nonce uint64) []byte {
	enc, err := settlement.abi.Pack("jobIdOf", poster, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d185588.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobIdOf(address poster, uint64 nonce) pure returns(bytes32)
func (settlement *Settlement) TryPackJobIdOf(poster common.Address, nonce uint64) ([]byte, error) {
	return settlement.abi.Pack("jobIdOf", poster, nonce)
}

// UnpackJobIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d185588.
//
// Solidity: function jobIdOf(address poster, uint64 nonce) pure returns(bytes32)
func (settlement *Settlement) UnpackJobIdOf(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("jobIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ed7cfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, bytes32 payoutRoot, uint96 escrow, uint32 audits, uint40 deadline, uint16 feeBps, uint8 status, uint64 released, bytes32 awardHash)
func (settlement *Settlement) PackJobs(jobId [32]byte) []byte {
	enc, err := settlement.abi.Pack("jobs", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38ed7cfc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, bytes32 payoutRoot, uint96 escrow, uint32 audits, uint40 deadline, uint16 feeBps, uint8 status, uint64 released, bytes32 awardHash)
func (settlement *Settlement) TryPackJobs(jobId [32]byte) ([]byte, error) {
	return settlement.abi.Pack("jobs", jobId)
}

// JobsOutput serves as a container for the return parameters of contract
// method Jobs.
type JobsOutput struct {
	Poster     common.Address
	GroupSize  uint32
	Steps      uint64
	PayoutRoot [32]byte
	Escrow     *big.Int
	Audits     uint32
	Deadline   *big.Int
	FeeBps     uint16
	Status     uint8
	Released   uint64
	AwardHash  [32]byte
}

// UnpackJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38ed7cfc.
//
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, bytes32 payoutRoot, uint96 escrow, uint32 audits, uint40 deadline, uint16 feeBps, uint8 status, uint64 released, bytes32 awardHash)
func (settlement *Settlement) UnpackJobs(data []byte) (JobsOutput, error) {
	out, err := settlement.abi.Unpack("jobs", data)
	outstruct := new(JobsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Poster = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.GroupSize = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Steps = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.PayoutRoot = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	outstruct.Escrow = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Audits = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	outstruct.Deadline = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	outstruct.FeeBps = *abi.ConvertType(out[7], new(uint16)).(*uint16)
	outstruct.Status = *abi.ConvertType(out[8], new(uint8)).(*uint8)
	outstruct.Released = *abi.ConvertType(out[9], new(uint64)).(*uint64)
	outstruct.AwardHash = *abi.ConvertType(out[10], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackMarkEvaluated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x053c1098.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markEvaluated(bytes32 jobId) returns()
func (settlement *Settlement) PackMarkEvaluated(jobId [32]byte) []byte {
	enc, err := settlement.abi.Pack("markEvaluated", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkEvaluated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x053c1098.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markEvaluated(bytes32 jobId) returns()
func (settlement *Settlement) TryPackMarkEvaluated(jobId [32]byte) ([]byte, error) {
	return settlement.abi.Pack("markEvaluated", jobId)
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 equivocationSlashBps, uint16 faultSlashBps, uint16 reporterRewardBps, uint16 bondBps, uint16 quorumBps, uint32 challengeWindow, uint32 claimWindow, uint32 unbondingDelay)
func (settlement *Settlement) PackParams() []byte {
	enc, err := settlement.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 equivocationSlashBps, uint16 faultSlashBps, uint16 reporterRewardBps, uint16 bondBps, uint16 quorumBps, uint32 challengeWindow, uint32 claimWindow, uint32 unbondingDelay)
func (settlement *Settlement) TryPackParams() ([]byte, error) {
	return settlement.abi.Pack("params")
}

// ParamsOutput serves as a container for the return parameters of contract
// method Params.
type ParamsOutput struct {
	Treasury             common.Address
	FeeBps               uint16
	EquivocationSlashBps uint16
	FaultSlashBps        uint16
	ReporterRewardBps    uint16
	BondBps              uint16
	QuorumBps            uint16
	ChallengeWindow      uint32
	ClaimWindow          uint32
	UnbondingDelay       uint32
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 equivocationSlashBps, uint16 faultSlashBps, uint16 reporterRewardBps, uint16 bondBps, uint16 quorumBps, uint32 challengeWindow, uint32 claimWindow, uint32 unbondingDelay)
func (settlement *Settlement) UnpackParams(data []byte) (ParamsOutput, error) {
	out, err := settlement.abi.Unpack("params", data)
	outstruct := new(ParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Treasury = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.FeeBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.EquivocationSlashBps = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.FaultSlashBps = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	outstruct.ReporterRewardBps = *abi.ConvertType(out[4], new(uint16)).(*uint16)
	outstruct.BondBps = *abi.ConvertType(out[5], new(uint16)).(*uint16)
	outstruct.QuorumBps = *abi.ConvertType(out[6], new(uint16)).(*uint16)
	outstruct.ChallengeWindow = *abi.ConvertType(out[7], new(uint32)).(*uint32)
	outstruct.ClaimWindow = *abi.ConvertType(out[8], new(uint32)).(*uint32)
	outstruct.UnbondingDelay = *abi.ConvertType(out[9], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackPayTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0068fbde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payTally(bytes32 jobId, address[] to, uint256[] gross, uint256 fromPool) returns()
func (settlement *Settlement) PackPayTally(jobId [32]byte, to []common.Address, gross []*big.Int, fromPool *big.Int) []byte {
	enc, err := settlement.abi.Pack("payTally", jobId, to, gross, fromPool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0068fbde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payTally(bytes32 jobId, address[] to, uint256[] gross, uint256 fromPool) returns()
func (settlement *Settlement) TryPackPayTally(jobId [32]byte, to []common.Address, gross []*big.Int, fromPool *big.Int) ([]byte, error) {
	return settlement.abi.Pack("payTally", jobId, to, gross, fromPool)
}

// PackPendingGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c38a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingGovernance() view returns(address)
func (settlement *Settlement) PackPendingGovernance() []byte {
	enc, err := settlement.abi.Pack("pendingGovernance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c38a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingGovernance() view returns(address)
func (settlement *Settlement) TryPackPendingGovernance() ([]byte, error) {
	return settlement.abi.Pack("pendingGovernance")
}

// UnpackPendingGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf39c38a0.
//
// Solidity: function pendingGovernance() view returns(address)
func (settlement *Settlement) UnpackPendingGovernance(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("pendingGovernance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f30e0cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumOf(uint256 groupSize) view returns(uint256)
func (settlement *Settlement) PackQuorumOf(groupSize *big.Int) []byte {
	enc, err := settlement.abi.Pack("quorumOf", groupSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f30e0cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumOf(uint256 groupSize) view returns(uint256)
func (settlement *Settlement) TryPackQuorumOf(groupSize *big.Int) ([]byte, error) {
	return settlement.abi.Pack("quorumOf", groupSize)
}

// UnpackQuorumOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f30e0cb.
//
// Solidity: function quorumOf(uint256 groupSize) view returns(uint256)
func (settlement *Settlement) UnpackQuorumOf(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("quorumOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 jobId) returns()
func (settlement *Settlement) PackRefund(jobId [32]byte) []byte {
	enc, err := settlement.abi.Pack("refund", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 jobId) returns()
func (settlement *Settlement) TryPackRefund(jobId [32]byte) ([]byte, error) {
	return settlement.abi.Pack("refund", jobId)
}

// PackRegisterAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2fc23f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerAward(bytes32 jobId, (address[],address[],uint256[]) award, bytes posterSig) returns()
func (settlement *Settlement) PackRegisterAward(jobId [32]byte, award SettlementAward, posterSig []byte) []byte {
	enc, err := settlement.abi.Pack("registerAward", jobId, award, posterSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2fc23f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerAward(bytes32 jobId, (address[],address[],uint256[]) award, bytes posterSig) returns()
func (settlement *Settlement) TryPackRegisterAward(jobId [32]byte, award SettlementAward, posterSig []byte) ([]byte, error) {
	return settlement.abi.Pack("registerAward", jobId, award, posterSig)
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b40230.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release((bytes32,uint256,uint256,bytes32[])[] entries, address account) returns(uint256 gross)
func (settlement *Settlement) PackRelease(entries []SettlementEntry, account common.Address) []byte {
	enc, err := settlement.abi.Pack("release", entries, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b40230.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release((bytes32,uint256,uint256,bytes32[])[] entries, address account) returns(uint256 gross)
func (settlement *Settlement) TryPackRelease(entries []SettlementEntry, account common.Address) ([]byte, error) {
	return settlement.abi.Pack("release", entries, account)
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01b40230.
//
// Solidity: function release((bytes32,uint256,uint256,bytes32[])[] entries, address account) returns(uint256 gross)
func (settlement *Settlement) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479ba7ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardsOf(address staker) view returns(uint256)
func (settlement *Settlement) PackRewardsOf(staker common.Address) []byte {
	enc, err := settlement.abi.Pack("rewardsOf", staker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479ba7ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardsOf(address staker) view returns(uint256)
func (settlement *Settlement) TryPackRewardsOf(staker common.Address) ([]byte, error) {
	return settlement.abi.Pack("rewardsOf", staker)
}

// UnpackRewardsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x479ba7ae.
//
// Solidity: function rewardsOf(address staker) view returns(uint256)
func (settlement *Settlement) UnpackRewardsOf(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("rewardsOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c21868c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((address,uint16,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) p) returns()
func (settlement *Settlement) PackSetParams(p SettlementParams) []byte {
	enc, err := settlement.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c21868c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((address,uint16,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) p) returns()
func (settlement *Settlement) TryPackSetParams(p SettlementParams) ([]byte, error) {
	return settlement.abi.Pack("setParams", p)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb0d1cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((bytes32,(address[],address[],uint256[]),uint64[],uint64[],bytes32[])[] batch) returns()
func (settlement *Settlement) PackSettle(batch []SettlementJobPayout) []byte {
	enc, err := settlement.abi.Pack("settle", batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3eb0d1cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((bytes32,(address[],address[],uint256[]),uint64[],uint64[],bytes32[])[] batch) returns()
func (settlement *Settlement) TryPackSettle(batch []SettlementJobPayout) ([]byte, error) {
	return settlement.abi.Pack("settle", batch)
}

// PackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2fc5b59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashEquivocation(uint8 kind, bytes msgA, bytes sigA, bytes msgB, bytes sigB) returns(uint256 amount)
func (settlement *Settlement) PackSlashEquivocation(kind uint8, msgA []byte, sigA []byte, msgB []byte, sigB []byte) []byte {
	enc, err := settlement.abi.Pack("slashEquivocation", kind, msgA, sigA, msgB, sigB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2fc5b59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashEquivocation(uint8 kind, bytes msgA, bytes sigA, bytes msgB, bytes sigB) returns(uint256 amount)
func (settlement *Settlement) TryPackSlashEquivocation(kind uint8, msgA []byte, sigA []byte, msgB []byte, sigB []byte) ([]byte, error) {
	return settlement.abi.Pack("slashEquivocation", kind, msgA, sigA, msgB, sigB)
}

// UnpackSlashEquivocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2fc5b59.
//
// Solidity: function slashEquivocation(uint8 kind, bytes msgA, bytes sigA, bytes msgB, bytes sigB) returns(uint256 amount)
func (settlement *Settlement) UnpackSlashEquivocation(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("slashEquivocation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3dcc83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashFault(bytes32 jobId, (address[],address[],uint256[]) award, bytes posterSig, (address,uint8,uint64,bytes32) fault, (uint256[],bytes[]) quorum) returns(uint256 amount)
func (settlement *Settlement) PackSlashFault(jobId [32]byte, award SettlementAward, posterSig []byte, fault SettlementFault, quorum SettlementQuorum) []byte {
	enc, err := settlement.abi.Pack("slashFault", jobId, award, posterSig, fault, quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3dcc83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashFault(bytes32 jobId, (address[],address[],uint256[]) award, bytes posterSig, (address,uint8,uint64,bytes32) fault, (uint256[],bytes[]) quorum) returns(uint256 amount)
func (settlement *Settlement) TryPackSlashFault(jobId [32]byte, award SettlementAward, posterSig []byte, fault SettlementFault, quorum SettlementQuorum) ([]byte, error) {
	return settlement.abi.Pack("slashFault", jobId, award, posterSig, fault, quorum)
}

// UnpackSlashFault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae3dcc83.
//
// Solidity: function slashFault(bytes32 jobId, (address[],address[],uint256[]) award, bytes posterSig, (address,uint8,uint64,bytes32) fault, (uint256[],bytes[]) quorum) returns(uint256 amount)
func (settlement *Settlement) UnpackSlashFault(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("slashFault", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd295bf09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashKey(uint8 kind, bytes32 jobId, address who, uint256 step) pure returns(bytes32)
func (settlement *Settlement) PackSlashKey(kind uint8, jobId [32]byte, who common.Address, step *big.Int) []byte {
	enc, err := settlement.abi.Pack("slashKey", kind, jobId, who, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd295bf09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashKey(uint8 kind, bytes32 jobId, address who, uint256 step) pure returns(bytes32)
func (settlement *Settlement) TryPackSlashKey(kind uint8, jobId [32]byte, who common.Address, step *big.Int) ([]byte, error) {
	return settlement.abi.Pack("slashKey", kind, jobId, who, step)
}

// UnpackSlashKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd295bf09.
//
// Solidity: function slashKey(uint8 kind, bytes32 jobId, address who, uint256 step) pure returns(bytes32)
func (settlement *Settlement) UnpackSlashKey(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("slashKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b143df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashed(bytes32 key) view returns(uint8)
func (settlement *Settlement) PackSlashed(key [32]byte) []byte {
	enc, err := settlement.abi.Pack("slashed", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b143df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashed(bytes32 key) view returns(uint8)
func (settlement *Settlement) TryPackSlashed(key [32]byte) ([]byte, error) {
	return settlement.abi.Pack("slashed", key)
}

// UnpackSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b143df.
//
// Solidity: function slashed(bytes32 key) view returns(uint8)
func (settlement *Settlement) UnpackSlashed(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("slashed", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 amount) returns()
func (settlement *Settlement) PackStake(amount *big.Int) []byte {
	enc, err := settlement.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 amount) returns()
func (settlement *Settlement) TryPackStake(amount *big.Int) ([]byte, error) {
	return settlement.abi.Pack("stake", amount)
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address provider) view returns(uint256)
func (settlement *Settlement) PackStakeOf(provider common.Address) []byte {
	enc, err := settlement.abi.Pack("stakeOf", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address provider) view returns(uint256)
func (settlement *Settlement) TryPackStakeOf(provider common.Address) ([]byte, error) {
	return settlement.abi.Pack("stakeOf", provider)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address provider) view returns(uint256)
func (settlement *Settlement) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16934fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakes(address provider) view returns(uint128 active, uint128 unbonding, uint64 unlockAt, uint128 rewards, uint256 perSharePaid)
func (settlement *Settlement) PackStakes(provider common.Address) []byte {
	enc, err := settlement.abi.Pack("stakes", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16934fc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakes(address provider) view returns(uint128 active, uint128 unbonding, uint64 unlockAt, uint128 rewards, uint256 perSharePaid)
func (settlement *Settlement) TryPackStakes(provider common.Address) ([]byte, error) {
	return settlement.abi.Pack("stakes", provider)
}

// StakesOutput serves as a container for the return parameters of contract
// method Stakes.
type StakesOutput struct {
	Active       *big.Int
	Unbonding    *big.Int
	UnlockAt     uint64
	Rewards      *big.Int
	PerSharePaid *big.Int
}

// UnpackStakes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16934fc4.
//
// Solidity: function stakes(address provider) view returns(uint128 active, uint128 unbonding, uint64 unlockAt, uint128 rewards, uint256 perSharePaid)
func (settlement *Settlement) UnpackStakes(data []byte) (StakesOutput, error) {
	out, err := settlement.abi.Unpack("stakes", data)
	outstruct := new(StakesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Active = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Unbonding = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Rewards = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.PerSharePaid = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackTallies is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10726543.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tallies() view returns(address)
func (settlement *Settlement) PackTallies() []byte {
	enc, err := settlement.abi.Pack("tallies")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTallies is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10726543.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tallies() view returns(address)
func (settlement *Settlement) TryPackTallies() ([]byte, error) {
	return settlement.abi.Pack("tallies")
}

// UnpackTallies is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10726543.
//
// Solidity: function tallies() view returns(address)
func (settlement *Settlement) UnpackTallies(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("tallies", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (settlement *Settlement) PackToken() []byte {
	enc, err := settlement.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (settlement *Settlement) TryPackToken() ([]byte, error) {
	return settlement.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (settlement *Settlement) UnpackToken(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd38bfff4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferGovernance(address next) returns()
func (settlement *Settlement) PackTransferGovernance(next common.Address) []byte {
	enc, err := settlement.abi.Pack("transferGovernance", next)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd38bfff4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferGovernance(address next) returns()
func (settlement *Settlement) TryPackTransferGovernance(next common.Address) ([]byte, error) {
	return settlement.abi.Pack("transferGovernance", next)
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27de9e32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond(uint256 amount) returns()
func (settlement *Settlement) PackUnbond(amount *big.Int) []byte {
	enc, err := settlement.abi.Pack("unbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27de9e32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond(uint256 amount) returns()
func (settlement *Settlement) TryPackUnbond(amount *big.Int) ([]byte, error) {
	return settlement.abi.Pack("unbond", amount)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (settlement *Settlement) PackWithdraw(amount *big.Int) []byte {
	enc, err := settlement.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (settlement *Settlement) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return settlement.abi.Pack("withdraw", amount)
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake() returns()
func (settlement *Settlement) PackWithdrawStake() []byte {
	enc, err := settlement.abi.Pack("withdrawStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake() returns()
func (settlement *Settlement) TryPackWithdrawStake() ([]byte, error) {
	return settlement.abi.Pack("withdrawStake")
}

// SettlementAwardBound represents a AwardBound event raised by the Settlement contract.
type SettlementAwardBound struct {
	JobId     [32]byte
	AwardHash [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementAwardBoundEventName = "AwardBound"

// ContractEventName returns the user-defined event name.
func (SettlementAwardBound) ContractEventName() string {
	return SettlementAwardBoundEventName
}

// UnpackAwardBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AwardBound(bytes32 indexed jobId, bytes32 awardHash)
func (settlement *Settlement) UnpackAwardBoundEvent(log *types.Log) (*SettlementAwardBound, error) {
	event := "AwardBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementAwardBound)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementCreditCorrected represents a CreditCorrected event raised by the Settlement contract.
type SettlementCreditCorrected struct {
	JobId      [32]byte
	Member     common.Address
	Challenger common.Address
	Index      *big.Int
	OldAmount  *big.Int
	NewAmount  *big.Int
	PayoutRoot [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettlementCreditCorrectedEventName = "CreditCorrected"

// ContractEventName returns the user-defined event name.
func (SettlementCreditCorrected) ContractEventName() string {
	return SettlementCreditCorrectedEventName
}

// UnpackCreditCorrectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditCorrected(bytes32 indexed jobId, address indexed member, address indexed challenger, uint256 index, uint256 oldAmount, uint256 newAmount, bytes32 payoutRoot)
func (settlement *Settlement) UnpackCreditCorrectedEvent(log *types.Log) (*SettlementCreditCorrected, error) {
	event := "CreditCorrected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementCreditCorrected)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementCredited represents a Credited event raised by the Settlement contract.
type SettlementCredited struct {
	JobId  [32]byte
	Member common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (SettlementCredited) ContractEventName() string {
	return SettlementCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(bytes32 indexed jobId, address indexed member, uint256 amount)
func (settlement *Settlement) UnpackCreditedEvent(log *types.Log) (*SettlementCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementCredited)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementEIP712DomainChanged represents a EIP712DomainChanged event raised by the Settlement contract.
type SettlementEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SettlementEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (SettlementEIP712DomainChanged) ContractEventName() string {
	return SettlementEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (settlement *Settlement) UnpackEIP712DomainChangedEvent(log *types.Log) (*SettlementEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementGovernanceTransferStarted represents a GovernanceTransferStarted event raised by the Settlement contract.
type SettlementGovernanceTransferStarted struct {
	Current common.Address
	Pending common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementGovernanceTransferStartedEventName = "GovernanceTransferStarted"

// ContractEventName returns the user-defined event name.
func (SettlementGovernanceTransferStarted) ContractEventName() string {
	return SettlementGovernanceTransferStartedEventName
}

// UnpackGovernanceTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GovernanceTransferStarted(address indexed current, address indexed pending)
func (settlement *Settlement) UnpackGovernanceTransferStartedEvent(log *types.Log) (*SettlementGovernanceTransferStarted, error) {
	event := "GovernanceTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementGovernanceTransferStarted)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementGovernanceTransferred represents a GovernanceTransferred event raised by the Settlement contract.
type SettlementGovernanceTransferred struct {
	Previous common.Address
	Current  common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementGovernanceTransferredEventName = "GovernanceTransferred"

// ContractEventName returns the user-defined event name.
func (SettlementGovernanceTransferred) ContractEventName() string {
	return SettlementGovernanceTransferredEventName
}

// UnpackGovernanceTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GovernanceTransferred(address indexed previous, address indexed current)
func (settlement *Settlement) UnpackGovernanceTransferredEvent(log *types.Log) (*SettlementGovernanceTransferred, error) {
	event := "GovernanceTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementGovernanceTransferred)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementJobEscrowed represents a JobEscrowed event raised by the Settlement contract.
type SettlementJobEscrowed struct {
	JobId          [32]byte
	Poster         common.Address
	Nonce          uint64
	GroupSize      uint32
	Steps          uint64
	Audits         uint32
	Budget         *big.Int
	SettleDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const SettlementJobEscrowedEventName = "JobEscrowed"

// ContractEventName returns the user-defined event name.
func (SettlementJobEscrowed) ContractEventName() string {
	return SettlementJobEscrowedEventName
}

// UnpackJobEscrowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobEscrowed(bytes32 indexed jobId, address indexed poster, uint64 nonce, uint32 groupSize, uint64 steps, uint32 audits, uint256 budget, uint40 settleDeadline)
func (settlement *Settlement) UnpackJobEscrowedEvent(log *types.Log) (*SettlementJobEscrowed, error) {
	event := "JobEscrowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementJobEscrowed)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementJobSettled represents a JobSettled event raised by the Settlement contract.
type SettlementJobSettled struct {
	JobId [32]byte
	Table []byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const SettlementJobSettledEventName = "JobSettled"

// ContractEventName returns the user-defined event name.
func (SettlementJobSettled) ContractEventName() string {
	return SettlementJobSettledEventName
}

// UnpackJobSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSettled(bytes32 indexed jobId, bytes table)
func (settlement *Settlement) UnpackJobSettledEvent(log *types.Log) (*SettlementJobSettled, error) {
	event := "JobSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementJobSettled)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementParamsChanged represents a ParamsChanged event raised by the Settlement contract.
type SettlementParamsChanged struct {
	Params SettlementParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementParamsChangedEventName = "ParamsChanged"

// ContractEventName returns the user-defined event name.
func (SettlementParamsChanged) ContractEventName() string {
	return SettlementParamsChangedEventName
}

// UnpackParamsChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsChanged((address,uint16,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) params)
func (settlement *Settlement) UnpackParamsChangedEvent(log *types.Log) (*SettlementParamsChanged, error) {
	event := "ParamsChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementParamsChanged)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementRefunded represents a Refunded event raised by the Settlement contract.
type SettlementRefunded struct {
	JobId  [32]byte
	Poster common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (SettlementRefunded) ContractEventName() string {
	return SettlementRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed jobId, address indexed poster, uint256 amount)
func (settlement *Settlement) UnpackRefundedEvent(log *types.Log) (*SettlementRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRefunded)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementReleased represents a Released event raised by the Settlement contract.
type SettlementReleased struct {
	Account common.Address
	Amount  *big.Int
	Fee     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (SettlementReleased) ContractEventName() string {
	return SettlementReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed account, uint256 amount, uint256 fee)
func (settlement *Settlement) UnpackReleasedEvent(log *types.Log) (*SettlementReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementReleased)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementRewardsClaimed represents a RewardsClaimed event raised by the Settlement contract.
type SettlementRewardsClaimed struct {
	Staker common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementRewardsClaimedEventName = "RewardsClaimed"

// ContractEventName returns the user-defined event name.
func (SettlementRewardsClaimed) ContractEventName() string {
	return SettlementRewardsClaimedEventName
}

// UnpackRewardsClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsClaimed(address indexed staker, uint256 amount)
func (settlement *Settlement) UnpackRewardsClaimedEvent(log *types.Log) (*SettlementRewardsClaimed, error) {
	event := "RewardsClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRewardsClaimed)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementSlashed represents a Slashed event raised by the Settlement contract.
type SettlementSlashed struct {
	Offender common.Address
	Key      [32]byte
	Kind     uint8
	Amount   *big.Int
	Reporter common.Address
	Reward   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (SettlementSlashed) ContractEventName() string {
	return SettlementSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed offender, bytes32 indexed key, uint8 kind, uint256 amount, address indexed reporter, uint256 reward)
func (settlement *Settlement) UnpackSlashedEvent(log *types.Log) (*SettlementSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementSlashed)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementStakeWithdrawn represents a StakeWithdrawn event raised by the Settlement contract.
type SettlementStakeWithdrawn struct {
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (SettlementStakeWithdrawn) ContractEventName() string {
	return SettlementStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed provider, uint256 amount)
func (settlement *Settlement) UnpackStakeWithdrawnEvent(log *types.Log) (*SettlementStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementStaked represents a Staked event raised by the Settlement contract.
type SettlementStaked struct {
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (SettlementStaked) ContractEventName() string {
	return SettlementStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed provider, uint256 amount)
func (settlement *Settlement) UnpackStakedEvent(log *types.Log) (*SettlementStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementStaked)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementUnbondStarted represents a UnbondStarted event raised by the Settlement contract.
type SettlementUnbondStarted struct {
	Provider common.Address
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementUnbondStartedEventName = "UnbondStarted"

// ContractEventName returns the user-defined event name.
func (SettlementUnbondStarted) ContractEventName() string {
	return SettlementUnbondStartedEventName
}

// UnpackUnbondStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondStarted(address indexed provider, uint256 amount, uint64 unlockAt)
func (settlement *Settlement) UnpackUnbondStartedEvent(log *types.Log) (*SettlementUnbondStarted, error) {
	event := "UnbondStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementUnbondStarted)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettlementWithdrawn represents a Withdrawn event raised by the Settlement contract.
type SettlementWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (SettlementWithdrawn) ContractEventName() string {
	return SettlementWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (settlement *Settlement) UnpackWithdrawnEvent(log *types.Log) (*SettlementWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementWithdrawn)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (settlement *Settlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlement.abi.Errors["AlreadyReleased"].ID.Bytes()[:4]) {
		return settlement.UnpackAlreadyReleasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AlreadySlashed"].ID.Bytes()[:4]) {
		return settlement.UnpackAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return settlement.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AwardAlreadyBound"].ID.Bytes()[:4]) {
		return settlement.UnpackAwardAlreadyBoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AwardMismatch"].ID.Bytes()[:4]) {
		return settlement.UnpackAwardMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["BadEvidenceEncoding"].ID.Bytes()[:4]) {
		return settlement.UnpackBadEvidenceEncodingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["BadEvidenceLength"].ID.Bytes()[:4]) {
		return settlement.UnpackBadEvidenceLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["BadMemberIndex"].ID.Bytes()[:4]) {
		return settlement.UnpackBadMemberIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return settlement.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return settlement.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return settlement.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return settlement.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ClaimWindowClosed"].ID.Bytes()[:4]) {
		return settlement.UnpackClaimWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ConvictedOfFault"].ID.Bytes()[:4]) {
		return settlement.UnpackConvictedOfFaultError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["DataPoolExceeded"].ID.Bytes()[:4]) {
		return settlement.UnpackDataPoolExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EscrowExhausted"].ID.Bytes()[:4]) {
		return settlement.UnpackEscrowExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return settlement.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return settlement.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidAward"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidAwardError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidJob"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidParam"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["JobExists"].ID.Bytes()[:4]) {
		return settlement.UnpackJobExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return settlement.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["MemberDidNotSign"].ID.Bytes()[:4]) {
		return settlement.UnpackMemberDidNotSignError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotAMember"].ID.Bytes()[:4]) {
		return settlement.UnpackNotAMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotAWinner"].ID.Bytes()[:4]) {
		return settlement.UnpackNotAWinnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotEquivocation"].ID.Bytes()[:4]) {
		return settlement.UnpackNotEquivocationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotEvaluations"].ID.Bytes()[:4]) {
		return settlement.UnpackNotEvaluationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotGovernance"].ID.Bytes()[:4]) {
		return settlement.UnpackNotGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotOverpaid"].ID.Bytes()[:4]) {
		return settlement.UnpackNotOverpaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotPendingGovernance"].ID.Bytes()[:4]) {
		return settlement.UnpackNotPendingGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotPoster"].ID.Bytes()[:4]) {
		return settlement.UnpackNotPosterError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotSameSlot"].ID.Bytes()[:4]) {
		return settlement.UnpackNotSameSlotError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotSettled"].ID.Bytes()[:4]) {
		return settlement.UnpackNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotTallies"].ID.Bytes()[:4]) {
		return settlement.UnpackNotTalliesError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotUnderpaid"].ID.Bytes()[:4]) {
		return settlement.UnpackNotUnderpaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return settlement.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NothingToRelease"].ID.Bytes()[:4]) {
		return settlement.UnpackNothingToReleaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NothingToSlash"].ID.Bytes()[:4]) {
		return settlement.UnpackNothingToSlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return settlement.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["PriceAboveCap"].ID.Bytes()[:4]) {
		return settlement.UnpackPriceAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["QuorumNotReached"].ID.Bytes()[:4]) {
		return settlement.UnpackQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return settlement.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["RefundTooEarly"].ID.Bytes()[:4]) {
		return settlement.UnpackRefundTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return settlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["SettleDeadlineNotReached"].ID.Bytes()[:4]) {
		return settlement.UnpackSettleDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["SettleDeadlinePassed"].ID.Bytes()[:4]) {
		return settlement.UnpackSettleDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return settlement.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return settlement.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return settlement.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["TooManyAudits"].ID.Bytes()[:4]) {
		return settlement.UnpackTooManyAuditsError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["TooManySteps"].ID.Bytes()[:4]) {
		return settlement.UnpackTooManyStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["UnknownEvidenceKind"].ID.Bytes()[:4]) {
		return settlement.UnpackUnknownEvidenceKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["UnsortedSigners"].ID.Bytes()[:4]) {
		return settlement.UnpackUnsortedSignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["UnsupportedFault"].ID.Bytes()[:4]) {
		return settlement.UnpackUnsupportedFaultError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["UnsupportedToken"].ID.Bytes()[:4]) {
		return settlement.UnpackUnsupportedTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["WrongSigner"].ID.Bytes()[:4]) {
		return settlement.UnpackWrongSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return settlement.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return settlement.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementAlreadyReleased represents a AlreadyReleased error raised by the Settlement contract.
type SettlementAlreadyReleased struct {
	JobId [32]byte
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReleased(bytes32 jobId, uint256 index)
func SettlementAlreadyReleasedErrorID() common.Hash {
	return common.HexToHash("0xa2dc74e754bb5938b1a1a51cda2f30716141956119eed635db69ae6551f85d6b")
}

// UnpackAlreadyReleasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReleased(bytes32 jobId, uint256 index)
func (settlement *Settlement) UnpackAlreadyReleasedError(raw []byte) (*SettlementAlreadyReleased, error) {
	out := new(SettlementAlreadyReleased)
	if err := settlement.abi.UnpackIntoInterface(out, "AlreadyReleased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAlreadySlashed represents a AlreadySlashed error raised by the Settlement contract.
type SettlementAlreadySlashed struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySlashed(bytes32 key)
func SettlementAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x16e5043d85531f6d342cbe530661f20425bf0ac095ef636feef1c343193172a7")
}

// UnpackAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySlashed(bytes32 key)
func (settlement *Settlement) UnpackAlreadySlashedError(raw []byte) (*SettlementAlreadySlashed, error) {
	out := new(SettlementAlreadySlashed)
	if err := settlement.abi.UnpackIntoInterface(out, "AlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAmountTooLarge represents a AmountTooLarge error raised by the Settlement contract.
type SettlementAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func SettlementAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (settlement *Settlement) UnpackAmountTooLargeError(raw []byte) (*SettlementAmountTooLarge, error) {
	out := new(SettlementAmountTooLarge)
	if err := settlement.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAwardAlreadyBound represents a AwardAlreadyBound error raised by the Settlement contract.
type SettlementAwardAlreadyBound struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AwardAlreadyBound(bytes32 jobId)
func SettlementAwardAlreadyBoundErrorID() common.Hash {
	return common.HexToHash("0xd64e1ec25805bb310191ea80b61f24896110b55d5df94de72fd21a223e67e6ae")
}

// UnpackAwardAlreadyBoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AwardAlreadyBound(bytes32 jobId)
func (settlement *Settlement) UnpackAwardAlreadyBoundError(raw []byte) (*SettlementAwardAlreadyBound, error) {
	out := new(SettlementAwardAlreadyBound)
	if err := settlement.abi.UnpackIntoInterface(out, "AwardAlreadyBound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAwardMismatch represents a AwardMismatch error raised by the Settlement contract.
type SettlementAwardMismatch struct {
	JobId [32]byte
	Bound [32]byte
	Given [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AwardMismatch(bytes32 jobId, bytes32 bound, bytes32 given)
func SettlementAwardMismatchErrorID() common.Hash {
	return common.HexToHash("0xfb96ffdc93659f648ee60433fa3030729c00aca4aff55ef440151dca8cb61eac")
}

// UnpackAwardMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AwardMismatch(bytes32 jobId, bytes32 bound, bytes32 given)
func (settlement *Settlement) UnpackAwardMismatchError(raw []byte) (*SettlementAwardMismatch, error) {
	out := new(SettlementAwardMismatch)
	if err := settlement.abi.UnpackIntoInterface(out, "AwardMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBadEvidenceEncoding represents a BadEvidenceEncoding error raised by the Settlement contract.
type SettlementBadEvidenceEncoding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEvidenceEncoding()
func SettlementBadEvidenceEncodingErrorID() common.Hash {
	return common.HexToHash("0x6f34f50e0f509cf29c227efa172835d63442b1bb74f71da68b51faad23885cf7")
}

// UnpackBadEvidenceEncodingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEvidenceEncoding()
func (settlement *Settlement) UnpackBadEvidenceEncodingError(raw []byte) (*SettlementBadEvidenceEncoding, error) {
	out := new(SettlementBadEvidenceEncoding)
	if err := settlement.abi.UnpackIntoInterface(out, "BadEvidenceEncoding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBadEvidenceLength represents a BadEvidenceLength error raised by the Settlement contract.
type SettlementBadEvidenceLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEvidenceLength(uint256 want, uint256 got)
func SettlementBadEvidenceLengthErrorID() common.Hash {
	return common.HexToHash("0xf0d99ede40de82722886f8fb8f12d86ea5d57209c778d0e0096b4b7b98e674f1")
}

// UnpackBadEvidenceLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEvidenceLength(uint256 want, uint256 got)
func (settlement *Settlement) UnpackBadEvidenceLengthError(raw []byte) (*SettlementBadEvidenceLength, error) {
	out := new(SettlementBadEvidenceLength)
	if err := settlement.abi.UnpackIntoInterface(out, "BadEvidenceLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBadMemberIndex represents a BadMemberIndex error raised by the Settlement contract.
type SettlementBadMemberIndex struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMemberIndex(uint256 index)
func SettlementBadMemberIndexErrorID() common.Hash {
	return common.HexToHash("0x0e67bc1e67a2d70f282f246dfd3b88526562c40d84131dac1ec3026d67c9e1c1")
}

// UnpackBadMemberIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMemberIndex(uint256 index)
func (settlement *Settlement) UnpackBadMemberIndexError(raw []byte) (*SettlementBadMemberIndex, error) {
	out := new(SettlementBadMemberIndex)
	if err := settlement.abi.UnpackIntoInterface(out, "BadMemberIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBadProof represents a BadProof error raised by the Settlement contract.
type SettlementBadProof struct {
	JobId [32]byte
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(bytes32 jobId, uint256 index)
func SettlementBadProofErrorID() common.Hash {
	return common.HexToHash("0x3e373a5a3f28af13396fded33799eab37953a4a6f53cb4e0b7e006a3b38f0021")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(bytes32 jobId, uint256 index)
func (settlement *Settlement) UnpackBadProofError(raw []byte) (*SettlementBadProof, error) {
	out := new(SettlementBadProof)
	if err := settlement.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBadSignature represents a BadSignature error raised by the Settlement contract.
type SettlementBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func SettlementBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (settlement *Settlement) UnpackBadSignatureError(raw []byte) (*SettlementBadSignature, error) {
	out := new(SettlementBadSignature)
	if err := settlement.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementChallengeWindowClosed represents a ChallengeWindowClosed error raised by the Settlement contract.
type SettlementChallengeWindowClosed struct {
	JobId    [32]byte
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(bytes32 jobId, uint40 closedAt)
func SettlementChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x36ddd490af1cd9ae2a1a55e635fc6e99a1972ce87af649f3859fa6b09b1e6d89")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(bytes32 jobId, uint40 closedAt)
func (settlement *Settlement) UnpackChallengeWindowClosedError(raw []byte) (*SettlementChallengeWindowClosed, error) {
	out := new(SettlementChallengeWindowClosed)
	if err := settlement.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementChallengeWindowOpen represents a ChallengeWindowOpen error raised by the Settlement contract.
type SettlementChallengeWindowOpen struct {
	JobId   [32]byte
	OpensAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(bytes32 jobId, uint40 opensAt)
func SettlementChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x816de72c57c46f1ebd6be2558cf4b0cd164fb5de33846c206f74611f1855d0a9")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(bytes32 jobId, uint40 opensAt)
func (settlement *Settlement) UnpackChallengeWindowOpenError(raw []byte) (*SettlementChallengeWindowOpen, error) {
	out := new(SettlementChallengeWindowOpen)
	if err := settlement.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementClaimWindowClosed represents a ClaimWindowClosed error raised by the Settlement contract.
type SettlementClaimWindowClosed struct {
	JobId    [32]byte
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimWindowClosed(bytes32 jobId, uint256 closedAt)
func SettlementClaimWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x1517e74cf167ee3ea057f10091844aa34ab942eb53d4936d763d9623473f797a")
}

// UnpackClaimWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimWindowClosed(bytes32 jobId, uint256 closedAt)
func (settlement *Settlement) UnpackClaimWindowClosedError(raw []byte) (*SettlementClaimWindowClosed, error) {
	out := new(SettlementClaimWindowClosed)
	if err := settlement.abi.UnpackIntoInterface(out, "ClaimWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementConvictedOfFault represents a ConvictedOfFault error raised by the Settlement contract.
type SettlementConvictedOfFault struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConvictedOfFault()
func SettlementConvictedOfFaultErrorID() common.Hash {
	return common.HexToHash("0x4f7d84814705d6133acbdd30e52f911ccac52075829aeb60a0e964b7e6a83112")
}

// UnpackConvictedOfFaultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConvictedOfFault()
func (settlement *Settlement) UnpackConvictedOfFaultError(raw []byte) (*SettlementConvictedOfFault, error) {
	out := new(SettlementConvictedOfFault)
	if err := settlement.abi.UnpackIntoInterface(out, "ConvictedOfFault", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementDataPoolExceeded represents a DataPoolExceeded error raised by the Settlement contract.
type SettlementDataPoolExceeded struct {
	Sum  *big.Int
	Pool *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataPoolExceeded(uint256 sum, uint256 pool)
func SettlementDataPoolExceededErrorID() common.Hash {
	return common.HexToHash("0x7465c4b88decf8d514ba5a9a8ce22ddac564a5312b9b8ec268251c9a853eec0f")
}

// UnpackDataPoolExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataPoolExceeded(uint256 sum, uint256 pool)
func (settlement *Settlement) UnpackDataPoolExceededError(raw []byte) (*SettlementDataPoolExceeded, error) {
	out := new(SettlementDataPoolExceeded)
	if err := settlement.abi.UnpackIntoInterface(out, "DataPoolExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementEscrowExhausted represents a EscrowExhausted error raised by the Settlement contract.
type SettlementEscrowExhausted struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowExhausted(bytes32 jobId)
func SettlementEscrowExhaustedErrorID() common.Hash {
	return common.HexToHash("0xf9f8089166f7d10e2e5a2282fd07c9d3bd1d8e2e311f2519f97edf327027b738")
}

// UnpackEscrowExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowExhausted(bytes32 jobId)
func (settlement *Settlement) UnpackEscrowExhaustedError(raw []byte) (*SettlementEscrowExhausted, error) {
	out := new(SettlementEscrowExhausted)
	if err := settlement.abi.UnpackIntoInterface(out, "EscrowExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInsufficientBalance represents a InsufficientBalance error raised by the Settlement contract.
type SettlementInsufficientBalance struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 have, uint256 want)
func SettlementInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 have, uint256 want)
func (settlement *Settlement) UnpackInsufficientBalanceError(raw []byte) (*SettlementInsufficientBalance, error) {
	out := new(SettlementInsufficientBalance)
	if err := settlement.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInsufficientStake represents a InsufficientStake error raised by the Settlement contract.
type SettlementInsufficientStake struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func SettlementInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func (settlement *Settlement) UnpackInsufficientStakeError(raw []byte) (*SettlementInsufficientStake, error) {
	out := new(SettlementInsufficientStake)
	if err := settlement.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidAward represents a InvalidAward error raised by the Settlement contract.
type SettlementInvalidAward struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAward(string reason)
func SettlementInvalidAwardErrorID() common.Hash {
	return common.HexToHash("0x4436cf75eba1d4b44110e5e0f2e1089a8090558da1b3442ab1c2babd56f46f69")
}

// UnpackInvalidAwardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAward(string reason)
func (settlement *Settlement) UnpackInvalidAwardError(raw []byte) (*SettlementInvalidAward, error) {
	out := new(SettlementInvalidAward)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidAward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidJob represents a InvalidJob error raised by the Settlement contract.
type SettlementInvalidJob struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidJob(string reason)
func SettlementInvalidJobErrorID() common.Hash {
	return common.HexToHash("0x67323a92dba964fe582a1a64ca5caec156cf2dfe0fd0210bf628c49befea1609")
}

// UnpackInvalidJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidJob(string reason)
func (settlement *Settlement) UnpackInvalidJobError(raw []byte) (*SettlementInvalidJob, error) {
	out := new(SettlementInvalidJob)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidParam represents a InvalidParam error raised by the Settlement contract.
type SettlementInvalidParam struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParam(string name)
func SettlementInvalidParamErrorID() common.Hash {
	return common.HexToHash("0x4389d5ab73744c63b9c8f97714fd614494e501baeb17b74f9a0bffafa6402d3d")
}

// UnpackInvalidParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParam(string name)
func (settlement *Settlement) UnpackInvalidParamError(raw []byte) (*SettlementInvalidParam, error) {
	out := new(SettlementInvalidParam)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidShortString represents a InvalidShortString error raised by the Settlement contract.
type SettlementInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func SettlementInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (settlement *Settlement) UnpackInvalidShortStringError(raw []byte) (*SettlementInvalidShortString, error) {
	out := new(SettlementInvalidShortString)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementJobExists represents a JobExists error raised by the Settlement contract.
type SettlementJobExists struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobExists(bytes32 jobId)
func SettlementJobExistsErrorID() common.Hash {
	return common.HexToHash("0x9e2b4bfd54f0778ae5b46dc678017f9ac3f783c5abec883f886f9464cfd3e050")
}

// UnpackJobExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobExists(bytes32 jobId)
func (settlement *Settlement) UnpackJobExistsError(raw []byte) (*SettlementJobExists, error) {
	out := new(SettlementJobExists)
	if err := settlement.abi.UnpackIntoInterface(out, "JobExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementLengthMismatch represents a LengthMismatch error raised by the Settlement contract.
type SettlementLengthMismatch struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 want, uint256 got)
func SettlementLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 want, uint256 got)
func (settlement *Settlement) UnpackLengthMismatchError(raw []byte) (*SettlementLengthMismatch, error) {
	out := new(SettlementLengthMismatch)
	if err := settlement.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementMemberDidNotSign represents a MemberDidNotSign error raised by the Settlement contract.
type SettlementMemberDidNotSign struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MemberDidNotSign(address member)
func SettlementMemberDidNotSignErrorID() common.Hash {
	return common.HexToHash("0x324c2eaad4a902a727d74e21076e6de3401489f756c6c3e7ffb1848e80908bf5")
}

// UnpackMemberDidNotSignError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MemberDidNotSign(address member)
func (settlement *Settlement) UnpackMemberDidNotSignError(raw []byte) (*SettlementMemberDidNotSign, error) {
	out := new(SettlementMemberDidNotSign)
	if err := settlement.abi.UnpackIntoInterface(out, "MemberDidNotSign", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotAMember represents a NotAMember error raised by the Settlement contract.
type SettlementNotAMember struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAMember(address account)
func SettlementNotAMemberErrorID() common.Hash {
	return common.HexToHash("0xc74f99ae608608fe36f55415de276becb198d973e61a153582b23d7478cbe28e")
}

// UnpackNotAMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAMember(address account)
func (settlement *Settlement) UnpackNotAMemberError(raw []byte) (*SettlementNotAMember, error) {
	out := new(SettlementNotAMember)
	if err := settlement.abi.UnpackIntoInterface(out, "NotAMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotAWinner represents a NotAWinner error raised by the Settlement contract.
type SettlementNotAWinner struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAWinner(uint256 index)
func SettlementNotAWinnerErrorID() common.Hash {
	return common.HexToHash("0x3b9052cfd291a4269b909b8230ff7a2ff0bacb6b6b2307b78fc0d5dc529653a2")
}

// UnpackNotAWinnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAWinner(uint256 index)
func (settlement *Settlement) UnpackNotAWinnerError(raw []byte) (*SettlementNotAWinner, error) {
	out := new(SettlementNotAWinner)
	if err := settlement.abi.UnpackIntoInterface(out, "NotAWinner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotEquivocation represents a NotEquivocation error raised by the Settlement contract.
type SettlementNotEquivocation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEquivocation()
func SettlementNotEquivocationErrorID() common.Hash {
	return common.HexToHash("0x0b69ebb3e91c040e54e7281a1414973f85ff57794b8d3cb56db72491dca277c4")
}

// UnpackNotEquivocationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEquivocation()
func (settlement *Settlement) UnpackNotEquivocationError(raw []byte) (*SettlementNotEquivocation, error) {
	out := new(SettlementNotEquivocation)
	if err := settlement.abi.UnpackIntoInterface(out, "NotEquivocation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotEvaluations represents a NotEvaluations error raised by the Settlement contract.
type SettlementNotEvaluations struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEvaluations(address caller)
func SettlementNotEvaluationsErrorID() common.Hash {
	return common.HexToHash("0x0c60b1da25793a2afca83b21b2340afa4c3e33d81941dea2f7eb3b33914c8ec4")
}

// UnpackNotEvaluationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEvaluations(address caller)
func (settlement *Settlement) UnpackNotEvaluationsError(raw []byte) (*SettlementNotEvaluations, error) {
	out := new(SettlementNotEvaluations)
	if err := settlement.abi.UnpackIntoInterface(out, "NotEvaluations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotGovernance represents a NotGovernance error raised by the Settlement contract.
type SettlementNotGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernance(address caller)
func SettlementNotGovernanceErrorID() common.Hash {
	return common.HexToHash("0x988d1f034409fa6034c96c7a747f1aface3c57af045046793082b71a663c0040")
}

// UnpackNotGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernance(address caller)
func (settlement *Settlement) UnpackNotGovernanceError(raw []byte) (*SettlementNotGovernance, error) {
	out := new(SettlementNotGovernance)
	if err := settlement.abi.UnpackIntoInterface(out, "NotGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotOverpaid represents a NotOverpaid error raised by the Settlement contract.
type SettlementNotOverpaid struct {
	Credited *big.Int
	Cap      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOverpaid(uint256 credited, uint256 cap)
func SettlementNotOverpaidErrorID() common.Hash {
	return common.HexToHash("0x4b8667932c3c461d0876dfa959b25368e3702c6fe9259408f86a4dc38286e2ab")
}

// UnpackNotOverpaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOverpaid(uint256 credited, uint256 cap)
func (settlement *Settlement) UnpackNotOverpaidError(raw []byte) (*SettlementNotOverpaid, error) {
	out := new(SettlementNotOverpaid)
	if err := settlement.abi.UnpackIntoInterface(out, "NotOverpaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotPendingGovernance represents a NotPendingGovernance error raised by the Settlement contract.
type SettlementNotPendingGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPendingGovernance(address caller)
func SettlementNotPendingGovernanceErrorID() common.Hash {
	return common.HexToHash("0x8396ca09b59585751789260b5463547053fa14bb4fc675ccb5c36dd529111cdd")
}

// UnpackNotPendingGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPendingGovernance(address caller)
func (settlement *Settlement) UnpackNotPendingGovernanceError(raw []byte) (*SettlementNotPendingGovernance, error) {
	out := new(SettlementNotPendingGovernance)
	if err := settlement.abi.UnpackIntoInterface(out, "NotPendingGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotPoster represents a NotPoster error raised by the Settlement contract.
type SettlementNotPoster struct {
	JobId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPoster(bytes32 jobId, address caller)
func SettlementNotPosterErrorID() common.Hash {
	return common.HexToHash("0xefbf493920e3fadd929315b1c0c6941ac3e866cd134fd5739419aa7da3f2932c")
}

// UnpackNotPosterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPoster(bytes32 jobId, address caller)
func (settlement *Settlement) UnpackNotPosterError(raw []byte) (*SettlementNotPoster, error) {
	out := new(SettlementNotPoster)
	if err := settlement.abi.UnpackIntoInterface(out, "NotPoster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotSameSlot represents a NotSameSlot error raised by the Settlement contract.
type SettlementNotSameSlot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSameSlot()
func SettlementNotSameSlotErrorID() common.Hash {
	return common.HexToHash("0x711c3ecde4caf918830c9675e71a0255bcb99ba93eedcea1a80536ab72d9ca1b")
}

// UnpackNotSameSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSameSlot()
func (settlement *Settlement) UnpackNotSameSlotError(raw []byte) (*SettlementNotSameSlot, error) {
	out := new(SettlementNotSameSlot)
	if err := settlement.abi.UnpackIntoInterface(out, "NotSameSlot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotSettled represents a NotSettled error raised by the Settlement contract.
type SettlementNotSettled struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettled(bytes32 jobId)
func SettlementNotSettledErrorID() common.Hash {
	return common.HexToHash("0x1d46cb059b25f936721c6f907a109de5939b36d1336c69e1459abf59be428c18")
}

// UnpackNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettled(bytes32 jobId)
func (settlement *Settlement) UnpackNotSettledError(raw []byte) (*SettlementNotSettled, error) {
	out := new(SettlementNotSettled)
	if err := settlement.abi.UnpackIntoInterface(out, "NotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotTallies represents a NotTallies error raised by the Settlement contract.
type SettlementNotTallies struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTallies(address caller)
func SettlementNotTalliesErrorID() common.Hash {
	return common.HexToHash("0x75c07b5a0ba6c94f00bbc2dfdd2d94d205556ef62c1e932c496d2684d2a01a25")
}

// UnpackNotTalliesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTallies(address caller)
func (settlement *Settlement) UnpackNotTalliesError(raw []byte) (*SettlementNotTallies, error) {
	out := new(SettlementNotTallies)
	if err := settlement.abi.UnpackIntoInterface(out, "NotTallies", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotUnderpaid represents a NotUnderpaid error raised by the Settlement contract.
type SettlementNotUnderpaid struct {
	Credited *big.Int
	Due      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnderpaid(uint256 credited, uint256 due)
func SettlementNotUnderpaidErrorID() common.Hash {
	return common.HexToHash("0xa4356632dea062357d53aab6a19b105d3558647b6a21daa1ef7a43d0d5dae939")
}

// UnpackNotUnderpaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnderpaid(uint256 credited, uint256 due)
func (settlement *Settlement) UnpackNotUnderpaidError(raw []byte) (*SettlementNotUnderpaid, error) {
	out := new(SettlementNotUnderpaid)
	if err := settlement.abi.UnpackIntoInterface(out, "NotUnderpaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNothingToClaim represents a NothingToClaim error raised by the Settlement contract.
type SettlementNothingToClaim struct {
	Credited *big.Int
	Due      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 credited, uint256 due)
func SettlementNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xdb2e10631d2ee9e0602c2e26b86d79587d1b8bf71115b9c2ddeb9d165f8215a4")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 credited, uint256 due)
func (settlement *Settlement) UnpackNothingToClaimError(raw []byte) (*SettlementNothingToClaim, error) {
	out := new(SettlementNothingToClaim)
	if err := settlement.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNothingToRelease represents a NothingToRelease error raised by the Settlement contract.
type SettlementNothingToRelease struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRelease(address account)
func SettlementNothingToReleaseErrorID() common.Hash {
	return common.HexToHash("0x97219316a43d9d7869f213a2d99be4230198cdcc4f99835a69ab4a5981cca46a")
}

// UnpackNothingToReleaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRelease(address account)
func (settlement *Settlement) UnpackNothingToReleaseError(raw []byte) (*SettlementNothingToRelease, error) {
	out := new(SettlementNothingToRelease)
	if err := settlement.abi.UnpackIntoInterface(out, "NothingToRelease", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNothingToSlash represents a NothingToSlash error raised by the Settlement contract.
type SettlementNothingToSlash struct {
	Offender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSlash(address offender)
func SettlementNothingToSlashErrorID() common.Hash {
	return common.HexToHash("0xea53296051c9b6c5589470a9aecc521c01574552c7190c8679964112d5636f1c")
}

// UnpackNothingToSlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSlash(address offender)
func (settlement *Settlement) UnpackNothingToSlashError(raw []byte) (*SettlementNothingToSlash, error) {
	out := new(SettlementNothingToSlash)
	if err := settlement.abi.UnpackIntoInterface(out, "NothingToSlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNothingToWithdraw represents a NothingToWithdraw error raised by the Settlement contract.
type SettlementNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func SettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (settlement *Settlement) UnpackNothingToWithdrawError(raw []byte) (*SettlementNothingToWithdraw, error) {
	out := new(SettlementNothingToWithdraw)
	if err := settlement.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementPriceAboveCap represents a PriceAboveCap error raised by the Settlement contract.
type SettlementPriceAboveCap struct {
	Price *big.Int
	Cap   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceAboveCap(uint256 price, uint256 cap)
func SettlementPriceAboveCapErrorID() common.Hash {
	return common.HexToHash("0x842c488ab9609c345f75f58201dac86cf45ff680afc0f4f3009f49a8236da33c")
}

// UnpackPriceAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceAboveCap(uint256 price, uint256 cap)
func (settlement *Settlement) UnpackPriceAboveCapError(raw []byte) (*SettlementPriceAboveCap, error) {
	out := new(SettlementPriceAboveCap)
	if err := settlement.abi.UnpackIntoInterface(out, "PriceAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementQuorumNotReached represents a QuorumNotReached error raised by the Settlement contract.
type SettlementQuorumNotReached struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotReached(uint256 have, uint256 need)
func SettlementQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0x6a2159843653f10db54c042cb44fca2acd5ab362e9d6b07cb6ba038cc88440ed")
}

// UnpackQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotReached(uint256 have, uint256 need)
func (settlement *Settlement) UnpackQuorumNotReachedError(raw []byte) (*SettlementQuorumNotReached, error) {
	out := new(SettlementQuorumNotReached)
	if err := settlement.abi.UnpackIntoInterface(out, "QuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Settlement contract.
type SettlementReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SettlementReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (settlement *Settlement) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SettlementReentrancyGuardReentrantCall, error) {
	out := new(SettlementReentrancyGuardReentrantCall)
	if err := settlement.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementRefundTooEarly represents a RefundTooEarly error raised by the Settlement contract.
type SettlementRefundTooEarly struct {
	JobId     [32]byte
	AllowedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundTooEarly(bytes32 jobId, uint256 allowedAt)
func SettlementRefundTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x2d1d8e9fe0d22bab8ad98e64b2a12337adb86dd3de4bcb94370b6fb50c40e553")
}

// UnpackRefundTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundTooEarly(bytes32 jobId, uint256 allowedAt)
func (settlement *Settlement) UnpackRefundTooEarlyError(raw []byte) (*SettlementRefundTooEarly, error) {
	out := new(SettlementRefundTooEarly)
	if err := settlement.abi.UnpackIntoInterface(out, "RefundTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Settlement contract.
type SettlementSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SettlementSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (settlement *Settlement) UnpackSafeERC20FailedOperationError(raw []byte) (*SettlementSafeERC20FailedOperation, error) {
	out := new(SettlementSafeERC20FailedOperation)
	if err := settlement.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettleDeadlineNotReached represents a SettleDeadlineNotReached error raised by the Settlement contract.
type SettlementSettleDeadlineNotReached struct {
	JobId    [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettleDeadlineNotReached(bytes32 jobId, uint40 deadline)
func SettlementSettleDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xb4812f4d3c49fdf9dbf063ed18b2db8e2ee2d742b9ef0f16f5a1a66180d6b32a")
}

// UnpackSettleDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettleDeadlineNotReached(bytes32 jobId, uint40 deadline)
func (settlement *Settlement) UnpackSettleDeadlineNotReachedError(raw []byte) (*SettlementSettleDeadlineNotReached, error) {
	out := new(SettlementSettleDeadlineNotReached)
	if err := settlement.abi.UnpackIntoInterface(out, "SettleDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSettleDeadlinePassed represents a SettleDeadlinePassed error raised by the Settlement contract.
type SettlementSettleDeadlinePassed struct {
	JobId    [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettleDeadlinePassed(bytes32 jobId, uint40 deadline)
func SettlementSettleDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xb51a41dc3dda78de4f8bde8044694808e69070c925658eec712f1128cb626763")
}

// UnpackSettleDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettleDeadlinePassed(bytes32 jobId, uint40 deadline)
func (settlement *Settlement) UnpackSettleDeadlinePassedError(raw []byte) (*SettlementSettleDeadlinePassed, error) {
	out := new(SettlementSettleDeadlinePassed)
	if err := settlement.abi.UnpackIntoInterface(out, "SettleDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementStakeLocked represents a StakeLocked error raised by the Settlement contract.
type SettlementStakeLocked struct {
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 unlockAt)
func SettlementStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x68a2053c541711e2ff09fbad0cfdb8ccb48b3380c7b25396271bb41985b31519")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 unlockAt)
func (settlement *Settlement) UnpackStakeLockedError(raw []byte) (*SettlementStakeLocked, error) {
	out := new(SettlementStakeLocked)
	if err := settlement.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementStepOutOfRange represents a StepOutOfRange error raised by the Settlement contract.
type SettlementStepOutOfRange struct {
	Step *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint256 step, uint256 max)
func SettlementStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xa2fc5cfd821d1a2ae8a255a9f056794480dd41d3753948decc4c06ed64ccc11d")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint256 step, uint256 max)
func (settlement *Settlement) UnpackStepOutOfRangeError(raw []byte) (*SettlementStepOutOfRange, error) {
	out := new(SettlementStepOutOfRange)
	if err := settlement.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementStringTooLong represents a StringTooLong error raised by the Settlement contract.
type SettlementStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func SettlementStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (settlement *Settlement) UnpackStringTooLongError(raw []byte) (*SettlementStringTooLong, error) {
	out := new(SettlementStringTooLong)
	if err := settlement.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTooManyAudits represents a TooManyAudits error raised by the Settlement contract.
type SettlementTooManyAudits struct {
	Sum *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyAudits(uint256 sum, uint256 max)
func SettlementTooManyAuditsErrorID() common.Hash {
	return common.HexToHash("0x16f9a7553e056cba664316a3bb67ef3e64378df0b74cbdcf02e8eb3a81028c07")
}

// UnpackTooManyAuditsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyAudits(uint256 sum, uint256 max)
func (settlement *Settlement) UnpackTooManyAuditsError(raw []byte) (*SettlementTooManyAudits, error) {
	out := new(SettlementTooManyAudits)
	if err := settlement.abi.UnpackIntoInterface(out, "TooManyAudits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTooManySteps represents a TooManySteps error raised by the Settlement contract.
type SettlementTooManySteps struct {
	Sum *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManySteps(uint256 sum, uint256 max)
func SettlementTooManyStepsErrorID() common.Hash {
	return common.HexToHash("0x430d767359030ab0bc105403de7bbec49cd9b46145c0b5d263664c1845c477a1")
}

// UnpackTooManyStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManySteps(uint256 sum, uint256 max)
func (settlement *Settlement) UnpackTooManyStepsError(raw []byte) (*SettlementTooManySteps, error) {
	out := new(SettlementTooManySteps)
	if err := settlement.abi.UnpackIntoInterface(out, "TooManySteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementUnknownEvidenceKind represents a UnknownEvidenceKind error raised by the Settlement contract.
type SettlementUnknownEvidenceKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEvidenceKind(uint8 kind)
func SettlementUnknownEvidenceKindErrorID() common.Hash {
	return common.HexToHash("0x4a3ad8cb317d9b2f237f7b08815af4bb884a44e9bd51ff30848bd89a210850d0")
}

// UnpackUnknownEvidenceKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEvidenceKind(uint8 kind)
func (settlement *Settlement) UnpackUnknownEvidenceKindError(raw []byte) (*SettlementUnknownEvidenceKind, error) {
	out := new(SettlementUnknownEvidenceKind)
	if err := settlement.abi.UnpackIntoInterface(out, "UnknownEvidenceKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementUnsortedSigners represents a UnsortedSigners error raised by the Settlement contract.
type SettlementUnsortedSigners struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsortedSigners()
func SettlementUnsortedSignersErrorID() common.Hash {
	return common.HexToHash("0xd02ef0e5635209bdcd909cba3ea9f1effe95c2f04fe1c489c6cb5ab141739004")
}

// UnpackUnsortedSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsortedSigners()
func (settlement *Settlement) UnpackUnsortedSignersError(raw []byte) (*SettlementUnsortedSigners, error) {
	out := new(SettlementUnsortedSigners)
	if err := settlement.abi.UnpackIntoInterface(out, "UnsortedSigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementUnsupportedFault represents a UnsupportedFault error raised by the Settlement contract.
type SettlementUnsupportedFault struct {
	Fault uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedFault(uint8 fault)
func SettlementUnsupportedFaultErrorID() common.Hash {
	return common.HexToHash("0xcbe050f54fb496fab4209184729cb377e499f2124996064be2118448700ee6d7")
}

// UnpackUnsupportedFaultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedFault(uint8 fault)
func (settlement *Settlement) UnpackUnsupportedFaultError(raw []byte) (*SettlementUnsupportedFault, error) {
	out := new(SettlementUnsupportedFault)
	if err := settlement.abi.UnpackIntoInterface(out, "UnsupportedFault", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementUnsupportedToken represents a UnsupportedToken error raised by the Settlement contract.
type SettlementUnsupportedToken struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedToken(uint256 expected, uint256 received)
func SettlementUnsupportedTokenErrorID() common.Hash {
	return common.HexToHash("0x917f56c42b0ae4ee10e5cba8317e898518b4d8dae3091aee82741147bcfe3218")
}

// UnpackUnsupportedTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedToken(uint256 expected, uint256 received)
func (settlement *Settlement) UnpackUnsupportedTokenError(raw []byte) (*SettlementUnsupportedToken, error) {
	out := new(SettlementUnsupportedToken)
	if err := settlement.abi.UnpackIntoInterface(out, "UnsupportedToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementWrongSigner represents a WrongSigner error raised by the Settlement contract.
type SettlementWrongSigner struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSigner(address expected, address recovered)
func SettlementWrongSignerErrorID() common.Hash {
	return common.HexToHash("0x366d29f7de543b1e5962d6f7315450f1f5ec3d853d28dca80282b4c242185268")
}

// UnpackWrongSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSigner(address expected, address recovered)
func (settlement *Settlement) UnpackWrongSignerError(raw []byte) (*SettlementWrongSigner, error) {
	out := new(SettlementWrongSigner)
	if err := settlement.abi.UnpackIntoInterface(out, "WrongSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementWrongStatus represents a WrongStatus error raised by the Settlement contract.
type SettlementWrongStatus struct {
	JobId  [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(bytes32 jobId, uint8 status)
func SettlementWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9d81974470eb5e30f285b1055c396a387d885a43a0fb39f84dcb3764cbc907a1")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(bytes32 jobId, uint8 status)
func (settlement *Settlement) UnpackWrongStatusError(raw []byte) (*SettlementWrongStatus, error) {
	out := new(SettlementWrongStatus)
	if err := settlement.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementZeroAmount represents a ZeroAmount error raised by the Settlement contract.
type SettlementZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func SettlementZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (settlement *Settlement) UnpackZeroAmountError(raw []byte) (*SettlementZeroAmount, error) {
	out := new(SettlementZeroAmount)
	if err := settlement.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

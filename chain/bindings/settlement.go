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

// SettlementFault is an auto generated low-level Go binding around an user-defined struct.
type SettlementFault struct {
	Accused      common.Address
	Fault        uint8
	Step         uint64
	EvidenceHash [32]byte
}

// SettlementJobPayout is an auto generated low-level Go binding around an user-defined struct.
type SettlementJobPayout struct {
	JobId [32]byte
	Award SettlementAward
	Steps []uint64
}

// SettlementParams is an auto generated low-level Go binding around an user-defined struct.
type SettlementParams struct {
	Treasury             common.Address
	FeeBps               uint16
	EquivocationSlashBps uint16
	FaultSlashBps        uint16
	ReporterRewardBps    uint16
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AwardAlreadyBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bound\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"AwardMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadEvidenceEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadEvidenceLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadMemberIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"closedAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"opensAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"EscrowExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidAward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParam\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberDidNotSign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotAWinner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"NotOverpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSameSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NotUnderpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToRelease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"}],\"name\":\"NothingToSlash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PriceAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"allowedAt\",\"type\":\"uint256\"}],\"name\":\"RefundTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManySteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownEvidenceKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsortedSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"}],\"name\":\"UnsupportedFault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"name\":\"AwardBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newAmount\",\"type\":\"uint256\"}],\"name\":\"CreditCorrected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pending\",\"type\":\"address\"}],\"name\":\"GovernanceTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"}],\"name\":\"JobEscrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structSettlement.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"UnbondStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AWARD_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_COMMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_REVEAL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_GARBAGE_DATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_MISSED_STEPS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_TAMPERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_WRONG_RESULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_COMMIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_REVEAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FAULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_STEP_RECEIPT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GROUP_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP_RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"challengeFault\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"winner\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"challengeSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"winner\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"released\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"}],\"name\":\"hashAward\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"jobIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"jobs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"budget\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"credited\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"groupSize\",\"type\":\"uint256\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"}],\"name\":\"registerAward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"jobIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"steps\",\"type\":\"uint64[]\"}],\"internalType\":\"structSettlement.JobPayout[]\",\"name\":\"batch\",\"type\":\"tuple[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"msgA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"msgB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slashEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"slashFault\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"slashKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"active\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Settlement",
	Bin: "0x610180604052348015610010575f5ffd5b50604051616aa7380380616aa783398101604081905261002f91610765565b60408051808201825260098152680e8e4c2d2dcdacae6d60bb1b602080830191909152825180840190935260018352603160f81b9083015290610072825f610336565b61012052610081816001610336565b61014052815160208084019190912060e052815190820120610100524660a05261010d60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03831661015a57604051634389d5ab60e01b81526020600482015260056024820152643a37b5b2b760d91b60448201526064015b60405180910390fd5b6001600160a01b03821661019e57604051634389d5ab60e01b815260206004820152600a602482015269676f7665726e616e636560b01b6044820152606401610151565b6101a781610368565b6001600160a01b0383811661016052600280546001600160a01b0319168483169081179091558251600480546020860151604080880151606089015160808a015160a08b0151979099166001600160b01b031990951694909417600160a01b61ffff948516021763ffffffff60b01b1916600160b01b9184169190910261ffff60c01b191617600160c01b938316939093029290921763ffffffff60d01b1916600160d01b9682169690960261ffff60e01b191695909517600160e01b959093169490940291909117905560c08301516005805460e086015161010087015163ffffffff9485166001600160401b031990931692909217640100000000918516919091021763ffffffff60401b191668010000000000000000939091169290920291909117905590515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a37f1c5836fcffbe2966b3d7ae4b35ff24def366461fe544fee0e5b85ebf431efd60816040516103269190610857565b60405180910390a1505050610ae4565b5f6020835110156103515761034a836106a3565b9050610362565b8161035c84826109af565b5060ff90505b92915050565b80516001600160a01b03166103ab57604051634389d5ab60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610151565b6103e8816020015161ffff1611156103ef57604051634389d5ab60e01b815260206004820152600660248201526566656542707360d01b6044820152606401610151565b604081015161ffff16158061040d5750612710816040015161ffff16115b1561045b57604051634389d5ab60e01b815260206004820152601460248201527f65717569766f636174696f6e536c6173684270730000000000000000000000006044820152606401610151565b606081015161ffff1615806104795750612710816060015161ffff16115b156104b757604051634389d5ab60e01b815260206004820152600d60248201526c6661756c74536c61736842707360981b6044820152606401610151565b612710816080015161ffff16111561050657604051634389d5ab60e01b81526020600482015260116024820152707265706f7274657252657761726442707360781b6044820152606401610151565b6105136002612710610a6d565b8160a0015161ffff1611158061053257506127108160a0015161ffff16115b1561056c57604051634389d5ab60e01b815260206004820152600960248201526871756f72756d42707360b81b6044820152606401610151565b60c081015163ffffffff16158061059057506301e133808160c0015163ffffffff16115b156105d057604051634389d5ab60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606401610151565b60e081015163ffffffff1615806105f457506301e133808160e0015163ffffffff16115b1561063057604051634389d5ab60e01b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606401610151565b8060c0015163ffffffff1681610100015163ffffffff16108061066157506301e1338081610100015163ffffffff16115b156106a057604051634389d5ab60e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606401610151565b50565b5f5f829050601f815111156106cd578260405163305a27a960e01b81526004016101519190610a8c565b80516106d882610ac1565b179392505050565b6001600160a01b03811681146106a0575f5ffd5b80516106ff816106e0565b919050565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b038111828210171561073b5761073b610704565b60405290565b805161ffff811681146106ff575f5ffd5b805163ffffffff811681146106ff575f5ffd5b5f5f5f838503610160811215610779575f5ffd5b8451610784816106e0565b6020860151909450610795816106e0565b9250610120603f19820112156107a9575f5ffd5b506107b2610718565b6107be604086016106f4565b81526107cc60608601610741565b60208201526107dd60808601610741565b60408201526107ee60a08601610741565b60608201526107ff60c08601610741565b608082015261081060e08601610741565b60a08201526108226101008601610752565b60c08201526108346101208601610752565b60e08201526108466101408601610752565b610100820152809150509250925092565b81516001600160a01b0316815260208083015161ffff169082015260408083015161012083019161088d9084018261ffff169052565b5060608301516108a3606084018261ffff169052565b5060808301516108b9608084018261ffff169052565b5060a08301516108cf60a084018261ffff169052565b5060c08301516108e760c084018263ffffffff169052565b5060e08301516108ff60e084018263ffffffff169052565b5061010083015161091961010084018263ffffffff169052565b5092915050565b600181811c9082168061093457607f821691505b60208210810361095257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156109aa57828211156109aa57805f5260205f20601f840160051c602085101561098357505f5b90810190601f840160051c035f5b818110156109a6575f83820155600101610991565b5050505b505050565b81516001600160401b038111156109c8576109c8610704565b6109dc816109d68454610920565b84610958565b6020601f821160018114610a0e575f83156109f75750848201515b5f19600385901b1c1916600184901b178455610a66565b5f84815260208120601f198516915b82811015610a3d5787850151825560209485019460019092019101610a1d565b5084821015610a5a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b5f82610a8757634e487b7160e01b5f52601260045260245ffd5b500490565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610952575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051615f45610b625f395f818161095d0152818161121901528181611f4d015281816136b701528181613737015261378001525f61367a01525f61364e01525f61457d01525f61455501525f6144b001525f6144da01525f6145040152615f455ff3fe608060405234801561000f575f5ffd5b5060043610610325575f3560e01c80638f3729e3116101a8578063d0692237116100f3578063e039226c1161009e578063f39c38a011610079578063f39c38a01461092a578063f698da251461093d578063f953432214610945578063fc0c546a14610958575f5ffd5b8063e039226c14610535578063ecd21e6d1461076a578063f141447a14610903575f5ffd5b8063d38bfff4116100ce578063d38bfff4146108dc578063d55be8c6146108ef578063deb96634146108f8575f5ffd5b8063d06922371461085a578063d295bf091461086d578063d35e2d25146108c9575f5ffd5b8063b18ff35d11610153578063bf8ad8b61161012e578063bf8ad8b614610644578063c791ddcd1461076a578063cff0ab9614610772575f5ffd5b8063b18ff35d14610728578063b2fc5b591461074f578063bed9d86114610762575f5ffd5b8063a694fc3a11610183578063a694fc3a146106ef578063ac2fc23f14610702578063ae3dcc8314610715575f5ffd5b80638f3729e31461068e57806391bfae2b146106b55780639d185588146106dc575f5ffd5b80633a3786da1161027357806365b6f91f1161021e57806379b2469e116101f957806379b2469e1461044b5780637a24c0c51461064457806380c2401a1461064c57806384b0196e14610673575f5ffd5b806365b6f91f146105c05780637249fbb61461061e57806377c36fd614610631575f5ffd5b806345f87b681161024e57806345f87b68146105505780635aa6e6751461056357806361b143df1461058e575f5ffd5b80633a3786da146105225780633b00feb114610535578063426233601461053d575f5ffd5b8063249d39e9116102d35780632e1a7d4d116102ae5780632e1a7d4d146104385780633262cc1b1461044b57806338ed7cfc14610465575f5ffd5b8063249d39e9146103fd57806327de9e321461040657806327e235e314610419575f5ffd5b806317754cd51161030357806317754cd5146103cb5780631f30e0cb146103e2578063238efcbc146103f5575f5ffd5b8063045eed9f146103295780631088bd491461033e57806316934fc414610351575b5f5ffd5b61033c610337366004614f7c565b61097f565b005b61033c61034c366004615021565b610c91565b61039661035f3660046150b7565b60096020525f9081526040902080546001909101546001600160801b0380831692600160801b9004169067ffffffffffffffff1683565b604080516001600160801b03948516815293909216602084015267ffffffffffffffff16908201526060015b60405180910390f35b6103d461010081565b6040519081526020016103c2565b6103d46103f03660046150d2565b610e78565b61033c610ed3565b6103d461271081565b61033c6104143660046150d2565b610f98565b6103d46104273660046150b7565b60086020525f908152604090205481565b61033c6104463660046150d2565b61113a565b610453600281565b60405160ff90911681526020016103c2565b61050c6104733660046150d2565b60066020525f908152604090208054600182015460028301546003909301546001600160a01b03831693600160a01b840463ffffffff1693600160c01b900467ffffffffffffffff16926001600160801b0380821693600160801b909204169164ffffffffff80821692650100000000008304909116916a0100000000000000000000810461ffff1691600160601b90910460ff16908a565b6040516103c29a9998979695949392919061511d565b61033c6105303660046151e5565b611249565b610453600181565b6103d461054b3660046150b7565b6112b5565b6103d461055e366004615224565b6112ea565b600254610576906001600160a01b031681565b6040516001600160a01b0390911681526020016103c2565b6105b061059c3660046150d2565b600a6020525f908152604090205460ff1681565b60405190151581526020016103c2565b6105ff6105ce366004615277565b600760209081525f92835260408084209091529082529020546001600160801b03811690600160801b900460ff1682565b604080516001600160801b0390931683529015156020830152016103c2565b61033c61062c3660046150d2565b611626565b6103d461063f3660046152a5565b611851565b610453600481565b6103d47f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a193362581565b61067b611967565b6040516103c29796959493929190615328565b6103d47fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf6481565b6103d47f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d81565b6103d46106ea3660046153f1565b6119c5565b61033c6106fd3660046150d2565b611a08565b61033c610710366004615424565b611aef565b6103d46107233660046154a4565b611b90565b6103d47f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb0281565b6103d461075d366004615556565b611de8565b61033c611e3f565b610453600381565b6004546005546107f7916001600160a01b0381169161ffff600160a01b8304811692600160b01b8104821692600160c01b82048316927a0100000000000000000000000000000000000000000000000000008304811692600160e01b9004169063ffffffff808216916401000000008104821691680100000000000000009091041689565b604080516001600160a01b03909a168a5261ffff98891660208b015296881696890196909652938616606088015291851660808701529390931660a085015263ffffffff92831660c0850152821660e084015216610100820152610120016103c2565b61033c610868366004615636565b611f7e565b6103d461087b366004615650565b6040805160ff861660208201529081018490526001600160a01b0383166060820152608081018290525f9060a001604051602081830303815290604052805190602001209050949350505050565b6103d46108d73660046156af565b612019565b61033c6108ea3660046150b7565b61239b565b6103d46103e881565b6103d46301e1338081565b6103d47f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef81565b600354610576906001600160a01b031681565b6103d4612433565b61033c610953366004615718565b612441565b6105767f000000000000000000000000000000000000000000000000000000000000000081565b610987612681565b5f61099187612707565b600281015490915064ffffffffff164210156109f45760028101546040517fb4812f4d0000000000000000000000000000000000000000000000000000000081526004810189905264ffffffffff90911660248201526044015b60405180910390fd5b60055460028201545f91610a1e9164010000000090910463ffffffff169064ffffffffff1661579f565b9050804210610a63576040517f1517e74c00000000000000000000000000000000000000000000000000000000815260048101899052602481018290526044016109eb565b610aa788838989898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506001925061276e915050565b5f610ab28886612a8c565b9050610ac189848a8488612b03565b5f8981526007602090815260408083206001600160a01b03851684529091528082209190610af1908b018b6157b2565b88818110610b0157610b016157f8565b90506020020135865f016020810190610b1a919061580c565b67ffffffffffffffff16610b2e9190615825565b82549091506001600160801b0316808211610b7f576040517fdb2e106300000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109eb565b5f610b948d88610b8f858761583c565b612e8f565b9050610ba0818361579f565b84547fffffffffffffffffffffffffffffff0000000000000000000000000000000000166001600160801b0391821617600160801b908117865560018901805484939192601092610bf592869290041661584f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550846001600160a01b03168d7f018ebeb0b47d6b51edd49e863b83fc8e4a257babf59cc01d51921250795f57a383604051610c5591815260200190565b60405180910390a3610c7a858289600201600a9054906101000a900461ffff16612f08565b50505050505050610c89612fe3565b505050505050565b610c99612681565b5f610ca38561300d565b9050610cb08582866130d9565b5f610cbb8585612a8c565b9050610cca8683878487612b03565b5f8681526007602090815260408083206001600160a01b03851684529091528082209190610cfa908801886157b2565b87818110610d0a57610d0a6157f8565b90506020020135855f016020810190610d23919061580c565b67ffffffffffffffff16610d379190615825565b82549091506001600160801b0316808211610d88576040517fa435663200000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109eb565b5f610d988a87610b8f858761583c565b9050610da4818361579f565b84546fffffffffffffffffffffffffffffffff19166001600160801b039182161785556001870180548392601091610de5918591600160801b90041661584f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550336001600160a01b0316856001600160a01b03168b7f7d1c16280a30a60520bce1f3b93dc28a13de220612f846524df5f8183c51132c858587610e4c919061579f565b6040805192835260208301919091520160405180910390a4505050505050610e72612fe3565b50505050565b6004545f908190612710906001908290610e9d90600160e01b900461ffff1687615825565b610ea7919061579f565b610eb1919061583c565b610ebb919061586e565b90508015610ec95780610ecc565b60015b9392505050565b610edb612681565b6003546001600160a01b031633141580610ef3575033155b15610f2c576040517f8396ca090000000000000000000000000000000000000000000000000000000081523360048201526024016109eb565b60025460405133916001600160a01b0316907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a36002805473ffffffffffffffffffffffffffffffffffffffff199081163317909155600380549091169055610f96612fe3565b565b610fa0612681565b805f03610fc057604051631f2a200560e01b815260040160405180910390fd5b335f90815260096020526040902080546001600160801b03168211156110275780546040517f45be0a260000000000000000000000000000000000000000000000000000000081526001600160801b039091166004820152602481018390526044016109eb565b8054829082905f906110439084906001600160801b031661588d565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555081815f0160108282829054906101000a90046001600160801b031661108c919061584f565b82546001600160801b039182166101009390930a9283029190920219909116179055506005546110cf9063ffffffff68010000000000000000909104164261579f565b60018201805467ffffffffffffffff191667ffffffffffffffff92909216918217905560408051848152602081019290925233917f945550dce0b42f10b5539395a8a3a7ee163db05456fe2de922d98564e641c49c910160405180910390a250611137612fe3565b50565b611142612681565b805f0361116257604051631f2a200560e01b815260040160405180910390fd5b335f90815260086020526040902054808211156111b5576040517fcf47918100000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109eb565b6111bf828261583c565b335f81815260086020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906112049085815260200190565b60405180910390a26112406001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338461312f565b50611137612fe3565b611251612681565b6005545f906112669063ffffffff164261579f565b90505f5b828110156112a75761129f848483818110611287576112876157f8565b905060200281019061129991906158ac565b836131a8565b60010161126a565b50506112b1612fe3565b5050565b6001600160a01b0381165f9081526009602052604081208054610ecc906001600160801b03600160801b82048116911661579f565b5f6112f3612681565b5f5f5f5b85811015611532575f60065f898985818110611315576113156157f8565b9050602002013581526020019081526020015f2090508060020160059054906101000a900464ffffffffff1664ffffffffff165f0361139457878783818110611360576113606157f8565b9050602002013581600201600c9054906101000a900460ff1660405163276065d160e21b81526004016109eb9291906158ca565b600281015465010000000000900464ffffffffff16421015611403578787838181106113c2576113c26157f8565b600284015460405163205b79cb60e21b8152602092909202939093013560048201526501000000000090920464ffffffffff166024830152506044016109eb565b5f60075f8a8a86818110611419576114196157f8565b602090810292909201358352508181019290925260409081015f9081206001600160a01b038b16825290925290208054909150600160801b900460ff1680611469575080546001600160801b0316155b1561147557505061152a565b8054600160801b7fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff821617825560028301545f91612710916114d3916a010000000000000000000090910461ffff16906001600160801b0316615825565b6114dd919061586e565b82549091506114f5906001600160801b03168861579f565b9650611501818661579f565b825490955061151a9082906001600160801b031661583c565b611524908761579f565b95505050505b6001016112f7565b50825f03611577576040517f972193160000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016109eb565b6001600160a01b0384165f908152600860205260408120805484929061159e90849061579f565b909155505080156115d8576004546001600160a01b03165f90815260086020526040812080548392906115d290849061579f565b90915550505b60408051838152602081018390526001600160a01b038616917f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd910160405180910390a25050610ecc612fe3565b61162e612681565b5f818152600660205260409020600280820154600160601b900460ff16600381111561165c5761165c6150e9565b036116b957600281015465010000000000900464ffffffffff164210156116b457600281015460405163205b79cb60e21b8152600481018490526501000000000090910464ffffffffff1660248201526044016109eb565b611784565b60016002820154600160601b900460ff1660038111156116db576116db6150e9565b036117565760055460028201545f9161170a9164010000000090910463ffffffff169064ffffffffff1661579f565b905080421015611750576040517f2d1d8e9f00000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016109eb565b50611784565b8181600201600c9054906101000a900460ff1660405163276065d160e21b81526004016109eb9291906158ca565b60018101545f906117a7906001600160801b03600160801b82048116911661583c565b6002830180546cff00000000000000000000000019166c03000000000000000000000000179055905080156118045781546001600160a01b03165f90815260086020526040812080548392906117fe90849061579f565b90915550505b81546040518281526001600160a01b039091169084907ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe1839060200160405180910390a35050611137612fe3565b5f7f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb02848461187f85806157b2565b6040516020016118909291906158de565b604051602081830303815290604052805190602001208580602001906118b691906157b2565b6040516020016118c79291906158de565b604051602081830303815290604052805190602001208680604001906118ed91906157b2565b6040516020016118fe92919061591f565b60408051601f198184030181528282528051602091820120908301979097528101949094526001600160a01b039092166060840152608083015260a082015260c081019190915260e0016040516020818303038152906040528051906020012090509392505050565b5f6060805f5f5f6060611978613647565b611980613673565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b604080516001600160a01b03841660208083019190915267ffffffffffffffff841682840152825180830384018152606090920190925280519101205b92915050565b611a10612681565b805f03611a3057604051631f2a200560e01b815260040160405180910390fd5b335f9081526009602052604081208054909190611a579084906001600160801b031661579f565b90506001600160801b03811115611a84576040516304041d9560e11b8152600481018490526024016109eb565b81546fffffffffffffffffffffffffffffffff19166001600160801b03821617825560405183815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d9060200160405180910390a2611ae533846136a0565b5050611137612fe3565b611af7612681565b5f611b0185612707565b600381015490915015611b43576040517fd64e1ec2000000000000000000000000000000000000000000000000000000008152600481018690526024016109eb565b611b8785828686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506001925061276e915050565b50610e72612fe3565b5f611b99612681565b5f878152600660205260408120906002820154600160601b900460ff166003811115611bc757611bc76150e9565b03611be957875f60405163276065d160e21b81526004016109eb9291906158ca565b6001611bfb604086016020870161595f565b60ff161080611c1c57506004611c17604086016020870161595f565b60ff16115b15611c5057611c31604085016020860161595f565b60405163cbe050f560e01b815260ff90911660048201526024016109eb565b600381015415611c6a57611c658882896130d9565b611d40565b60016002820154600160601b900460ff166003811115611c8c57611c8c6150e9565b03611cd557611c6588828989898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506001925061276e915050565b8054611d4090611cf990611cf4908b906001600160a01b03168b611851565b613838565b87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505085546001600160a01b0316915061387f9050565b611d4d8882898787613939565b611dd3611d5d60208601866150b7565b611dbf60048b611d7060208a018a6150b7565b5f6040805160ff861660208201529081018490526001600160a01b0383166060820152608081018290525f9060a001604051602081830303815290604052805190602001209050949350505050565b60048054600160c01b900461ffff16613ce3565b915050611dde612fe3565b9695505050505050565b5f611df1612681565b5f5f611e048c8c8c8c8c8c8c8c8c613f8f565b6004549193509150611e2690839083908f90600160b01b900461ffff16613ce3565b92505050611e32612fe3565b9998505050505050505050565b611e47612681565b335f90815260096020526040812080549091600160801b9091046001600160801b031690819003611ea4576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600182015467ffffffffffffffff16421015611efe5760018201546040517f68a2053c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016109eb565b81546001600160801b0316825560405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a2611f746001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361312f565b5050610f96612fe3565b6002546001600160a01b03163314611fab5760405163988d1f0360e01b81523360048201526024016109eb565b611fb3612681565b611fca611fc5368390038301836159c8565b6140e1565b806004611fd78282615a97565b9050507f1c5836fcffbe2966b3d7ae4b35ff24def366461fe544fee0e5b85ebf431efd60816040516120099190615d1f565b60405180910390a1611137612fe3565b5f612022612681565b63ffffffff8516158061203c57506101008563ffffffff16115b1561208a576040516333991d4960e11b815260206004820152600960248201527f67726f757053697a65000000000000000000000000000000000000000000000060448201526064016109eb565b8367ffffffffffffffff165f036120e4576040516333991d4960e11b815260206004820152600560248201527f737465707300000000000000000000000000000000000000000000000000000060448201526064016109eb565b825f0361210457604051631f2a200560e01b815260040160405180910390fd5b6001600160801b0383111561212f576040516304041d9560e11b8152600481018490526024016109eb565b428264ffffffffff1611612186576040516333991d4960e11b815260206004820152600e60248201527f736574746c65446561646c696e6500000000000000000000000000000000000060448201526064016109eb565b61219033876119c5565b5f8181526006602052604081209192506002820154600160601b900460ff1660038111156121c0576121c06150e9565b146121fa576040517f9e2b4bfd000000000000000000000000000000000000000000000000000000008152600481018390526024016109eb565b80547fffffffffffffffff00000000000000000000000000000000000000000000000016337fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff1617600160a01b63ffffffff881681029190911777ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b67ffffffffffffffff881602178255600180830180546fffffffffffffffffffffffffffffffff19166001600160801b03881617905560028301805464ffffffffff19811664ffffffffff881690811783556004546bffff0000000000ffffffffff199092161793900461ffff166a010000000000000000000002929092178083559091906cff0000000000000000000000001916600160601b8302179055506040805167ffffffffffffffff808a16825263ffffffff891660208301528716918101919091526060810185905264ffffffffff84166080820152339083907f75bdbc977e0df995643633ddc293f7470a57c5b23141532d0d864551935349bd9060a00160405180910390a361238933856136a0565b50612392612fe3565b95945050505050565b6002546001600160a01b031633146123c85760405163988d1f0360e01b81523360048201526024016109eb565b6123d0612681565b6003805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03838116918217909255600254604051919216907f1c4bb4e3cab7b72da7eb9f0ae62554dda85dc7fb907c946ad2776095b95ac1ad905f90a3611137612fe3565b5f61243c6144a4565b905090565b612449612681565b5f6124538561300d565b90506124608582866130d9565b5f612471604085016020860161595f565b905060ff811660011480159061248b575060ff8116600214155b801561249b575060ff8116600414155b156124be5760405163cbe050f560e01b815260ff821660048201526024016109eb565b6124cb8683878787613939565b5f86815260076020908152604082209082906124e9908801886150b7565b6001600160a01b03166001600160a01b031681526020019081526020015f2090505f61252687875f01602081019061252191906150b7565b6145cd565b60016125386060890160408a0161580c565b6125429190615df2565b67ffffffffffffffff166125569190615825565b82549091506001600160801b03168181116125a7576040517f4b86679300000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109eb565b82546fffffffffffffffffffffffffffffffff19166001600160801b0383161783556125d3828261583c565b6001860180546010906125f7908490600160801b90046001600160801b031661588d565b82546001600160801b039182166101009390930a9283029190920219909116179055503361262860208901896150b7565b6001600160a01b03168a7f7d1c16280a30a60520bce1f3b93dc28a13de220612f846524df5f8183c51132c848660405161266c929190918252602082015260400190565b60405180910390a45050505050610e72612fe3565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156126da576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610f9660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906146fc565b5f81815260066020526040902060016002820154600160601b900460ff166003811115612736576127366150e9565b14612769578181600201600c9054906101000a900460ff1660405163276065d160e21b81526004016109eb9291906158ca565b919050565b83545f906127879087906001600160a01b031686611851565b6003860154909150156127d557846003015481146127cf576003850154604051633ee5bff760e21b8152600481018890526024810191909152604481018290526064016109eb565b50612a85565b81156127f9576127f96127e782613838565b865485906001600160a01b031661387f565b5f61280485806157b2565b91505080158061282157508554600160a01b900463ffffffff1681115b1561286f57604051634436cf7560e01b815260206004820152600760248201527f77696e6e6572730000000000000000000000000000000000000000000000000060448201526064016109eb565b8554600160a01b900463ffffffff1661288b60208701876157b2565b905011156128dc57604051634436cf7560e01b815260206004820152600860248201527f7374616e6462797300000000000000000000000000000000000000000000000060448201526064016109eb565b6128e960208601866157b2565b6128f491508261579f565b61290160408701876157b2565b90501461295157604051634436cf7560e01b815260206004820152600660248201527f707269636573000000000000000000000000000000000000000000000000000060448201526064016109eb565b85545f9061297d90600160c01b810467ffffffffffffffff1690600160a01b900463ffffffff16615825565b600188015461299591906001600160801b031661586e565b90505f5b6129a660408801886157b2565b9050811015612a4457816129bd60408901896157b2565b838181106129cd576129cd6157f8565b905060200201351115612a3c576129e760408801886157b2565b828181106129f7576129f76157f8565b90506020020135826040517f842c488a0000000000000000000000000000000000000000000000000000000081526004016109eb929190918252602082015260400190565b600101612999565b506003870183905560405183815288907f30ee672a3c125782301e90132c662ce86f816103c9267114b73114077b0605bd9060200160405180910390a25050505b5050505050565b5f612a9783806157b2565b90508210612ad4576040517f3b9052cf000000000000000000000000000000000000000000000000000000008152600481018390526024016109eb565b612ade83806157b2565b83818110612aee57612aee6157f8565b9050602002016020810190610ecc91906150b7565b612b10602082018261580c565b67ffffffffffffffff161580612b4d57508354600160c01b900467ffffffffffffffff16612b41602083018361580c565b67ffffffffffffffff16115b15612b9757612b5f602082018261580c565b845460405163a2fc5cfd60e01b815267ffffffffffffffff9283166004820152600160c01b90910490911660248201526044016109eb565b36612ba56060830183615e12565b90505f612bb282806157b2565b9150819050612bc460208401846157b2565b905014612c155780612bd960208401846157b2565b6040517fab8b67c600000000000000000000000000000000000000000000000000000000815260048101939093526024830152506044016109eb565b80612c2360408501856157b2565b905014612c385780612bd960408501856157b2565b5f5f5f5b83811015612df9575f612c6f89612c5388806157b2565b85818110612c6357612c636157f8565b90506020020135614703565b9050826001600160a01b0316816001600160a01b031611612ca35760405163d02ef0e560e01b815260040160405180910390fd5b9150815f7f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d8c83612cd760208c018c61580c565b60208c0135612ce960408e018e6157b2565b89818110612cf957612cf96157f8565b6040805160208181019a909a52908101979097526001600160a01b0390951660608701525067ffffffffffffffff909216608085015260a08401529202919091013560c082015260e001604051602081830303815290604052805190602001209050612dd1612d6782613838565b612d7460208a018a6157b2565b86818110612d8457612d846157f8565b9050602002810190612d969190615e26565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525087925061387f915050565b886001600160a01b0316826001600160a01b031603612def57600194505b5050600101612c3c565b5081612e3c576040517f324c2eaa0000000000000000000000000000000000000000000000000000000081526001600160a01b03871660048201526024016109eb565b87545f90612e5690600160a01b900463ffffffff16610e78565b905080841015612e8357604051631a88566160e21b815260048101859052602481018290526044016109eb565b50505050505050505050565b60018201545f908190612eb4906001600160801b03600160801b82048116911661583c565b9050805f03612ef2576040517ff9f80891000000000000000000000000000000000000000000000000000000008152600481018690526024016109eb565b808310612eff5780612392565b50909392505050565b5f612710612f1a61ffff841685615825565b612f24919061586e565b9050612f30818461583c565b6001600160a01b0385165f9081526008602052604081208054909190612f5790849061579f565b90915550508015612f91576004546001600160a01b03165f9081526008602052604081208054839290612f8b90849061579f565b90915550505b6001600160a01b0384167f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd612fc6838661583c565b60408051918252602082018590520160405180910390a250505050565b610f965f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612701565b5f818152600660205260409020600280820154600160601b900460ff16600381111561303b5761303b6150e9565b1461306e578181600201600c9054906101000a900460ff1660405163276065d160e21b81526004016109eb9291906158ca565b600281015465010000000000900464ffffffffff1642106127695760028101546040517f36ddd490000000000000000000000000000000000000000000000000000000008152600481018490526501000000000090910464ffffffffff1660248201526044016109eb565b81545f906130f29085906001600160a01b031684611851565b905082600301548114610e72576003830154604051633ee5bff760e21b8152600481018690526024810191909152604481018290526064016109eb565b6040516001600160a01b038381166024830152604482018390526131a391859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506147e7565b505050565b5f6131b38335612707565b80549091506001600160a01b03163314613202576040517fefbf4939000000000000000000000000000000000000000000000000000000008152833560048201523360248201526044016109eb565b600281015464ffffffffff16421061325c5760028101546040517fb51a41dc0000000000000000000000000000000000000000000000000000000081528435600482015264ffffffffff90911660248201526044016109eb565b61328483358261326f60208701876158ac565b60405180602001604052805f8152505f61276e565b5f61329260208501856158ac565b61329c90806157b2565b91505f90506132ae60208601866158ac565b6132bc9060208101906157b2565b6132c791508361579f565b9050806132d760408701876157b2565b9050146132ec5780612bd960408701876157b2565b8254600160c01b900467ffffffffffffffff165f80805b84811015613524575f61331960408b018b6157b2565b83818110613329576133296157f8565b905060200201602081019061333e919061580c565b67ffffffffffffffff169050805f03613357575061351c565b848111156133825760405163a2fc5cfd60e01b815260048101829052602481018690526044016109eb565b61338c818561579f565b93505f8783106133e4576133a360208c018c6158ac565b6133b19060208101906157b2565b6133bb8a8661583c565b8181106133ca576133ca6157f8565b90506020020160208101906133df91906150b7565b613420565b6133f160208c018c6158ac565b6133fb90806157b2565b8481811061340b5761340b6157f8565b905060200201602081019061342091906150b7565b90505f61343060208d018d6158ac565b61343e9060408101906157b2565b8581811061344e5761344e6157f8565b90506020020135836134609190615825565b905061346c818661579f565b8c355f9081526007602090815260408083206001600160a01b03871684529091528120805492975083929091906134ad9084906001600160801b031661584f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b03168c5f01357f018ebeb0b47d6b51edd49e863b83fc8e4a257babf59cc01d51921250795f57a38360405161351091815260200190565b60405180910390a35050505b600101613303565b5085545f90613541908590600160a01b900463ffffffff16615825565b905080831115613587576040517f430d767300000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016109eb565b6001870180546001600160801b03808516600160801b0291161790556002808801805464ffffffffff8b16650100000000000269ffffffffff0000000000198216811783556cff00000000000000000000000019166cff0000ffffffffff00000000001990911617600160601b8302179055506040805183815264ffffffffff8a1660208201528a35917f03b00941e9b159058a1d21a9dfc7a58e84201c86f5e7345bbc3c1b50aa3d6c00910160405180910390a2505050505050505050565b606061243c7f00000000000000000000000000000000000000000000000000000000000000005f61486c565b606061243c7f0000000000000000000000000000000000000000000000000000000000000000600161486c565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015613704573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137289190615e69565b905061375f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016843085614915565b6040516370a0823160e01b81523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa1580156137c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137e99190615e69565b6137f3919061583c565b9050828114610e72576040517f917f56c400000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016109eb565b5f611a026138446144a4565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f61388b858561494e565b5090925090505f8160038111156138a4576138a46150e9565b146138db576040517f5cd5d23300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b826001600160a01b0316826001600160a01b031614612a85576040517f366d29f70000000000000000000000000000000000000000000000000000000081526001600160a01b038085166004830152831660248201526044016109eb565b613949606083016040840161580c565b67ffffffffffffffff16158061398957508354600160c01b900467ffffffffffffffff1661397d606084016040850161580c565b67ffffffffffffffff16115b1561399e57612b5f606083016040840161580c565b6139b4836139af60208501856150b7565b614997565b6139ea576139c560208301836150b7565b6040516363a7ccd760e11b81526001600160a01b0390911660048201526024016109eb565b5f6139f582806157b2565b9150819050613a0760208401846157b2565b905014613a1c5780612bd960208401846157b2565b5f613add7f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a193362588613a4f60208801886150b7565b613a5f6040890160208a0161595f565b613a6f60608a0160408b0161580c565b8960600135604051602001613ac29695949392919095865260208601949094526001600160a01b0392909216604085015260ff16606084015267ffffffffffffffff16608083015260a082015260c00190565b60405160208183030381529060405280519060200120613838565b90505f6002613af2604087016020880161595f565b60ff161480613b1357506004613b0e604087016020880161595f565b60ff16145b90505f613b2360208801886157b2565b9050613b2f88806157b2565b613b3a92915061579f565b90505f5f5b85811015613c8e575f848015613b74575083613b5b89806157b2565b84818110613b6b57613b6b6157f8565b90506020020135145b613b8b57613b868a612c538a806157b2565b613b97565b8a546001600160a01b03165b9050826001600160a01b0316816001600160a01b031611613bcb5760405163d02ef0e560e01b815260040160405180910390fd5b915081613bdb60208a018a6150b7565b6001600160a01b0316816001600160a01b031603613c17576040516363a7ccd760e11b81526001600160a01b03821660048201526024016109eb565b613c8586613c2860208b018b6157b2565b85818110613c3857613c386157f8565b9050602002810190613c4a9190615e26565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525086925061387f915050565b50600101613b3f565b5088545f90613ca990600160a01b900463ffffffff16610e78565b905080861015613cd657604051631a88566160e21b815260048101879052602481018290526044016109eb565b5050505050505050505050565b5f838152600a602052604081205460ff1615613d2e576040517f16e5043d000000000000000000000000000000000000000000000000000000008152600481018590526024016109eb565b6001600160a01b0385165f9081526009602052604090208054612710908490613d69906001600160801b03600160801b82048116911661579f565b613d739190615825565b613d7d919061586e565b9150815f03613dc3576040517fea5329600000000000000000000000000000000000000000000000000000000081526001600160a01b03871660048201526024016109eb565b5f858152600a60205260408120805460ff1916600117905581546001600160801b0316831115613dfd5781546001600160801b0316613dff565b825b8254909150819083905f90613e1e9084906001600160801b031661588d565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508083613e4e919061583c565b82548390601090613e70908490600160801b90046001600160801b031661588d565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505f61271060045f01601a9054906101000a900461ffff1661ffff1685613eba9190615825565b613ec4919061586e565b90508015613ef057335f9081526008602052604081208054839290613eea90849061579f565b90915550505b80841115613f3157613f02818561583c565b6004546001600160a01b03165f9081526008602052604081208054909190613f2b90849061579f565b90915550505b6040805160ff8816815260208101869052908101829052339088906001600160a01b038b16907f867b1d2fac067e2a31713f01e702468335f53462160bd8732a23d47344fecb759060600160405180910390a4505050949350505050565b5f5f5f613f9d8c8c8c614a84565b90505f613fab8d8989614a84565b9050613fb88d8d8d614b2f565b90945092505f613fc98e8a8a614b2f565b915050808414614005576040517f711c3ecd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81830361403e576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61408761404a84613838565b8c8c8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925061387f915050565b6140d061409383613838565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925061387f915050565b505050995099975050505050505050565b80516001600160a01b031661413957604051634389d5ab60e01b815260206004820152600860248201527f747265617375727900000000000000000000000000000000000000000000000060448201526064016109eb565b6103e8816020015161ffff16111561419457604051634389d5ab60e01b815260206004820152600660248201527f666565427073000000000000000000000000000000000000000000000000000060448201526064016109eb565b604081015161ffff1615806141b25750612710816040015161ffff16115b1561420057604051634389d5ab60e01b815260206004820152601460248201527f65717569766f636174696f6e536c61736842707300000000000000000000000060448201526064016109eb565b606081015161ffff16158061421e5750612710816060015161ffff16115b1561426c57604051634389d5ab60e01b815260206004820152600d60248201527f6661756c74536c6173684270730000000000000000000000000000000000000060448201526064016109eb565b612710816080015161ffff1611156142c757604051634389d5ab60e01b815260206004820152601160248201527f7265706f7274657252657761726442707300000000000000000000000000000060448201526064016109eb565b6142d4600261271061586e565b8160a0015161ffff161115806142f357506127108160a0015161ffff16115b1561434157604051634389d5ab60e01b815260206004820152600960248201527f71756f72756d427073000000000000000000000000000000000000000000000060448201526064016109eb565b60c081015163ffffffff16158061436557506301e133808160c0015163ffffffff16115b156143b357604051634389d5ab60e01b815260206004820152600f60248201527f6368616c6c656e676557696e646f77000000000000000000000000000000000060448201526064016109eb565b60e081015163ffffffff1615806143d757506301e133808160e0015163ffffffff16115b1561442557604051634389d5ab60e01b815260206004820152600b60248201527f636c61696d57696e646f7700000000000000000000000000000000000000000060448201526064016109eb565b8060c0015163ffffffff1681610100015163ffffffff16108061445657506301e1338081610100015163ffffffff16115b1561113757604051634389d5ab60e01b815260206004820152600e60248201527f756e626f6e64696e6744656c617900000000000000000000000000000000000060448201526064016109eb565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156144fc57507f000000000000000000000000000000000000000000000000000000000000000046145b1561452657507f000000000000000000000000000000000000000000000000000000000000000090565b61243c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f806145d984806157b2565b91505f90506145eb60208601866157b2565b6145f691508361579f565b90505f5b818110156146f3575f83821061464a5761461760208801886157b2565b614621868561583c565b818110614630576146306157f8565b905060200201602081019061464591906150b7565b614679565b61465487806157b2565b83818110614664576146646157f8565b905060200201602081019061467991906150b7565b9050856001600160a01b0316816001600160a01b03161480156146be5750846146a560408901896157b2565b848181106146b5576146b56157f8565b90506020020135115b156146ea576146d060408801886157b2565b838181106146e0576146e06157f8565b9050602002013594505b506001016145fa565b50505092915050565b80825d5050565b5f8061470f84806157b2565b915050808310156147515761472484806157b2565b84818110614734576147346157f8565b905060200201602081019061474991906150b7565b915050611a02565b61475e60208501856157b2565b905061476a828561583c565b106147a4576040517f0e67bc1e000000000000000000000000000000000000000000000000000000008152600481018490526024016109eb565b6147b160208501856157b2565b6147bb838661583c565b8181106147ca576147ca6157f8565b90506020020160208101906147df91906150b7565b949350505050565b5f5f60205f8451602086015f885af180614806576040513d5f823e3d81fd5b50505f513d9150811561481d57806001141561482a565b6001600160a01b0384163b155b15610e72576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016109eb565b606060ff83146148865761487f83614be4565b9050611a02565b81805461489290615e80565b80601f01602080910402602001604051908101604052809291908181526020018280546148be90615e80565b80156149095780601f106148e057610100808354040283529160200191614909565b820191905f5260205f20905b8154815290600101906020018083116148ec57829003601f168201915b50505050509050611a02565b6040516001600160a01b038481166024830152838116604483015260648201839052610e729186918216906323b872dd9060840161315c565b5f5f5f8351604103614985576020840151604085015160608601515f1a61497788828585614c21565b955095509550505050614990565b505081515f91506002905b9250925092565b5f5f5b6149a484806157b2565b9050811015614a06576001600160a01b0383166149c185806157b2565b838181106149d1576149d16157f8565b90506020020160208101906149e691906150b7565b6001600160a01b0316036149fe576001915050611a02565b60010161499a565b505f5b614a1660208501856157b2565b9050811015614a7b576001600160a01b038316614a3660208601866157b2565b83818110614a4657614a466157f8565b9050602002016020810190614a5b91906150b7565b6001600160a01b031603614a73576001915050611a02565b600101614a09565b505f9392505050565b5f5f5f614a9086614ce9565b9092509050614aa0816020615825565b8414614aee57614ab1816020615825565b6040517ff0d99ede0000000000000000000000000000000000000000000000000000000081526004810191909152602481018590526044016109eb565b614af9868686614dc6565b818585604051602001614b0e93929190615eb2565b60405160208183030381529060405280519060200120925050509392505050565b5f80614b3f604060208587615ecb565b614b4891615ef2565b91505f60ff8616600314614b5c575f614b73565b614b6a606060408688615ecb565b614b7391615ef2565b9050614bd986614b8660205f888a615ecb565b614b8f91615ef2565b6040805160ff93909316602080850191909152838201929092526001600160a01b038716606084015260808084018690528151808503909101815260a09093019052815191012090565b915050935093915050565b60605f614bf083614ed1565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614c5a57505f91506003905082614cdf565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614cab573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116614cd657505f925060019150829050614cdf565b92505f91508190505b9450945094915050565b5f805f1960ff841601614d2157507fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf6492600392509050565b60011960ff841601614d5857507f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef92600892509050565b60021960ff841601614d8f57507f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d92600592509050565b6040517f4a3ad8cb00000000000000000000000000000000000000000000000000000000815260ff841660048201526024016109eb565b60a0614dd6604060208486615ecb565b614ddf91615ef2565b901c15614dff5760405163379a7a8760e11b815260040160405180910390fd5b60011960ff841601614eb6576040614e1b608060608486615ecb565b614e2491615ef2565b901c15614e445760405163379a7a8760e11b815260040160405180910390fd5b6040614e5460a060808486615ecb565b614e5d91615ef2565b901c15614e7d5760405163379a7a8760e11b815260040160405180910390fd5b6020614e8d60c060a08486615ecb565b614e9691615ef2565b901c156131a35760405163379a7a8760e11b815260040160405180910390fd5b60021960ff8416016131a3576040614e8d6060828486615ecb565b5f60ff8216601f811115611a02576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60608284031215614f21575f5ffd5b50919050565b5f5f83601f840112614f37575f5ffd5b50813567ffffffffffffffff811115614f4e575f5ffd5b602083019150836020828501011115614f65575f5ffd5b9250929050565b5f60808284031215614f21575f5ffd5b5f5f5f5f5f5f60a08789031215614f91575f5ffd5b86359550602087013567ffffffffffffffff811115614fae575f5ffd5b614fba89828a01614f11565b955050604087013567ffffffffffffffff811115614fd6575f5ffd5b614fe289828a01614f27565b90955093505060608701359150608087013567ffffffffffffffff811115615008575f5ffd5b61501489828a01614f6c565b9150509295509295509295565b5f5f5f5f60808587031215615034575f5ffd5b84359350602085013567ffffffffffffffff811115615051575f5ffd5b61505d87828801614f11565b93505060408501359150606085013567ffffffffffffffff811115615080575f5ffd5b61508c87828801614f6c565b91505092959194509250565b6001600160a01b0381168114611137575f5ffd5b803561276981615098565b5f602082840312156150c7575f5ffd5b8135610ecc81615098565b5f602082840312156150e2575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6004811061511957634e487b7160e01b5f52602160045260245ffd5b9052565b6001600160a01b038b16815263ffffffff8a16602082015267ffffffffffffffff891660408201526001600160801b0388811660608301528716608082015264ffffffffff86811660a0830152851660c082015261ffff841660e0820152610140810161518e6101008301856150fd565b826101208301529b9a5050505050505050505050565b5f5f83601f8401126151b4575f5ffd5b50813567ffffffffffffffff8111156151cb575f5ffd5b6020830191508360208260051b8501011115614f65575f5ffd5b5f5f602083850312156151f6575f5ffd5b823567ffffffffffffffff81111561520c575f5ffd5b615218858286016151a4565b90969095509350505050565b5f5f5f60408486031215615236575f5ffd5b833567ffffffffffffffff81111561524c575f5ffd5b615258868287016151a4565b909450925050602084013561526c81615098565b809150509250925092565b5f5f60408385031215615288575f5ffd5b82359150602083013561529a81615098565b809150509250929050565b5f5f5f606084860312156152b7575f5ffd5b8335925060208401356152c981615098565b9150604084013567ffffffffffffffff8111156152e4575f5ffd5b6152f086828701614f11565b9150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61536260e08301896152fa565b828103604084015261537481896152fa565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156153c95783518352602093840193909201916001016153ab565b50909b9a5050505050505050505050565b803567ffffffffffffffff81168114612769575f5ffd5b5f5f60408385031215615402575f5ffd5b823561540d81615098565b915061541b602084016153da565b90509250929050565b5f5f5f5f60608587031215615437575f5ffd5b84359350602085013567ffffffffffffffff811115615454575f5ffd5b61546087828801614f11565b935050604085013567ffffffffffffffff81111561547c575f5ffd5b61548887828801614f27565b95989497509550505050565b5f60408284031215614f21575f5ffd5b5f5f5f5f5f5f61010087890312156154ba575f5ffd5b86359550602087013567ffffffffffffffff8111156154d7575f5ffd5b6154e389828a01614f11565b955050604087013567ffffffffffffffff8111156154ff575f5ffd5b61550b89828a01614f27565b909550935061551f90508860608901614f6c565b915060e087013567ffffffffffffffff81111561553a575f5ffd5b61501489828a01615494565b803560ff81168114612769575f5ffd5b5f5f5f5f5f5f5f5f5f60a08a8c03121561556e575f5ffd5b6155778a615546565b985060208a013567ffffffffffffffff811115615592575f5ffd5b61559e8c828d01614f27565b90995097505060408a013567ffffffffffffffff8111156155bd575f5ffd5b6155c98c828d01614f27565b90975095505060608a013567ffffffffffffffff8111156155e8575f5ffd5b6155f48c828d01614f27565b90955093505060808a013567ffffffffffffffff811115615613575f5ffd5b61561f8c828d01614f27565b915080935050809150509295985092959850929598565b5f610120828403128015615648575f5ffd5b509092915050565b5f5f5f5f60808587031215615663575f5ffd5b61566c85615546565b935060208501359250604085013561568381615098565b9396929550929360600135925050565b63ffffffff81168114611137575f5ffd5b803561276981615693565b5f5f5f5f5f60a086880312156156c3575f5ffd5b6156cc866153da565b945060208601356156dc81615693565b93506156ea604087016153da565b925060608601359150608086013564ffffffffff8116811461570a575f5ffd5b809150509295509295909350565b5f5f5f5f60e0858703121561572b575f5ffd5b84359350602085013567ffffffffffffffff811115615748575f5ffd5b61575487828801614f11565b9350506157648660408701614f6c565b915060c085013567ffffffffffffffff81111561577f575f5ffd5b61508c87828801615494565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611a0257611a0261578b565b5f5f8335601e198436030181126157c7575f5ffd5b83018035915067ffffffffffffffff8211156157e1575f5ffd5b6020019150600581901b3603821315614f65575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561581c575f5ffd5b610ecc826153da565b8082028115828204841417611a0257611a0261578b565b81810381811115611a0257611a0261578b565b6001600160801b038181168382160190811115611a0257611a0261578b565b5f8261588857634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160801b038281168282160390811115611a0257611a0261578b565b5f8235605e198336030181126158c0575f5ffd5b9190910192915050565b82815260408101610ecc60208301846150fd565b5f8184825b858110156159145781356158f681615098565b6001600160a01b0316835260209283019291909101906001016158e3565b509095945050505050565b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83111561594c575f5ffd5b8260051b80858437919091019392505050565b5f6020828403121561596f575f5ffd5b610ecc82615546565b604051610120810167ffffffffffffffff811182821017156159a857634e487b7160e01b5f52604160045260245ffd5b60405290565b61ffff81168114611137575f5ffd5b8035612769816159ae565b5f6101208284031280156159da575f5ffd5b506159e3615978565b6159ec836150ac565b81526159fa602084016159bd565b6020820152615a0b604084016159bd565b6040820152615a1c606084016159bd565b6060820152615a2d608084016159bd565b6080820152615a3e60a084016159bd565b60a0820152615a4f60c084016156a4565b60c0820152615a6060e084016156a4565b60e0820152615a7261010084016156a4565b6101008201529392505050565b5f8135611a02816159ae565b5f8135611a0281615693565b8135615aa281615098565b6001600160a01b03811673ffffffffffffffffffffffffffffffffffffffff19835416178255505f6020830135615ad8816159ae565b82547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff1660a09190911b75ffff00000000000000000000000000000000000000001617825550615b76615b2d60408401615a7f565b82547fffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffff1660b09190911b77ffff0000000000000000000000000000000000000000000016178255565b615bd0615b8560608401615a7f565b82547fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b79ffff00000000000000000000000000000000000000000000000016178255565b615c2c615bdf60808401615a7f565b82547fffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffff1660d09190911b7bffff000000000000000000000000000000000000000000000000000016178255565b615c8a615c3b60a08401615a7f565b82547fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660e09190911b7dffff0000000000000000000000000000000000000000000000000000000016178255565b60018101615cb4615c9d60c08501615a8b565b825463ffffffff191663ffffffff91909116178255565b615ce5615cc360e08501615a8b565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b6131a3615cf56101008501615a8b565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b61012081018235615d2f81615098565b6001600160a01b03168252615d46602084016159bd565b61ffff166020830152615d5b604084016159bd565b61ffff166040830152615d70606084016159bd565b61ffff166060830152615d85608084016159bd565b61ffff166080830152615d9a60a084016159bd565b61ffff1660a0830152615daf60c084016156a4565b63ffffffff1660c0830152615dc660e084016156a4565b63ffffffff1660e0830152615dde61010084016156a4565b63ffffffff81166101008401525092915050565b67ffffffffffffffff8281168282160390811115611a0257611a0261578b565b5f8235603e198336030181126158c0575f5ffd5b5f5f8335601e19843603018112615e3b575f5ffd5b83018035915067ffffffffffffffff821115615e55575f5ffd5b602001915036819003821315614f65575f5ffd5b5f60208284031215615e79575f5ffd5b5051919050565b600181811c90821680615e9457607f821691505b602082108103614f2157634e487b7160e01b5f52602260045260245ffd5b838152818360208301375f910160200190815292915050565b5f5f85851115615ed9575f5ffd5b83861115615ee5575f5ffd5b5050820193919092039150565b80356020831015611a02575f19602084900360031b1b169291505056fea264697066735822122065176caa176150bced7f0400235d6d3a147e9b9e0671c3aeb99053e9d80798e464736f6c63430008250033",
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
// Solidity: constructor(address token_, address governance_, (address,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) params_) returns()
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
// the contract method with ID 0xf9534322.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeFault(bytes32 jobId, (address[],address[],uint256[]) award, (address,uint8,uint64,bytes32) fault, (uint256[],bytes[]) quorum) returns()
func (settlement *Settlement) PackChallengeFault(jobId [32]byte, award SettlementAward, fault SettlementFault, quorum SettlementQuorum) []byte {
	enc, err := settlement.abi.Pack("challengeFault", jobId, award, fault, quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9534322.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeFault(bytes32 jobId, (address[],address[],uint256[]) award, (address,uint8,uint64,bytes32) fault, (uint256[],bytes[]) quorum) returns()
func (settlement *Settlement) TryPackChallengeFault(jobId [32]byte, award SettlementAward, fault SettlementFault, quorum SettlementQuorum) ([]byte, error) {
	return settlement.abi.Pack("challengeFault", jobId, award, fault, quorum)
}

// PackChallengeSteps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1088bd49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeSteps(bytes32 jobId, (address[],address[],uint256[]) award, uint256 winner, (uint64,bytes32,bytes32[],(uint256[],bytes[])) proof) returns()
func (settlement *Settlement) PackChallengeSteps(jobId [32]byte, award SettlementAward, winner *big.Int, proof SettlementStepProof) []byte {
	enc, err := settlement.abi.Pack("challengeSteps", jobId, award, winner, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeSteps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1088bd49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeSteps(bytes32 jobId, (address[],address[],uint256[]) award, uint256 winner, (uint64,bytes32,bytes32[],(uint256[],bytes[])) proof) returns()
func (settlement *Settlement) TryPackChallengeSteps(jobId [32]byte, award SettlementAward, winner *big.Int, proof SettlementStepProof) ([]byte, error) {
	return settlement.abi.Pack("challengeSteps", jobId, award, winner, proof)
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

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b6f91f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(bytes32 jobId, address member) view returns(uint128 amount, bool released)
func (settlement *Settlement) PackCredits(jobId [32]byte, member common.Address) []byte {
	enc, err := settlement.abi.Pack("credits", jobId, member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b6f91f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(bytes32 jobId, address member) view returns(uint128 amount, bool released)
func (settlement *Settlement) TryPackCredits(jobId [32]byte, member common.Address) ([]byte, error) {
	return settlement.abi.Pack("credits", jobId, member)
}

// CreditsOutput serves as a container for the return parameters of contract
// method Credits.
type CreditsOutput struct {
	Amount   *big.Int
	Released bool
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65b6f91f.
//
// Solidity: function credits(bytes32 jobId, address member) view returns(uint128 amount, bool released)
func (settlement *Settlement) UnpackCredits(data []byte) (CreditsOutput, error) {
	out, err := settlement.abi.Unpack("credits", data)
	outstruct := new(CreditsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Released = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd35e2d25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint256 budget, uint40 settleDeadline) returns(bytes32 jobId)
func (settlement *Settlement) PackDeposit(nonce uint64, groupSize uint32, steps uint64, budget *big.Int, settleDeadline *big.Int) []byte {
	enc, err := settlement.abi.Pack("deposit", nonce, groupSize, steps, budget, settleDeadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd35e2d25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint256 budget, uint40 settleDeadline) returns(bytes32 jobId)
func (settlement *Settlement) TryPackDeposit(nonce uint64, groupSize uint32, steps uint64, budget *big.Int, settleDeadline *big.Int) ([]byte, error) {
	return settlement.abi.Pack("deposit", nonce, groupSize, steps, budget, settleDeadline)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd35e2d25.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint256 budget, uint40 settleDeadline) returns(bytes32 jobId)
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
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, uint128 budget, uint128 credited, uint40 settleDeadline, uint40 releaseAt, uint16 feeBps, uint8 status, bytes32 awardHash)
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
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, uint128 budget, uint128 credited, uint40 settleDeadline, uint40 releaseAt, uint16 feeBps, uint8 status, bytes32 awardHash)
func (settlement *Settlement) TryPackJobs(jobId [32]byte) ([]byte, error) {
	return settlement.abi.Pack("jobs", jobId)
}

// JobsOutput serves as a container for the return parameters of contract
// method Jobs.
type JobsOutput struct {
	Poster         common.Address
	GroupSize      uint32
	Steps          uint64
	Budget         *big.Int
	Credited       *big.Int
	SettleDeadline *big.Int
	ReleaseAt      *big.Int
	FeeBps         uint16
	Status         uint8
	AwardHash      [32]byte
}

// UnpackJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38ed7cfc.
//
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, uint128 budget, uint128 credited, uint40 settleDeadline, uint40 releaseAt, uint16 feeBps, uint8 status, bytes32 awardHash)
func (settlement *Settlement) UnpackJobs(data []byte) (JobsOutput, error) {
	out, err := settlement.abi.Unpack("jobs", data)
	outstruct := new(JobsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Poster = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.GroupSize = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Steps = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Budget = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Credited = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.SettleDeadline = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.ReleaseAt = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	outstruct.FeeBps = *abi.ConvertType(out[7], new(uint16)).(*uint16)
	outstruct.Status = *abi.ConvertType(out[8], new(uint8)).(*uint8)
	outstruct.AwardHash = *abi.ConvertType(out[9], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 equivocationSlashBps, uint16 faultSlashBps, uint16 reporterRewardBps, uint16 quorumBps, uint32 challengeWindow, uint32 claimWindow, uint32 unbondingDelay)
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
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 equivocationSlashBps, uint16 faultSlashBps, uint16 reporterRewardBps, uint16 quorumBps, uint32 challengeWindow, uint32 claimWindow, uint32 unbondingDelay)
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
	QuorumBps            uint16
	ChallengeWindow      uint32
	ClaimWindow          uint32
	UnbondingDelay       uint32
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 equivocationSlashBps, uint16 faultSlashBps, uint16 reporterRewardBps, uint16 quorumBps, uint32 challengeWindow, uint32 claimWindow, uint32 unbondingDelay)
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
	outstruct.QuorumBps = *abi.ConvertType(out[5], new(uint16)).(*uint16)
	outstruct.ChallengeWindow = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	outstruct.ClaimWindow = *abi.ConvertType(out[7], new(uint32)).(*uint32)
	outstruct.UnbondingDelay = *abi.ConvertType(out[8], new(uint32)).(*uint32)
	return *outstruct, nil
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
// the contract method with ID 0x45f87b68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(bytes32[] jobIds, address account) returns(uint256 gross)
func (settlement *Settlement) PackRelease(jobIds [][32]byte, account common.Address) []byte {
	enc, err := settlement.abi.Pack("release", jobIds, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45f87b68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(bytes32[] jobIds, address account) returns(uint256 gross)
func (settlement *Settlement) TryPackRelease(jobIds [][32]byte, account common.Address) ([]byte, error) {
	return settlement.abi.Pack("release", jobIds, account)
}

// UnpackRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45f87b68.
//
// Solidity: function release(bytes32[] jobIds, address account) returns(uint256 gross)
func (settlement *Settlement) UnpackRelease(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("release", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0692237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((address,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) p) returns()
func (settlement *Settlement) PackSetParams(p SettlementParams) []byte {
	enc, err := settlement.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0692237.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((address,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) p) returns()
func (settlement *Settlement) TryPackSetParams(p SettlementParams) ([]byte, error) {
	return settlement.abi.Pack("setParams", p)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a3786da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((bytes32,(address[],address[],uint256[]),uint64[])[] batch) returns()
func (settlement *Settlement) PackSettle(batch []SettlementJobPayout) []byte {
	enc, err := settlement.abi.Pack("settle", batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a3786da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((bytes32,(address[],address[],uint256[]),uint64[])[] batch) returns()
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
// Solidity: function slashed(bytes32 key) view returns(bool)
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
// Solidity: function slashed(bytes32 key) view returns(bool)
func (settlement *Settlement) TryPackSlashed(key [32]byte) ([]byte, error) {
	return settlement.abi.Pack("slashed", key)
}

// UnpackSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b143df.
//
// Solidity: function slashed(bytes32 key) view returns(bool)
func (settlement *Settlement) UnpackSlashed(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("slashed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
// Solidity: function stakes(address provider) view returns(uint128 active, uint128 unbonding, uint64 unlockAt)
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
// Solidity: function stakes(address provider) view returns(uint128 active, uint128 unbonding, uint64 unlockAt)
func (settlement *Settlement) TryPackStakes(provider common.Address) ([]byte, error) {
	return settlement.abi.Pack("stakes", provider)
}

// StakesOutput serves as a container for the return parameters of contract
// method Stakes.
type StakesOutput struct {
	Active    *big.Int
	Unbonding *big.Int
	UnlockAt  uint64
}

// UnpackStakes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16934fc4.
//
// Solidity: function stakes(address provider) view returns(uint128 active, uint128 unbonding, uint64 unlockAt)
func (settlement *Settlement) UnpackStakes(data []byte) (StakesOutput, error) {
	out, err := settlement.abi.Unpack("stakes", data)
	outstruct := new(StakesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Active = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Unbonding = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
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
	OldAmount  *big.Int
	NewAmount  *big.Int
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
// Solidity: event CreditCorrected(bytes32 indexed jobId, address indexed member, address indexed challenger, uint256 oldAmount, uint256 newAmount)
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
// Solidity: event JobEscrowed(bytes32 indexed jobId, address indexed poster, uint64 nonce, uint32 groupSize, uint64 steps, uint256 budget, uint40 settleDeadline)
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
	JobId     [32]byte
	Total     *big.Int
	ReleaseAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementJobSettledEventName = "JobSettled"

// ContractEventName returns the user-defined event name.
func (SettlementJobSettled) ContractEventName() string {
	return SettlementJobSettledEventName
}

// UnpackJobSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSettled(bytes32 indexed jobId, uint256 total, uint40 releaseAt)
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
// Solidity: event ParamsChanged((address,uint16,uint16,uint16,uint16,uint16,uint32,uint32,uint32) params)
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

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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AwardAlreadyBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bound\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"AwardMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadEvidenceEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadEvidenceLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadMemberIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"closedAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"opensAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ConvictedOfFault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"EscrowExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidAward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParam\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberDidNotSign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotAWinner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"NotOverpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSameSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NotUnderpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToRelease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"}],\"name\":\"NothingToSlash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PriceAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"allowedAt\",\"type\":\"uint256\"}],\"name\":\"RefundTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManySteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownEvidenceKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsortedSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"}],\"name\":\"UnsupportedFault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"name\":\"AwardBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"name\":\"CreditCorrected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pending\",\"type\":\"address\"}],\"name\":\"GovernanceTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"}],\"name\":\"JobEscrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"table\",\"type\":\"bytes\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structSettlement.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"UnbondStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AWARD_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_COMMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_REVEAL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_GARBAGE_DATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_MISSED_STEPS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_TAMPERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_WRONG_RESULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_COMMIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_REVEAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FAULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_STEP_RECEIPT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GROUP_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP_RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry\",\"name\":\"entry\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"challengeFault\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry\",\"name\":\"entry\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"challengeSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"winner\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"}],\"name\":\"hashAward\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isReleased\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"jobIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"jobs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"released\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"groupSize\",\"type\":\"uint256\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"}],\"name\":\"registerAward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"steps\",\"type\":\"uint64[]\"}],\"internalType\":\"structSettlement.JobPayout[]\",\"name\":\"batch\",\"type\":\"tuple[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"msgA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"msgB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slashEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"slashFault\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"slashKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"active\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Settlement",
	Bin: "0x610180604052348015610010575f5ffd5b50604051616bea380380616bea83398101604081905261002f916107c3565b60408051808201825260098152680e8e4c2d2dcdacae6d60bb1b602080830191909152825180840190935260018352603160f81b9083015290610072825f61034d565b6101205261008181600161034d565b61014052815160208084019190912060e052815190820120610100524660a05261010d60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03831661015a57604051634389d5ab60e01b81526020600482015260056024820152643a37b5b2b760d91b60448201526064015b60405180910390fd5b6001600160a01b03821661019e57604051634389d5ab60e01b815260206004820152600a602482015269676f7665726e616e636560b01b6044820152606401610151565b6101a78161037f565b6001600160a01b0380841661016052600280548483166001600160a01b031990911681179091558251600480546020860151604080880151606089015160808a015160a08b015160c08c015161ffff908116600160f01b026001600160f01b03928216600160e01b0261ffff60e01b19948316600160d01b029490941663ffffffff60d01b19958316600160c01b0261ffff60c01b19978416600160b01b029790971663ffffffff60b01b1993909916600160a01b026001600160b01b0319909a169b909d169a909a17979097179690961694909417919091171696909617171691909117905560e08301516005805461010086015161012087015163ffffffff908116680100000000000000000263ffffffff60401b19928216640100000000026001600160401b03199094169190951617919091171691909117905590515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a37f57930c0b25b7aebfabfb24dd08c2118b0f5028a78cf55890b42bc0f00dadd1768160405161033d91906108c8565b60405180910390a1505050610b74565b5f6020835110156103685761036183610701565b9050610379565b816103738482610a3f565b5060ff90505b92915050565b80516001600160a01b03166103c257604051634389d5ab60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610151565b6103e8816020015161ffff16111561040657604051634389d5ab60e01b815260206004820152600660248201526566656542707360d01b6044820152606401610151565b604081015161ffff1615806104245750612710816040015161ffff16115b1561047257604051634389d5ab60e01b815260206004820152601460248201527f65717569766f636174696f6e536c6173684270730000000000000000000000006044820152606401610151565b606081015161ffff1615806104905750612710816060015161ffff16115b156104ce57604051634389d5ab60e01b815260206004820152600d60248201526c6661756c74536c61736842707360981b6044820152606401610151565b612710816080015161ffff16111561051d57604051634389d5ab60e01b81526020600482015260116024820152707265706f7274657252657761726442707360781b6044820152606401610151565b6127108160a0015161ffff16111561056257604051634389d5ab60e01b8152602060048201526007602482015266626f6e6442707360c81b6044820152606401610151565b61056f6002612710610afd565b8160c0015161ffff1611158061058e57506127108160c0015161ffff16115b156105c857604051634389d5ab60e01b815260206004820152600960248201526871756f72756d42707360b81b6044820152606401610151565b60e081015163ffffffff1615806105ec57506301e133808160e0015163ffffffff16115b1561062c57604051634389d5ab60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606401610151565b61010081015163ffffffff16158061065257506301e1338081610100015163ffffffff16115b1561068e57604051634389d5ab60e01b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606401610151565b8060e0015163ffffffff1681610120015163ffffffff1610806106bf57506301e1338081610120015163ffffffff16115b156106fe57604051634389d5ab60e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606401610151565b50565b5f5f829050601f8151111561072b578260405163305a27a960e01b81526004016101519190610b1c565b805161073682610b51565b179392505050565b6001600160a01b03811681146106fe575f5ffd5b805161075d8161073e565b919050565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b038111828210171561079957610799610762565b60405290565b805161ffff8116811461075d575f5ffd5b805163ffffffff8116811461075d575f5ffd5b5f5f5f8385036101808112156107d7575f5ffd5b84516107e28161073e565b60208601519094506107f38161073e565b9250610140603f1982011215610807575f5ffd5b50610810610776565b61081c60408601610752565b815261082a6060860161079f565b602082015261083b6080860161079f565b604082015261084c60a0860161079f565b606082015261085d60c0860161079f565b608082015261086e60e0860161079f565b60a0820152610880610100860161079f565b60c082015261089261012086016107b0565b60e08201526108a461014086016107b0565b6101008201526108b761016086016107b0565b610120820152809150509250925092565b81516001600160a01b03168152610140810160208301516108ef602084018261ffff169052565b506040830151610905604084018261ffff169052565b50606083015161091b606084018261ffff169052565b506080830151610931608084018261ffff169052565b5060a083015161094760a084018261ffff169052565b5060c083015161095d60c084018261ffff169052565b5060e083015161097560e084018263ffffffff169052565b5061010083015161098f61010084018263ffffffff169052565b506101208301516109a961012084018263ffffffff169052565b5092915050565b600181811c908216806109c457607f821691505b6020821081036109e257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610a3a5782821115610a3a57805f5260205f20601f840160051c6020851015610a1357505f5b90810190601f840160051c035f5b81811015610a36575f83820155600101610a21565b5050505b505050565b81516001600160401b03811115610a5857610a58610762565b610a6c81610a6684546109b0565b846109e8565b6020601f821160018114610a9e575f8315610a875750848201515b5f19600385901b1c1916600184901b178455610af6565b5f84815260208120601f198516915b82811015610acd5787850151825560209485019460019092019101610aad565b5084821015610aea57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b5f82610b1757634e487b7160e01b5f52601260045260245ffd5b500490565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156109e2575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051615ff8610bf25f395f818161089b0152818161132f015281816120cd01528181613be001528181613c600152613ca901525f613ba301525f613b7701525f6143c401525f61439c01525f6142f701525f61432101525f61434b0152615ff85ff3fe608060405234801561000f575f5ffd5b50600436106102e5575f3560e01c806384b0196e11610195578063cff0ab96116100e4578063dfcae6221161009e578063f141447a11610079578063f141447a14610854578063f39c38a01461087b578063f698da251461088e578063fc0c546a14610896575f5ffd5b8063dfcae6221461082a578063e039226c146104f6578063ecd21e6d146106f3575f5ffd5b8063cff0ab96146106fb578063d295bf09146107dd578063d35e2d25146107f0578063d38bfff414610803578063d55be8c614610816578063deb966341461081f575f5ffd5b8063ae3dcc831161014f578063bed9d8611161012a578063bed9d861146106d8578063bf8ad8b6146105ba578063c58153f6146106e0578063c791ddcd146106f3575f5ffd5b8063ae3dcc831461068b578063b18ff35d1461069e578063b2fc5b59146106c5575f5ffd5b806384b0196e146105e95780638f3729e31461060457806391bfae2b1461062b5780639d18558814610652578063a694fc3a14610665578063ac2fc23f14610678575f5ffd5b806338ed7cfc1161025157806361b143df1161020b57806377c36fd6116101e657806377c36fd6146105a757806379b2469e1461041c5780637a24c0c5146105ba57806380c2401a146105c2575f5ffd5b806361b143df1461054f57806363ac503f146105815780637249fbb614610594575f5ffd5b806338ed7cfc146104365780633a3786da146104e35780633b00feb1146104f657806342623360146104fe5780635aa6e675146105115780635c21868c1461053c575f5ffd5b8063238efcbc116102a2578063238efcbc146103c6578063249d39e9146103ce57806327de9e32146103d757806327e235e3146103ea5780632e1a7d4d146104095780633262cc1b1461041c575f5ffd5b806301b40230146102e9578063045eed9f1461030f57806316934fc41461032457806317754cd51461039757806319d878ff146103a05780631f30e0cb146103b3575b5f5ffd5b6102fc6102f7366004615047565b6108bd565b6040519081526020015b60405180910390f35b61032261031d3660046150fc565b610b6d565b005b61036861033236600461519e565b600a6020525f9081526040902080546001909101546001600160801b0380831692600160801b900416906001600160401b031683565b604080516001600160801b0394851681529390921660208401526001600160401b031690820152606001610306565b6102fc61010081565b6103226103ae3660046151b9565b610e04565b6102fc6103c136600461524e565b610fed565b610322611047565b6102fc61271081565b6103226103e536600461524e565b6110e6565b6102fc6103f836600461519e565b60096020525f908152604090205481565b61032261041736600461524e565b611269565b610424600281565b60405160ff9091168152602001610306565b6104cd61044436600461524e565b60066020525f908152604090208054600182015460028301546003909301546001600160a01b0383169363ffffffff600160a01b850416936001600160401b03600160c01b91829004811694936001600160801b0384169364ffffffffff600160801b8204169361ffff600160a81b8304169360ff600160b81b8404169391909204909116908a565b6040516103069a99989796959493929190615299565b6103226104f1366004615322565b61135f565b610424600181565b6102fc61050c36600461519e565b61140e565b600254610524906001600160a01b031681565b6040516001600160a01b039091168152602001610306565b61032261054a366004615360565b611443565b61057161055d36600461524e565b600b6020525f908152604090205460ff1681565b6040519015158152602001610306565b61032261058f36600461538a565b6114de565b6103226105a236600461524e565b611780565b6102fc6105b5366004615431565b61197d565b610424600481565b6102fc7f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a193362581565b6105f1611a93565b60405161030697969594939291906154b3565b6102fc7fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf6481565b6102fc7f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d81565b6102fc61066036600461555f565b611ad5565b61032261067336600461524e565b611b17565b610322610686366004615592565b611bfe565b6102fc610699366004615600565b611c86565b6102fc7f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb0281565b6102fc6106d33660046156af565b611f9c565b610322611ff3565b6105716106ee36600461578b565b6120fe565b610424600381565b600454600554610771916001600160a01b0381169161ffff600160a01b8304811692600160b01b8104821692600160c01b8204831692600160d01b8304811692600160e01b8104821692600160f01b9091049091169063ffffffff808216916401000000008104821691600160401b909104168a565b604080516001600160a01b03909b168b5261ffff998a1660208c0152978916978a01979097529487166060890152928616608088015290851660a08701529390931660c085015263ffffffff92831660e085015282166101008401521661012082015261014001610306565b6102fc6107eb3660046157ab565b612163565b6102fc6107fe36600461580a565b6121b2565b61032261081136600461519e565b6124a9565b6102fc6103e881565b6102fc6301e1338081565b6102fc610838366004615873565b600760209081525f928352604080842090915290825290205481565b6102fc7f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef81565b600354610524906001600160a01b031681565b6102fc612534565b6105247f000000000000000000000000000000000000000000000000000000000000000081565b5f6108c6612542565b5f5f5b84811015610aaf57368686838181106108e4576108e46158a1565b90506020028101906108f691906158b5565b80355f9081526006602052604090206002808201549293509091600160b81b900460ff169081600381111561092d5761092d615265565b1415801561097a5750600381600381111561094a5761094a615265565b14158061097a57507fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a08260010154145b156109a057604051631d46cb0560e01b8152833560048201526024015b60405180910390fd5b6002820154600160801b900464ffffffffff164210156109ef57600282015460405163205b79cb60e21b815284356004820152600160801b90910464ffffffffff166024820152604401610997565b6001820154610a1d610a0460608601866158d3565b6020870135610a18818d60408b01356125af565b6125d2565b14610a4857604051631f1b9d2d60e11b81528335600482015260208401356024820152604401610997565b610a58833583602086013561265e565b610a6660408401358761592c565b600283015490965061271090610a8b90600160a81b900461ffff16604086013561593f565b610a959190615956565b610a9f908661592c565b94505050508060010190506108c9565b50815f03610adb57604051634b90c98b60e11b81526001600160a01b0384166004820152602401610997565b610ae58183615975565b6001600160a01b0384165f9081526009602052604081208054909190610b0c90849061592c565b90915550506001600160a01b0383167f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd610b468385615975565b60408051918252602082018590520160405180910390a250610b66612753565b9392505050565b610b75612542565b5f610b7f8761277d565b6002810154909150600160801b900464ffffffffff16421015610bd157600281015460405163b4812f4d60e01b815260048101899052600160801b90910464ffffffffff166024820152604401610997565b60055460028201545f91610c029164010000000090910463ffffffff1690600160801b900464ffffffffff1661592c565b9050804210610c2e57604051630545f9d360e21b81526004810189905260248101829052604401610997565b610c7288838989898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250600192506127e4915050565b5f610c7d8886612aa5565b9050610c8c89848a8488612b03565b5f610c978987612e58565b610ca46020870187615988565b6001600160401b0316610cb7919061593f565b5f8b81526007602090815260408083206001600160a01b0387168452909152902054909150808211610d065760405163db2e106360e01b81526004810182905260248101839052604401610997565b5f610d1b8c87610d168587615975565b612e85565b9050610d27818361592c565b5f8d81526007602090815260408083206001600160a01b0389168452909152812091909155600287018054839290610d699084906001600160801b03166159a1565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550836001600160a01b03168c7f018ebeb0b47d6b51edd49e863b83fc8e4a257babf59cc01d51921250795f57a383604051610dc991815260200190565b60405180910390a3610dee84828860020160159054906101000a900461ffff16612ece565b505050505050610dfc612753565b505050505050565b610e0c612542565b5f610e1685612fa9565b9050610e23858286613058565b5f610e32858560200135612aa5565b9050600b5f610e44600489855f612163565b815260208101919091526040015f205460ff1615610e7557604051634f7d848160e01b815260040160405180910390fd5b610e828683878487612b03565b5f610e91868660200135612e58565b610e9e6020860186615988565b6001600160401b0316610eb1919061593f565b90506040850135808211610ee25760405163521ab31960e11b81526004810182905260248101839052604401610997565b5f610ef28986610d168587615975565b9050610f0a89868987610f05868861592c565b6130ae565b6002850180548291905f90610f299084906001600160801b03166159a1565b82546001600160801b039182166101009390930a928302919092021990911617905550600285015461ffff600160a81b909104165f612710610f6b838661593f565b610f759190615956565b61271083610f83868861592c565b610f8d919061593f565b610f979190615956565b610fa19190615975565b90508015610fd8576004546001600160a01b03165f9081526009602052604081208054839290610fd290849061592c565b90915550505b50505050505050610fe7612753565b50505050565b6004545f90819061271090600190829061101290600160f01b900461ffff168761593f565b61101c919061592c565b6110269190615975565b6110309190615956565b9050801561103e5780610b66565b60019392505050565b61104f612542565b6003546001600160a01b031633141580611067575033155b1561108757604051638396ca0960e01b8152336004820152602401610997565b60025460405133916001600160a01b0316907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600280546001600160a01b031990811633179091556003805490911690556110e4612753565b565b6110ee612542565b805f0361110e57604051631f2a200560e01b815260040160405180910390fd5b335f908152600a6020526040902080546001600160801b031682111561115c5780546040516322df051360e11b81526001600160801b03909116600482015260248101839052604401610997565b8054829082905f906111789084906001600160801b03166159a1565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555081815f0160108282829054906101000a90046001600160801b03166111c191906159c0565b82546001600160801b039182166101009390930a9283029190920219909116179055506005546111ff9063ffffffff600160401b909104164261592c565b60018201805467ffffffffffffffff19166001600160401b0392909216918217905560408051848152602081019290925233917f945550dce0b42f10b5539395a8a3a7ee163db05456fe2de922d98564e641c49c910160405180910390a250611266612753565b50565b611271612542565b805f0361129157604051631f2a200560e01b815260040160405180910390fd5b335f90815260096020526040902054808211156112cb5760405163cf47918160e01b81526004810182905260248101839052604401610997565b6112d58282615975565b335f81815260096020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59061131a9085815260200190565b60405180910390a26113566001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846131a0565b50611266612753565b611367612542565b6005545f9061137c9063ffffffff164261592c565b90505f5f5b838110156113ca576113b685858381811061139e5761139e6158a1565b90506020028101906113b091906159df565b846131ff565b6113c0908361592c565b9150600101611381565b508015611400576004546001600160a01b03165f90815260096020526040812080548392906113fa90849061592c565b90915550505b505061140a612753565b5050565b6001600160a01b0381165f908152600a602052604081208054610b66906001600160801b03600160801b82048116911661592c565b6002546001600160a01b031633146114705760405163988d1f0360e01b8152336004820152602401610997565b611478612542565b61148f61148a36839003830183615a56565b6133b6565b80600461149c8282615b38565b9050507f57930c0b25b7aebfabfb24dd08c2118b0f5028a78cf55890b42bc0f00dadd176816040516114ce9190615d12565b60405180910390a1611266612753565b6114e6612542565b5f6114f086612fa9565b90506114fd868287613058565b5f61150e6040850160208601615e00565b905060ff8116600114801590611528575060ff8116600214155b8015611538575060ff8116600414155b1561155b5760405163cbe050f560e01b815260ff82166004820152602401610997565b611568878388878761372c565b611575602085018561519e565b6001600160a01b031661158c878760200135613aad565b6001600160a01b0316146115cc576115a7602085018561519e565b6040516363a7ccd760e11b81526001600160a01b039091166004820152602401610997565b5f60ff82166001146115de575f61161b565b6115ec878760200135612e58565b60016115fe6060880160408901615988565b6116089190615e19565b6001600160401b031661161b919061593f565b9050604086013581811161164c57604051634b86679360e01b81526004810182905260248101839052604401610997565b61166589858961165f60208b018b61519e565b866130ae565b6002840154600160a81b900461ffff165f612710611683838661593f565b61168d9190615956565b61271061169a848661593f565b6116a49190615956565b6116ae9190615975565b6004546001600160a01b03165f818152600960205260408120549293509091908184106116db57816116dd565b835b90508015611708576116ef8183615975565b6001600160a01b0384165f908152600960205260409020555b80846117148989615975565b61171e9190615975565b611728919061592c565b60028a0180545f906117449084906001600160801b03166159c0565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550505050505050505050611779612753565b5050505050565b611788612542565b5f818152600660205260409020600280820154600160b81b900460ff1660038111156117b6576117b6615265565b0361180f576002810154600160801b900464ffffffffff1642101561180a57600281015460405163205b79cb60e21b815260048101849052600160801b90910464ffffffffff166024820152604401610997565b6118c8565b60016002820154600160b81b900460ff16600381111561183157611831615265565b0361189a5760055460028201545f916118679164010000000090910463ffffffff1690600160801b900464ffffffffff1661592c565b90508042101561189457604051632d1d8e9f60e01b81526004810184905260248101829052604401610997565b506118c8565b818160020160179054906101000a900460ff1660405163276065d160e21b8152600401610997929190615e38565b600281018054600360b81b77ff00000000000000ffffffffffffffffffffffffffffffff198216179091556001600160801b031680156119305781546001600160a01b03165f908152600960205260408120805483929061192a90849061592c565b90915550505b81546040518281526001600160a01b039091169084907ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe1839060200160405180910390a35050611266612753565b5f7f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb0284846119ab85806158d3565b6040516020016119bc929190615e4c565b604051602081830303815290604052805190602001208580602001906119e291906158d3565b6040516020016119f3929190615e4c565b60405160208183030381529060405280519060200120868060400190611a1991906158d3565b604051602001611a2a929190615e8d565b60408051601f198184030181528282528051602091820120908301979097528101949094526001600160a01b039092166060840152608083015260a082015260c081019190915260e0016040516020818303038152906040528051906020012090509392505050565b5f6060805f5f5f6060611aa4613b70565b611aac613b9c565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b604080516001600160a01b0384166020808301919091526001600160401b03841682840152825180830384018152606090920190925280519101205b92915050565b611b1f612542565b805f03611b3f57604051631f2a200560e01b815260040160405180910390fd5b335f908152600a602052604081208054909190611b669084906001600160801b031661592c565b90506001600160801b03811115611b93576040516304041d9560e11b815260048101849052602401610997565b81546fffffffffffffffffffffffffffffffff19166001600160801b03821617825560405183815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d9060200160405180910390a2611bf43384613bc9565b5050611266612753565b611c06612542565b5f611c108561277d565b600381015490915015611c3957604051636b270f6160e11b815260048101869052602401610997565b611c7d85828686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250600192506127e4915050565b50610fe7612753565b5f611c8f612542565b5f878152600660205260408120906002820154600160b81b900460ff166003811115611cbd57611cbd615265565b03611cdf57875f60405163276065d160e21b8152600401610997929190615e38565b6001611cf16040860160208701615e00565b60ff161080611d1257506004611d0d6040860160208701615e00565b60ff16115b15611d4657611d276040850160208601615e00565b60405163cbe050f560e01b815260ff9091166004820152602401610997565b600381015415611d6057611d5b888289613058565b611e36565b60016002820154600160b81b900460ff166003811115611d8257611d82615265565b03611dcb57611d5b88828989898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250600192506127e4915050565b8054611e3690611def90611dea908b906001600160a01b03168b61197d565b613d48565b87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505085546001600160a01b03169150613d749050565b611e43888289878761372c565b5f611e5d60048a611e57602089018961519e565b5f612163565b90505f600a81611e70602089018961519e565b6001600160a01b0316815260208101919091526040015f9081208054909250611eab906001600160801b03600160801b82048116911661592c565b90505f6001611ec060408a0160208b01615e00565b60ff1603611f415784545f90600160c01b90046001600160401b0316611ef28d611eed60208d018d61519e565b613dfc565b611efc919061593f565b6004549091505f9061271090611f1d90600160e01b900461ffff168461593f565b611f279190615956565b9050838110611f365783611f38565b805b92505050611f6a565b60045461271090611f5d90600160c01b900461ffff168461593f565b611f679190615956565b90505b611f83611f7a60208a018a61519e565b85600484613f2b565b95505050505050611f92612753565b9695505050505050565b5f611fa5612542565b5f5f611fb88c8c8c8c8c8c8c8c8c61416d565b6004549193509150611fda90839083908f90600160b01b900461ffff1661428d565b92505050611fe6612753565b9998505050505050505050565b611ffb612542565b335f908152600a6020526040812080549091600160801b9091046001600160801b03169081900361203f57604051630686827b60e51b815260040160405180910390fd5b60018201546001600160401b031642101561207e576001820154604051631a28814f60e21b81526001600160401b039091166004820152602401610997565b81546001600160801b0316825560405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a26120f46001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633836131a0565b50506110e4612753565b5f604082101561213657505f82815260066020526040902060020154600160c01b90046001600160401b0316811c6001161515611b11565b505f8281526008602081815260408084209285901c8452919052902054600160ff83161b16151592915050565b6040805160ff861660208201529081018490526001600160a01b0383166060820152608081018290525f9060a0016040516020818303038152906040528051906020012090505b949350505050565b5f6121bb612542565b63ffffffff851615806121d557506101008563ffffffff16115b1561220f576040516333991d4960e11b815260206004820152600960248201526867726f757053697a6560b81b6044820152606401610997565b836001600160401b03165f03612250576040516333991d4960e11b8152602060048201526005602482015264737465707360d81b6044820152606401610997565b825f0361227057604051631f2a200560e01b815260040160405180910390fd5b6bffffffffffffffffffffffff8311156122a0576040516304041d9560e11b815260048101849052602401610997565b428264ffffffffff16116122e8576040516333991d4960e11b815260206004820152600e60248201526d736574746c65446561646c696e6560901b6044820152606401610997565b6122f23387611ad5565b5f8181526006602052604081209192506002820154600160b81b900460ff16600381111561232257612322615265565b1461234357604051639e2b4bfd60e01b815260048101839052602401610997565b80546001600160c01b0319163363ffffffff60a01b191617600160a01b63ffffffff88168102919091176001600160c01b0316600160c01b6001600160401b038816021782557fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a06001808401919091556002830180546001600160801b0388166001600160a81b031990911617600160801b64ffffffffff8816021780825560045461ffff60a81b19821694900461ffff16600160a81b0293841782559192909162ffffff60a81b191660ff60b81b1990911617600160b81b830217905550604080516001600160401b03808a16825263ffffffff891660208301528716918101919091526060810185905264ffffffffff84166080820152339083907f75bdbc977e0df995643633ddc293f7470a57c5b23141532d0d864551935349bd9060a00160405180910390a36124973385613bc9565b506124a0612753565b95945050505050565b6002546001600160a01b031633146124d65760405163988d1f0360e01b8152336004820152602401610997565b6124de612542565b600380546001600160a01b0319166001600160a01b03838116918217909255600254604051919216907f1c4bb4e3cab7b72da7eb9f0ae62554dda85dc7fb907c946ad2776095b95ac1ad905f90a3611266612753565b5f61253d6142eb565b905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561258257604051633ee5aeb560e01b815260040160405180910390fd5b6110e460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614414565b604080519384526001600160a01b03929092166020840152908201526060902090565b805f5b84811015612650576001841615612616576126118686838181106125fb576125fb6158a1565b90506020020135835f9182526020526040902090565b612641565b6126418287878481811061262c5761262c6158a1565b905060200201355f9182526020526040902090565b600194851c94909250016125d5565b5082156121aa57505f6121aa565b60408110156126df576002820154600160c01b90046001600160401b031680821c600116156126aa5760405163a2dc74e760e01b81526004810185905260248101839052604401610997565b816001901b81178360020160186101000a8154816001600160401b0302191690836001600160401b0316021790555050505050565b5f8381526008602081815260408084209285901c8452919052902054600160ff83161b908082161561272e5760405163a2dc74e760e01b81526004810186905260248101849052604401610997565b5f8581526008602081815260408084209287901c84529190529020911790555b505050565b6110e45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006125a9565b5f81815260066020526040902060016002820154600160b81b900460ff1660038111156127ac576127ac615265565b146127df57818160020160179054906101000a900460ff1660405163276065d160e21b8152600401610997929190615e38565b919050565b83545f906127fd9087906001600160a01b03168661197d565b60038601549091501561284b5784600301548114612845576003850154604051633ee5bff760e21b815260048101889052602481019190915260448101829052606401610997565b50611779565b811561286f5761286f61285d82613d48565b865485906001600160a01b0316613d74565b5f61287a85806158d3565b91505080158061289757508554600160a01b900463ffffffff1681115b156128cf57604051634436cf7560e01b815260206004820152600760248201526677696e6e65727360c81b6044820152606401610997565b8554600160a01b900463ffffffff166128eb60208701876158d3565b9050111561292757604051634436cf7560e01b81526020600482015260086024820152677374616e6462797360c01b6044820152606401610997565b61293460208601866158d3565b61293f91508261592c565b61294c60408701876158d3565b90501461298557604051634436cf7560e01b815260206004820152600660248201526570726963657360d01b6044820152606401610997565b85545f906129b090600160c01b81046001600160401b031690600160a01b900463ffffffff1661593f565b60028801546129c891906001600160801b0316615956565b90505f5b6129d960408801886158d3565b9050811015612a5e57816129f060408901896158d3565b83818110612a0057612a006158a1565b905060200201351115612a5657612a1a60408801886158d3565b82818110612a2a57612a2a6158a1565b9050602002013582604051634216244560e11b8152600401610997929190918252602082015260400190565b6001016129cc565b506003870183905560405183815288907f30ee672a3c125782301e90132c662ce86f816103c9267114b73114077b0605bd9060200160405180910390a25050505050505050565b5f612ab083806158d3565b90508210612ad457604051633b9052cf60e01b815260048101839052602401610997565b612ade83806158d3565b83818110612aee57612aee6158a1565b9050602002016020810190610b66919061519e565b612b106020820182615988565b6001600160401b03161580612b4a57508354600160c01b90046001600160401b0316612b3f6020830183615988565b6001600160401b0316115b15612b9357612b5c6020820182615988565b845460405163a2fc5cfd60e01b81526001600160401b039283166004820152600160c01b9091049091166024820152604401610997565b36612ba16060830183615eb4565b90505f612bae82806158d3565b9150819050612bc060208401846158d3565b905014612bf85780612bd560208401846158d3565b6040516355c5b3e360e11b81526004810193909352602483015250604401610997565b80612c0660408501856158d3565b905014612c1b5780612bd560408501856158d3565b5f5f5f5b83811015612ddb575f612c5289612c3688806158d3565b85818110612c4657612c466158a1565b90506020020135613aad565b9050826001600160a01b0316816001600160a01b031611612c865760405163d02ef0e560e01b815260040160405180910390fd5b9150815f7f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d8c83612cba60208c018c615988565b60208c0135612ccc60408e018e6158d3565b89818110612cdc57612cdc6158a1565b6040805160208181019a909a52908101979097526001600160a01b039095166060870152506001600160401b03909216608085015260a08401529202919091013560c082015260e001604051602081830303815290604052805190602001209050612db3612d4982613d48565b612d5660208a018a6158d3565b86818110612d6657612d666158a1565b9050602002810190612d789190615ec8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250879250613d74915050565b886001600160a01b0316826001600160a01b031603612dd157600194505b5050600101612c1f565b5081612e0557604051631926175560e11b81526001600160a01b0387166004820152602401610997565b87545f90612e1f90600160a01b900463ffffffff16610fed565b905080841015612e4c57604051631a88566160e21b81526004810185905260248101829052604401610997565b50505050505050505050565b5f612e6660408401846158d3565b83818110612e7657612e766158a1565b90506020020135905092915050565b60028201545f906001600160801b0316808203612eb85760405163f9f8089160e01b815260048101869052602401610997565b808310612ec557806124a0565b50909392505050565b5f612710612ee061ffff84168561593f565b612eea9190615956565b9050612ef68184615975565b6001600160a01b0385165f9081526009602052604081208054909190612f1d90849061592c565b90915550508015612f57576004546001600160a01b03165f9081526009602052604081208054839290612f5190849061592c565b90915550505b6001600160a01b0384167f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd612f8c8386615975565b60408051918252602082018590520160405180910390a250505050565b5f818152600660205260409020600280820154600160b81b900460ff166003811115612fd757612fd7615265565b1461300a57818160020160179054906101000a900460ff1660405163276065d160e21b8152600401610997929190615e38565b6002810154600160801b900464ffffffffff1642106127df57600281015460405163036ddd4960e41b815260048101849052600160801b90910464ffffffffff166024820152604401610997565b81545f906130719085906001600160a01b03168461197d565b905082600301548114610fe7576003830154604051633ee5bff760e21b815260048101869052602481019190915260448101829052606401610997565b8235851415806130e5575060018401546130e26130ce60608601866158d3565b6020870135610a18818860408b01356125af565b14155b1561311057604051631f1b9d2d60e11b81526004810186905260208401356024820152604401610997565b5f61313161312160608601866158d3565b6020870135610a188188886125af565b6001860181905560408051602080880135825282880135908201529081018490526060810182905290915033906001600160a01b0385169088907f08b064843593bd08f07f687ad9bf074dfda39c524df169259aa94de57c5774369060800160405180910390a4505050505050565b6040516001600160a01b0383811660248301526044820183905261274e91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061441b565b6040515f908161320f853561277d565b80549091506001600160a01b031633146132455760405163efbf493960e01b815285356004820152336024820152604401610997565b6002810154600160801b900464ffffffffff164210613293576002810154604051632d46907760e21b815286356004820152600160801b90910464ffffffffff166024820152604401610997565b6132bb8535826132a660208901896159df565b60405180602001604052805f8152505f6127e4565b6002810154600160a81b900461ffff165f8080806132da868b87614487565b60028a0154939750919550935091506001600160801b0316808311156133165760405163f9f8089160e01b81528b356004820152602401610997565b600187018490556133278382615975565b6002880180546001600160801b03929092166001600160a81b031990921691909117600160801b64ffffffffff8d16021760ff60b81b1916600160b91b1790556040518b35907f357e2168f73ffce5fedb878dc3f9b75a4a7c232967790692abcb836de5c1263a9061339a908890615f0a565b60405180910390a2506040969096525093979650505050505050565b80516001600160a01b03166133f957604051634389d5ab60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610997565b6103e8816020015161ffff16111561343d57604051634389d5ab60e01b815260206004820152600660248201526566656542707360d01b6044820152606401610997565b604081015161ffff16158061345b5750612710816040015161ffff16115b156134a057604051634389d5ab60e01b815260206004820152601460248201527365717569766f636174696f6e536c61736842707360601b6044820152606401610997565b606081015161ffff1615806134be5750612710816060015161ffff16115b156134fc57604051634389d5ab60e01b815260206004820152600d60248201526c6661756c74536c61736842707360981b6044820152606401610997565b612710816080015161ffff16111561354b57604051634389d5ab60e01b81526020600482015260116024820152707265706f7274657252657761726442707360781b6044820152606401610997565b6127108160a0015161ffff16111561359057604051634389d5ab60e01b8152602060048201526007602482015266626f6e6442707360c81b6044820152606401610997565b61359d6002612710615956565b8160c0015161ffff161115806135bc57506127108160c0015161ffff16115b156135f657604051634389d5ab60e01b815260206004820152600960248201526871756f72756d42707360b81b6044820152606401610997565b60e081015163ffffffff16158061361a57506301e133808160e0015163ffffffff16115b1561365a57604051634389d5ab60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606401610997565b61010081015163ffffffff16158061368057506301e1338081610100015163ffffffff16115b156136bc57604051634389d5ab60e01b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606401610997565b8060e0015163ffffffff1681610120015163ffffffff1610806136ed57506301e1338081610120015163ffffffff16115b1561126657604051634389d5ab60e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606401610997565b61373c6060830160408401615988565b6001600160401b0316158061377957508354600160c01b90046001600160401b031661376e6060840160408501615988565b6001600160401b0316115b1561378e57612b5c6060830160408401615988565b6137a48361379f602085018561519e565b61471f565b6137b5576115a7602083018361519e565b5f6137c082806158d3565b91508190506137d260208401846158d3565b9050146137e75780612bd560208401846158d3565b5f6138a77f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a19336258861381a602088018861519e565b61382a6040890160208a01615e00565b61383a60608a0160408b01615988565b896060013560405160200161388c9695949392919095865260208601949094526001600160a01b0392909216604085015260ff1660608401526001600160401b0316608083015260a082015260c00190565b60405160208183030381529060405280519060200120613d48565b90505f60026138bc6040870160208801615e00565b60ff1614806138dd575060046138d86040870160208801615e00565b60ff16145b90505f6138ed60208801886158d3565b90506138f988806158d3565b61390492915061592c565b90505f5f5b85811015613a58575f84801561393e57508361392589806158d3565b84818110613935576139356158a1565b90506020020135145b613955576139508a612c368a806158d3565b613961565b8a546001600160a01b03165b9050826001600160a01b0316816001600160a01b0316116139955760405163d02ef0e560e01b815260040160405180910390fd5b9150816139a560208a018a61519e565b6001600160a01b0316816001600160a01b0316036139e1576040516363a7ccd760e11b81526001600160a01b0382166004820152602401610997565b613a4f866139f260208b018b6158d3565b85818110613a0257613a026158a1565b9050602002810190613a149190615ec8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250869250613d74915050565b50600101613909565b5088545f90613a7390600160a01b900463ffffffff16610fed565b905080861015613aa057604051631a88566160e21b81526004810187905260248101829052604401610997565b5050505050505050505050565b5f80613ab984806158d3565b91505080831015613afb57613ace84806158d3565b84818110613ade57613ade6158a1565b9050602002016020810190613af3919061519e565b915050611b11565b613b0860208501856158d3565b9050613b148285615975565b10613b3557604051630733de0f60e11b815260048101849052602401610997565b613b4260208501856158d3565b613b4c8386615975565b818110613b5b57613b5b6158a1565b90506020020160208101906121aa919061519e565b606061253d7f00000000000000000000000000000000000000000000000000000000000000005f61480c565b606061253d7f0000000000000000000000000000000000000000000000000000000000000000600161480c565b6040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015613c2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c519190615f1c565b9050613c886001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168430856148b5565b6040516370a0823160e01b81523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015613cee573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613d129190615f1c565b613d1c9190615975565b9050828114610fe75760405163245fd5b160e21b81526004810184905260248101829052604401610997565b5f611b11613d546142eb565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f613d8085856148ee565b5090925090505f816003811115613d9957613d99615265565b14613db757604051635cd5d23360e01b815260040160405180910390fd5b826001600160a01b0316826001600160a01b0316146117795760405163366d29f760e01b81526001600160a01b03808516600483015283166024820152604401610997565b5f80613e0884806158d3565b91505f9050613e1a60208601866158d3565b613e2591508361592c565b90505f5b81811015613f22575f838210613e7957613e4660208801886158d3565b613e508685615975565b818110613e5f57613e5f6158a1565b9050602002016020810190613e74919061519e565b613ea8565b613e8387806158d3565b83818110613e9357613e936158a1565b9050602002016020810190613ea8919061519e565b9050856001600160a01b0316816001600160a01b0316148015613eed575084613ed460408901896158d3565b84818110613ee457613ee46158a1565b90506020020135115b15613f1957613eff60408801886158d3565b83818110613f0f57613f0f6158a1565b9050602002013594505b50600101613e29565b50505092915050565b5f838152600b602052604081205460ff1615613f5d576040516316e5043d60e01b815260048101859052602401610997565b6001600160a01b0385165f908152600a6020526040812090839003613fa057604051630752994b60e51b81526001600160a01b0387166004820152602401610997565b5f858152600b60205260408120805460ff1916600117905581546001600160801b0316841115613fda5781546001600160801b0316613fdc565b835b8254909150819083905f90613ffb9084906001600160801b03166159a1565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550808461402b9190615975565b8254839060109061404d908490600160801b90046001600160801b03166159a1565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505f61271060045f01601a9054906101000a900461ffff1661ffff1686614097919061593f565b6140a19190615956565b905080156140cd57335f90815260096020526040812080548392906140c790849061592c565b90915550505b8085111561410e576140df8186615975565b6004546001600160a01b03165f908152600960205260408120805490919061410890849061592c565b90915550505b6040805160ff8816815260208101879052908101829052339088906001600160a01b038b16907f867b1d2fac067e2a31713f01e702468335f53462160bd8732a23d47344fecb759060600160405180910390a450929695505050505050565b5f5f5f61417b8c8c8c614937565b90505f6141898d8989614937565b90506141968d8d8d6149c9565b90945092505f6141a78e8a8a6149c9565b9150508084146141ca5760405163711c3ecd60e01b815260040160405180910390fd5b8183036141ea57604051630b69ebb360e01b815260040160405180910390fd5b6142336141f684613d48565b8c8c8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250613d74915050565b61427c61423f83613d48565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250613d74915050565b505050995099975050505050505050565b6001600160a01b0384165f908152600a602052604081208054611f92908790879087906127109088906142d2906001600160801b03600160801b82048116911661592c565b6142dc919061593f565b6142e69190615956565b613f2b565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561434357507f000000000000000000000000000000000000000000000000000000000000000046145b1561436d57507f000000000000000000000000000000000000000000000000000000000000000090565b61253d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b80825d5050565b5f5f60205f8451602086015f885af18061443a576040513d5f823e3d81fd5b50505f513d9150811561445157806001141561445e565b6001600160a01b0384163b155b15610fe757604051635274afe760e01b81526001600160a01b0385166004820152602401610997565b60605f80808061449a60208801886159df565b6144a89060208101906158d3565b90506144b760208901896159df565b6144c190806158d3565b6144cc92915061592c565b9050806144dc60408901896158d3565b9050146144f15780612bd560408901896158d3565b6144fc81602061593f565b6001600160401b03811115614513576145136159f3565b6040519080825280601f01601f19166020018201604052801561453d576020820181803683370190505b5094505f816001600160401b03811115614559576145596159f3565b604051908082528060200260200182016040528015614582578160200160208202803683370190505b508954909150600160c01b90046001600160401b03165f36816145a860408d018d6158d3565b915091505f5b86811015614629575f8383838181106145c9576145c96158a1565b90506020020160208101906145de9190615988565b6001600160401b03169050858111156146145760405163a2fc5cfd60e01b81526004810182905260248101879052604401610997565b61461e818661592c565b9450506001016145ae565b508c545f90614646908690600160a01b900463ffffffff1661593f565b9050808411156146735760405163430d767360e01b81526004810185905260248101829052604401610997565b61467d8b8e614a3b565b98505f5b87811015614703575f816020026020018d015190505f816bffffffffffffffffffffffff1690506127108f826146b7919061593f565b6146c19190615956565b6146cb908c61592c565b9a506146dc83606084901c836125af565b8984815181106146ee576146ee6158a1565b60209081029190910101525050600101614681565b5061470d86614ba4565b99505050505050505093509350935093565b5f5f5b61472c84806158d3565b905081101561478e576001600160a01b03831661474985806158d3565b83818110614759576147596158a1565b905060200201602081019061476e919061519e565b6001600160a01b031603614786576001915050611b11565b600101614722565b505f5b61479e60208501856158d3565b9050811015614803576001600160a01b0383166147be60208601866158d3565b838181106147ce576147ce6158a1565b90506020020160208101906147e3919061519e565b6001600160a01b0316036147fb576001915050611b11565b600101614791565b505f9392505050565b606060ff83146148265761481f83614ce6565b9050611b11565b81805461483290615f33565b80601f016020809104026020016040519081016040528092919081815260200182805461485e90615f33565b80156148a95780601f10614880576101008083540402835291602001916148a9565b820191905f5260205f20905b81548152906001019060200180831161488c57829003601f168201915b50505050509050611b11565b6040516001600160a01b038481166024830152838116604483015260648201839052610fe79186918216906323b872dd906084016131cd565b5f5f5f8351604103614925576020840151604085015160608601515f1a61491788828585614d23565b955095509550505050614930565b505081515f91506002905b9250925092565b5f5f5f61494386614deb565b909250905061495381602061593f565b84146149885761496481602061593f565b60405163786ccf6f60e11b8152600481019190915260248101859052604401610997565b614993868686614eaf565b8185856040516020016149a893929190615f65565b60405160208183030381529060405280519060200120925050509392505050565b5f806149d9604060208587615f7e565b6149e291615fa5565b91505f60ff86166003146149f6575f614a0d565b614a04606060408688615f7e565b614a0d91615fa5565b9050614a3086614a2060205f888a615f7e565b614a2991615fa5565b8584612163565b915050935093915050565b5f3681614a4b60208501856159df565b614a5590806158d3565b9092509050365f614a6960408701876158d3565b9092509050365f614a7d60208901896159df565b614a8b9060408101906158d3565b915091505f5b83811015614b97575f858583818110614aac57614aac6158a1565b9050602002016020810190614ac19190615988565b6001600160401b031690505f878310614b2257614ae160208c018c6159df565b614aef9060208101906158d3565b614af98a86615975565b818110614b0857614b086158a1565b9050602002016020810190614b1d919061519e565b614b49565b888884818110614b3457614b346158a1565b9050602002016020810190614b49919061519e565b90505f858585818110614b5e57614b5e6158a1565b9050602002013583614b70919061593f565b9050614b7c818c61592c565b60609290921b1760208085028e010152985050600101614a91565b5050505050505092915050565b80515f90808203614bd757507fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a092915050565b6001811115614cc4575f6002614bee83600161592c565b614bf89190615956565b90505f5b81811015614cbc575f85614c1183600261593f565b81518110614c2157614c216158a1565b602002602001015190505f84836002614c3a919061593f565b614c4590600161592c565b10614c50575f614c80565b86614c5c84600261593f565b614c6790600161592c565b81518110614c7757614c776158a1565b60200260200101515b9050614c9582825f9182526020526040902090565b878481518110614ca757614ca76158a1565b60209081029190910101525050600101614bfc565b509050614bd7565b825f81518110614cd657614cd66158a1565b6020026020010151915050919050565b60605f614cf283614fba565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614d5c57505f91506003905082614de1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614dad573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116614dd857505f925060019150829050614de1565b92505f91508190505b9450945094915050565b5f805f1960ff841601614e2357507fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf6492600392509050565b60011960ff841601614e5a57507f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef92600892509050565b60021960ff841601614e9157507f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d92600592509050565b604051634a3ad8cb60e01b815260ff84166004820152602401610997565b60a0614ebf604060208486615f7e565b614ec891615fa5565b901c15614ee85760405163379a7a8760e11b815260040160405180910390fd5b60011960ff841601614f9f576040614f04608060608486615f7e565b614f0d91615fa5565b901c15614f2d5760405163379a7a8760e11b815260040160405180910390fd5b6040614f3d60a060808486615f7e565b614f4691615fa5565b901c15614f665760405163379a7a8760e11b815260040160405180910390fd5b6020614f7660c060a08486615f7e565b614f7f91615fa5565b901c1561274e5760405163379a7a8760e11b815260040160405180910390fd5b60021960ff84160161274e576040614f766060828486615f7e565b5f60ff8216601f811115611b1157604051632cd44ac360e21b815260040160405180910390fd5b5f5f83601f840112614ff1575f5ffd5b5081356001600160401b03811115615007575f5ffd5b6020830191508360208260051b8501011115615021575f5ffd5b9250929050565b6001600160a01b0381168114611266575f5ffd5b80356127df81615028565b5f5f5f60408486031215615059575f5ffd5b83356001600160401b0381111561506e575f5ffd5b61507a86828701614fe1565b909450925050602084013561508e81615028565b809150509250925092565b5f606082840312156150a9575f5ffd5b50919050565b5f5f83601f8401126150bf575f5ffd5b5081356001600160401b038111156150d5575f5ffd5b602083019150836020828501011115615021575f5ffd5b5f608082840312156150a9575f5ffd5b5f5f5f5f5f5f60a08789031215615111575f5ffd5b8635955060208701356001600160401b0381111561512d575f5ffd5b61513989828a01615099565b95505060408701356001600160401b03811115615154575f5ffd5b61516089828a016150af565b9095509350506060870135915060808701356001600160401b03811115615185575f5ffd5b61519189828a016150ec565b9150509295509295509295565b5f602082840312156151ae575f5ffd5b8135610b6681615028565b5f5f5f5f608085870312156151cc575f5ffd5b8435935060208501356001600160401b038111156151e8575f5ffd5b6151f487828801615099565b93505060408501356001600160401b0381111561520f575f5ffd5b61521b878288016150ec565b92505060608501356001600160401b03811115615236575f5ffd5b615242878288016150ec565b91505092959194509250565b5f6020828403121561525e575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6004811061529557634e487b7160e01b5f52602160045260245ffd5b9052565b6001600160a01b038b16815263ffffffff8a1660208201526001600160401b0389166040820152606081018890526001600160801b038716608082015264ffffffffff861660a082015261ffff851660c082015261014081016152ff60e0830186615279565b6001600160401b0393909316610100820152610120015298975050505050505050565b5f5f60208385031215615333575f5ffd5b82356001600160401b03811115615348575f5ffd5b61535485828601614fe1565b90969095509350505050565b5f610140828403128015615372575f5ffd5b509092915050565b5f604082840312156150a9575f5ffd5b5f5f5f5f5f610100868803121561539f575f5ffd5b8535945060208601356001600160401b038111156153bb575f5ffd5b6153c788828901615099565b94505060408601356001600160401b038111156153e2575f5ffd5b6153ee888289016150ec565b9350506153fe87606088016150ec565b915060e08601356001600160401b03811115615418575f5ffd5b6154248882890161537a565b9150509295509295909350565b5f5f5f60608486031215615443575f5ffd5b83359250602084013561545581615028565b915060408401356001600160401b0381111561546f575f5ffd5b61547b86828701615099565b9150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6154d160e0830189615485565b82810360408401526154e38189615485565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561553857835183526020938401939092019160010161551a565b50909b9a5050505050505050505050565b80356001600160401b03811681146127df575f5ffd5b5f5f60408385031215615570575f5ffd5b823561557b81615028565b915061558960208401615549565b90509250929050565b5f5f5f5f606085870312156155a5575f5ffd5b8435935060208501356001600160401b038111156155c1575f5ffd5b6155cd87828801615099565b93505060408501356001600160401b038111156155e8575f5ffd5b6155f4878288016150af565b95989497509550505050565b5f5f5f5f5f5f6101008789031215615616575f5ffd5b8635955060208701356001600160401b03811115615632575f5ffd5b61563e89828a01615099565b95505060408701356001600160401b03811115615659575f5ffd5b61566589828a016150af565b9095509350615679905088606089016150ec565b915060e08701356001600160401b03811115615693575f5ffd5b61519189828a0161537a565b803560ff811681146127df575f5ffd5b5f5f5f5f5f5f5f5f5f60a08a8c0312156156c7575f5ffd5b6156d08a61569f565b985060208a01356001600160401b038111156156ea575f5ffd5b6156f68c828d016150af565b90995097505060408a01356001600160401b03811115615714575f5ffd5b6157208c828d016150af565b90975095505060608a01356001600160401b0381111561573e575f5ffd5b61574a8c828d016150af565b90955093505060808a01356001600160401b03811115615768575f5ffd5b6157748c828d016150af565b915080935050809150509295985092959850929598565b5f5f6040838503121561579c575f5ffd5b50508035926020909101359150565b5f5f5f5f608085870312156157be575f5ffd5b6157c78561569f565b93506020850135925060408501356157de81615028565b9396929550929360600135925050565b63ffffffff81168114611266575f5ffd5b80356127df816157ee565b5f5f5f5f5f60a0868803121561581e575f5ffd5b61582786615549565b94506020860135615837816157ee565b935061584560408701615549565b925060608601359150608086013564ffffffffff81168114615865575f5ffd5b809150509295509295909350565b5f5f60408385031215615884575f5ffd5b82359150602083013561589681615028565b809150509250929050565b634e487b7160e01b5f52603260045260245ffd5b5f8235607e198336030181126158c9575f5ffd5b9190910192915050565b5f5f8335601e198436030181126158e8575f5ffd5b8301803591506001600160401b03821115615901575f5ffd5b6020019150600581901b3603821315615021575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115611b1157611b11615918565b8082028115828204841417611b1157611b11615918565b5f8261597057634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115611b1157611b11615918565b5f60208284031215615998575f5ffd5b610b6682615549565b6001600160801b038281168282160390811115611b1157611b11615918565b6001600160801b038181168382160190811115611b1157611b11615918565b5f8235605e198336030181126158c9575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b0381118282101715615a3657634e487b7160e01b5f52604160045260245ffd5b60405290565b61ffff81168114611266575f5ffd5b80356127df81615a3c565b5f610140828403128015615a68575f5ffd5b50615a71615a07565b615a7a8361503c565b8152615a8860208401615a4b565b6020820152615a9960408401615a4b565b6040820152615aaa60608401615a4b565b6060820152615abb60808401615a4b565b6080820152615acc60a08401615a4b565b60a0820152615add60c08401615a4b565b60c0820152615aee60e084016157ff565b60e0820152615b0061010084016157ff565b610100820152615b1361012084016157ff565b6101208201529392505050565b5f8135611b1181615a3c565b5f8135611b11816157ee565b8135615b4381615028565b81546001600160a01b0319166001600160a01b0391909116178155615b8d615b6d60208401615b20565b82805461ffff60a01b191660a09290921b61ffff60a01b16919091179055565b615bbc615b9c60408401615b20565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b615beb615bcb60608401615b20565b82805461ffff60c01b191660c09290921b61ffff60c01b16919091179055565b615c1a615bfa60808401615b20565b82805461ffff60d01b191660d09290921b61ffff60d01b16919091179055565b615c49615c2960a08401615b20565b82805461ffff60e01b191660e09290921b61ffff60e01b16919091179055565b615c7c615c5860c08401615b20565b8280546001600160f01b031660f09290921b6001600160f01b031916919091179055565b60018101615ca6615c8f60e08501615b2c565b825463ffffffff191663ffffffff91909116178255565b615cd8615cb66101008501615b2c565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b61274e615ce86101208501615b2c565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b6101408101615d3182615d248561503c565b6001600160a01b03169052565b615d3d60208401615a4b565b61ffff166020830152615d5260408401615a4b565b61ffff166040830152615d6760608401615a4b565b61ffff166060830152615d7c60808401615a4b565b61ffff166080830152615d9160a08401615a4b565b61ffff1660a0830152615da660c08401615a4b565b61ffff1660c0830152615dbb60e084016157ff565b63ffffffff1660e0830152615dd361010084016157ff565b63ffffffff16610100830152615dec61012084016157ff565b63ffffffff81166101208401525092915050565b5f60208284031215615e10575f5ffd5b610b668261569f565b6001600160401b038281168282160390811115611b1157611b11615918565b82815260408101610b666020830184615279565b5f8184825b85811015615e82578135615e6481615028565b6001600160a01b031683526020928301929190910190600101615e51565b509095945050505050565b5f6001600160fb1b03831115615ea1575f5ffd5b8260051b80858437919091019392505050565b5f8235603e198336030181126158c9575f5ffd5b5f5f8335601e19843603018112615edd575f5ffd5b8301803591506001600160401b03821115615ef6575f5ffd5b602001915036819003821315615021575f5ffd5b602081525f610b666020830184615485565b5f60208284031215615f2c575f5ffd5b5051919050565b600181811c90821680615f4757607f821691505b6020821081036150a957634e487b7160e01b5f52602260045260245ffd5b838152818360208301375f910160200190815292915050565b5f5f85851115615f8c575f5ffd5b83861115615f98575f5ffd5b5050820193919092039150565b80356020831015611b11575f19602084900360031b1b169291505056fea264697066735822122065cfe0ee07c8964e442be9a04d8cefbb70e150f5730a0f9ae3d0c75d2789c5ca64736f6c63430008250033",
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
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, bytes32 payoutRoot, uint128 escrow, uint40 deadline, uint16 feeBps, uint8 status, uint64 released, bytes32 awardHash)
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
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, bytes32 payoutRoot, uint128 escrow, uint40 deadline, uint16 feeBps, uint8 status, uint64 released, bytes32 awardHash)
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
	Deadline   *big.Int
	FeeBps     uint16
	Status     uint8
	Released   uint64
	AwardHash  [32]byte
}

// UnpackJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38ed7cfc.
//
// Solidity: function jobs(bytes32 jobId) view returns(address poster, uint32 groupSize, uint64 steps, bytes32 payoutRoot, uint128 escrow, uint40 deadline, uint16 feeBps, uint8 status, uint64 released, bytes32 awardHash)
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
	outstruct.Deadline = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.FeeBps = *abi.ConvertType(out[6], new(uint16)).(*uint16)
	outstruct.Status = *abi.ConvertType(out[7], new(uint8)).(*uint8)
	outstruct.Released = *abi.ConvertType(out[8], new(uint64)).(*uint64)
	outstruct.AwardHash = *abi.ConvertType(out[9], new([32]byte)).(*[32]byte)
	return *outstruct, nil
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
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotSettled"].ID.Bytes()[:4]) {
		return settlement.UnpackNotSettledError(raw[4:])
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

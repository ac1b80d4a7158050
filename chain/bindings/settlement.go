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
	JobId  [32]byte
	Award  SettlementAward
	Steps  []uint64
	Audits []uint64
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AwardAlreadyBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"bound\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"AwardMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadEvidenceEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadEvidenceLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadMemberIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"closedAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"opensAt\",\"type\":\"uint40\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ConvictedOfFault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"EscrowExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidAward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParam\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberDidNotSign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotAWinner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEquivocation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"NotOverpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSameSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NotUnderpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToRelease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"}],\"name\":\"NothingToSlash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PriceAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"allowedAt\",\"type\":\"uint256\"}],\"name\":\"RefundTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"SettleDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyAudits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManySteps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownEvidenceKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsortedSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"}],\"name\":\"UnsupportedFault\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"name\":\"AwardBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"name\":\"CreditCorrected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pending\",\"type\":\"address\"}],\"name\":\"GovernanceTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"audits\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"}],\"name\":\"JobEscrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"table\",\"type\":\"bytes\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structSettlement.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"offender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"UnbondStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AWARD_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_COMMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BID_REVEAL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_GARBAGE_DATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_MISSED_STEPS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_TAMPERED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_WRONG_RESULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_COMMIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BID_REVEAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FAULT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_STEP_RECEIPT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GROUP_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP_RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry\",\"name\":\"entry\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"challengeFault\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry\",\"name\":\"entry\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"challengeSteps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"winner\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"contribRoots\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"internalType\":\"structSettlement.StepProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"audits\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"settleDeadline\",\"type\":\"uint40\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePool\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"earning\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"last\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"end\",\"type\":\"uint40\"},{\"internalType\":\"uint128\",\"name\":\"streaming\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"owed\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"perShare\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"}],\"name\":\"hashAward\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isReleased\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"jobIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"jobs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"groupSize\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"audits\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"enumSettlement.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"released\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"awardHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"groupSize\",\"type\":\"uint256\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"}],\"name\":\"registerAward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSettlement.Entry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gross\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"}],\"name\":\"rewardsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"equivocationSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"faultSlashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay\",\"type\":\"uint32\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"steps\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"audits\",\"type\":\"uint64[]\"}],\"internalType\":\"structSettlement.JobPayout[]\",\"name\":\"batch\",\"type\":\"tuple[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"msgA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"msgB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slashEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structSettlement.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"posterSig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"accused\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"fault\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Fault\",\"name\":\"fault\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"members\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structSettlement.Quorum\",\"name\":\"quorum\",\"type\":\"tuple\"}],\"name\":\"slashFault\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"}],\"name\":\"slashKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakes\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"active\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"rewards\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"perSharePaid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Settlement",
	Bin: "0x6101a080604052346107dc57806162db803803809161001e82856107e0565b833981010361018081126107dc578151916001600160a01b038316918284036107dc5761014061005060208401610803565b91603f1901126107dc5760405161014081016001600160401b038111828210176107c85760405261008360408401610803565b815261009160608401610817565b602082019081526100a460808501610817565b604083019081526100b760a08601610817565b606084019081526100ca60c08701610817565b91608085019283526100de60e08801610817565b9360a086019485526100f36101008901610817565b9560c081019687526101086101208a01610826565b9760e082019889526101326101606101236101408d01610826565b9b61010085019c8d5201610826565b9a61012083019b8c526040516101496040826107e0565b600981526020810190680e8e4c2d2dcdacae6d60bb1b8252604051916101706040846107e0565b600183526020830191603160f81b835261018981610837565b61012052610196846109d9565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526101ff60c0826107e0565b5190206080523060c0521561079a576001600160a01b03169a8b156107675781516001600160a01b031615610736576103e861ffff845116116107075761ffff84511680159081156106fb575b506106b55761ffff85511680159081156106a9575b506106735761271061ffff875116116106395761271061ffff885116116106095761138861ffff895116118015906105f9575b6105c75763ffffffff89511680159081156105b9575b506105815763ffffffff8a51168015908115610573575b5061053f5763ffffffff8b511663ffffffff8a51168110908115610531575b506104fa57610160524361018052600280546001600160a01b0319168c17905551815183518551875189518b5160a09590951b61ffff60a01b166001600160a01b039690961695861760b09490941b61ffff60b01b169390931760c09290921b61ffff60c01b169190911760d09190911b61ffff60d01b161760e09190911b61ffff60e01b161760f09190911b6001600160f01b031916176004558751600580548b518d516001600160601b031990921663ffffffff9094169390931767ffffffff0000000060209490941b93909316929092176bffffffff0000000000000000604093841b161790556001600d55519a5f7f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a38a525161ffff1660208a01525161ffff1660408901525161ffff1660608801525161ffff1660808701525161ffff1660a08601525161ffff1660c08501525163ffffffff1660e08401525163ffffffff166101008301525163ffffffff166101208201526101407f57930c0b25b7aebfabfb24dd08c2118b0f5028a78cf55890b42bc0f00dadd17691a16040516157bd9081610b1e823960805181614ffd015260a051816150b4015260c05181614fc7015260e0518161504c0152610100518161507201526101205181611bca01526101405181611bf301526101605181818161028c015281816105f601528181612cb30152614e1f0152610180518161138e0152f35b604051634389d5ab60e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606490fd5b6301e133809150115f6102e0565b604051634389d5ab60e01b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606490fd5b6301e133809150115f6102c1565b604051634389d5ab60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b6301e133809150115f6102aa565b604051634389d5ab60e01b815260206004820152600960248201526871756f72756d42707360b81b6044820152606490fd5b5061271061ffff89511611610294565b604051634389d5ab60e01b8152602060048201526007602482015266626f6e6442707360c81b6044820152606490fd5b604051634389d5ab60e01b81526020600482015260116024820152707265706f7274657252657761726442707360781b6044820152606490fd5b604051634389d5ab60e01b815260206004820152600d60248201526c6661756c74536c61736842707360981b6044820152606490fd5b6127109150115f610261565b604051634389d5ab60e01b815260206004820152601460248201527f65717569766f636174696f6e536c6173684270730000000000000000000000006044820152606490fd5b6127109150115f61024c565b604051634389d5ab60e01b815260206004820152600660248201526566656542707360d01b6044820152606490fd5b604051634389d5ab60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606490fd5b604051634389d5ab60e01b815260206004820152600a602482015269676f7665726e616e636560b01b6044820152606490fd5b604051634389d5ab60e01b81526020600482015260056024820152643a37b5b2b760d91b6044820152606490fd5b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176107c857604052565b51906001600160a01b03821682036107dc57565b519061ffff821682036107dc57565b519063ffffffff821682036107dc57565b908151602081105f146108b1575090601f815111610871576020815191015160208210610862571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b6001600160401b0381116107c8575f54600181811c911680156109cf575b60208210146109bb57601f811161097d575b50602092601f821160011461091e57928192935f92610913575b50508160011b915f199060031b1c1916175f5560ff90565b015190505f806108fb565b601f198216935f8052805f20915f5b868110610965575083600195961061094d575b505050811b015f5560ff90565b01515f1960f88460031b161c191690555f8080610940565b9192602060018192868501518155019401920161092d565b818111156108e1575f805260205f20601f80840160051c809201920160051c03905f5b8281106109ae5750506108e1565b5f828201556001016109a0565b634e487b7160e01b5f52602260045260245ffd5b90607f16906108cf565b908151602081105f14610a04575090601f815111610871576020815191015160208210610862571790565b6001600160401b0381116107c857600154600181811c91168015610b13575b60208210146109bb57601f8111610ad4575b50602092601f8211600114610a7357928192935f92610a68575b50508160011b915f199060031b1c19161760015560ff90565b015190505f80610a4f565b601f1982169360015f52805f20915f5b868110610abc5750836001959610610aa4575b505050811b0160015560ff90565b01515f1960f88460031b161c191690555f8080610a96565b91926020600181928685015181550194019201610a83565b81811115610a355760015f5260205f20601f80840160051c809201920160051c03905f5b828110610b06575050610a35565b5f82820155600101610af8565b90607f1690610a2356fe6102e06040526004361015610012575f80fd5b5f3560e01c806301b4023014613464578063045eed9f146131ad57806316934fc41461313857806317754cd51461311c57806319d878ff14612f485780631f30e0cb14612f2a578063238efcbc14612e83578063249d39e914612e6757806327de9e3214612d2457806327e235e314612cec5780632e1a7d4d14612c335780633262cc1b14611ce4578063372500ab14612b7457806338ed7cfc14612ab05780633b00feb1146103485780634262336014612a6a578063479ba7ae146129005780635aa6e675146128d85780635c21868c1461226757806361b143df1461223a57806363ac503f14611eef5780637249fbb614611d3457806377c36fd614611ce957806379b2469e14611ce45780637a24c0c51461056b57806380c2401a14611caa57806384b0196e14611bb25780638f3729e314611b7857806391bfae2b14611b3e5780639d18558814611b05578063a079bac0146113b1578063a3ec191a14611377578063a694fc3a14611270578063ac2fc23f146111d4578063ae2e933b14611170578063ae3dcc8314610ca8578063b0a4d9fd146109d2578063b18ff35d14610998578063b2fc5b591461064e578063bed9d86114610570578063bf8ad8b61461056b578063c58153f614610540578063c791ddcd14610343578063cff0ab96146104aa578063d295bf091461046a578063d38bfff4146103cb578063d55be8c6146103af578063deb9663414610391578063dfcae6221461034d578063e039226c14610348578063ecd21e6d14610343578063f141447a14610309578063f39c38a0146102e1578063f698da25146102bf5763fc0c546a14610277575f80fd5b346102bb575f3660031901126102bb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346102bb575f3660031901126102bb5760206102d9614fc4565b604051908152f35b346102bb575f3660031901126102bb576003546040516001600160a01b039091168152602090f35b346102bb575f3660031901126102bb5760206040517f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef8152f35b61398a565b6138e5565b346102bb5760403660031901126102bb57610366613853565b6004355f52600760205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b346102bb575f3660031901126102bb5760206040516301e133808152f35b346102bb575f3660031901126102bb5760206040516103e88152f35b346102bb5760203660031901126102bb576103e4613869565b6002546001600160a01b0316903382900361045757610401613ebd565b600380546001600160a01b0319166001600160a01b03929092169182179055907f1c4bb4e3cab7b72da7eb9f0ae62554dda85dc7fb907c946ad2776095b95ac1ad5f80a35f5f5160206157685f395f51905f525d005b63988d1f0360e01b5f523360045260245ffd5b346102bb5760803660031901126102bb5761048361397a565b6044356001600160a01b03811681036102bb576020916102d9916064359160243590613e86565b346102bb575f3660031901126102bb5761014060045463ffffffff6005546040519260018060a01b038116845261ffff8160a01c16602085015261ffff8160b01c16604085015261ffff8160c01c16606085015261ffff8160d01c16608085015261ffff8160e01c1660a085015260f01c60c084015281811660e0840152818160201c1661010084015260401c16610120820152f35b346102bb5760403660031901126102bb576020610561602435600435613e05565b6040519015158152f35b613900565b346102bb575f3660031901126102bb57610588613ebd565b335f52600a60205260405f20805460801c801561063f576001600160401b036001830154169182421061062c5761061a92506001600160801b0381541690556040518181527f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc60203392a2337f000000000000000000000000000000000000000000000000000000000000000061492f565b5f5f5160206157685f395f51905f525d005b82631a28814f60e21b5f5260045260245ffd5b630686827b60e51b5f5260045ffd5b346102bb5760a03660031901126102bb5761066761397a565b6024356001600160401b0381116102bb5761068690369060040161387f565b90916044356001600160401b0381116102bb576106a790369060040161387f565b9390926064356001600160401b0381116102bb576106c990369060040161387f565b9590946084356001600160401b0381116102bb576106eb90369060040161387f565b926106f4613ebd565b61072161071861070587898b615414565b966107118c8c8c615414565b988a615524565b9a909989615524565b905089036109895785851461097a576107839561077b8961076d936107756107759761076d849b610750614fc4565b6042916040519161190160f01b8352600283015260228201522090565b923691613a97565b90614f6d565b610750614fc4565b61ffff60045460b01c16926127106107c660018060a01b03851695865f52600a6020526107c160405f20546001600160801b038160801c9116613a4e565b613a10565b0492815f52600e60205260ff60405f205416610967578315610954579361088661085b6108666001600160801b036107ff602099614899565b5f888152600e8c5260409020805460ff191660011790558154919491831690818b1161094a578361084c8c935b8261083a8187168093613b3c565b1683198a541617895582845416613b3c565b16841982541617905589613a41565b16825460801c613b3c565b81546001600160801b031660809190911b6001600160801b031916179055565b61271061089c61ffff60045460d01c1686613a10565b048061092d575b8085116108fc575b60ff60405194168452848685015260408401527f867b1d2fac067e2a31713f01e702468335f53462160bd8732a23d47344fecb7560603394a45f5f5160206157685f395f51905f525d604051908152f35b6109068186613a41565b60018060a01b03600454165f526009875261092660405f20918254613a4e565b90556108ab565b335f526009865260405f20610943828254613a4e565b90556108a3565b8361084c8361082c565b84630752994b60e51b5f5260045260245ffd5b506316e5043d60e01b5f5260045260245ffd5b630b69ebb360e01b5f5260045ffd5b63711c3ecd60e01b5f5260045ffd5b346102bb575f3660031901126102bb5760206040517f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb028152f35b346102bb5760c03660031901126102bb576004356001600160401b0381168082036102bb5760243563ffffffff8116918282036102bb57604435936001600160401b038516938486036102bb576064359463ffffffff8616918287036102bb576084359560a43564ffffffffff8116958682036102bb57610a51613ebd565b83158015610c9d575b610c6b578415610c3d578815610c2e576001600160601b038911610c1b5742871115610be457610a8a9033613dd3565b98895f52600660205260405f209a60028c019360ff855460b81c16610aae816138c7565b610bd15760a01b63ffffffff60a01b16331760c09190911b6001600160c01b031916178b5560209a610bb99998979695949392610b499290917fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a0906001015583546001600160a81b0319166001600160601b038b161760609190911b63ffffffff60601b161760809190911b64ffffffffff60801b16178255565b6004548154600160b81b9161ffff60a81b9060081b169062ffffff60a81b191617179055604051948552888501526040840152606083015282608083015260a0820152837fa2f6af8bfea277dde36fa7e0e70858bc0febc917e56e83c5621e8cb853f6f14c60c03393a333614e09565b5f5f5160206157685f395f51905f525d604051908152f35b8b639e2b4bfd60e01b5f5260045260245ffd5b6040516333991d4960e11b815260206004820152600e60248201526d736574746c65446561646c696e6560901b6044820152606490fd5b886304041d9560e11b5f5260045260245ffd5b631f2a200560e01b5f5260045ffd5b6040516333991d4960e11b8152602060048201526005602482015264737465707360d81b6044820152606490fd5b6040516333991d4960e11b815260206004820152600960248201526867726f757053697a6560b81b6044820152606490fd5b506101008411610a5a565b346102bb576101003660031901126102bb576004356024356001600160401b0381116102bb578060040190606060031982360301126102bb576044356001600160401b0381116102bb57610d0090369060040161387f565b9360803660631901126102bb5760e435946001600160401b0386116102bb57604060031987360301126102bb57610d35613ebd565b815f52600660205260405f209560ff600288015460b81c1691610d57836138c7565b821561115957600160ff610d69613c77565b16108015611145575b611128576003880154610db195610da3949091156110db57505050610d988688856146b7565b600401858784614a04565b610dab613c4d565b90613e51565b926001600160a01b03610dc2613c4d565b165f52600a602052610de560405f20546001600160801b038160801c9116613a4e565b92600160ff610df2613c77565b16036110bb57610e00613c4d565b905f93610e0d82806139db565b60248301949150610e29610e2186866139db565b905082613a4e565b946001600160a01b03909216915f5b86811061101b5750505050505050610e5b61271092610e6b925460c01c90613a10565b61ffff60045460e01c1690613a10565b04908082101561101457505b610e7f613c4d565b610e87613c77565b92805f52600e60205260ff60405f205416611002578215610fe157610f0b6020946108666001600160801b0361085b610ebf87614899565b9094875f52600e8b5260ff60405f20911660ff198254161790558285541690818a11155f14610fd75783610efc8b938261083a8187168093613b3c565b16841982541617905588613a41565b612710610f2161ffff60045460d01c1685613a10565b0480610fba575b808411610f89575b6040519060048252848683015260408201527f867b1d2fac067e2a31713f01e702468335f53462160bd8732a23d47344fecb756060339460018060a01b031692a45f5f5160206157685f395f51905f525d604051908152f35b610f938185613a41565b60018060a01b03600454165f5260098652610fb360405f20918254613a4e565b9055610f30565b335f526009855260405f20610fd0828254613a4e565b9055610f28565b83610efc8361082c565b50630752994b60e51b5f9081526001600160a01b0391909116600452602490fd5b6316e5043d60e01b5f5260045260245ffd5b9050610e77565b82811015611095578361104061103b836110358a806139db565b90613ef2565b613c63565b6001600160a01b0316148061107b575b61105d575b600101610e38565b975060016110728961103560448801896139db565b35989050611055565b508861108e82611035604489018a6139db565b3511611050565b836110b661103b6110a6858a6139db565b6110b08887613a41565b91613ef2565b611040565b5050506110d56127109161ffff60045460c01c1690613a10565b04610e77565b6001906110e7816138c7565b03611108576110fb90611103923691613a97565b878986613fe3565b610d98565b6111039161077560018060a01b038b54169261076d61077b8c868b613cc2565b60ff611132613c77565b63cbe050f560e01b5f521660045260245ffd5b50600460ff611152613c77565b1611610d72565b8363276065d160e21b5f526004525f60245260445ffd5b346102bb575f3660031901126102bb5760c0600b54600c54600d549064ffffffffff604051936001600160801b0381168552818160801c16602086015260a81c1660408401526001600160801b038116606084015260801c608083015260a0820152f35b346102bb5760603660031901126102bb576004356024356001600160401b0381116102bb57606060031982360301126102bb576044356001600160401b0381116102bb5761122690369060040161387f565b611231939193613ebd565b61123a82613f9e565b90600382015461125d5761061a94611253913691613a97565b9260040191613fe3565b82636b270f6160e11b5f5260045260245ffd5b346102bb5760203660031901126102bb5760043561128c613ebd565b8015610c2e5761129b33614899565b6112af836001600160801b03845416613a4e565b6001600160801b03811161136457916001916001600160801b038061061a969516166001600160801b03198354161782556001600160801b036112f781861682845416613b5c565b166001600160801b0319825416179055016001600160401b038154161561134c575b506040518181527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a233614e09565b805467ffffffffffffffff1916600117905582611319565b836304041d9560e11b5f5260045260245ffd5b346102bb575f3660031901126102bb5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102bb5760203660031901126102bb576004356001600160401b0381116102bb576113e1903690600401613823565b61020052610240526113f1613ebd565b64ffffffffff61140963ffffffff6005541642613a4e565b16610280525f6101c0819052610260525b610200516102605110611452576101c051611441575f5f5160206157685f395f51905f525d005b61144d6101c0516147f7565b61061a565b6114666102605161020051610240516139a5565b6102a0526040516101a0526102a051356101805261148661018051613f9e565b610100819052546001600160a01b03163303611aeb5764ffffffffff600261010051015460801c1680421015611ad257506114f46114cd60206102a051016102a051614df4565b602061012081905260405191906114e49083613a5b565b5f8252610100516101805161421d565b600261010051015460e0525f6101e0525f6101e05261155461152861152260206102a051016102a051614df4565b806139db565b905061154c61154060206102a051016102a051614df4565b610120518101906139db565b919050613a4e565b8061156860406102a051016102a0516139db565b905003611abf5760606102a051016102c05261158a6102c0516102a0516139db565b9050151580611aa4575b611a7c57600581901b6001600160fb1b0382168203611a68576115c96115b982613a7c565b6040516101405261014051613a5b565b8061014051526115db601f1991613a7c565b0136610120516101405101376116016115f382613dbc565b60405160c05260c051613a5b565b8060c05152601f1961161282613dbc565b01366101205160c05101376101005154908160c01c5f9061163c60406102a051016102a0516139db565b905f915b858310611a1a5750505063ffffffff61165e92939460a01c16613a10565b90818111611a055750506116786102c0516102a0516139db565b5f915f915b8083106119dd5750505063ffffffff60e05160601c16908181116119c85750505f6080526102a0516116b790611522906020810190614df4565b6116ca60406102a051016102a0516139db565b610220526116de6102c0516102a0516139db565b926116ff6116f560206102a051016102a051614df4565b60408101906139db565b5f6101605290939092905b6102205161016051106118d157505050505050505f5b81811061185a57505061173460c051615573565b6001600160601b0360e051168060805111611844576117696001600160601b0392918392600161010051015560805190613a41565b16166001600160601b03196002610100510154161760026101005101556117b761028051600261010051019081549064ffffffffff60801b9060801b169064ffffffffff60801b1916179055565b600160b91b60ff60b81b196002610100510154161760026101005101556040516101205181527f357e2168f73ffce5fedb878dc3f9b75a4a7c232967790692abcb836de5c1263a6101805191806118166101205182016101405161391b565b0390a26101a0516040526118306101e0516101c051613a4e565b6101c052600161026051016102605261141a565b63f9f8089160e01b5f526101805160045260245ffd5b6001906118be610120518260051b610140510101516001600160601b0381169061189d61271061189361ffff60e05160a81c1685613a10565b046101e051613a4e565b6101e05260408051858152606092831c602082015290810192909252902090565b6118ca8260c0516153c6565b5201611720565b6119366001600160401b036118f56118f0610160516102205186613ef2565b613acd565b168761199f575b5f60a0528461016051105f1461196e5761191d61103b61016051878c613ef2565b60a0525b61192f610160518789613ef2565b3590613a10565b61194281608051613a4e565b60805260a05160601b17610120516101605160051b61014051010152600161016051016101605261170a565b61199761103b61198a61154060206102a051016102a051614df4565b6110b08961016051613a41565b60a052611921565b6119c3906001600160401b036119bc6118f0610160518c89613ef2565b1690613a4e565b6118fc565b6316f9a75560e01b5f5260045260245260445ffd5b9091926119fc6001916001600160401b036119bc6118f0888789613ef2565b9301919061167d565b63430d767360e01b5f5260045260245260445ffd5b9091936001600160401b03611a336118f0878587613ef2565b1690848211611a5157600191611a4891613a4e565b94019190611640565b848263a2fc5cfd60e01b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b611a8c6102c0516102a0516139db565b9190506355c5b3e360e11b5f5260045260245260445ffd5b5080611ab66102c0516102a0516139db565b90501415611594565b611a8c60406102a051016102a0516139db565b632d46907760e21b5f526101805160045260245260445ffd5b63efbf493960e01b5f52610180516004523360245260445ffd5b346102bb5760403660031901126102bb57611b1e613869565b602435906001600160401b03821682036102bb576020916102d991613dd3565b346102bb575f3660031901126102bb5760206040517f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d8152f35b346102bb575f3660031901126102bb5760206040517fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf648152f35b346102bb575f3660031901126102bb57611c4e611bee7f00000000000000000000000000000000000000000000000000000000000000006151d3565b611c177f00000000000000000000000000000000000000000000000000000000000000006152f6565b6020611c5c60405192611c2a8385613a5b565b5f84525f368137604051958695600f60f81b875260e08588015260e087019061391b565b90858203604087015261391b565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110611c9357505050500390f35b835185528695509381019392810192600101611c84565b346102bb575f3660031901126102bb5760206040517f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a19336258152f35b6138ac565b346102bb5760603660031901126102bb57611d02613853565b6044356001600160401b0381116102bb57606060031982360301126102bb576020916102d99160040190600435613cc2565b346102bb5760203660031901126102bb57600435611d50613ebd565b805f52600660205260405f20906002820191825460ff8160b81c16611d74816138c7565b60028103611e4e575064ffffffffff8160801c16804210611e3857507ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe183916001600160601b036020925b865477ff0000000000000000000000ffffffffffffffffffffffff1916600360b81b179096559094169384611e12575b546040519485526001600160a01b031693a35f5f5160206157685f395f51905f525d005b60018060a01b038154165f526009825260405f20611e31868254613a4e565b9055611dee565b8363205b79cb60e21b5f5260045260245260445ffd5b611e57816138c7565b60018103611ecf5750611e7f63ffffffff60055460201c1664ffffffffff8360801c16613a4e565b804210611eb957507ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe183916001600160601b03602092611dbe565b83632d1d8e9f60e01b5f5260045260245260445ffd5b63276065d160e21b5f526004849052611ee7816138c7565b60245260445ffd5b346102bb576101003660031901126102bb576024356004356001600160401b0382116102bb578160040191606060031982360301126102bb57604435926001600160401b0384116102bb57608060031985360301126102bb5760803660631901126102bb5760e435906001600160401b0382116102bb57604060031983360301126102bb57611f7c613ebd565b611f8584614646565b92611f918285876146b7565b60ff611f9b613c77565b1692600184149384158061222f575b80612224575b6122125750611fc490600401838688614a04565b602486013592611fd48484614c5e565b6001600160a01b03611fe4613c4d565b166001600160a01b03909116036121ea57156121df5760a4356001600160401b038116908181036102bb57505f1901916001600160401b038311611a68576120479361103561203f9260446001600160401b039501906139db565b359116613a10565b80935b604481013593828511156121c857836120836001600160601b0396946121479460029461214c98612079613c4d565b92600401916146e3565b01946121476120b461ffff885460a81c166127106120ad816120a5848a613a10565b049286613a10565b0490613a41565b61214260016120c1614cd8565b0180546001600160801b03169490858410156121b5576001600160801b03806120eb868099613a41565b16166001600160801b031982541617905560018060a01b036004541696875f52600960205260405f205497886121218887613a41565b10156121af576121318786613a41565b985b8980612191575b505050613a41565b613a41565b613a4e565b166001600160601b03825416016001600160601b038111611a68576001600160601b03166001600160601b03198254161790555f5f5160206157685f395f51905f525d005b61219a91613a41565b905f52600960205260405f20558b808961213a565b88612133565b6001600160801b03806120eb8880613a41565b8285634b86679360e01b5f5260045260245260445ffd5b5050505f809361204a565b6121f2613c4d565b6363a7ccd760e11b5f9081526001600160a01b0391909116600452602490fd5b63cbe050f560e01b5f5260045260245ffd5b506004811415611fb0565b506002811415611faa565b346102bb5760203660031901126102bb576004355f52600e602052602060ff60405f205416604051908152f35b346102bb576101403660031901126102bb576002546001600160a01b0316330361045757612293613ebd565b60405161014081018181106001600160401b038211176128c4576040526122b8613869565b908181526122c4613be7565b91602082019283526122d4613bf8565b604083019081526122e3613c09565b606084019081526122f2613c1a565b60808501908152612301613c2b565b9160a08601928352612311613c3c565b9360c0870194855261232161393f565b9760e08801988952612331613952565b966101008901978852610120612345613966565b99019889526001600160a01b0316156128935761ffff6103e891511611612864575161ffff168015908115612858575b5061281b575161ffff16801590811561280f575b506127d95761ffff6127109151161161279f5761ffff6127109151161161276f5761138861ffff825116119081159161275d575b5061272b5763ffffffff835116801590811561271d575b506126e5575163ffffffff1680159081156126d7575b506126a35763ffffffff809151169151168110908115612695575b5061265e576004356001600160a01b038116908181036102bb57506001600160601b0360a01b600454161760045560243561ffff811681036102bb576004546044359161ffff831683036102bb576064359061ffff821682036102bb576084359161ffff831683036102bb5760a4359361ffff851685036102bb5760c43561ffff811681036102bb5760e09590951b61ffff60e01b1660d09490941b61ffff60d01b166001600160a01b0390911660a09390931b61ffff60a01b169290921760b09590951b61ffff60b01b169490941760c09490941b61ffff60c01b1693909317929092179190911760f09190911b6001600160f01b0319161760045563ffffffff60e435908116908181036102bb575060055490610104359063ffffffff821682036102bb57610124359063ffffffff821682036102bb576bffffffff00000000000000008267ffffffff00000000935060401b16936001600160601b031916179160201b1617176005557f57930c0b25b7aebfabfb24dd08c2118b0f5028a78cf55890b42bc0f00dadd17661014060405160018060a01b036125a7613869565b16815261ffff6125b5613be7565b16602082015261ffff6125c6613bf8565b16604082015261ffff6125d7613c09565b16606082015261ffff6125e8613c1a565b16608082015261ffff6125f9613c2b565b1660a082015261ffff61260a613c3c565b1660c082015263ffffffff61261d61393f565b1660e082015263ffffffff612630613952565b1661010082015263ffffffff612644613966565b16610120820152a15f5f5160206157685f395f51905f525d005b604051634389d5ab60e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606490fd5b6301e1338091501181612405565b604051634389d5ab60e01b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606490fd5b6301e13380915011836123ea565b604051634389d5ab60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b6301e13380915011846123d4565b604051634389d5ab60e01b815260206004820152600960248201526871756f72756d42707360b81b6044820152606490fd5b612710915061ffff90511611846123bd565b604051634389d5ab60e01b8152602060048201526007602482015266626f6e6442707360c81b6044820152606490fd5b604051634389d5ab60e01b81526020600482015260116024820152707265706f7274657252657761726442707360781b6044820152606490fd5b604051634389d5ab60e01b815260206004820152600d60248201526c6661756c74536c61736842707360981b6044820152606490fd5b61271091501187612389565b604051634389d5ab60e01b815260206004820152601460248201527365717569766f636174696f6e536c61736842707360601b6044820152606490fd5b61271091501188612375565b604051634389d5ab60e01b815260206004820152600660248201526566656542707360d01b6044820152606490fd5b604051634389d5ab60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606490fd5b634e487b7160e01b5f52604160045260245ffd5b346102bb575f3660031901126102bb576002546040516001600160a01b039091168152602090f35b346102bb5760203660031901126102bb57612919613869565b612921613b7c565b9060018060a01b03165f52600a60205260405f20906040519060a082018281106001600160401b038211176128c45760405282546001600160801b038116835260801c602083015260026001840154936001600160401b03851660408501526001600160801b03606085019560401c1685520154926080830193845260a0820151916001600160801b038151166129f0575b60206102d98569d3c21bcecceda10000006129e9896129e3896001600160801b03808b5116965116925190613a41565b90613a10565b0490613a4e565b6129fd8194939294614971565b9469d3c21bcecceda100000086029580870469d3c21bcecceda10000001490151715611a68576129e36102d9956001600160801b0380612a5b69d3c21bcecceda100000097612a5560209c846129e99a511690613a23565b90613a4e565b979850505093505094506129b3565b346102bb5760203660031901126102bb576001600160a01b03612a8b613869565b165f52600a60205260206102d960405f20546001600160801b038160801c9116613a4e565b346102bb5760203660031901126102bb576004355f52600660205261016060405f20805490600181015490600281015490600360ff8360b81c16910154926040519460018060a01b038116865263ffffffff8160a01c16602087015260c01c604086015260608501526001600160601b038216608085015263ffffffff8260601c1660a085015264ffffffffff8260801c1660c085015261ffff8260a81c1660e0850152612b5d816138c7565b61010084015260c01c610120830152610140820152f35b346102bb575f3660031901126102bb57612b8c613ebd565b6001612b9733614899565b9101906001600160801b03825460401c1690811561063f576001612bd891602094600160401b600160c01b031981541690550161086683825460801c613b3c565b335f526009825260405f20612bee828254613a4e565b90556040518181527ffc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe833392a25f5f5160206157685f395f51905f525d604051908152f35b346102bb5760203660031901126102bb57600435612c4f613ebd565b8015610c2e57335f52600960205260405f2054808211612cd75790612c778161061a93613a41565b335f52600960205260405f20556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2337f000000000000000000000000000000000000000000000000000000000000000061492f565b63cf47918160e01b5f5260045260245260445ffd5b346102bb5760203660031901126102bb576001600160a01b03612d0d613869565b165f526009602052602060405f2054604051908152f35b346102bb5760203660031901126102bb57600435612d40613ebd565b8015610c2e57612d4f33614899565b906001600160801b0381541691828411612e5057612dc76001600160401b0393612de7926001600160801b03612d888189168094613b3c565b166001600160801b03198654161785556001600160801b03612dad8382845416613b3c565b166001600160801b0319825416179055835460801c613b5c565b82546001600160801b031660809190911b6001600160801b031916178255565b600182612dff63ffffffff60055460401c1642613a4e565b169101908219825416178155541660405191825260208201527f945550dce0b42f10b5539395a8a3a7ee163db05456fe2de922d98564e641c49c60403392a25f5f5160206157685f395f51905f525d005b50506322df051360e11b5f5260045260245260445ffd5b346102bb575f3660031901126102bb5760206040516127108152f35b346102bb575f3660031901126102bb57612e9b613ebd565b600354336001600160a01b03821614801590612f22575b612f0f57600254336001600160a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b03199081163317600255166003555f5f5160206157685f395f51905f525d005b638396ca0960e01b5f523360045260245ffd5b503315612eb2565b346102bb5760203660031901126102bb5760206102d9600435613b01565b346102bb5760803660031901126102bb576024356004356001600160401b0382116102bb5781600401606060031984360301126102bb57604435906001600160401b0382116102bb57608060031983360301126102bb576064356001600160401b0381116102bb576080816004019160031990360301126102bb57612fcb613ebd565b612fd484614646565b94612fe08387876146b7565b602484013592612ff08482614319565b93612ffb8588613e51565b5f52600e60205260ff60405f20541661310d576110358260446001600160401b03613035886118f061303e9a8f8f9a8e9161192f9c614391565b169501906139db565b92604483013593848111156130f7576130ca8561ffff600289613094612710996120ad996107c1996130d19e61308a6130838f9c8b61307c91613a41565b838561460c565b809a613a4e565b93600401916146e3565b016001600160601b036130ac81851682845416613ae1565b166001600160601b03198254161781555460a81c1693849188613a4e565b0493613a10565b806130e8575f5f5160206157685f395f51905f525d005b6130f1906147f7565b8061061a565b8463521ab31960e11b5f5260045260245260445ffd5b634f7d848160e01b5f5260045ffd5b346102bb575f3660031901126102bb5760206040516101008152f35b346102bb5760203660031901126102bb576001600160a01b03613159613869565b165f52600a60205260a060405f208054906001600160801b03600260018301549201549160405193828116855260801c60208501526001600160401b038116604085015260401c1660608301526080820152f35b346102bb5760a03660031901126102bb576004356024356001600160401b0381116102bb578060040190606060031982360301126102bb576044356001600160401b0381116102bb5761320490369060040161387f565b91909260643591608435916001600160401b0383116102bb576080836004019360031990360301126102bb57613238613ebd565b61324187613f9e565b95600287019564ffffffffff875460801c1680421061344e576132709063ffffffff60055460201c1690613a4e565b80421015613438575061329091613288913691613a97565b82888a613fe3565b61329a8482614319565b936132a58589613f6e565b61310d576110358260446001600160401b03613035886118f06132d09a8f8f9a61192f9b8f92614391565b92845f52600760205260405f2060018060a01b0383165f5260205260405f20549384811115613422576133cc61ffff604095879561334a6133436133fb9761333c7f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd9c61271099613a41565b908d61460c565b8098613a4e565b8a5f526007602052885f2060018060a01b0383165f52602052885f20556001600160601b0361337e81891682855416613ae1565b166001600160601b031983541617825560018060a01b031680997f018ebeb0b47d6b51edd49e863b83fc8e4a257babf59cc01d51921250795f57a360208a518a8152a35460a81c1684613a10565b04826133d9828095613a41565b875f5260096020526133ef865f20918254613a4e565b90558161341957613a41565b9082519182526020820152a25f5f5160206157685f395f51905f525d005b612142826147f7565b8463db2e106360e01b5f5260045260245260445ffd5b89630545f9d360e21b5f5260045260245260445ffd5b8963b4812f4d60e01b5f5260045260245260445ffd5b346102bb5760403660031901126102bb576004356001600160401b0381116102bb57613494903690600401613823565b9061349d613853565b916134a6613ebd565b5f915f915f915f915b80831061356d5750505082159081613564575b5061354657917f82e416ba72d10e709b5de7ac16f5f49ff1d94f22d55bf582d353d3c313a1e8dd6040846134f860209686613a41565b9360018060a01b031693845f5260098752613517835f20918254613a4e565b90556135238186613a41565b90825191825286820152a25f5f5160206157685f395f51905f525d604051908152f35b634b90c98b60e11b5f9081526001600160a01b038416600452602490fd5b905015846134c2565b9091939461357c8583856139a5565b908135805f52600660205260405f20926002840190815460ff8160b81c166135a3816138c7565b600281141590816137da575b506137c75764ffffffffff9060801c16804210611e385750906040613617836135de60608f98979601826139db565b613611602084939401359586930135809a84909160609260405192835260018060a01b0316602083015260408201522090565b92613f02565b6001870154036137b157604081101561374457815460c01c90600182821c1661372e5782546001600160c01b0316600190911b90911760c01b6001600160c01b031916178155612710906136759061ffff905b5460a81c1685613a10565b04936136818b83613f6e565b6136a75750509161369761369d92600194613a4e565b97613a4e565b945b0191906134af565b7ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe1839299989750846136ee91859660209496116136fe575b546001600160a01b031695613a41565b604051908152a36001809361369f565b6137088288613a41565b60018060a01b038254165f526009855261372760405f20918254613a4e565b90556136de565b8363a2dc74e760e01b5f5260045260245260445ffd5b600160ff82161b90835f52600860205260405f208160081c90815f5260205260405f20549183831661379b5750926136759261ffff9261271095875f52600860205260405f20905f526020521760405f205561366a565b8563a2dc74e760e01b5f5260045260245260445ffd5b82631f1b9d2d60e11b5f5260045260245260445ffd5b83631d46cb0560e01b5f5260045260245ffd5b600391506137e7816138c7565b148015906137f6575b8d6135af565b507fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a06001870154146137f0565b9181601f840112156102bb578235916001600160401b0383116102bb576020808501948460051b0101116102bb57565b602435906001600160a01b03821682036102bb57565b600435906001600160a01b03821682036102bb57565b9181601f840112156102bb578235916001600160401b0383116102bb57602083818601950101116102bb57565b346102bb575f3660031901126102bb57602060405160028152f35b600411156138d157565b634e487b7160e01b5f52602160045260245ffd5b346102bb575f3660031901126102bb57602060405160018152f35b346102bb575f3660031901126102bb57602060405160048152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60e4359063ffffffff821682036102bb57565b610104359063ffffffff821682036102bb57565b610124359063ffffffff821682036102bb57565b6004359060ff821682036102bb57565b346102bb575f3660031901126102bb57602060405160038152f35b91908110156139c75760051b81013590607e19813603018212156102bb570190565b634e487b7160e01b5f52603260045260245ffd5b903590601e19813603018212156102bb57018035906001600160401b0382116102bb57602001918160051b360383136102bb57565b81810292918115918404141715611a6857565b8115613a2d570490565b634e487b7160e01b5f52601260045260245ffd5b91908203918211611a6857565b91908201809211611a6857565b90601f801991011681019081106001600160401b038211176128c457604052565b6001600160401b0381116128c457601f01601f191660200190565b929192613aa382613a7c565b91613ab16040519384613a5b565b8294818452818301116102bb578281602093845f960137010152565b356001600160401b03811681036102bb5790565b906001600160601b03809116911603906001600160601b038211611a6857565b613b119060045460f01c90613a10565b612710810190818111611a685761270f01908111611a6857612710900480613b395750600190565b90565b906001600160801b03809116911603906001600160801b038211611a6857565b906001600160801b03809116911601906001600160801b038211611a6857565b6040519060c082018281106001600160401b038211176128c4576040528164ffffffffff600b546001600160801b0381168352818160801c16602084015260a81c166040820152600c546001600160801b038116606083015260801c608082015260a0600d54910152565b6024359061ffff821682036102bb57565b6044359061ffff821682036102bb57565b6064359061ffff821682036102bb57565b6084359061ffff821682036102bb57565b60a4359061ffff821682036102bb57565b60c4359061ffff821682036102bb57565b6064356001600160a01b03811681036102bb5790565b356001600160a01b03811681036102bb5790565b60843560ff811681036102bb5790565b905f905b808210613c985750505090565b90919283359060018060a01b0382168092036102bb57602081600193829352019401920190613c8b565b91613cf5613ce7613cd383806139db565b929060405192839160208301958691613c87565b03601f198101835282613a5b565b51902090613d1d613d0f613ce7613cd360208501856139db565b5190209160408101906139db565b60405160208101929091906001600160fb1b0382116102bb5782602091613d569360051b8091873781010301601f198101835282613a5b565b519020916040519360208501957f9e661d850f85a7c6aa799819adb7109b3c7575d6bdc32acb5b7d65a7147dbb028752604086015260018060a01b03166060850152608084015260a083015260c082015260c08152613db660e082613a5b565b51902090565b6001600160401b0381116128c45760051b60200190565b604080516001600160a01b03909216602083019081526001600160401b03909316828201528152613db6606082613a5b565b60408210613e33575f52600860205260405f208160081c5f52602052600160ff60405f205492161b16151590565b906001915f526006602052600260405f20015460c01c901c16151590565b9060405190602082019260048452604083015260018060a01b031660608201525f608082015260808152613db660a082613a5b565b9290916040519260ff6020850195168552604084015260018060a01b03166060830152608082015260808152613db660a082613a5b565b5f5160206157685f395f51905f525c613ee35760015f5160206157685f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b91908110156139c75760051b0190565b909392935f915b818310613f1e57505050613f1957565b5f9150565b9091929460018616155f14613f5257613f38848484613ef2565b35905f52602052600160405f205b95811c93019190613f09565b613f5d848484613ef2565b355f52602052600160405f20613f46565b90613f7891613e51565b5f52600e60205260ff60405f20541660028114908115613f96575090565b600491501490565b90815f52600660205260405f209160ff600284015460b81c1690613fc1826138c7565b60018203613fcd575050565b63276065d160e21b5f52600452611ee7816138c7565b81546001600160a01b03811695909392909190614001848884613cc2565b9660038201968754806141ef575090614025916140208a610750614fc4565b614f6d565b61402f84806139db565b809691501580156141dd575b6141ad57602085019161404e83876139db565b93905063ffffffff8360a01c1680941161417c57614080604088019861154c6140778b8b6139db565b9490508a6139db565b0361414d576140b66140a66140bd9460026001600160601b039401549460c01c90613a10565b63ffffffff8460601c1690613a4e565b9116613a23565b955f5b6140ca86866139db565b905081101561411557876140e28261103589896139db565b35116140f0576001016140c0565b6140ff889161103588886139db565b35634216244560e11b5f5260045260245260445ffd5b50919550937f30ee672a3c125782301e90132c662ce86f816103c9267114b73114077b0605bd935060209250819055604051908152a2565b604051634436cf7560e01b815260206004820152600660248201526570726963657360d01b6044820152606490fd5b604051634436cf7560e01b81526020600482015260086024820152677374616e6462797360c01b6044820152606490fd5b604051634436cf7560e01b815260206004820152600760248201526677696e6e65727360c81b6044820152606490fd5b5063ffffffff8160a01c16861161403b565b9650505050915093925081830361420557505050565b633ee5bff760e21b5f5260045260245260445260645ffd5b81549094919350919061423a826001600160a01b03851687613cc2565b946003850194855480614305575061425284806139db565b809691501580156142f3575b6141ad57602085019161427183876139db565b93905063ffffffff8360a01c1680941161417c5761429a604088019861154c6140778b8b6139db565b0361414d576140b66140a66142c09460026001600160601b039401549460c01c90613a10565b955f5b6142cd86866139db565b905081101561411557876142e58261103589896139db565b35116140f0576001016142c3565b5063ffffffff8160a01c16861161425e565b945050915093925081830361420557505050565b61432381806139db565b905082101561433d57613b39916110358261103b936139db565b50633b9052cf60e01b5f5260045260245ffd5b91908110156139c75760051b81013590601e19813603018212156102bb5701908135916001600160401b0383116102bb5760200182360381136102bb579190565b91939290926001600160401b036143a782613acd565b161580156145ed575b6145bf576060810135603e19823603018112156102bb578101916143d483806139db565b96905060208401876143e682876139db565b9050036145b45760408401886143fc82876139db565b9050036145a9576001600160a01b03909316955f95929386939091602087013590855b8c811061447b5750505050505050505015614469575063ffffffff614448915460a01c16613b01565b90818110614454575050565b631a88566160e21b5f5260045260245260445ffd5b631926175560e11b5f5260045260245ffd5b61449361448c8261103587806139db565b3589614c5e565b966001600160a01b03808916911681111561459a578b908887848d6144b781613acd565b926144c1916139db565b6144cb9291613ef2565b356040519060208201927f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d84528860408401528560608401526001600160401b031660808301528860a083015260c082015260c0815261452c60e082613a5b565b519020614537614fc4565b90614559916042916040519161190160f01b8352600283015260228201522090565b90846145658b8a6139db565b61456f9291614350565b369061457a92613a97565b61458392614f6d565b14614591575b60010161441f565b60019950614589565b63d02ef0e560e01b5f5260045ffd5b611a8c8991866139db565b611a8c8891866139db565b6001600160401b036145d18592613acd565b915460c01c9163a2fc5cfd60e01b5f521660045260245260445ffd5b506145f781613acd565b6001600160401b03855460c01c9116116143b0565b9060026001600160601b039101541690811561463457508082101561462f575090565b905090565b63f9f8089160e01b5f5260045260245ffd5b90815f52600660205260405f2091600283015460ff8160b81c16614669816138c7565b6002810361469f575064ffffffffff9060801c16908142101561468a575050565b63036ddd4960e41b5f5260045260245260445ffd5b63276065d160e21b5f526004839052611ee7816138c7565b8154919290916003916146d3916001600160a01b031684613cc2565b9201549081830361420557505050565b92939190838235148015906147a9575b61478e579160408261473f959461470f606060019601836139db565b979060208401358099613611888d84909160609260405192835260018060a01b0316602083015260408201522090565b94018490558151958652013560208501526040840152606083015233926001600160a01b0316917f08b064843593bd08f07f687ad9bf074dfda39c524df169259aa94de57c57743690608090a4565b60208285631f1b9d2d60e11b5f52600452013560245260445ffd5b506147eb6147ba60608401846139db565b60208501359061361160408701358a84909160609260405192835260018060a01b0316602083015260408201522090565b600182015414156146f3565b6147ff614cd8565b906001600160801b0382541615614872576001600160801b0361482b8160018501931682845416613b5c565b166001600160801b031982541617905561485063ffffffff60055460401c1642613a4e565b815464ffffffffff60a81b191660a89190911b64ffffffffff60a81b16179055565b905060018060a01b03600454165f52600960205261489560405f20918254613a4e565b9055565b6148a1614cd8565b9060018060a01b03165f52600a60205260405f209160028201546001600160801b038454166001600160801b0369d3c21bcecceda10000006148ec60028801936129e3855487613a41565b041661490960018701916001600160801b03835460401c16613b5c565b600160401b600160c01b0382549160401b1690600160401b600160c01b03191617905555565b60405163a9059cbb60e01b60208201526001600160a01b03909216602483015260448083019390935291815261496f9161496a606483613a5b565b6150da565b565b6001600160801b03606082015116801580156149ef575b6149e957604082019164ffffffffff8351164210156149e35764ffffffffff6149bd6020829301936129e38386511642613a41565b93511691511690039064ffffffffff8211611a685764ffffffffff613b39921690613a23565b50905090565b50505f90565b5064ffffffffff602083015116421115614988565b909160a435936001600160401b038516928386141591826102bb5784158015614c4e575b614c2b576064356001600160a01b038116808214159691876102bb57614a4e8188615132565b15614c1857614a5d84806139db565b9a905060208501958b614a7088886139db565b905003614c0d57896102bb576084359460ff8616988987036102bb576102bb57614af992506040519060208201927f1fb716905c9521012bf25ed6222f5d7eeb4b099cba1c9f4d69edbde8a19336258452604083015285606083015289608083015260a082015260c43560c082015260c08152614aee60e082613a5b565b519020610750614fc4565b9560028114938415614c00575b5050614b24614b1588806139db565b905061154c60208a018a6139db565b965f935f5b8c8110614b4e57505050505050505050505063ffffffff614448915460a01c16613b01565b8180614be9575b15614bcc578b546001600160a01b03165b6001600160a01b03818116971687111561459a5780968c6102bb57868114614bba575090614bb4600192614bae614ba784614ba18e8e6139db565b90614350565b3691613a97565b8c614f6d565b01614b29565b6363a7ccd760e11b5f5260045260245ffd5b614be4614bdd826110358a806139db565b3584614c5e565b614b66565b5089614bf9826110358a806139db565b3514614b55565b5060041492505f80614b06565b8b611a8c88886139db565b506363a7ccd760e11b5f5260045260245ffd5b848688856102bb57505460c01c9063a2fc5cfd60e01b5f5260045260245260445ffd5b5085545f935060c01c8511614a28565b614c6881806139db565b809291508310614cc557614c7c8284613a41565b906020810191614c8c83836139db565b9190501015614cb257916110b0614caa613b39959361103b956139db565b929093613a41565b83630733de0f60e11b5f5260045260245ffd5b61103b91509161103583613b39946139db565b600b90614ceb614ce6613b7c565b614971565b80158015614d18575b5050600b805464ffffffffff60801b19164260801b64ffffffffff60801b16179055565b6001600160801b038216906001600160801b03614d398382600c5416613b3c565b166001600160801b0319600c541617600c556001600160801b03600b54169081155f14614d8e5750505060018060a01b03600454165f526009602052614d8460405f20918254613a4e565b90555b5f80614cf4565b69d3c21bcecceda1000000840293840469d3c21bcecceda1000000141715611a6857614dc0614dc891614dd694613a23565b600d54613a4e565b600d55600c5460801c613b5c565b6001600160801b03600c549181199060801b16911617600c55614d87565b903590605e19813603018212156102bb570190565b6040516370a0823160e01b8152306004820152907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0381169190602084602481865afa938415614f2a575f94614f35575b5091614ea460209260249594604051916323b872dd60e01b8684015260018060a01b0316878301523060448301528760648301526064825261496a608483613a5b565b6040516370a0823160e01b815230600482015293849182905afa8015614f2a575f90614ef6575b614ed59250613a41565b90808203614ee1575050565b63245fd5b160e21b5f5260045260245260445ffd5b506020823d602011614f22575b81614f1060209383613a5b565b810103126102bb57614ed59151614ecb565b3d9150614f03565b6040513d5f823e3d90fd5b9350916020843d602011614f65575b81614f5160209383613a5b565b810103126102bb5792519291614ea4614e61565b3d9150614f44565b90614f77916153da565b50909190614f84816138c7565b614fb5576001600160a01b039182169116808203614fa0575050565b63366d29f760e01b5f5260045260245260445ffd5b635cd5d23360e01b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614806150b1575b1561501f577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152613db660c082613a5b565b507f00000000000000000000000000000000000000000000000000000000000000004614614ff6565b905f602091828151910182855af115614f2a575f513d61512957506001600160a01b0381163b155b6151095750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b60011415615102565b906001600160a01b03165f5b61514883806139db565b905081101561518857818161517261103b61516387806139db565b6001600160a01b039491613ef2565b16146151805760010161513e565b505050600190565b50602082015f5b61519982856139db565b90508110156151cb5782816151b461103b61516386896139db565b16146151c25760010161518f565b50505050600190565b505050505f90565b60ff81146152195760ff811690601f821161520a57604051916151f7604084613a5b565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b506040515f5f548060011c91600182169182156152ec575b6020841083146152d85783855284929081156152b9575060011461525c575b613b3992500382613a5b565b505f80805290917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b81831061529d575050906020613b3992820101615250565b6020919350806001915483858801015201910190918392615285565b60209250613b3994915060ff191682840152151560051b820101615250565b634e487b7160e01b5f52602260045260245ffd5b92607f1692615231565b60ff811461531a5760ff811690601f821161520a57604051916151f7604084613a5b565b506040515f6001548060011c91600182169182156153bc575b6020841083146152d85783855284929081156152b9575060011461535d57613b3992500382613a5b565b5060015f90815290917fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b8183106153a0575050906020613b3992820101615250565b6020919350806001915483858801015201910190918392615388565b92607f1692615333565b80518210156139c75760209160051b010190565b815191906041830361540a576154039250602082015190606060408401519301515f1a9061563e565b9192909190565b50505f9160029190565b919061541f836156c0565b8060059592951b9080820460201490151715611a685780840361550d5750826040116102bb57602082013560a01c6154c75760ff16600281036154d65750816080116102bb57606081013560401c6154c7578160a0116102bb57608081013560401c6154c7578160c0116102bb5760a081013560201c6154c7576040613db6915b838251948592602084019788528484013781015f838201520301601f198101835282613a5b565b63379a7a8760e11b5f5260045ffd5b6003146154e9575b6040613db6916154a0565b816060116102bb57604081013560401c156154de5763379a7a8760e11b5f5260045ffd5b839063786ccf6f60e11b5f5260045260245260445ffd5b909291806040116102bb576001600160a01b036020850135169360ff831660030361556c57816060116102bb576040810135915b6020116102bb57613b399285913590613e86565b5f91615558565b80518015615618575b6001811161559357508051156139c7576020015190565b60018101808211611a685760011c905f5b8281106155b257505061557c565b600181901b906001600160ff1b0381168103611a68576155d282866153c6565b5160018301809311611a685760019284811015615610576155f390876153c6565b51905b5f5260205260405f2061560982876153c6565b52016155a4565b505f906155f6565b50507fdf42579827175aca25f62d27cdedcab21cbc45a8f927040891c75b7b08aaf9a090565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116156b5579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15614f2a575f516001600160a01b038116156156ab57905f905f90565b505f906001905f90565b5050505f9160039190565b60ff16906001821461573f576002821461571757600382146156ef5750634a3ad8cb60e01b5f5260045260245ffd5b7f30b4ad19eecdf3aeddc62ca23fae25513a12affc298df23576507ba7c08bcd0d9150600590565b7f7b49524a4e1d1f0811a0948a77f8adf5e304bececa987e779ac1ba27e0b0b0ef9150600890565b7fba4d5e44bbfbdc2dfb2f69922d940b1a5e54108a8ecefcd11a79261c910faf64915060039056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a264697066735822122030e1a6aad435bbf5b488447cf28653c3cba9faa47725c4f57c5bdffa4fd4320964736f6c63430008250033",
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
// the contract method with ID 0xb0a4d9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint32 audits, uint256 budget, uint40 settleDeadline) returns(bytes32 jobId)
func (settlement *Settlement) PackDeposit(nonce uint64, groupSize uint32, steps uint64, audits uint32, budget *big.Int, settleDeadline *big.Int) []byte {
	enc, err := settlement.abi.Pack("deposit", nonce, groupSize, steps, audits, budget, settleDeadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0a4d9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint32 audits, uint256 budget, uint40 settleDeadline) returns(bytes32 jobId)
func (settlement *Settlement) TryPackDeposit(nonce uint64, groupSize uint32, steps uint64, audits uint32, budget *big.Int, settleDeadline *big.Int) ([]byte, error) {
	return settlement.abi.Pack("deposit", nonce, groupSize, steps, audits, budget, settleDeadline)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0a4d9fd.
//
// Solidity: function deposit(uint64 nonce, uint32 groupSize, uint64 steps, uint32 audits, uint256 budget, uint40 settleDeadline) returns(bytes32 jobId)
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
// the contract method with ID 0xa079bac0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((bytes32,(address[],address[],uint256[]),uint64[],uint64[])[] batch) returns()
func (settlement *Settlement) PackSettle(batch []SettlementJobPayout) []byte {
	enc, err := settlement.abi.Pack("settle", batch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa079bac0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((bytes32,(address[],address[],uint256[]),uint64[],uint64[])[] batch) returns()
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

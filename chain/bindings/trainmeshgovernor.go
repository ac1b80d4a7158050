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

// TrainmeshGovernorMetaData contains all meta data concerning the TrainmeshGovernor contract.
var TrainmeshGovernorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVotes\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"votingDelay_\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumPercent_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNotQueuedProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorQueueNotImplemented\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDetails\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"proposalDetailsAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "TrainmeshGovernor",
	Bin: "0x610180604052346100ad57610021610015610122565b949390939291926101bf565b60405161416b9081610af8823960805181613b7e015260a05181613c35015260c05181613b48015260e05181613bcd01526101005181613bf301526101205181611176015261014051816111a20152610160518181816113fe0152818161190601528181611a3e015281816122560152818161249c0152818161254b015281816126b80152612b010152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b038211908210176100e857604052565b6100b1565b604051906100fc6040836100c5565b565b6001600160a01b038116036100ad57565b519065ffffffffffff821682036100ad57565b614c839060c0823803928360405194859261013d82856100c5565b8339810103126100ad57815190610153826100fe565b602083015192610162846100fe565b61016e6040820161010f565b9260608201519263ffffffff841684036100ad5760a0608084015193015191959493929190565b604051906101a46040836100c5565b60098252565b604051906101b96040836100c5565b60018252565b90936102a5906102a06102b79561029b6100fc99966102966101df610195565b60208101680e8e4c2d2dcdacae6d60bb1b81526101fa6101aa565b906020820190603160f81b825261021084610659565b6101205261021d83610749565b6101405283519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261028760c0826100c5565b5190206080523060c052610352565b610552565b61059f565b610620565b6001600160a01b03166101605261048a565b610437565b90600182811c921680156102ea575b60208310146102d657565b634e487b7160e01b5f52602260045260245ffd5b91607f16916102cb565b919091601f8311610305575b505050565b81831161031157505050565b5f5260205f206020601f830160051c921061034a575b81601f9101920160051c03905f5b82811015610300575f82820155600101610335565b5f9150610327565b80519091906001600160401b0381116100e85761037b816103746003546102bc565b60036102f4565b602092601f82116001146103bb576103ab929382915f926103b0575b50508160011b915f199060031b1c19161790565b600355565b015190505f80610397565b60035f52601f198216937fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f5b86811061041f5750836001959610610407575b505050811b01600355565b01515f1960f88460031b161c191690555f80806103fc565b919260206001819286850151815501940192016103e9565b600d54604080516001600160a01b03808416825290931660208401819052927f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b2264019190a16001600160a01b03191617600d55565b6064811161053b57600c5490816104db575f516020614c635f395f51905f5291505f5b6104c76104b861083b565b6104c1846108dd565b906109ee565b5050604080519182526020820192909252a1565b815f1981011161052757600c5f527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c691909101545f516020614c635f395f51905f52919060301c6104ad565b634e487b7160e01b5f52601160045260245ffd5b63243e544560e01b5f52600452606460245260445ffd5b6008547fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93604065ffffffffffff81519481851686521693846020820152a165ffffffffffff191617600855565b63ffffffff811690811561060d5769ffffffff000000000000907f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e882860406008549481519063ffffffff8760301c1682526020820152a160301b169069ffffffff000000000000191617600855565b63f1cfbf0560e01b5f525f60045260245ffd5b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc0546191a1600755565b908151602081105f146106745750906106719061090e565b90565b6001600160401b0381116100e857610696816106905f546102bc565b5f6102f4565b602092601f82116001146106cc576106c5929382915f926103b05750508160011b915f199060031b1c19161790565b5f5560ff90565b5f8052601f198216937f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563915f5b8681106107315750836001959610610719575b505050811b015f5560ff90565b01515f1960f88460031b161c191690555f808061070c565b919260206001819286850151815501940192016106f9565b908151602081105f146107615750906106719061090e565b6001600160401b0381116100e8576107858161077e6001546102bc565b60016102f4565b602092601f82116001146107bc576107b4929382915f926103b05750508160011b915f199060031b1c19161790565b60015560ff90565b60015f52601f198216937fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f5b868110610823575083600195961061080b575b505050811b0160015560ff90565b01515f1960f88460031b161c191690555f80806107fd565b919260206001819286850151815501940192016107ea565b610160516040516324776b7d60e21b815290602090829060049082906001600160a01b03165afa5f91816108a1575b50610671575065ffffffffffff43116108895765ffffffffffff431690565b6306dfcc6560e41b5f5260306004524360245260445ffd5b9091506020813d6020116108d5575b816108bd602093836100c5565b810103126100ad576108ce9061010f565b905f61086a565b3d91506108b0565b6001600160d01b0381116108f7576001600160d01b031690565b6306dfcc6560e41b5f5260d060045260245260445ffd5b601f81511161093957602081519101516020821061092a571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b5f1981019190821161052757565b908154680100000000000000008110156100e857600181018084558110156109da575f9283526020928390208251929093015160301b65ffffffffffff191665ffffffffffff9290921691909117910155565b634e487b7160e01b5f52603260045260245ffd5b600c549192918015610ace57610a06610a2f91610979565b600c5f527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c70190565b908154610a4b610a448265ffffffffffff1690565b9160301c90565b9265ffffffffffff808416921691808311610abf57869203610a8957610a8592509065ffffffffffff82549181199060301b169116179055565b9190565b5050610a8590610aa8610a9a6100ed565b65ffffffffffff9092168252565b6001600160d01b03851660208201525b600c610987565b632520601d60e01b5f5260045ffd5b50610af290610ade610a9a6100ed565b6001600160d01b0384166020820152610ab8565b5f919056fe60806040526004361015610022575b3615610018575f80fd5b610020612729565b005b5f3560e01c806301ffc9a71461038c57806302a251a31461038757806306f3f9e61461038257806306fdde031461037d578063143489d014610378578063150b7a0214610373578063160cbed71461036e57806316e9eaec146103695780632656227d146103645780632d63f6931461035f5780632e82db941461035a5780632fe3e261146103555780633932abb1146103505780633e4f49e61461034b57806340e58ee5146103465780634385963214610341578063452115d61461033c5780634bf5d7e914610337578063544ffc9c1461033257806354fd4d501461032d57806356781388146103285780635b8d0e0d146103235780635f398a141461031e57806360c4247f1461031957806379051887146103145780637b3c71d31461030f5780637d5e81e21461030a5780637ecebe001461030557806384b0196e146103005780638ff262e3146102fb57806391ddadf4146102f657806397c3d334146102f15780639a802a6d146102ec578063a7713a70146102e7578063a890c910146102e2578063a8f8a668146102bf578063a9a95294146102dd578063ab58fb8e146102d8578063b58131b0146102d3578063bc197c81146102ce578063c01f9e37146102c9578063c28bc2fa146102c4578063c59057e4146102bf578063d33219b4146102ba578063da35c664146102b5578063dd4e2ba5146102b0578063ddf0b009146102ab578063deaaa7cc146102a6578063e540d01d146102a1578063eb9019d41461029c578063ece40cc114610297578063f23a6e6114610292578063f8ce560a1461028d578063fc0c546a146102885763fe0d94c10361000e57611a6d565b611a29565b611a0b565b61199e565b611949565b6118a4565b6117fe565b6117c4565b61177b565b61171c565b6116ff565b6116d7565b611519565b61166c565b61164e565b6115a1565b611584565b611551565b611535565b6114a1565b611476565b61138c565b611371565b611347565b61122e565b61115e565b611123565b611075565b611020565b610fae565b610f80565b610f00565b610e5a565b610df4565b610da1565b610d60565b610d31565b610d15565b610cc0565b610c70565b610c41565b610beb565b610bb1565b610b10565b610adb565b610ac4565b610a95565b61096b565b610727565b61061e565b610544565b610446565b610420565b346104125760203660031901126104125760043563ffffffff60e01b8116809103610412576366defe7760e11b8114908115610401575b81156103f0575b81156103df575b506040519015158152602090f35b6301ffc9a760e01b1490505f6103d1565b630271189760e51b811491506103ca565b6332a2ad4360e11b811491506103c3565b5f80fd5b5f91031261041257565b34610412575f36600319011261041257602063ffffffff60085460301c16604051908152f35b346104125760203660031901126104125760043561046261273f565b606481116104f5576001600160d01b0361047a612d4f565b1690610484612536565b916001600160d01b0382116104dd577f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997926104c9906001600160d01b03841690613a21565b5050604080519182526020820192909252a1005b506306dfcc6560e41b5f5260d060045260245260445ffd5b63243e544560e01b5f52600452606460245260445ffd5b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90602061054192818152019061050c565b90565b34610412575f366003190112610412576040515f60035461056481611ab1565b80845290600181169081156105fa575060011461059c575b6105988361058c81850382610675565b60405191829182610530565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b8082106105e05750909150810160200161058c61057c565b9192600181602092548385880101520191019092916105c8565b60ff191660208086019190915291151560051b8401909101915061058c905061057c565b34610412576020366003190112610412576004355f526004602052602060018060a01b0360405f205416604051908152f35b6001600160a01b0381160361041257565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761069657604052565b610661565b604051906106aa608083610675565b565b604051906106aa604083610675565b6001600160401b03811161069657601f01601f191660200190565b9291926106e2826106bb565b916106f06040519384610675565b829481845281830111610412578281602093845f960137010152565b9080601f8301121561041257816020610541933591016106d6565b3461041257608036600319011261041257610743600435610650565b61074e602435610650565b6064356001600160401b0381116104125761076d90369060040161070c565b50600d54306001600160a01b039091160361079457604051630a85bd0160e11b8152602090f35b637485328f60e11b5f5260045ffd5b6001600160401b0381116106965760051b60200190565b9080601f830112156104125781356107d1816107a3565b926107df6040519485610675565b81845260208085019260051b82010192831161041257602001905b8282106108075750505090565b60208091833561081681610650565b8152019101906107fa565b9080601f83011215610412578135610838816107a3565b926108466040519485610675565b81845260208085019260051b82010192831161041257602001905b82821061086e5750505090565b8135815260209182019101610861565b9080601f83011215610412578135610895816107a3565b926108a36040519485610675565b81845260208085019260051b820101918383116104125760208201905b8382106108cf57505050505090565b81356001600160401b038111610412576020916108f18784809488010161070c565b8152019101906108c0565b6080600319820112610412576004356001600160401b0381116104125781610926916004016107ba565b916024356001600160401b038111610412578261094591600401610821565b91604435906001600160401b038211610412576109649160040161087e565b9060643590565b3461041257602061098761097e366108fc565b92919091611b6a565b604051908152f35b90602080835192838152019201905f5b8181106109ac5750505090565b82516001600160a01b031684526020938401939092019160010161099f565b90602080835192838152019201905f5b8181106109e85750505090565b82518452602093840193909201916001016109db565b9080602083519182815201916020808360051b8301019401925f915b838310610a2957505050505090565b9091929394602080610a47600193601f19868203018752895161050c565b97019301930191939290610a1a565b949392610a82606093610a74610a909460808a5260808a019061098f565b9088820360208a01526109cb565b9086820360408801526109fe565b930152565b3461041257602036600319011261041257610598610ab4600435611e7c565b9060409492945194859485610a56565b6020610987610ad2366108fc565b92919091611f34565b34610412576020366003190112610412576004355f526004602052602065ffffffffffff60405f205460a01c16604051908152f35b3461041257602036600319011261041257600435600a54811015610bac57610b9490600a5f527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a80154610ba2610b6582611e7c565b9392959091610b86604051978897885260a0602089015260a088019061098f565b9086820360408801526109cb565b9084820360608601526109fe565b9060808301520390f35b611f0c565b34610412575f3660031901126104125760206040517f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118152f35b34610412575f36600319011261041257602065ffffffffffff60085416604051908152f35b634e487b7160e01b5f52602160045260245ffd5b60081115610c2e57565b610c10565b6008811015610c2e57602452565b3461041257602036600319011261041257610c5d600435612914565b6040516008821015610c2e576020918152f35b34610412576020366003190112610412576004355f52600b60205261002060405f20600381015490610ca181611d7f565b90610cba6002610cb360018401611dd0565b9201611e18565b9161208c565b3461041257604036600319011261041257602060ff610d09602435600435610ce782610650565b5f5260098452600360405f20019060018060a01b03165f5260205260405f2090565b54166040519015158152f35b34610412576020610987610d28366108fc565b9291909161208c565b34610412575f36600319011261041257610598610d4c612242565b60405191829160208352602083019061050c565b34610412576020366003190112610412576004355f526009602052606060405f20805490600260018201549101549060405192835260208301526040820152f35b34610412575f36600319011261041257610598604051610dc2604082610675565b60018152603160f81b602082015260405191829160208352602083019061050c565b6024359060ff8216820361041257565b34610412576040366003190112610412576020610987600435610e15610de4565b60405191610e238584610675565b5f83523390612a1d565b9181601f84011215610412578235916001600160401b038311610412576020838186019501011161041257565b346104125760c036600319011261041257600435610e76610de4565b9060443590610e8482610650565b6064356001600160401b03811161041257610ea3903690600401610e2d565b6084356001600160401b03811161041257610ec290369060040161070c565b9160a435946001600160401b0386116104125761059896610eea610ef097369060040161070c565b95612311565b6040519081529081906020820190565b3461041257608036600319011261041257600435610f1c610de4565b906044356001600160401b03811161041257610f3c903690600401610e2d565b9190926064356001600160401b03811161041257610f7594610f65610f6d92369060040161070c565b9436916106d6565b913390612a9a565b604051908152602090f35b34610412576020366003190112610412576020610987600435612bd5565b65ffffffffffff81160361041257565b3461041257602036600319011261041257600435610fcb81610f9e565b610fd361273f565b6008547fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93604065ffffffffffff81519481851686521693846020820152a165ffffffffffff191617600855005b346104125760603660031901126104125760043561103c610de4565b90604435906001600160401b0382116104125760209261106d611066610987943690600401610e2d565b36916106d6565b913390612a1d565b34610412576080366003190112610412576004356001600160401b038111610412576110a59036906004016107ba565b6024356001600160401b038111610412576110c4903690600401610821565b906044356001600160401b038111610412576110e490369060040161087e565b90606435916001600160401b0383116104125736602384011215610412576105989361111d610ef09436906024816004013591016106d6565b92612415565b346104125760203660031901126104125760043561114081610650565b60018060a01b03165f526002602052602060405f2054604051908152f35b34610412575f3660031901126104125761120061119a7f0000000000000000000000000000000000000000000000000000000000000000613945565b6105986111c67f000000000000000000000000000000000000000000000000000000000000000061399d565b61120e604051916111d8602084610675565b5f808452366020850137604051958695600f60f81b875260e0602088015260e087019061050c565b90858203604087015261050c565b904660608501523060808501525f60a085015283820360c08501526109cb565b346104125760803660031901126104125760043561124a610de4565b906044359161125883610650565b6064356001600160401b0381116104125761130b61127d61130f92369060040161070c565b6001600160a01b0386165f9081526002602052604090208054600181019091556113059060405160208101917ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7835288604083015260ff8816606083015260018060a01b038a16608083015260a082015260a081526112fd60c082610675565b5190206130f4565b86613124565b1590565b61132a5790610ef091610598936113246121f3565b92612a1d565b6394ab6c0760e01b5f526001600160a01b03831660045260245b5ffd5b34610412575f366003190112610412576020611361612536565b65ffffffffffff60405191168152f35b34610412575f36600319011261041257602060405160648152f35b34610412576060366003190112610412576004356113a981610650565b6024356044356001600160401b038111610412576113cb90369060040161070c565b50604051630748d63560e31b81526001600160a01b039283166004820152602481019190915290602090829060449082907f0000000000000000000000000000000000000000000000000000000000000000165afa801561147157610598915f91611442575b506040519081529081906020820190565b611464915060203d60201161146a575b61145c8183610675565b81019061268c565b5f611431565b503d611452565b6121e8565b34610412575f3660031901126104125760206001600160d01b03611498612d4f565b16604051908152f35b34610412576020366003190112610412576004356114be81610650565b6114c661273f565b600d54604080516001600160a01b03808416825290931660208401819052927f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b2264019190a16001600160a01b03191617600d55005b3461041257602061098761152c366108fc565b9291909161265e565b3461041257602036600319011261041257602060405160018152f35b346104125760203660031901126104125760206109876004355f52600460205265ffffffffffff600160405f2001541690565b34610412575f366003190112610412576020600754604051908152f35b346104125760a0366003190112610412576115bd600435610650565b6115c8602435610650565b6044356001600160401b038111610412576115e7903690600401610821565b506064356001600160401b03811161041257611607903690600401610821565b506084356001600160401b0381116104125761162790369060040161070c565b506105986116336125c9565b6040516001600160e01b031990911681529081906020820190565b346104125760203660031901126104125760206109876004356125e8565b60603660031901126104125760043561168481610650565b6024356044356001600160401b03811161041257610020925f926116ad84933690600401610e2d565b91906116b761273f565b826040519384928337810185815203925af16116d161262f565b90612d93565b34610412575f36600319011261041257600d546040516001600160a01b039091168152602090f35b34610412575f366003190112610412576020600a54604051908152f35b34610412575f3660031901126104125761059860405161173d604082610675565b602081527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e602082015260405191829160208352602083019061050c565b34610412576020366003190112610412576004355f52600b60205261002060405f206003810154906117ac81611d7f565b906117be6002610cb360018401611dd0565b91611b6a565b34610412575f3660031901126104125760206040517ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78152f35b346104125760203660031901126104125760043563ffffffff8116908181036104125761182961273f565b81156118915769ffffffff000000000000907f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e882860406008549481519063ffffffff8760301c1682526020820152a160301b169069ffffffff0000000000001916176008555f80f35b63f1cfbf0560e01b5f525f60045260245ffd5b34610412576040366003190112610412576004356118c181610650565b6024355f6040516118d3602082610675565b52604051630748d63560e31b81526001600160a01b039283166004820152602481019190915290602090829060449082907f0000000000000000000000000000000000000000000000000000000000000000165afa801561147157610598915f9161144257506040519081529081906020820190565b346104125760203660031901126104125760043561196561273f565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc0546191a1600755005b346104125760a0366003190112610412576119ba600435610650565b6119c5602435610650565b6084356001600160401b038111610412576119e490369060040161070c565b50600d54306001600160a01b03909116036107945760405163f23a6e6160e01b8152602090f35b3461041257602036600319011261041257602061098760043561269b565b34610412575f366003190112610412576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b6020366003190112610412576004355f52600b60205261002060405f20600381015490611a9981611d7f565b90611aab6002610cb360018401611dd0565b91611f34565b90600182811c92168015611adf575b6020831014611acb57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611ac0565b5f9291815491611af883611ab1565b8083529260018116908115611b4d5750600114611b1457505050565b5f9081526020812093945091925b838310611b33575060209250010190565b600181602092949394548385870101520191019190611b22565b915050602093945060ff929192191683830152151560051b010190565b92909192611b7a8285858461265e565b93611b84856127e7565b50600d54611ba2906001600160a01b03165b6001600160a01b031690565b936040519363793d064960e11b8552602085600481895afa948515611471575f95611d5e575b503060601b6bffffffffffffffffffffffff191618946020604051809263b1c5f42760e01b82528180611c018b89898c60048601612eac565b03915afa908115611471575f91611d3f575b50611c26875f52600e60205260405f2090565b55600d54611c3c906001600160a01b0316611b96565b90813b15610412575f8094611c6887604051998a97889687956308f2a0bb60e41b875260048701612ed5565b03925af190811561147157611c8c92611c8792611d25575b5042612f30565b6132e4565b65ffffffffffff811615611d1657611d1081611cf17f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892936001611cd7875f52600460205260405f2090565b019065ffffffffffff1665ffffffffffff19825416179055565b6040805185815265ffffffffffff909216602083015290918291820190565b0390a190565b634844252360e11b5f5260045ffd5b80611d335f611d3993610675565b80610416565b5f611c80565b611d58915060203d60201161146a5761145c8183610675565b5f611c13565b611d7891955060203d60201161146a5761145c8183610675565b935f611bc8565b90604051918281549182825260208201905f5260205f20925f5b818110611dae5750506106aa92500383610675565b84546001600160a01b0316835260019485019487945060209093019201611d99565b90604051918281549182825260208201905f5260205f20925f5b818110611dff5750506106aa92500383610675565b8454835260019485019487945060209093019201611dea565b908154611e24816107a3565b92611e326040519485610675565b81845260208401905f5260205f205f915b838310611e505750505050565b600160208192604051611e6e81611e678189611ae9565b0382610675565b815201920192019190611e43565b805f52600b60205260405f209160405190608082018281106001600160401b0382111761069657604052611eaf84611d7f565b8252611ebd60018501611dd0565b91602081019283526003611ed360028701611e18565b9560408301968752015493606082019480865215611efa5750519151935192519193929190565b636ad0607560e01b5f5260045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b8051821015610bac5760209160051b010190565b93929091611f448282858861265e565b92602095611f56602060101786612867565b50611f7f611f6c865f52600460205260405f2090565b805460ff60f01b1916600160f01b179055565b600d54306001600160a01b0390911603612021575b84611fa195969750612f4d565b600d543090611fb8906001600160a01b0316611b96565b141580612000575b611ff7575b6040518181527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f908060208101611d10565b5f600555611fc5565b5061201c61130b6005546001600160801b0381169060801c1490565b611fc0565b925f95929491955b845181101561207d5760019030612053611b96612046848a611f20565b516001600160a01b031690565b1461205f575b01612029565b61207861206c8289611f20565b518a81519101206128a5565b612059565b50919550859490939192611f94565b9392919061209c8383838861265e565b946120a686612914565b6008811015610c2e5715806121cb575b156121b4576120c694955061265e565b6120d1603b82612867565b506120fc6120e7825f52600460205260405f2090565b80546001600160f81b0316600160f81b179055565b6040518181527f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90602090a161213a815f52600e60205260405f2090565b5480612145575b5090565b600d5461215a906001600160a01b0316611b96565b803b156104125760405163c4d252f560e01b815260048101929092525f908290602490829084905af18015611471576121a0575b505f818152600e602052604081205590565b80611d335f6121ae93610675565b5f61218e565b85638fe5d8a960e01b5f526004523360245260445ffd5b50855f52600460205260018060a01b0360405f20541633146120b6565b6040513d5f823e3d90fd5b60405190612202602083610675565b5f8252565b60405190612216604083610675565b601d82527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c740000006020830152565b604051634bf5d7e960e01b81525f816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181612296575b506105415750610541612207565b9091503d805f833e6122a88183610675565b810190602081830312610412578051906001600160401b038211610412570181601f82011215610412578051906122de826106bb565b926122ec6040519485610675565b8284526020838301011161041257815f9260208093018386015e83010152905f612288565b93909291969561130b6123ca916123c48a61232d3687896106d6565b6001600160a01b0382165f90815260026020526040902080546001810190915590602081519101208b5160208d0120906040519260208401947f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81186528d604086015260ff8d16606086015260018060a01b0316608085015260a084015260c083015260e082015260e081526112fd61010082610675565b8a613124565b6123e5576105419596916123df9136916106d6565b92612a9a565b6394ab6c0760e01b5f526001600160a01b03871660045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b91939290936124248233612ccc565b15612523576007549485612440575b610541949550339361373e565b5f1965ffffffffffff612451612536565b160165ffffffffffff811161251e5765ffffffffffff16955f604051612478602082610675565b52604051630748d63560e31b815233600482015260248101979097526020876044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa968715611471575f976124fd575b508087106124e25750612433565b636121770b60e11b5f5233600452602487905260445260645ffd5b61251791975060203d60201161146a5761145c8183610675565b955f6124d4565b612401565b63d9b3955760e01b5f523360045260245ffd5b6040516324776b7d60e21b81526020816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f918161258c575b506105415750610541436132e4565b9091506020813d6020116125c1575b816125a860209383610675565b8101031261041257516125ba81610f9e565b905f61257d565b3d915061259b565b600d54306001600160a01b03909116036107945763bc197c8160e01b90565b805f52600460205265ffffffffffff60405f205460a01c16905f52600460205263ffffffff60405f205460d01c160165ffffffffffff811161251e5765ffffffffffff1690565b3d15612659573d90612640826106bb565b9161264e6040519384610675565b82523d5f602084013e565b606090565b929061267861268692604051948593602085019788610a56565b03601f198101835282610675565b51902090565b90816020910312610412575190565b604051632394e7a360e21b815260048101829052906020826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561147157610541925f92612704575b506126fe90612bd5565b90612dd7565b6126fe9192506127229060203d60201161146a5761145c8183610675565b91906126f4565b600d54306001600160a01b039091160361079457565b600d54336001600160a01b03909116036127a857600d54306001600160a01b039091160361276957565b612772366106bb565b61277f6040519182610675565b3681526020810190365f83375f602036830101525190205b806127a0612e43565b036127975750565b6347096e4760e01b5f523360045260245ffd5b6008811015610c2e5760ff600191161b90565b600452606491906008811015610c2e576024525f604452565b6127f081612914565b9060106127fc836127bb565b1615612806575090565b6331b75e4d60e01b5f5260045261281d9150610c33565b601060445260645ffd5b61283081612914565b90600261283c836127bb565b1615612846575090565b6331b75e4d60e01b5f5260045261285d9150610c33565b600260445260645ffd5b9061287182612914565b918161287c846127bb565b161561288757505090565b6331b75e4d60e01b5f5260045261289d82610c33565b60445260645ffd5b600554908160801c6001600160801b03806001830116931683146128ea575f52600660205260405f20556001600160801b036005549181199060801b16911617600555565b634e487b715f5260416020526024601cfd5b90816020910312610412575180151581036104125790565b61291d81612fda565b9061292782610c24565b600582036121415761294291505f52600e60205260405f2090565b54600d54612958906001600160a01b0316611b96565b604051632c258a9f60e11b815260048101839052602081602481855afa908115611471575f916129fe575b5015612990575050600590565b604051632ab0f52960e01b81526004810192909252602090829060249082905afa908115611471575f916129cf575b50156129ca57600790565b600290565b6129f1915060203d6020116129f7575b6129e98183610675565b8101906128fc565b5f6129bf565b503d6129df565b612a17915060203d6020116129f7576129e98183610675565b5f612983565b91610541939160405193612a32602086610675565b5f8552612a9a565b93909260ff612a669361054197958752166020860152604085015260a0606085015260a084019061050c565b91608081840391015261050c565b909260ff608093610541969584521660208301526040820152816060820152019061050c565b92919092612aa781612827565b50805f52600460205265ffffffffffff612ace60405f2065ffffffffffff905460a01c1690565b1693604051630748d63560e31b815260018060a01b03821695866004830152602482015260208160448160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561147157612b3e9285915f93612bb4575b50846131cc565b948051155f14612b815750612b7b7fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4938660405194859485612a74565b0390a290565b612b7b907fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712948760405195869586612a3a565b612bce91935060203d60201161146a5761145c8183610675565b915f612b37565b65ffffffffffff9080612be8600c6132a9565b9491501611155f14612c0257505b6001600160d01b031690565b612c0c91506132e4565b600c54905f829160058411612c78575b612c289350600c613df3565b80612c3457505f612bf6565b612c6c612c43612c7392612d34565b600c5f527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c70190565b5460301c90565b612bf6565b9192612c8381613c95565b810390811161251e57612c2893600c5f5265ffffffffffff8260205f2001541665ffffffffffff8516105f14612cba575091612c1c565b929150612cc690612f22565b90612c1c565b90805160348110612d2c5760131981830101516001600160b01b03191669dc8f8d908f908c9a8dc360b01b01612d2c57612d0b9160291982019061333f565b9015918215612d1957505090565b6001600160a01b03918216911614919050565b505050600190565b5f1981019190821161251e57565b9190820391821161251e57565b600c5480612d5c57505f90565b805f1981011161251e57600c5f527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c6015460301c90565b9091906106aa5750805115612daa57602081519101fd5b63d6bda27560e01b5f5260045ffd5b8115612dc3570490565b634e487b7160e01b5f52601260045260245ffd5b5f19828209908281029182808210910303908115612e38578160641115612e31577f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c28f5c29936064910990828211900360fe1b910360021c170290565b6011612f3d565b505060649004919050565b600554906001600160801b0382169160801c8214612e9a57815f5260066020526001600160801b0380600160405f2054948281165f5260066020525f60408120550116166001600160801b03196005541617600555565b634e487b715f5260316020526024601cfd5b949392610a82608093610a74612eca9460a08a5260a08a019061098f565b935f60608201520152565b9192612f0460a094612ef6612f12949998979960c0875260c087019061098f565b9085820360208701526109cb565b9083820360408501526109fe565b945f606083015260808201520152565b906001820180921161251e57565b9190820180921161251e57565b634e487b715f526020526024601cfd5b600d5490949192916001600160a01b03909116906bffffffffffffffffffffffff193060601b16823b1561041257612f9f5f956040519788968795869563e38335e560e01b8752189260048601612eac565b039134905af1801561147157612fc1575b505f908152600e6020526040812055565b80612fcd5f8093610675565b800312610412575f612fb0565b612fec815f52600460205260405f2090565b5460f881901c9060f01c60ff166130ed576130e757613033613028613019835f52600460205260405f2090565b5460a01c65ffffffffffff1690565b65ffffffffffff1690565b80156130d357613044613028612536565b809110156130cd57613055826125e8565b106130605750600190565b61306c61130b82613b01565b80156130aa575b1561307e5750600390565b61309c905f52600460205265ffffffffffff600160405f2001541690565b6130a557600490565b600590565b506130c861130b825f52600960205260405f20600181015490541090565b613073565b50505f90565b636ad0607560e01b5f52600482905260245ffd5b50600290565b5050600790565b6042906130ff613b45565b906040519161190160f01b8352600283015260228201522090565b60041115610c2e57565b9190823b61314c579061313691613c5b565b506131408161311a565b159182612d1957505090565b915f9261267861318285946040519283916020830195630b135d3f60e11b8752602484015260406044840152606483019061050c565b51915afa61318e61262f565b816131be575b8161319d575090565b90506131ba630b135d3f60e11b916020808251830101910161268c565b1490565b905060208151101590613194565b6131e1909291925f52600960205260405f2090565b916003830161320a61320383839060018060a01b03165f5260205260405f2090565b5460ff1690565b61328d5761322e60ff939261323b929060018060a01b03165f5260205260405f2090565b805460ff19166001179055565b1680613252575061324d828254612f30565b905590565b60018103613269575060010161324d828254612f30565b60020361327e5760020161324d828254612f30565b6303599be160e11b5f5260045ffd5b6371c6af4960e01b5f526001600160a01b03821660045260245ffd5b805490816132bb5750505f905f905f90565b815f1981011161251e575f525f199060205f2001015460019165ffffffffffff82169160301c90565b65ffffffffffff81116132fc5765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b908160011b918083046002149015171561251e57565b908160041b918083046010149015171561251e57565b91908251821180156133c6575b61339f5761335981612f22565b8211806133a8575b61336c901515613313565b6028018060281161251e576133818284612d42565b0361339f5761338f92613e57565b90916001600160a01b0390911690565b5050505f905f90565b50602081840101516001600160f01b03191661060f60f31b14613361565b5081811161334c565b600a54600160401b8110156106965760018101600a55600a54811015610bac57600a5f527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a80155565b5f5b82811061342657505050565b5f8282015560010161341a565b9181811061344057505050565b6106aa925f528060205f2001910390613418565b8151916001600160401b03831161069657600160401b83116106965760209061348284845481865585613433565b01905f5260205f205f5b8381106134995750505050565b60019060208451940193818401550161348c565b91601f82116134bb57505050565b8082116134c757505050565b6106aa925f5260205f20916020601f830160051c92106134f2575b601f82910160051c039101613418565b5f91506134e2565b91909182516001600160401b038111610696576135218161351b8454611ab1565b846134ad565b6020601f82116001146135605781906135519394955f92613555575b50508160011b915f199060031b1c19161790565b9055565b015190505f8061353d565b601f19821690613573845f5260205f2090565b915f5b8181106135ad57509583600195969710613595575b505050811b019055565b01515f1960f88460031b161c191690555f808061358b565b9192602060018192868b015181550194019201613576565b815191600160401b831161069657815483835580841061361f575b5060206135f29101915f5260205f2090565b5f915b8383106136025750505050565b6001602082613613839451866134fa565b019201920191906135f5565b825f52838060205f20019103905f5b82811061363c5750506135e0565b80600191830161364c8154611ab1565b908161365b575b50500161362e565b601f82118414613671575f9055505b5f80613653565b6136986136a89285613686845f5260205f2090565b601f90920160051c5f19019101613418565b5f81815260208120918190559055565b61366a565b9080518051906001600160401b03821161069657600160401b8211610696576020906136de83865481885587613433565b01835f5260205f205f5b83811061372157505050506060816137096020600394015160018601613454565b61371a6040820151600286016135c5565b0151910155565b82516001600160a01b0316818301556020909201916001016136e8565b9194939483516137566020860191822083858761265e565b94845184519081811480159061393a575b8015613932575b61391557505065ffffffffffff613790613019885f52600460205260405f2090565b166138f8577f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0869798610541976138b784896137ef6137cd612536565b65ffffffffffff6137e861302865ffffffffffff6008541690565b9116612f30565b8961380e61380563ffffffff60085460301c1690565b63ffffffff1690565b613895613823885f52600460205260405f2090565b80546001600160a01b0319166001600160a01b038b1617815561386c613848866132e4565b825465ffffffffffff60a01b191660a09190911b65ffffffffffff60a01b16178255565b6138758361410a565b815463ffffffff60d01b191660d09190911b63ffffffff60d01b16179055565b8c6138aa6138a38651613f01565b9285612f30565b94604051998a998a613f4a565b0390a16138c3876133cf565b519020916138cf61069b565b9384526020840152604083015260608201526138f3835f52600b60205260405f2090565b6136ad565b6113448661390581612914565b6331b75e4d60e01b5f52906127ce565b8451630447b05d60e41b5f5260049190915260245260445260645ffd5b50801561376e565b508451811415613767565b60ff811461398b5760ff811690601f821161397c5760405191613969604084610675565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b5060405161054181611e67815f611ae9565b60ff81146139c15760ff811690601f821161397c5760405191613969604084610675565b5060405161054181611e67816001611ae9565b805490600160401b8210156106965760018201808255821015610bac575f9081526020908190208351939091015160301b65ffffffffffff191665ffffffffffff90931692909217910155565b600c549192918015613ad857612c43613a3991612d34565b908154613a55613a4e8265ffffffffffff1690565b9160301c90565b9265ffffffffffff808416921691808311613ac957869203613a9357613a8f92509065ffffffffffff82549181199060301b169116179055565b9190565b5050613a8f90613ab2613aa46106ac565b65ffffffffffff9092168252565b6001600160d01b03851660208201525b600c6139d4565b632520601d60e01b5f5260045ffd5b50613afc90613ae8613aa46106ac565b6001600160d01b0384166020820152613ac2565b5f9190565b805f52600960205260405f20905f526004602052613b2d65ffffffffffff60405f205460a01c1661269b565b60026001830154920154820180921161251e57111590565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480613c32575b15613ba0577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261268660c082610675565b507f00000000000000000000000000000000000000000000000000000000000000004614613b77565b8151919060418303613c8b57613c849250602082015190606060408401519301515f1a90614016565b9192909190565b50505f9160029190565b600181111561054157806001600160801b821015613db6575b613d5c613d52613d48613d3e613d34613d2a613d19613d639760048a600160401b613d689c1015613da9575b640100000000811015613d9c575b62010000811015613d8f575b610100811015613d82575b6010811015613d75575b1015613d6d575b60030260011c90565b613d23818b612db9565b0160011c90565b613d23818a612db9565b613d238189612db9565b613d238188612db9565b613d238187612db9565b613d238186612db9565b8093612db9565b821190565b900390565b60011b613d10565b60041c9160021b91613d09565b60081c9160041b91613cff565b60101c9160081b91613cf4565b60201c9160101b91613ce8565b60401c9160201b91613cda565b5050613d68613d63613d5c613d52613d48613d3e613d34613d2a613d19613ddd8a60801c90565b9850600160401b9750613cae9650505050505050565b919065ffffffffffff165b838210613e0b5750505090565b9091928083169080841860011c820180921161251e57845f528265ffffffffffff8360205f20015416115f14613e455750925b9190613dfe565b939250613e5190612f22565b91613e3e565b929092613e6384612f22565b831180613ee3575b613e7d613e8491949293941515613313565b5f95612f30565b915b818310613e965750505060019190565b9092919360ff613eb7613eb26020888601015160ff60f81b1690565b614098565b1690600f8211613ed85790613ecd600192613329565b019401919290613e86565b505f94508493505050565b50602084820101516001600160f01b03191661060f60f31b14613e6b565b90613f0b826107a3565b613f186040519182610675565b8281528092613f29601f19916107a3565b01905f5b828110613f3957505050565b806060602080938501015201613f2d565b959998969794939192613f8b93613f7d92885260018060a01b03166020880152610120604088015261012087019061098f565b9085820360608701526109cb565b968388036080850152815180895260208901906020808260051b8c01019401915f905b828210613fea575050505061054196975090613fd19184820360a08601526109fe565b9360c083015260e082015261010081840391015261050c565b909192946020806140086001938f601f19908203018652895161050c565b970192019201909291613fae565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161408d579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611471575f516001600160a01b0381161561408357905f905f90565b505f906001905f90565b5050505f9160039190565b60f81c602f811180614100575b156140b457602f190160ff1690565b60608111806140f6575b156140cd576056190160ff1690565b60408111806140ec575b156140e6576036190160ff1690565b5060ff90565b50604781106140d7565b50606781106140be565b50603a81106140a5565b63ffffffff811161411e5763ffffffff1690565b6306dfcc6560e41b5f52602060045260245260445ffdfea264697066735822122054363151d611fa69ec15461b0ab1fd964dda928e0394cac00d86cf73d2ccd5f364736f6c634300082500330553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997",
}

// TrainmeshGovernor is an auto generated Go binding around an Ethereum contract.
type TrainmeshGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TrainmeshGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewTrainmeshGovernor creates a new instance of TrainmeshGovernor.
func NewTrainmeshGovernor() *TrainmeshGovernor {
	parsed, err := TrainmeshGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TrainmeshGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TrainmeshGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address timelock_, uint48 votingDelay_, uint32 votingPeriod_, uint256 proposalThreshold_, uint256 quorumPercent_) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackConstructor(token_ common.Address, timelock_ common.Address, votingDelay_ *big.Int, votingPeriod_ uint32, proposalThreshold_ *big.Int, quorumPercent_ *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("", token_, timelock_, votingDelay_, votingPeriod_, proposalThreshold_, quorumPercent_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (trainmeshGovernor *TrainmeshGovernor) PackBALLOTTYPEHASH() []byte {
	enc, err := trainmeshGovernor.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (trainmeshGovernor *TrainmeshGovernor) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (trainmeshGovernor *TrainmeshGovernor) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := trainmeshGovernor.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) PackCLOCKMODE() []byte {
	enc, err := trainmeshGovernor.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCLOCKMODE() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := trainmeshGovernor.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (trainmeshGovernor *TrainmeshGovernor) PackCOUNTINGMODE() []byte {
	enc, err := trainmeshGovernor.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCOUNTINGMODE() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := trainmeshGovernor.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (trainmeshGovernor *TrainmeshGovernor) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := trainmeshGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (trainmeshGovernor *TrainmeshGovernor) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (trainmeshGovernor *TrainmeshGovernor) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := trainmeshGovernor.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 proposalId) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackCancel(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("cancel", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 proposalId) returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackCancel(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("cancel", proposalId)
}

// PackCancel0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackCancel0(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("cancel0", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCancel0(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("cancel0", targets, values, calldatas, descriptionHash)
}

// UnpackCancel0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCancel0(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("cancel0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := trainmeshGovernor.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := trainmeshGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (trainmeshGovernor *TrainmeshGovernor) PackClock() []byte {
	enc, err := trainmeshGovernor.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (trainmeshGovernor *TrainmeshGovernor) TryPackClock() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (trainmeshGovernor *TrainmeshGovernor) UnpackClock(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (trainmeshGovernor *TrainmeshGovernor) PackGovernorEip712Domain() []byte {
	enc, err := trainmeshGovernor.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (trainmeshGovernor *TrainmeshGovernor) TryPackGovernorEip712Domain() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("eip712Domain")
}

// GovernorEip712DomainOutput serves as a container for the return parameters of contract
// method GovernorEip712Domain.
type GovernorEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackGovernorEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorEip712Domain(data []byte) (GovernorEip712DomainOutput, error) {
	out, err := trainmeshGovernor.abi.Unpack("eip712Domain", data)
	outstruct := new(GovernorEip712DomainOutput)
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

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExecute0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(uint256 proposalId) payable returns()
func (trainmeshGovernor *TrainmeshGovernor) PackExecute0(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("execute0", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(uint256 proposalId) payable returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackExecute0(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("execute0", proposalId)
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := trainmeshGovernor.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := trainmeshGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) PackName() []byte {
	enc, err := trainmeshGovernor.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) TryPackName() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) UnpackName(data []byte) (string, error) {
	out, err := trainmeshGovernor.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackNonces(owner common.Address) []byte {
	enc, err := trainmeshGovernor.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackNonces(owner common.Address) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := trainmeshGovernor.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := trainmeshGovernor.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (trainmeshGovernor *TrainmeshGovernor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := trainmeshGovernor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalCount() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalCount() []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalCount() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalCount() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalCount")
}

// UnpackProposalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalCount(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalDetails is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16e9eaec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDetails(uint256 proposalId) view returns(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalDetails(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalDetails", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDetails is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16e9eaec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDetails(uint256 proposalId) view returns(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalDetails(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalDetails", proposalId)
}

// ProposalDetailsOutput serves as a container for the return parameters of contract
// method ProposalDetails.
type ProposalDetailsOutput struct {
	Targets         []common.Address
	Values          []*big.Int
	Calldatas       [][]byte
	DescriptionHash [32]byte
}

// UnpackProposalDetails is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16e9eaec.
//
// Solidity: function proposalDetails(uint256 proposalId) view returns(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalDetails(data []byte) (ProposalDetailsOutput, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalDetails", data)
	outstruct := new(ProposalDetailsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Targets = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Values = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.Calldatas = *abi.ConvertType(out[2], new([][]byte)).(*[][]byte)
	outstruct.DescriptionHash = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackProposalDetailsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e82db94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDetailsAt(uint256 index) view returns(uint256 proposalId, address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalDetailsAt(index *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalDetailsAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDetailsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e82db94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDetailsAt(uint256 index) view returns(uint256 proposalId, address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalDetailsAt(index *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalDetailsAt", index)
}

// ProposalDetailsAtOutput serves as a container for the return parameters of contract
// method ProposalDetailsAt.
type ProposalDetailsAtOutput struct {
	ProposalId      *big.Int
	Targets         []common.Address
	Values          []*big.Int
	Calldatas       [][]byte
	DescriptionHash [32]byte
}

// UnpackProposalDetailsAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e82db94.
//
// Solidity: function proposalDetailsAt(uint256 index) view returns(uint256 proposalId, address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalDetailsAt(data []byte) (ProposalDetailsAtOutput, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalDetailsAt", data)
	outstruct := new(ProposalDetailsAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ProposalId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Targets = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)
	outstruct.Values = *abi.ConvertType(out[2], new([]*big.Int)).(*[]*big.Int)
	outstruct.Calldatas = *abi.ConvertType(out[3], new([][]byte)).(*[][]byte)
	outstruct.DescriptionHash = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalThreshold() []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalThreshold() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (trainmeshGovernor *TrainmeshGovernor) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (trainmeshGovernor *TrainmeshGovernor) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := trainmeshGovernor.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := trainmeshGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(uint256 proposalId) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackQueue0(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("queue0", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(uint256 proposalId) returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackQueue0(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("queue0", proposalId)
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackQuorum(timepoint *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackQuorumDenominator() []byte {
	enc, err := trainmeshGovernor.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackQuorumDenominator() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackQuorumNumerator0() []byte {
	enc, err := trainmeshGovernor.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackQuorumNumerator0() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (trainmeshGovernor *TrainmeshGovernor) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := trainmeshGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (trainmeshGovernor *TrainmeshGovernor) PackState(proposalId *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (trainmeshGovernor *TrainmeshGovernor) TryPackState(proposalId *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (trainmeshGovernor *TrainmeshGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := trainmeshGovernor.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := trainmeshGovernor.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (trainmeshGovernor *TrainmeshGovernor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := trainmeshGovernor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (trainmeshGovernor *TrainmeshGovernor) PackTimelock() []byte {
	enc, err := trainmeshGovernor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (trainmeshGovernor *TrainmeshGovernor) TryPackTimelock() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (trainmeshGovernor *TrainmeshGovernor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := trainmeshGovernor.abi.Unpack("timelock", data)
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
func (trainmeshGovernor *TrainmeshGovernor) PackToken() []byte {
	enc, err := trainmeshGovernor.abi.Pack("token")
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
func (trainmeshGovernor *TrainmeshGovernor) TryPackToken() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (trainmeshGovernor *TrainmeshGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := trainmeshGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := trainmeshGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (trainmeshGovernor *TrainmeshGovernor) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := trainmeshGovernor.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (trainmeshGovernor *TrainmeshGovernor) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return trainmeshGovernor.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) PackVersion() []byte {
	enc, err := trainmeshGovernor.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) TryPackVersion() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (trainmeshGovernor *TrainmeshGovernor) UnpackVersion(data []byte) (string, error) {
	out, err := trainmeshGovernor.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackVotingDelay() []byte {
	enc, err := trainmeshGovernor.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackVotingDelay() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) PackVotingPeriod() []byte {
	enc, err := trainmeshGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) TryPackVotingPeriod() ([]byte, error) {
	return trainmeshGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (trainmeshGovernor *TrainmeshGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := trainmeshGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// TrainmeshGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorEIP712DomainChanged) ContractEventName() string {
	return TrainmeshGovernorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (trainmeshGovernor *TrainmeshGovernor) UnpackEIP712DomainChangedEvent(log *types.Log) (*TrainmeshGovernorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorProposalCanceled represents a ProposalCanceled event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorProposalCanceled) ContractEventName() string {
	return TrainmeshGovernorProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalCanceledEvent(log *types.Log) (*TrainmeshGovernorProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorProposalCanceled)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorProposalCreated represents a ProposalCreated event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorProposalCreated) ContractEventName() string {
	return TrainmeshGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalCreatedEvent(log *types.Log) (*TrainmeshGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorProposalExecuted represents a ProposalExecuted event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorProposalExecuted) ContractEventName() string {
	return TrainmeshGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalExecutedEvent(log *types.Log) (*TrainmeshGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorProposalQueued represents a ProposalQueued event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorProposalQueued) ContractEventName() string {
	return TrainmeshGovernorProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalQueuedEvent(log *types.Log) (*TrainmeshGovernorProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorProposalQueued)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorProposalThresholdSet) ContractEventName() string {
	return TrainmeshGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (trainmeshGovernor *TrainmeshGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*TrainmeshGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorQuorumNumeratorUpdated) ContractEventName() string {
	return TrainmeshGovernorQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (trainmeshGovernor *TrainmeshGovernor) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*TrainmeshGovernorQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorTimelockChange represents a TimelockChange event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorTimelockChange) ContractEventName() string {
	return TrainmeshGovernorTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (trainmeshGovernor *TrainmeshGovernor) UnpackTimelockChangeEvent(log *types.Log) (*TrainmeshGovernorTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorTimelockChange)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorVoteCast represents a VoteCast event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorVoteCast) ContractEventName() string {
	return TrainmeshGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (trainmeshGovernor *TrainmeshGovernor) UnpackVoteCastEvent(log *types.Log) (*TrainmeshGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorVoteCastWithParams) ContractEventName() string {
	return TrainmeshGovernorVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (trainmeshGovernor *TrainmeshGovernor) UnpackVoteCastWithParamsEvent(log *types.Log) (*TrainmeshGovernorVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorVotingDelaySet represents a VotingDelaySet event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorVotingDelaySet) ContractEventName() string {
	return TrainmeshGovernorVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (trainmeshGovernor *TrainmeshGovernor) UnpackVotingDelaySetEvent(log *types.Log) (*TrainmeshGovernorVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorVotingDelaySet)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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

// TrainmeshGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the TrainmeshGovernor contract.
type TrainmeshGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const TrainmeshGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (TrainmeshGovernorVotingPeriodSet) ContractEventName() string {
	return TrainmeshGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (trainmeshGovernor *TrainmeshGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*TrainmeshGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainmeshGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainmeshGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := trainmeshGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainmeshGovernor.abi.Events[event].Inputs {
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
func (trainmeshGovernor *TrainmeshGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorNotQueuedProposal"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorNotQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorQueueNotImplemented"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorQueueNotImplementedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainmeshGovernor.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return trainmeshGovernor.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TrainmeshGovernorCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func TrainmeshGovernorCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (trainmeshGovernor *TrainmeshGovernor) UnpackCheckpointUnorderedInsertionError(raw []byte) (*TrainmeshGovernorCheckpointUnorderedInsertion, error) {
	out := new(TrainmeshGovernorCheckpointUnorderedInsertion)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorFailedCall represents a FailedCall error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func TrainmeshGovernorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (trainmeshGovernor *TrainmeshGovernor) UnpackFailedCallError(raw []byte) (*TrainmeshGovernorFailedCall, error) {
	out := new(TrainmeshGovernorFailedCall)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func TrainmeshGovernorGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorAlreadyCastVoteError(raw []byte) (*TrainmeshGovernorGovernorAlreadyCastVote, error) {
	out := new(TrainmeshGovernorGovernorAlreadyCastVote)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func TrainmeshGovernorGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*TrainmeshGovernorGovernorAlreadyQueuedProposal, error) {
	out := new(TrainmeshGovernorGovernorAlreadyQueuedProposal)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func TrainmeshGovernorGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorDisabledDepositError(raw []byte) (*TrainmeshGovernorGovernorDisabledDeposit, error) {
	out := new(TrainmeshGovernorGovernorDisabledDeposit)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func TrainmeshGovernorGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*TrainmeshGovernorGovernorInsufficientProposerVotes, error) {
	out := new(TrainmeshGovernorGovernorInsufficientProposerVotes)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func TrainmeshGovernorGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorInvalidProposalLengthError(raw []byte) (*TrainmeshGovernorGovernorInvalidProposalLength, error) {
	out := new(TrainmeshGovernorGovernorInvalidProposalLength)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func TrainmeshGovernorGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*TrainmeshGovernorGovernorInvalidQuorumFraction, error) {
	out := new(TrainmeshGovernorGovernorInvalidQuorumFraction)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func TrainmeshGovernorGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorInvalidSignatureError(raw []byte) (*TrainmeshGovernorGovernorInvalidSignature, error) {
	out := new(TrainmeshGovernorGovernorInvalidSignature)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func TrainmeshGovernorGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorInvalidVoteParamsError(raw []byte) (*TrainmeshGovernorGovernorInvalidVoteParams, error) {
	out := new(TrainmeshGovernorGovernorInvalidVoteParams)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func TrainmeshGovernorGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorInvalidVoteTypeError(raw []byte) (*TrainmeshGovernorGovernorInvalidVoteType, error) {
	out := new(TrainmeshGovernorGovernorInvalidVoteType)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func TrainmeshGovernorGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*TrainmeshGovernorGovernorInvalidVotingPeriod, error) {
	out := new(TrainmeshGovernorGovernorInvalidVotingPeriod)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func TrainmeshGovernorGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorNonexistentProposalError(raw []byte) (*TrainmeshGovernorGovernorNonexistentProposal, error) {
	out := new(TrainmeshGovernorGovernorNonexistentProposal)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorNotQueuedProposal represents a GovernorNotQueuedProposal error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorNotQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNotQueuedProposal(uint256 proposalId)
func TrainmeshGovernorGovernorNotQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xd5ddb8255ec3d5fb4ee2dd5d919eb1db6a2f1e4420bb74c3741830500cfb6a4f")
}

// UnpackGovernorNotQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNotQueuedProposal(uint256 proposalId)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorNotQueuedProposalError(raw []byte) (*TrainmeshGovernorGovernorNotQueuedProposal, error) {
	out := new(TrainmeshGovernorGovernorNotQueuedProposal)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorNotQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func TrainmeshGovernorGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorOnlyExecutorError(raw []byte) (*TrainmeshGovernorGovernorOnlyExecutor, error) {
	out := new(TrainmeshGovernorGovernorOnlyExecutor)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorQueueNotImplemented represents a GovernorQueueNotImplemented error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorQueueNotImplemented struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorQueueNotImplemented()
func TrainmeshGovernorGovernorQueueNotImplementedErrorID() common.Hash {
	return common.HexToHash("0x90884a46490684db0a73766419939e5ace793ae0f80195a286e159115c6628a0")
}

// UnpackGovernorQueueNotImplementedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorQueueNotImplemented()
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorQueueNotImplementedError(raw []byte) (*TrainmeshGovernorGovernorQueueNotImplemented, error) {
	out := new(TrainmeshGovernorGovernorQueueNotImplemented)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorQueueNotImplemented", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func TrainmeshGovernorGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorRestrictedProposerError(raw []byte) (*TrainmeshGovernorGovernorRestrictedProposer, error) {
	out := new(TrainmeshGovernorGovernorRestrictedProposer)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func TrainmeshGovernorGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorUnableToCancelError(raw []byte) (*TrainmeshGovernorGovernorUnableToCancel, error) {
	out := new(TrainmeshGovernorGovernorUnableToCancel)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func TrainmeshGovernorGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (trainmeshGovernor *TrainmeshGovernor) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*TrainmeshGovernorGovernorUnexpectedProposalState, error) {
	out := new(TrainmeshGovernorGovernorUnexpectedProposalState)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorInvalidAccountNonce represents a InvalidAccountNonce error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func TrainmeshGovernorInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (trainmeshGovernor *TrainmeshGovernor) UnpackInvalidAccountNonceError(raw []byte) (*TrainmeshGovernorInvalidAccountNonce, error) {
	out := new(TrainmeshGovernorInvalidAccountNonce)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorInvalidShortString represents a InvalidShortString error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func TrainmeshGovernorInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (trainmeshGovernor *TrainmeshGovernor) UnpackInvalidShortStringError(raw []byte) (*TrainmeshGovernorInvalidShortString, error) {
	out := new(TrainmeshGovernorInvalidShortString)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func TrainmeshGovernorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (trainmeshGovernor *TrainmeshGovernor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*TrainmeshGovernorSafeCastOverflowedUintDowncast, error) {
	out := new(TrainmeshGovernorSafeCastOverflowedUintDowncast)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainmeshGovernorStringTooLong represents a StringTooLong error raised by the TrainmeshGovernor contract.
type TrainmeshGovernorStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func TrainmeshGovernorStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (trainmeshGovernor *TrainmeshGovernor) UnpackStringTooLongError(raw []byte) (*TrainmeshGovernorStringTooLong, error) {
	out := new(TrainmeshGovernorStringTooLong)
	if err := trainmeshGovernor.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

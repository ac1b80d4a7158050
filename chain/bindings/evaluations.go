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

// EvaluationsAward is an auto generated low-level Go binding around an user-defined struct.
type EvaluationsAward struct {
	Winners  []common.Address
	Standbys []common.Address
	Prices   []*big.Int
}

// EvaluationsScore is an auto generated low-level Go binding around an user-defined struct.
type EvaluationsScore struct {
	ModelHash   [32]byte
	HeldOutHash [32]byte
	Score       uint64
}

// EvaluationsScored is an auto generated low-level Go binding around an user-defined struct.
type EvaluationsScored struct {
	Evaluator common.Address
	Score     uint64
}

// EvaluationsTerms is an auto generated low-level Go binding around an user-defined struct.
type EvaluationsTerms struct {
	HeldOutHash    [32]byte
	Threshold      uint64
	Tolerance      uint64
	Fee            *big.Int
	Quorum         uint8
	HigherIsBetter bool
	ConditionalBps uint16
	MinStake       *big.Int
}

// EvaluationsMetaData contains all meta data concerning the Evaluations contract.
var EvaluationsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractSettlement\",\"name\":\"settlement_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"evaluator\",\"type\":\"address\"}],\"name\":\"AlreadyScored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AwardAlreadyBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AwardMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"EvaluationExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"EvaluationPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NoAward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"evaluator\",\"type\":\"address\"}],\"name\":\"NotIndependent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"ScoringClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyScores\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongHeldOut\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumEvaluations.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"result\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scores\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"EvaluationFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"heldOutHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"threshold\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tolerance\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"higherIsBetter\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"conditionalBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structEvaluations.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"EvaluationOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"evaluator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"score\",\"type\":\"uint64\"}],\"name\":\"ScoreSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SCORES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_QUORUM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SCORE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"evaluationOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"heldOutHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"threshold\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tolerance\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"higherIsBetter\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"conditionalBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"}],\"internalType\":\"structEvaluations.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"enumEvaluations.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"result\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"evaluator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"score\",\"type\":\"uint64\"}],\"internalType\":\"structEvaluations.Scored[]\",\"name\":\"scores\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"heldOutHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"threshold\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tolerance\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"higherIsBetter\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"conditionalBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"}],\"internalType\":\"structEvaluations.Terms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"contractSettlement\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structEvaluations.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"evaluator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"heldOutHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"score\",\"type\":\"uint64\"}],\"internalType\":\"structEvaluations.Score\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"withheldBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Evaluations",
	Bin: "0x60c0346100a757601f611caf38819003918201601f19168301916001600160401b038311848410176100ab5780849260409485528339810103126100a7578051906001600160a01b03821682036100a75760200151906001600160a01b03821682036100a75760805260a052604051611bef90816100c082396080518181816103e301528181610a0301528181610dd30152611810015260a05181818160c201526104b30152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60a0806040526004361015610012575f80fd5b5f905f3560e01c908163249d39e914611482575080632738940614610ceb57806327e235e314610caf5780632e0ef42214610c955780633ccfd60b14610be057806349fc40b714610a3257806351160630146109ee5780635f3ad709146109d357806392584d801461064a578063944303a814610610578063a9ca52c114610199578063dd0729aa146100f45763fc0c546a146100ad575f80fd5b346100f157806003193601126100f1576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b50346100f15760403660031901126100f157600435908181528060205260408120600381015460ff8116936005851015610185576001851461017357506003602094149081610160575b501561015a5760019150015460f01c5b61ffff60405191168152f35b5061014e565b61ffff915060481c16602435105f61013e565b6322ce518560e01b8452600452602483fd5b634e487b7160e01b84526021600452602484fd5b50346104fb576101203660031901126104fb576004356101003660231901126104fb576101c4611798565b6101cd816117f2565b926001600160a01b0316330390506105f9576001906101eb816115fa565b036105e6576105d457805f525f60205260405f206003810160ff81541660058110156105c0576105ad5760243591821561057957600360ff61022b611761565b16108015610565575b6105365761271061ffff610246611771565b16116104ff5782815560018101906044356001600160401b0381168082036104fb57835491606435926001600160401b038416948585036104fb576bffffffffffffffffffffffff60801b610299611782565b60801b169660ff60e01b6102ab611761565b60e01b169760c43598891515809a036104fb576002946001600160f01b03196102d2611771565b60f01b166001600160f01b036fffffffffffffffff000000000000000060408c901b166001600160f01b03199390931661ffff60e01b198b16179290921793909317161760ff60e81b60e88b901b1617179055610104356001600160801b038116989291909101908890036104fb57876001600160801b0319825416179055600160ff198254161790556040519687525060208601525060408401526084356001600160601b0381168091036104fb57606084015260a43560ff81168091036104fb57608084015260a083015260e43561ffff81168091036104fb57827f30d370a856476a38381d8dab2595721a955b6fe05ae7356fd67d5bfcfab37ae0926101009260c08796015260e0820152a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b156104fb575f9160248392604051948593849262a7821360e31b845260048401525af180156104f0576104dd575b506104626001600160601b03610450611782565b1660ff61045b611761565b169061170c565b8061047c575b50805f516020611b9a5f395f51905f525d80f35b6104d790604051906323b872dd60e01b60208301523360248301523060448301526064820152606481526104b1608482611515565b7f0000000000000000000000000000000000000000000000000000000000000000611b41565b5f610468565b6104e991505f90611515565b5f5f61043c565b6040513d5f823e3d90fd5b5f80fd5b60405163f191a03160e01b815260206004820152600e60248201526d636f6e646974696f6e616c42707360901b6044820152606490fd5b60405163f191a03160e01b815260206004820152600660248201526571756f72756d60d01b6044820152606490fd5b50602060ff610572611761565b1611610234565b60405163f191a03160e01b815260206004820152600b60248201526a0d0cad8c89eeae890c2e6d60ab1b6044820152606490fd5b8263566170bb60e11b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b636b270f6160e11b5f5260045260245ffd5b5063489d879760e11b5f5260045260245ffd5b8263efbf493960e01b5f526004523360245260445ffd5b346104fb575f3660031901126104fb5760206040517f525587963309a495ae18185f0bd949e8f454446d410810e0f0f2af06a13420638152f35b346104fb5760203660031901126104fb57600435610666611798565b805f525f60205260405f206003810180549160ff831660058110156105c0576001036109c1576106a392610699856117f2565b5090959195611922565b156109ae5760046106b38361165e565b920191825490606081016001600160601b03815116936106dc608084019560ff8751169061170c565b925f955f9760ff82511687105f146107b257505050506001600160601b0361071291600460ff198954161788555b51168461170c565b810390811161079e5760ff6080956001600160401b03927f3ddaab468d9a44275e54d7d73b1cf24f39246066ac79628426bba2def48d27059860018060a01b03165f52600160205261076960405f20918254611651565b905554169361077b604051809661149c565b16602084015260408301526060820152a25f5f516020611b9a5f395f51905f525d005b634e487b7160e01b5f52601160045260245ffd5b94969750946107c7819b9499929a939b611536565b6107d46040519182611515565b818152601f196107e383611536565b013660208301375f5b82811061098257506107fd9061199e565b68ffffffffffffffff0019909b1660088c901b68ffffffffffffffff001617825560a08a01516001600160401b038c169b97901561096c576001600160401b0360208c0151168c10155b156109655760025b60058110156105c05760ff809c989c19855416911617835560405f9701965b82811080610958575b15610939578c8b61089161088b848b61163c565b506116de565b918b60208401916001600160401b038351169081115f1461092957506001600160401b036108c0925116611741565b6001600160401b03808c5116911611156108e5575b50506108e090611733565b61086e565b9a610921916001600160601b036108e0949d51169060018060a01b039051165f52600160205261091a60405f20918254611651565b9055611733565b99908b6108d5565b906109349250611741565b6108c0565b5094509450966107129299506001600160601b0391985095949561070a565b5060ff8c51168a10610877565b600361084f565b6001600160401b0360208c0151168c1115610847565b806001600160401b036109976001938a61163c565b505460a01c166109a7828561171f565b52016107ec565b8463c82dbb6760e01b5f5260045260245ffd5b83620d1c2160e71b5f5260045260245ffd5b346104fb575f3660031901126104fb57602060405160038152f35b346104fb575f3660031901126104fb576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346104fb5760203660031901126104fb575f60e0604051610a52816114f9565b8281528260208201528260408201528260608201528260808201528260a08201528260c082015201526004355f525f60205260405f20600381015490610a9b600482019161165e565b8154610aa681611536565b90610ab46040519283611515565b8082526020820180945f5260205f205f915b838310610bc3576001600160401b03888888886040519485946001600160801b0360e0610160880195805189528460208201511660208a01528460408201511660408a01526001600160601b0360608201511660608a015260ff60808201511660808a015260a0810151151560a08a015261ffff60c08201511660c08a015201511660e0870152610b5e610100870160ff831661149c565b60081c1661012085015261016061014085015251809152610180830191905f5b818110610b8c575050500390f35b825180516001600160a01b031685526020908101516001600160401b03168186015286955060409094019390920191600101610b7e565b600160208192610bd2856116de565b815201920192019190610ac6565b346104fb575f3660031901126104fb57610bf8611798565b335f52600160205260405f20548015610c8657610c7490335f5260016020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a26040519063a9059cbb60e01b60208301523360248301526044820152604481526104b1606482611515565b5f5f516020611b9a5f395f51905f525d005b630686827b60e51b5f5260045ffd5b346104fb575f3660031901126104fb576020604051818152f35b346104fb5760203660031901126104fb576004356001600160a01b038116908190036104fb575f526001602052602060405f2054604051908152f35b346104fb5760e03660031901126104fb576024356004356001600160401b0382116104fb578160040191606060031982360301126104fb576044356001600160a01b03811693908490036104fb5760603660631901126104fb5760c435926001600160401b0384116104fb57366023850112156104fb5783600401356001600160401b0381116104fb5736602482870101116104fb57610d89611798565b815f525f60205260405f209460038601549160ff831660058110156105c0576001036109c15790839291610dbf610dc7956117f2565b929791611922565b61146f57801561145c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031695879594939291906044610e0f88806114a9565b909b610e2c610e2260248301809c6114a9565b949092018d6114a9565b93909d6040516080526060608051019060805182106001600160401b0383111761127e57610e6d94610e6292604052369161154d565b60805152369161154d565b9a6020608051019b8c52610e8082611536565b91610e8e6040519384611515565b808352602083019060051b8201913683116104fb57905b82821061144c5750505090610f1491604060805101908152604051928392633be1b7eb60e11b845289600485015260018060a01b03169c8d602485015260606044850152610f01608051516060606487015260c48601906115a8565b90518482036063190160848601526115a8565b9051906063198382030160a4840152602080835192838152019201905f5b81811061143357505050908060209203818b5afa9081156104f0575f91611401575b50036113ee576084359189548084036113d7575060405163f698da2560e01b8152906020826004818b5afa80156104f0578c925f916113a0575b50925f602061105e949589606435986001600160401b03610fad6115e4565b60405192868401947f525587963309a495ae18185f0bd949e8f454446d410810e0f0f2af06a1342063865260408501528b60608501528c608085015260a08401521660c082015260c0815261100360e082611515565b519020604051908382019261190160f01b8452602283015260428201526042815261102f606282611515565b519020928060246040519661104d85601f19601f8601160189611515565b828852018387013784010152611964565b5090919061106b816115fa565b159182159261138c575b50508015611384575b6113755788968714611362575f5b61109687806114a9565b90508110156110e65787816110c56110c06110b18b806114a9565b6001600160a01b039491611604565b611628565b16146110d35760010161108c565b876366246ae560e01b5f5260045260245ffd5b509091929493965f5b6110f987876114a9565b90508110156111225787816111146110c06110b18b8b6114a9565b16146110d3576001016110ef565b509091939294602460208960405192838092630213119b60e51b82528c60048301525afa9081156104f0575f91611330575b506001600160801b036002840154169081811061131b5750506004820194855494602086101561130c575f5b8681106112d657508515611292575b5050505061119b6115e4565b92604051926111a9846114de565b8684526001600160401b0360208501951685526801000000000000000081101561127e576111dc9160018201815561163c565b61126b579151825493516001600160e01b03199094166001600160a01b03919091161760a09390931b67ffffffffffffffff60a01b169290921790557f9bee2837e88971041ec216793631b00cf3b716259a47d7d68ee42a5385ee778a906040906001600160401b0361124d6115e4565b8351928352166020820152a35f5f516020611b9a5f395f51905f525d005b634e487b7160e01b5f525f60045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6112bc816112b46003956112ac8361ffff60481b966114a9565b9390506114a9565b919050611651565b60481b169061ffff60481b1916179101558580808061118f565b896112e1828a61163c565b50546001600160a01b0316146112f957600101611180565b896397d84e4b60e01b5f5260045260245ffd5b63a487d2d160e01b5f5260045ffd5b63829f116360e01b5f5260045260245260445ffd5b90506020813d60201161135a575b8161134b60209383611515565b810103126104fb575188611154565b3d915061133e565b866366246ae560e01b5f5260045260245ffd5b635cd5d23360e01b5f5260045ffd5b50881561107e565b6001600160a01b031614159050898b611075565b9250506020823d6020116113cf575b816113bc60209383611515565b810103126104fb5790518b91905f610f8e565b3d91506113af565b839063d9941f9f60e01b5f5260045260245260445ffd5b83630be6bc7560e21b5f5260045260245ffd5b90506020813d60201161142b575b8161141c60209383611515565b810103126104fb57518c610f54565b3d915061140f565b8251845285945060209384019390920191600101610f32565b8135815260209182019101610ea5565b84631823865760e01b5f5260045260245ffd5b84632c63b04b60e01b5f5260045260245ffd5b346104fb575f3660031901126104fb578061271060209252f35b9060058210156105c05752565b903590601e19813603018212156104fb57018035906001600160401b0382116104fb57602001918160051b360383136104fb57565b604081019081106001600160401b0382111761127e57604052565b61010081019081106001600160401b0382111761127e57604052565b90601f801991011681019081106001600160401b0382111761127e57604052565b6001600160401b03811161127e5760051b60200190565b929161155882611536565b936115666040519586611515565b602085848152019260051b81019182116104fb57915b81831061158857505050565b82356001600160a01b03811681036104fb5781526020928301920161157c565b90602080835192838152019201905f5b8181106115c55750505090565b82516001600160a01b03168452602093840193909201916001016115b8565b60a4356001600160401b03811681036104fb5790565b600411156105c057565b91908110156116145760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160a01b03811681036104fb5790565b8054821015611614575f5260205f2001905f90565b9190820180921161079e57565b9060405161166b816114f9565b60e06001600160801b03600283958054855260018101546001600160401b03811660208701526001600160401b038160401c1660408701526001600160601b038160801c16606087015260ff81861c16608087015260ff8160e81c16151560a087015260f01c60c0860152015416910152565b906040516116eb816114de565b91546001600160a01b038116835260a01c6001600160401b03166020830152565b8181029291811591840414171561079e57565b80518210156116145760209160051b010190565b5f19811461079e5760010190565b906001600160401b03809116911603906001600160401b03821161079e57565b60a43560ff811681036104fb5790565b60e43561ffff811681036104fb5790565b6084356001600160601b03811681036104fb5790565b5f516020611b9a5f395f51905f525c6117be5760015f516020611b9a5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b519063ffffffff821682036104fb57565b51906001600160401b03821682036104fb57565b604051630e3b5f3f60e21b81526004810191909152610160816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156104f0575f905f925f915f91611855575b5090929193565b9350505050610160813d821161191a575b816118746101609383611515565b810103126104fb5780516001600160a01b03811681036104fb5761189a602083016117cd565b506118a7604083016117de565b5060808201516001600160601b038116036104fb576118c860a083016117cd565b5060c08201519064ffffffffff821682036104fb5760e083015161ffff8116036104fb576101008301519260048410156104fb578061190d61012061014093016117de565b500151909192905f61184e565b3d9150611866565b9061192c826115fa565b6003821491821561193c57505090565b600291925061194a816115fa565b149081611955575090565b64ffffffffff91501642101590565b81519190604183036119945761198d9250602082015190606060408401519301515f1a90611abf565b9192909190565b50505f9160029190565b805160015b818110611a1257506001808216146119f75760011c905f1982019082821161079e576001600160401b036119e88194826119e06119f0968661171f565b51169361171f565b511690611651565b60011c1690565b6001600160401b0391611a0d9160011c9061171f565b511690565b926001600160401b03611a278585949561171f565b511692845b8015801580611a98575b15611a7f575f1982019180831161079e57611a656001600160401b03611a5c858961171f565b5116918761171f565b5215611a2c57634e487b7160e01b5f52601160045260245ffd5b5093611a91600193969294958661171f565b52016119a3565b505f19820182811161079e576001600160401b03611ab788928861171f565b511611611a36565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611b36579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156104f0575f516001600160a01b03811615611b2c57905f905f90565b505f906001905f90565b5050505f9160039190565b905f602091828151910182855af1156104f0575f513d611b9057506001600160a01b0381163b155b611b705750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b60011415611b6956fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220deb5bead318e8cd5f4aa2a64a06b3e31138a3268eab13b32e6b5492e15e6f66064736f6c63430008250033",
}

// Evaluations is an auto generated Go binding around an Ethereum contract.
type Evaluations struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Evaluations) GetABI() abi.ABI {
	return c.abi
}

// NewEvaluations creates a new instance of Evaluations.
func NewEvaluations() *Evaluations {
	parsed, err := EvaluationsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Evaluations{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Evaluations) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address settlement_, address token_) returns()
func (evaluations *Evaluations) PackConstructor(settlement_ common.Address, token_ common.Address) []byte {
	enc, err := evaluations.abi.Pack("", settlement_, token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (evaluations *Evaluations) PackBPS() []byte {
	enc, err := evaluations.abi.Pack("BPS")
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
func (evaluations *Evaluations) TryPackBPS() ([]byte, error) {
	return evaluations.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (evaluations *Evaluations) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := evaluations.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSCORES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0ef422.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SCORES() view returns(uint256)
func (evaluations *Evaluations) PackMAXSCORES() []byte {
	enc, err := evaluations.abi.Pack("MAX_SCORES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSCORES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0ef422.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SCORES() view returns(uint256)
func (evaluations *Evaluations) TryPackMAXSCORES() ([]byte, error) {
	return evaluations.abi.Pack("MAX_SCORES")
}

// UnpackMAXSCORES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e0ef422.
//
// Solidity: function MAX_SCORES() view returns(uint256)
func (evaluations *Evaluations) UnpackMAXSCORES(data []byte) (*big.Int, error) {
	out, err := evaluations.abi.Unpack("MAX_SCORES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f3ad709.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_QUORUM() view returns(uint256)
func (evaluations *Evaluations) PackMINQUORUM() []byte {
	enc, err := evaluations.abi.Pack("MIN_QUORUM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f3ad709.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_QUORUM() view returns(uint256)
func (evaluations *Evaluations) TryPackMINQUORUM() ([]byte, error) {
	return evaluations.abi.Pack("MIN_QUORUM")
}

// UnpackMINQUORUM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f3ad709.
//
// Solidity: function MIN_QUORUM() view returns(uint256)
func (evaluations *Evaluations) UnpackMINQUORUM(data []byte) (*big.Int, error) {
	out, err := evaluations.abi.Unpack("MIN_QUORUM", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSCORETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x944303a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCORE_TYPEHASH() view returns(bytes32)
func (evaluations *Evaluations) PackSCORETYPEHASH() []byte {
	enc, err := evaluations.abi.Pack("SCORE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCORETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x944303a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCORE_TYPEHASH() view returns(bytes32)
func (evaluations *Evaluations) TryPackSCORETYPEHASH() ([]byte, error) {
	return evaluations.abi.Pack("SCORE_TYPEHASH")
}

// UnpackSCORETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x944303a8.
//
// Solidity: function SCORE_TYPEHASH() view returns(bytes32)
func (evaluations *Evaluations) UnpackSCORETYPEHASH(data []byte) ([32]byte, error) {
	out, err := evaluations.abi.Unpack("SCORE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address account) view returns(uint256)
func (evaluations *Evaluations) PackBalances(account common.Address) []byte {
	enc, err := evaluations.abi.Pack("balances", account)
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
func (evaluations *Evaluations) TryPackBalances(account common.Address) ([]byte, error) {
	return evaluations.abi.Pack("balances", account)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address account) view returns(uint256)
func (evaluations *Evaluations) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := evaluations.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEvaluationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49fc40b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evaluationOf(bytes32 jobId) view returns((bytes32,uint64,uint64,uint96,uint8,bool,uint16,uint128) terms, uint8 outcome, uint64 result, (address,uint64)[] scores)
func (evaluations *Evaluations) PackEvaluationOf(jobId [32]byte) []byte {
	enc, err := evaluations.abi.Pack("evaluationOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvaluationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49fc40b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evaluationOf(bytes32 jobId) view returns((bytes32,uint64,uint64,uint96,uint8,bool,uint16,uint128) terms, uint8 outcome, uint64 result, (address,uint64)[] scores)
func (evaluations *Evaluations) TryPackEvaluationOf(jobId [32]byte) ([]byte, error) {
	return evaluations.abi.Pack("evaluationOf", jobId)
}

// EvaluationOfOutput serves as a container for the return parameters of contract
// method EvaluationOf.
type EvaluationOfOutput struct {
	Terms   EvaluationsTerms
	Outcome uint8
	Result  uint64
	Scores  []EvaluationsScored
}

// UnpackEvaluationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49fc40b7.
//
// Solidity: function evaluationOf(bytes32 jobId) view returns((bytes32,uint64,uint64,uint96,uint8,bool,uint16,uint128) terms, uint8 outcome, uint64 result, (address,uint64)[] scores)
func (evaluations *Evaluations) UnpackEvaluationOf(data []byte) (EvaluationOfOutput, error) {
	out, err := evaluations.abi.Unpack("evaluationOf", data)
	outstruct := new(EvaluationOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Terms = *abi.ConvertType(out[0], new(EvaluationsTerms)).(*EvaluationsTerms)
	outstruct.Outcome = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Result = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Scores = *abi.ConvertType(out[3], new([]EvaluationsScored)).(*[]EvaluationsScored)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92584d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(bytes32 jobId) returns()
func (evaluations *Evaluations) PackFinalize(jobId [32]byte) []byte {
	enc, err := evaluations.abi.Pack("finalize", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92584d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(bytes32 jobId) returns()
func (evaluations *Evaluations) TryPackFinalize(jobId [32]byte) ([]byte, error) {
	return evaluations.abi.Pack("finalize", jobId)
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9ca52c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(bytes32 jobId, (bytes32,uint64,uint64,uint96,uint8,bool,uint16,uint128) t) returns()
func (evaluations *Evaluations) PackOpen(jobId [32]byte, t EvaluationsTerms) []byte {
	enc, err := evaluations.abi.Pack("open", jobId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9ca52c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(bytes32 jobId, (bytes32,uint64,uint64,uint96,uint8,bool,uint16,uint128) t) returns()
func (evaluations *Evaluations) TryPackOpen(jobId [32]byte, t EvaluationsTerms) ([]byte, error) {
	return evaluations.abi.Pack("open", jobId, t)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (evaluations *Evaluations) PackSettlement() []byte {
	enc, err := evaluations.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (evaluations *Evaluations) TryPackSettlement() ([]byte, error) {
	return evaluations.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (evaluations *Evaluations) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := evaluations.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27389406.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(bytes32 jobId, (address[],address[],uint256[]) award, address evaluator, (bytes32,bytes32,uint64) s, bytes sig) returns()
func (evaluations *Evaluations) PackSubmit(jobId [32]byte, award EvaluationsAward, evaluator common.Address, s EvaluationsScore, sig []byte) []byte {
	enc, err := evaluations.abi.Pack("submit", jobId, award, evaluator, s, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27389406.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(bytes32 jobId, (address[],address[],uint256[]) award, address evaluator, (bytes32,bytes32,uint64) s, bytes sig) returns()
func (evaluations *Evaluations) TryPackSubmit(jobId [32]byte, award EvaluationsAward, evaluator common.Address, s EvaluationsScore, sig []byte) ([]byte, error) {
	return evaluations.abi.Pack("submit", jobId, award, evaluator, s, sig)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (evaluations *Evaluations) PackToken() []byte {
	enc, err := evaluations.abi.Pack("token")
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
func (evaluations *Evaluations) TryPackToken() ([]byte, error) {
	return evaluations.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (evaluations *Evaluations) UnpackToken(data []byte) (common.Address, error) {
	out, err := evaluations.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (evaluations *Evaluations) PackWithdraw() []byte {
	enc, err := evaluations.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (evaluations *Evaluations) TryPackWithdraw() ([]byte, error) {
	return evaluations.abi.Pack("withdraw")
}

// PackWithheldBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd0729aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withheldBps(bytes32 jobId, uint256 index) view returns(uint256)
func (evaluations *Evaluations) PackWithheldBps(jobId [32]byte, index *big.Int) []byte {
	enc, err := evaluations.abi.Pack("withheldBps", jobId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithheldBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd0729aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withheldBps(bytes32 jobId, uint256 index) view returns(uint256)
func (evaluations *Evaluations) TryPackWithheldBps(jobId [32]byte, index *big.Int) ([]byte, error) {
	return evaluations.abi.Pack("withheldBps", jobId, index)
}

// UnpackWithheldBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd0729aa.
//
// Solidity: function withheldBps(bytes32 jobId, uint256 index) view returns(uint256)
func (evaluations *Evaluations) UnpackWithheldBps(data []byte) (*big.Int, error) {
	out, err := evaluations.abi.Unpack("withheldBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// EvaluationsEvaluationFinalized represents a EvaluationFinalized event raised by the Evaluations contract.
type EvaluationsEvaluationFinalized struct {
	JobId   [32]byte
	Outcome uint8
	Result  uint64
	Scores  *big.Int
	Paid    *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EvaluationsEvaluationFinalizedEventName = "EvaluationFinalized"

// ContractEventName returns the user-defined event name.
func (EvaluationsEvaluationFinalized) ContractEventName() string {
	return EvaluationsEvaluationFinalizedEventName
}

// UnpackEvaluationFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EvaluationFinalized(bytes32 indexed jobId, uint8 outcome, uint64 result, uint256 scores, uint256 paid)
func (evaluations *Evaluations) UnpackEvaluationFinalizedEvent(log *types.Log) (*EvaluationsEvaluationFinalized, error) {
	event := "EvaluationFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != evaluations.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EvaluationsEvaluationFinalized)
	if len(log.Data) > 0 {
		if err := evaluations.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range evaluations.abi.Events[event].Inputs {
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

// EvaluationsEvaluationOpened represents a EvaluationOpened event raised by the Evaluations contract.
type EvaluationsEvaluationOpened struct {
	JobId [32]byte
	Terms EvaluationsTerms
	Raw   *types.Log // Blockchain specific contextual infos
}

const EvaluationsEvaluationOpenedEventName = "EvaluationOpened"

// ContractEventName returns the user-defined event name.
func (EvaluationsEvaluationOpened) ContractEventName() string {
	return EvaluationsEvaluationOpenedEventName
}

// UnpackEvaluationOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EvaluationOpened(bytes32 indexed jobId, (bytes32,uint64,uint64,uint96,uint8,bool,uint16,uint128) terms)
func (evaluations *Evaluations) UnpackEvaluationOpenedEvent(log *types.Log) (*EvaluationsEvaluationOpened, error) {
	event := "EvaluationOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != evaluations.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EvaluationsEvaluationOpened)
	if len(log.Data) > 0 {
		if err := evaluations.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range evaluations.abi.Events[event].Inputs {
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

// EvaluationsScoreSubmitted represents a ScoreSubmitted event raised by the Evaluations contract.
type EvaluationsScoreSubmitted struct {
	JobId     [32]byte
	Evaluator common.Address
	ModelHash [32]byte
	Score     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const EvaluationsScoreSubmittedEventName = "ScoreSubmitted"

// ContractEventName returns the user-defined event name.
func (EvaluationsScoreSubmitted) ContractEventName() string {
	return EvaluationsScoreSubmittedEventName
}

// UnpackScoreSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreSubmitted(bytes32 indexed jobId, address indexed evaluator, bytes32 modelHash, uint64 score)
func (evaluations *Evaluations) UnpackScoreSubmittedEvent(log *types.Log) (*EvaluationsScoreSubmitted, error) {
	event := "ScoreSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != evaluations.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EvaluationsScoreSubmitted)
	if len(log.Data) > 0 {
		if err := evaluations.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range evaluations.abi.Events[event].Inputs {
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

// EvaluationsWithdrawn represents a Withdrawn event raised by the Evaluations contract.
type EvaluationsWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EvaluationsWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (EvaluationsWithdrawn) ContractEventName() string {
	return EvaluationsWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (evaluations *Evaluations) UnpackWithdrawnEvent(log *types.Log) (*EvaluationsWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != evaluations.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EvaluationsWithdrawn)
	if len(log.Data) > 0 {
		if err := evaluations.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range evaluations.abi.Events[event].Inputs {
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
func (evaluations *Evaluations) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], evaluations.abi.Errors["AlreadyScored"].ID.Bytes()[:4]) {
		return evaluations.UnpackAlreadyScoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["AwardAlreadyBound"].ID.Bytes()[:4]) {
		return evaluations.UnpackAwardAlreadyBoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["AwardMismatch"].ID.Bytes()[:4]) {
		return evaluations.UnpackAwardMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return evaluations.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["EvaluationExists"].ID.Bytes()[:4]) {
		return evaluations.UnpackEvaluationExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["EvaluationPending"].ID.Bytes()[:4]) {
		return evaluations.UnpackEvaluationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["InvalidTerms"].ID.Bytes()[:4]) {
		return evaluations.UnpackInvalidTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["JobNotOpen"].ID.Bytes()[:4]) {
		return evaluations.UnpackJobNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["NoAward"].ID.Bytes()[:4]) {
		return evaluations.UnpackNoAwardError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["NotFinal"].ID.Bytes()[:4]) {
		return evaluations.UnpackNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["NotIndependent"].ID.Bytes()[:4]) {
		return evaluations.UnpackNotIndependentError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["NotOpen"].ID.Bytes()[:4]) {
		return evaluations.UnpackNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["NotPoster"].ID.Bytes()[:4]) {
		return evaluations.UnpackNotPosterError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return evaluations.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return evaluations.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return evaluations.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["ScoringClosed"].ID.Bytes()[:4]) {
		return evaluations.UnpackScoringClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return evaluations.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["TooManyScores"].ID.Bytes()[:4]) {
		return evaluations.UnpackTooManyScoresError(raw[4:])
	}
	if bytes.Equal(raw[:4], evaluations.abi.Errors["WrongHeldOut"].ID.Bytes()[:4]) {
		return evaluations.UnpackWrongHeldOutError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EvaluationsAlreadyScored represents a AlreadyScored error raised by the Evaluations contract.
type EvaluationsAlreadyScored struct {
	Evaluator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyScored(address evaluator)
func EvaluationsAlreadyScoredErrorID() common.Hash {
	return common.HexToHash("0x97d84e4bee59f95dcd92b81ae4ff3cfa95e4bf28f21d69c5fce483aed765ab80")
}

// UnpackAlreadyScoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyScored(address evaluator)
func (evaluations *Evaluations) UnpackAlreadyScoredError(raw []byte) (*EvaluationsAlreadyScored, error) {
	out := new(EvaluationsAlreadyScored)
	if err := evaluations.abi.UnpackIntoInterface(out, "AlreadyScored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsAwardAlreadyBound represents a AwardAlreadyBound error raised by the Evaluations contract.
type EvaluationsAwardAlreadyBound struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AwardAlreadyBound(bytes32 jobId)
func EvaluationsAwardAlreadyBoundErrorID() common.Hash {
	return common.HexToHash("0xd64e1ec25805bb310191ea80b61f24896110b55d5df94de72fd21a223e67e6ae")
}

// UnpackAwardAlreadyBoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AwardAlreadyBound(bytes32 jobId)
func (evaluations *Evaluations) UnpackAwardAlreadyBoundError(raw []byte) (*EvaluationsAwardAlreadyBound, error) {
	out := new(EvaluationsAwardAlreadyBound)
	if err := evaluations.abi.UnpackIntoInterface(out, "AwardAlreadyBound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsAwardMismatch represents a AwardMismatch error raised by the Evaluations contract.
type EvaluationsAwardMismatch struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AwardMismatch(bytes32 jobId)
func EvaluationsAwardMismatchErrorID() common.Hash {
	return common.HexToHash("0x2f9af1d4ba2b2e121d4ab02c6551e3f939455046e142814b30eeac0a86338db7")
}

// UnpackAwardMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AwardMismatch(bytes32 jobId)
func (evaluations *Evaluations) UnpackAwardMismatchError(raw []byte) (*EvaluationsAwardMismatch, error) {
	out := new(EvaluationsAwardMismatch)
	if err := evaluations.abi.UnpackIntoInterface(out, "AwardMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsBadSignature represents a BadSignature error raised by the Evaluations contract.
type EvaluationsBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func EvaluationsBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (evaluations *Evaluations) UnpackBadSignatureError(raw []byte) (*EvaluationsBadSignature, error) {
	out := new(EvaluationsBadSignature)
	if err := evaluations.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsEvaluationExists represents a EvaluationExists error raised by the Evaluations contract.
type EvaluationsEvaluationExists struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EvaluationExists(bytes32 jobId)
func EvaluationsEvaluationExistsErrorID() common.Hash {
	return common.HexToHash("0xacc2e1768ae5e571a3addce53ae5cef889776efe9a2df2747ff26f0430adc18d")
}

// UnpackEvaluationExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EvaluationExists(bytes32 jobId)
func (evaluations *Evaluations) UnpackEvaluationExistsError(raw []byte) (*EvaluationsEvaluationExists, error) {
	out := new(EvaluationsEvaluationExists)
	if err := evaluations.abi.UnpackIntoInterface(out, "EvaluationExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsEvaluationPending represents a EvaluationPending error raised by the Evaluations contract.
type EvaluationsEvaluationPending struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EvaluationPending(bytes32 jobId)
func EvaluationsEvaluationPendingErrorID() common.Hash {
	return common.HexToHash("0x22ce518501171dd05297f1beb4049a2cd86dd76e79e80a67a1b3436874245128")
}

// UnpackEvaluationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EvaluationPending(bytes32 jobId)
func (evaluations *Evaluations) UnpackEvaluationPendingError(raw []byte) (*EvaluationsEvaluationPending, error) {
	out := new(EvaluationsEvaluationPending)
	if err := evaluations.abi.UnpackIntoInterface(out, "EvaluationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsInvalidTerms represents a InvalidTerms error raised by the Evaluations contract.
type EvaluationsInvalidTerms struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerms(string name)
func EvaluationsInvalidTermsErrorID() common.Hash {
	return common.HexToHash("0xf191a031a8e2caa80df477b8b01660f0de4259688cef841b71cd05217c53b977")
}

// UnpackInvalidTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerms(string name)
func (evaluations *Evaluations) UnpackInvalidTermsError(raw []byte) (*EvaluationsInvalidTerms, error) {
	out := new(EvaluationsInvalidTerms)
	if err := evaluations.abi.UnpackIntoInterface(out, "InvalidTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsJobNotOpen represents a JobNotOpen error raised by the Evaluations contract.
type EvaluationsJobNotOpen struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotOpen(bytes32 jobId)
func EvaluationsJobNotOpenErrorID() common.Hash {
	return common.HexToHash("0x913b0f2ece600293c025db253a7b344f2e339dc34cf6953e7a4419a042074c78")
}

// UnpackJobNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotOpen(bytes32 jobId)
func (evaluations *Evaluations) UnpackJobNotOpenError(raw []byte) (*EvaluationsJobNotOpen, error) {
	out := new(EvaluationsJobNotOpen)
	if err := evaluations.abi.UnpackIntoInterface(out, "JobNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsNoAward represents a NoAward error raised by the Evaluations contract.
type EvaluationsNoAward struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAward(bytes32 jobId)
func EvaluationsNoAwardErrorID() common.Hash {
	return common.HexToHash("0x18238657dcb89cf4ecf4ac220310c0da3609dba5138718037eb72a0ac190da96")
}

// UnpackNoAwardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAward(bytes32 jobId)
func (evaluations *Evaluations) UnpackNoAwardError(raw []byte) (*EvaluationsNoAward, error) {
	out := new(EvaluationsNoAward)
	if err := evaluations.abi.UnpackIntoInterface(out, "NoAward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsNotFinal represents a NotFinal error raised by the Evaluations contract.
type EvaluationsNotFinal struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinal(bytes32 jobId)
func EvaluationsNotFinalErrorID() common.Hash {
	return common.HexToHash("0xc82dbb678e950e6302695955ea48feb45a3162881b98fc495d1e00746cb0a583")
}

// UnpackNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinal(bytes32 jobId)
func (evaluations *Evaluations) UnpackNotFinalError(raw []byte) (*EvaluationsNotFinal, error) {
	out := new(EvaluationsNotFinal)
	if err := evaluations.abi.UnpackIntoInterface(out, "NotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsNotIndependent represents a NotIndependent error raised by the Evaluations contract.
type EvaluationsNotIndependent struct {
	Evaluator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotIndependent(address evaluator)
func EvaluationsNotIndependentErrorID() common.Hash {
	return common.HexToHash("0x66246ae55369819c08bdd7128108070a672a82e7a365626d0ab86a7ccdaf36b6")
}

// UnpackNotIndependentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotIndependent(address evaluator)
func (evaluations *Evaluations) UnpackNotIndependentError(raw []byte) (*EvaluationsNotIndependent, error) {
	out := new(EvaluationsNotIndependent)
	if err := evaluations.abi.UnpackIntoInterface(out, "NotIndependent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsNotOpen represents a NotOpen error raised by the Evaluations contract.
type EvaluationsNotOpen struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOpen(bytes32 jobId)
func EvaluationsNotOpenErrorID() common.Hash {
	return common.HexToHash("0x068e10802b011d554519f6ff0484efe47bcb8d455731c4944d4a3b1d5a6f035f")
}

// UnpackNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOpen(bytes32 jobId)
func (evaluations *Evaluations) UnpackNotOpenError(raw []byte) (*EvaluationsNotOpen, error) {
	out := new(EvaluationsNotOpen)
	if err := evaluations.abi.UnpackIntoInterface(out, "NotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsNotPoster represents a NotPoster error raised by the Evaluations contract.
type EvaluationsNotPoster struct {
	JobId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPoster(bytes32 jobId, address caller)
func EvaluationsNotPosterErrorID() common.Hash {
	return common.HexToHash("0xefbf493920e3fadd929315b1c0c6941ac3e866cd134fd5739419aa7da3f2932c")
}

// UnpackNotPosterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPoster(bytes32 jobId, address caller)
func (evaluations *Evaluations) UnpackNotPosterError(raw []byte) (*EvaluationsNotPoster, error) {
	out := new(EvaluationsNotPoster)
	if err := evaluations.abi.UnpackIntoInterface(out, "NotPoster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsNothingToWithdraw represents a NothingToWithdraw error raised by the Evaluations contract.
type EvaluationsNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func EvaluationsNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (evaluations *Evaluations) UnpackNothingToWithdrawError(raw []byte) (*EvaluationsNothingToWithdraw, error) {
	out := new(EvaluationsNothingToWithdraw)
	if err := evaluations.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Evaluations contract.
type EvaluationsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func EvaluationsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (evaluations *Evaluations) UnpackReentrancyGuardReentrantCallError(raw []byte) (*EvaluationsReentrancyGuardReentrantCall, error) {
	out := new(EvaluationsReentrancyGuardReentrantCall)
	if err := evaluations.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Evaluations contract.
type EvaluationsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func EvaluationsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (evaluations *Evaluations) UnpackSafeERC20FailedOperationError(raw []byte) (*EvaluationsSafeERC20FailedOperation, error) {
	out := new(EvaluationsSafeERC20FailedOperation)
	if err := evaluations.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsScoringClosed represents a ScoringClosed error raised by the Evaluations contract.
type EvaluationsScoringClosed struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoringClosed(bytes32 jobId)
func EvaluationsScoringClosedErrorID() common.Hash {
	return common.HexToHash("0x2c63b04b656dfa63965d1c05de7f4fc8ee749f638d7a3b4d9a0b744bfb158c11")
}

// UnpackScoringClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoringClosed(bytes32 jobId)
func (evaluations *Evaluations) UnpackScoringClosedError(raw []byte) (*EvaluationsScoringClosed, error) {
	out := new(EvaluationsScoringClosed)
	if err := evaluations.abi.UnpackIntoInterface(out, "ScoringClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsStakeTooLow represents a StakeTooLow error raised by the Evaluations contract.
type EvaluationsStakeTooLow struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 have, uint256 want)
func EvaluationsStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 have, uint256 want)
func (evaluations *Evaluations) UnpackStakeTooLowError(raw []byte) (*EvaluationsStakeTooLow, error) {
	out := new(EvaluationsStakeTooLow)
	if err := evaluations.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsTooManyScores represents a TooManyScores error raised by the Evaluations contract.
type EvaluationsTooManyScores struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyScores()
func EvaluationsTooManyScoresErrorID() common.Hash {
	return common.HexToHash("0xa487d2d1d3546175a3baf50a51ff53a9dff5c88cc388f885f236ef77e8a8f061")
}

// UnpackTooManyScoresError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyScores()
func (evaluations *Evaluations) UnpackTooManyScoresError(raw []byte) (*EvaluationsTooManyScores, error) {
	out := new(EvaluationsTooManyScores)
	if err := evaluations.abi.UnpackIntoInterface(out, "TooManyScores", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EvaluationsWrongHeldOut represents a WrongHeldOut error raised by the Evaluations contract.
type EvaluationsWrongHeldOut struct {
	Want [32]byte
	Got  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongHeldOut(bytes32 want, bytes32 got)
func EvaluationsWrongHeldOutErrorID() common.Hash {
	return common.HexToHash("0xd9941f9fd4fd61715a60ca40f98afad26e6d035103be3de2ddce68e179b0567c")
}

// UnpackWrongHeldOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongHeldOut(bytes32 want, bytes32 got)
func (evaluations *Evaluations) UnpackWrongHeldOutError(raw []byte) (*EvaluationsWrongHeldOut, error) {
	out := new(EvaluationsWrongHeldOut)
	if err := evaluations.abi.UnpackIntoInterface(out, "WrongHeldOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

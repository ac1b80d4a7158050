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

// TalliesAward is an auto generated low-level Go binding around an user-defined struct.
type TalliesAward struct {
	Winners  []common.Address
	Standbys []common.Address
	Prices   []*big.Int
}

// TalliesViews is an auto generated low-level Go binding around an user-defined struct.
type TalliesViews struct {
	Holders    []common.Address
	Signers    []*big.Int
	Audits     [][]uint64
	Data       [][]*big.Int
	Signatures [][]byte
}

// TalliesMetaData contains all meta data concerning the Tallies contract.
var TalliesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractSettlement\",\"name\":\"settlement_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"AwardMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NoAward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotAWinner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotClaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsortedHolders\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsortedSigners\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"audits\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"data\",\"type\":\"uint256\"}],\"name\":\"Tallied\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLAIM_TALLY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"auditsPaid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"auditsTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"winners\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"standbys\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"prices\",\"type\":\"uint256[]\"}],\"internalType\":\"structTallies.Award\",\"name\":\"award\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"signers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[][]\",\"name\":\"audits\",\"type\":\"uint64[][]\"},{\"internalType\":\"uint256[][]\",\"name\":\"data\",\"type\":\"uint256[][]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"internalType\":\"structTallies.Views\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"claimTally\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"dataPaid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"contractSettlement\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Tallies",
	Bin: "0x60a0346100b057601f611a9b38819003918201601f19168301916001600160401b038311848410176100b4578084926020946040528339810103126100b057516001600160a01b03811681036100b0576080526040516119d290816100c982396080518181816101170152818161017e01528181610301015281816103c50152818161054a0152818161065a0152818161092c01528181610b1b01528181610bac01528181611392015261178f0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60c06040526004361015610011575f80fd5b5f5f3560e01c806336c1447f146113eb578063388d3300146113c1578063511606301461137d5780639d98caf714611343578063a35e70b21461130e5763f4da94511461005c575f80fd5b34610761576060366003190112610761576024359067ffffffffffffffff82116107615760606003198336030112610761576044359167ffffffffffffffff83116107615760a06003198436030112610761577f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6112ff5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051630e3b5f3f60e21b81526004803590820152610160816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610c1b575f905f905f905f946112cb575b5060019061016281611591565b036112b7576040516367f855cb60e11b815290610140826004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610c1b575f926111fc575b5064ffffffffff168042109182156111e1575b50506111cc5781156111b7576101e260048401806115bc565b6101f560248694939401866004016115bc565b909161020760448801886004016115bc565b93909260405196606088019088821067ffffffffffffffff8311176111a3576102419461023892604052369161160a565b8752369161160a565b9060208501918252610252836115f2565b92610260604051948561144e565b808452602084019060051b82019136831161076157905b82821061119357505050916102fd84926102ea60209560406102d798019283526040519788968796633be1b7eb60e11b8852600435600489015260018060a01b0316602488015260606044880152516060606488015260c487019061165e565b905185820360631901608487015261165e565b90518382036063190160a4850152611470565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610c1b575f91611161575b500361114c575f925f5b61035060048401806115bc565b90508110156103a55761038361037b6103768361037060048801806115bc565b9061169a565b6116aa565b60043561173a565b15610391575b600101610343565b9361039d6001916116be565b949050610389565b50604051631f30e0cb60e01b8152600481018590529092906020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610c1b575f608052611119575b5061040f60248401846004016115bc565b8093915061042360448601866004016115bc565b905003611108578261043b60648601866004016115bc565b9050036110f7578261045360848601866004016115bc565b9050036110e6575f91825b61046b60048701806115bc565b90508410156104c8576104886103768561037060048a01806115bc565b6001600160a01b03918216911611156104b95760016104b16103768561037060048a01806115bc565b93019261045e565b63261c1d6b60e11b5f5260045ffd5b5083856104f56104db60048601806115bc565b90506104ed60248701876004016115bc565b9190506115af565b9161050360048301806115bc565b604051908160208101938490925f5b8181106110b657505061052e925003601f19810183528261144e565b51902060405163f698da2560e01b8152909390916020836004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610c1b575f93611082575b5061058c816116cc565b945f935f935f5b848110610cf7575050505050508083526080518110610cdf57505f9384906105d36105c160048301806115bc565b90506104ed60248401846004016115bc565b946105ec6105e460048601806115bc565b9050876115af565b61060e6105f8826115f2565b91610606604051938461144e565b8083526115f2565b601f190136602083013761063861063361062b60048801806115bc565b9050896115af565b6116cc565b604051630e3b5f3f60e21b8152600480359082015290939091610160836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610c1b575f93610ca3575b5092976004355f52600160205260405f2054936106af89516116cc565b60a0525f995b828b1080610c94575b156108ee576106d060048501806115bc565b8c101590506108ad576106ed6103768c61037060048801806115bc565b925b6106fb8460043561173a565b6108a0575f5b8b51811015610765576107378d6103708e848f6107288160446107309301906004016115bc565b929093611719565b51916116fe565b359067ffffffffffffffff82168092036107615760019161075a8260a051611719565b5201610701565b5f80fd5b509a9b95979091929b61077c60805160a051611859565b986004355f525f60205260405f20825f5260205260405f2054998a811115610891578a6107a89161172d565b9963ffffffff88166107ba838261172d565b8c11610870575b506107f28b6107f8936107d58280956115af565b6004355f525f60205260405f20875f5260205260405f20556115af565b986115af565b9c6108038386611719565b6001600160a01b0390911690526108248161037060448801600489016115bc565b3591898381020483148a15171561085c5761084e61085493610845836116be565b9b02918a611719565b526116be565b9991906106b5565b634e487b7160e01b5f52601160045260245ffd5b829b506107d5916108876107f8946107f29361172d565b9c935091506107c1565b50969c506108549198506116be565b9a610854919293506116be565b6108e86103768c6108e26108c760248901896004016115bc565b9190926108da8a6004018b6004016115bc565b91905061172d565b9161169a565b926106ef565b868c8b8b858c8b6004355f52600160205260405f2055945f95604051916326c892cb60e21b8352600435600484015260208360248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa928315610c1b575f93610c60575b5061096786516116cc565b985f975b61097860048801806115bc565b9050891080610c57575b15610acd575f5b8b89518210156109c757906001916109c0826109b98e6103708f8f610730610728826064899401906004016115bc565b3592611719565b5201610989565b5050976109d66080518c611859565b6109ea6103768361037060048c01806115bc565b9a6004355f52600260205260405f2060018060a01b038d165f5260205260405f20549182811115610ac057908c610a2684610a9a96959461172d565b92610a31838b61172d565b8411610aa0575b918391610a4883610a6f956115af565b906004355f52600260205260405f209060018060a01b03165f5260205260405f20556115af565b9b610a7a878a611719565b6001600160a01b03909116905261084e610a93876116be565b9686611719565b9761096b565b90610a48935091610a6f92610ab5828c61172d565b945091909250610a38565b509a5050610a9a906116be565b8590888b93958015610c48578084528552519060405191825260208201528260408201527f1230fe90d33d1ffb48aee4a65799955f204946a4174295ee3808e2fa54cbd25d606060043592a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b15610761579160405192839162347def60e11b8352608483016004356004850152608060248501528251809152602060a485019301905f5b818110610c265750505092610b9f83925f95600319858303016044860152611470565b60648301919091520381837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015610c1b57610c08575b50807f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d80f35b610c1491505f9061144e565b5f81610be1565b6040513d5f823e3d90fd5b82516001600160a01b0316855287955060209485019490920191600101610b7c565b6312d37ee560e31b5f5260045ffd5b50848a10610982565b9092506020813d602011610c8c575b81610c7c6020938361144e565b810103126107615751918961095c565b3d9150610c6f565b5063ffffffff851686106106be565b610cc69193506101603d8111610cd8575b610cbe818361144e565b8101906114ec565b5050505050945050505050918a610692565b503d610cb4565b631a88566160e21b5f5260045260805160245260445ffd5b610d0b8161037060248b018b6004016115bc565b35610d1960048d01806115bc565b905081101561107057610d37906103769061037060048f01806115bc565b956001600160a01b039081169087161115611061578582610d6883610d6260448d018d6004016115bc565b906116fe565b90500361104c57610d8382610d6260648c018c6004016115bc565b9050610d9260048b01806115bc565b9190500361101057610dae82610d6260448c018c6004016115bc565b604051908160208101938490925f905b808210610fe0575050610dda925003601f19810183528261144e565b519020610df183610d6260648d018d6004016115bc565b604051916001600160fb1b0382116107615782602091610e259360051b80918484013781010301601f19810183528261144e565b602081519101206040519060208201927fb5698cbbe93386f55fdd6f1d37e9f8d4517c815a096bfe69da2889942e6ebf418452600435604084015260018060a01b038516606084015260808301528760a083015260c082015260c08152610e8d60e08261144e565b519020604051602081019161190160f01b8352866022830152604282015260428152610eba60628261144e565b519020610ecd60848b018b6004016115bc565b841015610fcc578360051b81013590601e1981360301821215610761570180359167ffffffffffffffff831161076157602082019280360384136107615760405192610f23601f8301601f19166020018561144e565b8184526020823692010111610761576020815f92610f4896838701378401015261181f565b50610f5281611591565b1590811591610fb5575b50610f955790610f7060019260043561173a565b610f905780610f88610f818a6116be565b998c611719565b525b01610593565b610f8a565b639a7d38d960e01b5f9081526001600160a01b0391909116600452602490fd5b6001600160a01b038381169116141590508d610f5c565b634e487b7160e01b5f52603260045260245ffd5b9190925083359067ffffffffffffffff821680920361076157602081600193829352019401920184929391610dbe565b8861103483610d6261102560048501806115bc565b946064810191506004016115bc565b9190506355c5b3e360e11b5f5260045260245260445ffd5b5061103490610d6260448a0160048b016115bc565b63d02ef0e560e01b5f5260045ffd5b633b9052cf60e01b5f5260045260245ffd5b9092506020813d6020116110ae575b8161109e6020938361144e565b8101031261076157519187610582565b3d9150611091565b9092509060019060209081906001600160a01b036110d38861143a565b1681520194019101918492939193610512565b8261103460848601600487016115bc565b8261103460648601600487016115bc565b8261103460448601600487016115bc565b6020813d602011611144575b816111326020938361144e565b810103126107615751608052836103fe565b3d9150611125565b630be6bc7560e21b5f5260043560045260245ffd5b90506020813d60201161118b575b8161117c6020938361144e565b8101031261076157515f610339565b3d915061116f565b8135815260209182019101610277565b634e487b7160e01b5f52604160045260245ffd5b631823865760e01b5f5260043560045260245ffd5b633e6cb1bf60e11b5f5260043560045260245ffd5b6111f2925063ffffffff16906115af565b4210155f806101c9565b909150610140813d82116112af575b81611219610140938361144e565b81010312610761578061123164ffffffffff926114a3565b5061123e602082016114dd565b5061124b604082016114dd565b50611258606082016114dd565b50611265608082016114dd565b5061127260a082016114dd565b5061127f60c082016114dd565b5061128c60e082016114b7565b506112a76101206112a061010084016114b7565b92016114b7565b5091906101b6565b3d915061120b565b620d1c2160e71b5f5260043560045260245ffd5b915050600192506112eb91506101603d8111610cd857610cbe818361144e565b9a9750509650509592505050929190610155565b633ee5aeb560e01b5f5260045ffd5b34610761576040366003190112610761576004355f525f60205260405f206024355f52602052602060405f2054604051908152f35b34610761575f3660031901126107615760206040517fb5698cbbe93386f55fdd6f1d37e9f8d4517c815a096bfe69da2889942e6ebf418152f35b34610761575f366003190112610761576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610761576020366003190112610761576004355f526001602052602060405f2054604051908152f35b34610761576040366003190112610761576024356001600160a01b0381168103610761576004355f52600260205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b35906001600160a01b038216820361076157565b90601f8019910116810190811067ffffffffffffffff8211176111a357604052565b90602080835192838152019201905f5b81811061148d5750505090565b8251845260209384019390920191600101611480565b51906001600160a01b038216820361076157565b519063ffffffff8216820361076157565b519067ffffffffffffffff8216820361076157565b519061ffff8216820361076157565b908161016091031261076157611501816114a3565b9161150e602083016114b7565b9161151b604082016114c8565b9160608201519160808101516bffffffffffffffffffffffff81168103610761579161154960a083016114b7565b9160c081015164ffffffffff81168103610761579161156a60e083016114dd565b916101008101516004811015610761579161014061158b61012084016114c8565b92015190565b6004111561159b57565b634e487b7160e01b5f52602160045260245ffd5b9190820180921161085c57565b903590601e1981360301821215610761570180359067ffffffffffffffff821161076157602001918160051b3603831361076157565b67ffffffffffffffff81116111a35760051b60200190565b929190611616816115f2565b93611624604051958661144e565b602085838152019160051b810192831161076157905b82821061164657505050565b602080916116538461143a565b81520191019061163a565b90602080835192838152019201905f5b81811061167b5750505090565b82516001600160a01b031684526020938401939092019160010161166e565b9190811015610fcc5760051b0190565b356001600160a01b03811681036107615790565b5f19811461085c5760010190565b906116d6826115f2565b6116e3604051918261144e565b82815280926116f4601f19916115f2565b0190602036910137565b90821015610fcc576117159160051b8101906115bc565b9091565b8051821015610fcc5760209160051b010190565b9190820391821161085c57565b9060405190602082019260048452604083015260018060a01b031660608201525f60808201526080815261176f60a08261144e565b5190206040516361b143df60e01b815260048101919091526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610c1b575f906117e2575b60ff915016600281149081156117da575090565b600491501490565b506020813d602011611817575b816117fc6020938361144e565b81010312610761575160ff811681036107615760ff906117c6565b3d91506117ef565b815191906041830361184f576118489250602082015190606060408401519301515f1a9061191a565b9192909190565b50505f9160029190565b805160019392905b8085106118855750919250905f19810190811161085c5761188191611719565b5190565b61188f8584611719565b5193855b80158015806118fc575b156118dd575f1982019180831161085c576118c36118bb8489611719565b519188611719565b521561189357634e487b7160e01b5f52601160045260245ffd5b50946118f160019394959697929787611719565b520193929190611861565b505f19820182811161085c57611913889188611719565b511061189d565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611991579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610c1b575f516001600160a01b0381161561198757905f905f90565b505f906001905f90565b5050505f916003919056fea26469706673582212208889db4458e560d5a32e7d828ddc37b15830f88d60c0dbe3fea662b38c8c244764736f6c63430008250033",
}

// Tallies is an auto generated Go binding around an Ethereum contract.
type Tallies struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Tallies) GetABI() abi.ABI {
	return c.abi
}

// NewTallies creates a new instance of Tallies.
func NewTallies() *Tallies {
	parsed, err := TalliesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Tallies{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Tallies) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address settlement_) returns()
func (tallies *Tallies) PackConstructor(settlement_ common.Address) []byte {
	enc, err := tallies.abi.Pack("", settlement_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLAIMTALLYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d98caf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_TALLY_TYPEHASH() view returns(bytes32)
func (tallies *Tallies) PackCLAIMTALLYTYPEHASH() []byte {
	enc, err := tallies.abi.Pack("CLAIM_TALLY_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMTALLYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d98caf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_TALLY_TYPEHASH() view returns(bytes32)
func (tallies *Tallies) TryPackCLAIMTALLYTYPEHASH() ([]byte, error) {
	return tallies.abi.Pack("CLAIM_TALLY_TYPEHASH")
}

// UnpackCLAIMTALLYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d98caf7.
//
// Solidity: function CLAIM_TALLY_TYPEHASH() view returns(bytes32)
func (tallies *Tallies) UnpackCLAIMTALLYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := tallies.abi.Unpack("CLAIM_TALLY_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAuditsPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa35e70b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auditsPaid(bytes32 jobId, uint256 index) view returns(uint256)
func (tallies *Tallies) PackAuditsPaid(jobId [32]byte, index *big.Int) []byte {
	enc, err := tallies.abi.Pack("auditsPaid", jobId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuditsPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa35e70b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auditsPaid(bytes32 jobId, uint256 index) view returns(uint256)
func (tallies *Tallies) TryPackAuditsPaid(jobId [32]byte, index *big.Int) ([]byte, error) {
	return tallies.abi.Pack("auditsPaid", jobId, index)
}

// UnpackAuditsPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa35e70b2.
//
// Solidity: function auditsPaid(bytes32 jobId, uint256 index) view returns(uint256)
func (tallies *Tallies) UnpackAuditsPaid(data []byte) (*big.Int, error) {
	out, err := tallies.abi.Unpack("auditsPaid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAuditsTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x388d3300.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auditsTotal(bytes32 jobId) view returns(uint256)
func (tallies *Tallies) PackAuditsTotal(jobId [32]byte) []byte {
	enc, err := tallies.abi.Pack("auditsTotal", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuditsTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x388d3300.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auditsTotal(bytes32 jobId) view returns(uint256)
func (tallies *Tallies) TryPackAuditsTotal(jobId [32]byte) ([]byte, error) {
	return tallies.abi.Pack("auditsTotal", jobId)
}

// UnpackAuditsTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x388d3300.
//
// Solidity: function auditsTotal(bytes32 jobId) view returns(uint256)
func (tallies *Tallies) UnpackAuditsTotal(data []byte) (*big.Int, error) {
	out, err := tallies.abi.Unpack("auditsTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4da9451.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTally(bytes32 jobId, (address[],address[],uint256[]) award, (address[],uint256[],uint64[][],uint256[][],bytes[]) v) returns()
func (tallies *Tallies) PackClaimTally(jobId [32]byte, award TalliesAward, v TalliesViews) []byte {
	enc, err := tallies.abi.Pack("claimTally", jobId, award, v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4da9451.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTally(bytes32 jobId, (address[],address[],uint256[]) award, (address[],uint256[],uint64[][],uint256[][],bytes[]) v) returns()
func (tallies *Tallies) TryPackClaimTally(jobId [32]byte, award TalliesAward, v TalliesViews) ([]byte, error) {
	return tallies.abi.Pack("claimTally", jobId, award, v)
}

// PackDataPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36c1447f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataPaid(bytes32 jobId, address holder) view returns(uint256)
func (tallies *Tallies) PackDataPaid(jobId [32]byte, holder common.Address) []byte {
	enc, err := tallies.abi.Pack("dataPaid", jobId, holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36c1447f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataPaid(bytes32 jobId, address holder) view returns(uint256)
func (tallies *Tallies) TryPackDataPaid(jobId [32]byte, holder common.Address) ([]byte, error) {
	return tallies.abi.Pack("dataPaid", jobId, holder)
}

// UnpackDataPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36c1447f.
//
// Solidity: function dataPaid(bytes32 jobId, address holder) view returns(uint256)
func (tallies *Tallies) UnpackDataPaid(data []byte) (*big.Int, error) {
	out, err := tallies.abi.Unpack("dataPaid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (tallies *Tallies) PackSettlement() []byte {
	enc, err := tallies.abi.Pack("settlement")
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
func (tallies *Tallies) TryPackSettlement() ([]byte, error) {
	return tallies.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (tallies *Tallies) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := tallies.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TalliesTallied represents a Tallied event raised by the Tallies contract.
type TalliesTallied struct {
	JobId   [32]byte
	Signers *big.Int
	Audits  *big.Int
	Data    *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TalliesTalliedEventName = "Tallied"

// ContractEventName returns the user-defined event name.
func (TalliesTallied) ContractEventName() string {
	return TalliesTalliedEventName
}

// UnpackTalliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Tallied(bytes32 indexed jobId, uint256 signers, uint256 audits, uint256 data)
func (tallies *Tallies) UnpackTalliedEvent(log *types.Log) (*TalliesTallied, error) {
	event := "Tallied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tallies.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TalliesTallied)
	if len(log.Data) > 0 {
		if err := tallies.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tallies.abi.Events[event].Inputs {
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
func (tallies *Tallies) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tallies.abi.Errors["AwardMismatch"].ID.Bytes()[:4]) {
		return tallies.UnpackAwardMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return tallies.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return tallies.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["NoAward"].ID.Bytes()[:4]) {
		return tallies.UnpackNoAwardError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["NotAWinner"].ID.Bytes()[:4]) {
		return tallies.UnpackNotAWinnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["NotClaimable"].ID.Bytes()[:4]) {
		return tallies.UnpackNotClaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["NotOpen"].ID.Bytes()[:4]) {
		return tallies.UnpackNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return tallies.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["QuorumNotReached"].ID.Bytes()[:4]) {
		return tallies.UnpackQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return tallies.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["UnsortedHolders"].ID.Bytes()[:4]) {
		return tallies.UnpackUnsortedHoldersError(raw[4:])
	}
	if bytes.Equal(raw[:4], tallies.abi.Errors["UnsortedSigners"].ID.Bytes()[:4]) {
		return tallies.UnpackUnsortedSignersError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TalliesAwardMismatch represents a AwardMismatch error raised by the Tallies contract.
type TalliesAwardMismatch struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AwardMismatch(bytes32 jobId)
func TalliesAwardMismatchErrorID() common.Hash {
	return common.HexToHash("0x2f9af1d4ba2b2e121d4ab02c6551e3f939455046e142814b30eeac0a86338db7")
}

// UnpackAwardMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AwardMismatch(bytes32 jobId)
func (tallies *Tallies) UnpackAwardMismatchError(raw []byte) (*TalliesAwardMismatch, error) {
	out := new(TalliesAwardMismatch)
	if err := tallies.abi.UnpackIntoInterface(out, "AwardMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesBadSignature represents a BadSignature error raised by the Tallies contract.
type TalliesBadSignature struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(address member)
func TalliesBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x9a7d38d94d3da0d5188ab778bbe9a3a38c77802b1bf2426c15740dc786da791d")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(address member)
func (tallies *Tallies) UnpackBadSignatureError(raw []byte) (*TalliesBadSignature, error) {
	out := new(TalliesBadSignature)
	if err := tallies.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesLengthMismatch represents a LengthMismatch error raised by the Tallies contract.
type TalliesLengthMismatch struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 want, uint256 got)
func TalliesLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 want, uint256 got)
func (tallies *Tallies) UnpackLengthMismatchError(raw []byte) (*TalliesLengthMismatch, error) {
	out := new(TalliesLengthMismatch)
	if err := tallies.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesNoAward represents a NoAward error raised by the Tallies contract.
type TalliesNoAward struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAward(bytes32 jobId)
func TalliesNoAwardErrorID() common.Hash {
	return common.HexToHash("0x18238657dcb89cf4ecf4ac220310c0da3609dba5138718037eb72a0ac190da96")
}

// UnpackNoAwardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAward(bytes32 jobId)
func (tallies *Tallies) UnpackNoAwardError(raw []byte) (*TalliesNoAward, error) {
	out := new(TalliesNoAward)
	if err := tallies.abi.UnpackIntoInterface(out, "NoAward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesNotAWinner represents a NotAWinner error raised by the Tallies contract.
type TalliesNotAWinner struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAWinner(uint256 index)
func TalliesNotAWinnerErrorID() common.Hash {
	return common.HexToHash("0x3b9052cfd291a4269b909b8230ff7a2ff0bacb6b6b2307b78fc0d5dc529653a2")
}

// UnpackNotAWinnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAWinner(uint256 index)
func (tallies *Tallies) UnpackNotAWinnerError(raw []byte) (*TalliesNotAWinner, error) {
	out := new(TalliesNotAWinner)
	if err := tallies.abi.UnpackIntoInterface(out, "NotAWinner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesNotClaimable represents a NotClaimable error raised by the Tallies contract.
type TalliesNotClaimable struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClaimable(bytes32 jobId)
func TalliesNotClaimableErrorID() common.Hash {
	return common.HexToHash("0x7cd9637e8fa77d00842c6bba3b47b301b87c141dc4103254acb0c036f36891ed")
}

// UnpackNotClaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClaimable(bytes32 jobId)
func (tallies *Tallies) UnpackNotClaimableError(raw []byte) (*TalliesNotClaimable, error) {
	out := new(TalliesNotClaimable)
	if err := tallies.abi.UnpackIntoInterface(out, "NotClaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesNotOpen represents a NotOpen error raised by the Tallies contract.
type TalliesNotOpen struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOpen(bytes32 jobId)
func TalliesNotOpenErrorID() common.Hash {
	return common.HexToHash("0x068e10802b011d554519f6ff0484efe47bcb8d455731c4944d4a3b1d5a6f035f")
}

// UnpackNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOpen(bytes32 jobId)
func (tallies *Tallies) UnpackNotOpenError(raw []byte) (*TalliesNotOpen, error) {
	out := new(TalliesNotOpen)
	if err := tallies.abi.UnpackIntoInterface(out, "NotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesNothingToClaim represents a NothingToClaim error raised by the Tallies contract.
type TalliesNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func TalliesNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (tallies *Tallies) UnpackNothingToClaimError(raw []byte) (*TalliesNothingToClaim, error) {
	out := new(TalliesNothingToClaim)
	if err := tallies.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesQuorumNotReached represents a QuorumNotReached error raised by the Tallies contract.
type TalliesQuorumNotReached struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotReached(uint256 have, uint256 need)
func TalliesQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0x6a2159843653f10db54c042cb44fca2acd5ab362e9d6b07cb6ba038cc88440ed")
}

// UnpackQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotReached(uint256 have, uint256 need)
func (tallies *Tallies) UnpackQuorumNotReachedError(raw []byte) (*TalliesQuorumNotReached, error) {
	out := new(TalliesQuorumNotReached)
	if err := tallies.abi.UnpackIntoInterface(out, "QuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Tallies contract.
type TalliesReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TalliesReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (tallies *Tallies) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TalliesReentrancyGuardReentrantCall, error) {
	out := new(TalliesReentrancyGuardReentrantCall)
	if err := tallies.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesUnsortedHolders represents a UnsortedHolders error raised by the Tallies contract.
type TalliesUnsortedHolders struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsortedHolders()
func TalliesUnsortedHoldersErrorID() common.Hash {
	return common.HexToHash("0x4c383ad6b4cd6563312e9114be84ce2dc4497f47e872fa8e0b144669d8890ca0")
}

// UnpackUnsortedHoldersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsortedHolders()
func (tallies *Tallies) UnpackUnsortedHoldersError(raw []byte) (*TalliesUnsortedHolders, error) {
	out := new(TalliesUnsortedHolders)
	if err := tallies.abi.UnpackIntoInterface(out, "UnsortedHolders", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TalliesUnsortedSigners represents a UnsortedSigners error raised by the Tallies contract.
type TalliesUnsortedSigners struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsortedSigners()
func TalliesUnsortedSignersErrorID() common.Hash {
	return common.HexToHash("0xd02ef0e5635209bdcd909cba3ea9f1effe95c2f04fe1c489c6cb5ab141739004")
}

// UnpackUnsortedSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsortedSigners()
func (tallies *Tallies) UnpackUnsortedSignersError(raw []byte) (*TalliesUnsortedSigners, error) {
	out := new(TalliesUnsortedSigners)
	if err := tallies.abi.UnpackIntoInterface(out, "UnsortedSigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

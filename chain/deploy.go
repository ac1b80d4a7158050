package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/identity"
)

// Addresses are one deployment's contracts.
type Addresses struct {
	Settlement common.Address
	Token      common.Address
	// Gov is the token holders' governance when the deployment has one
	// (DeployParams.Gov); its timelock is then Settlement's governance.
	Gov GovAddresses
}

// DeployParams says what Deploy deploys.
type DeployParams struct {
	// Token is the stablecoin to escrow. The zero address deploys a fresh
	// TestToken whose minter is the deploying key (local chains only).
	Token common.Address
	// Governance may change the contract's parameters; the zero address
	// means the deploying key (or, with Gov, the timelock).
	Governance common.Address
	// Gov, when set, deploys token-holder governance first
	// (DeployGovernance) and makes its timelock Settlement's governance from
	// construction on; Governance must then be zero.
	Gov *GovParams
	// Contract are the initial parameters.
	Contract ContractParams
}

// Deploy deploys the settlement contract (and a TestToken when asked) from
// key's account and returns the addresses and the transactions it sent.
func Deploy(ctx context.Context, b Backend, key *identity.Key, p Params, d DeployParams) (Addresses, []*Tx, error) {
	if err := p.Validate(); err != nil {
		return Addresses{}, nil, err
	}
	if err := d.Contract.Validate(); err != nil {
		return Addresses{}, nil, err
	}
	if d.Gov != nil {
		if d.Governance != (common.Address{}) {
			return Addresses{}, nil, fmt.Errorf("%w: a governance address and token-holder governance are exclusive", ErrBadParams)
		}
		if err := d.Gov.Validate(); err != nil {
			return Addresses{}, nil, err
		}
	}
	if d.Governance == (common.Address{}) {
		d.Governance = key.Address()
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return Addresses{}, nil, fmt.Errorf("chain: chain id: %w", err)
	}
	if p.ChainID != 0 && chainID.Uint64() != p.ChainID {
		return Addresses{}, nil, fmt.Errorf("%w: it serves chain %v, configured %d", ErrWrongChain, chainID, p.ChainID)
	}
	s := newSender(b, key, chainID, p, decodeRevert)
	var txs []*Tx
	var addrs Addresses
	if d.Token == (common.Address{}) {
		tx, err := s.transact(ctx, "deploy TestToken", nil, hexutil.MustDecode("0x"+bindings.TestTokenMetaData.Bin[2:]), nil)
		if err != nil {
			return Addresses{}, txs, err
		}
		txs = append(txs, tx)
		d.Token = tx.Receipt.ContractAddress
	}
	addrs.Token = d.Token
	if d.Gov != nil {
		gov, gtxs, err := deployGovernance(ctx, s, key.Address(), *d.Gov)
		txs = append(txs, gtxs...)
		if err != nil {
			return addrs, txs, err
		}
		addrs.Gov = gov
		d.Governance = gov.Timelock
	}
	code := append(hexutil.MustDecode(bindings.SettlementMetaData.Bin),
		bindings.NewSettlement().PackConstructor(d.Token, d.Governance, d.Contract.binding())...)
	tx, err := s.transact(ctx, "deploy Settlement", nil, code, nil)
	if err != nil {
		return addrs, txs, err
	}
	txs = append(txs, tx)
	addrs.Settlement = tx.Receipt.ContractAddress
	return addrs, txs, nil
}

package main

import (
	"github.com/trainmesh/trainmesh/chain"
)

// benchGasCmd is `trainmesh bench gas`: what settlement costs in gas beside
// a plain ERC-20 transfer measured on the same embedded chain in the same
// run. The `bench` parent command lives in bench.go; it embeds this as
//
//	Gas benchGasCmd `cmd:"" help:"Gas of settlement, withdrawal and slashing against a plain ERC-20 transfer."`
type benchGasCmd struct {
	Batches []int  `help:"Jobs per batched settlement." default:"1,8,64"`
	Members []int  `help:"Paid members per job." default:"1,4"`
	Fork    string `help:"Gas schedule: osaka (today's OP Stack and Arbitrum chains) or latest (go-ethereum's dev chain, with EIP-8037 state gas)." enum:"osaka,latest" default:"osaka"`
}

func (c *benchGasCmd) Run(env *runEnv) error {
	r, err := chain.MeasureGas(env.ctx, chain.GasParams{Batches: c.Batches, Members: c.Members, Fork: c.Fork})
	if err != nil {
		return err
	}
	r.Write(env.stdout)
	return nil
}

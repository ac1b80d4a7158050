package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain"
)

// chainGovCmd groups the token holders' governance of the settlement
// contract: proposals to change its parameters, votes, the timelock.
type chainGovCmd struct {
	Propose  chainGovProposeCmd  `cmd:"" help:"Propose new settlement parameters (--set NAME=VALUE) or accepting Settlement's governance, with a description."`
	Vote     chainGovVoteCmd     `cmd:"" help:"Vote for, against or abstain on a proposal with the node's voting power at its snapshot."`
	Queue    chainGovQueueCmd    `cmd:"" help:"Queue a proposal that passed in the timelock."`
	Execute  chainGovExecuteCmd  `cmd:"" help:"Execute a queued proposal once the timelock's delay has passed."`
	Status   chainGovStatusCmd   `cmd:"" help:"Show the governance's settings, the node's votes, and the proposals: state, votes, quorum, when voting ends, when they can execute."`
	Delegate chainGovDelegateCmd `cmd:"" help:"Delegate the node's governance tokens' votes (to itself by default: received tokens vote only once delegated)."`
}

// govFlags select the governor on top of the chain flags.
type govFlags struct {
	dataDirFlag
	passwordFlags
	Chain    chainFlags `embed:""`
	Governor string     `help:"Address of the governor contract (trainmesh chain devnet prints it)." placeholder:"ADDRESS" toml:"chain.governor" group:"Chain"`
}

// dial connects the node's key to the settlement contract and the governor.
func (f *govFlags) dial(env *runEnv) (*chain.Client, *chain.Gov, error) {
	if !common.IsHexAddress(f.Governor) {
		return nil, nil, fmt.Errorf("--governor %q: want the governor's 0x address (trainmesh chain devnet prints it)", f.Governor)
	}
	cl, err := dialChain(env, f.DataDir, &f.passwordFlags, &f.Chain)
	if err != nil {
		return nil, nil, err
	}
	g, err := chain.NewGov(env.ctx, cl, common.HexToAddress(f.Governor))
	if err != nil {
		cl.Close()
		return nil, nil, err
	}
	return cl, g, nil
}

// parseProposalID reads a proposal ID in decimal (as printed) or 0x hex.
func parseProposalID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 0)
	if !ok || id.Sign() < 0 {
		return nil, fmt.Errorf("proposal ID %q: want the number trainmesh chain gov propose printed", s)
	}
	return id, nil
}

type chainGovProposeCmd struct {
	govFlags
	Set              []string `help:"A parameter and its new value, e.g. fee-bps=50 or challenge-window=2h (repeatable). Names: treasury, fee-bps, equivocation-slash-bps, fault-slash-bps, reporter-reward-bps, bond-bps, quorum-bps, challenge-window, claim-window, unbonding-delay." placeholder:"NAME=VALUE"`
	AcceptGovernance bool     `help:"Propose that the timelock accept Settlement's governance (after its current governance called transferGovernance to it)." name:"accept-governance"`
	Description      string   `help:"What the proposal does and why; part of its ID." short:"m" required:""`
	Unchecked        bool     `help:"Propose parameters outside Settlement's bounds (the vote may pass; execution will fail)."`
}

func (c *chainGovProposeCmd) Run(env *runEnv) error {
	if (len(c.Set) > 0) == c.AcceptGovernance {
		return errors.New("give --set NAME=VALUE (one or more) or --accept-governance")
	}
	cl, g, err := c.dial(env)
	if err != nil {
		return err
	}
	defer cl.Close()
	var call chain.Call
	if c.AcceptGovernance {
		call = g.AcceptGovernanceCall()
	} else {
		cur, err := cl.ContractParams(env.ctx)
		if err != nil {
			return err
		}
		next := cur
		for _, s := range c.Set {
			name, value, ok := strings.Cut(s, "=")
			if !ok {
				return fmt.Errorf("--set %q: want NAME=VALUE", s)
			}
			if err := next.Set(strings.TrimSpace(name), strings.TrimSpace(value)); err != nil {
				return err
			}
		}
		if err := next.Validate(); err != nil && !c.Unchecked {
			return fmt.Errorf("%w (Settlement would refuse it at execution; --unchecked proposes it anyway)", err)
		}
		call = g.SetParamsCall(next)
		fmt.Fprintln(env.stdout, g.DescribeCall(call, &cur))
	}
	id, _, err := g.Propose(env.ctx, c.Description, call)
	if err != nil {
		return err
	}
	p, err := g.Proposal(env.ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "proposal %s\n  voting opens after %s and closes at %s\n", id, stamp(p.Snapshot), stamp(p.Deadline))
	return nil
}

type chainGovVoteCmd struct {
	govFlags
	ID     string `arg:"" help:"The proposal." placeholder:"PROPOSAL"`
	Choice string `arg:"" help:"for, against or abstain." placeholder:"for|against|abstain"`
	Reason string `help:"A reason, recorded with the vote."`
}

func (c *chainGovVoteCmd) Run(env *runEnv) error {
	id, err := parseProposalID(c.ID)
	if err != nil {
		return err
	}
	v, err := chain.ParseVote(c.Choice)
	if err != nil {
		return err
	}
	cl, g, err := c.dial(env)
	if err != nil {
		return err
	}
	defer cl.Close()
	_, err = g.CastVote(env.ctx, id, v, c.Reason)
	return err
}

type chainGovQueueCmd struct {
	govFlags
	ID string `arg:"" help:"The proposal." placeholder:"PROPOSAL"`
}

func (c *chainGovQueueCmd) Run(env *runEnv) error {
	id, err := parseProposalID(c.ID)
	if err != nil {
		return err
	}
	cl, g, err := c.dial(env)
	if err != nil {
		return err
	}
	defer cl.Close()
	if _, err := g.Queue(env.ctx, id); err != nil {
		return err
	}
	p, err := g.Proposal(env.ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "proposal %s queued: executable from %s\n", id, stamp(p.ETA))
	return nil
}

type chainGovExecuteCmd struct {
	govFlags
	ID string `arg:"" help:"The proposal." placeholder:"PROPOSAL"`
}

func (c *chainGovExecuteCmd) Run(env *runEnv) error {
	id, err := parseProposalID(c.ID)
	if err != nil {
		return err
	}
	cl, g, err := c.dial(env)
	if err != nil {
		return err
	}
	defer cl.Close()
	_, err = g.Execute(env.ctx, id)
	return err
}

type chainGovDelegateCmd struct {
	govFlags
	To string `arg:"" optional:"" help:"The delegate (empty: the node itself)." placeholder:"ADDRESS"`
}

func (c *chainGovDelegateCmd) Run(env *runEnv) error {
	cl, g, err := c.dial(env)
	if err != nil {
		return err
	}
	defer cl.Close()
	to := cl.Address()
	if c.To != "" {
		if !common.IsHexAddress(c.To) {
			return fmt.Errorf("%q is not an address", c.To)
		}
		to = common.HexToAddress(c.To)
	}
	_, err = g.Delegate(env.ctx, to)
	return err
}

type chainGovStatusCmd struct {
	govFlags
	IDs []string `arg:"" optional:"" help:"Proposals to show (none: all)." placeholder:"PROPOSAL"`
}

func (c *chainGovStatusCmd) Run(env *runEnv) error {
	var ids []*big.Int
	for _, s := range c.IDs {
		id, err := parseProposalID(s)
		if err != nil {
			return err
		}
		ids = append(ids, id)
	}
	cl, g, err := c.dial(env)
	if err != nil {
		return err
	}
	defer cl.Close()
	a := g.Addresses()
	s, err := g.Settings(env.ctx)
	if err != nil {
		return err
	}
	governs, err := cl.Governance(env.ctx)
	if err != nil {
		return err
	}
	tok := func(v *big.Int) string { return chain.FormatAmount(v, chain.GovTokenDecimals) }
	fmt.Fprintf(env.stdout, "governor    %s\ntimelock    %s", a.Governor, a.Timelock)
	if governs == a.Timelock {
		fmt.Fprintf(env.stdout, " (governs settlement %s)\n", cl.Settlement())
	} else {
		fmt.Fprintf(env.stdout, " (does NOT govern settlement %s: %s does)\n", cl.Settlement(), governs)
	}
	fmt.Fprintf(env.stdout, "token       %s, supply %s\nsettings    voting opens %v after a proposal and lasts %v; timelock %v; quorum %d%% of the supply; %s to propose\n",
		a.Token, tok(s.Supply), s.VotingDelay, s.VotingPeriod, s.TimelockDelay, s.QuorumPercent, tok(s.ProposalThreshold))
	votes, bal, err := g.VotesOf(env.ctx, cl.Address())
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "you         %s: %s tokens, %s votes\n", cl.Address(), tok(bal), tok(votes))
	if len(ids) == 0 {
		if ids, err = g.Proposals(env.ctx); err != nil {
			return err
		}
	}
	if len(ids) == 0 {
		fmt.Fprintln(env.stdout, "no proposals")
		return nil
	}
	cur, err := cl.ContractParams(env.ctx)
	if err != nil {
		return err
	}
	// Descriptions come from the chain's logs, which an endpoint may
	// refuse to search: the rest is worth showing without them.
	descs, err := g.Descriptions(env.ctx)
	if err != nil {
		env.log.Warn("proposal descriptions unavailable", "err", err)
	}
	for _, id := range ids {
		p, err := g.Proposal(env.ctx, id)
		if err != nil {
			return err
		}
		printProposal(env.stdout, g, p, &cur, descs[id.String()], tok)
	}
	return nil
}

func printProposal(w io.Writer, g *chain.Gov, p *chain.Proposal, cur *chain.ContractParams, desc string, tok func(*big.Int) string) {
	fmt.Fprintf(w, "proposal %s\n", p.ID)
	if desc != "" {
		fmt.Fprintf(w, "  says      %s\n", strings.Join(strings.Fields(desc), " "))
	}
	fmt.Fprintf(w, "  state     %s", p.State)
	switch p.State {
	case chain.ProposalPending:
		fmt.Fprintf(w, " (voting opens after %s)", stamp(p.Snapshot))
	case chain.ProposalActive:
		fmt.Fprintf(w, " (voting closes at %s)", stamp(p.Deadline))
	case chain.ProposalQueued:
		fmt.Fprintf(w, " (eta %s)", stamp(p.ETA))
	}
	fmt.Fprintf(w, "\n  proposer  %s\n", p.Proposer)
	for _, call := range p.Calls {
		// A queued or executed setParams is compared with the parameters
		// now, which an executed one already shows.
		fmt.Fprintf(w, "  call      %s\n", g.DescribeCall(call, cur))
	}
	fmt.Fprintf(w, "  votes     for %s, against %s, abstain %s", tok(p.For), tok(p.Against), tok(p.Abstain))
	if p.Quorum != nil {
		fmt.Fprintf(w, "; quorum %s (for + abstain)", tok(p.Quorum))
	}
	fmt.Fprintf(w, "\n  voting    %s to %s\n", stamp(p.Snapshot), stamp(p.Deadline))
	if !p.ETA.IsZero() {
		fmt.Fprintf(w, "  eta       %s\n", stamp(p.ETA))
	}
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}

package chain

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/identity"
)

// Token-holder governance (Governance.sol): a fixed-supply ERC20Votes token
// (GovernanceToken), OpenZeppelin's Governor (TrainmeshGovernor) and a
// TimelockController (GovernanceTimelock) that is the settlement contract's
// governance. A change of Settlement's parameters is proposed to the
// governor, voted on by the token's holders (their votes as of the
// proposal's snapshot), queued in the timelock once it passed, and executed
// by anyone after the timelock's delay. Every duration is in seconds of
// block time: the token's clock is block.timestamp.

// GovTokenDecimals are the governance token's decimals.
const GovTokenDecimals = 18

// GovAddresses are a deployment's governance contracts.
type GovAddresses struct {
	Token    common.Address // GovernanceToken
	Governor common.Address // TrainmeshGovernor
	Timelock common.Address // GovernanceTimelock: Settlement's governance
}

// GovAllocation is one holder's share of the governance token's fixed supply.
type GovAllocation struct {
	Holder common.Address
	Amount *big.Int // base units (18 decimals)
}

// GovParams say how DeployGovernance sets governance up.
type GovParams struct {
	// Holders receive the token's whole supply at deployment, each
	// delegated to itself; nothing is minted later.
	Holders []GovAllocation
	// VotingDelay runs from a proposal to the snapshot of voting power,
	// after which voting opens. Whole seconds, 0 or more.
	VotingDelay time.Duration
	// VotingPeriod is how long voting stays open. Whole seconds, at least 1.
	VotingPeriod time.Duration
	// TimelockDelay runs from queueing a passed proposal until it can be
	// executed: the time users have to react (leave) before a change applies.
	TimelockDelay time.Duration
	// QuorumPercent is the share of the supply (at the snapshot) that must
	// vote for or abstain for a proposal to pass, 1 to 100.
	QuorumPercent uint8
	// ProposalThreshold is the voting power an account needs to propose;
	// nil means 0 (anyone).
	ProposalThreshold *big.Int
}

// GovUnits converts whole governance tokens to base units.
func GovUnits(tokens int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(tokens), new(big.Int).Exp(big.NewInt(10), big.NewInt(GovTokenDecimals), nil))
}

// SplitSupply divides supply equally among holders; the first holder gets
// the remainder of the division.
func SplitSupply(supply *big.Int, holders ...common.Address) []GovAllocation {
	if len(holders) == 0 {
		return nil
	}
	share, rest := new(big.Int).QuoRem(supply, big.NewInt(int64(len(holders))), new(big.Int))
	out := make([]GovAllocation, len(holders))
	for i, h := range holders {
		out[i] = GovAllocation{Holder: h, Amount: new(big.Int).Set(share)}
	}
	out[0].Amount.Add(out[0].Amount, rest)
	return out
}

// DefaultGovParams suit a public L2: a day before voting opens (time to
// read a proposal and delegate), a week of voting, two days in the
// timelock, a quorum of 4% of the supply, and 0.1% of the supply to
// propose.
func DefaultGovParams(holders []GovAllocation) GovParams {
	supply := new(big.Int)
	for _, h := range holders {
		if h.Amount != nil {
			supply.Add(supply, h.Amount)
		}
	}
	return GovParams{
		Holders:           holders,
		VotingDelay:       24 * time.Hour,
		VotingPeriod:      7 * 24 * time.Hour,
		TimelockDelay:     2 * 24 * time.Hour,
		QuorumPercent:     4,
		ProposalThreshold: new(big.Int).Div(supply, big.NewInt(1000)),
	}
}

// DevnetGovSupply is the governance token's supply on a devnet: one million.
var DevnetGovSupply = GovUnits(1_000_000)

// DevnetGovParams are DefaultGovParams with durations short enough to walk
// through by hand: voting opens a second after a proposal and lasts two
// minutes; a passed proposal waits a minute in the timelock. Anyone holding
// tokens may propose.
func DevnetGovParams(holders []GovAllocation) GovParams {
	p := DefaultGovParams(holders)
	p.VotingDelay = time.Second
	p.VotingPeriod = 2 * time.Minute
	p.TimelockDelay = time.Minute
	p.ProposalThreshold = new(big.Int)
	return p
}

// maxVotes is ERC20Votes' cap on the supply (votes are uint208).
var maxVotes = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 208), big.NewInt(1))

// Validate reports the first value the contracts would reject or that
// makes no working governance.
func (p *GovParams) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: governance params: %s", ErrBadParams, fmt.Sprintf(format, a...))
	}
	if len(p.Holders) == 0 {
		return bad("no token holders")
	}
	supply := new(big.Int)
	for _, h := range p.Holders {
		if h.Holder == (common.Address{}) {
			return bad("a holder is the zero address")
		}
		if h.Amount == nil || h.Amount.Sign() <= 0 {
			return bad("holder %s gets no tokens", h.Holder)
		}
		supply.Add(supply, h.Amount)
	}
	if supply.Cmp(maxVotes) > 0 {
		return bad("supply %v above ERC20Votes' 2^208-1", supply)
	}
	whole := func(name string, d, lo, hi time.Duration) error {
		if d < lo || d > hi || d%time.Second != 0 {
			return bad("%s %v: want whole seconds from %v to %v", name, d, lo, hi)
		}
		return nil
	}
	if err := whole("voting delay", p.VotingDelay, 0, maxWindow); err != nil {
		return err
	}
	if err := whole("voting period", p.VotingPeriod, time.Second, maxWindow); err != nil {
		return err
	}
	if err := whole("timelock delay", p.TimelockDelay, 0, maxWindow); err != nil {
		return err
	}
	if p.QuorumPercent == 0 || p.QuorumPercent > 100 {
		return bad("quorum %d%%: want 1 to 100", p.QuorumPercent)
	}
	if p.ProposalThreshold != nil && (p.ProposalThreshold.Sign() < 0 || p.ProposalThreshold.Cmp(supply) > 0) {
		return bad("proposal threshold %v: want 0 to the supply %v", p.ProposalThreshold, supply)
	}
	return nil
}

// Timelock roles (TimelockController).
var (
	roleAdmin     = common.Hash{}
	roleProposer  = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	roleCanceller = crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
)

// DeployGovernance deploys token-holder governance from key's account: the
// token (its supply minted to g.Holders), the timelock and the governor.
// The governor becomes the timelock's only proposer and canceller, anyone
// may execute, and the deploying key renounces its admin role, so no key
// keeps power over the timelock. To hand an existing settlement contract to
// it, its governance calls TransferGovernance(timelock) and the token
// holders pass a proposal of Gov.AcceptGovernanceCall; Deploy with
// DeployParams.Gov instead makes a new Settlement governed by the timelock
// from the start.
func DeployGovernance(ctx context.Context, b Backend, key *identity.Key, p Params, g GovParams) (GovAddresses, []*Tx, error) {
	if err := p.Validate(); err != nil {
		return GovAddresses{}, nil, err
	}
	if err := g.Validate(); err != nil {
		return GovAddresses{}, nil, err
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return GovAddresses{}, nil, fmt.Errorf("chain: chain id: %w", err)
	}
	if p.ChainID != 0 && chainID.Uint64() != p.ChainID {
		return GovAddresses{}, nil, fmt.Errorf("%w: it serves chain %v, configured %d", ErrWrongChain, chainID, p.ChainID)
	}
	return deployGovernance(ctx, newSender(b, key, chainID, p, decodeRevert), key.Address(), g)
}

func deployGovernance(ctx context.Context, s *sender, deployer common.Address, p GovParams) (GovAddresses, []*Tx, error) {
	var out GovAddresses
	var txs []*Tx
	deploy := func(name, bin string, args []byte) (common.Address, error) {
		code := append(hexutil.MustDecode(bin), args...)
		tx, err := s.transact(ctx, "deploy "+name, nil, code, nil)
		if err != nil {
			return common.Address{}, err
		}
		txs = append(txs, tx)
		return tx.Receipt.ContractAddress, nil
	}
	holders := make([]common.Address, len(p.Holders))
	amounts := make([]*big.Int, len(p.Holders))
	for i, h := range p.Holders {
		holders[i], amounts[i] = h.Holder, h.Amount
	}
	var err error
	if out.Token, err = deploy("GovernanceToken", bindings.GovernanceTokenMetaData.Bin,
		bindings.NewGovernanceToken().PackConstructor(holders, amounts)); err != nil {
		return out, txs, err
	}
	// Execution is open to anyone (the zero address holds the executor
	// role); the deployer is admin only until the governor holds its roles.
	tl := bindings.NewGovernanceTimelock()
	if out.Timelock, err = deploy("GovernanceTimelock", bindings.GovernanceTimelockMetaData.Bin,
		tl.PackConstructor(seconds(p.TimelockDelay), nil, []common.Address{{}}, deployer)); err != nil {
		return out, txs, err
	}
	threshold := p.ProposalThreshold
	if threshold == nil {
		threshold = new(big.Int)
	}
	if out.Governor, err = deploy("TrainmeshGovernor", bindings.TrainmeshGovernorMetaData.Bin,
		bindings.NewTrainmeshGovernor().PackConstructor(out.Token, out.Timelock, seconds(p.VotingDelay),
			uint32(p.VotingPeriod/time.Second), threshold, big.NewInt(int64(p.QuorumPercent)))); err != nil {
		return out, txs, err
	}
	for _, step := range []struct {
		method string
		data   []byte
	}{
		{"grant the governor PROPOSER_ROLE", tl.PackGrantRole(roleProposer, out.Governor)},
		{"grant the governor CANCELLER_ROLE", tl.PackGrantRole(roleCanceller, out.Governor)},
		{"renounce the timelock's admin role", tl.PackRenounceRole(roleAdmin, deployer)},
	} {
		to := out.Timelock
		tx, err := s.transact(ctx, step.method, &to, step.data, nil)
		if err != nil {
			return out, txs, err
		}
		txs = append(txs, tx)
	}
	return out, txs, nil
}

func seconds(d time.Duration) *big.Int { return big.NewInt(int64(d / time.Second)) }

// --- Client ----------------------------------------------------------------------

// ProposalState is where a proposal is in the governor (OpenZeppelin's
// numbering).
type ProposalState uint8

// Proposal states.
const (
	ProposalPending ProposalState = iota
	ProposalActive
	ProposalCanceled
	ProposalDefeated
	ProposalSucceeded
	ProposalQueued
	ProposalExpired
	ProposalExecuted
)

func (s ProposalState) String() string {
	names := [...]string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Vote is a ballot's choice (GovernorCountingSimple's numbering).
type Vote uint8

// Votes.
const (
	VoteAgainst Vote = iota
	VoteFor
	VoteAbstain
)

func (v Vote) String() string {
	switch v {
	case VoteAgainst:
		return "against"
	case VoteFor:
		return "for"
	case VoteAbstain:
		return "abstain"
	}
	return fmt.Sprintf("vote(%d)", uint8(v))
}

// ParseVote reads "for", "against" or "abstain".
func ParseVote(s string) (Vote, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "for", "yes":
		return VoteFor, nil
	case "against", "no":
		return VoteAgainst, nil
	case "abstain":
		return VoteAbstain, nil
	}
	return 0, fmt.Errorf("%w: vote %q: want for, against or abstain", ErrBadParams, s)
}

// Call is one call a proposal makes from the timelock.
type Call struct {
	Target common.Address
	Value  *big.Int // native coin sent; nil is 0
	Data   []byte
}

// Gov acts for a client's account in a deployment's token-holder
// governance: it proposes, votes, queues and executes, and reads
// proposals. Its transactions share the client's nonces.
type Gov struct {
	c     *Client
	addrs GovAddresses
	gv    *bindings.TrainmeshGovernor
	tl    *bindings.GovernanceTimelock
	tk    *bindings.GovernanceToken
}

// NewGov binds c's account to the governor at governor, reading the token
// and timelock from it.
func NewGov(ctx context.Context, c *Client, governor common.Address) (*Gov, error) {
	g := &Gov{c: c, gv: bindings.NewTrainmeshGovernor(), tl: bindings.NewGovernanceTimelock(), tk: bindings.NewGovernanceToken()}
	g.addrs.Governor = governor
	out, err := c.call(ctx, "governor token", governor, g.gv.PackToken())
	if err != nil {
		return nil, fmt.Errorf("%w: no governor at %s: %v", ErrBadParams, governor, err)
	}
	if g.addrs.Token, err = g.gv.UnpackToken(out); err != nil {
		return nil, fmt.Errorf("%w: no governor at %s: %v", ErrBadParams, governor, err)
	}
	if out, err = c.call(ctx, "governor timelock", governor, g.gv.PackTimelock()); err != nil {
		return nil, err
	}
	if g.addrs.Timelock, err = g.gv.UnpackTimelock(out); err != nil {
		return nil, err
	}
	return g, nil
}

// Addresses are the governance contracts.
func (g *Gov) Addresses() GovAddresses { return g.addrs }

// SetParamsCall is the call of Settlement.setParams(p) a proposal makes.
// It does not check p: a proposal outside the contract's bounds passes a
// vote and fails when executed (Validate first to refuse it early).
func (g *Gov) SetParamsCall(p ContractParams) Call {
	return Call{Target: g.c.settlement, Data: g.c.sc.PackSetParams(p.binding())}
}

// AcceptGovernanceCall is the call of Settlement.acceptGovernance, which
// completes a handover to the timelock that Settlement's governance
// started with TransferGovernance(timelock).
func (g *Gov) AcceptGovernanceCall() Call {
	return Call{Target: g.c.settlement, Data: g.c.sc.PackAcceptGovernance()}
}

// Propose proposes calls with a description and returns the proposal's ID
// (a hash of the calls and the description: the same calls need another
// description to be proposed again).
func (g *Gov) Propose(ctx context.Context, description string, calls ...Call) (*big.Int, *Tx, error) {
	if len(calls) == 0 {
		return nil, nil, fmt.Errorf("%w: a proposal makes at least one call", ErrBadParams)
	}
	targets := make([]common.Address, len(calls))
	values := make([]*big.Int, len(calls))
	datas := make([][]byte, len(calls))
	for i, c := range calls {
		targets[i], values[i], datas[i] = c.Target, c.Value, c.Data
		if values[i] == nil {
			values[i] = new(big.Int)
		}
	}
	out, err := g.c.call(ctx, "hashProposal", g.addrs.Governor,
		g.gv.PackHashProposal(targets, values, datas, crypto.Keccak256Hash([]byte(description))))
	if err != nil {
		return nil, nil, err
	}
	id, err := g.gv.UnpackHashProposal(out)
	if err != nil {
		return nil, nil, err
	}
	tx, err := g.transact(ctx, "propose", g.addrs.Governor, g.gv.PackPropose(targets, values, datas, description))
	return id, tx, err
}

// CastVote votes on proposal id with the account's voting power at the
// proposal's snapshot; reason may be empty.
func (g *Gov) CastVote(ctx context.Context, id *big.Int, v Vote, reason string) (*Tx, error) {
	if v > VoteAbstain {
		return nil, fmt.Errorf("%w: %v", ErrBadParams, v)
	}
	return g.transact(ctx, "castVote", g.addrs.Governor, g.gv.PackCastVoteWithReason(id, uint8(v), reason))
}

// Queue queues a succeeded proposal in the timelock.
func (g *Gov) Queue(ctx context.Context, id *big.Int) (*Tx, error) {
	return g.transact(ctx, "queue", g.addrs.Governor, g.gv.PackQueue0(id))
}

// Execute executes a queued proposal whose timelock delay has passed. A
// call that reverts (a parameter outside Settlement's bounds) fails the
// whole proposal with that call's error; it stays queued.
func (g *Gov) Execute(ctx context.Context, id *big.Int) (*Tx, error) {
	return g.transact(ctx, "execute", g.addrs.Governor, g.gv.PackExecute0(id))
}

// Delegate gives the account's voting power to `to` (itself to vote
// directly: tokens received by transfer count only once delegated).
func (g *Gov) Delegate(ctx context.Context, to common.Address) (*Tx, error) {
	return g.transact(ctx, "delegate", g.addrs.Token, g.tk.PackDelegate(to))
}

func (g *Gov) transact(ctx context.Context, method string, to common.Address, data []byte) (*Tx, error) {
	return g.c.send.transact(ctx, method, &to, data, nil)
}

// GovSettings are the governor's and timelock's current settings.
type GovSettings struct {
	VotingDelay, VotingPeriod, TimelockDelay time.Duration
	QuorumPercent                            uint64
	ProposalThreshold                        *big.Int
	Supply                                   *big.Int // the token's total supply
}

// Settings reads the governance's settings.
func (g *Gov) Settings(ctx context.Context) (GovSettings, error) {
	var s GovSettings
	u := func(method string, to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
		out, err := g.c.call(ctx, method, to, data)
		if err != nil {
			return nil, err
		}
		return unpack(out)
	}
	delay, err := u("votingDelay", g.addrs.Governor, g.gv.PackVotingDelay(), g.gv.UnpackVotingDelay)
	if err != nil {
		return s, err
	}
	period, err := u("votingPeriod", g.addrs.Governor, g.gv.PackVotingPeriod(), g.gv.UnpackVotingPeriod)
	if err != nil {
		return s, err
	}
	out, err := g.c.call(ctx, "getMinDelay", g.addrs.Timelock, g.tl.PackGetMinDelay())
	if err != nil {
		return s, err
	}
	lock, err := g.tl.UnpackGetMinDelay(out)
	if err != nil {
		return s, err
	}
	quorum, err := u("quorumNumerator", g.addrs.Governor, g.gv.PackQuorumNumerator0(), g.gv.UnpackQuorumNumerator0)
	if err != nil {
		return s, err
	}
	if s.ProposalThreshold, err = u("proposalThreshold", g.addrs.Governor, g.gv.PackProposalThreshold(), g.gv.UnpackProposalThreshold); err != nil {
		return s, err
	}
	if s.Supply, err = u("totalSupply", g.addrs.Token, g.tk.PackTotalSupply(), g.tk.UnpackTotalSupply); err != nil {
		return s, err
	}
	s.VotingDelay = time.Duration(delay.Int64()) * time.Second
	s.VotingPeriod = time.Duration(period.Int64()) * time.Second
	s.TimelockDelay = time.Duration(lock.Int64()) * time.Second
	s.QuorumPercent = quorum.Uint64()
	return s, nil
}

// VotesOf is account's current voting power (what it would bring to a
// proposal made now) and its token balance.
func (g *Gov) VotesOf(ctx context.Context, account common.Address) (votes, balance *big.Int, err error) {
	out, err := g.c.call(ctx, "getVotes", g.addrs.Token, g.tk.PackGetVotes(account))
	if err != nil {
		return nil, nil, err
	}
	if votes, err = g.tk.UnpackGetVotes(out); err != nil {
		return nil, nil, err
	}
	if out, err = g.c.call(ctx, "balanceOf", g.addrs.Token, g.tk.PackBalanceOf(account)); err != nil {
		return nil, nil, err
	}
	balance, err = g.tk.UnpackBalanceOf(out)
	return votes, balance, err
}

// Proposal is a proposal as the governor holds it.
type Proposal struct {
	ID              *big.Int
	State           ProposalState
	Proposer        common.Address
	Calls           []Call
	DescriptionHash common.Hash
	// Snapshot is the time whose voting power counts; voting is open
	// after it until Deadline (inclusive).
	Snapshot, Deadline time.Time
	// ETA is when a queued proposal becomes executable; zero otherwise.
	ETA                   time.Time
	For, Against, Abstain *big.Int
	// Quorum is the for and abstain votes the proposal needs; nil while the
	// snapshot is in the future (the supply at it is not known yet).
	Quorum *big.Int
}

// Proposal reads proposal id.
func (g *Gov) Proposal(ctx context.Context, id *big.Int) (*Proposal, error) {
	p := &Proposal{ID: id}
	call := func(method string, data []byte) ([]byte, error) { return g.c.call(ctx, method, g.addrs.Governor, data) }
	out, err := call("state", g.gv.PackState(id))
	if err != nil {
		return nil, err
	}
	st, err := g.gv.UnpackState(out)
	if err != nil {
		return nil, err
	}
	p.State = ProposalState(st)
	if out, err = call("proposalDetails", g.gv.PackProposalDetails(id)); err != nil {
		return nil, err
	}
	d, err := g.gv.UnpackProposalDetails(out)
	if err != nil {
		return nil, err
	}
	for i := range d.Targets {
		p.Calls = append(p.Calls, Call{Target: d.Targets[i], Value: d.Values[i], Data: d.Calldatas[i]})
	}
	p.DescriptionHash = d.DescriptionHash
	if out, err = call("proposalProposer", g.gv.PackProposalProposer(id)); err != nil {
		return nil, err
	}
	if p.Proposer, err = g.gv.UnpackProposalProposer(out); err != nil {
		return nil, err
	}
	stamp := func(method string, data []byte, unpack func([]byte) (*big.Int, error)) (time.Time, *big.Int, error) {
		out, err := call(method, data)
		if err != nil {
			return time.Time{}, nil, err
		}
		v, err := unpack(out)
		if err != nil || v.Sign() == 0 {
			return time.Time{}, v, err
		}
		return time.Unix(v.Int64(), 0), v, nil
	}
	snap, snapRaw, err := stamp("proposalSnapshot", g.gv.PackProposalSnapshot(id), g.gv.UnpackProposalSnapshot)
	if err != nil {
		return nil, err
	}
	p.Snapshot = snap
	if p.Deadline, _, err = stamp("proposalDeadline", g.gv.PackProposalDeadline(id), g.gv.UnpackProposalDeadline); err != nil {
		return nil, err
	}
	if p.ETA, _, err = stamp("proposalEta", g.gv.PackProposalEta(id), g.gv.UnpackProposalEta); err != nil {
		return nil, err
	}
	if out, err = call("proposalVotes", g.gv.PackProposalVotes(id)); err != nil {
		return nil, err
	}
	v, err := g.gv.UnpackProposalVotes(out)
	if err != nil {
		return nil, err
	}
	p.For, p.Against, p.Abstain = v.ForVotes, v.AgainstVotes, v.AbstainVotes
	if p.State != ProposalPending {
		if out, err = call("quorum", g.gv.PackQuorum(snapRaw)); err != nil {
			return nil, err
		}
		if p.Quorum, err = g.gv.UnpackQuorum(out); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Proposals lists the IDs of every proposal made, oldest first.
func (g *Gov) Proposals(ctx context.Context) ([]*big.Int, error) {
	out, err := g.c.call(ctx, "proposalCount", g.addrs.Governor, g.gv.PackProposalCount())
	if err != nil {
		return nil, err
	}
	n, err := g.gv.UnpackProposalCount(out)
	if err != nil {
		return nil, err
	}
	ids := make([]*big.Int, 0, n.Int64())
	for i := int64(0); i < n.Int64(); i++ {
		out, err := g.c.call(ctx, "proposalDetailsAt", g.addrs.Governor, g.gv.PackProposalDetailsAt(big.NewInt(i)))
		if err != nil {
			return nil, err
		}
		d, err := g.gv.UnpackProposalDetailsAt(out)
		if err != nil {
			return nil, err
		}
		ids = append(ids, d.ProposalId)
	}
	return ids, nil
}

// Descriptions maps proposal IDs (decimal) to their descriptions, read
// from the governor's ProposalCreated events: the governor stores only a
// description's hash. Like PayoutTable it asks for the logs of the whole
// chain, which a public RPC endpoint may refuse for long ranges.
func (g *Gov) Descriptions(ctx context.Context) (map[string]string, error) {
	created := mustABI(bindings.TrainmeshGovernorMetaData.ABI).Events["ProposalCreated"].ID
	logs, err := filterLogs(ctx, g.c.b, ethereum.FilterQuery{Addresses: []common.Address{g.addrs.Governor}, Topics: [][]common.Hash{{created}}})
	if err != nil {
		return nil, fmt.Errorf("chain: proposal descriptions: %w", err)
	}
	out := map[string]string{}
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := g.gv.UnpackProposalCreatedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("chain: proposal descriptions: %w", err)
		}
		out[ev.ProposalId.String()] = ev.Description
	}
	return out, nil
}

// DescribeCall says what a call does when it is one of Settlement's
// governance functions: for setParams, the parameters it changes from
// current (nil: list them all).
func (g *Gov) DescribeCall(c Call, current *ContractParams) string {
	if c.Target != g.c.settlement || len(c.Data) < 4 {
		return fmt.Sprintf("call %s with %d bytes", c.Target, len(c.Data))
	}
	m, err := settlementABI.MethodById(c.Data[:4])
	if err != nil {
		return fmt.Sprintf("call Settlement with unknown selector %x", c.Data[:4])
	}
	if m.Name != "setParams" {
		return "Settlement." + m.Name
	}
	args, err := m.Inputs.Unpack(c.Data[4:])
	if err != nil || len(args) != 1 {
		return "Settlement.setParams (undecodable)"
	}
	b, ok := abi.ConvertType(args[0], new(bindings.SettlementParams)).(*bindings.SettlementParams)
	if !ok {
		return "Settlement.setParams (undecodable)"
	}
	next := contractParamsFrom(bindings.ParamsOutput(*b))
	var changes []string
	var old []ParamField
	if current != nil {
		old = current.Fields()
	}
	for i, f := range next.Fields() {
		switch {
		case old == nil:
			changes = append(changes, f.Name+" "+f.Value)
		case old[i].Value != f.Value:
			changes = append(changes, fmt.Sprintf("%s %s -> %s", f.Name, old[i].Value, f.Value))
		}
	}
	if len(changes) == 0 {
		changes = append(changes, "no change")
	}
	return "Settlement.setParams: " + strings.Join(changes, ", ")
}

// ParamField is one of Settlement's parameters by the name the command line
// gives it (trainmesh chain gov propose --set NAME=VALUE).
type ParamField struct{ Name, Value string }

// Fields lists p's parameters in the contract's order.
func (p ContractParams) Fields() []ParamField {
	bps := func(v uint16) string { return strconv.Itoa(int(v)) }
	return []ParamField{
		{"treasury", p.Treasury.Hex()},
		{"fee-bps", bps(p.FeeBps)},
		{"equivocation-slash-bps", bps(p.EquivocationSlashBps)},
		{"fault-slash-bps", bps(p.FaultSlashBps)},
		{"reporter-reward-bps", bps(p.ReporterRewardBps)},
		{"bond-bps", bps(p.BondBps)},
		{"quorum-bps", bps(p.QuorumBps)},
		{"challenge-window", p.ChallengeWindow.String()},
		{"claim-window", p.ClaimWindow.String()},
		{"unbonding-delay", p.UnbondingDelay.String()},
	}
}

// Set parses value into the parameter called name (a ParamField name).
// It checks the value's form only, not the contract's bounds (Validate).
func (p *ContractParams) Set(name, value string) error {
	bad := func(err error) error { return fmt.Errorf("%w: %s=%s: %v", ErrBadParams, name, value, err) }
	u16 := func(dst *uint16) error {
		v, err := strconv.ParseUint(value, 10, 16)
		if err != nil {
			return bad(err)
		}
		*dst = uint16(v)
		return nil
	}
	dur := func(dst *time.Duration) error {
		d, err := time.ParseDuration(value)
		if err != nil {
			return bad(err)
		}
		if d < 0 || d%time.Second != 0 || d/time.Second > math.MaxUint32 {
			return bad(fmt.Errorf("want whole seconds, at most %d", uint32(math.MaxUint32)))
		}
		*dst = d
		return nil
	}
	switch name {
	case "treasury":
		if !common.IsHexAddress(value) {
			return bad(fmt.Errorf("not an address"))
		}
		p.Treasury = common.HexToAddress(value)
		return nil
	case "fee-bps":
		return u16(&p.FeeBps)
	case "equivocation-slash-bps":
		return u16(&p.EquivocationSlashBps)
	case "fault-slash-bps":
		return u16(&p.FaultSlashBps)
	case "reporter-reward-bps":
		return u16(&p.ReporterRewardBps)
	case "bond-bps":
		return u16(&p.BondBps)
	case "quorum-bps":
		return u16(&p.QuorumBps)
	case "challenge-window":
		return dur(&p.ChallengeWindow)
	case "claim-window":
		return dur(&p.ClaimWindow)
	case "unbonding-delay":
		return dur(&p.UnbondingDelay)
	}
	names := []string{}
	for _, f := range p.Fields() {
		names = append(names, f.Name)
	}
	return fmt.Errorf("%w: no parameter %q (have %s)", ErrBadParams, name, strings.Join(names, ", "))
}

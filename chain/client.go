package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// Client acts for one account (the node's key) on one deployment of the
// settlement contract. It is safe for concurrent use; transactions of one
// Client get consecutive nonces.
type Client struct {
	b          Backend
	key        *identity.Key
	p          Params
	domain     protocol.Domain
	settlement common.Address
	token      common.Address
	// deployBlock is the settlement contract's deployment block, where
	// log scans start.
	deployBlock uint64
	sc          *bindings.Settlement
	ev          *bindings.Evaluations
	evalMu      sync.Mutex     // guards evaluations
	evaluations common.Address // the evaluations contract, read once
	ta          *bindings.Tallies
	tallyMu     sync.Mutex          // guards tallies
	tallies     common.Address      // the tallies contract, read once
	tc          *bindings.TestToken // its ERC-20 subset fits any ERC-20
	send        *sender
	allowMu     sync.Mutex // serialises approve-then-spend pairs (Deposit, Stake)
	closeFn     func() error
	embedded    *Embedded
}

// NewClient binds key to the settlement contract at p.Settlement on b. It
// checks the chain ID (when p.ChainID is set) and that the contract is there,
// and reads the stablecoin's address from it.
func NewClient(ctx context.Context, b Backend, key *identity.Key, p Params) (*Client, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain id: %w", err)
	}
	if !chainID.IsUint64() {
		return nil, fmt.Errorf("%w: chain id %v does not fit uint64", ErrWrongChain, chainID)
	}
	if p.ChainID != 0 && chainID.Uint64() != p.ChainID {
		return nil, fmt.Errorf("%w: it serves chain %v, configured %d", ErrWrongChain, chainID, p.ChainID)
	}
	c := &Client{
		b: b, key: key, p: p,
		domain:     protocol.Domain{ChainID: chainID.Uint64(), VerifyingContract: protocol.Address(p.Settlement)},
		settlement: p.Settlement,
		sc:         bindings.NewSettlement(),
		ev:         bindings.NewEvaluations(),
		ta:         bindings.NewTallies(),
		tc:         bindings.NewTestToken(),
	}
	c.send = newSender(b, key, chainID, p, c.decodeRevert)
	out, err := c.call(ctx, "token", c.settlement, c.sc.PackToken())
	if err != nil {
		return nil, fmt.Errorf("%w %s on chain %v: %v", ErrNoContract, p.Settlement, chainID, err)
	}
	if c.token, err = c.sc.UnpackToken(out); err != nil || c.token == (common.Address{}) {
		return nil, fmt.Errorf("%w %s on chain %v", ErrNoContract, p.Settlement, chainID)
	}
	if out, err = c.call(ctx, "deployBlock", c.settlement, c.sc.PackDeployBlock()); err != nil {
		return nil, fmt.Errorf("%w %s on chain %v: %v", ErrNoContract, p.Settlement, chainID, err)
	}
	block, err := c.sc.UnpackDeployBlock(out)
	if err != nil || !block.IsUint64() {
		return nil, fmt.Errorf("%w %s on chain %v: deploy block %v", ErrNoContract, p.Settlement, chainID, block)
	}
	c.deployBlock = block.Uint64()
	return c, nil
}

// Close releases the connection (and stops the embedded chain the client
// started, if any).
func (c *Client) Close() error {
	if c.closeFn != nil {
		return c.closeFn()
	}
	return nil
}

// Address is the client's account.
func (c *Client) Address() common.Address { return c.key.Address() }

// Settlement is the settlement contract's address.
func (c *Client) Settlement() common.Address { return c.settlement }

// Token is the stablecoin's address.
func (c *Client) Token() common.Address { return c.token }

// Domain is the EIP-712 domain messages for this deployment are signed under.
func (c *Client) Domain() protocol.Domain { return c.domain }

// DeployBlock is the block the settlement contract was deployed in, where
// the client's event scans start.
func (c *Client) DeployBlock() uint64 { return c.deployBlock }

// Backend is the node connection.
func (c *Client) Backend() Backend { return c.b }

// Embedded is the embedded chain the client runs on, or nil for an RPC
// endpoint.
func (c *Client) Embedded() *Embedded { return c.embedded }

// OnTx sets a function called with every transaction the client mines (the
// demo prints them); nil removes it.
func (c *Client) OnTx(f func(*Tx)) {
	c.send.mu.Lock()
	c.send.onTx = f
	c.send.mu.Unlock()
}

// --- Escrow and settlement ----------------------------------------------------

// JobSpec is what a poster escrows for a job.
type JobSpec struct {
	// Nonce makes the job ID: keccak256(abi.encode(poster, nonce)). A
	// poster never reuses one.
	Nonce uint64
	// GroupSize is how many members train at once, 1 to 256.
	GroupSize uint32
	// Steps is how many training steps the job runs.
	Steps uint64
	// Audits is the verification bound: the most audits the settlement
	// may pay, each at its verifier's price per step (0: none). See
	// AuditBound and VerificationEscrow.
	Audits uint32
	// Budget is escrowed, in base units of the stablecoin. It caps the
	// prices: each member's price x (GroupSize x Steps + Audits) <= Budget.
	Budget *big.Int
	// SettleDeadline is when the poster's right to settle ends and winners
	// may claim instead. Whole seconds; must be in the future.
	SettleDeadline time.Time
	// Data is the job's data pool, escrowed besides Budget (nil or zero:
	// none): the most the settlement pays the holders that serve the
	// job's dataset (Payout.Holders), per chunk a member signed for.
	Data *big.Int
}

// Deposit escrows spec's budget (approving the contract first if its
// allowance is short) and returns the job ID.
func (c *Client) Deposit(ctx context.Context, spec JobSpec) (common.Hash, *Tx, error) {
	if spec.Budget == nil || spec.Budget.Sign() <= 0 {
		return common.Hash{}, nil, fmt.Errorf("%w: budget must be positive", ErrBadParams)
	}
	if d := spec.SettleDeadline.Unix(); d <= 0 || d >= 1<<40 {
		return common.Hash{}, nil, fmt.Errorf("%w: settle deadline %v out of range", ErrBadParams, spec.SettleDeadline)
	}
	// The approval and the deposit that spends it go together: a second
	// deposit approved in between would overwrite the allowance this one
	// is about to spend.
	data := new(big.Int)
	if spec.Data != nil {
		if spec.Data.Sign() < 0 {
			return common.Hash{}, nil, fmt.Errorf("%w: negative data pool", ErrBadParams)
		}
		data.Set(spec.Data)
	}
	c.allowMu.Lock()
	defer c.allowMu.Unlock()
	if err := c.ensureAllowance(ctx, new(big.Int).Add(spec.Budget, data)); err != nil {
		return common.Hash{}, nil, err
	}
	tx, err := c.transactPacked(ctx, "deposit")(c.sc.TryPackDeposit(spec.Nonce, spec.GroupSize, spec.Steps, spec.Audits, spec.Budget,
		big.NewInt(spec.SettleDeadline.Unix()), data))
	return JobIDOf(c.Address(), spec.Nonce), tx, err
}

// RegisterAward pins the poster-signed award of an open job, so that the
// poster cannot settle under another. A winner calls it before training.
func (c *Client) RegisterAward(ctx context.Context, award protocol.Award, posterSig []byte) (*Tx, error) {
	return c.transactPacked(ctx, "registerAward")(c.sc.TryPackRegisterAward(award.JobID, awardBinding(award), posterSig))
}

// Payout is one job of a settlement: its award, each member's completed
// steps and each member's paid audits, in Award.Members order (winners,
// then standbys), and the data holders paid from the job's data pool.
// Audits is empty or one per member; their sum is at most the job's
// verification bound (JobSpec.Audits). Member i is owed its price x
// Steps[i] in entry i of the table and its price x Audits[i] in an entry
// of its own after the members' (so that a correction of its steps keeps
// its audit pay); then Holders[k] is owed HolderPay[k], the sum at most the
// job's data pool (JobSpec.Data; see DataPayout).
type Payout struct {
	Award     protocol.Award
	Steps     []uint64
	Audits    []uint64
	Holders   []common.Address
	HolderPay []*big.Int
}

// Settle settles several of the client's jobs in one transaction: the
// contract stores each job's payout table as one Merkle root and publishes
// the table in JobSettled. The entries become releasable after the
// challenge window.
func (c *Client) Settle(ctx context.Context, payouts []Payout) (*Tx, error) {
	batch := make([]bindings.SettlementJobPayout, len(payouts))
	for i, p := range payouts {
		batch[i] = bindings.SettlementJobPayout{JobId: p.Award.JobID, Award: awardBinding(p.Award), Steps: p.Steps, Audits: p.Audits,
			Holders: make([][32]byte, len(p.Holders))}
		if batch[i].Audits == nil {
			batch[i].Audits = []uint64{}
		}
		if len(p.HolderPay) != len(p.Holders) {
			return nil, fmt.Errorf("%w: %d holders, %d amounts", ErrBadParams, len(p.Holders), len(p.HolderPay))
		}
		for k, h := range p.Holders {
			// The table's entry: the address, then the amount as a uint96.
			if a := p.HolderPay[k]; a == nil || a.Sign() < 0 || a.BitLen() > 96 {
				return nil, fmt.Errorf("%w: holder %s paid %v", ErrBadParams, h, a)
			}
			copy(batch[i].Holders[k][:20], h[:])
			p.HolderPay[k].FillBytes(batch[i].Holders[k][20:])
		}
	}
	return c.transactPacked(ctx, "settle")(c.sc.TryPackSettle(batch))
}

// Quorum is a set of group members' signatures, in the contract's form:
// sorted by signer address, each with its index in Award.Members.
type Quorum struct {
	Members []int
	Sigs    [][]byte
}

// NewQuorum orders sigs (signer address -> signature) for the contract.
func NewQuorum(award protocol.Award, sigs map[common.Address][]byte) (Quorum, error) {
	signers := make([]common.Address, 0, len(sigs))
	for a := range sigs {
		signers = append(signers, a)
	}
	sort.Slice(signers, func(i, j int) bool { return bytes.Compare(signers[i][:], signers[j][:]) < 0 })
	var q Quorum
	for _, a := range signers {
		i := award.IndexOf(protocol.Address(a))
		if i < 0 {
			return Quorum{}, fmt.Errorf("%w: %s", ErrNotMember, a)
		}
		q.Members = append(q.Members, i)
		q.Sigs = append(q.Sigs, sigs[a])
	}
	return q, nil
}

// NewFaultQuorum orders the signatures of a FaultAttestation of kind
// fault for the contract. For faults proved by re-checkable evidence
// (protocol.FaultWrongResult, protocol.FaultTampered) the award's poster may
// be among the signers, counted as one re-checker: the contract takes its
// signature at the index one past the last member. A poster that is also a
// member signs under its member index.
func NewFaultQuorum(award protocol.Award, fault uint8, sigs map[common.Address][]byte) (Quorum, error) {
	posterCounts := fault == protocol.FaultWrongResult || fault == protocol.FaultTampered
	poster := common.Address(award.Poster)
	sig, ok := sigs[poster]
	if !ok || !posterCounts || award.IndexOf(award.Poster) >= 0 {
		return NewQuorum(award, sigs)
	}
	rest := make(map[common.Address][]byte, len(sigs)-1)
	for a, s := range sigs {
		if a != poster {
			rest[a] = s
		}
	}
	q, err := NewQuorum(award, rest)
	if err != nil {
		return Quorum{}, err
	}
	// The contract checks signers in ascending address order.
	ms := award.Members()
	at := len(q.Members)
	for i, m := range q.Members {
		if bytes.Compare(poster[:], ms[m][:]) < 0 {
			at = i
			break
		}
	}
	q.Members = slices.Insert(q.Members, at, len(ms))
	q.Sigs = slices.Insert(q.Sigs, at, sig)
	return q, nil
}

func (q Quorum) binding() bindings.SettlementQuorum {
	members := make([]*big.Int, len(q.Members))
	for i, m := range q.Members {
		members[i] = big.NewInt(int64(m))
	}
	return bindings.SettlementQuorum{Members: members, Signatures: q.Sigs}
}

// StepProof shows that a quorum of the group, the winner among them, signed
// StepReceipts for Step with one ParamsHash. ContribRoots[i] is the
// contribution root of the i-th signer's receipt (Quorum.Members[i]).
type StepProof struct {
	Step         uint64
	ParamsHash   common.Hash
	ContribRoots []common.Hash
	Quorum       Quorum
}

func (p StepProof) binding() bindings.SettlementStepProof {
	roots := make([][32]byte, len(p.ContribRoots))
	for i, r := range p.ContribRoots {
		roots[i] = r
	}
	return bindings.SettlementStepProof{Step: p.Step, ParamsHash: p.ParamsHash, ContribRoots: roots, Quorum: p.Quorum.binding()}
}

// ChallengeSteps raises a winner's entry in the job's payout table, during
// the challenge window, to its own price in the award x proof.Step. It reads
// the current table from the chain to prove the entry it replaces.
func (c *Client) ChallengeSteps(ctx context.Context, award protocol.Award, winner common.Address, proof StepProof) (*Tx, error) {
	i, err := winnerIndex(award, winner)
	if err != nil {
		return nil, err
	}
	return c.correct(ctx, common.Hash(award.JobID), i, "challengeSteps", func(e bindings.SettlementEntry) ([]byte, error) {
		return c.sc.TryPackChallengeSteps(award.JobID, awardBinding(award), e, proof.binding())
	})
}

// correctAttempts bounds how often a correction is sent again after
// another correction of the same table won the race (BadProof).
const correctAttempts = 4

// correct sends a correction of entry index of a job's table, built by
// pack from the entry and its proof as the chain's table has them. Two
// corrections of one table in one block (two challengers, or one sending
// two) race: the second proves against the root the first replaced and
// reverts BadProof. correct then waits for a block past the one it read
// the table at, reads the table again and resends, a few times.
func (c *Client) correct(ctx context.Context, jobID common.Hash, index int, method string, pack func(bindings.SettlementEntry) ([]byte, error)) (*Tx, error) {
	var tx *Tx
	var err error
	for attempt := 0; attempt < correctAttempts; attempt++ {
		var head uint64
		if head, err = c.b.BlockNumber(ctx); err != nil {
			return nil, err
		}
		var e bindings.SettlementEntry
		if e, err = c.tableEntry(ctx, jobID, index); err != nil {
			return nil, err
		}
		tx, err = c.transactPacked(ctx, method)(pack(e))
		if RevertName(err) != "BadProof" {
			return tx, err
		}
		if err := c.waitBlockAfter(ctx, head); err != nil {
			return nil, err
		}
	}
	return tx, err
}

// waitBlockAfter returns once the chain's head is past block n.
func (c *Client) waitBlockAfter(ctx context.Context, n uint64) error {
	ctx, cancel := context.WithTimeout(ctx, c.p.ReceiptTimeout)
	defer cancel()
	t := time.NewTicker(c.p.PollInterval)
	defer t.Stop()
	for {
		head, err := c.b.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if head > n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// ChallengeFault lowers the accused's entry, during the challenge window,
// to what it earned before the step a quorum attests it missed
// (FaultMissedSteps), computed wrongly (FaultWrongResult) or tampered with
// (FaultTampered). For the last two the quorum may count the poster
// (NewFaultQuorum).
func (c *Client) ChallengeFault(ctx context.Context, award protocol.Award, fault protocol.FaultAttestation, q Quorum) (*Tx, error) {
	// An accused outside the award is the contract's to refuse
	// (NotAMember), as it is for anyone who sends one.
	i := max(award.IndexOf(fault.Accused), 0)
	return c.correct(ctx, common.Hash(award.JobID), i, "challengeFault", func(e bindings.SettlementEntry) ([]byte, error) {
		return c.sc.TryPackChallengeFault(award.JobID, awardBinding(award), e, faultBinding(fault), q.binding())
	})
}

// tableEntry is entry index of a settled job's current table with its
// proof. For a job not settled it returns an empty entry, which the
// contract rejects as it rejects any call on such a job (WrongStatus).
func (c *Client) tableEntry(ctx context.Context, jobID common.Hash, index int) (bindings.SettlementEntry, error) {
	t, err := c.PayoutTable(ctx, jobID)
	if errors.Is(err, ErrNotSettled) {
		return bindings.SettlementEntry{JobId: jobID, Index: big.NewInt(int64(index)), Amount: new(big.Int)}, nil
	}
	if err != nil {
		return bindings.SettlementEntry{}, err
	}
	return t.entry(index)
}

// Claim pays a winner of a job its poster did not settle by the deadline:
// with the poster-signed award and a quorum's StepReceipts. The winner's
// balance is credited at once.
func (c *Client) Claim(ctx context.Context, award protocol.Award, posterSig []byte, winner common.Address, proof StepProof) (*Tx, error) {
	i, err := winnerIndex(award, winner)
	if err != nil {
		return nil, err
	}
	return c.transactPacked(ctx, "claim")(c.sc.TryPackClaim(award.JobID, awardBinding(award), posterSig, big.NewInt(int64(i)), proof.binding()))
}

// Release moves account's entries of settled jobs whose challenge window
// has passed into its balance: it rebuilds each job's payout table from
// the chain's events and sends account's unreleased entries with their
// Merkle proofs. With none left the contract reverts NothingToRelease; a
// job not settled reverts NotSettled.
func (c *Client) Release(ctx context.Context, account common.Address, jobIDs ...common.Hash) (*Tx, error) {
	if err := c.finalizeOpenEvaluations(ctx, jobIDs); err != nil {
		return nil, err
	}
	var entries []bindings.SettlementEntry
	for _, id := range jobIDs {
		es, err := c.releaseEntries(ctx, account, []common.Hash{id})
		if errors.Is(err, ErrNotSettled) {
			// Let the contract say why (NotSettled), as it would for anyone.
			es = []bindings.SettlementEntry{{JobId: id, Index: new(big.Int), Amount: new(big.Int)}}
		} else if err != nil {
			return nil, err
		}
		entries = append(entries, es...)
	}
	return c.transactPacked(ctx, "release")(c.sc.TryPackRelease(entries, account))
}

// Refund credits a job's poster with the escrow no member can claim any more.
func (c *Client) Refund(ctx context.Context, jobID common.Hash) (*Tx, error) {
	return c.transactPacked(ctx, "refund")(c.sc.TryPackRefund(jobID))
}

// Withdraw sends amount of the client's balance to its account; nil
// withdraws all of it.
func (c *Client) Withdraw(ctx context.Context, amount *big.Int) (*Tx, error) {
	if amount == nil {
		bal, err := c.Balance(ctx, c.Address())
		if err != nil {
			return nil, err
		}
		amount = bal
	}
	return c.transactPacked(ctx, "withdraw")(c.sc.TryPackWithdraw(amount))
}

// --- Stake and slashing --------------------------------------------------------

// Stake adds amount to the client's stake (approving it first if needed).
func (c *Client) Stake(ctx context.Context, amount *big.Int) (*Tx, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, fmt.Errorf("%w: stake must be positive", ErrBadParams)
	}
	c.allowMu.Lock() // see Deposit
	defer c.allowMu.Unlock()
	if err := c.ensureAllowance(ctx, amount); err != nil {
		return nil, err
	}
	return c.transactPacked(ctx, "stake")(c.sc.TryPackStake(amount))
}

// Unbond starts unbonding amount of the client's active stake.
func (c *Client) Unbond(ctx context.Context, amount *big.Int) (*Tx, error) {
	if amount == nil {
		return nil, fmt.Errorf("%w: no amount to unbond", ErrBadParams)
	}
	return c.transactPacked(ctx, "unbond")(c.sc.TryPackUnbond(amount))
}

// WithdrawStake sends the client's unbonded stake to it after the delay.
func (c *Client) WithdrawStake(ctx context.Context) (*Tx, error) {
	return c.transactPacked(ctx, "withdrawStake")(c.sc.TryPackWithdrawStake())
}

// SlashEquivocation submits equivocation evidence; the client's account
// receives the reporter's share.
func (c *Client) SlashEquivocation(ctx context.Context, e protocol.Equivocation) (*Tx, error) {
	return c.transactPacked(ctx, "slashEquivocation")(c.sc.TryPackSlashEquivocation(uint8(e.Kind), e.MsgA, e.SigA, e.MsgB, e.SigB))
}

// SlashFault submits a FaultAttestation signed by a quorum of the award's
// members (not the accused); for FaultWrongResult and FaultTampered the
// poster may count as one of them (NewFaultQuorum). posterSig, the poster's
// signature of the award, is needed only while the job has no award bound
// on-chain.
func (c *Client) SlashFault(ctx context.Context, award protocol.Award, posterSig []byte, fault protocol.FaultAttestation, q Quorum) (*Tx, error) {
	if posterSig == nil {
		posterSig = []byte{}
	}
	return c.transactPacked(ctx, "slashFault")(c.sc.TryPackSlashFault(award.JobID, awardBinding(award), posterSig, faultBinding(fault), q.binding()))
}

// --- Tokens and coin --------------------------------------------------------------

// TransferToken sends amount of the stablecoin to `to`: a plain ERC-20
// transfer, the baseline of the gas benchmarks.
func (c *Client) TransferToken(ctx context.Context, to common.Address, amount *big.Int) (*Tx, error) {
	if amount == nil {
		return nil, fmt.Errorf("%w: no amount to transfer", ErrBadParams)
	}
	token := c.token
	data, err := c.tc.TryPackTransfer(to, amount)
	if err != nil {
		return nil, fmt.Errorf("%w: transfer: %v", ErrBadParams, err)
	}
	return c.send.transact(ctx, "transfer", &token, data, nil)
}

// MintTestTokens mints the TestToken of a local chain; the client's account
// must be its minter (the deploying key).
func (c *Client) MintTestTokens(ctx context.Context, to common.Address, amount *big.Int) (*Tx, error) {
	if amount == nil {
		return nil, fmt.Errorf("%w: no amount to mint", ErrBadParams)
	}
	token := c.token
	data, err := c.tc.TryPackMint(to, amount)
	if err != nil {
		return nil, fmt.Errorf("%w: mint: %v", ErrBadParams, err)
	}
	return c.send.transact(ctx, "mint", &token, data, nil)
}

// SendNative sends wei of the chain's native coin (for gas) to `to`.
func (c *Client) SendNative(ctx context.Context, to common.Address, wei *big.Int) (*Tx, error) {
	return c.send.transact(ctx, "send coin", &to, nil, wei)
}

// --- Governance ------------------------------------------------------------------

// SetParams replaces the contract's parameters; only governance may.
func (c *Client) SetParams(ctx context.Context, p ContractParams) (*Tx, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return c.transactPacked(ctx, "setParams")(c.sc.TryPackSetParams(p.binding()))
}

// TransferGovernance starts handing governance to next, who must accept.
func (c *Client) TransferGovernance(ctx context.Context, next common.Address) (*Tx, error) {
	return c.transactPacked(ctx, "transferGovernance")(c.sc.TryPackTransferGovernance(next))
}

// AcceptGovernance completes a transfer to the client's account.
func (c *Client) AcceptGovernance(ctx context.Context) (*Tx, error) {
	return c.transactPacked(ctx, "acceptGovernance")(c.sc.TryPackAcceptGovernance())
}

// --- Views -----------------------------------------------------------------------

// JobStatus is where a job is in its life on-chain.
type JobStatus uint8

// Job statuses, as the contract numbers them.
const (
	JobNone JobStatus = iota
	JobOpen
	JobSettled
	JobClosed
)

func (s JobStatus) String() string {
	switch s {
	case JobNone:
		return "none"
	case JobOpen:
		return "open"
	case JobSettled:
		return "settled"
	case JobClosed:
		return "closed"
	}
	return fmt.Sprintf("JobStatus(%d)", uint8(s))
}

// Job is a job's on-chain record.
type Job struct {
	ID        common.Hash
	Poster    common.Address
	GroupSize uint32
	Steps     uint64
	// Escrow is what the contract holds for the job that no member is owed
	// yet: the whole budget until the job is settled or claimed from, then
	// the budget less the table's total and the claims; zero once closed.
	Escrow *big.Int
	// Audits is the job's verification bound (JobSpec.Audits).
	Audits uint32
	// PayoutRoot is the Merkle root of the job's payout table, EmptyTable
	// until it is settled.
	PayoutRoot     common.Hash
	SettleDeadline time.Time // zero once settled (the contract reuses the field)
	ReleaseAt      time.Time // zero until settled
	FeeBps         uint16
	Status         JobStatus
	AwardHash      common.Hash
	// Released has bit i set once table entry i (i < 64) was released.
	Released uint64
}

// Settled reports whether the job was settled (it may be closed since).
func (j *Job) Settled() bool { return j.PayoutRoot != EmptyTable && j.Status != JobNone }

// Escrowed is the part of the budget no member is owed (zero once the job
// is closed).
func (j *Job) Escrowed() *big.Int { return new(big.Int).Set(j.Escrow) }

// DataPool reads what a job's data pool can still pay holders (zero once
// the job is settled with its holders' pay taken, or refunded).
func (c *Client) DataPool(ctx context.Context, id common.Hash) (*big.Int, error) {
	out, err := c.call(ctx, "dataPool", c.settlement, c.sc.PackDataPool(id))
	if err != nil {
		return nil, err
	}
	return c.sc.UnpackDataPool(out)
}

// Job reads a job.
func (c *Client) Job(ctx context.Context, id common.Hash) (*Job, error) {
	out, err := c.call(ctx, "jobs", c.settlement, c.sc.PackJobs(id))
	if err != nil {
		return nil, err
	}
	o, err := c.sc.UnpackJobs(out)
	if err != nil {
		return nil, err
	}
	j := &Job{
		ID: id, Poster: o.Poster, GroupSize: o.GroupSize, Steps: o.Steps, Escrow: o.Escrow, Audits: o.Audits, PayoutRoot: o.PayoutRoot,
		FeeBps: o.FeeBps, Status: JobStatus(o.Status), AwardHash: o.AwardHash, Released: o.Released,
	}
	deadline := time.Unix(o.Deadline.Int64(), 0)
	if j.Settled() {
		j.ReleaseAt = deadline
	} else if j.Status != JobNone {
		j.SettleDeadline = deadline
	}
	return j, nil
}

// Credit is a member's credit from one job.
type Credit struct {
	Amount   *big.Int // gross, before the fee
	Released bool
}

// Credit reads member's credit from a job: its entries in the settled
// job's payout table (Released once every one is), or what its claims
// were paid (claims pay at once, so Released) for a job never settled.
func (c *Client) Credit(ctx context.Context, jobID common.Hash, member common.Address) (Credit, error) {
	t, err := c.PayoutTable(ctx, jobID)
	if errors.Is(err, ErrNotSettled) {
		out, err := c.call(ctx, "claimed", c.settlement, c.sc.PackClaimed(jobID, member))
		if err != nil {
			return Credit{}, err
		}
		amount, err := c.sc.UnpackClaimed(out)
		return Credit{Amount: amount, Released: err == nil && amount.Sign() > 0}, err
	}
	if err != nil {
		return Credit{}, err
	}
	cr := Credit{Amount: new(big.Int)}
	idx := t.Indices(member)
	cr.Released = len(idx) > 0
	for _, i := range idx {
		cr.Amount.Add(cr.Amount, t.Amounts[i])
		done, err := c.IsReleased(ctx, jobID, i)
		if err != nil {
			return Credit{}, err
		}
		cr.Released = cr.Released && done
	}
	if cr.Amount.Sign() == 0 {
		cr.Released = false
	}
	return cr, nil
}

// Balance is what account can withdraw now.
func (c *Client) Balance(ctx context.Context, account common.Address) (*big.Int, error) {
	out, err := c.call(ctx, "balances", c.settlement, c.sc.PackBalances(account))
	if err != nil {
		return nil, err
	}
	return c.sc.UnpackBalances(out)
}

// StakeInfo is a provider's stake.
type StakeInfo struct {
	Active    *big.Int  // earns fees
	Unbonding *big.Int  // earns nothing; slashable until withdrawn
	UnlockAt  time.Time // when Unbonding can be withdrawn
	// Rewards is the fees credited at the last checkpoint (stake, unbond,
	// slash, claim) and not claimed; RewardsOf adds what accrued since.
	Rewards *big.Int
	// PerSharePaid is FeePool.PerShare at that checkpoint: the staker has
	// earned Rewards + Active x (PerShare - PerSharePaid) / RewardScale.
	PerSharePaid *big.Int
}

// StakeOf reads a provider's stake.
func (c *Client) StakeOf(ctx context.Context, provider common.Address) (StakeInfo, error) {
	out, err := c.call(ctx, "stakes", c.settlement, c.sc.PackStakes(provider))
	if err != nil {
		return StakeInfo{}, err
	}
	o, err := c.sc.UnpackStakes(out)
	return StakeInfo{Active: o.Active, Unbonding: o.Unbonding, UnlockAt: time.Unix(int64(o.UnlockAt), 0), Rewards: o.Rewards, PerSharePaid: o.PerSharePaid}, err
}

// TokenBalance is account's balance of the stablecoin.
func (c *Client) TokenBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	out, err := c.call(ctx, "balanceOf", c.token, c.tc.PackBalanceOf(account))
	if err != nil {
		return nil, err
	}
	return c.tc.UnpackBalanceOf(out)
}

// ContractParams reads the governed parameters.
func (c *Client) ContractParams(ctx context.Context) (ContractParams, error) {
	out, err := c.call(ctx, "params", c.settlement, c.sc.PackParams())
	if err != nil {
		return ContractParams{}, err
	}
	o, err := c.sc.UnpackParams(out)
	return contractParamsFrom(o), err
}

// Governance reads the governance address.
func (c *Client) Governance(ctx context.Context) (common.Address, error) {
	out, err := c.call(ctx, "governance", c.settlement, c.sc.PackGovernance())
	if err != nil {
		return common.Address{}, err
	}
	return c.sc.UnpackGovernance(out)
}

// Slashed reports whether the slot of (kind, jobID, who, step) was slashed;
// step counts only for StepReceipts.
func (c *Client) Slashed(ctx context.Context, kind protocol.EvidenceKind, jobID common.Hash, who common.Address, step uint64) (bool, error) {
	out, err := c.call(ctx, "slashed", c.settlement, c.sc.PackSlashed(SlashKey(kind, jobID, who, step)))
	if err != nil {
		return false, err
	}
	mark, err := c.sc.UnpackSlashed(out)
	return mark != 0, err
}

// ConvictedOfFault reports the fault (1 to 4) member was slashed for in
// job jobID by slashFault, 0 if none. A member convicted of a wrong result
// or tampering (protocol.FaultWrongResult, protocol.FaultTampered) cannot
// claim, raise its credit or release its entry of that job (its entry is
// released to the poster).
func (c *Client) ConvictedOfFault(ctx context.Context, jobID common.Hash, member common.Address) (uint8, error) {
	out, err := c.call(ctx, "slashed", c.settlement, c.sc.PackSlashed(SlashKey(protocol.EvidenceFault, jobID, member, 0)))
	if err != nil {
		return 0, err
	}
	return c.sc.UnpackSlashed(out)
}

// SlashKey is the contract's key for a slashed slot.
func SlashKey(kind protocol.EvidenceKind, jobID common.Hash, who common.Address, step uint64) common.Hash {
	if kind != protocol.EvidenceReceipt {
		step = 0
	}
	return common.BytesToHash(crypto.Keccak256(uintWord(uint64(kind)), jobID[:], common.LeftPadBytes(who[:], 32), uintWord(step)))
}

// --- Plumbing --------------------------------------------------------------------

// transactPacked sends a call of the settlement contract packed by a
// binding's TryPack function; a packing error (a negative amount, a time
// past uint40) is the caller's bad input.
func (c *Client) transactPacked(ctx context.Context, method string) func([]byte, error) (*Tx, error) {
	return func(data []byte, err error) (*Tx, error) {
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadParams, method, err)
		}
		return c.transact(ctx, method, data)
	}
}

// transact sends a call of the settlement contract.
func (c *Client) transact(ctx context.Context, method string, data []byte) (*Tx, error) {
	to := c.settlement
	return c.send.transact(ctx, method, &to, data, nil)
}

// TransactRaw sends data to the settlement contract as method. Tests use it
// to reach the contract through the bindings' Pack functions with inputs the
// typed methods would not build.
func (c *Client) TransactRaw(ctx context.Context, method string, data []byte) (*Tx, error) {
	return c.transact(ctx, method, data)
}

func (c *Client) call(ctx context.Context, method string, to common.Address, data []byte) ([]byte, error) {
	out, err := c.b.CallContract(ctx, ethereum.CallMsg{From: c.Address(), To: &to, Data: data}, nil)
	if err != nil {
		return nil, c.send.callError(method, err)
	}
	return out, nil
}

func (c *Client) ensureAllowance(ctx context.Context, amount *big.Int) error {
	return c.ensureAllowanceFor(ctx, c.settlement, amount)
}

// revertABIs are the ABIs whose custom errors a revert may carry.
var revertABIs = func() []abi.ABI {
	var out []abi.ABI
	for _, md := range []*abi.ABI{mustABI(bindings.SettlementMetaData.ABI), mustABI(bindings.TestTokenMetaData.ABI),
		mustABI(bindings.TrainmeshGovernorMetaData.ABI), mustABI(bindings.GovernanceTimelockMetaData.ABI), mustABI(bindings.GovernanceTokenMetaData.ABI), mustABI(bindings.EvaluationsMetaData.ABI),
		mustABI(bindings.TalliesMetaData.ABI)} {
		out = append(out, *md)
	}
	return out
}()

func mustABI(s string) *abi.ABI {
	a, err := abi.JSON(bytes.NewReader([]byte(s)))
	if err != nil {
		panic(fmt.Sprintf("chain: generated ABI does not parse: %v", err))
	}
	return &a
}

// decodeRevert names the custom error in revert data.
func (c *Client) decodeRevert(method string, data []byte) error {
	return decodeRevert(method, data)
}

func decodeRevert(method string, data []byte) error {
	re := &RevertError{Method: method, Data: data}
	if len(data) < 4 {
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name, re.Args = "Error", []any{reason}
		return re
	}
	for _, a := range revertABIs {
		for name, e := range a.Errors {
			if bytes.Equal(e.ID[:4], data[:4]) {
				re.Name = name
				if args, err := e.Inputs.Unpack(data[4:]); err == nil {
					re.Args = args
				}
				return re
			}
		}
	}
	return re
}

func winnerIndex(award protocol.Award, winner common.Address) (int, error) {
	for i, w := range award.Winners {
		if common.Address(w) == winner {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%w: %s is not a winner", ErrNotMember, winner)
}

// awardBinding converts an award to the binding's form (go-ethereum's
// addresses; never-nil lists and prices).
func awardBinding(a protocol.Award) bindings.SettlementAward {
	prices := make([]*big.Int, len(a.Prices))
	for i, p := range a.Prices {
		if p == nil {
			p = new(big.Int)
		}
		prices[i] = p
	}
	return bindings.SettlementAward{Winners: addresses(a.Winners), Standbys: addresses(a.Standbys), Prices: prices}
}

// addresses converts protocol's addresses to go-ethereum's; nil converts to
// an empty list.
func addresses(as []protocol.Address) []common.Address {
	out := make([]common.Address, len(as))
	for i, a := range as {
		out[i] = common.Address(a)
	}
	return out
}

// uintWord is a uint64 as a 32-byte ABI word.
func uintWord(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

func faultBinding(f protocol.FaultAttestation) bindings.SettlementFault {
	return bindings.SettlementFault{Accused: common.Address(f.Accused), Fault: f.Fault, Step: f.Step, EvidenceHash: f.EvidenceHash}
}

// ReceiptLogs decodes the settlement contract's events of a transaction.
func (c *Client) ReceiptLogs(tx *Tx) []any {
	var out []any
	for _, l := range tx.Receipt.Logs {
		if l.Address != c.settlement {
			continue
		}
		if ev := decodeSettlementLog(c.sc, l); ev != nil {
			out = append(out, ev)
		}
	}
	return out
}

func decodeSettlementLog(sc *bindings.Settlement, l *types.Log) any {
	try := []func(*types.Log) (any, error){
		func(l *types.Log) (any, error) { return sc.UnpackCreditedEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackJobSettledEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackReleasedEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackSlashedEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackJobEscrowedEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackCreditCorrectedEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackWithdrawnEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackRefundedEvent(l) },
		func(l *types.Log) (any, error) { return sc.UnpackRewardsClaimedEvent(l) },
	}
	for _, f := range try {
		if ev, err := f(l); err == nil {
			return ev
		}
	}
	return nil
}

// VerificationEscrow is what a poster escrows for a job whose award prices
// are capped at budget / (groupSize x steps) (the auction's cap) when the
// settlement may also pay `audits` audits: budget plus the verification
// share, ceil(budget x audits / (groupSize x steps)). The contract caps each
// price at escrow / (groupSize x steps + audits), which this keeps at or
// above the auction's cap, so the award binds; what the settlement does not
// pay of it is refunded.
func VerificationEscrow(budget *big.Int, groupSize uint32, steps uint64, audits uint32) *big.Int {
	units := new(big.Int).Mul(big.NewInt(int64(groupSize)), new(big.Int).SetUint64(steps))
	if budget == nil || units.Sign() == 0 || audits == 0 {
		if budget == nil {
			return new(big.Int)
		}
		return new(big.Int).Set(budget)
	}
	extra := new(big.Int).Mul(budget, big.NewInt(int64(audits)))
	extra.Add(extra, new(big.Int).Sub(units, big.NewInt(1)))
	extra.Quo(extra, units)
	return extra.Add(extra, budget)
}

// TrainingBudget is the part of the job's escrow that backs training: the
// escrow x groupSize x steps / (groupSize x steps + audits), rounded down,
// the budget whose cap (budget / (groupSize x steps)) the contract's cap
// (escrow / (groupSize x steps + audits)) is at least. Bidders compare it
// with the announced budget; for a job escrowed with VerificationEscrow it
// is at least that budget.
func (j *Job) TrainingBudget() *big.Int {
	units := new(big.Int).Mul(big.NewInt(int64(j.GroupSize)), new(big.Int).SetUint64(j.Steps))
	if j.Escrow == nil || j.Audits == 0 || units.Sign() == 0 {
		if j.Escrow == nil {
			return new(big.Int)
		}
		return new(big.Int).Set(j.Escrow)
	}
	out := new(big.Int).Mul(j.Escrow, units)
	return out.Quo(out, units.Add(units, big.NewInt(int64(j.Audits))))
}

// NewPayout is the settlement of a job from a poster's credits (steps and
// paid audits together, per member) and the part of them paid as audits
// from the job's verification bound (nil when none): Steps = credits −
// audits.
func NewPayout(award protocol.Award, credits, audits []uint64) Payout {
	p := Payout{Award: award, Steps: slices.Clone(credits)}
	if len(audits) == 0 {
		return p
	}
	p.Audits = make([]uint64, len(credits))
	for i := range p.Steps {
		if i < len(audits) {
			a := min(audits[i], p.Steps[i])
			p.Steps[i] -= a
			p.Audits[i] = a
		}
	}
	return p
}

package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/trainmesh/trainmesh/chain/bindings"
)

// EmptyTable is a job's payout root before it is settled (the contract's
// EMPTY_TABLE, internal): nonzero, so that settling overwrites a slot rather than
// creating one.
var EmptyTable = crypto.Keccak256Hash([]byte("trainmesh.payouts.empty"))

// PayoutTable is a settled job's payout table as the contract committed to
// it: entry i is member i of the award (winners, then standbys) and the
// gross amount it is owed. Challenges replace entries; the contract keeps
// only the Merkle root (Root), and members release with an entry and its
// proof (Proof).
type PayoutTable struct {
	JobID     common.Hash
	Members   []common.Address
	Amounts   []*big.Int
	ReleaseAt time.Time
}

// LeafOf is the contract's leafOf: keccak256(abi.encode(index, member,
// amount)).
func LeafOf(index int, member common.Address, amount *big.Int) common.Hash {
	var b [96]byte
	new(big.Int).SetInt64(int64(index)).FillBytes(b[0:32])
	copy(b[44:64], member[:])
	amount.FillBytes(b[64:96])
	return crypto.Keccak256Hash(b[:])
}

func hashPair(a, b common.Hash) common.Hash { return crypto.Keccak256Hash(a[:], b[:]) }

// levels returns the tree bottom-up, the last level the root: each level
// pairs the one below, a last node without a right sibling with zero.
func (t *PayoutTable) levels() [][]common.Hash {
	n := len(t.Members)
	if n == 0 {
		return [][]common.Hash{{EmptyTable}}
	}
	level := make([]common.Hash, n)
	for i := range n {
		level[i] = LeafOf(i, t.Members[i], t.Amounts[i])
	}
	out := [][]common.Hash{level}
	for len(level) > 1 {
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			var right common.Hash
			if 2*i+1 < len(level) {
				right = level[2*i+1]
			}
			next[i] = hashPair(level[2*i], right)
		}
		out = append(out, next)
		level = next
	}
	return out
}

// Root is the table's Merkle root, as the contract computes it.
func (t *PayoutTable) Root() common.Hash {
	l := t.levels()
	return l[len(l)-1][0]
}

// Proof is entry index's Merkle proof: its sibling at each level, leaf
// first.
func (t *PayoutTable) Proof(index int) [][32]byte {
	var proof [][32]byte
	l := t.levels()
	for _, level := range l[:len(l)-1] {
		sib := index ^ 1
		var h common.Hash
		if sib < len(level) {
			h = level[sib]
		}
		proof = append(proof, h)
		index >>= 1
	}
	return proof
}

// EncodeTable is the table as JobSettled publishes it: 32 bytes per entry,
// the member's address then its amount as a uint96.
func (t *PayoutTable) EncodeTable() []byte {
	out := make([]byte, 32*len(t.Members))
	for i, m := range t.Members {
		copy(out[32*i:], m[:])
		t.Amounts[i].FillBytes(out[32*i+20 : 32*i+32])
	}
	return out
}

// DecodeTable reads the table a JobSettled event carries (see
// EncodeTable); the job and release time are left for the caller.
func DecodeTable(b []byte) (*PayoutTable, error) {
	if len(b)%32 != 0 {
		return nil, fmt.Errorf("a payout table of %d bytes: want 32 per entry", len(b))
	}
	t := &PayoutTable{Members: make([]common.Address, 0, len(b)/32), Amounts: make([]*big.Int, 0, len(b)/32)}
	for e := b; len(e) > 0; e = e[32:] {
		t.Members = append(t.Members, common.BytesToAddress(e[:20]))
		t.Amounts = append(t.Amounts, new(big.Int).SetBytes(e[20:32]))
	}
	return t, nil
}

// Total is the sum of the table's amounts.
func (t *PayoutTable) Total() *big.Int {
	sum := new(big.Int)
	for _, a := range t.Amounts {
		sum.Add(sum, a)
	}
	return sum
}

// Indices are the entries that name member (an award may list an address
// more than once).
func (t *PayoutTable) Indices(member common.Address) []int {
	var out []int
	for i, m := range t.Members {
		if m == member {
			out = append(out, i)
		}
	}
	return out
}

func (t *PayoutTable) entry(index int) (bindings.SettlementEntry, error) {
	if index < 0 || index >= len(t.Members) {
		return bindings.SettlementEntry{}, fmt.Errorf("%w: entry %d of a table of %d", ErrNotMember, index, len(t.Members))
	}
	return bindings.SettlementEntry{JobId: t.JobID, Index: big.NewInt(int64(index)), Amount: t.Amounts[index], Proof: t.Proof(index)}, nil
}

var settlementABI = func() *abi.ABI {
	a, err := bindings.SettlementMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return a
}()

// PayoutTable rebuilds a settled job's current payout table from the
// contract's events: the table JobSettled published, with every
// CreditCorrected replacement applied in order. It checks the result
// against the root the contract holds, so a node never builds proofs from
// a table the contract would reject. A job not settled returns
// ErrNotSettled.
func (c *Client) PayoutTable(ctx context.Context, jobID common.Hash) (*PayoutTable, error) {
	j, err := c.Job(ctx, jobID)
	if err != nil {
		return nil, err
	}
	if j.PayoutRoot == EmptyTable || j.Status == JobNone || j.Status == JobOpen {
		return nil, fmt.Errorf("%w: job %s is %v", ErrNotSettled, jobID.Hex()[:10], j.Status)
	}
	settled, corrected := settlementABI.Events["JobSettled"].ID, settlementABI.Events["CreditCorrected"].ID
	logs, err := filterLogs(ctx, c.b, ethereum.FilterQuery{
		// From the contract's deployment, not block 0: a public endpoint
		// may refuse a range over the whole chain.
		FromBlock: new(big.Int).SetUint64(c.deployBlock),
		Addresses: []common.Address{c.settlement},
		Topics:    [][]common.Hash{{settled, corrected}, {jobID}},
	})
	if err != nil {
		return nil, err
	}
	var t *PayoutTable
	for i := range logs {
		lg := &logs[i]
		if lg.Removed {
			continue
		}
		switch lg.Topics[0] {
		case settled:
			ev, err := c.sc.UnpackJobSettledEvent(lg)
			if err != nil {
				return nil, err
			}
			if t, err = DecodeTable(ev.Table); err != nil {
				return nil, fmt.Errorf("%w: job %s: %v", ErrNotSettled, jobID.Hex()[:10], err)
			}
			t.JobID, t.ReleaseAt = jobID, j.ReleaseAt
		case corrected:
			ev, err := c.sc.UnpackCreditCorrectedEvent(lg)
			if err != nil {
				return nil, err
			}
			if t == nil || !ev.Index.IsInt64() || ev.Index.Int64() >= int64(len(t.Amounts)) {
				return nil, fmt.Errorf("%w: job %s: a correction before or outside its table", ErrNotSettled, jobID.Hex()[:10])
			}
			t.Amounts[ev.Index.Int64()] = ev.NewAmount
		}
	}
	if t == nil {
		return nil, fmt.Errorf("%w: job %s: no JobSettled event found", ErrNotSettled, jobID.Hex()[:10])
	}
	if root := t.Root(); root != j.PayoutRoot {
		return nil, fmt.Errorf("%w: job %s: the events' table has root %s, the contract holds %s (a reorg under way?)", ErrNotSettled, jobID.Hex()[:10], root.Hex()[:10], j.PayoutRoot.Hex()[:10])
	}
	return t, nil
}

// IsReleased reads whether entry index of a job's table was released.
func (c *Client) IsReleased(ctx context.Context, jobID common.Hash, index int) (bool, error) {
	out, err := c.call(ctx, "isReleased", c.settlement, c.sc.PackIsReleased(jobID, big.NewInt(int64(index))))
	if err != nil {
		return false, err
	}
	return c.sc.UnpackIsReleased(out)
}

// releaseEntries are account's unreleased entries of the given jobs'
// tables, with their proofs.
func (c *Client) releaseEntries(ctx context.Context, account common.Address, jobIDs []common.Hash) ([]bindings.SettlementEntry, error) {
	var entries []bindings.SettlementEntry
	for _, id := range jobIDs {
		t, err := c.PayoutTable(ctx, id)
		if err != nil {
			return nil, err
		}
		for _, i := range t.Indices(account) {
			done, err := c.IsReleased(ctx, id, i)
			if err != nil {
				return nil, err
			}
			if done {
				continue
			}
			e, err := t.entry(i)
			if err != nil {
				return nil, err
			}
			entries = append(entries, e)
		}
	}
	return entries, nil
}

package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/chain/bindings"
	"github.com/trainmesh/trainmesh/protocol"
)

// Claim tallies (Tallies.sol; PROTOCOL.md, "Claim tallies"): when a job's
// poster never settles, each winner signs its own view of the audits and
// the data the settlement would have paid, and anyone submits a quorum of
// views; the contract pays each column's quorum-th highest value.

// Tallier is what a node needs to pay the claim path's audits and data;
// *Client is one. It is apart from Settler so that a settlement layer
// without tallies still is a Settler.
type Tallier interface {
	SignTally(t protocol.ClaimTally) (protocol.SignedTally, error)
	ClaimTally(ctx context.Context, award protocol.Award, views []protocol.SignedTally) (*Tx, error)
}

var _ Tallier = (*Client)(nil)

// TallyOf is a member's view in the contract's form: its audits column in
// award order (nil: none) and the data pay d decided, holders by
// increasing address (DataPayout's order), zero pay left out.
func TallyOf(award protocol.Award, member protocol.Address, audits []uint64, d DataPay) protocol.ClaimTally {
	n := len(award.Winners) + len(award.Standbys)
	t := protocol.ClaimTally{JobID: award.JobID, Member: member, Audits: make([]uint64, n)}
	copy(t.Audits, audits)
	for k, h := range d.Holders {
		if d.Pay[k] == nil || d.Pay[k].Sign() == 0 {
			continue
		}
		t.Holders = append(t.Holders, protocol.Address(h))
		t.Data = append(t.Data, new(big.Int).Set(d.Pay[k]))
	}
	return t
}

// SignTally signs t (whose Member must be the client's account) under
// the deployment's domain.
func (c *Client) SignTally(t protocol.ClaimTally) (protocol.SignedTally, error) {
	var out protocol.SignedTally
	if common.Address(t.Member) != c.Address() {
		return out, fmt.Errorf("%w: tally names member %s, the key is %s", ErrBadParams, t.Member, c.Address())
	}
	if err := t.Validate(); err != nil {
		return out, fmt.Errorf("%w: %v", ErrBadParams, err)
	}
	sig, err := Sign(c.key, c.domain, t)
	if err != nil {
		return out, err
	}
	out.Tally = t
	copy(out.Sig[:], sig)
	return out, nil
}

// CheckTally returns the member that signed s under d, or an error if the
// signature is not the member's.
func CheckTally(d protocol.Domain, s protocol.SignedTally) (common.Address, error) {
	who, err := Recover(d, s.Tally, s.Sig[:])
	if err != nil {
		return common.Address{}, err
	}
	if who != common.Address(s.Tally.Member) {
		return common.Address{}, fmt.Errorf("%w: tally signed by %s names %s", ErrBadEvidence, who, s.Tally.Member)
	}
	return who, nil
}

// TallyViews puts views of award's job into the contract's form: the
// views of winners over holders, one a winner (the first given), in
// address order; views over other holders than the first one's, of
// another job, or of non-winners are left out (the contract would refuse
// them), and so are views with a wrong audits column.
func TallyViews(award protocol.Award, views []protocol.SignedTally) bindings.TalliesViews {
	v := bindings.TalliesViews{Holders: []common.Address{}}
	n := len(award.Winners) + len(award.Standbys)
	var keep []protocol.SignedTally
	for _, s := range views {
		t := s.Tally
		if t.JobID != award.JobID || len(t.Audits) != n || t.Validate() != nil || slices.Index(award.Winners, t.Member) < 0 {
			continue
		}
		if len(keep) > 0 && !slices.Equal(t.Holders, keep[0].Tally.Holders) {
			continue
		}
		if slices.ContainsFunc(keep, func(k protocol.SignedTally) bool { return k.Tally.Member == t.Member }) {
			continue
		}
		keep = append(keep, s)
	}
	slices.SortFunc(keep, func(a, b protocol.SignedTally) int { return bytes.Compare(a.Tally.Member[:], b.Tally.Member[:]) })
	if len(keep) > 0 {
		v.Holders = addresses(keep[0].Tally.Holders)
	}
	v.Signers, v.Audits, v.Data, v.Signatures = []*big.Int{}, [][]uint64{}, [][]*big.Int{}, [][]byte{}
	for _, s := range keep {
		v.Signers = append(v.Signers, big.NewInt(int64(slices.Index(award.Winners, s.Tally.Member))))
		v.Audits = append(v.Audits, slices.Clone(s.Tally.Audits))
		data := make([]*big.Int, len(s.Tally.Data))
		for j, d := range s.Tally.Data {
			data[j] = new(big.Int).Set(d)
		}
		v.Data = append(v.Data, data)
		v.Signatures = append(v.Signatures, slices.Clone(s.Sig[:]))
	}
	return v
}

// Tallies is the tallies contract's address (Settlement creates it).
func (c *Client) Tallies(ctx context.Context) (common.Address, error) {
	c.tallyMu.Lock()
	defer c.tallyMu.Unlock()
	if c.tallies != (common.Address{}) {
		return c.tallies, nil
	}
	out, err := c.call(ctx, "tallies", c.settlement, c.sc.PackTallies())
	if err != nil {
		return common.Address{}, err
	}
	a, err := c.sc.UnpackTallies(out)
	if err != nil {
		return common.Address{}, err
	}
	c.tallies = a
	return a, nil
}

// ClaimTally pays the audits and data that views (winners' signed views
// of award's job, a quorum of them) prove, for a job its poster never
// settled, after the settle deadline and within the claim window; the
// award must be bound (a claim or registerAward binds it). A later call
// pays only what its views add.
func (c *Client) ClaimTally(ctx context.Context, award protocol.Award, views []protocol.SignedTally) (*Tx, error) {
	a := awardBinding(award)
	data, err := c.ta.TryPackClaimTally(award.JobID, bindings.TalliesAward{Winners: a.Winners, Standbys: a.Standbys, Prices: a.Prices},
		TallyViews(award, views))
	if err != nil {
		return nil, fmt.Errorf("%w: claimTally: %v", ErrBadParams, err)
	}
	to, err := c.Tallies(ctx)
	if err != nil {
		return nil, err
	}
	return c.send.transact(ctx, "claimTally", &to, data, nil)
}

// TallyPaid reads what tallies paid of a job so far: the audits of the
// member at each index of award (winners ‖ standbys) and the gross pay of
// each of holders.
func (c *Client) TallyPaid(ctx context.Context, award protocol.Award, holders []common.Address) (audits []uint64, data []*big.Int, err error) {
	to, err := c.Tallies(ctx)
	if err != nil {
		return nil, nil, err
	}
	n := len(award.Winners) + len(award.Standbys)
	for i := range n {
		out, err := c.call(ctx, "auditsPaid", to, c.ta.PackAuditsPaid(award.JobID, big.NewInt(int64(i))))
		if err != nil {
			return nil, nil, err
		}
		v, err := c.ta.UnpackAuditsPaid(out)
		if err != nil {
			return nil, nil, err
		}
		audits = append(audits, v.Uint64())
	}
	for _, h := range holders {
		out, err := c.call(ctx, "dataPaid", to, c.ta.PackDataPaid(award.JobID, h))
		if err != nil {
			return nil, nil, err
		}
		v, err := c.ta.UnpackDataPaid(out)
		if err != nil {
			return nil, nil, err
		}
		data = append(data, v)
	}
	return audits, data, nil
}

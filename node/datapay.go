package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train/dataset"
)

// Paid data (PROTOCOL.md, "Paid data"; issue 21 item 3). A data holder is
// a node that serves a dataset (ServeDataset) and need not bid on
// anything; a recipe names holders and a price per chunk; a member
// fetches its shard from them and the poster, and sends the poster one
// signed DataReceipt per holder for the chunks that holder delivered and
// that verified; the poster pays the holders from the job's data pool in
// its settlement (chain.DataPayout), as entries of the payout table.

// DataReceiptProtocol carries a member's signed data receipts to the
// job's poster, one receipt a request.
const DataReceiptProtocol = "/trainmesh/datareceipt/1.0.0"

const (
	// maxDataHolders bounds a recipe's holders.
	maxDataHolders = 16
	// dataReceiptBytesMax is the largest receipt on the wire.
	dataReceiptBytesMax = 1 + 32 + 20 + 20 + 2 + 32*protocol.MaxReceiptChunks + protocol.SignatureLen
	// maxDataReceipts bounds the receipts a poster keeps for one job.
	maxDataReceipts = 4096
)

// ErrDataReceipt is a data receipt the poster refuses.
var ErrDataReceipt = errors.New("node: data receipt refused")

// ServeDataset makes the node a holder of d: it serves d's manifest and
// every chunk by hash to whoever asks, whether or not it bids on jobs (a
// peer with data and no GPU earns from the jobs whose recipes name it).
func (n *Node) ServeDataset(d *dataset.Dataset) error { return n.blobs.AddDataset(d, nil) }

// dataHolders parses the recipe's data holders; each must carry its
// secp256k1 key (an address).
func (r *Recipe) dataHolders() ([]peer.ID, error) {
	out := make([]peer.ID, 0, len(r.DataHolders))
	for _, s := range r.DataHolders {
		id, err := peer.Decode(s)
		if err == nil {
			_, err = identity.AddressOf(id)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: data holder %q: %v", ErrRecipe, s, err)
		}
		out = append(out, id)
	}
	return out, nil
}

// dataPool is what a poster escrows for the holders of a job on r with
// dataset m: DataPrice per chunk of the train split (each member fetches
// its shard once; a called-in standby fetching again is paid from what
// is left, the pay scaled down if short).
func (r *Recipe) dataPool(m *dataset.Manifest) *big.Int {
	if r.DataPrice == 0 || len(r.DataHolders) == 0 || m == nil {
		return new(big.Int)
	}
	n := len(m.Indices(dataset.SplitTrain, 0, 1))
	return new(big.Int).Mul(new(big.Int).SetUint64(r.DataPrice), big.NewInt(int64(n)))
}

// shardHolders are where a member of jr fetches its shard: the recipe's
// data holders, then the poster.
func shardHolders(r *Recipe, poster peer.ID) []string {
	var out []string
	for _, h := range r.DataHolders {
		if h != poster.String() {
			out = append(out, h)
		}
	}
	return append(out, poster.String())
}

// sendDataReceipts signs, for each holder other than the poster that
// delivered chunks that verified, a DataReceipt of them and sends it to
// the poster. Best effort: a receipt that does not get through costs the
// holder its pay for those chunks, not the job.
func (n *Node) sendDataReceipts(ctx context.Context, jr *jobRun, r *Recipe, rep *dataset.Report) {
	if r.DataPrice == 0 || rep == nil {
		return
	}
	for holder, chunks := range rep.Delivered() {
		if holder == jr.poster.String() {
			continue
		}
		pid, err := peer.Decode(holder)
		var addr common.Address
		if err == nil {
			addr, err = identity.AddressOf(pid)
		}
		if err != nil {
			continue // not a holder the recipe could name
		}
		for start := 0; start < len(chunks); start += protocol.MaxReceiptChunks {
			m := protocol.DataReceipt{JobID: protocol.Hash(jr.id), Member: protocol.Address(n.key.Address()), Holder: protocol.Address(addr)}
			for _, c := range chunks[start:min(len(chunks), start+protocol.MaxReceiptChunks)] {
				m.Chunks = append(m.Chunks, protocol.Hash(c))
			}
			sig, err := chain.Sign(n.key, n.cfg.Auction.Domain, m)
			if err != nil {
				continue
			}
			// Kept, and sent to the other winners too: should the poster
			// never settle, each winner's claim tally pays the holders
			// from the receipts it holds (tally.go).
			jr.mu.Lock()
			jr.dataReceipts = append(jr.dataReceipts, chain.SignedDataReceipt{Receipt: m, Sig: sig})
			jr.mu.Unlock()
			// The poster first: a winner that does not answer must not
			// hold up the settlement's receipts.
			err = n.sendDataReceipt(ctx, jr.poster, m, sig)
			for _, w := range n.otherWinners(jr) {
				if err := n.sendDataReceipt(ctx, w, m, sig); err != nil {
					n.log.Debug("job: data receipt not delivered to a winner", "job", jr.id.Short(), "winner", w, "err", err)
				}
			}
			if err != nil {
				n.log.Warn("job: data receipt not delivered to the poster", "job", jr.id.Short(), "holder", pid, "chunks", len(m.Chunks), "err", err)
				continue
			}
			n.emitJob(JobEvent{Job: jr.id, Kind: JobFetched, Text: fmt.Sprintf("signed for %d chunks from data holder %s", len(m.Chunks), pid)})
		}
	}
}

// otherWinners are the peer IDs of jr's winners but this node.
func (n *Node) otherWinners(jr *jobRun) []peer.ID {
	aw := jr.awardMsg()
	if aw == nil {
		return nil
	}
	var out []peer.ID
	for _, w := range aw.Winners {
		if w == protocol.Address(n.key.Address()) {
			continue
		}
		if id, ok := n.peerOf(w); ok {
			out = append(out, id)
		}
	}
	return out
}

func (n *Node) sendDataReceipt(ctx context.Context, to peer.ID, m protocol.DataReceipt, sig []byte) error {
	b, err := protocol.EncodeDataReceipt(m, sig)
	if err != nil {
		return err
	}
	ctx, cancel := n.clk.WithTimeout(ctx, n.cfg.Jobs.StartTimeout)
	defer cancel()
	_, err = n.host.Request(ctx, to, DataReceiptProtocol, b, 16)
	return err
}

// serveDataReceipt keeps a member's receipt for a job this node posted,
// or for a job this node is a winner of (its claim tally, should the
// poster never settle). It checks what it can at once (the encoding, the
// job, the sender, the signature); DataPayout applies the rest.
func (n *Node) serveDataReceipt(_ context.Context, from peer.ID, req []byte) ([]byte, error) {
	m, sig, err := protocol.DecodeDataReceipt(req)
	if err != nil {
		return nil, err
	}
	jr := n.run(auction.Hash(m.JobID))
	if jr == nil || (jr.role != RolePoster && jr.role != RoleMember) {
		return nil, fmt.Errorf("%w: job %s is not one this node posted or won", ErrDataReceipt, auction.Hash(m.JobID).Short())
	}
	if addr, err := identity.AddressOf(from); err != nil || protocol.Address(addr) != m.Member {
		return nil, fmt.Errorf("%w: sent by %s, signed for %s", ErrDataReceipt, from, m.Member.Short())
	}
	if signer, err := chain.Recover(n.cfg.Auction.Domain, *m, sig); err != nil || protocol.Address(signer) != m.Member {
		return nil, fmt.Errorf("%w: bad signature", ErrDataReceipt)
	}
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if len(jr.dataReceipts) >= maxDataReceipts {
		return nil, fmt.Errorf("%w: %d receipts held for the job already", ErrDataReceipt, maxDataReceipts)
	}
	jr.dataReceipts = append(jr.dataReceipts, chain.SignedDataReceipt{Receipt: *m, Sig: sig})
	return nil, nil
}

// payout is jr's settlement: the members' credits and audits
// (chain.NewPayout) and the data holders the receipts the poster holds
// pay (chain.DataPayout).
func (n *Node) payout(jr *jobRun, award auction.Award, credits, audits []uint64) chain.Payout {
	p := chain.NewPayout(award, credits, audits)
	if dp, ok := n.dataPay(jr, award); ok {
		p.Holders, p.HolderPay = dp.Holders, dp.Pay
	}
	return p
}

// dataPay is what the data receipts jr holds pay the data holders
// (chain.DataPayout over the job's manifest): a poster's settlement, or
// a winner's view in a claim tally (tally.go).
func (n *Node) dataPay(jr *jobRun, award auction.Award) (chain.DataPay, bool) {
	jr.mu.Lock()
	r, man, receipts := jr.recipe, jr.manifest, append([]chain.SignedDataReceipt(nil), jr.dataReceipts...)
	jr.mu.Unlock()
	if r == nil || r.DataPrice == 0 || len(receipts) == 0 {
		return chain.DataPay{}, false
	}
	if man == nil {
		var err error
		if man, err = n.manifest(r.DatasetRoot); err != nil {
			n.log.Warn("job: data holders not paid: no manifest", "job", jr.id.Short(), "err", err)
			return chain.DataPay{}, false
		}
	}
	// A winner is paid for the chunks of its shard; a standby (called in
	// for any winner) for any chunk of the train split.
	k := len(award.Winners)
	shards := make([]map[protocol.Hash]bool, k+1)
	for i := range shards {
		shards[i] = map[protocol.Hash]bool{}
		idx := man.Indices(dataset.SplitTrain, i, k)
		if i == k {
			idx = man.Indices(dataset.SplitTrain, 0, 1)
		}
		for _, c := range idx {
			shards[i][protocol.Hash(man.Chunks[c].Hash)] = true
		}
	}
	inShard := func(m protocol.Address, c protocol.Hash) bool {
		i := award.IndexOf(m)
		if i < 0 {
			return false
		}
		return shards[min(i, k)][c]
	}
	dp := chain.DataPayout(n.cfg.Auction.Domain, award, receipts, inShard, new(big.Int).SetUint64(r.DataPrice), r.dataPool(man))
	n.log.Info("job: paying data holders", "job", jr.id.Short(), "role", jr.role, "holders", len(dp.Holders), "chunks", dp.Chunks, "pay", dp.Total(),
		"refused", dp.Refused, "outside", dp.Outside, "repeats", dp.Repeats, "scaled", dp.Scaled)
	return dp, true
}

// manifest is the manifest of a dataset this node serves.
func (n *Node) manifest(root auction.Hash) (*dataset.Manifest, error) {
	b, ok := n.blobs.Get([32]byte(root))
	if !ok {
		return nil, fmt.Errorf("node: dataset %s is not held here", root.Short())
	}
	return dataset.VerifyManifest(b, dataset.Hash(root))
}

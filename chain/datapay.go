package chain

import (
	"bytes"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/protocol"
)

// SignedDataReceipt is a member's DataReceipt with its signature.
type SignedDataReceipt struct {
	Receipt protocol.DataReceipt
	Sig     []byte
}

// DataPay is what DataPayout decided: the holders to pay and their gross
// pay (Payout.Holders and Payout.HolderPay), sorted by address, and what
// it refused.
type DataPay struct {
	Holders []common.Address
	Pay     []*big.Int
	// Chunks[k] is how many chunks Holders[k] is paid for.
	Chunks []int
	// Refused counts receipts that counted nothing at all (bad signature,
	// not a member, another job, the poster as holder); Outside counts
	// chunks named outside the member's shard; Repeats chunks a member had
	// already signed for.
	Refused, Outside, Repeats int
	// Scaled is set when the pool was short of price x chunks and every
	// pay was scaled down.
	Scaled bool
}

// Total is the sum of the pay.
func (d DataPay) Total() *big.Int {
	sum := new(big.Int)
	for _, p := range d.Pay {
		sum.Add(sum, p)
	}
	return sum
}

// DataPayout is the poster's rule for paying a job's data holders
// (PROTOCOL.md, "Paid data"): for each award member, each chunk of its
// shard (inShard) that a receipt it signed names is paid once, price per
// chunk, to the holder the receipt names (the lower holder address if two
// receipts of one member name one chunk); receipts that do not verify
// under d, are not of award's job, are not signed by an award member, or
// name the poster as holder count nothing. If the total passes pool, each
// holder's pay is price x chunks x pool / (price x all chunks), rounded
// down, so it never does.
func DataPayout(d protocol.Domain, award protocol.Award, receipts []SignedDataReceipt, inShard func(member protocol.Address, chunk protocol.Hash) bool, price, pool *big.Int) DataPay {
	var out DataPay
	type key struct {
		member protocol.Address
		chunk  protocol.Hash
	}
	paidTo := map[key]protocol.Address{}
	for _, r := range receipts {
		m := r.Receipt
		if m.JobID != award.JobID || m.Holder == award.Poster || award.IndexOf(m.Member) < 0 || m.Check() != nil {
			out.Refused++
			continue
		}
		if signer, err := Recover(d, m, r.Sig); err != nil || protocol.Address(signer) != m.Member {
			out.Refused++
			continue
		}
		for _, c := range m.Chunks {
			if !inShard(m.Member, c) {
				out.Outside++
				continue
			}
			k := key{m.Member, c}
			if was, ok := paidTo[k]; ok {
				out.Repeats++
				if bytes.Compare(m.Holder[:], was[:]) >= 0 {
					continue
				}
			}
			paidTo[k] = m.Holder
		}
	}
	count := map[protocol.Address]int{}
	for _, h := range paidTo {
		count[h]++
	}
	for h := range count {
		out.Holders = append(out.Holders, common.Address(h))
	}
	sort.Slice(out.Holders, func(i, j int) bool { return bytes.Compare(out.Holders[i][:], out.Holders[j][:]) < 0 })
	want := new(big.Int).Mul(price, big.NewInt(int64(len(paidTo))))
	out.Scaled = pool != nil && want.Cmp(pool) > 0
	for _, h := range out.Holders {
		n := count[protocol.Address(h)]
		p := new(big.Int).Mul(price, big.NewInt(int64(n)))
		if out.Scaled {
			p.Mul(p, pool).Quo(p, want)
		}
		out.Chunks = append(out.Chunks, n)
		out.Pay = append(out.Pay, p)
	}
	return out
}

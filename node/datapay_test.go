package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/train/dataset"
)

// TestPaidData (issue 21 item 3) runs a job whose recipe pays data holders
// on an embedded chain: a poster, one provider that wins and trains, and
// two nodes that bid on nothing (no GPU asked) and serve the job's
// dataset: a good holder and a bad one whose chunks fail their content
// hash. The winner fetches its shard from the bad holder, the good holder
// and the poster in turn (the bad holder's chunks are refused and fetched
// again elsewhere), signs a data receipt for what the good holder
// delivered and sends it to the poster, who pays the good holder the
// recipe's price for each of those chunks from the job's data pool, and
// the bad holder nothing; the good holder releases and withdraws its pay;
// the poster is refunded the pool's rest. Balances to the unit.
func TestPaidData(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, holders: 2})
	const steps, price = 20, 7
	winner, good, bad := 1, 2, 3
	req := paidDataJob(t, n, steps, price, good, bad)
	poster := n.nodes[0]
	out, err := poster.PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	// The announcement names the verification bound the deposit holds
	// (issue 16: bidders and verifiers see what verification pays).
	if j, err := n.clients[0].Job(ctx, common.Hash(out.Job.JobID)); err != nil || out.Job.Audits == 0 || j.Audits != out.Job.Audits {
		t.Errorf("announced %d audits; the deposit holds %+v (%v)", out.Job.Audits, j, err)
	}
	if len(out.Award.Winners) != 1 || n.index(out.Award.Winners[0]) != winner {
		t.Fatalf("award %v: want node %d alone (the holders do not bid)", out.Award.Winners, winner)
	}
	// The winner fetched chunk k of its shard (member 0 of 1: the whole
	// train split) from holders[(k+a) % 3] = bad, good, poster, the a-th
	// holder after a refusal: the good holder delivered every chunk with
	// k % 3 of 0 (after the bad one's refusal) or 1, the poster the rest.
	idx := req.Dataset.Manifest.Indices(dataset.SplitTrain, 0, 1)
	fromGood := 0
	for k := range idx {
		if k%3 != 2 {
			fromGood++
		}
	}
	// Settle once the poster holds the winner's receipt (sent when it
	// fetched its shard, long before the end of training; the event comes
	// after the poster answered).
	if _, err := n.events[winner].Wait(ctx, nil, func(e JobEvent) bool {
		return e.Job == out.Job.JobID && e.Kind == JobFetched && strings.HasPrefix(e.Text, "signed for")
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := poster.Settle(ctx, out); err != nil {
		t.Fatal(err)
	}
	id := common.Hash(out.Job.JobID)
	goodAddr, badAddr := n.nodes[good].Key().Address(), n.nodes[bad].Key().Address()
	table, err := n.clients[0].PayoutTable(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := big.NewInt(int64(price * fromGood))
	cr, err := n.clients[0].Credit(ctx, id, goodAddr)
	if err != nil {
		t.Fatal(err)
	}
	wantTokens(t, "good holder's entry", cr.Amount, want)
	if len(table.Indices(badAddr)) != 0 {
		t.Errorf("the bad holder has entries %v in the table", table.Indices(badAddr))
	}
	if err := n.emb.AdvanceTime(n.cp.ChallengeWindow); err != nil {
		t.Fatal(err)
	}
	refunded, err := poster.Refund(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	// The holder takes its pay as any payee does (nothing else on its
	// node follows the job).
	_, paid, err := n.clients[good].ReleaseAndWithdraw(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	wantTokens(t, "good holder withdrew", paid, afterFee(want, n.cp.FeeBps))
	wantTokens(t, "good holder's tokens", n.tokens(ctx, good), new(big.Int).Add(n.tokensOf0[good], afterFee(want, n.cp.FeeBps)))
	wantTokens(t, "bad holder's tokens", n.tokens(ctx, bad), n.tokensOf0[bad])
	// The poster paid the winner its steps and the holder its chunks,
	// nothing else: the pool's rest and the unused verification share
	// came back.
	winnerPay := big.NewInt(priceOf(out.Award, out.Award.Winners[0]) * int64(out.Credits[0]))
	spent := new(big.Int).Add(winnerPay, want)
	wantTokens(t, "poster's tokens", n.tokens(ctx, 0), new(big.Int).Sub(n.tokensOf0[0], spent))
	pool := big.NewInt(int64(price * len(idx)))
	t.Logf("holder paid %v for %d of %d chunks (pool %v); winner %v; refunded %v", want, fromGood, len(idx), pool, winnerPay, refunded)
	if left, err := n.clients[0].DataPool(ctx, id); err != nil || left.Sign() != 0 {
		t.Errorf("data pool after the refund: %v, %v", left, err)
	}
}

// TestPaidDataClaimed: the poster never settles; the winner (alone, so its
// view is a quorum) claims its steps and submits its claim tally, which
// pays the good holder for the chunks it delivered and the bad holder
// nothing, from the data pool (PROTOCOL.md, "Claim tallies").
func TestPaidDataClaimed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, holders: 2})
	const steps, price = 20, 7
	winner, good, bad := 1, 2, 3
	req := paidDataJob(t, n, steps, price, good, bad)
	req.SettleWithin = time.Hour
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Award.Winners) != 1 || n.index(out.Award.Winners[0]) != winner {
		t.Fatalf("award %v: want node %d alone (the holders do not bid)", out.Award.Winners, winner)
	}
	// As in TestPaidData: the good holder delivered every chunk k of the
	// shard with k % 3 != 2.
	idx := req.Dataset.Manifest.Indices(dataset.SplitTrain, 0, 1)
	fromGood := 0
	for k := range idx {
		if k%3 != 2 {
			fromGood++
		}
	}
	// The winner signed its receipts and filed its last step's receipt;
	// then the settle deadline passes with no settlement.
	for _, ev := range []func(JobEvent) bool{
		func(e JobEvent) bool { return e.Kind == JobFetched && strings.HasPrefix(e.Text, "signed for") },
		func(e JobEvent) bool { return e.Kind == JobReceipt && e.Step == steps },
	} {
		if _, err := n.events[winner].Wait(ctx, nil, func(e JobEvent) bool { return e.Job == out.Job.JobID && ev(e) }); err != nil {
			t.Fatal(err)
		}
	}
	if err := n.emb.AdvanceTime(req.SettleWithin); err != nil {
		t.Fatal(err)
	}
	n.events[winner].wait(ctx, t, out.Job.JobID, JobTallied)
	n.events[winner].wait(ctx, t, out.Job.JobID, JobWithdrawn)
	want := big.NewInt(int64(price * fromGood))
	for _, h := range []struct {
		name string
		i    int
		want *big.Int
	}{{"good holder", good, afterFee(want, n.cp.FeeBps)}, {"bad holder", bad, new(big.Int)}} {
		got, err := n.clients[0].Balance(ctx, n.nodes[h.i].Key().Address())
		if err != nil {
			t.Fatal(err)
		}
		wantTokens(t, h.name+"'s balance", got, h.want)
	}
	id := common.Hash(out.Job.JobID)
	left, err := n.clients[0].DataPool(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	wantTokens(t, "data pool left", left, big.NewInt(int64(price*(len(idx)-fromGood))))
}

// paidDataJob is a one-winner digits job of steps steps whose data holders
// are node good (serving the dataset) and node bad (the manifest right,
// every chunk wrong), at price per chunk.
func paidDataJob(t *testing.T, n *jobNet, steps, price, good, bad int) JobRequest {
	t.Helper()
	req := digitsJob(t, 1, steps, int64(steps)*1000)
	// One bidder: under load its commit can miss a one-second window
	// (then no award); three seconds each leave it room.
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	ds := req.Dataset
	if err := n.nodes[good].ServeDataset(ds); err != nil {
		t.Fatal(err)
	}
	enc, err := ds.Manifest.Encode()
	if err != nil {
		t.Fatal(err)
	}
	n.nodes[bad].blobs.Put(ds.Root(), enc)
	for i, c := range ds.Chunks {
		wrong := append([]byte(nil), c...)
		wrong[len(wrong)/2] ^= 0x40
		n.nodes[bad].blobs.Put(ds.Manifest.Chunks[i].Hash, wrong)
	}
	req.Recipe.DataPrice = uint64(price)
	req.Recipe.DataHolders = []string{n.nodes[bad].Host().ID().String(), n.nodes[good].Host().ID().String()}
	return req
}

package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
	tmprotocol "github.com/trainmesh/trainmesh/protocol"
)

// Fetching the receipts, seat statements and rejoin witnesses a follower
// lacks (PROTOCOL.md, "Fetching missed receipts and seat statements"; the job core decides
// what is missing, job.Fetch). Members re-send only their latest receipt:
// a standby that heard the award after the early periods' receipts, a
// peer that lost a message or restarted, asks the job's other followers
// for the rest over a request stream, and steps what comes back into its
// machine as if gossiped, each signature checked as the topic's validator
// checks it: a peer can only send what the signers signed.

// RecordsProtocol answers a fetch request (job.EncodeFetchRequest) with
// the receipts, seat statements and rejoin witnesses asked that the
// serving node's job machine holds (job.EncodeFetchAnswer). 1.1.0: a
// request names the winners whose witnesses are wanted, and an answer
// carries them (1.0.0 had neither).
const RecordsProtocol protocol.ID = "/trainmesh/job/records/1.1.0"

// recordsTimeout bounds one fetch request to one peer.
const recordsTimeout = 10 * time.Second

// errNoRecords: the asked node follows no such job.
var errNoRecords = errors.New("node: no records of that job")

// serveRecords answers a RecordsProtocol request from the job's machine.
func (n *Node) serveRecords(ctx context.Context, _ peer.ID, req []byte) ([]byte, error) {
	id, f, err := job.DecodeFetchRequest(req)
	if err != nil {
		return nil, err
	}
	jr := n.run(id)
	if jr == nil {
		return nil, fmt.Errorf("%w: job %s", errNoRecords, id.Short())
	}
	var a job.Answered
	if err := n.inJobLoop(ctx, func() {
		if jr.m != nil && !jr.removed {
			a = jr.m.Answer(f)
		}
	}); err != nil {
		return nil, err
	}
	return job.EncodeFetchAnswer(a)
}

// fetchRecords asks the job's other followers, the poster first, then the
// winners and the standbys, for what f names, each for what the ones
// before did not send, and steps each receipt, statement and witness that
// comes and checks into the machine (PeerReceipt, PeerSeat, PeerWitness).
// Witnesses are asked of every peer: none can say it sent all there are.
func (n *Node) fetchRecords(jr *jobRun, f job.Fetch) {
	aw := jr.awardMsg()
	if aw == nil {
		return
	}
	self := n.host.ID()
	var peers []peer.ID
	add := func(id peer.ID) {
		if id != "" && id != self && !slices.Contains(peers, id) {
			peers = append(peers, id)
		}
	}
	add(jr.poster)
	if id, ok := n.peerOf(jr.job.Poster); ok {
		add(id)
	}
	for _, a := range aw.Members() {
		if id, ok := n.peerOf(a); ok {
			add(id)
		}
	}
	dom := n.cfg.Auction.Domain
	got := 0
	for _, p := range peers {
		if len(f.Receipts) == 0 && len(f.Seats) == 0 && len(f.Witnesses) == 0 {
			break
		}
		req, err := job.EncodeFetchRequest(jr.id, &f)
		if err != nil {
			return
		}
		ctx, cancel := n.clk.WithTimeout(jr.ctx, recordsTimeout)
		resp, err := n.host.Request(ctx, p, RecordsProtocol, req, job.FetchAnswerMax)
		cancel()
		if err != nil {
			if jr.ctx.Err() != nil {
				return
			}
			n.log.Debug("job: fetch receipts", "job", jr.id.Short(), "peer", p, "err", err)
			continue
		}
		a, err := job.DecodeFetchAnswer(resp)
		if err != nil {
			n.log.Debug("job: fetch receipts: bad answer", "job", jr.id.Short(), "peer", p, "err", err)
			continue
		}
		ins := fetchedReceipts(jr.id, dom, &f, a.Receipts, func(r job.Receipt) {
			n.log.Debug("job: fetch receipts: a receipt not asked or not signed by its member", "job", jr.id.Short(), "peer", p, "member", r.Member.Short(), "step", r.Step)
		})
		// A standby's one statement, once found, is asked of no other
		// peer; a winner states each rejoin, and is asked of every peer.
		var found []job.Address
		for _, s := range a.Seats {
			if !slices.Contains(f.Seats, s.Standby) || s.JobID != jr.id || verifySeat(dom, &s) != nil {
				n.log.Debug("job: fetch receipts: a seat statement not asked or not signed by its member", "job", jr.id.Short(), "peer", p, "member", s.Standby.Short())
				continue
			}
			if aw.IndexOf(s.Standby) >= len(aw.Winners) && !slices.Contains(found, s.Standby) {
				found = append(found, s.Standby)
			}
			ins = append(ins, job.PeerSeat{Seat: s})
		}
		f.Seats = slices.DeleteFunc(f.Seats, func(a job.Address) bool { return slices.Contains(found, a) })
		for _, w := range a.Witnesses {
			if !slices.Contains(f.Witnesses, w.Standby) || w.JobID != jr.id || recoverWitness(dom, &w) != nil {
				n.log.Debug("job: fetch receipts: a rejoin witness not asked or not signed", "job", jr.id.Short(), "peer", p, "member", w.Standby.Short())
				continue
			}
			ins = append(ins, job.PeerWitness{Witness: w})
		}
		if len(ins) == 0 {
			continue
		}
		got += len(ins)
		if !n.postJob(func() {
			for _, in := range ins {
				n.stepRun(jr, in)
			}
		}) {
			return
		}
	}
	if got > 0 || len(f.Receipts)+len(f.Seats) > 0 {
		n.log.Info("job: fetched what this node lacked", "job", jr.id.Short(), "records", got, "not found", len(f.Receipts)+len(f.Seats), "peers", len(peers))
	}
}

// fetchedReceipts returns the inputs for the receipts of a fetch answer:
// each one f asks (and takes off f.Receipts) of job id, signed by its
// member, as a PeerReceipt; refused calls refuse for each other one. A
// second, different receipt of a slot just answered is its member's
// equivocation (job.Machine.Answer serves both): the two go in together,
// as a PeerEquivocation, so that the slot is out of its period's seed
// before either seeds it.
func fetchedReceipts(id tmprotocol.Hash, dom tmprotocol.Domain, f *job.Fetch, rs []job.Receipt, refused func(job.Receipt)) []job.Input {
	var ins []job.Input
	for _, r := range rs {
		i := slices.Index(f.Receipts, job.Pair{Member: r.Member, Step: r.Step})
		j := slices.IndexFunc(ins, func(in job.Input) bool {
			pr, ok := in.(job.PeerReceipt)
			return ok && pr.Receipt.Member == r.Member && pr.Receipt.Step == r.Step && pr.Receipt.StepReceipt != r.StepReceipt
		})
		if (i < 0 && j < 0) || r.JobID != id || verifyReceipt(dom, &r) != nil {
			refused(r)
			continue
		}
		if j >= 0 {
			first := ins[j].(job.PeerReceipt).Receipt
			ins[j] = job.PeerEquivocation{Evidence: job.Evidence{Member: r.Member, Step: r.Step, First: first, Second: r}}
			continue
		}
		f.Receipts = slices.Delete(f.Receipts, i, i+1)
		ins = append(ins, job.PeerReceipt{Receipt: r})
	}
	return ins
}

// verifySeat checks that s was signed under d by the member it names.
func verifySeat(d tmprotocol.Domain, s *job.SignedSeat) error {
	signer, err := chain.Recover(d, s.SeatStatement, s.Sig[:])
	if err != nil || tmprotocol.Address(signer) != s.Standby {
		return fmt.Errorf("%w (signed by %s, names %s)", errSeatSig, tmprotocol.Address(signer).Short(), s.Standby.Short())
	}
	return nil
}

// recoverWitness recovers the member that signed w under d into
// w.Witness; the job core checks that it is a member of the award other
// than the winner witnessed (Book.AddWitness).
func recoverWitness(d tmprotocol.Domain, w *job.SignedWitness) error {
	signer, err := chain.Recover(d, w.RejoinWitness, w.Sig[:])
	if err != nil {
		return fmt.Errorf("%w: a witness's signature: %w", job.ErrSeat, err)
	}
	w.Witness = job.Address(signer)
	return nil
}

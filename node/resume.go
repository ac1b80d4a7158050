package node

import (
	"fmt"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// resumeJobs picks up, at start, every job the journal says is unfinished:
// a member goes on collecting its pay (it cannot rejoin a ring that trained
// on without it, but what it earned before the restart is still owed); a
// poster goes on following the receipts (members re-send their latest) and
// settles, then takes its refund.
func (n *Node) resumeJobs() {
	recs, err := ReadJobs(n.cfg.DataDir)
	if err != nil {
		n.log.Warn("job: unreadable job records", "err", err)
	}
	for _, rec := range recs {
		if rec.Stage.done() || rec.Award == nil {
			continue
		}
		jr, err := n.restore(rec)
		if err != nil {
			n.log.Warn("job: cannot resume", "job", rec.Job.Short(), "err", err)
			continue
		}
		if err := n.addRun(jr); err != nil {
			n.log.Warn("job: cannot resume", "job", rec.Job.Short(), "err", err)
			continue
		}
		if err := n.joinTrainTopic(jr); err != nil {
			n.log.Warn("job: cannot resume", "job", rec.Job.Short(), "err", err)
			n.removeRun(jr)
			continue
		}
		n.log.Info("job: resuming", "job", rec.Job.Short(), "role", rec.Role, "stage", rec.Stage)
		if !n.goes.Go(stageJobs, "resumed "+jr.role+" job", func() {
			defer n.removeRun(jr)
			if jr.role == RoleMember {
				n.resumeMember(jr)
			} else {
				n.resumePoster(jr)
			}
		}) {
			n.removeRun(jr) // the node is stopping
		}
	}
}

// restore rebuilds a run from its record, verifying the signed messages
// again.
func (n *Node) restore(rec *JobRecord) (*jobRun, error) {
	ann, err := n.auc.codec.Decode(rec.Announce)
	if err != nil || ann.Msg.Kind() != auction.KindAnnounce {
		return nil, fmt.Errorf("announcement: %v", err)
	}
	aw, err := n.auc.codec.Decode(rec.Award)
	if err != nil || aw.Msg.Kind() != auction.KindAward {
		return nil, fmt.Errorf("award: %v", err)
	}
	job := ann.Msg.(*auction.JobAnnounce)
	jr := &jobRun{id: rec.Job, role: rec.Role, announce: ann, job: job, awarded: make(chan struct{}), noAward: make(chan string, 1),
		received: make(chan struct{}, 1), readied: make(chan struct{}, 1), rec: rec}
	if rec.Role == RolePoster {
		jr.poster = n.host.ID()
	}
	jr.setAward(aw, job.Steps)
	dom := n.cfg.Auction.Domain
	for _, b := range rec.Receipts {
		r, err := DecodeReceipt(b)
		if err != nil || r.Verify(dom) != nil {
			continue
		}
		jr.book.Add(r.toJob())
		if r.Member == protocol.Address(n.key.Address()) && (jr.own == nil || r.Step > jr.own.Step) {
			jr.own = r
		}
	}
	return jr, nil
}

func (n *Node) resumeMember(jr *jobRun) {
	ctx := n.runCtx
	n.goes.Go(stageJobs, "receipt resend", func() { n.resendReceipts(ctx, jr) })
	if jr.rec.Stage == StageAwarded {
		n.save(jr, func(r *JobRecord) {
			r.Stage, r.Why = StageTrained, "restarted mid-training; the group went on without this member"
		})
	}
	if n.settler == nil {
		<-ctx.Done()
		return
	}
	n.collect(ctx, jr)
}

func (n *Node) resumePoster(jr *jobRun) {
	ctx := n.runCtx
	if n.settler == nil {
		return
	}
	out := &JobOutcome{Job: jr.job, Award: jr.award.Msg.(*auction.Award), Credits: jr.rec.Credits, run: jr}
	if jr.rec.Stage == StageEscrowed || jr.rec.Stage == StagePosted || jr.rec.Stage == StageAwarded {
		if jr.rec.Recipe == nil {
			n.failJob(jr, fmt.Errorf("no recipe in the journal"))
			return
		}
		n.followTraining(ctx, jr, jr.rec.Recipe)
		n.finishTraining(ctx, jr, jr.rec.Recipe, nil, out)
	}
	if jr.rec.Stage == StageTrained {
		if _, err := n.Settle(ctx, out); err != nil {
			n.failJob(jr, err)
			return
		}
	}
	if _, err := n.Refund(ctx, out); err != nil && ctx.Err() == nil {
		n.failJob(jr, err)
	}
}

// repView is the reputation store as the auction's score view: bids are
// ranked by what this node has seen of each bidder.
type repView struct{ s *store.Store }

func (r repView) Score(a auction.Address) float64 { return r.s.Score(score.Address(a)) }

package node

import (
	"fmt"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// resumeJobs picks up, at start, every job the journal says is unfinished,
// rebuilding its machine from the record (job.Restore says where each
// stage goes on): a member goes on collecting its pay (it cannot rejoin a
// ring that trained on without it, but what it earned before the restart
// is still owed); a poster goes on following the receipts (members re-send
// their latest), settles, then takes its refund.
func (n *Node) resumeJobs() {
	recs, err := ReadJobs(n.cfg.DataDir)
	if err != nil {
		n.log.Warn("job: unreadable job records", "err", err)
	}
	for _, rec := range recs {
		if rec.Stage.Done() || rec.Award == nil {
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
		n.log.Info("job: resuming", "job", rec.Job.Short(), "role", rec.Role, "stage", rec.Stage)
		n.postJob(func() { n.resume(jr) })
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
	jr := newRun(rec.Job, rec.Role, ann, ann.Msg.(*auction.JobAnnounce), "", n.runCtx)
	if rec.Role == RolePoster {
		jr.poster = n.host.ID()
		n.reserveTokenizer(rec)
		n.reserveBaseModel(rec)
	}
	jr.rec = rec
	jr.recipe = rec.Recipe // nil for a member restarted before it fetched it
	jr.setAward(aw)
	// A resumed poster has no caller to batch its settlement with.
	jr.autoSettle, jr.resumed = true, true
	return jr, nil
}

// resume joins a restored run's training topic and rebuilds its machine
// (on the job loop).
func (n *Node) resume(jr *jobRun) {
	core, err := jr.rec.core(n.cfg.Auction.Domain)
	if err == nil {
		jr.m, err = job.Restore(n.nowMs(), n.cfg.Jobs.jobParams(), n.coreConfig(jr), core)
	}
	if err == nil {
		err = n.joinTrainTopic(jr)
	}
	if err != nil {
		n.log.Warn("job: cannot resume", "job", jr.id.Short(), "err", err)
		n.removeRun(jr)
		return
	}
	n.drain(jr)
}

// repView is the reputation store as the auction's score view: bids are
// ranked by what this node has seen of each bidder.
type repView struct{ s *store.Store }

func (r repView) Score(a auction.Address) float64 { return r.s.Score(score.Address(a)) }

// known lists the peers the store has a record of: those a poster's
// quality table can say anything about.
func (r repView) known() []auction.Address {
	rows := r.s.Peers(0)
	out := make([]auction.Address, len(rows))
	for i, row := range rows {
		out[i] = auction.Address(row.Peer)
	}
	return out
}

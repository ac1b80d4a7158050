package auction

import (
	"errors"
	"math/big"
	"testing"
)

// TestAdmit: the validators' policy, message by message: Reject what an
// honest peer never sends, Ignore what it may, Accept the rest.
func TestAdmit(t *testing.T) {
	p := testParams()
	job := testJob(1, 100_000)
	class := Class(job.MinVRAMBytes)
	bidder := addr(1)
	commit := &BidCommit{JobID: job.JobID, Bidder: bidder, Commitment: Hash{1}}
	reveal := &BidReveal{JobID: job.JobID, Bidder: bidder, PricePerStep: big.NewInt(1)}
	decline := &Decline{JobID: job.JobID, Provider: bidder, Reason: DeclineBusy}
	award := &Award{JobID: job.JobID, Poster: poster, Winners: []Address{bidder}, Standbys: []Address{}, Prices: []*big.Int{big.NewInt(1)}}
	otherJob := &BidCommit{JobID: Hash{9}, Bidder: bidder, Commitment: Hash{1}}
	stale := *job
	stale.CommitDeadlineMs = tAnnounce - 1
	badSize := *job
	badSize.GroupSize = 0
	grace := p.ClockGraceMs
	from := func(m Message, author Address, at uint64) Delivery {
		return Delivery{Msg: signed(m), Author: author, NowMs: at}
	}
	errSig := errors.New("wire: bad signature")

	tests := []struct {
		name      string
		announce  bool // on the class topic; else on the job's
		following bool
		d         Delivery
		want      Verdict
		why       error
	}{
		{"announcement", true, false, from(job, poster, tAnnounce), Accept, nil},
		{"announcement that did not decode", true, false, Delivery{Err: errSig, NowMs: tAnnounce}, Reject, ErrMalformed},
		{"announcement relayed under another author", true, false, from(job, bidder, tAnnounce), Reject, ErrAuthor},
		{"announcement of another class", true, false, from(&JobAnnounce{JobID: job.JobID, Poster: poster, MinVRAMBytes: 80 << 30}, poster, tAnnounce), Reject, ErrWrongTopic},
		{"stale announcement", true, false, from(&stale, poster, tAnnounce), Ignore, ErrLate},
		{"invalid announcement", true, false, from(&badSize, poster, tAnnounce), Reject, ErrBadAnnounce},
		{"commit on a class topic", true, false, from(commit, bidder, tCommit), Reject, ErrWrongTopic},

		{"commit", false, true, from(commit, bidder, tCommit), Accept, nil},
		{"commit within the grace", false, true, from(commit, bidder, tCommitDL+grace-1), Accept, nil},
		{"late commit", false, true, from(commit, bidder, tCommitDL+grace), Ignore, ErrLate},
		{"commit that did not decode", false, true, Delivery{Err: errSig, NowMs: tCommit}, Reject, ErrMalformed},
		{"commit published by another", false, true, from(commit, addr(2), tCommit), Reject, ErrAuthor},
		{"commit for another job", false, true, from(otherJob, bidder, tCommit), Reject, ErrWrongJob},
		{"announcement on a job topic", false, true, from(job, poster, tCommit), Reject, ErrWrongTopic},
		{"commit for a job no longer followed", false, false, from(commit, bidder, tCommit), Ignore, ErrNotFollowed},
		{"malformed for a job no longer followed", false, false, Delivery{Err: errSig}, Reject, ErrMalformed},
		{"reveal", false, true, from(reveal, bidder, tReveal), Accept, nil},
		{"reveal early within the grace", false, true, from(reveal, bidder, tCommitDL-grace), Accept, nil},
		{"reveal too early", false, true, from(reveal, bidder, tCommitDL-grace-1), Ignore, ErrEarly},
		{"late reveal", false, true, from(reveal, bidder, tRevealDL+grace), Ignore, ErrLate},
		{"decline", false, true, from(decline, bidder, tRevealDL), Accept, nil},
		{"late decline", false, true, from(decline, bidder, tRevealDL+grace), Ignore, ErrLate},
		{"award", false, true, from(award, poster, tRevealDL+grace), Accept, nil},
		{"award early within the grace", false, true, from(award, poster, tRevealDL-grace), Accept, nil},
		{"award too early", false, true, from(award, poster, tRevealDL-grace-1), Ignore, ErrEarly},
		{"award published by a bidder", false, true, from(award, bidder, tRevealDL+grace), Reject, ErrAuthor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Admission
			if tt.announce {
				got = p.AdmitAnnounce(class, tt.d)
			} else {
				got = p.AdmitJob(job, tt.following, tt.d)
			}
			if got.Verdict != tt.want {
				t.Errorf("verdict %v (%v); want %v", got.Verdict, got.Err, tt.want)
			}
			switch {
			case tt.why == nil && got.Err != nil:
				t.Errorf("reason %v; want none", got.Err)
			case tt.why != nil && !errors.Is(got.Err, tt.why):
				t.Errorf("reason %v; want %v", got.Err, tt.why)
			}
		})
	}
}

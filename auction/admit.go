package auction

import (
	"errors"
	"fmt"
)

// The auction shell's admission policy: what a gossip validator does with a
// message for an auction (PROTOCOL.md, "Gossip"). The node's validators and
// the simulation's receivers both call it, so a message a node relays is one
// a simulated peer steps, and a sender a node penalises is one the
// simulation graylists. The shell keeps what needs state or I/O: decoding
// and checking the signature (auction/wire), its rate limits, and which jobs
// it follows.

// Verdict is what a gossip validator does with a message.
type Verdict uint8

// Verdicts, as gossipsub's validation results.
const (
	// Accept: deliver the message and relay it.
	Accept Verdict = iota + 1
	// Reject: drop it and penalise the sender: an honest peer never sends
	// it (malformed, badly signed, on the wrong topic, published by another
	// than its signer, an invalid job).
	Reject
	// Ignore: drop it without penalty: an honest peer may send it (late or
	// early by more than the clock grace, for a job no longer followed, over
	// the rate limit).
	Ignore
)

func (v Verdict) String() string {
	switch v {
	case Accept:
		return "accept"
	case Reject:
		return "reject"
	case Ignore:
		return "ignore"
	}
	return fmt.Sprintf("Verdict(%d)", uint8(v))
}

// Admission is a validator's verdict with its reason (nil for Accept).
type Admission struct {
	Verdict Verdict
	Err     error
}

// Reasons for a Reject or Ignore beyond the drop reasons of a Machine
// (ErrLate, ErrEarly, ErrWrongJob, ErrMalformed, ErrBadAnnounce).
var (
	// ErrAuthor: the gossip author is not the message's signer; only a
	// message's signer may publish it, so per-author rate limits bind it.
	ErrAuthor = errors.New("auction: gossip author is not the message's signer")
	// ErrWrongTopic: a message of a kind the topic does not carry, or an
	// announcement on another class's topic.
	ErrWrongTopic = errors.New("auction: message on the wrong topic")
	// ErrNotFollowed: a message for a job this peer no longer follows.
	ErrNotFollowed = errors.New("auction: job not followed")
)

// Delivery is one gossip message as a validator has it: decoded and its
// signature checked by the shell, or the reason it could not be.
type Delivery struct {
	// Msg is the decoded message; unused when Err is set.
	Msg Signed
	// Err is why the bytes are not a message signed under the node's
	// domain (oversized, malformed, bad signature), or nil.
	Err error
	// Author is the address of the gossip author, whose key the transport
	// verified; the zero address when it has none.
	Author Address
	// NowMs is when the message arrived, Unix ms.
	NowMs uint64
}

func accept() Admission                  { return Admission{Verdict: Accept} }
func reject(err error) Admission         { return Admission{Verdict: Reject, Err: err} }
func ignore(err error) Admission         { return Admission{Verdict: Ignore, Err: err} }
func (d *Delivery) badSigner() bool      { return d.Msg.Msg.Signer() != d.Author }
func (d *Delivery) undecoded() Admission { return reject(fmt.Errorf("%w: %w", ErrMalformed, d.Err)) }

// AdmitAnnounce is the policy of the topic of job class class: it carries
// only announcements, each published by its poster, of a job of that class
// that passes ValidateAnnounce. A stale one (ErrLate) is ignored, since an
// honest poster's re-send may arrive late; every other fault is rejected.
// A copy of a known announcement is admitted: the loop drops duplicates,
// and relaying the poster's re-sends reaches peers beyond its neighbours.
func (p *Params) AdmitAnnounce(class string, d Delivery) Admission {
	switch {
	case d.Err != nil:
		return d.undecoded()
	case d.Msg.Msg.Kind() != KindAnnounce:
		return reject(fmt.Errorf("%w: %v on a class topic", ErrWrongTopic, d.Msg.Msg.Kind()))
	case d.badSigner():
		return reject(ErrAuthor)
	}
	job := d.Msg.Msg.(*JobAnnounce)
	if c := Class(job.MinVRAMBytes); c != class {
		return reject(fmt.Errorf("%w: a %s job on the %s topic", ErrWrongTopic, c, class))
	}
	if err := p.ValidateAnnounce(job, d.NowMs); err != nil {
		if errors.Is(err, ErrLate) {
			return ignore(err)
		}
		return reject(err)
	}
	return accept()
}

// AdmitJob is the policy of job's topic: it carries commits, reveals,
// declines and the award of that job, each published by its signer.
// following reports whether this peer still follows the job: a message for
// one it has forgotten is ignored. A message outside its window, widened by
// the clock grace on the side where honest clocks may differ, is ignored
// before it is relayed: the Machine would drop it anyway, and a stale copy
// should not travel.
func (p *Params) AdmitJob(job *JobAnnounce, following bool, d Delivery) Admission {
	switch {
	case d.Err != nil:
		return d.undecoded()
	case d.Msg.Msg.Job() != job.JobID:
		return reject(ErrWrongJob)
	case d.Msg.Msg.Kind() == KindAnnounce:
		return reject(fmt.Errorf("%w: announcement on a job topic", ErrWrongTopic))
	case d.badSigner():
		return reject(ErrAuthor)
	case !following:
		return ignore(ErrNotFollowed)
	}
	now, grace := d.NowMs, p.ClockGraceMs
	switch d.Msg.Msg.Kind() {
	case KindCommit:
		if now >= job.CommitDeadlineMs+grace {
			return ignore(fmt.Errorf("%w: commit after the commit deadline", ErrLate))
		}
	case KindReveal:
		if now+grace < job.CommitDeadlineMs {
			return ignore(fmt.Errorf("%w: reveal before the commit deadline", ErrEarly))
		}
		if now >= job.RevealDeadlineMs+grace {
			return ignore(fmt.Errorf("%w: reveal after the reveal deadline", ErrLate))
		}
	case KindDecline:
		if now >= job.RevealDeadlineMs+grace {
			return ignore(fmt.Errorf("%w: decline after the reveal deadline", ErrLate))
		}
	case KindAward:
		if now+grace < job.RevealDeadlineMs {
			return ignore(fmt.Errorf("%w: award before the reveal deadline", ErrEarly))
		}
	}
	return accept()
}

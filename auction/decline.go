package auction

import "fmt"

// Decline is a provider's decision not to bid on this job for a reason the
// shell found outside the offer (the escrow, the chain, its own lateness):
// a Decline to sign, so the poster learns why as it does for Decide's
// reasons. A provider sends one decision per job: Decline after Offer (or
// a second Decline) returns ErrAlreadyOffered. A decline is accepted until
// the reveal window closes (a bidder too late to commit may still say so);
// after it, nobody would, and Decline returns ErrLate.
func (m *Machine) Decline(nowMs uint64, reason DeclineReason) error {
	switch {
	case !reason.Valid():
		return fmt.Errorf("%w: decline reason %d", ErrMalformed, reason)
	case m.offered:
		return ErrAlreadyOffered
	case m.self == m.job.Poster:
		return ErrPosterBid
	case nowMs >= m.revealClose():
		return fmt.Errorf("%w: the reveal window has closed", ErrLate)
	}
	m.offered = true
	m.send(&Decline{JobID: m.job.JobID, Provider: m.self, Reason: reason})
	return nil
}

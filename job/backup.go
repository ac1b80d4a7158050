package job

import (
	"fmt"
	"slices"
)

// Backup slashing (PROTOCOL.md, "Verified work"): the poster submits a
// conviction's quorum to slashFault as soon as it holds it. A poster that
// has vanished, or never does, must not leave a conviction unslashed, and
// the contract lets anyone submit it (slashFault takes the award, the
// poster's signature on it and the quorum's attestations; the reporter's
// share goes to whoever submits). So every member and standby that holds
// the quorum (they all see the attestations on the training topic) arms a
// backup: SlashBackupMs after the conviction, plus ChainPollMs per place
// before it in the award (winners, then standbys), it submits the quorum
// itself. The contract slashes a slot once: whoever comes second is
// refused with AlreadySlashed (before any gas is spent, at the node's gas
// estimate, unless two land in one block), which ends that backup
// quietly. The backup is not journaled: a node restarted before it is due
// does not submit it.

// backupSlash is a conviction this member submits at atMs unless the
// machine ends first (failed, or the job given up).
type backupSlash struct {
	atMs       uint64
	conviction *Conviction
}

// backupSlash arms a backup slashing of c, on members and standbys of a
// job with a chain; the accused arms none against itself.
func (m *Machine) backupSlash(now uint64, c *Conviction) {
	if !m.cfg.Chain || m.p.SlashBackupMs == 0 || m.cfg.Role == RolePoster || c.Attestation.Accused == m.cfg.Self {
		return
	}
	place := uint64(max(m.award.IndexOf(m.cfg.Self), 0))
	m.w.backups = append(m.w.backups, backupSlash{atMs: now + m.p.SlashBackupMs + place*m.p.ChainPollMs, conviction: c})
}

// dueBackups submits the backups due at now.
func (m *Machine) dueBackups(now uint64) {
	m.w.backups = slices.DeleteFunc(m.w.backups, func(b backupSlash) bool {
		if now < b.atMs {
			return false
		}
		a := b.conviction.Attestation
		m.event(Event{Kind: EventEvidence, Peer: a.Accused, Step: a.Step,
			Text: fmt.Sprintf("submitting the conviction of %s for %s at step %d (the poster has not slashed it within %d ms)", a.Accused.Short(), faultText(a.Fault), a.Step, m.p.SlashBackupMs)})
		m.call(now, Call{Kind: CallSlashFault, Conviction: b.conviction})
		m.calls[m.nextID-1].peer = a.Accused
		return true
	})
}

// backupsOut reports whether a backup slashing is armed or its call out.
func (m *Machine) backupsOut() bool {
	if m.cfg.Role == RolePoster {
		return false
	}
	if len(m.w.backups) > 0 {
		return true
	}
	for _, pc := range m.calls {
		if pc.call.Kind == CallSlashFault {
			return true
		}
	}
	return false
}

package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// JobsDir is the folder of a node's data dir that holds one journal file per
// job the node posted or trained in: what it needs to settle, claim or
// withdraw after a restart.
const JobsDir = "jobs"

// Stage is how far a job has come, as its journal records it (job.Stage:
// the job core moves it, the shell persists it). Stages only move forward.
type Stage = job.Stage

// Stages of a job, in order. A poster's job goes escrowed → posted →
// awarded → trained → settled → refunded; a member's awarded → trained →
// settled (or claimed) → withdrawn. A job that cannot go on is failed, with
// the reason in its journal. The first two are the shell's (before the
// award); the job core moves the rest.
const (
	StageEscrowed  = job.StageEscrowed
	StagePosted    = job.StagePosted
	StageAwarded   = job.StageAwarded
	StageTrained   = job.StageTrained
	StageSettled   = job.StageSettled
	StageClaimed   = job.StageClaimed
	StageWithdrawn = job.StageWithdrawn
	StageRefunded  = job.StageRefunded
	StageFailed    = job.StageFailed
)

// Roles a node plays in a job.
const (
	RolePoster = "poster"
	RoleMember = "member"
)

// JobRecord is one job's journal: written atomically at every stage, read
// back at start so that a restarted node finishes what it began.
type JobRecord struct {
	Version int          `json:"version"`
	Job     auction.Hash `json:"job"`
	Role    string       `json:"role"`
	Stage   Stage        `json:"stage"`
	Why     string       `json:"why,omitempty"` // for StageFailed
	// Announce and Award are the signed auction messages in their wire
	// form (auction/wire), so they verify again after a restart.
	Announce []byte `json:"announce"`
	Award    []byte `json:"award,omitempty"`
	// Recipe is the job's training recipe (posters; members once fetched).
	Recipe *Recipe `json:"recipe,omitempty"`
	// RingOrder is the training ring's order when the recipe measured
	// one and it is not award order: the award's winner indices in ring
	// order (members; ringorder.go). Fixed for the job.
	RingOrder []int `json:"ring_order,omitempty"`
	// RingHops are the signed hop statements (encodeHops) of one
	// training all-reduce whose ring held every winner once: what a
	// poster read the order from (learnRingOrder), and what the job's
	// model file carries to show it (model.Provenance.RingHops).
	RingHops []byte `json:"ring_hops,omitempty"`
	// Receipts are the group's step receipts this node holds, in wire form.
	Receipts [][]byte `json:"receipts,omitempty"`
	// Seats are the called-in standbys' signed seat statements this node
	// holds (job.Record.Seats), in wire form (job.SignedSeat.Encode): a
	// restarted poster or verifier checks each standby on its stated seat
	// still.
	Seats [][]byte `json:"seats,omitempty"`
	// Witnesses are the rejoin witnesses this node holds
	// (job.Record.Witnesses), in wire form (job.SignedWitness.Encode):
	// each one's witness is recovered from its signature again.
	Witnesses [][]byte `json:"witnesses,omitempty"`
	// Credits are the steps settled per member (award.Members order).
	Credits []uint64 `json:"credits,omitempty"`
	// AuditPay is the part of Credits paid as audits from the job's
	// verification bound (job.Record.AuditPay: the settlement's audits
	// column), posters.
	AuditPay []uint64 `json:"audit_pay,omitempty"`
	// SettleDeadlineMs is the on-chain settle deadline (Unix ms).
	SettleDeadlineMs uint64 `json:"settle_deadline_ms,omitempty"`
	// ModelHash is the final parameters' keccak256 (trained jobs).
	ModelHash auction.Hash `json:"model_hash,omitzero"`
	// Txs are the job's transactions by what they did ("deposit",
	// "settle", "claim", "withdraw", ...).
	Txs map[string]string `json:"txs,omitempty"`
	// Paid is what this node was paid (members) or refunded (posters), in
	// base units, decimal.
	Paid string `json:"paid,omitempty"`
}

const journalVersion = 1

// journal reads and writes a node's job records.
type journal struct{ dir string }

func newJournal(dataDir string) (*journal, error) {
	dir := filepath.Join(dataDir, JobsDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("node: jobs journal: %w", err)
	}
	return &journal{dir: dir}, nil
}

func (j *journal) path(job auction.Hash) string { return filepath.Join(j.dir, job.Hex()+".json") }

// write replaces a job's record atomically.
func (j *journal) write(r *JobRecord) error {
	r.Version = journalVersion
	return writeJSON(j.path(r.Job), r)
}

// writeJSON replaces the file at path with v's indented JSON atomically: a
// process killed mid-write leaves the previous file, never a torn one, and
// a reader never sees half a file.
func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func readRecord(path string) (*JobRecord, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r JobRecord
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("node: job record %s: %w", path, err)
	}
	if r.Version != journalVersion {
		return nil, fmt.Errorf("node: job record %s: version %d, want %d", path, r.Version, journalVersion)
	}
	return &r, nil
}

// ReadJobs returns the job records in dataDir's journal, oldest file name
// first (job IDs: an arbitrary but fixed order). Unreadable records are
// returned as errors beside the good ones.
func ReadJobs(dataDir string) ([]*JobRecord, error) {
	dir := filepath.Join(dataDir, JobsDir)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var out []*JobRecord
	var errs []error
	for _, e := range entries { // os.ReadDir sorts them by name
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		r, err := readRecord(filepath.Join(dir, e.Name()))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, r)
	}
	return out, errors.Join(errs...)
}

// merge copies what the job core persists into the record, keeping what
// is the shell's (announcement, award, recipe, the deposit's transaction).
func (r *JobRecord) merge(c *job.Record) {
	r.Stage, r.Why, r.Paid = c.Stage, c.Why, c.Paid
	if c.Credits != nil {
		r.Credits = c.Credits
	}
	if c.AuditPay != nil {
		r.AuditPay = c.AuditPay
	}
	if c.ModelHash != (auction.Hash{}) {
		r.ModelHash = c.ModelHash
	}
	if c.SettleDeadlineMs != 0 {
		r.SettleDeadlineMs = c.SettleDeadlineMs
	}
	if r.Txs == nil && len(c.Txs) > 0 {
		r.Txs = map[string]string{}
	}
	maps.Copy(r.Txs, c.Txs)
	r.Receipts = r.Receipts[:0]
	for _, rc := range c.Receipts {
		r.Receipts = append(r.Receipts, rc.Encode())
	}
	r.Seats = r.Seats[:0]
	for _, s := range c.Seats {
		r.Seats = append(r.Seats, s.Encode())
	}
	r.Witnesses = r.Witnesses[:0]
	for _, w := range c.Witnesses {
		r.Witnesses = append(r.Witnesses, w.Encode())
	}
}

// core returns the record in the job core's form; receipts and seat
// statements that do not decode or verify under dom are dropped (a
// journal is local, but a receipt the core files must be one the chain
// accepts, and a statement one its standby signed).
func (r *JobRecord) core(dom protocol.Domain) (job.Record, error) {
	role, err := job.ParseRole(r.Role)
	if err != nil {
		return job.Record{}, err
	}
	c := job.Record{Role: role, Stage: r.Stage, Why: r.Why, Credits: r.Credits, AuditPay: r.AuditPay,
		SettleDeadlineMs: r.SettleDeadlineMs, ModelHash: r.ModelHash, Txs: r.Txs, Paid: r.Paid}
	for _, b := range r.Receipts {
		rc, err := job.DecodeReceipt(b)
		if err != nil || verifyReceipt(dom, rc) != nil {
			continue
		}
		c.Receipts = append(c.Receipts, *rc)
	}
	for _, b := range r.Seats {
		s, err := job.DecodeSeat(b)
		if err != nil || s.JobID != r.Job {
			continue
		}
		if signer, err := chain.Recover(dom, s.SeatStatement, s.Sig[:]); err != nil || protocol.Address(signer) != s.Standby {
			continue
		}
		c.Seats = append(c.Seats, *s)
	}
	for _, b := range r.Witnesses {
		w, err := job.DecodeWitness(b)
		if err != nil || w.JobID != r.Job {
			continue
		}
		signer, err := chain.Recover(dom, w.RejoinWitness, w.Sig[:])
		if err != nil {
			continue
		}
		w.Witness = protocol.Address(signer)
		c.Witnesses = append(c.Witnesses, *w)
	}
	return c, nil
}

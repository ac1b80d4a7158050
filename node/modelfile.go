package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/wire"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// ModelPath is where a poster keeps a job's collected model: a
// safetensors file with its provenance (train/model), beside the job's
// journal record.
func ModelPath(dataDir string, id auction.Hash) string {
	return filepath.Join(dataDir, JobsDir, id.Hex()+".safetensors")
}

// keepModel writes the collected parameters (which hash to hash) as the
// job's model file, with the provenance that lets anyone check them
// later: the recipe and its hash, the dataset root, the poster's signed
// announcement and award, and the group's signed receipts for the final
// step, all under the job's EIP-712 domain.
func (n *Node) keepModel(ctx context.Context, jr *jobRun, r *Recipe, vocab []byte, params []float32, hash common.Hash) (string, error) {
	var prov model.Provenance
	err := n.inJobLoop(ctx, func() {
		prov = model.Provenance{Spec: r.Model, Job: [32]byte(jr.id), RecipeHash: [32]byte(r.Hash()), DatasetRoot: [32]byte(r.DatasetRoot),
			Recipe: r.Encode(), Announce: slices.Clone(jr.rec.Announce), Award: slices.Clone(jr.rec.Award), Domain: n.cfg.Auction.Domain, Vocab: vocab, BaseModel: [32]byte(r.BaseModel),
			Tokenizer: n.tokenizerFor(jr.id, r)}
		prov.RingOrder, prov.RingHops = RingProvenance(jr.rec, n.cfg.Auction.Domain)
		for _, rc := range jr.m.Book().All() {
			if common.Hash(rc.ParamsHash) != hash {
				continue
			}
			if rc.Step > prov.FinalStep {
				prov.FinalStep, prov.Receipts = rc.Step, nil
			}
			if rc.Step == prov.FinalStep {
				prov.Receipts = append(prov.Receipts, rc.Encode())
			}
		}
	})
	if err != nil {
		return "", err
	}
	data, err := model.Encode(params, prov)
	if err != nil {
		return "", err
	}
	path := ModelPath(n.cfg.DataDir, jr.id)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return "", err
	}
	return path, os.Rename(tmp, path)
}

// RingProvenance returns what a job's model file records of its training
// ring's order (model.Provenance.RingOrder and RingHops): the signed hop
// statements the journal keeps (JobRecord.RingHops) and the order their
// signers give, checked against the record's award (signed under d);
// nothing where the journal keeps no statements (a job in award order,
// or a journal from before they were kept) or they do not check.
func RingProvenance(rec *JobRecord, d protocol.Domain) ([]int, []byte) {
	if len(rec.RingHops) == 0 || len(rec.Award) == 0 {
		return nil, nil
	}
	sw, err := wire.NewCodec(d, 1<<10).Decode(rec.Award)
	if err != nil {
		return nil, nil
	}
	aw, ok := sw.Msg.(*auction.Award)
	if !ok || aw.JobID != rec.Job {
		return nil, nil
	}
	order, err := hopsOrder(rec.RingHops, rec.Job, aw)
	if err != nil {
		return nil, nil
	}
	return order, slices.Clone(rec.RingHops)
}

// ErrModelProvenance: a model file whose signed provenance does not check.
var ErrModelProvenance = errors.New("node: model provenance does not check")

// ModelCheck is what VerifyModel established about a model file.
type ModelCheck struct {
	Model *model.Model
	// Job is set when the file carries a job's provenance; Signers are
	// the award's winners whose receipts for the final step sign the
	// file's parameter hash, Winners all of the award's winners.
	Job     bool
	Poster  auction.Address
	Signers []auction.Address
	Winners []auction.Address
	// Award is the poster's signed award (its prices).
	Award *auction.Award
	// Steps is the job's announced number of steps (the file's final
	// step is at most that: a group that stopped early).
	Steps uint64
	// RingOrder is the training ring's order the file records (award
	// winner indices by ring rank), checked against the signed hop
	// statements it carries; RingOp is the ring operation of those
	// statements. Nil when the file records none.
	RingOrder []int
	RingOp    uint64
}

// VerifyModel checks a model file from anywhere: its tensors hash to the
// parameter hash its metadata records (model.Decode); and, when it names
// a job, that its recipe hashes to the recipe hash, that the poster's
// signed announcement names that recipe and dataset for the job, that
// the signed award names its winners, and that receipts signed by
// winners for the final step carry the tensors' hash (at least one, all
// valid). Signatures are checked under the domain the file records, which
// the caller compares with the chain it trusts.
func VerifyModel(data []byte) (*ModelCheck, error) {
	m, err := model.Decode(data)
	if err != nil {
		return nil, err
	}
	c := &ModelCheck{Model: m}
	p := m.Prov
	if p.Job == ([32]byte{}) {
		return c, nil
	}
	c.Job = true
	fail := func(format string, a ...any) (*ModelCheck, error) {
		return nil, fmt.Errorf("%w: %s", ErrModelProvenance, fmt.Sprintf(format, a...))
	}
	if len(p.Recipe) == 0 || len(p.Announce) == 0 || len(p.Award) == 0 || len(p.Receipts) == 0 {
		return fail("the file names job %x but lacks its recipe, announcement, award or receipts", p.Job[:6])
	}
	codec := wire.NewCodec(p.Domain, 1<<10)
	sa, err := codec.Decode(p.Announce)
	if err != nil {
		return fail("the announcement: %v", err)
	}
	ann, ok := sa.Msg.(*auction.JobAnnounce)
	if !ok || ann.JobID != p.Job || ann.ModelHash != p.RecipeHash || ann.DatasetRoot != p.DatasetRoot {
		return fail("the poster's signed announcement does not name this job, recipe and dataset")
	}
	if p.FinalStep == 0 || p.FinalStep > ann.Steps {
		return fail("the job trains %d steps, the file's receipts are for step %d", ann.Steps, p.FinalStep)
	}
	c.Steps = ann.Steps
	sw, err := codec.Decode(p.Award)
	if err != nil {
		return fail("the award: %v", err)
	}
	aw, ok := sw.Msg.(*auction.Award)
	if !ok || aw.JobID != p.Job || aw.Poster != ann.Poster {
		return fail("the award is not the poster's award of this job")
	}
	c.Poster, c.Winners, c.Award = ann.Poster, aw.Winners, aw
	for i, b := range p.Receipts {
		rc, err := job.DecodeReceipt(b)
		if err != nil {
			return fail("receipt %d: %v", i, err)
		}
		if err := verifyReceipt(p.Domain, rc); err != nil {
			return fail("receipt %d: %v", i, err)
		}
		switch {
		case rc.JobID != p.Job:
			return fail("receipt %d is for another job", i)
		case rc.Step != p.FinalStep:
			return fail("receipt %d is for step %d, not the final step %d", i, rc.Step, p.FinalStep)
		case rc.ParamsHash != p.ParamsHash:
			return fail("receipt %d by %s signs parameters %s, the tensors hash to %x", i, rc.Member.Short(), rc.ParamsHash.Short(), p.ParamsHash[:6])
		case aw.IndexOf(rc.Member) < 0:
			return fail("receipt %d is signed by %s, not a winner of the award", i, rc.Member.Short())
		case slices.Contains(c.Signers, rc.Member):
			return fail("receipt %d: %s signed twice", i, rc.Member.Short())
		}
		c.Signers = append(c.Signers, rc.Member)
	}
	if len(p.RingHops) > 0 {
		// The order is the one the winners' signatures give, rank by
		// rank, in an all-reduce of this job's ring (hopsOrder): a file
		// cannot claim another.
		order, err := hopsOrder(p.RingHops, auction.Hash(p.Job), aw)
		if err != nil {
			return fail("the ring's hop statements: %v", err)
		}
		if !slices.Equal(order, p.RingOrder) {
			return fail("the file records ring order %v, the winners' signed hop statements give %v", p.RingOrder, order)
		}
		h, _ := decodeHops(p.RingHops) // decoded by hopsOrder
		c.RingOrder, c.RingOp = order, h.Op
	}
	return c, nil
}

// SettlementReader is what VerifyOnChain reads of the settlement
// contract: chain.Client's reads.
type SettlementReader interface {
	Domain() protocol.Domain
	Job(ctx context.Context, id common.Hash) (*chain.Job, error)
	PayoutTable(ctx context.Context, id common.Hash) (*chain.PayoutTable, error)
	ContractParams(ctx context.Context) (chain.ContractParams, error)
}

// ErrModelSettlement: a model file whose job the chain does not back: not
// settled there, settled for another poster, group or length, a payout
// table that does not credit the signers for the steps their receipts
// show, or fewer signers than the contract's quorum.
var ErrModelSettlement = errors.New("node: the chain does not back the model file")

// Settlement is what VerifyOnChain read and checked.
type Settlement struct {
	Job   *chain.Job
	Table *chain.PayoutTable
	// Quorum is how many of the group's members the contract's quorum
	// rule needs (quorumOf: ⌈groupSize · quorumBps / 10000⌉); at least
	// that many signed the file's parameters.
	Quorum int
}

// VerifyOnChain checks a verified model file (c, from VerifyModel)
// against the settlement contract s answers for, which must be the one
// the file's signatures name: the job is settled there, by the file's
// poster, for the award's group and the announced steps (and, where the
// contract bound an award, that award); at least a quorum of the group,
// by the contract's rule, signed the final parameters; and the current
// payout table (challenges applied) credits each signer at least its
// price times the final step its receipt shows, and credits no one
// outside the award.
func VerifyOnChain(ctx context.Context, s SettlementReader, c *ModelCheck) (*Settlement, error) {
	if !c.Job {
		return nil, fmt.Errorf("%w: the file names no job", ErrModelSettlement)
	}
	p := c.Model.Prov
	fail := func(format string, a ...any) (*Settlement, error) {
		return nil, fmt.Errorf("%w: %s", ErrModelSettlement, fmt.Sprintf(format, a...))
	}
	if d := s.Domain(); d.ChainID != p.Domain.ChainID || d.VerifyingContract != p.Domain.VerifyingContract {
		return fail("the file is signed for chain %d, contract 0x%x; the endpoint is chain %d, contract 0x%x", p.Domain.ChainID, p.Domain.VerifyingContract[:], d.ChainID, d.VerifyingContract[:])
	}
	id := common.Hash(p.Job)
	j, err := s.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case !j.Settled():
		return fail("job %s is %v on chain, not settled", id.Hex()[:10], j.Status)
	case j.Poster != common.Address(c.Poster):
		return fail("job %s was posted on chain by %s, the file's announcement by %s", id.Hex()[:10], j.Poster.Hex(), c.Poster.Short())
	case int(j.GroupSize) != len(c.Winners) || j.Steps != c.Steps:
		return fail("job %s is on chain for %d members and %d steps, the file's award has %d winners of %d steps", id.Hex()[:10], j.GroupSize, j.Steps, len(c.Winners), c.Steps)
	case j.AwardHash != (common.Hash{}) && j.AwardHash != common.Hash(c.Award.StructHash()):
		return fail("the contract bound another award to job %s", id.Hex()[:10])
	}
	cp, err := s.ContractParams(ctx)
	if err != nil {
		return nil, err
	}
	quorum := (int(j.GroupSize)*int(cp.QuorumBps) + 9999) / 10000
	if len(c.Signers) < quorum {
		return fail("%d of %d members signed the final parameters; the contract's quorum is %d", len(c.Signers), j.GroupSize, quorum)
	}
	t, err := s.PayoutTable(ctx, id)
	if err != nil {
		return nil, err
	}
	credited := map[common.Address]*big.Int{}
	n := len(c.Award.Winners) + len(c.Award.Standbys)
	for i, m := range t.Members {
		// Entries past the members' are audit pay and data holders
		// (PROTOCOL.md, "Settlement commitment"): a holder is no member.
		if i < n && !slices.Contains(c.Award.Winners, auction.Address(m)) && !slices.Contains(c.Award.Standbys, auction.Address(m)) {
			return fail("the payout table credits %s, not in the award", m.Hex())
		}
		if credited[m] == nil {
			credited[m] = new(big.Int)
		}
		credited[m].Add(credited[m], t.Amounts[i])
	}
	for _, w := range c.Signers {
		price := c.Award.Prices[c.Award.IndexOf(w)]
		want := new(big.Int).Mul(price, new(big.Int).SetUint64(p.FinalStep))
		if got := credited[common.Address(w)]; got == nil || got.Cmp(want) < 0 {
			return fail("%s signed step %d at price %v (%v), the payout table credits it %v", w.Short(), p.FinalStep, price, want, got)
		}
	}
	return &Settlement{Job: j, Table: t, Quorum: quorum}, nil
}

// ErrBaseModel: a fine-tuning job's base model cannot be used.
var ErrBaseModel = errors.New("node: base model")

// BaseParams returns the flat parameters in spec's layout that a base
// model file holds: its tensors under the architecture's names and
// shapes (converted to float32 where saved in another precision). A file
// written by trainmesh must record spec itself (and its tensors must
// hash to its recorded hash); a file from elsewhere (no trainmesh
// metadata) is taken by its tensors alone.
func BaseParams(spec nn.Spec, data []byte) ([]float32, error) {
	f, err := safetensors.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBaseModel, err)
	}
	if f.Metadata[model.KeySpec] != "" {
		m, err := model.Decode(data)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBaseModel, err)
		}
		if m.Spec.Hash() != spec.Hash() {
			return nil, fmt.Errorf("%w: the file is a model %s, the job trains %s", ErrBaseModel, m.Spec.Encode(), spec.Encode())
		}
		return m.Params, nil
	}
	params, err := model.Params(spec, f)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBaseModel, err)
	}
	return params, nil
}

// baseModelBytesMax is the largest base model file a member fetches for
// a job training spec: its tensors in float64 (the widest dtype BaseParams
// reads) and 64 MiB for the header and metadata (a model file's
// provenance and tokenizer).
func baseModelBytesMax(spec nn.Spec) int {
	l, err := spec.Layout()
	if err != nil {
		return 0
	}
	return min(8*l.Len()+64<<20, dataset.FileBytesMax)
}

// fetchBaseModel fetches a fine-tuning job's base model from the poster,
// whole or in pieces (dataset.FetchFile checks each piece and the whole
// file against the recipe's hash) and returns its parameters.
func (n *Node) fetchBaseModel(ctx context.Context, poster string, r *Recipe) ([]float32, error) {
	data, _, err := dataset.FetchFile(ctx, n.blobClient, []string{poster}, dataset.Hash(r.BaseModel), baseModelBytesMax(r.Model))
	if err != nil {
		return nil, fmt.Errorf("%w: fetch %s from the poster: %w", ErrBaseModel, r.BaseModel.Short(), err)
	}
	if got := model.FileHash(data); got != [32]byte(r.BaseModel) {
		return nil, fmt.Errorf("%w: the poster served a file hashing to %x, the recipe names %s", ErrBaseModel, got[:6], r.BaseModel.Short())
	}
	return BaseParams(r.Model, data)
}

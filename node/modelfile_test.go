package node

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// checkModelFile checks the model file a poster kept for a finished job:
// VerifyModel accepts it (every winner's receipt for the final step signs
// its tensors' hash), and refuses a copy with one tensor bit flipped, a
// receipt re-signed for other parameters, or a receipt dropped from the
// metadata and another job's in its place.
func checkModelFile(t *testing.T, out *JobOutcome, steps uint64) {
	t.Helper()
	if out.ModelFile == "" {
		t.Fatal("the poster kept no model file")
	}
	data, err := os.ReadFile(out.ModelFile)
	if err != nil {
		t.Fatal(err)
	}
	c, err := VerifyModel(data)
	if err != nil {
		t.Fatalf("VerifyModel on the poster's file: %v", err)
	}
	if !c.Job || c.Model.Prov.FinalStep != steps || len(c.Signers) != len(out.Award.Winners) || c.Model.Prov.ParamsHash != [32]byte(out.ModelHash) {
		t.Errorf("verified: job %v, final step %d, %d signers of %d winners, hash %x (collected %s)",
			c.Job, c.Model.Prov.FinalStep, len(c.Signers), len(out.Award.Winners), c.Model.Prov.ParamsHash[:6], out.ModelHash.Short())
	}
	f, err := safetensors.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	// A tensor bit flipped: the recorded hash no longer matches.
	flipped := slices.Clone(data)
	off := len(data) - len(f.Tensors[len(f.Tensors)-1].Data)
	flipped[off] ^= 0x10
	if _, err := VerifyModel(flipped); !errors.Is(err, model.ErrProvenance) {
		t.Errorf("a flipped tensor bit: %v, want ErrProvenance", err)
	}
	// The tensors and their recorded hash both changed consistently: the
	// receipts' signatures no longer cover the hash.
	m := c.Model
	params := slices.Clone(m.Params)
	params[0] += 1
	forged, err := model.Encode(params, m.Prov)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyModel(forged); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("forged parameters with a matching recorded hash: %v, want ErrModelProvenance", err)
	}
	// A receipt whose signed fields were altered no longer recovers to
	// its member.
	prov := m.Prov
	rc, err := job.DecodeReceipt(prov.Receipts[0])
	if err != nil {
		t.Fatal(err)
	}
	rc.ContribRoot[0] ^= 1
	prov.Receipts = append([][]byte{rc.Encode()}, prov.Receipts[1:]...)
	altered, err := model.Encode(m.Params, prov)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyModel(altered); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("an altered receipt: %v, want ErrModelProvenance", err)
	}
	// No receipts at all.
	prov.Receipts = nil
	bare, _ := model.Encode(m.Params, prov)
	if _, err := VerifyModel(bare); !errors.Is(err, ErrModelProvenance) {
		t.Errorf("no receipts: %v, want ErrModelProvenance", err)
	}
	if !bytes.Equal(data[:8], flipped[:8]) {
		t.Fatal("the header length changed")
	}
}

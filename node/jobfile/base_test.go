package jobfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/train/model"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// TestBaseModel: [model] base names a safetensors file the job starts
// from; the recipe names it by its keccak256 and the request carries its
// bytes. A trainmesh file of another model, or tensors that do not fit,
// are refused; a file without trainmesh metadata (from another tool) is
// taken by its tensor names and shapes.
func TestBaseModel(t *testing.T) {
	dir := t.TempDir()
	spec := nn.NewMLP(64, []int{64}, 10)
	l, _ := spec.Layout()
	params := nn.InitParams(l, 77)
	own, err := model.Encode(params, model.Provenance{Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	other, _ := model.Encode(make([]float32, mustLen(t, nn.NewMLP(64, []int{32}, 10))), model.Provenance{Spec: nn.NewMLP(64, []int{32}, 10)})
	ts, _ := model.Tensors(spec, params)
	foreign, _ := safetensors.Marshal(ts, map[string]string{"format": "pt"})
	short, _ := safetensors.Marshal(ts[1:], nil)
	job := func(base string) string {
		return strings.Replace(good, "hidden = [64]", "hidden = [64]\nbase = \""+base+"\"", 1)
	}
	for _, c := range []struct {
		name   string
		file   []byte
		refuse bool
	}{{"trainmesh file", own, false}, {"foreign file", foreign, false}, {"another model", other, true}, {"a tensor missing", short, true}} {
		t.Run(c.name, func(t *testing.T) {
			write(t, dir, "base.safetensors", string(c.file))
			req, err := Load(write(t, dir, "job.toml", job("base.safetensors")))
			if c.refuse {
				if !errors.Is(err, node.ErrBaseModel) {
					t.Errorf("Load: %v, want ErrBaseModel", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if req.Recipe.BaseModel != auction.Hash(model.FileHash(c.file)) || string(req.BaseModel) != string(c.file) {
				t.Errorf("recipe base %s, request carries %d bytes", req.Recipe.BaseModel.Short(), len(req.BaseModel))
			}
			got, err := node.BaseParams(req.Recipe.Model, req.BaseModel)
			if err != nil || model.ParamsHash(got) != model.ParamsHash(params) {
				t.Errorf("the base's parameters did not load bit for bit (%v)", err)
			}
		})
	}
	if _, err := Load(write(t, dir, "job.toml", job(filepath.Join(dir, "absent.safetensors")))); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing base file: %v", err)
	}
	// Without base, the recipe's encoding (and so its hash) is as before.
	req, err := Load(write(t, dir, "plain.toml", good))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(req.Recipe.Encode()), "base_model") {
		t.Errorf("a recipe without a base model encodes one: %s", req.Recipe.Encode())
	}
}

func mustLen(t *testing.T, s nn.Spec) int {
	l, err := s.Layout()
	if err != nil {
		t.Fatal(err)
	}
	return l.Len()
}

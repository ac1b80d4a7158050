package node

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/model"
)

// A fine-tuning job's base model is served by its poster from memory
// (mesh/blob) while the job runs; the poster also keeps the file on disk,
// under its keccak256, so that a poster restarted mid-job serves it again
// (a member still fetching it, or one joining late, would otherwise find
// no one holding the file the recipe names). One copy serves every job
// that starts from the same base.

// ModelsDir is the folder of a node's data dir holding the base models it
// serves, each named by its keccak256.
const ModelsDir = "models"

// BaseModelPath is where a poster keeps the base model file hashing to
// hash.
func BaseModelPath(dataDir string, hash auction.Hash) string {
	return filepath.Join(dataDir, ModelsDir, hash.Hex()+".safetensors")
}

// keepBaseModel writes a base model file (already checked against hash)
// to BaseModelPath, unless an intact copy is there already.
func (n *Node) keepBaseModel(hash auction.Hash, data []byte) error {
	path := BaseModelPath(n.cfg.DataDir, hash)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return replaceFile(path, data)
}

// keptBaseModel reads the base model kept under hash and checks it: the
// data directory is only a cache, and a file that changed there must not
// be served under the recipe's hash.
func keptBaseModel(dataDir string, hash auction.Hash) ([]byte, error) {
	b, err := os.ReadFile(BaseModelPath(dataDir, hash))
	if err != nil {
		return nil, err
	}
	if got := model.FileHash(b); got != [32]byte(hash) {
		return nil, fmt.Errorf("%w: the kept file hashes to %x, not %s", ErrBaseModel, got[:6], hash.Short())
	}
	return b, nil
}

// reserveBaseModel serves again, after a restart, the base model a
// poster kept for a resumed job.
func (n *Node) reserveBaseModel(rec *JobRecord) {
	if rec.Recipe == nil || rec.Recipe.BaseModel == (auction.Hash{}) {
		return
	}
	b, err := keptBaseModel(n.cfg.DataDir, rec.Recipe.BaseModel)
	if err != nil {
		n.log.Warn("job: the base model of a resumed job is not kept; members cannot fetch it", "job", rec.Job.Short(), "base", rec.Recipe.BaseModel.Short(), "err", err)
		return
	}
	if _, err := n.blobs.AddFile(b); err != nil {
		n.log.Warn("job: cannot serve the base model of a resumed job", "job", rec.Job.Short(), "err", err)
	}
}

package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/model"
)

// A token dataset's tokenizer travels like a base model: the poster
// serves its canonical tokenizer.json by keccak256 (the recipe's
// Tokenizer) through mesh/blob, and a member fetches it and checks the
// hash instead of re-creating it. Re-creating it would need the job
// file's raw text, which members never receive (they fetch token ids),
// and a BPE trained elsewhere could not be re-created at all. Members do
// not need it to train; they keep it so that a model exported from their
// checkpoint carries it (model.KeyTokenizer) and decodes its ids.

// ErrTokenizer: a tokenizer that is not the recipe's or not usable.
var ErrTokenizer = errors.New("node: tokenizer")

// TokenizerPath is where a node keeps a job's tokenizer.json, beside the
// job's journal record.
func TokenizerPath(dataDir string, id auction.Hash) string {
	return filepath.Join(dataDir, JobsDir, id.Hex()+".tokenizer")
}

// TokenizerBytesMax bounds a tokenizer.json members fetch (whole or in
// pieces): far above a 65,536-token BPE's few MiB.
const TokenizerBytesMax = 64 << 20

// CheckTokenizer checks that data is the canonical byte-level BPE
// tokenizer.json hashing to want, small enough to be served.
func CheckTokenizer(data []byte, want auction.Hash) error {
	if want == (auction.Hash{}) {
		return fmt.Errorf("%w: the recipe names no tokenizer", ErrTokenizer)
	}
	if got := model.FileHash(data); got != [32]byte(want) {
		return fmt.Errorf("%w: the tokenizer.json hashes to %x, the recipe names %s", ErrTokenizer, got[:6], want.Short())
	}
	if len(data) > TokenizerBytesMax {
		return fmt.Errorf("%w: a tokenizer.json of %d bytes, members fetch at most %d", ErrTokenizer, len(data), TokenizerBytesMax)
	}
	tok, err := bpe.LoadHF(data)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrTokenizer, err)
	}
	if tok.Hash() != [32]byte(want) {
		return fmt.Errorf("%w: the tokenizer.json is not in canonical form", ErrTokenizer)
	}
	return nil
}

// checkRequestTokenizer: a job request's tokenizer, when it has one, is
// the recipe's.
func checkRequestTokenizer(req JobRequest) error {
	if len(req.Tokenizer) == 0 {
		return nil
	}
	if err := CheckTokenizer(req.Tokenizer, req.Recipe.Tokenizer); err != nil {
		return fmt.Errorf("%w: %w", ErrRecipe, err)
	}
	return nil
}

// tokenizerFor returns the tokenizer.json of a job's recipe that this
// node holds: the one it serves as the poster, or the one it fetched and
// kept as a member; nil when it has none.
func (n *Node) tokenizerFor(id auction.Hash, r *Recipe) []byte {
	if r.Tokenizer == (auction.Hash{}) {
		return nil
	}
	// The poster's blob store holds it whole, or only its piece list
	// when it is larger than a piece; then the kept copy answers.
	if b, ok := n.blobs.Get([32]byte(r.Tokenizer)); ok && model.FileHash(b) == [32]byte(r.Tokenizer) {
		return b
	}
	b, err := os.ReadFile(TokenizerPath(n.cfg.DataDir, id))
	if err != nil || CheckTokenizer(b, r.Tokenizer) != nil {
		return nil
	}
	return b
}

// fetchTokenizer fetches a job's tokenizer.json from the poster, checks
// it against the recipe and keeps it in the data directory.
func (n *Node) fetchTokenizer(ctx context.Context, poster string, id auction.Hash, r *Recipe) error {
	data, _, err := dataset.FetchFile(ctx, n.blobClient, []string{poster}, dataset.Hash(r.Tokenizer), TokenizerBytesMax)
	if err != nil {
		return fmt.Errorf("%w: fetch %s from the poster: %w", ErrTokenizer, r.Tokenizer.Short(), err)
	}
	if err := CheckTokenizer(data, r.Tokenizer); err != nil {
		return err
	}
	return n.keepTokenizer(id, data)
}

// keepTokenizer writes a job's checked tokenizer.json to TokenizerPath:
// a member's for its exports, a poster's so that it still has (and
// serves) it after a restart.
func (n *Node) keepTokenizer(id auction.Hash, data []byte) error {
	return replaceFile(TokenizerPath(n.cfg.DataDir, id), data)
}

// replaceFile writes data to path through a temporary file and a rename,
// so that a reader (or a restart) never sees half a file; it creates the
// directory.
func replaceFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// reserveTokenizer serves again, after a restart, the tokenizer.json a
// poster kept for a job.
func (n *Node) reserveTokenizer(rec *JobRecord) {
	if rec.Recipe == nil || rec.Recipe.Tokenizer == (auction.Hash{}) {
		return
	}
	b, err := os.ReadFile(TokenizerPath(n.cfg.DataDir, rec.Job))
	if err != nil || CheckTokenizer(b, rec.Recipe.Tokenizer) != nil {
		n.log.Warn("job: the tokenizer of a resumed job is not kept; members cannot fetch it", "job", rec.Job.Short(), "err", err)
		return
	}
	if _, err := n.blobs.AddFile(b); err != nil {
		n.log.Warn("job: cannot serve the tokenizer of a resumed job", "job", rec.Job.Short(), "err", err)
	}
}

package model

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/nn"
	"github.com/trainmesh/trainmesh/train/safetensors"
)

// ErrProvenance: a file's provenance is missing, malformed, or does not
// match its tensors.
var ErrProvenance = errors.New("model: provenance does not check")

// Metadata keys of a trainmesh model file. "format": "pt" is what
// Hugging Face's loaders ask of a PyTorch safetensors file; the rest are
// trainmesh's, prefixed.
const (
	KeyFormat      = "format"
	KeyVersion     = "trainmesh.version"
	KeySpec        = "trainmesh.spec"
	KeyParamsHash  = "trainmesh.params_hash"
	KeyRecipeHash  = "trainmesh.recipe_hash"
	KeyDatasetRoot = "trainmesh.dataset_root"
	KeyJob         = "trainmesh.job"
	KeyFinalStep   = "trainmesh.final_step"
	KeyReceipts    = "trainmesh.receipts"
	KeyBaseModel   = "trainmesh.base_model"
	KeyRecipe      = "trainmesh.recipe"
	KeyAnnounce    = "trainmesh.announce"
	KeyAward       = "trainmesh.award"
	KeyDomain      = "trainmesh.domain"
	KeyVocab       = "trainmesh.vocab"
	// KeyTokenizer holds a BPE language model's canonical tokenizer.json
	// (train/bpe) verbatim: its keccak256 is the recipe's "tokenizer".
	KeyTokenizer = "trainmesh.tokenizer"
	// KeyRingOrder is the training ring's order (the award's winner
	// indices in ring order, comma-separated) and KeyRingHops the signed
	// hop statements of one training all-reduce it was read from (hex):
	// the members' signatures, rank by rank, are what make the order
	// checkable (node.VerifyModel).
	KeyRingOrder = "trainmesh.ring_order"
	KeyRingHops  = "trainmesh.ring_hops"
)

// ringOrderMax bounds a ring order read from a file: a ring's size (the
// hop statements' bound, node's hopsStatementsMax).
const ringOrderMax = 1 << 10

// fileVersion is the provenance format's version.
const fileVersion = "1"

// Provenance is where a model file's parameters came from. Spec and
// ParamsHash are always there (ParamsHash recomputed by Encode); the job
// fields are zero for a model that no job trained (an initialisation, a
// local run).
type Provenance struct {
	Spec nn.Spec
	// ParamsHash is train.ParamsHash of the parameters in Spec's layout:
	// what the group's StepReceipts for FinalStep sign.
	ParamsHash  [32]byte
	RecipeHash  [32]byte // the job's modelHash (keccak256 of its recipe)
	DatasetRoot [32]byte
	Job         [32]byte
	FinalStep   uint64
	// Recipe is the job's recipe as the poster encoded it (JSON whose
	// keccak256 is RecipeHash and whose "model" is Spec): it binds the
	// spec, which the parameter hash does not cover, to the job.
	Recipe []byte
	// Announce is the poster's signed job announcement in its wire form
	// (auction/wire), naming RecipeHash and DatasetRoot under Job; like
	// Receipts, the caller checks its signature.
	Announce []byte
	// Award is the poster's signed award (wire form): who trained.
	Award []byte
	// Domain is the EIP-712 domain (chain ID and settlement contract)
	// the job's messages are signed under; a verifier compares it with
	// the chain it trusts.
	Domain protocol.Domain
	// Vocab is a character-level language model's vocabulary: token id i
	// stands for byte Vocab[i] (dataset.Text). Empty for other models.
	Vocab []byte
	// Tokenizer is a BPE language model's canonical tokenizer.json
	// (bpe.Tokenizer.MarshalHF), whose keccak256 the job's recipe names:
	// what turns a prompt into token ids and sampled ids back into text.
	// Empty for other models (and for a BPE model exported without it).
	Tokenizer []byte
	// BaseModel is the FileHash of the model the job started from (zero
	// when it started from the recipe's seed).
	BaseModel [32]byte
	// Receipts are the group's signed StepReceipts for FinalStep, each as
	// the job wire encoding (hex in the file), which anyone can check
	// against the job's EIP-712 domain; package model does not decode them
	// (it does not import the protocol's signature code): the caller does.
	Receipts [][]byte
	// RingOrder is the order the job's training ring ran in, as the
	// award's winner indices by ring rank, where the job measured one
	// (recipe "ring_order": "measured"); RingHops are the signed hop
	// statements of one of the ring's all-reduces, whose signers, rank by
	// rank, give that order. Package model checks only that both or
	// neither are there and that the order is a permutation; the caller
	// checks the statements (node.VerifyModel). Empty for a job in award
	// order and for files written before the order was recorded.
	RingOrder []int
	RingHops  []byte
}

// Model is a decoded model file.
type Model struct {
	Spec   nn.Spec
	Params []float32 // flat, in Spec's layout
	Prov   Provenance
	// Tokenizer is Prov.Tokenizer loaded (nil when the file carries none).
	Tokenizer *bpe.Tokenizer
	// Extra is metadata Model does not interpret, kept as it was.
	Extra map[string]string
}

// Encode returns a safetensors file of params (a flat buffer in
// prov.Spec's layout) with prov in its metadata. It sets prov.ParamsHash
// from params.
func Encode(params []float32, prov Provenance) ([]byte, error) {
	ts, err := Tensors(prov.Spec, params)
	if err != nil {
		return nil, err
	}
	prov.ParamsHash = ParamsHash(params)
	return safetensors.Marshal(ts, prov.metadata())
}

func hexOf(h [32]byte) string { return "0x" + hex.EncodeToString(h[:]) }

func (p Provenance) metadata() map[string]string {
	md := map[string]string{
		KeyFormat:     "pt",
		KeyVersion:    fileVersion,
		KeySpec:       string(p.Spec.Encode()),
		KeyParamsHash: hexOf(p.ParamsHash),
	}
	if p.Job != ([32]byte{}) {
		md[KeyJob] = hexOf(p.Job)
		md[KeyRecipeHash] = hexOf(p.RecipeHash)
		md[KeyDatasetRoot] = hexOf(p.DatasetRoot)
		md[KeyFinalStep] = strconv.FormatUint(p.FinalStep, 10)
	}
	if p.BaseModel != ([32]byte{}) {
		md[KeyBaseModel] = hexOf(p.BaseModel)
	}
	if len(p.Recipe) > 0 {
		md[KeyRecipe] = string(p.Recipe)
	}
	if len(p.Announce) > 0 {
		md[KeyAnnounce] = hex.EncodeToString(p.Announce)
	}
	if len(p.Award) > 0 {
		md[KeyAward] = hex.EncodeToString(p.Award)
	}
	if len(p.Vocab) > 0 {
		md[KeyVocab] = hex.EncodeToString(p.Vocab)
	}
	if len(p.Tokenizer) > 0 {
		md[KeyTokenizer] = string(p.Tokenizer)
	}
	if p.Domain != (protocol.Domain{}) {
		md[KeyDomain] = fmt.Sprintf("%d:0x%x", p.Domain.ChainID, p.Domain.VerifyingContract[:])
	}
	if len(p.Receipts) > 0 {
		rs := make([]string, len(p.Receipts))
		for i, r := range p.Receipts {
			rs[i] = hex.EncodeToString(r)
		}
		b, _ := json.Marshal(rs) // strings always marshal
		md[KeyReceipts] = string(b)
	}
	if len(p.RingOrder) > 0 || len(p.RingHops) > 0 {
		rs := make([]string, len(p.RingOrder))
		for i, r := range p.RingOrder {
			rs[i] = strconv.Itoa(r)
		}
		md[KeyRingOrder] = strings.Join(rs, ",")
		md[KeyRingHops] = hex.EncodeToString(p.RingHops)
	}
	return md
}

// parseRingOrder reads KeyRingOrder: a permutation of 0..n-1, n ≥ 2.
func parseRingOrder(s string) ([]int, error) {
	fs := strings.Split(s, ",")
	if len(fs) < 2 || len(fs) > ringOrderMax {
		return nil, fmt.Errorf("%w: %s %q: want 2 to %d winner indices", ErrProvenance, KeyRingOrder, s, ringOrderMax)
	}
	order := make([]int, len(fs))
	seen := make([]bool, len(fs))
	for i, f := range fs {
		v, err := strconv.Atoi(f)
		if err != nil || v < 0 || v >= len(fs) || seen[v] {
			return nil, fmt.Errorf("%w: %s %q is not an order of %d winners", ErrProvenance, KeyRingOrder, s, len(fs))
		}
		order[i], seen[v] = v, true
	}
	return order, nil
}

// parseHash reads a 0x-prefixed 32-byte hex hash.
func parseHash(key, s string) ([32]byte, error) {
	var h [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 || !strings.HasPrefix(s, "0x") {
		return h, fmt.Errorf("%w: %s is %q, want a 0x-prefixed 32-byte hash", ErrProvenance, key, s)
	}
	copy(h[:], b)
	return h, nil
}

// Decode parses a model file: its safetensors, its spec (from the
// metadata, so the file is self-describing), its parameters in the spec's
// layout and its provenance. It checks that the parameters hash to the
// recorded ParamsHash: a file whose tensors or spec were altered after
// export is refused with ErrProvenance. It does not check the receipts'
// signatures (Verify's caller does).
func Decode(data []byte) (*Model, error) {
	f, err := safetensors.Decode(data)
	if err != nil {
		return nil, err
	}
	md := f.Metadata
	if md[KeySpec] == "" {
		return nil, fmt.Errorf("%w: no %s in the metadata (not a trainmesh model file; give the spec with --spec)", ErrProvenance, KeySpec)
	}
	spec, err := nn.DecodeSpec([]byte(md[KeySpec]))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrProvenance, err)
	}
	params, err := Params(spec, f)
	if err != nil {
		return nil, err
	}
	prov, err := parseProvenance(spec, md)
	if err != nil {
		return nil, err
	}
	if got := ParamsHash(params); got != prov.ParamsHash {
		return nil, fmt.Errorf("%w: the tensors hash to %s, the metadata records %s (the tensors or the spec were changed)", ErrProvenance, hexOf(got), hexOf(prov.ParamsHash))
	}
	m := &Model{Spec: spec, Params: params, Prov: prov, Extra: map[string]string{}}
	if len(prov.Tokenizer) > 0 {
		if m.Tokenizer, err = checkTokenizer(spec, prov); err != nil {
			return nil, err
		}
	}
	for k, v := range md {
		switch k {
		case KeyFormat, KeyVersion, KeySpec, KeyParamsHash, KeyRecipeHash, KeyDatasetRoot, KeyJob, KeyFinalStep, KeyReceipts, KeyBaseModel, KeyRecipe, KeyAnnounce, KeyAward, KeyDomain, KeyVocab, KeyTokenizer, KeyRingOrder, KeyRingHops:
		default:
			m.Extra[k] = v
		}
	}
	return m, nil
}

// checkTokenizer loads a file's tokenizer: a valid byte-level BPE
// tokenizer.json in canonical form (so its keccak256 is the hash a recipe
// and a token dataset name it by), with one token per row of the
// language model's embedding.
func checkTokenizer(spec nn.Spec, p Provenance) (*bpe.Tokenizer, error) {
	vocab, _, ok := spec.LM()
	if !ok {
		return nil, fmt.Errorf("%w: a %s model with a tokenizer", ErrProvenance, spec.Kind)
	}
	if len(p.Tokenizer) > bpe.FileBytesMax {
		return nil, fmt.Errorf("%w: a tokenizer of %d bytes (at most %d)", ErrProvenance, len(p.Tokenizer), bpe.FileBytesMax)
	}
	tok, err := bpe.LoadHF(p.Tokenizer)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrProvenance, KeyTokenizer, err)
	}
	if tok.Hash() != FileHash(p.Tokenizer) {
		return nil, fmt.Errorf("%w: %s is not in canonical form (its hash is not the tokenizer's)", ErrProvenance, KeyTokenizer)
	}
	if tok.Len() != vocab {
		return nil, fmt.Errorf("%w: a tokenizer of %d tokens for a model of %d", ErrProvenance, tok.Len(), vocab)
	}
	if len(p.Vocab) > 0 {
		return nil, fmt.Errorf("%w: both a character vocabulary and a tokenizer", ErrProvenance)
	}
	return tok, nil
}

func parseProvenance(spec nn.Spec, md map[string]string) (Provenance, error) {
	p := Provenance{Spec: spec}
	if v := md[KeyVersion]; v != fileVersion {
		return p, fmt.Errorf("%w: %s %q, this trainmesh reads %q", ErrProvenance, KeyVersion, v, fileVersion)
	}
	var err error
	if p.ParamsHash, err = parseHash(KeyParamsHash, md[KeyParamsHash]); err != nil {
		return p, err
	}
	if s, ok := md[KeyVocab]; ok {
		if p.Vocab, err = hex.DecodeString(s); err != nil {
			return p, fmt.Errorf("%w: %s: %v", ErrProvenance, KeyVocab, err)
		}
	}
	if s, ok := md[KeyTokenizer]; ok {
		p.Tokenizer = []byte(s)
	}
	if s, ok := md[KeyBaseModel]; ok {
		if p.BaseModel, err = parseHash(KeyBaseModel, s); err != nil {
			return p, err
		}
	}
	if _, ok := md[KeyJob]; !ok {
		for _, k := range []string{KeyRecipeHash, KeyDatasetRoot, KeyFinalStep, KeyReceipts, KeyRecipe, KeyAnnounce, KeyAward, KeyDomain, KeyRingOrder, KeyRingHops} {
			if _, ok := md[k]; ok {
				return p, fmt.Errorf("%w: %s without %s", ErrProvenance, k, KeyJob)
			}
		}
		return p, nil
	}
	for _, kv := range []struct {
		key string
		dst *[32]byte
	}{{KeyJob, &p.Job}, {KeyRecipeHash, &p.RecipeHash}, {KeyDatasetRoot, &p.DatasetRoot}} {
		if *kv.dst, err = parseHash(kv.key, md[kv.key]); err != nil {
			return p, err
		}
	}
	if p.FinalStep, err = strconv.ParseUint(md[KeyFinalStep], 10, 64); err != nil {
		return p, fmt.Errorf("%w: %s is %q", ErrProvenance, KeyFinalStep, md[KeyFinalStep])
	}
	for _, kv := range []struct {
		key string
		dst *[]byte
	}{{KeyAnnounce, &p.Announce}, {KeyAward, &p.Award}} {
		if s, ok := md[kv.key]; ok {
			if *kv.dst, err = hex.DecodeString(s); err != nil {
				return p, fmt.Errorf("%w: %s: %v", ErrProvenance, kv.key, err)
			}
		}
	}
	if s, ok := md[KeyDomain]; ok {
		id, addr, _ := strings.Cut(s, ":")
		a, aerr := hex.DecodeString(strings.TrimPrefix(addr, "0x"))
		c, cerr := strconv.ParseUint(id, 10, 64)
		if aerr != nil || cerr != nil || len(a) != len(p.Domain.VerifyingContract) || !strings.HasPrefix(addr, "0x") {
			return p, fmt.Errorf("%w: %s is %q, want CHAINID:0xCONTRACT", ErrProvenance, KeyDomain, s)
		}
		p.Domain.ChainID = c
		copy(p.Domain.VerifyingContract[:], a)
	}
	if s, ok := md[KeyRecipe]; ok {
		p.Recipe = []byte(s)
		if got := FileHash(p.Recipe); got != p.RecipeHash {
			return p, fmt.Errorf("%w: the recipe hashes to %s, the metadata records %s", ErrProvenance, hexOf(got), hexOf(p.RecipeHash))
		}
		var r struct {
			Model     json.RawMessage `json:"model"`
			Tokenizer string          `json:"tokenizer"`
		}
		if err := json.Unmarshal(p.Recipe, &r); err != nil {
			return p, fmt.Errorf("%w: recipe: %v", ErrProvenance, err)
		}
		rs, err := nn.DecodeSpec(r.Model)
		if err != nil {
			return p, fmt.Errorf("%w: the recipe's model: %v", ErrProvenance, err)
		}
		if rs.Hash() != spec.Hash() {
			return p, fmt.Errorf("%w: the recipe trains another model than the file's spec", ErrProvenance)
		}
		// A recipe names its tokenizer by hash; the file's copy must be
		// that one (a recipe without a tokenizer admits none).
		if len(p.Tokenizer) > 0 {
			if r.Tokenizer == "" {
				return p, fmt.Errorf("%w: the file carries a tokenizer, the recipe names none", ErrProvenance)
			}
			want, err := parseHash("the recipe's tokenizer", r.Tokenizer)
			if err != nil {
				return p, err
			}
			if got := FileHash(p.Tokenizer); got != want {
				return p, fmt.Errorf("%w: the tokenizer hashes to %s, the recipe names %s", ErrProvenance, hexOf(got), hexOf(want))
			}
		}
	}
	if s, ok := md[KeyReceipts]; ok {
		var rs []string
		if err := json.Unmarshal([]byte(s), &rs); err != nil {
			return p, fmt.Errorf("%w: %s: %v", ErrProvenance, KeyReceipts, err)
		}
		for _, r := range rs {
			b, err := hex.DecodeString(r)
			if err != nil {
				return p, fmt.Errorf("%w: %s: %v", ErrProvenance, KeyReceipts, err)
			}
			p.Receipts = append(p.Receipts, b)
		}
	}
	so, okOrder := md[KeyRingOrder]
	sh, okHops := md[KeyRingHops]
	switch {
	case okOrder != okHops:
		return p, fmt.Errorf("%w: %s and %s go together (an order and the statements that show it)", ErrProvenance, KeyRingOrder, KeyRingHops)
	case okOrder:
		if p.RingOrder, err = parseRingOrder(so); err != nil {
			return p, err
		}
		if p.RingHops, err = hex.DecodeString(sh); err != nil || len(p.RingHops) == 0 {
			return p, fmt.Errorf("%w: %s: not hex, or empty", ErrProvenance, KeyRingHops)
		}
	}
	return p, nil
}

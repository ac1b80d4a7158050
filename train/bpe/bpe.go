// Package bpe is trainmesh's byte-level BPE tokenizer (GPT-2's scheme):
// text is split into words by GPT-2's pre-tokenizer pattern, each word's
// bytes are merged pairwise by rank into tokens of a vocabulary in which
// every one of the 256 bytes is a token, so any byte string encodes, and
// decoding is concatenation: Decode(Encode(x)) == x for every x.
//
// A tokenizer is trained deterministically on a job's text (Train: the
// most frequent adjacent pair is merged next, ties broken by the smaller
// left then right token id), or loaded from a Hugging Face tokenizer.json
// whose model is byte-level BPE (LoadHF). Either way it is written as a
// canonical tokenizer.json (MarshalHF) whose keccak256 (Hash) names it in a
// dataset manifest and a recipe, so every member tokenizes identically and
// the file loads in Hugging Face's tokenizers.
//
// bpe does no I/O and starts no goroutine. It imports only the standard
// library and x/crypto's keccak.
package bpe

import (
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Errors of package bpe.
var (
	// ErrFormat: a tokenizer.json that is malformed, out of bounds or not
	// byte-level BPE.
	ErrFormat = errors.New("bpe: invalid tokenizer")
	// ErrUnsupported: a valid tokenizer.json of a kind bpe does not
	// implement (another model, normalizer or pre-tokenizer).
	ErrUnsupported = errors.New("bpe: unsupported tokenizer")
	// ErrParams: training parameters out of range.
	ErrParams = errors.New("bpe: invalid training parameters")
	// ErrToken: a token id outside the vocabulary.
	ErrToken = errors.New("bpe: token id outside the vocabulary")
)

// Bounds, so that a file from a peer cannot make a member allocate
// without limit.
const (
	// VocabMax bounds a vocabulary (nn's width bound, 65,536, is the
	// tighter one for models trainmesh trains).
	VocabMax = 1 << 18
	// TokenBytesMax bounds one token.
	TokenBytesMax = 1 << 10
	// mergesMax bounds the merge list: a merge usually adds a token, and
	// a few repeat one.
	mergesMax = 2 * VocabMax
	// FileBytesMax bounds a tokenizer.json.
	FileBytesMax = 64 << 20
)

// Tokenizer is a byte-level BPE vocabulary and merge list. Token i is
// Vocab[i], raw bytes; merge r (rank r, lower first) joins two tokens
// into a third. Not safe for concurrent use (Encode caches words).
type Tokenizer struct {
	vocab  [][]byte
	byByte [256]int32         // the token of each single byte
	ids    map[string]int32   // token bytes → id
	ranks  map[[2]int32]int32 // pair → rank
	merged map[[2]int32]int32 // pair → the token it makes
	merges [][2]int32         // by rank
	cache  map[string][]int32 // word → tokens
}

// Len is the vocabulary size.
func (t *Tokenizer) Len() int { return len(t.vocab) }

// Merges is the number of merge rules.
func (t *Tokenizer) Merges() int { return len(t.merges) }

// Token returns the bytes of token id.
func (t *Tokenizer) Token(id int32) ([]byte, error) {
	if id < 0 || int(id) >= len(t.vocab) {
		return nil, fmt.Errorf("%w: %d of %d", ErrToken, id, len(t.vocab))
	}
	return t.vocab[id], nil
}

// build checks a vocabulary and merge list and indexes them. Every byte
// must be a token, tokens distinct, and each merge must join two tokens
// into a third that exists.
func build(vocab [][]byte, merges [][2][]byte) (*Tokenizer, error) {
	if len(vocab) < 256 || len(vocab) > VocabMax {
		return nil, fmt.Errorf("%w: %d tokens, want 256 to %d", ErrFormat, len(vocab), VocabMax)
	}
	t := &Tokenizer{vocab: vocab, ids: make(map[string]int32, len(vocab)),
		ranks: make(map[[2]int32]int32, len(merges)), merged: make(map[[2]int32]int32, len(merges)),
		cache: map[string][]int32{}}
	for i := range t.byByte {
		t.byByte[i] = -1
	}
	for i, tok := range vocab {
		if len(tok) == 0 || len(tok) > TokenBytesMax {
			return nil, fmt.Errorf("%w: token %d of %d bytes", ErrFormat, i, len(tok))
		}
		if _, dup := t.ids[string(tok)]; dup {
			return nil, fmt.Errorf("%w: token %d repeats %q", ErrFormat, i, tok)
		}
		t.ids[string(tok)] = int32(i)
		if len(tok) == 1 {
			t.byByte[tok[0]] = int32(i)
		}
	}
	for b, id := range t.byByte {
		if id < 0 {
			return nil, fmt.Errorf("%w: byte %#02x is not a token (not byte-level)", ErrFormat, b)
		}
	}
	if len(merges) > mergesMax {
		return nil, fmt.Errorf("%w: %d merges, want at most %d", ErrFormat, len(merges), mergesMax)
	}
	for r, m := range merges {
		a, okA := t.ids[string(m[0])]
		b, okB := t.ids[string(m[1])]
		c, okC := t.ids[string(m[0])+string(m[1])]
		if !okA || !okB || !okC {
			return nil, fmt.Errorf("%w: merge %d (%q, %q) joins tokens not in the vocabulary", ErrFormat, r, m[0], m[1])
		}
		p := [2]int32{a, b}
		if _, dup := t.ranks[p]; dup {
			return nil, fmt.Errorf("%w: merge %d repeats (%q, %q)", ErrFormat, r, m[0], m[1])
		}
		t.ranks[p], t.merged[p] = int32(r), c
		t.merges = append(t.merges, p)
	}
	return t, nil
}

// Encode returns the token ids of text.
func (t *Tokenizer) Encode(text []byte) []int32 {
	var out []int32
	for _, w := range Split(text) {
		out = append(out, t.encodeWord(w)...)
	}
	return out
}

// cacheMax bounds Encode's word cache; past it the cache starts over.
const cacheMax = 1 << 16

// encodeWord applies the merges to one word, GPT-2's way: the adjacent
// pair of lowest rank is merged everywhere in the word, left to right,
// until no pair has a rank.
func (t *Tokenizer) encodeWord(w []byte) []int32 {
	if ids, ok := t.cache[string(w)]; ok {
		return ids
	}
	ids := make([]int32, len(w))
	for i, b := range w {
		ids[i] = t.byByte[b]
	}
	for len(ids) > 1 {
		best, bestRank := [2]int32{}, int32(-1)
		for i := 0; i+1 < len(ids); i++ {
			p := [2]int32{ids[i], ids[i+1]}
			if r, ok := t.ranks[p]; ok && (bestRank < 0 || r < bestRank) {
				best, bestRank = p, r
			}
		}
		if bestRank < 0 {
			break
		}
		c := t.merged[best]
		j := 0
		for i := 0; i < len(ids); i++ {
			if i+1 < len(ids) && ids[i] == best[0] && ids[i+1] == best[1] {
				ids[j] = c
				i++
			} else {
				ids[j] = ids[i]
			}
			j++
		}
		ids = ids[:j]
	}
	if len(t.cache) >= cacheMax {
		clear(t.cache)
	}
	t.cache[string(w)] = ids
	return ids
}

// Decode returns the bytes of ids.
func (t *Tokenizer) Decode(ids []int32) ([]byte, error) {
	var out []byte
	for _, id := range ids {
		tok, err := t.Token(id)
		if err != nil {
			return nil, err
		}
		out = append(out, tok...)
	}
	return out, nil
}

// Split cuts text into words by GPT-2's pre-tokenizer pattern,
//
//	's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
//
// written out by hand (Go's regexp has no lookahead). Bytes that are not
// UTF-8 count as symbols (neither letters, numbers nor spaces). The words
// concatenate to text.
func Split(text []byte) [][]byte {
	var words [][]byte
	for i := 0; i < len(text); {
		n := wordLen(text[i:])
		words = append(words, text[i:i+n])
		i += n
	}
	return words
}

type class uint8

const (
	classSpace class = iota
	classLetter
	classNumber
	classOther
)

func classAt(b []byte) (class, int) {
	r, n := utf8.DecodeRune(b)
	switch {
	case r == utf8.RuneError && n <= 1:
		return classOther, 1
	case unicode.IsSpace(r):
		return classSpace, n
	case unicode.IsLetter(r):
		return classLetter, n
	case unicode.IsNumber(r):
		return classNumber, n
	}
	return classOther, n
}

var contractions = []string{"'s", "'t", "'re", "'ve", "'m", "'ll", "'d"}

// wordLen is the length of the word at the start of b (len(b) > 0).
func wordLen(b []byte) int {
	if b[0] == '\'' {
		for _, c := range contractions {
			if len(b) >= len(c) && string(b[:len(c)]) == c {
				return len(c)
			}
		}
	}
	start := 0
	if b[0] == ' ' && len(b) > 1 {
		if c, _ := classAt(b[1:]); c != classSpace {
			start = 1
		}
	}
	c, n := classAt(b[start:])
	if c != classSpace {
		// ` ?\p{L}+`, ` ?\p{N}+` or ` ?[^\s\p{L}\p{N}]+`: a run of one class.
		i := start + n
		for i < len(b) {
			c2, n2 := classAt(b[i:])
			if c2 != c {
				break
			}
			i += n2
		}
		return i
	}
	// A run of spaces: all of it at the end of the text, else all but its
	// last character (`\s+(?!\S)`), which goes with the next word, or alone
	// (`\s+`) when it is the run's only character.
	i, last := 0, 0
	for i < len(b) {
		c2, n2 := classAt(b[i:])
		if c2 != classSpace {
			break
		}
		last = i
		i += n2
	}
	if i == len(b) || last == 0 {
		return i
	}
	return last
}

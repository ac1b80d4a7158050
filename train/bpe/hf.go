package bpe

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/crypto/sha3"
)

// Hugging Face's byte-level BPE writes each token's bytes as a string of
// printable characters: GPT-2's bytes_to_unicode table maps the bytes '!'
// to '~', '¡' to '¬' and '®' to 'ÿ' to themselves and the other 68 bytes,
// in order, to U+0100 onwards (the space is 'Ġ').
var byteRune, runeByte = func() ([256]rune, map[rune]byte) {
	var br [256]rune
	rb := map[rune]byte{}
	n := 0
	for b := 0; b < 256; b++ {
		if (b >= '!' && b <= '~') || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff) {
			br[b] = rune(b)
		} else {
			br[b] = rune(256 + n)
			n++
		}
		rb[br[b]] = byte(b)
	}
	return br, rb
}()

func toHF(tok []byte) string {
	var sb strings.Builder
	for _, b := range tok {
		sb.WriteRune(byteRune[b])
	}
	return sb.String()
}

func fromHF(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		b, ok := runeByte[r]
		if !ok {
			return nil, false
		}
		out = append(out, b)
	}
	return out, true
}

// hfFile is the part of a tokenizer.json that bpe reads and writes.
type hfFile struct {
	Version       string          `json:"version"`
	Truncation    json.RawMessage `json:"truncation"`
	Padding       json.RawMessage `json:"padding"`
	AddedTokens   []hfAdded       `json:"added_tokens"`
	Normalizer    json.RawMessage `json:"normalizer"`
	PreTokenizer  *hfByteLevel    `json:"pre_tokenizer"`
	PostProcessor json.RawMessage `json:"post_processor"`
	Decoder       *hfByteLevel    `json:"decoder"`
	Model         hfModel         `json:"model"`
}

type hfAdded struct {
	ID      int    `json:"id"`
	Content string `json:"content"`
}

type hfByteLevel struct {
	Type           string `json:"type"`
	AddPrefixSpace bool   `json:"add_prefix_space"`
	TrimOffsets    bool   `json:"trim_offsets"`
	UseRegex       bool   `json:"use_regex"`
}

type hfModel struct {
	Type                    string            `json:"type"`
	Dropout                 json.RawMessage   `json:"dropout"`
	UnkToken                json.RawMessage   `json:"unk_token"`
	ContinuingSubwordPrefix json.RawMessage   `json:"continuing_subword_prefix"`
	EndOfWordSuffix         json.RawMessage   `json:"end_of_word_suffix"`
	FuseUnk                 bool              `json:"fuse_unk"`
	ByteFallback            bool              `json:"byte_fallback"`
	Vocab                   map[string]int    `json:"vocab"`
	Merges                  []json.RawMessage `json:"merges"`
}

func isNull(m json.RawMessage) bool {
	return len(m) == 0 || string(bytes.TrimSpace(m)) == "null"
}

// noAffix: a subword prefix or suffix that is null or "" (GPT-2's file
// writes "").
func noAffix(m json.RawMessage) bool {
	return isNull(m) || string(bytes.TrimSpace(m)) == `""`
}

// LoadHF reads a Hugging Face tokenizer.json whose model is byte-level
// BPE: model type "BPE" without dropout, unknown token, subword prefix or
// suffix; no normalizer; a ByteLevel pre-tokenizer with GPT-2's pattern
// and no prefix space (GPT-2's own file, and those of models that reuse
// it). Vocabulary ids must be 0…n−1; merges may be "a b" strings or
// ["a", "b"] pairs. Added tokens must be vocabulary tokens; Encode does
// not single them out in text. Anything else is ErrUnsupported (Llama 3's
// regex Split pre-tokenizer, SentencePiece models) or ErrFormat.
func LoadHF(data []byte) (*Tokenizer, error) {
	if len(data) > FileBytesMax {
		return nil, fmt.Errorf("%w: %d bytes, want at most %d", ErrFormat, len(data), FileBytesMax)
	}
	var f hfFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	m := f.Model
	if m.Type != "BPE" && !(m.Type == "" && m.Vocab != nil) {
		return nil, fmt.Errorf("%w: model %q, want BPE", ErrUnsupported, m.Type)
	}
	if !isNull(m.Dropout) || !isNull(m.UnkToken) || !noAffix(m.ContinuingSubwordPrefix) || !noAffix(m.EndOfWordSuffix) || m.ByteFallback {
		return nil, fmt.Errorf("%w: BPE with dropout, an unknown token, affixes or byte fallback", ErrUnsupported)
	}
	if !isNull(f.Normalizer) {
		return nil, fmt.Errorf("%w: a normalizer", ErrUnsupported)
	}
	if p := f.PreTokenizer; p == nil || p.Type != "ByteLevel" || !p.UseRegex || p.AddPrefixSpace {
		return nil, fmt.Errorf("%w: pre-tokenizer, want ByteLevel with GPT-2's pattern and no prefix space", ErrUnsupported)
	}
	if len(m.Vocab) > VocabMax {
		return nil, fmt.Errorf("%w: %d tokens, want at most %d", ErrFormat, len(m.Vocab), VocabMax)
	}
	if len(m.Merges) > mergesMax {
		return nil, fmt.Errorf("%w: %d merges, want at most %d", ErrFormat, len(m.Merges), mergesMax)
	}
	vocab := make([][]byte, len(m.Vocab))
	for s, id := range m.Vocab {
		if id < 0 || id >= len(vocab) || vocab[id] != nil {
			return nil, fmt.Errorf("%w: token ids are not 0 to %d, each once (%q is %d)", ErrFormat, len(vocab)-1, s, id)
		}
		b, ok := fromHF(s)
		if !ok {
			return nil, fmt.Errorf("%w: token %d (%q) is not byte-level", ErrFormat, id, s)
		}
		vocab[id] = b
	}
	merges := make([][2][]byte, len(m.Merges))
	for i, raw := range m.Merges {
		var pair []string
		var s string
		if err := json.Unmarshal(raw, &s); err == nil {
			pair = strings.Split(s, " ")
		} else if err := json.Unmarshal(raw, &pair); err != nil {
			return nil, fmt.Errorf("%w: merge %d: %v", ErrFormat, i, err)
		}
		if len(pair) != 2 {
			return nil, fmt.Errorf("%w: merge %d is not a pair", ErrFormat, i)
		}
		for j, p := range pair {
			b, ok := fromHF(p)
			if !ok {
				return nil, fmt.Errorf("%w: merge %d: %q is not byte-level", ErrFormat, i, p)
			}
			merges[i][j] = b
		}
	}
	t, err := build(vocab, merges)
	if err != nil {
		return nil, err
	}
	for _, a := range f.AddedTokens {
		// Special tokens such as GPT-2's <|endoftext|> are vocabulary
		// tokens under their own bytes.
		b, ok := fromHF(a.Content)
		if id, in := t.ids[string(b)]; !ok || !in || int(id) != a.ID {
			return nil, fmt.Errorf("%w: added token %q (%d) is not that vocabulary token", ErrUnsupported, a.Content, a.ID)
		}
	}
	return t, nil
}

// MarshalHF writes t as a canonical tokenizer.json (vocabulary in key
// order, merges by rank as "a b" strings) that Hugging Face's tokenizers
// loads. It is what Hash covers.
func (t *Tokenizer) MarshalHF() []byte {
	bl := &hfByteLevel{Type: "ByteLevel", TrimOffsets: true, UseRegex: true}
	f := hfFile{Version: "1.0", Truncation: json.RawMessage("null"), Padding: json.RawMessage("null"),
		AddedTokens: []hfAdded{}, Normalizer: json.RawMessage("null"), PreTokenizer: bl,
		PostProcessor: json.RawMessage("null"), Decoder: bl,
		Model: hfModel{Type: "BPE", Dropout: json.RawMessage("null"), UnkToken: json.RawMessage("null"),
			ContinuingSubwordPrefix: json.RawMessage("null"), EndOfWordSuffix: json.RawMessage("null"),
			Vocab: make(map[string]int, len(t.vocab)), Merges: make([]json.RawMessage, len(t.merges))}}
	for i, tok := range t.vocab {
		f.Model.Vocab[toHF(tok)] = i
	}
	for r, p := range t.merges {
		s, _ := json.Marshal(toHF(t.vocab[p[0]]) + " " + toHF(t.vocab[p[1]]))
		f.Model.Merges[r] = s
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		panic(err) // strings, ints and valid raw JSON always marshal
	}
	return buf.Bytes()
}

// Hash is keccak256 of MarshalHF: the name of the tokenizer in a dataset
// manifest and a recipe.
func (t *Tokenizer) Hash() [32]byte {
	var h [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write(t.MarshalHF())
	k.Sum(h[:0])
	return h
}

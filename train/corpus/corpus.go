// Package corpus ships the small real datasets that the demo, the tests
// and the benchmarks train on, embedded in the binary: the UCI
// handwritten digits (CC BY 4.0) and an excerpt of Newton's Opticks
// (public domain). README.md beside this file has their sources and
// licences.
package corpus

import (
	"bytes"
	_ "embed"

	"github.com/trainmesh/trainmesh/train/dataset"
)

//go:embed digits.csv.gz
var digitsCSV []byte

//go:embed opticks.txt.gz
var opticksText []byte

// DigitsScale maps the digits' pixel values (0–16) to [0, 1].
const DigitsScale = 1.0 / 16

// Digits returns the 1,797 UCI handwritten digits: 64 features (8×8
// pixels, 0–16), 10 classes.
func Digits() (*dataset.Tabular, error) {
	return dataset.LoadCSV(bytes.NewReader(digitsCSV), dataset.CSVParams{LabelColumn: -1, Classes: 10})
}

// DigitsDataset cuts the digits into a content-addressed dataset: 20%
// held out (a seeded shuffle), pixels scaled to [0, 1], chunks of
// chunkBytes (0: 4 KiB, about 60 examples, so that a group of 8 still
// gets several chunks each).
func DigitsDataset(chunkBytes int) (*dataset.Dataset, error) {
	t, err := Digits()
	if err != nil {
		return nil, err
	}
	p := dataset.DefaultBuildParams("uci-digits")
	p.Scale = DigitsScale
	p.ChunkBytes = 4 << 10
	if chunkBytes > 0 {
		p.ChunkBytes = chunkBytes
	}
	return dataset.BuildTabular(t, p)
}

// Opticks returns the Newton excerpt as a byte-level corpus.
func Opticks() (*dataset.Text, error) {
	return dataset.LoadText(bytes.NewReader(opticksText))
}

// OpticksDataset cuts the excerpt into 8 KiB chunks, the last 10% held
// out.
func OpticksDataset() (*dataset.Dataset, error) {
	t, err := Opticks()
	if err != nil {
		return nil, err
	}
	p := dataset.DefaultBuildParams("newton-opticks")
	p.ChunkBytes = 8 << 10
	p.TestFraction = 0.1
	return dataset.BuildText(t, p)
}

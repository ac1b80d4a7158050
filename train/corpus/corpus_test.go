package corpus

import (
	"math"
	"testing"

	"github.com/trainmesh/trainmesh/train/dataset"
)

func TestShippedData(t *testing.T) {
	d, err := Digits()
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 1797 || d.Features != 64 || d.Classes != 10 {
		t.Fatalf("digits: %d examples of %d features, %d classes; want 1797, 64, 10", d.Len(), d.Features, d.Classes)
	}
	ds, err := DigitsDataset(0)
	if err != nil {
		t.Fatal(err)
	}
	if ds.Manifest.Records(dataset.SplitTest) != 359 || ds.Manifest.FeatureType != dataset.FeatureUint8 {
		t.Fatalf("digits dataset: %d held out, feature type %d", ds.Manifest.Records(dataset.SplitTest), ds.Manifest.FeatureType)
	}
	text, err := Opticks()
	if err != nil {
		t.Fatal(err)
	}
	if len(text.Tokens) != 120439 || len(text.Vocab) != 84 || math.Abs(text.UnigramEntropy()-3.1493) > 1e-4 {
		t.Fatalf("opticks: %d bytes, %d symbols, entropy %.4f", len(text.Tokens), len(text.Vocab), text.UnigramEntropy())
	}
	if _, err := OpticksDataset(); err != nil {
		t.Fatal(err)
	}
}

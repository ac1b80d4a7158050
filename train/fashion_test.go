package train

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// TestFashionMNIST trains an MLP (784-256-128-10) on Fashion-MNIST with a
// group of 2 members through the all-reducer and checks the bar:
// at least 88% accuracy on the official 10,000 test images. It takes a
// few minutes on a 2-core CPU, so it runs only when asked:
//
//	./scripts/fetch-fashion-mnist.sh
//	TRAINMESH_FASHION_MNIST=$PWD/.cache/fashion-mnist go test -run TestFashionMNIST -v -timeout 30m ./train/
func TestFashionMNIST(t *testing.T) {
	dir := os.Getenv("TRAINMESH_FASHION_MNIST")
	if dir == "" {
		t.Skip("set TRAINMESH_FASHION_MNIST to the directory scripts/fetch-fashion-mnist.sh fills (.cache/fashion-mnist) to run it")
	}
	load := func(images, labels string) *dataset.Tabular {
		fi, err := os.Open(filepath.Join(dir, images))
		if err != nil {
			t.Fatalf("%v (run scripts/fetch-fashion-mnist.sh)", err)
		}
		defer fi.Close()
		fl, err := os.Open(filepath.Join(dir, labels))
		if err != nil {
			t.Fatal(err)
		}
		defer fl.Close()
		tab, err := dataset.LoadIDX(fi, fl)
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	trainSet := load("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz")
	testSet := load("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")
	for i := range testSet.X {
		testSet.X[i] /= 255
	}
	bp := dataset.DefaultBuildParams("fashion-mnist")
	bp.TestFraction, bp.Scale = 0, 1.0/255
	ds, err := dataset.BuildTabular(trainSet, bp)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d training images in %d chunks, root %s; %d test images", trainSet.Len(), len(ds.Manifest.Chunks), ds.Root().Short(), testSet.Len())
	const members, epochs = 2, 10
	spec := nn.NewMLP(784, []int{256, 128}, 10)
	start := time.Now()
	ms := newGroup(t, groupSetup{spec: spec, ds: ds, members: members, params: func(int) Params {
		p := DefaultParams()
		p.BatchSize = 64
		p.Steps = epochs * trainSet.Len() / (members * p.BatchSize)
		p.Optimizer = AdamW(1e-3)
		p.Schedule = Schedule{Kind: ScheduleCosine, WarmupSteps: 50, MinFactor: 0.05}
		p.HashEvery = 500
		return p
	}, opts: func(i int) []Option {
		return []Option{WithEval(testSet), WithObserver(func(e Event) {
			if i == 0 && e.Kind == EventStep && e.Step%500 == 0 {
				t.Logf("step %d/%d loss %.4f", e.Step, e.Steps, e.Loss)
			}
		})}
	}})
	res, errs := RunGroup(context.Background(), ms)
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	acc := res[0].Eval.Accuracy()
	t.Logf("Fashion-MNIST, %d members, %d steps: test accuracy %.2f%% (%d/%d) in %v; compute %v, all-reduce %v per member",
		members, res[0].Steps, 100*acc, res[0].Eval.Correct, res[0].Eval.Count, time.Since(start).Round(time.Second), res[0].Compute.Round(time.Second), res[0].Comm.Round(time.Second))
	if res[1].Hash != res[0].Hash {
		t.Error("members differ")
	}
	if acc < 0.88 {
		t.Fatalf("test accuracy %.4f, want ≥ 0.88", acc)
	}
}

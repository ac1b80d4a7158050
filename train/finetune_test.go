package train

import (
	"math"
	"testing"
)

// TestFineTuneStartsFromInit: a group given Params.Init starts from those
// parameters instead of its seed's (a fine-tuning job from a base model),
// in data-parallel and in DiLoCo mode (whose outer anchor must start there
// too). A few small steps from a trained base keep its accuracy; the
// same steps from the seed leave a model near chance.
func TestFineTuneStartsFromInit(t *testing.T) {
	ds := digits(t)
	baseMembers := newGroup(t, groupSetup{spec: digitsSpec, ds: ds, members: 2, params: func(int) Params {
		p := digitsParams(2)
		p.Steps = 150
		return p
	}})
	base := mustRun(t, baseMembers)[0]
	init := make([]float32, baseMembers[0].model.Layout().Len())
	if err := baseMembers[0].model.ReadParams(init); err != nil {
		t.Fatal(err)
	}
	if ParamsHash(init) != base.Hash {
		t.Fatal("read back parameters that do not hash to the base's result")
	}
	short := func(with []float32, localSteps int) func(int) Params {
		return func(int) Params {
			p := digitsParams(2)
			p.Steps, p.HashEvery, p.LocalSteps = 10, 10, localSteps
			p.Optimizer = AdamW(1e-4)
			p.Schedule = Schedule{Kind: ScheduleConstant}
			p.Init = with
			return p
		}
	}
	for _, c := range []struct {
		name       string
		localSteps int
	}{{"data-parallel", 1}, {"diloco", 5}} {
		t.Run(c.name, func(t *testing.T) {
			ft := mustRun(t, newGroup(t, groupSetup{spec: digitsSpec, ds: ds, members: 2, params: short(init, c.localSteps)}))
			scratch := mustRun(t, newGroup(t, groupSetup{spec: digitsSpec, ds: ds, members: 2, params: short(nil, c.localSteps)}))
			t.Logf("base %.2f%% after 150 steps; 10 more steps from it %.2f%%; the same 10 from the seed %.2f%%",
				100*base.Eval.Accuracy(), 100*ft[0].Eval.Accuracy(), 100*scratch[0].Eval.Accuracy())
			if ft[0].Hash != ft[1].Hash {
				t.Error("the fine-tuning members disagree")
			}
			if d := base.Eval.Accuracy() - ft[0].Eval.Accuracy(); d > 0.02 {
				t.Errorf("fine-tuned accuracy %.4f, the base had %.4f: not started from the base", ft[0].Eval.Accuracy(), base.Eval.Accuracy())
			}
			if math.Abs(scratch[0].Eval.Accuracy()-ft[0].Eval.Accuracy()) < 0.2 {
				t.Errorf("from the seed %.4f, from the base %.4f: Init made no difference", scratch[0].Eval.Accuracy(), ft[0].Eval.Accuracy())
			}
		})
	}
}

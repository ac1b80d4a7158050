package main

import (
	"time"

	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/node/demo"
)

type demoCmd struct {
	Nodes      int           `help:"How many nodes to start (2 to 32): node 0 posts the jobs, the others provide." default:"5"`
	Evaluators int           `help:"How many evaluator nodes to start besides (node.Config.Evaluate, as trainmesh node --evaluate): the digits job names an evaluation they score (0: none; else 3 to 32)." default:"3"`
	Timeout    time.Duration `help:"Give up if the demo has not finished after this long (it takes about 20 s on an idle 2-core machine; a loaded one can take minutes: 4 m and more beside other heavy work)." default:"10m"`
	DataDir    string        `help:"Keep the nodes' data dirs here (default: a temporary dir, removed afterwards)." type:"path" name:"data-dir"`
	// Training step (node/demo/train.go).
	DigitsSteps int `help:"Steps of the digits MLP the nodes train as a group (0 skips it)." default:"400" name:"digits-steps" toml:"demo.digits-steps"`
	LMSteps     int `help:"Steps of the language model (a Llama-style model on BPE tokens; 0 skips it)." default:"150" name:"lm-steps" toml:"demo.lm-steps"`
	// Compute device of every node (scripts/gpu-check.sh trains the demo
	// on the GPU and on the CPU and compares the parameter hashes).
	Backend string `help:"Device the nodes train on: auto (the GPU when one answers, else the CPU), cpu or cuda. Jobs train in reproducible mode: the parameters are the same bits on either." enum:"auto,cpu,cuda" default:"auto"`
}

func (c *demoCmd) Run(env *runEnv) error {
	p := demo.DefaultParams()
	p.Nodes, p.Evaluators = c.Nodes, c.Evaluators
	p.Timeout = c.Timeout
	p.DataDir = c.DataDir
	p.Version = version
	p.Command = selfName()
	p.Train.DigitsSteps, p.Train.LMSteps = c.DigitsSteps, c.LMSteps
	p.Compute = node.ComputeConfig{Backend: c.Backend}
	// The demo narrates on stdout; node logs below warnings would drown it.
	log := env.log
	if !log.Enabled(env.ctx, -4) { // not at debug level
		log = newLogger(env.stderr, "warn", "text")
	}
	_, err := demo.Run(env.ctx, p, env.stdout, log)
	return err
}

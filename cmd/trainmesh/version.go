package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type versionCmd struct{}

// libraries are the dependencies whose versions matter when reporting a bug.
var libraries = []string{
	"github.com/libp2p/go-libp2p",
	"github.com/libp2p/go-libp2p-pubsub",
	"github.com/ethereum/go-ethereum",
	"github.com/dgraph-io/badger/v4",
}

func (versionCmd) Run(env *runEnv) error {
	fmt.Fprintf(env.stdout, "trainmesh %s (%s, %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	for _, lib := range libraries {
		for _, dep := range info.Deps {
			if dep.Path == lib {
				fmt.Fprintf(env.stdout, "  %s %s\n", dep.Path, dep.Version)
			}
		}
	}
	return nil
}

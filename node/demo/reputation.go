package demo

import (
	"fmt"
	"io"
	"strings"

	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

// reportReputation tells what the nodes recorded in their reputation stores
// (presence, honoured bids and missing reveals from the auctions, delivered
// awards and faults from training, settlements paid) and how to look at
// them.
func reportReputation(out io.Writer, p Params, nodes []*node.Node, sum *Summary) {
	self := p.Command
	if self == "" {
		self = "trainmesh"
	}
	fmt.Fprintf(out, "\nreputation: each node recorded what it observed of the others in its own store (data dir/%s):\n", store.DirName)
	stores := make([]string, 0, len(nodes))
	for i, n := range nodes {
		rs := n.Reputation()
		sum.Nodes[i].Observations = rs.Seq()
		sum.Nodes[i].PeersScored = len(rs.Peers(0))
		totals := rs.Totals()
		var kinds []string
		for _, k := range score.Kinds() {
			if totals[k] > 0 {
				kinds = append(kinds, fmt.Sprintf("%d %s", totals[k], k))
			}
		}
		fmt.Fprintf(out, "  node %d  %d observations of %d peers: %s\n", i, sum.Nodes[i].Observations, sum.Nodes[i].PeersScored, strings.Join(kinds, ", "))
		stores = append(stores, "--store "+sum.Nodes[i].DataDir)
	}
	if p.DataDir == "" {
		// Commands to paste as printed: a demo that keeps its data dirs
		// (as many nodes as this one), then the dashboard over them.
		const dir = "trainmesh-demo"
		demo := self + " demo --data-dir " + dir
		if p.Nodes != DefaultParams().Nodes {
			demo = fmt.Sprintf("%s demo --nodes %d --data-dir %s", self, p.Nodes, dir)
		}
		if p.Evaluators != DefaultParams().Evaluators {
			demo = strings.Replace(demo, " demo ", fmt.Sprintf(" demo --evaluators %d ", p.Evaluators), 1)
		}
		kept := make([]string, len(nodes))
		for i := range nodes {
			kept[i] = fmt.Sprintf("--store %s/node%d", dir, i)
		}
		fmt.Fprintf(out, "\nThe demo's data dirs were temporary. To browse the stores, keep them and open the dashboard:\n  %s\n  %s dash %s\n",
			demo, self, strings.Join(kept, " "))
		return
	}
	fmt.Fprintf(out, "\nBrowse them on http://127.0.0.1:7475/ with:\n  %s dash %s\n", self, strings.Join(stores, " "))
}

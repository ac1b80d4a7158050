// Package nattest holds the NAT traversal test: trainmesh nodes in Linux
// network namespaces on one machine, one public bootstrap and relay node
// (the real `trainmesh node` binary, run with --reachability public) and two
// home nodes, each behind its own NAT router, that bootstrap through it,
// learn from AutoNAT that they are private, reserve relay slots, gossip, and
// run ring all-reduces with each other, directly after a hole punch or
// through the relay when the NATs make hole punching impossible.
//
// scripts/nat-test.sh builds the topology (it needs root), runs the test
// once with endpoint-independent NATs ("cone": hole punching works) and once
// with symmetric ones (nftables masquerade fully-random: it cannot), and
// removes the namespaces. Anywhere else the test skips, saying so.
//
// # Addresses
//
// The fake internet is 192.0.0.128/25. libp2p decides what is public with
// go-multiaddr's manet.IsPublicAddr, which refuses RFC 1918 ranges,
// 100.64/10, link-local, and the documentation and benchmarking ranges
// (192.0.2.0/24, 198.18.0.0/15, 198.51.100.0/24, 203.0.113.0/24) as well as
// 192.0.0.0/26. The rest of 192.0.0.0/24 is IANA's "IETF protocol
// assignments" block: not globally routed, so no real host is ever
// addressed, yet public to manet, so AutoNAT, relay reservations, observed
// addresses and hole punching behave as on the internet without forcing
// any of them. The homes use 192.168.1.0/24 both, as many homes do, which
// is why a LAN address must never be advertised: it would name the wrong
// machine. The namespaces have no link to the host's network.
//
// The test's processes are re-runs of the test binary (TestMain dispatches
// on NATTEST_ROLE): a home node ("peer") and a stranger on the internet
// ("probe") that dials every address the nodes advertised, one by one.
package nattest

// Package wan emulates a home internet on one machine, for measuring the
// data plane where links are slow and far apart: each peer gets a Linux
// network namespace of its own, joined to the others by a veth pair and a
// bridge in one more namespace (the "internet"). Each peer's uplink is
// rate-limited by a tbf qdisc on its end of the veth, its downlink by one on
// the bridge's end, so that rates can be asymmetric (100 Mbit/s down, 20
// up, as home links are).
//
// The kernel's netem qdisc, which would add delay, is not available on the
// machines this runs on, so the one-way delay is added in user space: every
// route between two peers is a pair of small TCP relays, one in each
// peer's namespace, and each holds the bytes that crossed the shaped link
// for the link's one-way delay before handing them on. Bytes are released
// at the pace they arrived (each read is stamped on arrival and written at
// stamp + delay), so the rate the qdiscs set is kept and the path's delay is
// what a long-haul link adds. What the relays do not model: loss and
// reordering on the long path (the shaped hop is a short TCP connection
// that recovers in microseconds), and TCP's own reaction to a long round
// trip on the inner hop (the applications' protocols — yamux windows,
// the ring's pipelining — do see the whole delay, which is what this is
// for).
//
// Peers are not processes: the code under test runs in the calling
// process's namespace and listens on 127.0.0.1 as usual; Net.Route gives a
// loopback address that, when dialled by peer src, reaches a listener of
// peer dst through src's uplink, dst's downlink and the delay, both ways.
// Sockets are put in a namespace by a goroutine locked to its OS thread
// that enters the namespace (setns), creates the socket and leaves; the
// host's own interfaces are never touched: namespaces are created with
// iproute2 and have no link to the host's network.
//
// It needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN), iproute2 and the tbf
// qdisc; Available says why it cannot run. Namespaces are named
// "tmwan<pid>-…": Close removes its own, and Start removes those of
// processes that no longer run, so a crash leaves nothing behind for long.
package wan

#!/usr/bin/env bash
# NAT traversal test: builds a small fake internet out of Linux network
# namespaces on this machine, runs trainmesh nodes in it, and removes it.
#
#   internet (a bridge, 192.0.0.128/25)
#     ├─ pub    192.0.0.129  public bootstrap/relay node (`trainmesh node --reachability public`)
#     ├─ probe  192.0.0.140  a stranger on the internet: dials what the nodes advertise
#     ├─ rta    192.0.0.130  home router A ── lan 192.168.1.0/24 ── homea 192.168.1.2
#     └─ rtb    192.0.0.131  home router B ── lan 192.168.1.0/24 ── homeb 192.168.1.2
#
# Each router masquerades its LAN (nftables) and drops unsolicited inbound
# packets, as home routers do; both homes use the same LAN range, as many
# do. Two runs:
#   cone       masquerade keeping source ports (endpoint-independent
#              mapping): hole punching works.
#   symmetric  masquerade fully-random (a new port per destination): hole
#              punching cannot work; the nodes stay relayed.
# The namespaces have no link to this machine's own network: nothing the
# nodes send leaves them. 192.0.0.128/25 is IANA's "IETF protocol
# assignments" block, never routed on the internet, and outside the
# ranges go-multiaddr's manet treats as private or unroutable, so libp2p
# (AutoNAT, relays, hole punching) treats it as public; see
# mesh/nattest/doc.go.
#
# Every process's output goes to .cache/nattest/<mode>/. Set
# NATTEST_MODES=cone (or symmetric) to run one, NATTEST_LOG_LEVEL=debug and
# GOLOG_LOG_LEVEL=p2p-holepunch=debug,autorelay=debug for more.
#
# Needs root. Where it cannot run (not root, no network namespaces, no
# nftables) it says why and exits 0. Usage: scripts/nat-test.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/.."

skip() { echo "scripts/nat-test.sh: skipped: $*"; exit 0; }
[ "$(id -u)" = 0 ] || skip "needs root (it creates network namespaces and NAT rules)"
command -v ip >/dev/null 2>&1 || skip "no ip command (iproute2)"

P="tmnat$$" # namespace prefix, unique to this run
ns() { echo "$P-$1"; }
ip netns add "$(ns check)" 2>/dev/null || skip "cannot create network namespaces here"
ip netns del "$(ns check)"

if ! command -v nft >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || skip "nftables is not installed and there is no apt-get"
  echo "scripts/nat-test.sh: installing Debian's nftables"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y nftables >/dev/null 2>&1; then
    apt-get update >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y nftables >/dev/null 2>&1 || skip "could not install nftables"
  fi
fi
ip netns add "$(ns check)"
if ! ip netns exec "$(ns check)" nft add table ip nattest 2>/dev/null; then
  ip netns del "$(ns check)"
  skip "nftables does not work in a network namespace here (no nf_tables in the kernel?)"
fi
ip netns del "$(ns check)"

WORK="$(mktemp -d /tmp/trainmesh-nattest.XXXXXX)"
down() {
  for n in $(ip netns list | awk '{print $1}' | grep "^$P-" || true); do
    for pid in $(ip netns pids "$n" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    ip netns del "$n" 2>/dev/null || true
  done
}
cleanup() { down; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "scripts/nat-test.sh: building trainmesh and the test"
go build -o "$WORK/trainmesh" ./cmd/trainmesh
go test -c -o "$WORK/nattest.test" ./mesh/nattest

# attach NAME IF ADDR: a veth from namespace NAME (interface IF, address
# ADDR) to the internet bridge.
attach() {
  ip link add name "$2" netns "$(ns "$1")" type veth peer name "to-$1" netns "$(ns inet)"
  ip -n "$(ns inet)" link set "to-$1" master br0 up
  ip -n "$(ns "$1")" addr add "$3" dev "$2"
  ip -n "$(ns "$1")" link set "$2" up
}

# home HOME ROUTER MASQ: a LAN between a home and its router, which
# masquerades it onto the internet ("masquerade" plus MASQ's options) and
# drops what nobody inside asked for.
home() {
  ip link add name lan netns "$(ns "$2")" type veth peer name eth0 netns "$(ns "$1")"
  ip -n "$(ns "$2")" addr add 192.168.1.1/24 dev lan
  ip -n "$(ns "$2")" link set lan up
  ip -n "$(ns "$1")" addr add 192.168.1.2/24 dev eth0
  ip -n "$(ns "$1")" link set eth0 up
  ip -n "$(ns "$1")" route add default via 192.168.1.1
  ip netns exec "$(ns "$2")" sysctl -qw net.ipv4.ip_forward=1
  ip netns exec "$(ns "$2")" nft -f - <<EOF
table ip nat {
  chain postrouting {
    type nat hook postrouting priority srcnat; policy accept;
    oifname "wan" masquerade $3
  }
}
table inet filter {
  chain forward {
    type filter hook forward priority filter; policy drop;
    ct state established,related accept
    iifname "lan" oifname "wan" accept
  }
  chain input {
    type filter hook input priority filter; policy accept;
    iifname "wan" ct state established,related accept
    iifname "wan" drop
  }
}
EOF
}

up() {
  for n in inet pub probe rta rtb homea homeb; do
    ip netns add "$(ns $n)"
    ip -n "$(ns $n)" link set lo up
  done
  ip -n "$(ns inet)" link add br0 type bridge
  ip -n "$(ns inet)" link set br0 up
  attach pub eth0 192.0.0.129/25
  attach probe eth0 192.0.0.140/25
  attach rta wan 192.0.0.130/25
  attach rtb wan 192.0.0.131/25
  local masq=""
  [ "$1" = symmetric ] && masq="fully-random"
  home homea rta "$masq"
  home homeb rtb "$masq"
}

for mode in ${NATTEST_MODES:-cone symmetric}; do # NATTEST_MODES=cone runs one
  echo "scripts/nat-test.sh: --- $mode NAT ---"
  up "$mode"
  env NATTEST_MODE="$mode" \
    NATTEST_NS_PUB="$(ns pub)" NATTEST_NS_A="$(ns homea)" NATTEST_NS_B="$(ns homeb)" NATTEST_NS_PROBE="$(ns probe)" \
    NATTEST_PUB_IP=192.0.0.129 NATTEST_PROBE_IP=192.0.0.140 \
    NATTEST_TRAINMESH="$WORK/trainmesh" NATTEST_WORK="$WORK/$mode" NATTEST_LOGS="${NATTEST_LOGS_DIR:-$PWD/.cache/nattest}/$mode" \
    "$WORK/nattest.test" -test.run '^TestNATTraversal$' -test.timeout 15m -test.count 1 "$@"
  down
done
echo "scripts/nat-test.sh: ok"

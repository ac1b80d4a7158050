// Package contracts holds trainmesh's Solidity sources (Settlement.sol, the
// settlement and slashing contract; TestToken.sol, a stablecoin stand-in for
// local chains; test/ReentrantToken.sol, a hostile token for tests) and, in
// build/, the ABI and bytecode the pinned solc makes of them. The Go
// bindings generated from build/ live in chain/bindings.
//
// Rebuild both with scripts/build-contracts.sh; this package's test fails
// when the committed artifacts or bindings no longer match the sources. The
// package has no Go code of its own.
package contracts

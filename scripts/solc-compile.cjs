// Compiles trainmesh's Solidity contracts with the pinned solc-js through its
// standard-JSON interface, so that every setting that shapes the bytecode
// (optimizer runs, EVM version, source names in the metadata) is written here
// and the output is the same on every machine.
//
// usage: node scripts/solc-compile.cjs SRC_DIR OUT_DIR
// Modules (solc, @openzeppelin/contracts) come from NODE_PATH, which
// scripts/build-contracts.sh points at .cache/solc/node_modules.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const [srcDir, outDir] = process.argv.slice(2);
if (!srcDir || !outDir) {
  console.error('usage: node solc-compile.cjs SRC_DIR OUT_DIR');
  process.exit(2);
}

// Source units are named relative to SRC_DIR so the metadata (whose hash ends
// the bytecode) does not depend on where the checkout lives.
function walk(dir, rel) {
  let out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    const r = rel ? rel + '/' + e.name : e.name;
    if (e.isDirectory() && e.name !== 'build') out = out.concat(walk(p, r));
    else if (e.isFile() && e.name.endsWith('.sol')) out.push(r);
  }
  return out;
}
const sources = {};
for (const r of walk(srcDir, '')) sources[r] = { content: fs.readFileSync(path.join(srcDir, r), 'utf8') };

const modulePaths = (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean);
function findImports(name) {
  for (const base of modulePaths) {
    const p = path.join(base, name);
    if (fs.existsSync(p)) return { contents: fs.readFileSync(p, 'utf8') };
  }
  return { error: 'not found: ' + name };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    // Cancun: PUSH0 and transient storage, supported by geth, OP Stack and
    // Arbitrum chains.
    evmVersion: 'cancun',
    // Code generation through the Yul IR (viaIR), optimizer at 200 runs.
    // Settlement's runtime code must stay under EIP-170's 24576 bytes; the
    // legacy pipeline made it 24568 bytes at 200 runs (25.5k at 1000), with
    // no room for the next check. Measured on the same sources
    // (BENCHMARKS.md, "chain: settlement gas"): viaIR makes it 19654 bytes at
    // 200 runs (21722 at 1000, 24194 at 10000), and every call measured
    // costs less gas than under the legacy pipeline at the same 200 runs
    // (settlement of 64 jobs of 4: 9103 gas per payout, was 9826; release
    // 40962, was 41806; a fault slash 108031, was 112355). The alternatives cost more:
    // linked libraries add a DELEGATECALL (2.6k gas cold) and a second
    // deployment and address to every call that crosses them, and a second
    // contract splits the escrow's invariant over two accounts. viaIR keeps
    // one contract and one address; its price is compile time (about 15 s
    // rather than 4 s in solc-js).
    viaIR: true,
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  // Warnings about the pinned library (OpenZeppelin) are not ours to fix.
  const file = (e.sourceLocation && e.sourceLocation.file) || '';
  if (e.severity === 'error' || !file.startsWith('@')) console.error(e.formattedMessage);
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const unit of Object.keys(sources)) {
  for (const [name, c] of Object.entries(output.contracts[unit] || {})) {
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
    // EIP-170: runtime code above 24576 bytes cannot be deployed.
    const runtime = c.evm.deployedBytecode.object.length / 2;
    if (unit === 'Settlement.sol') console.error(name + ': runtime code ' + runtime + ' bytes (EIP-170 limit 24576)');
    if (runtime > 24576) {
      console.error(name + ': runtime code is ' + runtime + ' bytes, over the 24576-byte limit of EIP-170');
      failed = true;
    }
  }
}
if (failed) process.exit(1);
console.error('solc ' + solc.version() + ': compiled ' + Object.keys(sources).join(', '));

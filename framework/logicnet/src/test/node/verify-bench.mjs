// sr25519 verifications per second in Node, for the axon benchmark: @polkadot/wasm-crypto's schnorrkel (WASM)
// directly, and through @polkadot/util-crypto's sr25519Verify (what JS validators call).
// Usage: node verify-bench.mjs N  → one JSON line {"wasm": {...}, "utilCrypto": {...}}.
import { waitReady, sr25519KeypairFromSeed, sr25519Sign, sr25519Verify as wasmVerify } from '@polkadot/wasm-crypto';
import { cryptoWaitReady, sr25519Verify } from '@polkadot/util-crypto';
import { stringToU8a } from '@polkadot/util';

await waitReady();
await cryptoWaitReady();
const n = Number(process.argv[2] || 3000);
const pair = sr25519KeypairFromSeed(new Uint8Array(32).fill(7));
const secret = pair.slice(0, 64);
const publicKey = pair.slice(64);
const message = stringToU8a('1732460000000000000.5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY.'
  + '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty.4b1d2c3e-aaaa-bbbb-cccc-000000000000.'
  + 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
const signature = sr25519Sign(publicKey, secret, message);

function time(label, verify, count) {
  for (let i = 0; i < Math.min(300, count); i++) verify();
  const start = process.hrtime.bigint();
  let ok = 0;
  for (let i = 0; i < count; i++) if (verify()) ok++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (ok !== count) throw new Error(`${label}: only ${ok} of ${count} verified`);
  return { verifies: count, seconds, perSecond: count / seconds };
}

const wasm = time('wasm', () => wasmVerify(signature, message, publicKey), n);
const utilCrypto = time('util-crypto', () => sr25519Verify(message, signature, publicKey), Math.max(200, n / 10));
process.stdout.write(JSON.stringify({ wasm, utilCrypto }) + '\n');

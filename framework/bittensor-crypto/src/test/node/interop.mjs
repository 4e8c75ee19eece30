// Reference oracle for the Java tests (PolkadotJs.java): reads one request per line on stdin,
// answers one line per request on stdout: "ok <fields...>" or "error <message>".
// Two references where they exist: polkadot-js util-crypto (@scure/sr25519) and wasm-crypto
// (Rust schnorrkel + substrate-bip39 compiled to WebAssembly).
import { readFileSync } from 'node:fs';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex, hexToString } from '@polkadot/util';
import {
  blake2AsU8a, cryptoWaitReady, decodeAddress, encodeAddress, keyExtractSuri, mnemonicGenerate,
  mnemonicToMiniSecret, sr25519PairFromSeed, sr25519Sign, sr25519Verify,
} from '@polkadot/util-crypto';
import * as wasm from '@polkadot/wasm-crypto';

await wasm.waitReady();
await cryptoWaitReady();

const hex = (u8a) => u8aToHex(u8a).slice(2);
const bytes = (h) => (h === '-' ? new Uint8Array() : hexToU8a('0x' + h));
const text = (h) => (h === '-' ? '' : hexToString('0x' + h));
const safely = (f) => { try { return f(); } catch { return false; } };

function fromUri(uri) {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const pair = keyring.addFromUri(uri);
  // the same derivation on Rust schnorrkel: keypairs are secret(64, ed25519 form) || public(32)
  const { password, path, phrase } = keyExtractSuri(uri);
  let kp = wasm.sr25519KeypairFromSeed(wasm.bip39ToMiniSecret(phrase, password || ''));
  for (const j of path) {
    kp = j.isHard ? wasm.sr25519DeriveKeypairHard(kp, j.chainCode) : wasm.sr25519DeriveKeypairSoft(kp, j.chainCode);
  }
  return [hex(pair.publicKey), pair.address, hex(kp.slice(64))];
}

const ops = {
  // verify <pk> <msg> <sig> -> <scure> <schnorrkel>
  verify: ([pk, msg, sig]) => [
    safely(() => sr25519Verify(bytes(msg), bytes(sig), bytes(pk))),
    safely(() => wasm.sr25519Verify(bytes(sig), bytes(msg), bytes(pk))),
  ],
  // sign <miniSecret> <msg> -> <pk> <schnorrkel sig> <scure sig>
  sign: ([seed, msg]) => {
    const kp = wasm.sr25519KeypairFromSeed(bytes(seed));
    const pub = kp.slice(64);
    const pair = sr25519PairFromSeed(bytes(seed));
    return [hex(pub), hex(wasm.sr25519Sign(pub, kp.slice(0, 64), bytes(msg))), hex(sr25519Sign(bytes(msg), pair))];
  },
  // uri <hex utf-8 uri> -> <pk keyring> <ss58 keyring> <pk schnorrkel>
  uri: ([uri]) => fromUri(text(uri)),
  // ss58 <pk> <prefix> -> <address> <decoded pk>
  ss58: ([pk, prefix]) => {
    const address = encodeAddress(bytes(pk), Number(prefix));
    return [address, hex(decodeAddress(address))];
  },
  // blake2 <data> <key> <outBytes> -> <util-crypto> <wasm>
  blake2: ([data, key, size]) => [
    hex(blake2AsU8a(bytes(data), Number(size) * 8, key === '-' ? undefined : bytes(key))),
    hex(wasm.blake2b(bytes(data), bytes(key), Number(size))),
  ],
  // mini <hex phrase> <hex password> -> <util-crypto mini secret> <substrate-bip39 mini secret>
  mini: ([phrase, password]) => [
    hex(mnemonicToMiniSecret(text(phrase), text(password))),
    hex(wasm.bip39ToMiniSecret(text(phrase), text(password))),
  ],
  // generate <words> -> <hex phrase>
  generate: ([words]) => [hex(new TextEncoder().encode(mnemonicGenerate(Number(words))))],
  // secret <miniSecret> -> <pk> <secret ed25519 form, as polkadot-js stores it>
  secret: ([seed]) => {
    const kp = wasm.sr25519KeypairFromSeed(bytes(seed));
    return [hex(kp.slice(64)), hex(kp.slice(0, 64))];
  },
};

const out = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const [op, ...args] = line.trim().split(' ');
  try {
    if (!ops[op]) throw new Error(`unknown op ${op}`);
    out.push('ok ' + ops[op](args).join(' '));
  } catch (e) {
    out.push('error ' + String(e.message || e).replace(/\s+/g, ' '));
  }
}
process.stdout.write(out.join('\n') + '\n');

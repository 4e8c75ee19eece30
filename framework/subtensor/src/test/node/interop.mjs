// Reference side of the subtensor interop tests: polkadot-js (@polkadot/types) answers one JSON request per line
// on stdin with one JSON line on stdout ({"ok":true,...} or {"ok":false,"error":...}). Run by
// src/test/java/io/logicminer/subtensor/PolkadotTypes.java.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { GenericCall, Metadata, TypeRegistry } from '@polkadot/types';
import { AbstractInt, BTreeMap, Compact, Enum, Null, Option, Struct, Text, bool } from '@polkadot/types-codec';
import { compactFromU8a, u8aToHex, hexToU8a, u8aEq } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, signatureVerify, xxhashAsU8a } from '@polkadot/util-crypto';

const MAGIC = new Uint8Array([0x6d, 0x65, 0x74, 0x61]);
const registries = new Map();

// Metadata as state_getMetadata returns it, or wrapped in Option<OpaqueMetadata> (metadata_at_version), as
// @polkadot/types-support stores V15/V16.
function unwrapMetadata(bytes) {
  if (u8aEq(bytes.subarray(0, 4), MAGIC)) {
    return bytes;
  }
  if (bytes[0] !== 1) {
    throw new Error('neither metadata nor Some(metadata)');
  }
  const [offset, length] = compactFromU8a(bytes.subarray(1));
  return bytes.subarray(1 + offset, 1 + offset + length.toNumber());
}

function loadBytes(source) {
  if (source.startsWith('types-support:')) {
    const file = new URL(`./node_modules/@polkadot/types-support/metadata/${source.slice(14)}-hex.js`, import.meta.url);
    const hex = readFileSync(file, 'utf8').match(/'(0x[0-9a-f]+)'/)[1];
    return unwrapMetadata(hexToU8a(hex));
  }
  return unwrapMetadata(new Uint8Array(readFileSync(source)));
}

function registryFor(source) {
  if (!registries.has(source)) {
    const registry = new TypeRegistry();
    const metadata = new Metadata(registry, loadBytes(source));
    registry.setMetadata(metadata);
    registries.set(source, { registry, metadata });
  }
  return registries.get(source);
}

// The canonical form both sides produce: integers as decimal strings, bytes as 0x-hex, structs and tuples and
// sequences as arrays (struct field names are checked by the metadata comparison), enums (Option and Result
// included) as {variant, index, value}.
function canon(c) {
  if (c instanceof Option) {
    return c.isSome ? { variant: 'Some', index: 1, value: canon(c.unwrap()) } : { variant: 'None', index: 0, value: null };
  }
  if (c instanceof Compact) return canon(c.unwrap());
  if (c instanceof GenericCall) {
    // polkadot-js camelCases section and method names: take the metadata's own names by index
    const [palletIndex, callIndex] = c.callIndex;
    const pallet = c.registry.metadata.pallets.find((p) => p.index.toNumber() === palletIndex);
    const variant = c.registry.lookup.getSiType(pallet.calls.unwrap().type).def.asVariant.variants
      .find((v) => v.index.toNumber() === callIndex);
    return {
      variant: pallet.name.toString(),
      index: palletIndex,
      value: { variant: variant.name.toString(), index: callIndex, value: c.args.map(canon) },
    };
  }
  if (c instanceof AbstractInt) return c.toString(10);
  if (c instanceof bool) return c.isTrue;
  if (c instanceof Text) return c.toString();
  if (c instanceof Uint8Array) return u8aToHex(c);
  if (c instanceof Null) return [];
  if (c instanceof Enum) {
    const inner = c.inner;
    return { variant: c.type, index: c.index, value: c.isBasic || inner instanceof Null ? null : canon(inner) };
  }
  if (c instanceof BTreeMap) return [...c.entries()].map(([k, v]) => [canon(k), canon(v)]);
  if (c instanceof Struct) return [...c.values()].map(canon);
  if (Array.isArray(c)) return c.map(canon);
  throw new Error(`no canonical form for ${c?.constructor?.name}: ${c?.toRawType?.()}`);
}

function siSignature(lookup, t) {
  const def = t.type.def;
  const fields = (fs) => fs.map((f) => `${f.name.isSome ? f.name.unwrap().toString() : '_'}:${f.type.toNumber()}`).join(',');
  let body;
  if (def.isComposite) body = `C(${fields(def.asComposite.fields)})`;
  else if (def.isVariant) body = `V(${def.asVariant.variants.map((v) => `${v.name}#${v.index.toNumber()}(${fields(v.fields)})`).join(',')})`;
  else if (def.isSequence) body = `S${def.asSequence.type.toNumber()}`;
  else if (def.isArray) body = `A${def.asArray.len.toNumber()};${def.asArray.type.toNumber()}`;
  else if (def.isTuple) body = `T(${def.asTuple.map((x) => x.toNumber()).join(',')})`;
  else if (def.isPrimitive) body = `P${def.asPrimitive.type.toLowerCase()}`;
  else if (def.isCompact) body = `K${def.asCompact.type.toNumber()}`;
  else if (def.isBitSequence) body = `B${def.asBitSequence.bitStoreType.toNumber()},${def.asBitSequence.bitOrderType.toNumber()}`;
  else throw new Error(`unknown def ${def.type}`);
  const params = t.type.params.map((p) => `${p.name}=${p.type.isSome ? p.type.unwrap().toNumber() : '-'}`).join(',');
  return `${t.id.toNumber()}|${t.type.path.join('::')}<${params}>|${body}|${t.type.docs.map((d) => d.toString()).join('\n').length}`;
}

function summary(source) {
  const { metadata } = registryFor(source);
  const version = metadata.version;
  const m = metadata[`asV${version}`];
  const lookup = m.lookup;
  const variants = (typeRef) => {
    const def = lookup.getSiType(typeRef).def;
    return def.asVariant.variants.map((v) => `${v.index.toNumber()}:${v.name}:${v.docs.map((d) => d.toString()).join('\n').length}`);
  };
  const pallets = m.pallets.map((p) => ({
    name: p.name.toString(),
    index: p.index.toNumber(),
    calls: p.calls.isSome ? variants(p.calls.unwrap().type) : null,
    events: p.events.isSome ? variants(p.events.unwrap().type) : null,
    errors: p.errors.isSome ? variants(p.errors.unwrap().type) : null,
    storage: p.storage.isSome
      ? p.storage.unwrap().items.map((i) => `${p.storage.unwrap().prefix}.${i.name}:${i.modifier.type}:${i.type.isMap
        ? `${i.type.asMap.hashers.map((h) => h.type).join('+')}/${i.type.asMap.key.toNumber()}/${i.type.asMap.value.toNumber()}`
        : i.type.asPlain.toNumber()}:${u8aToHex(i.fallback)}`)
      : [],
    constants: p.constants.map((c) => `${c.name}:${c.type.toNumber()}:${u8aToHex(c.value)}`),
    docs: version >= 15 ? p.docs.map((d) => d.toString()).join('\n').length : 0,
  }));
  const ex = m.extrinsic;
  const extensions = version >= 16
    ? ex.transactionExtensions.map((e) => `${e.identifier}:${e.type.toNumber()}:${e.implicit.toNumber()}`)
    : ex.signedExtensions.map((e) => `${e.identifier}:${e.type.toNumber()}:${e.additionalSigned.toNumber()}`);
  const apis = version >= 15
    ? m.apis.map((a) => `${a.name}[${a.methods.map((x) => `${x.name}(${x.inputs.map((i) => `${i.name}:${i.type.toNumber()}`).join(',')})->${x.output.toNumber()}`).join(';')}]`)
    : [];
  return {
    version,
    types: lookup.types.map((t) => siSignature(lookup, t)),
    pallets,
    extensions,
    apis,
  };
}

function encode(req) {
  const { registry } = registryFor(req.metadata);
  const value = registry.createType(registry.createLookupType(req.type), req.value);
  return { hex: u8aToHex(value.toU8a()), canonical: canon(value) };
}

function decode(req) {
  const { registry } = registryFor(req.metadata);
  const bytes = hexToU8a(req.hex);
  const value = registry.createType(registry.createLookupType(req.type), bytes);
  return { canonical: canon(value), reencoded: u8aToHex(value.toU8a()), consumed: value.encodedLength };
}

function extrinsic(req) {
  const { registry } = registryFor(req.metadata);
  const ext = registry.createType('Extrinsic', req.hex);
  const payload = registry.createType('ExtrinsicPayload', {
    method: ext.method.toHex(),
    era: ext.era,
    nonce: ext.nonce,
    tip: ext.tip,
    mode: 0,
    specVersion: req.specVersion,
    transactionVersion: req.transactionVersion,
    genesisHash: req.genesisHash,
    blockHash: req.blockHash,
  }, { version: ext.version & 0x7f });
  const payloadU8a = payload.toU8a({ method: true });
  const signature = ext.signature.toU8a();
  if (signature.length !== 64) throw new Error(`unexpected signature length ${signature.length}`);
  const verified = signatureVerify(payloadU8a.length > 256 ? blake2AsU8a(payloadU8a, 256) : payloadU8a, signature,
    ext.signer.toString()).isValid;
  return {
    reencoded: ext.toHex(),
    hash: ext.hash.toHex(),
    signed: ext.isSigned,
    version: ext.version,
    signer: ext.signer.toString(),
    section: ext.method.section,
    method: ext.method.method,
    argNames: ext.method.meta.args.map((a) => a.name.toString()),
    args: ext.method.args.map(canon),
    era: ext.era.toHex(),
    nonce: ext.nonce.toString(),
    tip: ext.tip.toString(),
    extensions: registry.signedExtensions,
    payload: u8aToHex(payloadU8a),
    verified,
  };
}

function hash(req) {
  const data = hexToU8a(req.hex);
  switch (req.hasher) {
    case 'twox64': return { hash: u8aToHex(xxhashAsU8a(data, 64)) };
    case 'twox128': return { hash: u8aToHex(xxhashAsU8a(data, 128)) };
    case 'twox256': return { hash: u8aToHex(xxhashAsU8a(data, 256)) };
    case 'blake2_128': return { hash: u8aToHex(blake2AsU8a(data, 128)) };
    case 'blake2_256': return { hash: u8aToHex(blake2AsU8a(data, 256)) };
    default: throw new Error(`unknown hasher ${req.hasher}`);
  }
}

const ops = { summary: (r) => summary(r.metadata), encode, decode, extrinsic, hash };

await cryptoWaitReady();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let answer;
  try {
    const req = JSON.parse(line);
    const op = ops[req.op];
    if (!op) throw new Error(`unknown op ${req.op}`);
    answer = { ok: true, ...op(req) };
  } catch (e) {
    answer = { ok: false, error: String(e && e.stack ? e.stack : e) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

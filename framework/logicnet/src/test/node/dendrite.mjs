// A dendrite outside the JVM: builds a synapse request the way the Python SDK's Dendrite.call does
// (headers from Synapse.to_headers(), body from model_dump(), sr25519 signature over
// "{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}") and posts it to the axon.
// Input: one JSON object on stdin. Output: one JSON line {status, headers, body}.
import { cryptoWaitReady, sr25519PairFromSeed, sr25519Sign, encodeAddress } from '@polkadot/util-crypto';
import { hexToU8a, u8aToHex, stringToU8a } from '@polkadot/util';
import { createHash, randomUUID } from 'node:crypto';

const input = JSON.parse(await new Promise((resolve) => {
  let data = '';
  process.stdin.on('data', (c) => { data += c; });
  process.stdin.on('end', () => resolve(data));
}));

await cryptoWaitReady();
const pair = sr25519PairFromSeed(hexToU8a(input.miniSecret));
const hotkey = encodeAddress(pair.publicKey, 42);

const sha3 = (text) => createHash('sha3-256').update(text, 'utf8').digest('hex');
// No required_hash_fields on LogicSynapse / Information: the hash of the empty concatenation.
const bodyHash = sha3((input.requiredHashFields || []).map((f) => sha3(String(input.fields[f]))).join(''));

const nonce = (BigInt(Date.now()) * 1000000n).toString();
const uuid = randomUUID();
const message = `${nonce}.${hotkey}.${input.axonHotkey}.${uuid}.${bodyHash}`;
const signature = input.omitSignature ? '' : u8aToHex(sr25519Sign(stringToU8a(message), pair));

const dendrite = {
  status_code: null, status_message: null, process_time: null, ip: '127.0.0.1', port: null,
  version: 9000000, nonce: Number(nonce), uuid, hotkey, signature,
};
const axon = {
  status_code: null, status_message: null, process_time: null, ip: input.axonIp, port: input.axonPort,
  version: null, nonce: null, uuid: null, hotkey: input.axonHotkey, signature: null,
};
const body = {
  name: input.synapseName, timeout: input.timeout, total_size: 0, header_size: 0,
  dendrite, axon, computed_body_hash: '', ...input.fields,
};
// JSON.stringify loses precision on a 19-digit nonce as a Number; write it as the SDK does, an exact integer.
const json = JSON.stringify(body).replace(`"nonce":${Number(nonce)}`, `"nonce":${nonce}`);

const headers = {
  'content-type': 'application/json',
  name: input.synapseName,
  timeout: String(input.timeoutHeader ?? input.timeout),
  bt_header_axon_ip: input.axonIp,
  bt_header_axon_port: String(input.axonPort),
  bt_header_axon_hotkey: input.axonHotkey,
  bt_header_dendrite_ip: '127.0.0.1',
  bt_header_dendrite_version: '9000000',
  bt_header_dendrite_nonce: nonce,
  bt_header_dendrite_uuid: uuid,
  bt_header_dendrite_hotkey: hotkey,
  header_size: '640',
  total_size: String(json.length),
  computed_body_hash: bodyHash,
};
if (signature) headers.bt_header_dendrite_signature = signature;

const response = await fetch(`http://${input.axonIp}:${input.axonPort}/${input.synapseName}`,
  { method: 'POST', headers, body: json });
const out = { status: response.status, hotkey, headers: Object.fromEntries(response.headers), body: await response.json() };
process.stdout.write(JSON.stringify(out) + '\n');

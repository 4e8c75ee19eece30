// Many requests from one Node process, each signed with polkadot-js the way the Python SDK's Dendrite.call does
// (headers from Synapse.to_headers(), body from model_dump(), sr25519 over
// "{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}"), each bent one way to provoke one axon answer.
// Input on stdin: {axonIp, axonPort, axonHotkey, scenarios: [{id, miniSecret, synapseName, fields, timeout,
//   signature: valid|empty|missing|bad, nonceAgeSeconds, signForHotkey, rawBody, bodyBytes, sends}]}.
// Output: one JSON line [{id, hotkey, statuses: [...], messages: [...], body}] (body of the last send).
import { cryptoWaitReady, sr25519PairFromSeed, sr25519Sign, encodeAddress } from '@polkadot/util-crypto';
import { hexToU8a, u8aToHex, stringToU8a } from '@polkadot/util';
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';

const input = JSON.parse(await new Promise((resolve) => {
  let data = '';
  process.stdin.on('data', (c) => { data += c; });
  process.stdin.on('end', () => resolve(data));
}));
await cryptoWaitReady();

const sha3 = (text) => createHash('sha3-256').update(text, 'utf8').digest('hex');
// LogicSynapse and Information declare no required_hash_fields: the hash of the empty concatenation.
const bodyHash = sha3('');

function build(s) {
  const pair = sr25519PairFromSeed(hexToU8a(s.miniSecret));
  const hotkey = encodeAddress(pair.publicKey, 42);
  const nowNs = BigInt(Date.now()) * 1000000n;
  const nonce = (nowNs - BigInt(s.nonceAgeSeconds || 0) * 1000000000n).toString();
  const uuid = randomUUID();
  const axonHotkey = s.signForHotkey || input.axonHotkey;
  const message = `${nonce}.${hotkey}.${axonHotkey}.${uuid}.${bodyHash}`;
  let signature = u8aToHex(sr25519Sign(stringToU8a(message), pair));
  if (s.signature === 'bad') {
    signature = u8aToHex(sr25519Sign(stringToU8a(message + '.tampered'), pair));
  } else if (s.signature === 'empty') {
    signature = '';
  }
  const dendrite = { status_code: null, status_message: null, process_time: null, ip: '127.0.0.1', port: null,
    version: 9000000, nonce: Number(nonce), uuid, hotkey, signature };
  const axon = { status_code: null, status_message: null, process_time: null, ip: input.axonIp,
    port: input.axonPort, version: null, nonce: null, uuid: null, hotkey: axonHotkey, signature: null };
  const body = { name: s.synapseName, timeout: s.timeout, total_size: 0, header_size: 0, dendrite, axon,
    computed_body_hash: '', ...(s.fields || {}) };
  let json = JSON.stringify(body).replace(`"nonce":${Number(nonce)}`, `"nonce":${nonce}`);
  if (s.rawBody !== undefined) json = s.rawBody;
  if (s.bodyBytes) json = '{"logic_question":"' + 'x'.repeat(s.bodyBytes) + '"}';
  const headers = {
    'content-type': 'application/json', name: s.synapseName, timeout: String(s.timeout),
    bt_header_axon_ip: input.axonIp, bt_header_axon_port: String(input.axonPort), bt_header_axon_hotkey: axonHotkey,
    bt_header_dendrite_ip: '127.0.0.1', bt_header_dendrite_version: '9000000', bt_header_dendrite_nonce: nonce,
    bt_header_dendrite_uuid: uuid, bt_header_dendrite_hotkey: hotkey, header_size: '640',
    total_size: String(json.length), computed_body_hash: bodyHash,
  };
  if (s.signature !== 'missing') headers.bt_header_dendrite_signature = signature;
  if (s.bodyBytes) headers.expect = '100-continue';
  return { hotkey, headers, json };
}

// POST with node:http: an axon may answer (413) and close before a huge body is written; the answer counts,
// the write error after it does not.
function post(path, headers, body) {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request({ host: input.axonIp, port: input.axonPort, path, method: 'POST', headers }, (response) => {
      answered = true;
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers,
        text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', (e) => { if (!answered) setTimeout(() => answered || reject(e), 200); });
    request.on('socket', (socket) => socket.on('error', () => {})); // reported through the request
    if (headers.expect === '100-continue') {
      // A well-behaved big upload: the body goes only once the server says continue, so a 413 arrives cleanly.
      request.on('continue', () => request.end(body));
      request.flushHeaders();
    } else {
      request.end(body);
    }
  });
}

const results = [];
for (const s of input.scenarios) {
  const request = build(s);
  const statuses = [];
  const messages = [];
  let body = null;
  for (let i = 0; i < (s.sends || 1); i++) {
    const response = await post(`/${s.synapseName}`, request.headers, request.json);
    statuses.push(response.status);
    messages.push(response.headers['bt_header_axon_status_message'] ?? null);
    const text = response.text;
    try { body = JSON.parse(text); } catch { body = text; }
    if (s.fresh && i + 1 < (s.sends || 1)) Object.assign(request, build(s)); // a new nonce per send
  }
  results.push({ id: s.id, hotkey: request.hotkey, statuses, messages, body });
}
process.stdout.write(JSON.stringify(results) + '\n');

// Feeds a HAR file to a real HAR consumer, httpsnippet (Kong's HAR-to-code converter), and checks
// that it reproduces each request: its parsed requests have the method, URL, headers and body
// expected, and the curl command it generates, run by bash against a local HTTP server, sends
// them. Usage: node consume-har.mjs HAR EXPECTED.json
//   EXPECTED.json: [{method, url, headers: [[name, value], ...], body_base64, text}] per entry,
//   url null when the consumer cannot be expected to keep it,
//   text false for a body HAR carries as base64 (httpsnippet sends postData.text as it is).
// Exit 0 when every request is reproduced; 1 otherwise; 2 when httpsnippet is not installed.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
let HTTPSnippet;
try {
    ({ HTTPSnippet } = require('httpsnippet'));
} catch {
    console.error('httpsnippet is not installed: run npm ci --prefix tests/node-har');
    process.exit(2);
}
const version = require('httpsnippet/package.json').version;
const [harPath, expectedPath] = process.argv.slice(2);
const har = JSON.parse(readFileSync(harPath, 'utf8'));
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

// Headers curl or the consumer sets itself; the rest must arrive as they were, in order.
const framing = new Set(['host', 'content-length']);
const endToEnd = (headers) => headers.filter(([name]) => !framing.has(name.toLowerCase()));

const problems = [];
const parsed = new HTTPSnippet(har); // validates the HAR and parses every entry
if (parsed.requests.length !== expected.length)
    problems.push(`httpsnippet read ${parsed.requests.length} entries, expected ${expected.length}`);

// 1. What httpsnippet made of each entry.
parsed.requests.forEach((request, index) => {
    const want = expected[index];
    const where = `entry ${index}`;
    if (request.method !== want.method)
        problems.push(`${where}: method ${request.method}, expected ${want.method}`);
    if (want.url !== null && request.fullUrl !== want.url)
        problems.push(`${where}: URL ${request.fullUrl}, expected ${want.url}`);
    const got = request.headers.map(({ name, value }) => [name, value]);
    for (const [name, value] of want.headers) {
        if (!got.some(([n, v]) => n === name && v === value))
            problems.push(`${where}: header ${name}: ${value} missing`);
    }
    const body = Buffer.from(want.body_base64, 'base64');
    if (want.text && body.length > 0 && request.postData?.text !== body.toString('utf8'))
        problems.push(`${where}: body differs`);
});

// 2. The curl command it generates, run against a server that records what arrives.
const received = [];
const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
        const headers = [];
        for (let i = 0; i < request.rawHeaders.length; i += 2)
            headers.push([request.rawHeaders[i], request.rawHeaders[i + 1]]);
        received.push({ method: request.method, target: request.url, headers, body: Buffer.concat(chunks) });
        response.end('ok');
    });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const reports = [];
for (const [index, entry] of har.log.entries.entries()) {
    const want = expected[index];
    if (!want.text) {
        reports.push(`entry ${index}: ${want.method} parsed; not sent (its body is base64 in the HAR, which httpsnippet sends as text)`);
        continue;
    }
    const url = new URL(entry.request.url);
    const local = structuredClone(entry.request);
    local.url = origin + url.pathname + url.search;
    const command = new HTTPSnippet(local).convert('shell', 'curl');
    const before = received.length;
    try {
        // Asynchronously: the server answering it runs in this process's event loop.
        await promisify(execFile)('bash', ['-c', `${command} --silent --show-error --output /dev/null`], { timeout: 30000 });
    } catch (error) {
        problems.push(`entry ${index}: the generated curl command failed: ${error.message}`);
        continue;
    }
    const got = received[before];
    const body = Buffer.from(want.body_base64, 'base64');
    if (!got) {
        problems.push(`entry ${index}: nothing arrived`);
        continue;
    }
    if (got.method !== want.method)
        problems.push(`entry ${index}: sent ${got.method}, expected ${want.method}`);
    const wantTarget = want.url === null ? null : new URL(want.url);
    if (wantTarget && got.target !== wantTarget.pathname + wantTarget.search)
        problems.push(`entry ${index}: sent ${got.target}, expected ${wantTarget.pathname + wantTarget.search}`);
    for (const [name, value] of endToEnd(want.headers)) {
        if (!got.headers.some(([n, v]) => n.toLowerCase() === name.toLowerCase() && v === value))
            problems.push(`entry ${index}: header ${name}: ${value} not sent`);
    }
    if (!got.body.equals(body))
        problems.push(`entry ${index}: body sent differs (${got.body.length} bytes, expected ${body.length})`);
    reports.push(`entry ${index}: ${got.method} ${got.target}, ${endToEnd(want.headers).length} headers, `
        + `${got.body.length}-byte body reproduced`);
}
server.close();

for (const report of reports)
    console.log(report);
if (problems.length > 0) {
    problems.forEach((problem) => console.log(`PROBLEM ${problem}`));
    process.exit(1);
}
console.log(`httpsnippet ${version}: ${parsed.requests.length} entries parsed, method, URL, headers and body as exported`);
process.exit(0);

// Checks HAR files against the HAR 1.2 schema with har-validator (the schema HAR tools share),
// plus what the schema leaves out but HAR consumers rely on.
// Usage: node validate-har.mjs FILE...   Exit 0 when every file is valid; 1 otherwise; 2 when
// har-validator is not installed (npm ci --prefix tests/node-har).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let validator;
try {
    validator = require('har-validator');
} catch {
    console.error('har-validator is not installed: run npm ci --prefix tests/node-har');
    process.exit(2);
}

function extraProblems(har) {
    const problems = [];
    if (har.log.version !== '1.2')
        problems.push(`log.version is ${JSON.stringify(har.log.version)}, not "1.2"`);
    har.log.entries.forEach((entry, index) => {
        const where = `entries[${index}]`;
        if (Number.isNaN(Date.parse(entry.startedDateTime)))
            problems.push(`${where}.startedDateTime cannot be parsed as a date`);
        let url;
        try {
            url = new URL(entry.request.url);
        } catch {
            problems.push(`${where}.request.url is not a URL: ${entry.request.url}`);
        }
        if (url && !['http:', 'https:'].includes(url.protocol))
            problems.push(`${where}.request.url is not http(s)`);
        for (const [name, content] of [['request.postData', entry.request.postData],
                                       ['response.content', entry.response.content]]) {
            if (content?.encoding === 'base64' && !/^[A-Za-z0-9+/]*={0,2}$/.test(content.text ?? ''))
                problems.push(`${where}.${name}.text is not base64`);
        }
        const timings = entry.timings;
        const total = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive']
            .map((phase) => timings[phase] ?? -1).filter((ms) => ms > 0).reduce((a, b) => a + b, 0);
        if (Math.abs(total - entry.time) > 1)
            problems.push(`${where}.time ${entry.time} is not the sum of its timings (${total})`);
    });
    return problems;
}

let failed = false;
for (const file of process.argv.slice(2)) {
    let har;
    try {
        har = JSON.parse(readFileSync(file, 'utf8'));
        await validator.har(har);
    } catch (error) {
        failed = true;
        console.log(`${file}: INVALID`);
        for (const problem of error.errors ?? [error.message])
            console.log(`  ${problem.dataPath ?? ''} ${problem.message ?? problem}`);
        continue;
    }
    const problems = extraProblems(har);
    if (problems.length > 0) {
        failed = true;
        console.log(`${file}: INVALID`);
        problems.forEach((problem) => console.log(`  ${problem}`));
        continue;
    }
    console.log(`${file}: valid HAR ${har.log.version}, ${har.log.entries.length} entries`
        + ` (har-validator ${require('har-validator/package.json').version})`);
}
process.exit(failed ? 1 : 0);

// Verifies webhook signatures that Hookscope produced with each scheme's official library:
//   standard-webhooks  the standardwebhooks package (Webhook.verify)
//   stripe             the stripe package (stripe.webhooks.constructEvent)
//   github             @octokit/webhooks-methods (verify)
//   hmac               node:crypto, by the rule Hookscope documents (HMAC of the raw body)
//
// Usage: node verify-signatures.mjs CASES.json
// CASES.json: [{ "name", "scheme", "secret", "headers": [[name, value], ...], "body_base64",
//                "expect": "valid" | "invalid", "hmac": {header, algorithm, encoding, prefix} }]
// Prints one line per case; exits 0 when every case came out as expected, 1 when one did not,
// 2 on bad input, 3 when the npm packages are missing (run `npm ci` in this folder).

import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";

async function loadLibraries() {
    try {
        const { Webhook } = await import("standardwebhooks");
        const { default: Stripe } = await import("stripe");
        const { verify: verifyGithub } = await import("@octokit/webhooks-methods");
        return { Webhook, Stripe, verifyGithub };
    } catch (error) {
        console.error(`missing npm packages (${error.message}); run: npm ci --prefix tests/node`);
        process.exit(3);
    }
}

function header(headers, name) {
    const found = headers.find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1] : undefined;
}

// Each verifier returns normally when the library accepts the signature and throws otherwise.
function verifiers({ Webhook, Stripe, verifyGithub }) {
    const stripe = new Stripe("sk_test_hookscope_signature_check");
    return {
        "standard-webhooks": (testCase, body) => {
            const headers = Object.fromEntries(testCase.headers.map(([k, v]) => [k.toLowerCase(), v]));
            new Webhook(testCase.secret).verify(body.toString("utf8"), headers);
        },
        stripe: (testCase, body) => {
            stripe.webhooks.constructEvent(body, header(testCase.headers, "Stripe-Signature"), testCase.secret);
        },
        github: async (testCase, body) => {
            const signature = header(testCase.headers, "X-Hub-Signature-256");
            if (!signature || !(await verifyGithub(testCase.secret, body.toString("utf8"), signature)))
                throw new Error("@octokit/webhooks-methods: signature does not match");
        },
        hmac: (testCase, body) => {
            const { header: name, algorithm, encoding, prefix = "" } = testCase.hmac;
            const sent = header(testCase.headers, name);
            const digest = createHmac(algorithm, testCase.secret).update(body).digest(encoding);
            const expected = Buffer.from(prefix + digest);
            if (!sent || sent.length !== expected.length || !timingSafeEqual(Buffer.from(sent), expected))
                throw new Error(`${name} does not match ${algorithm} ${encoding}`);
        },
    };
}

async function main() {
    const [casesPath] = process.argv.slice(2);
    if (!casesPath) {
        console.error("usage: node verify-signatures.mjs CASES.json");
        process.exit(2);
    }
    const cases = JSON.parse(readFileSync(casesPath, "utf8"));
    const verify = verifiers(await loadLibraries());
    let unexpected = 0;
    for (const testCase of cases) {
        const check = verify[testCase.scheme];
        if (!check) {
            console.error(`${testCase.name}: no verifier for scheme ${testCase.scheme}`);
            process.exit(2);
        }
        const body = Buffer.from(testCase.body_base64, "base64");
        let outcome = "valid";
        let reason = "";
        try {
            await check(testCase, body);
        } catch (error) {
            outcome = "invalid";
            reason = ` (${String(error.message).split("\n")[0].trim()})`;
        }
        const expected = testCase.expect ?? "valid";
        const ok = outcome === expected;
        if (!ok)
            unexpected += 1;
        console.log(`${ok ? "ok  " : "FAIL"} ${testCase.scheme} ${testCase.name}: ${outcome}${reason}`);
    }
    console.log(`${cases.length - unexpected} of ${cases.length} as expected`);
    process.exit(unexpected === 0 ? 0 : 1);
}

await main();

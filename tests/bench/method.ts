/** The "Method" and "What each runtime checks and caches" sections of docs/performance.md. */
export const METHOD = `## Method

Everything runs on loopback: the offline Cognito emulator in its own process, the app as
production starts it (\`npm start\`, scripts/start.mjs) in another, and the load generator
(autocannon 9, 10 keep-alive connections) in the bench process.

**The app under test.** The bench builds a copy of the app in \`.next-bench/variant/\` (git-ignored,
node_modules symlinked back so Turbopack still finds Next inside the project root) and reuses the
build while the sources are unchanged. The copy adds, and the product never contains:
\`/bench-unmatched\`, a page that re-exports the home page and that the middleware's matcher skips;
\`/bench-empty\`, an empty page under the root layout; a \`middleware.ts\` that returns
\`NextResponse.next()\` when the request carries \`x-bench-middleware: pass\`, only hands the render
a CSP nonce (with Cruddur's lib/gate/security-headers.ts, as Cruddur's middleware does) when it
carries \`x-bench-middleware: nonce\`, and otherwise calls Cruddur's own middleware (copied
unchanged); and a fixed-session switch: \`lib/gate/resolve-session.ts\`
and \`lib/auth/verify-session.ts\` are replaced by wrappers that, when the request carries the cookie
\`bench-fixed-session=1\`, answer "signed in" with the session given in \`BENCH_FIXED_SESSION\`
without reading a seal, verifying a token or asking the sign-in registry, and otherwise call the
product's functions. The switch is written by tests/bench/variant.ts into that copy only; no
source file of the product mentions it, so no production build can turn it on. One build, one
server: the variants below differ only in what the request carries.

**Signed-in requests.** Each server's sign-in registry is its own (in memory), so on every server it
starts the bench signs the demo user in through the sign-in form, reads the session back with the
app's secret, and seals the cookies it sends from that session.

**Page throughput under load.** After a warm-up per variant, the variants run in rounds whose order
rotates; each figure is the median over rounds, and each ratio is the median of per-round ratios.
Beside req/s, the server's CPU time per request (user + system of the server's process tree, from
/proc) is given. These figures show what a page costs, but they do not decide the ratio targets:
on this machine the same variant measured in two windows of a few seconds differs by up to 20 %,
and the server keeps getting faster for about 30 s after it starts (its JIT), so one variant's
rounds can fall in a slower stretch than another's. Medians of three rounds moved by up to 7 %
between runs, more than the 5 % a target has to resolve.

**Paired service time.** What decides the ratio targets. One keep-alive connection, one request
at a time, the two variants of a comparison alternating request by request (baseline then
candidate, then candidate then baseline), so both meet the same moment of the machine. Each pair
gives baseline time ÷ candidate time (from sending the request to the last byte of the answer);
the figure is the median over all pairs, and the median within each block is shown beside it.
The comparisons take turns in blocks, after a warm-up in which every variant is requested in turn.
The server renders on one main thread, so the time a request takes alone is close to what it
costs the server under load, and the ratio of two such times close to the ratio of their
throughputs (work done after the answer is sent, and garbage collection between requests, are not
counted). The pass-through compared with itself measures the method's resolution: it should come
out at 1. The nonce-only middleware against the pass-through shows how much of the real
middleware's cost is handing over the nonce, which any Next.js app with a nonce policy pays: a
\`NextResponse.next\` that forwards every request header. The share of a signed-in request spent
in authentication is 1 − (the fixed session's time ÷ the real check's time), on the same page
with the same cookies: it counts the middleware's check and the render's (seal, token,
registry), and nothing else. A session due for refresh is not measured here: a sign-in refreshes
once per generation (lib/auth/refresh-session.ts), so a replayed cookie is answered from the
shared result, not refreshed again.

**HTML sent.** Every page of the build's app-path-routes manifest (route handlers and the bench's
copy of \`/\` left out; dynamic segments filled with the demo user's handle and a conversation's),
fetched once with the signed-in cookies and once without; the body as sent (a redirect's own
short body included) and gzipped at zlib's default level.

**JavaScript shipped.** For each route, the HTML's \`<script src>\` files (framework, shared and
route chunks), fetched from the server and gzipped at zlib's default level. Inline scripts that
carry the RSC payload are data and are left out everywhere, the floor included. The floor is
\`/bench-empty\` under the root layout. \`/new-password\` only renders inside a sign-in challenge
(it redirects otherwise), so it is listed but not judged.

**Auth check.** A separate Node process, started with \`--conditions=react-server\` and the app
servers' environment, calls \`resolveSession\` (what the middleware calls; here on Node, not in the
Edge sandbox) with a cookie jar. Cold: each check sees a cookie and an access token for the first
time (distinct seals around distinct tokens from REFRESH_TOKEN_AUTH), after 100 such checks have
warmed up the code. Warm: one cookie checked 20,000 times. The breakdown times \`readSessionSeal\`
(unseal and validation, or its cache lookup) and \`verifyAccessToken\` (RS256 verification with
aws-jwt-verify, or its cache lookup) on their own. Each sample is \`process.hrtime.bigint()\`
around one awaited call. The same process then checks 12,000 distinct cookies and records its
heap after a full GC every 3,000: the session cache holds 5,000, so from 6,000 on a bounded cache
adds nothing, where an unbounded one would add a few KB per cookie.

**Sign-in.** One fresh user per sample. The raw figure is one InitiateAuth (USER_PASSWORD_AUTH)
request to the emulator. The action figure is what a browser without JavaScript does: GET
/signin, copy the form's hidden inputs (React's \`$ACTION_…\` fields), and POST the form as
multipart with the user's email and password and a same-origin Origin header; the sample counts
only if the answer is a 303 that sets the session cookie. Raw and action samples alternate; the
first two pairs are a warm-up.

**JWKS fetches.** Counted by the emulator (\`GET /_emulator/stats\`) around each phase on a fresh
server: a sign-in through its form and its first 200 signed-in requests to \`/api/me\`, then 10,000
more (steady state), then two
floods of tokens whose \`kid\` no JWKS has (50 kids), each with a valid request every 100 ms
alongside. First as session cookies: the Edge middleware verifies them, fails, and clears them
from the request, so the Node.js side never sees them. Then as Bearer tokens, which the middleware
does not read and the Node.js route handler verifies. One fetch per 10 s per runtime allows
ceil(seconds ÷ 10) fetches in each flood.

**Memory.** A fresh server, \`/api/me\` (middleware and route handler both check the session),
and 10,000 distinct session cookies (every seal is new; each ten share an access token, so 1,000
distinct tokens). The first half of the requests cycles through 5,000 of the cookies, the second
half through the other 5,000, which the server has never seen. RSS of the server's process tree
is taken after a warm-up, halfway and at the end: a cache without a bound would keep growing
through the second half, a bounded one is already full and stays flat. RSS is a coarse gauge (V8
returns memory to the system lazily), which is why the target is judged on the heap figure above.
The bench makes as many requests as fit its time budget at the req/s it measured, up to 100,000,
and says so when it made fewer.

All traffic comes from 127.0.0.1, so the bench raises the app's per-IP rate limits through
\`RATE_LIMITS\`; nothing else differs from a production start.

## What each runtime checks and caches

- **Two runtimes, two sets of caches.** The middleware runs on the Edge runtime, in a sandbox of
  its own inside the server process; pages, server actions and route handlers run on Node.js.
  Each side holds its own JWKS cache, its own cache of unsealed sessions and its own cache of
  token verdicts (\`processSingleton\` shares one per JavaScript realm across route bundles, not
  across runtimes). So a fresh server fetches the JWKS twice, once per runtime (the warm-up row).
- **The middleware** (lib/gate/resolve-session.ts) unseals the session cookie and verifies the
  access token; a token due for refresh is handed to the Node.js side (\`POST /api/session/refresh\`),
  which alone reaches the shared store that makes a refresh happen once per sign-in.
- **The Node.js side** (lib/auth/dal.ts, once per render through React's \`cache\`) checks again:
  the seal, the token, and the sign-in registry in the shared store, which is asked on every
  call (not cached).
- **Unseal:** iron-session's \`unsealData\` (WebCrypto) after cheap shape and expiry checks;
  results are cached by seal text until the seal expires, 5,000 per cookie kind
  (lib/session/seal.ts). iron-session also seals.
- **Verify:** aws-jwt-verify; verdicts are cached by token text until the token's \`exp\`, 10,000
  per token use, and only while the JWKS they were reached with is unchanged (lib/tokens/verify.ts).
  Failures are never cached.
- **JWKS:** fetched from one fixed URL with a timeout and a size bound (lib/tokens/jwks-fetcher.ts).
  An unknown \`kid\` costs at most one fetch per 10 s per runtime (aws-jwt-verify's penalty box);
  a JWKS older than its max-age (its Cache-Control, between 10 s and 15 minutes) is read again in
  the background while requests go on with the keys in hand (lib/tokens/jwks-cache.ts). Nothing
  fetches it at start-up: each runtime's first check does.
`;

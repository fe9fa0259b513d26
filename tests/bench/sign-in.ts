import { performance } from "node:perf_hooks";
import { createCognitoClient } from "../../scripts/provisioning/cognito-client";
import { seedDemoUser } from "../../scripts/provisioning/demo-user";
import { median } from "./load";
import type { BenchStack } from "./stack";
import { signIn, type Pool } from "./tokens";
import { readSession } from "../../lib/session/cookies";
import type { Session } from "../../lib/session/types";

export interface SignInResult {
  actionP50: number;
  rawP50: number;
  samples: number;
  failures: string[];
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of the sign-in form, as a browser without JavaScript would submit them. */
function hiddenFields(html: string): [string, string][] {
  const form =
    (html.match(/<form\b[\s\S]*?<\/form>/g) ?? []).find((candidate) => candidate.includes('name="password"')) ?? "";
  return [...form.matchAll(/<input\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((input) => /type="hidden"/.test(input))
    .map(
      (input) =>
        [decode(/name="([^"]*)"/.exec(input)?.[1] ?? ""), decode(/value="([^"]*)"/.exec(input)?.[1] ?? "")] as [
          string,
          string,
        ],
    )
    .filter(([name]) => name !== "");
}

/** The sign-in form posted as a browser without JavaScript posts it; the response unread. */
async function postSignIn(baseUrl: string, email: string, password: string): Promise<Response> {
  const html = await (await fetch(`${baseUrl}/signin`)).text();
  const body = new FormData();
  for (const [name, value] of hiddenFields(html)) body.append(name, value);
  body.append("email", email);
  body.append("password", password);
  return fetch(`${baseUrl}/signin`, { method: "POST", body, redirect: "manual", headers: { origin: baseUrl } });
}

async function postForm(baseUrl: string, email: string, password: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await postSignIn(baseUrl, email, password);
  await response.arrayBuffer();
  const ms = performance.now() - start;
  const signedIn = response.status === 303 && (response.headers.get("set-cookie") ?? "").includes("cruddur-session");
  return { ms, status: signedIn ? 303 : response.status };
}

/**
 * A sign-in through the app's own form, so that the app's sign-in registry holds it (each server
 * has its own in-memory registry): the session it sealed, read back with the pool's secret.
 */
export async function signInThroughApp(baseUrl: string, pool: Pool, email: string, password: string): Promise<Session> {
  const response = await postSignIn(baseUrl, email, password);
  await response.arrayBuffer();
  const cookies = response.headers.getSetCookie().map((line) => {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: decodeURIComponent(pair.slice(at + 1)) };
  });
  const session = await readSession(
    { getAll: () => cookies },
    { withRefreshToken: true, settings: { secure: true, secrets: [pool.sessionSecret] } },
  );
  if (response.status !== 303 || !session)
    throw new Error(`signing in through ${baseUrl}/signin: HTTP ${response.status}`);
  return session;
}

/**
 * p50 of the sign-in server action (multipart POST, 303 with the session cookies) next to p50
 * of the raw InitiateAuth call it makes, interleaved, one fresh user per sample.
 */
export async function measureSignIn(baseUrl: string, stack: BenchStack, samples: number): Promise<SignInResult> {
  const cognito = createCognitoClient({ AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: stack.pool.emulatorUrl });
  const password = stack.demo.password;
  const users: string[] = [];
  for (let i = 0; i < samples + 2; i++) {
    const email = `bench-${i}@cruddur.test`;
    await seedDemoUser(cognito, stack.pool.userPoolId, { email, password, name: `Bench ${i}`, handle: `bench${i}` });
    users.push(email);
  }
  cognito.destroy();
  const action: number[] = [];
  const raw: number[] = [];
  const failures: string[] = [];
  for (const [i, email] of users.entries()) {
    const start = performance.now();
    await signIn(stack.pool, email, password);
    const rawMs = performance.now() - start;
    const form = await postForm(baseUrl, email, password);
    if (form.status !== 303) failures.push(`${email}: HTTP ${form.status}`);
    // The first two pairs warm both paths up.
    if (i >= 2) {
      raw.push(rawMs);
      action.push(form.ms);
    }
  }
  return { actionP50: median(action), rawP50: median(raw), samples: action.length, failures };
}

import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { StackApp } from "../stack/start-stack";
import { passwordTokens, type PoolUser } from "../stack/test-users";
import { runBounded } from "./bounded";
import { postSignIn, signInFormFields } from "./sign-in-form";
import { Tally, type Outcome, type ScenarioResult } from "./tally";

const LORE = "My dear brother, it the humans that are the problem";

interface Member {
  user: PoolUser;
  ip: string;
  cookie: string;
}

/** A distinct client address per member, sent as X-Forwarded-For to an app that trusts one proxy hop. */
const clientIp = (index: number) => `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;

export async function concurrentSignIns(
  app: StackApp,
  users: readonly PoolUser[],
): Promise<[ScenarioResult, Member[]]> {
  const fields = await signInFormFields(app.url);
  const tally = new Tally(`${users.length} concurrent sign-ins`, "session cookie for every distinct user");
  const members: Member[] = [];
  await runBounded(users.length, users.length, (index) =>
    tally.time(async () => {
      const user = users[index] as PoolUser;
      const ip = clientIp(index);
      const outcome = await postSignIn(app.url, fields, user, ip);
      if ("failure" in outcome) return ["error", outcome.failure];
      members.push({ user, ip, cookie: outcome.cookie });
      return ["success"];
    }),
  );
  return [tally.result(), members];
}

async function pageOutcome(response: Response, member: Member): Promise<[Outcome, string?]> {
  const body = await response.text();
  const location = response.headers.get("location") ?? "";
  if (response.status === 200 && body.includes(`@${member.user.handle}`)) return ["success"];
  if (location.includes("/signin") || (response.status === 200 && body.includes("Join the party!"))) {
    return ["lost", `HTTP ${response.status} ${location || "logged-out page"}`];
  }
  return ["error", `HTTP ${response.status}`];
}

export async function protectedPageLoads(
  app: StackApp,
  members: readonly Member[],
  count: number,
  concurrency: number,
): Promise<ScenarioResult> {
  const tally = new Tally(`${count.toLocaleString("en")} protected page loads`, "200 with the member's handle");
  const paths = ["/notifications", "/messages"];
  await runBounded(count, concurrency, (index) =>
    tally.time(async () => {
      const member = members[index % members.length] as Member;
      const response = await fetch(`${app.url}${paths[index % paths.length]}`, {
        redirect: "manual",
        headers: { cookie: member.cookie, "x-forwarded-for": member.ip },
      });
      return pageOutcome(response, member);
    }),
  );
  return tally.result();
}

function forge(token: string, variant: number): string {
  const [header = "", payload = "", signature = ""] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  switch (variant % 4) {
    case 0:
      return `${header}.${payload}.${signature.slice(0, -2)}${signature.at(-2) === "A" ? "B" : "A"}${signature.slice(-1)}`;
    case 1:
      return `${header}.${encode({ ...claims, "cognito:groups": ["admin"] })}.${signature}`;
    case 2:
      return `${encode({ alg: "none", typ: "JWT" })}.${payload}.`;
    default:
      return `${header}.${encode({ ...claims, exp: Math.floor(Date.now() / 1000) + 86_400 * 365 })}.${signature}`;
  }
}

export async function mixedApiCalls(
  app: StackApp,
  admin: CognitoIdentityProviderClient,
  members: readonly Member[],
  count: number,
  concurrency: number,
): Promise<ScenarioResult> {
  const holders = members.slice(0, 50);
  const tokens = await Promise.all(holders.map(({ user }) => passwordTokens(admin, app, user)));
  const tally = new Tally(
    `${count.toLocaleString("en")} API calls, valid and forged tokens`,
    "valid → 200 with Lore's crud, forged → 401",
  );
  await runBounded(count, concurrency, (index) =>
    tally.time(async () => {
      const valid = index % 2 === 0;
      const { accessToken } = tokens[index % tokens.length] as { accessToken: string };
      const response = await fetch(`${app.url}/api/activities/home`, {
        headers: {
          authorization: `Bearer ${valid ? accessToken : forge(accessToken, index >> 1)}`,
          "x-forwarded-for": (holders[index % holders.length] as Member).ip,
        },
      });
      const body = await response.text();
      if (valid && response.status === 200 && body.includes(LORE)) return ["success"];
      if (!valid && response.status === 401) return ["rejected"];
      return ["error", `${valid ? "valid" : "forged"} token → HTTP ${response.status}`];
    }),
  );
  return tally.result();
}

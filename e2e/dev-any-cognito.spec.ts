import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { newSessionSecret } from "../lib/config/session-secret";
import { freePort } from "../tests/stack/free-port";
import { stack } from "./support/stack";

// Two `next dev` servers in one checkout would share .next/dev: one at a time.
test.describe.configure({ mode: "serial", timeout: 300_000 });

interface DevRun {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  url: string;
}

async function runDev(envFile: string): Promise<DevRun> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NODE_ENV: "development",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const key of Object.keys(env)) if (/^AWS_|^COGNITO_|^SESSION_SECRET|^EMULATOR_PORT/.test(key)) delete env[key];
  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--", "scripts/dev.ts", "--env-file", envFile],
    {
      env,
      detached: true,
      stdio: "pipe",
    },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready in/.test(output)) resolve();
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.once("exit", () => reject(new Error(`npm run dev exited:\n${output}`)));
  });
  return { child, output: () => output, url: `http://127.0.0.1:${port}` };
}

async function stopDev(run: DevRun | undefined) {
  if (!run?.child.pid || run.child.exitCode !== null) return;
  const exited = new Promise((resolve) => run.child.once("exit", resolve));
  process.kill(-run.child.pid, "SIGTERM");
  await exited;
}

/** Another Cognito implementation: the stack's emulator behind a proxy that does not call itself ours. */
async function startForeignCognito(target: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const upstream = request(
      new URL(req.url ?? "/", target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, server: "another-cognito" });
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` };
}

/** Holds a port the way `node --inspect` or another Cognito would; undefined when it is already taken. */
async function occupy(port: number) {
  const blocker = createTcpServer();
  return new Promise<typeof blocker | undefined>((resolve) => {
    blocker.once("error", () => resolve(undefined));
    blocker.listen(port, "127.0.0.1", () => resolve(blocker));
  });
}

let workDir: string;

test.beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), "cruddur-dev-"));
});

test.afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

test("npm run dev uses another Cognito named in the env file as it is: no emulator, nothing written", async ({
  page,
}) => {
  const { emulatorUrl, userPoolId, region, main } = stack();
  const foreign = await startForeignCognito(emulatorUrl);
  const envFile = join(workDir, ".env.local");
  const before = [
    "# a Cognito of the developer's own",
    `AWS_DEFAULT_REGION=${region}`,
    `AWS_COGNITO_USER_POOL_ID=${userPoolId}`,
    `AWS_COGNITO_USER_POOL_CLIENT_ID=${main.clientId}`,
    `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER=${foreign.url}`,
    `SESSION_SECRET=${newSessionSecret()}`,
    "",
  ].join("\n");
  await writeFile(envFile, before);
  let dev: DevRun | undefined;
  try {
    dev = await runDev(envFile);
    expect(dev.output()).toContain(`at ${foreign.url}`);
    expect(dev.output()).toContain("no emulator started, nothing written");
    expect(dev.output()).not.toMatch(/Cognito emulator listening/);
    expect(await readFile(envFile, "utf8")).toBe(before);

    await page.goto(`${dev.url}/confirm?email=${encodeURIComponent("someone@example.test")}`, { timeout: 180_000 });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Open the emulator outbox" })).toHaveCount(0);
  } finally {
    await stopDev(dev);
    foreign.server.close();
  }
});

test("npm run dev starts its emulator on a free port when 9229 is taken, says so, and the app follows", async ({
  page,
}) => {
  const blocker = await occupy(9229);
  const envFile = join(workDir, ".env.local");
  let dev: DevRun | undefined;
  try {
    dev = await runDev(envFile);
    const [, emulatorUrl = ""] = /Cognito {9}emulator at (http:\/\/127\.0\.0\.1:\d+)/.exec(dev.output()) ?? [];
    expect(emulatorUrl).not.toBe("");
    expect(emulatorUrl).not.toBe("http://127.0.0.1:9229");
    expect(dev.output()).toContain("port 9229 is taken");
    const written = await readFile(envFile, "utf8");
    expect(written).toContain(`AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER=${emulatorUrl}\n`);
    expect(written).toContain(`COGNITO_DEV_EMULATOR=${emulatorUrl}\n`);

    await page.goto(`${dev.url}/confirm?email=${encodeURIComponent("someone@example.test")}`, { timeout: 180_000 });
    await expect(page.getByRole("link", { name: "Open the emulator outbox" })).toHaveAttribute(
      "href",
      `${emulatorUrl}/_emulator/outbox?email=someone%40example.test`,
    );
  } finally {
    await stopDev(dev);
    blocker?.close();
  }
});

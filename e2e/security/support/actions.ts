import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One server action of the build, as listed in Next's server-reference manifest. */
export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page that renders it, e.g. "/signin". */
  route: string;
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** "app/(auth)/signin/page" → "/signin"; dynamic routes are skipped. */
function routeOf(worker: string): string | null {
  if (worker.includes("[")) return null;
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "");
  return path || "/";
}

/** Every server action in the build the tests run against: the fuzz covers each one, whoever added it. */
export function serverActions(): ServerAction[] {
  const file = join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const route = Object.keys(entry.workers)
        .map(routeOf)
        .find((path) => path !== null);
      return { id, name: entry.exportedName ?? id, file: entry.filename ?? "?", route: route ?? "/" };
    })
    .sort((a, b) => `${a.file}:${a.name}`.localeCompare(`${b.file}:${b.name}`));
}

export function actionNamed(name: string): ServerAction {
  const action = serverActions().find((candidate) => candidate.name === name);
  if (!action) throw new Error(`no server action named ${name} in the build`);
  return action;
}

/** The multipart body a no-JavaScript form post of a `useActionState` action sends. */
export function boundActionFields(actionId: string, state: unknown = { status: "idle" }): [string, string][] {
  return [
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", JSON.stringify({ id: actionId, bound: "$@1" })],
    ["$ACTION_1:1", JSON.stringify([state])],
  ];
}

/** The multipart body of a plain `<form action={serverAction}>` post. */
export const plainActionFields = (actionId: string): [string, string][] => [[`$ACTION_ID_${actionId}`, ""]];

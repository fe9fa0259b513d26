import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One server action of the build, as listed in Next's server-reference manifest. */
interface BuiltAction {
  id: string;
  name: string;
  file: string;
}

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

/** Every server action in the build the tests run against (read at run time: the build comes after listing). */
export function builtActions(): BuiltAction[] {
  const file = join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? id,
    file: entry.filename ?? "?",
  }));
}

/** The build's id of the server action `name`. */
export function actionId(name: string): string {
  const action = builtActions().find((candidate) => candidate.name === name);
  if (!action) throw new Error(`no server action named ${name} in the build`);
  return action.id;
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

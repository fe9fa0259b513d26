/** Minimal HTML form reading, enough to submit a server-action form the way a browser without JavaScript does. */

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&amp;": "&",
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const decode = (text: string) => text.replace(/&(?:quot|amp|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decode(match[1]);
}

export type Fields = [name: string, value: string | Blob][];

/** The hidden inputs of each <form> on the page, in order: the action reference, its bound state, `next`… */
export function hiddenFieldsOfForms(html: string): Fields[] {
  return [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([form]) =>
    [...form.matchAll(/<input\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => attribute(tag, "type") === "hidden")
      .map((tag): [string, string] => [attribute(tag, "name") ?? "", attribute(tag, "value") ?? ""]),
  );
}

export function formDataOf(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

/** The Cookie request header for the cookies a response set (deletions dropped). */
export function cookieHeaderFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => !/=$/.test(pair))
    .join("; ");
}

export function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const pair of cookieHeader.split("; ")) {
    const index = pair.indexOf("=");
    if (pair.slice(0, index) === name) return decodeURIComponent(pair.slice(index + 1));
  }
  return undefined;
}

const HIDDEN_INPUT = /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g;
const ENTITIES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };

const decode = (text: string) => text.replace(/&quot;|&#x27;|&lt;|&gt;|&amp;/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * The sign-in form's hidden fields (React's action reference, its bound state, the action key),
 * read from the HTML as a browser without JavaScript would submit them.
 */
export async function signInFormFields(appUrl: string): Promise<[string, string][]> {
  const html = await (await fetch(`${appUrl}/signin`)).text();
  const fields = [...html.matchAll(HIDDEN_INPUT)].map(
    ([, name = "", value = ""]) => [decode(name), decode(value)] as [string, string],
  );
  if (!fields.some(([name]) => name.startsWith("$ACTION")))
    throw new Error("the sign-in page has no server action form");
  return fields;
}

/** A no-JavaScript form POST of the sign-in action; the Cookie header of the session it started, or why not. */
export async function postSignIn(
  appUrl: string,
  fields: readonly [string, string][],
  credentials: { email: string; password: string },
  clientIp: string,
): Promise<{ cookie: string } | { failure: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.set("email", credentials.email);
  form.set("password", credentials.password);
  const response = await fetch(`${appUrl}/signin`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { origin: appUrl, "x-forwarded-for": clientIp },
  });
  const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
  const session = cookies.filter((pair) => /^(__Host-)?cruddur-(session|refresh)/.test(pair) && !pair.endsWith("="));
  if (session.some((pair) => /cruddur-session/.test(pair))) return { cookie: session.join("; ") };
  await response.body?.cancel();
  return { failure: `HTTP ${response.status} without a session cookie` };
}

import type { TestUser } from "../../support/emulator";
import { actionId } from "./actions";
import { cookieHeaderFrom, formDataOf, hiddenFieldsOfForms, type Fields } from "./forms";

// `next start` runs in production mode, so the cookies carry the __Host- prefix.
export const SESSION_COOKIE = "__Host-cruddur-session";

/** `fetch` without following redirects, so every answer is seen as the app sent it. */
export function get(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, baseUrl), { headers, redirect: "manual" });
}

interface SubmitOptions {
  /** Which form: its position on the page, or the server action it posts to. */
  form?: number | string;
  headers?: Record<string, string>;
}

function pickForm(forms: Fields[], form: number | string = 0): Fields | undefined {
  if (typeof form === "number") return forms[form];
  const id = actionId(form);
  return forms.find((fields) =>
    fields.some(([name, value]) => name.includes(id) || (typeof value === "string" && value.includes(id))),
  );
}

/** Submits one of the page's forms with `fields` added, like a browser with JavaScript off. */
export async function submitForm(
  baseUrl: string,
  path: string,
  fields: Fields,
  options: SubmitOptions = {},
): Promise<Response> {
  const page = await get(baseUrl, path, options.headers);
  return submitFormOf(await page.text(), baseUrl, path, fields, options);
}

/** The same, for a page read earlier: a form that the page no longer shows can still be posted. */
export function submitFormOf(
  html: string,
  baseUrl: string,
  path: string,
  fields: Fields,
  options: SubmitOptions = {},
): Promise<Response> {
  const hidden = pickForm(hiddenFieldsOfForms(html), options.form);
  if (!hidden) throw new Error(`no form ${String(options.form ?? 0)} on ${path}`);
  const named = new Set(fields.map(([name]) => name));
  const body = formDataOf([...hidden.filter(([name]) => !named.has(name)), ...fields]);
  return fetch(new URL(path, baseUrl), {
    method: "POST",
    body,
    // An empty value means "leave the header out", e.g. { origin: "" } for a client that sends none.
    headers: Object.fromEntries(
      Object.entries({ origin: new URL(baseUrl).origin, ...options.headers }).filter(([, value]) => value !== ""),
    ),
    redirect: "manual",
  });
}

/** Signs in through the real sign-in form; resolves to the Cookie header of the new session. */
export async function signIn(baseUrl: string, user: Pick<TestUser, "email" | "password">): Promise<string> {
  const response = await submitForm(baseUrl, "/signin", [
    ["email", user.email],
    ["password", user.password],
  ]);
  const cookies = cookieHeaderFrom(response);
  if (response.status !== 303 || !cookies.includes(`${SESSION_COOKIE}=`)) {
    throw new Error(`sign-in answered ${response.status} without a session cookie`);
  }
  return cookies;
}

/** True when the home page renders the member's view for this Cookie header. */
export async function isSignedIn(baseUrl: string, cookie: string): Promise<boolean> {
  const html = await (await get(baseUrl, "/", { cookie })).text();
  return html.includes("Account menu") && !html.includes("Join The Party");
}

/** Posts the form of the named server action found on `path`, with the caller's cookies. */
export function submitActionForm(
  baseUrl: string,
  path: string,
  action: string,
  fields: Fields,
  options: { cookie?: string } = {},
) {
  return submitForm(baseUrl, path, fields, { form: action, headers: options.cookie ? { cookie: options.cookie } : {} });
}

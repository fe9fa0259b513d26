import type { IncomingMessage, ServerResponse } from "node:http";
import type { Outbox } from "../outbox";
import type { Store } from "../store/store";
import { APP_MAIL_KINDS, type AppMail, type AppMailKind, type State } from "../store/types";
import { jsonBody, type Body } from "./body";
import { sendError, sendJson } from "./respond";

interface AppMailDeps {
  state: State;
  outbox: Outbox;
  store: Store;
}

const EXAMPLE = '{"email": "ann@example.com", "kind": "EMAIL_CHANGE_NOTICE", "subject": "…", "text": "…"}';
const MAX_TEXT = 10_000;

const isKind = (value: unknown): value is AppMailKind => APP_MAIL_KINDS.some((kind) => kind === value);
const optionalText = (value: unknown): value is string | undefined =>
  value === undefined || (typeof value === "string" && value.length <= MAX_TEXT);

function readMail(body: Body): Omit<AppMail, "sentAt"> | string {
  const { userPoolId, email, kind, subject, text } = body;
  if (typeof email !== "string" || !/^[^\s@]+@[^\s@]+$/.test(email)) return "email must be an email address.";
  if (!isKind(kind)) return `kind must be one of ${APP_MAIL_KINDS.join(", ")}.`;
  if (!optionalText(subject) || !optionalText(text))
    return `subject and text must be strings of at most ${MAX_TEXT} characters.`;
  if (userPoolId !== undefined && typeof userPoolId !== "string") return "userPoolId must be a string.";
  return { ...(userPoolId ? { userPoolId } : {}), email, kind, subject, text };
}

export async function postAppMail(req: IncomingMessage, res: ServerResponse, deps: AppMailDeps): Promise<void> {
  const body = await jsonBody(req, res, EXAMPLE);
  if (!body) return;
  const mail = readMail(body);
  if (typeof mail === "string") return sendError(res, 400, "InvalidParameterException", mail);
  if (mail.userPoolId && !deps.state.pools[mail.userPoolId]) {
    return sendError(res, 404, "ResourceNotFoundException", `User pool ${mail.userPoolId} does not exist.`);
  }
  const sent = deps.outbox.sendAppMail(mail);
  deps.store.commit();
  await deps.store.flush();
  sendJson(res, 201, sent, "application/json");
}

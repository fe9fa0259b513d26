import "server-only";
import { NextResponse } from "next/server";
import { errorKind, logProblem } from "../log/problem-log";

const NO_STORE = { "Cache-Control": "no-store" };

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return NextResponse.json(body, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

// RFC 6750: error="invalid_token" only when a credential was sent; a bare challenge otherwise.
export function unauthorized(reason: "invalid_token" | "missing") {
  const challenge = reason === "invalid_token" ? 'Bearer error="invalid_token"' : "Bearer";
  const message =
    reason === "invalid_token" ? "The access token is invalid or expired." : "Sign in to use this endpoint.";
  return json(
    { error: reason === "invalid_token" ? "invalid_token" : "unauthorized", message },
    {
      status: 401,
      headers: { "WWW-Authenticate": challenge },
    },
  );
}

export function notFound() {
  return json({ error: "not_found", message: "There is no such endpoint." }, { status: 404 });
}

export function jsonErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      logProblem("api.unexpected-error", { error: errorKind(error) });
      return json({ error: "internal_error", message: "Something went wrong. Please try again." }, { status: 500 });
    }
  };
}

export function tooManyRequests({ message, retryAfterSeconds }: { message: string; retryAfterSeconds: number }) {
  return json(
    { error: "rate_limited", message, retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}

export function serviceUnavailable({ message, retryAfterSeconds }: { message: string; retryAfterSeconds: number }) {
  return json(
    { error: "service_unavailable", message, retryAfterSeconds },
    { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}

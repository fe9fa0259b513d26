"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** True once in a browser that has WebAuthn; false on the server and without JavaScript. */
export function usePasskeySupport(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => typeof window.PublicKeyCredential === "function",
    () => false,
  );
}

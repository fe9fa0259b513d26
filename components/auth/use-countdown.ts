"use client";

import { useEffect, useState } from "react";

/** Counts whole seconds down from `seconds`, starting over whenever `seconds` or `restartOn` changes. */
export function useCountdown(seconds: number, restartOn: unknown): number {
  const [left, setLeft] = useState(seconds);
  const [started, setStarted] = useState({ seconds, restartOn });
  if (started.seconds !== seconds || started.restartOn !== restartOn) {
    setStarted({ seconds, restartOn });
    setLeft(seconds);
  }
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return left;
}

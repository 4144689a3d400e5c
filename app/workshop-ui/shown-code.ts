/**
 * The join code the room is shown (decision 014). The server keeps only a code's hash and hands
 * the code out once, to whoever made it; so the browser that made it keeps it for this workshop
 * (localStorage), and the shared screen opened from the console in that browser shows the same
 * code, also when it is made after the screen opened (the storage event).
 */
import { useEffect, useState } from "react";
import type { JoinCodeView } from "../workshops/workshop-types";
import type { ShownCode } from "./code-card";

const key = (workshopId: string) => `boplan:workshop-code:${workshopId}`;

interface StoredCode extends ShownCode {
  expiresAt: string;
}

function isStoredCode(value: unknown): value is StoredCode {
  const code = value as Partial<StoredCode> | null;
  return (
    !!code &&
    typeof code.code === "string" &&
    typeof code.path === "string" &&
    code.path.startsWith("/w/") &&
    (code.role === "resident" || code.role === "observer") &&
    typeof code.expiresAt === "string"
  );
}

/** The code kept for this workshop, unless it has expired. */
export function readShownCode(workshopId: string, now = Date.now()): StoredCode | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key(workshopId)) ?? "null");
    if (!isStoredCode(value) || Date.parse(value.expiresAt) <= now) return null;
    return value;
  } catch {
    return null;
  }
}

/**
 * @example
 * keepShownCode(workshop.id, { code: "K7P2QX", path: "/w/K7P2QX", role: "resident", expiresAt });
 */
export function keepShownCode(workshopId: string, code: StoredCode): void {
  try {
    window.localStorage.setItem(key(workshopId), JSON.stringify(code));
    window.dispatchEvent(new StorageEvent("storage", { key: key(workshopId) }));
  } catch {
    // Private mode or a full store: the code is still shown on this page.
  }
}

/** Forgets the code (revoked, or the workshop ended). */
export function forgetShownCode(workshopId: string): void {
  try {
    window.localStorage.removeItem(key(workshopId));
    window.dispatchEvent(new StorageEvent("storage", { key: key(workshopId) }));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/**
 * The kept code, following changes made in another window of this browser.
 *
 * @example
 * const shown = useShownCode(workshop.id);
 */
export function useShownCode(workshopId: string): StoredCode | null {
  const [code, setCode] = useState<StoredCode | null>(null);
  useEffect(() => {
    const refresh = (event?: StorageEvent) => {
      if (event && event.key !== null && event.key !== key(workshopId)) return;
      setCode(readShownCode(workshopId));
    };
    refresh();
    window.addEventListener("storage", refresh);
    return () => window.removeEventListener("storage", refresh);
  }, [workshopId]);
  return code;
}

/**
 * The code to show the room: the newest resident code the server still holds in words (it hands
 * them to planners' console and screen), else the newest of any role, else the one this browser kept.
 *
 * @example
 * const shown = codeToShow(data.joinCodes, useShownCode(workshop.id));
 */
export function codeToShow(codes: readonly JoinCodeView[], kept: ShownCode | null): ShownCode | null {
  const spoken = codes.filter((code): code is JoinCodeView & { code: string; path: string } => typeof code.code === "string" && typeof code.path === "string");
  const newest = spoken.filter((code) => code.role === "resident").at(-1) ?? spoken.at(-1);
  return newest ? { code: newest.code, path: newest.path, role: newest.role } : kept;
}

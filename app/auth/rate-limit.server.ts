import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Failed sign-ins: 10 per user name and 30 per address per 15 minutes.
const perUsername = new RateLimiterMemory({ keyPrefix: "login-user", points: 10, duration: 15 * 60 });
const perAddress = new RateLimiterMemory({ keyPrefix: "login-ip", points: 30, duration: 15 * 60 });

export interface LoginThrottle {
  /** Seconds to wait, or 0 when a new attempt is allowed. */
  retryAfterSeconds: number;
}

export async function checkLoginAllowed(address: string, username: string): Promise<LoginThrottle> {
  const [byUser, byAddress] = await Promise.all([
    perUsername.get(username.toLowerCase()),
    perAddress.get(address),
  ]);
  const blocked = [byUser, byAddress].filter(
    (result): result is RateLimiterRes => result !== null && result.remainingPoints <= 0,
  );
  if (blocked.length === 0) return { retryAfterSeconds: 0 };
  return { retryAfterSeconds: Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000) };
}

export async function recordFailedLogin(address: string, username: string): Promise<void> {
  await Promise.all([
    perUsername.penalty(username.toLowerCase(), 1),
    perAddress.penalty(address, 1),
  ]);
}

export async function recordSuccessfulLogin(username: string): Promise<void> {
  await perUsername.delete(username.toLowerCase());
}

/** The client's address as seen by the server (the Express app passes it in the load context). */
export function clientAddress(context: { clientAddress?: string }): string {
  return context.clientAddress ?? "unknown";
}

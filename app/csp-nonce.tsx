import { createContext, useContext } from "react";

/**
 * This response's Content-Security-Policy nonce (server/content-security-policy.ts),
 * for the few inline scripts Remix renders. Only the server knows it: browsers hide
 * a nonce from the page once it is parsed, so in the browser this is "".
 */
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}

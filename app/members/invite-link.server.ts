import QRCode from "qrcode";

/**
 * The absolute invite URL: `publicUrl` (PUBLIC_URL, `context.config.publicUrl`) wins over the
 * request's own origin, for proxies.
 */
export function inviteUrl(request: Request, token: string, publicUrl: string | null): string {
  const base = publicUrl ?? new URL(request.url).origin;
  return `${base}/invite/${token}`;
}

/** The invite URL as an SVG QR code, for workshop participants to scan. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}

/**
 * A workshop's join code as the room sees it (decision 014): the code in big letters, the address
 * to type it at, and its QR code (made in the browser by the `qrcode` library, shown as an
 * <img>, so the SVG is never read into the page as markup: decision 011), with "Vis stor
 * QR-kode" for a projector, as the invite link card does (app/members/invite-link-card.tsx).
 */
import { Button, Dialog, Heading } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GuestRole } from "../workshops/workshop-types";

/** The SVG as an image URL: an <img> never runs script or reads markup into the page. */
function svgImageUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * The QR code of `text` as an image URL, once made (null until then).
 *
 * @example
 * const qr = useQrCode("https://boplan.example/w/K7P2QX");
 */
export function useQrCode(text: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!text) {
      setUrl(null);
      return;
    }
    let current = true;
    // Loaded when needed: the pages that show no code never fetch the library.
    void import("qrcode")
      .then((QRCode) => QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 }))
      .then((svg) => {
        if (current) setUrl(svgImageUrl(svg));
      })
      .catch(() => {
        if (current) setUrl(null);
      });
    return () => {
      current = false;
    };
  }, [text]);
  return url;
}

/** The code with a space in the middle, as people read it out ("K7P 2QX"). */
export function spacedCode(code: string): string {
  return code.length >= 6 ? `${code.slice(0, Math.ceil(code.length / 2))} ${code.slice(Math.ceil(code.length / 2))}` : code;
}

export interface ShownCode {
  code: string;
  path: string;
  role: GuestRole;
}

/**
 * @example
 * <JoinCodeDisplay shown={{ code: "K7P2QX", path: "/w/K7P2QX", role: "resident" }} size="screen" />
 */
export function JoinCodeDisplay({ shown, size }: { shown: ShownCode; size: "screen" | "console" }) {
  const { t } = useTranslation();
  const largeQr = useRef<HTMLDialogElement>(null);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const address = `${origin}${shown.path}`;
  const qr = useQrCode(origin ? address : null);
  const role = t(`role.${shown.role}`);
  const joinPage = `${origin.replace(/^https?:\/\//, "")}/w`;
  return (
    <div className={`join-code join-code--${size}`} data-testid="join-code">
      <div className="join-code__text">
        <p className="join-code__label">{t("workshopUi.screen.joinAt")}</p>
        <p className="join-code__address">{joinPage}</p>
        <p className="join-code__code" data-testid="join-code-value" aria-label={`${t("workshopUi.code.codeLabel")}: ${shown.code.split("").join(" ")}`}>
          {spacedCode(shown.code)}
        </p>
        {size === "console" ? (
          <p>
            <span className="muted">{t("workshopUi.code.address")}: </span>
            <a className="ds-link" href={shown.path}>
              {address}
            </a>
          </p>
        ) : null}
      </div>
      {qr ? <img className="join-code__qr" src={qr} alt={t("workshopUi.code.qrAlt", { role })} width={size === "screen" ? 360 : 200} height={size === "screen" ? 360 : 200} /> : null}
      {size === "console" && qr ? (
        <>
          <Button type="button" variant="secondary" onClick={() => largeQr.current?.showModal()}>
            {t("workshopUi.code.showLarge")}
          </Button>
          <Dialog ref={largeQr} className="workshop-qr-dialog" closeButton={t("workshopUi.code.closeLarge")} aria-labelledby="join-qr-dialog-title">
            <Dialog.Block className="workshop-qr-dialog__body">
              <Heading level={2} data-size="md" id="join-qr-dialog-title">
                {t("workshopUi.code.largeTitle", { role })} · {spacedCode(shown.code)}
              </Heading>
              <img className="workshop-qr-dialog__image" src={qr} alt={t("workshopUi.code.qrAlt", { role })} />
            </Dialog.Block>
          </Dialog>
        </>
      ) : null}
    </div>
  );
}

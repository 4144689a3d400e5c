import { Alert, Button, Card, Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useCopyText } from "./use-copy-text";
import "./invite-link-card.css";

export interface CreatedInvite {
  url: string;
  role: string;
  /** The link as an SVG QR code, made on the server by the qrcode library. */
  qr: string;
}

/**
 * The SVG as an image URL: an <img> never runs script or reads markup into the
 * page, so the QR code needs no HTML sink (decision 011).
 */
function svgImageUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * A new invite link, shown once: the link with a copy button, its QR code large
 * enough to scan across a room, and a full-screen QR code for a projector.
 */
export function InviteLinkCard({ invite }: { invite: CreatedInvite }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const largeQr = useRef<HTMLDialogElement>(null);
  const { state, copy } = useCopyText();
  // A new link moves focus to it, so it is announced and ready to copy.
  useEffect(() => {
    heading.current?.focus();
  }, [invite]);
  const role = t(`role.${invite.role}`);
  const qrUrl = svgImageUrl(invite.qr);
  const qrAlt = t("members.qrAlt", { role });
  return (
    <Card data-color="accent" data-testid="new-invite" className="stack">
      <Heading level={3} data-size="xs" ref={heading} tabIndex={-1}>
        {t("members.newInvite")}: {role}
      </Heading>
      <Alert data-color="warning">{t("members.linkOnce")}</Alert>
      <Paragraph>
        <span className="muted">{t("members.linkLabel")}: </span>
        <a className="invite-link" href={invite.url} data-testid="invite-url" ref={link}>
          {invite.url}
        </a>
      </Paragraph>
      <div className="row">
        <Button type="button" variant="secondary" onClick={() => void copy(invite.url, link.current)}>
          {t("members.copyLink")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => largeQr.current?.showModal()}>
          {t("members.showLargeQr")}
        </Button>
        <span role="status" className={state === "copied" ? "invite-copied" : undefined}>
          {state === "copied" ? t("members.copied") : state === "selected" ? t("members.copySelected") : ""}
        </span>
      </div>
      <img className="invite-qr" src={qrUrl} alt={qrAlt} width={320} height={320} />
      <Dialog ref={largeQr} className="invite-qr-dialog" closeButton={t("members.closeLargeQr")} aria-labelledby="invite-qr-dialog-title">
        <Dialog.Block className="invite-qr-dialog__body">
          <Heading level={2} data-size="md" id="invite-qr-dialog-title">
            {t("members.largeQrTitle", { role })}
          </Heading>
          <img className="invite-qr-dialog__image" src={qrUrl} alt={qrAlt} />
        </Dialog.Block>
      </Dialog>
    </Card>
  );
}

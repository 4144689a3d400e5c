/**
 * Join codes on the console (decision 014): make one for residents or observers; the new code is
 * shown with its QR code and kept in this browser for the shared screen; the codes in use can be
 * revoked.
 */
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format-time";
import type { GuestRole, JoinCodeView } from "../workshops/workshop-types";
import { guestRoles } from "../workshops/workshop-types";
import { JoinCodeDisplay } from "./code-card";
import { codeToShow, forgetShownCode, keepShownCode, useShownCode } from "./shown-code";
import { useWorkshopAction } from "./use-workshop-action";

type CreatedCode = {
  code: string;
  path: string;
  role?: GuestRole;
  expiresAt?: string;
};

/** The end of today in Oslo is the server's rule; this is only how long this browser keeps the code. */
const keepFor = 12 * 60 * 60 * 1000;

function RevokeButton({ code, actionUrl, workshopId }: { code: JoinCodeView; actionUrl: string; workshopId: string }) {
  const { t, i18n } = useTranslation();
  const action = useWorkshopAction(actionUrl, { onDone: () => forgetShownCode(workshopId) });
  return (
    <li className="row">
      <span>
        {t(`role.${code.role}`)} · {t("workshopUi.code.expires", { time: formatDateTime(code.expiresAt, i18n.language) })}
      </span>
      <Button type="button" data-size="sm" variant="tertiary" disabled={action.busy} onClick={() => action.send("revokeCode", { codeId: code.id })}>
        {t("workshopUi.code.revoke")}
      </Button>
    </li>
  );
}

/**
 * @example
 * <CodePanel workshopId={workshop.id} codes={joinCodes} actionUrl={url} />
 */
export function CodePanel({ workshopId, codes, actionUrl }: { workshopId: string; codes: JoinCodeView[]; actionUrl: string }) {
  const { t } = useTranslation();
  const shown = codeToShow(codes, useShownCode(workshopId));
  const sentRole = useRef<GuestRole>("resident");
  const action = useWorkshopAction<CreatedCode>(actionUrl, {
    onDone: (data) => {
      if (typeof data.code !== "string" || typeof data.path !== "string") return;
      const role = data.role ?? sentRole.current;
      keepShownCode(workshopId, { code: data.code, path: data.path, role, expiresAt: data.expiresAt ?? new Date(Date.now() + keepFor).toISOString() });
    },
  });
  return (
    <section className="stack" aria-labelledby="code-heading">
      <Heading level={3} data-size="xs" id="code-heading">
        {t("workshopUi.code.heading")}
      </Heading>
      {shown ? (
        <>
          <JoinCodeDisplay shown={shown} size="console" />
          <Paragraph data-size="sm" className="muted">
            {t("workshopUi.code.once")}
          </Paragraph>
        </>
      ) : (
        <Paragraph className="muted">{t("workshopUi.code.none")}</Paragraph>
      )}
      <div className="row">
        {guestRoles.map((role) => (
          <Button key={role} type="button" variant={role === "resident" ? "primary" : "secondary"} disabled={action.busy} onClick={() => {
              sentRole.current = role;
              action.send("createCode", { role });
            }} data-role={role}>
            {t("workshopUi.code.create", { role: t(`role.${role}`).toLowerCase() })}
          </Button>
        ))}
      </div>
      {action.message ? <Paragraph role="alert">{action.message}</Paragraph> : null}
      {codes.length > 0 ? (
        <>
          <Paragraph data-size="sm">{t("workshopUi.code.codes", { count: codes.length })}</Paragraph>
          <ul className="stack">
            {codes.map((code) => (
              <RevokeButton key={code.id} code={code} actionUrl={actionUrl} workshopId={workshopId} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

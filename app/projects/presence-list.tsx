import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { PresentUser } from "../sync/use-shared-document";

/** Who is in the project right now, by name and role. */
export function PresenceList({ present, connected }: { present: PresentUser[]; connected: boolean }) {
  const { t } = useTranslation();
  const others = present.filter((user) => !user.isSelf);
  return (
    <section aria-labelledby="presence-heading" className="stack">
      <Heading level={2} data-size="sm" id="presence-heading">
        {t("project.presence")}
      </Heading>
      <ul className="presence-list" aria-live="polite" data-testid="presence">
        {present.map((user) => (
          <li key={user.id}>
            <span>
              {user.name}
              {user.isSelf ? ` (${t("project.you")})` : ""}
            </span>
            <Tag data-size="sm" data-color="neutral">
              {t(`role.${user.role}`)}
            </Tag>
          </li>
        ))}
      </ul>
      {!connected ? (
        <Paragraph className="muted">{t("project.presenceUnknown")}</Paragraph>
      ) : others.length === 0 ? (
        <Paragraph className="muted">{t("project.presenceNone")}</Paragraph>
      ) : null}
    </section>
  );
}

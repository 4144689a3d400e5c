import { Button, Field, Heading, Label, Paragraph, Select, Table } from "@digdir/designsystemet-react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { invitableRoles } from "../permissions";
import { formatDateTime } from "../ui/format-time";
import { InviteLinkCard, type CreatedInvite } from "./invite-link-card";
import { inviteValidDays } from "./invite-options";

interface InviteRow {
  id: string;
  role: string;
  uses: number;
  expiresAt: string;
}

/** Create invite links (with a QR code for workshops) and revoke active ones. */
export function InvitePanel({
  invites,
  created,
}: {
  invites: InviteRow[];
  created?: CreatedInvite;
}) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  return (
    <section aria-labelledby="invite-heading" className="stack">
      <Heading level={2} data-size="md" id="invite-heading">
        {t("members.inviteTitle")}
      </Heading>
      <Paragraph>{t("members.inviteIntro")}</Paragraph>
      <Form method="post" className="row" style={{ alignItems: "flex-end" }}>
        <input type="hidden" name="intent" value="createInvite" />
        <Field>
          <Label htmlFor="invite-role">{t("members.inviteRole")}</Label>
          <Select id="invite-role" name="role" defaultValue="police">
            {invitableRoles.map((role) => (
              <Select.Option key={role} value={role}>
                {t(`role.${role}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="invite-days">{t("members.validDays")}</Label>
          <Select id="invite-days" name="validDays" defaultValue="7">
            {inviteValidDays.map((days) => (
              <Select.Option key={days} value={String(days)}>
                {t("members.days", { count: days })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={navigation.state !== "idle"}>
          {t("members.createInvite")}
        </Button>
      </Form>
      {created ? <InviteLinkCard invite={created} /> : null}
      <Heading level={3} data-size="xs">
        {t("members.activeInvites")}
      </Heading>
      {invites.length === 0 ? (
        <Paragraph>{t("members.noInvites")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("members.role")}</Table.HeaderCell>
                <Table.HeaderCell>{t("members.expires")}</Table.HeaderCell>
                <Table.HeaderCell>{t("members.uses")}</Table.HeaderCell>
                <Table.HeaderCell>{t("members.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {invites.map((invite) => (
                <Table.Row key={invite.id}>
                  <Table.Cell>{t(`role.${invite.role}`)}</Table.Cell>
                  <Table.Cell>{formatDateTime(invite.expiresAt, i18n.language)}</Table.Cell>
                  <Table.Cell>{invite.uses}</Table.Cell>
                  <Table.Cell>
                    <Form method="post">
                      <input type="hidden" name="intent" value="revokeInvite" />
                      <input type="hidden" name="inviteId" value={invite.id} />
                      <Button type="submit" variant="tertiary" data-size="sm" data-color="danger">
                        {t("members.revoke")}
                      </Button>
                    </Form>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

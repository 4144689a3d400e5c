import { Alert, Button, Heading, Select, Table } from "@digdir/designsystemet-react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Role } from "../permissions";
import { invitableRoles } from "../permissions";
import { formatDate } from "../ui/format-time";

interface MemberRow {
  userId: string;
  name: string;
  role: Role;
  joinedAt: string;
}

/** The project's members; the owner can change roles and remove people. */
export function MemberTable({
  members,
  selfId,
  mayManage,
  error,
}: {
  members: MemberRow[];
  selfId: string;
  mayManage: boolean;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  return (
    <section aria-labelledby="members-heading" className="stack">
      <Heading level={2} data-size="md" id="members-heading">
        {t("members.title")}
      </Heading>
      {error ? (
        <Alert data-color="danger" role="alert">
          {t(error)}
        </Alert>
      ) : null}
      <div className="table-wrap">
        <Table data-testid="members" className="stacked-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("members.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("members.role")}</Table.HeaderCell>
              <Table.HeaderCell>{t("members.joined")}</Table.HeaderCell>
              {mayManage ? <Table.HeaderCell>{t("members.actions")}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {members.map((member) => {
              const fixed = member.role === "owner";
              return (
                <Table.Row key={member.userId}>
                  <Table.Cell>
                    {member.name} {member.userId === selfId ? t("members.you") : ""}
                  </Table.Cell>
                  <Table.Cell data-label={t("members.role")}>{t(`role.${member.role}`)}</Table.Cell>
                  <Table.Cell data-label={t("members.joined")}>{formatDate(member.joinedAt, i18n.language)}</Table.Cell>
                  {mayManage ? (
                    <Table.Cell>
                      {fixed ? null : (
                        <div className="row">
                          <Form method="post" className="row member-role-form">
                            <input type="hidden" name="intent" value="changeRole" />
                            <input type="hidden" name="userId" value={member.userId} />
                            <Select
                              name="role"
                              defaultValue={member.role}
                              aria-label={t("members.changeRole", { name: member.name })}
                              data-size="sm"
                            >
                              {invitableRoles.map((role) => (
                                <Select.Option key={role} value={role}>
                                  {t(`role.${role}`)}
                                </Select.Option>
                              ))}
                            </Select>
                            <Button type="submit" variant="secondary" data-size="sm" disabled={navigation.state !== "idle"}>
                              {t("members.saveRole")}
                            </Button>
                          </Form>
                          <Form method="post">
                            <input type="hidden" name="intent" value="removeMember" />
                            <input type="hidden" name="userId" value={member.userId} />
                            <Button
                              type="submit"
                              variant="tertiary"
                              data-color="danger"
                              data-size="sm"
                              aria-label={t("members.removeLabel", { name: member.name })}
                              disabled={navigation.state !== "idle"}
                            >
                              {t("members.remove")}
                            </Button>
                          </Form>
                        </div>
                      )}
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

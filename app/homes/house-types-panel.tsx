/**
 * The project's house types: add one, rename or delete each. Deleting a house type keeps its
 * homes (without a house type); focus then goes to the section's heading, not to the page's top.
 */
import { Button, Heading, Input, Paragraph, Table, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ActionMessage, useRefusalText } from "./action-message";
import { nameMaxLength } from "./homes-input";
import type { HomesActionResult, HomesPageData } from "./homes-page.server";
import { useServerValue } from "./use-server-value";

type HouseType = HomesPageData["houseTypes"][number];

export function HouseTypesPanel({ houseTypes }: { houseTypes: HouseType[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const deletion = useFetcher<HomesActionResult>({ key: "delete-house-type" });
  const addition = useFetcher<HomesActionResult>();
  const addForm = useRef<HTMLFormElement>(null);
  const addError = useRefusalText(addition.data, "name");

  useEffect(() => {
    if (deletion.state === "idle" && deletion.data?.ok) heading.current?.focus();
  }, [deletion.state, deletion.data]);
  useEffect(() => {
    if (addition.state === "idle" && addition.data?.ok) addForm.current?.reset();
  }, [addition.state, addition.data]);

  return (
    <section aria-labelledby="house-types-heading" className="stack homes-section">
      <Heading level={3} data-size="sm" id="house-types-heading" ref={heading} tabIndex={-1}>
        {t("homes.houseTypes.title")}
      </Heading>
      <Paragraph className="muted">{t("homes.houseTypes.intro")}</Paragraph>
      {houseTypes.length === 0 ? <Paragraph>{t("homes.houseTypes.none")}</Paragraph> : null}
      {houseTypes.length > 0 ? (
        <div className="table-wrap">
          <Table className="stacked-table house-types" data-testid="house-types">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("homes.homes.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("homes.tabs.homes")}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t("homes.houseTypes.rename")}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {houseTypes.map((type) => (
                <HouseTypeRow key={type.id} type={type} deletion={deletion} />
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
      <ActionMessage result={deletion.data} />
      <addition.Form method="post" className="row house-type-add" ref={addForm}>
        <input type="hidden" name="intent" value="addHouseType" />
        <Textfield label={t("homes.houseTypes.name")} name="name" maxLength={nameMaxLength} autoComplete="off" error={addError ?? undefined} />
        <Button type="submit" variant="secondary" disabled={addition.state !== "idle"}>
          {t("homes.houseTypes.add")}
        </Button>
      </addition.Form>
      <ActionMessage result={addition.data} skipFields={["name"]} />
    </section>
  );
}

function HouseTypeRow({ type, deletion }: { type: HouseType; deletion: ReturnType<typeof useFetcher<HomesActionResult>> }) {
  const { t } = useTranslation();
  const rename = useFetcher<HomesActionResult>();
  const [name, setName] = useServerValue(type.name);
  const error = useRefusalText(rename.data, "name");
  const formId = `house-type-${type.id}`;
  return (
    <Table.Row>
      <Table.Cell data-label={t("homes.homes.name")}>
        <rename.Form method="post" id={formId}>
          <input type="hidden" name="intent" value="renameHouseType" />
          <input type="hidden" name="houseTypeId" value={type.id} />
        </rename.Form>
        <Input
          form={formId}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-label={t("homes.houseTypes.nameOf", { name: type.name })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${formId}-error` : undefined}
          maxLength={nameMaxLength}
          autoComplete="off"
        />
        {error ? <ValidationMessage id={`${formId}-error`}>{error}</ValidationMessage> : null}
      </Table.Cell>
      <Table.Cell data-label={t("homes.tabs.homes")}>{t("homes.houseTypes.usedBy", { count: type.homeCount })}</Table.Cell>
      <Table.Cell>
        <div className="row">
          <Button type="submit" form={formId} variant="secondary" data-size="sm" disabled={rename.state !== "idle"} aria-label={t("homes.houseTypes.renameLabel", { name: type.name })}>
            {t("homes.houseTypes.rename")}
          </Button>
          <deletion.Form method="post">
            <input type="hidden" name="intent" value="deleteHouseType" />
            <input type="hidden" name="houseTypeId" value={type.id} />
            <Button
              type="submit"
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              disabled={deletion.state !== "idle"}
              aria-label={t("homes.houseTypes.deleteLabel", { name: type.name })}
            >
              {t("homes.houseTypes.delete")}
            </Button>
          </deletion.Form>
        </div>
        <ActionMessage result={rename.data} skipFields={["name"]} />
      </Table.Cell>
    </Table.Row>
  );
}

/**
 * The project's homes, one row each: its name, its house type and the resident it is allocated
 * to, saved together with the row's button (Enter in the name saves too).
 */
import { Button, Input, Select, Table, ValidationMessage } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionMessage, useRefusalText } from "./action-message";
import { nameMaxLength } from "./homes-input";
import type { HomesActionResult, HomesPageData } from "./homes-page.server";
import { useServerValue } from "./use-server-value";

type Home = HomesPageData["homes"][number];

export function HomesTable({ data }: { data: HomesPageData }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table className="stacked-table homes-table" data-testid="homes">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("homes.homes.number")}</Table.HeaderCell>
            <Table.HeaderCell>{t("homes.homes.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("homes.homes.houseType")}</Table.HeaderCell>
            <Table.HeaderCell>{t("homes.homes.resident")}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">{t("homes.homes.save")}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {data.homes.map((home) => (
            <HomeRow key={home.id} home={home} data={data} />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function HomeRow({ home, data }: { home: Home; data: HomesPageData }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<HomesActionResult>();
  const [name, setName] = useServerValue(home.name);
  const [houseTypeId, setHouseTypeId] = useServerValue(home.houseTypeId ?? "");
  const [residentId, setResidentId] = useServerValue(home.residentId ?? "");
  const formId = `home-${home.id}`;
  const nameError = useRefusalText(fetcher.data, "name");
  const busy = fetcher.state !== "idle";
  const homeOf = new Map(data.homes.flatMap((other) => (other.residentId && other.id !== home.id ? [[other.residentId, other.name] as const] : [])));

  return (
    <Table.Row>
      <Table.Cell data-label={t("homes.homes.number")}>{home.number}</Table.Cell>
      <Table.Cell data-label={t("homes.homes.name")}>
        <fetcher.Form method="post" id={formId} className="homes-row-form">
          <input type="hidden" name="intent" value="saveHome" />
          <input type="hidden" name="homeId" value={home.id} />
        </fetcher.Form>
        <Input
          form={formId}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-label={t("homes.homes.nameOf", { name: home.name })}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${formId}-name-error` : undefined}
          maxLength={nameMaxLength}
          autoComplete="off"
        />
        {nameError ? <ValidationMessage id={`${formId}-name-error`}>{nameError}</ValidationMessage> : null}
      </Table.Cell>
      <Table.Cell data-label={t("homes.homes.houseType")}>
        <Select form={formId} name="houseTypeId" value={houseTypeId} onChange={(event) => setHouseTypeId(event.target.value)} aria-label={t("homes.homes.houseTypeOf", { name: home.name })}>
          <Select.Option value="">{t("homes.homes.noHouseType")}</Select.Option>
          {data.houseTypes.map((type) => (
            <Select.Option key={type.id} value={type.id}>
              {type.name}
            </Select.Option>
          ))}
        </Select>
      </Table.Cell>
      <Table.Cell data-label={t("homes.homes.resident")}>
        <Select form={formId} name="residentId" value={residentId} onChange={(event) => setResidentId(event.target.value)} aria-label={t("homes.homes.residentOf", { name: home.name })}>
          <Select.Option value="">{t("homes.homes.unallocated")}</Select.Option>
          {home.residentId && !home.residentIsMember ? (
            <Select.Option value={home.residentId}>{t("homes.homes.formerResident", { name: home.residentName ?? "" })}</Select.Option>
          ) : null}
          {data.residents.map((resident) => {
            const elsewhere = homeOf.get(resident.userId);
            return (
              <Select.Option key={resident.userId} value={resident.userId}>
                {elsewhere ? t("homes.homes.residentHasHome", { name: resident.name, home: elsewhere }) : resident.name}
              </Select.Option>
            );
          })}
        </Select>
      </Table.Cell>
      <Table.Cell>
        <Button type="submit" form={formId} variant="secondary" data-size="sm" disabled={busy} aria-label={t("homes.homes.saveHome", { name: home.name })}>
          {t("homes.homes.save")}
        </Button>
        <ActionMessage result={fetcher.data} skipFields={["name"]} />
      </Table.Cell>
    </Table.Row>
  );
}

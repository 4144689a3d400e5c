/**
 * The neighbours and addresses page (decision 013), planners only: the neighbourhood of a site
 * within the notice radius (counted on the server from the project's map data, with a sketch and
 * a table), and the address list the letters are printed for, with its CSV upload and export and
 * the deletion of owner names.
 */
import { Alert, Button, Checkbox, Field, Input, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AddressJson } from "./address-store.server";
import { maxCsvBytes, maxCsvRows } from "./address-csv";
import { FormProblem } from "./neighbour-form-parts";
import type { NeighbourhoodJson } from "./neighbourhood.server";
import { NeighbourhoodSketch } from "./neighbourhood-sketch";
import { maxRadiusMetres, minRadiusMetres } from "./notice-radius";
import { useNeighbourForm } from "./use-neighbour-form";

const actionUrl = (projectId: string) => `/projects/${projectId}/neighbours/addresses`;

function TakeFromMap({ projectId, neighbourhood }: { projectId: string; neighbourhood: NeighbourhoodJson }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  const count = neighbourhood.result?.addresses.length ?? 0;
  if (!neighbourhood.site || count === 0) return null;
  const details = form.fetcher.data?.ok ? form.fetcher.data.details : undefined;
  return (
    <form.fetcher.Form method="post" action={actionUrl(projectId)} className="row">
      <input type="hidden" name="intent" value="takeFromMap" />
      <input type="hidden" name="siteId" value={neighbourhood.site.id} />
      <input type="hidden" name="radiusMetres" value={neighbourhood.radiusMetres} />
      <Button type="submit" aria-disabled={form.busy || undefined}>
        {t("neighbours.addresses.neighbourhood.take", { count })}
      </Button>
      <Paragraph role="status" data-size="sm">
        {details && form.saved ? t("neighbours.addresses.neighbourhood.taken", { added: details.added, skipped: details.skipped }) : ""}
      </Paragraph>
      <FormProblem form={form} />
    </form.fetcher.Form>
  );
}

function Neighbourhood({ projectId, neighbourhood }: { projectId: string; neighbourhood: NeighbourhoodJson }) {
  const { t } = useTranslation();
  const { site, result } = neighbourhood;
  return (
    <section className="neighbours-section" aria-labelledby="neighbourhood-title">
      <h3 id="neighbourhood-title" className="ds-heading" data-size="sm">
        {t("neighbours.addresses.neighbourhood.title")}
      </h3>
      <Paragraph>{t("neighbours.addresses.neighbourhood.intro")}</Paragraph>
      {!site ? (
        <Alert data-color="info">{t("neighbours.addresses.neighbourhood.noSites")}</Alert>
      ) : (
        <>
          <Form method="get" className="neighbours-controls" preventScrollReset>
            <Field>
              <Label htmlFor="neighbourhood-site">{t("neighbours.addresses.neighbourhood.site")}</Label>
              <Select id="neighbourhood-site" name="site" defaultValue={site.id} key={site.id}>
                {neighbourhood.sites.map((choice) => (
                  <Select.Option key={choice.id} value={choice.id}>
                    {choice.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              id="neighbourhood-radius"
              type="number"
              inputMode="numeric"
              name="radius"
              min={minRadiusMetres}
              max={maxRadiusMetres}
              step={5}
              label={t("neighbours.addresses.neighbourhood.radius")}
              description={t("neighbours.addresses.neighbourhood.radiusHelp", { min: minRadiusMetres, max: maxRadiusMetres })}
              defaultValue={String(neighbourhood.radiusMetres)}
              key={neighbourhood.radiusMetres}
            />
            <Button type="submit" variant="secondary">
              {t("neighbours.addresses.neighbourhood.show")}
            </Button>
          </Form>
          {neighbourhood.mapBuildingsAndAddresses === 0 ? <Alert data-color="warning">{t("neighbours.addresses.neighbourhood.noMapData")}</Alert> : null}
          {result && neighbourhood.mapBuildingsAndAddresses > 0 ? (
            <div className="neighbours-neighbourhood">
              <NeighbourhoodSketch result={result} />
              <div className="stack">
                <p data-testid="neighbourhood-count" data-buildings={result.buildingCount} data-addresses={result.addresses.length}>
                  {t("neighbours.addresses.neighbourhood.summary", { radius: result.radiusMetres, site: site.name })}{" "}
                  <strong>{t("neighbours.addresses.neighbourhood.buildings", { count: result.buildingCount })}</strong>,{" "}
                  <strong>{t("neighbours.addresses.neighbourhood.addressCount", { count: result.addresses.length })}</strong>.
                </p>
                {result.buildingsWithoutAddress > 0 ? <p>{t("neighbours.addresses.neighbourhood.withoutAddress", { count: result.buildingsWithoutAddress })}</p> : null}
                {result.addresses.length > 0 ? (
                  <div className="table-wrap">
                    <table className="neighbours-table stacked-table">
                      <caption>{t("neighbours.addresses.neighbourhood.found")}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("neighbours.addresses.neighbourhood.address")}</th>
                          <th scope="col">{t("neighbours.addresses.neighbourhood.postcode")}</th>
                          <th scope="col">{t("neighbours.addresses.neighbourhood.city")}</th>
                          <th scope="col">{t("neighbours.addresses.neighbourhood.distance")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {result.addresses.map((entry) => (
                          <tr key={`${entry.address}|${entry.postcode}`}>
                            <th scope="row" data-label={t("neighbours.addresses.neighbourhood.address")}>
                              {entry.address}
                            </th>
                            <td data-label={t("neighbours.addresses.neighbourhood.postcode")}>{entry.postcode || "–"}</td>
                            <td data-label={t("neighbours.addresses.neighbourhood.city")}>{entry.city || "–"}</td>
                            <td className="neighbours-table__number" data-label={t("neighbours.addresses.neighbourhood.distance")}>
                              {t("neighbours.addresses.neighbourhood.metres", { count: entry.distanceMetres })}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
                <TakeFromMap projectId={projectId} neighbourhood={neighbourhood} />
              </div>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function UploadForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  const details = form.fetcher.data?.ok ? form.fetcher.data.details : undefined;
  return (
    <form.fetcher.Form method="post" action={actionUrl(projectId)} encType="multipart/form-data" className="neighbours-form" aria-labelledby="upload-title" noValidate>
      <h4 id="upload-title" className="ds-heading" data-size="xs">
        {t("neighbours.addresses.list.upload.title")}
      </h4>
      <input type="hidden" name="intent" value="importCsv" />
      <Field>
        <Label htmlFor="address-csv">{t("neighbours.addresses.list.upload.file")}</Label>
        <Field.Description id="address-csv-help">{t("neighbours.addresses.list.upload.help", { kb: maxCsvBytes / 1024, rows: maxCsvRows })}</Field.Description>
        <Input id="address-csv" type="file" name="csv" accept=".csv,text/csv,text/plain" aria-describedby="address-csv-help" aria-invalid={form.problem ? true : undefined} />
      </Field>
      {form.message ? (
        <Alert data-color="danger" data-size="sm" data-testid="csv-problem">
          {form.message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
          {t("neighbours.addresses.list.upload.submit")}
        </Button>
        <Paragraph role="status" data-size="sm">
          {details && form.saved ? t("neighbours.addresses.list.upload.added", { added: details.added, skipped: details.skipped }) : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}

function RowAction({ projectId, intent, addressId, label, rowName }: { projectId: string; intent: "deleteOwnerName" | "removeAddress"; addressId: string; label: string; rowName: string }) {
  const form = useNeighbourForm();
  return (
    <form.fetcher.Form method="post" action={actionUrl(projectId)}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="addressId" value={addressId} />
      <Button type="submit" variant="tertiary" data-size="sm" data-color={intent === "removeAddress" ? "danger" : undefined} aria-disabled={form.busy || undefined}>
        {label}
        <span className="visually-hidden"> – {rowName}</span>
      </Button>
    </form.fetcher.Form>
  );
}

function ListActions({ projectId, addresses }: { projectId: string; addresses: AddressJson[] }) {
  const { t } = useTranslation();
  const owners = useNeighbourForm();
  const clear = useNeighbourForm();
  return (
    <div className="neighbours-controls">
      {addresses.some((entry) => entry.ownerName !== null) ? (
        <owners.fetcher.Form method="post" action={actionUrl(projectId)}>
          <input type="hidden" name="intent" value="deleteAllOwnerNames" />
          <Button type="submit" variant="secondary" data-color="danger" aria-describedby="delete-owners-help" aria-disabled={owners.busy || undefined}>
            {t("neighbours.addresses.list.deleteAllOwners")}
          </Button>
          <span id="delete-owners-help" className="muted">
            {t("neighbours.addresses.list.deleteAllOwnersHelp")}
          </span>
        </owners.fetcher.Form>
      ) : null}
      <details>
        <summary>{t("neighbours.addresses.list.clear")}</summary>
        <clear.fetcher.Form method="post" action={actionUrl(projectId)} className="neighbours-controls">
          <input type="hidden" name="intent" value="clearAddresses" />
          <Checkbox name="confirm" value="yes" label={t("neighbours.addresses.list.clearConfirm")} />
          <Button type="submit" variant="secondary" data-color="danger" aria-disabled={clear.busy || undefined}>
            {t("neighbours.addresses.list.clear")}
          </Button>
          <FormProblem form={clear} />
        </clear.fetcher.Form>
      </details>
    </div>
  );
}

function AddressList({ projectId, addresses }: { projectId: string; addresses: AddressJson[] }) {
  const { t } = useTranslation();
  return (
    <section className="neighbours-section" aria-labelledby="address-list-title">
      <h3 id="address-list-title" className="ds-heading" data-size="sm">
        {t("neighbours.addresses.list.title")}
      </h3>
      <Paragraph>{t("neighbours.addresses.list.intro")}</Paragraph>
      <p data-testid="address-count" data-count={addresses.length}>
        {addresses.length === 0 ? t("neighbours.addresses.list.empty") : t("neighbours.addresses.list.count", { count: addresses.length })}
      </p>
      {addresses.length > 0 ? (
        <>
          <p className="neighbours-links">
            <a className="ds-link" href={`/projects/${projectId}/neighbours/addresses/export`} download>
              {t("neighbours.addresses.list.export")}
            </a>
          </p>
          <div className="table-wrap">
            <table className="neighbours-table stacked-table" data-testid="address-list">
              <caption className="visually-hidden">{t("neighbours.addresses.list.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("neighbours.addresses.neighbourhood.address")}</th>
                  <th scope="col">{t("neighbours.addresses.neighbourhood.postcode")}</th>
                  <th scope="col">{t("neighbours.addresses.neighbourhood.city")}</th>
                  <th scope="col">{t("neighbours.addresses.list.owner")}</th>
                  <th scope="col">{t("neighbours.addresses.list.source")}</th>
                  <th scope="col">{t("neighbours.addresses.list.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {addresses.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" data-label={t("neighbours.addresses.neighbourhood.address")}>
                      {entry.address}
                    </th>
                    <td data-label={t("neighbours.addresses.neighbourhood.postcode")}>{entry.postcode}</td>
                    <td data-label={t("neighbours.addresses.neighbourhood.city")}>{entry.city}</td>
                    <td data-label={t("neighbours.addresses.list.owner")}>{entry.ownerName ?? t("neighbours.addresses.list.noOwner")}</td>
                    <td data-label={t("neighbours.addresses.list.source")}>
                      {entry.source === "map" ? t("neighbours.addresses.list.sourceMap") : t("neighbours.addresses.list.sourceUpload")}
                      {entry.distanceMetres !== null ? ` (${t("neighbours.addresses.neighbourhood.metres", { count: entry.distanceMetres })})` : ""}
                    </td>
                    <td data-label={t("neighbours.addresses.list.actions")}>
                      <span className="row" style={{ gap: "0.25rem" }}>
                        {entry.ownerName !== null ? <RowAction projectId={projectId} intent="deleteOwnerName" addressId={entry.id} label={t("neighbours.addresses.list.deleteOwner")} rowName={entry.address} /> : null}
                        <RowAction projectId={projectId} intent="removeAddress" addressId={entry.id} label={t("neighbours.addresses.list.remove")} rowName={entry.address} />
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ListActions projectId={projectId} addresses={addresses} />
        </>
      ) : null}
      <UploadForm projectId={projectId} />
    </section>
  );
}

export function AddressesPage({ projectId, neighbourhood, addresses }: { projectId: string; neighbourhood: NeighbourhoodJson; addresses: AddressJson[] }) {
  return (
    <>
      <Neighbourhood projectId={projectId} neighbourhood={neighbourhood} />
      <AddressList projectId={projectId} addresses={addresses} />
    </>
  );
}

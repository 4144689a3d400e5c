import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useMapPage } from "../map-page/map-page-context";
import type { OtherOnMap } from "./map-presence";
import { useMapPresenceControls } from "./map-presence-context";

/** The others on the map and the site each is looking at: presence without the map. */
export function MapPresenceList() {
  const { t } = useTranslation();
  const { sites } = useMapPage();
  const { others } = useMapPresenceControls();
  const person = (other: OtherOnMap) => t("siteEditor.personWithRole", { name: other.name, role: t(`role.${other.role}`) });
  return (
    <section className="stack" aria-labelledby="map-presence-heading" data-testid="map-presence">
      <Heading level={3} data-size="2xs" id="map-presence-heading">
        {t("siteEditor.presenceHeading")}
      </Heading>
      {others.length === 0 ? <Paragraph className="muted">{t("siteEditor.presenceNone")}</Paragraph> : null}
      <ul className="site-list" aria-live="polite">
        {others.map((other) => {
          const site = sites.find((candidate) => candidate.id === other.siteId);
          return (
            <li key={other.userId}>
              {site ? t("siteEditor.presenceLooking", { person: person(other), site: site.name }) : t("siteEditor.presenceOnMap", { person: person(other) })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Who else is looking at this site right now, for its line in the list and its panel. */
export function OthersHere({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const { others } = useMapPresenceControls();
  const here = others.filter((other) => other.siteId === siteId);
  if (here.length === 0) return null;
  const names = here.map((other) => t("siteEditor.personWithRole", { name: other.name, role: t(`role.${other.role}`) })).join(", ");
  return <span className="others-here">{t("siteEditor.othersHere", { names })}</span>;
}

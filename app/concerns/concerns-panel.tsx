import { Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { cornersText } from "../sites/site-position";
import { AreaForm } from "./area-form";
import type { AreaInput } from "../documents/concerns-document";
import type { Area } from "./concern-document";
import { useConcernsContext } from "./use-concerns";
import "./concerns.css";

const emptyForm = { name: "", note: "", corners: "" };

/**
 * The areas-of-concern layer's panel: police draw, police and the municipality
 * see. Lists the areas (the non-map way to read the layer) and, for the police,
 * draws on the map or takes typed corners, changes and deletes. Renders nothing
 * for roles without access.
 */
export function ConcernsPanel() {
  const { t } = useTranslation();
  const concerns = useConcernsContext();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  // A new round of the add form after each save, so it starts empty again.
  const [round, setRound] = useState(0);
  const addForm = useRef<HTMLDivElement>(null);
  const { drawn, setDrawn, setDrawing } = concerns;

  // A polygon just finished on the map: take the keyboard to its name.
  useEffect(() => {
    if (drawn) addForm.current?.querySelector<HTMLElement>('[name="name"]')?.focus();
  }, [drawn]);

  if (!concerns.visible) return null;

  const add = (input: AreaInput) => {
    if (!concerns.add(input)) return;
    setDrawn(null);
    setRound((value) => value + 1);
    setMessage(t("concerns.saved", { name: input.name }));
  };
  const change = (id: string, input: AreaInput) => {
    concerns.update(id, input);
    setEditing(null);
    setMessage(t("concerns.saved", { name: input.name }));
  };
  const remove = (area: Area) => {
    if (!window.confirm(t("concerns.confirmRemove", { name: area.name }))) return;
    concerns.remove(area.id);
    setMessage(t("concerns.removed", { name: area.name }));
  };

  return (
    <section className="stack concerns-panel" aria-labelledby="concerns-heading" data-testid="concerns-panel">
      <Heading level={2} data-size="sm" id="concerns-heading">
        {t("concerns.title")}
      </Heading>
      <Paragraph data-size="sm">
        <Tag data-color="warning" data-size="sm">
          {t("concerns.restrictedTag")}
        </Tag>{" "}
        {t("concerns.restricted")}
      </Paragraph>
      {concerns.status !== "connected" && concerns.status !== "none" ? (
        <Paragraph data-size="sm" className="muted">
          {t(`concerns.status.${concerns.status}`)}
        </Paragraph>
      ) : null}
      <p role="status" className="muted">
        {message}
      </p>
      {concerns.list.length === 0 ? <Paragraph className="muted">{t("concerns.none")}</Paragraph> : null}
      {concerns.list.length > 0 ? (
        <ul className="concerns-list">
          {concerns.list.map((area) => (
            <li key={area.id} className="stack" data-testid="area-of-concern">
              <strong>{area.name}</strong>
              {area.note ? <span>{area.note}</span> : null}
              <span className="muted">{t("concerns.cornerCount", { count: area.geometry.coordinates[0].length - 1 })}</span>
              {concerns.editable ? (
                editing === area.id ? (
                  <AreaForm
                    title={t("concerns.editForm", { name: area.name })}
                    submitLabel={t("concerns.saveChanges")}
                    initial={{ name: area.name, note: area.note, corners: cornersText(area.geometry) }}
                    onSubmit={(input) => change(area.id, input)}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <div className="row">
                    <Button type="button" variant="secondary" data-size="sm" onClick={() => setEditing(area.id)}>
                      {t("concerns.edit", { name: area.name })}
                    </Button>
                    <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => remove(area)}>
                      {t("concerns.remove", { name: area.name })}
                    </Button>
                  </div>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {concerns.editable ? (
        <div className="stack" ref={addForm}>
          <div className="row">
            <Button type="button" variant={concerns.drawing ? "secondary" : "primary"} aria-pressed={concerns.drawing} onClick={() => setDrawing(!concerns.drawing)}>
              {concerns.drawing ? t("concerns.stopDrawing") : t("concerns.draw")}
            </Button>
          </div>
          {concerns.drawing ? <Paragraph data-size="sm">{t("concerns.drawHint")}</Paragraph> : null}
          {drawn ? <Paragraph data-size="sm">{t("concerns.drawnReady")}</Paragraph> : null}
          <AreaForm
            key={`${round}:${drawn ? cornersText(drawn) : ""}`}
            title={t("concerns.addForm")}
            submitLabel={t("concerns.save")}
            initial={drawn ? { ...emptyForm, corners: cornersText(drawn) } : emptyForm}
            onSubmit={add}
            onCancel={drawn ? () => setDrawn(null) : undefined}
          />
        </div>
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t("concerns.policeOnly")}
        </Paragraph>
      )}
    </section>
  );
}

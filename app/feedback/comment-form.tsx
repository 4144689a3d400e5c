import { Alert, Button, Switch, Textfield } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { setPlacing, stopPlacing, usePlacement } from "../map-page/map-placement";
import { useFeedback } from "./feedback-context";
import { maxCommentLength } from "./feedback-input";

type Field = "body" | "latitude" | "longitude" | "position";

/**
 * A new comment thread: about a site (optionally pinned to a spot on the map), or, without a
 * site, pinned to a place on the map. The place is chosen by a click on the map or typed.
 * What was written stays in the form until the server has taken it.
 */
export function CommentForm({ siteId }: { siteId: string | null }) {
  const { t, i18n } = useTranslation();
  const { send } = useFeedback();
  const [body, setBody] = useState("");
  const [pinned, setPinned] = useState(siteId === null);
  const [lat, setLat] = useState("");
  const [lon, setLon] = useState("");
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const purpose = `comment:${siteId ?? "map"}` as const;
  const { placing, chosen } = usePlacement(purpose);
  const english = i18n.language === "en";

  // A place chosen on the map fills the fields.
  const seenRound = useRef(chosen?.round ?? 0);
  useEffect(() => {
    if (!chosen || chosen.round === seenRound.current) return;
    seenRound.current = chosen.round;
    setLat(String(chosen.lat));
    setLon(String(chosen.lon));
  }, [chosen]);
  useEffect(() => () => stopPlacing(purpose), [purpose]);

  const submit = async () => {
    setAdded(false);
    const local: Partial<Record<Field, string>> = {};
    if (!body.trim()) local.body = t("feedback.comments.bodyMissing", { max: maxCommentLength });
    if (pinned && (!lat.trim() || !lon.trim())) local.position = t("feedback.comments.pinRequired");
    if (Object.keys(local).length > 0) {
      setProblems(local);
      form.current?.querySelector<HTMLElement>(local.body ? "textarea" : "input")?.focus();
      return;
    }
    setBusy(true);
    const fields: Record<string, string> = { intent: "comment", body };
    if (siteId) fields.siteId = siteId;
    if (pinned) {
      fields.latitude = lat.trim().replace(",", ".");
      fields.longitude = lon.trim().replace(",", ".");
    }
    const result = await send(fields);
    setBusy(false);
    if (result.ok) {
      setBody("");
      setLat("");
      setLon("");
      setPinned(siteId === null);
      setProblems({});
      setFailure(null);
      setAdded(true);
      return;
    }
    const next: Partial<Record<Field, string>> = {};
    for (const [field, message] of Object.entries(result.problem.fields ?? {})) {
      if (field === "body" || field === "latitude" || field === "longitude" || field === "position") next[field] = english ? message.messageEn : message.message;
    }
    setProblems(next);
    setFailure(Object.keys(next).length > 0 ? null : english ? result.problem.messageEn : result.problem.message);
  };

  const title = siteId ? t("feedback.comments.newComment") : t("feedback.comments.newMapComment");
  return (
    <form
      ref={form}
      className="stack feedback-comment-form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Textfield
        multiline
        rows={3}
        label={title}
        description={t("feedback.comments.bodyHelp")}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={problems.body}
      />
      {siteId ? (
        <Switch
          label={t("feedback.comments.pin")}
          checked={pinned}
          onChange={(event) => {
            setPinned(event.target.checked);
            if (!event.target.checked) stopPlacing(purpose);
          }}
        />
      ) : null}
      {pinned ? (
        <>
          <div className="row">
            <Textfield label={t("feedback.comments.lat")} inputMode="decimal" value={lat} onChange={(event) => setLat(event.target.value)} error={problems.latitude} />
            <Textfield label={t("feedback.comments.lon")} inputMode="decimal" value={lon} onChange={(event) => setLon(event.target.value)} error={problems.longitude} />
          </div>
          <div className="row">
            <Button type="button" variant="secondary" data-size="sm" aria-pressed={placing} onClick={() => setPlacing(placing ? null : purpose)}>
              {placing ? t("feedback.comments.stopPlacing") : t("feedback.comments.choosePlace")}
            </Button>
          </div>
          <p role="status" className="muted">
            {placing ? t("feedback.comments.placing") : chosen && lat === String(chosen.lat) ? t("feedback.comments.placed", { lat: chosen.lat, lon: chosen.lon }) : ""}
          </p>
          {problems.position ? <Alert data-color="danger">{problems.position}</Alert> : null}
        </>
      ) : null}
      {failure ? <Alert data-color="danger">{failure}</Alert> : null}
      <div className="row">
        <Button type="submit" disabled={busy}>
          {t("feedback.comments.send")}
        </Button>
        <p role="status" className="muted">
          {added ? t("feedback.comments.added") : null}
        </p>
      </div>
    </form>
  );
}

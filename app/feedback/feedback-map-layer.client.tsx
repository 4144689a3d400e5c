/**
 * Comment pins on the map (inside MapContainer): each thread with a place, as a speech-bubble
 * marker named by its author and first words. A pin about a site selects that site (its threads
 * are in the side panel); a pin without a site opens its thread in a popup. The same threads are
 * listed in the side panel, the non-map way to read them.
 */
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Marker, Popup, useMap } from "react-leaflet";
import { textIcon } from "../map-page/map-text.client";
import { useMapPage } from "../map-page/map-page-context";
import { formatDateTime } from "../ui/format-time";
import { useFeedback } from "./feedback-context";
import type { CommentThread } from "./feedback-threads";
import { usePinFocus } from "./pin-focus";

function pinIcon(resolved: boolean): L.DivIcon {
  return textIcon({
    className: `comment-pin${resolved ? " comment-pin--resolved" : ""}`,
    text: resolved ? "✓" : "“",
    iconSize: [26, 26],
    // The bubble's pointed lower-left corner marks the place.
    iconAnchor: [0, 26],
    popupAnchor: [13, -24],
  });
}

const openIcon = pinIcon(false);
const resolvedIcon = pinIcon(true);

function shorten(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function Pin({ thread }: { thread: CommentThread }) {
  const { t, i18n } = useTranslation();
  const { select } = useMapPage();
  const { root, replies } = thread;
  const siteId = root.siteId;
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(() => (siteId ? { click: () => select(siteId) } : {}), [siteId, select]);
  const map = useMap();
  const marker = useRef<L.Marker>(null);
  const focus = usePinFocus();
  const seenRound = useRef(focus?.round ?? 0);
  const position = root.position;
  // Asked from the side panel: bring the map and the pin into view, open its thread, and move
  // keyboard focus to the pin so a screen reader announces it.
  useEffect(() => {
    if (!focus || focus.round === seenRound.current) return;
    seenRound.current = focus.round;
    if (focus.commentId !== root.id || !position) return;
    map.setView([position.lat, position.lon], Math.max(map.getZoom(), 17), { animate: false });
    map.getContainer().scrollIntoView({ block: "nearest" });
    marker.current?.openPopup();
    marker.current?.getElement()?.focus();
  }, [focus, map, position, root.id]);
  if (!position) return null;
  const author = t("feedback.comments.author", { name: root.authorName, role: t(`role.${root.authorRole}`) });
  return (
    <Marker
      ref={marker}
      position={[position.lat, position.lon]}
      icon={root.resolvedAt ? resolvedIcon : openIcon}
      title={t("feedback.comments.onMap", { author, body: shorten(root.body) })}
      alt={t("feedback.comments.onMap", { author, body: shorten(root.body) })}
      eventHandlers={handlers}
      pmIgnore
      snapIgnore
    >
      {siteId ? null : (
        <Popup>
          <strong>{author}</strong> · {formatDateTime(root.createdAt, i18n.language)}
          <br />
          {root.body}
          {replies.length > 0 ? (
            <>
              <br />
              <em>{t("feedback.comments.onMapReplies", { count: replies.length })}</em>
            </>
          ) : null}
        </Popup>
      )}
    </Marker>
  );
}

export function FeedbackMapLayer() {
  const { pinnedThreads } = useFeedback();
  return (
    <>
      {pinnedThreads.map((thread) => (
        <Pin key={thread.root.id} thread={thread} />
      ))}
    </>
  );
}

/**
 * Comment pins on the map (inside MapContainer): each thread with a place, as a speech-bubble
 * marker named by its author and first words. A pin about a site selects that site (its threads
 * are in the side panel); a pin without a site opens its thread in a popup. The same threads are
 * listed in the side panel, the non-map way to read them.
 */
import L from "leaflet";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Marker, Popup } from "react-leaflet";
import { useMapPage } from "../sites/map-page-context";
import { formatDateTime } from "../ui/format-time";
import { useFeedback } from "./feedback-context";
import type { CommentThread } from "./feedback-threads";

function pinIcon(resolved: boolean): L.DivIcon {
  return L.divIcon({
    className: `comment-pin${resolved ? " comment-pin--resolved" : ""}`,
    html: `<span aria-hidden="true">${resolved ? "✓" : "“"}</span>`,
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
  if (!root.position) return null;
  const author = t("feedback.comments.author", { name: root.authorName, role: t(`role.${root.authorRole}`) });
  return (
    <Marker
      position={[root.position.lat, root.position.lon]}
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

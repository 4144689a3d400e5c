/**
 * A size quota per document (issue 7, hole 8): a client update that would take
 * the document's encoded state past `maxBytes` is refused (connection closed
 * with 4422 and the reason). Cheap on the hot path: the size is measured exactly
 * (`Y.encodeStateAsUpdate`) only when an estimate — the last measurement plus
 * every update applied since — says the quota could be reached.
 */
import * as Y from "yjs";
import type { SyncExtension } from "./extension";

export const defaultMaxDocumentBytes = 8 * 1024 * 1024;

interface DocumentSize {
  measuredBytes: number;
  /** Bytes of the updates applied since the measurement; an upper bound of the growth. */
  bytesSince: number;
}

/**
 * @example
 * createSyncServer({ ..., extensions: [documentQuotaExtension({ maxBytes: 8 * 1024 * 1024 })] });
 */
export function documentQuotaExtension(options: { maxBytes?: number } = {}): SyncExtension {
  const maxBytes = options.maxBytes ?? defaultMaxDocumentBytes;
  const sizes = new WeakMap<Y.Doc, DocumentSize>();
  return {
    name: "document-quota",
    onLoad({ doc }) {
      const size: DocumentSize = { measuredBytes: Y.encodeStateAsUpdate(doc).length, bytesSince: 0 };
      sizes.set(doc, size);
      const count = (update: Uint8Array): void => {
        size.bytesSince += update.length;
      };
      doc.on("update", count);
      return () => {
        doc.off("update", count);
        sizes.delete(doc);
      };
    },
    beforeApply({ room, update }) {
      const size = sizes.get(room.doc);
      if (!size) return { ok: true };
      if (size.measuredBytes + size.bytesSince + update.length <= maxBytes) return { ok: true };
      size.measuredBytes = Y.encodeStateAsUpdate(room.doc).length;
      size.bytesSince = 0;
      if (size.measuredBytes + update.length <= maxBytes) return { ok: true };
      return {
        ok: false,
        reason: `document quota: ${formatBytes(size.measuredBytes)} stored + ${formatBytes(update.length)} would exceed ${formatBytes(maxBytes)}`,
      };
    },
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/**
 * Checks every client update against its document's schema before the room
 * applies it (docs/decisions/011-safe-by-construction.md): each room keeps a
 * mirror Y.Doc with the same state; the update is applied to the mirror first,
 * the entries its transaction touched are checked, and only a valid update goes
 * on to the room (stored, relayed). A refused update leaves the mirror ahead of
 * the room, so the mirror is rebuilt from the room.
 *
 * The server's own writes (decision-log stamps, written after a client update)
 * are not checked: they follow the room into the mirror as they happen.
 */
import * as Y from "yjs";
import type { SharedDocumentSchema } from "../../app/documents/shared-document-schema";
import type { SyncDomain } from "../../app/permissions";
import { SyncConnection } from "./connection";
import type { ApplyVerdict, ClientUpdateContext, SyncExtension } from "./extension";
import { ProtocolError } from "./protocol";
import { touchedEntries, type TouchedEntries } from "./touched-entries";

export interface DocumentValidationOptions {
  /** The schema of each domain; a domain without one is not checked. */
  schemas: Partial<Record<SyncDomain, SharedDocumentSchema>>;
}

/** The transaction origin of a client update being tried on the mirror. */
const trialOrigin = Symbol("validation-trial");

/**
 * @example
 * createSyncServer({ ..., extensions: [documentValidationExtension({ schemas: sharedDocumentSchemas })] });
 */
export function documentValidationExtension(options: DocumentValidationOptions): SyncExtension {
  const mirrors = new WeakMap<Y.Doc, DocumentMirror>();
  const mirrorOf = (change: ClientUpdateContext): DocumentMirror | undefined => mirrors.get(change.room.doc);
  return {
    name: "document-validation",
    onLoad({ address, doc }) {
      const schema = options.schemas[address.domain];
      if (!schema) return;
      const mirror = new DocumentMirror(doc, schema, address.domain);
      mirrors.set(doc, mirror);
      return () => {
        mirrors.delete(doc);
        mirror.destroy();
      };
    },
    beforeApply(change) {
      return mirrorOf(change)?.check(change.update) ?? { ok: true };
    },
    onRefused(change) {
      mirrorOf(change)?.rebuild();
    },
  };
}

class DocumentMirror {
  private mirror: Y.Doc;

  constructor(
    private readonly room: Y.Doc,
    private readonly schema: SharedDocumentSchema,
    private readonly domain: string,
  ) {
    this.mirror = this.copyOfRoom();
    room.on("update", this.follow);
  }

  /** Applies `update` to the mirror and checks what it touched; on refusal the mirror is rebuilt. */
  check(update: Uint8Array): ApplyVerdict {
    let touched: TouchedEntries | null = null;
    const collect = (transaction: Y.Transaction): void => {
      if (transaction.origin !== trialOrigin) return;
      const found = touchedEntries(transaction);
      if (touched === null) touched = found;
      else merge(touched, found);
    };
    const mirror = this.mirror;
    mirror.on("afterTransaction", collect);
    try {
      Y.applyUpdate(mirror, update, trialOrigin);
    } catch (error) {
      this.rebuild();
      throw new ProtocolError(`update could not be applied: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      mirror.off("afterTransaction", collect);
    }
    // An update whose dependencies are missing waits in the mirror (and will in the room) as
    // pending structs; it touches nothing yet and is checked when what it needs arrives.
    const reason = touched === null ? null : this.reasonToRefuse(touched);
    if (reason === null) return { ok: true };
    this.rebuild();
    return { ok: false, reason };
  }

  /** Makes the mirror equal to the room again (after a refused update). */
  rebuild(): void {
    this.mirror.destroy();
    this.mirror = this.copyOfRoom();
  }

  destroy(): void {
    this.room.off("update", this.follow);
    this.mirror.destroy();
  }

  /** Everything the room applies that did not come from a client (checked here first) follows into the mirror. */
  private readonly follow = (update: Uint8Array, origin: unknown): void => {
    if (origin instanceof SyncConnection) return; // the update this mirror just checked
    Y.applyUpdate(this.mirror, update, origin);
  };

  private copyOfRoom(): Y.Doc {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.room)); // pending structs included
    // Typed as maps once, so entries read back as Y.Map values and not as generic types.
    for (const name of this.schema.maps) copy.getMap(name);
    return copy;
  }

  private reasonToRefuse(touched: TouchedEntries): string | null {
    const allowed = this.schema.maps;
    for (const name of touched.listContent) {
      if (!allowed.includes(name)) return this.unknownMap(name);
      return `"${short(name)}" is a map; list or text content is not allowed`;
    }
    for (const [name, keys] of touched.entries) {
      if (!allowed.includes(name)) return this.unknownMap(name);
      const map = this.mirror.getMap<unknown>(name);
      for (const key of keys) {
        if (!map.has(key)) continue; // deleted: removing an entry is always allowed
        const reason = this.schema.checkEntry({ map: name, key }, plain(map.get(key)));
        if (reason !== null) return reason;
      }
    }
    return null;
  }

  private unknownMap(name: string): string {
    return `no top-level map "${short(name)}" in the ${this.domain} document`;
  }
}

function merge(into: TouchedEntries, from: TouchedEntries): void {
  for (const name of from.listContent) into.listContent.add(name);
  for (const [name, keys] of from.entries) {
    const existing = into.entries.get(name) ?? new Set<string>();
    for (const key of keys) existing.add(key);
    into.entries.set(name, existing);
  }
}

/** An entry as the schema sees it: nested shared types as JSON, plain values as they are. */
function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value as { toJSON(): unknown }).toJSON() : value;
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

import { toGlobalId } from "../model/global-id";
import { displayPropOf, type EntityDef, kindOfLabel } from "../model";

export interface ProvenanceRecord {
  source: string;
  record: string;
  date: string | null;
  licence: string;
  url: string | null;
}

/** A node as resolvers see it: its stored props plus `id`, `__typename` and `provenance`. */
export interface EntityRecord {
  __typename: string;
  id: string;
  key: string;
  provenance: ProvenanceRecord[];
  [prop: string]: unknown;
}

export interface RelationshipRecord {
  id: string;
  type: string;
  properties: Record<string, unknown>;
  provenance: ProvenanceRecord[];
}

type Props = Record<string, unknown>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Rebuilds the provenance list from the parallel `_prov*` arrays stored on nodes and relationships. */
export function provenanceOf(props: Props): ProvenanceRecord[] {
  const sources = strings(props._provSource);
  const records = strings(props._provRecord);
  const dates = strings(props._provDate);
  const licences = strings(props._provLicence);
  const urls = strings(props._provUrl);
  return sources.map((source, i) => ({
    source,
    record: records[i] ?? "",
    date: dates[i] || null,
    licence: licences[i] ?? "",
    url: urls[i] || null,
  }));
}

const PROTOTYPES = new Map<string, object>();

/** Where a stored `displayName` property (forge accounts) is kept: the getter computes the field. */
const STORED_DISPLAY_NAME = Symbol("storedDisplayName");

/**
 * The prototype of an entity's records: `id` and `provenance` are computed when a resolver reads
 * them (most queries select neither). Stored properties of the same names are ignored.
 */
function prototypeOf(entity: EntityDef): object {
  let proto = PROTOTYPES.get(entity.label);
  if (!proto) {
    const label = entity.label;
    const kind = kindOfLabel(label);
    const displayProp = displayPropOf(entity);
    proto = Object.create(Object.prototype, {
      id: {
        get(this: { key: string }) {
          return toGlobalId(label, this.key);
        },
        set() {},
      },
      provenance: {
        get(this: Props) {
          return provenanceOf(this);
        },
        set() {},
      },
      entityKind: { get: () => kind, set() {} },
      displayName: {
        get(this: Props & { [STORED_DISPLAY_NAME]?: unknown }) {
          const value =
            displayProp === "displayName"
              ? this[STORED_DISPLAY_NAME]
              : displayProp
                ? this[displayProp]
                : undefined;
          return typeof value === "string" && value.trim() !== "" ? value : String(this.key);
        },
        set(this: { [STORED_DISPLAY_NAME]?: unknown }, value: unknown) {
          this[STORED_DISPLAY_NAME] = value;
        },
      },
      // fields served under another name than their stored property (e.g. `phase`)
      ...Object.fromEntries(
        entity.props
          .filter(p => p.stored && p.stored !== p.name)
          .map(p => [
            p.name,
            {
              get(this: Props) {
                return this[p.stored as string];
              },
              set() {},
            },
          ]),
      ),
    }) as object;
    PROTOTYPES.set(label, proto);
  }
  return proto;
}

export function toEntityRecord(entity: EntityDef, props: Props): EntityRecord {
  const record = Object.assign(Object.create(prototypeOf(entity)) as Props, props);
  record.__typename = entity.typeName;
  record.key = String(props.key);
  return record as EntityRecord;
}

/** Public properties of a relationship: internal ones (`_hash`, `_prov*`, `id`) are left out. */
export function toRelationshipRecord(props: Props): RelationshipRecord {
  const properties: Props = {};
  for (const [name, value] of Object.entries(props)) {
    if (!name.startsWith("_") && name !== "id") {
      properties[name] = value;
    }
  }
  return {
    id: String(props.id ?? ""),
    type: String(props._type ?? ""),
    properties,
    provenance: provenanceOf(props),
  };
}

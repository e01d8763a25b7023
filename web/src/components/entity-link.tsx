import { kindStyle } from "../logic/kinds";
import { formatRoute } from "../logic/route";

/** A link to an entity's page, with its kind as a coloured badge. */
export function EntityLink({ id, kind, name }: { id: string; kind: string; name: string }) {
  return (
    <a href={formatRoute({ view: "entity", id, types: [] })}>
      <KindBadge kind={kind} /> {name}
    </a>
  );
}

export function KindBadge({ kind }: { kind: string }) {
  const style = kindStyle(kind);
  return (
    <span class="badge" style={{ borderColor: style.colour }}>
      <span class="dot" style={{ background: style.colour }} aria-hidden="true" />
      {style.name}
    </span>
  );
}

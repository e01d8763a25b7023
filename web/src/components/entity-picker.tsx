import { useEffect, useId, useState } from "preact/hooks";
import type {
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
} from "../api/__generated__/operations";
import { request } from "../api/client";
import searchDoc from "../api/operations/search.graphql?raw";
import { kindStyle } from "../logic/kinds";

export type Hit = ExplorerSearchQuery["search"][number]["node"];

interface Props {
  label: string;
  initial?: string;
  onChoose: (hit: Hit) => void;
  /** Called with the text on each change (the search view keeps it in its URL). */
  onText?: (text: string) => void;
  /** Show results as a plain list (search view) rather than a pop-up list. */
  inline?: boolean;
}

/** Typeahead over every kind of entity (ARIA combobox): kind and display name per hit. */
export function EntityPicker({ label, initial = "", onChoose, onText, inline = false }: Props) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setHits([]);
      setStatus("");
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      request<ExplorerSearchQuery, ExplorerSearchQueryVariables>(
        searchDoc,
        "ExplorerSearch",
        { query, first: 12 },
        controller.signal,
      ).then(
        data => {
          setHits(data.search.map(h => h.node));
          setActive(-1);
          setStatus(`${data.search.length} résultat${data.search.length > 1 ? "s" : ""}`);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) {
            setHits([]);
            setStatus(`Erreur : ${(error as Error).message}`);
          }
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const choose = (hit: Hit) => {
    onChoose(hit);
    if (!inline) {
      setHits([]);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (event.key === "Enter" && hits.length > 0) {
      event.preventDefault();
      choose(hits[Math.max(0, active)]!);
    } else if (event.key === "Escape") {
      setHits([]);
    }
  };
  const listId = `${id}-list`;
  return (
    <div class={inline ? "picker inline" : "picker"}>
      <label for={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${id}-hit-${active}` : undefined}
        value={text}
        placeholder="Docs, Armées, django-lasuite…"
        onInput={e => {
          const value = (e.target as HTMLInputElement).value;
          setText(value);
          onText?.(value);
        }}
        onKeyDown={onKeyDown}
      />
      <p class="sr-only" role="status">
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        class="hits"
        aria-label={`Résultats — ${label}`}
        hidden={hits.length === 0}
      >
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${id}-hit-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? "active" : undefined}
          >
            <button
              type="button"
              tabIndex={-1}
              onMouseDown={e => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span
                class="dot"
                style={{ background: kindStyle(hit.entityKind).colour }}
                aria-hidden="true"
              />
              <span class="hit-name">{hit.displayName}</span>
              <span class="hit-kind">{kindStyle(hit.entityKind).name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

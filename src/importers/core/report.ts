import { type Rejection } from "./errors";

const MAX_EXAMPLES = 10;

export interface UnresolvedCategory {
  description: string;
  count: number;
  examples: string[];
}

export interface UnresolvedReport {
  categories: Record<string, UnresolvedCategory>;
  rejected: Rejection[];
}

/** Collects what entity resolution could not resolve, and records skipped on purpose. */
export class Report {
  private readonly categories = new Map<string, { description: string; items: Set<string> }>();
  private readonly rejections: Rejection[] = [];

  unresolved(category: string, description: string, example: string): void {
    let entry = this.categories.get(category);
    if (!entry) {
      entry = { description, items: new Set() };
      this.categories.set(category, entry);
    }
    entry.items.add(example);
  }

  reject(rejection: Rejection): void {
    this.rejections.push(rejection);
  }

  count(category: string): number {
    return this.categories.get(category)?.items.size ?? 0;
  }

  toJSON(): UnresolvedReport {
    const categories: Record<string, UnresolvedCategory> = {};
    for (const name of [...this.categories.keys()].sort()) {
      const entry = this.categories.get(name);
      if (entry) {
        const items = [...entry.items].sort();
        categories[name] = {
          description: entry.description,
          count: items.length,
          examples: items.slice(0, MAX_EXAMPLES),
        };
      }
    }
    const rejected = [...this.rejections].sort((a, b) =>
      `${a.file}\u0000${a.record}`.localeCompare(`${b.file}\u0000${b.record}`),
    );
    return { categories, rejected };
  }
}

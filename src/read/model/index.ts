/**
 * The entity model of the read path: the registry of entities, their properties, relationships
 * and vocabularies, and what derives from it alone (kinds, global ids, path patterns, text
 * folding, "belongs to a ministry"). Everything the read path splices into Cypher comes from here;
 * user input only ever travels as parameters.
 */
export * from "./types";
export * from "./edges";
export * from "./display";
export * from "./vocabularies";
export * from "./registry";
export * from "./entity-kind";
export * from "./global-id";
export * from "./normalise";
export * from "./patterns";
export * from "./ministry-membership";

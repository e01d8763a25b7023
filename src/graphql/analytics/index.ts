/** Resolvers of the analytics queries (dependencies, exposure, reuse, critical mass…). */
export const ANALYTICS_RESOLVERS = [] as const;

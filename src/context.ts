import type { Logger } from "./logging/logger";
import type { ReadContext } from "./read";
import type { HeavyWork } from "./services/analytics/heavy-work";

/** What every resolver receives; built once per request by `createContext`. */
export interface Context extends ReadContext {
  requestId: string;
  logger: Logger;
  /** Cache, admission and worker threads of the heavy analytics (one per process). */
  heavy?: HeavyWork;
}

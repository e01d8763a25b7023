import neo4j, { type Driver } from "neo4j-driver";

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
  connectionTimeoutMs: number;
}

/** One driver per process; routing URIs (neo4j://, neo4j+s://) work for clusters and Aura. */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    connectionTimeout: settings.connectionTimeoutMs,
    connectionAcquisitionTimeout: settings.connectionTimeoutMs * 2,
    maxConnectionPoolSize: 100,
    maxTransactionRetryTime: 5_000,
    userAgent: "graphe-numerique-public/0.1",
    disableLosslessIntegers: false,
  });
}

/** True when the server answers within the given time; the error message otherwise. */
export async function checkConnectivity(
  driver: Driver,
  database: string,
  timeoutMs: number,
): Promise<true | string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>(resolve => {
    timer = setTimeout(() => resolve(`no answer from Neo4j within ${timeoutMs} ms`), timeoutMs);
  });
  const check = driver
    .verifyConnectivity({ database })
    .then(() => true as const)
    .catch((error: Error) => `Neo4j unreachable: ${error.message.split("\n")[0]}`);
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

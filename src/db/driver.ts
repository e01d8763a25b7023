import net from "node:net";
import tls from "node:tls";
import neo4j, { type Driver } from "neo4j-driver";

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
  connectionTimeoutMs: number;
}

/** One driver per process; routing URIs (neo4j://, neo4j+s://) work for clusters and Aura. */
export function createDriver(settings: DriverSettings): Driver {
  disableNagle();
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

let nagleDisabled = false;

/**
 * neo4j-driver 5 leaves Nagle's algorithm on and writes a message in 1,400-byte pieces: a statement
 * longer than that waits for the server's delayed ACK, about 40 ms on Linux, on every run (measured
 * here: 44 ms instead of 1 ms for a 1.5 KB statement). Its Python sibling sets TCP_NODELAY since
 * 5.27; the JavaScript one has no option, so the sockets it opens (through `net.connect` and
 * `tls.connect`) get it here. Other clients of this process are request/response too (fetch sets
 * it already), so the process-wide hook is harmless.
 */
function disableNagle(): void {
  if (nagleDisabled) {
    return;
  }
  nagleDisabled = true;
  const netConnect = net.connect;
  net.connect = function connect(this: unknown, ...args: unknown[]) {
    return (netConnect as (...a: unknown[]) => net.Socket).apply(this, args).setNoDelay(true);
  } as typeof net.connect;
  const tlsConnect = tls.connect;
  tls.connect = function connect(this: unknown, ...args: unknown[]) {
    const socket = (tlsConnect as (...a: unknown[]) => tls.TLSSocket).apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof tls.connect;
}

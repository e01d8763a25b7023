import http from "node:http";
import { isAlive, waitUntil } from "../../setup/processes";
import { startServerProcess } from "../../setup/server-process";

/** POSTs a GraphQL document on a new connection (no keep-alive): the primary deals out connections. */
function post(baseUrl: string, query: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseUrl}/graphql`,
      { method: "POST", agent: false, headers: { "content-type": "application/json" } },
      response => {
        let body = "";
        response.on("data", chunk => (body += String(chunk)));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify({ query }));
  });
}

describe("WEB_CONCURRENCY", () => {
  test("2 workers share one port, both answer, /readyz is ready, and SIGTERM stops them with the primary", async () => {
    const server = await startServerProcess({ WEB_CONCURRENCY: "2" });
    const ready = () => server.messages.filter(m => m.msg === "GraphQL server ready");
    expect(await waitUntil(() => ready().length === 2, 60_000)).toBe(true);
    const workers = server.messages.filter(m => m.msg === "API worker started");
    const pids = workers.map(m => Number(m.pid));
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(server.child.pid);
    // both listen on the same port, handed out by the primary
    expect(new Set(ready().map(m => m.url)).size).toBe(1);
    expect(new Set(ready().map(m => m.worker))).toEqual(new Set(workers.map(m => m.worker)));

    let readyz = 0;
    for (let i = 0; i < 300 && readyz !== 200; i += 1) {
      readyz = (await fetch(`${server.baseUrl}/readyz`)).status;
      if (readyz !== 200) {
        await new Promise(resolve => setTimeout(resolve, 200));
      }
    }
    expect(readyz).toBe(200);

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(server.baseUrl, "{ databaseInfo { version } }")),
    );
    expect(answers.map(a => a.status)).toEqual(Array(20).fill(200));
    for (const answer of answers) {
      expect(JSON.parse(answer.body)).toMatchObject({ data: { databaseInfo: {} } });
    }
    // every worker served some of them (the request log names the worker)
    await waitUntil(
      () => server.messages.filter(m => m.msg === "request" && m.path === "/graphql").length >= 20,
      10_000,
    );
    const served = new Set(
      server.messages.filter(m => m.msg === "request" && m.path === "/graphql").map(m => m.worker),
    );
    expect(served).toEqual(new Set(workers.map(m => m.worker)));

    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(server.messages.filter(m => m.msg === "stopped").length).toBeGreaterThanOrEqual(3);
  }, 180_000);

  test("an invalid WEB_CONCURRENCY stops the server before it starts anything (exit 2)", async () => {
    await expect(startServerProcess({ WEB_CONCURRENCY: "0" })).rejects.toThrow(
      /exited during start-up \(2\)/,
    );
  }, 60_000);
});

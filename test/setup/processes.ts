import { readFileSync } from "node:fs";

/** Alive and not a zombie waiting to be reaped (Linux /proc). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** Polls a condition until it holds or the time runs out; returns its last value. */
export async function waitUntil(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (condition()) {
      return true;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  return condition();
}

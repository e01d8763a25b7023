// Worker entry when the server runs from its TypeScript sources (jest): jiti compiles the real
// entry on the fly. The compiled server (dist/) loads structure.worker.js directly.
// (piscina keeps worker_threads' own workerData for itself: its option comes through piscina)
const { workerData } = require("piscina");
const { createJiti } = require("jiti");

const mod = createJiti(__filename)(workerData.entry);
module.exports = mod.default ?? mod;

// Worker entry when the server runs from its TypeScript sources (jest): jiti compiles the real
// entry on the fly. The compiled server (dist/) loads structure.worker.js directly.
const { workerData } = require("node:worker_threads");
const { createJiti } = require("jiti");

const mod = createJiti(__filename)(workerData.entry);
module.exports = mod.default ?? mod;

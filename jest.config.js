/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.jest.json" }];
module.exports = {
  projects: [
    {
      displayName: "unit",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts"],
      transform: { "^.+\\.ts$": tsJest },
      setupFiles: ["<rootDir>/test/setup/reflect.ts"],
      testEnvironment: "node",
    },
    {
      displayName: "integration",
      testMatch: ["<rootDir>/test/integration/**/*.test.ts"],
      transform: { "^.+\\.ts$": tsJest },
      setupFiles: ["<rootDir>/test/setup/reflect.ts"],
      globalSetup: "<rootDir>/test/setup/global-setup.ts",
      globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
      testEnvironment: "node",
    },
  ],
  // integration files share one Neo4j and wipe it: run files one at a time
  maxWorkers: 1,
  testTimeout: 60000,
};

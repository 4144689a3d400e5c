// The app's own entry point, started under this file's name so the test
// servers are told apart from a developer's `tsx server/main.ts` in process lists.
// The pid is printed first, so tests can read this process's memory (tsx runs it as its own child).
process.stdout.write(`app process pid ${process.pid}\n`);
await import("../../../server/main");
export {};

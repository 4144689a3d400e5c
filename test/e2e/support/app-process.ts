// The app's own entry point, started under this file's name so the test
// servers are told apart from a developer's `tsx server/main.ts` in process lists.
import "../../../server/main";

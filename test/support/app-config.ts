/** The app's configuration for an empty environment (every default), for tests that build a load context by hand. */
import { appConfigOf, readConfig, type AppConfig } from "../../server/config";

export const testAppConfig: AppConfig = appConfigOf(readConfig({}));

/**
 * Kept so existing imports keep working: the assessment's table is now
 * app/compare/compare-sites.tsx, and these parts live in app/compare/assessment-parts.tsx.
 */
export { ShortcutList, StatusBadge } from "../compare/assessment-parts";

import { AssessmentTable } from "../sites/assessment-table";
import { useMapPage } from "../sites/map-page-context";

/** All sites × all criteria and ratings: the accessible, non-map way to read the assessment. */
export function CompareSites({ busy }: { busy: boolean }) {
  const { sites, assessments } = useMapPage();
  return <AssessmentTable sites={sites} assessments={assessments} busy={busy} />;
}

// The package ships no types; this covers the one call we make.
declare module "osmtogeojson" {
  import type { FeatureCollection } from "geojson";
  interface OsmToGeoJsonOptions {
    /** Tags (and the "id" like "way/123") directly in `properties` instead of nested. */
    flatProperties?: boolean;
  }
  function osmtogeojson(data: unknown, options?: OsmToGeoJsonOptions): FeatureCollection;
  export default osmtogeojson;
}

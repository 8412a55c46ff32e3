/**
 * The node properties the access paths are stored in (docs/ontology.md, Access paths): derived
 * from the graph by cypher/queries/access/refresh.cypher, never taken from input, never updatable.
 */
export const ACCESS_PATH_PROPERTIES = [
  'sideOf',
  'participantSides',
  'giverSides',
  'partsStart',
  'partsEnd',
  'ownerSides',
  'accessDerivation',
] as const;

// cytoscape-fcose ships no types: the extension itself (its options are typed in layout.ts).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

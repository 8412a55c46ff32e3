// cytoscape-fcose ships no types: the extension and the layout options the page uses.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

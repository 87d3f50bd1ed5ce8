// The child's network drawn with Cytoscape.js. This module is imported dynamically by the risk map
// page, so Cytoscape (the heaviest library in the console) is a chunk of its own, fetched only when a
// risk map is opened. Each kind has its own shape AND a text label, so the graph never relies on colour.
import cytoscape from 'cytoscape';

export interface GraphEntity { id: string; kind: string; label: string; otherChildren: number; }

const SHAPES: Record<string, string> = { PERSON: 'ellipse', PLACE: 'round-rectangle', VEHICLE: 'diamond', HANDLE: 'hexagon' };
const WORDS: Record<string, string> = { PERSON: 'Person', PLACE: 'Place', VEHICLE: 'Vehicle', HANDLE: 'Handle' };
const FILLS: Record<string, string> = { PERSON: '#d4351c', PLACE: '#1d70b8', VEHICLE: '#6f3e97', HANDLE: '#00703c' };

/** Draws the child in the centre and each entity around, linked to the child; answers a teardown. */
export function draw(container: HTMLElement, child: string, entities: GraphEntity[]): () => void {
  const graph = cytoscape({
    container,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    elements: [
      { data: { id: '__child', text: child }, classes: 'child' },
      ...entities.map((e) => ({
        data: { id: e.id, text: `${WORDS[e.kind] ?? e.kind}: ${e.label}`
          + (e.otherChildren ? `\n(+${e.otherChildren} other ${e.otherChildren === 1 ? 'child' : 'children'})` : ''),
          shape: SHAPES[e.kind] ?? 'ellipse', fill: FILLS[e.kind] ?? '#505a5f', shared: e.otherChildren > 0 ? 1 : 0 },
      })),
      ...entities.map((e) => ({ data: { id: `edge-${e.id}`, source: '__child', target: e.id } })),
    ],
    style: [
      { selector: 'node', style: {
        label: 'data(text)', shape: 'data(shape)' as never, 'background-color': 'data(fill)', width: 34, height: 34,
        'font-family': '"Atkinson Hyperlegible", arial, sans-serif', 'font-size': 13, color: '#0b0c0c',
        'text-wrap': 'wrap', 'text-max-width': '160px', 'text-valign': 'bottom', 'text-margin-y': 6,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '2px',
      } },
      { selector: 'node[shared = 1]', style: { 'border-width': 4, 'border-color': '#0b0c0c', 'border-style': 'double' } },
      { selector: 'node.child', style: {
        shape: 'star', 'background-color': '#f2c94c', 'border-width': 2, 'border-color': '#0b0c0c', width: 46, height: 46,
        'font-weight': 'bold', 'font-size': 15,
      } },
      { selector: 'edge', style: { width: 2, 'line-color': '#505a5f', 'curve-style': 'straight' } },
    ],
    layout: { name: 'concentric', concentric: (node) => (node.id() === '__child' ? 2 : 1), levelWidth: () => 1,
      minNodeSpacing: 60, padding: 40, animate: false },
  });
  return () => graph.destroy();
}

import type { ElementDefinition } from 'cytoscape';
import { FADED, HIDDEN, MATCH, type Scene, SELECTED } from './scene.js';

/** Classes of claim `i`'s node: `claim`, its side, and what the view state makes of it. */
export function claimClasses(scene: Scene, i: number): string {
  const flags = scene.flags[i];
  return `claim ${scene.sides[i]}${flags & HIDDEN ? ' hidden' : ''}${flags & FADED ? ' faded' : ''}${flags & MATCH ? ' match' : ''}`;
}

/** Classes of relation `r`'s edge: its kind, and whether it is hidden or faded. */
export function relationClasses(scene: Scene, r: number): string {
  const flags = scene.relationFlags(r);
  return `${scene.relations[r].kind}${flags & HIDDEN ? ' hidden' : ''}${flags & FADED ? ' faded' : ''}`;
}

/**
 * Claim `i` as a Cytoscape node: its id is the claim id and `data.label` the claim's text;
 * `data.wrapped` is the text broken into the lines the node's height was measured for.
 */
export function claimElement(scene: Scene, i: number): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: scene.ids[i],
      label: scene.texts[i],
      wrapped: scene.labels[i],
      height: scene.heights[i],
      threadIndex: Math.max(0, scene.threadOf[i]),
      side: scene.sides[i],
      sourceIndex: scene.sourceOf[i],
    },
    classes: claimClasses(scene, i),
    position: { x: scene.xs[i], y: scene.ys[i] },
    selected: (scene.flags[i] & SELECTED) !== 0,
  };
}

/** Relation `r` as a Cytoscape edge from the arguing claim to the claim it argues about. */
export function relationElement(scene: Scene, r: number): ElementDefinition {
  const relation = scene.relations[r];
  return {
    group: 'edges',
    data: { id: relation.id, source: scene.ids[relation.from], target: scene.ids[relation.to], kind: relation.kind },
    classes: relationClasses(scene, r),
  };
}

import type { Thread } from '../model/types.js';
import { idFromTitle } from './imported-names.js';

/**
 * The thread for claims whose format has no threads of their own (AIF) or that stand before
 * any heading (Argdown): named after the file, `corpus/nodeset6362.json` → `nodeset6362`.
 */
export function threadNamedAfterFile(file: string, fallbackId: string): Thread {
  const name = file.split(/[?#]/)[0].split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  return { id: idFromTitle(name) || fallbackId, title: name || fallbackId };
}

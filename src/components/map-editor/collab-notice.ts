import { html } from 'lit';
import type { CollabSession } from './collab-binding.js';

/** What the page says about the shared map: who may write, and whether edits reach the others. */
/**
 * `shared`: the file shown is the shared document; `copy`: it was edited in the page before it
 * could join (offline from the start), and stays a copy until its edits are undone.
 */
export function collabNotice(collab: CollabSession, { shared, copy }: { shared: boolean; copy: boolean }, rename: (name: string) => void) {
  const status = collab.readOnly
    ? { kind: 'view', text: 'View link: you can read along as others edit, but not change the map.' }
    : collab.status === 'refused'
      ? { kind: 'problem', text: 'The server refused this link (ask for a new one): you edit a copy in this page; download a file to keep it.' }
      : collab.status === 'connecting'
        ? { kind: 'wait', text: 'Connecting to the shared map…' }
        : collab.status === 'offline'
          ? shared
            ? { kind: 'problem', text: 'Offline: your edits are kept in this page and merge with the others’ when the connection returns.' }
            : { kind: 'problem', text: 'The shared map cannot be reached: you edit a copy in this page; download a file to keep it.' }
          : !copy
            ? { kind: 'live', text: 'Live: your edits reach everyone on this map as you type, and are written to its files.' }
            : { kind: 'problem', text: 'This file was edited here while the server could not be reached: those edits stay in this page (download to keep them); “Undo all edits” joins the shared text.' };
  const others = collab.status === 'connected' ? collab.others() : [];
  return html`<div class="collab ${status.kind}">
    <p role="status">${status.text}</p>
    ${others.length ? html`<p class="others">Here too: ${others.join(', ')}</p>` : ''}
    ${collab.readOnly || collab.status === 'refused'
      ? ''
      : html`<label class="name">Your name
          <input .value=${collab.user.name} maxlength="40" autocomplete="nickname"
            @change=${(e: Event) => rename((e.target as HTMLInputElement).value)} />
          <span class="swatch" style="background:${collab.user.color}" aria-hidden="true"></span>
        </label>`}
  </div>`;
}

import type { ServerResponse } from 'node:http';
import { DATA_CSP } from '../explorer-page.js';

/** The pages listening for changes, as Server-Sent Events streams. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();

  /** Keeps `response` open as an event stream until the page goes away. */
  open(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'Content-Security-Policy': DATA_CSP });
    // A page whose server restarts tries again this soon.
    response.write('retry: 500\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  send(event: string, data: unknown): void {
    for (const client of this.clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}

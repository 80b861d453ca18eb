import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * Slack's side of Socket Mode on the fake's HTTP server (`/socket`): says `hello` to each connection, sends
 * envelopes and hands back the app's ack for each.
 */
export class FakeSocketMode {
  private readonly wss: WebSocketServer;
  private sent = 0;
  private readonly pendingAcks = new Map<string, (ack: Record<string, unknown>) => void>();

  constructor(server: Server) {
    this.wss = new WebSocketServer({ server, path: '/socket' });
    this.wss.on('connection', (ws) => this.onConnection(ws));
  }

  get connections(): number {
    return this.wss.clients.size;
  }

  /** Sends an envelope (`slash_commands`, `events_api`, `interactive`); resolves with the app's ack message. */
  envelope(type: string, payload: unknown): Promise<Record<string, unknown>> {
    this.sent += 1;
    const id = `env-${this.sent}`;
    const [socket] = [...this.wss.clients];
    if (!socket) return Promise.reject(new Error('fake Slack: no Socket Mode connection'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Slack: no ack for ${type} envelope`)), 5000);
      this.pendingAcks.set(id, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.send(JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    });
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(ws: WebSocket): void {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string };
      if (msg.envelope_id === undefined) return;
      const resolve = this.pendingAcks.get(msg.envelope_id);
      this.pendingAcks.delete(msg.envelope_id);
      resolve?.(msg);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0APP' } }));
  }
}

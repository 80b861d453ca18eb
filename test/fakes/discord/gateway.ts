import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildPayload, readyPayload, type World } from './payloads.js';

/**
 * The gateway half of the fake: HELLO, IDENTIFY -> READY + GUILD_CREATE (discord.js waits for the guilds READY
 * lists before it is ready), heartbeat ACKs, RESUME -> RESUMED, then whatever dispatches a test sends.
 */

const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Hello: 10, HeartbeatAck: 11 } as const;
/** Close code Discord uses for a bad token. */
const AUTHENTICATION_FAILED = 4004;

interface Session {
  socket: WebSocket;
  seq: number;
  ready: boolean;
}

export class FakeGateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Set<Session>();
  readonly identifies: unknown[] = [];
  /** Close IDENTIFY with 4004 even for the right token (a token REST accepts but the gateway refuses). */
  refuseIdentify = false;

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly url: () => string,
  ) {}

  attach(server: Server): void {
    server.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.open(ws));
    });
  }

  private send(session: Session, payload: Record<string, unknown>): void {
    session.socket.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    this.send(session, { op: Op.Dispatch, t, s: session.seq, d });
  }

  private open(socket: WebSocket): void {
    const session: Session = { socket, seq: 0, ready: false };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: Record<string, unknown> | null };
      if (msg.op === Op.Heartbeat) this.send(session, { op: Op.HeartbeatAck, d: null });
      if (msg.op === Op.Identify) {
        this.identifies.push(msg.d);
        if (msg.d?.token !== this.token || this.refuseIdentify) {
          socket.close(AUTHENTICATION_FAILED, 'Authentication failed.');
          return;
        }
        this.dispatchTo(session, 'READY', readyPayload(this.world, `session-${Date.now()}`, this.url()));
        this.dispatchTo(session, 'GUILD_CREATE', guildPayload(this.world));
        session.ready = true;
      }
      if (msg.op === Op.Resume) {
        session.ready = true;
        this.dispatchTo(session, 'RESUMED', null);
      }
    });
    this.send(session, { op: Op.Hello, d: { heartbeat_interval: 41250 } });
  }

  /** Sends an event to every identified connection; throws when no bot is connected (a test bug). */
  dispatch(t: string, d: unknown): void {
    const ready = [...this.sessions].filter((s) => s.ready);
    if (ready.length === 0) throw new Error(`fake Discord: no bot connected to receive ${t}`);
    for (const s of ready) this.dispatchTo(s, t, d);
  }

  get connected(): number {
    return [...this.sessions].filter((s) => s.ready).length;
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

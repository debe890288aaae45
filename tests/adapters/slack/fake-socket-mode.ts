/**
 * A fake Socket Mode endpoint: a minimal WebSocket server (RFC 6455 handshake and text, ping and
 * close frames) on node:http, speaking Slack's Socket Mode envelopes: `hello` on connect, then
 * `events_api` / `interactive` / `slash_commands` envelopes that the app must ack by envelope_id.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** The fake server; `url` is what apps.connections.open should return. */
export class FakeSocketMode {
  readonly acks: Record<string, unknown>[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private connectedResolve: () => void = () => {};
  readonly connected = new Promise<void>((resolve) => (this.connectedResolve = resolve));
  url = '';

  async start(): Promise<this> {
    this.server = createServer((_req, res) => res.writeHead(426).end());
    this.server.on('upgrade', (req, socket: Socket) => {
      const accept = createHash('sha1').update(`${String(req.headers['sec-websocket-key'])}${GUID}`).digest('base64');
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => this.sockets.delete(socket));
      let buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (let frame = readFrame(buffer); frame; frame = readFrame(buffer)) {
          buffer = buffer.subarray(frame.size);
          if (frame.opcode === 0x1) this.acks.push(JSON.parse(frame.payload.toString('utf8')) as Record<string, unknown>);
          else if (frame.opcode === 0x9) socket.write(encodeFrame(0xa, frame.payload));
          else if (frame.opcode === 0x8) socket.end(encodeFrame(0x8, frame.payload));
        }
      });
      this.sendTo(socket, { type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } });
      this.connectedResolve();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    return this;
  }

  /** Sends an envelope to every connected client. */
  send(envelope: Record<string, unknown>): void {
    for (const socket of this.sockets) this.sendTo(socket, envelope);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private sendTo(socket: Socket, message: Record<string, unknown>): void {
    socket.write(encodeFrame(0x1, Buffer.from(JSON.stringify(message), 'utf8')));
  }
}

/** A server frame (never masked). */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126 && length < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else if (length >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([head, payload]);
}

/** One complete client frame at the start of `buffer` (clients always mask), or undefined. */
function readFrame(buffer: Buffer): { opcode: number; payload: Buffer; size: number } | undefined {
  if (buffer.length < 2) return undefined;
  const opcode = (buffer[0] ?? 0) & 0x0f;
  const masked = ((buffer[1] ?? 0) & 0x80) !== 0;
  let length = (buffer[1] ?? 0) & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskBytes = masked ? 4 : 0;
  if (buffer.length < offset + maskBytes + length) return undefined;
  const mask = buffer.subarray(offset, offset + maskBytes);
  const payload = Buffer.from(buffer.subarray(offset + maskBytes, offset + maskBytes + length));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return { opcode, payload, size: offset + maskBytes + length };
}

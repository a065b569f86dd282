/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC 2.0 with `Content-Length` framing), enough to drive
 * a real language server the way an editor does. Every wait is bounded by a timeout.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

type Json = unknown;
interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: Json;
  result?: Json;
  error?: { code: number; message: string; data?: Json };
}
type RequestHandler = (params: Json) => Json | Promise<Json>;

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Everything the server printed to stderr, and its `window/logMessage`s: shown when something times out. */
  readonly log: string[] = [];
  readonly notifications: Array<{ method: string; params: Json }> = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: Json) => void; reject: (error: Error) => void; method: string }>();
  private readonly handlers = new Map<string, RequestHandler>();
  private readonly waiters = new Set<() => void>();
  private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
    this.process = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => this.log.push(`[stderr] ${chunk.toString('utf8')}`));
    this.process.on('exit', (code, signal) => {
      this.exited = { code, signal };
      for (const { reject, method } of this.pending.values()) reject(new Error(`server exited (${String(code ?? signal)}) before answering ${method}`));
      this.pending.clear();
      this.wake();
    });
    this.onRequest('window/logMessage', () => null);
  }

  /** Answers requests the server sends to the client (e.g. `workspace/configuration`); unknown ones get `null`. */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  request<T = Json>(method: string, params: Json, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms\n${this.log.slice(-20).join('\n')}`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: value => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: error => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Resolves with the first notification (already received or to come) that satisfies `predicate`. */
  waitForNotification<T = Json>(method: string, predicate: (params: T) => boolean, timeoutMs = 30_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const found = this.notifications.find(entry => entry.method === method && predicate(entry.params as T));
        if (found) {
          finish();
          resolve(found.params as T);
          return true;
        }
        if (this.exited) {
          finish();
          reject(new Error(`server exited while waiting for ${method}\n${this.log.slice(-20).join('\n')}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no ${method} within ${timeoutMs} ms\n${this.log.slice(-20).join('\n')}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = () => void check();
      if (!check()) this.waiters.add(waiter);
    });
  }

  /** `shutdown` + `exit`, then SIGKILL if the server is still running after `timeoutMs`. */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // fall through to the kill below
    }
    await new Promise<void>(resolve => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.process.kill('SIGKILL');
        resolve();
      }, timeoutMs);
      this.process.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: *(\d+)/i.exec(header)?.[1];
      if (length === undefined) throw new Error(`bad LSP header: ${header}`);
      const start = headerEnd + 4;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      // A request from the server.
      const handler = this.handlers.get(message.method);
      const id = message.id;
      Promise.resolve(handler ? handler(message.params) : null).then(
        result => this.send({ jsonrpc: '2.0', id, result: result ?? null }),
        (error: unknown) => this.send({ jsonrpc: '2.0', id, error: { code: -32603, message: String(error) } }),
      );
      return;
    }
    if (message.method !== undefined) {
      if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
        this.log.push(`[${message.method}] ${(message.params as { message?: string } | undefined)?.message ?? ''}`);
      }
      this.notifications.push({ method: message.method, params: message.params });
      this.wake();
      return;
    }
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result);
    }
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Applies LSP text edits (non-overlapping, positions in UTF-16 code units as LSP says) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = (position: Position) => (lineStarts[position.line] ?? text.length) + position.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

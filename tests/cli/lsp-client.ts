/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC 2.0 with `Content-Length` framing), enough to drive
 * the VS Code ESLint language server from a test: requests with timeouts, answers to the server's own requests, and
 * a hard kill that cannot leave a process behind.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** Answers a request the server sends to the client (`workspace/configuration`, `workspace/applyEdit`, ...). */
export type ServerRequestHandler = (method: string, params: unknown) => unknown;

export class LspClient {
  readonly #process: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; timer: NodeJS.Timeout }>();
  readonly #notifications: Message[] = [];
  readonly #stderr: string[] = [];
  #exited = false;

  constructor(
    command: string,
    args: readonly string[],
    cwd: string,
    private readonly onServerRequest: ServerRequestHandler,
  ) {
    this.#process = spawn(command, [...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.#process.stdout.on('data', (chunk: Buffer) => this.#receive(chunk));
    this.#process.stderr.on('data', (chunk: Buffer) => this.#stderr.push(chunk.toString('utf8')));
    this.#process.on('exit', () => {
      this.#exited = true;
      for (const [id, pending] of this.#pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`language server exited before answering request ${id}; stderr: ${this.stderr}`));
      }
      this.#pending.clear();
    });
    // A write after the server died must fail the awaiting request, not crash the test runner.
    this.#process.stdin.on('error', () => undefined);
  }

  get stderr(): string {
    return this.#stderr.join('');
  }

  /** Notifications received so far (e.g. `window/logMessage`, `eslint/status`). */
  get notifications(): readonly Message[] {
    return this.#notifications;
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.#process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.#buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/iu.exec(header)?.[1]);
      if (!Number.isInteger(length)) throw new Error(`bad LSP header: ${header}`);
      const start = headerEnd + 4;
      if (this.#buffer.length < start + length) return;
      const message = JSON.parse(this.#buffer.subarray(start, start + length).toString('utf8')) as Message;
      this.#buffer = this.#buffer.subarray(start + length);
      this.#dispatch(message);
    }
  }

  #dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      let result: unknown;
      try {
        result = this.onServerRequest(message.method, message.params) ?? null;
      } catch (error) {
        this.#send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } });
        return;
      }
      this.#send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.method !== undefined) {
      this.#notifications.push(message);
    } else if (typeof message.id === 'number') {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending.resolve(message.result);
    }
  }

  request<T>(method: string, params: Json | object, timeoutMs = 30_000): Promise<T> {
    if (this.#exited) return Promise.reject(new Error(`language server has exited; stderr: ${this.stderr}`));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: Json | object): void {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /** Polite `shutdown`/`exit` with a short timeout, then SIGKILL: never leaves the server running. */
  async dispose(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise<void>((resolve) => this.#process.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
    } catch {
      // the server is unresponsive; kill it below
    }
    const timer = setTimeout(() => this.#process.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  }
}

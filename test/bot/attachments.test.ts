/** Attachment downloads: only from Discord's CDN or the client's own REST base, with the size limit held while reading. */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOrigins, downloadAttachment } from '../../src/bot/attachments.js';

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/ok.md') res.writeHead(200, { 'content-length': '5' }).end('hello');
    else if (url.pathname === '/big-declared.md') res.writeHead(200, { 'content-length': '2000' }).end('x'.repeat(2000));
    else if (url.pathname === '/big-chunked.md') {
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 20; i++) res.write('y'.repeat(100));
      res.end();
    } else if (url.pathname === '/moved.md') res.writeHead(302, { location: 'https://evil.example/x' }).end();
    else if (url.pathname === '/slow.md') setTimeout(() => res.end('late'), 2000);
    else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const ref = (path: string, size = 5) => ({ name: path.slice(1), size, url: `${origin}${path}?ex=1&hm=2` });

describe('downloadAttachment', () => {
  it('downloads from an allowed origin', async () => {
    expect(Buffer.from(await downloadAttachment(ref('/ok.md'), { maxBytes: 1000, extraOrigins: [origin] })).toString()).toBe('hello');
  });

  it('refuses any other host, before any request', async () => {
    await expect(downloadAttachment(ref('/ok.md'), { maxBytes: 1000 })).rejects.toThrow(/not served by Discord \(127\.0\.0\.1:\d+\)/);
    await expect(downloadAttachment({ name: 'a.md', size: 1, url: 'http://cdn.discordapp.com/a.md' }, { maxBytes: 1000 })).rejects.toThrow(/not served by Discord/);
  });

  it('refuses a file over the limit: announced, declared by the server, or streamed', async () => {
    const options = { maxBytes: 1000, extraOrigins: [origin] };
    await expect(downloadAttachment(ref('/ok.md', 5000), options)).rejects.toThrow('the file is 5,000 bytes; articles may be at most 1,000 bytes');
    await expect(downloadAttachment(ref('/big-declared.md', 10), options)).rejects.toThrow('the file is 2,000 bytes');
    await expect(downloadAttachment(ref('/big-chunked.md', 10), options)).rejects.toThrow('the file is more than 1,000 bytes');
  });

  it('says when the download fails, is redirected or is too slow', async () => {
    const options = { maxBytes: 1000, extraOrigins: [origin] };
    await expect(downloadAttachment(ref('/gone.md'), options)).rejects.toThrow(/could not be downloaded \(HTTP 404\)/);
    await expect(downloadAttachment(ref('/moved.md'), options)).rejects.toThrow(/could not be downloaded/);
    await expect(downloadAttachment(ref('/slow.md'), { ...options, timeoutMs: 200 })).rejects.toThrow(/took too long/);
  });

  it('allows the origins of the client REST and CDN bases', () => {
    expect(clientOrigins({ api: 'http://127.0.0.1:8787/api', cdn: 'https://cdn.discordapp.com' })).toEqual(['http://127.0.0.1:8787', 'https://cdn.discordapp.com']);
    expect(clientOrigins(undefined)).toEqual([]);
  });
});

import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';

/** A port nobody is listening on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Serves a production build with `vite preview` on a free local port, or on `port` to replace an earlier server. */
export async function startPreview(outDir: string, port?: number): Promise<{ url: string; server: PreviewServer }> {
  port ??= await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}`, server };
}

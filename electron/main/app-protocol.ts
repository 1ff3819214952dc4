import { contentSecurityPolicy, openStaticFile } from '../core/static-files.ts';

/** The scheme and host the renderer is loaded from: app://glossator/index.html. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://glossator';

/**
 * Answers app://glossator/<path> with a file of the renderer build and the
 * app's CSP. Paths outside the build folder, symbolic links, other hosts and
 * unknown file kinds get 404: the page can reach nothing else on disk.
 */
export function createAppProtocolHandler(rendererRoot: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const found = url.host === 'glossator' ? await openStaticFile(rendererRoot, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404 });
    try {
      const body = await found.handle.readFile();
      return new Response(body, {
        headers: {
          'Content-Type': found.contentType,
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    } finally {
      await found.handle.close().catch(() => {});
    }
  };
}

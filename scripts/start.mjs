// `npm start`: web-dev-server with web-dev-server.config.mjs, listening on 127.0.0.1 only (its own
// CLI listens on every interface even when told 127.0.0.1). `npm start -- --port N` or `PORT=N`
// picks the port; `HOST=0.0.0.0` shows the explorer to the network, with a warning.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } }, strict: false });
const port = values.port === undefined ? config.port : Number(values.port);
const host = config.hostname;
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port is a port number, not "${values.port}"`);

let handle = (request, response) => response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('starting\n');
const server = createServer((request, response) => handle(request, response));
await new Promise((resolve) => {
  server.once('error', (error) => {
    const why = error.code === 'EADDRINUSE' ? 'is in use' : error.code === 'EACCES' ? 'is not allowed' : `cannot be used (${error.code ?? error.message})`;
    fail(`port ${port} ${why} on ${host}: pick another with npm start -- --port N (or PORT=N npm start)`);
  });
  server.listen(port, host, resolve);
});
const listening = server.address().port;

const devServer = await startDevServer({
  config: { ...config, port: listening, middlewareMode: { server } },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
handle = devServer.koaApp.callback();

if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
  console.warn(`warning: HOST=${host}: anyone who can reach this machine on port ${listening} can read this project's files`);
}
const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
console.log(`explorer at http://${shown}:${listening}/ — reloads the map when a file in arguments/ is saved; Ctrl-C stops`);

const stop = async () => {
  await devServer.stop();
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

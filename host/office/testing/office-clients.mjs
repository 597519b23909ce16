// The office computers of host/office/office-concurrency.test.ts, run in a worker thread so that their
// TLS and JSON work is not done on the server's event loop (in an office it is done on other machines).
// Each computer has its own signed-in session and its own kept-alive TLS connection, and sends its
// writes one after another; all computers send at once. Posts back every write's outcome.
import { Agent, request } from 'node:https';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: number, ca: string, sessions: string[], hot: number[], writes: number }} */
const { port, ca, sessions, hot, writes } = workerData;

const registryNumber = (client, n) =>
  `2451000${String(client).padStart(3, '0')}${String(n).padStart(5, '0')}`;
const newCase = (number) => ({
  registryNumber: number,
  article: '194',
  district: 'Almaty',
  registeredOn: '2025-03-01',
});

function computer(session) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, ca });
  const call = (method, input) =>
    new Promise((resolve, reject) => {
      const text = JSON.stringify({ input, meta: { language: 'en', session } });
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: `/api/${method}`,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
          );
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  return { call, close: () => agent.destroy() };
}

async function run(session, client) {
  const { call, close } = computer(session);
  // The version this computer last saw of each hot case, as its open case pages would hold it.
  const seen = new Map(hot.map((id) => [id, 1]));
  const outcomes = [];
  const outcome = (n, kind, caseId, damage, { status, body }) =>
    outcomes.push({
      client,
      n,
      kind,
      registryNumber: kind === 'create' ? registryNumber(client, n) : null,
      caseId: kind === 'create' && body.ok ? body.value.id : caseId,
      damage,
      status,
      ok: body.ok,
      code: body.ok ? null : body.error.code,
      version: body.ok ? body.value.version : null,
    });
  for (let n = 0; n < writes; n++) {
    if (n % 2 === 0) {
      outcome(n, 'create', null, null, await call('cases.create', newCase(registryNumber(client, n))));
      continue;
    }
    const caseId = hot[(client + n) % hot.length];
    const damage = client * 1000 + n;
    const answer = await call('cases.edit', {
      id: caseId,
      version: seen.get(caseId),
      changes: { damageKzt: damage },
    });
    outcome(n, 'edit', caseId, damage, answer);
    if (answer.body.ok) seen.set(caseId, answer.body.value.version);
    else {
      // Refused: the page reads the case again, and the next edit is made on what it shows.
      const fresh = await call('cases.get', { id: caseId });
      if (!fresh.body.ok) throw new Error(`cases.get: ${JSON.stringify(fresh.body)}`);
      seen.set(caseId, fresh.body.value.version);
    }
  }
  close();
  return outcomes;
}

const all = await Promise.all(sessions.map(run));
parentPort.postMessage(all.flat());

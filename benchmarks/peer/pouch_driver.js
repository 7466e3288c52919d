'use strict';
// The PouchDB side of benchmarks/bench_peer.py, driven one command at a time.
//   node pouch_driver.js PEER_DIR DATA_DIR
// PEER_DIR is the scratch copy of ../shared/peers/pouchdb with node_modules installed
// (npm ci); the modules and the edit come from there, so this is bench.js's client
// with the phases chosen by the caller. Reads one JSON command per line on stdin and
// answers one JSON line on stdout:
//   {op:"write", db, file}            bulkDocs of the docs in file, 1000 per call
//   {op:"replicate", source, target}  one-shot PouchDB.replicate, default options; a name
//                                     is a local leveldb db, a URL a fresh remote handle
//   {op:"edit", db, ids}              applyEdit (gen.js) to those docs, one bulkDocs
//   {op:"dump", db, file}             every doc (with _rev) sorted by id, as JSON, to file
//   {op:"close"}
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { createRequire } = require('module');
const { performance } = require('perf_hooks');

const PEER = path.resolve(process.argv[2]);
const DATA = path.resolve(process.argv[3]);
const peerRequire = createRequire(path.join(PEER, 'package.json'));
const PouchDB = peerRequire('pouchdb');
const { applyEdit } = peerRequire('./gen.js');

fs.mkdirSync(DATA, { recursive: true });
const locals = new Map();
const local = (name) => {
  if (!locals.has(name)) locals.set(name, new PouchDB(path.join(DATA, name)));
  return locals.get(name);
};
const handle = (x) => (/^https?:/.test(x) ? new PouchDB(x) : local(x));

const ops = {
  async write({ db, file }) {
    const docs = JSON.parse(fs.readFileSync(file, 'utf8'));
    const d = local(db);
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i += 1000) {
      const res = await d.bulkDocs(docs.slice(i, i + 1000));
      if (res.some((x) => x.error)) throw new Error('local write failed');
    }
    return { ms: performance.now() - t0, docs: docs.length };
  },
  async replicate({ source, target }) {
    const s = handle(source);
    const t = handle(target);
    const t0 = performance.now();
    const r = await PouchDB.replicate(s, t);
    const ms = performance.now() - t0;
    if (r.doc_write_failures || (r.errors && r.errors.length)) throw new Error('replication failed: ' + JSON.stringify(r.errors));
    return { ms, docs_read: r.docs_read, docs_written: r.docs_written };
  },
  async edit({ db, ids }) {
    const d = local(db);
    const t0 = performance.now();
    const cur = await d.allDocs({ keys: ids, include_docs: true });
    const res = await d.bulkDocs(cur.rows.map((row) => applyEdit(row.doc)));
    if (res.some((x) => x.error)) throw new Error('edit failed');
    return { ms: performance.now() - t0, docs: res.length };
  },
  async dump({ db, file }) {
    const all = await handle(db).allDocs({ include_docs: true });
    const docs = all.rows.map((r) => r.doc).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
    fs.writeFileSync(file, JSON.stringify(docs));
    return { docs: docs.length };
  },
  async close() {
    for (const d of locals.values()) await d.close();
    locals.clear();
    return {};
  },
};

const rl = readline.createInterface({ input: process.stdin });
let chain = Promise.resolve();
rl.on('line', (line) => {
  chain = chain.then(async () => {
    const cmd = JSON.parse(line);
    let out;
    try {
      out = { ok: true, ...(await ops[cmd.op](cmd)) };
    } catch (e) {
      out = { ok: false, error: String((e && e.stack) || e) };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
    if (cmd.op === 'close') process.exit(0);
  });
});
rl.on('close', () => { chain.then(() => process.exit(0)); });

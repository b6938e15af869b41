// Validates the event contract in this directory (see README.md, "Validating these files").
// Run from a directory where ajv, ajv-formats and @asyncapi/parser are installed:
//   node <repo>/docs/events/validate.mjs <repo>/docs/events
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const require = createRequire(path.join(process.cwd(), 'noop.js'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const { Parser, fromFile } = require('@asyncapi/parser');
const dir = path.resolve(process.argv[2] ?? path.dirname(new URL(import.meta.url).pathname));
let fail = 0;
const ajv = new Ajv2020({ strict: true, allErrors: true, strictRequired: false });
addFormats(ajv);
const files = fs.readdirSync(dir).filter(f => f.endsWith('.schema.json')).sort();
const schemas = {};
for (const f of files) {
  const s = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  if (s.$id !== `https://dti.gov.vn/schemas/events/${f}`) { console.log('BAD $id', f); fail++; }
  if (!ajv.validateSchema(s)) { console.log('INVALID SCHEMA', f, ajv.errors); fail++; continue; }
  // every property has a description; every object has additionalProperties:false
  (function walk(n, p) {
    if (n && typeof n === 'object') {
      if (n.properties) {
        if (n.additionalProperties !== false) { console.log('no additionalProperties:false at', f, p); fail++; }
        for (const [k, v] of Object.entries(n.properties)) if (!v.description) { console.log('no description', f, p + '/' + k); fail++; }
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'examples' && k !== 'if') walk(v, p + '/' + k);
    }
  })(s, '');
  const v = ajv.compile(s);
  schemas[f.replace('.schema.json', '')] = v;
  for (const [i, ex] of (s.examples || []).entries()) {
    if (!v(ex)) { console.log('EXAMPLE FAILS', f, i, v.errors); fail++; } else console.log('ok  ', f, 'example', i);
  }
}
// broken payloads: each must be rejected
const clone = o => JSON.parse(JSON.stringify(o));
const ex = n => clone(JSON.parse(fs.readFileSync(path.join(dir, n + '.schema.json'))).examples[0]);
const neg = [];
const add = (n, label, mut) => { const e = ex(n); mut(e); neg.push([n, label, e]); };
add('dti.unit.changed.v1', 'extra prop', e => e.foo = 1);
add('dti.unit.changed.v1', 'lowercase code', e => e.code = 'ab');
add('dti.unit.changed.v1', 'missing nameEn', e => delete e.nameEn);
add('dti.unit.changed.v1', 'bad date', e => e.validFrom = '2025-13-01');
add('dti.unit.changed.v1', 'bad type', e => e.type = 'DISTRICT');
add('dti.framework.published.v1', 'draft status', e => e.status = 'DRAFT');
add('dti.framework.published.v1', 'node with both', e => { e.root.children[0].children[0].children = [{ code: 'X', indicator: { unit: 'COUNT', normalization: { method: 'RANK' } } }]; });
add('dti.framework.published.v1', 'node with neither', e => { delete e.root.children[0].children[0].indicator; });
add('dti.framework.published.v1', 'empty children', e => { e.root.children[0].children = []; });
add('dti.framework.published.v1', 'goalposts no high', e => { delete e.root.children[1].children[0].indicator.normalization.high; });
add('dti.framework.published.v1', 'target no target', e => { delete e.root.children[2].children[0].indicator.normalization.target; });
add('dti.framework.published.v1', 'zero weight', e => { e.root.children[0].weight = 0; });
add('dti.framework.published.v1', 'bad node code', e => { e.root.children[0].code = 'aware'; });
add('dti.framework.published.v1', 'extra prop in normalization', e => { e.root.children[0].children[0].indicator.normalization.foo = 1; });
add('dti.framework.published.v1', 'bad comparator', e => { e.targets[0].comparator = '='; });
add('dti.framework.published.v1', 'rankPrecision 11', e => { e.rankPrecision = 11; });
add('dti.framework.published.v1', 'version 0', e => { e.version = 0; });
add('dti.period.changed.v1', 'bad period', e => e.period = '2024-Q5');
add('dti.period.changed.v1', 'bad dueAt', e => e.dueAt = '2025-03-31');
add('dti.submission.accepted.v1', 'bad uuid', e => e.submissionId = 'abc');
add('dti.submission.accepted.v1', 'empty values', e => e.values = []);
add('dti.submission.accepted.v1', 'note in value', e => e.values[0].note = 'x');
add('dti.submission.accepted.v1', 'string value', e => e.values[0].value = '98.01');
add('dti.standings.recomputed.v1', 'score > 1', e => e.entries[0].score = 1.2);
add('dti.standings.recomputed.v1', 'unknown basis', e => e.basis = 'final');
add('dti.review.decided.v1', 'unknown decision', e => e.decision = 'MAYBE');
add('dti.review.decided.v1', 'no submissionId', e => delete e.submissionId);
add('dti.review.decided.v1', 'extra field', e => e.valueComments = []);
add('dti.framework.published.v1', 'requireApproval not boolean', e => e.requireApproval = 'yes');
add('dti.standings.recomputed.v1', 'rank 0', e => e.entries[0].children[0].rank = 0);
add('dti.standings.recomputed.v1', 'missing node', e => delete e.node);
add('dti.standings.recomputed.v1', 'negative missing', e => e.entries[0].missing = -1);
for (const [n, label, e] of neg) {
  if (schemas[n](e)) { console.log('NOT REJECTED', n, label); fail++; } else console.log('rejected', n, '-', label);
}
// positive variants
const pos = [];
const addp = (n, label, mut) => { const e = ex(n); mut(e); pos.push([n, label, e]); };
addp('dti.framework.published.v1', 'minimal leaf, no targets', e => { e.targets = []; e.root = { code: 'DTI', children: [{ code: 'A', indicator: { unit: 'RATIO', normalization: { method: 'NONE' } } }] }; });
addp('dti.unit.changed.v1', 'ministry', e => Object.assign(e, { code: 'BTC', name: 'Bộ Tài chính', nameEn: 'Ministry of Finance', type: 'MINISTRY', group: 'PUBLIC_SERVICE', region: null, validFrom: '2025-03-01', predecessors: [] }));
addp('dti.unit.changed.v1', 'closed', e => Object.assign(e, { name: 'Quảng Bình', validFrom: '2008-08-01', validTo: '2025-06-30', predecessors: [] }));
addp('dti.period.changed.v1', 'quarter', e => Object.assign(e, { period: '2024-Q3', periodType: 'QUARTER', dueAt: '2024-10-15T00:00:00Z' }));
addp('dti.standings.recomputed.v1', 'empty', e => { e.entries = []; e.unitCount = 0; });
for (const [n, label, e] of pos) {
  if (!schemas[n](e)) { console.log('WRONGLY REJECTED', n, label, schemas[n].errors); fail++; } else console.log('accepted', n, '-', label);
}
// AsyncAPI 3.0.0 document, with its $refs to the schema files resolved
const { document, diagnostics } = await fromFile(new Parser(), path.join(dir, 'asyncapi.yaml')).parse();
for (const d of diagnostics.filter(d => d.severity === 0)) { console.log('ASYNCAPI ERROR', d.path.join('/'), d.message); fail++; }
if (!document) { console.log('ASYNCAPI INVALID'); fail++; }
else if (document.version() !== '3.0.0') { console.log('ASYNCAPI version', document.version()); fail++; }
else console.log('ok   asyncapi.yaml', document.version(), document.channels().all().map(c => c.address()).join(' '));
console.log(fail ? `FAILURES: ${fail}` : 'ALL OK');
process.exit(fail ? 1 : 0);

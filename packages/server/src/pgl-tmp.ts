import { PGlite } from '@electric-sql/pglite';

let t = performance.now();
const a = await PGlite.create();
console.log('create', Math.round(performance.now() - t));
await a.exec('create table x (id int); insert into x values (1)');
t = performance.now();
const dump = await a.dumpDataDir('gzip');
console.log('dump', Math.round(performance.now() - t), dump.size);
t = performance.now();
const b = await PGlite.create({ loadDataDir: dump });
console.log('load', Math.round(performance.now() - t), (await b.query('select * from x')).rows);

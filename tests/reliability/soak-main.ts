import { crashSoak } from './crash-soak';

/** `npm run soak -- --kills N`: the long crash soak; ends with one JSON line. */
const at = process.argv.indexOf('--kills');
const kills = at > 0 ? Number(process.argv[at + 1]) : 50;
const result = await crashSoak({ kills, log: (line) => console.error(line) });
console.log(JSON.stringify(result));
process.exitCode = result.lost === 0 && result.invalidOpens === 0 ? 0 : 1;

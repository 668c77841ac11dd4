// Opens (and so upgrades) a project and is killed (SIGKILL, as a crash) at the named fault point.
import { setFaultHook, type FaultPoint } from '../../main/services/store/fault-points';
import { ProjectStore } from '../../main/services/store/project-store';

const [dir, point] = process.argv.slice(2);
if (!dir || !point) throw new Error('usage: upgrade-child <dir> <point>');
setFaultHook((reached: FaultPoint) => {
  if (reached === point) process.kill(process.pid, 'SIGKILL');
});
const { store } = await ProjectStore.open(dir);
await store.close();
process.stdout.write('opened without being killed\n');

// Restores a backup and is killed (SIGKILL, as a crash or power cut) at the named fault point.
import { setFaultHook, type FaultPoint } from '../../main/services/store/fault-points';
import { ProjectStore } from '../../main/services/store/project-store';

const [dir, backup, point] = process.argv.slice(2);
if (!dir || !backup || !point) throw new Error('usage: restore-child <dir> <backup> <point>');
setFaultHook((reached: FaultPoint) => {
  if (reached === point) process.kill(process.pid, 'SIGKILL');
});
await ProjectStore.restoreBackup(dir, backup);
process.stdout.write('restored without being killed\n');

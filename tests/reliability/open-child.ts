// Opens a project folder and prints, as one JSON line, its notices or the error's code.
import { ProjectStore } from '../../main/services/store/project-store';
import { toErrorData } from '../../shared/errors';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: open-child <dir>');
try {
  const { store, notices } = await ProjectStore.open(dir);
  await store.close();
  process.stdout.write(`${JSON.stringify({ notices })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: toErrorData(error).code })}\n`);
}

import '../styles/sources.css';
import { useProjectData } from '../state/project-store';
import { useUi } from '../state/ui-store';
import { SourceDetail } from './SourceDetail';
import { SourcesList } from './SourcesList';

/** Sources: the list, or one source open for reading and coding. */
export function SourcesView() {
  const { sourceId } = useUi();
  const data = useProjectData();
  const source = sourceId ? data.sources.find((s) => s.id === sourceId) : undefined;
  // A source that was deleted (or undone away) falls back to the list.
  return source ? <SourceDetail key={source.id} source={source} /> : <SourcesList />;
}

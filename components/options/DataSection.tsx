import { DeleteAllPanel } from './data/DeleteAllPanel';
import { ExportPanel } from './data/ExportPanel';
import { ImportPanel } from './data/ImportPanel';

/** Export, import and delete: the person owns their data and can take it anywhere. */
export default function DataSection() {
  return (
    <div className="stack">
      <ExportPanel />
      <ImportPanel />
      <DeleteAllPanel />
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/shared/page.css';
import '../../components/popup/popup.css';
import { Popup } from '../../components/popup/Popup';
import { DatabaseContext } from '../../components/shared/useDatabase';
import { getDatabase } from '../../lib/db/database';
import { log } from '../../lib/log';

const db = getDatabase();
// Opening the database before the first render lets IndexedDB open it while the page renders,
// instead of after, when the first live query would. A failed open fails those queries too.
db.open().catch((error: unknown) => log.error('popup', 'opening the database failed', error));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseContext.Provider value={db}>
      <Popup libraryUrl={browser.runtime.getURL('/options.html')} />
    </DatabaseContext.Provider>
  </StrictMode>,
);

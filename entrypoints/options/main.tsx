import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/shared/page.css';
import '../../components/library/library.css';
import { LibraryPage } from '../../components/library/LibraryPage';
import { DatabaseContext } from '../../components/shared/useDatabase';
import { getDatabase } from '../../lib/db/database';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseContext.Provider value={getDatabase()}>
      <LibraryPage hash={location.hash} />
    </DatabaseContext.Provider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/shared/page.css';
import '../../components/popup/popup.css';
import { Popup } from '../../components/popup/Popup';
import { DatabaseContext } from '../../components/shared/useDatabase';
import { getDatabase } from '../../lib/db/database';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseContext.Provider value={getDatabase()}>
      <Popup libraryUrl={browser.runtime.getURL('/options.html')} />
    </DatabaseContext.Provider>
  </StrictMode>,
);

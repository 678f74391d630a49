import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '../lib/db/database';
import { getStates } from '../lib/db/papers';
import { LIVE_PORT_NAME } from '../lib/messages';
import { handleRequest } from '../lib/messaging/handle-request';
import { ChangedPapers } from '../lib/messaging/changed-papers';
import { LiveHub } from '../lib/messaging/live-hub';
import { StateCache } from '../lib/messaging/state-cache';

export default defineBackground(() => {
  const db = getDatabase();
  // unlimitedStorage lifts the quota. Persistent storage also protects the library from
  // eviction under storage pressure in browsers that grant it per origin.
  void navigator.storage?.persist?.().catch(() => false);
  const cache = new StateCache((ids) => getStates(db, ids));
  const hub = new LiveHub((ids) => cache.get(ids));

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own contexts may write; web pages cannot reach onMessage.
    if (sender.id !== browser.runtime.id) return undefined;
    // sendResponse with `return true` works in every Chrome and Firefox version, unlike a returned promise.
    void handleRequest(db, message).then(sendResponse);
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT_NAME) return;
    port.onMessage.addListener((message) => void hub.receive(port, message));
    port.onDisconnect.addListener(() => hub.disconnect(port));
  });

  // Fires for writes made here and, through Dexie's BroadcastChannel, for writes made by
  // the popup and the options page. The written papers leave the cache at once, and only
  // they are read again for open tabs, so a save does not wait behind a re-read of every
  // paper that every open tab shows.
  const changes = new ChangedPapers(db.name);
  let pending: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    const isChanged = changes.add(parts);
    if (!isChanged) return;
    cache.forget(isChanged);
    if (hub.size === 0) {
      changes.take();
      return;
    }
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      void hub.refresh(changes.take());
    }, 16);
  });
});

import { registerSW } from 'virtual:pwa-register';
import { createUpdateWatch } from './updateWatch';

/** The page's one update watch; importing this module registers the service worker. */
export const updateWatch = createUpdateWatch(registerSW);

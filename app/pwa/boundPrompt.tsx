import { updateWatch } from './register';
import { UpdatePrompt } from './UpdatePrompt';

/** The update prompt wired to the page's registered service worker (loaded lazily by UpdateSlot). */
export function BoundUpdatePrompt() {
  return <UpdatePrompt watch={updateWatch} />;
}

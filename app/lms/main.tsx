import { createRoot } from 'react-dom/client';
import '../styles/global.css';
import './lms.css';
import { LmsApp } from './LmsApp';

// The entry of the SCORM packages (scripts/scorm): one lesson, reporting to the LMS that launched it. No StrictMode:
// its rehearsal of effects would end the LMS session (LMSFinish) and SCORM allows no second start.
createRoot(document.getElementById('root')!).render(<LmsApp search={window.location.search} />);

import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './layout/Layout';
import CoursePage from './pages/CoursePage';
import NotFoundPage from './pages/NotFoundPage';

// The lesson page brings KaTeX styles and the MDX blocks; the course page should not pay for them.
const LessonPage = lazy(() => import('./pages/LessonPage'));
const LabPage = lazy(() => import('./pages/lab/LabPage'));
const InductionPage = lazy(() => import('./pages/lab/InductionPage'));
const GalleryPage = lazy(() => import('./pages/gallery/GalleryPage'));
const TeachPage = lazy(() => import('./pages/teach/TeachPage'));
const ClassPage = lazy(() => import('./pages/teach/ClassPage'));
const AssignmentPage = lazy(() => import('./pages/teach/AssignmentPage'));
const ReportPage = lazy(() => import('./pages/teach/ReportPage'));
const pageFallback = <p role="status">Loading the page…</p>;

/** The routes: the course page, one page per lesson (`/<track>/<slug>`), and a helpful 404. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<CoursePage />} />
          <Route
            path=":track/:slug"
            element={
              <Suspense fallback={<p role="status">Loading the lesson…</p>}>
                <LessonPage />
              </Suspense>
            }
          />
          <Route path="lab" element={<Suspense fallback={<p role="status">Loading the Lab…</p>}><LabPage /></Suspense>} />
          <Route path="lab/induction" element={<Suspense fallback={pageFallback}><InductionPage /></Suspense>} />
          <Route path="gallery" element={<Suspense fallback={<p role="status">Loading the gallery…</p>}><GalleryPage /></Suspense>} />
          <Route path="teach" element={<Suspense fallback={pageFallback}><TeachPage /></Suspense>} />
          <Route path="teach/class" element={<Suspense fallback={pageFallback}><ClassPage /></Suspense>} />
          <Route path="assignment" element={<Suspense fallback={pageFallback}><AssignmentPage /></Suspense>} />
          <Route path="report" element={<Suspense fallback={pageFallback}><ReportPage /></Suspense>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

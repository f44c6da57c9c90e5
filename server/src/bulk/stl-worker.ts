/** The worker thread of the bulk Shine-the-Light run: pages of people in, their CSV rows out (see stl-rows.ts). */
import { serveJobs } from '../common/serve-jobs';
import { type StlPage, StlPageRenderer, type StlRunContext } from './stl-rows';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

serveJobs<StlRunContext, StlPage, string>(
  {
    init: (value): value is StlRunContext =>
      isObject(value) && typeof value.year === 'number' && Array.isArray(value.recipients) && Array.isArray(value.disclosures),
    job: (value): value is StlPage => isObject(value) && Array.isArray(value.persons) && Array.isArray(value.transfers),
  },
  (context) => {
    const renderer = new StlPageRenderer(context);
    return (page) => renderer.render(page);
  },
);

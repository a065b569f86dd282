import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

describe('remix adapter', () => {
  it('action and loader exports of app/routes', () => {
    expect(routesIn('export async function action({ request }) {}\nexport const meta = () => [];', { filename: '/app/app/routes/rooms.$id.tsx', typescript: true })).toEqual([
      { framework: 'remix', label: 'The `action` of `/rooms/$id`', path: '/rooms/$id', method: null, handler: true, inFront: [] },
    ]);
  });
});

import { describe, expect, it } from 'vitest';

import { routesIn } from './routes-in';

describe('controller exports adapter', () => {
  it('exported (req, res) and (ctx) functions', () => {
    expect(routesIn('export function getToken(req, res) {}\nexport const join = async (ctx) => {};\nexport function helper(a, b) {}').map(route => [route.framework, route.label])).toEqual([
      ['exported-handler', 'Handler `getToken`'],
      ['exported-handler', 'Handler `join`'],
    ]);
  });

  it('methods of an exported controller object or class', () => {
    expect(routesIn('module.exports = { getToken(req, res) {}, version: 1 };', { sourceType: 'commonjs' }).map(route => route.label)).toEqual(['Handler `getToken`']);
    expect(routesIn('class VideoController { token(req, res) {} }\nexport default new VideoController();').map(route => route.label)).toEqual(['Handler `VideoController.token`']);
  });
});

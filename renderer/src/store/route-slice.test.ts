import { describe, expect, it } from 'vitest';
import { hashOf, type Route, routeFromHash } from './route-slice.ts';

describe('links and concepts routes', () => {
  it('go to the address and back', () => {
    const routes: Route[] = [{ view: 'links' }, { view: 'concepts' }, { view: 'concepts', conceptId: 'c-1_x' }];
    for (const route of routes) expect(routeFromHash(hashOf(route))).toEqual(route);
    expect(hashOf({ view: 'links' })).toBe('#/links');
    expect(hashOf({ view: 'concepts', conceptId: 'abc' })).toBe('#/concepts/abc');
  });
  it('send a malformed concept address to the Library', () => {
    expect(routeFromHash('#/concepts/a/b')).toEqual({ view: 'library' });
    expect(routeFromHash('#/links/x')).toEqual({ view: 'library' });
  });
});

describe('the curation route', () => {
  it('goes to the address and back', () => {
    expect(hashOf({ view: 'curation' })).toBe('#/curation');
    expect(routeFromHash('#/curation')).toEqual({ view: 'curation' });
  });
  it('sends a malformed curation address to the Library', () => {
    expect(routeFromHash('#/curation/x')).toEqual({ view: 'library' });
  });
});

describe('the history route', () => {
  it('goes to the address and back', () => {
    expect(hashOf({ view: 'history' })).toBe('#/history');
    expect(routeFromHash('#/history')).toEqual({ view: 'history' });
    expect(routeFromHash('#/history/x')).toEqual({ view: 'library' });
  });
});

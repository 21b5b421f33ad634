import { describe, expect, test } from 'vitest';
import { parsePolicy } from '../site/csp.ts';
import { CMS_OFF_POLICY, cmsPolicy } from './cms-csp.ts';

const github = { repo: 'midori-city/care-map', branch: 'main', baseUrl: 'https://auth.example.jp/oauth' };

describe('the CSP of /admin/', () => {
  test('scripts only from our own origin; eval and inline styles, which Decap needs, and nothing else loosened', () => {
    const policy = parsePolicy(cmsPolicy({ backend: github }));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  test("GitHub mode reaches the GitHub API and the deployer's OAuth client, by origin", () => {
    const policy = parsePolicy(cmsPolicy({ backend: github }));
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://api.github.com', 'https://auth.example.jp']);
    expect(policy.get('img-src')).toContain('https://avatars.githubusercontent.com');
  });

  test('local mode (npm run cms) reaches only its own origin', () => {
    const policy = parsePolicy(cmsPolicy({ backend: github, local: true }));
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
  });

  test('with no CMS configured the page runs no script at all', () => {
    expect(cmsPolicy({})).toBe(CMS_OFF_POLICY);
    expect(parsePolicy(CMS_OFF_POLICY).get('script-src')).toBeUndefined();
    expect(parsePolicy(CMS_OFF_POLICY).get('default-src')).toEqual(["'self'"]);
  });
});

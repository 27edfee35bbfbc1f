// The app package: unzip it and check the manifest's required fields, scopes,
// commands, the RSC permission, validDomains, SSO, the tab, the message action and the
// icon sizes; the manifest against the published schema (kept in the repo), and
// `npm run teams:package` refusing an invalid one.
import './no-network.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildTeamsPackage } from '../../../adapters/teams/build-teams-package.ts';
import { listManifestProblems } from '../../../scripts/teams-manifest/validate-teams-manifest.ts';

const CLIENT_ID = '7b2c6f0e-1d3a-4c59-9a8e-2f4b6d8e0a11';

describe('Teams app package', () => {
  it('holds a v1.24 manifest and icons of 192×192 and 32×32 (outline white on transparent)', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage({ clientId: CLIENT_ID, botDomain: 'rro.zorg.example' }));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, any>;
    for (const field of ['$schema', 'manifestVersion', 'version', 'id', 'developer', 'name', 'description', 'icons', 'accentColor']) expect(manifest).toHaveProperty(field);
    expect(manifest.manifestVersion).toBe('1.24');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.24/MicrosoftTeams.schema.json');
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(manifest.bots[0]).toMatchObject({ botId: CLIENT_ID, scopes: ['personal', 'team', 'groupChat'] });
    expect(manifest.webApplicationInfo).toEqual({ id: CLIENT_ID, resource: `api://rro.zorg.example/${CLIENT_ID}` });
    expect(manifest.staticTabs).toEqual([{ entityId: 'mijn-rro', name: 'Mijn RRO', contentUrl: 'https://rro.zorg.example/dashboard/tab/start', scopes: ['personal'] }]);
    expect(manifest.composeExtensions[0]).toMatchObject({ botId: CLIENT_ID, commands: [{ id: 'shareAsSuccess', type: 'action', context: ['message'], fetchTask: true }] });
    expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(expect.arrayContaining(['help', 'log', 'succes']));
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'ChannelMessage.Read.Group', type: 'Application' }]);
    expect(manifest.validDomains).toEqual(['rro.zorg.example']);

    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      expect(a === 0 || (r === 255 && g === 255 && b === 255)).toBe(true);
    }
  });

  it('keeps the same app id for the same bot, and uses TEAMS_APP_ID when given', async () => {
    const idOf = async (input: Parameters<typeof buildTeamsPackage>[0]) =>
      (JSON.parse(await (await JSZip.loadAsync(await buildTeamsPackage(input))).file('manifest.json')!.async('string')) as { id: string }).id;
    expect(await idOf({ clientId: 'a', botDomain: 'x.example' })).toBe(await idOf({ clientId: 'a', botDomain: 'x.example' }));
    expect(await idOf({ clientId: 'a', botDomain: 'x.example', appId: '0f8b6c2e-0000-4000-8000-000000000001' })).toBe('0f8b6c2e-0000-4000-8000-000000000001');
  });

  it('matches the published v1.24 schema; a planted invalid field is named', () => {
    const manifest = buildManifest({ clientId: CLIENT_ID, botDomain: 'rro.zorg.example' });
    expect(listManifestProblems(manifest)).toEqual([]);
    const planted = structuredClone(manifest) as Record<string, any>;
    planted.composeExtensions[0].commands[0].context = ['everywhere'];
    expect(listManifestProblems(planted)).toEqual([expect.stringMatching(/^\/composeExtensions\/0\/commands\/0\/context\/0: must be equal to one of the allowed values/)]);
    expect(listManifestProblems({ ...manifest, webApplicationInfo: { id: 'geen-guid', resource: 'api://x' } })).toEqual([expect.stringContaining('/webApplicationInfo/id')]);
    expect(listManifestProblems({ ...manifest, manifestVersion: '1.17' })).toEqual([expect.stringContaining('/manifestVersion')]);
  });

  describe('npm run teams:package', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const run = (env: Record<string, string>) => {
      const cwd = mkdtempSync(join(tmpdir(), 'rro-teams-package-'));
      // The loopback-only guard is loaded into the script too: validation must not download the schema.
      const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['--import', join(root, 'test/support/no-network.ts'), join(root, 'scripts/teams-package.ts')], {
        cwd, encoding: 'utf8', timeout: 60_000,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      });
      const wrote = existsSync(join(cwd, 'dist/rro-teams.zip'));
      rmSync(cwd, { recursive: true, force: true });
      return { ...result, wrote };
    };

    it('writes the zip for a valid manifest, offline', () => {
      const ok = run({ TEAMS_CLIENT_ID: CLIENT_ID, TEAMS_BOT_DOMAIN: 'rro.zorg.example' });
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.wrote).toBe(true);
    }, 70_000);

    it('fails and writes nothing when the manifest does not match the schema (a host name longer than the schema allows)', () => {
      const bad = run({ TEAMS_CLIENT_ID: CLIENT_ID, TEAMS_BOT_DOMAIN: `${'a'.repeat(2100)}.example` });
      expect(bad.status).toBe(1);
      expect(bad.wrote).toBe(false);
      expect(bad.stderr).toContain('klopt niet met het schema v1.24');
      expect(bad.stderr).toContain('/validDomains/0: must NOT have more than 2048 characters');
    }, 70_000);
  });
});

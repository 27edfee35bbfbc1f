// The app package: unzip it and check the manifest's required fields, scopes,
// commands, the RSC permission, validDomains and the icon sizes.
import './no-network.ts';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../../adapters/teams/build-teams-package.ts';

describe('Teams app package', () => {
  it('holds a v1.17 manifest and icons of 192×192 and 32×32 (outline white on transparent)', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage({ clientId: '7b2c6f0e-1d3a-4c59-9a8e-2f4b6d8e0a11', botDomain: 'rro.zorg.example' }));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, any>;
    for (const field of ['$schema', 'manifestVersion', 'version', 'id', 'developer', 'name', 'description', 'icons', 'accentColor']) expect(manifest).toHaveProperty(field);
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(manifest.bots[0]).toMatchObject({ botId: '7b2c6f0e-1d3a-4c59-9a8e-2f4b6d8e0a11', scopes: ['personal', 'team'] });
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
    expect(await idOf({ clientId: 'a' })).toBe(await idOf({ clientId: 'a' }));
    expect(await idOf({ clientId: 'a', appId: '0f8b6c2e-0000-4000-8000-000000000001' })).toBe('0f8b6c2e-0000-4000-8000-000000000001');
  });
});

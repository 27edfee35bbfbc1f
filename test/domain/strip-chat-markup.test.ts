import { describe, expect, it } from 'vitest';
import { stripChatMarkup } from '../../src/domain/strip-chat-markup.ts';

describe('stripChatMarkup', () => {
  it('removes emphasis but keeps bullets', () => {
    expect(stripChatMarkup('*Gedaan:*\n* bezoek _Het Baken_ en ~GGD~\n**Ga doen**')).toBe('Gedaan:\n* bezoek Het Baken en GGD\nGa doen');
  });

  it('leaves underscores and stars inside words alone', () => {
    expect(stripChatMarkup('bestand rro_week_48.pdf en 2*3*4')).toBe('bestand rro_week_48.pdf en 2*3*4');
  });

  it('turns mentions, channels, links and entities into plain text', () => {
    expect(stripChatMarkup('<@U123> en <@U456|anna> in <#C1|rro>: zie <https://x.nl/a|verslag> of <https://x.nl/b>, Q&amp;A &lt;3 <!channel>')).toBe(
      '@U123 en @anna in #rro: zie verslag of https://x.nl/b, Q&A <3 @channel',
    );
  });
});

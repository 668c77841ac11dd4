import { TextOffsets } from '../../shared/model/text-offsets';

/** Code points of text shown on each side of a quote or a place, cut back to whole words. */
export const CONTEXT = 160;

/** A place's text and the words around it. */
export interface InContext {
  text: string;
  before: string;
  after: string;
}

/**
 * Reads each source's text once and gives places in it with their context. A source whose text
 * cannot be read gives empty strings: a quote still shows its stored snippet, without context.
 */
export class SourceContext {
  private readonly texts = new Map<string, TextOffsets>();

  constructor(private readonly read: (sourceId: string) => Promise<string | null>) {}

  async around(sourceId: string, start: number, end: number): Promise<InContext> {
    let text = this.texts.get(sourceId);
    if (!text) {
      text = new TextOffsets((await this.read(sourceId)) ?? '');
      this.texts.set(sourceId, text);
    }
    return {
      text: text.slice(start, end),
      before: text.slice(Math.max(0, start - CONTEXT), start).replace(/^\S*\s/, ''),
      after: text.slice(end, end + CONTEXT).replace(/\s\S*$/, ''),
    };
  }
}

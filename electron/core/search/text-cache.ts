/**
 * The texts the concordance read last, up to a number of characters in
 * all: a search repeated or refined reads none of them again, and memory
 * stays bounded however large the corpus is.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();
  private characters = 0;

  constructor(private readonly limit: number) {}

  get(id: string): string | undefined {
    const text = this.texts.get(id);
    if (text === undefined) return undefined;
    // Refresh its place in the least-recently-used order.
    this.texts.delete(id);
    this.texts.set(id, text);
    return text;
  }

  set(id: string, text: string): void {
    this.delete(id);
    if (text.length > this.limit) return;
    this.texts.set(id, text);
    this.characters += text.length;
    for (const [oldest, old] of this.texts) {
      if (this.characters <= this.limit) break;
      this.texts.delete(oldest);
      this.characters -= old.length;
    }
  }

  delete(id: string): void {
    const text = this.texts.get(id);
    if (text === undefined) return;
    this.texts.delete(id);
    this.characters -= text.length;
  }
}

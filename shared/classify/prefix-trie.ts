interface TrieNode<T> {
  /** What was stored under the string that ends at this node. */
  values: T[];
  next: Map<number, TrieNode<T>> | null;
}

/**
 * Values stored under strings, found from a place in a text by reading its characters one by one for as long
 * as some stored string goes on that way: most places of a text end the walk at its first character.
 */
export class PrefixTrie<T> {
  readonly #root: TrieNode<T> = { values: [], next: null };

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [prefix, value] of entries) this.add(prefix, value);
  }

  /** Stores `value` under `prefix` (once: a value stored twice under one prefix is kept once). */
  add(prefix: string, value: T): void {
    let node = this.#root;
    for (let index = 0; index < prefix.length; index++) {
      const code = prefix.charCodeAt(index);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) {
        child = { values: [], next: null };
        node.next.set(code, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Calls `visit` with each value stored under a string that begins at `index` of `text`, shortest first. */
  visitAt(text: string, index: number, visit: (value: T) => void): void {
    let node: TrieNode<T> | undefined = this.#root;
    for (const value of node.values) visit(value);
    for (let at = index; node.next && at < text.length; at++) {
      node = node.next.get(text.charCodeAt(at));
      if (!node) return;
      for (const value of node.values) visit(value);
    }
  }

  /** Whether some stored string begins at `index` of `text`. */
  startsAt(text: string, index: number): boolean {
    let node: TrieNode<T> | undefined = this.#root;
    if (node.values.length > 0) return true;
    for (let at = index; node.next && at < text.length; at++) {
      node = node.next.get(text.charCodeAt(at));
      if (!node) return false;
      if (node.values.length > 0) return true;
    }
    return false;
  }
}

// Memos that last one document: facts repeat their questions within a draft, rarely across drafts.
//
// Each document gets fresh maps rather than cleared ones. A map that outlives many documents ends up in V8's old
// generation, and every young object it points to then survives minor collections: the answers of each draft were
// promoted wholesale, which grew the heap and cost about a sixth of the CPU of a large run.

let generation = 0;

/** Starts a new document: every document memo hands out a fresh map from its next use. */
export function startDocumentMemos(): void {
  generation++;
}

/** A map that is new for each document (see startDocumentMemos), bounded within one in case a draft is huge. */
export function documentMemo<K, V>(limit: number): () => Map<K, V> {
  let map = new Map<K, V>();
  let madeIn = generation;
  return () => {
    if (madeIn !== generation || map.size >= limit) {
      map = new Map();
      madeIn = generation;
    }
    return map;
  };
}

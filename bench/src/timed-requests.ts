/** Milliseconds taken by each call of `request`, run one after another. */
export async function timeEach(count: number, request: (index: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await request(index);
    samples.push(performance.now() - started);
  }
  return samples;
}

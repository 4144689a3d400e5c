/**
 * A min-heap of (item, priority) pairs on typed arrays, for Dijkstra with lazy deletion
 * (an item may be pushed several times; stale entries are skipped by the caller).
 *
 * @example
 * const heap = new BinaryHeap(16);
 * heap.push(3, 2.5); heap.push(7, 1);
 * heap.pop(); // 7
 */
export class BinaryHeap {
  private items: Int32Array;
  private priorities: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(Math.max(capacity, 16));
    this.priorities = new Float64Array(Math.max(capacity, 16));
  }

  clear(): void {
    this.size = 0;
  }

  /** Priority of the item `pop` would return. */
  peekPriority(): number {
    return this.priorities[0];
  }

  push(item: number, priority: number): void {
    if (this.size === this.items.length) this.grow();
    let position = this.size++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (this.priorities[parent] <= priority) break;
      this.items[position] = this.items[parent];
      this.priorities[position] = this.priorities[parent];
      position = parent;
    }
    this.items[position] = item;
    this.priorities[position] = priority;
  }

  pop(): number {
    const top = this.items[0];
    const lastItem = this.items[--this.size];
    const lastPriority = this.priorities[this.size];
    let position = 0;
    const half = this.size >> 1;
    while (position < half) {
      let child = 2 * position + 1;
      if (child + 1 < this.size && this.priorities[child + 1] < this.priorities[child]) child++;
      if (this.priorities[child] >= lastPriority) break;
      this.items[position] = this.items[child];
      this.priorities[position] = this.priorities[child];
      position = child;
    }
    this.items[position] = lastItem;
    this.priorities[position] = lastPriority;
    return top;
  }

  private grow(): void {
    const items = new Int32Array(this.items.length * 2);
    items.set(this.items);
    const priorities = new Float64Array(this.priorities.length * 2);
    priorities.set(this.priorities);
    this.items = items;
    this.priorities = priorities;
  }
}

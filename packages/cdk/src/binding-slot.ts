import { EventSourceBindingError } from './errors.js';

/** Holds what an event source created when it was bound: set once, read only after that. */
export class BindingSlot<T> {
  private value: T | undefined;

  constructor(private readonly sourceName: string) {}

  set(value: T): void {
    if (this.value !== undefined) {
      throw new EventSourceBindingError(
        `This ${this.sourceName} is already the source of a BlueprintFunction. Create one ${this.sourceName} per function.`,
      );
    }
    this.value = value;
  }

  get(property: string): T {
    if (this.value === undefined) {
      throw new EventSourceBindingError(
        `${this.sourceName}.${property} was read before the source was bound. ` +
          'Pass the source as `source` of a BlueprintFunction first, then read it.',
      );
    }
    return this.value;
  }
}
